"""Persons and their title chains, in every form provincial and national news writes them.

Each case: a sentence written for these tests, and the persons expected with their titles as
written (titles_raw). Names are invented; offices follow Vietnamese usage.
"""

from __future__ import annotations

import pytest

import vnpolnews

PUBLISHED = "2025-01-07"


def table_of(text: str, published: str = PUBLISHED):  # type: ignore[no-untyped-def]
    return vnpolnews.extract(text, published=published)


def raw_titles(text: str) -> dict[str, list[str]]:
    table = table_of(text)
    return {p: list(t) for p, t in zip(table["person"], table["titles_raw"], strict=True)}


# (sentence, {person: titles as written})
CHAINS = [
    pytest.param(
        "Sáng 6/1, Bí thư Tỉnh ủy Nghệ An Lương Văn Khải dự hội nghị tổng kết năm 2024.",
        {"Lương Văn Khải": ["Bí thư Tỉnh ủy Nghệ An"]},
        id="title-before",
    ),
    pytest.param(
        "Sáng 6/1, Phó Thủ tướng, Bộ trưởng Bộ Tài chính Tôn Thất Hưng dự hội nghị.",
        {"Tôn Thất Hưng": ["Phó Thủ tướng", "Bộ trưởng Bộ Tài chính"]},
        id="two-titles-before",
    ),
    pytest.param(
        "Sáng 6/1, đồng chí Mai Văn Lực, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch Thường "
        "trực UBND tỉnh Nghệ An dự hội nghị tổng kết.",
        {"Mai Văn Lực": ["Ủy viên Ban Thường vụ Tỉnh ủy",
                         "Phó Chủ tịch Thường trực UBND tỉnh Nghệ An"]},
        id="apposition-chain",
    ),
    pytest.param(
        "Sáng 6/1, đồng chí Kha Văn Thái - Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Sơn La dự "
        "hội nghị tổng kết.",
        {"Kha Văn Thái": ["Phó Bí thư Tỉnh ủy", "Chủ tịch HĐND tỉnh Sơn La"]},
        id="dash-apposition",
    ),
    pytest.param(
        "Sáng 6/1, đồng chí Lục Thị Vân – Trưởng Ban Dân vận Tỉnh ủy Cao Bằng dự hội nghị.",
        {"Lục Thị Vân": ["Trưởng Ban Dân vận Tỉnh ủy Cao Bằng"]},
        id="en-dash-apposition",
    ),
    pytest.param(
        "Dự hội nghị có các đồng chí: Đoàn Minh Khoa, Bí thư Tỉnh ủy; Vi Thị Hoa, Phó Bí thư "
        "Tỉnh ủy, Chủ tịch UBND tỉnh; Lò Văn Pản, Phó Chủ tịch HĐND tỉnh.",
        {
            "Đoàn Minh Khoa": ["Bí thư Tỉnh ủy"],
            "Vi Thị Hoa": ["Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"],
            "Lò Văn Pản": ["Phó Chủ tịch HĐND tỉnh"],
        },
        id="semicolon-list",
    ),
    pytest.param(
        "Sáng 6/1, ông Quách Văn Hùng, Giám đốc Sở Nông nghiệp và Môi trường tỉnh Hòa Bình dự "
        "hội nghị.",
        {"Quách Văn Hùng": ["Giám đốc Sở Nông nghiệp và Môi trường tỉnh Hòa Bình"]},
        id="ong-with-body-with-va",
    ),
    pytest.param(
        "Sáng 6/1, bà Hầu Thị Mỷ, Phó Chủ tịch UBND huyện Mèo Vạc dự lễ khánh thành trường học.",
        {"Hầu Thị Mỷ": ["Phó Chủ tịch UBND huyện Mèo Vạc"]},
        id="ba-district",
    ),
    pytest.param(
        "Sáng 6/1, Đại tướng Tô Văn Lâm, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an dự lễ.",
        {"Tô Văn Lâm": ["Đại tướng", "Ủy viên Bộ Chính trị", "Bộ trưởng Bộ Công an"]},
        id="rank-then-apposition",
    ),
    pytest.param(
        "Sáng 6/1, Thiếu tướng Dương Công Thành, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh dự lễ "
        "ra quân huấn luyện.",
        {"Dương Công Thành": ["Thiếu tướng", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"]},
        id="major-general",
    ),
    pytest.param(
        "Sáng 6/1, Đại tá Bế Văn Quyết, Giám đốc Công an tỉnh dự hội nghị triển khai nhiệm vụ.",
        {"Bế Văn Quyết": ["Đại tá", "Giám đốc Công an tỉnh"]},
        id="police-colonel",
    ),
    pytest.param(
        "Sáng 6/1, đồng chí Nguyễn Hữu Phước, Phó Bí thư Tỉnh ủy kiêm Chủ tịch UBND tỉnh dự "
        "hội nghị.",
        {"Nguyễn Hữu Phước": ["Phó Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"]},
        id="kiem",
    ),
    pytest.param(
        "Sáng 6/1, Đ/c Triệu Đức Mạnh, Bí thư Huyện ủy dự lễ khởi công.",
        {"Triệu Đức Mạnh": ["Bí thư Huyện ủy"]},
        id="dc-abbreviation",
    ),
    pytest.param(
        "Sáng 6/1, Chủ tịch nước Lã Quang Diệu dự lễ kỷ niệm.",
        {"Lã Quang Diệu": ["Chủ tịch nước"]},
        id="state-president",
    ),
    pytest.param(
        "Sáng 6/1, Phó Chủ tịch UBND tỉnh Long An Đặng Thị Bích Ngọc dự lễ trao học bổng.",
        {"Đặng Thị Bích Ngọc": ["Phó Chủ tịch UBND tỉnh Long An"]},
        id="four-syllable-name",
    ),
    pytest.param(
        "Sáng 6/1, Chủ tịch UBND tỉnh Hoàng Văn Thắm dự hội nghị tổng kết.",
        {"Hoàng Văn Thắm": ["Chủ tịch UBND tỉnh"]},
        id="bare-tinh-then-name",
    ),
    pytest.param(
        "Sáng 6/1, Phó Chủ tịch UBND tỉnh Long An Tôn Nữ Thị Minh Châu dự lễ trao học bổng.",
        {"Tôn Nữ Thị Minh Châu": ["Phó Chủ tịch UBND tỉnh Long An"]},
        id="five-syllable-name",
    ),
    pytest.param(
        "Sáng 6/1, Phó Chủ tịch UBND tỉnh Đắk Lắk H'Lim Byă dự lễ ra mắt.",
        {"H'Lim Byă": ["Phó Chủ tịch UBND tỉnh Đắk Lắk"]},
        id="ede-h-prefix",
    ),
    pytest.param(
        "Sáng 6/1, đồng chí Y Bhiăng Mlô, Phó Chủ tịch HĐND tỉnh dự lễ ra mắt.",
        {"Y Bhiăng Mlô": ["Phó Chủ tịch HĐND tỉnh"]},
        id="ede-y-prefix",
    ),
    pytest.param(
        "Sáng 6/1, đồng chí Y Khoa Niê Kdăm, Trưởng Ban Dân tộc HĐND tỉnh dự lễ ra mắt.",
        {"Y Khoa Niê Kdăm": ["Trưởng Ban Dân tộc HĐND tỉnh"]},
        id="ede-four-syllables",
    ),
    pytest.param(
        "Sáng 6/1, Phó Bí thư Thường trực Tỉnh ủy Thạch Sô Phon dự lễ Chôl Chnăm Thmây.",
        {"Thạch Sô Phon": ["Phó Bí thư Thường trực Tỉnh ủy"]},
        id="khmer-name",
    ),
    pytest.param(
        "Sáng 6/1, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Sầm Văn Đông dự hội nghị.",
        {"Sầm Văn Đông": ["Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy"]},
        id="central-member-chain-before",
    ),
    pytest.param(
        "Sáng 6/1, đồng chí Thái Thanh Quý, Ủy viên BCH Trung ương Đảng, Bí thư Tỉnh ủy dự "
        "hội nghị.",
        {"Thái Thanh Quý": ["Ủy viên BCH Trung ương Đảng", "Bí thư Tỉnh ủy"]},
        id="bch-abbreviation",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CHAINS)
def test_titles_as_written(text: str, expected: dict[str, list[str]]) -> None:
    assert raw_titles(text) == expected


# (sentence, person, canonical titles)
CANONICAL = [
    pytest.param(
        "Sáng 6/1, Phó Chủ tịch UBND tỉnh Quảng Bình Trương An Ninh dự lễ khánh thành.",
        "Trương An Ninh",
        ["Phó Chủ tịch Ủy ban nhân dân tỉnh Quảng Bình"],
        id="ubnd-expanded",
    ),
    pytest.param(
        "Sáng 6/1, UBND tỉnh Sóc Trăng tổ chức hội nghị tổng kết. Đồng chí Lâm Hoàng Nghiệp, "
        "Chủ tịch UBND tỉnh chủ trì hội nghị.",
        "Lâm Hoàng Nghiệp",
        ["Chủ tịch Ủy ban nhân dân tỉnh Sóc Trăng"],
        id="tinh-resolved-to-article-province",
    ),
    pytest.param(
        "Sáng 6/1, Tỉnh ủy Hà Giang tổ chức hội nghị. Đồng chí Sùng Mí Vàng, Phó Bí thư Tỉnh "
        "ủy chủ trì hội nghị.",
        "Sùng Mí Vàng",
        ["Phó Bí thư Tỉnh ủy Hà Giang"],
        id="tinh-uy-resolved",
    ),
    pytest.param(
        "Sáng 6/1, Chủ tịch HĐND tỉnh Thái Bình Vũ Thị Lựu dự kỳ họp.",
        "Vũ Thị Lựu",
        ["Chủ tịch Hội đồng nhân dân tỉnh Thái Bình"],
        id="hdnd-expanded",
    ),
    pytest.param(
        "Sáng 6/1, Chủ tịch Ủy ban MTTQ tỉnh Bình Định Đỗ Văn Chương dự lễ ra mắt.",
        "Đỗ Văn Chương",
        ["Chủ tịch Ủy ban Mặt trận Tổ quốc tỉnh Bình Định"],
        id="mttq-expanded",
    ),
    pytest.param(
        "Sáng 6/1, đồng chí Thái Thanh Quý, Ủy viên BCH Trung ương Đảng dự hội nghị.",
        "Thái Thanh Quý",
        ["Ủy viên Ban Chấp hành Trung ương Đảng"],
        id="bch-expanded",
    ),
    pytest.param(
        "Sáng 6/1, Phó Chủ tịch UBND tỉnh Thanh Hoá Lê Đức Giang dự lễ khánh thành.",
        "Lê Đức Giang",
        ["Phó Chủ tịch Ủy ban nhân dân tỉnh Thanh Hóa"],
        id="tone-placement-in-title",
    ),
    pytest.param(
        "Sáng 6/1, Phó Chủ tịch Uỷ ban nhân dân tỉnh Kon Tum Y Ngọc dự lễ khánh thành.",
        "Y Ngọc",
        ["Phó Chủ tịch Ủy ban nhân dân tỉnh Kon Tum"],
        id="uy-tone-in-title",
    ),
]


@pytest.mark.parametrize(("text", "person", "expected"), CANONICAL)
def test_titles_canonical(text: str, person: str, expected: list[str]) -> None:
    table = table_of(text)
    row = table[table["person"] == person]
    assert len(row) == 1, table["person"].tolist()
    assert list(row["titles"].iloc[0]) == expected


def test_canonical_and_raw_kept_side_by_side() -> None:
    table = table_of(
        "Sáng 6/1, Phó Chủ tịch UBND tỉnh Quảng Bình Trương An Ninh dự lễ khánh thành.")
    assert list(table["titles_raw"].iloc[0]) == ["Phó Chủ tịch UBND tỉnh Quảng Bình"]
    assert list(table["titles"].iloc[0]) == ["Phó Chủ tịch Ủy ban nhân dân tỉnh Quảng Bình"]


# (text, expected person names in order of the table)
NAMES = [
    pytest.param(
        "Sáng 6/1, Bí thư Tỉnh ủy Đinh Văn Thuỷ dự hội nghị.", ["Đinh Văn Thủy"],
        id="person-modern-tone",
    ),
    pytest.param(
        "Sáng 6/1, các Ủy viên Bộ Chính trị: Tạ Đình Sang, Mạc Văn Khuê dự hội nghị.",
        ["Tạ Đình Sang", "Mạc Văn Khuê"],
        id="group-names",
    ),
    pytest.param(
        "Sáng 6/1, Bí thư Tỉnh ủy Hứa Văn Tài và Chủ tịch UBND tỉnh Giáp Thị Lan dự lễ.",
        ["Hứa Văn Tài", "Giáp Thị Lan"],
        id="two-titled-joined-by-va",
    ),
    pytest.param(
        "Sáng 6/1, Chủ tịch UBND tỉnh Lạng Sơn Phùng Văn Tú tiếp ông Lee Min Ho, Tổng Giám đốc "
        "Tập đoàn Hanwa Hàn Quốc.",
        ["Phùng Văn Tú", "Lee Min Ho"],
        id="korean-guest",
    ),
]


@pytest.mark.parametrize(("text", "expected"), NAMES)
def test_names(text: str, expected: list[str]) -> None:
    assert table_of(text)["person"].tolist() == expected


# A later mention by title alone adds its role to the person named earlier.
TITLE_ONLY = [
    pytest.param(
        "Sáng 6/1, Thủ tướng Chính phủ Lưu Đình Khôi dự hội nghị tổng kết ngành Ngoại giao. "
        "Phát biểu chỉ đạo hội nghị, Thủ tướng nhấn mạnh vai trò của ngoại giao kinh tế.",
        "Lưu Đình Khôi", "speak",
        id="thu-tuong-speaks",
    ),
    pytest.param(
        "Sáng 6/1, Bí thư Tỉnh ủy Khổng Minh Tuấn dự hội nghị tổng kết. Bí thư Tỉnh ủy phát "
        "biểu chỉ đạo hội nghị.",
        "Khổng Minh Tuấn", "speak",
        id="bi-thu-speaks",
    ),
]


@pytest.mark.parametrize(("text", "person", "role"), TITLE_ONLY)
def test_title_only_mention_adds_role(text: str, person: str, role: str) -> None:
    table = table_of(text)
    assert table["person"].tolist() == [person]
    assert table["role"].iloc[0] == role


# Names that are not participants: no row.
NOT_PARTICIPANTS = [
    pytest.param(
        "Sáng 6/1, Bí thư Tỉnh ủy Khổng Minh Tuấn dự lễ dâng hương tưởng niệm cố Tổng Bí thư "
        "Lê Khắc Định.",
        ["Khổng Minh Tuấn"],
        id="late-leader-not-participant",
    ),
    pytest.param(
        "Sáng 6/1, Chủ tịch UBND tỉnh Lạng Sơn Phùng Văn Tú dự hội nghị. Phó Chủ tịch UBND "
        "tỉnh Lạng Sơn Hà Văn Lụa vắng mặt.",
        ["Phùng Văn Tú"],
        id="absent-not-participant",
    ),
    pytest.param(
        "Sáng 6/1, Chủ tịch UBND tỉnh Lạng Sơn Phùng Văn Tú dự hội nghị theo Quyết định của "
        "Thủ tướng.",
        ["Phùng Văn Tú"],
        id="bare-title-no-row",
    ),
]


@pytest.mark.parametrize(("text", "expected"), NOT_PARTICIPANTS)
def test_non_participants(text: str, expected: list[str]) -> None:
    assert table_of(text)["person"].tolist() == expected
