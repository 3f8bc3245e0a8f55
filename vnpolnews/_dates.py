"""Date expressions of Vietnamese news, resolved against the publication date.

Our own patterns come first ("Sáng nay (6/1)", "Chiều 26.2", "Sáng 7-2", "ngày 15-5",
"hôm qua", "Thứ 3, 19/12/2023", "ngày 16 tháng 12 năm 2025"); dateparser is the fallback for
what they do not know. A day and month without a year take the year that makes them the most
recent date on or before the publication date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import regex

from ._types import DateMention

_TIME_OF_DAY = {
    "sáng": "morning", "trưa": "noon", "chiều": "afternoon", "tối": "evening", "đêm": "night",
    "khuya": "night",
}

# A day and month, optionally a year: "6/1", "26.2", "7-2", "19/12/2023", "15.5.2017".
_DAY_MONTH = r"""
    (?P<day>[0-3]?\d)\s*(?P<sep>[/.-])\s*(?P<month>[01]?\d)   # day, separator, month
    (?:\s*(?P=sep)\s*(?P<year>(?:19|20)\d\d))?                # the same separator, a year
    (?![\d/.-]?\d)                                             # not part of a longer number
"""

# The same written out: "ngày 16 tháng 12 năm 2025".
_LONG = r"""
    (?P<lday>[0-3]?\d)\s+tháng\s+(?P<lmonth>[01]?\d)(?:\s+năm\s+(?P<lyear>(?:19|20)\d\d))?
"""

_DATE_EXPR = regex.compile(
    rf"""
    (?P<expr>
      (?:(?P<tod>[Ss]áng|[Cc]hiều|[Tt]rưa|[Tt]ối|[Đđ]êm|[Kk]huya)\s+)?  # time of day
      (?:(?P<nay>nay|qua|[Hh]ôm\s+nay|[Hh]ôm\s+qua)\s*,?\s*)?          # "sáng nay", "tối qua"
      (?:(?:[Nn]gày|[Hh]ôm)\s+)?                                     # "ngày", "hôm"
      (?:(?:[Tt]hứ\s+(?:\d|hai|ba|tư|năm|sáu|bảy)|[Cc]hủ\s+nhật)\s*,?\s*(?:ngày\s+)?)?  # weekday
      \(?\s*
      (?:{_DAY_MONTH}|{_LONG})                                       # the date itself
      \s*\)?
    )
    """,
    regex.VERBOSE,
)

# Relative days: "hôm qua", "hôm nay", "sáng nay", "chiều cùng ngày", "hôm sau".
_RELATIVE = regex.compile(
    r"""
    (?P<expr>
      (?:(?P<tod>[Ss]áng|[Cc]hiều|[Tt]rưa|[Tt]ối|[Đđ]êm)\s+)?        # time of day
      (?P<rel>hôm\s+nay|hôm\s+qua|hôm\s+kia|nay|qua|cùng\s+ngày|ngày\s+hôm\s+sau|hôm\s+sau
              |ngày\s+hôm\s+qua|ngày\s+hôm\s+nay)
      (?![\p{L}\d]|\s*\(?\s*\d)                                      # not "sáng nay (6/1)"
    )
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

_RELATIVE_DAYS = {"hôm nay": 0, "nay": 0, "ngày hôm nay": 0, "hôm qua": -1, "qua": -1,
                  "ngày hôm qua": -1, "hôm kia": -2, "hôm sau": 1, "ngày hôm sau": 1}


def resolve_year(month: int, day: int, *, published: dt.date | None,
                 year_hint: int | None) -> dt.date | None:
    """The date of a day/month: the most recent on or before ``published``, else in the hint year.

    >>> resolve_year(12, 30, published=dt.date(2025, 1, 6), year_hint=None)
    datetime.date(2024, 12, 30)
    """
    try:
        if published is not None:
            candidate = dt.date(published.year, month, day)
            if candidate > published:
                candidate = dt.date(published.year - 1, month, day)
            return candidate
        if year_hint is not None:
            return dt.date(year_hint, month, day)
    except ValueError:
        return None
    return None


def find_dates(text: str, *, published: dt.date | None, year_hint: int | None = None,
               offset: int = 0) -> Iterator[DateMention]:
    """Date expressions in ``text`` (a sentence), resolved.

    >>> found = find_dates("Chiều 26.2, hội nghị", published=dt.date(2026, 2, 26))
    >>> [d.date.isoformat() for d in found]
    ['2026-02-26']
    """
    taken: list[tuple[int, int]] = []
    has_digit = any(ch.isdigit() for ch in text)
    for match in _DATE_EXPR.finditer(text) if has_digit else ():
        day = int(match.group("day") or match.group("lday"))
        month = int(match.group("month") or match.group("lmonth"))
        year_text = match.group("year") or match.group("lyear")
        if not (1 <= day <= 31 and 1 <= month <= 12):
            continue
        if match.group("sep") == "." and not match.group("tod") and not year_text and not (
                regex.search(r"(?:ngày|hôm|nay)\s*\(?\s*$", text[: match.start("day")],
                             regex.IGNORECASE)):
            continue  # "26.2" alone may be a decimal: only with a time of day or "ngày" before it
        if match.group("sep") == "-" and not match.group("tod") and not year_text and not \
                regex.search(r"(?:ngày|hôm|nay)\s*\(?\s*$", text[: match.start("day")],
                             regex.IGNORECASE):
            continue  # "2025 - 2030", "KT-XH 10": a dash date needs "ngày" or a time of day
        date: dt.date | None
        if year_text:
            try:
                date = dt.date(int(year_text), month, day)
            except ValueError:
                continue
        else:
            date = resolve_year(month, day, published=published, year_hint=year_hint)
        tod = match.group("tod")
        start, end = match.span("expr")
        while end > start and text[end - 1] in " ,":
            end -= 1
        taken.append((start, end))
        yield DateMention(offset + start, offset + end, text[start:end], date, month, day,
                          _TIME_OF_DAY.get(tod.lower()) if tod else None, "date.day_month")
    lowered = text.lower()
    if "hôm" not in lowered and "nay" not in lowered and "qua" not in lowered and (
            "cùng ngày" not in lowered):
        return
    for match in _RELATIVE.finditer(text):
        start, end = match.span("expr")
        if any(s <= start < e for s, e in taken):
            continue
        rel = regex.sub(r"\s+", " ", match.group("rel").lower())
        tod = match.group("tod")
        if rel in ("nay", "qua") and not tod:
            continue  # "nay" alone is "now", "qua" is "through"
        if rel == "cùng ngày":
            yield DateMention(offset + start, offset + end, text[start:end], None, None, None,
                              _TIME_OF_DAY.get(tod.lower()) if tod else None, "date.same_day")
            continue
        shift = _RELATIVE_DAYS.get(rel)
        if shift is None:
            continue
        if rel in ("hôm sau", "ngày hôm sau"):
            yield DateMention(offset + start, offset + end, text[start:end], None, None, None,
                              _TIME_OF_DAY.get(tod.lower()) if tod else None, "date.next_day")
            continue
        date = published + dt.timedelta(days=shift) if published else None
        yield DateMention(offset + start, offset + end, text[start:end], date,
                          date.month if date else None, date.day if date else None,
                          _TIME_OF_DAY.get(tod.lower()) if tod else None, "date.relative")


def parse_published(value: object) -> dt.date | None:
    """A publication date from a date, a datetime, an ISO string or "DD/MM/YYYY".

    >>> parse_published("2025-01-06T10:19:45+00:00")
    datetime.date(2025, 1, 6)
    """
    from .errors import OptionError

    if value is None or str(value) in ("NaT", "nan", "None"):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if hasattr(value, "to_pydatetime"):  # a pandas Timestamp
        if str(value) == "NaT":
            return None
        return value.to_pydatetime().date()  # type: ignore[no-any-return]
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return None
        match = regex.match(r"(\d{4})-?(\d{2})-?(\d{2})", text)
        if match:
            try:
                return dt.date(int(match[1]), int(match[2]), int(match[3]))
            except ValueError as error:
                raise OptionError(f"published={value!r} is not a valid date") from error
        match = regex.match(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", text)
        if match:
            try:
                return dt.date(int(match[3]), int(match[2]), int(match[1]))
            except ValueError as error:
                raise OptionError(f"published={value!r} is not a valid date") from error
        raise OptionError(
            f"published={value!r} is not a date: give a date, a datetime or an ISO string"
        )
    raise OptionError(
        f"published must be a date, a datetime or an ISO string, not {type(value).__name__}"
    )
