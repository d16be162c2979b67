"""timex never fails and never breaks offsets, whatever the text (diacritics, tatweel, digits)."""
from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.timex import find_times

FRAGMENTS = ["أمس", "الأحد", "يوم", "الثلاثاء الماضي", "١٨", "سبتمبر", "2023", "/", "-", "هـ", "ـ", "ً", "\u200f",
             "قبل", "منذ", "ثلاثة", "أيام", "عاما", "الساعة", "10:30", "صباحا", "كل", "و", "ف", "ب", "،", ".",
             " ", "\n", '"', "«", "»", "ربيع الأول", "1445", "بين عامي", "2011", "الأسبوع", "المقبل", "ونصف",
             "14 ألف", "99999", "قبل 9000 عام", "الـ", "شهريا", "كانون الثاني", "آذار/مارس"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=25),
       st.one_of(st.none(), st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))))
def test_timex_spans_always_slice_the_text(parts, anchor):
    text = "".join(parts)
    for t in find_times(text, anchor):
        assert 0 <= t.start < t.end <= len(text)
        assert text[t.start:t.end] == t.text
        assert t.type in ("DATE", "TIME", "DURATION", "SET")


def test_timex_scores_and_decimals_are_not_dates():
    day = dt.date(2018, 6, 2)
    assert find_times("فاز الفريق 3-1 على ضيفه", day) == []
    assert find_times("ارتفع المؤشر بنسبة 4.22 في المئة", day) == []


def test_timex_diacritics_and_tatweel_keep_exact_spans():
    text = "وصل الوفدُ أمسِ الأحدَ إلى الريـــاض"
    (t,) = find_times(text, dt.date(2023, 9, 18))
    assert t.text == "أمسِ الأحدَ" and t.value == "2023-09-17"
