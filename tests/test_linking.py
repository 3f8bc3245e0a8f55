"""Linking names to the officials gazetteer, and checking titles against positions held."""

from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import vnpolnews
from vnpolnews._linking import check_titles, likeliest_year, link

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def gazetteer() -> vnpolnews.Gazetteer:
    return vnpolnews.load_gazetteer(extra=[DATA / "officials-fixture.tsv",
                                           DATA / "officials-namesakes.tsv"])


@pytest.mark.parametrize(("written", "on", "titles", "person_id", "rule"), [
    pytest.param("Khổng Minh Thủy", dt.date(2022, 3, 1), [], "fixture-khong-minh-thuy",
                 "name.linked", id="exact"),
    pytest.param("Khổng Minh Thuỷ", dt.date(2022, 3, 1), [], "fixture-khong-minh-thuy",
                 "name.linked", id="old-tone-placement"),
    pytest.param("Khổng M. Thủy", None, [], "fixture-khong-minh-thuy", "name.linked",
                 id="alias"),
    pytest.param("Khong Minh Thuy", None, [], "fixture-khong-minh-thuy", "name.ascii_linked",
                 id="without-diacritics"),
    pytest.param("Khổng Minh Thu", None, [], None, "name.unlinked", id="unknown"),
    pytest.param("Khong Minh Thu", None, [], None, "name.ascii_unlinked", id="unknown-ascii"),
    pytest.param("Hà Văn Tâm", dt.date(2023, 5, 1), ["Bí thư Tỉnh ủy Nghệ An"],
                 "fixture-ha-van-tam-1960", "name.linked", id="namesake-by-title"),
    pytest.param("Hà Văn Tâm", dt.date(2023, 5, 1), ["Chủ tịch Ủy ban nhân dân tỉnh Nghệ An"],
                 "fixture-ha-van-tam-1972", "name.linked", id="namesake-by-other-title"),
    pytest.param("Hà Văn Tâm", dt.date(2025, 9, 1), [], "fixture-ha-van-tam-1972",
                 "name.linked", id="namesake-in-office-on-the-date"),
    pytest.param("Hà Văn Tâm", dt.date(2023, 5, 1), [], None, "name.ambiguous",
                 id="namesakes-both-in-office"),
    pytest.param("Hà Văn Tâm", None, ["Bí thư Tỉnh ủy Nghệ An"], None, "name.ambiguous",
                 id="namesakes-without-a-date"),
])
def test_link(gazetteer: vnpolnews.Gazetteer, written: str, on: dt.date | None,
              titles: list[str], person_id: str | None, rule: str) -> None:
    found = link(written, on=on, titles=titles, gazetteer=gazetteer)
    assert (found.person_id, found.rule) == (person_id, rule)
    if person_id is not None:
        assert found.name == gazetteer.official(person_id).name  # type: ignore[union-attr]


@pytest.mark.parametrize(("person_id", "on", "titles", "expected"), [
    pytest.param("fixture-khong-minh-thuy", dt.date(2022, 3, 1),
                 ["Chủ tịch Ủy ban nhân dân tỉnh Thanh Hóa"], "title.held", id="held"),
    pytest.param("fixture-khong-minh-thuy", dt.date(2020, 3, 1),
                 ["Chủ tịch Ủy ban nhân dân tỉnh Thanh Hóa"], "title.not_held",
                 id="before-taking-office"),
    pytest.param("fixture-khong-minh-thuy", dt.date(2022, 3, 1),
                 ["Phó Chủ tịch Ủy ban nhân dân tỉnh Thanh Hóa"], "title.not_held",
                 id="after-leaving-office"),
    pytest.param("fixture-khong-minh-thuy", dt.date(2022, 3, 1),
                 ["Chủ tịch Ủy ban nhân dân tỉnh Nghệ An"], None, id="other-province"),
    pytest.param("fixture-khong-minh-thuy", dt.date(2022, 3, 1),
                 ["Phó Bí thư Tỉnh ủy Thanh Hóa"], None, id="office-not-in-gazetteer"),
    pytest.param("fixture-khong-minh-thuy", dt.date(2022, 3, 1),
                 ["Phó Bí thư Tỉnh ủy", "Ủy viên Trung ương Đảng"], "title.held",
                 id="one-title-of-several"),
    pytest.param("fixture-khong-minh-thuy", None,
                 ["Chủ tịch Ủy ban nhân dân tỉnh Thanh Hóa"], None, id="no-date"),
    pytest.param(None, dt.date(2022, 3, 1), ["Thủ tướng Chính phủ"], None, id="unlinked"),
    pytest.param("fixture-khong-minh-thuy", dt.date(2022, 3, 1), [], None, id="no-title"),
])
def test_check_titles(gazetteer: vnpolnews.Gazetteer, person_id: str | None,
                      on: dt.date | None, titles: list[str], expected: str | None) -> None:
    assert check_titles(person_id, on=on, titles=titles, gazetteer=gazetteer) == expected


@pytest.mark.parametrize(("text", "person_id", "flag"), [
    pytest.param("Sáng 6/1, Chủ tịch UBND tỉnh Thanh Hóa Khổng Minh Thủy dự hội nghị tổng kết.",
                 "fixture-khong-minh-thuy", "title.held", id="held"),
    pytest.param("Sáng 6/1, Phó Chủ tịch UBND tỉnh Thanh Hóa Khổng Minh Thủy dự hội nghị.",
                 "fixture-khong-minh-thuy", "title.not_held", id="not-held"),
    pytest.param("Sáng 6/1, Giám đốc Sở Y tế Khổng Minh Thu dự hội nghị tổng kết.",
                 None, None, id="unknown-person"),
])
def test_extract_with_own_gazetteer(gazetteer: vnpolnews.Gazetteer, text: str,
                                    person_id: str | None, flag: str | None) -> None:
    table = vnpolnews.extract(text, published="2024-01-06", gazetteer=gazetteer)
    assert table["person_id"].tolist() == [person_id]
    rules = table["rule"].iloc[0].split()
    assert ("title.held" in rules, "title.not_held" in rules) == (
        flag == "title.held", flag == "title.not_held")


def test_the_shipped_gazetteer_does_not_know_made_up_people() -> None:
    text = "Sáng 6/1, Chủ tịch UBND tỉnh Thanh Hóa Khổng Minh Thủy dự hội nghị tổng kết."
    assert vnpolnews.extract(text, published="2024-01-06")["person_id"].tolist() == [None]


def test_extract_many_with_own_gazetteer(gazetteer: vnpolnews.Gazetteer) -> None:
    docs = [{"id": "a", "text": "Sáng 6/1, Chủ tịch UBND tỉnh Thanh Hóa Khổng Minh Thủy dự hội "
                               "nghị tổng kết.", "published": "2024-01-06"}]
    result = vnpolnews.extract_many(
        docs, extractor=functools.partial(vnpolnews.extract, gazetteer=gazetteer), n_jobs=2)
    assert result.table["person_id"].tolist() == ["fixture-khong-minh-thuy"]


@pytest.mark.parametrize("bad", [pytest.param("officials.tsv", id="a-path"),
                                 pytest.param({}, id="a-dict")])
def test_gazetteer_option_must_be_a_gazetteer(bad: object) -> None:
    with pytest.raises(vnpolnews.OptionError, match="gazetteer"):
        vnpolnews.extract("Sáng 6/1, ông Lê An dự họp.", gazetteer=bad)  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "published", "year", "moved"), [
    pytest.param("Sáng 6/1, Chủ tịch UBND tỉnh Thanh Hóa Khổng Minh Thủy dự hội nghị tổng kết. "
                 "Năm 2015, tỉnh đã khởi công dự án.", None, 2022, True,
                 id="year-of-the-office-nearest-the-text"),
    pytest.param("Sáng 6/1, Phó Chủ tịch UBND tỉnh Thanh Hóa Khổng Minh Thủy dự hội nghị tổng "
                 "kết. Năm 2015, tỉnh đã khởi công dự án.", None, 2020, True,
                 id="an-earlier-office"),
    pytest.param("Sáng 6/1, Chủ tịch UBND tỉnh Thanh Hóa Khổng Minh Thủy dự hội nghị tổng kết. "
                 "Năm 2015, tỉnh đã khởi công dự án.", "2015-01-06", 2015, False,
                 id="a-publication-date-wins"),
    pytest.param("Sáng 6/1/2015, Chủ tịch UBND tỉnh Thanh Hóa Khổng Minh Thủy dự hội nghị tổng "
                 "kết.", None, 2015, False, id="a-written-year-wins"),
    pytest.param("Sáng 6/1, Giám đốc Sở Y tế Khổng Minh Thu dự hội nghị tổng kết. Năm 2015, tỉnh "
                 "đã khởi công dự án.", None, 2015, False, id="nobody-linked"),
])
def test_guessed_year_gives_way_to_the_gazetteer(gazetteer: vnpolnews.Gazetteer, text: str,
                                                 published: str | None, year: int,
                                                 moved: bool) -> None:
    table = vnpolnews.extract(text, published=published, gazetteer=gazetteer)
    assert table["date"].dt.year.tolist() == [year]
    assert ("date.gazetteer_year" in table["rule"].iloc[0].split()) is moved


@pytest.mark.parametrize(("text", "published", "province", "rule"), [
    pytest.param("Sáng 6/1, Chủ tịch UBND tỉnh Khổng Minh Thủy dự hội nghị tổng kết.",
                 "2024-01-06", "Thanh Hóa", True, id="office-held-that-day"),
    pytest.param("Sáng 6/1, Chủ tịch UBND tỉnh Khổng Minh Thủy dự hội nghị tổng kết.",
                 "2020-01-06", None, False, id="not-yet-in-office"),
    pytest.param("Sáng 6/1, Chủ tịch UBND tỉnh Nghệ An Khổng Minh Thủy dự hội nghị tổng kết.",
                 "2024-01-06", "Nghệ An", False, id="a-written-province-wins"),
])
def test_province_of_the_office_held(gazetteer: vnpolnews.Gazetteer, text: str, published: str,
                                     province: str | None, rule: bool) -> None:
    table = vnpolnews.extract(text, published=published, gazetteer=gazetteer)
    assert table["province"].tolist() == [province]
    assert ("province.gazetteer" in table["rule"].iloc[0].split()) is rule


@given(written=st.text(max_size=40), year=st.integers(1900, 2100), month=st.integers(0, 13),
       day=st.integers(0, 32), titles=st.lists(st.text(max_size=30), max_size=3))
def test_linking_never_fails_on_any_input(written: str, year: int, month: int, day: int,
                                          titles: list[str]) -> None:
    try:
        on: dt.date | None = dt.date(year, month, day)
    except ValueError:
        on = None
    found = link(written, on=on, titles=titles)
    assert isinstance(found.name, str) and found.rule.startswith("name.")
    assert check_titles(found.person_id, on=on, titles=titles) in (
        None, "title.held", "title.not_held")
    guessed = likeliest_year([("to-lam", titles, month, day)], near=year)
    assert guessed is None or 1990 <= guessed <= dt.date.today().year


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Sáng 6/1, Chủ tịch UBND tỉnh Thanh Hóa Khổng Minh Thủy dự hội nghị tổng kết. "
                 "Ông Khổng Minh Thuy phát biểu chỉ đạo hội nghị.",
                 [("Khổng Minh Thủy", "fixture-khong-minh-thuy", "speak")], id="mark-missing"),
    pytest.param("Sáng 6/1, Bí thư Tỉnh ủy Nghệ An Lê Văn Trọng dự hội nghị tổng kết. Bí thư Tỉnh "
                 "ủy Lê Văn Trong chủ trì phiên thảo luận.",
                 [("Lê Văn Trọng", "fixture-le-van-trong", "chair")],
                 id="last-syllable-read-as-a-word"),
    pytest.param("Sáng 6/1, Giám đốc Sở Y tế Nguyễn Văn An dự hội nghị tổng kết. Phó Giám đốc Sở "
                 "Y tế Nguyễn Văn Ân phát biểu tại hội nghị.",
                 [("Nguyễn Văn An", None, "attend"), ("Nguyễn Văn Ân", None, "speak")],
                 id="two-unknown-people-stay-two"),
])
def test_misspelt_name_of_a_linked_person(gazetteer: vnpolnews.Gazetteer, text: str,
                                          expected: list[tuple[str, str | None, str]]) -> None:
    table = vnpolnews.extract(text, published="2024-01-06", gazetteer=gazetteer)
    assert list(zip(table["person"], table["person_id"], table["role"], strict=True)) == expected


def test_a_year_moved_by_the_gazetteer_drops_the_dead(gazetteer: vnpolnews.Gazetteer) -> None:
    text = ("Ngày 6/2, Chủ tịch UBND tỉnh Thanh Hóa Khổng Minh Thủy cùng Chủ tịch Hồ Chí Minh dự "
            "lễ mít tinh. Năm 1959 là năm đặc biệt.")
    guessed = vnpolnews.extract(text)  # the shipped gazetteer does not know the made-up chairman
    assert sorted(guessed["person"]) == ["Hồ Chí Minh", "Khổng Minh Thủy"]
    moved = vnpolnews.extract(text, gazetteer=gazetteer)
    assert moved["person"].tolist() == ["Khổng Minh Thủy"]
    assert moved["date"].dt.year.tolist() == [2022]
