"""Link a written name to the officials gazetteer, and check written titles against the
positions the person held on the event's date.

Linking. The name is looked up with its diacritics (whatever the tone placement); a name written
without any diacritics ("Pham Minh Chinh") is looked up folded to ASCII. When several people
answer, the one whose positions on the event's date fit the written titles wins, then the one in
office on that date; a tie stays unlinked rather than guessed.

Title check. ``title.held``: a written title is a position the person held on the event's date.
``title.not_held``: no written title is held on that date, but one of them is a position the
person held at another time (an anachronism, or an error of the article or of the data). The
gazetteer lists only senior offices, so a title it does not know is neither.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from ._gazetteer import Gazetteer, Official, Position, load_gazetteer
from ._keys import canonical_tones, fold_ascii

__all__ = ["Link", "check_titles", "held_province", "likeliest_year", "link"]


@dataclass(frozen=True, slots=True)
class Link:
    """A written name as linked: the name to show, the gazetteer id or None, and the rule."""

    name: str
    person_id: str | None
    rule: str


def link(written: str, *, on: dt.date | None, titles: Sequence[str],
         gazetteer: Gazetteer | None = None) -> Link:
    """The gazetteer's spelling and id of a written name, when exactly one person fits.

    >>> link("Tô Lâm", on=dt.date(2025, 1, 2), titles=["Tổng Bí thư"]).person_id
    'to-lam'
    """
    gazetteer = gazetteer or load_gazetteer()
    display = canonical_tones(written)
    ascii_name = fold_ascii(written) == written.casefold()
    candidates = gazetteer.officials_named(display)
    if not candidates and ascii_name:
        candidates = gazetteer.officials_ascii(written)
    if not candidates:
        return Link(display, None, "name.ascii_unlinked" if ascii_name else "name.unlinked")
    if len(candidates) > 1:
        candidates = _choose(candidates, on, titles, gazetteer)
    if len(candidates) == 1:
        return Link(candidates[0].name, candidates[0].person_id,
                    "name.ascii_linked" if ascii_name else "name.linked")
    return Link(display, None, "name.ambiguous")


def _fits(title: str, position: Position) -> bool:
    """Whether a canonical title as written ("Bí thư Tỉnh ủy Cao Bằng") is that position."""
    written, held = title.casefold(), position.title.casefold()
    if written == held:
        return True
    if not written.startswith(held + " "):
        return False
    rest = written[len(held) + 1 :]
    return position.province is not None and rest == position.province.casefold()


def _choose(candidates: list[Official], on: dt.date | None, titles: Sequence[str],
            gazetteer: Gazetteer) -> list[Official]:
    """Of several people with one name, those whose positions on the date fit the titles
    written (else those in office on that date)."""
    if on is None:
        return candidates
    scored: list[tuple[int, Official]] = []
    for official in candidates:
        held = gazetteer.positions_on(official.person_id, on)
        fit = sum(1 for p in held if any(_fits(t, p) for t in titles))
        scored.append((fit * 10 + (1 if held else 0), official))
    best = max(score for score, _ in scored)
    return [o for score, o in scored if score == best] if best > 0 else candidates


def _written(person_id: str | None, titles: Sequence[str], gazetteer: Gazetteer | None
             ) -> list[Position]:
    """The person's positions that are titles written with them, at any time."""
    if person_id is None or not titles:
        return []
    official = (gazetteer or load_gazetteer()).official(person_id)
    if official is None:
        return []
    return [p for p in official.positions if any(_fits(t, p) for t in titles)]


def check_titles(person_id: str | None, *, on: dt.date | None, titles: Sequence[str],
                 gazetteer: Gazetteer | None = None) -> str | None:
    """``title.held``, ``title.not_held`` or None (the gazetteer cannot tell).

    >>> check_titles("to-lam", on=dt.date(2023, 5, 1), titles=["Bộ trưởng Bộ Công an"])
    'title.held'
    >>> check_titles("to-lam", on=dt.date(2025, 5, 1), titles=["Bộ trưởng Bộ Công an"])
    'title.not_held'
    """
    known = _written(person_id, titles, gazetteer) if on is not None else []
    if not known:
        return None
    assert on is not None
    return "title.held" if any(p.covers(on) for p in known) else "title.not_held"


def held_province(person_id: str | None, *, on: dt.date | None, titles: Sequence[str],
                  gazetteer: Gazetteer | None = None) -> str | None:
    """The province of the office written with the person ("Bí thư Tỉnh ủy") that the
    gazetteer says they held that day, when it is one province.

    >>> held_province("nguyen-van-nen", on=dt.date(2022, 5, 1), titles=["Bí thư Thành ủy"])
    'Hồ Chí Minh'
    """
    if on is None:
        return None
    provinces = {p.province for p in _written(person_id, titles, gazetteer)
                 if p.province and p.covers(on)}
    return provinces.pop() if len(provinces) == 1 else None


#: The years a guessed date may move to.
_FIRST_YEAR = 1990


def likeliest_year(dated: Sequence[tuple[str, Sequence[str], int, int]], *, near: int,
                   gazetteer: Gazetteer | None = None) -> int | None:
    """The year in which the people held most of the titles written with them on those days
    (``dated``: person id, titles, month, day), nearest to ``near`` on a tie; None when ``near``
    does as well as any year.

    >>> likeliest_year([("to-lam", ["Bộ trưởng Bộ Công an"], 5, 1)], near=2026)
    2024
    """
    # the positions each person held under the titles written: they do not depend on the year
    known = [(held, month, day) for person_id, titles, month, day in dated
             if (held := _written(person_id, titles, gazetteer))]

    def score(year: int) -> int:
        total = 0
        for held, month, day in known:
            try:
                on = dt.date(year, month, day)
            except ValueError:
                continue
            total += 1 if any(p.covers(on) for p in held) else -1
        return total

    if not dated:
        return None
    this_year = dt.date.today().year
    scores = {year: score(year) for year in range(_FIRST_YEAR, this_year + 1)}
    best = max(scores.values())
    if best <= 0 or scores.get(near, best - 1) >= best:
        return None
    return min((y for y, s in scores.items() if s == best), key=lambda y: (abs(y - near), -y))
