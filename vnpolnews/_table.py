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
    records = [{name: row.get(name) for name in COLUMNS} for row in rows]
    frame = pd.DataFrame.from_records(records, columns=list(COLUMNS))
    for name in _DATETIME_COLUMNS:
        frame[name] = pd.to_datetime(
            pd.Series([_as_timestamp(v) for v in frame[name]], dtype="object"), errors="coerce"
        ).astype("datetime64[ns]")
    for name in _INT_COLUMNS:
        frame[name] = frame[name].astype("int64")
    for name in _LIST_COLUMNS:
        frame[name] = pd.Series(
            [list(v) if v is not None else [] for v in frame[name]], dtype="object"
        )
    return frame


def empty_frame() -> pd.DataFrame:
    """The contract's columns with no rows.

    >>> len(empty_frame())
    0
    """
    return make_frame([])
