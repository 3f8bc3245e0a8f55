"""The spaCy component: spans, entities, rows and displaCy on every kind of Doc."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import spacy
from spacy import displacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin

import vnpolnews
from vnpolnews.spacy_component import (
    LABELS,
    blank_vietnamese,
    doc_from_words,
    non_overlapping,
    organisation_span,
)

ARTICLE = (
    "Sáng 6/1, tại tỉnh Quảng Trị, đồng chí Đặng Văn Hào, Phó Bí thư Tỉnh ủy, Chủ tịch UBND "
    "tỉnh chủ trì hội nghị tổng kết công tác năm 2024. Dự hội nghị có đồng chí Ngô Thị Lan, "
    "Giám đốc Sở Tài chính."
)


def _with_component(nlp: Language, **config: object) -> Language:
    nlp.add_pipe("vnpolnews", config={"published": "2025-01-06", **config})
    return nlp


def _vi(text: str) -> Doc:
    return _with_component(blank_vietnamese())(text)


def _xx(text: str) -> Doc:
    return _with_component(spacy.blank("xx"))(text)


def _underthesea(text: str) -> Doc:
    return doc_from_words(_with_component(spacy.blank("xx")), text)


MAKERS: list[tuple[str, Callable[[str], Doc]]] = [
    ("blank-vi-without-pyvi", _vi),
    ("blank-xx", _xx),
    ("underthesea-words", _underthesea),
]


@pytest.mark.parametrize("make", [m for _, m in MAKERS], ids=[i for i, _ in MAKERS])
@pytest.mark.parametrize(
    ("label", "text"),
    [
        ("PERSON", "Đặng Văn Hào"),
        ("PERSON", "Ngô Thị Lan"),
        ("TITLE", "Phó Bí thư Tỉnh ủy"),
        ("TITLE", "Giám đốc Sở Tài chính"),
        ("ORG", "Sở Tài chính"),
        ("DATE", "Sáng 6/1"),
        ("GPE", "tỉnh Quảng Trị"),
        ("EVENT", "hội nghị tổng kết công tác năm 2024"),
    ],
    ids=lambda v: str(v),
)
def test_span_is_marked(make: Callable[[str], Doc], label: str, text: str) -> None:
    doc = make(ARTICLE)
    assert (label, text) in {(s.label_, s.text) for s in doc.spans["vnpolnews"]}


@pytest.mark.parametrize("make", [m for _, m in MAKERS], ids=[i for i, _ in MAKERS])
def test_rows_and_table_on_the_doc(make: Callable[[str], Doc]) -> None:
    doc = make(ARTICLE)
    table = doc._.vnpolnews_table
    assert list(table.columns) == list(vnpolnews.COLUMNS)
    expected = vnpolnews.extract(ARTICLE, published="2025-01-06")
    assert table[["person", "role"]].values.tolist() == expected[["person", "role"]].values.tolist()
    assert [r["person"] for r in doc._.vnpolnews_rows] == expected["person"].tolist()
    assert doc._.vnpolnews_rows[0]["date"] == "2025-01-06"


@pytest.mark.parametrize("make", [m for _, m in MAKERS], ids=[i for i, _ in MAKERS])
def test_ents_do_not_overlap_and_prefer_titles_to_bodies(make: Callable[[str], Doc]) -> None:
    doc = make(ARTICLE)
    tokens = [i for e in doc.ents for i in range(e.start, e.end)]
    assert len(tokens) == len(set(tokens))
    labels = {e.label_ for e in doc.ents}
    assert {"PERSON", "TITLE", "DATE", "EVENT"} <= labels
    assert "ORG" not in labels  # every body stands inside its title here
    assert {s.label_ for s in doc.spans["vnpolnews"]} <= set(LABELS)


@pytest.mark.parametrize(
    ("style", "options"),
    [("ent", {}), ("span", {"spans_key": "vnpolnews"})],
    ids=["ent", "span"],
)
def test_displacy_shows_the_entities(style: str, options: dict[str, str]) -> None:
    html = displacy.render(_xx(ARTICLE), style=style, options=options, jupyter=False)
    for shown in ("Đặng Văn Hào", "PERSON", "TITLE", "DATE", "EVENT"):
        assert shown in html


@pytest.mark.parametrize(
    ("label", "text", "kb_id", "rule_prefix"),
    [
        ("PERSON", "Đặng Văn Hào", "Đặng Văn Hào", "name."),
        ("TITLE", "Phó Bí thư Tỉnh ủy", "Phó Bí thư Tỉnh ủy Quảng Trị", "title."),
        ("ORG", "UBND tỉnh", "Ủy ban nhân dân tỉnh Quảng Trị", "title."),
        ("DATE", "Sáng 6/1", "2025-01-06", "date."),
        ("GPE", "tỉnh Quảng Trị", "Quảng Trị", "place."),
    ],
    ids=["person-name", "title-canonical", "org-canonical-body", "date-iso", "place-province"],
)
def test_kb_id_is_the_normalised_value_and_id_the_rule(label: str, text: str, kb_id: str,
                                                       rule_prefix: str) -> None:
    doc = _xx(ARTICLE)
    spans = [s for s in doc.spans["vnpolnews"] if (s.label_, s.text) == (label, text)]
    assert spans
    assert spans[0].kb_id_ == kb_id
    assert spans[0].id_.startswith(rule_prefix)


@pytest.mark.parametrize(
    ("raw", "body"),
    [
        ("Phó Chủ tịch Thường trực UBND tỉnh Thanh Hóa", "UBND tỉnh Thanh Hóa"),
        ("Ủy viên Ban Thường vụ Tỉnh ủy", "Ban Thường vụ Tỉnh ủy"),
        ("Uỷ viên Ban Thường vụ Tỉnh uỷ", "Ban Thường vụ Tỉnh uỷ"),
        ("Bộ trưởng Bộ Ngoại giao", "Bộ Ngoại giao"),
        ("Phó chủ tịch HĐND tỉnh,", "HĐND tỉnh"),
        ("Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng", "Ban Chấp hành Trung ương Đảng"),
        ("Phó Chủ tịch nước", None),
        ("Thủ tướng", None),
        ("Chủ tịch tỉnh", None),
        ("Nguyên Bí thư Tỉnh ủy", "Tỉnh ủy"),
        ("Thiếu tướng", None),
    ],
    ids=["qualifier-thuong-truc", "standing-committee", "old-tones", "ministry",
         "lower-case-head-and-comma", "du-khuyet", "no-body-state", "bare-office", "lower-body",
         "prefix-nguyen", "rank"],
)
def test_organisation_span(raw: str, body: str | None) -> None:
    found = organisation_span(raw)
    assert (raw[found[0]:found[1]] if found else None) == body


def test_published_per_doc_overrides_the_setting() -> None:
    nlp = _with_component(spacy.blank("xx"))
    doc = nlp.make_doc("Sáng 7/3, Giám đốc Sở Tài chính Ngô Thị Lan dự hội nghị.")
    doc._.vnpolnews_published = "2024-03-07"
    doc._.vnpolnews_doc_id = "bai-1"
    doc = nlp(doc)
    table = doc._.vnpolnews_table
    assert table["date"].astype(str).tolist() == ["2024-03-07"]
    assert table["doc_id"].tolist() == ["bai-1"]


def test_rows_survive_docbin() -> None:
    nlp = _with_component(spacy.blank("xx"))
    store = DocBin(store_user_data=True)
    store.add(nlp(ARTICLE))
    (doc,) = DocBin().from_bytes(store.to_bytes()).get_docs(nlp.vocab)
    assert doc._.vnpolnews_table["person"].tolist() == ["Đặng Văn Hào", "Ngô Thị Lan"]
    assert {s.label_ for s in doc.spans["vnpolnews"]} >= {"PERSON", "TITLE"}


@pytest.mark.parametrize("text", ["", "   \n", "Trời nắng đẹp, gió nhẹ."],
                         ids=["empty", "blank", "no-politics"])
def test_nothing_found_gives_empty_spans_and_table(text: str) -> None:
    doc = _xx(text)
    assert list(doc.spans["vnpolnews"]) == []
    assert doc._.vnpolnews_rows == []
    assert list(doc._.vnpolnews_table.columns) == list(vnpolnews.COLUMNS)


def test_existing_entities_are_kept() -> None:
    nlp = spacy.blank("xx")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "MISC", "pattern": "Sáng"}])  # type: ignore[attr-defined]
    _with_component(nlp)
    doc = nlp(ARTICLE)
    assert doc.ents[0].label_ == "MISC"
    assert "PERSON" in {e.label_ for e in doc.ents}
    assert "DATE" not in {e.label_ for e in doc.ents}  # "Sáng 6/1" overlaps the older entity


def test_non_overlapping_prefers_priority_then_length() -> None:
    doc = spacy.blank("xx")("Giám đốc Sở Tài chính Ngô Thị Lan")
    chosen = non_overlapping([doc.char_span(9, 21, "ORG"), doc.char_span(0, 21, "TITLE"),  # type: ignore[list-item]
                              doc.char_span(22, 33, "PERSON")])  # type: ignore[list-item]
    assert [(s.label_, s.text) for s in chosen] == [("TITLE", "Giám đốc Sở Tài chính"),
                                                   ("PERSON", "Ngô Thị Lan")]


def test_underthesea_doc_keeps_the_text() -> None:
    doc = _underthesea(ARTICLE)
    assert doc.text == ARTICLE
    assert any(" " in t.text for t in doc)  # multi-syllable words are single tokens
