"""Analysis helpers: the co-attendance graph, a person's timeline, and their pictures."""

from __future__ import annotations

from typing import Any

import matplotlib
import pandas as pd
import pytest

import vnpolnews
from vnpolnews._table import make_frame
from vnpolnews.analysis import (
    TIMELINE_COLUMNS,
    coattendance_graph,
    plot_network,
    plot_timeline,
    timeline,
)

matplotlib.use("Agg")


def row(doc: str, event: str, person: str, *, date: str = "2025-01-06", role: str = "attend",
        titles: tuple[str, ...] = (), province: str | None = None, person_id: str | None = None,
        name: str | None = None) -> dict[str, Any]:
    return {"doc_id": doc, "event_id": f"{doc}:{event}", "event": name or f"Sự kiện {event}",
            "event_type": "hội nghị", "date": date, "person": person, "person_id": person_id,
            "titles": list(titles), "province": province, "role": role, "start": 0, "end": 1}


# Two articles about one conference (e1 / e1), one other meeting, one undated teaser.
TABLE = make_frame([
    row("a", "e1", "Trần Minh Khôi", role="chair", titles=("Chủ tịch UBND tỉnh Hà Tĩnh",),
        province="Hà Tĩnh", name="Hội nghị tổng kết năm 2024"),
    row("a", "e1", "Phan Đức Toàn", titles=("Giám đốc Sở Tài chính",),
        name="Hội nghị tổng kết năm 2024"),
    row("b", "e1", "Trần Minh Khôi", role="speak", titles=("Phó Bí thư Tỉnh ủy Hà Tĩnh",),
        province="Hà Tĩnh", name="Hội nghị tổng kết công tác năm 2024"),
    row("b", "e1", "Phan Đức Toàn", name="Hội nghị tổng kết công tác năm 2024"),
    row("c", "e1", "Trần Minh Khôi", date="2025-01-08", province="Hà Tĩnh",
        name="Buổi tiếp đoàn công tác"),
    row("c", "e1", "Nguyễn Hữu Phước", date="2025-01-08", role="host",
        person_id="nguyen-huu-phuoc", province="Hà Tĩnh", name="Buổi tiếp đoàn công tác"),
    row("c", "e2", "Nguyễn Hữu Phước", date="", person_id="nguyen-huu-phuoc", name="Lễ ra quân"),
])
MERGED = TABLE.assign(event_key=["k1", "k1", "k1", "k1", "k2", "k2", "k3"])


@pytest.mark.parametrize(
    ("table", "a", "b", "weight"),
    [
        (TABLE, "Trần Minh Khôi", "Phan Đức Toàn", 2),
        (MERGED, "Trần Minh Khôi", "Phan Đức Toàn", 1),
        (TABLE, "Trần Minh Khôi", "nguyen-huu-phuoc", 1),
        (MERGED, "Trần Minh Khôi", "nguyen-huu-phuoc", 1),
    ],
    ids=["per-article-events-count-twice", "merged-event-counts-once", "linked-id-node",
         "linked-id-node-merged"],
)
def test_edge_weights(table: pd.DataFrame, a: str, b: str, weight: int) -> None:
    assert coattendance_graph(table).edges[a, b]["weight"] == weight


@pytest.mark.parametrize(
    ("key", "attribute", "value"),
    [
        ("Trần Minh Khôi", "appearances", 2),
        ("Trần Minh Khôi", "province", "Hà Tĩnh"),
        ("Trần Minh Khôi", "titles", ["Chủ tịch UBND tỉnh Hà Tĩnh", "Phó Bí thư Tỉnh ủy Hà Tĩnh"]),
        ("Phan Đức Toàn", "province", None),
        ("nguyen-huu-phuoc", "name", "Nguyễn Hữu Phước"),
        ("nguyen-huu-phuoc", "appearances", 2),
    ],
    ids=["appearances-merged", "province", "titles-union", "no-province", "name-of-linked",
         "undated-event-counts"],
)
def test_node_attributes(key: str, attribute: str, value: Any) -> None:
    assert coattendance_graph(MERGED).nodes[key][attribute] == value


def test_no_edge_between_people_who_never_met() -> None:
    graph = coattendance_graph(MERGED)
    assert not graph.has_edge("Phan Đức Toàn", "nguyen-huu-phuoc")
    assert graph.edges["Trần Minh Khôi", "Phan Đức Toàn"]["events"] == [
        "Hội nghị tổng kết năm 2024"]


@pytest.mark.parametrize(
    ("person", "table", "expected"),
    [
        ("Trần Minh Khôi", TABLE, [("2025-01-06", "chair", 1), ("2025-01-06", "speak", 1),
                                   ("2025-01-08", "attend", 1)]),
        ("Trần Minh Khôi", MERGED, [("2025-01-06", "chair", 2), ("2025-01-08", "attend", 1)]),
        ("tran minh khoi", MERGED, [("2025-01-06", "chair", 2), ("2025-01-08", "attend", 1)]),
        ("nguyen-huu-phuoc", MERGED, [("2025-01-08", "host", 1), ("NaT", "attend", 1)]),
        ("Không Có Ai", MERGED, []),
    ],
    ids=["per-article", "merged-strongest-role", "ascii-name", "by-id-undated-last", "unknown"],
)
def test_timeline(person: str, table: pd.DataFrame,
                  expected: list[tuple[str, str, int]]) -> None:
    frame = timeline(table, person)
    assert list(frame.columns) == list(TIMELINE_COLUMNS)
    got = [(str(d.date()) if pd.notna(d) else "NaT", r, a)
           for d, r, a in zip(frame["date"], frame["role"], frame["articles"], strict=True)]
    assert got == expected


def test_timeline_titles_and_documents_of_a_merged_event() -> None:
    first = timeline(MERGED, "Trần Minh Khôi").iloc[0]
    assert first["titles"] == ["Chủ tịch UBND tỉnh Hà Tĩnh", "Phó Bí thư Tỉnh ủy Hà Tĩnh"]
    assert first["doc_ids"] == ["a", "b"]
    assert first["event_ref"] == "k1"


@pytest.mark.parametrize("table", [vnpolnews.extract(""), TABLE.iloc[0:0]],
                         ids=["extract-of-empty-text", "no-rows"])
def test_empty_tables(table: pd.DataFrame) -> None:
    assert coattendance_graph(table).number_of_nodes() == 0
    assert timeline(table, "Trần Minh Khôi").empty
    assert plot_network(coattendance_graph(table)).get_title()
    assert len(plot_timeline(table, "Trần Minh Khôi").collections) == 0


def test_real_extraction_feeds_the_graph() -> None:
    text = ("Sáng 6/1, Bí thư Tỉnh ủy Nguyễn Văn An và Giám đốc Sở Tài chính Lê Văn Bình dự "
            "hội nghị tổng kết năm 2024.")
    graph = coattendance_graph(vnpolnews.extract(text, published="2025-01-06"))
    assert graph.has_edge("Nguyễn Văn An", "Lê Văn Bình")


def test_plot_network_draws_every_person() -> None:
    graph = coattendance_graph(MERGED)
    axes = plot_network(graph)
    labels = {t.get_text() for t in axes.texts}
    assert {"Trần Minh Khôi", "Phan Đức Toàn", "Nguyễn Hữu Phước"} <= labels
    legend = axes.get_legend()
    assert legend is not None
    assert {t.get_text() for t in legend.get_texts()} == {"Hà Tĩnh", "(không rõ)"}


def test_plot_timeline_marks_each_dated_event_on_given_axes() -> None:
    import matplotlib.pyplot as plt

    _, ax = plt.subplots()
    axes = plot_timeline(MERGED, "Trần Minh Khôi", ax=ax)
    assert axes is ax
    assert len(axes.collections[0].get_offsets()) == 2  # type: ignore[arg-type]
    assert [t.get_text() for t in axes.get_xticklabels()] == ["06/01/2025", "08/01/2025"]
    plt.close("all")
