"""Many documents at once: :func:`extract_many`, its result, and the streaming loop under it.

Every document is extracted on its own; a document that fails (``None`` as text, bytes that are
not UTF-8, an exception deep inside, a time limit overrun) leaves one row in the errors table and
the others go on. Output order is the input order, then row order, whatever ``n_jobs`` is.

Time limits (``timeout`` seconds per document) work in two layers:

- in the process that runs the document, a ``SIGALRM`` timer raises :class:`TimeoutError` between
  two Python bytecodes (or inside the standard ``re`` engine, which checks for signals). This works
  in worker processes (``n_jobs > 1``) and, in-process (``n_jobs=1``), when :func:`extract_many`
  is called from the main thread on a POSIX system; from another thread or on Windows the limit is
  not enforced in-process: use ``n_jobs=2`` or more to have it enforced.
- with ``n_jobs > 1`` the parent also watches each worker: one that overruns the limit by a grace
  period (stuck in a C call that never looks at signals) is killed, its document is recorded as a
  ``TimeoutError`` and the documents that were in flight are run again in fresh workers.
"""

from __future__ import annotations

import concurrent.futures as cf
import contextlib
import dataclasses
import datetime as dt
import hashlib
import importlib
import itertools
import multiprocessing
import os
import signal
import sys
import threading
import time
import warnings
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from types import FrameType
from typing import Any, Literal

import pandas as pd

from ._table import empty_frame
from .errors import EncodingError, InputError, OptionError

__all__ = [
    "ERROR_COLUMNS", "BatchResult", "DocOutcome", "Unreadable", "extract_many", "iter_outcomes",
]

#: The columns of :attr:`BatchResult.errors`: which document (its id and its position in the
#: input), the exception's class name and its message.
ERROR_COLUMNS: tuple[str, ...] = ("doc_id", "error_type", "message", "index")

#: File suffixes read as plain text or as HTML when a document is a path.
TEXT_SUFFIXES = frozenset({".txt", ".text"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})

_GRACE_SECONDS = 5.0  # how much longer than its limit a worker may run before it is killed
_MAX_PATH_CHARS = 4096  # a str longer than this is text, never a path


@dataclasses.dataclass(frozen=True)
class BatchResult:
    """What :func:`extract_many` returns: the table of every document and the errors table.

    >>> result = extract_many(["Sáng 6/1, hội nghị.", None], progress=False)
    >>> result.errors[["error_type", "index"]].values.tolist()
    [['InputError', 1]]
    """

    table: pd.DataFrame
    errors: pd.DataFrame

    @property
    def ok(self) -> bool:
        """True when no document failed.

        >>> extract_many([], progress=False).ok
        True
        """
        return len(self.errors) == 0


@dataclasses.dataclass(frozen=True)
class _Job:
    """One document as the workers see it (picklable)."""

    index: int
    doc_id: str
    text: Any = None
    html: Any = None
    path: str | None = None
    published: Any = None
    url: str | None = None
    lang: str | None = None
    problem: tuple[str, str] | None = None  # an error found before extraction
    default_published: Any = None  # used when neither the record nor its page has a date


@dataclasses.dataclass(frozen=True)
class Unreadable:
    """A document that could not even be read (a bad JSON line): passed in, it becomes an error.

    >>> extract_many([Unreadable("a.jsonl:3", "JSONDecodeError", "bad")], progress=False).ok
    False
    """

    doc_id: str
    error_type: str
    message: str


@dataclasses.dataclass(frozen=True)
class DocOutcome:
    """One document's result: its rows, or the error that stopped it (then ``table`` is empty)."""

    index: int
    doc_id: str
    table: pd.DataFrame
    error: tuple[str, str] | None  # (error type, message)


# --------------------------------------------------------------------------- documents in


def _text_id(text: str) -> str:
    """The stable id of a text without one: the same hash :func:`vnpolnews.extract` uses."""
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _looks_like_path(value: str) -> bool:
    if len(value) > _MAX_PATH_CHARS or "\n" in value:
        return False
    suffix = os.path.splitext(value)[1].lower()
    return suffix in TEXT_SUFFIXES | HTML_SUFFIXES and os.path.isfile(value)


def _field(doc: Any, *names: str) -> Any:
    """The first of ``names`` that ``doc`` (a mapping or an object) has and that is not missing."""
    for name in names:
        value = doc.get(name) if isinstance(doc, Mapping) else getattr(doc, name, None)
        if value is None:
            continue
        with contextlib.suppress(TypeError, ValueError):
            if pd.isna(value):
                continue
        return value
    return None


def _job(index: int, doc: Any, default_published: Any, default_lang: str | None) -> _Job:
    """Turn one input document into a job; nothing is read or extracted here."""
    if isinstance(doc, os.PathLike) or (isinstance(doc, str) and _looks_like_path(doc)):
        path = os.fspath(doc)
        return _Job(index, str(path), path=str(path), default_published=default_published,
                    lang=default_lang)
    if isinstance(doc, Unreadable):
        return _Job(index, doc.doc_id, problem=(doc.error_type, doc.message))
    if isinstance(doc, str):
        return _Job(index, _text_id(doc), text=doc, default_published=default_published,
                    lang=default_lang)
    if doc is None or isinstance(doc, bytes | bytearray | int | float):
        return _Job(index, f"#{index}", text=doc, default_published=default_published,
                    lang=default_lang)
    raw_id = _field(doc, "id", "doc_id")
    text = _field(doc, "text")
    html = _field(doc, "html")
    path = _field(doc, "path")
    published = _field(doc, "published")
    url = _field(doc, "url")
    lang = _field(doc, "lang") or default_lang
    problem = None
    if text is None and html is None and path is None:
        problem = ("InputError", "the record has no 'text', 'html' or 'path' field")
    if raw_id is not None:
        doc_id = str(raw_id)
    elif isinstance(text, str):
        doc_id = _text_id(text)
    elif isinstance(html, str):
        doc_id = _text_id(html)
    else:
        doc_id = str(path) if path is not None else f"#{index}"
    return _Job(index, doc_id, text=text, html=html, path=None if path is None else str(path),
                published=published, url=None if url is None else str(url),
                lang=None if lang is None else str(lang), problem=problem,
                default_published=default_published)


def _documents(docs: Any) -> Iterable[Any]:
    """The documents of ``docs``: a DataFrame's rows as dicts, a single str/path as one."""
    if isinstance(docs, pd.DataFrame):
        return (dict(zip(docs.columns, row, strict=True))
                for row in docs.itertuples(index=False, name=None))
    if isinstance(docs, str | bytes | os.PathLike):
        raise OptionError(
            "docs must be an iterable of documents; wrap a single text or path in a list: "
            "extract_many([text])")
    if not isinstance(docs, Iterable):
        raise OptionError(f"docs must be an iterable of documents, not {type(docs).__name__}")
    return docs


# --------------------------------------------------------------------------- one document


class _Problem(Exception):
    """An error found before extraction, reported under its own type name."""

    def __init__(self, error_type: str, message: str) -> None:
        super().__init__(message)
        self.error_type = error_type


class _TimeLimit(TimeoutError):
    """Raised by the alarm inside a document that ran over its time limit."""


@contextlib.contextmanager
def _time_limit(seconds: float | None) -> Iterator[None]:
    """Raise :class:`TimeoutError` after ``seconds`` (POSIX main thread only; else no limit)."""
    usable = (seconds is not None and hasattr(signal, "SIGALRM")
              and threading.current_thread() is threading.main_thread())
    if not usable or seconds is None:
        yield
        return

    def _alarm(signum: int, frame: FrameType | None) -> None:
        raise _TimeLimit(f"the document took longer than its limit of {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _read_path(path: str) -> tuple[str | None, str | None]:
    """(text, html) of a .txt or .html file, decoded as UTF-8."""
    suffix = os.path.splitext(path)[1].lower()
    if suffix not in TEXT_SUFFIXES | HTML_SUFFIXES:
        raise InputError(f"{path}: unknown file type {suffix!r}; give .txt or .html files")
    data = Path(path).read_bytes()
    if b"\x00" in data[:65536]:
        raise EncodingError(f"{path}: contains NUL bytes: a binary file, not text")
    try:
        content = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise EncodingError(f"{path}: not UTF-8 ({error}); convert it to UTF-8 first") from None
    return (None, content) if suffix in HTML_SUFFIXES else (content, None)


def _from_html(html: Any, url: str | None) -> tuple[str, Any]:
    """The text and publication date of an HTML page (through ``vnpolnews._html``)."""
    if not isinstance(html, str):
        raise InputError(f"html must be str, not {type(html).__name__}")
    try:
        module = importlib.import_module("vnpolnews._html")
    except ImportError:
        raise InputError("HTML input needs vnpolnews._html, which this version lacks; "
                         "pass the page's text as 'text'") from None
    page = module.extract_page(html, url=url)
    return page.text, getattr(page, "published", None)


Extractor = Callable[..., pd.DataFrame]


def _extract_job(job: _Job, extractor: Extractor | None) -> pd.DataFrame:
    if extractor is None:
        from ._extract import extract  # late: workers import it once, on their first document

        extractor = extract
    if job.problem is not None:
        raise _Problem(*job.problem)
    text, html, found = job.text, job.html, None
    if text is None and job.path is not None:
        text, html = _read_path(job.path)
    if text is None and html is not None:
        text, found = _from_html(html, job.url)
    published = next((d for d in (job.published, found, job.default_published) if d is not None),
                     None)
    return extractor(text, published=published, doc_id=job.doc_id, lang=job.lang)


def _run_job(job: _Job, timeout: float | None, extractor: Extractor | None) -> DocOutcome:
    """Extract one job; any exception becomes the outcome's error, never escapes."""
    try:
        with _time_limit(timeout):
            table = _extract_job(job, extractor)
    except _TimeLimit as error:
        return DocOutcome(job.index, job.doc_id, empty_frame(), ("TimeoutError", str(error)))
    except _Problem as error:
        return DocOutcome(job.index, job.doc_id, empty_frame(), (error.error_type, str(error)))
    except Exception as error:  # one bad document must never stop the others
        return DocOutcome(job.index, job.doc_id, empty_frame(),
                          (type(error).__name__, str(error) or repr(error)))
    return DocOutcome(job.index, job.doc_id, table, None)


def _run_chunk(jobs: Sequence[_Job], timeout: float | None,
               extractor: Extractor | None) -> list[DocOutcome]:
    return [_run_job(job, timeout, extractor) for job in jobs]


# --------------------------------------------------------------------------- the pool


def _workers(n_jobs: int) -> int:
    if n_jobs == -1 or n_jobs == 0:
        return os.cpu_count() or 1
    if n_jobs < -1:
        return max(1, (os.cpu_count() or 1) + 1 + n_jobs)
    return n_jobs


def _warm_up() -> None:
    """Import what a worker needs, so that its first document's clock does not count it."""
    importlib.import_module("vnpolnews._extract")
    time.sleep(0.05)  # keep this worker busy, so that the pool starts the others too


def _main_can_be_imported() -> bool:
    """Whether a new worker process can import ``__main__`` as spawn and forkserver do: a
    program read from standard input ("<stdin>") cannot be; Jupyter and ``python -c`` can."""
    main = sys.modules.get("__main__")
    path = getattr(main, "__file__", None)
    return path is None or os.path.exists(path)


def _new_executor(workers: int, *, warm: bool) -> cf.ProcessPoolExecutor:
    """A pool of worker processes; ``warm``: started and importing before it is returned (when
    documents have a time limit, a worker's start-up must not be counted against them)."""
    methods = multiprocessing.get_all_start_methods()
    method = "forkserver" if "forkserver" in methods else "spawn"
    executor = cf.ProcessPoolExecutor(max_workers=workers,
                                      mp_context=multiprocessing.get_context(method))
    if warm:
        cf.wait([executor.submit(_warm_up) for _ in range(workers)])
    return executor


def _kill(executor: cf.ProcessPoolExecutor) -> None:
    """Stop an executor now, killing its workers (one may be stuck in C code)."""
    processes = getattr(executor, "_processes", None) or {}
    for process in list(processes.values()):
        with contextlib.suppress(Exception):
            process.kill()
    executor.shutdown(wait=False, cancel_futures=True)


def _chunks(jobs: Iterator[_Job], size: int) -> Iterator[list[_Job]]:
    while chunk := list(itertools.islice(jobs, size)):
        yield chunk


def _failed(chunk: Sequence[_Job], kind: str, message: str) -> list[DocOutcome]:
    return [DocOutcome(job.index, job.doc_id, empty_frame(), (kind, message)) for job in chunk]


def _run_solo(chunk: list[_Job], timeout: float | None,
              extractor: Extractor | None) -> list[DocOutcome]:
    """Run one document alone in a worker of its own: whatever happens is its own doing."""
    executor = _new_executor(1, warm=timeout is not None)
    limit = None if timeout is None else timeout + max(_GRACE_SECONDS, timeout)
    try:
        return executor.submit(_run_chunk, chunk, timeout, extractor).result(timeout=limit)
    except cf.TimeoutError:
        return _failed(chunk, "TimeoutError",
                       f"the document took longer than its limit of {timeout:g} s")
    except BrokenProcessPool:
        return _failed(chunk, "WorkerCrashed",
                       "the worker process died while extracting this document")
    finally:
        _kill(executor)


def _pool_outcomes(jobs: Iterator[_Job], *, workers: int, chunksize: int,
                   timeout: float | None, extractor: Extractor | None) -> Iterator[DocOutcome]:
    """Run jobs in worker processes, yielding outcomes in input order, a bounded number in
    flight; a stuck or crashed worker costs only its own document."""
    todo: deque[tuple[list[_Job], bool]] = deque()  # work put back after a kill: (chunk, alone)
    source = _chunks(jobs, chunksize)
    pending: deque[tuple[list[_Job], bool, cf.Future[list[DocOutcome]]]] = deque()
    executor = _new_executor(workers, warm=timeout is not None)
    try:
        while True:
            while len(pending) < 2 * workers:
                if todo:
                    chunk, alone = todo.popleft()
                else:
                    chunk, alone = next(source, []), False
                if not chunk:
                    break
                future = executor.submit(_run_chunk, chunk, timeout, extractor)
                pending.append((chunk, alone, future))
            if not pending:
                return
            chunk, alone, future = pending.popleft()
            limit = None if timeout is None else timeout * len(chunk) + max(
                _GRACE_SECONDS, timeout)
            try:
                outcomes = future.result(timeout=limit)
            except (cf.TimeoutError, BrokenProcessPool) as error:
                stuck = isinstance(error, cf.TimeoutError)
                _kill(executor)
                executor = _new_executor(workers, warm=timeout is not None)
                rest = [(c, a) for c, a, _ in pending]
                pending.clear()
                todo.extendleft(reversed(rest))
                if len(chunk) == 1 and stuck:
                    outcomes = _failed(chunk, "TimeoutError",
                                       f"the document took longer than its limit of {timeout:g} s")
                elif len(chunk) == 1 and alone:  # the pool broke: was it this document?
                    outcomes = _run_solo(chunk, timeout, extractor)
                else:  # find the culprit: run this chunk's documents one by one
                    todo.extendleft(reversed([([job], True) for job in chunk]))
                    continue
            yield from outcomes
    finally:
        if pending:
            _kill(executor)
        else:
            executor.shutdown(wait=True, cancel_futures=True)


# --------------------------------------------------------------------------- public


def iter_outcomes(
    docs: Any,
    *,
    n_jobs: int = 1,
    timeout: float | None = None,
    published: Any = None,
    lang: str | None = None,
    chunksize: int | None = None,
    extractor: Extractor | None = None,
) -> Iterator[DocOutcome]:
    """One :class:`DocOutcome` per document, in input order, as soon as each is done.

    The streaming core of :func:`extract_many` and of the command line: nothing is kept once it
    has been yielded, so a run over millions of documents needs memory for a few chunks only.

    >>> [o.error is None for o in iter_outcomes(["Hôm nay trời đẹp.", None])]
    [True, False]
    """
    if timeout is not None and timeout <= 0:
        raise OptionError(f"timeout must be a positive number of seconds, not {timeout!r}")
    workers = _workers(n_jobs)
    if workers > 1 and not _main_can_be_imported():
        warnings.warn("worker processes cannot start from a program read on standard input "
                      "or from a file that no longer exists: extracting in this process",
                      RuntimeWarning, stacklevel=2)
        workers = 1
    jobs = (_job(i, doc, published, lang) for i, doc in enumerate(_documents(docs)))
    if workers <= 1:
        return (_run_job(job, timeout, extractor) for job in jobs)
    return _pool_outcomes(jobs, workers=workers, chunksize=chunksize or 8, timeout=timeout,
                          extractor=extractor)


def _errors_frame(records: Sequence[tuple[str, str, str, int]]) -> pd.DataFrame:
    frame = pd.DataFrame.from_records(list(records), columns=list(ERROR_COLUMNS))
    return frame.astype({"doc_id": object, "error_type": object, "message": object,
                         "index": "int64"})


def collect(outcomes: Iterable[DocOutcome], *,
            on_error: Literal["record", "raise"] = "record",
            progress: bool | Callable[[DocOutcome], None] = False,
            total: int | None = None) -> BatchResult:
    """Gather outcomes into a :class:`BatchResult` (with a tqdm bar on stderr if asked)."""
    tables: list[pd.DataFrame] = []
    errors: list[tuple[str, str, str, int]] = []
    bar = None
    if progress is True:
        from tqdm.auto import tqdm

        bar = tqdm(total=total, unit="doc", desc="vnpolnews", file=sys.stderr)
    try:
        for outcome in outcomes:
            if outcome.error is not None:
                if on_error == "raise":
                    raise InputError(f"document {outcome.doc_id!r} failed: "
                                     f"{outcome.error[0]}: {outcome.error[1]}")
                errors.append((outcome.doc_id, *outcome.error, outcome.index))
            elif len(outcome.table):
                tables.append(outcome.table)
            if bar is not None:
                bar.update(1)
                if errors:
                    bar.set_postfix(errors=len(errors), refresh=False)
            elif callable(progress):
                progress(outcome)
    finally:
        if bar is not None:
            bar.close()
    table = pd.concat(tables, ignore_index=True) if tables else empty_frame()
    return BatchResult(table=table, errors=_errors_frame(errors))


def extract_many(
    docs: Any,
    *,
    n_jobs: int = 1,
    progress: bool = True,
    timeout: float | None = None,
    on_error: Literal["record", "raise"] = "record",
    published: dt.date | dt.datetime | str | None = None,
    lang: str | None = None,
    chunksize: int | None = None,
    extractor: Extractor | None = None,
) -> BatchResult:
    """Extract many documents: one table for all of them, and a table of those that failed.

    ``docs``: an iterable of texts, of dicts or records with ``id``, ``text`` or ``html``,
    ``published``, ``url`` and optionally ``lang``, of paths (``Path`` objects, or ``str`` naming an
    existing ``.txt``/``.html`` file), or a DataFrame with those columns. A text without an id gets
    the hash :func:`vnpolnews.extract` gives it; ``published`` and ``lang`` here are the defaults
    for documents without their own.

    ``n_jobs``: worker processes (``-1``: one per core); the result is the same for any value:
    rows in input order, then in each document's row order. ``timeout``: seconds a document may
    take (see the module's notes on how it is enforced). ``on_error="record"`` puts each failure
    in ``.errors`` (columns ``doc_id``, ``error_type``, ``message``, ``index``) and goes on;
    ``"raise"`` stops at the first with :class:`vnpolnews.InputError`. ``chunksize``: documents
    sent to a worker at a time (default 8). ``extractor``: the function called per document
    (default :func:`vnpolnews.extract`, called as ``extractor(text, published=..., doc_id=...,
    lang=...)``); with ``n_jobs > 1`` it must be importable by name (a module-level function).

    >>> result = extract_many([{"id": "a", "text": "Sáng 6/1, Bí thư Tỉnh ủy dự hội nghị."},
    ...                        {"id": "b", "text": None}], progress=False)
    >>> result.errors[["doc_id", "error_type"]].values.tolist()
    [['b', 'InputError']]
    """
    if on_error not in ("record", "raise"):
        raise OptionError(f"on_error must be 'record' or 'raise', not {on_error!r}")
    total = len(docs) if isinstance(docs, Sequence | pd.DataFrame) and not isinstance(
        docs, str | bytes) else None
    outcomes = iter_outcomes(docs, n_jobs=n_jobs, timeout=timeout, published=published,
                             lang=lang, chunksize=chunksize, extractor=extractor)
    try:
        return collect(outcomes, on_error=on_error, progress=progress, total=total)
    finally:
        close = getattr(outcomes, "close", None)
        if close is not None:
            close()
