"""Arabic calendar words: months (three Gregorian series and Hijri), weekdays, units, numbers.

Every entry is written as readers see it and folded with `normalize_word` when the module
loads, so the patterns match the normalised text («أيلول» → «ايلول», «ساعة» → «ساعه»).
"""
from __future__ import annotations

import re

from marsad.text.normalize import normalize_word


def _fold(table: dict[str, int]) -> dict[str, int]:
    return {normalize_word(k): v for k, v in table.items()}


# Three Gregorian series: Egyptian/Gulf transliterations, Levantine/Iraqi Syriac names,
# Maghrebi French-style names («جانفي» Tunisia/Algeria, «شتنبر» Morocco).
MONTHS: dict[str, int] = _fold({
    "يناير": 1, "كانون الثاني": 1, "جانفي": 1, "ينير": 1,
    "فبراير": 2, "شباط": 2, "فيفري": 2, "فبرير": 2,
    "مارس": 3, "آذار": 3,
    "أبريل": 4, "إبريل": 4, "ابريل": 4, "نيسان": 4, "أفريل": 4,
    "مايو": 5, "أيار": 5, "ماي": 5,
    "يونيو": 6, "حزيران": 6, "جوان": 6, "يونيه": 6, "يونيوز": 6,
    "يوليو": 7, "تموز": 7, "جويلية": 7, "يوليوز": 7, "يوليه": 7,
    "أغسطس": 8, "آب": 8, "أوت": 8, "غشت": 8, "اغسطس": 8,
    "سبتمبر": 9, "أيلول": 9, "شتنبر": 9,
    "أكتوبر": 10, "تشرين الأول": 10, "اكتوبر": 10,
    "نوفمبر": 11, "تشرين الثاني": 11, "نونبر": 11,
    "ديسمبر": 12, "كانون الأول": 12, "دجنبر": 12,
})

# Names that are also ordinary words («مارس» practised, «آب» father, «ماي» in Darija, «تموز»
# the god): accepted only next to a day, a year, a second month name or a calendar cue.
AMBIGUOUS_MONTHS: frozenset[str] = frozenset(normalize_word(w) for w in ("مارس", "آب", "ماي", "تموز", "أيار", "نيسان", "جوان"))

HIJRI_MONTHS: dict[str, int] = _fold({
    "محرم": 1, "صفر": 2, "ربيع الأول": 3, "ربيع الاول": 3, "ربيع الثاني": 4, "ربيع الآخر": 4,
    "جمادى الأولى": 5, "جمادى الأول": 5, "جمادى الآخرة": 6, "جمادى الثانية": 6, "جمادى الآخر": 6,
    "رجب": 7, "شعبان": 8, "رمضان": 9, "شوال": 10, "ذو القعدة": 11, "ذي القعدة": 11,
    "ذو الحجة": 12, "ذي الحجة": 12,
})

# ISO weekday numbers (Monday = 1), as TIMEX3 writes them: «الأحد» → XXXX-WXX-7.
WEEKDAYS: dict[str, int] = _fold({
    "الإثنين": 1, "الاثنين": 1, "الثلاثاء": 2, "الأربعاء": 3, "الخميس": 4,
    "الجمعة": 5, "السبت": 6, "الأحد": 7,
})
# Bare weekday names after «كل يوم»: «كل يوم جمعة».
WEEKDAYS_BARE: dict[str, int] = _fold({
    "اثنين": 1, "ثلاثاء": 2, "أربعاء": 3, "خميس": 4, "جمعة": 5, "سبت": 6, "أحد": 7,
})

# Units of time in every number form (singular, accusative, dual, plural), folded to TIMEX
# unit letters; «ساعة» is a time unit (PT…H).
UNITS: dict[str, tuple[str, int]] = {normalize_word(k): v for k, v in {
    "ثانية": ("S", 1), "ثوان": ("S", 0), "ثواني": ("S", 0), "ثانيتين": ("S", 2), "ثانيتان": ("S", 2),
    "دقيقة": ("MI", 1), "دقائق": ("MI", 0), "دقيقتين": ("MI", 2), "دقيقتان": ("MI", 2),
    "ساعة": ("H", 1), "ساعات": ("H", 0), "ساعتين": ("H", 2), "ساعتان": ("H", 2),
    "يوم": ("D", 1), "يوما": ("D", 1), "أيام": ("D", 0), "يومين": ("D", 2), "يومان": ("D", 2),
    "ليلة": ("D", 1), "ليال": ("D", 0), "ليلتين": ("D", 2),
    "أسبوع": ("W", 1), "أسبوعا": ("W", 1), "أسابيع": ("W", 0), "أسبوعين": ("W", 2), "أسبوعان": ("W", 2),
    "شهر": ("M", 1), "شهرا": ("M", 1), "أشهر": ("M", 0), "شهور": ("M", 0), "شهرين": ("M", 2),
    "شهران": ("M", 2),
    "عام": ("Y", 1), "عاما": ("Y", 1), "أعوام": ("Y", 0), "عامين": ("Y", 2), "عامان": ("Y", 2),
    "سنة": ("Y", 1), "سنوات": ("Y", 0), "سنين": ("Y", 0), "سنتين": ("Y", 2), "سنتان": ("Y", 2),
    "عقد": ("DE", 1), "عقود": ("DE", 0), "عقدين": ("DE", 2), "قرن": ("CE", 1), "قرون": ("CE", 0),
    "قرنين": ("CE", 2),
}.items()}

# Definite plural units used with a following number word: «الأيام الستة», «السنوات الثلاث».
DEF_UNITS: dict[str, str] = {normalize_word(k): v for k, v in {
    "الأيام": "D", "الأسابيع": "W", "الأشهر": "M", "الشهور": "M", "السنوات": "Y", "الأعوام": "Y",
    "الساعات": "H", "الدقائق": "MI", "العقود": "DE",
}.items()}

# Cardinal number words 1–10 in both genders, and the tens.
_UNITS_WORDS = {
    "واحد": 1, "واحدة": 1, "احد": 1, "إحدى": 1, "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2,
    "ثلاث": 3, "ثلاثة": 3, "أربع": 4, "أربعة": 4, "خمس": 5, "خمسة": 5, "ست": 6, "ستة": 6,
    "سبع": 7, "سبعة": 7, "ثمان": 8, "ثماني": 8, "ثمانية": 8, "تسع": 9, "تسعة": 9, "عشر": 10, "عشرة": 10,
}
_TENS_WORDS = {
    "عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "أربعون": 40, "أربعين": 40,
    "خمسون": 50, "خمسين": 50, "ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70,
    "ثمانون": 80, "ثمانين": 80, "تسعون": 90, "تسعين": 90,
}
_BIG_WORDS = {
    "مئة": 100, "مائة": 100, "مئتين": 200, "مائتين": 200, "مئتان": 200, "مائتان": 200,
    "ثلاثمئة": 300, "ثلاثمائة": 300, "أربعمئة": 400, "أربعمائة": 400, "خمسمئة": 500, "خمسمائة": 500,
    "ستمئة": 600, "ستمائة": 600, "سبعمئة": 700, "سبعمائة": 700, "ثمانمئة": 800, "ثمانمائة": 800,
    "تسعمئة": 900, "تسعمائة": 900, "ألف": 1000, "ألفين": 2000, "ألفان": 2000,
}
CARDINALS: dict[str, int] = _fold({**_UNITS_WORDS, **_TENS_WORDS, **_BIG_WORDS})
# Definite forms after a plural unit: «الأيام الستة», «السنوات الثلاث».
DEF_CARDINALS: dict[str, int] = {"ال" + k: v for k, v in CARDINALS.items() if v <= 90}

# Ordinals for days of the month: «الرابع عشر», «الحادي والعشرين», «الأول».
_ORDINAL_UNITS = {
    "الأول": 1, "الأولى": 1, "الحادي": 1, "الحادية": 1, "الثاني": 2, "الثانية": 2, "الثالث": 3,
    "الثالثة": 3, "الرابع": 4, "الرابعة": 4, "الخامس": 5, "الخامسة": 5, "السادس": 6, "السادسة": 6,
    "السابع": 7, "السابعة": 7, "الثامن": 8, "الثامنة": 8, "التاسع": 9, "التاسعة": 9, "العاشر": 10,
    "العاشرة": 10,
}
ORDINALS: dict[str, int] = _fold(_ORDINAL_UNITS)
ORDINAL_TENS: dict[str, int] = _fold({
    "العشرين": 20, "العشرون": 20, "الثلاثين": 30, "الثلاثون": 30,
})

# Clock hours written as ordinals: «الساعة العاشرة», «الثالثة عصرا».
HOUR_WORDS: dict[str, int] = _fold({
    "الواحدة": 1, "الثانية": 2, "الثالثة": 3, "الرابعة": 4, "الخامسة": 5, "السادسة": 6,
    "السابعة": 7, "الثامنة": 8, "التاسعة": 9, "العاشرة": 10, "الحادية عشرة": 11, "الحادية عشر": 11,
    "الثانية عشرة": 12, "الثانية عشر": 12,
})

# Parts of the day, with the TIMEX3 part-of-day code and whether clock hours shift by 12.
PARTS_OF_DAY: dict[str, tuple[str, bool]] = {normalize_word(k): v for k, v in {
    "صباح": ("MO", False), "صباحا": ("MO", False), "فجر": ("MO", False), "فجرا": ("MO", False),
    "ظهر": ("MI", False), "ظهرا": ("MI", False), "الظهر": ("MI", False),
    "عصر": ("AF", True), "عصرا": ("AF", True), "بعد الظهر": ("AF", True),
    "مساء": ("EV", True), "مساءا": ("EV", True), "ليل": ("NI", True), "ليلا": ("NI", True),
    "ليلة": ("NI", True), "منتصف الليل": ("NI", True), "الصباح": ("MO", False),
    "المساء": ("EV", True), "الليل": ("NI", True),
}.items()}

# Position words that narrow a period: «أواخر تشرين الثاني» (TIMEX3 mod END).
PERIOD_MODS: dict[str, str] = {normalize_word(k): v for k, v in {
    "بداية": "START", "مطلع": "START", "أوائل": "START", "أول": "START", "بدايات": "START",
    "منتصف": "MID", "أواسط": "MID", "وسط": "MID",
    "نهاية": "END", "أواخر": "END", "آخر": "END", "أخر": "END", "ختام": "END", "نهايات": "END",
}.items()}

FUTURE_WORDS: frozenset[str] = frozenset(normalize_word(w) for w in (
    "المقبل", "المقبلة", "القادم", "القادمة", "التالي", "التالية"))
PAST_WORDS: frozenset[str] = frozenset(normalize_word(w) for w in (
    "الماضي", "الماضية", "المنصرم", "المنصرمة", "الفائت", "الفائتة", "السابق", "السابقة"))
CURRENT_WORDS: frozenset[str] = frozenset(normalize_word(w) for w in (
    "الحالي", "الحالية", "الجاري", "الجارية", "هذا", "هذه"))


def alternation(words: object) -> str:
    """A regex alternation of `words`, longest first so «كانون الثاني» wins over a prefix."""
    items = sorted({str(w) for w in words}, key=len, reverse=True)  # type: ignore[attr-defined]
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items)


def parse_cardinal(text: str) -> int | None:
    """«ثلاثة» → 3, «خمسة وعشرين» → 25, «ألفين وثمانية عشر» → 2018, «48» → 48; None if unknown."""
    text = text.strip()
    if text.isdigit():
        return int(text)
    total = 0
    pending = 0
    for raw in re.split(r"\s+", text):
        word = raw
        if word.startswith("و") and word not in CARDINALS and word[1:] in CARDINALS:
            word = word[1:]  # «وعشرين»: the conjunction joins the parts of a number
        if word.startswith("ال") and word[2:] in CARDINALS:
            word = word[2:]
        value = CARDINALS.get(word)
        if value is None:
            return None
        if word in ("عشر", "عشره") and 0 < pending < 10:
            pending += 10  # «أحد عشر», «ثمانية عشر»
        elif value == 1000 and pending:
            total += pending * 1000
            pending = 0
        elif value >= 1000:
            total += value
        else:
            pending += value
    return total + pending if total + pending else None


def parse_ordinal(text: str) -> int | None:
    """«الرابع عشر» → 14, «الحادي والعشرين» → 21, «العاشر» → 10; None if unknown."""
    words = re.split(r"\s+", text.strip())
    if not words or words[0] not in ORDINALS and words[0] not in ORDINAL_TENS:
        return None
    if len(words) == 1:
        return ORDINALS.get(words[0]) or ORDINAL_TENS.get(words[0])
    first = ORDINALS.get(words[0], 0)
    rest = words[1]
    if rest in ("عشر", "عشره"):
        return first + 10
    if rest.startswith("و") and rest[1:] in ORDINAL_TENS:
        return first + ORDINAL_TENS[rest[1:]]
    return None
