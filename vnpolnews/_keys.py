"""Keys that make spellings of one name compare equal: tone placement, case, diacritics.

Vietnamese writes the tone of an open "oa", "oe" or "uy" either on the first vowel
("Hóa", "Thủy": the placement of official documents and of most of the press) or on the second
("Hoá", "Thuỷ"). :func:`canonical_tones` rewrites the second into the first, so that names, titles
and places join across outlets; the other keys fold further for matching.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import regex

_TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"  # huyền, sắc, ngã, hỏi, nặng

_OPEN_GLIDE = regex.compile(
    r"""
    (?<![qQ])                   # "quý" keeps its tone on y: qu is one consonant
    ([oO][aAeE] | [uU][yY])     # an open glide + vowel: oa, oe, uy
    ([\u0300\u0301\u0303\u0309\u0323])  # the tone, written on the second vowel
    (?![\p{L}\p{M}])            # nothing follows: no final consonant ("hoàng" is fine)
    """,
    regex.VERBOSE,
)


def _move(match: regex.Match[str]) -> str:
    pair, tone = str(match.group(1)), str(match.group(2))
    return pair[0] + tone + pair[1]


@lru_cache(maxsize=65536)
def canonical_tones(text: str) -> str:
    """NFC text with the tone of open oa/oe/uy on the first vowel.

    >>> canonical_tones("Thanh Hoá, Thuỷ, hoàng, quý")
    'Thanh Hóa, Thủy, hoàng, quý'
    """
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", _OPEN_GLIDE.sub(_move, decomposed))


def syllable_key(word: str) -> str:
    """A word as letters without tone plus its tone: equal whatever the placement or case.

    >>> syllable_key("Thuỷ") == syllable_key("thủy")
    True
    """
    decomposed = unicodedata.normalize("NFD", word.casefold())
    tones = "".join(c for c in decomposed if c in _TONE_MARKS)
    base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONE_MARKS))
    return base + tones


def name_key(name: str) -> str:
    """A name's syllable keys joined by spaces (hyphens and extra spaces ignored).

    >>> name_key("Phạm  Minh Chính") == name_key("phạm minh chính")
    True
    """
    visible = "".join(ch for ch in name if unicodedata.category(ch) != "Cf")  # soft hyphens
    return " ".join(syllable_key(w) for w in visible.replace("-", " ").split())


def fold_ascii(text: str) -> str:
    """Casefolded letters without any diacritic, đ as d: how English articles write names.

    >>> fold_ascii("Phạm Minh Chính, Đắk Lắk")
    'pham minh chinh, dak lak'
    """
    decomposed = unicodedata.normalize("NFD", text.casefold().replace("đ", "d"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))
