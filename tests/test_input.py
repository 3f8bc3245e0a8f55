"""Bytes and text in the encodings Vietnamese news comes in: decoded, converted or refused."""

from __future__ import annotations

import csv
import pathlib
import unicodedata

import pytest

from vnpolnews._input import decode, decode_info, vietnamese_syllable_share
from vnpolnews.errors import EncodingError, InputError

TABLE = pathlib.Path(__file__).resolve().parents[1] / "data" / "lexicon" / "legacy-encodings.tsv"
TONES = "\u0300\u0301\u0303\u0309\u0323"

SENTENCE = (
    "Sáng 6/1, đồng chí Nguyễn Văn Bình, Phó Chủ tịch Thường trực UBND tỉnh Thái Bình "
    "dự hội nghị tổng kết công tác năm 2024 và triển khai nhiệm vụ năm 2025."
)
SHORT = "Chủ tịch UBND tỉnh"


def _rows() -> list[dict[str, str]]:
    with TABLE.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def to_tcvn3(text: str) -> bytes:
    """Encode with the table (the encoder the tests trust is the data, not the decoder)."""
    table = {
        r["unicode"]: int(r["bytes"], 16)
        for r in _rows()
        if r["encoding"] == "tcvn3" and r["subset"] != "mark"
    }
    return bytes(ord(c) if ord(c) < 128 else table[c] for c in unicodedata.normalize("NFC", text))


def to_vni(text: str) -> bytes:
    table = {r["unicode"]: bytes.fromhex(r["bytes"]) for r in _rows() if r["encoding"] == "vni"}
    out = bytearray()
    for char in unicodedata.normalize("NFC", text):
        out += table.get(char) or char.encode("cp1252")
    return bytes(out)


def to_cp1258(text: str) -> bytes:
    """Windows-1258 as Word wrote it: letters it has precomposed, the tone as a combining mark."""
    out = bytearray()
    for char in unicodedata.normalize("NFC", text):
        try:
            out += char.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", char)
        base = unicodedata.normalize("NFC", "".join(p for p in parts if p not in TONES))
        out += (base + "".join(p for p in parts if p in TONES)).encode("cp1258")
    return bytes(out)


def as_cp1252(data: bytes) -> str:
    """What a reader that assumes Windows-1252 shows (its holes as Latin-1 controls)."""
    return "".join(
        chr(b) if b in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else bytes([b]).decode("cp1252") for b in data
    )


UPPER = SENTENCE.upper()

BYTES_CASES = [
    pytest.param(SENTENCE.encode("utf-8"), "utf-8", SENTENCE, id="utf-8"),
    pytest.param(SENTENCE.encode("utf-8-sig"), "utf-8", SENTENCE, id="utf-8-bom"),
    pytest.param(SENTENCE.encode("utf-16"), "utf-16", SENTENCE, id="utf-16-bom"),
    pytest.param(SENTENCE.encode("utf-16-le"), "utf-16", SENTENCE, id="utf-16-le-no-bom"),
    pytest.param(SENTENCE.encode("utf-16-be"), "utf-16", SENTENCE, id="utf-16-be-no-bom"),
    pytest.param(SENTENCE.encode("utf-32"), "utf-32", SENTENCE, id="utf-32-bom"),
    pytest.param(to_cp1258(SENTENCE), "cp1258", SENTENCE, id="windows-1258"),
    pytest.param(to_tcvn3(SENTENCE), "tcvn3", SENTENCE, id="tcvn3"),
    pytest.param(to_vni(SENTENCE), "vni", SENTENCE, id="vni"),
    pytest.param(to_vni(UPPER), "vni", UPPER, id="vni-capitals"),
    pytest.param(to_tcvn3(UPPER), "tcvn3", UPPER, id="tcvn3-vn1-capitals"),
]


@pytest.mark.parametrize(("data", "encoding", "expected"), BYTES_CASES)
def test_bytes_decode(data: bytes, encoding: str, expected: str) -> None:
    decoded = decode_info(data)
    assert (decoded.text, decoded.encoding) == (expected, encoding)
    assert unicodedata.is_normalized("NFC", decoded.text)


def test_windows_1258_short_phrase_is_composed() -> None:
    data = to_cp1258(SHORT)
    assert "\u0309".encode("cp1258") in data  # the hook is a separate byte in the file
    assert decode(data) == SHORT


MOJIBAKE_CASES = [
    pytest.param(as_cp1252(to_tcvn3(SENTENCE)), "tcvn3", id="tcvn3-read-as-1252"),
    pytest.param(as_cp1252(to_vni(SENTENCE)), "vni", id="vni-read-as-1252"),
    pytest.param(as_cp1252(to_cp1258(SENTENCE)), "cp1258", id="1258-read-as-1252"),
    pytest.param(as_cp1252(SENTENCE.encode("utf-8")), "utf-8", id="utf-8-read-as-1252"),
    pytest.param(
        as_cp1252(to_tcvn3(SENTENCE)).encode("utf-8"), "tcvn3", id="tcvn3-mojibake-saved-as-utf-8"
    ),
]


@pytest.mark.parametrize(("text", "encoding"), MOJIBAKE_CASES)
def test_mojibake_is_repaired(text: str | bytes, encoding: str) -> None:
    decoded = decode_info(text)
    assert (decoded.text, decoded.encoding, decoded.repaired) == (SENTENCE, encoding, True)


def test_known_mojibake_spellings() -> None:
    assert decode("ViÖt Nam") == "ViÖt Nam"  # two words are too little to be sure: unchanged
    assert decode("Chñ tÞch n­íc ViÖt Nam th¨m tØnh Th¸i B×nh") == (
        "Chủ tịch nước Việt Nam thăm tỉnh Thái Bình"
    )
    assert decode("Chuû tòch nöôùc Vieät Nam thaêm tænh Thaùi Bình") == (
        "Chủ tịch nước Việt Nam thăm tỉnh Thái Bình"
    )


PASS_THROUGH = [
    pytest.param(SENTENCE, id="vietnamese-nfc"),
    pytest.param(unicodedata.normalize("NFD", SENTENCE), id="vietnamese-nfd-untouched"),
    pytest.param("Thanh Hoá, Thuỷ, Hòa Bình", id="old-tone-placement"),
    pytest.param("Prime Minister Pham Minh Chinh attended", id="ascii-english"),
    pytest.param("Café in Zürich: señor Muñoz, año, à la française, déjà vu", id="latin-1-words"),
    pytest.param("Chính", id="one-word-also-valid-as-tcvn3"),
    pytest.param("Sáng nay, Chính phủ họp", id="mixed-latin-1-and-vietnamese"),
    pytest.param("", id="empty"),
]


@pytest.mark.parametrize("text", PASS_THROUGH)
def test_ordinary_unicode_passes_through(text: str) -> None:
    decoded = decode_info(text)
    assert decoded.text is text
    assert (decoded.encoding, decoded.repaired) == ("unicode", False)


REFUSALS = [
    pytest.param(to_tcvn3(SENTENCE), "TCVN3", id="tcvn3-bytes"),
    pytest.param(to_vni(SENTENCE), "VNI", id="vni-bytes"),
    pytest.param(as_cp1252(to_tcvn3(SENTENCE)), "TCVN3", id="tcvn3-str"),
    pytest.param(as_cp1252(to_vni(SENTENCE)), "VNI", id="vni-str"),
]


@pytest.mark.parametrize(("data", "name"), REFUSALS)
def test_legacy_refused_on_request_names_the_encoding(data: str | bytes, name: str) -> None:
    with pytest.raises(EncodingError, match=name) as raised:
        decode(data, legacy="error")
    assert "convert" in str(raised.value)


def test_unreadable_bytes_are_refused() -> None:
    noise = bytes(range(0x80, 0x100)) * 4
    with pytest.raises(EncodingError, match="encoding="):
        decode(noise)


FORCED = [
    pytest.param(to_tcvn3(SHORT), "tcvn3", id="tcvn3"),
    pytest.param(to_tcvn3(SHORT), "ABC", id="abc-alias"),
    pytest.param(to_vni(SHORT), "vni", id="vni"),
    pytest.param(to_cp1258(SHORT), "cp1258", id="cp1258"),
    pytest.param(SHORT.encode("utf-16-le"), "utf-16-le", id="utf-16-le"),
    pytest.param(as_cp1252(to_tcvn3(SHORT)), "tcvn3", id="tcvn3-str"),
]


@pytest.mark.parametrize(("data", "encoding"), FORCED)
def test_forced_encoding(data: str | bytes, encoding: str) -> None:
    assert decode(data, encoding=encoding) == SHORT


@pytest.mark.parametrize(
    ("data", "error"),
    [
        pytest.param(42, InputError, id="int"),
        pytest.param(b"\xff\xfe\x00", EncodingError, id="broken-utf-16-bom"),
        pytest.param(b"abc", EncodingError, id="unknown-forced-codec"),
    ],
)
def test_bad_input(data: object, error: type[Exception]) -> None:
    with pytest.raises(error):
        decode(data, encoding="no-such-codec" if data == b"abc" else None)  # type: ignore[arg-type]


def test_bytearray_and_memoryview() -> None:
    raw = SENTENCE.encode("utf-8")
    assert decode(bytearray(raw)) == decode(memoryview(raw)) == SENTENCE


@pytest.mark.parametrize(
    ("text", "share"),
    [
        pytest.param("Chủ tịch nước", 1.0, id="vietnamese"),
        pytest.param("Chñ tÞch n­íc", 0.0, id="tcvn3-mojibake"),
        pytest.param("tiũch", 0.0, id="stopped-syllable-with-wrong-tone"),
    ],
)
def test_syllable_share(text: str, share: float) -> None:
    assert vietnamese_syllable_share(text) == share


def test_table_rows_have_source_and_date() -> None:
    rows = _rows()
    assert {r["encoding"] for r in rows} == {"tcvn3", "vni"}
    assert all(r["source"] and r["checked"] == "2026-11-30" for r in rows)
    assert len({r["bytes"] for r in rows if r["encoding"] == "tcvn3"}) == sum(
        r["encoding"] == "tcvn3" for r in rows
    )
