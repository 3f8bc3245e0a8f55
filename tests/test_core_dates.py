"""Dates of events: every form of the press, resolved against the publication date.

A day and month without a year take the year that makes them the most recent date on or before
the publication date; without a publication date, a year written in the article is used.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

import vnpolnews

PERSON = "Bí thư Tỉnh ủy Nghệ An Lương Văn Khải"


def dated(opening: str, published: str | None) -> tuple[dt.date | None, str | None, str | None]:
    text = f"{opening}, {PERSON} dự hội nghị tổng kết công tác xây dựng Đảng."
    table = vnpolnews.extract(text, published=published)
    assert table["person"].tolist() == ["Lương Văn Khải"]
    row = table.iloc[0]
    day = None if pd.isna(row["date"]) else row["date"].date()
    return day, row["date_text"], row["time_of_day"]


# (opening of the sentence, published, expected date, expected time of day)
DATES = [
    pytest.param("Sáng 6/1", "2025-01-06", dt.date(2025, 1, 6), "morning", id="sang-slash"),
    pytest.param("Sáng nay (6/1)", "2025-01-06", dt.date(2025, 1, 6), "morning",
                 id="sang-nay-bracket"),
    pytest.param("Chiều 26.2", "2025-02-27", dt.date(2025, 2, 26), "afternoon", id="chieu-dot"),
    pytest.param("Sáng 7-2", "2025-02-07", dt.date(2025, 2, 7), "morning", id="sang-dash"),
    pytest.param("Ngày 15-5", "2025-05-16", dt.date(2025, 5, 15), None, id="ngay-dash"),
    pytest.param("Ngày 15/5", "2025-05-16", dt.date(2025, 5, 15), None, id="ngay-slash"),
    pytest.param("Tối 31/12", "2025-01-02", dt.date(2024, 12, 31), "evening",
                 id="previous-year-most-recent"),
    pytest.param("Chiều 30/12", "2025-01-06", dt.date(2024, 12, 30), "afternoon",
                 id="dec-in-january-article"),
    pytest.param("Trưa 16/12", "2025-12-16", dt.date(2025, 12, 16), "noon", id="trua"),
    pytest.param("Sáng 19/12/2023", "2025-12-16", dt.date(2023, 12, 19), "morning",
                 id="year-written-wins"),
    pytest.param("Thứ 3, 19/12/2023", "2023-12-20", dt.date(2023, 12, 19), None,
                 id="weekday-number"),
    pytest.param("Thứ Ba, ngày 19/12/2023", "2023-12-20", dt.date(2023, 12, 19), None,
                 id="weekday-word"),
    pytest.param("Ngày 16 tháng 12 năm 2025", "2025-12-17", dt.date(2025, 12, 16), None,
                 id="long-form"),
    pytest.param("Ngày 16 tháng 12", "2025-12-17", dt.date(2025, 12, 16), None,
                 id="long-form-no-year"),
    pytest.param("Hôm qua", "2025-01-07", dt.date(2025, 1, 6), None, id="hom-qua"),
    pytest.param("Sáng hôm qua", "2025-01-07", dt.date(2025, 1, 6), "morning",
                 id="sang-hom-qua"),
    pytest.param("Tối qua", "2025-01-07", dt.date(2025, 1, 6), "evening", id="toi-qua"),
    pytest.param("Sáng nay", "2025-01-07", dt.date(2025, 1, 7), "morning", id="sang-nay"),
    pytest.param("Sáng 19/12/2023", None, dt.date(2023, 12, 19), "morning",
                 id="no-published-year-written"),
    pytest.param("Sáng 6/1", dt.date(2025, 1, 6), dt.date(2025, 1, 6), "morning",
                 id="published-as-date"),
    pytest.param("Sáng 6/1", "2025-01-06T21:05:00+07:00", dt.date(2025, 1, 6), "morning",
                 id="published-as-iso-datetime"),
]


@pytest.mark.parametrize(("opening", "published", "expected", "tod"), DATES)
def test_date_resolved(
    opening: str, published: str | dt.date | None, expected: dt.date | None, tod: str | None
) -> None:
    day, text, time_of_day = dated(opening, published)  # type: ignore[arg-type]
    assert day == expected
    assert text is not None and text.casefold() in opening.casefold()
    assert time_of_day == tod


def test_year_from_article_when_no_published() -> None:
    text = ("Năm 2023, tỉnh Nghệ An đạt nhiều kết quả. Chiều 19/12, Bí thư Tỉnh ủy Nghệ An "
            "Lương Văn Khải dự hội nghị tổng kết công tác năm 2023.")
    table = vnpolnews.extract(text)
    assert table["date"].iloc[0].date() == dt.date(2023, 12, 19)


# (text, published, expected {person: date})
SEVERAL = [
    pytest.param(
        "Sáng 6/1, Bí thư Tỉnh ủy Nghệ An Lương Văn Khải dự hội nghị tổng kết. Chiều cùng ngày, "
        "Chủ tịch UBND tỉnh Nghệ An Hồ Minh Tâm chủ trì cuộc họp.",
        "2025-01-07",
        {"Lương Văn Khải": dt.date(2025, 1, 6), "Hồ Minh Tâm": dt.date(2025, 1, 6)},
        id="chieu-cung-ngay",
    ),
    pytest.param(
        "Sáng 6/1, Bí thư Tỉnh ủy Nghệ An Lương Văn Khải dự hội nghị tổng kết. Trước đó, chiều "
        "5/1, Chủ tịch UBND tỉnh Nghệ An Hồ Minh Tâm chủ trì cuộc họp.",
        "2025-01-07",
        {"Lương Văn Khải": dt.date(2025, 1, 6), "Hồ Minh Tâm": dt.date(2025, 1, 5)},
        id="truoc-do",
    ),
    pytest.param(
        "Dự hội nghị có đồng chí Lương Văn Khải, Bí thư Tỉnh ủy Nghệ An. Hội nghị diễn ra sáng "
        "6/1 tại Trung tâm Hội nghị tỉnh.",
        "2025-01-07",
        {"Lương Văn Khải": dt.date(2025, 1, 6)},
        id="date-after-lead",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), SEVERAL)
def test_dates_per_person(text: str, published: str, expected: dict[str, dt.date]) -> None:
    table = vnpolnews.extract(text, published=published)
    assert {p: d.date() for p, d in zip(table["person"], table["date"], strict=True)} == expected


def test_two_dates_two_rows() -> None:
    text = ("Sáng 5/1, Bí thư Tỉnh ủy Nghệ An Lương Văn Khải dự lễ khởi công. Sáng 6/1, Bí thư "
            "Tỉnh ủy Nghệ An Lương Văn Khải chủ trì hội nghị Ban Thường vụ Tỉnh ủy.")
    table = vnpolnews.extract(text, published="2025-01-07")
    assert table["person"].tolist() == ["Lương Văn Khải", "Lương Văn Khải"]
    assert sorted(d.date() for d in table["date"]) == [dt.date(2025, 1, 5), dt.date(2025, 1, 6)]
    assert table["event_id"].nunique() == 2


def test_same_date_one_row() -> None:
    text = ("Sáng 6/1, Bí thư Tỉnh ủy Nghệ An Lương Văn Khải dự lễ khởi công. Chiều 6/1, Bí thư "
            "Tỉnh ủy Nghệ An Lương Văn Khải chủ trì hội nghị Ban Thường vụ Tỉnh ủy.")
    table = vnpolnews.extract(text, published="2025-01-07")
    assert table["person"].tolist() == ["Lương Văn Khải"]
    assert table["role"].tolist() == ["chair"]


def test_numbers_are_not_dates() -> None:
    text = ("Sáng 6/1, Bí thư Tỉnh ủy Nghệ An Lương Văn Khải dự hội nghị triển khai Nghị quyết "
            "số 18-NQ/TW, nhiệm kỳ 2025 - 2030, tăng trưởng đạt 8.5%.")
    document = vnpolnews.parse(text, published="2025-01-07")
    assert [d.text for d in document.dates] == ["Sáng 6/1"]
