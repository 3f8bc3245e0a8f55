"""The table contract: its columns, in order, and how rows become a DataFrame."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

import pandas as pd

#: The columns of :func:`vnpolnews.extract`'s table, in order (the contract in docs/table.md).
COLUMNS: tuple[str, ...] = (
    "doc_id",
    "published",
    "event_id",
    "event",
    "event_type",
    "date",
    "date_text",
    "time_of_day",
    "location",
    "venue",
    "bridge_point",
    "person",
    "person_id",
    "titles",
    "titles_raw",
    "province",
    "province_2025",
    "role",
    "section",
    "lang",
    "sentence",
    "start",
    "end",
    "rule",
)

_DATETIME_COLUMNS = ("published", "date")
_INT_COLUMNS = ("start", "end")
_LIST_COLUMNS = ("titles", "titles_raw")


def _as_timestamp(value: Any) -> Any:
    if value is None or value is pd.NaT:
        return pd.NaT
    if isinstance(value, dt.date):
        return pd.Timestamp(value)
    return pd.to_datetime(value, errors="coerce")


def make_frame(rows: Iterable[Mapping[str, Any]]) -> pd.DataFrame:
    """Build the contract's DataFrame from row dicts; an empty iterable gives an empty frame.

    >>> make_frame([]).columns.tolist() == list(COLUMNS)
    True
    """
    records = list(rows)
    columns: dict[str, pd.Series] = {}
    for name in COLUMNS:
        values = [row.get(name) for row in records]
        if name in _DATETIME_COLUMNS:
            columns[name] = pd.Series(
                [_as_timestamp(v) for v in values], dtype="datetime64[ns]")
        elif name in _INT_COLUMNS:
            columns[name] = pd.Series(values, dtype="int64")
        elif name in _LIST_COLUMNS:
            columns[name] = pd.Series(
                [list(v) if v is not None else [] for v in values], dtype="object")
        else:
            columns[name] = pd.Series(values, dtype="object")
    return pd.DataFrame(columns)


def empty_frame() -> pd.DataFrame:
    """The contract's columns with no rows.

    >>> len(empty_frame())
    0
    """
    return make_frame([])
