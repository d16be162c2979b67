"""Quantities: numbers in digits and words, percentages, money and measures, as exact spans."""
from __future__ import annotations

import pytest

import marsad
import marsad.ner.components


def quantities_of(text: str) -> list[tuple[str, str, float | None, str | None]]:
    doc = marsad.analyze(text, components=["sentences", "tokens", "clitics", "quantities"])
    assert doc.validate_offsets() == []
    return [(q.text, q.type, q.value, q.unit) for q in doc.quantities]


@pytest.mark.parametrize("text, expected", [
    ("وتحديدا على بعد نحو ثمانية آلاف كيلومتر من موسكو.", ("ثمانية آلاف كيلومتر", "QUANTITY", 8000, "km")),
    ("بلغت قيمة الصفقة ٢٫٥ مليار دولار.", ("٢٫٥ مليار دولار", "MONEY", 2.5e9, "USD")),
    ("ارتفعت الأسعار بنسبة 30 في المئة خلال العام.", ("30 في المئة", "PERCENT", 30, None)),
    ("وتراجع المؤشر 4.5% أمس.", ("4.5%", "PERCENT", 4.5, None)),
    ("قتل خمسة وعشرون شخصا في الهجوم.", ("خمسة وعشرون", "NUMBER", 25, None)),
    ("وأصيب ثلاثة عشر آخرون بجروح.", ("ثلاثة عشر", "NUMBER", 13, None)),
    ("دفعت الحكومة 500 دينار تونسي لكل عائلة.", ("500 دينار تونسي", "MONEY", 500, "TND")),
    ("تنتج الشركة 3 ملايين برميل يوميا.", ("3 ملايين برميل", "QUANTITY", 3e6, "bbl")),
    ("تبلغ مساحة المحمية ثلاثمائة كيلومتر مربع.", ("ثلاثمائة كيلومتر مربع", "QUANTITY", 300, "km2")),
    ("قطعت القافلة ١٢٠٠ كلم في يومين.", ("١٢٠٠ كلم", "QUANTITY", 1200, "km")),
    ("فر مليون ونصف لاجئ من المدينة.", ("مليون ونصف", "NUMBER", 1.5e6, None)),
    ("خسر الاقتصاد نصف مليون وظيفة.", ("نصف مليون", "NUMBER", 5e5, None)),
    ("زرعت البلدية ثلاث مائة وواحد وثلاثين شجرة.", ("ثلاث مائة وواحد وثلاثين", "NUMBER", 331, None)),
    ("مقتل ستة و عشرين شخصا في الحادث.", ("ستة و عشرين", "NUMBER", 26, None)),
])
def test_quantities_values(text, expected):
    assert expected in quantities_of(text)


def test_quantities_preposition_stays_outside():
    # «بثمانية»: ب is a preposition, the number starts at ثمانية
    assert quantities_of("انتشرت القوات بثمانية آلاف جندي.")[0][:3] == ("ثمانية آلاف", "NUMBER", 8000)


@pytest.mark.parametrize("text", [
    "وصل الوفد يوم الاثنين إلى العاصمة.",  # «الاثنين» is Monday, not two
    "خرج آلاف المتظاهرين إلى الشوارع.",  # «آلاف» alone is "thousands of", not a number
    "وقعت الحادثة في 18 أيلول 2023 مساء.",  # a date: the timex component's job
    "التقى أحد المسؤولين بالوفد.",  # «أحد» is "one of", not a count
])
def test_quantities_not_numbers(text):
    assert quantities_of(text) == []
