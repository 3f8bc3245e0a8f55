"""The gazetteers: integrity of every shipped file, loader errors, lookups."""

from __future__ import annotations

import csv
import datetime as dt
import itertools
import unicodedata
from pathlib import Path

import pytest
from underthesea.address import convert_address

from vnpolnews._gazetteer import (
    OFFICIAL_COLUMNS,
    PROVINCE_COLUMNS,
    TITLE_COLUMNS,
    Position,
    _partial_bound,
    data_dir,
    load_gazetteer,
    place_key,
    title_key,
)
from vnpolnews._keys import canonical_tones
from vnpolnews.errors import GazetteerError

DATA = Path(str(data_dir()))
FIXTURE = Path(__file__).parent / "data" / "officials-fixture.tsv"
FILES = sorted(DATA.glob("*.tsv"))
HEADERS = {"provinces.tsv": PROVINCE_COLUMNS, "titles.tsv": TITLE_COLUMNS}
CHECKED = "2026-11-30"


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


PROVINCES = _rows(DATA / "provinces.tsv")
TITLES = _rows(DATA / "titles.tsv")
P63 = [r for r in PROVINCES if r["valid_to"] == "2025-06-30"]
P34 = [r for r in PROVINCES if r["id"].startswith("p34-")]
GAZ = load_gazetteer()


# ---- integrity of every file -------------------------------------------------------------


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_file_header_is_exact(path: Path) -> None:
    header = tuple(path.read_text(encoding="utf-8").split("\n", 1)[0].split("\t"))
    assert header == HEADERS.get(path.name, OFFICIAL_COLUMNS)


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_file_is_nfc_utf8_with_lf(path: Path) -> None:
    text = path.read_bytes().decode("utf-8")
    assert unicodedata.is_normalized("NFC", text)
    assert "\r" not in text and not text.startswith("\ufeff")


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_every_row_has_source_and_checked_date(path: Path) -> None:
    rows = _rows(path)
    assert rows
    assert all(r["source"].strip() for r in rows)
    assert {r["checked"] for r in rows} == {CHECKED}


OFFICIAL_FILES = sorted(DATA.glob("officials-*.tsv"))


@pytest.mark.parametrize("path", OFFICIAL_FILES, ids=[p.name for p in OFFICIAL_FILES])
def test_officials_sources_are_page_addresses(path: Path) -> None:
    # a fact about a person cites the pages that show it, " ; " between them; notes go in docs
    for row in _rows(path):
        for address in row["source"].split(" ; "):
            assert address.startswith(("http://", "https://")) and " " not in address, row


@pytest.mark.parametrize("path", [DATA / "provinces.tsv", DATA / "titles.tsv"],
                         ids=["provinces", "titles"])
def test_ids_are_unique(path: Path) -> None:
    ids = [r["id"] for r in _rows(path)]
    assert len(ids) == len(set(ids))


def test_63_units_until_the_reform_and_34_after() -> None:
    assert len(P63) == 63 and len(P34) == 34
    assert GAZ.counts()["provinces_63"] == 63
    assert GAZ.counts()["provinces_34"] == 34
    assert all(r["valid_from"] == "2025-07-01" and r["valid_to"] == "" for r in P34)


@pytest.mark.parametrize("row", PROVINCES, ids=[r["id"] for r in PROVINCES])
def test_province_successor_is_a_p34_unit(row: dict[str, str]) -> None:
    successor = GAZ.province_by_id(row["successor"])
    assert successor is not None and successor.id.startswith("p34-")


@pytest.mark.parametrize("row", P63 + [r for r in PROVINCES if r["id"] == "p63-thua-thien-hue"],
                         ids=[r["id"] for r in P63] + ["p63-thua-thien-hue"])
def test_successor_agrees_with_underthesea(row: dict[str, str]) -> None:
    forms = [row["name"], *row["aliases"].split("|")]
    converted = next(r.converted for f in forms
                     if (r := convert_address(f)).converted)
    name = converted.removeprefix("Tỉnh ").removeprefix("Thành phố ")
    assert GAZ.successor(row["id"]).name == name


@pytest.mark.parametrize("row", PROVINCES, ids=[r["id"] for r in PROVINCES])
def test_province_aliases_resolve_to_their_own_row(row: dict[str, str]) -> None:
    day = dt.date.fromisoformat(row["valid_to"] or row["valid_from"])
    for alias in [row["name"], row["name_en"], *filter(None, row["aliases"].split("|"))]:
        found = GAZ.province(alias.lstrip("~"), on=day)
        assert found is not None and found.id == row["id"], alias


@pytest.mark.parametrize("row", PROVINCES, ids=[r["id"] for r in PROVINCES])
def test_province_names_use_canonical_tones(row: dict[str, str]) -> None:
    assert canonical_tones(row["name"]) == row["name"]
    assert row["kind"] in {"tỉnh", "thành phố"}


def test_at_least_200_titles() -> None:
    assert len(TITLES) >= 200


@pytest.mark.parametrize("row", TITLES, ids=[r["id"] for r in TITLES])
def test_title_aliases_resolve_to_their_title(row: dict[str, str]) -> None:
    for alias in [row["canonical"], *row["aliases"].split("|"), *row["english"].split("|")]:
        if not alias:
            continue
        if alias.startswith("~"):  # a secondary claim: listed, not the first answer
            assert row["id"] in {t.id for t in GAZ.titles_for(alias[1:])}
        else:
            found = GAZ.title(alias)
            assert found is not None and found.id == row["id"], alias


@pytest.mark.parametrize("row", TITLES, ids=[r["id"] for r in TITLES])
def test_title_row_fields(row: dict[str, str]) -> None:
    assert canonical_tones(row["canonical"]) == row["canonical"]
    assert row["english"]
    assert row["rank"].isdigit()


@pytest.mark.parametrize("ministry", [
    "Quốc phòng", "Công an", "Ngoại giao", "Nội vụ", "Tư pháp", "Tài chính", "Công Thương",
    "Nông nghiệp và Môi trường", "Xây dựng", "Văn hóa, Thể thao và Du lịch",
    "Khoa học và Công nghệ", "Giáo dục và Đào tạo", "Y tế", "Dân tộc và Tôn giáo",
    "Kế hoạch và Đầu tư", "Giao thông vận tải", "Thông tin và Truyền thông",
    "Lao động - Thương binh và Xã hội", "Tài nguyên và Môi trường",
    "Nông nghiệp và Phát triển nông thôn"])
def test_every_ministry_has_minister_and_deputy(ministry: str) -> None:
    for head in ("Bộ trưởng", "Thứ trưởng"):
        found = GAZ.title(f"{head} Bộ {ministry}")
        assert found is not None and found.canonical == f"{head} Bộ {ministry}"


@pytest.mark.parametrize("path", sorted(DATA.glob("officials-*.tsv")),
                         ids=[p.name for p in sorted(DATA.glob("officials-*.tsv"))])
def test_officials_titles_and_provinces_resolve(path: Path) -> None:
    for row in _rows(path):
        assert GAZ.title(row["title"]) is not None, row["title"]
        person = GAZ.official(row["person_id"])
        assert person is not None and person.name == row["name"]


# ---- lookups ----------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "on", "expected"), [
    ("Thanh Hoá", None, "p34-thanh-hoa"),
    ("thanh hoa", dt.date(2020, 5, 1), "p63-thanh-hoa"),
    ("tỉnh Thanh Hóa", dt.date(2025, 8, 1), "p34-thanh-hoa"),
    ("Sóc Trăng", dt.date(2025, 1, 6), "p63-soc-trang"),
    ("Huế", dt.date(2023, 3, 1), "p63-thua-thien-hue"),
    ("Thừa Thiên Huế", dt.date(2025, 3, 1), "p63-hue"),
    ("thành phố Huế", dt.date(2025, 9, 1), "p34-hue"),
    ("Cần Thơ", dt.date(2024, 1, 1), "p63-can-tho"),
    ("Cần Thơ", None, "p34-can-tho"),
    ("TP.HCM", None, "p34-ho-chi-minh"),
    ("TPHCM", dt.date(2022, 1, 1), "p63-ho-chi-minh"),
    ("TP. Hồ Chí Minh", None, "p34-ho-chi-minh"),
    ("Ho Chi Minh City", None, "p34-ho-chi-minh"),
    ("HCMC", None, "p34-ho-chi-minh"),
    ("Sài Gòn", None, "p34-ho-chi-minh"),
    ("Hanoi", None, "p34-ha-noi"),
    ("Dak Lak", None, "p34-dak-lak"),
    ("Đắc Lắc", None, "p34-dak-lak"),
    ("DAK LAK PROVINCE", None, "p34-dak-lak"),
    ("BR-VT", None, "p63-ba-ria-vung-tau"),
    ("Bà Rịa – Vũng Tàu", None, "p63-ba-ria-vung-tau"),
    ("Khánh Hoà", None, "p34-khanh-hoa"),
    ("khanh hoa", None, "p34-khanh-hoa"),
], ids=lambda v: str(v))
def test_province_lookup(text: str, on: dt.date | None, expected: str) -> None:
    found = GAZ.province(text, on=on)
    assert found is not None and found.id == expected


@pytest.mark.parametrize(("text", "on"), [
    ("Sóc Trăng", dt.date(2025, 8, 1)),   # no longer a province
    ("Hà Tây", None),                      # not one of the 63
    ("Thành phố", None),
], ids=["gone-after-reform", "older-province", "level-word-only"])
def test_province_lookup_misses(text: str, on: dt.date | None) -> None:
    assert GAZ.province(text, on=on) is None


@pytest.mark.parametrize(("old", "new"), [
    ("Sóc Trăng", "Cần Thơ"), ("Hà Giang", "Tuyên Quang"), ("Bình Dương", "Hồ Chí Minh"),
    ("Quảng Nam", "Đà Nẵng"), ("Thừa Thiên Huế", "Huế"), ("Thanh Hóa", "Thanh Hóa"),
    ("Cần Thơ", "Cần Thơ")], ids=lambda v: str(v))
def test_successor(old: str, new: str) -> None:
    province = GAZ.province(old, on=dt.date(2024, 12, 31))
    assert province is not None and GAZ.successor(province).name == new


@pytest.mark.parametrize(("text", "canonical"), [
    ("Phó Chủ tịch UBND tỉnh Thanh Hoá", "Phó Chủ tịch Ủy ban nhân dân tỉnh"),
    ("PCT UBND tỉnh", "Phó Chủ tịch Ủy ban nhân dân tỉnh"),
    ("Phó Chủ tịch Thường trực HĐND tỉnh", "Phó Chủ tịch Thường trực Hội đồng nhân dân tỉnh"),
    ("Chủ tịch UBND TP.HCM", "Chủ tịch Ủy ban nhân dân thành phố"),
    ("Chủ tịch UBND Thanh Hóa", "Chủ tịch Ủy ban nhân dân tỉnh"),
    ("Bí thư TU", "Bí thư Tỉnh ủy"),
    ("Bí thư Thành ủy Hà Nội", "Bí thư Thành ủy"),
    ("UVBCT", "Ủy viên Bộ Chính trị"),
    ("Uỷ viên Bộ Chính trị", "Ủy viên Bộ Chính trị"),
    ("Ủy viên BCH TƯ Đảng", "Ủy viên Trung ương Đảng"),
    ("Uỷ viên T.Ư Đảng", "Ủy viên Trung ương Đảng"),
    ("Ủy viên BTV Tỉnh ủy", "Ủy viên Ban Thường vụ Tỉnh ủy"),
    ("Bộ trưởng Ngoại giao", "Bộ trưởng Bộ Ngoại giao"),
    ("Thứ trưởng Bộ KH&ĐT", "Thứ trưởng Bộ Kế hoạch và Đầu tư"),
    ("Trưởng Đoàn ĐBQH tỉnh Sóc Trăng", "Trưởng Đoàn đại biểu Quốc hội tỉnh"),
    ("Chủ tịch UBND xã Tân Phú", "Chủ tịch Ủy ban nhân dân xã"),
    ("Deputy Prime Minister", "Phó Thủ tướng Chính phủ"),
    ("NA Chairman", "Chủ tịch Quốc hội"),
    ("Politburo member", "Ủy viên Bộ Chính trị"),
    ("Vice Chairman of the Provincial People's Committee",
     "Phó Chủ tịch Ủy ban nhân dân tỉnh"),
    ("Vice Chairman of the Dak Lak Provincial People’s Committee",
     "Phó Chủ tịch Ủy ban nhân dân tỉnh"),
    ("Secretary of the Hanoi Party Committee", "Bí thư Thành ủy"),
    ("pho thu tuong", "Phó Thủ tướng Chính phủ"),
    ("Đại tướng", "Đại tướng"),
], ids=lambda v: str(v))
def test_title_lookup(text: str, canonical: str) -> None:
    found = GAZ.title(text)
    assert found is not None and found.canonical == canonical


@pytest.mark.parametrize("text", ["Chủ tịch", "Phó Chủ tịch UBND", "hội nghị", ""],
                         ids=["bare-chairman", "no-level", "not-a-title", "empty"])
def test_title_lookup_misses(text: str) -> None:
    assert GAZ.title(text) is None


def test_titles_are_ordered_by_rank() -> None:
    ranks = [t.rank for t in GAZ.titles]
    assert ranks == sorted(ranks) and GAZ.titles[0].canonical == "Tổng Bí thư"


@pytest.mark.parametrize(("query", "ascii_"), [
    ("Khổng Minh Thủy", False), ("khổng minh thuỷ", False), ("KHỔNG MINH THỦY", False),
    ("Khổng M. Thủy", False), ("Khong Minh Thuy", True), ("khong  minh thuy", True)],
    ids=lambda v: str(v))
def test_official_lookup(query: str, ascii_: bool) -> None:
    gaz = load_gazetteer(extra=FIXTURE)
    found = gaz.officials_ascii(query) if ascii_ else gaz.officials_named(query)
    assert [o.person_id for o in found] == ["fixture-khong-minh-thuy"]


@pytest.mark.parametrize(("day", "titles"), [
    (dt.date(2020, 1, 1), ["Phó Chủ tịch Ủy ban nhân dân tỉnh"]),
    (dt.date(2019, 6, 30), []),
    (dt.date(2019, 7, 1), ["Phó Chủ tịch Ủy ban nhân dân tỉnh"]),
    (dt.date(2021, 1, 1), ["Phó Chủ tịch Ủy ban nhân dân tỉnh", "Ủy viên Trung ương Đảng"]),
    (dt.date(2025, 6, 30), ["Ủy viên Trung ương Đảng", "Chủ tịch Ủy ban nhân dân tỉnh"]),
], ids=["vice-chair", "before-any", "month-start", "year-start", "last-day-before-reform"])
def test_positions_on(day: dt.date, titles: list[str]) -> None:
    gaz = load_gazetteer(extra=FIXTURE)
    held = gaz.positions_on("fixture-khong-minh-thuy", day)
    assert sorted(p.title for p in held) == sorted(titles)


def test_positions_keep_province_of_their_date() -> None:
    gaz = load_gazetteer(extra=FIXTURE)
    held = gaz.positions_on("fixture-khong-minh-thuy", dt.date(2025, 8, 1))
    assert {p.province_id for p in held} == {"p34-thanh-hoa", None}


def test_cache_and_extra() -> None:
    assert load_gazetteer() is load_gazetteer()
    assert load_gazetteer(extra=[FIXTURE]) is not load_gazetteer()
    assert load_gazetteer().official("fixture-khong-minh-thuy") is None
    assert load_gazetteer(extra=FIXTURE.parent).official("fixture-khong-minh-thuy") is not None


def test_extra_adds_aliases_to_a_shipped_title(tmp_path: Path) -> None:
    extra = tmp_path / "my-titles.tsv"
    extra.write_text("\t".join(TITLE_COLUMNS) + "\n"
                     "t-tong-bi-thu\t\t\t\t\tTBT Đảng ta\t\tmy notes\t2026-11-30\n",
                     encoding="utf-8")
    title = load_gazetteer(extra=extra).title("TBT Đảng ta")
    assert title is not None and title.id == "t-tong-bi-thu"


def test_keys() -> None:
    assert place_key("Thành phố Hồ Chí Minh") == place_key("hồ chí minh")
    assert title_key("Phó Chủ tịch UBND") == title_key("phó chủ tịch ubnd")


def test_counts_name_every_file() -> None:
    counts = GAZ.counts()
    assert {p.name for p in FILES} <= set(counts)
    assert counts["titles"] >= 200


# ---- loader errors name the file and the line ------------------------------------------

OK_OFFICIAL = ("fixture-a\tNgô Văn Tá\t\tBí thư Tỉnh ủy\tThanh Hóa\t2020-10\t2025-06-30\t"
               "made up\t2026-11-30")


@pytest.mark.parametrize(("content", "line", "message"), [
    ("person_id\tname\n" + OK_OFFICIAL, 1, "unknown header"),
    ("\t".join(OFFICIAL_COLUMNS) + "\n" + OK_OFFICIAL.replace("Ngô", "Ngo\u0302"), 2, "NFC"),
    ("\t".join(OFFICIAL_COLUMNS) + "\n" + OK_OFFICIAL + "\textra", 2, "columns"),
    ("\t".join(OFFICIAL_COLUMNS) + "\n" + OK_OFFICIAL.replace("Bí thư Tỉnh ủy", "Bí thư Xóm"),
     2, "not a title"),
    ("\t".join(OFFICIAL_COLUMNS) + "\n" + OK_OFFICIAL.replace("Thanh Hóa", "Atlantis"),
     2, "not a province"),
    ("\t".join(OFFICIAL_COLUMNS) + "\n" + OK_OFFICIAL.replace("2020-10", "2020-13"),
     2, "not a date"),
    ("\t".join(OFFICIAL_COLUMNS) + "\n" + OK_OFFICIAL.replace("2020-10", "2026-01"),
     2, "after end"),
    ("\t".join(OFFICIAL_COLUMNS) + "\n" + OK_OFFICIAL.replace("2026-11-30", "30/11/2026"),
     2, "checked"),
    ("\t".join(OFFICIAL_COLUMNS) + "\n" + OK_OFFICIAL.replace("made up", ""), 2, "source"),
    ("\t".join(OFFICIAL_COLUMNS) + "\n" + OK_OFFICIAL.replace("Thanh Hóa", "Sóc Trăng")
     .replace("2025-06-30", "2025-09-01"), 2, "Sóc Trăng ended on 2025-06-30"),
    ("\t".join(OFFICIAL_COLUMNS) + "\n" + OK_OFFICIAL + "\n" + OK_OFFICIAL, 3, "same position"),
    ("\t".join(OFFICIAL_COLUMNS) + "\n" + OK_OFFICIAL + "\n"
     + OK_OFFICIAL.replace("2020-10", "2024-01-02"), 3, "at the same time"),
    ("\t".join(OFFICIAL_COLUMNS) + "\n" + OK_OFFICIAL + "\n"
     + OK_OFFICIAL.replace("Ngô Văn Tá", "Ngô Văn Tú").replace("2020-10", "2019"),
     3, "fixture-a"),
    ("\t".join(OFFICIAL_COLUMNS) + "\n" + OK_OFFICIAL.replace("Tá", "Hoá"), 2, "tone"),
    ("\t".join(OFFICIAL_COLUMNS) + "\n" + OK_OFFICIAL.replace("fixture-a", "Fixture A"),
     2, "slug"),
    ("\t".join(PROVINCE_COLUMNS) + "\np34-atlantis\tAtlantis\ttỉnh\t2025-07-01\t\t"
     "p34-atlantis\tAtlantis\t\tmade up\t2026-11-30", 2, "expected 63"),
    ("\t".join(PROVINCE_COLUMNS) + "\np34-atlantis\tAtlantis\tquận\t2025-07-01\t\t"
     "p34-atlantis\tAtlantis\t\tmade up\t2026-11-30", 2, "kind"),
    ("\t".join(PROVINCE_COLUMNS) + "\np63-atlantis\tAtlantis\ttỉnh\t2026-01-01\t2025-06-30\t"
     "p34-ha-noi\tAtlantis\t\tmade up\t2026-11-30", 2, "after valid_to"),
    ("\t".join(PROVINCE_COLUMNS) + "\np34-ha-noi\tHà Nội\ttỉnh\t\t\t\t\t\tmade up\t2026-11-30",
     2, "another kind"),
    ("\t".join(PROVINCE_COLUMNS) + "\np34-hue\t\t\t\t\t\t\tCần Thơ\tmade up\t2026-11-30",
     2, "mark one of them"),
    ("\t".join(TITLE_COLUMNS) + "\nt-chu-tich-xom\tChủ tịch xóm\tvillage\tother\t99\t\tVillage "
     "head\tmade up\t2026-11-30", 2, "level"),
    ("\t".join(TITLE_COLUMNS) + "\nt-pho-thu-tuong-2\tPhó Thủ tướng 2\tcentral\tgovernment\t20\t"
     "PTTg\tDPM\tmade up\t2026-11-30", 2, "already claimed"),
    ("\t".join(TITLE_COLUMNS) + "\nt-x\tChủ tịch xóm\tany\tother\tfirst\t\tX\tmade up\t"
     "2026-11-30", 2, "rank"),
], ids=["header", "nfc", "columns", "unknown-title", "unknown-province", "bad-date",
        "start-after-end", "checked-format", "empty-source", "office-outlives-province",
        "duplicate-position", "overlapping-positions",
        "person-two-names", "name-tones", "person-id", "count-63-34", "province-kind",
        "province-dates", "province-conflict", "province-alias-clash", "title-level",
        "title-alias-clash", "title-rank"])
def test_loader_errors_name_file_and_line(tmp_path: Path, content: str, line: int,
                                          message: str) -> None:
    broken = tmp_path / "broken.tsv"
    broken.write_text(content + "\n", encoding="utf-8")
    with pytest.raises(GazetteerError) as caught:
        load_gazetteer(extra=broken)
    assert f"broken.tsv:{line}:" in str(caught.value)
    assert message in str(caught.value)


@pytest.mark.parametrize("province", ["Thanh Hóa", "Hồ Chí Minh"])
def test_office_continues_across_the_reform_where_the_name_does(tmp_path: Path,
                                                                province: str) -> None:
    row = OK_OFFICIAL.replace("Thanh Hóa", province).replace("2025-06-30", "")
    mine = tmp_path / "mine.tsv"
    mine.write_text("\t".join(OFFICIAL_COLUMNS) + f"\n{row}\n", encoding="utf-8")
    assert load_gazetteer(extra=mine).positions_on("fixture-a", dt.date(2026, 1, 1))


def test_shared_name_needs_the_marker(tmp_path: Path) -> None:
    twin = OK_OFFICIAL.replace("fixture-a", "fixture-b").replace("2020-10", "2010")
    twin = twin.replace("2025-06-30", "2015")
    plain = tmp_path / "plain.tsv"
    plain.write_text("\t".join(OFFICIAL_COLUMNS) + f"\n{OK_OFFICIAL}\n{twin}\n",
                     encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"plain\.tsv:3: name 'Ngô Văn Tá'"):
        load_gazetteer(extra=plain)
    marked = tmp_path / "marked.tsv"
    marked.write_text("\t".join(OFFICIAL_COLUMNS) + "\n"
                      + OK_OFFICIAL.replace("\t\t", "\t~Ngô Văn Tá\t", 1) + "\n"
                      + twin.replace("\t\t", "\t~Ngô Văn Tá\t", 1) + "\n", encoding="utf-8")
    gaz = load_gazetteer(extra=marked)
    assert sorted(o.person_id for o in gaz.officials_named("Ngô Văn Tá")) == [
        "fixture-a", "fixture-b"]


def test_missing_extra_path_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(GazetteerError, match="no such file"):
        load_gazetteer(extra=tmp_path / "nothing.tsv")


def test_not_utf8_names_the_line(tmp_path: Path) -> None:
    broken = tmp_path / "latin.tsv"
    broken.write_bytes(("\t".join(OFFICIAL_COLUMNS) + "\n").encode() + "Ngô".encode("cp1258"))
    with pytest.raises(GazetteerError, match=r"latin\.tsv:2: not UTF-8"):
        load_gazetteer(extra=broken)


# ---- one holder at a time ----------------------------------------------------------------

# Offices one person holds at a time (per province for provincial ones).
PROVINCE_HEADS = ("t-bi-thu-tinh-uy", "t-bi-thu-thanh-uy", "t-chu-tich-uy-ban-nhan-dan-tinh",
                  "t-chu-tich-uy-ban-nhan-dan-thanh-pho")
SINGLE_OFFICES = ("t-tong-bi-thu", "t-chu-tich-nuoc", "t-thu-tuong-chinh-phu",
                  "t-chu-tich-quoc-hoi", *PROVINCE_HEADS)
# A handover written to the month ("2024-05" and "2024-05-22") may look like an overlap.
HANDOVER = dt.timedelta(days=31)


def _narrowest(p: Position) -> tuple[dt.date, dt.date]:
    """The shortest time a position may have lasted: a start written "2021" may be December."""
    low = _partial_bound(p.start, last=True) if p.start else dt.date.min
    return low, _partial_bound(p.end, last=False) if p.end else dt.date.max


@pytest.mark.parametrize("title_id", SINGLE_OFFICES)
def test_one_holder_at_a_time(title_id: str) -> None:
    held = sorted(((p.province or "", *_narrowest(p), p) for o in GAZ.officials for p in o.positions
                   if p.title_id == title_id), key=lambda x: (x[0], x[1]))
    clashes = [f"{a.origin} and {b.origin}"
               for (pa, _, a_end, a), (pb, b_start, _, b) in itertools.pairwise(held)
               if pa == pb and a.person_id != b.person_id and b_start < a_end - HANDOVER]
    assert not clashes


def test_nobody_heads_two_provinces_at_once() -> None:
    clashes = []
    for official in GAZ.officials:
        heads = [p for p in official.positions if p.title_id in PROVINCE_HEADS]
        for a, b in itertools.combinations(heads, 2):
            (a_start, a_end), (b_start, b_end) = _narrowest(a), _narrowest(b)
            if a.province != b.province and max(a_start, b_start) < min(a_end, b_end) - HANDOVER:
                clashes.append(f"{a.origin} and {b.origin}")
    assert not clashes
