"""Page furniture yields no rows; related-news teasers are stories of their own.

The articles are written for these tests in the style of provincial news pages copied as text.
"""

from __future__ import annotations

import datetime as dt

import pytest

import vnpolnews

PUBLISHED = "2025-12-17"

HEADLINE = "Tỉnh ủy tổng kết công tác xây dựng Đảng năm 2025"
BODY = (
    "Sáng 16/12, Ban Thường vụ Tỉnh ủy Nghệ An tổ chức hội nghị tổng kết công tác xây dựng "
    "Đảng năm 2025. Đồng chí Phan Đức Thịnh, Bí thư Tỉnh ủy chủ trì hội nghị."
)
MAIN_PERSON = "Phan Đức Thịnh"


def article(*, before: str = "", after: str = "") -> str:
    parts = [HEADLINE, before, BODY, after]
    return "\n\n".join(p for p in parts if p)


def persons(text: str, published: str | None = PUBLISHED) -> list[str]:
    return [str(p) for p in vnpolnews.extract(text, published=published)["person"]]


# (the furniture, where it stands, the name in it that must yield no row)
FURNITURE = [
    pytest.param("Lã Thu Hiền", "before", "Lã Thu Hiền", id="byline-alone"),
    pytest.param("Trịnh Quang Vũ - Đào Ngọc Hân", "before", "Trịnh Quang Vũ", id="byline-two"),
    pytest.param("LÊ HOÀNG YẾN", "before", "Lê Hoàng Yến", id="byline-upper-case"),
    pytest.param("Bài và ảnh: Kiều Văn Trác", "after", "Kiều Văn Trác", id="bai-va-anh"),
    pytest.param("Ảnh: Mạc Thị Duyên", "after", "Mạc Thị Duyên", id="anh-credit-line"),
    pytest.param("Nhóm PV (Ảnh: Tạ Minh Luân)", "after", "Tạ Minh Luân", id="anh-credit-bracket"),
    pytest.param(
        "Các đại biểu dự hội nghị. (Ảnh: Ninh Văn Khải)", "after", "Ninh Văn Khải",
        id="caption-with-credit",
    ),
    pytest.param("Giám đốc: Triệu Văn Cường", "after", "Triệu Văn Cường", id="footer-giam-doc"),
    pytest.param(
        "Tổng Biên tập: Nông Thị Hạnh", "after", "Nông Thị Hạnh", id="footer-tong-bien-tap",
    ),
    pytest.param(
        "Phó Tổng Biên tập: Hà Duy Khánh", "after", "Hà Duy Khánh", id="footer-pho-tong-bien-tap",
    ),
    pytest.param(
        "Giấy phép số 112/GP-BTTTT cấp ngày 5/3/2021. Chịu trách nhiệm nội dung: Âu Văn Mạnh",
        "after", "Âu Văn Mạnh", id="footer-licence",
    ),
    pytest.param(
        "Địa chỉ: Số 9 đường Trần Phú, phường Vinh Phú, tỉnh Nghệ An", "after", None,
        id="footer-address",
    ),
    pytest.param("Điện thoại: 0238 3842 111 - Fax: 0238 3842 112", "after", None,
                 id="footer-phone"),
    pytest.param("Từ khóa: Tỉnh ủy Nghệ An, Phan Đức Thịnh, xây dựng Đảng", "after", None,
                 id="tags-tu-khoa"),
    pytest.param("Tags: Nghệ An, hội nghị", "after", None, id="tags-english"),
    pytest.param("16/12/2025 11:20 | 2.315 lượt xem", "before", None, id="view-count"),
    pytest.param("Lượt xem: 1.024", "after", None, id="view-count-label"),
    pytest.param("© Bản quyền thuộc Báo Nghệ An. Ghi rõ nguồn khi phát hành lại.", "after", None,
                 id="copyright"),
]


@pytest.mark.parametrize(("furniture", "where", "name"), FURNITURE)
def test_furniture_yields_no_rows(furniture: str, where: str, name: str | None) -> None:
    text = article(**{where: furniture})
    found = persons(text)
    assert found == [MAIN_PERSON]
    if name is not None:
        assert name not in found


def test_furniture_only_is_empty() -> None:
    text = "Giám đốc: Triệu Văn Cường\nĐịa chỉ: Số 9 đường Trần Phú\nĐiện thoại: 0238 3842 111"
    table = vnpolnews.extract(text, published=PUBLISHED)
    assert table.empty
    assert table.columns.tolist() == list(vnpolnews.COLUMNS)


TEASER_HEADLINE = "Chủ tịch tỉnh kiểm tra tiến độ dự án đường ven biển"
TEASER = (
    "Chiều 3/11, đồng chí Hồ Minh Tâm, Chủ tịch UBND tỉnh Nghệ An kiểm tra tiến độ thi công "
    "dự án đường ven biển đoạn qua thị xã Hoàng Mai và yêu cầu nhà thầu tăng ca."
)


def with_teaser(timestamp: str, *, marker: str = "Tin liên quan") -> str:
    return "\n\n".join(
        [article(), marker, TEASER_HEADLINE, TEASER_HEADLINE, timestamp, TEASER]
    )


# (timestamp line of the teaser, published, expected date of the teaser's row)
TEASERS = [
    pytest.param("20:02 , 03/11/2025", PUBLISHED, dt.date(2025, 11, 3), id="time-comma-date"),
    pytest.param("03/11/2024 09:15", PUBLISHED, dt.date(2024, 11, 3), id="older-year"),
    pytest.param("Thứ Hai, 03/11/2025", PUBLISHED, dt.date(2025, 11, 3), id="weekday"),
    pytest.param("20:02 , 03/11/2025", None, dt.date(2025, 11, 3), id="no-published"),
]


@pytest.mark.parametrize(("timestamp", "published", "expected"), TEASERS)
def test_related_teaser_is_its_own_story(
    timestamp: str, published: str | None, expected: dt.date
) -> None:
    table = vnpolnews.extract(with_teaser(timestamp), published=published)
    teaser = table[table["person"] == "Hồ Minh Tâm"]
    assert len(teaser) == 1
    assert teaser["section"].iloc[0] == "related"
    assert teaser["date"].iloc[0].date() == expected
    main = table[table["person"] == MAIN_PERSON]
    assert main["section"].tolist() == ["main"]
    assert main["date"].iloc[0].date() == dt.date(2025, 12, 16)


@pytest.mark.parametrize(
    "marker", ["Tin liên quan", "TIN LIÊN QUAN", "Tin cùng chuyên mục", "Xem thêm"],
)
def test_related_markers(marker: str) -> None:
    table = vnpolnews.extract(with_teaser("20:02 , 03/11/2025", marker=marker),
                              published=PUBLISHED)
    sections = dict(zip(table["person"], table["section"], strict=True))
    assert sections == {MAIN_PERSON: "main", "Hồ Minh Tâm": "related"}


def test_headline_printed_twice_starts_a_teaser_without_marker() -> None:
    text = "\n\n".join(
        [article(), TEASER_HEADLINE, TEASER_HEADLINE, "20:02 , 03/11/2025", TEASER])
    table = vnpolnews.extract(text, published=PUBLISHED)
    sections = dict(zip(table["person"], table["section"], strict=True))
    assert sections == {MAIN_PERSON: "main", "Hồ Minh Tâm": "related"}


def test_caption_shown_at_event_is_caption_section() -> None:
    caption = "Đồng chí Phan Đức Thịnh, Bí thư Tỉnh ủy phát biểu tại hội nghị. Ảnh: Lã Thu Hiền"
    text = "\n\n".join([HEADLINE, "Sáng 16/12, Ban Thường vụ Tỉnh ủy tổ chức hội nghị tổng kết.",
                        caption])
    table = vnpolnews.extract(text, published=PUBLISHED)
    assert table["person"].tolist() == [MAIN_PERSON]
    assert table["section"].tolist() == ["caption"]
