"""Property tests: whatever text comes in, extract() answers with a table or a typed error.

Three kinds of generated text:

- ``unicode``: arbitrary code points, with extra weight on what breaks text code: combining marks,
  control and format characters, right-to-left text and marks, emoji, lone surrogates, and very
  long lines;
- ``grammar``: the grammar's own pieces (titles, names, dates, "đồng chí", "có các đồng chí:",
  provinces, trigger words, punctuation) in random order, so that the title chain, name and date
  rules fire on input nobody wrote;
- ``mixed``: grammar pieces with arbitrary Unicode between them.

Properties: no exception outside :class:`~vnpolnews.errors.VnpolnewsError`; every row's
``start``/``end`` inside the text and ``text[start:end]`` the person it names (by name key, or a
gazetteer spelling of that person); the same table twice; the same (person, date, role) rows for
the NFC and NFD forms of a text.

Profiles are in ``conftest.py``: ``CI=1`` runs 2,000 examples per property.
"""

from __future__ import annotations

import unicodedata
from collections import Counter

import pandas as pd
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import vnpolnews
from vnpolnews._gazetteer import load_gazetteer
from vnpolnews._keys import name_key
from vnpolnews.errors import VnpolnewsError

GAZ = load_gazetteer()

# ---- the grammar's pieces (sentences of our own; names of real officials are facts) ---------

TITLES = [
    "Phó Chủ tịch UBND tỉnh", "Bí thư Tỉnh ủy", "Ủy viên Ban Thường vụ Tỉnh ủy",
    "Chủ tịch HĐND tỉnh", "Phó Thủ tướng", "Bộ trưởng Ngoại giao", "Thủ tướng Chính phủ",
    "Ủy viên Bộ Chính trị", "Chủ tịch Quốc hội", "Phó Bí thư Thường trực Tỉnh ủy",
    "Giám đốc Sở Tài chính", "Trưởng Ban Tuyên giáo Tỉnh uỷ", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh",
    "ĐBQH", "UVBCT", "Phó Chủ tịch Thường trực UBND TP", "Ủy viên BCH TƯ Đảng", "Tổng Bí thư",
    "Chủ tịch nước", "Bí thư Thành ủy", "Phó Trưởng Đoàn ĐBQH tỉnh", "Thứ trưởng",
    "Vice Chairman of the Provincial People's Committee",
]
WRITTEN_NAMES = [
    "Nguyễn Văn An", "Lê Thị Bình", "Trần Hoà", "Hoàng Thị Thuỷ", "Ngô Thị Mai Hương",
    "Đặng Quốc Khánh", "Y Thanh Hà Niê Kđăm", "Lê Văn Bình", "Trịnh Văn Nam", "Phan Thị Thủy",
    "Nguyen Van An", "NGUYỄN VĂN AN",
]
# gazetteer names and aliases, so that linking runs; sorted for a stable example database
GAZETTEER_NAMES = sorted({o.name for o in GAZ.officials} | {a for o in GAZ.officials
                                                             for a in o.aliases})
PROVINCES = sorted({name for name, _ in GAZ.province_names()})
DATES = [
    "Sáng 6/1", "Chiều 26.2", "Sáng 7-2", "Sáng nay (6/1)", "hôm qua", "20:02 , 16/12/2025",
    "ngày 15/3/2024", "Tối 31/12", "Trưa 29/2", "Sáng 32/13", "Chiều 0/0", "Sáng 29/2/2023",
    "Chiều cùng ngày", "Ngày hôm sau", "Sáng 06/01/2025", "năm 2025", "tháng 12/2024",
]
WORDS = [
    "đồng chí", "có các đồng chí:", "các đồng chí", "dự", "chủ trì", "phát biểu", "tham dự",
    "hội nghị", "kỳ họp thứ 10", "tại tỉnh", "điểm cầu", "Dự hội nghị có", "Tham dự hội nghị có",
    "và", "cùng", "vắng mặt", "Ảnh:", "TIN LIÊN QUAN", "tiếp", "thăm", "làm việc với",
    "nhấn mạnh", "tặng hoa", "Hội nghị tổng kết công tác năm 2024", "đại biểu", "ông", "bà",
    "Giám đốc:", "Theo", "của", "nguyên", "cố", "UBND", "HĐND", "Tỉnh ủy", "Thành ủy",
]
PUNCTUATION = [",", ".", ";", ":", " - ", " – ", "(", ")", '"', "“", "”", "\n", "\n\n", "...",
               "!", "?", "/", "|", "•", "*", "[", "]", "'", "’"]
SEPARATORS = [" ", " ", " ", "", ", ", "\n", "  ", "\t", "\u00a0"]

# ---- arbitrary Unicode, with weight on what breaks text code ---------------------------------

COMBINING = [chr(c) for c in range(0x0300, 0x0370)] + ["\u0323", "\u0309", "\u20dd", "\ufe0f"]
CONTROL = [chr(c) for c in range(0x00, 0x20)] + ["\x7f", "\x85", "\u2028", "\u2029", "\u200b",
                                                  "\u200c", "\u200d", "\u2060", "\ufeff",
                                                  "\u00ad", "\ufffd", "\uffff"]
RTL = ["\u200f", "\u202e", "\u202b", "\u2067", "\u061c", "א", "ש", "ל", "ו", "م", "ح", "د",
       "\u0651", "\u05b8", "١", "٢"]
EMOJI = ["😀", "\U0001f600", "\U000e0067", "\U0001f1fb", "\U0001f3fd"]
EMOJI_SEQUENCES = ["🇻🇳", "👨\u200d👩\u200d👧", "👍🏽", "🏳️\u200d🌈", "#\ufe0f\u20e3"]
SURROGATES = ["\ud800", "\udfff", "\udc00", "\ud83d", "\ude00"]

any_char = st.one_of(
    st.characters(exclude_categories=()),          # every category, surrogates included
    st.sampled_from(COMBINING + CONTROL + RTL + EMOJI + SURROGATES),
    st.characters(min_codepoint=0x00C0, max_codepoint=0x1EF9),  # Latin with diacritics
)
short_unicode = st.one_of(st.text(alphabet=any_char, max_size=40),
                          st.sampled_from(EMOJI_SEQUENCES))
long_line = st.builds(lambda piece, n: piece * n,
                      st.text(alphabet=any_char, min_size=1, max_size=8),
                      st.integers(min_value=200, max_value=4000))
unicode_text = st.one_of(
    st.text(alphabet=any_char, max_size=400),
    st.lists(st.one_of(short_unicode, long_line), max_size=6).map("".join),
)

grammar_piece = st.one_of(
    st.sampled_from(TITLES), st.sampled_from(WRITTEN_NAMES), st.sampled_from(GAZETTEER_NAMES),
    st.sampled_from(PROVINCES), st.sampled_from(DATES), st.sampled_from(WORDS),
    st.sampled_from(PUNCTUATION),
)


def _join(parts: list[tuple[str, str]]) -> str:
    return "".join(piece + sep for piece, sep in parts)


grammar_text = st.lists(st.tuples(grammar_piece, st.sampled_from(SEPARATORS)),
                        max_size=60).map(_join)
mixed_text = st.lists(st.tuples(st.one_of(grammar_piece, grammar_piece, short_unicode),
                                st.one_of(st.sampled_from(SEPARATORS), short_unicode)),
                      max_size=40).map(_join)

TEXTS = {"unicode": unicode_text, "grammar": grammar_text, "mixed": mixed_text}
KINDS = sorted(TEXTS)

published_values = st.one_of(st.none(), st.dates(min_value=pd.Timestamp("1990-01-01").date(),
                                                 max_value=pd.Timestamp("2030-12-31").date()))

# Hand-written examples that every run tries first.
EXAMPLES = [
    "",
    "Sáng 6/1, đồng chí Nguyễn Văn An, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh "
    "Thanh Hóa dự hội nghị. Dự hội nghị có các đồng chí: Lê Văn Bình, Bí thư Tỉnh ủy; Trần "
    "Thị Cúc, Chủ tịch HĐND tỉnh.",
    "Chiều 26.2, Phó Thủ tướng, Bộ trưởng Ngoại giao Bùi Thanh Sơn chủ trì phiên họp.",
    "Sáng 6/1, Bí thư Tỉnh ủy Nguye\u0302\u0303n Va\u0306n An dự hội nghị.",
    "Sáng 6/1, Bí thư Tỉnh ủy \u202eNguyễn Văn An\u202c dự hội nghị \ud800.",
    "Sáng 6/1, Bí thư Tỉnh ủy Nguyễn\u00adVăn An dự hội nghị 😀.",
    "Sáng 6/1,\x00Chủ tịch UBND tỉnh Nguyễn Văn An\r\nphát biểu.",
    # found by the search: a control character between words glued them ("Antham")
    "Phó Chủ tịch UBND tỉnh Nguyễn Văn An\x1btham dự ",
    # found by the search: English words and a decomposed text were read as English
    "Phó Chủ tịch UBND tỉnh Vice Chairman of the Provincial People's Committee Vice Chairman "
    "of the Provincial People's Committee Nguyễn Văn An dự ",
]


def _run(text: str, published: object = None) -> pd.DataFrame | None:
    """extract(), or None when it refused the text with a typed error."""
    try:
        return vnpolnews.extract(text, published=published)  # type: ignore[arg-type]
    except VnpolnewsError:
        return None


def _glued_key(name: str) -> tuple[str, str]:
    """Letters without spaces or tones, and the tones in order: equal whatever the spacing
    and the tone placement."""
    decomposed = unicodedata.normalize("NFD", "".join(name.casefold().split()))
    tones = "".join(c for c in decomposed if c in "\u0300\u0301\u0303\u0309\u0323")
    letters = "".join(c for c in decomposed if c not in "\u0300\u0301\u0303\u0309\u0323")
    return unicodedata.normalize("NFC", letters), tones


def _names_match(mention: str, person: str) -> bool:
    """The mention as written names the person: same name key (glued spaces aside), or a
    spelling the gazetteer lists for that person."""
    written = unicodedata.normalize("NFC", mention)
    if name_key(written) == name_key(person):
        return True
    if _glued_key(written) == _glued_key(person):
        return True  # a lost space put back: "HoàẢnh" is "Hòa Ảnh"
    return any(o.name == person for o in GAZ.officials_named(written))


def _rows(table: pd.DataFrame | None) -> Counter[tuple[str, str, str]]:
    if table is None:
        return Counter()
    return Counter((str(r.person), str(r.date), str(r.role)) for r in table.itertuples())


# ---- properties ------------------------------------------------------------------------------

@pytest.mark.parametrize("kind", KINDS)
def test_every_property_on_every_text(kind: str) -> None:
    """All four properties, checked on each generated text (so each gets every example)."""

    @given(text=TEXTS[kind], published=published_values)
    def check(text: str, published: object) -> None:
        # 1. a table with the contract's columns, or a typed error (anything else fails)
        first = _run(text, published)
        if first is not None:
            assert list(first.columns) == list(vnpolnews.COLUMNS)
            # 2. every offset inside the text, pointing at the person it names
            for row in first.itertuples():
                assert 0 <= row.start < row.end <= len(text), (row.start, row.end, len(text))
                mention = text[row.start : row.end]
                assert _names_match(mention, row.person), (mention, row.person)
        # 3. the same table twice
        second = _run(text, published)
        if first is None or second is None:
            assert first is None and second is None
        else:
            assert first.equals(second), (first.to_dict("records"), second.to_dict("records"))
        # 4. the same rows for the NFC and NFD forms (a refusal must not depend on the form)
        nfc = unicodedata.normalize("NFC", text)
        nfd = unicodedata.normalize("NFD", text)
        nfc_rows = _rows(first) if nfc == text else _rows(_run(nfc, published))
        nfd_rows = _rows(first) if nfd == text else _rows(_run(nfd, published))
        assert nfc_rows == nfd_rows

    for text in EXAMPLES:
        check = example(text=text, published=None)(check)
    check()
