"""The gazetteers ship inside the wheel and the loader finds them there."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = sorted(p.name for p in (ROOT / "data" / "gazetteers").glob("*.tsv"))

PROBE = """
import json, sys
sys.path.insert(0, sys.argv[1])
import vnpolnews._gazetteer as g
gaz = g.load_gazetteer()
print(json.dumps({"module": g.__file__, "data": str(g.data_dir()), "counts": gaz.counts(),
                  "hcm": gaz.province("TP.HCM").id}))
"""


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    isolation = [] if importlib.util.find_spec("hatchling") is None else ["--no-build-isolation"]
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", *isolation,
                    "-w", str(out), str(ROOT)], check=True, capture_output=True)
    (built,) = out.glob("vnpolnews-*.whl")
    return built


@pytest.mark.slow
@pytest.mark.parametrize("name", SHIPPED, ids=SHIPPED)
def test_wheel_contains_gazetteer(wheel: Path, name: str) -> None:
    with zipfile.ZipFile(wheel) as archive:
        inside = archive.read(f"vnpolnews/data/gazetteers/{name}")
    assert inside == (ROOT / "data" / "gazetteers" / name).read_bytes()


@pytest.mark.slow
def test_loader_reads_the_installed_wheel(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(site)
    probe = subprocess.run([sys.executable, "-c", PROBE, str(site)], check=True,
                           capture_output=True, text=True, cwd=tmp_path)
    found = json.loads(probe.stdout)
    assert Path(found["module"]).is_relative_to(site)          # the wheel's code ran
    assert Path(found["data"]) == site / "vnpolnews" / "data" / "gazetteers"
    assert found["counts"]["provinces_63"] == 63
    assert found["counts"]["provinces_34"] == 34
    assert set(SHIPPED) <= set(found["counts"])
    assert found["hcm"] == "p34-ho-chi-minh"
