"""spaCy integration: a pipeline component, registered as ``"vnpolnews"``, that marks what
:func:`vnpolnews.parse` finds as spans on a :class:`spacy.tokens.Doc`.

Importing this module registers the factory and the Doc extensions::

    import spacy
    import vnpolnews.spacy_component  # registers "vnpolnews"

    nlp = spacy.blank("xx")
    nlp.add_pipe("vnpolnews", config={"published": "2025-01-06"})
    doc = nlp("Sáng 6/1, Bí thư Tỉnh ủy Nguyễn Văn An dự hội nghị tổng kết năm 2024.")
    spacy.displacy.render(doc, style="span", options={"spans_key": "vnpolnews"})

What the component sets:

- ``doc.spans["vnpolnews"]``: every mention, overlapping allowed, labelled ``PERSON``, ``TITLE``,
  ``ORG`` (the body a title belongs to: "UBND tỉnh Thanh Hóa" in "Phó Chủ tịch UBND tỉnh Thanh
  Hóa"), ``GPE`` (a place resolved to a province), ``LOC`` (any other place: venues), ``DATE``
  and ``EVENT``. Each span's ``kb_id_`` holds the normalised value (the linked person id or
  the name, the canonical title or body, the province, the ISO date, the event's name) and its
  ``id_`` the rule that found it, as in the table's ``rule`` column.
- ``doc.ents``: the same spans where they do not overlap (a person before a title, a title before
  a date, a date before a place, a place before an event, an event before an organisation);
  entities already on the Doc are kept.
- ``doc._.vnpolnews_rows``: the table's rows as plain dicts (dates as ISO strings, so a Doc
  saved in a :class:`spacy.tokens.DocBin` with ``store_user_data=True`` keeps them), and
  ``doc._.vnpolnews_table`` the DataFrame with the contract's columns and dtypes.

Set ``doc._.vnpolnews_published`` (and ``doc._.vnpolnews_doc_id``) on a Doc before the
pipeline runs to give each article its own publication date; the component's ``published``
setting is the default. Offsets are always those of ``doc.text``, so the component works on
any tokenisation: :func:`blank_vietnamese` (spaCy's ``"vi"`` without pyvi),
``spacy.blank("xx")``, or a Doc made from underthesea's words with :func:`doc_from_words`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from functools import cache
from typing import Any

import pandas as pd
import regex
import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan
from spacy.util import get_words_and_spaces

from ._extract import parse, rows_of
from ._keys import canonical_tones
from ._lexicon import lexicon
from ._table import make_frame
from ._types import Document, TitleMention

__all__ = [
    "ENT_PRIORITY",
    "LABELS",
    "SPANS_KEY",
    "VnpolnewsComponent",
    "blank_vietnamese",
    "doc_from_words",
    "document_spans",
    "make_vnpolnews",
    "non_overlapping",
    "organisation_span",
]

#: The key of ``doc.spans`` the component writes to (configurable as ``spans_key``).
SPANS_KEY = "vnpolnews"

#: The span labels the component sets.
LABELS: tuple[str, ...] = ("PERSON", "TITLE", "ORG", "GPE", "LOC", "DATE", "EVENT")

#: Which label wins when spans overlap and only one can be an entity (lower wins).
ENT_PRIORITY: dict[str, int] = {
    "PERSON": 0, "TITLE": 1, "DATE": 2, "GPE": 3, "LOC": 3, "EVENT": 4, "ORG": 5,
}

_QUALIFIERS = regex.compile(
    r"""
    (?:\s+                                # each qualifier follows a space:
       (?i:thường\s+trực                  #   "Phó Chủ tịch Thường trực UBND tỉnh"
         | chuyên\s+trách                 #   "Phó Chủ tịch chuyên trách HĐND"
         | dự\s+khuyết                    #   "Ủy viên dự khuyết Ban Chấp hành Trung ương"
         | phụ\s+trách)                   #   "Phó Chủ tịch phụ trách ..."
    )*
    \s+                                   # then the space before the body
    (?=[\p{Lu}])                          # which starts with a capital: UBND, Sở, Bộ, Tỉnh ủy
    """,
    regex.VERBOSE,
)

_TRAILING = regex.compile(
    r"""
    [\s\p{P}]+$                           # spaces and punctuation the title ends with
    """,
    regex.VERBOSE,
)


def _register_extensions() -> None:
    """Doc extensions the component reads and writes (registered once)."""
    for name in ("vnpolnews_rows", "vnpolnews_published", "vnpolnews_doc_id"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    if not Doc.has_extension("vnpolnews_table"):
        Doc.set_extension("vnpolnews_table", getter=_table_of)


def _table_of(doc: Doc) -> pd.DataFrame:
    """The DataFrame of the rows the component stored on ``doc`` (empty before it ran)."""
    return make_frame(doc._.vnpolnews_rows or [])


def _plain(value: Any) -> Any:
    """A row value as msgpack can store it: dates as ISO strings, tuples as lists."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    return value


@cache
def _heads(*kinds: str) -> tuple[str, ...]:
    """Office words of the given kinds, shortest first, lower-cased, canonical tones."""
    heads = {canonical_tones(head).lower() for head, kind in lexicon().title_heads.items()
             if kind in kinds}
    return tuple(sorted(heads, key=len))


def organisation_span(raw: str) -> tuple[int, int] | None:
    """Where the body a title belongs to stands in the title, or None when it names none.

    The body is what follows the office word (the shortest that leaves one: "Ủy viên" in "Ủy
    viên Ban Thường vụ Tỉnh ủy"), a prefix ("Nguyên") and qualifiers ("Thường trực") skipped,
    when it starts with a capital.

    >>> raw = "Phó Chủ tịch Thường trực UBND tỉnh Thanh Hóa"
    >>> start, end = organisation_span(raw)
    >>> raw[start:end]
    'UBND tỉnh Thanh Hóa'
    >>> organisation_span("Phó Chủ tịch nước") is None
    True
    """
    folded = canonical_tones(raw).lower()
    if len(folded) != len(raw):  # decomposed marks: offsets would not carry over
        return None
    end = len(raw) - len(m.group()) if (m := _TRAILING.search(raw)) else len(raw)
    begin = 0
    for prefix in _heads("prefix"):
        if folded.startswith(prefix + " "):
            begin = len(prefix) + 1
            break
    for head in _heads("office", "standalone"):
        if not folded.startswith(head, begin):
            continue
        body = _QUALIFIERS.match(raw, begin + len(head))
        if body is not None and body.end() < end:
            return body.end(), end
    return None


def _span(doc: Doc, start: int, end: int, label: str, kb_id: str | None,
          rule: str) -> SpacySpan | None:
    """A spaCy span over ``doc.text[start:end]``, widened to whole tokens; None if empty."""
    span = doc.char_span(start, end, label=label, kb_id=kb_id or "", alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    span.id_ = rule
    return span


def _title_spans(doc: Doc, title: TitleMention) -> list[SpacySpan | None]:
    """The title, and the organisation inside it when one can be told."""
    out = [_span(doc, title.start, title.end, "TITLE", title.canonical, title.rule)]
    if doc.text[title.start:title.end] == title.raw:
        found = organisation_span(title.raw)
        if found is not None:
            start, end = title.start + found[0], title.start + found[1]
            canonical = organisation_span(title.canonical)
            value = (title.canonical[canonical[0]:canonical[1]] if canonical is not None
                     else doc.text[start:end])
            out.append(_span(doc, start, end, "ORG", value, title.rule + ".body"))
    return out


def document_spans(doc: Doc, document: Document) -> list[SpacySpan]:
    """Every mention of ``document`` as a labelled span of ``doc`` (same text), in text order.

    >>> nlp = spacy.blank("xx")
    >>> text = "Sáng 6/1, Bí thư Tỉnh ủy Nguyễn Văn An dự hội nghị."
    >>> spans = document_spans(nlp(text), parse(text, published="2025-01-06"))
    >>> [(s.label_, s.text) for s in spans][:3]
    [('DATE', 'Sáng 6/1'), ('TITLE', 'Bí thư Tỉnh ủy'), ('ORG', 'Tỉnh ủy')]
    """
    found: list[SpacySpan | None] = []
    titles = {(t.start, t.end): t for t in document.titles}
    for person in document.persons:
        found.append(_span(doc, person.start, person.end, "PERSON",
                           person.person_id or person.name, person.rule))
        titles.update({(t.start, t.end): t for t in person.titles})
    for title in titles.values():
        found.extend(_title_spans(doc, title))
    for date in document.dates:
        value = date.date.isoformat() if date.date is not None else None
        found.append(_span(doc, date.start, date.end, "DATE", value, date.rule))
    for place in document.places:
        label = "GPE" if place.province is not None and place.kind != "venue" else "LOC"
        found.append(_span(doc, place.start, place.end, label, place.province or place.text,
                           place.rule))
    for event in document.events:
        found.append(_span(doc, event.start, event.end, "EVENT", event.name, event.rule))
    unique = {(s.start, s.end, s.label_): s for s in found if s is not None}
    return sorted(unique.values(), key=lambda s: (s.start, -s.end, ENT_PRIORITY[s.label_]))


def non_overlapping(spans: Iterable[SpacySpan], *,
                    taken: Iterable[SpacySpan] = ()) -> list[SpacySpan]:
    """The spans that can be entities together: by label priority, then longest first, skipping
    any that overlaps one already chosen (or one of ``taken``).

    >>> nlp = spacy.blank("xx")
    >>> doc = nlp("Bí thư Tỉnh ủy Nguyễn Văn An")
    >>> chosen = non_overlapping([doc.char_span(0, 14, "TITLE"), doc.char_span(7, 14, "ORG"),
    ...                           doc.char_span(15, 28, "PERSON")])
    >>> [s.label_ for s in chosen]
    ['TITLE', 'PERSON']
    """
    used: set[int] = set()
    for span in taken:
        used.update(range(span.start, span.end))
    chosen: list[SpacySpan] = []
    ranked = sorted(spans, key=lambda s: (ENT_PRIORITY.get(s.label_, 9), -(s.end - s.start),
                                          s.start))
    for span in ranked:
        if used.isdisjoint(range(span.start, span.end)):
            chosen.append(span)
            used.update(range(span.start, span.end))
    return sorted(chosen, key=lambda s: s.start)


class VnpolnewsComponent:
    """The pipeline component: parses ``doc.text`` and sets spans, entities and rows.

    >>> nlp = spacy.blank("xx")
    >>> _ = nlp.add_pipe("vnpolnews", config={"published": "2025-01-06"})
    >>> doc = nlp("Sáng 6/1, Bí thư Tỉnh ủy Nguyễn Văn An dự hội nghị.")
    >>> [(e.label_, e.text) for e in doc.ents]
    [('DATE', 'Sáng 6/1'), ('TITLE', 'Bí thư Tỉnh ủy'), ('PERSON', 'Nguyễn Văn An'), \
('EVENT', 'hội nghị')]
    >>> doc._.vnpolnews_table[["person", "date"]].astype(str).values.tolist()
    [['Nguyễn Văn An', '2025-01-06']]
    """

    def __init__(self, nlp: Language, name: str, *, published: str | None = None,
                 lang: str | None = None, spans_key: str = SPANS_KEY,
                 set_ents: bool = True) -> None:
        self.name = name
        self.published = published
        self.lang = lang
        self.spans_key = spans_key
        self.set_ents = set_ents

    def __call__(self, doc: Doc) -> Doc:
        published = doc._.vnpolnews_published or self.published
        document = parse(doc.text, published=published, doc_id=doc._.vnpolnews_doc_id,
                         lang=self.lang)
        spans = document_spans(doc, document)
        doc.spans[self.spans_key] = spans
        if self.set_ents:
            existing = list(doc.ents)
            doc.ents = sorted([*existing, *non_overlapping(spans, taken=existing)],
                              key=lambda s: s.start)
        doc._.vnpolnews_rows = [{k: _plain(v) for k, v in row.items()}
                                for row in rows_of(document)]
        return doc

    def pipe(self, docs: Iterable[Doc], *, batch_size: int = 128) -> Iterable[Doc]:
        """Process a stream of Docs (one at a time: the extraction has no batching)."""
        for doc in docs:
            yield self(doc)


@Language.factory(
    "vnpolnews",
    default_config={"published": None, "lang": None, "spans_key": SPANS_KEY, "set_ents": True},
)
def make_vnpolnews(nlp: Language, name: str, published: str | None, lang: str | None,
                   spans_key: str, set_ents: bool) -> VnpolnewsComponent:
    """The factory behind ``nlp.add_pipe("vnpolnews")``.

    >>> spacy.blank("xx").add_pipe("vnpolnews").spans_key
    'vnpolnews'
    """
    return VnpolnewsComponent(nlp, name, published=published, lang=lang, spans_key=spans_key,
                              set_ents=set_ents)


def blank_vietnamese() -> Language:
    """A blank Vietnamese (``"vi"``) pipeline that needs no pyvi: spaCy's rule-based tokenizer
    (syllables and punctuation) instead of pyvi's word segmenter.

    >>> nlp = blank_vietnamese()
    >>> nlp.lang, [t.text for t in nlp("Sáng 6/1, tại Hà Nội.")]
    ('vi', ['Sáng', '6/1', ',', 'tại', 'Hà', 'Nội', '.'])
    """
    return spacy.blank("vi", config={"nlp": {"tokenizer": {"@tokenizers": "spacy.Tokenizer.v1"}}})


def doc_from_words(nlp: Language, text: str, words: Sequence[str] | None = None) -> Doc:
    """A Doc of ``text`` whose tokens are the given words (by default underthesea's
    ``word_tokenize``: "Hà Nội" is one token), with the spaces of the text kept, so that
    ``doc.text == text``; then the pipeline's components run on it.

    >>> nlp = spacy.blank("xx")
    >>> doc = doc_from_words(nlp, "Tại Hà Nội, đồng chí Nguyễn Văn An phát biểu.")
    >>> [t.text for t in doc][:4]
    ['Tại', 'Hà Nội', ',', 'đồng chí']
    """
    if words is None:
        from underthesea import word_tokenize

        words = word_tokenize(text)
    tokens, spaces = get_words_and_spaces(list(words), text)
    doc = Doc(nlp.vocab, words=tokens, spaces=spaces)
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc


_register_extensions()
