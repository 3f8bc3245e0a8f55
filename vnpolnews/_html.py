"""HTML pages in: the article's text as a plain-text copy of the page has it, and its metadata.

:func:`extract_page` finds the article body with trafilatura (no network, ever: the page is
parsed here by lxml with ``no_network=True``, ``huge_tree=False``, and lxml's HTML parser never
expands DTD entities, so entity bombs stay inert text), and keeps what trafilatura drops or
mixes in the way a plain-text copy of the page has it:

- figure captions (``<figcaption>``, and the caption cells and blocks of Vietnamese CMSs) stay
  in the body, each as its own paragraph where the picture stood;
- related-news blocks ("Tin liên quan", "Tin cùng chuyên mục", ...) are taken out of the body
  and put after it, under their heading, each teaser's headline, timestamp and lead on lines of
  their own.

The publication date comes from the page's metadata (``article:published_time``, itemprop
``datePublished``, JSON-LD ``datePublished``, ``<time datetime>``), else from the dateline
written in the text (:func:`vnpolnews._published.find_published`).
"""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import lxml.html
import regex
from lxml import etree

from ._input import decode
from ._published import find_published
from .errors import DocumentTooLargeError, InputError

__all__ = ["MAX_HTML_CHARS", "Page", "extract_page", "looks_like_html"]

MAX_HTML_CHARS = 8_000_000  # larger pages are refused: no news article comes near this

# The start of a document that is HTML: a doctype, an <html>, <head> or <body> tag.
_HTML_START = regex.compile(
    r"""
    \A \ufeff? \s*                              # a BOM and blank lines may come first
    (?: <\?xml [^>]* > \s* )?                   # an XML declaration (XHTML)
    (?: <!-- .*? --> \s* )*                     # comments before the doctype
    < (?: !doctype \s+ html | html | head | body ) \b   # the opening that makes it a page
    """,
    regex.VERBOSE | regex.IGNORECASE | regex.DOTALL,
)

# Tags of HTML markup, to tell a fragment of a page from text that mentions a "<" or two.
_TAG = regex.compile(
    r"""
    < /? (?: p | div | span | a | br | img | h[1-6] | ul | li | table | tr | td | article
           | section | figure | figcaption | strong | em | b | i | meta | script | style )
    (?: \s [^<>]* )? /? >                       # attributes, a self-closing slash
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


def looks_like_html(text: str) -> bool:
    """True when ``text`` is an HTML page or fragment, not plain text.

    >>> looks_like_html("<!DOCTYPE html><html><body><p>Sáng 6/1, ...</p></body></html>")
    True
    >>> looks_like_html("Sáng 6/1, Bí thư Tỉnh ủy dự hội nghị (x < y).")
    False
    """
    head = text[:4096]
    if _HTML_START.match(head):
        return True
    return len(_TAG.findall(head)) >= 3


@dataclass(frozen=True)
class Page:
    """What a page gives: the article's text and its metadata.

    ``published_source`` says where ``published`` came from: "meta", "itemprop", "json-ld",
    "time" or "text" (the dateline in the page's text), None when the page states no date.

    >>> page = extract_page("<html><body><article><p>Sáng 6/1, Bí thư Tỉnh ủy Nguyễn Văn An "
    ...                     "dự hội nghị tổng kết công tác năm 2024 của tỉnh.</p></article>"
    ...                     "</body></html>")
    >>> page.text
    'Sáng 6/1, Bí thư Tỉnh ủy Nguyễn Văn An dự hội nghị tổng kết công tác năm 2024 của tỉnh.'
    """

    text: str
    title: str | None
    published: dt.date | None
    url: str | None
    site_name: str | None
    published_source: str | None = None


# ---------------------------------------------------------------------------------------------
# Parsing


def _parser() -> lxml.html.HTMLParser:
    return lxml.html.HTMLParser(
        no_network=True,  # never fetch a DTD or anything else
        huge_tree=False,  # libxml2's limits on depth and text size stay on
        remove_comments=True,
        remove_pis=True,
        collect_ids=False,
    )


def _as_text(html: str | bytes) -> str:
    if isinstance(html, str):
        return html
    if not isinstance(html, (bytes, bytearray)):
        raise InputError(f"html must be str or bytes, not {type(html).__name__}")
    declared = _CHARSET.search(bytes(html[:4096]))
    if declared is not None:
        name = declared.group("name").decode("ascii", "replace").lower()
        try:
            text = bytes(html).decode(name)
        except (LookupError, UnicodeDecodeError):
            return decode(bytes(html))
        return unicodedata.normalize("NFC", text) if "1258" in name else text
    return decode(bytes(html))


# The charset a page declares: <meta charset="..."> or http-equiv content="...; charset=...".
_CHARSET = regex.compile(
    rb"""
    <meta [^>]*? charset \s* = \s* ["']? \s*    # charset= in a meta tag, either form
    (?P<name> [A-Za-z0-9._:\-]+ )               # the encoding's name
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


def _parse(text: str) -> Any:
    if len(text) > MAX_HTML_CHARS:
        raise DocumentTooLargeError(
            f"HTML page of {len(text):,} characters is over the limit of {MAX_HTML_CHARS:,}"
        )
    # Drop an XML declaration: lxml refuses str input that declares an encoding.
    text = regex.sub(r"\A \ufeff? \s* <\?xml [^>]* \?>  # <?xml ...?>", "", text, flags=regex.X)
    try:
        return lxml.html.document_fromstring(text or "<html></html>", parser=_parser())
    except (etree.ParserError, ValueError) as error:
        raise InputError(f"HTML cannot be parsed: {error}") from error


def _clean(text: str | None) -> str:
    """Whitespace of markup collapsed: one space between words, no edges."""
    return " ".join((text or "").split())


def _class_id(element: Any) -> str:
    return f"{element.get('class') or ''} {element.get('id') or ''}".lower()


# ---------------------------------------------------------------------------------------------
# Captions


# Class or id of a caption block: figcaption stand-ins of Vietnamese CMSs.
_CAPTION_CLASS = regex.compile(
    r"""
    caption | image_desc | img-desc | image-desc | photo-desc | desc-img | imgdesc  # captions
    | expnoedit | fig-desc | note-img | pic-desc                 # baochinhphu, other CMS names
    """,
    regex.VERBOSE,
)

# Class of a picture wrapper a caption belongs to (replaced whole by the caption).
_FIGURE_CLASS = regex.compile(
    r"""
    (?: ^ | \s ) (?: image | picture | photo | figure | vcsortableinpreviewmode  # wrappers
                   | tplcaption | img-wrap | imgbox ) (?: \s | $ )               # exact classes
    """,
    regex.VERBOSE,
)


def _captions_to_paragraphs(root: Any) -> None:
    """Each caption becomes a <p> where its picture stood; the picture goes."""
    captions = [
        e
        for e in root.iter()
        if isinstance(e.tag, str)
        and (e.tag == "figcaption" or (e.tag != "body" and _CAPTION_CLASS.search(_class_id(e))))
    ]
    for caption in captions:
        if caption.getparent() is None or any(caption in c.iterancestors() for c in captions):
            continue  # already replaced with its wrapper, or inside another caption
        words = _clean(caption.text_content())
        target = caption
        for ancestor in caption.iterancestors():
            if ancestor.tag == "figure" or (
                ancestor.tag in {"table", "div"} and _FIGURE_CLASS.search(_class_id(ancestor))
            ):
                target = ancestor
                break
            if ancestor.tag in {"article", "body", "main"}:
                break
        paragraph = lxml.html.Element("p")
        paragraph.text = words
        paragraph.tail = target.tail
        parent = target.getparent()
        if parent is None:
            continue
        if words:
            parent.replace(target, paragraph)
        else:
            parent.remove(target)


# ---------------------------------------------------------------------------------------------
# Related news


# Class or id of a related-news block.
_RELATED_CLASS = regex.compile(
    r"""
    related | lien-?quan | lienquan | tin-?khac | tinkhac | other-?news | more-?news  # names
    | same-?(?:cat|category|zone) | cung-?chuyen-?muc | read-?more | xem-?them      # more names
    | box-?news-?list | news-?relate                                                # more names
    """,
    regex.VERBOSE,
)

# The heading of a related-news block.
_RELATED_HEADING = regex.compile(
    r"""
    ^ \s* (?:
        tin \s+ (?: liên \s+ quan | cùng \s+ chuyên \s+ mục | khác | mới \s+ hơn | đã \s+ đưa )
      | bài \s+ (?: viết \s+ )? (?: liên \s+ quan | khác | cùng \s+ chuyên \s+ mục )   # Bài ...
      | xem \s+ thêm | đọc \s+ thêm | có \s+ thể \s+ bạn \s+ quan \s+ tâm           # Xem thêm
      | related (?: \s+ (?: news | articles | stories ) )? | read \s+ more | more \s+ news
    ) \s* :? \s* $                                              # the heading and nothing else
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# Class of a teaser's timestamp or lead.
_TIME_CLASS = regex.compile(r"time | date | publish  # a teaser's time", regex.VERBOSE)
_LEAD_CLASS = regex.compile(r"sapo | desc | summary | lead | intro | excerpt  # its lead", regex.X)

_BLOCKS = {"div", "section", "aside", "ul", "ol", "nav"}


def _heading_of(block: Any) -> str | None:
    for element in block.iter("h2", "h3", "h4", "h5", "strong", "span", "p", "div"):
        words = _clean(element.text_content())
        if words and _RELATED_HEADING.match(words):
            return words
        if element.tag in {"h2", "h3", "h4", "h5"}:
            break
    return None


def _related_blocks(root: Any) -> list[tuple[Any, str | None]]:
    blocks: list[tuple[Any, str | None]] = []
    for element in root.iter(*_BLOCKS):
        if any(element in b.iterancestors() or element is b for b, _ in blocks):
            continue
        heading = _heading_of(element)
        named = _RELATED_CLASS.search(_class_id(element)) is not None
        if (named or heading) and element.tag != "body" and len(list(element.iter("a"))) >= 1:
            if heading is None and len(list(element.iter("a"))) < 2 and not named:
                continue
            blocks.append((element, heading))
    return [(b, h) for b, h in blocks if not any(b in o.iterancestors() for o, _ in blocks)]


def _teasers(block: Any) -> Iterator[list[str]]:
    items = [e for e in block.iter("li", "article") if e.find(".//a") is not None]
    if not items:
        items = [a for a in block.iter("a") if _clean(a.text_content())]
    for item in items:
        if any(item in other.iterancestors() for other in items):
            continue
        lines: list[str] = []
        headline_el = next(iter(item.iter("h2", "h3", "h4", "h5")), None)
        if headline_el is None:
            links = [a for a in item.iter("a") if _clean(a.text_content())]
            headline_el = max(links, key=lambda a: len(_clean(a.text_content())), default=None)
        headline = _clean(headline_el.text_content()) if headline_el is not None else ""
        if headline and not _RELATED_HEADING.match(headline):
            lines.append(headline)
        for element in item.iter():
            if element is headline_el or not isinstance(element.tag, str):
                continue
            if headline_el is not None and element in headline_el.iterancestors():
                continue
            if headline_el is not None and headline_el in element.iterancestors():
                continue
            words = _clean(element.text_content())
            if not words or words in lines:
                continue
            names = _class_id(element)
            is_time = element.tag == "time" or _TIME_CLASS.search(names) is not None
            is_lead = element.tag == "p" or _LEAD_CLASS.search(names) is not None
            if is_time or is_lead:
                lines.append(words)
        if lines:
            yield lines


def _take_related(root: Any) -> list[str]:
    """Paragraphs of the related-news blocks, which leave the tree."""
    paragraphs: list[str] = []
    for block, heading in _related_blocks(root):
        teasers = list(_teasers(block))
        parent = block.getparent()
        if parent is not None:
            parent.remove(block)
        if not teasers:
            continue
        if heading:
            paragraphs.append(heading)
        for lines in teasers:
            paragraphs.extend(lines)
    return paragraphs


# ---------------------------------------------------------------------------------------------
# Metadata


# A date as metadata writes it: ISO first, else day first.
_META_DATE = regex.compile(
    r"""
    (?P<y>(?:19|20)\d\d) - (?P<m>[01]?\d) - (?P<d>[0-3]?\d)      # 2025-01-06(T19:52:00+07:00)
    | (?P<d>[0-3]?\d) [/.\-] (?P<m>[01]?\d) [/.\-] (?P<y>(?:19|20)\d\d)  # 06/01/2025
    """,
    regex.VERBOSE,
)


def _parse_date(value: str | None) -> dt.date | None:
    match = _META_DATE.search(value or "")
    if match is None:
        return None
    try:
        return dt.date(int(match.group("y")), int(match.group("m")), int(match.group("d")))
    except ValueError:
        return None


def _json_ld_dates(root: Any) -> Iterator[str]:
    def walk(node: Any) -> Iterator[str]:
        if isinstance(node, dict):
            value = node.get("datePublished")
            if isinstance(value, str):
                yield value
            for child in node.values():
                if isinstance(child, (dict, list)):
                    yield from walk(child)
        elif isinstance(node, list):
            for child in node:
                yield from walk(child)

    for script in root.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json":
            continue
        try:
            data = json.loads(script.text or "", parse_constant=lambda _: None)
        except (ValueError, RecursionError):
            continue
        yield from walk(data)


def _meta(root: Any, *keys: str) -> str | None:
    for key in keys:
        for element in root.iter("meta"):
            names = {(element.get(a) or "").lower() for a in ("property", "name", "itemprop")}
            if key in names and (element.get("content") or "").strip():
                return _clean(element.get("content"))
    return None


def _published(root: Any) -> tuple[dt.date | None, str | None]:
    candidates: list[tuple[str, str | None]] = [
        ("meta", _meta(root, "article:published_time", "og:published_time")),
        ("itemprop", _itemprop_date(root)),
        ("json-ld", next(_json_ld_dates(root), None)),
        ("time", _time_datetime(root)),
        ("meta", _meta(root, "pubdate", "publishdate", "dc.date.issued", "dc.date", "date")),
    ]
    for source, value in candidates:
        day = _parse_date(value)
        if day is not None:
            return day, source
    return None, None


def _itemprop_date(root: Any) -> str | None:
    for element in root.xpath('//*[@itemprop="datePublished"]'):
        value = element.get("content") or element.get("datetime") or element.text_content()
        if _clean(value):
            return _clean(value)
    return None


def _time_datetime(root: Any) -> str | None:
    scope = next(iter(root.iter("article")), root)
    for element in scope.iter("time"):
        if element.get("datetime"):
            return str(element.get("datetime"))
    return None


def _title(root: Any, found: str | None) -> str | None:
    """og:title, else the first <h1>, else trafilatura's, else <title>."""
    title = _meta(root, "og:title")
    if not title:
        heading = next(iter(root.iter("h1")), None)
        title = _clean(heading.text_content()) if heading is not None else None
    title = title or found
    if not title:
        element = next(iter(root.iter("title")), None)
        title = _clean(element.text_content()) if element is not None else None
    return title or None


def _url(root: Any, url: str | None) -> str | None:
    if url:
        return url
    for link in root.iter("link"):
        if (link.get("rel") or "").lower() == "canonical" and link.get("href"):
            return str(link.get("href"))
    return _meta(root, "og:url")


def _site_name(root: Any, found: str | None, url: str | None) -> str | None:
    name = _meta(root, "og:site_name", "application-name") or found
    if not name and url:
        name = urlsplit(url).hostname
    return name or None


# ---------------------------------------------------------------------------------------------
# The body


def _body_by_hand(root: Any) -> list[str]:
    """Paragraphs of the <article> (or <body>) when trafilatura finds nothing."""
    scope = next(iter(root.iter("article")), None)
    if scope is None:
        scope = next(iter(root.iter("body")), root)
    for junk in list(scope.iter("script", "style", "nav", "header", "footer", "form")):
        parent = junk.getparent()
        if parent is not None:
            parent.remove(junk)
    words = [_clean(p.text_content()) for p in scope.iter("p", "h1", "h2", "h3", "li")]
    return [w for w in words if w]


# Class of an article's lead (sapo) that trafilatura may leave out with the body's container.
_LEAD_BLOCK = regex.compile(
    r"""
    sapo | chapeau | lead | summary | description | intro | abstract | excerpt  # lead names
    """,
    regex.VERBOSE,
)


def _heading_and_lead(root: Any, body: list[str]) -> list[str]:
    """The <h1> and the lead paragraphs that a plain-text copy has above the body, if missing."""
    seen = {_clean(line) for line in body}
    out: list[str] = []
    heading = next(iter(root.iter("h1")), None)
    words = _clean(heading.text_content()) if heading is not None else ""
    if words and words not in seen:
        out.append(words)
    scope = next(iter(root.iter("article")), None)
    if scope is None:
        scope = next(iter(root.iter("main", "body")), root)
    for element in scope.iter("p", "div", "h2"):
        if not _LEAD_BLOCK.search(_class_id(element)):
            continue
        words = _clean(element.text_content())
        if words and words not in seen and words not in out and len(words) > 40:
            out.append(words)
    return out


def _trafilatura_text(root: Any, url: str | None) -> tuple[list[str], str | None, str | None]:
    import trafilatura  # imported here: a second or so, paid only when HTML comes in

    document = trafilatura.bare_extraction(
        root,
        url=url,
        favor_recall=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        with_metadata=True,
        deduplicate=False,
    )
    if document is None:
        return [], None, None
    text = getattr(document, "text", None) or ""
    title = getattr(document, "title", None)
    site = getattr(document, "sitename", None)
    return [line.strip() for line in text.splitlines() if line.strip()], title, site


def extract_page(html: str | bytes, *, url: str | None = None) -> Page:
    """The article in an HTML page: its text (paragraphs apart by blank lines) and metadata.

    No network is used; pages over :data:`MAX_HTML_CHARS` characters raise
    :class:`~vnpolnews.errors.DocumentTooLargeError`.

    >>> page = extract_page('<html><head><meta property="article:published_time" '
    ...     'content="2025-01-06T19:52:00+07:00"><meta property="og:site_name" content="Báo A">'
    ...     '</head><body><article><h1>Tổng kết năm</h1><p>Sáng 6/1, hội nghị tổng kết công tác '
    ...     'năm 2024 của tỉnh diễn ra tại Hà Nội.</p></article></body></html>')
    >>> page.published, page.site_name, page.title
    (datetime.date(2025, 1, 6), 'Báo A', 'Tổng kết năm')
    """
    text = _as_text(html)
    root = _parse(text)
    published, source = _published(root)
    for junk in list(root.iter("script", "style", "noscript", "template")):
        if junk.getparent() is not None and (junk.get("type") or "") != "application/ld+json":
            junk.getparent().remove(junk)
    for junk in list(root.iter("nav", "header", "footer")):
        inside_article = any(a.tag == "article" for a in junk.iterancestors())
        if junk.getparent() is not None and (junk.tag == "nav" or not inside_article):
            junk.getparent().remove(junk)  # menus, site header and footer: never the article
    _captions_to_paragraphs(root)
    related = _take_related(root)
    body, found_title, found_site = _trafilatura_text(root, url)
    if not body:
        body = _body_by_hand(root)
    body = _heading_and_lead(root, body) + body
    title = _title(root, found_title)
    paragraphs = body + [p for p in related if p not in body]
    plain = "\n\n".join(paragraphs)
    if published is None:
        dateline = find_published(plain)
        if dateline is not None:
            published, source = dateline.date, "text"
    return Page(
        text=plain,
        title=title,
        published=published,
        url=_url(root, url),
        site_name=_site_name(root, found_site, url),
        published_source=source,
    )
