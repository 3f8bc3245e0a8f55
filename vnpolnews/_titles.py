"""Titles: where an office word starts, how far its complement runs, and its canonical form.

A title is an office word from the lexicon ("Phó Chủ tịch", "Bí thư", "Thiếu tướng") followed
by its complement: qualifiers ("Thường trực", "dự khuyết"), the body it belongs to
("UBND tỉnh Thanh Hóa", "Bộ Dân tộc và Tôn giáo") and a place. The complement ends at
punctuation, at a person's name, at a verb of the sentence, or before another office word that
follows a comma or "kiêm".
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from ._keys import canonical_tones
from ._lexicon import lexicon
from ._scan import Scanner

# Lower-case words that may stand inside a body's name ("Liên hiệp các tổ chức hữu nghị").
_JOINERS = frozenset(
    """và của các tỉnh thành phố huyện quận xã phường thị trấn thường trực khuyết chuyên trách
    phụ trách nhân dân thuộc cấp khóa nhiệm kỳ ban chấp hành thường vụ""".split()
)

# Words that end a complement: verbs and prepositions of the sentence.
_STOP_WORDS = frozenset(
    """dự tham chủ phát đã đang sẽ cùng với tại cho là được có đến tới đi về làm tiếp thăm
    nhấn yêu đề cho khẳng báo trình chỉ trao nhận gửi ghi chúc đánh bày nêu mong kết lên
    vừa trong theo khi sau trước nói thay truyền quán giới đọc tuyên trả hướng
    kiểm khảo thị tặng dâng này đó phối hợp diễn ra khai mạc bế mạc chào mừng cảm ơn
    nghe xem gặp đón tham làm việc cũng vẫn luôn rất nhiều mới ông bà chí gồm
    ký bổ nhiệm bầu giữ thăm hỏi lãnh đạo đại diện dẫn đầu""".split()
)

# Nouns of bodies whose lower-case name follows ("Ban chỉ đạo", "Đội kiểm soát", "Ủy ban bầu
# cử"): words after them that read as verbs elsewhere are part of the name here.
_BODY_NOUNS = frozenset(
    "Ban ban Đội đội Ủy ban Phòng phòng Hội hội Văn văn Tổ tổ Cục Vụ Viện Sở".split())
# ... except the verbs and joiners that always end a title.
_STRONG_STOPS = frozenset("dự tham phát đã đang sẽ cùng với tại cho là được có và".split())

# After a comma inside a body's name: "Quốc phòng, An ninh và Đối ngoại", "Văn hóa, Thể thao
# và Du lịch": capitalised words, then "và" and a capitalised word.
_ENUMERATED_BODY = regex.compile(
    r"\s*\p{Lu}[\p{Ll}\p{M}]*(?:\s+[\p{Ll}\p{M}]+)?(?:,\s*\p{Lu}[\p{Ll}\p{M}]*"
    r"(?:\s+[\p{Ll}\p{M}]+)?)*\s+và\s+\p{Lu}")
# Offices held abroad or for a foreign body, whose place follows with "tại".
_POSTED_ABROAD = frozenset({"Đại sứ", "Tổng Lãnh sự", "Trưởng đại diện", "Trưởng Đại diện",
                            "Đại biện"})
_CAPITALISED_NEXT = regex.compile(r"\s+\p{Lu}")
# "các" then lower-case words of a body's name up to a capitalised word.
_PLURAL_BODY = regex.compile(r"(?:\s+(?!(?:dự|và|với|tại|có|đã)\b)[\p{Ll}\p{M}]+){1,4}\s+\p{Lu}")



@dataclass(frozen=True, slots=True)
class TitleSpan:
    """A title found in a sentence (offsets relative to the sentence)."""

    start: int
    end: int
    head: str
    kind: str


@cache
def _head_scanner() -> Scanner[tuple[str, str]]:
    """Office words matched on lower-cased text: outlets write "Phó chủ tịch", "phó chủ tịch"."""
    heads = lexicon().title_heads
    items: list[tuple[str, tuple[str, str]]] = []
    for head, kind in heads.items():
        if kind != "prefix":  # "Nguyên", "Quyền" are taken with the office after them
            items.append((head.lower(), (head, kind)))
    return Scanner(items)


def _lower(text: str) -> str:
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else text


_TOKEN = regex.compile(r"[\p{L}\p{M}\d]+(?:['’.&/-][\p{L}\p{M}\d]+)*|\S")

# "nguyên Chủ tịch nước", "Quyền Giám đốc": a former or acting holder, part of the title.
_PREFIX_BEFORE = regex.compile(r"(?:^|[\s,;:(])(?P<word>[Nn]guyên|[Qq]uyền)\s+$")


def find_title_heads(text: str) -> list[TitleSpan]:
    """Office words in ``text``, before their complement is known.

    >>> [h.head for h in find_title_heads("Phó Chủ tịch UBND tỉnh Lê Văn A")]
    ['Phó Chủ tịch']
    """
    out: list[TitleSpan] = []
    for hit in _head_scanner().find(_lower(text)):
        head, kind = hit.value
        written = text[hit.start : hit.end]
        if kind == "prefix" and not written[0].isupper():
            continue
        if regex.search(r"(?:Đoàn|đoàn|Hội|Ban|Phủ|Lăng|lăng|Nhà|Tượng\s+đài)\s+$",
                        text[max(0, hit.start - 10) : hit.start]):
            continue  # "Đoàn Đại biểu Quốc hội" is a body, "Phủ Chủ tịch" a place
        if written[0].islower():
            # lower-case "phó chủ tịch", "giám đốc" are titles only after a comma, a dash,
            # "kiêm", "là", "nguyên" or "ông/bà X," (Tuổi Trẻ writes titles in lower case)
            before = text[: hit.start].rstrip()
            if not before.endswith((",", ";", ":", "kiêm", "-", "–", "(", " là", " nguyên",
                                    " làm", " với", " và")):
                continue
        window = text[max(0, hit.start - 12) : hit.start]
        prefix = _PREFIX_BEFORE.search(window)
        start = hit.start - (len(window) - prefix.start("word")) if prefix else hit.start
        out.append(TitleSpan(start, hit.end, head, kind))
    return out


def extend_title(text: str, head: TitleSpan, *, limit: int,
                 name_starts: frozenset[int], place_ends: frozenset[int] = frozenset()) -> int:
    """The end of a title's complement: tokens after the office word that belong to it.

    >>> t = "Phó Chủ tịch UBND tỉnh Thanh Hóa Nguyễn Văn A dự"
    >>> h = find_title_heads(t)[0]
    >>> t[h.start:extend_title(t, h, limit=len(t), name_starts=frozenset({33}))]
    'Phó Chủ tịch UBND tỉnh Thanh Hóa'
    """
    end = head.end
    position = head.end
    count = 0
    lower_run = 0
    previous_token = text[head.start : head.end].split()[-1]
    body_run = 0
    for match in _TOKEN.finditer(text, position, limit):
        token = match.group()
        gap = text[position : match.start()]
        if gap.strip():
            break
        if match.start() in name_starts:
            break
        if count >= 18:
            break
        lower = token.lower()
        if token == "," and count > 0 and _ENUMERATED_BODY.match(text, match.end()) and not (
                _starts_head(text, match.end() + 1)):
            position = match.end()  # "Ủy ban Quốc phòng, An ninh và Đối ngoại"
            continue
        if token in {"kiêm", ",", ";", ":", "(", ")", "\"", "“", "”", "–", "—", ".", "!", "?"}:
            break
        if lower == "tại" and head.head in _POSTED_ABROAD and _CAPITALISED_NEXT.match(
                text, match.end()):
            position = match.end()  # "Tổng Lãnh sự Đức tại TP.HCM": where the post is
            continue
        if count == 0 and lower in _BODY_NOUNS and previous_token[:1].islower():
            body_run = 1  # "Trưởng đại diện văn phòng ...", "Phó trưởng ban tổ chức ..."
            previous_token = token
            end = match.end()
            position = match.end()
            count += 1
            continue
        if lower == "các" and _PLURAL_BODY.match(text, match.end()):
            position = match.end()  # "Liên hiệp các tổ chức hữu nghị Việt Nam"
            previous_token = "Ban"  # what follows is the body's name
            lower_run = 0
            continue
        if lower == "dự" and text[match.end() : match.end() + 7] == " khuyết":
            position = match.end()  # "Ủy viên dự khuyết Trung ương Đảng"
            continue
        if token == "-":
            # "Bà Rịa - Vũng Tàu", "Lao động - Thương binh": a dash inside a body's name
            after = text[match.end() : match.end() + 3].lstrip()
            if after[:1].isupper() and not _starts_head(text, match.end()):
                position = match.end()
                continue
            break
        if token[0].isupper() or token[0].isdigit():
            end = match.end()
            lower_run = 0
        elif position in place_ends and lower not in ("và",):
            break  # a province name closes the complement
        elif lower in _JOINERS:
            # a joiner belongs only if something capitalised follows ("Bộ Dân tộc và Tôn giáo")
            # or it is a level/qualifier word
            if lower in ("và", "của", "các", "thuộc"):
                nxt = regex.match(r"\s+(\S+)", text[match.end() :])
                if not nxt or not (nxt.group(1)[0].isupper() or nxt.group(1) in _JOINERS):
                    break
                if _starts_head(text, match.end() + len(nxt.group(0)) - len(nxt.group(1))):
                    break
            else:
                end = match.end()
        elif lower in _STOP_WORDS and not (
                (previous_token in _BODY_NOUNS or 0 < body_run < 3
                 or (previous_token[:1].isupper() and not previous_token.isupper()
                     and lower_run == 0))
                and lower not in _STRONG_STOPS):
            break  # (after a capitalised syllable: its second half, "Chỉ đạo", "Tổ chức")
        elif (lower_run < 3 or 0 < body_run < 5) and text[position - 1 : position].strip() and (
            previous_token[:1].isupper() or lower_run > 0 or 0 < body_run < 4
        ):
            # the second syllable of a capitalised word: "Dân tộc", "Tỉnh ủy", "Liên hiệp"
            lower_run += 1
            end = match.end()
        else:
            break
        position = match.end()
        body_run = body_run + 1 if (previous_token in _BODY_NOUNS or body_run) and (
            token[:1].islower()) else 0
        previous_token = token
        count += 1
    return end


def _starts_head(text: str, position: int) -> bool:
    for hit in _head_scanner().find(_lower(text[position : position + 40])):
        if hit.start == 0:
            return True
        break
    return False


_LEVEL_END = regex.compile(r"(?:\s|^)(?P<level>tỉnh|thành\s+phố|Tỉnh\s+ủy|Thành\s+ủy|TP\.?)\s*$")


def canonical_title(raw: str, *, province: str | None) -> str:
    """Abbreviations expanded, tone placement made canonical, a bare "tỉnh" given its province.

    >>> canonical_title("Phó Chủ tịch UBND tỉnh", province="Thanh Hóa")
    'Phó Chủ tịch Ủy ban nhân dân tỉnh Thanh Hóa'
    >>> canonical_title("Ủy viên BCH Trung ương Đảng", province=None)
    'Ủy viên Ban Chấp hành Trung ương Đảng'
    """
    abbreviations = lexicon().abbreviations
    words: list[str] = []
    for token in canonical_tones(raw).split():
        words.append(abbreviations.get(token, token))
    text = " ".join(words)
    text = regex.sub(r"\s+", " ", text).strip(" ,;:-–")
    if province and _LEVEL_END.search(text):
        text = f"{text} {province}"
    return text
