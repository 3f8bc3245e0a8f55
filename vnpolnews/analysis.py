"""Looking at the table: who met whom (a co-attendance graph) and one person's appearances over
time (a timeline), with matplotlib pictures of both.

Events are told apart by ``event_key`` when :func:`vnpolnews.merge_events` has added it (one key
per real event across articles), else by ``(doc_id, event_id)`` (one event per article). People
are told apart by ``person_id`` when the gazetteer linked them, else by their name.

>>> import vnpolnews
>>> table = vnpolnews.extract(
...     "Sáng 6/1, Bí thư Tỉnh ủy Nguyễn Văn An và Chủ tịch UBND tỉnh Lê Văn Bình dự hội nghị.",
...     published="2025-01-06")
>>> graph = coattendance_graph(table)
>>> sorted(graph.nodes), graph.edges["Nguyễn Văn An", "Lê Văn Bình"]["weight"]
(['Lê Văn Bình', 'Nguyễn Văn An'], 1)
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Hashable
from itertools import combinations
from typing import TYPE_CHECKING, Any

import networkx as nx
import pandas as pd

from ._keys import fold_ascii

if TYPE_CHECKING:
    from matplotlib.axes import Axes

__all__ = [
    "ROLE_ORDER",
    "TIMELINE_COLUMNS",
    "coattendance_graph",
    "event_keys",
    "person_keys",
    "plot_network",
    "plot_timeline",
    "timeline",
]

#: Roles from the strongest to the weakest (the table contract's precedence).
ROLE_ORDER: tuple[str, ...] = ("chair", "host", "visit", "speak", "attend")

#: The columns of :func:`timeline`'s frame.
TIMELINE_COLUMNS: tuple[str, ...] = (
    "date", "event", "event_type", "role", "titles", "location", "bridge_point", "province",
    "articles", "doc_ids", "event_ref",
)


_UNKNOWN = "(không rõ)"  # legend entry for people whose province is not known


def _present(value: Any) -> bool:
    """True for a real value: not None, NaN, NaT or an empty string."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return False
    try:
        return not bool(pd.isna(value))
    except (TypeError, ValueError):  # lists and other containers
        return True


def person_keys(table: pd.DataFrame) -> pd.Series:
    """Each row's person key: ``person_id`` when linked, else the name.

    >>> frame = pd.DataFrame({"person": ["Lê Văn Bình", "Phạm Minh Chính"],
    ...                       "person_id": [None, "pham-minh-chinh"]})
    >>> person_keys(frame).tolist()
    ['Lê Văn Bình', 'pham-minh-chinh']
    """
    ids = table["person_id"] if "person_id" in table else pd.Series(None, index=table.index)
    return pd.Series([pid if _present(pid) else name for pid, name in zip(ids, table["person"],
                                                                         strict=True)],
                     index=table.index, dtype="object")


def event_keys(table: pd.DataFrame) -> pd.Series:
    """Each row's event key: ``event_key`` when :func:`vnpolnews.merge_events` added it, else
    ``doc_id`` and ``event_id`` joined by a space.

    >>> frame = pd.DataFrame({"doc_id": ["a", "b"], "event_id": ["a:e1", "b:e1"]})
    >>> event_keys(frame).tolist()
    ['a a:e1', 'b b:e1']
    >>> event_keys(frame.assign(event_key=["k1", "k1"])).tolist()
    ['k1', 'k1']
    """
    own = [f"{doc} {event}" for doc, event in zip(table["doc_id"], table["event_id"],
                                                  strict=True)]
    if "event_key" not in table:
        return pd.Series(own, index=table.index, dtype="object")
    merged = [str(key) if _present(key) else fallback
              for key, fallback in zip(table["event_key"], own, strict=True)]
    return pd.Series(merged, index=table.index, dtype="object")


def _event_label(rows: pd.DataFrame) -> str:
    """An event's name for display: the merged canonical name, else the most common name."""
    for column in ("event_canonical", "event"):
        if column in rows:
            names = [n for n in rows[column] if _present(n)]
            if names:
                return str(Counter(names).most_common(1)[0][0])
    return "(sự kiện không tên)"


def _strongest(roles: Any) -> str:
    """The strongest role among ``roles`` by :data:`ROLE_ORDER`."""
    known = [r for r in roles if r in ROLE_ORDER]
    return min(known, key=ROLE_ORDER.index) if known else "attend"


def _titles(rows: pd.DataFrame) -> list[str]:
    """Every canonical title of the rows, in order of first appearance, once each."""
    seen: dict[str, None] = {}
    for titles in rows["titles"]:
        if isinstance(titles, list | tuple):
            seen.update(dict.fromkeys(str(t) for t in titles))
    return list(seen)


def coattendance_graph(table: pd.DataFrame) -> nx.Graph:
    """People as nodes and the events they attended together as weighted edges.

    Node attributes: ``name`` (as written in the table), ``titles`` (every canonical title
    seen), ``province`` (the most frequent province of their offices, or None), ``provinces``
    (all of them) and ``appearances`` (the number of events). Edge attributes: ``weight`` (the
    number of shared events) and ``events`` (their names).

    >>> rows = pd.DataFrame({
    ...     "doc_id": ["d1", "d1", "d2", "d2"], "event_id": ["e1", "e1", "e1", "e1"],
    ...     "event": ["Hội nghị A"] * 2 + ["Lễ B"] * 2,
    ...     "person": ["An", "Bình", "An", "Bình"], "person_id": [None] * 4,
    ...     "titles": [["Bí thư Tỉnh ủy"], [], [], ["Chủ tịch"]],
    ...     "province": ["Hà Tĩnh", None, "Hà Tĩnh", None]})
    >>> graph = coattendance_graph(rows)
    >>> graph.edges["An", "Bình"]["weight"], graph.nodes["An"]["appearances"]
    (2, 2)
    """
    graph = nx.Graph()
    if table.empty:
        return graph
    frame = table.assign(_person=person_keys(table), _event=event_keys(table))
    for key, rows in frame.groupby("_person", sort=True):
        provinces = Counter(p for p in rows.get("province", pd.Series(dtype=object))
                            if _present(p))
        graph.add_node(
            key,
            name=str(Counter(rows["person"]).most_common(1)[0][0]),
            titles=_titles(rows),
            province=provinces.most_common(1)[0][0] if provinces else None,
            provinces=sorted(provinces),
            appearances=int(rows["_event"].nunique()),
        )
    shared: dict[tuple[Hashable, Hashable], list[str]] = defaultdict(list)
    for _, rows in frame.groupby("_event", sort=True):
        label = _event_label(rows)
        for a, b in combinations(sorted(set(rows["_person"])), 2):
            shared[(a, b)].append(label)
    for (a, b), events in shared.items():
        graph.add_edge(a, b, weight=len(events), events=events)
    return graph


def _matches(table: pd.DataFrame, person: str) -> pd.Series:
    """Rows of ``person``: by ``person_id``, by name, or by the name folded to ASCII."""
    wanted = fold_ascii(person).casefold()
    by_name = table["person"].map(lambda n: fold_ascii(str(n)).casefold() == wanted)
    if "person_id" in table:
        return by_name | (table["person_id"] == person)
    return by_name


def timeline(table: pd.DataFrame, person: str) -> pd.DataFrame:
    """One person's appearances, one row per event, by date (undated events last; events of
    one day in the order the table gives them).

    ``person`` is a ``person_id`` or a name (with or without diacritics). An event reported by
    several articles (one ``event_key`` after :func:`vnpolnews.merge_events`) is one row: its
    strongest role, every title it gave the person, and how many articles reported it.

    >>> import vnpolnews
    >>> table = vnpolnews.extract("Sáng 6/1, Bí thư Tỉnh ủy Nguyễn Văn An dự hội nghị.",
    ...                           published="2025-01-06")
    >>> timeline(table, "Nguyen Van An")[["date", "role"]].astype(str).values.tolist()
    [['2025-01-06', 'attend']]
    """
    rows = table[_matches(table, person)] if not table.empty else table
    if rows.empty:
        return pd.DataFrame({name: pd.Series(dtype="object") for name in TIMELINE_COLUMNS})
    rows = rows.assign(_event=event_keys(rows))
    records: list[dict[str, Any]] = []
    for key, group in rows.groupby("_event", sort=False):

        def first(column: str, group: pd.DataFrame = group) -> Any:
            values = [v for v in group.get(column, []) if _present(v)]
            return values[0] if values else None

        records.append({
            "date": group["date"].min() if "date" in group else pd.NaT,
            "event": _event_label(group),
            "event_type": first("event_type"),
            "role": _strongest(group["role"]),
            "titles": _titles(group),
            "location": first("location_merged") or first("location"),
            "bridge_point": first("bridge_point"),
            "province": first("province"),
            "articles": int(group["doc_id"].nunique()),
            "doc_ids": sorted(set(group["doc_id"])),
            "event_ref": key,
        })
    out = pd.DataFrame.from_records(records, columns=list(TIMELINE_COLUMNS))
    out["date"] = pd.to_datetime(out["date"])
    return out.sort_values("date", na_position="last", kind="stable").reset_index(
        drop=True)


def _axes(ax: Axes | None, size: tuple[float, float]) -> Axes:
    """The given axes, or new ones of ``size`` inches."""
    if ax is not None:
        return ax
    import matplotlib.pyplot as plt

    _, new = plt.subplots(figsize=size)
    return new


def plot_network(graph: nx.Graph, ax: Axes | None = None, *, seed: int = 7) -> Axes:
    """Draw the co-attendance graph: node size by appearances, colour by province, edge width
    by the number of shared events; returns the axes.

    >>> import matplotlib
    >>> matplotlib.use("Agg")
    >>> graph = nx.Graph()
    >>> graph.add_node("An", name="An", province="Hà Tĩnh", appearances=2)
    >>> graph.add_edge("An", "Bình", weight=1)
    >>> plot_network(graph).get_title()
    'Ai dự cùng ai (co-attendance)'
    """
    import matplotlib.pyplot as plt

    axes = _axes(ax, (8, 6))
    axes.set_title("Ai dự cùng ai (co-attendance)")
    axes.set_axis_off()
    if graph.number_of_nodes() == 0:
        return axes
    layout = nx.spring_layout(graph, seed=seed, weight="weight")
    provinces = sorted({str(graph.nodes[n].get("province") or _UNKNOWN) for n in graph.nodes})
    palette = plt.get_cmap("tab10")
    colour = {p: palette(i % 10) for i, p in enumerate(provinces)}
    nodes = list(graph.nodes)
    nx.draw_networkx_edges(
        graph, layout, ax=axes, alpha=0.5,
        width=[1.0 + 1.5 * float(graph.edges[e].get("weight", 1)) for e in graph.edges])
    nx.draw_networkx_nodes(
        graph, layout, ax=axes, nodelist=nodes,
        node_size=[300 + 250 * int(graph.nodes[n].get("appearances", 1)) for n in nodes],
        node_color=[colour[str(graph.nodes[n].get("province") or _UNKNOWN)] for n in nodes])
    nx.draw_networkx_labels(graph, layout, ax=axes, font_size=9,
                            labels={n: str(graph.nodes[n].get("name", n)) for n in nodes})
    for province in provinces:
        axes.scatter([], [], color=colour[province], label=province)
    axes.legend(loc="best", fontsize=8, title="Tỉnh")
    axes.margins(0.15)
    return axes


def plot_timeline(table: pd.DataFrame, person: str, ax: Axes | None = None) -> Axes:
    """Draw a person's :func:`timeline`: one point per event, by date and role, with the
    event's name beside it; undated events are left out; returns the axes.

    >>> import matplotlib, vnpolnews
    >>> matplotlib.use("Agg")
    >>> table = vnpolnews.extract("Sáng 6/1, Bí thư Tỉnh ủy Nguyễn Văn An dự hội nghị.",
    ...                           published="2025-01-06")
    >>> len(plot_timeline(table, "Nguyễn Văn An").collections)
    1
    """
    axes = _axes(ax, (9, 3.5))
    events = timeline(table, person)
    dated = events[events["date"].notna()] if not events.empty else events
    axes.set_title(f"{person}: các lần xuất hiện")
    levels = {role: i for i, role in enumerate(reversed(ROLE_ORDER))}
    axes.set_yticks(list(levels.values()), list(levels))
    axes.set_ylim(-0.7, len(levels) - 0.3)
    if dated.empty:
        return axes
    y = [levels[r] for r in dated["role"]]
    axes.scatter(dated["date"], y, s=[60 + 40 * a for a in dated["articles"]], zorder=3)
    for date, level, name in zip(dated["date"], y, dated["event"], strict=True):
        axes.annotate(str(name)[:50], (date.to_pydatetime(), level), xytext=(6, 6),
                      textcoords="offset points", fontsize=8)
    days = sorted(set(dated["date"]))
    axes.set_xticks([d.to_pydatetime() for d in days], [d.strftime("%d/%m/%Y") for d in days])
    pad = pd.Timedelta(days=1)
    axes.set_xlim(days[0] - pad, days[-1] + max(pad, (days[-1] - days[0]) * 0.4))
    axes.grid(axis="x", alpha=0.3)
    return axes
