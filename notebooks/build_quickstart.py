"""Write notebooks/quickstart.ipynb from the cells below, execute it, and save it with outputs.

Run from the repository root: ``python notebooks/build_quickstart.py``. The notebook is the
source users read; this script keeps it reproducible (cell ids are stable, outputs fresh).
"""

from __future__ import annotations

from pathlib import Path

import nbformat
from nbclient import NotebookClient

HERE = Path(__file__).resolve().parent

CELLS: list[tuple[str, str]] = [
    ("markdown", """# vnpolnews quickstart

From Vietnamese political news to a table of **who** took part in **what**, **where** and
**when**, then a look at it: the highlighted mentions, who met whom, and one official's
appearances over time.

The four articles in `examples/` are short texts written for this notebook in the style of
provincial news; the people in them are invented."""),
    ("code", """from pathlib import Path

import matplotlib.pyplot as plt
import pandas as pd

import vnpolnews

pd.set_option("display.max_colwidth", 60)
pd.set_option("display.width", 160)

EXAMPLES = next(p for p in (Path("examples"), Path("../examples")) if p.is_dir())
files = sorted(EXAMPLES.glob("*.txt"))
[f.name for f in files]"""),
    ("markdown", """## 1. Extract a small corpus

`vnpolnews.extract` takes the text of one article and returns a DataFrame, one row per person
and event. The publication date is read from the article's dateline when it is not given."""),
    ("code", """table = pd.concat(
    [vnpolnews.extract(f.read_text(encoding="utf-8"), doc_id=f.stem) for f in files],
    ignore_index=True,
)
table[["doc_id", "date", "event", "person", "titles", "province", "role"]]"""),
    ("markdown", """Every row says which rule produced it (the `rule` column: how the name was
found, then how the role was decided), and where the name stands in the text (`start`, `end`):"""),
    ("code", """table[["person", "date_text", "sentence", "start", "end", "rule"]].head(3)"""),
    ("markdown", """## 2. Merge events across articles

Two outlets reporting the same conference give two `event_id`s; `merge_events` gives them one
`event_key`, a canonical name and the location the articles agree on."""),
    ("code", """merged = vnpolnews.merge_events(table)
merged[["doc_id", "event_key", "event_canonical", "location_merged", "person"]]"""),
    ("markdown", """## 3. See the mentions with spaCy and displaCy

The `vnpolnews` spaCy component marks persons, titles, the bodies they belong to, places, dates
and events on a Doc. It works on a blank multilingual pipeline, on a Vietnamese one without
pyvi, or on a Doc built from underthesea's words."""),
    ("code", """import spacy
from spacy import displacy

import vnpolnews.spacy_component  # registers the "vnpolnews" factory

nlp = spacy.blank("xx")
nlp.add_pipe("vnpolnews")
doc = nlp(files[0].read_text(encoding="utf-8"))
displacy.render(doc, style="ent", jupyter=True)"""),
    ("markdown", """The span view shows the overlapping mentions too (the body inside a title, the
province inside a body):"""),
    ("code", """displacy.render(doc, style="span", options={"spans_key": "vnpolnews"},
                jupyter=True)"""),
    ("code", """[(s.label_, s.text, s.kb_id_) for s in doc.spans["vnpolnews"]][:8]"""),
    ("markdown", """## 4. Who met whom

People are nodes (keyed by gazetteer id, else by name), shared events are weighted edges."""),
    ("code", "from vnpolnews.analysis import coattendance_graph, plot_network, plot_timeline, "
             "timeline" """

graph = coattendance_graph(merged)
print(graph.number_of_nodes(), "people,", graph.number_of_edges(), "pairs")
sorted(((a, b, d["weight"]) for a, b, d in graph.edges(data=True)), key=lambda e: -e[2])[:5]"""),
    ("code", """fig, ax = plt.subplots(figsize=(8, 6))
plot_network(graph, ax=ax)
plt.show()"""),
    ("markdown", """## 5. One official's timeline

Names match with or without diacritics; an event reported by two articles is one row."""),
    ("code", """khoi = timeline(merged, "Tran Minh Khoi")
khoi[["date", "event", "role", "titles", "articles"]]"""),
    ("code", """fig, ax = plt.subplots(figsize=(9, 3.5))
plot_timeline(merged, "Trần Minh Khôi", ax=ax)
plt.show()"""),
    ("markdown", """## 6. Filter by province and by office

`province` is the province of the person's office as of the event; `titles` holds canonical
titles (abbreviations expanded, the province made explicit), so an office is a substring test."""),
    ("code", """merged[merged["province"] == "Hà Tĩnh"][["date", "person", "role", "event"]]"""),
    ("code", """by_title = merged.explode("titles")
chairs = by_title[by_title["titles"].str.contains("Chủ tịch Ủy ban nhân dân", na=False)]
chairs[["date", "person", "titles", "event"]].drop_duplicates()"""),
]


def build() -> nbformat.NotebookNode:
    """The notebook, without outputs."""
    notebook = nbformat.v4.new_notebook()
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                       "language": "python"}
    notebook.metadata["language_info"] = {"name": "python"}
    for index, (kind, source) in enumerate(CELLS):
        make = nbformat.v4.new_markdown_cell if kind == "markdown" else nbformat.v4.new_code_cell
        cell = make(source)
        cell["id"] = f"cell-{index:02d}"
        notebook.cells.append(cell)
    return notebook


def main() -> None:
    """Build, execute (in the notebooks folder) and save the notebook with its outputs."""
    notebook = build()
    NotebookClient(notebook, timeout=600, kernel_name="python3",
                   resources={"metadata": {"path": str(HERE)}}).execute()
    nbformat.write(notebook, HERE / "quickstart.ipynb")


if __name__ == "__main__":
    main()
