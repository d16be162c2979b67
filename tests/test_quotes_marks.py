"""Quotation-mark pairing on the messy marks real Arabic copy has."""
from __future__ import annotations

import pytest

from marsad.quotes import find_quoted_spans


def inside(text: str) -> list[str]:
    return [text[s.start:s.end] for s in find_quoted_spans(text)]


@pytest.mark.parametrize("text, expected", [
    ("وأضاف: «إننا لن نسمح لأي مجموعة إرهابية»", ["إننا لن نسمح لأي مجموعة إرهابية"]),
    ("وقال “لن يربح أحد أي شيء”.", ["لن يربح أحد أي شيء"]),
    # straight quotes nested in straight quotes
    ('وقال قالن "نرفض أي جهود تدعو إلى "الحوار"، أو "الوساطة" بين تركيا وتلك المنظمتين".',
     ['نرفض أي جهود تدعو إلى "الحوار"، أو "الوساطة" بين تركيا وتلك المنظمتين', "الحوار", "الوساطة"]),
    # a closing mark glued to the next word
    ('بممارسة أنشطة "إرهابية"والتجسس', ["إرهابية"]),
    # parentheses inside guillemets are not quotes
    ("«نحن مستمرون في تصدينا لـ(القاعدة) والتنظيمات الحليفة لها»", ["نحن مستمرون في تصدينا لـ(القاعدة) والتنظيمات الحليفة لها"]),
    # a mark left on the wrong side of the space still pairs
    ('تفعيل "شبكة أمان مالية بمبلغ 100 مليون دولار شهريا "دعما لدولة فلسطين', ["شبكة أمان مالية بمبلغ 100 مليون دولار شهريا "]),
])
def test_quotes_marks_pairs(text, expected):
    assert inside(text) == expected


def test_quotes_marks_do_not_cross_paragraphs():
    text = 'وقال "الأولوية حاليا\nهي تجنب خطر الحرب".'
    assert inside(text) == []


def test_quotes_marks_span_sentences():
    text = 'وقال "نجري اجتماعا اليوم. علينا اتخاذ قرارات أخرى".'
    assert inside(text) == ["نجري اجتماعا اليوم. علينا اتخاذ قرارات أخرى"]
