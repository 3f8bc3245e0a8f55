"""Places: provinces named in the text, where an event took place, its venue, and the online
bridge points ("điểm cầu") people joined from.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from functools import cache

import regex

from ._keys import canonical_tones, name_key
from ._lexicon import data_dir, lexicon, read_tsv
from ._scan import Scanner

# Words before a place name that make it a smaller unit, not the province of that name
# ("xã Quảng Ninh" is a commune of Thanh Hóa, not the province of Quảng Ninh).
_SMALL_UNIT_BEFORE = regex.compile(
    r"""
    (?:xã|phường|huyện|quận|thị\s+xã|thị\s+trấn|thôn|bản|ấp|làng|khu\s+phố|đường|phố|sông|núi
      |Xã|Phường|Huyện|Quận|Thị\s+xã|Thị\s+trấn|Thôn|Bản|Ấp|Làng|Đường|Phố
      |Cầu|(?<!điểm\s)cầu|Chợ|chợ|Trường|trường|Lăng|lăng|tư\s+tưởng|Chủ\s+tịch|Bác|Thành\s+phố\s+mang\s+tên)
    \s+$                                   # immediately before the name
    """,
    regex.VERBOSE,
)

# The level words that may stand before a province or city name.
_PREFIX_BEFORE = regex.compile(
    r"""
    (?:tỉnh|Tỉnh|thành\s+phố|Thành\s+phố|TP\.?|Tp\.?|thủ\s+đô|Thủ\s+đô)\s*$   # "tỉnh ", "TP."
    """,
    regex.VERBOSE,
)



@dataclass(frozen=True, slots=True)
class ProvinceHit:
    """A province named in the text: span (with its level word) and canonical name."""

    start: int
    end: int
    name: str
    prefixed: bool


@cache
def _venues() -> tuple[tuple[str, str], ...]:
    rows = read_tsv(data_dir("lexicon") / "venues.tsv", ("venue", "province", "source"))
    return tuple((canonical_tones(r["venue"]), r["province"]) for _, r in rows)


@cache
def _province_scanner() -> Scanner[str]:
    from ._gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    items: list[tuple[str, str]] = []
    for alias, province in gazetteer.province_names():
        alias = canonical_tones(alias)
        if alias and alias[0].isupper():
            items.append((alias, province.name))
    return Scanner(items)


def find_provinces(text: str) -> list[ProvinceHit]:
    """Province and city names in ``text``, with "tỉnh"/"TP" before them taken in.

    >>> [(h.name, h.prefixed) for h in find_provinces("UBND tỉnh Thanh Hóa và xã Quảng Ninh")]
    [('Thanh Hóa', True)]
    """
    hits: list[ProvinceHit] = []
    for hit in _province_scanner().find(text):
        before = text[max(0, hit.start - 24) : hit.start]
        if _SMALL_UNIT_BEFORE.search(before):
            continue
        prefix = _PREFIX_BEFORE.search(before)
        if not prefix and name_key(text[hit.start : hit.end]) in lexicon().deceased:
            continue  # a place named after a person ("Hồ Chí Minh") needs its level word
        start = hit.start - len(prefix.group()) if prefix else hit.start
        hits.append(ProvinceHit(start, hit.end, hit.value, prefix is not None))
    return hits


def province_of(name: str | None, on: dt.date | None) -> tuple[str | None, str | None]:
    """The canonical province name as of ``on`` and its successor under the 2025 reform.

    >>> province_of("Sóc Trăng", dt.date(2025, 1, 6))
    ('Sóc Trăng', 'Cần Thơ')
    """
    if not name:
        return None, None
    from ._gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    unit = gazetteer.province(name, on=on)
    if unit is None:
        return name, None
    return unit.name, gazetteer.successor(unit).name


# "tại Hà Nội", "tại Thủ đô Hà Nội", "tại tỉnh Sóc Trăng": the place an event took place.
_AT = regex.compile(r"(?:^|[\s,(])(?:tại|ở|Tại|Ở)\s+")

# The head of a venue: "tại Nhà làm việc Bộ Ngoại giao", "tại Trung tâm Hội nghị 25B".
_VENUE = regex.compile(
    r"""
    (?P<venue>
      (?:Nhà|Trụ\s+sở|Trung\s+tâm|Hội\s+trường|Khách\s+sạn|Phủ\s+Chủ\s+tịch|Cung|Sân|Khu
        |Nhà\s+văn\s+hóa|Văn\s+phòng|Tòa\s+nhà|Bảo\s+tàng|Đền|Chùa|Lăng|Cửa\s+khẩu|Nghĩa\s+trang
        |Trường|Bệnh\s+viện|Học\s+viện|Đại\s+học|Công\s+viên|Quảng\s+trường|Nhà\s+hát|Câu\s+lạc\s+bộ
        |Đài|Khu\s+di\s+tích|Cảng|Sân\s+bay|Nhà\s+Quốc\s+hội|Tượng\s+đài)   # a venue head
      (?:\s+(?:[\p{Lu}\d][\p{L}\p{M}\d.&'-]*|của|và|tỉnh|thành\s+phố|huyện|xã|phường|số|các))*
    )                                     # then capitalised words, numbers and a few joiners
    """,
    regex.VERBOSE,
)

# "điểm cầu Nghệ An", "điểm cầu Tỉnh ủy Bình Định", "điểm cầu Trung ương".
_BRIDGE = regex.compile(
    r"""
    điểm\s+cầu\s+(?:chính\s+)?(?:tại\s+)?(?:tỉnh\s+|thành\s+phố\s+|TP\.?\s*)?
    (?P<what>(?:[\p{Lu}][\p{L}\p{M}.]*(?:\s+|$|(?=[,;:)])))+)   # the capitalised words
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# "tại thủ đô Tokyo", "tại thành phố Frankfurt/Main": a city abroad, named as written.
_FOREIGN_CITY = regex.compile(
    r"""
    (?:thủ\s+đô|thành\s+phố|TP\.?)\s+                   # the level word
    (?P<city>\p{Lu}[\p{L}\p{M}/-]*(?:\s+\p{Lu}[\p{L}\p{M}/-]*)?)  # one or two capitalised words
    """,
    regex.VERBOSE,
)

_ONLINE = regex.compile(r"trực\s+tuyến|điểm\s+cầu|truyền\s+hình\s+trực|kết\s+nối\s+tới",
                        regex.IGNORECASE)

_CENTRE = regex.compile(r"^\s*(?:Trung\s+ương|Quốc\s+hội|Chính\s+phủ|Thủ\s+đô)")


def is_online(text: str) -> bool:
    """Whether a sentence speaks of an online event or a bridge point.

    >>> is_online("Hội nghị được tổ chức trực tuyến tới các điểm cầu")
    True
    """
    return _ONLINE.search(text) is not None


def bridge_points(text: str) -> list[tuple[int, str]]:
    """(position, province) of each bridge point named in a sentence.

    >>> bridge_points("Dự tại điểm cầu Thanh Hóa có đồng chí A")
    [(7, 'Thanh Hóa')]
    """
    out: list[tuple[int, str]] = []
    for match in _BRIDGE.finditer(text):
        what = match.group("what")
        provinces = find_provinces(what)
        if provinces:
            out.append((match.start(), provinces[0].name))
        elif _CENTRE.match(what):
            out.append((match.start(), "Hà Nội"))
    return out


def location_in(text: str) -> tuple[str | None, str | None]:
    """(province, venue) where a sentence says an event took place, when it says so.

    >>> location_in("Sáng 6/1, tại Hà Nội, Thủ tướng dự hội nghị")
    ('Hà Nội', None)
    """
    for at in _AT.finditer(text):
        rest = text[at.end() :]
        if regex.match(r"điểm\s+cầu", rest, regex.IGNORECASE):
            continue
        venue_match = _VENUE.match(rest)
        venue: str | None = None
        if venue_match:
            venue = venue_match.group("venue").strip(" ,.")
            for known, province in _venues():
                if venue.startswith(known):
                    return province, venue
        window = rest[: (venue_match.end() if venue_match else 0) + 60]
        window = regex.split(r"[;.]|\s-\s|,\s+(?!(?:tỉnh|thành\s+phố|TP|huyện|xã|phường))",
                             window)[0] if not venue_match else window
        provinces = find_provinces(window)
        if provinces and (venue_match or provinces[0].start <= 12):
            return provinces[0].name, venue
        phrase = regex.split(r"[;.]|,\s+(?=[\p{Ll}\p{Lu}][\p{Ll}]+\s+[\p{Ll}])", rest[:120])[0]
        units = find_provinces(phrase)
        if units and regex.match(r"(?:xã|phường|huyện|quận|thị|thôn|bản|ấp|thành\s+phố|TP)",
                                 rest):
            return units[-1].name, venue  # "tại xã X, huyện Y, tỉnh Z"
        foreign = _FOREIGN_CITY.match(rest)
        if foreign and not venue:
            return foreign.group("city"), None
        if venue:
            return None, venue
    return None, None


def main_province(text: str) -> str | None:
    """The province an article is about: the one most named with its level word, else most named.

    >>> main_province("UBND tỉnh Nghệ An họp. Tỉnh Nghệ An và Hà Nội.")
    'Nghệ An'
    """
    hits = find_provinces(text)
    if not hits:
        return None
    prefixed = Counter(h.name for h in hits if h.prefixed)
    if prefixed:
        return prefixed.most_common(1)[0][0]
    return Counter(h.name for h in hits).most_common(1)[0][0]
