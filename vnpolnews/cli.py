"""The ``vnpolnews`` command: extract tables from files, folders, globs, JSONL, CSV or Parquet.

Rows are written as documents finish (CSV and JSONL flushed after each document, Parquet one row
group per batch and its footer written on any exit), so a run that is interrupted (Ctrl-C,
SIGTERM) leaves a valid partial output. Exit status: 0 when every document was read, 1 when any
failed (they are listed in ``OUT.errors.csv``), 2 on a usage error, 130/143 when interrupted.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import datetime as dt
import functools
import glob
import json
import os
import signal
import sys
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import FrameType
from typing import IO, Any

import pandas as pd

from ._batch import (
    ERROR_COLUMNS,
    HTML_SUFFIXES,
    TEXT_SUFFIXES,
    DocOutcome,
    Unreadable,
    iter_outcomes,
)
from ._extract import extract
from ._gazetteer import load_gazetteer
from ._table import COLUMNS
from .errors import GazetteerError

__all__ = ["main"]

EXAMPLES = """\
examples:
  vnpolnews extract article.txt                      a readable table on the terminal
  vnpolnews extract news/ -o rows.csv --jobs -1      a folder, on every core, to CSV
  vnpolnews extract 'crawl/**/*.html' -o rows.parquet
  vnpolnews extract articles.jsonl -o rows.jsonl --merge --timeout 30
  vnpolnews extract page.txt --published 2025-01-06
  vnpolnews extract news/ -o rows.csv --gazetteer my-officials.tsv
  vnpolnews gazetteer                                 what the gazetteers hold

JSONL, CSV and Parquet inputs hold one article per record, with the fields id, text or html,
published, url and optionally lang. Errors go beside the output: rows.csv -> rows.errors.csv.
"""

RECORD_SUFFIXES = frozenset({".jsonl", ".ndjson", ".csv", ".parquet", ".pq"})
OUTPUT_FORMATS = {".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".parquet": "parquet",
                  ".pq": "parquet"}
_LIST_COLUMNS = ("titles", "titles_raw")
_DATE_COLUMNS = ("published", "date")
_INTERRUPTED = {signal.SIGINT: 130, signal.SIGTERM: 143}


class UsageError(Exception):
    """A mistake on the command line: exit status 2."""


# --------------------------------------------------------------------------- inputs


def _expand(inputs: Sequence[str]) -> list[Path]:
    """Files named by the arguments: files as they are, folders searched, globs expanded."""
    wanted = TEXT_SUFFIXES | HTML_SUFFIXES | RECORD_SUFFIXES
    files: list[Path] = []
    for item in inputs:
        if item == "-":
            files.append(Path("-"))
            continue
        path = Path(item)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file()
                           and p.suffix.lower() in wanted)
        elif path.is_file():
            found = [path]
        elif glob.has_magic(item):
            found = sorted(Path(p) for p in glob.glob(item, recursive=True)
                           if os.path.isfile(p))
        else:
            raise UsageError(f"{item}: no such file or folder")
        if not found:
            raise UsageError(f"{item}: no .txt, .html, .jsonl, .csv or .parquet file found")
        files.extend(found)
    return files


def _clean(record: dict[str, Any], default_id: str) -> dict[str, Any]:
    record = {k: (None if v is None or (isinstance(v, float) and v != v) else v)
              for k, v in record.items()}
    if record.get("id") is None and record.get("doc_id") is None:
        record["id"] = default_id
    return record


def _records(path: Path) -> Iterator[Any]:
    """The documents of one input file, read lazily where the format allows."""
    suffix = path.suffix.lower()
    if str(path) == "-":
        yield {"id": "-", "text": sys.stdin.read()}
    elif suffix in TEXT_SUFFIXES | HTML_SUFFIXES:
        yield path
    elif suffix in (".jsonl", ".ndjson"):
        with path.open(encoding="utf-8", errors="replace") as lines:
            for number, line in enumerate(lines, 1):
                if not line.strip():
                    continue
                where = f"{path}:{number}"
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as error:
                    yield Unreadable(where, "JSONDecodeError", str(error))
                    continue
                if not isinstance(record, dict):
                    yield Unreadable(where, "InputError", "a JSONL line must hold an object")
                    continue
                yield _clean(record, where)
    elif suffix == ".csv":
        for chunk in pd.read_csv(path, dtype=str, keep_default_na=False, chunksize=1000):
            for number, record in enumerate(chunk.to_dict("records"), chunk.index[0] + 2):
                yield _clean({k: v or None for k, v in record.items()}, f"{path}:{number}")
    else:
        frame = pd.read_parquet(path)
        for number, record in enumerate(frame.to_dict("records")):
            yield _clean(record, f"{path}:{number}")


def _documents(files: Sequence[Path]) -> Iterator[Any]:
    for path in files:
        yield from _records(path)


# --------------------------------------------------------------------------- outputs


def _plain(frame: pd.DataFrame, *, lists: str) -> pd.DataFrame:
    """A copy fit for text output: dates as YYYY-MM-DD, lists joined or kept, no NaN."""
    out = frame.copy()
    for column in _DATE_COLUMNS:
        if column in out:
            out[column] = [None if pd.isna(v) else pd.Timestamp(v).strftime("%Y-%m-%d")
                           for v in out[column]]
    for column in _LIST_COLUMNS:
        if column in out and lists == "join":
            out[column] = ["; ".join(v) if isinstance(v, list | tuple) else v
                           for v in out[column]]
    return out.astype(object).where(out.notna(), None)


class _Writer:
    """Writes tables to one file as they come; ``close`` leaves a valid file at any point.

    CSV and JSONL are flushed after every document; Parquet gathers rows into row groups of
    :attr:`ROW_GROUP` rows and writes the last one, and its footer, on ``close``.
    """

    ROW_GROUP = 10_000

    def __init__(self, path: str, kind: str, columns: Sequence[str]) -> None:
        self.path, self.kind, self.columns = path, kind, list(columns)
        self.rows = 0
        self._file: IO[str] | None = None
        self._parquet: Any = None
        self._pending: list[Any] = []
        if kind == "csv":
            self._file = open(path, "w", encoding="utf-8", newline="")  # noqa: SIM115
            csv.writer(self._file).writerow(self.columns)
            self._file.flush()
        elif kind == "jsonl":
            self._file = open(path, "w", encoding="utf-8")  # noqa: SIM115
        elif kind == "parquet":
            import pyarrow as pa
            import pyarrow.parquet as pq

            fields = [pa.field(c, pa.list_(pa.string()) if c in _LIST_COLUMNS else
                               pa.timestamp("ns") if c in _DATE_COLUMNS else
                               pa.int64() if c in ("start", "end") else pa.string())
                      for c in self.columns]
            self._schema = pa.schema(fields)
            self._parquet = pq.ParquetWriter(path, self._schema)

    def write(self, frame: pd.DataFrame) -> None:
        if frame.empty:
            return
        frame = frame.reindex(columns=self.columns)
        self.rows += len(frame)
        if self.kind == "csv" and self._file is not None:
            _plain(frame, lists="join").to_csv(self._file, header=False, index=False)
            self._file.flush()
        elif self.kind == "jsonl" and self._file is not None:
            for record in _plain(frame, lists="keep").to_dict("records"):
                self._file.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
            self._file.flush()
        elif self.kind == "parquet":
            import pyarrow as pa

            typed = frame.copy()
            for column in self.columns:
                if column not in _LIST_COLUMNS + _DATE_COLUMNS + ("start", "end"):
                    typed[column] = typed[column].astype(object).where(typed[column].notna(),
                                                                       None)
            self._pending.append(pa.Table.from_pandas(typed, schema=self._schema,
                                                      preserve_index=False))
            if sum(t.num_rows for t in self._pending) >= self.ROW_GROUP:
                self._flush()

    def _flush(self) -> None:
        import pyarrow as pa

        if self._pending and self._parquet is not None:
            self._parquet.write_table(pa.concat_tables(self._pending))
        self._pending = []

    def close(self) -> None:
        self._flush()
        if self._file is not None:
            self._file.close()
            self._file = None
        if self._parquet is not None:
            self._parquet.close()
            self._parquet = None


class _Terminal:
    """Collects rows and prints them as a readable table when the run ends."""

    def __init__(self, stream: IO[str]) -> None:
        self.frames: list[pd.DataFrame] = []
        self.stream = stream
        self.rows = 0

    def write(self, frame: pd.DataFrame) -> None:
        if not frame.empty:
            self.frames.append(frame)
            self.rows += len(frame)

    def close(self) -> None:
        if not self.frames:
            print("no rows", file=self.stream)
            return
        print(render(pd.concat(self.frames, ignore_index=True)), file=self.stream)


def _cut(value: Any, width: int) -> str:
    text = "" if value is None or (isinstance(value, float) and value != value) else str(value)
    return text if len(text) <= width else text[: width - 1] + "…"


def render(table: pd.DataFrame) -> str:
    """The table as a person, titles, role, event, date, place view for the terminal.

    >>> from vnpolnews._table import make_frame
    >>> print(render(make_frame([dict(person="Lê Văn An", titles=["Bí thư Tỉnh ủy"], start=0,
    ...     end=9, role="chair", event="Hội nghị", date="2025-01-06", bridge_point="Huế")])))
    person    titles         role  event    date       place
    Lê Văn An Bí thư Tỉnh ủy chair Hội nghị 2025-01-06 điểm cầu Huế
    """
    view = pd.DataFrame({
        "person": [_cut(v, 28) for v in table["person"]],
        "titles": [_cut("; ".join(v) if isinstance(v, list | tuple) else v, 48)
                   for v in table["titles"]],
        "role": [_cut(v, 8) for v in table["role"]],
        "event": [_cut(v, 48) for v in table.get("event_canonical", table["event"])],
        "date": ["" if pd.isna(v) else pd.Timestamp(v).strftime("%Y-%m-%d")
                 for v in table["date"]],
        "place": [
            _cut(f"điểm cầu {bridge}" if isinstance(bridge, str) and bridge else place, 28)
            for place, bridge in zip(table.get("location_merged", table["location"]),
                                     table["bridge_point"], strict=True)],
    })
    lines = view.to_string(index=False, justify="left").splitlines()
    return "\n".join(line.rstrip() for line in lines)


def _errors_path(output: str) -> str:
    base, _ = os.path.splitext(output)
    return base + ".errors.csv"


# --------------------------------------------------------------------------- commands


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date like 2025-01-06") from None


def _jobs(value: str) -> int:
    number = int(value)
    if number == 0 or number < -1:
        raise argparse.ArgumentTypeError("--jobs takes a positive number, or -1 for every core")
    return number


def _seconds(value: str) -> float:
    number = float(value)
    if not number > 0:
        raise argparse.ArgumentTypeError("--timeout takes a positive number of seconds")
    return number


def _parser() -> argparse.ArgumentParser:
    from . import __version__

    parser = argparse.ArgumentParser(
        prog="vnpolnews",
        description="Vietnamese political news into a table of who took part in what, "
                    "where and when.",
        epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"vnpolnews {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    extract = commands.add_parser(
        "extract", help="extract the table from articles", epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Extract who took part in what, where and when from articles.")
    extract.add_argument("inputs", nargs="+", metavar="FILE|DIR|GLOB",
                         help=".txt/.html files, folders, globs, .jsonl/.csv/.parquet records, "
                              "or - for standard input")
    extract.add_argument("-o", "--output", metavar="OUT",
                         help="write to OUT.csv, OUT.jsonl or OUT.parquet (default: a table "
                              "on the terminal); errors go to OUT.errors.csv")
    extract.add_argument("--published", type=_date, metavar="YYYY-MM-DD",
                         help="publication date of documents that do not give their own")
    extract.add_argument("--lang", choices=("vi", "en"), help="language (default: detected)")
    extract.add_argument("-j", "--jobs", type=_jobs, default=1, metavar="N",
                         help="worker processes; -1 for one per core (default 1)")
    extract.add_argument("--merge", action="store_true",
                         help="give rows of one real event across articles one event_key "
                              "(output is written when every document is done)")
    extract.add_argument("--timeout", type=_seconds, metavar="SECONDS",
                         help="time limit per document; a slower one is recorded as an error")
    extract.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    extract.add_argument("--gazetteer", action="append", default=[], metavar="TSV",
                         help="your own gazetteer rows, a file or folder (repeatable), used "
                              "with the shipped ones to link names")
    gazetteer = commands.add_parser("gazetteer", help="print what the gazetteers hold")
    gazetteer.add_argument("files", nargs="*", metavar="TSV",
                           help="extra gazetteer files to validate and count with the shipped ones")
    return parser


def _on_signal(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt(signum)


def _run_extract(args: argparse.Namespace) -> int:
    from tqdm.auto import tqdm

    from ._merge import MERGE_COLUMNS, merge_events

    files = _expand(args.inputs)
    kind = "table"
    if args.output is not None:
        kind = OUTPUT_FORMATS.get(os.path.splitext(args.output)[1].lower(), "")
        if not kind:
            raise UsageError(f"{args.output}: the output must end in .csv, .jsonl or .parquet")
    columns = list(COLUMNS) + (list(MERGE_COLUMNS) if args.merge else [])
    sink: _Writer | _Terminal = (_Writer(args.output, kind, columns) if args.output
                                 else _Terminal(sys.stdout))
    errors: _Writer | None = (_Writer(_errors_path(args.output), "csv", ERROR_COLUMNS)
                              if args.output else None)
    failed: list[DocOutcome] = []
    kept: list[pd.DataFrame] = []
    bar = tqdm(unit="doc", desc="vnpolnews", file=sys.stderr, disable=args.quiet)
    extractor = None
    if args.gazetteer:
        try:
            own = load_gazetteer(extra=args.gazetteer)
        except GazetteerError as error:
            raise UsageError(str(error)) from None
        extractor = functools.partial(extract, gazetteer=own)
    outcomes = iter_outcomes(_documents(files), n_jobs=args.jobs, timeout=args.timeout,
                             published=args.published, lang=args.lang, extractor=extractor)
    status = 0
    try:
        for outcome in outcomes:
            if outcome.error is not None:
                failed.append(outcome)
                if errors is not None:
                    errors.write(pd.DataFrame([[outcome.doc_id, *outcome.error, outcome.index]],
                                              columns=list(ERROR_COLUMNS)))
                bar.set_postfix(errors=len(failed), refresh=False)
            elif args.merge:
                kept.append(outcome.table)
            else:
                sink.write(outcome.table)
            bar.update(1)
    except KeyboardInterrupt as interrupt:
        code = interrupt.args[0] if interrupt.args else signal.SIGINT
        status = _INTERRUPTED.get(code, 130)
        print("\nvnpolnews: interrupted; the output holds the documents done so far",
              file=sys.stderr)
    finally:
        close = getattr(outcomes, "close", None)
        if close is not None:
            close()
        bar.close()
        with contextlib.ExitStack() as stack:
            stack.callback(sink.close)
            if errors is not None:
                stack.callback(errors.close)
            if args.merge and kept:
                sink.write(merge_events(pd.concat(kept, ignore_index=True)))
    if failed:
        where = f"; see {_errors_path(args.output)}" if args.output else ""
        print(f"vnpolnews: {len(failed)} document(s) failed{where}", file=sys.stderr)
        if not args.output:
            for outcome in failed:
                assert outcome.error is not None
                print(f"  {outcome.doc_id}: {outcome.error[0]}: {outcome.error[1]}",
                      file=sys.stderr)
    return status or (1 if failed else 0)


def _run_gazetteer(extra: Sequence[str]) -> int:
    from ._gazetteer import main as counts

    try:
        return counts(list(extra))
    except GazetteerError as error:
        print(f"vnpolnews: {error}", file=sys.stderr)
        return 1


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status.

    >>> main(["extract", "--help"])  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    SystemExit: 0
    """
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return 2
    in_main = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, _on_signal) if in_main else None
    try:
        if args.command == "gazetteer":
            return _run_gazetteer(args.files)
        return _run_extract(args)
    except UsageError as error:
        parser.error(str(error))  # exits with status 2
        raise  # unreachable: parser.error exits
    finally:
        if in_main:
            signal.signal(signal.SIGTERM, previous)


if __name__ == "__main__":
    sys.exit(main())
