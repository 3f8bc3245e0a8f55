"""Gazetteer scans with one explicit overlap rule: longest match first, then leftmost.

pyahocorasick finds every occurrence of every key in one pass; we keep those that stand
as whole words and resolve overlaps as spaCy's ``filter_spans`` does.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Generic, TypeVar

import ahocorasick

V = TypeVar("V")


@dataclass(frozen=True, slots=True)
class Hit(Generic[V]):
    """A whole-word match of a key: ``text[start:end]`` and the value stored with the key."""

    start: int
    end: int
    value: V


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch in "'’" or ch == "_"


class Scanner(Generic[V]):
    """Find keys in text as whole words; overlaps resolved longest, then leftmost.

    >>> s = Scanner([("Thanh Hóa", 1), ("Hóa", 2)])
    >>> [(h.start, h.end, h.value) for h in s.find("UBND tỉnh Thanh Hóa.")]
    [(10, 19, 1)]
    """

    def __init__(self, items: Iterable[tuple[str, V]]) -> None:
        self._automaton = ahocorasick.Automaton()
        count = 0
        for key, value in items:
            if key:
                self._automaton.add_word(key, (len(key), value))
                count += 1
        self._empty = count == 0
        if not self._empty:
            self._automaton.make_automaton()

    def find_all(self, text: str) -> list[Hit[V]]:
        """Every whole-word occurrence, overlapping ones included."""
        if self._empty:
            return []
        hits: list[Hit[V]] = []
        for end_index, (length, value) in self._automaton.iter(text):
            end = end_index + 1
            start = end - length
            if start > 0 and _is_word_char(text[start - 1]):
                continue
            if end < len(text) and _is_word_char(text[end]):
                continue
            hits.append(Hit(start, end, value))
        return hits

    def find(self, text: str) -> list[Hit[V]]:
        """Non-overlapping whole-word matches: longest first, then leftmost; in text order."""
        chosen: list[Hit[V]] = []
        occupied = bytearray(len(text))  # one flag per character: linear, whatever the hits
        for hit in sorted(self.find_all(text), key=lambda h: (-(h.end - h.start), h.start)):
            if any(occupied[hit.start : hit.end]):
                continue
            chosen.append(hit)
            occupied[hit.start : hit.end] = b"\x01" * (hit.end - hit.start)
        return sorted(chosen, key=lambda h: h.start)
