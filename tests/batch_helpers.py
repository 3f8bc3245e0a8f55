"""Stand-in extractors for the batch tests: importable by worker processes by name.

A text starting with a marker word makes the stand-in misbehave: SLOW sleeps in Python (an alarm
interrupts it), HANG sleeps with the alarm blocked (like a C call that never checks signals),
CRASH kills its worker process, BOOM raises an error from deep inside.
"""

from __future__ import annotations

import os
import signal
import time
from typing import Any

import pandas as pd

from vnpolnews._table import make_frame


def fake_extract(text: Any, *, published: Any = None, doc_id: str | None = None,
                 lang: str | None = None) -> pd.DataFrame:
    """One row per line of the text, the person being the line itself."""
    if not isinstance(text, str):
        raise TypeError(f"text must be str, not {type(text).__name__}")
    if text.startswith("SLOW"):
        time.sleep(30)
    if text.startswith("HANG"):
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
        try:
            time.sleep(30)
        finally:
            signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGALRM})
    if text.startswith("CRASH"):
        os._exit(3)
    if text.startswith("BOOM"):
        raise ZeroDivisionError("deep inside")
    rows = []
    offset = 0
    for line in text.split("\n"):
        if line.strip():
            rows.append({"doc_id": doc_id, "published": published, "event_id": "e1",
                         "person": line.strip(), "date": published, "start": offset,
                         "end": offset + len(line), "role": "attend", "lang": lang or "vi"})
        offset += len(line) + 1
    return make_frame(rows)
