"""The documentation site builds with ``mkdocs build --strict``: no warning, no broken link."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# Pages the issue asks for, and a phrase each must contain.
PAGES = [
    ("index", "vnpolnews extract examples/"),
    ("table", "province_2025"),
    ("rules", "name.surname name.linked role.attend.verb_after title.held"),
    ("gazetteers", "load_gazetteer(extra="),
    ("officials-audit", "random.Random(20261130)"),
    ("english", "Pham Minh Chinh"),
    ("html", "trafilatura"),
    ("spacy", "displacy.render"),
    ("dask", "extract_dataframe"),
    ("api", "vnpolnews.extract"),
    ("citing", "Nghị quyết 202/2025/QH15"),
    ("dependencies", "pyahocorasick"),
]


def _require(module: str, package: str) -> None:
    if importlib.util.find_spec(module) is None:
        pytest.fail(f"{package} is not installed: pip install -e '.[dev]' (the docs test needs it)")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    _require("mkdocs", "mkdocs")
    _require("mkdocstrings_handlers.python", "mkdocstrings[python]")
    out = tmp_path_factory.mktemp("site")
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(out)],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )
    assert done.returncode == 0, f"mkdocs build --strict failed:\n{done.stdout}\n{done.stderr}"
    assert "WARNING" not in done.stderr, done.stderr
    return out


@pytest.mark.parametrize(("page", "phrase"), PAGES, ids=[p for p, _ in PAGES])
def test_page_is_built_with_its_content(site: Path, page: str, phrase: str) -> None:
    path = site / "index.html" if page == "index" else site / page / "index.html"
    assert phrase in path.read_text(encoding="utf-8").replace("&quot;", '"')


@pytest.mark.parametrize(
    "name",
    ["vnpolnews.extract", "vnpolnews.parse", "vnpolnews.merge_events", "vnpolnews.load_gazetteer",
     "vnpolnews.spacy_component.VnpolnewsComponent", "vnpolnews.analysis.coattendance_graph",
     "vnpolnews.analysis.timeline", "vnpolnews.dask.extract_bag"],
)
def test_api_reference_documents(site: Path, name: str) -> None:
    assert f'id="{name}"' in (site / "api" / "index.html").read_text(encoding="utf-8")


def test_doctests_render_as_code(site: Path) -> None:
    html = (site / "api" / "index.html").read_text(encoding="utf-8")
    assert "pycon" in html
    assert "&gt;&gt;&gt;" in html
