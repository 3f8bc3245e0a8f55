"""Beyond one machine: extraction mapped over a Dask bag or DataFrame of articles.

Each partition is extracted with :func:`vnpolnews.extract_many` (one process per Dask worker
process, no nested pools), and the result is a Dask DataFrame with the table's columns and
dtypes (``meta`` is the empty table), so it can be written with ``to_parquet`` or grouped like any
other. A document that fails leaves no rows (``on_error="skip"``, the default, logs it) or fails
the computation (``on_error="raise"``); for an errors table, run :func:`vnpolnews.extract_many`.

On a real cluster, install vnpolnews on every worker (the gazetteers ship inside the wheel, and
nothing is downloaded at run time), then::

    import json

    import dask.bag as db
    from dask.distributed import Client

    import vnpolnews.dask

    client = Client("tcp://scheduler:8786")
    articles = db.read_text("s3://bucket/news/*.jsonl").map(json.loads)
    table = vnpolnews.dask.extract_bag(articles, timeout=60)
    table.to_parquet("s3://bucket/vnpolnews-table/")

Use processes rather than threads on the workers (``dask worker --nthreads 1 --nworkers N``):
the extraction is pure Python and holds the GIL, and its per-document time limit is enforced
only in a process's main thread (see :mod:`vnpolnews._batch`).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any, Literal

import dask
import dask.bag as db
import dask.dataframe as dd
import pandas as pd
from dask.delayed import delayed

from ._batch import Extractor, extract_many
from ._table import COLUMNS, empty_frame
from .errors import OptionError

__all__ = ["extract_bag", "extract_dataframe", "meta"]

_log = logging.getLogger("vnpolnews.dask")


def meta() -> pd.DataFrame:
    """The empty table that describes every partition: the contract's columns and dtypes.

    >>> meta().columns.tolist()[:3]
    ['doc_id', 'published', 'event_id']
    """
    return empty_frame()


def _conform(table: pd.DataFrame) -> pd.DataFrame:
    """The table with exactly the meta's columns and dtypes."""
    target = meta()
    table = table.reindex(columns=list(COLUMNS))
    return table.astype(target.dtypes.to_dict()).reset_index(drop=True)


def _extract_partition(docs: Iterable[Any], timeout: float | None, on_error: str,
                       published: Any, lang: str | None,
                       extractor: Extractor | None) -> pd.DataFrame:
    result = extract_many(list(docs), n_jobs=1, progress=False, timeout=timeout,
                          on_error="raise" if on_error == "raise" else "record",
                          published=published, lang=lang, extractor=extractor)
    for doc_id, error_type, message in result.errors[["doc_id", "error_type", "message"]].values:
        _log.warning("vnpolnews: document %s failed: %s: %s", doc_id, error_type, message)
    return _conform(result.table)


def _keep_objects() -> Any:
    """Dask's setting that turns object columns into Arrow strings would turn the lists of
    ``titles`` into text: the table's collections are built with it off."""
    return dask.config.set({"dataframe.convert-string": False})


def _check(on_error: str) -> None:
    if on_error not in ("skip", "raise"):
        raise OptionError(f"on_error must be 'skip' or 'raise', not {on_error!r}")


def extract_bag(
    bag: db.Bag,
    *,
    timeout: float | None = None,
    on_error: Literal["skip", "raise"] = "skip",
    published: Any = None,
    lang: str | None = None,
    extractor: Extractor | None = None,
) -> dd.DataFrame:
    """A Dask DataFrame of the table of every article in ``bag``.

    The bag's items are what :func:`vnpolnews.extract_many` takes: texts, dicts or records with
    ``id``, ``text`` or ``html``, ``published``, ``url``, ``lang``; each partition is extracted
    where it lies.

    >>> import dask.bag as db
    >>> table = extract_bag(db.from_sequence(["Hôm nay trời đẹp."], npartitions=1))
    >>> list(table.columns) == list(COLUMNS), len(table.compute(scheduler="sync"))
    (True, 0)
    """
    _check(on_error)
    parts = [delayed(_extract_partition)(part, timeout, on_error, published, lang, extractor)
             for part in bag.to_delayed()]  # type: ignore[no-untyped-call]
    with _keep_objects():
        table: dd.DataFrame = dd.from_delayed(parts, meta=meta(), verify_meta=False)
    return table


def _frame_partition(frame: pd.DataFrame, columns: dict[str, str], timeout: float | None,
                     on_error: str, published: Any, lang: str | None,
                     extractor: Extractor | None) -> pd.DataFrame:
    records = frame[list(columns)].rename(columns=columns)
    return _extract_partition(records.to_dict("records"), timeout, on_error, published, lang,
                              extractor)


def extract_dataframe(
    ddf: dd.DataFrame,
    *,
    text_column: str = "text",
    id_column: str | None = "id",
    published_column: str | None = "published",
    html_column: str | None = None,
    url_column: str | None = None,
    lang_column: str | None = None,
    timeout: float | None = None,
    on_error: Literal["skip", "raise"] = "skip",
    published: Any = None,
    lang: str | None = None,
    extractor: Extractor | None = None,
) -> dd.DataFrame:
    """A Dask DataFrame of the table of every article in ``ddf`` (one article per row).

    Name the columns that hold the text, id, publication date (and optionally HTML, URL, language);
    a column named here but missing from ``ddf`` is an :class:`vnpolnews.OptionError`.

    >>> import dask.dataframe as dd
    >>> articles = dd.from_pandas(pd.DataFrame({"id": ["a"], "body": ["Trời đẹp."]}),
    ...                           npartitions=1)
    >>> table = extract_dataframe(articles, text_column="body", published_column=None)
    >>> table.compute(scheduler="sync").empty
    True
    """
    _check(on_error)
    wanted = {text_column: "text", id_column: "id", published_column: "published",
              html_column: "html", url_column: "url", lang_column: "lang"}
    columns = {source: name for source, name in wanted.items() if source is not None}
    missing = [c for c in columns if c not in ddf.columns]
    if missing:
        raise OptionError(f"the DataFrame has no column {missing[0]!r}; its columns are "
                          f"{list(ddf.columns)}")
    with _keep_objects():
        table: dd.DataFrame = ddf.map_partitions(  # type: ignore[no-untyped-call]
            _frame_partition, columns, timeout, on_error, published, lang, extractor,
            meta=meta(), align_dataframes=False, enforce_metadata=False)
    return table
