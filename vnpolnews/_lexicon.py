"""The grammar's word lists (data/lexicon/*.tsv): loaded once, checked, cached.

Word lists are data, one row per word with its source; the grammar that uses them is code.
"""

from __future__ import annotations

import csv
import datetime as dt
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from ._keys import canonical_tones, name_key
from .errors import GazetteerError


def data_dir(name: str) -> Path:
    """The folder of a data set: inside the installed package, else the repository's ``data/``.

    >>> data_dir("lexicon").name
    'lexicon'
    """
    packaged = Path(str(resources.files("vnpolnews"))) / "data" / name
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "data" / name


def read_tsv(path: Path, columns: tuple[str, ...]) -> Iterator[tuple[int, dict[str, str]]]:
    """Rows of a UTF-8 TSV with exactly ``columns`` as header, NFC checked; (line, row) pairs."""
    try:
        handle = path.open(encoding="utf-8", newline="")
    except OSError as error:
        raise GazetteerError(f"{path}: cannot read ({error})") from error
    with handle:
        reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = tuple(next(reader, ()))
        if header != columns:
            raise GazetteerError(f"{path}:1: header {header!r}, expected {columns!r}")
        for number, cells in enumerate(reader, start=2):
            if not cells or not "".join(cells).strip():
                continue
            if len(cells) != len(columns):
                raise GazetteerError(
                    f"{path}:{number}: {len(cells)} fields, expected {len(columns)}"
                )
            for cell in cells:
                if unicodedata.normalize("NFC", cell) != cell:
                    raise GazetteerError(f"{path}:{number}: not NFC: {cell!r}")
            row = dict(zip(columns, cells, strict=True))
            if "source" in row and not row["source"].strip():
                raise GazetteerError(f"{path}:{number}: empty source")
            yield number, row


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The word lists the grammar reads."""

    surnames: frozenset[str]
    title_heads: dict[str, str]  # head -> kind (office, standalone, rank, prefix)
    abbreviations: dict[str, str]  # abbreviation -> expansion
    event_triggers: dict[str, str]  # trigger -> event type
    role_cues: tuple[tuple[str, str, str], ...]  # (cue, role, how)
    countries: frozenset[str]
    deceased: dict[str, dt.date]  # name key -> date of death


@cache
def lexicon() -> Lexicon:
    """The shipped word lists, loaded once.

    >>> "Nguyễn" in lexicon().surnames
    True
    """
    folder = data_dir("lexicon")

    def rows(name: str, columns: tuple[str, ...]) -> list[dict[str, str]]:
        return [row for _, row in read_tsv(folder / name, columns)]

    surnames = frozenset(
        canonical_tones(r["surname"]) for r in rows("surnames.tsv", ("surname", "source"))
    )
    heads = {
        canonical_tones(r["head"]): r["kind"]
        for r in rows("title_heads.tsv", ("head", "kind", "source"))
    }
    abbreviations = {
        r["abbreviation"]: canonical_tones(r["expansion"])
        for r in rows("abbreviations.tsv", ("abbreviation", "expansion", "source"))
    }
    triggers = {
        r["trigger"]: r["event_type"]
        for r in rows("event_triggers.tsv", ("trigger", "event_type", "source"))
    }
    cues = tuple(
        (r["cue"], r["role"], r["how"])
        for r in rows("role_cues.tsv", ("cue", "role", "how", "source"))
    )
    countries = frozenset(
        canonical_tones(r["name"]) for r in rows("countries.tsv", ("name", "source"))
    )
    deceased: dict[str, dt.date] = {}
    for number, row in read_tsv(folder / "deceased.tsv", ("name", "died", "source")):
        try:
            deceased[name_key(row["name"])] = dt.date.fromisoformat(row["died"])
        except ValueError as error:
            raise GazetteerError(f"{folder / 'deceased.tsv'}:{number}: bad date") from error
    return Lexicon(surnames, heads, abbreviations, triggers, cues, countries, deceased)
