"""vnpolnews: Vietnamese political news into a table of who took part in what, where and when.

>>> import vnpolnews
>>> table = vnpolnews.extract(
...     "Sáng 6/1, Bí thư Tỉnh ủy Nguyễn Văn An dự hội nghị tổng kết năm 2024.",
...     published="2025-01-06")
>>> table[["person", "date", "role"]].astype(str).values.tolist()
[['Nguyễn Văn An', '2025-01-06', 'attend']]
"""

from __future__ import annotations

from ._batch import BatchResult, extract_many
from ._extract import extract, parse
from ._gazetteer import Gazetteer, load_gazetteer
from ._merge import merge_events
from ._table import COLUMNS
from ._types import Document
from .errors import (
    DocumentTooLargeError,
    EncodingError,
    GazetteerError,
    InputError,
    OptionError,
    VnpolnewsError,
)

__version__ = "0.1.0"

__all__ = [
    "COLUMNS",
    "BatchResult",
    "Document",
    "DocumentTooLargeError",
    "EncodingError",
    "Gazetteer",
    "GazetteerError",
    "InputError",
    "OptionError",
    "VnpolnewsError",
    "__version__",
    "extract",
    "extract_many",
    "load_gazetteer",
    "merge_events",
    "parse",
]
