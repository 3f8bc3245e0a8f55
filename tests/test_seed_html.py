"""Each seed wrapped in an HTML page the way its outlet's page has it gives the seed's text back.

The seeds are read from ../shared at run time (never copied here). Each outlet's template below
is written for this test: header, navigation, breadcrumbs, share buttons, the body paragraphs as
<p>, pictures as figure/figcaption, the byline, the footer, and the related-news list where the
outlet has one; the publication date goes into the kind of metadata the outlet uses.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import pathlib
from dataclasses import dataclass

import pytest
import regex

import vnpolnews
from vnpolnews._html import extract_page

SHARED = pathlib.Path(__file__).resolve().parents[2] / "shared"
SEEDS = SHARED / "seeds"
GOLD = SHARED / "eval" / "dev" / "seeds.jsonl"

# A picture's alt line in a copied page: "<headline>- Ảnh 2."
ALT = regex.compile(r"- \s* Ảnh \s+ \d+ \. $  # alt text of a numbered picture", regex.VERBOSE)
# A caption credited to a photographer or a screen capture.
CREDIT = regex.compile(r"\( (?: Ảnh | Photo ) \b  # (Ảnh: ...), (Photo ...)", regex.VERBOSE)
# A teaser's timestamp: "20:02 , 16/12/2025".
TEASER_TIME = regex.compile(r"^ \d\d:\d\d \s* , \s* \d\d?/\d\d?/\d{4} $  # time, date", regex.X)
# A line that ends a sentence (a body paragraph); captions in some outlets do not.
SENTENCE_END = regex.compile(r"[.!?:;…\"”’)] $  # final punctuation", regex.VERBOSE)


@dataclass(frozen=True)
class Outlet:
    """How an outlet's page is laid out around its article."""

    prefix: str  # the seed file's number
    site: str
    url: str
    lang: str
    head: tuple[str, ...]  # roles of the paragraphs before the body
    end: str  # regex of the first line after the body
    tail_furniture: str  # regex of lines after the body that are no teaser
    meta: str | None  # where the page states its date
    split_lines: bool = False  # the copy has one paragraph a line


OUTLETS = [
    Outlet(
        "000",
        "Đài PT&TH Sóc Trăng",
        "https://thst.vn/tin-dia-phuong/tong-ket-nganh-ngoai-giao",
        "vi",
        ("title", "breadcrumb", "dateline"),
        r"^Tag:",
        r".",
        "itemprop",
    ),
    Outlet(
        "001",
        "Bộ Ngoại giao",
        "https://mofa.gov.vn/tin-tuc/khai-mac-hoi-nghi-tong-ket",
        "vi",
        ("title", "dateline"),
        r"– Theo https?://",
        r".",
        "json-ld",
    ),
    Outlet(
        "002",
        "Báo Thanh Hóa",
        "https://baothanhhoa.vn/thoi-su/nang-tam-hoat-dong-doi-ngoai",
        "vi",
        ("hotline", "title", "sapo", "byline", "dateline"),
        r"^Nguồn:",
        r"^(?:Nguồn:.*|Ý kiến bạn đọc|Xem thêm bình luận)$",
        "og",
    ),
    Outlet(
        "003",
        "Dak Lak Provincial Portal",
        "https://daklak.gov.vn/-/tong-ket-cong-tac-ngoai-giao",
        "en",
        (),
        r"^Source: https?://",
        r".",
        None,
        split_lines=True,
    ),
    Outlet(
        "004",
        "Báo Thái Bình",
        "https://baothaibinh.com.vn/tin-tuc/1/hoi-nghi-ngoai-giao-32",
        "vi",
        ("title", "dateline"),
        r"• Từ khóa",
        r"• Từ khóa$",
        "time",
    ),
]


@dataclass
class Seed:
    """A seed's text cut into the parts of its page."""

    text: str
    title: str | None
    furniture: dict[str, str]
    body: list[list[str]]  # paragraphs, each a list of lines
    end_lines: list[str]  # the byline or source line, and what follows it
    teasers: list[tuple[str, str | None, str]]  # (headline, time, lead)


def _split(text: str, outlet: Outlet) -> list[str]:
    if outlet.split_lines:
        return [line for line in text.splitlines() if line.strip()]
    return [p for p in regex.split(r"\n \s* \n  # a blank line", text, flags=regex.X) if p.strip()]


def cut(text: str, outlet: Outlet) -> Seed:
    paragraphs = _split(text, outlet)
    head = dict(zip(outlet.head, paragraphs, strict=False))
    rest = paragraphs[len(outlet.head) :]
    end = regex.compile(outlet.end, regex.MULTILINE)
    stop = next((i for i, p in enumerate(rest) if end.search(p)), len(rest))
    body = [[line.strip() for line in p.splitlines() if line.strip()] for p in rest[:stop]]
    if "sapo" in head:
        body.insert(0, [head["sapo"].strip()])
    tail = [line.strip() for p in rest[stop:] for line in p.splitlines() if line.strip()]
    title = head.get("title")
    seed = Seed(text, title.strip() if title else None, head, body, tail, [])
    if outlet.tail_furniture != ".":
        seed.teasers = _teasers(tail[1:], regex.compile(outlet.tail_furniture))
    return seed


def _teasers(lines: list[str], furniture: regex.Pattern[str]) -> list[tuple[str, str | None, str]]:
    lines = [line for line in lines if not furniture.search(line)]
    teasers: list[tuple[str, str | None, str]] = []
    i = 0
    while i + 2 < len(lines):
        if lines[i] != lines[i + 1]:
            i += 1
            continue
        headline, i = lines[i], i + 2
        stamp = lines[i] if TEASER_TIME.match(lines[i]) else None
        i += stamp is not None
        if i < len(lines):
            teasers.append((headline, stamp, lines[i]))
        i += 1
    return teasers


def _is_caption(lines: list[str], previous: list[str] | None) -> bool:
    if previous is not None and ALT.search(previous[-1]):
        return True
    return len(lines) == 2 or bool(CREDIT.search(lines[-1])) or not SENTENCE_END.search(lines[-1])


def _figure(number: int, alt: str, caption: str) -> str:
    return (
        f'<figure class="image"><img src="/media/2025/01/anh-{number}.jpg" '
        f'alt="{html.escape(alt)}" width="800"><figcaption>{html.escape(caption)}</figcaption>'
        "</figure>"
    )


def _body_html(seed: Seed) -> str:
    parts: list[str] = []
    previous: list[str] | None = None
    pictures = 0
    for lines in seed.body:
        if len(lines) == 1 and ALT.search(lines[0]):
            previous = lines
            continue  # the alt line goes into the next picture
        if _is_caption(lines, previous):
            pictures += 1
            alt = previous[-1] if previous and ALT.search(previous[-1]) else lines[0]
            parts.append(_figure(pictures, alt, lines[-1]))
        else:
            parts.extend(f"<p>{html.escape(line)}</p>" for line in lines)
        previous = lines
    return "\n".join(parts)


def expected_lines(seed: Seed) -> list[str]:
    """The body as the page's text should give it: captions without their picture's alt text."""
    out: list[str] = []
    previous: list[str] | None = None
    for lines in seed.body:
        if len(lines) == 1 and ALT.search(lines[0]):
            previous = lines
            continue
        out.extend(lines[-1:] if _is_caption(lines, previous) else lines)
        previous = lines
    return [_norm(line) for line in out]


def _date_meta(outlet: Outlet, published: dt.date | None, title: str) -> tuple[str, str, str]:
    """(head tags, the dateline's markup, JSON-LD) for the outlet's way of stating its date."""
    if published is None or outlet.meta is None:
        return "", "", ""
    iso = f"{published.isoformat()}T07:30:00+07:00"
    shown = published.strftime("%d/%m/%Y")
    if outlet.meta == "itemprop":
        return "", f'<span class="date" itemprop="datePublished" content="{iso}">{shown}</span>', ""
    if outlet.meta == "og":
        return f'<meta property="article:published_time" content="{iso}">', shown, ""
    if outlet.meta == "time":
        return "", f'<time datetime="{iso}">{shown}</time>', ""
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": title,
        "datePublished": iso,
        "publisher": {"@type": "Organization", "name": outlet.site},
    }
    return "", shown, f'<script type="application/ld+json">{json.dumps(data)}</script>'


def _teasers_html(seed: Seed, heading: str) -> str:
    if not seed.teasers:
        return ""
    items = "\n".join(
        f'<li class="story"><a href="/tin/{n}.html" class="thumb"><img src="/t/{n}.jpg"></a>'
        f'<h3 class="story__heading"><a href="/tin/{n}.html">{html.escape(headline)}</a></h3>'
        + (f'<span class="story__time">{html.escape(stamp)}</span>' if stamp else "")
        + f'<p class="story__summary">{html.escape(lead)}</p></li>'
        for n, (headline, stamp, lead) in enumerate(seed.teasers, start=1)
    )
    return f'<section class="box-related"><h2>{heading}</h2><ul>{items}</ul></section>'


def wrap(seed: Seed, outlet: Outlet, published: dt.date | None) -> str:
    """The seed as its outlet's page."""
    title = seed.title or ""
    head_tags, dateline, json_ld = _date_meta(outlet, published, title)
    byline = seed.end_lines[0] if seed.end_lines else ""
    byline = byline.split("•")[0].strip()
    footer = (
        "".join(f"<p>{html.escape(line)}</p>" for line in seed.end_lines[1:])
        if (not seed.teasers)
        else "<p>Cơ quan chủ quản: ... Giấy phép: ...</p>"
    )
    hotline = seed.furniture.get("hotline", "")
    breadcrumb = seed.furniture.get("breadcrumb", "Trang chủ >> Thời sự")
    crumbs = " » ".join(
        f'<li><a href="/">{html.escape(c.strip())}</a></li>' for c in breadcrumb.split(">>")
    )
    heading = "Tin liên quan" if outlet.lang == "vi" else "Related news"
    return f"""<!DOCTYPE html>
<html lang="{outlet.lang}">
<head>
<meta charset="utf-8">
<title>{html.escape(title or outlet.site)}</title>
<meta property="og:site_name" content="{html.escape(outlet.site)}">
<meta property="og:type" content="article">
<link rel="canonical" href="{outlet.url}">
{head_tags}
{json_ld}
<link rel="stylesheet" href="/css/main.css"><script src="/js/app.js"></script>
</head>
<body class="page-article">
<header class="site-header">
  <div class="topbar"><span class="hotline">{html.escape(hotline)}</span>
  <a href="/dang-nhap">Đăng nhập</a> | <a href="/rss">RSS</a></div>
  <a class="logo" href="/"><img src="/logo.png" alt="{html.escape(outlet.site)}"></a>
  <nav class="main-menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/thoi-su">Thời sự</a>
  </li><li><a href="/chinh-tri">Chính trị</a></li><li><a href="/kinh-te">Kinh tế</a></li>
  <li><a href="/xa-hoi">Xã hội</a></li><li><a href="/video">Video</a></li></ul></nav>
</header>
<main>
<ul class="breadcrumb">{crumbs}</ul>
<article class="detail">
  <h1 class="detail__title">{html.escape(title)}</h1>
  <div class="detail__meta"><span class="author">{html.escape(seed.furniture.get("byline", ""))}
  </span> {dateline}</div>
  <div class="share"><a href="#" class="fb">Chia sẻ</a> <a href="#" class="zalo">Zalo</a>
  <a href="#" class="print">In bài</a> <a href="#" class="copy">Sao chép link</a></div>
  <div class="detail__content">
{_body_html(seed)}
  <p class="author"><strong>{html.escape(byline)}</strong></p>
  </div>
  <div class="tags"><span>Từ khóa:</span> <a href="/tag/ngoai-giao">ngoại giao</a></div>
</article>
{_teasers_html(seed, heading)}
<aside class="sidebar"><div class="ads">QUẢNG CÁO</div>
  <div class="most-read"><h2>Đọc nhiều</h2><ol><li><a href="/a">Thời tiết cuối tuần</a></li>
  <li><a href="/b">Giá vàng hôm nay</a></li></ol></div></aside>
</main>
<footer class="site-footer">{footer}<p>© {html.escape(outlet.site)}</p></footer>
</body>
</html>
"""


def _norm(text: str) -> str:
    return " ".join(text.split())


def _gold_published() -> dict[str, dt.date | None]:
    out: dict[str, dt.date | None] = {}
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        if line.strip():
            doc = json.loads(line)
            name = pathlib.Path(doc["text_file"]).name[:3]
            out[name] = dt.date.fromisoformat(doc["published"]) if doc["published"] else None
    return out


def _seed_path(prefix: str) -> pathlib.Path:
    return next(SEEDS.glob(f"{prefix}_*.txt"))


@pytest.fixture(scope="module")
def published() -> dict[str, dt.date | None]:
    return _gold_published()


@pytest.mark.parametrize("outlet", OUTLETS, ids=[f"seed-{o.prefix}" for o in OUTLETS])
def test_seed_page_gives_the_seed_text(
    outlet: Outlet, published: dict[str, dt.date | None]
) -> None:
    text = _seed_path(outlet.prefix).read_text(encoding="utf-8")
    seed = cut(text, outlet)
    date = published[outlet.prefix]
    page = extract_page(wrap(seed, outlet, date), url=outlet.url)
    paragraphs = [_norm(p) for p in page.text.split("\n\n")]
    body_lines = expected_lines(seed)
    assert len(body_lines) >= 3
    missing = [line for line in body_lines if line not in paragraphs]
    assert not missing, f"{len(missing)} body lines missing, first: {missing[0][:80]}"
    # The body comes in the seed's order.
    positions = [paragraphs.index(line) for line in body_lines]
    assert positions == sorted(positions)
    # Related teasers follow the body, each headline and lead on lines of their own.
    for headline, stamp, lead in seed.teasers:
        assert _norm(headline) in paragraphs and _norm(lead) in paragraphs
        assert paragraphs.index(_norm(headline)) > positions[-1]
        if stamp:
            assert _norm(stamp) in paragraphs
    assert page.published == date
    assert page.site_name == outlet.site
    assert page.url == outlet.url
    if seed.title:
        assert page.title == seed.title


def _pairs(table: object) -> set[tuple[str, str]]:
    frame = table  # a pandas DataFrame with the contract's columns
    return {
        (str(person), str(day))
        for person, day in zip(frame["person"], frame["date"], strict=True)  # type: ignore[index]
    }


@pytest.mark.parametrize("outlet", OUTLETS, ids=[f"seed-{o.prefix}" for o in OUTLETS])
def test_seed_page_gives_the_same_rows(
    outlet: Outlet, published: dict[str, dt.date | None]
) -> None:
    text = _seed_path(outlet.prefix).read_text(encoding="utf-8")
    date = published[outlet.prefix]
    page = extract_page(wrap(cut(text, outlet), outlet, date), url=outlet.url)
    from_page = vnpolnews.extract(page.text, published=page.published, lang=outlet.lang)
    from_text = vnpolnews.extract(text, published=date, lang=outlet.lang)
    assert _pairs(from_page) == _pairs(from_text)
