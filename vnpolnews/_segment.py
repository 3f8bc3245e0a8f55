"""Sections of a page copied as plain text, and its sentences.

A line is page furniture (navigation, tags, licence and address lines, "Giám đốc: ..."), a
dateline, a byline or photo credit, a headline, a photo caption, or body text. The main story
ends at the first strong end marker ("Ý kiến bạn đọc", "Tin liên quan", "Từ khóa", ...) or at a
headline printed twice; after it, each paragraph that reads as a story of its own is a
related-news teaser, with the timestamp line before it (if any) as its dateline.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

# A line that is page furniture, whatever follows on it.
_FURNITURE = regex.compile(
    r"""
    ^\s*(?:
        Tag\s*: | Tags\s*: | T[ừừ]\s*kh[óo]a | QU[ẢẢ]NG\s+C[ÁA]O | Trang\s+ch[ủủ]\b
      | Gi[ấấ]y\s+ph[ée]p | [ĐD][ịi]a\s+ch[ỉi]\s*: | [ĐD]i[ệe]n\s+tho[ạa]i | E-?mail\s*: | Fax\s*:
      | Hotline | [ĐD]ư[ờo]ng\s+d[âa]y\s+n[óo]ng | [ÝY]\s+ki[ếe]n\s+b[ạa]n\s+[đd][ọo]c
      | Xem\s+th[êe]m | B[ìi]nh\s+lu[ậa]n | Chia\s+s[ẻe]\b | Comment | Source\s*: | Ngu[ồo]n\s*:
      | Ph[áa]t\s+tri[ểe]n\s+b[ởo]i | C[ấa]m\s+sao\s+ch[ée]p | Ghi\s+r[õo]\s+ngu[ồo]n
      | [®©] | B[ảa]n\s+quy[ềe]n | Copyright | \[img\] | TIN\s+LI[ÊE]N\s+QUAN
      | Tin\s+li[êe]n\s+quan | B[àa]i\s+li[êe]n\s+quan | Tin\s+c[ùu]ng\s+chuy[êe]n\s+m[ụu]c
      | Tin\s+kh[áa]c | C[áa]c\s+tin\s+kh[áa]c | Tin\s+m[ớo]i | [ĐD][ọo]c\s+th[êe]m
      | Published\s+Date | C[ậa]p\s+nh[ậa]t\s*: | L[ưu][ợo]t\s+xem | In\s+b[àa]i | G[ửu]i\s+b[àa]i
      | Li[êe]n\s+h[ệe]\s*: | T[òo]a\s+so[ạa]n | Ch[ịi]u\s+tr[áa]ch\s+nhi[ệe]m
      | Theo\s+\S+\s*$ | Theo\s+https?:
    )
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# "Giám đốc: Nguyễn Văn A." and other staff or credit lines: a label, a colon, a name.
_LABELLED_NAME = regex.compile(
    r"""
    ^\s*(?:Ph[óo]\s+)?(?:
        Gi[áa]m\s+[đd][ốo]c | T[ổo]ng\s+bi[êe]n\s+t[ậa]p | Bi[êe]n\s+t[ậa]p(?:\s+vi[êe]n)?
      | Th[ưu]\s+k[ýy]\s+t[òo]a\s+so[ạa]n | Tr[ưu][ởo]ng\s+ban\s+bi[êe]n\s+t[ậa]p
      | T[áa]c\s+gi[ảa] | [ẢA]nh | B[àa]i(?:\s+v[àa]\s+[ảa]nh)? | Th[ựu]c\s+hi[ệe]n
      | Ph[óo]ng\s+vi[êe]n | PV | Video | Clip | [ĐD][ồo]\s+h[ọo]a | Thi[ếe]t\s+k[ếe]
    )\s*:                                       # the label and its colon
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# End of the main story: what follows is comments, tags or other stories.
_END_OF_MAIN = regex.compile(
    r"""
    ^\s*(?:
        [ÝY]\s+ki[ếe]n\s+b[ạa]n\s+[đd][ọo]c | Tin\s+li[êe]n\s+quan | TIN\s+LI[ÊE]N\s+QUAN
      | B[àa]i\s+li[êe]n\s+quan | Tin\s+c[ùu]ng\s+chuy[êe]n\s+m[ụu]c | Tin\s+kh[áa]c
      | C[áa]c\s+tin\s+kh[áa]c | Xem\s+th[êe]m | [ĐD][ọo]c\s+th[êe]m | Tag\s*: | Tags\s*:
      | T[ừừ]\s*kh[óo]a | Comment | B[ìi]nh\s+lu[ậa]n
    )
    | [•|]\s*T[ừừ]\s*kh[óo]a                   # "Văn Ngọc • Từ khóa": byline and tags
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# A line that is only a date and/or a time: a dateline or a teaser's timestamp.
_DATELINE = regex.compile(
    r"""
    ^\s*(?:(?:Th[ứu]\s+\w+|Ch[ủu]\s+nh[ậa]t|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday
              |Sunday)\s*,?\s*)?              # an optional weekday
    (?:\d{1,2}:\d{2}(?::\d{2})?\s*[,|-]?\s*)?  # an optional time before the date
    \d{1,2}[/.-]\d{1,2}[/.-]\d{4}             # the date
    (?:\s*[,|-]?\s*\d{1,2}:\d{2}(?::\d{2})?)?  # an optional time after it
    (?:\s*\(?GMT[+-]\d{1,2}\)?)?\s*             # an optional zone
    (?:[|•]\s*)?(?:[\d.,]+\s+l[ưu][ợo]t\s+xem)?\s*$  # an optional view count
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# A photo caption or credit in a line: "(Ảnh: Nguyễn Hồng)", "Ảnh: TTXVN.", "- Ảnh 2."
_CREDIT = regex.compile(
    r"""
    \(\s*(?:[ẢA]nh|Photo|Ngu[ồo]n)\s*[:.]?[^()]*\)   # (Ảnh: X), (Ảnh chụp màn hình), (Photo...)
    | (?:^|(?<=[.\s]))(?:[ẢA]nh|Photo)\s*:\s*[^.]*\.?\s*$   # Ảnh: X. at the end of a line
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# A photo credit in brackets followed by a new paragraph on the same line.
_GLUED_CREDIT = regex.compile(
    r"""
    \(\s*(?:[ẢA]nh|Photo)\s*:[^()]{1,60}\)   # (Ảnh: Thanh Vũ/TTXVN)
    \s+(?=\p{Lu}[^\n]{60,})                   # then a capitalised paragraph of some length
    """,
    regex.VERBOSE,
)

# An image placeholder line: "[img]", "Title- Ảnh 1.", "Ảnh minh họa".
_IMAGE_MARK = regex.compile(
    r"""
    ^\s*\[img\]\s*$                 # a crawler's image placeholder
    | -\s*[ẢA]nh\s+\d+\.?\s*$        # an image's alt text: "<headline>- Ảnh 2."
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# A byline: a few capitalised words, separated by commas, dashes or bullets, nothing else.
_BYLINE = regex.compile(
    r"""
    ^\s*+(?:\p{Lu}[\p{L}\p{M}'.]*+\s*+){1,4}      # a name, "Thuý Liễu", "CAO HÙNG", "T.H"
    (?:[,;\-–—&/•]\s*+(?:\p{Lu}[\p{L}\p{M}'.]*+\s*+){1,4}){0,3}  # more names (possessive:
                                                     # no backtracking inside a word)
    (?:\s*[\-–(]\s*(?:TTXVN|TTXVN/VIETNAM\+|Theo\s.*|[A-ZĐ]{2,}\)?))?\s*  # an agency
    (?:[•|].*)?$                                        # "• Từ khóa" and the like
    """,
    regex.VERBOSE,
)

# A related-news link in brackets, alone on its line.
_BRACKETED = regex.compile(r"^\s*\[[^\]]+\]\s*$")

# Sentence ends: ".", "!", "?", "…" and "./." followed by space and an upper-case letter,
# a quote or a bracket; not after an abbreviation that takes a period ("TP.", "TS.").
_SENTENCE_END = regex.compile(
    r"""
    (?<!\b(?:TP|Tp|TS|PGS|GS|ThS|Th\.S|BS|KS|St|Mr|Mrs|Ms|Dr|ông|bà|Q|P|TX|TT)\.)  # abbreviation
    (?<=[.!?…]|\./\.)                 # a sentence-final mark
    ["”’)]*                            # closing quotes or brackets stay with the sentence
    \s+
    (?=["“‘(\[]?[\p{Lu}\d])            # the next sentence starts with a capital or a digit
    """,
    regex.VERBOSE,
)


@dataclass(frozen=True, slots=True)
class Block:
    """A line of the text with its kind and the story it belongs to (0 = the main story)."""

    start: int
    end: int
    text: str
    kind: str  # body, caption, headline, dateline, byline, furniture
    story: int
    section: str  # main, caption, related


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of a body or caption block."""

    start: int
    end: int
    text: str
    block: Block


def _line_kind(line: str, previous_kind: str) -> str:
    if not line.strip():
        return "empty"
    if _IMAGE_MARK.search(line):
        return "image"
    if _DATELINE.match(line):
        return "dateline"
    if _LABELLED_NAME.match(line) or _FURNITURE.match(line) or _BRACKETED.match(line):
        return "furniture"
    words = line.split()
    if len(words) <= 9 and len(line) <= 160 and _BYLINE.match(line) and not line.rstrip(
            ).endswith(":"):
        return "byline"
    if (len(words) <= 60 and len(line) <= 600 and _CREDIT.search(line)) or (
            previous_kind == "image"):
        return "caption"
    return "body"


def _is_story(line: str) -> bool:
    """A paragraph that reads as a story: long enough and ends like prose."""
    return len(line.split()) >= 12 and line.rstrip()[-1:] in ".…!?\"”)"


def _join_wrapped(lines: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Lines broken inside a sentence (hard-wrapped text) joined back: a line that does not
    end a sentence, followed by one that starts in lower case."""
    out: list[tuple[int, int, str]] = []
    for start, end, line in lines:
        if out and line[:1].islower() and out[-1][2].strip() and out[-1][2].rstrip()[-1:] not in (
                ".!?:;\"”)…"):
            prev_start, _, prev_line = out[-1]
            out[-1] = (prev_start, end, prev_line + " " + line)  # the newline, as a space
        else:
            out.append((start, end, line))
    return out


def segment(text: str) -> list[Block]:
    """Classify the lines of ``text`` (already normalised) into blocks.

    >>> [b.kind for b in segment("Tiêu đề bài viết\\nSáng 6/1, ông A dự họp.\\nGiám đốc: Trần B.")]
    ['headline', 'body', 'furniture']
    """
    blocks: list[Block] = []
    position = 0
    lines: list[tuple[int, int, str]] = []
    for raw in text.split("\n"):
        # a caption glued to the next paragraph: "... (Ảnh: X/TTXVN) Chiều 16/6, ..."
        cut = 0
        for glued in _GLUED_CREDIT.finditer(raw):
            lines.append((position + cut, position + glued.end(), raw[cut : glued.end()]))
            cut = glued.end()
        lines.append((position + cut, position + len(raw), raw[cut:]))
        position += len(raw) + 1
    story = 0
    in_main = True
    seen_body = False
    previous_kind = "empty"
    previous_text = ""
    headline_done = False
    lines = _join_wrapped(lines)
    # the next non-empty line after each line, in one backward pass (linear time)
    following = [""] * len(lines)
    upcoming = ""
    for index in range(len(lines) - 1, -1, -1):
        following[index] = upcoming
        if lines[index][2].strip():
            upcoming = lines[index][2].strip()
    for index, (start, end, line) in enumerate(lines):
        kind = _line_kind(line, previous_kind)
        stripped = line.strip()
        next_text = following[index]
        doubled = bool(stripped) and stripped == next_text and stripped != previous_text
        if kind != "empty" and _END_OF_MAIN.search(line) and seen_body:
            in_main = False
        if doubled and seen_body:
            in_main = False
        if kind == "body" and not headline_done and not seen_body:
            headline_done = True
            if stripped[-1:] not in ".!?…:\"”" and len(stripped.split()) <= 35:
                kind = "headline"
        if kind == "body" and (doubled or stripped == previous_text):
            kind = "headline"
        if in_main:
            section = "caption" if kind == "caption" else "main"
            if kind == "body":
                seen_body = True
        else:
            section = "related"
            if kind == "body" and _is_story(stripped):
                story += 1
            elif kind in ("body", "caption"):
                kind = "headline"
        if kind != "empty":
            blocks.append(Block(start, end, line, kind, story if not in_main else 0, section))
            previous_kind = kind
            previous_text = stripped
    return blocks


def sentences(block: Block) -> list[Sentence]:
    """The sentences of a block, with offsets into the whole text.

    >>> b = Block(0, 37, "Sáng 6/1, ông A dự. Ông B phát biểu.", "body", 0, "main")
    >>> [s.text for s in sentences(b)]
    ['Sáng 6/1, ông A dự.', 'Ông B phát biểu.']
    """
    out: list[Sentence] = []
    cursor = 0
    text = block.text
    for match in _SENTENCE_END.finditer(text):
        piece = text[cursor : match.start()]
        if piece.strip():
            out.append(Sentence(block.start + cursor, block.start + match.start(), piece, block))
        cursor = match.end()
    if text[cursor:].strip():
        out.append(Sentence(block.start + cursor, block.start + len(text), text[cursor:], block))
    return out
