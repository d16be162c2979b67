"""Place names that name two things: the article's other places decide."""
from __future__ import annotations

import marsad


def test_amman_next_to_jordan_is_the_city_not_oman():
    doc = marsad.analyze("التقى الوزيران في عمّان أمس، وأكد الأردن دعمه للمبادرة.", published="2024-03-12")
    names = {e.text: e.name_en for e in doc.entities}
    assert names.get("عمّان") == "Amman"


def test_oman_alone_is_the_country():
    doc = marsad.analyze("وصل الوزير إلى عمان في زيارة رسمية تستغرق يومين.", published="2024-03-12")
    names = {e.text: e.name_en for e in doc.entities}
    assert names.get("عمان") == "Oman"


def test_a_verb_spelled_like_a_small_city_is_no_place():
    doc = marsad.analyze("وقتل في مطار كوالالمبور حينما رشت امرأتان وجهه بغاز للأعصاب.", published="2018-03-07")
    assert "Rasht" not in {e.name_en for e in doc.entities}
