"""extract() and parse(): the pipeline from text to table (placeholder until the core lands)."""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

import pandas as pd

from ._table import empty_frame
from ._types import Document
from .errors import InputError


def _doc_id(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def parse(
    text: str,
    *,
    published: dt.date | dt.datetime | str | None = None,
    doc_id: str | None = None,
    lang: str | None = None,
) -> Document:
    """Parse ``text`` into mentions with offsets (placeholder)."""
    if not isinstance(text, str):
        raise InputError(f"text must be str, not {type(text).__name__}")
    return Document(text=text, lang=lang or "vi", doc_id=doc_id or _doc_id(text), published=None)


def extract(
    text: str,
    *,
    published: dt.date | dt.datetime | str | None = None,
    doc_id: str | None = None,
    lang: str | None = None,
    **_: Any,
) -> pd.DataFrame:
    """The table of who took part in what, where and when (placeholder)."""
    parse(text, published=published, doc_id=doc_id, lang=lang)
    return empty_frame()
