"""extract() and parse(): from an article's text to the table of who took part in what.

The pipeline, one step a module: normalise (offsets kept) -> sections and sentences ->
per sentence: provinces, titles and names, role cues, dates, events, places -> participations,
merged per (person, date) -> the table.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import pandas as pd
import regex

from . import _places
from ._dates import find_dates, parse_published
from ._events import EventName, find_cues, find_event, participation, roles_for
from ._gazetteer import Gazetteer, load_gazetteer
from ._keys import canonical_tones, fold_ascii, name_key
from ._lexicon import lexicon
from ._linking import likeliest_year, link
from ._normalize import Normalized, normalize
from ._persons import attach
from ._segment import Block, Sentence, segment, sentences
from ._table import make_frame
from ._titles import canonical_title
from ._types import (
    DateMention,
    Document,
    EventMention,
    Participation,
    PersonMention,
    PlaceMention,
    TitleMention,
)
from .errors import InputError, OptionError

#: The largest document accepted by default, in characters (``max_chars=`` changes it).
MAX_CHARS = 2_000_000

_LANGS = ("vi", "en")
# A date written with a year more than this many years before the article's is history.
_HISTORY_YEARS = 5
# Without any year, an article is taken to be from this century (for the deceased list).
_THIS_CENTURY = dt.date(2000, 1, 1)
_YEAR = regex.compile(r"(?<!\d)(?:19[5-9]\d|20[0-4]\d)(?!\d)")
_NEGATED_BEFORE = regex.compile(
    r"""
    (?:(?<!(?:dự|mặt|trì|gia|kiến|hành|tọa|diện|mạc|biểu|luận|văn)\s)của  # not "tham dự của"
      |theo|thừa\s+lệnh|thay\s+mặt\s+cho|nguyên\s+là|tưởng\s+niệm|cố|tư\s+tưởng|lời\s+(?:dạy|Bác)
      |tên|mang\s+tên|ký|vắng\s+mặt|[ẢAảa]nh\s*:|Photo\s*:|Theo\s*:?|Bài\s*:|PV\s*:)\s*$
      # a word that makes the next name not a participant (a credit, a citation, the late)
    """,
    regex.VERBOSE,
)
# A place named with its kind: "xã Đồng Văn", "huyện Bình Liêu", "hồ Tây".
_NAMED_PLACE = regex.compile(
    r"""
    (?:xã|phường|huyện|quận|thị\s+xã|thị\s+trấn|thôn|bản|ấp|làng|sông|hồ|núi|đảo|đèo|bán\s+đảo
      |đường|phố|Xã|Phường|Huyện|Quận|Hồ|Sông|Núi|Đảo)\s+   # the kind of place, then its name:
    (?P<name>\p{Lu}[\p{Ll}\p{M}]*(?:\s\p{Lu}[\p{Ll}\p{M}]*){1,3})  # two to four capitalised words
    """,
    regex.VERBOSE,
)
# "ông Sơn", "bà Thúy": a later mention by the given name alone.
_SHORT_REF = regex.compile(
    r"(?:^|(?<=[\s,(]))(?:ông|bà|Ông|Bà|đồng\s+chí|Đồng\s+chí)\s+(?P<given>\p{Lu}[\p{Ll}\p{M}]+)"
    r"(?![\p{L}\p{M}]|\s+\p{Lu})"
)
# "Tại tỉnh Sóc Trăng, dự hội nghị có ...": in an online event, where some took part from.
_AT_BRIDGE = regex.compile(
    r"\s*(?:Tại|Ở)\s+(?:tỉnh|thành\s+phố|TP\.?)?\s*[^,]{2,30},\s*(?:dự|tham\s+dự|cùng\s+dự)")
_COORDINATED = regex.compile(r"\s*(?:,|và|cùng|,\s*và)\s*")
_ABSENT_AFTER = regex.compile(
    r"""
    ^[^.;]{0,30}\b(?:vắng\s+mặt|không\s+(?:dự|tham\s+dự))   # absent
    | ^\s*(?:đã\s+)?(?:nhiều\s+lần|từng)\b                   # "đã nhiều lần nhấn mạnh": not here
    """,
    regex.VERBOSE,
)


def _doc_id(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


@dataclass(slots=True)
class _Row:
    """A participation being built: one person on one date."""

    key: str
    person: PersonMention
    date: DateMention | None
    roles: set[str] = field(default_factory=set)
    rules: list[str] = field(default_factory=list)
    titles: list[TitleMention] = field(default_factory=list)
    event: EventName | None = None
    location: str | None = None
    venue: str | None = None
    bridge_point: str | None = None
    section: str = "main"
    sentence: Sentence | None = None
    segment: tuple[int, int] = (0, 0)


_SURROGATE = regex.compile(r"[\ud800-\udfff]")


def _check_options(doc_id: object, max_chars: object) -> None:
    if doc_id is not None and not isinstance(doc_id, str):
        raise OptionError(f"doc_id must be a str or None, not {type(doc_id).__name__}")
    if isinstance(max_chars, bool) or not isinstance(max_chars, int) or max_chars <= 0:
        raise OptionError(f"max_chars must be a positive int, not {max_chars!r}")


def _check(text: object, lang: str | None, max_chars: int) -> str:
    if not isinstance(text, str):
        raise InputError(
            f"text must be str, not {type(text).__name__}: decode bytes first "
            "(vnpolnews reads UTF-8, UTF-16 and Windows-1258 bytes through extract_many)"
        )
    if lang is not None and lang not in _LANGS:
        raise OptionError(f"lang must be one of {_LANGS} or None, not {lang!r}")
    if len(text) > max_chars:
        from .errors import DocumentTooLargeError

        raise DocumentTooLargeError(
            f"document has {len(text):,} characters, more than max_chars={max_chars:,}; "
            "split it or pass a larger max_chars="
        )
    # lone surrogates cannot be written out: each becomes U+FFFD (same length, same offsets)
    return str(_SURROGATE.sub("\ufffd", text))


_LETTER = regex.compile(r"\p{L}")
_VIETNAMESE_LETTER = regex.compile(r"[ăâđêôơưĂÂĐÊÔƠƯ\u1ea0-\u1ef9]")


def _looks_like_html(text: str) -> bool:
    if "<" not in text[:2000]:
        return False
    from ._html import looks_like_html

    return looks_like_html(text)


def _detect_lang(text: str) -> str:
    """'vi' when the text has Vietnamese letters, else 'en' if it reads as English."""
    sample = unicodedata.normalize("NFC", text[:4000])
    letters = len(_LETTER.findall(sample))
    if not letters:
        return "vi"
    vietnamese = len(_VIETNAMESE_LETTER.findall(sample))
    english = len(regex.findall(r"\b(?:the|and|of|to|in|was|were|with)\b", sample))
    return "en" if vietnamese < letters * 0.01 and english >= 3 else "vi"


def _dateline_year(blocks: list[Block]) -> int | None:
    """The year of the page's own dateline, near its top."""
    for block in blocks[:8]:
        if block.kind == "dateline":
            years = _YEAR.findall(block.text)
            if years:
                return int(years[-1])
    return None


def _year_hint(text: str, blocks: list[Block]) -> int | None:
    """The dateline's year, else the year written most often."""
    years = [int(y) for y in _YEAR.findall(text)]
    return _dateline_year(blocks) or (Counter(years).most_common(1)[0][0] if years else None)


def _redate_by_gazetteer(rows: dict[tuple[str, str], _Row], near: int, gazetteer: Gazetteer
                         ) -> dict[tuple[str, str], _Row]:
    """Without a publication date or a dateline, a year guessed from the text gives way to the
    year in which the people linked held the titles written with them (``date.gazetteer_year``);
    a row the new year puts after its person's death goes, as the deceased list wants."""
    guessed = [row for row in rows.values() if row.date is not None
               and row.date.date is not None and not _YEAR.search(row.date.text)]
    dated = [(row.person.person_id, [t.canonical for t in row.titles],
              row.date.month or 0, row.date.day or 0)
             for row in guessed if row.person.person_id and row.titles and row.date]
    year = likeliest_year(dated, near=near, gazetteer=gazetteer)
    if year is None:
        return rows
    dead: set[int] = set()
    for row in guessed:
        assert row.date is not None and row.date.date is not None
        try:
            moved = row.date.date.replace(year=year)
        except ValueError:  # 29 February
            continue
        row.date = dataclasses.replace(row.date, date=moved)
        row.rules.append("date.gazetteer_year")
        died = lexicon().deceased.get(row.key)
        if died is not None and moved > died:
            dead.add(id(row))
    return {key: row for key, row in rows.items() if id(row) not in dead}


def _story_year(blocks: list[Block], story: int) -> int | None:
    """A related teaser's own timestamp: the dateline just before its first block."""
    previous: Block | None = None
    for block in blocks:
        if block.story == story and block.section == "related" and block.kind == "body":
            if previous is not None:
                years = _YEAR.findall(previous.text)
                if years:
                    return int(years[-1])
            return None
        if block.kind == "dateline":
            previous = block
    return None


# Words that make a later date a plan: "sẽ", "dự kiến", "kế hoạch", "chậm nhất".
_PLAN_BEFORE = regex.compile(
    r"(?:\bsẽ\b|dự\s+kiến|kế\s+hoạch|chậm\s+nhất|bắt\s+đầu\s+từ|trước\s+khi)[^.;]*$")


def _is_anchor(sentence: str, mention: DateMention, offset: int) -> bool:
    """A date that dates the event of its clause: it opens the sentence or a clause, or
    it carries a time of day."""
    local = mention.start - offset
    before = sentence[:local]
    if _PLAN_BEFORE.search(before[-80:]):
        return False  # "lễ hội sẽ khai mạc ngày 9/2": a plan, not the article's event
    if mention.time_of_day and not regex.search(r"(?:sẽ|dự\s+kiến|đến|trước|từ)\s*$", before):
        return True
    if not before.strip(" (\"“-–") or regex.search(
        r"(?:^|[,.;:])\s*(?:Trước\s+đó|Tiếp\s+đó|Sau\s+đó|Cũng\s+trong|Trong|Vào|Tiếp\s+theo)?"
        r"[\s,]*$|^\s*\([^)]*\)\s*[-–]?\s*$|^[^,;]{2,30}[-–]\s*$",
        before,
    ):
        return True
    return bool(regex.search(r"(?:diễn\s+ra|tổ\s+chức|khai\s+mạc)\s+(?:vào\s+)?$", before))


def parse(
    text: str | bytes,
    *,
    published: dt.date | dt.datetime | str | None = None,
    doc_id: str | None = None,
    lang: str | None = None,
    html: bool | None = None,
    max_chars: int = MAX_CHARS,
    gazetteer: Gazetteer | None = None,
) -> Document:
    """Parse an article into mentions with offsets, and the participation rows.

    ``gazetteer`` links names (default: the shipped one; ``load_gazetteer(extra=...)`` adds
    your own rows).

    >>> doc = parse("Sáng 6/1, Bí thư Tỉnh ủy Nguyễn Văn An dự hội nghị.", published="2025-01-06")
    >>> [(p.name, p.start, p.end) for p in doc.persons]
    [('Nguyễn Văn An', 25, 38)]
    """
    _check_options(doc_id, max_chars)
    if gazetteer is not None and not isinstance(gazetteer, Gazetteer):
        raise OptionError(f"gazetteer must be a Gazetteer from load_gazetteer() or None, not "
                          f"{type(gazetteer).__name__}")
    if not isinstance(text, (str, bytes, bytearray, memoryview)):
        _check(text, lang, max_chars)  # raises the InputError
    if lang is not None and lang not in _LANGS:
        raise OptionError(f"lang must be one of {_LANGS} or None, not {lang!r}")
    if isinstance(text, str):
        _check(text, lang, max_chars * 4 if html or _looks_like_html(text) else max_chars)
    day = parse_published(published)
    if isinstance(text, (bytes, bytearray, memoryview)):
        from ._input import decode

        text = decode(bytes(text))
    if html or (html is None and isinstance(text, str) and _looks_like_html(text)):
        from ._html import extract_page

        page = extract_page(_check(text, lang, max_chars * 4))
        text = page.text
        if day is None:
            day = page.published
    text = _check(text, lang, max_chars)
    language = lang or _detect_lang(text)
    identifier = doc_id if doc_id is not None else _doc_id(text)
    if language == "en":
        try:
            from ._english import parse_english
        except ImportError:  # the English path is optional until it lands
            return Document(text=text, lang="en", doc_id=identifier, published=day)
        return parse_english(text, published=day, doc_id=identifier,
                             gazetteer=gazetteer or load_gazetteer())
    return _parse_vi(text, day, identifier, gazetteer or load_gazetteer())


def _parse_vi(text: str, published: dt.date | None, doc_id: str, gazetteer: Gazetteer
              ) -> Document:
    norm = normalize(text)
    ntext = norm.text
    blocks = segment(ntext)
    if published is None:
        try:
            from ._published import find_published

            found = find_published(ntext)
            if found is not None:
                published = found.date
        except ImportError:
            pass
    year_hint = _year_hint(ntext, blocks) if published is None else None
    year_known = published is not None or year_hint is not None
    if published is None and year_hint is None:
        # no year anywhere: resolve against today, as dateparser does (documented)
        year_hint = None
        reference: dt.date | None = dt.date.today()
    else:
        reference = None
    doc_province = _places.main_province(ntext)
    place_names = {name_key(m.group("name")) for m in _NAMED_PLACE.finditer(ntext)}
    # the article's own time, to tell history from news: its year, else the newest written
    written = [int(y) for y in _YEAR.findall(ntext) if int(y) <= dt.date.today().year]
    newest_year = max(written, default=None)

    def src(start: int, end: int) -> tuple[int, int]:
        return norm.source_span(start, end)

    persons_out: list[PersonMention] = []
    titles_out: list[TitleMention] = []
    dates_out: list[DateMention] = []
    places_out: list[PlaceMention] = []
    events_out: list[EventMention] = []
    rows: dict[tuple[str, str], _Row] = {}
    mentioned_titles: dict[str, list[tuple[int, int, str]]] = {}
    known_titles: dict[str, list[tuple[str, str]]] = {}  # person key -> (canonical title, name)

    stories = sorted({b.story for b in blocks if b.kind in ("body", "caption")})
    visits: dict[tuple[int, int], tuple[frozenset[str], tuple[str, ...]]] = {}
    for story in stories:
        story_blocks = [b for b in blocks if b.story == story and b.kind in ("body", "caption")]
        story_published = published if published is not None else reference
        story_hint = year_hint
        if story > 0:
            teaser_year = _story_year(blocks, story)
            if teaser_year is not None and published is not None:
                story_published = None
                story_hint = teaser_year
            elif teaser_year is not None:
                story_hint = teaser_year
        story_sentences = [s for b in story_blocks for s in sentences(b)]
        # dates: anchors open event segments
        current: DateMention | None = None
        first_anchor: DateMention | None = None
        sentence_dates: list[DateMention | None] = []
        segment_ids: list[int] = []
        leads: list[bool] = []  # a dated sentence or the story's first: where visits are told
        segment_id = 0
        for sentence in story_sentences:
            anchor = None
            for mention in find_dates(sentence.text, published=story_published,
                                      year_hint=story_hint, offset=sentence.start):
                dates_out.append(_shift_date(mention, src))
                if mention.date is None and mention.rule == "date.relative":
                    continue  # "hôm nay" with no publication date dates nothing
                own_year = published.year if published else newest_year
                if mention.date is not None and own_year is not None and _YEAR.search(
                        mention.text) and mention.date.year < own_year - _HISTORY_YEARS:
                    continue  # "Ngày 31/1/1960, Bác về thăm": history, not the article's event
                if _is_anchor(sentence.text, mention, sentence.start):
                    anchor = mention
                    break
            if anchor is not None:
                if anchor.rule == "date.same_day" and current is not None:
                    anchor = DateMention(anchor.start, anchor.end, anchor.text, current.date,
                                         current.month, current.day, anchor.time_of_day,
                                         "date.same_day")
                elif anchor.rule == "date.next_day" and current is not None:
                    nxt = current.date + dt.timedelta(days=1) if current.date else None
                    anchor = DateMention(anchor.start, anchor.end, anchor.text, nxt,
                                         nxt.month if nxt else None, nxt.day if nxt else None,
                                         anchor.time_of_day, "date.next_day")
                elif anchor.rule in ("date.same_day", "date.next_day"):
                    anchor = None
            if anchor is not None and sentence.block.kind == "body":
                if current is None or (anchor.month, anchor.day) != (current.month, current.day):
                    segment_id += 1
                current = anchor
                if first_anchor is None:
                    first_anchor = anchor
            sentence_dates.append(current)
            segment_ids.append(segment_id)
            leads.append(anchor is not None or len(leads) == 0)
        # a sentence before the story's first date takes that date (the lead names it later)
        sentence_dates = [d if d is not None else first_anchor for d in sentence_dates]
        segment_ids = [s if s else 1 for s in segment_ids]
        # events, locations and bridge points per segment
        seg_event: dict[int, EventName] = {}
        seg_location: dict[int, tuple[str | None, str | None]] = {}
        # an online event: once per story, from its body (captions repeat the body)
        story_online = any(_places.is_online(x.text) for x in story_sentences
                           if x.block.kind == "body")
        for sentence, seg in zip(story_sentences, segment_ids, strict=True):
            bare_name = seg in seg_event and len(seg_event[seg].name.split()) <= 2
            if sentence.block.kind != "body" and not bare_name:
                continue
            if seg not in seg_event or bare_name:
                event = find_event(sentence.text)
                if event is not None and (not bare_name or (
                        event.type == seg_event[seg].type and len(event.name.split()) > 2)):
                    # a bare "hội nghị" gives way to a later sentence that names it in full
                    seg_event[seg] = event
                    s, e = src(sentence.start + event.start, sentence.start + event.end)
                    events_out.append(EventMention(s, e, event.trigger, event.name, event.type,
                                                   f"event.trigger.{event.type}"))
            if sentence.block.kind != "body":
                continue
            location, venue = _places.location_in(sentence.text)
            if location and story_online and _AT_BRIDGE.match(sentence.text):
                location = None  # "Tại tỉnh Sóc Trăng, dự hội nghị có ...": a bridge point
            if (location or venue) and (seg not in seg_location or
                                        (seg_location[seg][0] is None and location)):
                seg_location[seg] = (location, venue or (seg_location.get(seg) or (None, None))[1])
            visited_place = _visited(sentence.text)
            if visited_place is not None and (story, seg) not in visits:
                visits[(story, seg)] = visited_place
        if not seg_event:
            continue  # no conference, session, visit or reception told: nobody takes part
        story_event = seg_event[min(seg_event)]
        # persons
        for sentence, date, seg, lead in zip(story_sentences, sentence_dates, segment_ids, leads,
                                             strict=True):
            provinces = _places.find_provinces(sentence.text)
            for hit in provinces:
                s, e = src(sentence.start + hit.start, sentence.start + hit.end)
                places_out.append(PlaceMention(s, e, text[s:e], "mention", hit.name,
                                               "place.province"))
            candidates, bare = attach(sentence.text, provinces=provinces)
            short_refs = list(_SHORT_REF.finditer(sentence.text)) if rows else []
            if not candidates and not bare and not short_refs:
                continue
            cues = find_cues(sentence.text)
            # "ông Sơn cho biết": a person named in full earlier, called by the given name
            for ref in short_refs:
                given = name_key(ref.group("given"))
                date_key = f"{date.month}-{date.day}" if date and date.month else ""
                owners = [row for (key, dkey), row in rows.items() if dkey == date_key
                          and row.segment[0] == story and key.split()[-1] == given]
                if len(owners) != 1:
                    continue
                roles, role_rule = roles_for(sentence.text, cues, start=ref.start(),
                                             chain_end=ref.end(), others=[])
                if roles & {"speak", "attend"}:
                    owners[0].roles |= roles & {"speak", "attend"}
                    owners[0].rules.append(role_rule + ".given_name")
            bridges = _places.bridge_points(sentence.text)
            at_province = _sentence_province(sentence.text, provinces)
            others = [(c.name.start, c.name.end) for c in candidates]
            negated_end = -1
            for candidate in candidates:
                name = candidate.name
                if name_key(name.text) in place_names:
                    continue  # "xã Đồng Văn" named elsewhere in the article: a place
                for t in candidate.titles:  # every mention's titles count, cited or not
                    ts, te = src(sentence.start + t.start, sentence.start + t.end)
                    mentioned_titles.setdefault(name_key(canonical_tones(name.text)), []).append(
                        (ts, te, sentence.text[t.start : t.end].strip()))
                before = sentence.text[max(0, name.start - 40) : name.start]
                first_title = min((t.start for t in candidate.titles), default=name.start)
                before_titles = sentence.text[max(0, first_title - 20) : first_title]
                if _NEGATED_BEFORE.search(before_titles) or _NEGATED_BEFORE.search(before):
                    negated_end = max([name.end] + [t.end for t in candidate.titles])
                    continue
                if negated_end >= 0 and _COORDINATED.fullmatch(
                        sentence.text[negated_end:first_title]):
                    # "lời chào của Tổng Bí thư A và Chủ tịch nước B": B is cited like A
                    negated_end = max([name.end] + [t.end for t in candidate.titles])
                    continue
                negated_end = -1
                chain_end = max([name.end] + [t.end for t in candidate.titles])
                if _ABSENT_AFTER.search(sentence.text[chain_end:]):
                    continue
                roles, role_rule = roles_for(sentence.text, cues, start=first_title,
                                             chain_end=chain_end, others=others)
                if not roles and not cues:
                    continue
                if not lead and roles & {"visit", "host"} and not role_rule.endswith(
                        "clause_opening"):
                    # "chúc mừng", "kiểm tra" later in a story are words of a speech
                    roles = roles - {"visit", "host"}
                    role_rule = "role.attend.visit_word_in_speech"
                if not roles:
                    roles = {"attend"}
                    role_rule = "role.attend.default"
                if not candidate.titles and roles <= {"speak"} and (
                        seg_event.get(seg, story_event).type == "khác"):
                    continue  # someone quoted, with no office: a source, not a participant
                raw_titles = [sentence.text[t.start : t.end].strip() for t in candidate.titles]
                bridge = _nearest_bridge(bridges, name.start)
                if bridge is None and story_online and at_province and (
                        _AT_BRIDGE.match(sentence.text)
                        or (cues and cues[0].how == "intro")):
                    bridge = at_province
                title_province = _title_province(raw_titles, provinces, candidate.titles,
                                                 bridge, doc_province)
                tmentions: list[TitleMention] = []
                for t, raw, trule in zip(candidate.titles, raw_titles, candidate.title_rules,
                                         strict=True):
                    s, e = src(sentence.start + t.start, sentence.start + t.end)
                    canon = canonical_title(raw, province=title_province)
                    tm = TitleMention(s, e, raw, canon, trule, title_province)
                    tmentions.append(tm)
                    titles_out.append(tm)
                s, e = src(sentence.start + name.start, sentence.start + name.end)
                linked = link(name.text, on=date.date if date is not None else None,
                              titles=[t.canonical for t in tmentions], gazetteer=gazetteer)
                display, person_id = linked.name, linked.person_id
                died = lexicon().deceased.get(name_key(display))
                if died is not None and (
                        died < _THIS_CENTURY if not year_known or date is None
                        or date.date is None else date.date > died):
                    continue  # named historically: nobody takes part after their death
                person = PersonMention(s, e, text[s:e], display, person_id, tuple(tmentions),
                                       name.rule)
                persons_out.append(person)
                key = name_key(display)
                date_key = f"{date.month}-{date.day}" if date and date.month else ""
                row = rows.get((key, date_key))
                section = sentence.block.section
                if row is None:
                    row = _Row(key, person, date, section=section, sentence=sentence,
                               segment=(story, seg))
                    row.event = seg_event.get(seg, story_event)
                    loc = seg_location.get(seg, (None, None))
                    row.location, row.venue = loc
                    if row.location is None and not story_online and doc_province:
                        row.location = doc_province  # a provincial story: its province
                        row.rules.append("place.article_province")
                    rows[(key, date_key)] = row
                elif len(display) > len(row.person.name):
                    row.person = person
                row.roles |= roles
                row.rules.extend((linked.rule, role_rule))
                if section == "main":
                    row.section = "main"
                for tm in tmentions:
                    if all(tm.canonical != old.canonical for old in row.titles):
                        row.titles.append(tm)
                if bridge and not row.bridge_point:
                    row.bridge_point = bridge
                known_titles.setdefault(key, []).extend((t.canonical, display) for t in tmentions)
            # titles alone ("Thủ tướng nhấn mạnh") refer to a person named elsewhere
            for title in bare:
                raw = sentence.text[title.start : title.end].strip()
                owner = _owner_of(raw, known_titles)
                if owner is None:
                    continue
                roles, role_rule = roles_for(sentence.text, cues, start=title.start,
                                             chain_end=title.end, others=others)
                date_key = f"{date.month}-{date.day}" if date and date.month else ""
                row = rows.get((owner, date_key))
                if not lead:
                    roles = roles - {"visit", "host"}  # told in a speech, not the visit
                if row is not None and roles:
                    row.roles |= roles
                    row.rules.append(role_rule + ".title_only")
    # titles written with other mentions of the same person ("the fullest mention")
    for row in rows.values():
        have = {t.raw for t in row.titles}
        province = next((t.province for t in row.titles if t.province), doc_province)
        for ts, te, raw in mentioned_titles.get(row.key, []):
            canon = canonical_title(raw, province=province)
            if raw not in have and all(canon != t.canonical for t in row.titles):
                row.titles.append(TitleMention(ts, te, raw, canon, "title.other_mention",
                                               province if canon != canonical_title(
                                                   raw, province=None) else None))
                have.add(raw)
    # a story where nobody holds an office is not political news: no rows from it
    official_stories = {row.segment[0] for row in rows.values() if row.titles}
    rows = {key: row for key, row in rows.items() if row.segment[0] in official_stories}
    rows = _merge_misspelt(rows, text)
    _receiving_side(list(rows.values()))
    _working_visits(list(rows.values()), visits)
    if published is None and _dateline_year(blocks) is None:
        rows = _redate_by_gazetteer(rows, year_hint or dt.date.today().year, gazetteer)
    participations = tuple(_participation(row, text, norm, gazetteer) for row in rows.values())
    return Document(text=text, lang="vi", doc_id=doc_id, published=published,
                    persons=tuple(persons_out), titles=tuple(titles_out),
                    dates=tuple(dates_out), places=tuple(places_out),
                    events=tuple(events_out), rows=participations)


# Event types where someone goes to a place and its people receive them.
_VISIT_TYPES = frozenset({"thăm", "làm việc", "tiếp", "khác"})

# "có buổi làm việc với Quận ủy quận 2", "thăm và làm việc tại tỉnh Bình Thuận": the place
# a working visit goes to.
_VISIT_FRAME = regex.compile(
    r"""
    (?:làm\s+việc\s+(?:với|tại)|thăm\s+và\s+làm\s+việc\s+(?:với|tại)|đến\s+thăm|tới\s+thăm
      |kiểm\s+tra\s+(?:tại|công\s+tác)[^,.;]{0,40}?\s+(?:tại|của))\s+   # the visit's verb
    (?P<object>[^,.;()]{3,80})                                            # what it goes to
    """,
    regex.VERBOSE,
)
_UNIT = regex.compile(r"(?:quận|huyện|thị\s+xã|xã|phường|Quận|Huyện|Xã|Phường)\s+[\p{L}\d]+")


def _visited(sentence: str) -> tuple[frozenset[str], tuple[str, ...]] | None:
    """The provinces and smaller units a working visit in this sentence goes to."""
    frame = _VISIT_FRAME.search(sentence)
    if frame is None:
        return None
    target = frame.group("object")
    provinces = frozenset(hit.name for hit in _places.find_provinces(target))
    units = tuple(u.group().casefold() for u in _UNIT.finditer(target))
    if not provinces and not units:
        return None
    return provinces, units


def _working_visits(rows: list[_Row],
                    visits: dict[tuple[int, int], tuple[frozenset[str], tuple[str, ...]]]) -> None:
    """At a working visit, the officials of the place visited who speak host it."""
    for row in rows:
        target = visits.get(row.segment)
        if target is None or row.roles & {"chair"}:
            continue
        if row.event is not None and row.event.type not in _VISIT_TYPES:
            continue
        provinces, units = target
        raw = " ".join(t.raw for t in row.titles).casefold()
        local = {t.province for t in row.titles if t.province}
        if "speak" in row.roles and "visit" not in row.roles and (
                (units and any(u in raw for u in units)) or (not units and local & provinces)):
            # its officials who report to the visitors are the receiving side
            row.roles.add("host")
            row.rules.append("role.host.place_visited")


def _merge_misspelt(rows: dict[tuple[str, str], _Row], text: str) -> dict[tuple[str, str], _Row]:
    """A name the gazetteer does not know, written like a person it linked in the same article
    but for its marks ("Võ Văn Thương" beside "Võ Văn Thưởng"), or cut before a misspelt last
    syllable ("Nguyễn Phú" + "Trong"), is that person (``name.misspelt_linked``)."""
    linked = {fold_ascii(row.person.name): row.person for row in rows.values()
              if row.person.person_id}
    if not linked:
        return rows
    out: dict[tuple[str, str], _Row] = {}
    for (key, date_key), row in rows.items():
        folded = fold_ascii(row.person.name)
        target = None if row.person.person_id else linked.get(folded)
        if target is None and not row.person.person_id:
            after = fold_ascii(text[row.person.end : row.person.end + 12])
            target = next((p for name, p in linked.items() if name.startswith(folded + " ")
                           and after.startswith(name[len(folded):])), None)
        if target is None:
            out.setdefault((key, date_key), row)
            continue
        into = out.get((name_key(target.name), date_key)) or rows.get(
            (name_key(target.name), date_key))
        row.rules.append("name.misspelt_linked")
        if into is None:  # the only row of that person on that date: it takes the linked name
            row.person = dataclasses.replace(row.person, name=target.name,
                                             person_id=target.person_id)
            out[(name_key(target.name), date_key)] = row
            continue
        into.roles |= row.roles
        into.rules.extend(row.rules)
        into.titles.extend(t for t in row.titles
                           if all(t.canonical != old.canonical for old in into.titles))
        out.setdefault((name_key(target.name), date_key), into)
    return out


def _receiving_side(rows: list[_Row]) -> None:
    """Where someone visits or works with a locality, its own officials there host them."""
    visited: dict[tuple[int, int], str | None] = {}
    for row in rows:
        if "visit" in row.roles:
            visited[row.segment] = row.location
    for row in rows:
        if row.segment not in visited or row.roles & {"visit", "host", "chair"}:
            continue
        if row.event is not None and row.event.type not in _VISIT_TYPES:
            continue  # at a conference or a ceremony, locals attend: they do not host
        location = visited[row.segment]
        local = next((t.province for t in row.titles if t.province), None)
        if location is not None and local == location:
            row.roles.add("host")
            row.rules.append("role.host.receiving_side")


def _shift_date(mention: DateMention, src: Any) -> DateMention:
    s, e = src(mention.start, mention.end)
    return DateMention(s, e, mention.text, mention.date, mention.month, mention.day,
                       mention.time_of_day, mention.rule)


def _sentence_province(sentence: str, provinces: list[_places.ProvinceHit]) -> str | None:
    """ "Tại tỉnh Sóc Trăng, dự hội nghị có ...": the province a clause opens with."""
    for hit in provinces:
        if regex.search(r"(?:^|[,.;]\s*)(?:Tại|tại|Ở|ở)\s+$", sentence[: hit.start]):
            return hit.name
    return None


def _nearest_bridge(bridges: list[tuple[int, str]], position: int) -> str | None:
    before = [b for b in bridges if b[0] <= position]
    if before:
        return before[-1][1]
    return bridges[0][1] if bridges else None


def _title_province(raw_titles: list[str], provinces: list[_places.ProvinceHit],
                    spans: list[Any], bridge: str | None, doc_province: str | None) -> str | None:
    for raw in raw_titles:
        found = _places.find_provinces(raw)
        if found:
            return found[0].name
    if any(regex.search(r"(?:tỉnh|Tỉnh\s+ủy|thành\s+phố|Thành\s+ủy|TP)\b", raw)
           for raw in raw_titles):
        return bridge or doc_province
    return None


def _owner_of(raw: str, known: dict[str, list[tuple[str, str]]]) -> str | None:
    """The one named person whose titles begin with this bare title, if exactly one."""
    canon = canonical_title(raw, province=None).casefold()
    owners = {key for key, titles in known.items()
              if any(t.casefold().startswith(canon) for t, _ in titles)}
    return owners.pop() if len(owners) == 1 else None


def _participation(row: _Row, text: str, norm: Normalized, gazetteer: Gazetteer
                   ) -> Participation:
    sentence = ""
    if row.sentence is not None:
        s, e = norm.source_span(row.sentence.start, row.sentence.end)
        sentence = text[s:e].strip()
    return participation(row.person, titles=row.titles, roles=row.roles, rules=row.rules,
                         event=row.event, event_rule="event.trigger", date=row.date,
                         location=row.location, venue=row.venue,
                         bridge_point=row.bridge_point, section=row.section, sentence=sentence,
                         gazetteer=gazetteer)


def rows_of(document: Document) -> list[dict[str, Any]]:
    """The table's rows (dicts) of a parsed document."""
    out: list[dict[str, Any]] = []
    event_ids: dict[tuple[str, str], str] = {}
    for p in document.rows:
        date_value = p.date.date if p.date is not None else None
        date_text = p.date.text if p.date is not None else None
        event_name = p.event.name if p.event is not None else None
        key = (str(date_value), event_name or "")
        event_id = event_ids.setdefault(key, f"{document.doc_id}:e{len(event_ids) + 1}")
        province, province_2025 = _places.province_of(p.province, date_value or
                                                      document.published)
        location = _places.province_of(p.location, date_value)[0] if p.location else None
        bridge = _places.province_of(p.bridge_point, date_value)[0] if p.bridge_point else None
        out.append({
            "doc_id": document.doc_id,
            "published": document.published,
            "event_id": event_id,
            "event": event_name,
            "event_type": p.event.type if p.event is not None else "khác",
            "date": date_value,
            "date_text": date_text,
            "time_of_day": p.date.time_of_day if p.date is not None else None,
            "location": location,
            "venue": p.venue,
            "bridge_point": bridge,
            "person": p.person.name,
            "person_id": p.person.person_id,
            "titles": [t.canonical for t in p.person.titles],
            "titles_raw": [t.raw for t in p.person.titles],
            "province": province,
            "province_2025": province_2025,
            "role": p.role,
            "section": p.section,
            "lang": document.lang,
            "sentence": p.sentence,
            "start": p.person.start,
            "end": p.person.end,
            "rule": p.rule,
        })
    return out


def extract(
    text: str | bytes,
    *,
    published: dt.date | dt.datetime | str | None = None,
    doc_id: str | None = None,
    lang: str | None = None,
    html: bool | None = None,
    max_chars: int = MAX_CHARS,
    gazetteer: Gazetteer | None = None,
) -> pd.DataFrame:
    """The table of who took part in what, where and when, one row per person and date.

    ``text`` is an article's text, its HTML (detected, or forced with ``html=True``) or its
    bytes (UTF-8, UTF-16, Windows-1258; TCVN3 and VNI converted). ``published`` resolves the
    dates; when it is None, the page's own dateline is used if it has one. ``gazetteer``
    links names (default: the shipped one; ``load_gazetteer(extra=...)`` adds your rows).

    >>> table = extract("Chiều 16/12, Phó Chủ tịch UBND tỉnh Lê Văn Bình dự lễ khánh thành.",
    ...                 published="2025-12-16")
    >>> table[["person", "role", "titles_raw"]].values.tolist()
    [['Lê Văn Bình', 'attend', ['Phó Chủ tịch UBND tỉnh']]]
    """
    document = parse(text, published=published, doc_id=doc_id, lang=lang, html=html,
                     max_chars=max_chars, gazetteer=gazetteer)
    return make_frame(rows_of(document))
