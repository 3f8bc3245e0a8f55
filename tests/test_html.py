"""HTML pages in: detection, body text as a plain-text copy has it, metadata, and safety."""

from __future__ import annotations

import datetime as dt
import pathlib
import socket

import pytest

from vnpolnews import _html
from vnpolnews._html import Page, extract_page, looks_like_html
from vnpolnews.errors import DocumentTooLargeError, InputError

PAGES = pathlib.Path(__file__).parent / "data" / "html"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("<!DOCTYPE html><html><body><p>Tin</p></body></html>", True, id="doctype"),
        pytest.param("\ufeff\n  <html lang='vi'><head></head></html>", True, id="bom-html"),
        pytest.param("<?xml version='1.0'?>\n<html><body/></html>", True, id="xhtml"),
        pytest.param("<!-- cms --><!doctype html><title>x</title>", True, id="comment-first"),
        pytest.param("<p>Sáng 6/1, hội nghị.</p><p>Đồng chí dự.</p><br>", True, id="fragment"),
        pytest.param("Sáng 6/1, Bí thư Tỉnh ủy dự hội nghị.", False, id="plain-text"),
        pytest.param("Tỷ lệ x < 5% và y > 3%, <b> là ký hiệu.", False, id="angle-brackets"),
        pytest.param("", False, id="empty"),
    ],
)
def test_looks_like_html(text: str, expected: bool) -> None:
    assert looks_like_html(text) is expected


PAGE_CASES = [
    pytest.param(
        "tinh-uy-portal.html",
        {
            "title": "Ban Thường vụ Tỉnh ủy họp phiên thường kỳ tháng 3",
            "published": dt.date(2025, 3, 4),
            "source": "json-ld",
            "site": "Báo Tỉnh Nhà",
            "url": "https://baotinhnha.example.vn/chinh-tri/"
            "ban-thuong-vu-tinh-uy-hop-phien-thuong-ky-thang-3-a1234.html",
        },
        [
            "Ban Thường vụ Tỉnh ủy họp phiên thường kỳ tháng 3",
            "Sáng 4/3, Ban Thường vụ Tỉnh ủy họp phiên thường kỳ tháng 3 để cho ý kiến về một số "
            "nội dung quan trọng của tỉnh.",
            "Bí thư Tỉnh ủy Trần Văn Minh phát biểu kết luận hội nghị. Ảnh: Thu Hà",
            "Phó Chủ tịch UBND tỉnh Lê Thị Hoa báo cáo tại hội nghị.",
            "Hội nghị cũng cho ý kiến về đề án sắp xếp tổ chức bộ máy của các cơ quan trong hệ "
            "thống chính trị tỉnh.",
            "Tin cùng chuyên mục",
            "Phó Chủ tịch UBND tỉnh kiểm tra tiến độ dự án đường ven biển",
            "03/03/2025 16:20",
            "Chiều 3/3, Phó Chủ tịch UBND tỉnh Lê Văn Hải kiểm tra tiến độ thi công dự án đường "
            "ven biển.",
            "Hội nghị triển khai nhiệm vụ công tác nội vụ năm 2025",
        ],
        ["Đăng nhập", "Chia sẻ", "Zalo", "Đọc nhiều nhất", "QUẢNG CÁO", "Tổng Biên tập", "Từ khóa"],
        id="news-site-figcaption-json-ld-related",
    ),
    pytest.param(
        "cms-table-caption.html",
        {
            "title": "Đoàn ĐBQH tỉnh tiếp xúc cử tri huyện Đông Sơn",
            "published": dt.date(2024, 12, 16),
            "source": "itemprop",
            "site": "dbqh.example.vn",
            "url": "https://dbqh.example.vn/tin-tuc/tiep-xuc-cu-tri-dong-son.htm",
        },
        [
            "Ngày 16/12, Đoàn đại biểu Quốc hội tỉnh gồm các đại biểu: Mai Thị Lan, Phó Trưởng "
            "Đoàn chuyên trách; Vũ Đức Thắng, Ủy viên Ủy ban Pháp luật của Quốc hội đã tiếp xúc "
            "cử tri huyện Đông Sơn.",
            "Đại biểu Mai Thị Lan trao đổi với cử tri tại buổi tiếp xúc.",
            "Thay mặt Đoàn, đại biểu Vũ Đức Thắng tiếp thu các ý kiến và sẽ tổng hợp gửi các cơ "
            "quan có thẩm quyền.",
            "Tin khác",
            "Chủ tịch HĐND tỉnh tiếp công dân định kỳ tháng 12",
            "Hội nghị giám sát việc giải quyết kiến nghị cử tri",
        ],
        ["TRANG CHỦ", "Đường dây nóng", "Facebook", "Chịu trách nhiệm", "Phát triển bởi"],
        id="old-cms-table-caption-itemprop",
    ),
    pytest.param(
        "english-portal.html",
        {
            "title": "Provincial leaders join national conference on digital transformation",
            "published": dt.date(2025, 2, 10),
            "source": "time",
            "site": "Provincial Portal",
            "url": None,
        },
        [
            "On February 10, Prime Minister Pham Minh Chinh chaired the national online conference "
            "on digital transformation, connected to bridge points in all provinces and cities.",
            "Delegates attending the conference at the provincial bridge point.",
            "The conference reviewed the results of the national digital transformation programme "
            "in 2024 and set out tasks for 2025.",
            "Related news",
            "Provincial Party Committee reviews Party building work in 2024",
            "On January 20, the Provincial Party Committee held a conference to review Party "
            "building work in 2024.",
        ],
        ["Investment", "Tiếng Việt", "Copy link", "Editor-in-chief", "Comment (0)"],
        id="english-time-element-aside",
    ),
]


@pytest.mark.parametrize(("name", "meta", "lines", "furniture"), PAGE_CASES)
def test_page(name: str, meta: dict[str, object], lines: list[str], furniture: list[str]) -> None:
    page = extract_page((PAGES / name).read_bytes())
    assert (page.title, page.published, page.published_source) == (
        meta["title"],
        meta["published"],
        meta["source"],
    )
    assert (page.site_name, page.url) == (meta["site"], meta["url"])
    paragraphs = page.text.split("\n\n")
    for line in lines:
        assert line in paragraphs, line  # each as a paragraph of its own
    positions = [paragraphs.index(line) for line in lines]
    assert positions == sorted(positions)  # body, then captions in place, then related news
    for word in furniture:
        assert word not in page.text


def test_url_argument_wins_over_canonical() -> None:
    page = extract_page((PAGES / "cms-table-caption.html").read_text(encoding="utf-8"), url="u:1")
    assert page.url == "u:1"


def _article(head: str = "", meta: str = "", body_extra: str = "") -> str:
    return (
        f"<html><head>{head}</head><body><article><h1>Hội nghị tổng kết</h1>{meta}"
        "<p>Sáng 6/1, Bí thư Tỉnh ủy Nguyễn Văn An dự hội nghị tổng kết công tác năm 2024 của "
        "ngành nội vụ tỉnh.</p><p>Phát biểu tại hội nghị, đồng chí đề nghị ngành tiếp tục đổi "
        f"mới phương thức làm việc.</p>{body_extra}</article></body></html>"
    )


@pytest.mark.parametrize(
    ("page", "published", "source"),
    [
        pytest.param(
            _article(head='<meta property="article:published_time" content="2025-01-06T07:00Z">'),
            dt.date(2025, 1, 6),
            "meta",
            id="article-published-time",
        ),
        pytest.param(
            _article(meta='<span itemprop="datePublished">06/01/2025 19:52</span>'),
            dt.date(2025, 1, 6),
            "itemprop",
            id="itemprop-day-first",
        ),
        pytest.param(
            _article(
                head='<script type="application/ld+json">[{"@type": "BreadcrumbList"}, '
                '{"@type": "NewsArticle", "datePublished": "2025-01-06"}]</script>'
            ),
            dt.date(2025, 1, 6),
            "json-ld",
            id="json-ld-list",
        ),
        pytest.param(
            _article(head='<script type="application/ld+json">{ not json</script>'),
            None,
            None,
            id="broken-json-ld-ignored",
        ),
        pytest.param(
            _article(meta='<time datetime="2025-01-06T19:52:00+07:00">19:52</time>'),
            dt.date(2025, 1, 6),
            "time",
            id="time-element",
        ),
        pytest.param(
            _article(meta="<p>Cập nhật: 06/01/2025</p>"),
            dt.date(2025, 1, 6),
            "text",
            id="dateline-in-text",
        ),
        pytest.param(_article(), None, None, id="no-date"),
    ],
)
def test_published(page: str, published: dt.date | None, source: str | None) -> None:
    found = extract_page(page)
    assert (found.published, found.published_source) == (published, source)


def test_bytes_in_any_encoding() -> None:
    page = _article(head='<meta charset="utf-8">')
    texts = {
        extract_page(page.encode("utf-8")).text,
        extract_page(page.encode("utf-16")).text,
        extract_page(page).text,
    }
    assert len(texts) == 1
    assert "Sáng 6/1, Bí thư Tỉnh ủy Nguyễn Văn An" in texts.pop()


def test_entity_bomb_stays_inert() -> None:
    entities = "".join(
        f'<!ENTITY e{i} "{("&e" + str(i - 1) + ";") * 10 if i else "X" * 10}">' for i in range(9)
    )
    page = f"<!DOCTYPE html [{entities}]>" + _article(body_extra="<p>Tổng số: &e8; đại biểu.</p>")
    found = extract_page(page)
    assert len(found.text) < 2_000
    assert "X" * 100 not in found.text


def test_no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_: object, **__: object) -> None:
        raise AssertionError("extract_page opened a connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    page = (PAGES / "cms-table-caption.html").read_text(encoding="utf-8")
    found = extract_page(page, url="https://dbqh.example.vn/tin-tuc/tiep-xuc-cu-tri-dong-son.htm")
    assert found.published == dt.date(2024, 12, 16)


def test_too_large(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_html, "MAX_HTML_CHARS", 1_000)
    with pytest.raises(DocumentTooLargeError, match="over the limit"):
        extract_page(_article(body_extra="<p>" + "chữ " * 500 + "</p>"))


@pytest.mark.parametrize(
    "data",
    [pytest.param(None, id="none"), pytest.param(12, id="int")],
)
def test_not_html(data: object) -> None:
    with pytest.raises(InputError):
        extract_page(data)  # type: ignore[arg-type]


def test_empty_page_gives_empty_text() -> None:
    page = extract_page("<html><body><nav><a href='/'>Trang chủ</a></nav></body></html>")
    assert isinstance(page, Page)
    assert page.published is None
    assert page.text == ""
