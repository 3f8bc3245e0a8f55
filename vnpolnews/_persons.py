"""Persons: name spans, and which titles of a sentence belong to which name.

A name starts at a family name of the lexicon (or after "ông", "bà", "đồng chí", or an
ethnic-minority prefix such as "H'") and runs over the capitalised syllables that follow,
two to five in all, stopping at an office word, a place or a word that never stands in a name.

Titles attach by the shape of the sentence, one rule each:
- ``title.before``: a chain of titles right before a name ("Phó Thủ tướng, Bộ trưởng Ngoại giao
  Bùi Thanh Sơn") belongs to it;
- ``title.after``: a chain after a name and a comma, dash or bracket ("A, Bí thư Tỉnh ủy; B, ...")
  belongs to that name;
- between two names ("X Lương Cường, Thủ tướng Chính phủ Phạm Minh Chính"): if the first name
  had its own title before it, the chain goes to the second; else all but the last title go
  to the first and the last to the second;
- ``title.group``: "các Ủy viên Bộ Chính trị: A, B" gives the group's title to every listed name.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

import regex

from ._keys import canonical_tones
from ._lexicon import lexicon
from ._places import ProvinceHit
from ._titles import TitleSpan, extend_title, find_title_heads

_TOKEN = regex.compile(r"[\p{L}\p{M}\d]+(?:['’.][\p{L}\p{M}\d]+)*|\S")

# Capitalised words that never stand inside a Vietnamese personal name.
_NEVER_IN_NAME = frozenset(
    """Bộ Sở Ban Tỉnh Huyện Xã Phường Quận Đảng Ủy Cục Viện Tổng Phó Chủ Bí Thủ Giám Trưởng Tại
    Và Với Của Dự Cùng Trong Theo Sáng Chiều Tối Trưa Ngày Hôm UBND HĐND MTTQ TP Đồng Hội Các
    Những Nhà Trụ Trung Khu Công Thành Việt Quốc Chính Sau Trước Khi Đây Đó Năm Tháng
    Thượng Đại Thiếu Tướng Tá Ông Bà Anh Chị Em Đ/c""".split()
) - frozenset({"Công", "Quốc", "Chính", "Trung", "Thành", "Việt", "Đại", "Anh", "Thượng", "Đồng"})

# Capitalised words after which a name may start inside a run of capitals.
_HONORIFICS = frozenset("Ông Bà Anh Chị Ngài Cụ Đ/c Đồng chí Em Cô Chú Bác".split())

# Words that announce a person's name next.
_PERSON_MARKER = regex.compile(
    r"""
    (?:^|[\s,;:(])(?:ông|bà|Ông|Bà|đồng\s+chí|Đồng\s+chí|đ/c|Đ/c|ngài|Ngài|anh|chị|cụ|Cụ
       |cử\s+tri|Cử\s+tri|các\s+đồng\s+chí|đại\s+biểu|Đại\s+biểu|nữ\s+đồng\s+chí
       |(?:UBND|HĐND|MTTQ|nhân\s+dân)\s+(?:tỉnh|thành\s+phố|TP\.?|huyện|quận|xã|phường)
       |(?:Tỉnh|Thành|Huyện|Quận|Đảng)\s+ủy|Chính\s+phủ|Quốc\s+hội)\s*:?\s*$
    """,
    regex.VERBOSE,
)


@dataclass(frozen=True, slots=True)
class NameSpan:
    """A name in a sentence (offsets relative to the sentence)."""

    start: int
    end: int
    text: str
    rule: str


@dataclass(slots=True)
class Candidate:
    """A name with the titles attached to it in its sentence."""

    name: NameSpan
    titles: list[TitleSpan] = field(default_factory=list)
    title_rules: list[str] = field(default_factory=list)


def _is_cap(token: str) -> bool:
    return bool(token) and token[0].isupper() and token[0].isalpha()


def _surname(token: str) -> bool:
    if token.startswith(("H'", "H’")) and len(token) > 2:
        return True
    return canonical_tones(token) in lexicon().surnames


def _after_office(text: str, head_ends: list[int], position: int) -> bool:
    """Whether an office word stands before ``position`` in the same clause: the capitals
    between are the body's name ("Chủ tịch Hội Nông dân Việt Nam Lại Xuân Môn")."""
    at = bisect.bisect_right(head_ends, position) - 1
    return at >= 0 and position - head_ends[at] < 200 and not regex.search(
        r"[,;.:()]", text[head_ends[at] : position])


def _after_country(tokens: list[tuple[int, int, str]], i: int) -> bool:
    """Whether the one or two words before token ``i`` name a country ("Nhật Bản Shinzo Abe")."""
    countries = lexicon().countries
    one = tokens[i - 1][2] if i >= 1 else ""
    two = f"{tokens[i - 2][2]} {one}" if i >= 2 else ""
    return one in countries or two in countries


def find_names(text: str, *, blocked: list[tuple[int, int]],
               heads: list[TitleSpan]) -> list[NameSpan]:
    """Names of persons in a sentence.

    >>> [n.text for n in find_names("Bí thư Tỉnh ủy Nguyễn Văn An dự họp", blocked=[],
    ...                              heads=find_title_heads("Bí thư Tỉnh ủy Nguyễn Văn An"))]
    ['Nguyễn Văn An']
    """
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
    countries = lexicon().countries
    head_starts = {h.start for h in heads}
    head_ends = sorted(h.end for h in heads)
    covered = bytearray(len(text) + 1)  # characters inside a place or an office word
    for bs, be in blocked:
        covered[bs:be] = b"\x01" * (be - bs)
    for h in heads:
        covered[h.start : h.end] = b"\x01" * (h.end - h.start)
    in_blocked = [bool(covered[s]) for s, _, _ in tokens]
    names: list[NameSpan] = []
    i = 0
    while i < len(tokens):
        start, _, token = tokens[i]
        if not _is_cap(token) or in_blocked[i] or (token.isupper() and len(token) > 1):
            i += 1
            continue
        if i > 0 and not in_blocked[i - 1] and _is_cap(tokens[i - 1][2]) and text[
                tokens[i - 1][1] : start] == " " and tokens[i - 1][2] not in _HONORIFICS and not (
                tokens[i - 1][2].isupper() and len(tokens[i - 1][2]) > 1) and not _after_office(
                text, head_ends, start):
            i += 1  # inside a run of capitals ("sân bay Tân Sơn Nhất"): not where a name starts
            continue
        marker = _PERSON_MARKER.search(text[max(0, start - 24) : start]) is not None or (
            _after_country(tokens, i) and _after_office(text, head_ends, start)
            and not _after_country(tokens, i + 1))
        if not (_surname(token) or marker):
            i += 1
            continue
        j = i + 1
        while j < len(tokens) and j - i < 5:
            s, _, tok = tokens[j]
            if text[tokens[j - 1][1] : s] != " " or not _is_cap(tok) or in_blocked[j]:
                break
            if s in head_starts or tok in _NEVER_IN_NAME or (tok.isupper() and len(tok) > 1):
                break
            j += 1
        office_before = _OFFICE_BEFORE.search(text[max(0, start - 24) : start]) is not None
        if j - i >= 2 and not (office_before and _surname(token)) and _PLACE_BEFORE.search(
                text[max(0, start - 16) : start]):
            i = j
            continue
        if j - i >= 2 and _ORG_AFTER.match(text[tokens[j - 1][0] : tokens[j - 1][1] + 8]):
            i = j
            continue
        # a country before a foreign name: "Chủ tịch Quốc hội Lào Pany Yathotou"
        k = i
        while k < j and (tokens[k][2] in countries or (
                k + 1 < j and f"{tokens[k][2]} {tokens[k + 1][2]}" in countries)):
            k += 2 if k + 1 < j and f"{tokens[k][2]} {tokens[k + 1][2]}" in countries else 1
        if k > i:
            i = k
            if j - k < 2:
                i = j
                continue
        if j - i >= 2:
            s0, e0 = tokens[i][0], tokens[j - 1][1]
            rule = "name.surname" if _surname(token) else "name.marker"
            names.append(NameSpan(s0, e0, text[s0:e0], rule))
            i = j
        else:
            i += 1
    return names


# Words before a capitalised run that make it a place, not a person ("xã Đồng Văn").
_PLACE_BEFORE = regex.compile(
    r"""
    (?:^|\s)(?:xã|phường|huyện|quận|thị\s+xã|thị\s+trấn|thôn|bản|ấp|làng|sông|núi|đường|phố
       |cầu|hồ|đảo|cảng|chợ|tỉnh|thành\s+phố|TP\.?|Thủ\s+đô|thủ\s+đô|vùng|khu|cụm|đèo|vịnh|biển
       |Lăng|lăng|Đền|đền|chùa|Chùa|trường|Trường|Buôn|buôn|Khu|Xã|Phường|Huyện|Quận|Cảng|Sân|sân
       |Nhà|nhà|Quảng\s+trường|di\s+tích|Di\s+tích|Festival|Lễ\s+hội|lễ\s+hội|tàu|Tàu|tại|ở
       |Câu\s+lạc\s+bộ|câu\s+lạc\s+bộ|sân\s+bay|Sân\s+bay|bán\s+đảo|vùng|Vùng)\s+$
    """,
    regex.VERBOSE,
)

# "UBND tỉnh Lê Văn A": a level word after an office's body, so a name follows, not a place.
_OFFICE_BEFORE = regex.compile(
    r"(?:UBND|HĐND|MTTQ|nhân\s+dân|Tỉnh\s+ủy|Thành\s+ủy)\s+(?:tỉnh|thành\s+phố|TP\.?|huyện|quận"
    r"|xã|phường)?\s*$"
)

# Lower-case words between a title and the name after it: the end of the body's name.
_LOWER_TAIL = regex.compile(
    r"""
    (?:\s+(?!(?:ông|bà|đồng|chí|các|và|với|của|dự|tiếp|thăm|chúc|đón|gặp|cùng|tại|có|là)\b)
       \p{Ll}+){1,4}                     # one to four lower-case words, none a verb or marker
    \s                                   # then the name
    """,
    regex.VERBOSE,
)

# A last name-word that is the first half of a body's name: "Quốc hội", "Quốc phòng".
_ORG_AFTER = regex.compile(r"(?:Quốc\s+(?:hội|phòng|gia|tế)|Đại\s+biểu|Chính\s+phủ|Công\s+an)\b")

_CHAIN_GAP = regex.compile(r"^\s*(?:,|kiêm|-|–)?\s*$")
_AFTER_NAME_GAP = regex.compile(r"^\s*(?:,|-|–|—|\(|:)\s*$")
_TOUCHING = regex.compile(r"^\s*(?:,\s*(?:ông|bà)\s+)?$")  # "Giám đốc Sở X, ông A"
_GROUP_BEFORE = regex.compile(r"các\s+(?:đồng\s+chí\s+)?$")


def attach(text: str, *, provinces: list[ProvinceHit]) -> tuple[list[Candidate], list[TitleSpan]]:
    """Names of a sentence with their titles; and the titles that belong to no name.

    >>> text = "Dự có các đồng chí: Lê Văn A, Bí thư Tỉnh ủy; Trần Thị B, Phó Chủ tịch UBND tỉnh."
    >>> cands, bare = attach(text, provinces=[])
    >>> [(c.name.text, [text[t.start:t.end] for t in c.titles]) for c in cands] == [
    ...     ("Lê Văn A", ["Bí thư Tỉnh ủy"]), ("Trần Thị B", ["Phó Chủ tịch UBND tỉnh"])]
    True
    """
    heads = find_title_heads(text)
    blocked = [(p.start, p.end) for p in provinces]
    names = find_names(text, blocked=blocked, heads=heads)
    name_starts = frozenset(n.start for n in names)
    place_ends = frozenset(p.end for p in provinces)
    # extend each head to its full title, dropping heads swallowed by an earlier title
    titles: list[TitleSpan] = []
    starts_of_names = [n.start for n in names]
    for index, head in enumerate(heads):
        if titles and head.start < titles[-1].end:
            continue
        limit = len(text)
        for later_index in range(index + 1, min(index + 4, len(heads))):
            later = heads[later_index]
            if later.start >= head.end:
                before = text[head.end : later.start].rstrip()
                if before.endswith((",", ";", "kiêm", ":")) or not before.strip():
                    limit = later.start
                    break
        at = bisect.bisect_left(starts_of_names, head.end)
        if at < len(names):
            limit = min(limit, names[at].start)
        end = extend_title(text, head, limit=limit, name_starts=name_starts,
                           place_ends=place_ends)
        at = bisect.bisect_left(starts_of_names, end)
        if at < len(names) and limit == names[at].start and _LOWER_TAIL.fullmatch(
                text[end : names[at].start]):
            end = names[at].start - 1  # "Hội đồng Bầu cử quốc gia Lê Văn A": the tail is the body's
        titles.append(TitleSpan(head.start, end, head.head, head.kind))
    in_name = bytearray(len(text) + 1)
    for n in names:
        in_name[n.start : n.end] = b"\x01" * (n.end - n.start)
    titles = [t for t in titles if not in_name[t.start]]
    items: list[tuple[str, int]] = sorted(
        [("T", i) for i in range(len(titles))] + [("N", i) for i in range(len(names))],
        key=lambda item: (titles[item[1]].start if item[0] == "T" else names[item[1]].start),
    )
    candidates = [Candidate(n) for n in names]
    had_title_before = [False] * len(names)

    def span_of(item: tuple[str, int]) -> tuple[int, int]:
        kind, index = item
        obj = titles[index] if kind == "T" else names[index]
        return obj.start, obj.end

    # chains: runs of consecutive title items joined by commas, "kiêm" or dashes
    chains: list[list[int]] = []
    positions: list[int] = []  # index in items of each chain's first title
    k = 0
    while k < len(items):
        if items[k][0] != "T":
            k += 1
            continue
        chain = [k]
        while k + 1 < len(items) and items[k + 1][0] == "T" and _CHAIN_GAP.match(
                text[span_of(items[k])[1] : span_of(items[k + 1])[0]]):
            k += 1
            chain.append(k)
        chains.append(chain)
        positions.append(chain[0])
        k += 1
    bare: list[TitleSpan] = []
    group: list[TitleSpan] = []
    group_end = -1
    for chain in chains:
        first, last = chain[0], chain[-1]
        chain_titles = [titles[items[c][1]] for c in chain]
        prev_name = next_name = None
        if first > 0 and items[first - 1][0] == "N":
            gap = text[span_of(items[first - 1])[1] : span_of(items[first])[0]]
            if _AFTER_NAME_GAP.match(gap):
                prev_name = items[first - 1][1]
        if last + 1 < len(items) and items[last + 1][0] == "N":
            gap = text[span_of(items[last])[1] : span_of(items[last + 1])[0]]
            if _TOUCHING.match(gap):
                next_name = items[last + 1][1]
        after = text[chain_titles[-1].end : chain_titles[-1].end + 3]
        if prev_name is None and next_name is None:
            if after.lstrip().startswith(":") and _GROUP_BEFORE.search(
                    text[max(0, chain_titles[0].start - 20) : chain_titles[0].start]):
                group = chain_titles  # "các Ủy viên Bộ Chính trị: A, B; C": the whole list
                group_end = len(text)
            else:
                bare.extend(chain_titles)
            continue
        if next_name is not None and prev_name is None:
            owner_titles = [(next_name, t, "title.before") for t in chain_titles]
        elif prev_name is not None and next_name is None:
            owner_titles = [(prev_name, t, "title.after") for t in chain_titles]
        else:
            assert prev_name is not None and next_name is not None
            if had_title_before[prev_name]:
                owner_titles = [(next_name, t, "title.before") for t in chain_titles]
            else:
                owner_titles = [(prev_name, t, "title.after") for t in chain_titles[:-1]]
                owner_titles.append((next_name, chain_titles[-1], "title.before"))
        for owner, title, rule in owner_titles:
            candidates[owner].titles.append(title)
            candidates[owner].title_rules.append(rule)
            if rule == "title.before":
                had_title_before[owner] = True
    if group:
        for candidate in candidates:
            if group[-1].end < candidate.name.start < group_end:
                candidate.titles = list(group) + candidate.titles
                candidate.title_rules = ["title.group"] * len(group) + candidate.title_rules
    return candidates, bare
