"""vnpolnews.dask on a local cluster: same rows, same schema as extract_many."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import dask.bag as db
import dask.dataframe as dd
import pandas as pd
import pytest
from batch_helpers import fake_extract
from dask.distributed import Client, LocalCluster

import vnpolnews.dask as vdask
from vnpolnews._batch import extract_many
from vnpolnews._table import COLUMNS
from vnpolnews.errors import OptionError

DOCS: list[Any] = [
    {"id": "a", "text": "Nguyễn Văn Bình\nTrần Thị Châu", "published": "2030-03-01"},
    {"id": "b", "text": None},
    {"id": "c", "text": "Lê Văn Dũng"},
    "Phạm Thị Én",
    {"id": "e", "text": "BOOM"},
    {"id": "f", "text": "Hoàng Văn Phong"},
]


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                      dashboard_address=None) as cluster, Client(cluster) as connected:
        yield connected


@pytest.mark.parametrize("partitions", [1, 3])
def test_bag_matches_extract_many(client: Client, partitions: int) -> None:
    bag = db.from_sequence(DOCS, npartitions=partitions)
    table = vdask.extract_bag(bag, extractor=fake_extract)
    assert list(table.columns) == list(COLUMNS)
    computed = table.compute().reset_index(drop=True)
    expected = extract_many(DOCS, progress=False, extractor=fake_extract).table
    pd.testing.assert_frame_equal(computed, expected.astype(computed.dtypes.to_dict()))
    assert computed["person"].tolist() == [
        "Nguyễn Văn Bình", "Trần Thị Châu", "Lê Văn Dũng", "Phạm Thị Én", "Hoàng Văn Phong"]
    assert (computed.dtypes == table.dtypes).all()
    assert isinstance(computed["titles"].iloc[0], list)


def test_dataframe_with_own_column_names(client: Client) -> None:
    articles = pd.DataFrame({"article": ["x1", "x2", "x3"],
                             "body": ["Đặng Văn Giáp", "Bùi Thị Hạnh\nVõ Văn Ích", None],
                             "day": ["2030-01-02", None, "2030-01-04"]})
    ddf = dd.from_pandas(articles, npartitions=2)
    table = vdask.extract_dataframe(ddf, text_column="body", id_column="article",
                                    published_column="day", extractor=fake_extract)
    computed = table.compute()
    assert computed["doc_id"].tolist() == ["x1", "x2", "x2"]
    assert [str(d.date()) if pd.notna(d) else "" for d in computed["published"]] == [
        "2030-01-02", "", ""]
    assert (computed.dtypes == table.dtypes).all()


def test_real_extract_keeps_the_schema(client: Client) -> None:
    bag = db.from_sequence(["Sáng 6/1, Bí thư Tỉnh ủy dự hội nghị.", "Trời đẹp."],
                           npartitions=2)
    computed = vdask.extract_bag(bag).compute()
    assert list(computed.columns) == list(COLUMNS)


def test_raise_fails_the_computation(client: Client) -> None:
    bag = db.from_sequence(["Lý Văn Khang", "BOOM"], npartitions=1)
    with pytest.raises(Exception, match="ZeroDivisionError"):
        vdask.extract_bag(bag, on_error="raise", extractor=fake_extract).compute()


@pytest.mark.parametrize(
    "call",
    [
        pytest.param(lambda ddf: vdask.extract_dataframe(ddf, text_column="body"),
                     id="missing-column"),
        pytest.param(lambda ddf: vdask.extract_dataframe(ddf, on_error="ignore"),  # type: ignore[arg-type]
                     id="bad-on_error"),
    ],
)
def test_bad_options(call: Any) -> None:
    ddf = dd.from_pandas(pd.DataFrame({"id": ["a"], "text": ["x"]}), npartitions=1)
    with pytest.raises(OptionError):
        call(ddf)
