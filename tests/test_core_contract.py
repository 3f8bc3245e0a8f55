"""The table contract of vnpolnews.extract: columns, empty frames, offsets, rules, exports."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

import vnpolnews

EXPECTED_COLUMNS = [
    "doc_id", "published", "event_id", "event", "event_type", "date", "date_text",
    "time_of_day", "location", "venue", "bridge_point", "person", "person_id", "titles",
    "titles_raw", "province", "province_2025", "role", "section", "lang", "sentence", "start",
    "end", "rule",
]

ARTICLES = [
    pytest.param(
        "Sáng 6/1, Bí thư Tỉnh ủy Nghệ An Lương Văn Khải chủ trì hội nghị tổng kết năm 2024.",
        id="one-person",
    ),
    pytest.param(
        "Tiêu đề bài viết\n\nSáng 6/1, UBND tỉnh Nghệ An tổ chức hội nghị tổng kết. Dự hội nghị "
        "có các đồng chí: Lương Văn Khải, Bí thư Tỉnh ủy; Hồ Minh Tâm, Chủ tịch UBND tỉnh.\n\n"
        "Phát biểu tại hội nghị, đồng chí Lương Văn Khải đề nghị các ngành bám sát nhiệm vụ.",
        id="list-and-repeat",
    ),
    pytest.param(
        "Chiều 16/12, tại Hà Nội, Thủ tướng Chính phủ Lưu Đình Khôi tiếp Đại sứ Lào Khamphao "
        "Ernthavanh. Cùng dự có Phó Thủ tướng Hồ Đức Phong.",
        id="reception",
    ),
    pytest.param(
        "Sáng 6/1, Phó Chủ tịch UBND tỉnh Thanh Hoá Lê Thị Thuỷ dự lễ khánh thành.",
        id="old-tones",
    ),
]

EMPTY = [
    pytest.param("", id="empty-string"),
    pytest.param("   \n\n  ", id="whitespace"),
    pytest.param("Giám đốc: Triệu Văn Cường\nĐiện thoại: 0238 3842 111", id="furniture-only"),
    pytest.param("Thời tiết hôm nay nắng ráo, nhiệt độ cao nhất 32 độ.", id="no-persons"),
]


@pytest.mark.parametrize("text", ARTICLES)
def test_columns_in_order(text: str) -> None:
    table = vnpolnews.extract(text, published="2025-01-07")
    assert table.columns.tolist() == EXPECTED_COLUMNS == list(vnpolnews.COLUMNS)
    assert len(table) >= 1


@pytest.mark.parametrize("text", EMPTY)
def test_empty_frame_with_columns(text: str) -> None:
    table = vnpolnews.extract(text, published="2025-01-07")
    assert isinstance(table, pd.DataFrame)
    assert table.empty
    assert table.columns.tolist() == EXPECTED_COLUMNS


@pytest.mark.parametrize("text", ARTICLES)
def test_offsets_point_at_the_person(text: str) -> None:
    table = vnpolnews.extract(text, published="2025-01-07")
    for person, start, end in zip(table["person"], table["start"], table["end"], strict=True):
        written = text[start:end]
        assert written == person or written.replace("uỷ", "ủy").replace("Thuỷ", "Thủy") == person


@pytest.mark.parametrize("text", ARTICLES)
def test_every_row_has_a_rule(text: str) -> None:
    table = vnpolnews.extract(text, published="2025-01-07")
    assert all(isinstance(rule, str) and rule.strip() for rule in table["rule"])


@pytest.mark.parametrize("text", ARTICLES)
def test_column_types(text: str) -> None:
    table = vnpolnews.extract(text, published="2025-01-07", doc_id="bai-1")
    assert str(table["date"].dtype).startswith("datetime64")
    assert str(table["published"].dtype).startswith("datetime64")
    assert (table["doc_id"] == "bai-1").all()
    assert (table["published"] == pd.Timestamp("2025-01-07")).all()
    assert all(isinstance(t, list) for t in table["titles"])
    assert all(isinstance(t, list) for t in table["titles_raw"])
    assert set(table["role"]) <= {"chair", "speak", "attend", "host", "visit"}
    assert set(table["section"]) <= {"main", "caption", "related"}
    assert set(table["lang"]) == {"vi"}
    assert all(str(s).strip() for s in table["sentence"])


@pytest.mark.parametrize("text", ARTICLES)
def test_deterministic_doc_id(text: str) -> None:
    first = vnpolnews.extract(text, published="2025-01-07")
    second = vnpolnews.extract(text, published="2025-01-07")
    assert first["doc_id"].nunique() <= 1
    assert first["doc_id"].tolist() == second["doc_id"].tolist()
    assert first["event_id"].tolist() == second["event_id"].tolist()


@pytest.mark.parametrize(
    "published",
    [
        pytest.param("2025-01-07", id="iso-string"),
        pytest.param(dt.date(2025, 1, 7), id="date"),
        pytest.param(dt.datetime(2025, 1, 7, 8, 30), id="datetime"),
        pytest.param(pd.Timestamp("2025-01-07"), id="timestamp"),
    ],
)
def test_published_forms(published: object) -> None:
    table = vnpolnews.extract(
        "Sáng 6/1, Bí thư Tỉnh ủy Nghệ An Lương Văn Khải chủ trì hội nghị tổng kết năm 2024.",
        published=published,  # type: ignore[arg-type]
    )
    assert table["published"].tolist() == [pd.Timestamp("2025-01-07")]
    assert table["date"].tolist() == [pd.Timestamp("2025-01-06")]


@pytest.mark.parametrize(
    ("call", "error"),
    [
        pytest.param(lambda: vnpolnews.extract(1234), vnpolnews.InputError,  # type: ignore[arg-type]
                     id="not-text"),
        pytest.param(lambda: vnpolnews.extract("x", lang="fr"), vnpolnews.OptionError,
                     id="bad-lang"),
        pytest.param(lambda: vnpolnews.extract("x", published="hôm qua"), vnpolnews.OptionError,
                     id="bad-published"),
    ],
)
def test_errors(call: object, error: type[Exception]) -> None:
    with pytest.raises(error):
        call()  # type: ignore[operator]


def test_errors_share_a_base() -> None:
    for name in ("InputError", "OptionError", "EncodingError", "GazetteerError"):
        assert issubclass(getattr(vnpolnews, name), vnpolnews.VnpolnewsError)


def test_all_is_curated() -> None:
    exported = vnpolnews.__all__
    assert len(exported) == len(set(exported))
    assert all(hasattr(vnpolnews, name) for name in exported)
    design = {"extract", "extract_many", "parse", "merge_events", "load_gazetteer", "COLUMNS",
              "VnpolnewsError", "InputError", "OptionError"}
    assert design <= set(exported)
    assert not [name for name in exported if name.startswith("_") and name != "__version__"]


def test_parse_gives_mentions_with_offsets() -> None:
    text = "Sáng 6/1, Bí thư Tỉnh ủy Nghệ An Lương Văn Khải chủ trì hội nghị tổng kết năm 2024."
    document = vnpolnews.parse(text, published="2025-01-07")
    assert isinstance(document, vnpolnews.Document)
    assert [(p.name, text[p.start : p.end]) for p in document.persons] == [
        ("Lương Văn Khải", "Lương Văn Khải")]
    assert [text[d.start : d.end] for d in document.dates] == ["Sáng 6/1"]
    assert [text[t.start : t.end] for t in document.titles] == ["Bí thư Tỉnh ủy Nghệ An"]
    assert all(p.rule for p in document.persons)
    assert all(t.rule for t in document.titles)
    assert all(d.rule for d in document.dates)
