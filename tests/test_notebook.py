"""The quickstart notebook runs end to end, and its saved outputs show what it promises."""

from __future__ import annotations

import copy
import importlib.util
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"
QUICKSTART = NOTEBOOKS / "quickstart.ipynb"


def _saved() -> nbformat.NotebookNode:
    return nbformat.read(QUICKSTART, as_version=4)


def _outputs(notebook: nbformat.NotebookNode, mime: str) -> list[str]:
    return [str(output["data"][mime])
            for cell in notebook.cells if cell.cell_type == "code"
            for output in cell.get("outputs", []) if mime in output.get("data", {})]


@pytest.mark.slow
def test_quickstart_runs_without_error() -> None:
    notebook = copy.deepcopy(_saved())
    for cell in notebook.cells:
        if cell.cell_type == "code":
            cell.outputs = []
    client = NotebookClient(notebook, timeout=600, kernel_name="python3",
                            resources={"metadata": {"path": str(NOTEBOOKS)}})
    client.execute()  # raises CellExecutionError on the first failing cell
    errors = [o for c in notebook.cells if c.cell_type == "code" for o in c.outputs
              if o.output_type == "error"]
    assert errors == []
    assert len(_outputs(notebook, "image/png")) == 2


def test_saved_notebook_is_the_built_one() -> None:
    spec = importlib.util.spec_from_file_location("build_quickstart",
                                                  NOTEBOOKS / "build_quickstart.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    built = [(c.cell_type, c.source) for c in module.build().cells]
    assert [(c.cell_type, c.source) for c in _saved().cells] == built


@pytest.mark.parametrize(
    ("mime", "needle", "count"),
    [
        ("text/html", "<mark", 1),              # displaCy's entity view
        ("text/html", "PERSON", 2),             # both displaCy views name the labels
        ("text/html", "Trần Minh Khôi", 3),     # tables and highlighted text
        ("image/png", "", 2),                   # the network and the timeline
    ],
    ids=["displacy-ent-marks", "displacy-labels", "person-in-outputs", "two-pictures"],
)
def test_saved_outputs_show_spans_network_and_timeline(mime: str, needle: str,
                                                       count: int) -> None:
    found = [text for text in _outputs(_saved(), mime) if needle in text]
    assert len(found) >= count


def test_saved_outputs_have_no_errors() -> None:
    notebook = _saved()
    code = [c for c in notebook.cells if c.cell_type == "code"]
    assert all(c.execution_count is not None for c in code)
    assert not [o for c in code for o in c.outputs if o.output_type == "error"]
