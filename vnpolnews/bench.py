"""``python -m vnpolnews.bench``: speed, memory and the anchor; adversarial inputs.

The default run reads the dev articles (``shared/eval/dev/*.jsonl`` and ``shared/seeds``; the
``shared`` folder beside the repository, or ``--shared``) and prints, on the same articles:
characters and articles per second of :func:`vnpolnews.extract` in one process, of
:func:`vnpolnews.extract_many` on every core, and of the anchor a user would otherwise reach for
(underthesea's ``ner`` called on each sentence); the ratio of ours to the anchor; peak memory;
the import time of vnpolnews (in a fresh interpreter) and the latency of the first call.

``--adversarial`` times inputs built to be slow (1 MB of capitalised syllables, 100,000 commas,
a chain of 5,000 titles, a megabyte without a space, nested brackets) in microseconds per
kilobyte, against the ordinary articles. ``--json`` prints the figures as JSON as well.
No figure here is asserted by a test: the benchmark prints, people judge.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

__all__ = ["adversarial_inputs", "load_articles", "main"]

Article = dict[str, Any]


def _default_shared() -> Path:
    here = Path(__file__).resolve().parent.parent  # the repository root
    for candidate in (here.parent / "shared", here / "shared", Path.cwd().parent / "shared"):
        if (candidate / "eval").is_dir():
            return candidate
    return here.parent / "shared"


def load_articles(shared: Path) -> list[Article]:
    """The dev articles and the seeds, as records with id, text, published and lang."""
    articles: list[Article] = []
    for gold in sorted((shared / "eval" / "dev").glob("*.jsonl")):
        for line in gold.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            if "text" in record:
                text = record["text"]
            elif "text_file" in record:
                text = (gold.parent / record["text_file"]).read_text(encoding="utf-8")
            else:
                continue
            articles.append({"id": record["id"], "text": text,
                             "published": record.get("published"), "lang": record.get("lang")})
    seen = {a["text"] for a in articles}
    for path in sorted((shared / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        if text not in seen:
            articles.append({"id": path.stem, "text": text, "published": None, "lang": None})
    return articles


def _rate(seconds: float, articles: Sequence[Article]) -> dict[str, float]:
    chars = sum(len(a["text"]) for a in articles)
    return {"seconds": seconds, "chars_per_s": chars / seconds if seconds else float("inf"),
            "articles_per_s": len(articles) / seconds if seconds else float("inf")}


def _time(call: Callable[[], Any]) -> float:
    start = time.perf_counter()
    call()
    return time.perf_counter() - start


def _import_time() -> float:
    code = "import time; t = time.perf_counter(); import vnpolnews; print(time.perf_counter() - t)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    return float(done.stdout.strip())


def _first_call() -> float:
    code = ("import time, vnpolnews; t = time.perf_counter(); "
            "vnpolnews.extract('Sáng 6/1, Bí thư Tỉnh ủy Lò Văn Mười dự hội nghị.', "
            "published='2030-01-06'); print(time.perf_counter() - t)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    return float(done.stdout.strip())


def _anchor(articles: Sequence[Article]) -> None:
    from underthesea import ner, sent_tokenize

    for article in articles:
        for sentence in sent_tokenize(article["text"]):
            ner(sentence)


def _ours(articles: Sequence[Article]) -> None:
    from ._extract import extract

    for article in articles:
        try:
            extract(article["text"], published=article["published"], doc_id=article["id"],
                    lang=article["lang"])
        except Exception as error:  # a benchmark reports, it does not stop
            print(f"  {article['id']}: {type(error).__name__}: {error}", file=sys.stderr)


def run(shared: Path, *, anchor: bool = True, repeat: int = 1) -> dict[str, Any]:
    """Every figure of the default benchmark, as a dict."""
    from ._batch import extract_many

    figures: dict[str, Any] = {"import_s": _import_time(), "first_call_s": _first_call()}
    articles = load_articles(shared) * repeat
    figures["articles"] = len(articles)
    figures["chars"] = sum(len(a["text"]) for a in articles)
    _ours(articles[:1])  # warm: gazetteers loaded, patterns compiled
    tracemalloc.start()
    seconds = _time(lambda: _ours(articles))
    figures["peak_traced_mb"] = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    figures["extract"] = _rate(_time(lambda: _ours(articles)), articles)
    figures["extract_traced"] = _rate(seconds, articles)
    workers = os.cpu_count() or 1
    figures["workers"] = workers
    figures["extract_many"] = _rate(
        _time(lambda: extract_many(articles, n_jobs=-1, progress=False)), articles)
    if anchor:
        _anchor(articles[:1])
        figures["anchor"] = _rate(_time(lambda: _anchor(articles)), articles)
        figures["ratio"] = figures["extract"]["chars_per_s"] / figures["anchor"]["chars_per_s"]
    figures["max_rss_mb"] = _max_rss_mb()
    return figures


def _max_rss_mb() -> float:
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / 2**20 if sys.platform == "darwin" else rss / 1024


def adversarial_inputs() -> dict[str, str]:
    """The inputs built to be slow, each about a megabyte or more (none is a real article).

    >>> sorted(adversarial_inputs())[:2]
    ['100,000 commas', '5,000 titles chain']
    """
    syllables = ["Nguyễn", "Văn", "Hùng", "Trần", "Thị", "Lan", "Phạm", "Quốc", "Bảo", "Đức"]
    capitals = " ".join(syllables[i % len(syllables)] for i in range(1_000_000 // 5))
    return {
        "1 MB capitalised syllables": capitals[:1_000_000],
        "100,000 commas": "Ông Lê Văn An" + ", " * 100_000 + "dự hội nghị.",
        "5,000 titles chain": "Sáng 6/1, " + "Phó Chủ tịch UBND tỉnh, " * 5_000
        + "Nguyễn Văn Bình dự hội nghị.",
        "1 MB without a space": "Bíthư" * 200_000,
        "nested brackets": "(" * 50_000 + "Bí thư Tỉnh ủy Trần Văn Cường" + ")" * 50_000,
    }


def run_adversarial(shared: Path) -> dict[str, Any]:
    """Microseconds per kilobyte of each adversarial input and of the ordinary articles."""
    from ._extract import extract

    articles = load_articles(shared)
    _ours(articles[:1])
    seconds = _time(lambda: _ours(articles))
    kilobytes = sum(len(a["text"].encode("utf-8")) for a in articles) / 1024
    ordinary = seconds * 1e6 / kilobytes
    rows: dict[str, Any] = {"ordinary articles": {"kb": kilobytes, "us_per_kb": ordinary,
                                                  "ratio": 1.0, "outcome": "ok"}}
    for name, text in adversarial_inputs().items():
        start = time.perf_counter()
        try:
            extract(text, published="2030-01-06")
            outcome = "ok"
        except Exception as error:  # a size limit is an answer too: report it
            outcome = type(error).__name__
        seconds = time.perf_counter() - start
        kb = len(text.encode("utf-8")) / 1024
        rows[name] = {"kb": kb, "us_per_kb": seconds * 1e6 / kb,
                      "ratio": seconds * 1e6 / kb / ordinary, "outcome": outcome}
    return rows


def _print_main(figures: dict[str, Any]) -> None:
    print(f"articles: {figures['articles']}, characters: {figures['chars']:,}")
    print(f"{'':28}{'chars/s':>12}{'articles/s':>12}{'seconds':>10}")
    names = [("extract (1 process)", "extract"),
             (f"extract_many ({figures['workers']} workers)*", "extract_many"),
             ("underthesea ner / sentence", "anchor")]
    for label, key in names:
        if key in figures:
            rate = figures[key]
            print(f"{label:28}{rate['chars_per_s']:>12,.0f}{rate['articles_per_s']:>12,.1f}"
                  f"{rate['seconds']:>10.2f}")
    print("* extract_many includes starting its worker processes; --repeat N amortises it")
    if "ratio" in figures:
        print(f"ratio extract / anchor: {figures['ratio']:.1f}x")
    print(f"peak traced memory (extract): {figures['peak_traced_mb']:.1f} MB; "
          f"max RSS of this process: {figures['max_rss_mb']:.0f} MB")
    print(f"import vnpolnews: {figures['import_s'] * 1000:.0f} ms; "
          f"first call: {figures['first_call_s'] * 1000:.0f} ms")


def _print_adversarial(rows: dict[str, Any]) -> None:
    print(f"{'input':30}{'KB':>10}{'µs/KB':>12}{'ratio':>8}  outcome")
    for name, row in rows.items():
        print(f"{name:30}{row['kb']:>10,.0f}{row['us_per_kb']:>12,.1f}{row['ratio']:>8.2f}  "
              f"{row['outcome']}")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser(prog="python -m vnpolnews.bench", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=None,
                        help="the shared folder (default: ../shared beside the repository)")
    parser.add_argument("--adversarial", action="store_true",
                        help="time adversarial inputs against ordinary articles instead")
    parser.add_argument("--no-anchor", action="store_true", help="skip underthesea's ner")
    parser.add_argument("--repeat", type=int, default=1,
                        help="use the articles this many times (steadier figures)")
    parser.add_argument("--json", action="store_true", help="also print the figures as JSON")
    args = parser.parse_args(argv)
    shared = args.shared or _default_shared()
    if not (shared / "eval" / "dev").is_dir():
        parser.error(f"{shared}: no eval/dev folder; give the shared folder with --shared")
    if args.adversarial:
        figures = run_adversarial(shared)
        _print_adversarial(figures)
    else:
        figures = run(shared, anchor=not args.no_anchor, repeat=args.repeat)
        _print_main(figures)
    if args.json:
        print(json.dumps(figures, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
