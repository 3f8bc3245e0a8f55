"""Bytes and text in any encoding Vietnamese news comes in, decoded to Unicode or refused.

:func:`decode` takes bytes or str and gives str. Bytes may be UTF-8 (with or without BOM),
UTF-16 or UTF-32 (with a BOM, or UTF-16 told by its NUL bytes), Windows-1258 (tone marks as
combining characters: decoded, then NFC), or one of the legacy 8-bit font encodings that
Vietnamese offices used before Unicode: TCVN3 (ABC, TCVN 5712:1993) and VNI-Windows. Text in a
legacy encoding is also recognised when it was already read as Windows-1252 into a str (the
"ViÖt Nam" / "Vieät Nam" mojibake), and so is UTF-8 read as Windows-1252 ("Viá»‡t").

Nothing is guessed silently: a str that is ordinary Unicode passes through unchanged; legacy text
is converted only when one reading is clearly Vietnamese (most of its accented words become valid
Vietnamese syllables, and clearly more than under the other readings); otherwise
:class:`~vnpolnews.errors.EncodingError` names the encoding the text looks like and what to do.
:func:`decode_info` tells which reading was used.

The conversion tables are data: ``data/lexicon/legacy-encodings.tsv``.
"""

from __future__ import annotations

import codecs
import functools
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import regex

from ._lexicon import data_dir
from .errors import EncodingError, InputError

__all__ = ["Decoded", "decode", "decode_info", "vietnamese_syllable_share"]

Legacy = Literal["convert", "error"]

# Encodings a caller may name with ``encoding=`` besides Python's own codecs.
_LEGACY_NAMES = {"tcvn3": "tcvn3", "abc": "tcvn3", "tcvn": "tcvn3", "vni": "vni"}

_DESCRIPTION = {
    "tcvn3": "TCVN3 (ABC, TCVN 5712:1993)",
    "vni": "VNI-Windows",
    "cp1258": "Windows-1258",
    "utf-8": "UTF-8",
    "cp1252": "Windows-1252",
}

_SAMPLE = 60_000  # characters scored when weighing readings: enough, and bounded


@dataclass(frozen=True)
class Decoded:
    """Decoded text and how it was read.

    ``encoding`` is the encoding the bytes or text were in ("utf-8", "utf-16", "cp1258",
    "tcvn3", "vni", or "unicode" for a str passed through); ``repaired`` says whether a str was
    mojibake that had to be read again.

    >>> decode_info("Hà Nội")
    Decoded(text='Hà Nội', encoding='unicode', repaired=False)
    """

    text: str
    encoding: str
    repaired: bool = False


# ---------------------------------------------------------------------------------------------
# The conversion tables


def _table_path() -> Path:
    """The TSV inside an installed wheel, or in the source tree."""
    return data_dir("lexicon") / "legacy-encodings.tsv"


@functools.lru_cache(maxsize=1)
def _tables() -> tuple[dict[int, str], dict[str, str]]:
    """TCVN3 byte -> Unicode, and VNI sequence (as Windows-1252 text) -> Unicode."""
    tcvn3: dict[int, str] = {}
    vni: dict[str, str] = {}
    path = _table_path()
    lines = path.read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        row = dict(zip(header, line.split("\t"), strict=False))
        try:
            raw = bytes(int(part, 16) for part in row["bytes"].split())
            target = row["unicode"]
        except (KeyError, ValueError) as error:
            raise EncodingError(f"{path.name}:{number}: bad row ({error})") from error
        if row["encoding"] == "tcvn3":
            tcvn3[raw[0]] = target
        elif row["encoding"] == "vni":
            vni[_bytes_as_text(raw)] = target
    # A capital base letter may carry a small mark byte, and the other way round: the letter's
    # case decides.
    for sequence, target in list(vni.items()):
        if len(sequence) == 2:
            base, mark = sequence[0], sequence[1]
            vni.setdefault(base + mark.swapcase(), target)
    return tcvn3, vni


_CP1252_HOLES = frozenset({0x81, 0x8D, 0x8F, 0x90, 0x9D})  # bytes Windows-1252 leaves undefined

# Each byte as Windows-1252 shows it; its five holes as the Latin-1 control characters.
_SHOWN = tuple(chr(b) if b in _CP1252_HOLES else bytes([b]).decode("cp1252") for b in range(256))
_UNSHOWN = {char: b for b, char in enumerate(_SHOWN)}


def _bytes_as_text(data: bytes) -> str:
    """Bytes as a Windows-1252 reader shows them (never fails)."""
    return "".join(_SHOWN[b] for b in data)


def _text_as_bytes(text: str) -> bytes | None:
    """The bytes a str read as Windows-1252 came from; None when it holds other characters."""
    out = bytearray()
    for char in text:
        byte = _UNSHOWN.get(char)
        if byte is None:
            return None
        out.append(byte)
    return bytes(out)


def _from_tcvn3(data: bytes) -> str:
    table = _tables()[0]
    text = "".join(table.get(b) or chr(b) for b in data)
    return unicodedata.normalize("NFC", text)


def _from_vni(data: bytes) -> str:
    table = _tables()[1]
    shown = _bytes_as_text(data)
    out: list[str] = []
    i = 0
    while i < len(shown):
        pair = table.get(shown[i : i + 2]) if i + 1 < len(shown) else None
        if pair is not None:
            base = shown[i]
            out.append(pair.upper() if base.isupper() else pair.lower())
            i += 2
            continue
        out.append(table.get(shown[i], shown[i]))
        i += 1
    return unicodedata.normalize("NFC", "".join(out))


def _from_cp1258(data: bytes) -> str:
    return unicodedata.normalize("NFC", data.decode("cp1258", errors="strict"))


# ---------------------------------------------------------------------------------------------
# How Vietnamese a reading is


_TONES = {"\u0301": "sac", "\u0300": "huyen", "\u0309": "hoi", "\u0303": "nga", "\u0323": "nang"}


@functools.lru_cache(maxsize=1)
def _letters() -> dict[str, tuple[str, str]]:
    """Every Vietnamese letter, small, mapped to (letter without tone, tone)."""
    letters = {c: (c, "") for c in "bcdđghklmnpqrstvx"}
    for vowel in "aăâeêioôơuưy":
        letters[vowel] = (vowel, "")
        for mark, tone in _TONES.items():
            letters[unicodedata.normalize("NFC", vowel + mark)] = (vowel, tone)
    return letters


_SYLLABLE = regex.compile(
    r"""
    ^(?: ngh | ng | gh | gi | kh | nh | ph | th | tr | ch | qu    # two- and three-letter onsets
       | [bcdđghklmnpqrstvx] )?                                   # or a one-letter onset
    (?P<vowels>
        iêu | yêu | oai | oay | oeo | uây | uôi | ươi | ươu | uya  # three-vowel nuclei
      | uyê | uyu
      | ai | ao | au | ay | âu | ây | eo | êu | ia | iê | iu | oa # two-vowel nuclei
      | oă | oe | oi | oo | ôi | ơi | ua | uâ | uê | ui | uô | uơ
      | uy | ưa | ưi | ươ | ưu | yê
      | [aăâeêioôơuưy]                                            # one vowel
    )
    (?P<coda> ch | ng | nh | [cmnpt] )?$                          # the final consonant, if any
    """,
    regex.VERBOSE,
)

_EDGE_PUNCTUATION = "\"'()[]{}<>.,;:!?-–—…“”‘’«»/|*_+=#%&0123456789"


def _is_syllable(token: str) -> bool:
    """A written Vietnamese syllable: known letters, one tone at most, a known shape."""
    letters = _letters()
    bare: list[str] = []
    tones: list[str] = []
    for char in token.lower():
        entry = letters.get(char)
        if entry is None:
            return False
        bare.append(entry[0])
        if entry[1]:
            tones.append(entry[1])
    if len(tones) > 1:
        return False
    match = _SYLLABLE.match("".join(bare))
    if match is None:
        return False
    coda = match.group("coda") or ""
    if coda in {"c", "ch", "p", "t"} and tones and tones[0] not in {"sac", "nang"}:
        return False  # a stopped syllable takes only the rising or the heavy tone
    return not (match.group("vowels") in {"ă", "â"} and not coda)


def _score(text: str) -> tuple[int, int]:
    """(valid, invalid) counts of the words with non-ASCII letters in ``text``."""
    valid = invalid = 0
    for raw in text[:_SAMPLE].split():
        token = raw.strip(_EDGE_PUNCTUATION)
        if not token or token.isascii():
            continue
        if _is_syllable(token):
            valid += 1
        else:
            invalid += 1
    return valid, invalid


def vietnamese_syllable_share(text: str) -> float:
    """Share of the accented words in ``text`` that are valid Vietnamese syllables.

    >>> vietnamese_syllable_share("Chủ tịch UBND tỉnh")
    1.0
    >>> vietnamese_syllable_share("Chñ tÞch UBND tØnh")
    0.0
    """
    valid, invalid = _score(text)
    return valid / (valid + invalid) if valid + invalid else 1.0


@dataclass(frozen=True)
class _Reading:
    encoding: str
    text: str
    valid: int
    invalid: int

    @property
    def net(self) -> int:
        return self.valid - self.invalid

    @property
    def share(self) -> float:
        total = self.valid + self.invalid
        return self.valid / total if total else 0.0


def _reading(encoding: str, data: bytes) -> _Reading | None:
    try:
        if encoding == "tcvn3":
            text = _from_tcvn3(data)
        elif encoding == "vni":
            text = _from_vni(data)
        elif encoding == "cp1258":
            text = _from_cp1258(data)
        elif encoding == "utf-8":
            text = data.decode("utf-8", errors="strict")
        else:
            text = _bytes_as_text(data)
    except UnicodeDecodeError:
        return None
    valid, invalid = _score(text)
    return _Reading(encoding, text, valid, invalid)


def _readings(data: bytes, encodings: tuple[str, ...]) -> list[_Reading]:
    found = [r for r in (_reading(e, data) for e in encodings) if r is not None]
    return sorted(found, key=lambda r: r.net, reverse=True)


_MIN_SHARE = 0.8  # a converted reading: at least this share of its accented words are syllables
_MIN_WORDS = 3  # and at least this many accented words became syllables


def _advice(encoding: str) -> str:
    if encoding in {"tcvn3", "vni"}:
        return (
            f"convert it to Unicode (UniKey's converter, or decode(..., encoding={encoding!r}) "
            "to force this table), or pass the original bytes"
        )
    return f"pass encoding={encoding!r} if that is right, or re-save the file as UTF-8"


# ---------------------------------------------------------------------------------------------
# Text that is already a str


def _check_str(text: str, *, legacy: Legacy) -> Decoded:
    if text.isascii():
        return Decoded(text, "unicode")
    raw = _text_as_bytes(text[:_SAMPLE])
    if raw is None:
        # Characters outside Windows-1252 (ư, ơ, đ, ạ, …): no 8-bit mojibake, ordinary Unicode.
        return Decoded(text, "unicode")
    as_is = _Reading("unicode", text, *_score(text))
    others = _readings(raw, ("tcvn3", "vni", "cp1258", "utf-8"))
    if not others:
        return Decoded(text, "unicode")
    best = others[0]
    gain = best.net - as_is.net
    if gain < _MIN_WORDS or best.valid < _MIN_WORDS:
        return Decoded(text, "unicode")  # no reading is clearly better: leave the text alone
    runner = others[1] if len(others) > 1 else None
    name = _DESCRIPTION[best.encoding]
    if legacy == "error":
        raise EncodingError(
            f"text looks like {name} read as Windows-1252 (mojibake); {_advice(best.encoding)}"
        )
    if best.share < _MIN_SHARE or (runner is not None and runner.net > best.net * 0.7):
        raise EncodingError(
            f"text looks like {name} read as Windows-1252 (mojibake), but only "
            f"{best.share:.0%} of its accented words convert cleanly; {_advice(best.encoding)}"
        )
    full = _text_as_bytes(text)
    assert full is not None  # the sample was cp1252 all through; so is the rest or we stop
    converted = _reading(best.encoding, full)
    if converted is None:
        raise EncodingError(f"text looks like {name} but does not decode as it")
    return Decoded(converted.text, best.encoding, repaired=True)


# ---------------------------------------------------------------------------------------------
# Bytes


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when NUL bytes sit at every other place, else None."""
    head = data[:4096]
    if len(head) < 4 or len(data) % 2:
        return None
    even = head[0::2].count(0) / len(head[0::2])
    odd = head[1::2].count(0) / len(head[1::2])
    if odd > 0.3 and even < 0.05:
        return "utf-16-le"
    if even > 0.3 and odd < 0.05:
        return "utf-16-be"
    return None


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _decode_named(data: bytes, encoding: str) -> str:
    name = _LEGACY_NAMES.get(encoding.lower().replace("-", "").replace("_", ""))
    if name == "tcvn3":
        return _from_tcvn3(data)
    if name == "vni":
        return _from_vni(data)
    try:
        text = data.decode(encoding, errors="strict")
    except LookupError as error:
        raise EncodingError(f"unknown encoding {encoding!r}") from error
    except UnicodeDecodeError as error:
        raise EncodingError(
            f"bytes are not valid {encoding}: {error.reason} at {error.start}"
        ) from error
    return unicodedata.normalize("NFC", text) if "1258" in encoding else text


def _decode_bytes(data: bytes, *, legacy: Legacy) -> Decoded:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return _then_check(data.decode(codec), codec.replace("-sig", ""), legacy=legacy)
            except UnicodeDecodeError as error:
                raise EncodingError(
                    f"bytes start with a {codec} byte order mark but are not valid {codec}"
                ) from error
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        try:
            return _then_check(data.decode(utf16), "utf-16", legacy=legacy)
        except UnicodeDecodeError:
            pass
    try:
        return _then_check(data.decode("utf-8"), "utf-8", legacy=legacy)
    except UnicodeDecodeError:
        pass
    readings = _readings(data, ("cp1258", "tcvn3", "vni"))
    best = readings[0]
    runner = readings[1] if len(readings) > 1 else None
    clear = (
        best.valid >= 1
        and best.share >= _MIN_SHARE
        and (runner is None or runner.net <= best.net * 0.7 or runner.net < best.net - 5)
    )
    name = _DESCRIPTION[best.encoding]
    if not clear:
        raise EncodingError(
            "bytes are not UTF-8 or UTF-16, and no Vietnamese 8-bit reading is clear (best: "
            f"{name}, {best.share:.0%} of accented words valid); pass encoding=... or re-save "
            "the file as UTF-8"
        )
    if best.encoding in {"tcvn3", "vni"} and legacy == "error":
        raise EncodingError(f"bytes look like {name}; {_advice(best.encoding)}")
    return Decoded(best.text, best.encoding, repaired=best.encoding != "cp1258")


def _then_check(text: str, encoding: str, *, legacy: Legacy) -> Decoded:
    checked = _check_str(text, legacy=legacy)
    return checked if checked.repaired else Decoded(text, encoding)


# ---------------------------------------------------------------------------------------------
# The API


def decode_info(
    data: bytes | bytearray | memoryview | str,
    *,
    encoding: str | None = None,
    legacy: Legacy = "convert",
) -> Decoded:
    """Decode ``data`` to str and say how: see :func:`decode`.

    >>> decode_info("Chñ tÞch UBND tØnh Th¸i B×nh")
    Decoded(text='Chủ tịch UBND tỉnh Thái Bình', encoding='tcvn3', repaired=True)
    """
    if legacy not in ("convert", "error"):
        raise InputError(f"legacy must be 'convert' or 'error', not {legacy!r}")
    if isinstance(data, str):
        if encoding is None:
            return _check_str(data, legacy=legacy)
        raw = _text_as_bytes(data)
        if raw is None:
            raise EncodingError(f"text holds characters that {encoding} mojibake cannot hold")
        return Decoded(_decode_named(raw, encoding), encoding.lower(), repaired=True)
    if isinstance(data, (bytearray, memoryview)):
        data = bytes(data)
    if not isinstance(data, bytes):
        raise InputError(f"text must be str or bytes, not {type(data).__name__}")
    if encoding is not None:
        return Decoded(_decode_named(data, encoding), encoding.lower())
    return _decode_bytes(data, legacy=legacy)


def decode(
    data: bytes | bytearray | memoryview | str,
    *,
    encoding: str | None = None,
    legacy: Legacy = "convert",
) -> str:
    """Bytes or text as Unicode str; legacy Vietnamese encodings converted or refused.

    ``encoding`` forces a reading ("utf-8", "cp1258", "tcvn3", "vni", any Python codec); with
    ``legacy="error"`` text in TCVN3 or VNI is refused instead of converted. A str that is
    ordinary Unicode comes back unchanged (not even normalised).

    >>> decode(b"Chu\\xd2 ti\\xf2ch UBND ti\\xd2nh")  # Windows-1258: tones as combining marks
    'Chủ tịch UBND tỉnh'
    >>> decode("Vieät Nam, Chuû tòch nöôùc")
    'Việt Nam, Chủ tịch nước'
    """
    return decode_info(data, encoding=encoding, legacy=legacy).text
