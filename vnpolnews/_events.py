"""Events and roles: trigger words, the event's name and type, and each person's role from
the verbs around them ("chủ trì", "dự và phát biểu chỉ đạo", "tiếp", "thăm và làm việc").
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

import regex

from ._gazetteer import Gazetteer
from ._lexicon import lexicon
from ._linking import check_titles, held_province
from ._scan import Scanner
from ._types import DateMention, EventMention, Participation, PersonMention, TitleMention

#: Roles, strongest first: a row's ``role`` is the first of these that applies.
ROLE_ORDER = ("chair", "host", "visit", "speak", "attend")

# Where an event's name stops: punctuation, or a word that starts the rest of the clause.
_NAME_END = regex.compile(
    r"""
    [,;:.()“”"]                                     # punctuation
    | \s(?:tại|do|với\s+sự|được|diễn\s+ra|nhằm|để|cho|và\s+(?:phát|chủ|chỉ)|khai\s+mạc|bế\s+mạc
         |đã|đang|sẽ|có|dưới|trong\s+(?:đó|thời)|vào\s+(?:sáng|chiều|tối|ngày)|theo|của\s+(?:các|đoàn)
         |cùng|nhân\s+dịp)\s   # the next part of the clause
    """,
    regex.VERBOSE,
)


@dataclass(frozen=True, slots=True)
class Cue:
    """A role cue found in a sentence (offsets relative to the sentence)."""

    start: int
    end: int
    role: str
    how: str


@cache
def _cue_scanner() -> Scanner[tuple[str, str]]:
    return Scanner((cue, (role, how)) for cue, role, how in lexicon().role_cues)


@cache
def _trigger_scanner() -> Scanner[str]:
    return Scanner(lexicon().event_triggers.items())


# Words that make a cue part of another word: "tiếp tục" is "to continue", not "to receive".
_NOT_A_CUE = regex.compile(
    r"""
    ^\s(?:tục|thu|nhận|cận|theo|đó|nối|diễn(?!\s+đàn)|sức|tế|giáp|xúc|dò|đầu|tay|ban)\b
    # a word after the cue that makes it part of another word
    """,
    regex.VERBOSE,
)
_NOT_A_CUE_BEFORE = regex.compile(r"(?:trực|kế|liên|đón|chào|tiếp)\s$")


def find_cues(text: str) -> list[Cue]:
    """Role cues in a sentence; "intro" cues only where they open the sentence or a clause.

    >>> [(c.role, c.how) for c in find_cues("Dự hội nghị có ông A. Ông B phát biểu")]
    [('attend', 'intro'), ('speak', 'subject')]
    """
    out: list[Cue] = []
    for hit in _cue_scanner().find(text):
        role, how = hit.value
        if _NOT_A_CUE.match(text[hit.end : hit.end + 8]) or _NOT_A_CUE_BEFORE.search(
                text[max(0, hit.start - 7) : hit.start]):
            continue
        if how == "intro":
            before = text[: hit.start].rstrip()
            if before and not before.endswith((",", ";", ".", ":", "\n")) and not regex.search(
                    r"(?:^|\s)(?:Tại|tại)\s[^,]*,?$|^\s*\S*\s*$", before) and not regex.search(
                    r"(?:[,;]|^)\s*(?:Tại|tại)\s[^,;]*$", before):
                continue  # "Tại tỉnh X, dự ..." and a sentence start are clause openings
        out.append(Cue(hit.start, hit.end, role, how))
    return out


#: How far (in characters) around a person role cues are looked for.
_WINDOW = 600


def roles_for(text: str, cues: list[Cue], *, start: int, chain_end: int,
              others: list[tuple[int, int]]) -> tuple[set[str], str]:
    """The roles of a person mentioned at ``start`` (titles until ``chain_end``), and the rule.

    >>> t = "Thủ tướng Phạm Minh Chính dự và phát biểu chỉ đạo"
    >>> sorted(roles_for(t, find_cues(t), start=10, chain_end=25, others=[])[0])
    ['attend', 'speak']
    """
    roles: set[str] = set()
    rule = ""
    # only cues within a window around the person count: bounded work on any input
    low = bisect.bisect_left(cues, start - _WINDOW, key=lambda c: c.start)
    high = bisect.bisect_left(cues, chain_end + _WINDOW, key=lambda c: c.start)
    near = cues[low:high]
    # 1. verbs after the person (and after the rest of the list they stand in)
    after = [c for c in near if c.start >= chain_end and c.how == "subject"]
    if after:
        first = after[0]
        gap = text[chain_end : first.start]
        # the list the person stands in runs to the verb: no sentence-level break between
        if not regex.search(r"[.!?]\s", gap) and not regex.search(
                r"\s(?:nhưng|trong\s+khi|sau\s+khi)\s", gap):
            roles.add(first.role)
            rule = f"role.{first.role}.verb_after"
            previous = first
            for cue in after[1:]:
                between = text[previous.end : cue.start]
                if len(between) <= 40 and regex.fullmatch(r"[\s\w]*?(?:và|,)[\s\w]*", between) \
                        and not _any_between(others, previous.end, cue.start):
                    # a second verb adds attend or speak; host and visit come from the first
                    if cue.role in ("attend", "speak", "chair"):
                        roles.add(cue.role)
                    previous = cue
                else:
                    break
    # 2. a clause-opening verb before the person: "Dự hội nghị có ...", "Phát biểu tại ..., X"
    before = [c for c in near if c.end <= start and c.how == "intro"]
    if before:
        cue = before[-1]
        roles.add(cue.role)
        rule = rule or f"role.{cue.role}.clause_opening"
    # 3. the object of a verb: "chúc mừng Giám mục X", "tiếp Đại sứ X"
    objects = [c for c in near if c.end <= start and c.how == "subject"]
    if objects:
        cue = objects[-1]
        gap = text[cue.end : start]
        if len(gap) <= 45 and not regex.search(r"[,;.]", gap) and not _any_between(
                others, cue.end, start):
            if cue.role in ("visit",):
                roles.add("host")
                rule = rule or "role.host.object_of_visit"
            elif cue.role == "host":
                roles.add("visit")
                rule = rule or "role.visit.object_of_reception"
            elif cue.role in ("attend", "chair"):
                pass
    return roles, rule


def participation(person: PersonMention, *, titles: Sequence[TitleMention], roles: set[str],
                  rules: Sequence[str], event: EventName | None, event_rule: str,
                  date: DateMention | None, location: str | None, venue: str | None,
                  bridge_point: str | None, section: str, sentence: str,
                  gazetteer: Gazetteer | None = None) -> Participation:
    """A table row in the making: the person with all their titles, the strongest role, and
    every rule that made it.

    >>> p = PersonMention(0, 5, "Lê An", "Lê An", None, (), "name.surname")
    >>> participation(p, titles=(), roles={"attend", "speak"}, rules=["role.speak"], event=None,
    ...               event_rule="event", date=None, location=None, venue=None,
    ...               bridge_point=None, section="main", sentence="").role
    'speak'
    """
    mention = None
    if event is not None:
        mention = EventMention(0, 0, event.trigger, event.name, event.type,
                               f"{event_rule}.{event.type}")
    whole = PersonMention(person.start, person.end, person.text, person.name, person.person_id,
                          tuple(titles), person.rule)
    day = date.date if date is not None else None
    written = [t.canonical for t in titles]
    check = check_titles(person.person_id, on=day, titles=written, gazetteer=gazetteer)
    province = next((t.province for t in titles if t.province), None)
    found = [check] if check else []
    if province is None:  # "Bí thư Tỉnh ủy X" without the province: the office X held
        province = held_province(person.person_id, on=day, titles=written, gazetteer=gazetteer)
        found += ["province.gazetteer"] if province else []
    return Participation(
        person=whole, role=strongest(roles),
        rule=" ".join(dict.fromkeys([person.rule, *rules, *found])),
        roles=tuple(sorted(roles)), event=mention, date=date, location=location, venue=venue,
        bridge_point=bridge_point, province=province, section=section, sentence=sentence,
    )


def _any_between(others: list[tuple[int, int]], low: int, high: int) -> bool:
    """Whether a mention of ``others`` (sorted by start) starts in ``[low, high)``."""
    at = bisect.bisect_left(others, (low, -1))
    return at < len(others) and others[at][0] < high


def strongest(roles: set[str]) -> str:
    """The strongest role: chair > host > visit > speak > attend.

    >>> strongest({"attend", "speak"})
    'speak'
    """
    return next((r for r in ROLE_ORDER if r in roles), "attend")


@dataclass(frozen=True, slots=True)
class EventName:
    """An event trigger in a sentence and the name it heads (relative offsets)."""

    start: int
    end: int
    name: str
    type: str
    trigger: str


_TYPE_PRIORITY = ("tiếp xúc cử tri", "kỳ họp", "phiên họp", "đại hội", "hội nghị", "diễn đàn",
                  "hội thảo", "lễ", "thăm", "tiếp", "làm việc", "khác")


# Before a trigger: a venue ("Trung tâm Hội nghị") or a reference to another event
# ("Nghị quyết Đại hội XIII", "tiến tới Đại hội XIV") rather than the event itself.
_NOT_THE_EVENT_BEFORE = regex.compile(
    r"""
    (?:Trung\s+tâm|Hội\s+trường|Cung|Nhà|Phòng|Nghị\s+quyết|Chỉ\s+thị|Kết\s+luận|tinh\s+thần
      |tiến\s+tới|chuẩn\s+bị|sau|trước|của|từ|kể\s+từ|thực\s+hiện|Văn\s+kiện|văn\s+kiện)\s+$
    """,
    regex.VERBOSE,
)

# Before a trigger: the verb that says people take part in it.
_PART_OF_BEFORE = regex.compile(
    r"(?:dự|tham\s+dự|chủ\s+trì|chủ\s+tọa|tổ\s+chức|khai\s+mạc|diễn\s+ra|tại|đã\s+có)\s+$"
)


def _event_name(text: str, start: int, end: int, kind: str) -> str:
    rest = text[start:]
    stop = _NAME_END.search(rest, end - start)
    name = rest[: stop.start() if stop else len(rest)].strip()
    words = name.split()
    if len(words) > 22:
        name = " ".join(words[:22])
    if name[:1].islower() and kind in ("hội nghị", "kỳ họp", "đại hội", "hội thảo", "diễn đàn",
                                       "phiên họp"):
        name = name[0].upper() + name[1:]
    return name


def find_event(text: str) -> EventName | None:
    """The event a sentence speaks of: the trigger a participation verb points at, else the
    first trigger that is not a venue or a reference to another event.

    >>> find_event("Sáng 6/1, Thủ tướng dự Hội nghị tổng kết công tác năm 2024, đề ra việc").name
    'Hội nghị tổng kết công tác năm 2024'
    """
    hits = []
    for hit in _trigger_scanner().find(text):
        before = text[max(0, hit.start - 24) : hit.start]
        if _NOT_THE_EVENT_BEFORE.search(before):
            continue
        if hit.value in ("tiếp", "thăm", "làm việc") and _NOT_A_CUE.match(
                text[hit.end : hit.end + 8]):
            continue  # "tiếp tục" is no reception
        hits.append(hit)
    if not hits:
        return None
    hits = [h for h in hits if len(_event_name(text, h.start, h.end, h.value).split()) > 1
            or h.value not in ("lễ", "khác")] or hits  # a bare "Lễ" names nothing
    pointed = [h for h in hits if _PART_OF_BEFORE.search(text[max(0, h.start - 16) : h.start])]
    specific = [h for h in hits if _TYPE_PRIORITY.index(h.value) < _TYPE_PRIORITY.index("thăm")]
    best = (pointed or specific or hits)[0]
    voters = [h for h in hits if h.value == "tiếp xúc cử tri"]
    if voters:
        best = voters[0]  # a voter meeting is what the whole sentence is about
    name = _event_name(text, best.start, best.end, best.value)
    if len(name.split()) <= 2:  # a bare "Hội nghị": a named occurrence of it is better
        for other in hits:
            longer = _event_name(text, other.start, other.end, other.value)
            if other is not best and len(longer.split()) > 2 and other.value == best.value:
                best, name = other, longer
                break
    return EventName(best.start, best.start + len(name), name, best.value,
                     text[best.start : best.end])
