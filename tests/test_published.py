"""The article's own dateline in plain text, told apart from dates of other things."""

from __future__ import annotations

import datetime as dt

import pytest

from vnpolnews._published import find_published

BODY = (
    "Sáng 6/1, Bí thư Tỉnh ủy Nguyễn Văn An dự hội nghị tổng kết công tác năm 2024.\n\n"
    "Phát biểu tại hội nghị, đồng chí đề nghị các ngành bám sát nhiệm vụ được giao.\n"
)

FOUND = [
    pytest.param("Cập nhật: 06/01/2025\n\n" + BODY, "2025-01-06", "label-updated", id="cap-nhat"),
    pytest.param(
        "Tiêu đề\n\nPublished Date\n06/01/2025\n\n" + BODY,
        "2025-01-06",
        "label-above",
        id="published-date-label-above",
    ),
    pytest.param(
        "Đường dây nóng: 0237 3721150\n\nTiêu đề\n\nPhóng viên A - Phóng viên B\n\n"
        "06/01/2025 19:52\n\n" + BODY,
        "2025-01-06",
        "bare",
        id="date-time-line-under-byline",
    ),
    pytest.param(
        "Tiêu đề\n\nThứ 3, 19/12/2023 | 15:18:15\n1,234 lượt xem\n\n" + BODY,
        "2023-12-19",
        "weekday",
        id="thu-3-with-bar",
    ),
    pytest.param(
        "Thứ ba, 4/3/2025, 11:36 (GMT+7)\n\n" + BODY,
        "2025-03-04",
        "weekday",
        id="thu-ba-gmt",
    ),
    pytest.param("Chủ nhật, 5/1/2025 - 08:00\n" + BODY, "2025-01-05", "weekday", id="chu-nhat"),
    pytest.param(
        "Ngày đăng: 04/03/2025 08:15\n" + BODY,
        "2025-03-04",
        "label-published",
        id="ngay-dang",
    ),
    pytest.param(
        "Cập nhật lúc 19:52 ngày 06/01/2025\n" + BODY,
        "2025-01-06",
        "label-updated",
        id="cap-nhat-luc-time-first",
    ),
    pytest.param(
        "Monday, January 6, 2025 10:00\n\nPrime Minister Pham Minh Chinh attended ...",
        "2025-01-06",
        "weekday",
        id="english-weekday",
    ),
    pytest.param("06 Jan 2025 | 10:00 AM\n" + BODY, "2025-01-06", "bare", id="english-day-first"),
    pytest.param("Thùy Linh | 06.01.2025 19:52\n" + BODY, "2025-01-06", "byline", id="byline"),
    pytest.param("2025-01-06T10:00\n" + BODY, "2025-01-06", "bare", id="iso"),
    pytest.param("Ngày 06 tháng 01 năm 2025\n" + BODY, "2025-01-06", "bare", id="ngay-thang-nam"),
    pytest.param(
        "Cập nhật: 07/01/2025\nNgày đăng: 06/01/2025\n" + BODY,
        "2025-01-06",
        "label-published",
        id="published-beats-updated",
    ),
    pytest.param(
        "\n".join(f"Dòng {i} của trang." for i in range(30)) + "\nNgày đăng: 06/01/2025\n",
        "2025-01-06",
        "label-published",
        id="labelled-line-far-down",
    ),
]


@pytest.mark.parametrize(("text", "date", "rule"), FOUND)
def test_dateline_found(text: str, date: str, rule: str) -> None:
    found = find_published(text)
    assert found is not None
    assert (found.date, found.rule) == (dt.date.fromisoformat(date), rule)
    assert text[found.start : found.end] == found.text
    assert found.text.strip() == found.text


NOT_FOUND = [
    pytest.param(
        "Theo Kết luận số 118 ngày 18/01/2025 của Bộ Chính trị, tỉnh sắp xếp bộ máy.\n",
        id="date-inside-sentence",
    ),
    pytest.param("Sáng 6/1/2025, Thủ tướng dự hội nghị.\n", id="event-date-opening-sentence"),
    pytest.param("Thứ hai, tỉnh đẩy mạnh cải cách hành chính.\n", id="thu-hai-as-ordinal"),
    pytest.param(
        BODY + "\nTin liên quan\n\nHội nghị tổng kết ngành\n\n20:02 , 16/12/2025\n\n"
        "Chiều 16/12, đồng chí ...\n",
        id="teaser-timestamp-after-related-heading",
    ),
    pytest.param(
        BODY + "\nHội nghị tổng kết ngành\nHội nghị tổng kết ngành\n20:02 , 16/12/2025\n",
        id="teaser-timestamp-under-repeated-headline",
    ),
    pytest.param(
        "\n".join(f"Đoạn {i} của bài." for i in range(20)) + "\n20:02 , 16/12/2025\n",
        id="bare-timestamp-far-down",
    ),
    pytest.param("Cập nhật: 31/02/2025\n" + BODY, id="impossible-date"),
    pytest.param("Nhiệm kỳ 2025 - 2030\n" + BODY, id="term-of-office"),
    pytest.param("", id="empty"),
]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_no_dateline(text: str) -> None:
    assert find_published(text) is None


def test_offsets_point_into_the_text() -> None:
    text = "Tiêu đề bài\n\nCập nhật: 06/01/2025\n\n" + BODY
    found = find_published(text)
    assert found is not None
    assert (found.start, found.end) == (13, 33)
