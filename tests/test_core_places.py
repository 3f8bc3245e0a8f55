"""Places: where the event took place, its venue, each bridge point, and the province of each
person's office as of the event date with its successor under the 2025 reform.
"""

from __future__ import annotations

import pandas as pd
import pytest

import vnpolnews


def value(cell: object) -> object:
    """A cell of the table, with a missing value (None or NaN) as None."""
    return None if not isinstance(cell, list) and pd.isna(cell) else cell


def row_of(text: str, person: str, published: str = "2025-01-07") -> dict[str, object]:
    table = vnpolnews.extract(text, published=published)
    rows = table[table["person"] == person]
    assert len(rows) == 1, table["person"].tolist()
    return {k: value(v) for k, v in rows.iloc[0].to_dict().items()}


# (sentence, person, expected location)
LOCATIONS = [
    pytest.param(
        "Sáng 6/1, tại Hà Nội, Thủ tướng Chính phủ Lưu Đình Khôi chủ trì hội nghị Chính phủ với "
        "các địa phương.",
        "Lưu Đình Khôi", "Hà Nội",
        id="tai-ha-noi-opening",
    ),
    pytest.param(
        "Sáng 6/1, Thủ tướng Chính phủ Lưu Đình Khôi chủ trì hội nghị tại Hà Nội.",
        "Lưu Đình Khôi", "Hà Nội",
        id="tai-ha-noi-after",
    ),
    pytest.param(
        "Sáng 6/1, tại Thủ đô Hà Nội, Chủ tịch nước Lã Quang Diệu dự lễ kỷ niệm.",
        "Lã Quang Diệu", "Hà Nội",
        id="tai-thu-do",
    ),
    pytest.param(
        "Sáng 6/1, tại tỉnh Quảng Bình, Phó Thủ tướng Hồ Đức Phong dự lễ khởi công.",
        "Hồ Đức Phong", "Quảng Bình",
        id="tai-tinh-x",
    ),
    pytest.param(
        "Sáng 6/1, Phó Thủ tướng Hồ Đức Phong thăm và làm việc tại tỉnh Kon Tum.",
        "Hồ Đức Phong", "Kon Tum",
        id="tham-lam-viec-tai-tinh",
    ),
    pytest.param(
        "Sáng 6/1, tại Thành phố Hồ Chí Minh, Phó Thủ tướng Hồ Đức Phong dự hội nghị xúc tiến "
        "đầu tư.",
        "Hồ Đức Phong", "Hồ Chí Minh",
        id="tai-thanh-pho-hcm",
    ),
    pytest.param(
        "Sáng 6/1, tại Phủ Chủ tịch, Chủ tịch nước Lã Quang Diệu tiếp Đại sứ Lào Khamphao "
        "Ernthavanh.",
        "Lã Quang Diệu", "Hà Nội",
        id="known-venue-gives-city",
    ),
]


@pytest.mark.parametrize(("text", "person", "location"), LOCATIONS)
def test_location(text: str, person: str, location: str) -> None:
    assert row_of(text, person)["location"] == location


# (sentence, person, expected venue)
VENUES = [
    pytest.param(
        "Sáng 6/1, tại Phủ Chủ tịch, Chủ tịch nước Lã Quang Diệu tiếp Đại sứ Lào Khamphao "
        "Ernthavanh.",
        "Lã Quang Diệu", "Phủ Chủ tịch",
        id="phu-chu-tich",
    ),
]


@pytest.mark.parametrize(("text", "person", "venue"), VENUES)
def test_venue(text: str, person: str, venue: str) -> None:
    assert row_of(text, person)["venue"] == venue


ONLINE = (
    "Sáng 6/1, Chính phủ tổ chức hội nghị trực tuyến với các địa phương. Thủ tướng Chính phủ "
    "Lưu Đình Khôi chủ trì hội nghị tại điểm cầu Trung ương. Dự tại điểm cầu Nghệ An có các "
    "đồng chí: Lương Văn Khải, Bí thư Tỉnh ủy; Hồ Minh Tâm, Chủ tịch UBND tỉnh. Tại điểm cầu "
    "Sóc Trăng có đồng chí Lâm Hoàng Nghiệp, Chủ tịch UBND tỉnh."
)

# (person, expected bridge point, expected province of office)
BRIDGES = [
    pytest.param("Lương Văn Khải", "Nghệ An", "Nghệ An", id="first-of-list"),
    pytest.param("Hồ Minh Tâm", "Nghệ An", "Nghệ An", id="second-of-list"),
    pytest.param("Lưu Đình Khôi", "Hà Nội", None, id="central-bridge"),
]


@pytest.mark.parametrize(("person", "bridge", "province"), BRIDGES)
def test_bridge_point(person: str, bridge: str, province: str | None) -> None:
    row = row_of(ONLINE, person)
    assert row["bridge_point"] == bridge
    assert row["province"] == province


# (sentence, published, person, province of office, province_2025)
PROVINCES = [
    pytest.param(
        "Sáng 6/1, Chủ tịch UBND tỉnh Sóc Trăng Lâm Hoàng Nghiệp dự hội nghị tổng kết.",
        "2025-01-07", "Lâm Hoàng Nghiệp", "Sóc Trăng", "Cần Thơ",
        id="soc-trang-jan-2025",
    ),
    pytest.param(
        "Sáng 6/1, Bí thư Tỉnh ủy Quảng Bình Trương An Ninh dự hội nghị tổng kết.",
        "2025-01-07", "Trương An Ninh", "Quảng Bình", "Quảng Trị",
        id="quang-binh",
    ),
    pytest.param(
        "Sáng 6/1, Chủ tịch UBND tỉnh Thái Bình Vũ Thị Lựu dự hội nghị tổng kết.",
        "2025-01-07", "Vũ Thị Lựu", "Thái Bình", "Hưng Yên",
        id="thai-binh",
    ),
    pytest.param(
        "Sáng 6/1, Chủ tịch UBND tỉnh Hà Giang Sùng Mí Vàng dự hội nghị tổng kết.",
        "2025-01-07", "Sùng Mí Vàng", "Hà Giang", "Tuyên Quang",
        id="ha-giang",
    ),
    pytest.param(
        "Sáng 6/1, Bí thư Tỉnh ủy Nghệ An Lương Văn Khải dự hội nghị tổng kết.",
        "2025-01-07", "Lương Văn Khải", "Nghệ An", "Nghệ An",
        id="unchanged-province",
    ),
    pytest.param(
        "Sáng 16/12, Chủ tịch UBND TP Cần Thơ Lâm Hoàng Nghiệp dự hội nghị tổng kết.",
        "2025-12-17", "Lâm Hoàng Nghiệp", "Cần Thơ", "Cần Thơ",
        id="after-reform",
    ),
    pytest.param(
        "Sáng 6/1, UBND tỉnh Bình Định tổ chức hội nghị. Đồng chí Đỗ Văn Chương, Chủ tịch UBND "
        "tỉnh chủ trì hội nghị.",
        "2025-01-07", "Đỗ Văn Chương", "Bình Định", "Gia Lai",
        id="bare-tinh-from-article",
    ),
    pytest.param(
        "Sáng 6/1, Thủ tướng Chính phủ Lưu Đình Khôi dự hội nghị tổng kết.",
        "2025-01-07", "Lưu Đình Khôi", None, None,
        id="central-office-no-province",
    ),
]


@pytest.mark.parametrize(("text", "published", "person", "province", "province_2025"),
                         PROVINCES)
def test_province_of_office(
    text: str, published: str, person: str, province: str | None, province_2025: str | None
) -> None:
    row = row_of(text, person, published)
    assert (row["province"], row["province_2025"]) == (province, province_2025)


def test_event_keeps_province_of_its_date() -> None:
    text = ("Sáng 6/1, tại tỉnh Sóc Trăng, Phó Thủ tướng Hồ Đức Phong dự lễ khởi công cầu "
            "Đại Ngãi.")
    assert row_of(text, "Hồ Đức Phong")["location"] == "Sóc Trăng"
