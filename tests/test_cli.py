"""The vnpolnews command: inputs, outputs, errors beside the output, exit status, interruption."""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

import vnpolnews
from vnpolnews import cli
from vnpolnews._table import COLUMNS

HELPERS = Path(__file__).resolve().parent

ARTICLE = "Sáng 6/1, Bí thư Tỉnh ủy Phan Văn Khải dự hội nghị tổng kết năm 2030.\n"


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> None:
    """Replace the core extractor in this process by one that returns a row per line."""
    from batch_helpers import fake_extract

    import vnpolnews._extract

    monkeypatch.setattr(vnpolnews._extract, "extract", fake_extract)


def write_inputs(folder: Path) -> dict[str, Path]:
    folder.mkdir(exist_ok=True)
    (folder / "one.txt").write_text("Hồ Văn Một\n", encoding="utf-8")
    (folder / "two.txt").write_text("Lê Thị Hai\nTrần Văn Ba\n", encoding="utf-8")
    (folder / "skip.md").write_text("not an article", encoding="utf-8")
    jsonl = folder / "records.jsonl"
    jsonl.write_text(
        json.dumps({"id": "j1", "text": "Đỗ Văn Bốn", "published": "2030-01-02"},
                   ensure_ascii=False) + "\n{broken json\n"
        + json.dumps({"id": "j3", "text": None}) + "\n", encoding="utf-8")
    table = folder / "records.csv"
    pd.DataFrame({"id": ["c1"], "text": ["Vũ Thị Năm"]}).to_csv(table, index=False)
    parquet = folder / "records.parquet"
    pd.DataFrame({"id": ["p1"], "text": ["Ngô Văn Sáu"]}).to_parquet(parquet)
    return {"jsonl": jsonl, "csv": table, "parquet": parquet}


@pytest.mark.parametrize("suffix", [".csv", ".jsonl", ".parquet"])
def test_folder_to_every_output(tmp_path: Path, suffix: str, fake: None) -> None:
    write_inputs(tmp_path / "in")
    out = tmp_path / f"rows{suffix}"
    status = cli.main(["extract", str(tmp_path / "in"), "-o", str(out), "-q",
                       "--published", "2030-01-08"])
    assert status == 1  # the broken JSON line and the null text
    if suffix == ".csv":
        table = pd.read_csv(out, dtype=str, keep_default_na=False)
    elif suffix == ".jsonl":
        table = pd.DataFrame([json.loads(line) for line in out.read_text("utf-8").splitlines()])
    else:
        table = pd.read_parquet(out)
    assert list(table.columns) == list(COLUMNS)
    assert table["person"].tolist() == [
        "Hồ Văn Một", "Vũ Thị Năm", "Đỗ Văn Bốn", "Ngô Văn Sáu", "Lê Thị Hai", "Trần Văn Ba"]
    published = [str(v)[:10] for v in table["published"]]
    assert published[2] == "2030-01-02" and published[0] == "2030-01-08"
    errors = pd.read_csv(tmp_path / "rows.errors.csv")
    assert errors["error_type"].tolist() == ["JSONDecodeError", "InputError"]
    assert errors["doc_id"].tolist() == [f"{tmp_path}/in/records.jsonl:2", "j3"]


def test_glob_and_terminal_table(tmp_path: Path, fake: None,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    write_inputs(tmp_path)
    assert cli.main(["extract", str(tmp_path / "*.txt"), "-q"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split() == ["person", "titles", "role", "event", "date", "place"]
    assert [line.split("  ")[0].strip() for line in out[1:]] == [
        "Hồ Văn Một", "Lê Thị Hai", "Trần Văn Ba"]


def test_merge_adds_event_keys(tmp_path: Path, fake: None) -> None:
    write_inputs(tmp_path)
    out = tmp_path / "merged.jsonl"
    cli.main(["extract", str(tmp_path / "two.txt"), "-o", str(out), "--merge", "-q",
              "--published", "2030-01-08"])
    rows = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert len({r["event_key"] for r in rows}) == 1
    assert rows[0]["event_key"].startswith("2030-01-08-")


def test_real_extract_on_a_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "rows.csv"
    assert cli.main(["extract", str(article), "-o", str(out), "-j", "2", "-q",
                     "--timeout", "60"]) == 0
    with out.open(encoding="utf-8", newline="") as handle:
        assert next(csv.reader(handle)) == list(COLUMNS)


@pytest.mark.parametrize(
    "argv",
    [
        pytest.param(["extract", "no/such/file.txt"], id="missing-file"),
        pytest.param(["extract", "{inputs}", "-o", "rows.xlsx"], id="bad-output-suffix"),
        pytest.param(["extract", "{inputs}", "--published", "6/1/2025"], id="bad-date"),
        pytest.param(["extract", "{inputs}", "--jobs", "0"], id="bad-jobs"),
        pytest.param(["extract", "{inputs}", "--timeout", "-1"], id="bad-timeout"),
        pytest.param(["extract"], id="no-input"),
        pytest.param(["frobnicate"], id="unknown-command"),
        pytest.param([], id="no-command"),
    ],
)
def test_usage_errors_exit_2(argv: list[str], tmp_path: Path) -> None:
    write_inputs(tmp_path)
    argv = [a.replace("{inputs}", str(tmp_path / "one.txt")) for a in argv]
    try:
        status = cli.main(argv)
    except SystemExit as done:
        status = done.code  # type: ignore[assignment]
    assert status == 2


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        pytest.param(["--version"], f"vnpolnews {vnpolnews.__version__}", id="version"),
        pytest.param(["extract", "--help"], "vnpolnews extract news/ -o rows.csv", id="help"),
    ],
)
def test_version_and_help(argv: list[str], expected: str,
                          capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        cli.main(argv)
    assert done.value.code == 0
    assert expected in capsys.readouterr().out


def test_gazetteer_counts(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["gazetteer"]) == 0
    assert "provinces" in capsys.readouterr().out


def test_extract_links_with_own_gazetteer(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Sáng 6/1, Chủ tịch UBND tỉnh Thanh Hóa Khổng Minh Thủy dự hội nghị "
                       "tổng kết.", encoding="utf-8")
    out = tmp_path / "rows.csv"
    fixture = Path(__file__).parent / "data" / "officials-fixture.tsv"
    argv = ["extract", str(article), "-o", str(out), "--published", "2024-01-06", "-q"]
    assert cli.main(argv) == 0
    assert pd.read_csv(out)["person_id"].isna().all()
    assert cli.main([*argv, "--gazetteer", str(fixture)]) == 0
    assert pd.read_csv(out)["person_id"].tolist() == ["fixture-khong-minh-thuy"]


def test_extract_with_broken_gazetteer_is_a_usage_error(tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]
                                                        ) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Sáng 6/1, ông Lê An dự họp.", encoding="utf-8")
    broken = tmp_path / "mine.tsv"
    broken.write_text("person_id\tname\n", encoding="utf-8")
    with pytest.raises(SystemExit) as done:
        cli.main(["extract", str(article), "--gazetteer", str(broken), "-q"])
    assert done.value.code == 2
    assert "mine.tsv:1" in capsys.readouterr().err


def test_gazetteer_broken_file_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                        ) -> None:
    broken = tmp_path / "mine.tsv"
    broken.write_text("person_id\tname\n", encoding="utf-8")
    assert cli.main(["gazetteer", str(broken)]) == 1
    assert f"{broken}:1: unknown header" in capsys.readouterr().err


RUNNER = """
import sys
sys.path.insert(0, {helpers!r})
import batch_helpers, vnpolnews._extract
vnpolnews._extract.extract = batch_helpers.fake_extract
from vnpolnews import cli
sys.exit(cli.main(sys.argv[1:]))
"""


@pytest.mark.parametrize("suffix", [".csv", ".jsonl", ".parquet"])
@pytest.mark.parametrize("how", [pytest.param(signal.SIGTERM, id="SIGTERM"),
                                 pytest.param(signal.SIGINT, id="SIGINT")])
def test_interrupted_run_leaves_valid_partial_output(tmp_path: Path, suffix: str,
                                                     how: signal.Signals) -> None:
    source = tmp_path / "in.jsonl"
    records = [{"id": f"d{i}", "text": f"Người thứ {i}"} for i in range(3)]
    records.append({"id": "slow", "text": "SLOW and never done"})
    source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                      encoding="utf-8")
    out = tmp_path / f"rows{suffix}"
    process = subprocess.Popen(
        [sys.executable, "-c", RUNNER.format(helpers=str(HELPERS)), "extract", str(source),
         "-o", str(out), "-q"], stderr=subprocess.PIPE, env={**os.environ, "PYTHONPATH": ""})
    errors = tmp_path / "rows.errors.csv"
    for _ in range(600):  # wait (up to a minute) until the three quick documents are written
        if suffix == ".parquet" and errors.exists():
            time.sleep(1.0)
            break
        if suffix != ".parquet" and out.exists() and out.read_text("utf-8").count("\n") >= (
                4 if suffix == ".csv" else 3):
            break
        time.sleep(0.1)
    process.send_signal(how)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == (143 if how == signal.SIGTERM else 130), stderr
    table: Any
    if suffix == ".csv":
        table = pd.read_csv(out)
    elif suffix == ".jsonl":
        table = pd.DataFrame([json.loads(line) for line in out.read_text("utf-8").splitlines()])
    else:
        table = pd.read_parquet(out)
    assert table["person"].tolist() == ["Người thứ 0", "Người thứ 1", "Người thứ 2"]
