"""Robustness: adversarial inputs finish (no catastrophic backtracking), and the answer does not
depend on the process (hash seed) it was computed in.

Every adversarial input is built and read in a child process with a generous timeout
(:data:`TIMEOUT` seconds): a pattern that backtracks catastrophically shows up as a failure,
not as a hung test run. The child reports its time, printed with the test's output
(``pytest -rA tests/test_robustness.py`` shows it; ``python tests/test_robustness.py`` prints
the table of microseconds per kilobyte against an ordinary article). No assertion is made on
the time itself: the benchmark of bounded cost per kilobyte is ``vnpolnews/bench.py``.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

HERE = Path(__file__).resolve()
TIMEOUT = 120  # seconds: ordinary work is a few seconds at most; a hang or an explosion is not

# ---- an ordinary article, written for these tests ------------------------------------------

ORDINARY = """\
Thanh Hóa: Tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025

Sáng 6/1, Ban Thường vụ Tỉnh ủy Thanh Hóa tổ chức hội nghị tổng kết công tác năm 2024 và \
triển khai nhiệm vụ năm 2025. Đồng chí Nguyễn Văn An, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy \
chủ trì hội nghị.

Dự hội nghị có các đồng chí: Lê Văn Bình, Phó Bí thư Thường trực Tỉnh ủy; Trần Thị Cúc, \
Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; Phạm Quốc Dũng, Chủ tịch HĐND tỉnh; các đồng chí \
Ủy viên Ban Thường vụ Tỉnh ủy và lãnh đạo các sở, ban, ngành.

Phát biểu khai mạc, đồng chí Nguyễn Văn An nhấn mạnh năm 2024 tỉnh đạt nhiều kết quả quan \
trọng: tốc độ tăng trưởng kinh tế ước đạt 8,5%, thu ngân sách vượt dự toán, an sinh xã hội \
được bảo đảm. Đồng chí đề nghị các cấp ủy, chính quyền tập trung cải cách hành chính và \
chuẩn bị tốt đại hội đảng bộ các cấp.

Chiều cùng ngày, Phó Chủ tịch UBND tỉnh Đỗ Minh Hải dự lễ khánh thành cầu Hàm Rồng mới \
và trao quà cho các hộ gia đình chính sách tại thành phố Thanh Hóa.

Minh Anh

TIN LIÊN QUAN
20:02 , 16/12/2025
Chủ tịch UBND tỉnh Trần Thị Cúc tiếp xúc cử tri huyện Nga Sơn
"""

CAPITAL_SYLLABLES = ["Nguyễn", "Văn", "An", "Thị", "Hoà", "Lê", "Trần", "Phạm", "Bình", "Đức",
                     "Thuỷ", "Quốc", "Minh", "Hải", "Đỗ", "Ủy", "Bí", "Thư", "Tỉnh", "UBND"]
TITLE_CYCLE = ["Ủy viên Ban Thường vụ Tỉnh ủy", "Phó Chủ tịch UBND tỉnh", "Bí thư Huyện ủy",
               "Phó Trưởng Đoàn ĐBQH tỉnh", "Chủ tịch HĐND tỉnh", "Ủy viên BCH TƯ Đảng"]
MB = 1_000_000


def _fill(piece: str, size: int) -> str:
    return (piece * (size // len(piece) + 1))[:size]


def build_ordinary() -> str:
    return ORDINARY


def build_ordinary_x40() -> str:
    return "\n".join([ORDINARY] * 40)


def build_capitalised_syllables_1mb() -> str:
    rng = random.Random(8)
    words: list[str] = []
    size = 0
    while size < MB:
        word = rng.choice(CAPITAL_SYLLABLES)
        words.append(word)
        size += len(word) + 1
    return " ".join(words)[:MB]


def build_capitalised_one_sentence_with_a_date() -> str:
    return "Sáng 6/1, đồng chí " + build_capitalised_syllables_1mb()[: MB - 40] + " dự họp."


def build_commas_100k() -> str:
    return "," * 100_000


def build_comma_list_100k() -> str:
    rng = random.Random(8)
    names = [rng.choice(CAPITAL_SYLLABLES) for _ in range(100_000)]
    return "Sáng 6/1, dự hội nghị có các đồng chí: " + ", ".join(names) + "."


def build_title_chain_5000() -> str:
    chain = ", ".join(TITLE_CYCLE[i % len(TITLE_CYCLE)] for i in range(5000))
    return f"Sáng 6/1, đồng chí Nguyễn Văn An, {chain} dự hội nghị."


def build_title_chain_5000_no_commas() -> str:
    chain = " ".join(TITLE_CYCLE[i % len(TITLE_CYCLE)] for i in range(5000))
    return f"Sáng 6/1, {chain} Nguyễn Văn An dự hội nghị."


def build_no_space_1mb_ascii() -> str:
    return "a" * MB


def build_no_space_1mb_vietnamese() -> str:
    return _fill("NguyễnVănAnBíthưTỉnhủyPhóChủtịchUBNDtỉnh", MB)


def build_nested_brackets_100k() -> str:
    return "(" * 100_000 + "Bí thư Tỉnh ủy Nguyễn Văn An" + ")" * 100_000


def build_nested_mixed_brackets() -> str:
    opening, closing = "([{“‘«", "»’”}])"
    return "Sáng 6/1, " + opening * 20_000 + "Nguyễn Văn An dự họp" + closing * 20_000


def build_unclosed_brackets_1mb() -> str:
    return _fill("(Sáng 6/1 ", MB)


def build_repeated_name_10000() -> str:
    return "Sáng 6/1, Bí thư Tỉnh ủy Nguyễn Văn An dự hội nghị. " * 10_000


def build_dates_1mb() -> str:
    return _fill("Sáng 6/1, Chiều 7-2, Tối 31.12, ", MB)


def build_dong_chi_100k() -> str:
    return "Sáng 6/1, " + "đồng chí " * 100_000 + "dự hội nghị."


def build_colon_lists_20000() -> str:
    return "Sáng 6/1, dự hội nghị có các đồng chí: " + "Nguyễn Văn An, Bí thư Tỉnh ủy; " * 20_000


def build_newlines_1mb() -> str:
    return "\n" * MB


def build_one_lowercase_sentence_1mb() -> str:
    return _fill("và các đại biểu ", MB)


def build_combining_marks_1mb() -> str:
    return "Nguyễn Văn A" + "\u0301\u0323" * (MB // 2) + "n dự họp."


def build_dots_1mb() -> str:
    return _fill(". ", MB)


def build_abbreviation_dots() -> str:
    return _fill("T.Ư. UBND T.P. H.Đ.N.D. ", MB)


def build_hyphens_dashes() -> str:
    return "Nguyễn Văn An " + " - " * 100_000 + "Bí thư Tỉnh ủy"


CASES: dict[str, Callable[[], str]] = {
    name[len("build_"):]: value for name, value in sorted(globals().items())
    if name.startswith("build_") and callable(value)
}
ADVERSARIAL = [name for name in CASES if not name.startswith("ordinary")]

_CHILD = """
import importlib.util, json, sys, time
spec = importlib.util.spec_from_file_location("robustness_cases", sys.argv[1])
cases = importlib.util.module_from_spec(spec)
spec.loader.exec_module(cases)
import vnpolnews
vnpolnews.extract("Sáng 6/1, Bí thư Tỉnh ủy Nguyễn Văn An dự hội nghị.")  # load data once
text = cases.CASES[sys.argv[2]]()
started = time.perf_counter()
table = vnpolnews.extract(text, published="2025-01-06")
seconds = time.perf_counter() - started
bad = [(int(s), int(e)) for s, e in zip(table["start"], table["end"])
       if not 0 <= s < e <= len(text)]
print(json.dumps({"chars": len(text), "seconds": seconds, "rows": len(table), "bad": bad}))
"""


def run_case(name: str) -> dict[str, object]:
    """Build and extract one case in a child process; its size, time, rows, bad offsets."""
    done = subprocess.run([sys.executable, "-c", _CHILD, str(HERE), name],
                          capture_output=True, text=True, timeout=TIMEOUT, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


@pytest.mark.parametrize("name", ["ordinary", *ADVERSARIAL])
def test_adversarial_input_completes(name: str) -> None:
    """Finishes within TIMEOUT without an error, with every offset inside the text."""
    try:
        result = run_case(name)
    except subprocess.TimeoutExpired:
        pytest.fail(f"{name}: no answer in {TIMEOUT} s (catastrophic backtracking?)")
    seconds = float(result["seconds"])  # type: ignore[arg-type]
    chars = int(result["chars"])  # type: ignore[call-overload]
    print(f"{name}: {chars:,} chars, {seconds:.2f} s, "
          f"{seconds * 1e6 / max(chars / 1000, 0.001):,.0f} µs/KB, {result['rows']} rows")
    assert result["bad"] == []


# ---- the same answer in every process -------------------------------------------------------

_DETERMINISM_CHILD = """
import json, sys
import vnpolnews
texts = json.load(sys.stdin)
out = []
for text in texts:
    table = vnpolnews.extract(text, published="2025-01-06")
    out.append(table.astype(str).values.tolist())
print(json.dumps(out, ensure_ascii=False))
"""

PIECES = ["Sáng 6/1", "Chiều 7/1", "hôm qua", ",", ".", ";", ":", "đồng chí", "có các đồng chí:",
          "Nguyễn Văn An", "Lê Thị Bình", "Trần Hoà", "Phạm Minh Chính", "Bùi Thanh Sơn",
          "Vương Đình Huệ", "Bí thư Tỉnh ủy", "Phó Chủ tịch UBND tỉnh", "Thủ tướng",
          "Phó Thủ tướng", "Chủ tịch Quốc hội", "dự", "chủ trì", "phát biểu", "hội nghị",
          "tại tỉnh", "Thanh Hóa", "Nghệ An", "điểm cầu", "Hà Nội", "và", "\n", "Ảnh:"]


def _texts(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    return [" ".join(rng.choice(PIECES) for _ in range(rng.randint(5, 60)))
            for _ in range(count)]


def _tables_with_hash_seed(texts: list[str], hash_seed: str) -> list[object]:
    env = {**os.environ, "PYTHONHASHSEED": hash_seed}
    done = subprocess.run([sys.executable, "-c", _DETERMINISM_CHILD], input=json.dumps(texts),
                          capture_output=True, text=True, timeout=TIMEOUT, env=env, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    tables: list[object] = json.loads(done.stdout)
    return tables


@pytest.mark.parametrize("seed", [1, 2, 3], ids=["texts-1", "texts-2", "texts-3"])
def test_same_answer_whatever_the_hash_seed(seed: int) -> None:
    """Set and dict orders change with PYTHONHASHSEED; the table must not."""
    texts = _texts(seed, 150)
    first = _tables_with_hash_seed(texts, "1")
    second = _tables_with_hash_seed(texts, "4242")
    assert len(first) == len(texts)
    for text, a, b in zip(texts, first, second, strict=True):
        assert a == b, text


if __name__ == "__main__":  # the benchmark table: python tests/test_robustness.py
    base = run_case("ordinary_x40")
    base_rate = float(base["seconds"]) / (int(base["chars"]) / 1000)  # type: ignore[arg-type, call-overload]
    print(f"{'case':40} {'chars':>10} {'s':>8} {'µs/KB':>10} {'x ordinary':>10} rows")
    for case in ["ordinary_x40", *ADVERSARIAL]:
        try:
            r = run_case(case)
        except subprocess.TimeoutExpired:
            print(f"{case:40} TIMEOUT after {TIMEOUT} s")
            continue
        rate = float(r["seconds"]) / (int(r["chars"]) / 1000)  # type: ignore[arg-type, call-overload]
        print(f"{case:40} {int(r['chars']):>10,} {float(r['seconds']):>8.2f} "  # type: ignore[call-overload, arg-type]
              f"{rate * 1e6:>10,.0f} {rate / base_rate:>10.1f} {r['rows']}")
