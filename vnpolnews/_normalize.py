"""Normalisation with an offset map back to the caller's text.

What it does, in one pass: NFC composition (decomposed input), the tone placement of
:func:`vnpolnews._keys.canonical_tones`, non-breaking and exotic spaces to a plain space,
zero-width and control characters dropped, and a space put back where a lost one glued two
words ("UBNDtỉnh", "Ninhtổ chức", "cửĐại biểu"). Every character of the normalised text knows the
span of the input it came from, so mentions found in the normalised text are reported with
offsets into the input.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import regex

from ._keys import canonical_tones

# every space-like character except the newline, and control characters: a space each
_SPACES = regex.compile(r"[\p{Zs}\t\u00a0\u2007\u202f\u200b\p{Cc}--[\n]]", regex.V1)
_DROP = regex.compile(r"[\p{Cf}--[\u200b]]", regex.V1)  # soft hyphen, zero-width joiners, BOM
# A zero-width space beside a real space: dropped, not doubled.
_ZWSP_BY_SPACE = regex.compile(r"\s\u200b|\u200b\s")
# A run of combining marks longer than UAX #15's stream-safe limit (30): kept to 30.
_LONG_MARKS = regex.compile(r"\p{M}{31,}")

# One Vietnamese syllable, written in lower case: onset, glide/vowel nucleus, coda.
_SYLLABLE = r"""
    (?: ngh | ng | nh | ch | gh | gi | kh | ph | qu | th | tr | [bcdđghklmnpqrstvx] )?
    [aăâeêioôơuưyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]{1,3}
    (?: ch | ng | nh | [cmnpt] )?
"""

_SYLLABLE_RE = regex.compile(_SYLLABLE, regex.VERBOSE | regex.IGNORECASE)
_WORD = regex.compile(r"\p{L}{4,}")  # a candidate glued word: letters only, 4 or more

# A lower-case letter followed directly by an upper-case one, in Vietnamese text:
# "cửĐại" -> "cử Đại" ("UBNDtỉnh" is handled by _GLUED_ABBREV).
_GLUED_CASE = regex.compile(
    r"""
    (?<=[\p{Ll}&&[^\x00-\x7f]])         # a lower-case, non-ASCII letter (ử, ệ, ...)
    (?=\p{Lu}\p{Ll})                     # then a capitalised word
    """,
    regex.VERBOSE | regex.V1,
)

_GLUED_ABBREV = regex.compile(
    r"""
    (?<=\b(?:UBND|HĐND|MTTQ|ĐBQH|BCH|BTV|TP|TW|TƯ))   # a known upper-case abbreviation
    (?=\p{Ll}{2,})                                     # glued to a lower-case word
    """,
    regex.VERBOSE,
)


@dataclass(frozen=True, slots=True)
class Normalized:
    """Normalised text and, for each of its characters, where it came from in the input.

    >>> n = normalize("Thanh Hoa\\u0301 UBNDtỉnh")
    >>> n.text
    'Thanh Hóa UBND tỉnh'
    >>> n.source_span(0, 9)
    (0, 10)
    """

    text: str
    original: str
    starts: tuple[int, ...] | None  # None: identical to the input, offsets are the identity
    ends: tuple[int, ...] | None

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """The input span of the normalised span ``text[start:end]``."""
        if self.starts is None or self.ends is None:
            return start, end
        if start >= len(self.text):
            return len(self.original), len(self.original)
        if end <= start:
            point = self.starts[start]
            return point, point
        return self.starts[start], self.ends[end - 1]


def _rewrite(text: str) -> str:
    text = _DROP.sub("", text)
    text = _SPACES.sub(" ", text)
    return canonical_tones(unicodedata.normalize("NFC", text))


def _is_syllable(word: str) -> bool:
    return _SYLLABLE_RE.fullmatch(word) is not None


def _split_word(match: regex.Match[str]) -> str:
    """ "Ninhtổ" -> "Ninh tổ": a word that is no syllable but two, the second with an onset
    consonant and the word with a Vietnamese letter (foreign words are left alone)."""
    word = str(match.group())
    if word.isascii() or _is_syllable(word) or word.isupper():
        return word
    for cut in range(len(word) - 2, 1, -1):
        left, right = word[:cut], word[cut:]
        if right[0].lower() in "aăâeêioôơuưy" or not right[0].islower():
            continue
        if _is_syllable(left) and _is_syllable(right):
            return left + " " + right
    return word


def _unglue(text: str) -> str:
    text = str(_GLUED_ABBREV.sub(" ", text))
    text = str(_GLUED_CASE.sub(" ", text))
    return str(_WORD.sub(_split_word, text))


def _cluster_map(text: str) -> tuple[str, list[int], list[int]]:
    """Rewrite grapheme cluster by cluster (slow path: decomposed input, dropped characters)."""
    starts: list[int] = []
    ends: list[int] = []
    pieces: list[str] = []
    for match in regex.finditer(r"\X", text):
        cluster = match.group()
        if len(cluster) > 31:  # stream-safe: normalising a huge cluster is quadratic
            cluster = cluster[:31]
        if cluster == "\u200b" and (text[match.start() - 1 : match.start()].isspace()
                                    or text[match.end() : match.end() + 1].isspace()):
            cluster = ""  # a zero-width space beside a real one adds nothing
        piece = unicodedata.normalize("NFC", _SPACES.sub(" ", _DROP.sub("", cluster)))
        pieces.append(piece)
        starts.extend([match.start()] * len(piece))
        ends.extend([match.end()] * len(piece))
    joined = "".join(pieces)
    moved = canonical_tones(joined)  # tone moves keep the length: the map still holds
    return (moved if len(moved) == len(joined) else joined), starts, ends


def normalize(text: str) -> Normalized:
    """Normalise ``text`` and keep the offset map (the identity when lengths are kept).

    >>> normalize("Sáng 6/1").starts is None
    True
    """
    if _LONG_MARKS.search(text):
        rewritten, starts0, ends0 = _cluster_map(text)
        return _finish(text, rewritten, starts0, ends0)
    rewritten = _rewrite(text)
    identity = (
        len(rewritten) == len(text)
        and unicodedata.is_normalized("NFC", text)
        and _DROP.search(text) is None
        and _ZWSP_BY_SPACE.search(text) is None
    )
    starts: list[int] | None = None
    ends: list[int] | None = None
    if not identity:
        rewritten, starts, ends = _cluster_map(text)
    return _finish(text, rewritten, starts, ends)


def _finish(text: str, rewritten: str, starts: list[int] | None,
            ends: list[int] | None) -> Normalized:
    """Put back lost spaces and build the final offset map."""
    unglued = _unglue(rewritten)
    if unglued == rewritten and starts is None:
        return Normalized(unglued, text, None, None)
    if starts is None or ends is None:
        starts = list(range(len(text)))
        ends = list(range(1, len(text) + 1))
    f_starts: list[int] = []
    f_ends: list[int] = []
    i = 0
    for ch in unglued:
        if i < len(rewritten) and ch == rewritten[i]:
            f_starts.append(starts[i])
            f_ends.append(ends[i])
            i += 1
        else:  # a space put back: zero-width in the input, just before the next character
            point = starts[i] if i < len(starts) else len(text)
            f_starts.append(point)
            f_ends.append(point)
    return Normalized(unglued, text, tuple(f_starts), tuple(f_ends))
