"""Load and validate the gazetteers: provinces, titles and officials, with their alias indexes.

The data lives in ``data/gazetteers/`` as UTF-8 (NFC) TSV files with an exact header line; the
wheel carries them as ``vnpolnews/data/gazetteers``. Every file is validated when it is loaded
and every problem raises :class:`~vnpolnews.errors.GazetteerError` naming the file and the line:
schema, NFC, unique ids, ISO dates (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` for officials),
``valid_from <= valid_to``, exactly 63 provinces in force on 2025-06-30 and 34 from 2025-07-01,
successors that exist and are 2025 units, titles and provinces of officials that resolve.

Shared aliases. An alias (or name) may belong to two entries only when a date tells them apart
(provinces whose validity does not overlap, such as the old and the new Thanh Hóa) or when the
row says so: an alias written with a leading ``~`` is a *secondary* claim. A lookup returns the
entry that claims a text without ``~``; :meth:`Gazetteer.titles_for` lists every claimant. For
officials the same applies to a name two people share: each of them lists ``~<name>`` among
its aliases, and :meth:`Gazetteer.officials_named` returns both.

``python -m vnpolnews._gazetteer`` prints the counts of every file.
"""

from __future__ import annotations

import datetime as dt
import fnmatch
import itertools
import os
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Union

import regex

from ._keys import canonical_tones, fold_ascii, syllable_key
from ._lexicon import data_dir as shipped_data
from .errors import GazetteerError

if sys.version_info >= (3, 11):
    from importlib.resources.abc import Traversable
else:  # pragma: no cover - Python 3.10
    from importlib.abc import Traversable

__all__ = [
    "Gazetteer",
    "Official",
    "Position",
    "Province",
    "Title",
    "load_gazetteer",
]

PathArg = Union[str, "os.PathLike[str]"]

PROVINCE_COLUMNS = ("id", "name", "kind", "valid_from", "valid_to", "successor", "name_en",
                    "aliases", "source", "checked")
TITLE_COLUMNS = ("id", "canonical", "level", "branch", "rank", "aliases", "english", "source",
                 "checked")
OFFICIAL_COLUMNS = ("person_id", "name", "aliases", "title", "province", "start", "end",
                    "source", "checked")
_SCHEMAS = {PROVINCE_COLUMNS: "provinces", TITLE_COLUMNS: "titles", OFFICIAL_COLUMNS: "officials"}

LEVELS = frozenset({"central", "province", "commune", "any"})
BRANCHES = frozenset({"party", "state", "government", "national_assembly", "people_council",
                      "people_committee", "front", "mass_org", "military", "police", "court",
                      "procuracy", "religious", "other"})
KINDS = frozenset({"tỉnh", "thành phố"})
REFORM_LAST_DAY = dt.date(2025, 6, 30)   # the last day of the 63 provinces
REFORM_FIRST_DAY = dt.date(2025, 7, 1)   # the first day of the 34
SHARED = "~"                             # marks a secondary claim on an alias
_LEVEL_WORDS = {"tỉnh": ("tỉnh", "Provincial"), "thành phố": ("thành phố", "Municipal", "City")}

_PROVINCE_ID = regex.compile(r"""
    ^ p(?:63|34)-           # the set the unit belongs to: before or after the 2025 reform
    [a-z0-9]+(?:-[a-z0-9]+)* $  # the name as an ASCII slug
    """, regex.VERBOSE)
_SLUG_ID = regex.compile(r"""
    ^ [a-z0-9]+(?:-[a-z0-9]+)* $  # lowercase ASCII words joined by hyphens
    """, regex.VERBOSE)
_TITLE_ID = regex.compile(r"""
    ^ t-                        # titles carry a t- prefix
    [a-z0-9]+(?:-[a-z0-9]+)* $  # then the canonical form as an ASCII slug
    """, regex.VERBOSE)
_PARTIAL_DATE = regex.compile(r"""
    ^ (?P<y>\d{4})              # year
    (?: -(?P<m>\d{2})           # optional month
        (?: -(?P<d>\d{2}) )?    # optional day, only after a month
    )? $
    """, regex.VERBOSE)
_PLACE_PREFIX = regex.compile(r"""
    ^ \s* (?:
        tỉnh                    # "tỉnh Thanh Hóa"
      | thành \s+ phố           # "thành phố Cần Thơ"
      | t\.? \s? p \. \s*       # "TP.HCM", "T.P. Huế", "TP. Đà Nẵng"
      | tp \s+                  # "TP Huế"
    ) \s*
    """, regex.VERBOSE | regex.IGNORECASE)
_ASCII_AFFIX = regex.compile(r"""
    ^ (?: tinh | thanh \s pho | tp ) \s   # Vietnamese prefixes written without diacritics
    | \s (?: province | city ) $          # English suffixes: "Dak Lak province", "Hue City"
    """, regex.VERBOSE)
_PUNCT = regex.compile(r"""
    [\-\u2010-\u2015,;:()"'\u2018\u2019\u201c\u201d/]  # hyphens, dashes, commas, quotes, slashes
    """, regex.VERBOSE)
_DOT = regex.compile(r"""
    \.                          # dots of abbreviations: "T.Ư", "TP.", "Tp."
    """, regex.VERBOSE)
_APOSTROPHE = regex.compile(r"""
    [\u2019\u2018`]             # typographic apostrophes become "'"
    """, regex.VERBOSE)
_ENGLISH_ARTICLE = regex.compile(r"""
    \b the \b                   # English "the" does not distinguish titles
    """, regex.VERBOSE)


# ---------------------------------------------------------------------------------------------
# records


@dataclass(frozen=True, slots=True)
class Province:
    """A province or centrally-run city, valid between two dates (None: open).

    >>> p = Province("p34-hue", "Huế", "thành phố", dt.date(2025, 7, 1), None, "p34-hue", "Hue")
    >>> p.valid_on(dt.date(2026, 1, 1))
    True
    """

    id: str
    name: str
    kind: str
    valid_from: dt.date | None
    valid_to: dt.date | None
    successor_id: str
    name_en: str
    aliases: tuple[str, ...] = ()
    source: str = ""

    def valid_on(self, day: dt.date) -> bool:
        """Whether the unit existed on ``day``.

        >>> Province("p63-x", "X", "tỉnh", None, dt.date(2025, 6, 30), "p34-y", "X").valid_on(
        ...     dt.date(2025, 7, 1))
        False
        """
        return ((self.valid_from is None or self.valid_from <= day)
                and (self.valid_to is None or day <= self.valid_to))


@dataclass(frozen=True, slots=True)
class Title:
    """One office of the taxonomy; a lower ``rank`` is more senior.

    >>> Title("t-tong-bi-thu", "Tổng Bí thư", "central", "party", 1).rank
    1
    """

    id: str
    canonical: str
    level: str
    branch: str
    rank: int
    aliases: tuple[str, ...] = ()
    english: tuple[str, ...] = ()
    source: str = ""


@dataclass(frozen=True, slots=True)
class Position:
    """A title a person held, from ``start`` to ``end`` as written (``end`` empty: in office).

    >>> Position("a", "t-tong-bi-thu", "Tổng Bí thư", None, None, "2021", "", "src").covers(
    ...     dt.date(2024, 5, 1))
    True
    """

    person_id: str
    title_id: str
    title: str
    province: str | None
    province_id: str | None
    start: str
    end: str
    source: str
    origin: str = ""

    def covers(self, day: dt.date) -> bool:
        """Whether ``day`` falls within the position (partial dates taken generously).

        >>> Position("a", "t", "T", None, None, "2021-02", "2021-03", "s").covers(
        ...     dt.date(2021, 3, 31))
        True
        """
        low, high = self.span()
        return low <= day <= high

    def span(self) -> tuple[dt.date, dt.date]:
        """The first and last day the position may cover (open ends unbounded).

        >>> Position("a", "t", "T", None, None, "2021-02", "", "s").span()[0]
        datetime.date(2021, 2, 1)
        """
        return (_partial_bound(self.start, last=False) if self.start else dt.date.min,
                _partial_bound(self.end, last=True) if self.end else dt.date.max)


@dataclass(frozen=True, slots=True)
class Official:
    """A person of the gazetteer: the canonical name, other spellings and positions held.

    >>> Official("pham-minh-chinh", "Phạm Minh Chính").name
    'Phạm Minh Chính'
    """

    person_id: str
    name: str
    aliases: tuple[str, ...] = ()
    positions: tuple[Position, ...] = ()


# ---------------------------------------------------------------------------------------------
# keys


def _partial_bound(text: str, *, last: bool) -> dt.date:
    """The first (or last) day a YYYY, YYYY-MM or YYYY-MM-DD date can mean.

    >>> _partial_bound("2024-02", last=True)
    datetime.date(2024, 2, 29)
    """
    match = _PARTIAL_DATE.match(text)
    if match is None:
        raise ValueError(f"not an ISO date: {text!r}")
    year = int(match["y"])
    if match["m"] is None:
        return dt.date(year, 12, 31) if last else dt.date(year, 1, 1)
    month = int(match["m"])
    if match["d"] is not None:
        return dt.date(year, month, int(match["d"]))
    if not last:
        return dt.date(year, month, 1)
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


def _check_overlaps(positions: list[Position]) -> None:
    """One person cannot hold one office of one province twice at the same time: two such rows
    are a duplicate (a day shared by an end and a start is a handover, not an overlap)."""
    spans = sorted(((*p.span(), p) for p in positions),
                   key=lambda span: (span[2].title_id, span[2].province or "", span[0]))
    for (_, a_end, a), (b_start, _, b) in itertools.pairwise(spans):
        if (a.title_id, a.province) == (b.title_id, b.province) and b_start < a_end:
            raise GazetteerError(f"{b.origin}: {b.person_id} holds {b.title}"
                                 f"{' ' + b.province if b.province else ''} here and at "
                                 f"{a.origin} at the same time")


def _words_key(text: str) -> str:
    """Casefolded syllable keys of the words: tone placement, case, punctuation ignored.

    >>> _words_key("Bà Rịa-Vũng Tàu") == _words_key("bà rịa – vũng tàu")
    True
    """
    text = unicodedata.normalize("NFC", text)
    text = _DOT.sub("", _PUNCT.sub(" ", _APOSTROPHE.sub("'", text)))
    return " ".join(syllable_key(w) for w in text.split())


def place_key(text: str) -> str:
    """The key of a province name: without "tỉnh", "thành phố", "TP" prefixes.

    >>> place_key("TP.HCM") == place_key("hcm"), place_key("Thanh Hoá") == place_key("thanh hóa")
    (True, True)
    """
    text = unicodedata.normalize("NFC", text)
    stripped = _PLACE_PREFIX.sub("", text, count=1)
    return _words_key(stripped or text)


def place_ascii_key(text: str) -> str:
    """The key of a province name written without diacritics (English articles).

    >>> place_ascii_key("Dak Lak province") == place_ascii_key("Đắk Lắk")
    True
    """
    folded = fold_ascii(_DOT.sub("", _PUNCT.sub(" ", unicodedata.normalize("NFC", text))))
    folded = " ".join(folded.split())
    return " ".join(_ASCII_AFFIX.sub("", folded).split())


def title_key(text: str) -> str:
    """The key of a title: tone placement, case, dots, dashes and English "the" ignored.

    >>> title_key("Uỷ viên T.Ư Đảng") == title_key("ủy viên TƯ Đảng")
    True
    """
    return _words_key(_ENGLISH_ARTICLE.sub(" ", unicodedata.normalize("NFC", text).casefold()))


def _ascii_words(text: str) -> str:
    return " ".join(fold_ascii(title_key(text)).split())


# ---------------------------------------------------------------------------------------------
# reading TSV files


@dataclass(frozen=True, slots=True)
class _Row:
    origin: str          # "file:line"
    fields: dict[str, str]

    def fail(self, message: str) -> GazetteerError:
        return GazetteerError(f"{self.origin}: {message}")


def _read_tsv(source: Traversable | Path) -> tuple[str, list[_Row]]:
    """The schema name and rows of one file, checked for encoding, NFC and column count."""
    where = str(source)
    try:
        text = source.read_bytes().decode("utf-8")
    except UnicodeDecodeError as error:
        bad_line = source.read_bytes()[: error.start].count(b"\n") + 1
        raise GazetteerError(f"{where}:{bad_line}: not UTF-8 ({error.reason})") from None
    except OSError as error:
        raise GazetteerError(f"{where}: cannot read ({error})") from None
    lines = text.split("\n")
    if text.startswith("\ufeff"):
        raise GazetteerError(f"{where}:1: byte order mark before the header")
    header = tuple(lines[0].rstrip("\r").split("\t"))
    schema = _SCHEMAS.get(header)
    if schema is None:
        raise GazetteerError(
            f"{where}:1: unknown header {lines[0]!r}; expected one of "
            + "; ".join("\\t".join(cols) for cols in _SCHEMAS))
    rows: list[_Row] = []
    for number, raw in enumerate(lines[1:], start=2):
        line = raw.rstrip("\r")
        if not line.strip():
            continue
        origin = f"{where}:{number}"
        if not unicodedata.is_normalized("NFC", line):
            raise GazetteerError(f"{origin}: text is not in Unicode NFC")
        cells = line.split("\t")
        if len(cells) != len(header):
            raise GazetteerError(
                f"{origin}: {len(cells)} columns, the header has {len(header)}")
        fields = {name: cell.strip() for name, cell in zip(header, cells, strict=True)}
        row = _Row(origin, fields)
        for required in ("source", "checked"):
            if not fields[required]:
                raise row.fail(f"empty {required!r}")
        _full_date(row, "checked", required=True)
        rows.append(row)
    return schema, rows


def _full_date(row: _Row, column: str, *, required: bool = False) -> dt.date | None:
    text = row.fields[column]
    if not text:
        if required:
            raise row.fail(f"empty {column!r}")
        return None
    try:
        return dt.date.fromisoformat(text) if len(text) == 10 else _bad_date(text)
    except ValueError:
        raise row.fail(f"{column} {text!r} is not a date YYYY-MM-DD") from None


def _bad_date(text: str) -> dt.date:
    raise ValueError(text)


def _partial_date(row: _Row, column: str) -> dt.date | None:
    text = row.fields[column]
    if not text:
        return None
    try:
        return _partial_bound(text, last=column == "end")
    except ValueError:
        raise row.fail(
            f"{column} {text!r} is not a date YYYY, YYYY-MM or YYYY-MM-DD") from None


def _split_aliases(row: _Row, column: str) -> list[tuple[str, bool]]:
    """(alias, shared) pairs of a |-separated column; ``~`` marks a shared alias."""
    out: list[tuple[str, bool]] = []
    for part in row.fields[column].split("|"):
        alias = part.strip()
        if not alias:
            if row.fields[column]:
                raise row.fail(f"empty alias in {column!r}")
            continue
        shared = alias.startswith(SHARED)
        out.append((alias[1:].strip() if shared else alias, shared))
    return out


# ---------------------------------------------------------------------------------------------
# the gazetteer


@dataclass(slots=True)
class _Claim:
    target: str         # the id claimed
    shared: bool
    origin: str
    text: str = ""      # the alias as written


def _overlap(a: Province, b: Province) -> bool:
    low_a, low_b = a.valid_from or dt.date.min, b.valid_from or dt.date.min
    high_a, high_b = a.valid_to or dt.date.max, b.valid_to or dt.date.max
    return low_a <= high_b and low_b <= high_a


class Gazetteer:
    """Provinces, titles and officials with their lookups; build it with :func:`load_gazetteer`.

    >>> gaz = load_gazetteer()
    >>> gaz.province("Thanh Hoá", on=dt.date(2024, 5, 1)).id
    'p63-thanh-hoa'
    """

    def __init__(self, files: Sequence[tuple[str, list[_Row]]]) -> None:
        self._files = [(rows[0].origin.rsplit(":", 1)[0] if rows else "", schema, len(rows))
                       for schema, rows in files]
        self._provinces: dict[str, Province] = {}
        self._place_index: dict[str, list[_Claim]] = defaultdict(list)
        self._place_ascii: dict[str, list[_Claim]] = defaultdict(list)
        self._titles: dict[str, Title] = {}
        self._title_index: dict[str, list[_Claim]] = defaultdict(list)
        self._title_ascii: dict[str, list[_Claim]] = defaultdict(list)
        self._officials: dict[str, Official] = {}
        self._name_index: dict[str, list[_Claim]] = defaultdict(list)
        self._name_ascii: dict[str, set[str]] = defaultdict(set)
        by_schema: dict[str, list[_Row]] = defaultdict(list)
        for schema, rows in files:
            by_schema[schema].extend(rows)
        self._build_provinces(by_schema["provinces"])
        self._build_titles(by_schema["titles"])
        self._build_officials(by_schema["officials"])

    # -- provinces ---------------------------------------------------------------------------

    def _build_provinces(self, rows: list[_Row]) -> None:
        merged: dict[str, tuple[_Row, list[tuple[str, bool, str]]]] = {}
        for row in rows:
            f = row.fields
            if f["id"] in merged:
                first, aliases = merged[f["id"]]
                for column in ("name", "kind", "valid_from", "valid_to", "successor", "name_en"):
                    if f[column] and f[column] != first.fields[column]:
                        raise row.fail(f"id {f['id']!r} repeats {first.origin} with another "
                                       f"{column} ({f[column]!r})")
                aliases.extend((a, s, row.origin) for a, s in _split_aliases(row, "aliases"))
                continue
            if not _PROVINCE_ID.match(f["id"]):
                raise row.fail(f"id {f['id']!r} is not p63-<slug> or p34-<slug>")
            if f["kind"] not in KINDS:
                raise row.fail(f"kind {f['kind']!r} is not one of {sorted(KINDS)}")
            if not f["name"] or canonical_tones(f["name"]) != f["name"]:
                raise row.fail(f"name {f['name']!r} is empty or not in canonical tone placement "
                               f"({canonical_tones(f['name'])!r})")
            merged[f["id"]] = (row, [(a, s, row.origin) for a, s in _split_aliases(row, "aliases")])
        for pid, (row, aliases) in merged.items():
            f = row.fields
            start, end = _full_date(row, "valid_from"), _full_date(row, "valid_to")
            if start and end and start > end:
                raise row.fail(f"valid_from {start} is after valid_to {end}")
            if pid.startswith("p63-") and (end is None or end > REFORM_LAST_DAY):
                raise row.fail(f"a p63 unit must end by {REFORM_LAST_DAY}")
            if pid.startswith("p34-") and (start is None or start < REFORM_FIRST_DAY):
                raise row.fail(f"a p34 unit must start on or after {REFORM_FIRST_DAY}")
            unique = tuple(dict.fromkeys(a for a, _, _ in aliases))
            self._provinces[pid] = Province(pid, f["name"], f["kind"], start, end, f["successor"],
                                            f["name_en"], unique, f["source"])
            forms = [(f["name"], False, row.origin),
                     *([(f["name_en"], False, row.origin)] if f["name_en"] else []), *aliases]
            for alias, shared, origin in forms:
                key = place_key(alias)
                if not key:
                    raise row.fail(f"alias {alias!r} has no letters")
                if not any(c.target == pid for c in self._place_index[key]):
                    self._place_index[key].append(_Claim(pid, shared, origin, alias))
                akey = place_ascii_key(alias)
                if not any(c.target == pid for c in self._place_ascii[akey]):
                    self._place_ascii[akey].append(_Claim(pid, shared, origin))
        for pid, (row, _) in merged.items():
            successor = self._provinces.get(row.fields["successor"])
            if successor is None or not successor.id.startswith("p34-"):
                raise row.fail(f"successor {row.fields['successor']!r} is not a p34 unit of "
                               f"the file")
            if pid.startswith("p34-") and successor.id != pid:
                raise row.fail("a p34 unit is its own successor")
        order = {row.origin: i for i, row in enumerate(rows)}
        for claims in self._place_index.values():
            for i, a in enumerate(claims):
                for b in claims[i + 1:]:
                    pa, pb = self._provinces[a.target], self._provinces[b.target]
                    if not (a.shared or b.shared) and _overlap(pa, pb):
                        a, b = sorted((a, b), key=lambda c: order.get(c.origin, -1))
                        raise GazetteerError(
                            f"{b.origin}: alias {b.text!r} also names {a.target} ({a.origin}) "
                            f"at the same dates; mark one of them with {SHARED!r}")
        for day, expected in ((REFORM_LAST_DAY, 63), (REFORM_FIRST_DAY, 34)):
            if not rows:
                break
            valid = [merged[p.id][0] for p in self._provinces.values() if p.valid_on(day)]
            if len(valid) != expected:
                # too many: blame the last row counted; too few: the file's header
                where = (valid[-1].origin if len(valid) > expected
                         else rows[0].origin.rsplit(":", 1)[0] + ":1")
                raise GazetteerError(f"{where}: {len(valid)} units in force on {day}; "
                                     f"expected 63 on {REFORM_LAST_DAY} and 34 on "
                                     f"{REFORM_FIRST_DAY}")

    def _pick_place(self, claims: list[_Claim], on: dt.date | None) -> Province | None:
        found = [(self._provinces[c.target], c.shared) for c in claims]
        if on is not None:
            found = [(p, s) for p, s in found if p.valid_on(on)]
        primary = [p for p, s in found if not s] or [p for p, _ in found]
        if not primary:
            return None
        if on is None:  # the most recent unit of that name
            return max(primary, key=lambda p: (p.valid_from or dt.date.min, p.id))
        ids = {p.id for p in primary}
        return primary[0] if len(ids) == 1 else None

    def province(self, name: str, *, on: dt.date | None = None) -> Province | None:
        """The province a name means (on a date when given; else the most recent unit).

        Case, tone placement, "tỉnh"/"thành phố"/"TP" and missing diacritics do not matter.

        >>> gaz = load_gazetteer()
        >>> gaz.province("tỉnh Sóc Trăng", on=dt.date(2025, 1, 6)).name
        'Sóc Trăng'
        >>> gaz.province("TP.HCM").id, gaz.province("Dak Lak").id
        ('p34-ho-chi-minh', 'p34-dak-lak')
        """
        claims = self._place_index.get(place_key(name))
        if claims:
            found = self._pick_place(claims, on)
            if found is not None:
                return found
        claims = self._place_ascii.get(place_ascii_key(name))
        return self._pick_place(claims, on) if claims else None

    def province_by_id(self, province_id: str) -> Province | None:
        """The province with that id.

        >>> load_gazetteer().province_by_id("p34-hue").kind
        'thành phố'
        """
        return self._provinces.get(province_id)

    def successor(self, province: Province | str) -> Province:
        """The 2025 unit a province went into (itself for a 2025 unit).

        >>> gaz = load_gazetteer()
        >>> gaz.successor(gaz.province("Sóc Trăng")).name
        'Cần Thơ'
        """
        pid = province if isinstance(province, str) else province.id
        return self._provinces[self._provinces[pid].successor_id]

    @property
    def provinces(self) -> tuple[Province, ...]:
        """Every province row, old and new units.

        >>> len(load_gazetteer().provinces) >= 97
        True
        """
        return tuple(self._provinces.values())

    def province_names(self) -> Iterator[tuple[str, Province]]:
        """(surface form, province) pairs: names, English names and aliases, for scanners.

        >>> ("TP.HCM", "p34-ho-chi-minh") in {(a, p.id) for a, p in load_gazetteer(
        ...     ).province_names()}
        True
        """
        for p in self._provinces.values():
            yield from ((form, p) for form in dict.fromkeys(
                (p.name, *([p.name_en] if p.name_en else []), *p.aliases)))

    # -- titles ------------------------------------------------------------------------------

    def _build_titles(self, rows: list[_Row]) -> None:
        merged: dict[str, tuple[_Row, list[tuple[str, bool]], list[tuple[str, bool]]]] = {}
        for row in rows:
            f = row.fields
            if f["id"] in merged:
                first, aliases, english = merged[f["id"]]
                for column in ("canonical", "level", "branch", "rank"):
                    if f[column] and f[column] != first.fields[column]:
                        raise row.fail(f"id {f['id']!r} repeats {first.origin} with another "
                                       f"{column} ({f[column]!r})")
                aliases.extend(_split_aliases(row, "aliases"))
                english.extend(_split_aliases(row, "english"))
                continue
            if not _TITLE_ID.match(f["id"]):
                raise row.fail(f"id {f['id']!r} is not t-<slug>")
            if not f["canonical"] or canonical_tones(f["canonical"]) != f["canonical"]:
                raise row.fail(f"canonical {f['canonical']!r} is empty or not in canonical "
                               f"tone placement")
            if f["level"] not in LEVELS:
                raise row.fail(f"level {f['level']!r} is not one of {sorted(LEVELS)}")
            if f["branch"] not in BRANCHES:
                raise row.fail(f"branch {f['branch']!r} is not one of {sorted(BRANCHES)}")
            if not f["rank"].isdigit():
                raise row.fail(f"rank {f['rank']!r} is not a non-negative integer")
            merged[f["id"]] = (row, _split_aliases(row, "aliases"),
                               _split_aliases(row, "english"))
        for tid, (row, aliases, english) in merged.items():
            f = row.fields
            self._titles[tid] = Title(
                tid, f["canonical"], f["level"], f["branch"], int(f["rank"]),
                tuple(dict.fromkeys(a for a, _ in aliases)),
                tuple(dict.fromkeys(a for a, _ in english)), f["source"])
            for alias, shared in [(f["canonical"], False), *aliases, *english]:
                key = title_key(alias)
                if not key:
                    raise row.fail(f"alias {alias!r} has no letters")
                claims = self._title_index[key]
                if any(c.target == tid for c in claims):
                    continue
                clash = [c for c in claims if not c.shared]
                if clash and not shared:
                    raise row.fail(f"alias {alias!r} is already claimed by {clash[0].target} "
                                   f"({clash[0].origin}); mark one of them with {SHARED!r}")
                claims.append(_Claim(tid, shared, row.origin))
                akey = _ascii_words(alias)
                if not any(c.target == tid for c in self._title_ascii[akey]):
                    self._title_ascii[akey].append(_Claim(tid, shared, row.origin))

    def _pick_title(self, claims: list[_Claim] | None) -> Title | None:
        if not claims:
            return None
        primary = {c.target for c in claims if not c.shared}
        return self._titles[primary.pop()] if len(primary) == 1 else None

    def _title_exact(self, text: str) -> Title | None:
        found = self._pick_title(self._title_index.get(title_key(text)))
        if found is None:
            claims = self._title_ascii.get(_ascii_words(text))
            if claims and len({c.target for c in claims if not c.shared}) == 1:
                found = self._pick_title(claims)
        return found

    def _without_province(self, words: list[str]) -> Iterator[list[str]]:
        """The words with one span naming a province removed, longest spans first; then with
        the span replaced by the level word of its kind ("TP.HCM" -> "thành phố")."""
        for size in range(min(6, len(words) - 1), 0, -1):
            for i in range(len(words) - size + 1):
                span = " ".join(words[i:i + size])
                claims = (self._place_index.get(place_key(span))
                          or self._place_ascii.get(place_ascii_key(span)))
                if claims:
                    yield words[:i] + words[i + size:]
                    for level in _LEVEL_WORDS[self._provinces[claims[0].target].kind]:
                        yield [*words[:i], level, *words[i + size:]]

    def title(self, text: str) -> Title | None:
        """The taxonomy entry for a title as written: canonical, abbreviated or English,
        with or without the province's name; None when unknown or ambiguous.

        >>> gaz = load_gazetteer()
        >>> gaz.title("Phó Chủ tịch UBND tỉnh Thanh Hoá").canonical
        'Phó Chủ tịch Ủy ban nhân dân tỉnh'
        >>> gaz.title("Deputy Prime Minister").canonical
        'Phó Thủ tướng Chính phủ'
        """
        found = self._title_exact(text)
        if found is not None:
            return found
        words = unicodedata.normalize("NFC", text).split()
        for rest in self._without_province(words):
            found = self._title_exact(" ".join(rest))
            if found is not None:
                return found
        for end in range(len(words) - 1, 0, -1):  # "Chủ tịch UBND xã Tân Phú": a name follows
            if words[end][:1].isupper():
                found = self._title_exact(" ".join(words[:end]))
                if found is not None:
                    return found
        return None

    def titles_for(self, text: str) -> list[Title]:
        """Every entry claiming that exact text, primary claim first.

        >>> [t.canonical for t in load_gazetteer().titles_for("Bí thư TU")]
        ['Bí thư Tỉnh ủy', 'Bí thư Thành ủy']
        """
        claims = sorted(self._title_index.get(title_key(text), []), key=lambda c: c.shared)
        return [self._titles[c.target] for c in claims]

    def title_by_id(self, title_id: str) -> Title | None:
        """The title with that id.

        >>> load_gazetteer().title_by_id("t-tong-bi-thu").rank
        1
        """
        return self._titles.get(title_id)

    @property
    def titles(self) -> tuple[Title, ...]:
        """Every title, most senior first.

        >>> load_gazetteer().titles[0].canonical
        'Tổng Bí thư'
        """
        return tuple(sorted(self._titles.values(), key=lambda t: (t.rank, t.canonical)))

    # -- officials ---------------------------------------------------------------------------

    def _build_officials(self, rows: list[_Row]) -> None:
        names: dict[str, tuple[str, str]] = {}          # person_id -> (name, origin)
        aliases: dict[str, dict[str, bool]] = defaultdict(dict)
        positions: dict[str, list[Position]] = defaultdict(list)
        seen: dict[tuple[str, str, str | None, str], str] = {}  # position -> origin
        for row in rows:
            f = row.fields
            pid, name = f["person_id"], f["name"]
            if not _SLUG_ID.match(pid):
                raise row.fail(f"person_id {pid!r} is not a lowercase ASCII slug")
            if not name or canonical_tones(name) != name:
                raise row.fail(f"name {name!r} is empty or not in canonical tone placement "
                               f"({canonical_tones(name)!r})")
            if pid in names and names[pid][0] != name:
                raise row.fail(f"person_id {pid!r} is {names[pid][0]!r} at {names[pid][1]}, "
                               f"here {name!r}")
            names.setdefault(pid, (name, row.origin))
            for alias, shared in _split_aliases(row, "aliases"):
                aliases[pid][alias] = aliases[pid].get(alias, False) or shared
            start, end = _partial_date(row, "start"), _partial_date(row, "end")
            if start and end and _partial_bound(f["start"], last=False) > end:
                raise row.fail(f"start {f['start']} is after end {f['end']}")
            title = self.title(f["title"])
            if title is None:
                raise row.fail(f"title {f['title']!r} is not a title of titles.tsv")
            province: Province | None = None
            if f["province"]:
                # the province of the position's first day, else of its last
                province = self.province(f["province"], on=start or (
                    _partial_bound(f["end"], last=False) if end else None))
                if province is None:
                    raise row.fail(f"province {f['province']!r} is not a province"
                                   + (f" on {start}" if start else ""))
            if province is not None and province.valid_to is not None and (
                    end is None or end > province.valid_to):
                after = self.successor(province)
                if after.name != province.name:  # an office of a province that ceased
                    raise row.fail(f"{province.name} ended on {province.valid_to}: end the "
                                   f"position there and start one in {after.name}")
            held = (pid, title.id, province.id if province else None, f["start"])
            if held in seen:
                raise row.fail(f"the same position is already at {seen[held]}")
            seen[held] = row.origin
            positions[pid].append(Position(
                pid, title.id, title.canonical, province.name if province else None,
                province.id if province else None, f["start"], f["end"], f["source"],
                row.origin))
        for held_by in positions.values():
            _check_overlaps(held_by)
        for pid, (name, origin) in names.items():
            own = aliases[pid]
            forms = [(name, own.get(name, False)), *((a, s) for a, s in own.items() if a != name)]
            self._officials[pid] = Official(
                pid, name, tuple(a for a in own if a != name),
                tuple(sorted(positions[pid], key=lambda p: _partial_bound(p.start, last=False)
                             if p.start else dt.date.min)))
            for form, shared in forms:
                key = " ".join(_words_key(form).split())
                claims = self._name_index[key]
                if any(c.target == pid for c in claims):
                    continue
                clash = [c for c in claims if not c.shared]
                if clash and not shared:
                    raise GazetteerError(
                        f"{origin}: name {form!r} of {pid} is also {clash[0].target} "
                        f"({clash[0].origin}); list '{SHARED}{form}' among the aliases of "
                        f"both people")
                claims.append(_Claim(pid, shared, origin))
                self._name_ascii[" ".join(fold_ascii(form.replace("-", " ")).split())].add(pid)

    def officials_named(self, name: str) -> list[Official]:
        """The people of that name or alias, whatever the tone placement or case.

        >>> [o.person_id for o in load_gazetteer(extra=_FIXTURE_DOC).officials_named(
        ...     "khổng minh thuỷ")]
        ['fixture-khong-minh-thuy']
        """
        claims = self._name_index.get(" ".join(_words_key(name).split()), [])
        return [self._officials[c.target] for c in claims]

    def officials_ascii(self, name: str) -> list[Official]:
        """The people whose name or alias, without diacritics, is ``name`` (English text).

        >>> [o.name for o in load_gazetteer(extra=_FIXTURE_DOC).officials_ascii(
        ...     "Khong Minh Thuy")]
        ['Khổng Minh Thủy']
        """
        key = " ".join(fold_ascii(name.replace("-", " ")).split())
        return [self._officials[p] for p in sorted(self._name_ascii.get(key, ()))]

    def official(self, person_id: str) -> Official | None:
        """The person with that id.

        >>> load_gazetteer(extra=_FIXTURE_DOC).official("fixture-khong-minh-thuy").name
        'Khổng Minh Thủy'
        """
        return self._officials.get(person_id)

    @property
    def officials(self) -> tuple[Official, ...]:
        """Every person of the officials files.

        >>> isinstance(load_gazetteer().officials, tuple)
        True
        """
        return tuple(self._officials.values())

    def positions_on(self, person_id: str, on: dt.date) -> list[Position]:
        """The positions the person held on that date.

        >>> [p.title for p in load_gazetteer(extra=_FIXTURE_DOC).positions_on(
        ...     "fixture-khong-minh-thuy", dt.date(2024, 5, 1))]
        ['Ủy viên Trung ương Đảng', 'Chủ tịch Ủy ban nhân dân tỉnh']
        """
        person = self._officials.get(person_id)
        return [p for p in person.positions if p.covers(on)] if person else []

    # -- counts ------------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        """Rows of every file read, and entries of every kind.

        >>> load_gazetteer().counts()["provinces_34"]
        34
        """
        out = {os.path.basename(path) or schema: n for path, schema, n in self._files}
        out.update({
            "provinces": len(self._provinces),
            "provinces_63": sum(p.valid_on(REFORM_LAST_DAY) for p in self._provinces.values()),
            "provinces_34": sum(p.valid_on(REFORM_FIRST_DAY) for p in self._provinces.values()),
            "province_aliases": sum(1 for _ in self.province_names()),
            "titles": len(self._titles),
            "title_aliases": sum(len(t.aliases) + len(t.english) for t in self._titles.values()),
            "officials": len(self._officials),
            "positions": sum(len(o.positions) for o in self._officials.values()),
        })
        return out


# ---------------------------------------------------------------------------------------------
# loading


def data_dir() -> Traversable:
    """Where the shipped files are: inside the installed package, else the repository's data.

    >>> data_dir().joinpath("provinces.tsv").is_file()
    True
    """
    return shipped_data("gazetteers")


def _shipped_files() -> list[Traversable]:
    folder = data_dir()
    names = {entry.name: entry for entry in folder.iterdir()}
    for required in ("provinces.tsv", "titles.tsv"):
        if required not in names:
            raise GazetteerError(f"{folder}: {required} is missing")
    officials = sorted(n for n in names if fnmatch.fnmatch(n, "officials-*.tsv"))
    return [names["provinces.tsv"], names["titles.tsv"], *(names[n] for n in officials)]


def _extra_files(extra: PathArg | Iterable[PathArg]) -> list[Path]:
    items: Iterable[PathArg] = ([extra] if isinstance(extra, (str, os.PathLike)) else extra)
    out: list[Path] = []
    for item in items:
        path = Path(os.fspath(item))
        if path.is_dir():
            out.extend(sorted(path.glob("*.tsv")))
        elif path.is_file():
            out.append(path)
        else:
            raise GazetteerError(f"{path}: no such file or folder")
    return out


def _build(extra: tuple[Path, ...]) -> Gazetteer:
    files = [_read_tsv(f) for f in (*_shipped_files(), *extra)]
    return Gazetteer(files)


@cache
def _shipped() -> Gazetteer:
    return _build(())


def load_gazetteer(*, extra: PathArg | Iterable[PathArg] | None = None) -> Gazetteer:
    """The gazetteer shipped with vnpolnews, plus ``extra`` rows (a folder or files in the same
    formats: officials, or provinces and titles rows adding aliases to an id or new entries).

    Without ``extra`` the result is loaded once and cached.

    >>> load_gazetteer() is load_gazetteer()
    True
    >>> load_gazetteer().title("Bí thư TU").canonical
    'Bí thư Tỉnh ủy'
    """
    if extra is None:
        return _shipped()
    return _build(tuple(_extra_files(extra)))


# an officials file for the doctests above: a made-up person
_FIXTURE_DOC = Path(__file__).resolve().parent.parent / "tests" / "data" / "officials-fixture.tsv"


def main(argv: Sequence[str] | None = None) -> int:
    """Print the counts of every gazetteer file; ``python -m vnpolnews._gazetteer``.

    >>> import contextlib, io
    >>> with contextlib.redirect_stdout(io.StringIO()) as out:
    ...     code = main([])
    >>> code, "provinces.tsv" in out.getvalue()
    (0, True)
    """
    args = list(sys.argv[1:] if argv is None else argv)
    gazetteer = load_gazetteer(extra=args or None)
    counts = gazetteer.counts()
    width = max(len(k) for k in counts)
    lines = [f"{name:<{width}}  {value:>6}" for name, value in counts.items()]
    lines.append("\nprovinces whose party secretary / people's committee chairman is known")
    for day in _COVERAGE_DAYS:
        units = {p.name for p in gazetteer.provinces if p.valid_on(day)}  # one name per day
        known = [len(units & {p.province for o in gazetteer.officials for p in o.positions
                              if p.title_id in ids and p.province and p.covers(day)})
                 for ids in _HEADS]
        lines.append(f"  on {day}: {known[0]} / {known[1]} of {len(units)}")
    sys.stdout.write("\n".join(lines) + "\n")
    return 0


# The days `main` reports coverage on, and the offices it counts.
_COVERAGE_DAYS = (dt.date(2020, 1, 1), dt.date(2022, 1, 1), dt.date(2024, 1, 1),
                  dt.date(2025, 6, 1), dt.date(2025, 8, 1), dt.date(2026, 3, 1))
_HEADS = ({"t-bi-thu-tinh-uy", "t-bi-thu-thanh-uy"},
          {"t-chu-tich-uy-ban-nhan-dan-tinh", "t-chu-tich-uy-ban-nhan-dan-thanh-pho"})


if __name__ == "__main__":
    raise SystemExit(main())
