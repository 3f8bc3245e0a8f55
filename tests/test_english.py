"""The English path: articles of Vietnamese outlets' English pages give the same table.

Every sentence here was written for these tests, in the style of those pages.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

import vnpolnews
from vnpolnews._english import find_dates_en, parse_english
from vnpolnews._keys import fold_ascii
from vnpolnews._table import COLUMNS

PUB = "2025-01-08"  # a Wednesday


def rows(text: str, published: str | None = PUB) -> list[dict[str, object]]:
    frame = vnpolnews.extract(text, published=published, lang="en")
    return frame.to_dict("records")  # type: ignore[no-any-return]


def one(text: str, published: str | None = PUB) -> dict[str, object]:
    found = rows(text, published)
    assert len(found) == 1, [r["person"] for r in found]
    return found[0]


# -- names: restored when the gazetteer knows the person, else as written and flagged ----------

NAMES = [
    ("pm", "Prime Minister Pham Minh Chinh chaired the meeting on January 6.",
     "Phạm Minh Chính", "pham-minh-chinh", "name.ascii_linked"),
    ("deputy-pm", "Deputy Prime Minister Bui Thanh Son attended the ceremony on January 6.",
     "Bùi Thanh Sơn", "bui-thanh-son", "name.ascii_linked"),
    ("dash-apposition", "Also present on January 6 were Le Hoai Trung - Secretary of the Party "
     "Central Committee; and other guests.", "Lê Hoài Trung", "le-hoai-trung",
     "name.ascii_linked"),
    ("unknown-kept", "On January 6, Vice Chairman of the Provincial People's Committee Nguyen "
     "Van Khoa attended the ceremony.", "Nguyen Van Khoa", None, "name.ascii_unlinked"),
    ("ethnic-name", "On January 6, Vice Chairwoman of the Provincial People's Council H'Nga "
     "Mlô attended the festival.", "H'Nga Mlô", None, "name.unlinked"),
    ("possessive-dropped", "On January 6, Prime Minister Pham Minh Chinh's speech was heard as "
     "he attended the forum.", "Phạm Minh Chính", "pham-minh-chinh", "name.ascii_linked"),
]


@pytest.mark.parametrize(("text", "person", "person_id", "rule"),
                         [n[1:] for n in NAMES], ids=[n[0] for n in NAMES])
def test_names(text: str, person: str, person_id: str | None, rule: str) -> None:
    found = {r["person"]: r for r in rows(text)}
    assert person in found
    assert found[person]["person_id"] == person_id
    assert rule in str(found[person]["rule"]).split()


# -- titles: English chains, canonical Vietnamese, raw English kept -----------------------------

TITLES = [
    ("provincial-vice-chair", "On January 6, at the Dak Lak bridge point, Vice Chairman of the "
     "Provincial People's Committee Y Ngoc Kbuor attended.",
     ["Phó Chủ tịch Ủy ban nhân dân tỉnh Đắk Lắk"],
     ["Vice Chairman of the Provincial People's Committee"]),
    ("dash-chain", "On January 6, attending the event were Tran Cam Tu - Politburo member, "
     "Head of the Party Central Committee's Internal Affairs Commission.",
     ["Ủy viên Bộ Chính trị", "Trưởng Ban Nội chính Trung ương"],
     ["Politburo member", "Head of the Party Central Committee's Internal Affairs Commission"]),
    ("politburo-and-city-secretary", "On January 6, Politburo member and Secretary of the Hanoi "
     "Party Committee Bui Thi Minh Hoai attended the ceremony.",
     ["Ủy viên Bộ Chính trị", "Bí thư Thành ủy Hà Nội"],
     ["Politburo member", "Secretary of the Hanoi Party Committee"]),
    ("cum", "On January 6, Deputy Prime Minister cum Foreign Minister Bui Thanh Son received "
     "the ambassador.", ["Phó Thủ tướng Chính phủ", "Bộ trưởng Bộ Ngoại giao"],
     ["Deputy Prime Minister", "Foreign Minister"]),
    ("na-chairman", "On January 6, NA Chairman Tran Thanh Man chaired the session.",
     ["Chủ tịch Quốc hội"], ["NA Chairman"]),
    ("chairwoman-council", "On January 6 in Quang Nam, Chairwoman of the provincial People's "
     "Council Nguyen Thi Lan chaired the meeting.",
     ["Chủ tịch Hội đồng nhân dân tỉnh Quảng Nam"],
     ["Chairwoman of the provincial People's Council"]),
    ("bare-deputy-minister", "On January 6, Deputy Minister Tran Van Hai spoke at the workshop.",
     ["Thứ trưởng"], ["Deputy Minister"]),
    ("rank", "On January 6, Lieutenant General Nguyen Van Hung attended the ceremony.",
     ["Trung tướng"], ["Lieutenant General"]),
    ("rank-senior-colonel", "On January 6, Senior Colonel Pham Van Tuan attended the ceremony.",
     ["Đại tá"], ["Senior Colonel"]),
    ("ministry-with-comma", "On January 6, Minister of Culture, Sports and Tourism Nguyen Van "
     "Hung attended the festival.", ["Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch"],
     ["Minister of Culture, Sports and Tourism"]),
    ("comma-apposition", "On January 6, Tran Van Nam, Secretary of the Binh Duong Provincial "
     "Party Committee, chaired the conference.", ["Bí thư Tỉnh ủy Bình Dương"],
     ["Secretary of the Binh Duong Provincial Party Committee"]),
    ("province-in-title", "On January 6, Chairman of the Quang Nam Provincial People's "
     "Committee Le Van Dung visited the site.", ["Chủ tịch Ủy ban nhân dân tỉnh Quảng Nam"],
     ["Chairman of the Quang Nam Provincial People's Committee"]),
    ("city-title", "On January 6, Chairman of the HCM City People's Committee Nguyen Van Duoc "
     "attended the ceremony.", ["Chủ tịch Ủy ban nhân dân thành phố Hồ Chí Minh"],
     ["Chairman of the HCM City People's Committee"]),
    ("comrade-dropped", "On January 6, comrade Bui Thanh Son - Deputy Prime Minister attended "
     "the conference.", ["Phó Thủ tướng Chính phủ"], ["Deputy Prime Minister"]),
]


@pytest.mark.parametrize(("text", "titles", "raw"), [t[1:] for t in TITLES],
                         ids=[t[0] for t in TITLES])
def test_titles(text: str, titles: list[str], raw: list[str]) -> None:
    row = one(text)
    assert row["titles"] == titles
    assert row["titles_raw"] == raw


# -- dates --------------------------------------------------------------------------------------

DATES = [
    ("on-month-day", "On January 6, the ceremony took place.", "2025-01-06"),
    ("with-year", "The decision dated January 6, 2024 was read.", "2024-01-06"),
    ("day-month", "The talks took place on 6 January.", "2025-01-06"),
    ("day-month-year", "The talks took place on 28 December 2024.", "2024-12-28"),
    ("abbreviated-month", "The forum opened on Dec. 30.", "2024-12-30"),
    ("ordinal", "The forum opened on January 3rd.", "2025-01-03"),
    ("previous-year", "The forum opened on December 30.", "2024-12-30"),
    ("weekday", "The session opened on Monday.", "2025-01-06"),
    ("same-weekday", "The session opened on Wednesday.", "2025-01-08"),
    ("last-weekday", "The session opened last Wednesday.", "2025-01-01"),
    ("weekday-last-week", "The session opened on Tuesday last week.", "2024-12-31"),
    ("yesterday", "The delegation arrived yesterday.", "2025-01-07"),
    ("today", "The delegation arrives today.", "2025-01-08"),
    ("this-morning", "The delegation arrived this morning.", "2025-01-08"),
    ("weekday-and-date", "The delegation arrived on Monday, January 6.", "2025-01-06"),
    ("numeric", "The document of 06/01/2025 was read.", "2025-01-06"),
]


@pytest.mark.parametrize(("text", "expected"), [d[1:] for d in DATES],
                         ids=[d[0] for d in DATES])
def test_dates(text: str, expected: str) -> None:
    found = find_dates_en(text, published=dt.date(2025, 1, 8))
    assert [d.date.isoformat() for d in found if d.date] == [expected]


TIMES = [
    ("morning-of", "On the morning of January 6, the PM spoke.", "morning"),
    ("date-afternoon", "On January 6 afternoon, the PM spoke.", "afternoon"),
    ("yesterday-evening", "The PM spoke yesterday evening.", "evening"),
    ("this-afternoon", "The PM spoke this afternoon.", "afternoon"),
]


@pytest.mark.parametrize(("text", "tod"), [t[1:] for t in TIMES], ids=[t[0] for t in TIMES])
def test_time_of_day(text: str, tod: str) -> None:
    found = find_dates_en(text, published=dt.date(2025, 1, 8))
    assert found[0].time_of_day == tod


VAGUE = [
    ("last-week", "The plan was approved last week."),
    ("recently", "The plan was recently approved."),
]


@pytest.mark.parametrize("text", [v[1] for v in VAGUE], ids=[v[0] for v in VAGUE])
def test_vague_dates_have_no_day(text: str) -> None:
    assert all(d.date is None for d in find_dates_en(text, published=dt.date(2025, 1, 8)))


def test_year_written_in_the_article_without_published() -> None:
    text = "Hanoi, January 6, 2023 (VNA) - Prime Minister Pham Minh Chinh chaired the meeting."
    assert one(text, published=None)["date"] == pd.Timestamp("2023-01-06")


def test_no_year_anywhere_resolves_against_today() -> None:
    row = one("On January 6, Prime Minister Pham Minh Chinh chaired the meeting.",
              published=None)
    stamp = pd.Timestamp(row["date"])
    assert (stamp.month, stamp.day) == (1, 6)
    assert stamp.date() <= dt.date.today()


def test_event_date_not_the_decree_date() -> None:
    text = ("On January 7, Deputy Prime Minister Bui Thanh Son chaired a meeting on the decree "
            "issued on December 2.")
    assert one(text)["date"] == pd.Timestamp("2025-01-07")


def test_later_sentences_keep_the_anchor_date() -> None:
    text = ("On January 6, Prime Minister Pham Minh Chinh chaired the conference. "
            "Deputy Prime Minister Bui Thanh Son also spoke at the conference.")
    assert {r["date"] for r in rows(text)} == {pd.Timestamp("2025-01-06")}


# -- places -------------------------------------------------------------------------------------

PLACES = [
    ("in-hanoi", "On January 6, in Hanoi, Prime Minister Pham Minh Chinh chaired the "
     "conference.", "Hà Nội", None),
    ("central-province-of", "On January 6, Deputy Prime Minister Bui Thanh Son visited a "
     "school in the central province of Quang Nam.", "Quảng Nam", None),
    ("province-word-after", "On January 6, Deputy Prime Minister Bui Thanh Son inspected a "
     "project in Khanh Hoa province.", "Khánh Hòa", None),
    ("hcmc", "On January 6, Prime Minister Pham Minh Chinh attended a forum in HCM City.",
     "Hồ Chí Minh", None),
    ("bridge-point-before", "On January 6, attending the online conference at the Dak Lak "
     "bridge point was Vice Chairman of the Provincial People's Committee Nguyen Tuan Ha.",
     None, "Đắk Lắk"),
    ("bridge-point-after", "On January 6, Chairman of the Provincial People's Committee Tran "
     "Van Lam attended the online conference at the bridge point of Nghe An province.",
     None, "Nghệ An"),
    ("dateline", "Da Nang (VNA) - Deputy Prime Minister Bui Thanh Son on January 6 attended "
     "the festival.", "Đà Nẵng", None),
    ("venue", "On January 6, Prime Minister Pham Minh Chinh chaired the meeting at the "
     "Government headquarters.", "Hà Nội", None),
]


@pytest.mark.parametrize(("text", "location", "bridge"), [p[1:] for p in PLACES],
                         ids=[p[0] for p in PLACES])
def test_places(text: str, location: str | None, bridge: str | None) -> None:
    row = one(text)
    if location is not None:
        assert row["location"] == location
    if bridge is not None:
        assert row["bridge_point"] == bridge


def test_old_province_kept_on_its_date_with_successor() -> None:
    row = one("On January 6, Chairman of the Quang Nam Provincial People's Committee Le Van "
              "Dung attended a ceremony in Quang Nam.")
    assert (row["province"], row["province_2025"]) == ("Quảng Nam", "Đà Nẵng")


def test_person_named_like_a_province_is_a_person() -> None:
    row = one("On January 6, Vice Chairwoman of the Provincial People's Committee Nguyen Thi "
              "Hue attended the ceremony.")
    assert row["person"] == "Nguyen Thi Hue"


# -- roles --------------------------------------------------------------------------------------

ROLES = [
    ("chaired", "On January 6, Prime Minister Pham Minh Chinh chaired the meeting.", "chair"),
    ("co-chaired", "On January 6, Deputy Prime Minister Bui Thanh Son co-chaired the forum.",
     "chair"),
    ("chaired-by", "The meeting on January 6 was chaired by Prime Minister Pham Minh Chinh.",
     "chair"),
    ("received", "On January 6, Prime Minister Pham Minh Chinh received the delegation.",
     "host"),
    ("hosted", "On January 6, Prime Minister Pham Minh Chinh hosted a reception.", "host"),
    ("welcomed", "On January 6, Deputy Prime Minister Bui Thanh Son welcomed the guests.",
     "host"),
    ("visited", "On January 6, Deputy Prime Minister Bui Thanh Son visited Quang Nam.", "visit"),
    ("paid-a-visit", "On January 6, Deputy Prime Minister Bui Thanh Son paid a visit to a "
     "school.", "visit"),
    ("inspected", "On January 6, Deputy Prime Minister Bui Thanh Son inspected the airport.",
     "visit"),
    ("worked-with", "On January 6, Prime Minister Pham Minh Chinh worked with the province.",
     "visit"),
    ("spoke", "On January 6, Deputy Prime Minister Bui Thanh Son spoke at the forum.", "speak"),
    ("delivered-speech", "On January 6, Deputy Prime Minister Bui Thanh Son delivered a speech "
     "at the forum.", "speak"),
    ("stressed", "On January 6, Prime Minister Pham Minh Chinh stressed the need for reform.",
     "speak"),
    ("speaking-participle", "Speaking at the forum on January 6, Deputy Prime Minister Bui "
     "Thanh Son praised the results.", "speak"),
    ("attended", "On January 6, Deputy Prime Minister Bui Thanh Son attended the ceremony.",
     "attend"),
    ("also-attending-were", "Also attending the ceremony on January 6 were Deputy Prime "
     "Minister Bui Thanh Son and guests.", "attend"),
    ("present-were", "Present at the ceremony on January 6 was Deputy Prime Minister Bui "
     "Thanh Son.", "attend"),
    ("attended-and-spoke", "On January 6, Prime Minister Pham Minh Chinh attended and delivered "
     "a speech at the conference.", "speak"),
    ("participation-of", "The ceremony on January 6 took place with the participation of "
     "Deputy Prime Minister Bui Thanh Son.", "attend"),
]


@pytest.mark.parametrize(("text", "role"), [r[1:] for r in ROLES], ids=[r[0] for r in ROLES])
def test_roles(text: str, role: str) -> None:
    assert one(text)["role"] == role


def test_object_of_a_reception_visits() -> None:
    found = {r["person"]: r["role"] for r in rows(
        "On January 6, Prime Minister Pham Minh Chinh received Ambassador Marc Knapper.")}
    assert found == {"Phạm Minh Chính": "host", "Marc Knapper": "visit"}


def test_list_before_one_verb() -> None:
    found = {r["person"]: r["role"] for r in rows(
        "On January 6, Deputy Prime Minister Bui Thanh Son and Deputy Minister Tran Van Hai "
        "attended the ceremony.")}
    assert found == {"Bùi Thanh Sơn": "attend", "Tran Van Hai": "attend"}


def test_participle_applies_only_to_its_subject() -> None:
    found = {r["person"]: r["role"] for r in rows(
        "Speaking at the meeting on January 6, Prime Minister Pham Minh Chinh asked Deputy "
        "Minister Tran Van Hai to act.")}
    assert found["Phạm Minh Chính"] == "speak"


def test_title_reference_adds_a_role() -> None:
    text = ("On January 6, Prime Minister Pham Minh Chinh attended the conference. "
            "The Prime Minister stressed the need for reform.")
    assert one(text)["role"] == "speak"


def test_last_name_reference_adds_a_role() -> None:
    text = ("On January 6, Deputy Prime Minister Bui Thanh Son attended the forum. "
            "Son said the country was ready.")
    assert one(text)["role"] == "speak"


NOT_PARTICIPANTS = [
    ("according-to", "According to Deputy Minister Tran Van Hai, the plan was adopted on "
     "January 6."),
    ("former", "On January 6, the book of former Deputy Minister Tran Van Hai was presented."),
    ("no-verb", "Deputy Minister Tran Van Hai is responsible for the plan."),
]


@pytest.mark.parametrize("text", [n[1] for n in NOT_PARTICIPANTS],
                         ids=[n[0] for n in NOT_PARTICIPANTS])
def test_not_participants(text: str) -> None:
    assert rows(text) == []


# -- events -------------------------------------------------------------------------------------

EVENTS = [
    ("conference", "On January 6, Prime Minister Pham Minh Chinh attended the online "
     "conference to review the work of the diplomatic sector.", "hội nghị", "conference"),
    ("ceremony", "On January 6, Deputy Prime Minister Bui Thanh Son attended the ceremony to "
     "mark the anniversary.", "lễ", "ceremony"),
    ("working-session", "On January 6, Prime Minister Pham Minh Chinh had a working session "
     "with the province.", "làm việc", "working session"),
    ("reception", "On January 6, Prime Minister Pham Minh Chinh hosted a reception for the "
     "ambassador.", "tiếp", "reception"),
    ("meeting", "On January 6, Prime Minister Pham Minh Chinh chaired the meeting.", "khác",
     "meeting"),
    ("voters", "On January 6, Deputy Prime Minister Bui Thanh Son met with voters in Hai "
     "Phong.", "tiếp xúc cử tri", "voters"),
    ("congress", "On January 6, Deputy Prime Minister Bui Thanh Son attended the congress of "
     "the provincial Party Committee.", "đại hội", "congress"),
    ("workshop", "On January 6, Deputy Minister Tran Van Hai spoke at a workshop on digital "
     "transformation.", "hội thảo", "workshop"),
    ("regular-meeting", "On January 6, Prime Minister Pham Minh Chinh chaired the Government's "
     "regular meeting.", "phiên họp", "regular meeting"),
]


@pytest.mark.parametrize(("text", "event_type", "word"), [e[1:] for e in EVENTS],
                         ids=[e[0] for e in EVENTS])
def test_events(text: str, event_type: str, word: str) -> None:
    row = one(text)
    assert row["event_type"] == event_type
    assert word in str(row["event"])


def test_event_name_stops_at_the_place() -> None:
    row = one("On January 6, Prime Minister Pham Minh Chinh attended the conference to review "
              "the work of the sector in Hanoi.")
    assert row["event"] == "conference to review the work of the sector"


# -- page furniture -----------------------------------------------------------------------------

FURNITURE = [
    ("source", "Source: https://example.gov.vn/news/123"),
    ("comment", "Comment (0)"),
    ("byline", "By Nguyen Van Long"),
    ("agency", "(VNA)"),
]


@pytest.mark.parametrize("line", [f[1] for f in FURNITURE], ids=[f[0] for f in FURNITURE])
def test_furniture_gives_no_rows(line: str) -> None:
    text = f"On January 6, the conference was held in Hanoi.\n{line}"
    assert rows(text) == []


def test_caption_credit_is_no_person_and_caption_section() -> None:
    text = ("On January 6, the provincial conference took place in Hue.\n"
            "Deputy Minister Tran Van Hai speaks at the conference (Photo: Nguyen Van Long)\n"
            "Comment (0)")
    found = rows(text)
    assert [(r["person"], r["section"], r["role"]) for r in found] == [
        ("Tran Van Hai", "caption", "speak")]


def test_caption_adds_a_role_to_a_main_row() -> None:
    text = ("On January 6, Deputy Prime Minister Bui Thanh Son attended the conference.\n"
            "Deputy Prime Minister Bui Thanh Son speaks at the conference (Photo: VNA)")
    row = one(text)
    assert (row["role"], row["section"]) == ("speak", "main")


# -- the contract -------------------------------------------------------------------------------

ROBUST = [
    ("empty", ""),
    ("spaces", "   \n\n  "),
    ("furniture-only", "Source: https://example.vn\nComment (0)"),
    ("no-names", "The economy grew in 2024 and the trade surplus widened in the year."),
    ("odd-punctuation", "On January 6, , Prime Minister - ; Pham ( Minh ) Chinh - - ."),
    ("only-title", "The Prime Minister and the Deputy Prime Minister attended the meeting."),
    ("long-caps", "ON JANUARY 6 THE PRIME MINISTER OF THE GOVERNMENT ATTENDED THE MEETING."),
    ("unicode", "Prime Minister Phạm Minh Chính attended the meeting on January 6 \u200b."),
]


@pytest.mark.parametrize("text", [r[1] for r in ROBUST], ids=[r[0] for r in ROBUST])
def test_any_english_text_gives_the_contract(text: str) -> None:
    frame = vnpolnews.extract(text, lang="en")
    assert list(frame.columns) == list(COLUMNS)
    assert set(frame["lang"]) <= {"en"}


def test_language_is_detected() -> None:
    frame = vnpolnews.extract("On January 6, in Hanoi, Prime Minister Pham Minh Chinh attended "
                              "the conference of the sector with the ministers.",
                              published=PUB)
    assert list(frame["lang"]) == ["en"]


def test_offsets_point_at_the_name_in_the_input() -> None:
    text = "On January 6, Prime Minister Pham Minh Chinh chaired the meeting."
    row = one(text)
    assert text[int(row["start"]) : int(row["end"])] == "Pham Minh Chinh"  # type: ignore[call-overload]


def test_parse_english_gives_mentions() -> None:
    doc = parse_english("On January 6, in Hanoi, Prime Minister Pham Minh Chinh chaired the "
                        "conference.", published=dt.date(2025, 1, 8), doc_id="x")
    assert doc.lang == "en"
    assert [p.name for p in doc.persons] == ["Phạm Minh Chính"]
    assert [t.raw for t in doc.titles] == ["Prime Minister"]
    assert any(p.province == "Hà Nội" for p in doc.places)
    assert [e.type for e in doc.events] == ["hội nghị"]


ARTICLE_CASES = [
    ("caps-dateline-is-no-person", "QUANG NGAI — Deputy Prime Minister Bui Thanh Son on "
     "Saturday worked with leaders of the central province of Quang Ngai.",
     [("Bùi Thanh Sơn", "visit", "Quảng Ngãi")]),
    ("also-present", "On January 6, Prime Minister Pham Minh Chinh chaired the meeting. Deputy "
     "Minister Tran Van Hai was also present.",
     [("Phạm Minh Chính", "chair", None), ("Tran Van Hai", "attend", None)]),
    ("short-reference-is-no-person", "On January 6, Prime Minister Pham Minh Chinh attended the "
     "forum. At the forum, PM Chinh praised the results.",
     [("Phạm Minh Chính", "speak", None)]),
]


@pytest.mark.parametrize(("text", "expected"), [a[1:] for a in ARTICLE_CASES],
                         ids=[a[0] for a in ARTICLE_CASES])
def test_article_cases(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    found = [(r["person"], r["role"], r["location"]) for r in rows(text, "2025-01-08")]
    assert found == expected


def test_provincial_title_takes_the_province_not_a_name() -> None:
    # the name may come back with its diacritics when the gazetteer knows the person
    found = {fold_ascii(str(r["person"])): r["titles"] for r in rows(
        "On January 6, Politburo member Nguyen Hoa Binh worked with the central province of "
        "Quang Ngai. Secretary of the provincial Party Committee Bui Thi Quynh Van reported on "
        "the situation.")}
    assert found["bui thi quynh van"] == ["Bí thư Tỉnh ủy Quảng Ngãi"]
