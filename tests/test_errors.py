"""Typed errors: every bad input or option is refused early, with a class and a message that
say whose mistake it was and what to do.

The hierarchy is in ``vnpolnews/errors.py``: ``VnpolnewsError`` and below it ``InputError``
(with ``EncodingError`` and ``DocumentTooLargeError``), ``OptionError`` and ``GazetteerError``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

import vnpolnews
from vnpolnews import errors
from vnpolnews._gazetteer import (
    OFFICIAL_COLUMNS,
    PROVINCE_COLUMNS,
    TITLE_COLUMNS,
    load_gazetteer,
)

SENTENCE = "Sáng 6/1, Bí thư Tỉnh ủy Nguyễn Văn An dự hội nghị tổng kết năm 2024."

ENTRY_POINTS: list[Callable[..., Any]] = [vnpolnews.extract, vnpolnews.parse]
ENTRY_IDS = ["extract", "parse"]


# ---- the hierarchy ------------------------------------------------------------------------

@pytest.mark.parametrize(("error", "parents"), [
    (errors.InputError, (errors.VnpolnewsError, TypeError)),
    (errors.EncodingError, (errors.InputError, errors.VnpolnewsError, ValueError)),
    (errors.DocumentTooLargeError, (errors.InputError, errors.VnpolnewsError, ValueError)),
    (errors.OptionError, (errors.VnpolnewsError, ValueError)),
    (errors.GazetteerError, (errors.VnpolnewsError, ValueError)),
], ids=["input", "encoding", "too-large", "option", "gazetteer"])
def test_hierarchy(error: type[Exception], parents: tuple[type[Exception], ...]) -> None:
    for parent in parents:
        assert issubclass(error, parent)


@pytest.mark.parametrize("name", sorted(errors.__all__))
def test_every_error_is_exported_from_the_package(name: str) -> None:
    assert getattr(vnpolnews, name) is getattr(errors, name)


# ---- text that is not text ----------------------------------------------------------------

@pytest.mark.parametrize("entry", ENTRY_POINTS, ids=ENTRY_IDS)
@pytest.mark.parametrize(("value", "type_name"), [
    (None, "NoneType"),
    (42, "int"),
    (3.5, "float"),
    (["Sáng 6/1", "Bí thư"], "list"),
    (pd.Series([SENTENCE]), "Series"),
], ids=["none", "int", "float", "list", "series"])
def test_text_that_is_not_str_is_an_input_error(entry: Callable[..., Any], value: object,
                                                type_name: str) -> None:
    with pytest.raises(errors.InputError) as caught:
        entry(value)
    message = str(caught.value)
    assert type_name in message          # what was wrong
    assert "str" in message              # what was expected
    assert "decode" in message           # what to do about other kinds of input


# bytes are decoded (issue 5): UTF-8 text in bytes gives the same rows as the text itself
@pytest.mark.parametrize("entry", ENTRY_POINTS, ids=ENTRY_IDS)
def test_bytes_are_decoded(entry: Callable[..., Any]) -> None:
    assert entry(SENTENCE.encode("utf-8")) is not None


# ---- options ------------------------------------------------------------------------------

@pytest.mark.parametrize("entry", ENTRY_POINTS, ids=ENTRY_IDS)
@pytest.mark.parametrize("lang", ["fr", "", "VI", "vietnamese", 1, ("vi",)],
                         ids=["fr", "empty", "upper", "word", "int", "tuple"])
def test_unknown_lang_is_an_option_error(entry: Callable[..., Any], lang: object) -> None:
    with pytest.raises(errors.OptionError) as caught:
        entry(SENTENCE, lang=lang)
    message = str(caught.value)
    assert repr(lang) in message
    assert "'vi'" in message and "'en'" in message   # the values that work


@pytest.mark.parametrize("entry", ENTRY_POINTS, ids=ENTRY_IDS)
@pytest.mark.parametrize("published", [
    "yesterday", "hôm qua", "2025-13-45", "2025-02-30", "31/02/2025", "6/1", 42, 2025.0,
    ["2025-01-06"], object(),
], ids=["word", "vietnamese-word", "month-13", "feb-30", "dmy-feb-31", "no-year", "int",
        "float", "list", "object"])
def test_published_that_is_not_a_date_is_an_option_error(entry: Callable[..., Any],
                                                         published: object) -> None:
    with pytest.raises(errors.OptionError) as caught:
        entry(SENTENCE, published=published)
    assert "published" in str(caught.value)


@pytest.mark.parametrize("published", [
    dt.date(2025, 1, 6),
    dt.datetime(2025, 1, 6, 10, 19),
    "2025-01-06",
    "2025-01-06T10:19:45+07:00",
    "06/01/2025",
    pd.Timestamp("2025-01-06"),
], ids=["date", "datetime", "iso", "iso-datetime", "dmy", "timestamp"])
def test_published_forms_that_are_dates(published: object) -> None:
    table = vnpolnews.extract(SENTENCE, published=published)  # type: ignore[arg-type]
    assert table["published"].tolist() == [pd.Timestamp("2025-01-06")]
    assert table["date"].tolist() == [pd.Timestamp("2025-01-06")]


@pytest.mark.parametrize("published", [None, "", "   ", pd.NaT],
                         ids=["none", "empty", "blank", "nat"])
def test_published_unknown_is_not_an_error(published: object) -> None:
    table = vnpolnews.extract(SENTENCE, published=published)  # type: ignore[arg-type]
    assert list(table.columns) == list(vnpolnews.COLUMNS)


@pytest.mark.parametrize("max_chars", ["10", None, 2.5, -5, 0],
                         ids=["str", "none", "float", "negative", "zero"])
def test_max_chars_that_is_not_a_positive_int_is_an_option_error(max_chars: object) -> None:
    with pytest.raises(errors.OptionError) as caught:
        vnpolnews.extract(SENTENCE, max_chars=max_chars)  # type: ignore[arg-type]
    assert "max_chars" in str(caught.value)


@pytest.mark.parametrize("doc_id", [42, b"doc-1", ["doc-1"]], ids=["int", "bytes", "list"])
def test_doc_id_that_is_not_str_is_an_option_error(doc_id: object) -> None:
    with pytest.raises(errors.OptionError) as caught:
        vnpolnews.extract(SENTENCE, doc_id=doc_id)  # type: ignore[arg-type]
    assert "doc_id" in str(caught.value)


# ---- size limit ---------------------------------------------------------------------------

@pytest.mark.parametrize("entry", ENTRY_POINTS, ids=ENTRY_IDS)
@pytest.mark.parametrize(("size", "max_chars"), [
    (11, 10),
    (1_001, 1_000),
    (vnpolnews._extract.MAX_CHARS + 1, None),
], ids=["tiny-limit", "small-limit", "default-limit"])
def test_document_over_max_chars_is_too_large(entry: Callable[..., Any], size: int,
                                              max_chars: int | None) -> None:
    text = ("Nguyễn Văn An dự họp. " * (size // 20 + 1))[:size]
    options = {} if max_chars is None else {"max_chars": max_chars}
    with pytest.raises(errors.DocumentTooLargeError) as caught:
        entry(text, **options)
    message = str(caught.value)
    assert f"{size:,}" in message        # how large it was
    assert "max_chars" in message        # what to change


@pytest.mark.parametrize(("size", "max_chars"), [(10, 10), (1, 1), (999, 1_000)],
                         ids=["at-limit", "one-at-one", "under-limit"])
def test_document_at_or_under_max_chars_is_read(size: int, max_chars: int) -> None:
    text = ("Nguyễn Văn An dự họp. " * (size // 20 + 1))[:size]
    table = vnpolnews.extract(text, max_chars=max_chars)
    assert list(table.columns) == list(vnpolnews.COLUMNS)


def test_too_large_is_refused_before_any_work() -> None:
    """The check comes first: a 3-million-character document is refused at once, not read."""
    with pytest.raises(errors.DocumentTooLargeError):
        vnpolnews.extract("(" * 3_000_000)


# ---- the order of checks: the text first, then the options --------------------------------

@pytest.mark.parametrize(("call", "error"), [
    (lambda: vnpolnews.extract(None, lang="fr"), errors.InputError),  # type: ignore[arg-type]
    (lambda: vnpolnews.extract(None, published="yesterday"), errors.InputError),  # type: ignore[arg-type]
    (lambda: vnpolnews.extract("x" * 20, lang="fr", max_chars=10), errors.OptionError),
    (lambda: vnpolnews.extract("x" * 20, published="yesterday", max_chars=10),
     errors.DocumentTooLargeError),
], ids=["text-before-lang", "text-before-published", "lang-before-size", "size-before-published"])
def test_which_error_comes_first(call: Callable[[], object], error: type[Exception]) -> None:
    with pytest.raises(error):
        call()


# ---- empty and furniture-only text is not an error ----------------------------------------

@pytest.mark.parametrize("text", ["", " ", "\n\n\n", "\ufeff", "Ảnh: TTXVN", "...", "\x00"],
                         ids=["empty", "space", "newlines", "bom", "photo-credit", "dots", "nul"])
def test_empty_text_gives_an_empty_frame(text: str) -> None:
    table = vnpolnews.extract(text)
    assert table.empty
    assert list(table.columns) == list(vnpolnews.COLUMNS)


# ---- a gazetteer row with a bad date ------------------------------------------------------

OFFICIAL = ("fixture-err\tĐinh Văn Khải\t\tBí thư Tỉnh ủy\tThanh Hóa\t2020-10\t2025-06-30\t"
            "made-up test row\t2026-11-30")
PROVINCE = ("p63-atlantis\tAtlantis\ttỉnh\t2004-01-01\t2025-06-30\tp34-ha-noi\tAtlantis\t\t"
            "made-up test row\t2026-11-30")
TITLE = ("t-truong-xom\tTrưởng xóm\tany\tother\t99\t\tHamlet head\tmade-up test row\t"
         "2026-11-30")
OFFICIALS_HEAD = "\t".join(OFFICIAL_COLUMNS)


@pytest.mark.parametrize(("content", "line", "column", "bad"), [
    (OFFICIALS_HEAD + "\n" + OFFICIAL.replace("2020-10", "2020-13"), 2, "start", "2020-13"),
    (OFFICIALS_HEAD + "\n" + OFFICIAL.replace("2020-10", "tháng 10/2020"), 2, "start",
     "tháng 10/2020"),
    (OFFICIALS_HEAD + "\n" + OFFICIAL.replace("2025-06-30", "2025-06-31"), 2, "end",
     "2025-06-31"),
    (OFFICIALS_HEAD + "\n" + OFFICIAL.replace("2025-06-30", "nay"), 2, "end", "nay"),
    (OFFICIALS_HEAD + "\n" + OFFICIAL.replace("2026-11-30", "2026-11"), 2, "checked",
     "2026-11"),
    (OFFICIALS_HEAD + "\n" + OFFICIAL.replace("2026-11-30", "30/11/2026"), 2, "checked",
     "30/11/2026"),
    (OFFICIALS_HEAD + "\n" + OFFICIAL + "\n"
     + OFFICIAL.replace("Bí thư Tỉnh ủy", "Chủ tịch Ủy ban nhân dân tỉnh")
     .replace("2020-10", "2020-1-5"), 3, "start", "2020-1-5"),
    ("\t".join(PROVINCE_COLUMNS) + "\n" + PROVINCE.replace("2004-01-01", "2004-02-30"), 2,
     "valid_from", "2004-02-30"),
    ("\t".join(PROVINCE_COLUMNS) + "\n" + PROVINCE.replace("2025-06-30", "30.6.2025"), 2,
     "valid_to", "30.6.2025"),
    ("\t".join(TITLE_COLUMNS) + "\n" + TITLE.replace("2026-11-30", "2026-13-01"), 2, "checked",
     "2026-13-01"),
], ids=["official-start-month-13", "official-start-words", "official-end-june-31",
        "official-end-word", "checked-no-day", "checked-dmy", "second-row", "province-from-feb-30",
        "province-to-dotted", "title-checked-month-13"])
def test_gazetteer_bad_date_names_file_line_and_value(tmp_path: Path, content: str, line: int,
                                                      column: str, bad: str) -> None:
    path = tmp_path / "my-officials.tsv"
    path.write_text(content + "\n", encoding="utf-8")
    with pytest.raises(errors.GazetteerError) as caught:
        load_gazetteer(extra=path)
    message = str(caught.value)
    assert f"my-officials.tsv:{line}:" in message    # where
    assert column in message                          # which column
    assert repr(bad) in message                       # what was written
    assert "YYYY" in message                          # what a date looks like


def test_gazetteer_good_row_loads(tmp_path: Path) -> None:
    """The row the table above breaks is itself valid."""
    path = tmp_path / "my-officials.tsv"
    path.write_text(OFFICIALS_HEAD + "\n" + OFFICIAL + "\n", encoding="utf-8")
    assert load_gazetteer(extra=path).official("fixture-err") is not None
