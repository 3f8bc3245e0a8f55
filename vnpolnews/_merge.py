"""One event per real event: the rows of many articles about one conference get one key.

The rule, in the order it is applied (see :func:`merge_events`):

1. An *article event* is the rows of one document with one ``event_id`` and one ``date``. Only
   article events with the same known date are ever compared; an event without a date keeps a key
   of its own. A document without a publication date (``published`` empty) has a guessed year:
   its events are also compared with the same month and day of other years, and join them only
   with a shared participant; the merged key takes the year of the dated articles.
2. Two article events of the same day are **compatible** when all of these hold:

   - they come from different documents (within one article the extractor already decided);
   - their event types agree (equal, or one of them unknown / ``khác``);
   - their physical locations agree (equal place names after folding case, diacritics, spaces and
     "tỉnh"/"thành phố"; or one of them unknown). Bridge points are never compared: every
     province that joined an online conference has one;
   - the numbers in their names (years, "lần thứ 32", "khóa XIII") do not contradict;
   - and their names and participants agree:

     - names *match* (the distinctive syllables, generic words like "hội nghị", "tổng kết",
       "năm" left out and tone placement and case folded with :func:`vnpolnews._keys.syllable_key`,
       share at least two syllables and at least half of the shorter name's): compatible, unless
       the name is local ("tỉnh", "huyện", "Tỉnh ủy": every province holds one) and neither a
       participant nor a known location is shared;
     - names *overlap weakly*, or cannot be compared (one is only generic words, or the articles
       are in different languages): compatible only when they share a participant (the same
       ``person_id``, or the same name folded to ASCII: "Pham Minh Chinh" is "Phạm Minh Chính").

3. Compatible pairs are joined strongest first (shared participants, then shared syllables) into
   events, refusing a join that would put two events of one document, or two different known
   locations, into one event.
4. Each event gets ``event_key`` (its date and a hash of its members: independent of row order),
   ``event_canonical`` (the name most articles give it, Vietnamese preferred, then the longest)
   and ``location_merged`` (the physical location the articles that state one give; ``bridge_point``
   stays each participant's own).
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

import pandas as pd
import regex

from ._keys import canonical_tones, fold_ascii, syllable_key

__all__ = ["MERGE_COLUMNS", "merge_events"]

#: The columns :func:`merge_events` adds to the table.
MERGE_COLUMNS: tuple[str, ...] = ("event_key", "event_canonical", "location_merged")

_WORD = regex.compile(
    r"""
    [\p{L}\p{M}\p{N}]+        # a syllable or a number: letters with their marks, digits
    (?:['’][\p{L}\p{M}]+)?    # an apostrophe inside a name: H'Yim
    """,
    regex.VERBOSE,
)

_NUMBER = regex.compile(
    r"""
    ^(?:
        \d+                                   # 2024, 32
      | (?=[IVXLCDM]{2,}$) M{0,3}             # or a Roman numeral of two letters or more,
        (?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})  #   upper case as written: hundreds and tens
        (?:IX|IV|V?I{0,3})                    #   units: XIII, XIV
    )$
    """,
    regex.VERBOSE,
)

# Words every event name may carry; they say nothing about which event it is.
_GENERIC_WORDS = (
    "hội", "nghị", "tổng", "kết", "sơ", "công", "tác", "ngành", "năm", "và", "của", "các", "với",
    "về", "cho", "đề", "ra", "phương", "hướng", "nhiệm", "vụ", "trọng", "tâm", "triển", "khai",
    "thực", "hiện", "lần", "thứ", "kỳ", "họp", "phiên", "buổi", "cuộc", "lễ", "tại", "trực",
    "tuyến", "đến", "điểm", "cầu", "giai", "đoạn", "kế", "hoạch", "chương", "trình", "đánh",
    "giá", "kết", "quả",
    "the", "a", "an", "of", "to", "and", "in", "for", "on", "at", "with", "by", "from",
    "conference", "meeting", "review", "work", "works", "online", "sector", "year", "years",
    "deploy", "key", "direction", "directions", "task", "tasks", "ceremony", "session", "summit",
)
_GENERIC = frozenset(syllable_key(w) for w in _GENERIC_WORDS)

# Words that make an event local: every province or district holds an event of that name.
_LOCAL_WORDS = ("tỉnh", "huyện", "quận", "xã", "phường", "provincial", "district", "commune")
_LOCAL = frozenset(syllable_key(w) for w in _LOCAL_WORDS)

_PLACE_PREFIX = regex.compile(
    r"""
    ^(?:tinh|thanh\s*pho|tp\.?|province\s+of|city\s+of)\s+   # an administrative word before a name
    """,
    regex.VERBOSE,
)

_UNKNOWN_TYPES = frozenset({"", "khác", "other"})


def _present(value: Any) -> bool:
    if value is None:
        return False
    try:
        return not bool(pd.isna(value))
    except (TypeError, ValueError):
        return True


def _place_key(place: Any) -> str | None:
    """A place name folded: case, diacritics, spaces, "tỉnh"/"thành phố" ("Hanoi" is "Hà Nội")."""
    if not _present(place) or not str(place).strip():
        return None
    folded = fold_ascii(canonical_tones(str(place).strip()))
    folded = _PLACE_PREFIX.sub("", folded)
    return regex.sub(r"[\s\-.'’]+", "", folded) or None


def _person_keys(person: Any, person_id: Any) -> set[str]:
    keys = set()
    if _present(person_id) and str(person_id):
        keys.add(f"id:{person_id}")
    if _present(person) and str(person).strip():
        keys.add("name:" + " ".join(fold_ascii(canonical_tones(str(person))).split()))
    return keys


def _tokens(name: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(distinctive syllables, numbers, all syllables) of an event name."""
    written = _WORD.findall(name)
    numbers = frozenset(w.casefold() for w in written if _NUMBER.match(w))
    words = frozenset(syllable_key(w) for w in written)
    distinctive = frozenset(w for w in words if w not in _GENERIC and w not in numbers)
    return distinctive, numbers, words


@dataclasses.dataclass
class _Node:
    """One article event: the rows of one document, one event id, one date."""

    doc_id: str
    event_id: str
    date: pd.Timestamp | None
    rows: list[int]
    names: list[str]
    lang: str
    event_type: str
    locations: dict[str, list[str]]  # place key -> the ways the rows write it
    persons: set[str]
    distinctive: frozenset[str] = frozenset()
    numbers: frozenset[str] = frozenset()
    local: bool = False
    year_guessed: bool = False  # the document had no publication date: only month/day are sure

    @property
    def sort_key(self) -> tuple[str, str, str]:
        return (str(self.date), self.doc_id, self.event_id)


def _nodes(table: pd.DataFrame) -> list[_Node]:
    nodes: dict[tuple[str, str, Any], _Node] = {}
    columns = {c: table[c].tolist() if c in table.columns else [None] * len(table)
               for c in ("doc_id", "event_id", "date", "event", "lang", "event_type", "location",
                         "person", "person_id", "published")}
    for i in range(len(table)):
        date = columns["date"][i]
        day = pd.Timestamp(date).normalize() if _present(date) else None
        doc_id = str(columns["doc_id"][i]) if _present(columns["doc_id"][i]) else ""
        event_id = str(columns["event_id"][i]) if _present(columns["event_id"][i]) else ""
        key = (doc_id, event_id, day)
        node = nodes.get(key)
        if node is None:
            lang = columns["lang"][i]
            event_type = columns["event_type"][i]
            node = nodes[key] = _Node(
                doc_id, event_id, day, [], [], str(lang) if _present(lang) else "",
                str(event_type) if _present(event_type) else "", {}, set(),
                year_guessed="published" in table.columns and not _present(
                    columns["published"][i]))
        node.rows.append(i)
        event = columns["event"][i]
        if _present(event) and str(event).strip():
            node.names.append(str(event).strip())
        place = columns["location"][i]
        place_key = _place_key(place)
        if place_key is not None:
            node.locations.setdefault(place_key, []).append(str(place).strip())
        node.persons |= _person_keys(columns["person"][i], columns["person_id"][i])
    for node in nodes.values():
        distinctive: set[str] = set()
        numbers: set[str] = set()
        for name in dict.fromkeys(node.names):
            d, n, words = _tokens(name)
            distinctive |= d
            numbers |= n
            node.local = node.local or bool(words & _LOCAL)
        node.distinctive, node.numbers = frozenset(distinctive), frozenset(numbers)
    return sorted(nodes.values(), key=lambda n: n.sort_key)


def _names_relation(a: _Node, b: _Node) -> str:
    """match, weak, unknown or conflict: how far two article events' names agree."""
    if a.numbers and b.numbers and not a.numbers & b.numbers:
        return "conflict"
    if a.lang != b.lang or not a.distinctive or not b.distinctive:
        return "unknown"
    shared = len(a.distinctive & b.distinctive)
    if shared >= 2 and shared * 2 >= min(len(a.distinctive), len(b.distinctive)):
        return "match"
    if a.distinctive == b.distinctive:  # one distinctive word each, the same
        return "match"
    return "weak" if shared else "conflict"


def _score(a: _Node, b: _Node) -> tuple[int, int] | None:
    """How strongly two article events of one day are one event; None when they are not."""
    if a.doc_id == b.doc_id:
        return None
    if (a.event_type not in _UNKNOWN_TYPES and b.event_type not in _UNKNOWN_TYPES
            and a.event_type != b.event_type):
        return None
    if a.locations and b.locations and not a.locations.keys() & b.locations.keys():
        return None
    relation = _names_relation(a, b)
    shared_persons = len(a.persons & b.persons)
    shared_words = len(a.distinctive & b.distinctive)
    if relation == "conflict":
        return None
    if relation == "match":
        same_place = bool(a.locations.keys() & b.locations.keys())
        if (a.local or b.local) and not shared_persons and not same_place:
            return None
        return (shared_persons, shared_words)
    return (shared_persons, shared_words) if shared_persons else None


class _Clusters:
    """Union-find over article events that refuses joins mixing documents or locations."""

    def __init__(self, nodes: Sequence[_Node]) -> None:
        self.parent = list(range(len(nodes)))
        self.docs = [{n.doc_id} for n in nodes]
        self.places = [set(n.locations) for n in nodes]

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, i: int, j: int) -> None:
        a, b = self.find(i), self.find(j)
        if a == b or self.docs[a] & self.docs[b] or len(self.places[a] | self.places[b]) > 1:
            return
        a, b = min(a, b), max(a, b)
        self.parent[b] = a
        self.docs[a] |= self.docs[b]
        self.places[a] |= self.places[b]


def _candidates(block: Sequence[int], nodes: Sequence[_Node]) -> set[tuple[int, int]]:
    """Pairs of one day's article events that share a participant or a distinctive word."""
    index: dict[str, list[int]] = defaultdict(list)
    for i in block:
        for key in nodes[i].persons:
            index["p" + key].append(i)
        for word in nodes[i].distinctive:
            index["w" + word].append(i)
        if not nodes[i].distinctive or not nodes[i].persons:
            index["*"].append(i)  # nothing to index on: compared with the day's other events
    pairs = set()
    for members in index.values():
        for x, i in enumerate(members):
            for j in members[x + 1:]:
                pairs.add((min(i, j), max(i, j)))
    if "*" in index:
        for i in index["*"]:
            pairs.update((min(i, j), max(i, j)) for j in block if j != i)
    return pairs


def _canonical_name(members: Iterable[_Node]) -> str | None:
    """The name most articles give; then the one closest to all the others (Vietnamese first)."""
    counts: Counter[str] = Counter()
    written: dict[str, tuple[int, str]] = {}
    words: dict[str, frozenset[str]] = {}
    for node in members:
        if not node.names:
            continue
        name = min(Counter(node.names).items(), key=lambda item: (-item[1], item[0]))[0]
        key = " ".join(syllable_key(w) for w in _WORD.findall(name))
        counts[key] += 1
        words[key] = frozenset(key.split())
        preference = 0 if node.lang == "vi" else 1
        if key not in written or (preference, name) < written[key]:
            written[key] = (preference, name)
    if not counts:
        return None

    def closeness(key: str) -> float:
        return sum(counts[other] * len(words[key] & words[other]) / len(words[key] | words[other])
                   for other in counts if other != key and words[key] | words[other])

    def rank(key: str) -> tuple[int, int, float, bool, int, str]:
        preference, name = written[key]
        return (preference, -counts[key], -closeness(key), not name[:1].isupper(), -len(name),
                name)

    return canonical_tones(written[min(counts, key=rank)][1])


def _canonical_place(members: Iterable[_Node]) -> str | None:
    forms: Counter[str] = Counter()
    for node in members:
        for written in node.locations.values():
            forms.update(canonical_tones(w) for w in written)
    if not forms:
        return None
    return min(forms, key=lambda f: (-forms[f], not _has_marks(f), f))


def _has_marks(text: str) -> bool:
    return fold_ascii(text) != text.casefold()


def _event_key(members: Sequence[_Node]) -> str:
    ids = sorted(f"{n.doc_id}\x1f{n.event_id}" for n in members)
    digest = hashlib.sha1("\x1e".join(ids).encode("utf-8", "surrogatepass")).hexdigest()[:10]
    known = [n.date for n in members if n.date is not None and not n.year_guessed]
    day = known[0] if known else members[0].date
    return f"{day:%Y-%m-%d}-{digest}" if day is not None else f"nodate-{digest}"


def merge_events(table: pd.DataFrame) -> pd.DataFrame:
    """The same rows with ``event_key``, ``event_canonical`` and ``location_merged`` added:
    rows about one real event, across articles, share one ``event_key``.

    Two articles' events join when they are on the same day, of compatible types and places, and
    their names match or (when the names are only weakly alike, or in two languages) they share a
    participant; the module's documentation gives the rule in full. The result does not depend
    on the order of the rows.

    >>> from vnpolnews._table import make_frame
    >>> rows = [dict(doc_id=d, event_id="e1", date="2025-01-06", lang="vi", location=place, start=0,
    ...              end=9, event="Hội nghị tổng kết ngành Ngoại giao năm 2024", person=name)
    ...         for d, name, place in [("a", "Lê Văn An", "Hà Nội"), ("b", "Lê Văn An", None)]]
    >>> merged = merge_events(make_frame(rows))
    >>> merged["event_key"].nunique(), merged["location_merged"].tolist()
    (1, ['Hà Nội', 'Hà Nội'])
    """
    nodes = _nodes(table)
    clusters = _Clusters(nodes)
    blocks: dict[pd.Timestamp, list[int]] = defaultdict(list)
    for i, node in enumerate(nodes):
        if node.date is not None:
            blocks[node.date].append(i)
    # an article with no publication date has a guessed year: it may join the same month and
    # day of another year, when the two share a participant
    for i, node in enumerate(nodes):
        if node.date is None or not node.year_guessed:
            continue
        for day in list(blocks):
            if day != node.date and (day.month, day.day) == (node.date.month, node.date.day):
                blocks[day].append(i)
    for day in sorted(blocks):
        scored = []
        for i, j in sorted(_candidates(blocks[day], nodes)):
            score = _score(nodes[i], nodes[j])
            if nodes[i].date != nodes[j].date and not nodes[i].persons & nodes[j].persons:
                score = None  # across guessed years only with a shared participant
            if score is not None:
                scored.append((-score[0], -score[1], i, j))
        for _, _, i, j in sorted(scored):
            clusters.join(i, j)
    groups: dict[int, list[_Node]] = defaultdict(list)
    for i, node in enumerate(nodes):
        groups[clusters.find(i)].append(node)
    key_of = [""] * len(table)
    name_of: list[str | None] = [None] * len(table)
    place_of: list[str | None] = [None] * len(table)
    for members in groups.values():
        key, name, place = _event_key(members), _canonical_name(members), _canonical_place(members)
        for node in members:
            for row in node.rows:
                key_of[row], name_of[row], place_of[row] = key, name, place
    merged = table.copy()
    merged["event_key"] = pd.Series(key_of, index=table.index, dtype=object)
    merged["event_canonical"] = pd.Series(name_of, index=table.index, dtype=object)
    merged["location_merged"] = pd.Series(place_of, index=table.index, dtype=object)
    return merged
