"""Every person of the seeds whom the gazetteer knows is linked, and their titles check out.

The seeds are read from ../shared at run time (never copied here), as the evaluation does.
"""

from __future__ import annotations

import json
import pathlib

import pytest

import vnpolnews

SHARED = pathlib.Path(__file__).resolve().parents[2] / "shared"
GOLD = SHARED / "eval" / "dev" / "seeds.jsonl"
SEEDS = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line]


@pytest.mark.parametrize("seed", SEEDS, ids=[s["id"] for s in SEEDS])
def test_known_people_carry_their_person_id(seed: dict[str, str]) -> None:
    text = (GOLD.parent / seed["text_file"]).read_text(encoding="utf-8")
    table = vnpolnews.extract(text, published=seed["published"], lang=seed["lang"])
    gazetteer = vnpolnews.load_gazetteer()
    known = [row for row in table.itertuples()
             if gazetteer.officials_named(row.person) or gazetteer.officials_ascii(row.person)]
    assert known, "every seed names at least one official of the gazetteer"
    assert [row.person for row in known if row.person_id is None] == []
    assert [row.person for row in known if "title.not_held" in row.rule.split()] == []
