"""English articles of Vietnamese outlets: the same participations as the Vietnamese path.

Vietnam News, VNA/VietnamPlus, Nhân Dân English, the government portal and the provincial
portals write names without diacritics ("Pham Minh Chinh"), titles in English ("Vice Chairman of
the Provincial People's Committee") and dates in English ("On January 6"). This module finds
them and maps them to the Vietnamese canon: names restored to the gazetteer's spelling when the
person is known (else kept as written, flagged ``name.ascii_unlinked``), titles to the
taxonomy's canonical Vietnamese form (the English kept as ``raw``), provinces to the names the
Vietnamese path uses, roles from English verbs and events typed as the Vietnamese ones.

Word lists (role verbs, event words, bare office words, venues) are data in
``data/lexicon/english.tsv``; the grammar is here.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from functools import cache

import regex

from . import _places
from ._dates import resolve_year
from ._events import EventName, participation
from ._gazetteer import Gazetteer, load_gazetteer, title_key
from ._keys import fold_ascii, name_key
from ._lexicon import data_dir, lexicon, read_tsv
from ._linking import link
from ._normalize import Normalized, normalize
from ._scan import Scanner
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

_COLUMNS = ("kind", "phrase", "value", "how", "source", "checked")

MONTHS = {name: number for number, names in enumerate(
    [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
     ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
     ("october", "oct"), ("november", "nov"), ("december", "dec")], start=1) for name in names}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
            "saturday": 5, "sunday": 6}
_TIME_WORDS = {"morning": "morning", "afternoon": "afternoon", "evening": "evening",
               "night": "night", "noon": "noon", "midday": "noon", "tonight": "evening"}

_MONTH_RE = (r"(?:January|February|March|April|May|June|July|August|September|October|November"
             r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?")

# A written date: "January 6", "Jan. 6, 2025", "6 January 2025", with a weekday before it.
_DATE = regex.compile(
    rf"""
    (?P<expr>
      (?:(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s*,?\s*)?  # weekday
      (?:(?:the\s+)?(?P<tod1>morning|afternoon|evening|night)\s+of\s+)?  # "the morning of"
      (?:
        (?P<m1>{_MONTH_RE})\s+(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:])  # "January 6"
        (?:\s*,?\s*(?P<y1>(?:19|20)\d\d))?                             # ", 2025"
      | (?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{_MONTH_RE})   # "6 January"
        (?:\s*,?\s*(?P<y2>(?:19|20)\d\d))?                             # " 2025"
      | (?P<d3>[0-3]?\d)/(?P<m3>[01]?\d)/(?P<y3>(?:19|20)\d\d)           # "06/01/2025"
      )
      (?:\s+(?P<tod2>morning|afternoon|evening|night))?               # "January 6 morning"
    )
    """,
    regex.VERBOSE,
)

# Days relative to the publication date: "yesterday", "on Monday", "last Friday", "this morning".
_RELATIVE = regex.compile(
    r"""
    (?P<expr>
      (?P<yest>yesterday|today|tonight)(?:\s+(?P<tod>morning|afternoon|evening))?  # a day word
    | this\s+(?P<this>morning|afternoon|evening)                   # "this morning": today
    | (?P<last>last\s+)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)
      (?P<lastweek>\s+last\s+week)?                                # "Monday", "last Monday"
      (?:\s+(?P<tod2>morning|afternoon|evening|night))?            # "Monday morning"
    | (?P<vague>last\s+week|recently|earlier\s+this\s+week|this\s+week)  # no day can be known
    )
    (?![\p{L}])
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# Words before a date that make it not the date of the reported event.
_NOT_EVENT_DATE = regex.compile(
    r"""
    (?:since|from|until|till|to|by|before|after|dated|issued|signed|adopted|of|between|through
      |effective|deadline|expected|scheduled|slated|due|ends?|starting|later)
    [\s,]*(?:on\s+)?(?:the\s+)?$          # right before the date
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# A photo credit or caption marker, where a paragraph is a caption.
_PHOTO = regex.compile(
    r"""
    \((?:[^()]{0,40}\s)?(?:Photo|Photos|Screenshot|Screen\s*shot|Ảnh|File\s+photo)\b
      [^()]{0,80}\)                                               # "(Photo: VNA)"
    | \b(?:VNA|VNS|VGP|NDO|VOV)\s*/?\s*Photo\b[^.]{0,60}$        # "VNA Photo" at the end
    | ^\s*Photo\s*:                                               # "Photo: ..." line
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# Page furniture: source lines, comment counters, share/print bars, bylines, tags.
_FURNITURE = regex.compile(
    r"""
    ^\s*(?:
      (?:Source|Sources|Nguồn)\s*:                         # "Source: https://..."
    | Comments?\s*\(\d+\)                                  # "Comment (0)"
    | (?:Share|Print|Tags?|Keywords?|Back\s+to\s+top|Follow\s+us|Email|Copyright|©)\b  # bars
    | By\s+\p{Lu}[\p{L}.\s]{0,60}$                          # a byline
    | \(?(?:VNA|VNS|VOV|VGP|NDO|VNP|VnExpress)\)?\s*$      # an agency tag alone
    | (?:Reporter|Editor|Translated\s+by|Writer)s?\s*:     # staff
    | https?://\S+\s*$                                     # a bare link
    )
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# Where related-news lists begin; what follows is other stories.
_RELATED = regex.compile(
    r"""
    ^\s*(?:Related\s+(?:news|articles|stories|posts)|Read\s+more|See\s+also|Other\s+news
      |More\s+news|Latest\s+news|Most\s+read)\b        # a related-news header
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# A dateline: "Hanoi (VNA) –", "HA NOI —", "Da Nang, January 6 (VNA) -".
_DATELINE = regex.compile(
    rf"""
    ^\s*(?P<place>\p{{Lu}}[\p{{L}}'. ]{{1,30}}?)             # the city
    (?:\s*,\s*(?P<date>{_MONTH_RE}\s+\d{{1,2}}(?:\s*,?\s*\d{{4}})?))?  # its date
    \s*(?:\((?:VNA|VNS|VOV|VGP|NDO|VNP|VnExpress|Xinhua)\)\s*)?    # the agency
    \s*[-–—]{{1,2}}\s+                                        # the dash
    """,
    regex.VERBOSE,
)

# Sentence ends: a stop, then a capital or a quote (not after an abbreviation).
_SENTENCE_END = regex.compile(
    r"""
    (?<!\b(?:Mr|Ms|Mrs|Dr|Prof|Assoc|No|Lt|Gen|Col|Maj|Capt|St|Sr|Jr|Jan|Feb|Mar|Apr|Jun|Jul|Aug
         |Sept|Sep|Oct|Nov|Dec|Co|Ltd|Inc|Corp|Vol|vs|etc|e\.g|i\.e|U\.S|H\.E))  # abbreviations
    (?<=[.!?])["”’]?                                           # the stop, maybe a quote
    \s+                                                        # space
    (?=["“‘(]?[\p{Lu}\d])                                      # a capital follows
    """,
    regex.VERBOSE,
)

# Tokens: words with apostrophes and hyphens ("H'Yim", "co-chaired", "People's"), or one sign.
_TOKEN = regex.compile(r"[\p{L}\p{M}\d]+(?:['’\-][\p{L}\p{M}\d]+)*(?:['’]s\b)?|\S")

# Words before a person that make them not a participant.
_NEGATED = regex.compile(
    r"""
    (?:according\s+to|the\s+late|late|former|ex-|on\s+behalf\s+of|sent\s+by|letter\s+from
      |message\s+from|signed\s+by|decision\s+of|thought\s+of|teachings\s+of|named\s+after
      |absence\s+of|without|absent|replacing|succeeding|predecessor)
    \s*(?:the\s+)?$                                    # right before the chain
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# A participial clause's link to the people it introduces: "Attending ... were X".
_INTRO_ALL = regex.compile(r"\b(?:were|was|are|is|included|includes|including)\b|:")

# Online events.
_ONLINE = regex.compile(
    r"""
    \b(?:online|virtual|virtually|video\s?conferenc\w*|teleconferenc\w*|hybrid
      |bridge\s+points?|connecting\s+points?|connection\s+points?)\b   # words of online events
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# "at the Dak Lak bridge point", "from the Hanoi connecting point".
_BRIDGE_BEFORE = regex.compile(
    r"""
    (?P<what>(?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){1,5}?)             # capitalised words: the place
    (?:provincial\s+|province(?:['’]s)?\s+|city(?:['’]s)?\s+|['’]s\s+)?  # a level word
    (?:main\s+)?(?:bridge|connecting|connection)\s+points?\b       # the bridge point
    """,
    regex.VERBOSE,
)

# "the bridge point of Dak Lak province", "bridge point in Hanoi".
_BRIDGE_AFTER = regex.compile(
    r"""
    (?:bridge|connecting|connection)\s+points?\s+(?:of|in|at)\s+(?:the\s+)?   # the point, "of"
    (?:\p{Ll}+\s+)?(?:province\s+of\s+|city\s+of\s+)?                       # "central province of"
    (?P<what>(?:\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+|$)){1,5})                     # the place
    """,
    regex.VERBOSE,
)

# "in Hanoi", "in the central province of Quang Nam", "in Dak Lak province".
_IN_PLACE = regex.compile(
    r"""
    (?:\b(?:in|at)\s+(?:the\s+)?                       # "in", "at the"
       (?:(?:[\p{Ll}-]+\s+){0,3}
          (?:province|city|capital|municipality|capital\s+city)\s+of\s+)?  # "central province of"
     | \bthe\s+(?:[\p{Ll}-]+\s+){1,3}(?:province|city)\s+of\s+)  # "the central province of" alone
    (?P<what>(?:\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+|$|(?=[,.;)]))){1,5})   # the place
    """,
    regex.VERBOSE,
)

# Where an event's name stops.
_EVENT_END = regex.compile(
    rf"""
    [,;:()“”"]|\.(?:\s|$)                                        # punctuation
    | \s(?:at|held|chaired|co-chaired|presided|organised|organized|hosted|attended|which|where
         |when|with\s+the|under|from|was|were|is|are|took|has|have|had|will|by|between|among
         |on\s+(?:the\s+)?(?:{_MONTH_RE}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday
               |\d))\b                                         # the rest of the clause
    | \sin\s+(?=\p{{Lu}})                                          # "in Hanoi"
    """,
    regex.VERBOSE,
)

_HONORIFICS = frozenset({"comrade", "comrades", "mr", "ms", "mrs", "madam", "madame", "sir",
                         "dr", "h.e", "his", "her", "excellency", "prof", "assoc", "mr.", "ms.",
                         "mrs.", "dr."})
_JOINERS = frozenset({"of", "the", "and", "cum", "for", "to", "in", "on", "at", "'s", "’s",
                      "-", "–", "concurrently", "also", "&"})
_SEPARATOR = regex.compile(r"\s*(?:,|;|\band\b|\bcum\b|\bconcurrently\b|&|\s[-–—]\s)\s*")
_NOT_NAME = frozenset({
    "the", "a", "an", "on", "in", "at", "also", "this", "that", "these", "those", "he", "she",
    "they", "it", "we", "his", "her", "their", "vietnam", "vietnamese", "state",
    "party", "government", "national", "assembly", "people", "people's", "province", "city",
    "provincial", "municipal", "ministry", "department", "committee", "council", "central",
    "communist", "fatherland", "front", "youth", "union", "army", "police", "district",
    "commune", "ward", "street", "road", "bridge", "point", "hall", "conference", "meeting",
    "attending", "speaking", "according", "with", "during", "after", "before", "following",
    "by", "for", "and", "or", "but", "as", "while", "regarding", "photo", "source", "comment",
    "lao", "laos", "cambodia", "cambodian", "china", "chinese", "asean", "un", "us", "eu",
    *MONTHS, *WEEKDAYS,
})


@dataclass(frozen=True, slots=True)
class _EnglishLexicon:
    roles: tuple[tuple[str, str, str], ...]  # (phrase, role, how)
    events: dict[str, str]                   # phrase -> event type
    heads: dict[str, str]                    # bare English office word -> Vietnamese
    not_person: frozenset[str]               # ascii keys of names that are places or things
    venues: tuple[tuple[str, str], ...]      # (venue, province)


@cache
def english_lexicon() -> _EnglishLexicon:
    """The English word lists of ``data/lexicon/english.tsv``, loaded once.

    >>> english_lexicon().events["ceremony"]
    'lễ'
    """
    roles: list[tuple[str, str, str]] = []
    events: dict[str, str] = {}
    heads: dict[str, str] = {}
    not_person: set[str] = set()
    venues: list[tuple[str, str]] = []
    for _, row in read_tsv(data_dir("lexicon") / "english.tsv", _COLUMNS):
        kind, phrase, value = row["kind"], row["phrase"], row["value"]
        if kind in ("role", "object"):
            roles.append((phrase.lower(), value, row["how"] or kind))
        elif kind == "event":
            events[phrase.lower()] = value
        elif kind == "head":
            heads[phrase] = value
        elif kind == "not_person":
            not_person.add(fold_ascii(phrase))
        elif kind == "venue":
            venues.append((phrase, value))
    return _EnglishLexicon(tuple(roles), events, heads, frozenset(not_person), tuple(venues))


@cache
def _role_scanner() -> Scanner[tuple[tuple[str, str], ...]]:
    grouped: dict[str, list[tuple[str, str]]] = {}
    for phrase, role, how in english_lexicon().roles:
        grouped.setdefault(phrase, []).append((role, how))
    return Scanner((p, tuple(v)) for p, v in grouped.items())


@cache
def _event_scanner() -> Scanner[str]:
    return Scanner(english_lexicon().events.items())


@cache
def _head_scanner() -> Scanner[str]:
    return Scanner(english_lexicon().heads.items())


@cache
def _title_words() -> frozenset[str]:
    """Lower-case words of English titles that never stand in a Vietnamese name."""
    gazetteer = load_gazetteer()
    words: set[str] = set()
    for title in gazetteer.titles:
        for alias in title.english:
            words.update(w.lower() for w in _TOKEN.findall(alias) if w[:1].isalpha())
    for head in english_lexicon().heads:
        words.update(w.lower() for w in _TOKEN.findall(head))
    name_syllables = {fold_ascii(s) for s in lexicon().surnames}
    for official in gazetteer.officials:
        name_syllables.update(fold_ascii(official.name).replace("-", " ").split())
    for alias, _ in gazetteer.province_names():
        name_syllables.update(fold_ascii(alias).split())
    words -= name_syllables
    words -= {"of", "the", "and", "for", "to", "in", "on", "at", "cum", "'s"}
    words |= {"politburo", "comrade", "comrades", "mr", "ms", "mrs", "madam", "dr", "prof",
              "assoc", "chairman", "chairwoman", "deputy", "vice", "minister", "secretary"}
    return frozenset(words)


@cache
def _ascii_surnames() -> frozenset[str]:
    return frozenset(fold_ascii(s) for s in lexicon().surnames)


def _lower(text: str) -> str:
    """Lower case with the length kept (offsets stay valid)."""
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


# ---------------------------------------------------------------------------------------------
# dates


def _today() -> dt.date:
    return dt.date.today()


def _resolve(month: int, day: int, year: int | None, published: dt.date | None,
             year_hint: int | None) -> dt.date | None:
    if year is not None:
        try:
            return dt.date(year, month, day)
        except ValueError:
            return None
    if published is None and year_hint is None:
        return resolve_year(month, day, published=_today(), year_hint=None)
    return resolve_year(month, day, published=published, year_hint=year_hint)


def _weekday(published: dt.date | None, weekday: int, *, strictly_before: bool,
             previous_week: bool) -> dt.date | None:
    if published is None:
        return None
    if previous_week:
        monday = published - dt.timedelta(days=published.weekday() + 7)
        return monday + dt.timedelta(days=weekday)
    back = (published.weekday() - weekday) % 7
    if back == 0 and strictly_before:
        back = 7
    return published - dt.timedelta(days=back)


def find_dates_en(text: str, *, published: dt.date | None, year_hint: int | None = None,
                  offset: int = 0) -> list[DateMention]:
    """English date expressions of a sentence, resolved against the publication date.

    >>> [d.date.isoformat() for d in find_dates_en("On January 6, the PM spoke",
    ...                                            published=dt.date(2025, 1, 8))]
    ['2025-01-06']
    """
    out: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for match in _DATE.finditer(text):
        month_text = match.group("m1") or match.group("m2")
        day_text = match.group("d1") or match.group("d2") or match.group("d3")
        year_text = match.group("y1") or match.group("y2") or match.group("y3")
        month = MONTHS[month_text.lower().rstrip(".")] if month_text else int(match.group("m3"))
        day = int(day_text)
        if not (1 <= day <= 31 and 1 <= month <= 12):
            continue
        if month_text and month_text.lower() == "may" and match.group("d1") is None and \
                match.group("d2") is None:
            continue
        date = _resolve(month, day, int(year_text) if year_text else None, published, year_hint)
        tod_word = match.group("tod1") or match.group("tod2")
        start, end = match.span("expr")
        before = text[max(0, start - 30) : start].lower()
        if tod_word is None:
            near = regex.search(r"(morning|afternoon|evening|night)\s+(?:of\s+)?(?:on\s+)?$",
                                before)
            tod_word = near.group(1) if near else None
        taken.append((start, end))
        out.append(DateMention(offset + start, offset + end, text[start:end], date,
                               date.month if date else month, date.day if date else day,
                               _TIME_WORDS.get(tod_word.lower()) if tod_word else None,
                               "date.en.written" if year_text else "date.en.day_month"))
    for match in _RELATIVE.finditer(text):
        start, end = match.span("expr")
        if any(s <= start < e or s < end <= e for s, e in taken):
            continue
        tod: str | None = None
        when: dt.date | None = None
        rule = "date.en.relative"
        if match.group("yest") or match.group("this"):
            word = (match.group("yest") or "today").lower()
            shift = -1 if word == "yesterday" else 0
            when = published + dt.timedelta(days=shift) if published else None
            tod_word = match.group("tod") or match.group("this") or (
                "evening" if word == "tonight" else None)
            tod = _TIME_WORDS.get(tod_word.lower()) if tod_word else None
        elif match.group("wd"):
            weekday = WEEKDAYS[match.group("wd").lower()]
            when = _weekday(published, weekday, strictly_before=bool(match.group("last")),
                            previous_week=bool(match.group("lastweek")))
            tod_word = match.group("tod2")
            tod = _TIME_WORDS.get(tod_word.lower()) if tod_word else None
            rule = "date.en.weekday"
        else:
            rule = "date.en.vague"
        out.append(DateMention(offset + start, offset + end, text[start:end], when,
                               when.month if when else None, when.day if when else None,
                               tod, rule))
    return sorted(out, key=lambda d: d.start)


def _is_anchor(sentence: str, mention: DateMention, offset: int) -> bool:
    """A date that dates the event its sentence reports."""
    if mention.rule == "date.en.vague" or mention.month is None:
        return False
    local = mention.start - offset
    before = sentence[:local]
    if _NOT_EVENT_DATE.search(before):
        return False
    if not before.strip(" (\"“-–—"):
        return True
    return bool(regex.search(r"(?:^|[\s,(])(?:[Oo]n|[Ll]ast|[Ee]arlier|[Ll]ater|[Tt]his)\s+"
                             r"(?:the\s+)?$|[,;]\s*$", before)) or mention.rule in (
        "date.en.relative",)


def _year_hint(text: str) -> int | None:
    """The year the article's events are in when no publication date is given."""
    written = [int(y) for y in regex.findall(
        rf"{_MONTH_RE}\s+\d{{1,2}}(?:st|nd|rd|th)?\s*,?\s*((?:19|20)\d\d)", text)]
    if written:
        return Counter(written).most_common(1)[0][0]
    years = [int(m.group(1)) for m in regex.finditer(r"(?<!\d)((?:19[5-9]|20[0-4])\d)(?!\d)", text)
             if not regex.search(r"(?:by|to|until|till|vision|toward|towards|–|-|through)\s*$",
                                 text[max(0, m.start() - 12) : m.start()], regex.IGNORECASE)]
    if not years:
        return None
    counts = Counter(years).most_common()
    top = counts[0][1]
    return max(y for y, c in counts if c == top)


# ---------------------------------------------------------------------------------------------
# paragraphs and sentences


@dataclass(frozen=True, slots=True)
class _Sentence:
    start: int
    end: int
    text: str
    kind: str       # body or caption
    section: str    # main, caption or related
    story: int


def _sentences(text: str) -> tuple[list[_Sentence], str | None, DateMention | None]:
    """Sentences of the body and captions; the dateline's place and date, if any."""
    out: list[_Sentence] = []
    dateline_place: str | None = None
    story = 0
    related = False
    first_body = True
    position = 0
    for line in text.split("\n"):
        start = position
        position += len(line) + 1
        stripped = line.strip()
        if not stripped:
            continue
        if _RELATED.match(stripped):
            related = True
            continue
        if _FURNITURE.match(stripped):
            continue
        lead = len(line) - len(line.lstrip())
        begin = start + lead
        body = line.strip()
        kind = "body"
        photo = _PHOTO.search(body)
        if photo:
            kind = "caption"
            body = body[: photo.start()].rstrip() if photo.start() > 0 else body[photo.end() :]
        if related:
            story += 1
        if first_body and kind == "body" and not related:
            dateline = _DATELINE.match(body)
            if dateline and len(dateline.group("place").split()) <= 4:
                unit = load_gazetteer().province(dateline.group("place").strip())
                if unit is not None:
                    dateline_place = unit.name
            first_body = False
        for piece_start, piece_end in _split_sentences(body):
            piece = body[piece_start:piece_end]
            if piece.strip():
                section = "related" if related else ("caption" if kind == "caption" else "main")
                out.append(_Sentence(begin + piece_start, begin + piece_end, piece, kind,
                                     section, story))
    return out, dateline_place, None


def _split_sentences(paragraph: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(paragraph):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(paragraph)))
    return spans


# ---------------------------------------------------------------------------------------------
# names and titles


@dataclass(frozen=True, slots=True)
class _Token:
    start: int
    end: int
    text: str

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def capital(self) -> bool:
        return self.text[:1].isupper()


@dataclass(slots=True)
class _Name:
    start: int
    end: int
    text: str
    tokens: list[int]          # token indices
    titles: list[tuple[int, int]] = field(default_factory=list)  # chain spans (sentence-relative)
    chain_start: int = 0
    chain_end: int = 0


def _tokens(text: str) -> list[_Token]:
    return [_Token(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]


def _strip_possessive(token: str) -> str:
    return str(regex.sub(r"['’]s$", "", token))


def _title_of(piece: str) -> tuple[str, str | None, str] | None:
    """(canonical, title id, rule) of one English title piece, or None."""
    piece = piece.strip(" ,;:-–—")
    if not piece or not regex.search(r"\p{L}", piece):
        return None
    words = piece.split()
    while words and words[0].lower().strip(".") in _HONORIFICS:
        words = words[1:]
    piece = " ".join(words)
    if not piece:
        return None
    gazetteer = load_gazetteer()
    found = gazetteer.title(piece)
    if found is not None:
        return found.canonical, found.id, "title.en.gazetteer"
    # a bare office word: "Deputy Minister", "Lieutenant General", "Politburo member"
    heads = english_lexicon().heads
    hits = _head_scanner().find(piece)
    if hits:
        best = max(hits, key=lambda h: h.end - h.start)
        if best.start == 0 and best.end == len(piece):
            return heads[piece[best.start : best.end]], None, "title.en.head"
        return piece, None, "title.en.untranslated"
    return None


def _whole_title(text: str, title_id: str | None) -> bool:
    """Whether pieces joined by separators are one title as a whole ("Minister of Culture,
    Sports and Tourism"), not a known title followed by more words."""
    if title_id is None:
        return False
    title = load_gazetteer().title_by_id(title_id)
    if title is None:
        return False
    forms = {title_key(a) for a in (title.canonical, *title.aliases, *title.english)}
    variants = [text]
    for hit in _places.find_provinces(text):
        for level in ("Provincial", "Municipal", "City", ""):
            variants.append(text[: hit.start] + level + text[hit.end :])
    return any(title_key(v) in forms for v in variants)


def _split_chain(chain: str, base: int) -> list[tuple[int, int, str, str | None, str]]:
    """A title chain cut into titles: (start, end, canonical, title id, rule), longest known
    pieces first ("Minister of Culture, Sports and Tourism" stays one)."""
    cuts = [0]
    seps: list[tuple[int, int]] = []
    for match in _SEPARATOR.finditer(chain):
        seps.append((match.start(), match.end()))
    pieces: list[tuple[int, int]] = []
    start = 0
    for s, e in seps:
        pieces.append((start, s))
        start = e
    pieces.append((start, len(chain)))
    del cuts
    out: list[tuple[int, int, str, str | None, str]] = []
    i = 0
    while i < len(pieces):
        chosen: tuple[int, tuple[str, str | None, str]] | None = None
        for j in range(min(len(pieces) - 1, i + 3), i - 1, -1):
            text = chain[pieces[i][0] : pieces[j][1]]
            found = _title_of(text)
            if found is not None and (j == i or _whole_title(text, found[1])):
                chosen = (j, found)
                break
        if chosen is None:
            i += 1
            continue
        j, (canon, tid, rule) = chosen
        s, e = pieces[i][0], pieces[j][1]
        raw = chain[s:e]
        lead = len(raw) - len(raw.lstrip(" ,;:-–—"))
        trail = len(raw.rstrip(" ,;:-–—"))
        out.append((base + s + lead, base + s + trail, canon, tid, rule))
        i = j + 1
    return out


def _is_title_token(token: _Token) -> bool:
    return _strip_possessive(token.lower) in _title_words() or token.lower in _HONORIFICS


def _find_names(text: str, tokens: list[_Token], provinces: list[_places.ProvinceHit]
                ) -> list[_Name]:
    """Person names in a sentence: runs of capitalised words that are not title words, kept
    when the gazetteer knows them, when they begin with a Vietnamese surname, or when a title
    stands right before them."""
    gazetteer = load_gazetteer()
    lex = english_lexicon()
    province_spans = [(p.start, p.end) for p in provinces]
    names: list[_Name] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if not (token.capital and token.text[:1].isalpha()) or _is_title_token(token) or \
                token.lower in _NOT_NAME or (len(token.text) > 1 and token.text.isupper()):
            i += 1
            continue
        j = i
        while j + 1 < len(tokens) and tokens[j + 1].capital and tokens[j + 1].text[:1].isalpha() \
                and tokens[j + 1].start == tokens[j].end + 1 \
                and not _is_title_token(tokens[j + 1]) \
                and tokens[j + 1].lower not in _NOT_NAME and j - i < 5 \
                and not (len(tokens[j + 1].text) > 1 and tokens[j + 1].text.isupper()) \
                and not tokens[j].text.endswith(("'s", "’s")):
            j += 1
        run = list(range(i, j + 1))
        i = j + 1
        start, end = tokens[run[0]].start, tokens[run[-1]].end
        written = _strip_possessive(text[start:end])
        end = start + len(written)
        if any(s <= start and end <= e for s, e in province_spans):
            continue
        if fold_ascii(written) in lex.not_person:
            continue
        if text[end : end + 6].lower().startswith((" city", " province", " district",
                                                   " street", " commune", " ward", " bridge")):
            continue
        linked = bool(gazetteer.officials_ascii(written) or gazetteer.officials_named(written))
        first = fold_ascii(tokens[run[0]].text)
        surname = first in _ascii_surnames() and len(run) >= 2
        prev = tokens[run[0] - 1] if run[0] > 0 else None
        titled = prev is not None and prev.end + 1 == start and (
            _is_title_token(prev) or prev.text in (":", "-", "–")) and (
            prev.lower not in _HONORIFICS or len(run) >= 1)
        if not (linked or surname or (titled and len(run) >= 2)):
            continue  # "PM Chinh" is a reference, resolved by _refer
        if not linked and not surname and len(run) > 4:
            continue
        names.append(_Name(start, end, written, run))
    return names


def _chain_before(text: str, tokens: list[_Token], name: _Name, names: list[_Name]) -> int:
    """Where the title chain before a name starts (the name's start when there is none)."""
    taken = {k for other in names for k in other.tokens}
    k = name.tokens[0] - 1
    first = name.start
    while k >= 0:
        token = tokens[k]
        if k in taken:
            break
        gap = text[token.end : tokens[k + 1].start] if k + 1 < len(tokens) else ""
        if gap.strip() and gap.strip() not in ("'",):
            break
        low = _strip_possessive(token.lower)
        if token.text == "," and k > 0 and _is_title_token(tokens[k - 1]) and \
                k + 1 < len(tokens) and \
                tokens[k + 1].capital:
            k -= 1  # "Minister of Culture, Sports and Tourism"
            continue
        if token.text in (",", ";", ":", ".", "(", ")", "\"", "“", "”"):
            break
        word = token.capital and token.text[:1].isalpha()
        if _is_title_token(token) or low in _JOINERS or word:
            first = token.start
            k -= 1
            continue
        break
    # drop leading joiners, honorifics and capitalised sentence openers
    chain = text[first:name.start]
    while True:
        m = regex.match(r"(?:(?:the|and|of|in|on|at|for|to|cum|also|comrades?|Comrades?|The|And|"
                        r"Also|On|In|At|Mr\.?|Ms\.?|Mrs\.?|Madam|Dr\.?|While|When|With)\s+)", chain)
        if not m:
            break
        chain = chain[m.end():]
        first += m.end()
    return first


def _chain_after(text: str, name: _Name, names: list[_Name]) -> tuple[int, int]:
    """The title chain after a name: "X - Secretary of ..., Head of ...;" or "X, Chairman of
    the ... Committee, said" ((start, end); empty when there is none)."""
    rest = text[name.end :]
    opener = regex.match(r"\s*(?:[-–—]|,|\()\s*", rest)
    if not opener:
        return name.end, name.end
    begin = name.end + opener.end()
    next_name = min((n.start for n in names if n.start >= begin), default=len(text))
    limit = next_name
    stop = regex.compile(r"[;)]|\.(?:\s|$)|:")
    m = stop.search(text, begin, limit)
    if m:
        limit = m.start()
    segment = text[begin:limit]
    first_piece = _SEPARATOR.split(segment, maxsplit=1)[0]
    if _title_of(first_piece) is None and not _title_of(segment[:80]):
        # "X, Chairman of the Provincial People's Committee, said": a known office must open it
        head = _head_scanner().find(first_piece)
        if not head or head[0].start != 0:
            return name.end, name.end
    # the chain ends at the first lower-case word that is not part of a title
    end = begin
    for token in _tokens(segment):
        low = _strip_possessive(token.lower)
        if token.text in (",", "-", "–", "&") or low in _JOINERS or _is_title_token(token) or \
                token.capital or token.text[:1].isdigit():
            if token.text not in (",", "-", "–"):
                end = begin + token.end
            continue
        break
    return begin, end


# ---------------------------------------------------------------------------------------------
# roles


@dataclass(frozen=True, slots=True)
class _Cue:
    start: int
    end: int
    role: str
    how: str


def _find_cues(text: str) -> list[_Cue]:
    lowered = _lower(text)
    cues = [_Cue(h.start, h.end, role, how) for h in _role_scanner().find_all(lowered)
            for role, how in h.value]
    out: list[_Cue] = []
    for cue in cues:
        if cue.how == "intro":
            before = text[: cue.start].rstrip()
            if before and not before.endswith((",", ";", ":", ".")) and not regex.search(
                    r"^(?:\S+\s+){0,1}\S*$", before):
                continue
        out.append(cue)
    # the longest cue wins where they overlap at the same start (keep distinct hows)
    out.sort(key=lambda c: (c.start, -(c.end - c.start)))
    final: list[_Cue] = []
    for cue in out:
        if any(c.how == cue.how and c.start <= cue.start < c.end for c in final):
            continue
        final.append(cue)
    return final


def _roles(text: str, cues: list[_Cue], *, start: int, end: int, names: list[_Name],
           me: _Name) -> tuple[set[str], str]:
    roles: set[str] = set()
    rule = ""
    other_starts = [n.start for n in names if n is not me]
    # 1. the verb after the person (and after the list they stand in)
    after = [c for c in cues if c.start >= end and c.how == "subject"]
    if after:
        first = after[0]
        gap = text[end : first.start]
        objects_between = [c for c in cues if end <= c.start < first.start and c.how == "object"]
        clean = not regex.search(r"[.!?]\s|\b(?:that|who|whom|which|whose)\b", gap)
        crosses = ";" in gap and any(end <= s < first.start for s in other_starts)
        if clean and not objects_between and not crosses:
            roles.add(first.role)
            rule = f"role.en.{first.role}.verb_after"
            previous = first
            for cue in after[1:]:
                between = text[previous.end : cue.start]
                if len(between) <= 80 and regex.search(r"\band\b|,", between) and not any(
                        previous.end <= s < cue.start for s in other_starts) and not regex.search(
                        r"[.;]|\b(?:that|who|which)\b", between):
                    roles.add(cue.role)
                    previous = cue
                else:
                    break
    # 2. a clause-opening participle: "Attending ... were X", "Speaking at ..., X said"
    intro = [c for c in cues if c.end <= start and c.how == "intro"]
    if intro:
        cue = intro[-1]
        between = text[cue.end : start]
        link = _INTRO_ALL.search(between)
        if link:
            roles.add(cue.role)
            rule = rule or f"role.en.{cue.role}.clause_opening"
        else:
            comma = between.rfind(",")
            if comma >= 0 and not any(cue.end + comma < s < start for s in other_starts):
                roles.add(cue.role)
                rule = rule or f"role.en.{cue.role}.participle"
    # 3. a passive or a noun before the person: "chaired by X", "with the participation of X"
    passive = [c for c in cues if c.end <= start and c.how == "passive"]
    if passive:
        cue = passive[-1]
        gap = text[cue.end : start]
        if len(gap) <= 220 and not regex.search(r"[.!?]\s", gap) and not any(
                c.how == "subject" and cue.end <= c.start < start for c in cues):
            roles.add(cue.role)
            rule = rule or f"role.en.{cue.role}.passive"
    # 4. the object of a reception or a visit: "received X", "worked with X"
    objects = [c for c in cues if c.end <= start and c.how == "object"]
    if objects:
        cue = objects[-1]
        gap = text[cue.end : start]
        if len(gap) <= 160 and not regex.search(r"[.;!?]", gap) and not any(
                c.how == "subject" and cue.end <= c.start < start for c in cues):
            roles.add(cue.role)
            rule = rule or f"role.en.{cue.role}.object"
    return roles, rule


# ---------------------------------------------------------------------------------------------
# events and places


# English reports name the working session before the reception or the visit it is part of.
_TYPE_PRIORITY = ("tiếp xúc cử tri", "kỳ họp", "phiên họp", "đại hội", "hội nghị", "diễn đàn",
                  "hội thảo", "lễ", "làm việc", "tiếp", "thăm", "khác")


def _find_event(text: str) -> EventName | None:
    hits = _event_scanner().find(_lower(text))
    if not hits:
        return None
    best = min(hits, key=lambda h: (_TYPE_PRIORITY.index(h.value), h.start))
    # the name begins after the determiner, with its modifiers ("the online conference")
    before = text[: best.start]
    det = regex.search(r"""
        \b(?:the|a|an|its|their|this)\s+                   # the determiner
        ((?:(?!(?:the|a|an|at|of|in|on|to|for|with|and)\s)[\p{L}\d'’-]+\s+){0,4})$  # modifiers
        """, before, regex.IGNORECASE | regex.VERBOSE)
    start = best.start - len(det.group(1)) if det else best.start
    stop = _EVENT_END.search(text, best.end)
    end = stop.start() if stop else len(text)
    name = text[start:end].strip()
    words = name.split()
    if len(words) > 24:
        name = " ".join(words[:24])
    return EventName(start, start + len(name), name, best.value, text[best.start : best.end])


def _place_in(text: str, names: list[_Name]) -> str | None:
    """The province a sentence says its event took place in."""
    lex = english_lexicon()
    for venue, province in lex.venues:
        if venue in text:
            return province
    for match in _IN_PLACE.finditer(text):
        what = match.group("what")
        if regex.match(r"\s*(?:bridge|connecting)", text[match.end("what") :]):
            continue
        if any(n.start <= match.start("what") < n.end for n in names):
            continue
        if regex.search(r"(?:[Pp]arty|People['’]s)\s*$", what):
            continue
        found = _places.find_provinces(what)
        if found and found[0].start == 0:
            tail = what[found[0].end :].strip(" ,.;)")
            if not tail or tail.split()[0].lower().rstrip(",.") in ("province", "city", "on",
                                                                   "and", "capital"):
                return found[0].name
    return None


def _bridges(text: str) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    for pattern in (_BRIDGE_BEFORE, _BRIDGE_AFTER):
        for match in pattern.finditer(text):
            what = match.group("what")
            found = _places.find_provinces(what)
            if found:
                out.append((match.start(), found[-1].name if pattern is _BRIDGE_BEFORE
                            else found[0].name))
            elif regex.match(r"\s*(?:Central|Main|National|Government)", what):
                out.append((match.start(), "Hà Nội"))
    return sorted(set(out))


# ---------------------------------------------------------------------------------------------
# the document


@dataclass(slots=True)
class _Row:
    person: PersonMention
    date: DateMention | None
    roles: set[str] = field(default_factory=set)
    rules: list[str] = field(default_factory=list)
    titles: list[TitleMention] = field(default_factory=list)
    event: EventName | None = None
    location: str | None = None
    bridge_point: str | None = None
    section: str = "main"
    sentence: str = ""
    surname_key: str = ""


def _shift(mention: DateMention, norm: Normalized) -> DateMention:
    s, e = norm.source_span(mention.start, mention.end)
    return DateMention(s, e, mention.text, mention.date, mention.month, mention.day,
                       mention.time_of_day, mention.rule)


def _main_province(sentences: list[_Sentence]) -> str | None:
    counts: Counter[str] = Counter()
    for sentence in sentences:
        for hit in _places.find_provinces(sentence.text):
            before = sentence.text[max(0, hit.start - 20) : hit.start]
            word = regex.search(r"(\p{Lu}[\p{L}\p{M}'’-]*)\s$", before)
            if word and word.group(1).lower() not in _title_words() and \
                    word.group(1).lower() not in ("the", "in", "at", "of", "on"):
                continue  # "Nguyen Hoa Binh": a person's name, not the province
            counts[hit.name] += 1
    return counts.most_common(1)[0][0] if counts else None


def parse_english(text: str, *, published: dt.date | None, doc_id: str,
                  gazetteer: Gazetteer | None = None) -> Document:
    """Parse an English article of a Vietnamese outlet into mentions and participation rows.

    >>> doc = parse_english("On January 6, in Hanoi, Prime Minister Pham Minh Chinh chaired "
    ...                     "the conference.", published=dt.date(2025, 1, 6), doc_id="d")
    >>> [(r.person.name, r.role, r.location) for r in doc.rows]
    [('Phạm Minh Chính', 'chair', 'Hà Nội')]
    """
    norm = normalize(text)
    ntext = norm.text
    all_sentences, dateline_place, _ = _sentences(ntext)
    year_hint = _year_hint(ntext) if published is None else None
    doc_province = _main_province(all_sentences)

    persons_out: list[PersonMention] = []
    titles_out: list[TitleMention] = []
    dates_out: list[DateMention] = []
    places_out: list[PlaceMention] = []
    events_out: list[EventMention] = []
    rows: dict[tuple[str, str], _Row] = {}
    known: dict[str, tuple[str, list[str]]] = {}  # name key -> (last given name, canon titles)

    for story in sorted({s.story for s in all_sentences}):
        story_sentences = [s for s in all_sentences if s.story == story]
        current: DateMention | None = None
        first_anchor: DateMention | None = None
        sentence_dates: list[DateMention | None] = []
        segments: list[int] = []
        segment = 0
        for sentence in story_sentences:
            anchor = None
            for mention in find_dates_en(sentence.text, published=published,
                                         year_hint=year_hint, offset=sentence.start):
                dates_out.append(_shift(mention, norm))
                if anchor is None and sentence.kind == "body" and _is_anchor(
                        sentence.text, mention, sentence.start):
                    anchor = mention
            if anchor is not None:
                if current is None or (anchor.month, anchor.day) != (current.month, current.day):
                    segment += 1
                current = anchor
                first_anchor = first_anchor or anchor
            sentence_dates.append(current)
            segments.append(max(segment, 1))
        sentence_dates = [d if d is not None else first_anchor for d in sentence_dates]
        seg_event: dict[int, EventName] = {}
        seg_location: dict[int, str] = {}
        online = False
        for sentence, seg in zip(story_sentences, segments, strict=True):
            if sentence.kind != "body":
                continue
            if _ONLINE.search(sentence.text):
                online = True
            if seg not in seg_event:
                event = _find_event(sentence.text)
                if event is not None:
                    seg_event[seg] = event
                    s, e = norm.source_span(sentence.start + event.start,
                                            sentence.start + event.end)
                    events_out.append(EventMention(s, e, event.trigger, event.name, event.type,
                                                   f"event.en.{event.type}"))
            if seg not in seg_location:
                place = _place_in(sentence.text, [])
                if place is not None:
                    seg_location[seg] = place
        for sentence, date, seg in zip(story_sentences, sentence_dates, segments, strict=True):
            stext = sentence.text
            provinces = _places.find_provinces(stext)
            tokens = _tokens(stext)
            names = _find_names(stext, tokens, provinces)
            for hit in provinces:
                if any(n.start <= hit.start < n.end for n in names):
                    continue
                s, e = norm.source_span(sentence.start + hit.start, sentence.start + hit.end)
                places_out.append(PlaceMention(s, e, text[s:e], "mention", hit.name,
                                               "place.en.province"))
            cues = _find_cues(stext)
            bridges = _bridges(stext)
            opening = regex.match(r"\s*(?:In|At)\s+(?:the\s+)?(?P<p>[^,]{2,40}),", stext)
            at_province = None
            if opening:
                found = _places.find_provinces(opening.group("p"))
                at_province = found[0].name if found else None
            for name in names:
                chain_start = _chain_before(stext, tokens, name, names)
                after_start, after_end = _chain_after(stext, name, names)
                if _NEGATED.search(stext[max(0, chain_start - 30) : chain_start]):
                    continue
                end = max(name.end, after_end)
                roles, role_rule = _roles(stext, cues, start=chain_start, end=end, names=names,
                                          me=name)
                if not roles:
                    continue
                pieces = _split_chain(stext[chain_start:name.start], chain_start)
                if after_end > after_start:
                    pieces += _split_chain(stext[after_start:after_end], after_start)
                bridge = None
                before_bridges = [b for b in bridges if b[0] <= name.start]
                if before_bridges:
                    bridge = before_bridges[-1][1]
                elif bridges:
                    bridge = bridges[0][1]
                elif online and at_province and any(c.how == "intro" for c in cues):
                    bridge = at_province
                tmentions: list[TitleMention] = []
                for ps, pe, canon, tid, trule in pieces:
                    raw = stext[ps:pe]
                    own = [h for h in _places.find_provinces(raw)]
                    province = own[0].name if own else None
                    if province is None and regex.search(
                            r"(?:tỉnh|thành\s+phố|Tỉnh\s+ủy|Thành\s+ủy)$", canon):
                        province = bridge or seg_location.get(seg) or dateline_place \
                            or doc_province
                    canonical = canonical_title(canon, province=province) \
                        if trule != "title.en.untranslated" else raw
                    if own and not canonical.endswith(own[0].name) and regex.search(
                            r"(?:tỉnh|thành\s+phố|Tỉnh\s+ủy|Thành\s+ủy)$", canon):
                        canonical = f"{canon} {own[0].name}"
                    s, e = norm.source_span(sentence.start + ps, sentence.start + pe)
                    tm = TitleMention(s, e, raw, canonical, trule, province, tid)
                    tmentions.append(tm)
                    titles_out.append(tm)
                day = date.date if date is not None else None
                linked = link(name.text, on=day, titles=[t.canonical for t in tmentions],
                              gazetteer=gazetteer)
                display, person_id, name_rule = linked.name, linked.person_id, linked.rule
                s, e = norm.source_span(sentence.start + name.start, sentence.start + name.end)
                person = PersonMention(s, e, text[s:e], display, person_id, tuple(tmentions),
                                       name_rule)
                persons_out.append(person)
                key = name_key(display)
                date_key = f"{date.month}-{date.day}" if date is not None and date.month else ""
                row = rows.get((key, date_key))
                if row is None:
                    row = _Row(person, date, section=sentence.section, sentence=stext.strip())
                    row.event = seg_event.get(seg)
                    row.location = seg_location.get(seg) or dateline_place
                    rows[(key, date_key)] = row
                elif len(display) > len(row.person.name):
                    row.person = person
                row.roles |= roles
                row.rules.append(role_rule)
                if sentence.section == "main":
                    row.section = "main"
                for tm in tmentions:
                    if all(tm.canonical != old.canonical for old in row.titles):
                        row.titles.append(tm)
                if bridge and not row.bridge_point:
                    row.bridge_point = bridge
                last = fold_ascii(name.text.split()[-1])
                entry = known.setdefault(key, (last, []))
                entry[1].extend(t.canonical for t in tmentions)
            _refer(stext, tokens, names, cues, known, rows, date)
    participations = tuple(_participation(row, gazetteer) for row in rows.values())
    return Document(text=text, lang="en", doc_id=doc_id, published=published,
                    persons=tuple(persons_out), titles=tuple(titles_out),
                    dates=tuple(dates_out), places=tuple(places_out),
                    events=tuple(events_out), rows=participations)


def _refer(text: str, tokens: list[_Token], names: list[_Name], cues: list[_Cue],
           known: dict[str, tuple[str, list[str]]], rows: dict[tuple[str, str], _Row],
           date: DateMention | None) -> None:
    """Roles of people referred to by title alone ("the Prime Minister stressed") or by the
    last word of their name ("Chinh said"), when exactly one named person fits."""
    date_key = f"{date.month}-{date.day}" if date is not None and date.month else ""
    spans = [(n.start, n.end) for n in names]
    for cue in cues:
        if cue.how != "subject":
            continue
        before = text[max(0, cue.start - 90) : cue.start]
        owner: str | None = None
        short = regex.search(r"(?:^|[\s,])(?P<w>\p{Lu}[\p{L}\p{M}'-]+)\s+(?:also\s+|then\s+)?$",
                             before)
        if short:
            word = fold_ascii(short.group("w"))
            owners = [k for k, (last, _) in known.items() if last == word]
            if len(owners) == 1:
                owner = owners[0]
        if owner is None:
            title = regex.search(
                r"(?:^|[\s,])(?:[Tt]he\s+)(?P<t>(?:[\p{L}'’-]+\s+){0,8}?[\p{L}'’-]+)"
                r"\s+(?:also\s+|then\s+)?$", before)
            if title:
                found = load_gazetteer().title(title.group("t"))
                if found is not None:
                    owners = [k for k, (_, titles) in known.items()
                              if any(t.startswith(found.canonical) for t in titles)]
                    if len(owners) == 1:
                        owner = owners[0]
        if owner is None:
            continue
        absolute = cue.start - len(before)
        if any(s >= absolute and e <= cue.start for s, e in spans):
            continue
        row = rows.get((owner, date_key))
        if row is not None:
            row.roles.add(cue.role)
            row.rules.append(f"role.en.{cue.role}.reference")


def _participation(row: _Row, gazetteer: Gazetteer | None) -> Participation:
    return participation(row.person, titles=row.titles, roles=row.roles, rules=row.rules,
                         event=row.event, event_rule="event.en", date=row.date,
                         location=row.location, venue=None, bridge_point=row.bridge_point,
                         section=row.section, sentence=row.sentence, gazetteer=gazetteer)
