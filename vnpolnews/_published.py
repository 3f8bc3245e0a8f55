"""The article's own publication date, found in its plain text (the dateline).

Pages copied as text carry their dateline in a handful of shapes: "Cập nhật: 06/01/2025",
"Published Date" over "06/01/2025", "06/01/2025 19:52", "Thứ 3, 19/12/2023 | 15:18:15",
"Thứ ba, 4/3/2025, 11:36 (GMT+7)", "Ngày đăng: ...", "Monday, January 6, 2025 10:00". A dateline
stands on a line of its own (at most with a byline before it, a time zone or a view count after
it). Dates of other things are not datelines: a date inside a sentence ("Kết luận số 118 ngày
18/01/2025") never matches, since the whole line must be the dateline, and a related-news teaser's
timestamp ("20:02 , 16/12/2025" after the end of the body) is passed over, since unlabelled
datelines are taken only from the first lines of the text.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import regex

__all__ = ["PublishedDate", "find_published"]

TOP_LINES = 15  # unlabelled datelines are looked for in the first this many non-empty lines


@dataclass(frozen=True)
class PublishedDate:
    """A dateline: its date, where it stands in the text, its words, and the rule that took it.

    >>> found = find_published("Cập nhật: 06/01/2025\\n\\nSáng nay (6/1), ...")
    >>> found.date, found.start, found.end, found.text, found.rule
    (datetime.date(2025, 1, 6), 0, 20, 'Cập nhật: 06/01/2025', 'label-updated')
    """

    date: dt.date
    start: int
    end: int
    text: str
    rule: str


_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip

# A date, day first as Vietnamese writes it; named groups d, m (or mon) and y.
_DATE = r"""
(?:
    (?P<d>[0-3]?\d) \s* (?P<sep>[/.\-]) \s* (?P<m>[01]?\d)   # 6/1, 06-01, 06.01 ...
        \s* (?P=sep) \s* (?P<y>(?:19|20)\d\d)                # ... and the year, same separator
  | (?P<y>(?:19|20)\d\d) - (?P<m>[01]\d) - (?P<d>[0-3]\d)    # ISO 2025-01-06
  | [Nn]gày \s+ (?P<d>[0-3]?\d) \s+ tháng \s+ (?P<m>[01]?\d) # ngày 6 tháng 1 ...
        \s+ năm \s+ (?P<y>(?:19|20)\d\d)                     # ... năm 2025
  | (?P<mon>(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))[a-z]*\.?  # January, Jan.
        \s+ (?P<d>[0-3]?\d) (?:st|nd|rd|th)? ,? \s+ (?P<y>(?:19|20)\d\d)      # 6, 2025
  | (?P<d>[0-3]?\d) \s+ (?P<mon>(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))
        [a-z]*\.? ,? \s+ (?P<y>(?:19|20)\d\d)                # 6 January 2025, 06 Jan 2025
)
"""

# A clock time: 19:52, 15:18:15, 10:00 AM, 9h30, with a Vietnamese or English day-half.
_TIME = r"""
(?:
    [0-2]?\d \s* [:h] \s* [0-5]\d (?: : [0-5]\d )?           # 19:52, 15:18:15, 9h30
    (?: \s* (?i: am | pm | sa | ch ) \b )?                   # AM/PM, SA/CH (sáng/chiều)
)
"""

# Between the parts of a dateline: spaces, a comma, a bar, a dash, a bullet, "lúc".
_SEP = r"""
(?: \s* [,|\-–—•·/] \s*                                     # "| ", ", ", " - "
  | \s+ (?: lúc | at | ngày )? \s*                           # " ", " lúc "
  | T (?=\d) )                                               # ISO 2025-01-06T10:00
"""

# A weekday: Thứ 3, Thứ ba, Chủ nhật, T3, CN, Monday, Mon.
_WEEKDAY = r"""
(?:
    (?i: thứ) \s* (?: [2-7] | (?i: hai | ba | tư | năm | sáu | bảy ) )  # Thứ 3, Thứ ba
  | (?i: chủ \s* nhật )                                      # Sunday
  | (?i: (?:mon|tue|wed|thu|fri|sat|sun)[a-z]* ) \.?        # Monday, Tue.
)
"""

# Labels of the publication date ("Ngày đăng", "Published Date") and of an update.
_LABEL = r"""
(?:
    (?P<pub>
        (?i: ngày \s+ (?: đăng | xuất \s+ bản | phát \s+ hành ) )  # Ngày đăng, Ngày xuất bản
      | (?i: đăng \s+ (?: ngày | lúc ) | thời \s+ gian \s+ đăng )  # Đăng ngày, Thời gian đăng
      | (?i: published (?: \s+ (?: date | on | at ) )? )          # Published Date, Published on
      | (?i: posted (?: \s+ (?: on | at ) )? | date )              # Posted on, Date
    )
  | (?P<upd>
        (?i: (?: ngày \s+ )? cập \s+ nhật (?: \s+ (?: lúc | ngày ) )? )  # Cập nhật (lúc)
      | (?i: (?: last \s+ )? updated (?: \s+ (?: on | at ) )? )          # Updated on
    )
)
"""

# What may follow a dateline on its line: a time zone, a view count, closing punctuation.
_TAIL = r"""
(?:
    \s* [,|\-–—•·]? \s*
    (?:
        \(? \s* (?: GMT | UTC ) \s* [+\-] \s* \d{1,2} (?: :? \d\d )? \s* \)?  # (GMT+7)
      | \d[\d.,]* \s* (?i: lượt \s+ xem | views? | bình \s+ luận | comments? ) # 1,234 lượt xem
    )
)* \s* [.)]? \s*
"""

_DATELINE = regex.compile(
    rf"""
    ^ \s*
    (?: (?P<byline> [^\n|•]{{1,40}}? ) \s* [|•\-–—] \s* )??  # a byline before it: "Hồng Ngọc - "
    (?: {_LABEL} \s* [:：]? \s* )?                   # Cập nhật:, Published Date
    (?: (?P<weekday> {_WEEKDAY} ) {_SEP} )?          # Thứ 3,
    (?: {_TIME} {_SEP} )?                            # 20:02 ,  (time before the date)
    (?P<date> {_DATE} )                              # 06/01/2025
    (?: {_SEP} {_TIME} )?                            # , 11:36
    {_TAIL}                                          # (GMT+7)
    $
    """,
    regex.VERBOSE | regex.MULTILINE,
)

# A label standing alone on its line, the date on the next one ("Published Date" / "06/01/2025").
_LABEL_LINE = regex.compile(
    rf"""
    ^ \s* {_LABEL} \s* [:：]? \s* $                   # the label and nothing else
    """,
    regex.VERBOSE,
)

# The date alone (with a time maybe) on the line under a label.
_DATE_LINE = regex.compile(
    rf"""
    ^ \s*
    (?: {_TIME} {_SEP} )?                            # 19:52,
    (?P<date> {_DATE} )                              # 06/01/2025
    (?: {_SEP} {_TIME} )?                            # 19:52
    {_TAIL} $                                        # (GMT+7)
    """,
    regex.VERBOSE,
)


def _to_date(match: regex.Match[str]) -> dt.date | None:
    day = int(match.group("d"))
    year = int(match.group("y"))
    month_name = match.group("mon")
    month = _MONTHS[month_name[:3].lower()] if month_name else int(match.group("m"))
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


# A line that opens the related-news block: no unlabelled dateline after it is the article's.
_RELATED = regex.compile(
    r"""
    ^ \s* (?i:
        tin \s+ (?: liên \s+ quan | cùng \s+ chuyên \s+ mục | khác | mới )  # Tin liên quan
      | tin \s+ đọc \s+ nhiều                                         # Tin đọc nhiều
      | bài \s+ (?: viết \s+ )? (?: liên \s+ quan | khác )          # Bài viết liên quan
      | bài \s+ cùng \s+ chuyên \s+ mục                             # Bài cùng chuyên mục
      | xem \s+ thêm | đọc \s+ thêm                                  # Xem thêm
      | có \s+ thể \s+ bạn \s+ quan \s+ tâm                        # Có thể bạn quan tâm
      | related (?: \s+ (?: news | articles | posts ) )?              # Related news
      | read \s+ more | more \s+ news                                # Read more
    ) \b [^\n]{0,40} $                                           # a short heading line
    """,
    regex.VERBOSE,
)


def _lines(text: str) -> list[tuple[int, str]]:
    """Non-empty lines with their offsets."""
    out: list[tuple[int, str]] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        if line.strip():
            out.append((offset, line.rstrip("\r\n")))
        offset += len(line)
    return out


def _rule(match: regex.Match[str]) -> tuple[int, str]:
    """(rank, rule name): a publication label beats a weekday or bare line, which beat an update."""
    if match.group("pub"):
        return 0, "label-published"
    if match.group("upd"):
        return 2, "label-updated"
    if match.group("weekday"):
        return 1, "weekday"
    if match.group("byline"):
        return 1, "byline"
    return 1, "bare"


#: The longest line tried as a dateline, in characters (bounded work on any input).
_MAX_DATELINE = 160


def find_published(text: str) -> PublishedDate | None:
    """The article's dateline in ``text``, or None when it states none.

    >>> found = find_published("Tiêu đề\\n\\nThứ 3, 19/12/2023 | 15:18:15\\n\\nSáng 19/12, ...")
    >>> found.date, found.rule
    (datetime.date(2023, 12, 19), 'weekday')
    >>> find_published("Theo Kết luận số 118 ngày 18/01/2025 của Bộ Chính trị, ...") is None
    True
    """
    lines = _lines(text)
    best: tuple[int, int, PublishedDate] | None = None
    related = False
    for index, (offset, line) in enumerate(lines):
        related = related or _RELATED.match(line) is not None
        teaser = index >= 2 and lines[index - 1][1].strip() == lines[index - 2][1].strip()
        top = index < TOP_LINES and not related and not teaser
        found: PublishedDate | None = None
        rank = 3
        short = len(line) <= _MAX_DATELINE  # a dateline is short: long lines are never tried
        match = _DATELINE.match(line) if short else None
        if match is not None:
            rank, rule = _rule(match)
            labelled = rule.startswith("label")
            day = _to_date(match)
            if day is not None and (top or labelled):
                start = offset + len(line) - len(line.lstrip())
                if match.group("byline"):
                    start = offset + match.start("byline")
                end = offset + len(line.rstrip())
                found = PublishedDate(day, start, end, text[start:end], rule)
        elif short and _LABEL_LINE.match(line) and index + 1 < len(lines):
            label = _LABEL_LINE.match(line)
            next_offset, next_line = lines[index + 1]
            under = _DATE_LINE.match(next_line) if len(next_line) <= _MAX_DATELINE else None
            if label is not None and under is not None and (day := _to_date(under)) is not None:
                rank = 0 if label.group("pub") else 2
                start = offset + len(line) - len(line.lstrip())
                end = next_offset + len(next_line.rstrip())
                found = PublishedDate(day, start, end, text[start:end], "label-above")
        if found is not None and (best is None or (rank, found.start) < best[:2]):
            best = (rank, found.start, found)
        if best is not None and best[0] == 0:
            break
    return best[2] if best is not None else None
