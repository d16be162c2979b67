from __future__ import annotations

import pytest

from marsad.text import normalize_text, normalize_word


@pytest.mark.parametrize("original, expected", [
    ("أعلن", "اعلن"), ("إسرائيل", "اسرائيل"), ("آلاف", "الاف"), ("مصطفى", "مصطفي"), ("زيارة", "زياره"),
    ("بُوتِين", "بوتين"), ("بـ", "ب"), ("جدااااا", "جدا"), ("٢٠٢٣", "2023"), ("۱۴۴۵", "1445"),
    ("الله", "الله"),  # a doubled letter is spelling, not elongation
    ("كيم\u200f جونغ", "كيم جونغ"), ("«نعم»؟", '"نعم"?'), ("\ufefb", "لا"),
])
def test_normalize_word_folds_what_writers_vary(original, expected):
    assert normalize_word(original) == expected


def test_normalize_text_maps_spans_back_to_the_original():
    text = "قال الرئيسُ بوتيـــن: «نعم»"
    norm, omap = normalize_text(text)
    assert norm == 'قال الرئيس بوتين: "نعم"'
    start = norm.index("بوتين")
    s, e = omap.span_to_original(start, start + len("بوتين"))
    assert text[s:e] == "بوتيـــن"
    s, e = omap.span_to_original(norm.index("الرئيس"), norm.index("الرئيس") + 6)
    assert text[s:e] == "الرئيسُ"[:-1] or text[s:e] == "الرئيس"


def test_normalize_text_leaves_the_original_unchanged():
    text = "وأكّد الوزيرُ"
    normalize_text(text)
    assert text == "وأكّد الوزيرُ"
