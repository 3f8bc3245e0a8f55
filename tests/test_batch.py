"""extract_many: inputs of every shape, order independent of n_jobs, failures, time limits."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from collections import namedtuple
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from batch_helpers import fake_extract

import vnpolnews._batch as batch
from vnpolnews._batch import ERROR_COLUMNS, BatchResult, extract_many
from vnpolnews._table import COLUMNS
from vnpolnews.errors import InputError, OptionError

Record = namedtuple("Record", "id text published")


def persons(result: BatchResult) -> list[tuple[str, str]]:
    return list(zip(result.table["doc_id"], result.table["person"], strict=True))


@pytest.mark.parametrize(
    ("docs", "expected"),
    [
        pytest.param([{"id": "a", "text": "Nguyễn Văn An\nTrần Thị Bình"}],
                     [("a", "Nguyễn Văn An"), ("a", "Trần Thị Bình")], id="dict"),
        pytest.param([Record("r", "Lê Văn Cường", "2025-01-06")], [("r", "Lê Văn Cường")],
                     id="namedtuple-record"),
        pytest.param(pd.DataFrame({"id": ["x", "y"], "text": ["Phạm Văn Dũng", "Hồ Thị Em"]}),
                     [("x", "Phạm Văn Dũng"), ("y", "Hồ Thị Em")], id="dataframe"),
        pytest.param([{"doc_id": "d", "text": "Vũ Văn Giang", "url": "https://example.vn/1"}],
                     [("d", "Vũ Văn Giang")], id="doc_id-column"),
    ],
)
def test_inputs_of_every_shape(docs: Any, expected: list[tuple[str, str]]) -> None:
    result = extract_many(docs, progress=False, extractor=fake_extract)
    assert persons(result) == expected
    assert result.ok


def test_plain_string_gets_the_text_hash_as_id() -> None:
    result = extract_many(["Đỗ Văn Hải"], progress=False, extractor=fake_extract)
    assert result.table["doc_id"].tolist() == [batch._text_id("Đỗ Văn Hải")]


@pytest.mark.parametrize("as_path", [pytest.param(True, id="Path"), pytest.param(False, id="str")])
def test_paths_are_read(tmp_path: Path, as_path: bool) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Ngô Văn Khoa\n", encoding="utf-8")
    junk = tmp_path / "junk.txt"
    junk.write_bytes(b"\xff\xfe\x00\x01binary")
    docs = [good, junk] if as_path else [str(good), str(junk)]
    result = extract_many(docs, progress=False, extractor=fake_extract)
    assert persons(result) == [(str(good), "Ngô Văn Khoa")]
    assert result.errors[["doc_id", "error_type"]].values.tolist() == [
        [str(junk), "EncodingError"]]


def test_a_str_that_names_no_file_is_text() -> None:
    result = extract_many(["missing.txt"], progress=False, extractor=fake_extract)
    assert result.table["person"].tolist() == ["missing.txt"]


@pytest.mark.parametrize(
    ("published_default", "record_published", "expected"),
    [
        pytest.param(None, "2024-03-02", "2024-03-02", id="record-only"),
        pytest.param("2020-01-01", None, "2020-01-01", id="default-only"),
        pytest.param("2020-01-01", "2024-03-02", "2024-03-02", id="record-wins"),
        pytest.param(dt.date(2019, 5, 1), None, "2019-05-01", id="default-date"),
    ],
)
def test_published_default(published_default: Any, record_published: Any, expected: str) -> None:
    docs = [{"id": "p", "text": "Mai Văn Long", "published": record_published}]
    result = extract_many(docs, progress=False, published=published_default,
                          extractor=fake_extract)
    assert str(result.table["published"].iloc[0].date()) == expected


BROKEN: list[Any] = [
    "Bùi Văn Minh",
    None,
    b"\x00\x01\x02",
    "BOOM at once",
    {"id": "no-text"},
    12345,
    "Đinh Thị Nga",
    {"id": "html", "html": 42},
    "Tạ Văn Oanh",
]


@pytest.mark.parametrize("n_jobs", [pytest.param(1, id="in-process"), pytest.param(2, id="pool")])
def test_broken_documents_lose_none_of_the_good_ones(n_jobs: int) -> None:
    result = extract_many(BROKEN, n_jobs=n_jobs, progress=False, chunksize=2,
                          extractor=fake_extract)
    assert result.table["person"].tolist() == ["Bùi Văn Minh", "Đinh Thị Nga", "Tạ Văn Oanh"]
    assert result.errors["index"].tolist() == [1, 2, 3, 4, 5, 7]
    assert result.errors["error_type"].tolist() == [
        "TypeError", "TypeError", "ZeroDivisionError", "InputError", "TypeError", "InputError"]
    assert tuple(result.errors.columns) == ERROR_COLUMNS


def test_real_extract_reports_bad_inputs() -> None:
    result = extract_many(["Hôm nay trời đẹp.", None, 3.5], progress=False)
    assert result.errors["error_type"].tolist() == ["InputError", "InputError"]
    assert tuple(result.table.columns) == COLUMNS


def test_order_independent_of_n_jobs() -> None:
    docs = [{"id": f"d{i:02d}", "text": f"Người {i}\nNgười {i} thứ hai"} for i in range(30)]
    one = extract_many(docs, n_jobs=1, progress=False, extractor=fake_extract)
    many = extract_many(docs, n_jobs=2, progress=False, chunksize=3, extractor=fake_extract)
    pd.testing.assert_frame_equal(one.table, many.table)
    assert one.table["doc_id"].iloc[::2].tolist() == [d["id"] for d in docs]


def test_generator_input_streams() -> None:
    docs = ({"id": str(i), "text": f"Người {i}"} for i in range(20))
    result = extract_many(docs, n_jobs=2, progress=False, chunksize=1, extractor=fake_extract)
    assert result.table["doc_id"].tolist() == [str(i) for i in range(20)]


@pytest.mark.parametrize(
    ("n_jobs", "marker"),
    [
        pytest.param(1, "SLOW", id="in-process-alarm"),
        pytest.param(2, "SLOW", id="worker-alarm"),
        pytest.param(2, "HANG", id="worker-killed"),
    ],
)
def test_slow_document_times_out_and_others_go_on(
        n_jobs: int, marker: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch, "_GRACE_SECONDS", 0.5)
    docs = ["Lý Văn Phúc", f"{marker} forever", "Châu Thị Quyên", "Kha Văn Sang"]
    result = extract_many(docs, n_jobs=n_jobs, timeout=0.5, progress=False, chunksize=2,
                          extractor=fake_extract)
    assert result.table["person"].tolist() == ["Lý Văn Phúc", "Châu Thị Quyên", "Kha Văn Sang"]
    assert result.errors[["index", "error_type"]].values.tolist() == [[1, "TimeoutError"]]


def test_crashed_worker_costs_only_its_document() -> None:
    docs = ["Âu Văn Tài", "CRASH now", "Giáp Thị Uyên", "Lương Văn Vĩnh"]
    result = extract_many(docs, n_jobs=2, progress=False, chunksize=2, extractor=fake_extract)
    assert result.table["person"].tolist() == ["Âu Văn Tài", "Giáp Thị Uyên", "Lương Văn Vĩnh"]
    assert result.errors[["index", "error_type"]].values.tolist() == [[1, "WorkerCrashed"]]


def test_on_error_raise() -> None:
    with pytest.raises(InputError, match="ZeroDivisionError"):
        extract_many(["BOOM"], progress=False, on_error="raise", extractor=fake_extract)


@pytest.mark.parametrize(
    ("kwargs", "docs"),
    [
        pytest.param({"on_error": "ignore"}, [], id="on_error"),
        pytest.param({"timeout": 0}, [], id="timeout-zero"),
        pytest.param({}, "one text, not a list", id="bare-string"),
        pytest.param({}, 42, id="not-iterable"),
    ],
)
def test_bad_options(kwargs: dict[str, Any], docs: Any) -> None:
    with pytest.raises(OptionError):
        extract_many(docs, progress=False, **kwargs)


def test_progress_bar_on_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    extract_many(["Lò Văn Xuân", "Hà Thị Yến"], progress=True, extractor=fake_extract)
    captured = capsys.readouterr()
    assert "2/2" in captured.err
    assert captured.out == ""


def test_html_without_html_module_is_recorded(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib

    real = importlib.import_module

    def no_html(name: str, *args: Any) -> Any:
        if name == "vnpolnews._html":
            raise ImportError(name)
        return real(name, *args)

    monkeypatch.setattr(batch.importlib, "import_module", no_html)  # type: ignore[attr-defined]
    result = extract_many([{"id": "h", "html": "<p>Trịnh Văn Ân</p>"}], progress=False,
                          extractor=fake_extract)
    assert result.errors["message"].str.contains("vnpolnews._html").tolist() == [True]


def test_program_read_on_stdin_extracts_in_process() -> None:
    program = ("import vnpolnews\n"
               "result = vnpolnews.extract_many(['Sáng 6/1, Bí thư Tỉnh ủy Lê Văn An dự hội "
               "nghị tổng kết.'] * 3, n_jobs=2, published='2025-01-06')\n"
               "print(len(result.table), len(result.errors))\n")
    done = subprocess.run([sys.executable, "-"], input=program, capture_output=True, text=True,
                          check=False, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["3", "0"]
    assert "extracting in this process" in done.stderr
