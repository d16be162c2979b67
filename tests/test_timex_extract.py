"""Arabic time expressions: detection, exact spans and values resolved against publication."""
from __future__ import annotations

import datetime as dt

import pytest

from marsad.timex import find_times

SEED_DAY = dt.date(2023, 9, 18)  # a Monday


def values(text: str, anchor: dt.date | None = SEED_DAY, **kw: object) -> dict[str, str | None]:
    found = find_times(text, anchor, **kw)  # type: ignore[arg-type]
    for t in found:
        assert text[t.start:t.end] == t.text
    return {t.text: t.value for t in found}


def test_timex_seed_weekdays_and_duration(seed_text):
    from marsad.doc import Document
    from marsad.timex.component import TimexTagger

    title, _, body = seed_text.partition("\n")
    seed_doc = TimexTagger()(Document.from_parts(title.strip(), body.strip(), published="2023-09-18"))
    got = {(t.text, t.value) for t in seed_doc.times}
    assert ("اليوم الإثنين", "2023-09-18") in got
    assert ("أمس الأحد", "2023-09-17") in got
    assert ("يوم الثلاثاء الماضي", "2023-09-12") in got
    assert ("يوم الأربعاء الماضي", "2023-09-13") in got
    assert ("الأيام الستة", "P6D") in got
    assert all(t.anchor == "2023-09-18" for t in seed_doc.times)
    assert not seed_doc.validate_offsets()


@pytest.mark.parametrize("sentence, text, value", [
    ("وقال أمس الأحد إن", "أمس الأحد", "2023-09-17"),
    ("وصل الوفد وأمس غادر", "أمس", "2023-09-17"),  # «و» stays outside the span
    ("غادر أمس الأول إلى موسكو", "أمس الأول", "2023-09-16"),
    ("يصل غدا إلى بكين", "غدا", "2023-09-19"),
    ("يعود بعد غد إلى بلاده", "بعد غد", "2023-09-20"),
    ("يدخل الأساتذة في إضراب يوم غد الثلاثاء", "يوم غد الثلاثاء", "2023-09-19"),  # «غد» bare, named
    ("تعقد الجلسة مساء غد في القصر", "مساء غد", "2023-09-19"),
    ("أعلن صباح اليوم عن الاتفاق", "صباح اليوم", "2023-09-18"),
    ("تعقد الجلسة الليلة في القصر", "الليلة", "2023-09-18"),
    ("قتل ثلاثة أشخاص يوم أمس", "يوم أمس", "2023-09-17"),
])
def test_timex_relative_days(sentence, text, value):
    assert values(sentence)[text] == value


def test_timex_a_bare_tomorrow_without_a_day_is_no_date():
    assert values("نعمل من أجل غد أفضل لأبنائنا") == {}  # «a better tomorrow»


@pytest.mark.parametrize("sentence, text, value", [
    ("وقال للصحفيين الأحد إن الوفد", "الأحد", "2023-09-17"),  # past by default
    ("وصل كيم يوم الثلاثاء الماضي إلى روسيا", "يوم الثلاثاء الماضي", "2023-09-12"),
    ("يلتقي الرئيسان الأربعاء المقبل في جدة", "الأربعاء المقبل", "2023-09-20"),
    ("وقد سيزور ولي العهد الكويت الأحد", "الأحد", "2023-09-24"),  # future verb
    ("تحدث الوزيران مساء الخميس عبر الهاتف", "مساء الخميس", "2023-09-14"),
    ("أعلنت الوزارة الاثنين فرض عقوبات", "الاثنين", "2023-09-18"),  # publication day itself
    ("الاجتماع الذي يعقد السبت في الرياض", "السبت", "2023-09-23"),  # relative clause, imperfect
    # «حيث» opens a clause of what is planned there, as a relative does; with a perfect verb it is the past
    ("ثم يتوجه إلى باريس حيث يلتقي الرئيس إيمانويل ماكرون الثلاثاء", "الثلاثاء", "2023-09-19"),
    ("وعاد إلى باريس حيث التقى الرئيس ماكرون الثلاثاء", "الثلاثاء", "2023-09-12"),
    # a plural after a pair of days places both
    ("يستأنف التحقيق يومي الأحد والاثنين المقبلين", "الأحد", "2023-09-24"),
    ("يستأنف التحقيق يومي الأحد والاثنين المقبلين", "الاثنين", "2023-09-25"),
    ("أجريت الانتخابات يومي الجمعة والسبت الماضيين", "الجمعة", "2023-09-15"),
])
def test_timex_weekdays(sentence, text, value):
    assert values(sentence)[text] == value


def test_timex_named_weekday_wins_over_a_late_timestamp():
    # written on Monday, stamped just after midnight on Tuesday: «أمس الأحد» is still Sunday
    got = {t.text: t for t in find_times("غادر كيم أمس الأحد روسيا", dt.date(2023, 9, 19))}
    assert got["أمس الأحد"].value == "2023-09-17"


def test_timex_named_today_fixes_the_anchor_for_the_whole_article():
    text = "أرسل كيم رسالة اليوم الإثنين، بعد أن غادر روسيا أمس. ووصل الثلاثاء الماضي."
    got = {t.text: t for t in find_times(text, dt.date(2023, 9, 19))}  # stamped Tuesday
    assert got["اليوم الإثنين"].value == "2023-09-18"
    assert got["أمس"].value == "2023-09-17" and got["أمس"].anchor == "2023-09-18"
    assert got["الثلاثاء الماضي"].value == "2023-09-12"


def test_timex_a_weekday_in_brackets_after_today_names_the_day_written():
    text = "وقال المتحدث اليوم (الاربعاء)، إن المراكب حذرت. وكان المتمردون قد أعلنوا أمس أن الحكومة تفرض حصارا."
    got = {t.text: t for t in find_times(text, dt.date(2015, 8, 6))}  # stamped Thursday, a wire of Wednesday
    assert got["اليوم (الاربعاء)"].value == "2015-08-05" and got["أمس"].value == "2015-08-04"
    got = {t.text: t for t in find_times("حذر المسؤول، اليوم (الخميس)، من النتائج", dt.date(2015, 7, 23))}
    assert got["اليوم (الخميس)"].value == "2015-07-23"


def test_timex_weekday_without_anchor_stays_underspecified():
    assert values("وقال للصحفيين الأحد إن", None)["الأحد"] == "XXXX-WXX-7"
    assert values("وصل أمس إلى الرياض", None)["أمس"] is None


@pytest.mark.parametrize("sentence, text, value", [
    ("وقع الهجوم في 18 سبتمبر 2023 قرب الحدود", "18 سبتمبر 2023", "2023-09-18"),
    ("في 30 أيلول/سبتمبر 2015 تدخلت روسيا", "30 أيلول/سبتمبر 2015", "2015-09-30"),
    ("بدأت العملية في 20 يناير / كانون الثاني الماضي", "20 يناير / كانون الثاني الماضي", "2023-01-20"),
    ("قطعت علاقاتها في٥ حزيران/يونيو٢٠١٧ مع قطر", "٥ حزيران/يونيو٢٠١٧", "2017-06-05"),  # Arabic-Indic digits
    ("الاثنين 18 سبتمبر", "الاثنين 18 سبتمبر", "2023-09-18"),
    ("وصل يوم 14 جانفي الحالي", "14 جانفي الحالي", "2023-01-14"),  # Maghrebi month name
    ("تنظم الانتخابات في 9 شتنبر", "9 شتنبر", "2023-09-09"),
    ("تم الاتفاق في الرابع عشر من الشهر الماضي", "الرابع عشر من الشهر الماضي", "2023-08-14"),
    ("صدر القرار بتاريخ 21-04-2016 في بغداد", "21-04-2016", "2016-04-21"),
    ("في العاشر من سبتمبر ، ألفين", "العاشر من سبتمبر ، ألفين", "2000-09-10"),
])
def test_timex_absolute_dates(sentence, text, value):
    assert values(sentence)[text] == value


@pytest.mark.parametrize("sentence, text, value", [
    ("تستضيف القمة في أيار/مايو المقبل", "أيار/مايو المقبل", "2024-05"),
    ("تخطط لعقد قمة في أكتوبر/ تشرين الأول", "أكتوبر/ تشرين الأول", "2023-10"),  # nearest occurrence
    ("تدخلت منذ آذار/مارس2015 في اليمن", "آذار/مارس2015", "2015-03"),
    ("استقلت عام 1991 عن يوغوسلافيا", "عام 1991", "1991"),
    ("علقت عضويتها منذ 2011 في الجامعة", "2011", "2011"),
    ("خلال الفترة بين عامي 2011 و2014 تراجعت", "عامي 2011", "2011"),
    ("خلال الفترة بين عامي 2011 و2014 تراجعت", "2014", "2014"),
])
def test_timex_months_and_years(sentence, text, value):
    assert values(sentence)[text] == value


def test_timex_month_without_year_takes_the_nearest_occurrence():
    # published 2018-05-17: last November (6 months back) rather than next (6 ahead), with its END mod
    got = {t.text: t for t in find_times("التقيا أواخر تشرين الثاني/نوفمبر في سوتشي", dt.date(2018, 5, 17))}
    assert got["أواخر تشرين الثاني/نوفمبر"].value == "2017-11"
    assert got["أواخر تشرين الثاني/نوفمبر"].mod == "END"


def test_timex_ambiguous_month_name_needs_a_cue():
    assert values("مارس الضغط على الحكومة") == {}
    assert values("بدأت المفاوضات في مارس") == {"مارس": "2023-03"}


@pytest.mark.parametrize("sentence, text, value", [
    ("التقى الوفدان هذا الأسبوع في جنيف", "هذا الأسبوع", "2023-W38"),
    ("اعتقل الأسبوع الماضي في أنقرة", "الأسبوع الماضي", "2023-W37"),
    ("تراجعت الصادرات الشهر الماضي", "الشهر الماضي", "2023-08"),
    ("تجرى الانتخابات العام المقبل", "العام المقبل", "2024"),
    ("سيطرت في منتصف الشهر الحالي على المدينة", "منتصف الشهر الحالي", "2023-09"),
    ("قتل رجل موال للتنظيم منذ أسبوع", "منذ أسبوع", "2023-09-11"),
    ("وقع الحادث قبل ثلاثة أيام", "قبل ثلاثة أيام", "2023-09-15"),
    ("يصل الوفد بعد يومين", "بعد يومين", "2023-09-20"),
    ("غادر البلاد منذ عامين", "منذ عامين", "2021"),
])
def test_timex_relative_periods(sentence, text, value):
    assert values(sentence)[text] == value


@pytest.mark.parametrize("sentence, text, value", [
    ("الحرب المستمرة هناك منذ 17 عاما", "17 عاما", "P17Y"),         # since a counted span: how long it lasted
    ("قصف الطيران على القرى منذ 52 يوماً وسط صمت دولي", "52 يوماً", "P52D"),
    ("محتجزين منذ ثلاثة أيام بمنطقة جنزور", "ثلاثة أيام", "P3D"),
    ("أنشئ منذ نحو عام أول مختبر", "منذ نحو عام", "2022"),            # about a year back: a point
    ("وقع الاتفاق قبل نحو 17 عاما", "قبل نحو 17 عاما", "2006"),
    ("أول اجتماع منذ أكثر من عقد كامل", "أكثر من عقد كامل", "P10Y"),  # more than: how long; a decade is 10 years
    ("ارتفعت الأسعار في اليومين الماضيين", "اليومين الماضيين", "P2D"),
    ("يصل الوفد خلال الأسبوعين المقبلين", "الأسبوعين المقبلين", "P2W"),
    ("أمهلت النقابات الحكومة أسبوعاً قبل التصعيد", "أسبوعاً", "P1W"),  # an accusative week is an amount
    ("شنت القوات هجوما في الساعات ال24 الماضية", "الساعات ال24", "PT24H"),  # a number written with the article
])
def test_timex_since_a_counted_span_is_a_duration(sentence, text, value):
    assert values(sentence)[text] == value


def test_timex_general_is_not_a_year():
    assert values("قال الأمين العام للأمم المتحدة إن الرأي العام غاضب") == {}


def test_timex_a_definite_number_before_people_is_no_duration():
    assert values("قال الثلاث وزراء إن الخمسة رجال اعتقلوا") == {}


@pytest.mark.parametrize("sentence, text, value", [
    ("زيارة الأيام الستة إلى روسيا", "الأيام الستة", "P6D"),
    ("سجن ثلاث سنوات بتهمة التجسس", "ثلاث سنوات", "P3Y"),
    ("أمهلته 48 ساعة للرد", "48 ساعة", "PT48H"),
    ("بعد اعتقاله لعام ونصف عام في تركيا", "عام ونصف عام", "P1Y6M"),
    ("يعود الخلاف إلى 27 عاما حول التسمية", "27 عاما", "P27Y"),
    ("وتأتي عودته بعد أسبوعين على تحرير المدينة", "أسبوعين", "P2W"),  # counted from an event
    ("بعد ما يقارب عامًا من بدء الحرب", "ما يقارب عامًا", "P1Y"),
    ("بعد يوم واحد من إعلانه الموافقة", "يوم واحد", "P1D"),
    ("انقلاب عليه بعد عامين فقط من استقلال جنوب السودان", "عامين", "P2Y"),  # «فقط» before the event
    ("اليوم الأكثر دموية خلال الثلاث سنوات الأخيرة", "الثلاث سنوات", "P3Y"),  # the number first
    ("وخلال العشرة أيام المقبلة", "العشرة أيام", "P10D"),
])
def test_timex_durations(sentence, text, value):
    got = find_times(sentence, SEED_DAY)
    match = [t for t in got if t.text == text]
    assert match and match[0].value == value and match[0].type == "DURATION"


def test_timex_ages_are_not_durations():
    assert values("العميل سيرغي سكربيل، 66 عاما، وابنته يوليا، 33 عاما، مغشيا عليهما") == {}
    assert values("طفلته البالغة من العمر 6 سنوات") == {}


@pytest.mark.parametrize("sentence, text, value, kind", [
    ("تبدأ الجلسة الساعة العاشرة صباحا", "الساعة العاشرة صباحا", "2023-09-18T10:00", "TIME"),
    ("وقع الانفجار عند 14:30 بتوقيت غرينتش", "14:30 بتوقيت غرينتش", "2023-09-18T14:30", "TIME"),
    ("يبدأ التصويت (13,00 ت غ) في المقر", "13,00 ت غ", "2023-09-18T13:00", "TIME"),  # France24's GMT clock
    ("في الثالثة بالتوقيت المحلي (13.00 ت.غ)", "13.00 ت.غ", "2023-09-18T13:00", "TIME"),
    ("بدأ تطبيق العقوبات الساعة الواحدة ودقيقة", "الساعة الواحدة ودقيقة", "2023-09-18T01:01", "TIME"),
    ("تصلي الجماعة كل يوم جمعة في المسجد", "كل يوم جمعة", "XXXX-WXX-5", "SET"),
    ("يصدر التقرير سنويا عن الوزارة", "سنويا", "P1Y", "SET"),
])
def test_timex_times_sets_holidays(sentence, text, value, kind):
    got = {t.text: t for t in find_times(sentence, SEED_DAY)}
    assert got[text].value == value and got[text].type == kind


def test_timex_new_year_is_the_nearest_one():
    text = "وجه رسالته بمناسبة رأس السنة الميلادية"
    assert values(text, dt.date(2018, 3, 11))["رأس السنة الميلادية"] == "2018-01-01"


def test_timex_a_plan_a_dozen_words_before_a_date_points_ahead():
    text = "ومن المحتمل أن تفرض عقوبات أكثر إضرارا بالاقتصاد الإيراني في الخامس من نوفمبر/تشرين الثاني"
    assert values(text, dt.date(2018, 8, 7))["الخامس من نوفمبر/تشرين الثاني"] == "2018-11-05"  # not last November


def test_timex_a_deadline_until_a_day_points_ahead():
    # «أمهل … حتى 12 أيار/مايو», written on 4 March: the deadline is the coming May, not last year's
    text = "حيث أمهل الرئيس الأمريكي الأوروبيين حتى 12 أيار/مايو لمعالجة الثغرات"
    assert values(text, dt.date(2018, 3, 4))["12 أيار/مايو"] == "2018-05-12"
    # a span that lasted until a day is still read back
    assert values("واستمرت المعارك حتى 12 أيار/مايو", dt.date(2018, 3, 4))["12 أيار/مايو"] == "2017-05-12"


def test_timex_a_year_after_the_second_of_two_months_belongs_to_both():
    got = values("المنطقة التي سقطت في مارس (آذار) وأبريل (نيسان) 2012 تحت سيطرة المتشددين", dt.date(2015, 8, 8))
    assert got["مارس (آذار)"] == "2012-03" and got["أبريل (نيسان) 2012"] == "2012-04"



def test_timex_two_days_of_one_month_are_each_dated():
    got = values("في زيارته الى العراق يومي 8 و9 مارس 2017، بلقاء مع الرئيس", dt.date(2017, 3, 8))
    assert got == {"8": "2017-03-08", "9 مارس 2017": "2017-03-09"}  # the visit begins on the 8th
    got = values("زيارة دولة تتواصل على مدى يومين (8 و9 فيفري)", dt.date(2017, 2, 8))
    assert got["8"] == "2017-02-08" and got["9 فيفري"] == "2017-02-09"
    assert "5" not in values("أصيب 5 و3 مارس", dt.date(2017, 3, 8))  # not a pair in order: no first day


def test_timex_two_months_joined_by_or_are_two_dates_and_share_the_plural_after_them():
    text = "وأعلن أنه سيزور السعودية خلال شهر سبتمبر (أيلول) أو أكتوبر (تشرين الأول) المقبلين"
    got = values(text, dt.date(2015, 8, 10))
    assert got["شهر سبتمبر (أيلول)"] == "2015-09" and got["أكتوبر (تشرين الأول) المقبلين"] == "2015-10"
    got = values("ستجرى الانتخابات في مايو أو يونيو 2016", dt.date(2015, 8, 10))
    assert got == {"مايو": "2016-05", "يونيو 2016": "2016-06"}  # not one month written in two calendars
    assert values("في مايو ويونيو الماضيين", dt.date(2015, 8, 10)) == {"مايو": "2015-05", "يونيو الماضيين": "2015-06"}

def test_timex_the_september_11_attacks_keep_their_year():
    got = values("وقامت الولايات المتحدة بغزو أفغانستان في أعقاب هجمات 11 سبتمبر/ أيلول", dt.date(2018, 7, 30))
    assert got["11 سبتمبر/ أيلول"] == "2001-09-11"


def test_timex_a_decimal_without_a_time_zone_is_no_clock():
    assert values("ارتفع المؤشر بنسبة 13,50 في المئة") == {}


def test_timex_events_named_by_their_year():
    assert values("نزح أكثر من 760 ألف فلسطيني في حرب 1948.")["1948"] == "1948"
    assert values("منذ ثورة 2011 في مصر")["2011"] == "2011"
    assert values("وأرسلت الحرب 2000 جندي إلى الجبهة") == {}  # a count after the noun is still a count


def test_timex_counts_are_not_years():
    assert values("نشر الجيش في 2000 جندي") == {}


def test_timex_hijri_dates_are_converted():
    got = values("صدر المرسوم في 1 ربيع الأول 1445 هـ")
    assert got["1 ربيع الأول 1445 هـ"] == "2023-09-16"
    assert values("زار رجب الرياض") == {}  # «رجب» alone is a name


def test_timex_day_range():
    got = {t.text: t for t in find_times("يعقد المعرض من 12 إلى 17 سبتمبر في دبي", SEED_DAY)}
    assert got["12"].value == "2023-09-12" and got["17 سبتمبر"].value == "2023-09-17"
    assert got["12"].attrs["range"] == "start" and got["17 سبتمبر"].attrs["range"] == "end"


def test_timex_day_range_in_ordinal_words():
    # «من الخامس إلى السابع من تموز»: the first day, an ordinal word, takes the month named after the last
    got = {t.text: t for t in find_times("زار الوزير بيونغ يانغ من الخامس إلى السابع من تموز/يوليو", SEED_DAY)}
    assert got["الخامس"].value == "2023-07-05" and got["الخامس"].attrs["range"] == "start"
    assert got["السابع من تموز/يوليو"].value == "2023-07-07"


@pytest.mark.parametrize("sentence", ["بدأ التصعيد قبل منتصف ليلة الأربعاء الخميس في جنوب سوريا",
                                      "قصفت الطائرات ليل الأربعاء-الخميس مواقع في الجولان",
                                      "وفي ليلة الأربعاء إلى الخميس سقطت صواريخ"])
def test_timex_night_between_two_weekdays_is_one_night(sentence):
    # one expression dated by the night's first day (as «ليلة 25/26 يوليو» is), not a Wednesday and a Thursday
    got = find_times(sentence, dt.date(2018, 5, 10))
    assert [t.value for t in got] == ["2018-05-09"] and got[0].text.endswith("الخميس")


def test_timex_two_weekdays_not_of_one_night_stay_two():
    got = find_times("اجتمع الوزراء الأربعاء والخميس، وفي ليلة الأحد الخميس", dt.date(2018, 5, 10))
    assert [t.value for t in got][:2] == ["2018-05-09", "2018-05-10"]


def test_timex_year_range():
    got = {t.text: t for t in find_times("تولى الرئاسة بين عامي 2005 و2013 ثم", SEED_DAY)}
    assert got["عامي 2005"].attrs["range"] == "start" and got["2013"].attrs["range"] == "end"


def test_timex_today_in_a_quote_is_the_day_it_was_said():
    text = 'وقال ترامب أمس "نجري اجتماعا اليوم بشأن سوريا".'
    got = {t.text: t for t in find_times(text, dt.date(2018, 4, 13))}
    assert got["أمس"].value == "2018-04-12"
    assert got["اليوم"].value == "2018-04-12" and got["اليوم"].anchor == "2018-04-12"


def test_timex_event_relative_days_are_skipped():
    assert values("في يوم الأحد، وهو اليوم التالي للهجوم") == {"يوم الأحد": "2023-09-17"}


def test_timex_vague_expressions_only_on_request():
    assert values("سيعلن القرار خلال الأيام المقبلة") == {}
    got = values("سيعلن القرار خلال الأيام المقبلة", include_vague=True)
    assert list(got.values()) == ["FUTURE_REF"]


def test_timex_component_uses_publication_date():
    from marsad.doc import Document
    from marsad.timex.component import TimexTagger

    doc = TimexTagger()(Document(text="وصل الوفد أمس الأحد إلى الرياض.", published="2023-09-18"))
    assert [(t.text, t.value, t.anchor) for t in doc.times] == [("أمس الأحد", "2023-09-17", "2023-09-18")]
    back = type(doc).from_dict(doc.to_dict())
    assert back.times[0].value == "2023-09-17"


def test_timex_numeric_hijri_dates_are_converted():
    got = values("وذلك يوم الاثنين الموافق 28/8/1436هـ، وصدر القرار بتاريخ 1436/9/10 هـ", dt.date(2015, 6, 16))
    assert got["28/8/1436هـ"] == "2015-06-15"
    assert got["1436/9/10 هـ"] == "2015-06-27"


def test_timex_a_hijri_year_is_the_gregorian_year_holding_most_of_it():
    # 1436 AH ran from 25 October 2014 to 13 October 2015
    assert values("وفي عام 1436هـ صدر القرار", dt.date(2015, 6, 16))["عام 1436هـ"] == "2015"


def test_timex_planned_months_and_days_lie_ahead():
    anchor = dt.date(2018, 8, 7)
    assert values("تريد منع استيراد النفط الإيراني بحلول نوفمبر", anchor)["نوفمبر"] == "2018-11"
    got = values("ومن المحتمل أن تفرض عقوبات أشد في الخامس من نوفمبر/تشرين الثاني", anchor)
    assert got["الخامس من نوفمبر/تشرين الثاني"] == "2018-11-05"
    assert values("وقع الهجوم في نوفمبر", anchor)["نوفمبر"] == "2017-11"  # news reports the past


def test_timex_decades():
    got = values("منذ تسعينيات القرن الماضي، وفي الخمسينيات من القرن الماضي، وفي الثمانينات")
    assert got == {"تسعينيات القرن الماضي": "199", "الخمسينيات من القرن الماضي": "195", "الثمانينات": "198"}
    assert values("بلغ عدد الخمسينيين مئة") == {}


def test_timex_a_day_set_off_by_commas_keeps_its_clause_tense():
    anchor = dt.date(2018, 7, 4)  # a Wednesday
    assert values("وقالت مصادر إن مجلس الأمن سوف يعقد جلسة طارئة، الخميس، لبحث الأوضاع", anchor)["الخميس"] == "2018-07-05"
    assert values("وقال الوزير، الخميس، إن بلاده سترد", anchor)["الخميس"] == "2018-06-28"


@pytest.mark.parametrize("sentence,text,value", [
    ("وقعت الهجمات ليلة 25/26 يوليو في الرقة.", "ليلة 25/26 يوليو", "2018-07-25"),
    ("قصفت الطائرات المدينة في ليل 5-6 مارس 2018.", "ليل 5-6 مارس 2018", "2018-03-05"),
])
def test_timex_night_named_by_two_days_is_the_first(sentence, text, value):
    # the night of the 25th into the 26th began on the 25th
    assert values(sentence, dt.date(2018, 7, 28)).get(text) == value


def test_timex_two_days_that_do_not_follow_each_other_are_no_night():
    assert "ليلة 25/28 يوليو" not in values("وقعت الهجمات ليلة 25/28 يوليو في الرقة.", dt.date(2018, 7, 28))


@pytest.mark.parametrize("sentence,text,value", [
    # 2018-05-27 is a Sunday: a clause opening with an imperfect verb plans the day ahead, «تـ» forms included
    ("تلتقي الأطراف الليبية المتنافسة في باريس الثلاثاء للاتفاق على خارطة طريق", "الثلاثاء", "2018-05-29"),
    ("وتستضيف إسطنبول الجمعة قمة لمنظمة التعاون الإسلامي", "الجمعة", "2018-06-01"),
    ("وتتجه الأنظار السبت إلى المباراة النهائية", "السبت", "2018-06-02"),
    # a perfect or a masdar of the same shape plans nothing
    ("وتظاهر الآلاف في المدينة الثلاثاء", "الثلاثاء", "2018-05-22"),
    ("تنفيذا لمذكرة توقيف أصدرتها إسبانيا يوم الجمعة", "يوم الجمعة", "2018-05-25"),
    # a relative clause on the way holds a verb of its own
    ("يعوض الملا منصور الذي أعلن تعيينه الجمعة زعيما للحركة", "الجمعة", "2018-05-25"),
    # «منذ» looks back whatever the verb's tense
    ("وتستضيف روسيا منذ الخميس كأس العالم", "الخميس", "2018-05-24"),
    ("ويشهد الأردن منذ الأربعاء احتجاجات", "الأربعاء", "2018-05-23"),
    # what starts «بدءا من» / «اعتبارا من» a day starts on the one coming, unless «الماضي» says otherwise
    ("أمر بوتين بوقف إنساني يومي للقتال، بدء من يوم الثلاثاء", "يوم الثلاثاء", "2018-05-29"),
    ("وأغلقت السلطات المعبر اعتبارا من الجمعة", "الجمعة", "2018-06-01"),
    ("وأغلقت السلطات المعبر اعتبارا من الجمعة الماضي", "الجمعة الماضي", "2018-05-25"),
])
def test_timex_a_clause_opening_with_an_imperfect_verb_plans_its_day(sentence, text, value):
    assert values(sentence, dt.date(2018, 5, 27)).get(text) == value


@pytest.mark.parametrize("text,value", [
    # 2018-05-27 is a Sunday: a headline's subject then imperfect verb announces the day ahead
    ("ماكرون يجمع الأطراف الليبية المتنافسة الثلاثاء بباريس\n\nتلتقي الأطراف", "2018-05-29"),
    ("أردوغان يؤدي الاثنين اليمين الدستورية لولاية جديدة\n\nأصدرت الهيئة", "2018-05-28"),
    # in the body the same order tells what was going on («كان الفلسطينيون يتظاهرون الاثنين»)
    ("اشتباكات على الحدود\n\nقتل عشرات. الفلسطينيون يتظاهرون الاثنين كما اعتادوا", "2018-05-21"),
])
def test_timex_a_headline_in_the_present_plans_its_day(text, value):
    assert [t.value for t in find_times(text, dt.date(2018, 5, 27))] == [value]


@pytest.mark.parametrize("sentence,text,value", [
    # 2018-05-27 is a Sunday: the day one is called to take part, protest or meet is the coming one
    ("دعا الرئيس الفرنسي إيمانويل ماكرون أبرز المسؤولين الليبيين للمشاركة الثلاثاء بباريس", "الثلاثاء", "2018-05-29"),
    ("ودعت المعارضة أنصارها إلى التظاهر الجمعة", "الجمعة", "2018-06-01"),
    # the day of the call itself, or a call to something else, stays behind
    ("دعا ماكرون الثلاثاء إلى الحوار", "الثلاثاء", "2018-05-22"),
    ("دعا ماكرون للحوار الثلاثاء", "الثلاثاء", "2018-05-22"),
    ("وتظاهر الآلاف الجمعة", "الجمعة", "2018-05-25"),
])
def test_timex_the_day_one_is_called_to_is_ahead(sentence, text, value):
    assert values(sentence, dt.date(2018, 5, 27)).get(text) == value


@pytest.mark.parametrize("sentence, anchor, text, value", [
    # «أول يوليو» is the first of July; «أوائل يوليو», «مطلع يوليو» are its early days
    ("وبدأ التطبيق في أول يوليو الماضي.", dt.date(2015, 12, 8), "أول يوليو الماضي", "2015-07-01"),
    ("ويسري القرار اعتبارا من أول يناير 2016.", dt.date(2015, 12, 8), "أول يناير 2016", "2016-01-01"),
    ("ويبدأ الموسم في أوائل يناير.", dt.date(2015, 12, 8), "أوائل يناير", "2016-01"),
    # what spread from a month may have begun: the nearest June, not next year's
    ("وامتدت الهجمات إلى الجنوب ابتداء من يونيو (حزيران).", dt.date(2015, 8, 8), "يونيو (حزيران)", "2015-06"),
    ("ويسري القرار اعتبارا من يناير.", dt.date(2015, 12, 8), "يناير", "2016-01"),
])
def test_timex_the_first_of_a_month_and_a_month_something_starts_from(sentence, anchor, text, value):
    assert values(sentence, anchor).get(text) == value


def test_timex_after_a_bloody_day_is_no_day_from_now():
    # AFP Arabic, 2018-05-15: «بعد يوم دام قتل خلاله العشرات» is the day before (was 2018-05-16)
    found = values("تستمر المظاهرات في غزة الثلاثاء، بعد يوم دام قتل خلاله العشرات.", dt.date(2018, 5, 15))
    assert "بعد يوم" not in found and found["الثلاثاء"] == "2018-05-15"
    assert values("وسيعود الوفد بعد يوم واحد.", dt.date(2018, 5, 15))["بعد يوم واحد"] == "2018-05-16"
    # France 24, 2018-08-03: «تأتي كتصعيد للنزاع، بعد أسبوع حافل بالتوترات» is the week behind (was 2018-08-10)
    assert values("الضربات تأتي كتصعيد للنزاع، بعد أسبوع حافل بالتوترات بين الرياض والحوثيين.", dt.date(2018, 8, 3)) == {}
    assert values("وسيعود الوفد بعد أسبوع إلى جنيف.", dt.date(2018, 8, 3))["بعد أسبوع"] == "2018-08-10"


def test_timex_a_bare_year_opening_a_timeline_line_is_a_year():
    # BBC timelines: «1941، غزت ألمانيا النازية …», «١٩٨٤- المغرب ينسحب …», «2011: وقّعت سوريا …»
    text = "أبرز المحطات:\n1941، غزت ألمانيا النازية كرواتيا.\n١٩٨٤- المغرب ينسحب من المنظمة\n2011: وقعت سوريا على مقترح."
    assert set(values(text).values()) == {"1941", "1984", "2011"}
    # a number inside a line, or one that opens a line with no comma, colon or dash after it, stays a number
    assert values("قتل 2000، وجرح آخرون.\n2000 شخص فروا من المدينة.") == {}


def test_timex_a_day_that_was_planned_is_not_pushed_ahead():
    # BBC, 2018-02-24 (a Saturday): «وكان من المقرر أن يجري التصويت … الجمعة، لكنه تأجل» is the day before
    # (was the Friday after); a plan still to come keeps looking ahead
    saturday = dt.date(2018, 2, 24)
    assert values("وكان من المقرر أن يجري التصويت على مشروع القرار الجمعة، لكنه تأجل.", saturday)["الجمعة"] == "2018-02-23"
    assert values("ومن المقرر أن يجري التصويت على مشروع القرار الجمعة.", saturday)["الجمعة"] == "2018-03-02"
