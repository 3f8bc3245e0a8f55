"""Roles from the verbs around a person, and the event's name and type.

Sentences written for these tests in the style of provincial and national news.
"""

from __future__ import annotations

import pytest

import vnpolnews

PUBLISHED = "2025-01-07"


def roles(text: str) -> dict[str, str]:
    table = vnpolnews.extract(text, published=PUBLISHED)
    return dict(zip(table["person"], table["role"], strict=True))


# (sentence, {person: role})
ROLES = [
    pytest.param(
        "Sáng 6/1, Bí thư Tỉnh ủy Nghệ An Lương Văn Khải chủ trì hội nghị Ban Thường vụ.",
        {"Lương Văn Khải": "chair"},
        id="chu-tri",
    ),
    pytest.param(
        "Sáng 6/1, đồng chí Mai Văn Lực, Phó Chủ tịch UBND tỉnh Nghệ An chủ trì cuộc họp.",
        {"Mai Văn Lực": "chair"},
        id="chu-tri-apposition",
    ),
    pytest.param(
        "Sáng 6/1, Bộ trưởng Bộ Y tế Đào Thị Lan và Chủ tịch UBND tỉnh Nghệ An Lương Văn Khải "
        "đồng chủ trì hội nghị.",
        {"Đào Thị Lan": "chair", "Lương Văn Khải": "chair"},
        id="dong-chu-tri-two",
    ),
    pytest.param(
        "Sáng 6/1, Thủ tướng Chính phủ Lưu Đình Khôi dự và phát biểu chỉ đạo hội nghị tổng kết "
        "ngành Ngân hàng.",
        {"Lưu Đình Khôi": "speak"},
        id="du-va-phat-bieu-chi-dao",
    ),
    pytest.param(
        "Sáng 6/1, Phó Thủ tướng Chính phủ Hồ Đức Phong dự và phát biểu tại hội nghị.",
        {"Hồ Đức Phong": "speak"},
        id="du-va-phat-bieu",
    ),
    pytest.param(
        "Sáng 6/1, Bí thư Tỉnh ủy Nghệ An Lương Văn Khải dự hội nghị tổng kết.",
        {"Lương Văn Khải": "attend"},
        id="du",
    ),
    pytest.param(
        "Sáng 6/1, Bí thư Tỉnh ủy Nghệ An Lương Văn Khải tham dự hội nghị tổng kết.",
        {"Lương Văn Khải": "attend"},
        id="tham-du",
    ),
    pytest.param(
        "Dự hội nghị có đồng chí Lương Văn Khải, Bí thư Tỉnh ủy Nghệ An.",
        {"Lương Văn Khải": "attend"},
        id="du-hoi-nghi-co",
    ),
    pytest.param(
        "Phát biểu tại hội nghị, đồng chí Lương Văn Khải, Bí thư Tỉnh ủy Nghệ An đề nghị các "
        "cấp ủy tập trung lãnh đạo.",
        {"Lương Văn Khải": "speak"},
        id="phat-bieu-clause-opening",
    ),
    pytest.param(
        "Sáng 6/1, Chủ tịch UBND tỉnh Nghệ An Lương Văn Khải tiếp Đoàn công tác của Bộ Tài "
        "chính do Thứ trưởng Cao Anh Tuấn dẫn đầu.",
        {"Lương Văn Khải": "host", "Cao Anh Tuấn": "visit"},
        id="tiep-delegation-led-by",
    ),
    pytest.param(
        "Sáng 6/1, Thủ tướng Chính phủ Lưu Đình Khôi thăm và làm việc tại tỉnh Nghệ An.",
        {"Lưu Đình Khôi": "visit"},
        id="tham-va-lam-viec",
    ),
    pytest.param(
        "Sáng 6/1, Phó Thủ tướng Hồ Đức Phong đến thăm và chúc Tết Đảng bộ, chính quyền tỉnh "
        "Nghệ An.",
        {"Hồ Đức Phong": "visit"},
        id="den-tham-chuc-tet",
    ),
    pytest.param(
        "Sáng 6/1, Bí thư Tỉnh ủy Nghệ An Lương Văn Khải tiếp xúc cử tri huyện Quỳnh Lưu.",
        {"Lương Văn Khải": "attend"},
        id="tiep-xuc-cu-tri-not-host",
    ),
    pytest.param(
        "Sáng 6/1, Bí thư Tỉnh ủy Nghệ An Lương Văn Khải chủ trì và phát biểu kết luận hội nghị.",
        {"Lương Văn Khải": "chair"},
        id="chair-beats-speak",
    ),
    pytest.param(
        "Sáng 6/1, Bí thư Tỉnh ủy Nghệ An Lương Văn Khải chủ trì hội nghị. Đồng chí Mai Văn "
        "Lực, Phó Chủ tịch UBND tỉnh Nghệ An trình bày báo cáo.",
        {"Lương Văn Khải": "chair", "Mai Văn Lực": "speak"},
        id="second-sentence-presents",
    ),
    pytest.param(
        "Sáng 6/1, Bí thư Tỉnh ủy Nghệ An Lương Văn Khải dự hội nghị. Bí thư Tỉnh ủy Nghệ An "
        "Lương Văn Khải phát biểu chỉ đạo.",
        {"Lương Văn Khải": "speak"},
        id="same-person-two-sentences-speak-wins",
    ),
    pytest.param(
        "Sáng 6/1, Phó Chủ tịch UBND tỉnh Nghệ An Mai Văn Lực điều hành phiên thảo luận.",
        {"Mai Văn Lực": "chair"},
        id="dieu-hanh",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROLES)
def test_roles(text: str, expected: dict[str, str]) -> None:
    assert roles(text) == expected


# (sentence, event type, event name)
EVENTS = [
    pytest.param(
        "Sáng 6/1, Bí thư Tỉnh ủy Nghệ An Lương Văn Khải dự Hội nghị tổng kết công tác năm 2024, "
        "triển khai nhiệm vụ năm 2025.",
        "hội nghị", "Hội nghị tổng kết công tác năm 2024",
        id="hoi-nghi",
    ),
    pytest.param(
        "Sáng 6/1, Chủ tịch HĐND tỉnh Nghệ An Lê Đình Phú chủ trì Kỳ họp thứ 25 HĐND tỉnh khóa "
        "XVIII.",
        "kỳ họp", "Kỳ họp thứ 25 HĐND tỉnh khóa XVIII",
        id="ky-hop",
    ),
    pytest.param(
        "Sáng 6/1, Thủ tướng Chính phủ Lưu Đình Khôi chủ trì phiên họp Chính phủ thường kỳ "
        "tháng 12.",
        "phiên họp", "phiên họp Chính phủ thường kỳ tháng 12",
        id="phien-hop",
    ),
    pytest.param(
        "Sáng 6/1, Bí thư Tỉnh ủy Nghệ An Lương Văn Khải dự Đại hội Đảng bộ huyện Quỳnh Lưu lần "
        "thứ XXVI.",
        "đại hội", "Đại hội Đảng bộ huyện Quỳnh Lưu lần thứ XXVI",
        id="dai-hoi",
    ),
    pytest.param(
        "Sáng 6/1, Phó Chủ tịch UBND tỉnh Nghệ An Mai Văn Lực dự lễ khánh thành cầu Cửa Hội.",
        "lễ", "lễ khánh thành cầu Cửa Hội",
        id="le-khanh-thanh",
    ),
    pytest.param(
        "Sáng 6/1, Bí thư Tỉnh ủy Nghệ An Lương Văn Khải tiếp xúc cử tri huyện Quỳnh Lưu.",
        "tiếp xúc cử tri", None,
        id="tiep-xuc-cu-tri",
    ),
    pytest.param(
        "Sáng 6/1, Phó Chủ tịch UBND tỉnh Nghệ An Mai Văn Lực dự Diễn đàn hợp tác đầu tư vùng "
        "Bắc Trung Bộ.",
        "diễn đàn", "Diễn đàn hợp tác đầu tư vùng Bắc Trung Bộ",
        id="dien-dan",
    ),
    pytest.param(
        "Sáng 6/1, Phó Chủ tịch UBND tỉnh Nghệ An Mai Văn Lực dự Hội thảo khoa học về chuyển đổi "
        "số.",
        "hội thảo", "Hội thảo khoa học về chuyển đổi số",
        id="hoi-thao",
    ),
    pytest.param(
        "Sáng 6/1, Chủ tịch UBND tỉnh Nghệ An Lương Văn Khải tiếp Đại sứ Nhật Bản Ito Naoki.",
        "tiếp", None,
        id="tiep",
    ),
    pytest.param(
        "Sáng 6/1, Thủ tướng Chính phủ Lưu Đình Khôi thăm và làm việc tại tỉnh Nghệ An.",
        "thăm", None,
        id="tham-va-lam-viec",
    ),
]


@pytest.mark.parametrize(("text", "event_type", "name"), EVENTS)
def test_event_type_and_name(text: str, event_type: str, name: str | None) -> None:
    table = vnpolnews.extract(text, published=PUBLISHED)
    assert len(table) >= 1
    assert set(table["event_type"]) == {event_type}
    if name is not None:  # the name as written; its first letter's case is the library's
        assert {e.casefold() for e in table["event"]} == {name.casefold()}


def test_one_event_id_for_everyone_at_it() -> None:
    text = ("Sáng 6/1, UBND tỉnh Nghệ An tổ chức hội nghị tổng kết công tác năm 2024. Dự hội nghị "
            "có các đồng chí: Lương Văn Khải, Bí thư Tỉnh ủy; Mai Văn Lực, Phó Chủ tịch UBND tỉnh.")
    table = vnpolnews.extract(text, published=PUBLISHED)
    assert table["person"].tolist() == ["Lương Văn Khải", "Mai Văn Lực"]
    assert table["event_id"].nunique() == 1
