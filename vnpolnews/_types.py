"""The mentions a document is parsed into: frozen, each with offsets into the caller's text
and the id of the rule that made it.

Offsets (``start``, ``end``) always index the text the caller passed in (after HTML extraction,
the extracted text), never an internal normalised copy.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Span:
    """A piece of the input: ``text[start:end]``, with a label and the rule that found it.

    >>> Span(0, 5, "Sáng 6/1"[:5], "DATE", "date.daymonth").end
    5
    """

    start: int
    end: int
    text: str
    label: str
    rule: str


@dataclass(frozen=True, slots=True)
class TitleMention:
    """One title as written (``raw``) and in canonical form (abbreviations expanded,
    "tỉnh" made explicit).

    >>> TitleMention(0, 3, "Phó Chủ tịch UBND tỉnh", "Phó Chủ tịch Ủy ban nhân dân tỉnh Thanh Hóa",
    ...              "title.chain").canonical.endswith("Thanh Hóa")
    True
    """

    start: int
    end: int
    raw: str
    canonical: str
    rule: str
    province: str | None = None
    title_id: str | None = None


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression and its resolution against the publication date.

    ``date`` is None when the year cannot be known; ``month``/``day`` are then still set.

    >>> DateMention(0, 8, "Sáng 6/1", dt.date(2025, 1, 6), 1, 6, "morning", "date.daymonth").day
    6
    """

    start: int
    end: int
    text: str
    date: dt.date | None
    month: int | None
    day: int | None
    time_of_day: str | None
    rule: str


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A place: ``kind`` is location, venue, bridge_point or mention; ``province`` the
    canonical province as of the document's date when known.

    >>> PlaceMention(0, 6, "Hà Nội", "location", "Hà Nội", "place.tai").kind
    'location'
    """

    start: int
    end: int
    text: str
    kind: str
    province: str | None
    rule: str


@dataclass(frozen=True, slots=True)
class EventMention:
    """An event: its trigger span, its normalised name and its type.

    >>> EventMention(0, 8, "hội nghị", "Hội nghị tổng kết", "hội nghị", "event.trigger").type
    'hội nghị'
    """

    start: int
    end: int
    trigger: str
    name: str
    type: str
    rule: str


@dataclass(frozen=True, slots=True)
class PersonMention:
    """A named person with the titles written with them.

    >>> PersonMention(0, 15, "Phạm Minh Chính", "Phạm Minh Chính", None, (), "rule").name
    'Phạm Minh Chính'
    """

    start: int
    end: int
    text: str
    name: str
    person_id: str | None
    titles: tuple[TitleMention, ...]
    rule: str


@dataclass(frozen=True, slots=True)
class Participation:
    """One row of the table before it becomes a DataFrame row.

    >>> p = Participation(person=PersonMention(0, 1, "A", "A", None, (), "r"), role="attend",
    ...                   rule="role.attend")
    >>> p.section
    'main'
    """

    person: PersonMention
    role: str
    rule: str
    roles: tuple[str, ...] = ()
    event: EventMention | None = None
    date: DateMention | None = None
    location: str | None = None
    venue: str | None = None
    bridge_point: str | None = None
    province: str | None = None
    section: str = "main"
    sentence: str = ""


@dataclass(frozen=True, slots=True)
class Document:
    """What :func:`vnpolnews.parse` returns: every mention with its offsets, and the rows.

    >>> import vnpolnews
    >>> doc = vnpolnews.parse("Sáng 6/1, Bí thư Tỉnh ủy Nguyễn Văn An dự hội nghị.",
    ...                       published="2025-01-06")
    >>> [p.name for p in doc.persons]
    ['Nguyễn Văn An']
    """

    text: str
    lang: str
    doc_id: str
    published: dt.date | None
    persons: tuple[PersonMention, ...] = ()
    titles: tuple[TitleMention, ...] = ()
    dates: tuple[DateMention, ...] = ()
    places: tuple[PlaceMention, ...] = ()
    events: tuple[EventMention, ...] = ()
    spans: tuple[Span, ...] = ()
    rows: tuple[Participation, ...] = field(default=())
