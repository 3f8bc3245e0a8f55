"""Normalisation: NFC, tone placement, odd spaces, glued words, and offsets into the input.

Every sentence here is written for these tests in the style of provincial news.
"""

from __future__ import annotations

import unicodedata

import pytest

import vnpolnews
from vnpolnews._normalize import normalize

PUBLISHED = "2025-01-07"


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


# (input, expected normalised text)
NORMALISED = [
    pytest.param(nfd("Thanh Hóa"), "Thanh Hóa", id="nfd-province"),
    pytest.param(nfd("Bí thư Tỉnh ủy"), "Bí thư Tỉnh ủy", id="nfd-title"),
    pytest.param(nfd("Nguyễn Thị Hường"), "Nguyễn Thị Hường", id="nfd-name-stacked-marks"),
    pytest.param("Thanh Hoá", "Thanh Hóa", id="tone-hoa-old-to-new"),
    pytest.param("Nguyễn Thị Thuỷ", "Nguyễn Thị Thủy", id="tone-thuy-hook"),
    pytest.param("Phan Văn Thuý", "Phan Văn Thúy", id="tone-thuy-acute"),
    pytest.param("Khánh Hoà", "Khánh Hòa", id="tone-hoa-grave"),
    pytest.param("Uỷ ban nhân dân", "Ủy ban nhân dân", id="tone-uy-capital"),
    pytest.param("sức khoẻ", "sức khỏe", id="tone-oe"),
    pytest.param("Thanh Hóa", "Thanh Hóa", id="tone-new-kept"),
    pytest.param("hoàng hôn", "hoàng hôn", id="tone-closed-syllable-kept"),
    pytest.param("Lê Văn Quý", "Lê Văn Quý", id="tone-qu-kept"),
    pytest.param(nfd("Thanh Hoá"), "Thanh Hóa", id="nfd-and-old-tone"),
    pytest.param("Tỉnh\u00a0ủy", "Tỉnh ủy", id="nbsp"),
    pytest.param("Phó\u202fChủ tịch", "Phó Chủ tịch", id="narrow-nbsp"),
    pytest.param("Bí\u2007thư", "Bí thư", id="figure-space"),
    pytest.param("Nghệ\u200bAn", "Nghệ An", id="zero-width-space-between-words"),
    pytest.param("Tỉnh\u200d ủy", "Tỉnh ủy", id="zero-width-joiner"),
    pytest.param("\ufeffSáng 6/1", "Sáng 6/1", id="bom"),
    pytest.param("Quốc \u00adhội", "Quốc hội", id="soft-hyphen"),
    pytest.param("UBNDtỉnh", "UBND tỉnh", id="glued-ubnd-tinh"),
    pytest.param("HĐNDhuyện", "HĐND huyện", id="glued-hdnd-huyen"),
    pytest.param("MTTQtỉnh", "MTTQ tỉnh", id="glued-mttq-tinh"),
    pytest.param("UBNDtỉnh Tây Ninhtổ chức", "UBND tỉnh Tây Ninh tổ chức", id="glued-twice"),
    pytest.param("tiếp xúc cửĐại biểu", "tiếp xúc cử Đại biểu", id="glued-lower-upper"),
    pytest.param("Hà Tĩnhtổ chức", "Hà Tĩnh tổ chức", id="glued-tinh-to"),
    pytest.param("Nguyễn Trường Khuyến", "Nguyễn Trường Khuyến", id="long-syllables-not-split"),
    pytest.param("nghiêng ngưỡng", "nghiêng ngưỡng", id="ngh-syllables-not-split"),
    pytest.param("Hội nghị ASEAN Conference", "Hội nghị ASEAN Conference", id="english-not-split"),
    pytest.param("McDonald", "McDonald", id="ascii-camel-case-kept"),
]


@pytest.mark.parametrize(("raw", "expected"), NORMALISED)
def test_normalised_text(raw: str, expected: str) -> None:
    assert normalize(raw).text == expected


# (input, a piece of the normalised text): its source span covers exactly that piece as written
SPANS = [
    pytest.param(nfd("Sáng 6/1, Bí thư Tỉnh ủy"), "Tỉnh ủy", id="nfd-span"),
    pytest.param("Bí thư\u00a0Tỉnh ủy Thanh Hoá", "Thanh Hóa", id="old-tone-span"),
    pytest.param("Ông\u200b Trần Văn Bảy", "Trần Văn Bảy", id="after-zero-width"),
    pytest.param("UBNDtỉnh Tây Ninhtổ chức", "tổ chức", id="after-glued-space"),
    pytest.param("UBNDtỉnh Tây Ninhtổ chức", "Tây Ninh", id="before-glued-space"),
]


@pytest.mark.parametrize(("raw", "piece"), SPANS)
def test_source_span_maps_back(raw: str, piece: str) -> None:
    norm = normalize(raw)
    start = norm.text.index(piece)
    s, e = norm.source_span(start, start + len(piece))
    assert normalize(raw[s:e]).text == piece


def test_identity_when_nothing_changes() -> None:
    norm = normalize("Sáng 6/1, Bí thư Tỉnh ủy dự hội nghị.")
    assert norm.source_span(5, 8) == (5, 8)


# (input text, name as written in the input, canonical person)
MENTIONS = [
    pytest.param(
        nfd("Sáng 6/1, Bí thư Tỉnh ủy Hà Tĩnh Đặng Quốc Khởi dự hội nghị tổng kết năm 2024."),
        nfd("Đặng Quốc Khởi"),
        "Đặng Quốc Khởi",
        id="decomposed-article",
    ),
    pytest.param(
        "Sáng 6/1, Phó Chủ tịch UBND tỉnh Thanh Hoá Lê Thị Thuỷ dự lễ khánh thành cầu Đò Lèn.",
        "Lê Thị Thuỷ",
        "Lê Thị Thủy",
        id="old-tone-name",
    ),
    pytest.param(
        "Sáng\u00a06/1,\u00a0Chủ tịch UBND tỉnh\u00a0Nghệ An\u00a0Hoàng Văn Thắm dự hội "
        "nghị tổng kết.",
        "Hoàng Văn Thắm",
        "Hoàng Văn Thắm",
        id="nbsp-article",
    ),
    pytest.param(
        "Sáng 6/1, Bí\u200b thư Huyện ủy Đinh Công Sửu dự hội nghị tổng kết năm 2024.",
        "Đinh Công Sửu",
        "Đinh Công Sửu",
        id="zero-width-before-name",
    ),
    pytest.param(
        "Sáng 6/1, Phó Chủ tịch UBNDtỉnh Tây Ninh Vũ Đức Lượng dự hội nghị tổng kết năm 2024.",
        "Vũ Đức Lượng",
        "Vũ Đức Lượng",
        id="glued-title",
    ),
    pytest.param(
        nfd("Chiều 16/12, Chủ tịch HĐND tỉnh Quảng Trị Lò Thị Khuyên dự kỳ họp thứ 8."),
        nfd("Lò Thị Khuyên"),
        "Lò Thị Khuyên",
        id="decomposed-kyhop",
    ),
]


@pytest.mark.parametrize(("text", "written", "person"), MENTIONS)
def test_row_offsets_point_at_the_name_as_written(text: str, written: str, person: str) -> None:
    table = vnpolnews.extract(text, published=PUBLISHED if "6/1" in text else "2025-12-17")
    row = table[table["person"] == person]
    assert len(row) == 1, table["person"].tolist()
    start, end = int(row["start"].iloc[0]), int(row["end"].iloc[0])
    assert text[start:end] == written


@pytest.mark.parametrize(("text", "written", "person"), MENTIONS)
def test_every_mention_offset_is_the_mention_as_written(
    text: str, written: str, person: str
) -> None:
    document = vnpolnews.parse(text, published=PUBLISHED if "6/1" in text else "2025-12-17")
    assert document.persons
    for mention in document.persons:
        assert text[mention.start : mention.end] == mention.text
    for title in document.titles:
        assert normalize(text[title.start : title.end]).text.strip() == title.raw
    for date in document.dates:
        assert normalize(text[date.start : date.end]).text == date.text
