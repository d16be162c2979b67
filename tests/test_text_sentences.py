from __future__ import annotations

import pytest

from marsad.text import split_sentences


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


def test_sentences_end_at_arabic_and_latin_terminals():
    text = "وصل كيم إلى روسيا. هل التقى بوتين؟ نعم! وعاد أمس"
    assert sentences(text) == ["وصل كيم إلى روسيا.", "هل التقى بوتين؟", "نعم!", "وعاد أمس"]


def test_comma_and_semicolon_do_not_end_a_sentence():
    text = "وصل الوزير، والتقى نظيره؛ ثم عاد."
    assert sentences(text) == [text]


@pytest.mark.parametrize("text", [
    "ارتفع المؤشر بنسبة 3.5 في المئة.", "بلغ عدد الزوار 2,000 زائر.", "قال د. محمد إن الوضع مستقر.",
    "وأفادت أ.ف.ب بأن الوفد وصل.", "زيارة الأيام الستة.. كيم يترك لبوتين رسالة",
])
def test_numbers_abbreviations_and_headline_dots_do_not_split(text):
    assert sentences(text) == [text]


def test_quotation_spanning_sentences_stays_with_its_speaker():
    text = 'قال الوزير: "نحن مستعدون. ولن نتراجع". وغادر القاعة.'
    assert sentences(text) == ['قال الوزير: "نحن مستعدون. ولن نتراجع".', "وغادر القاعة."]


def test_closing_quote_stays_with_the_sentence_it_closes():
    text = "وقال: «انتهى الأمر.» ثم صمت."
    assert sentences(text) == ["وقال: «انتهى الأمر.»", "ثم صمت."]


def test_newlines_are_paragraph_boundaries():
    assert sentences("السطر الأول\n\nالسطر الثاني") == ["السطر الأول", "السطر الثاني"]


def test_a_stray_mark_after_an_end_stays_with_the_sentence_before_it():
    # BBC Arabic, 2018-04-29: «في أول زيارة له للسعودية. .» — no sentence of its own, so the next «وقال» is
    # still told right after the sentence naming its speaker
    text = "وأدان الوزير الجهود في أول زيارة له للسعودية. .\nوقال إن الوضع خطير. ! ثم غادر."
    assert sentences(text) == ["وأدان الوزير الجهود في أول زيارة له للسعودية. .", "وقال إن الوضع خطير. !", "ثم غادر."]
    assert sentences(". .") == [". ."]  # a line of marks alone has nothing to join
