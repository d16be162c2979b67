"""Agreements told in passing as made between two sides («الاتفاق الموقع بين إيران والقوى الكبرى»): their signing."""
from __future__ import annotations

from test_events_extract import names, unfiltered

import marsad


def agreements(text: str, published: str = "2018-05-01") -> list[tuple[list[str], list[str], str | None]]:
    doc = marsad.analyze(text, published=published)
    return [([a.name_en for a in e.source], [a.name_en for a in e.target], e.date) for e in doc.events
            if e.cameo == "057"]


def test_an_agreement_signed_between_two_sides_is_their_signing():
    found = agreements("وسيعلن ترامب قراره بشأن الاتفاق النووي الموقع عام 2015 بين إيران والقوى العظمى.")
    assert found == [(["Iran"], ["world powers"], "2015")]


def test_an_agreement_concluded_after_talks_between_two_sides():
    found = agreements("ويسعى الأوروبيون إلى إنقاذ الاتفاق الذي أبرم بعد مفاوضات شاقة بين إيران والقوى الكبرى في 2015.")
    assert found == [(["Iran"], ["world powers"], "2015")]


def test_the_other_side_may_follow_on_the_one_hand():
    found = agreements("وكان الاتفاق الذي أبرم بين إيران من جهة، والولايات المتحدة وفرنسا من جهة أخرى قد رفع العقوبات.")
    assert found and found[0][0] == ["Iran"] and found[0][1][:2] == ["United States", "France"]


def test_a_definite_agreement_between_two_sides_was_made():
    found = agreements("وقالت المحكمة إن اتفاق الصيد بين الاتحاد الأوروبي والمغرب يظل نافذا.")
    assert [(source, target) for source, target, _ in found] == [(["European Union"], ["Morocco"])]


def test_an_agreement_sought_or_denied_is_not_made():
    assert agreements("ويسعى الوسطاء إلى التوصل إلى اتفاق بين الحكومة والمعارضة في سوريا.") == []
    assert agreements("وقال المتحدث إنه لا يوجد أي اتفاق بين روسيا وتركيا حول إدلب.") == []
    assert agreements("ويناقش البرلمان الاتفاق المقترح بين مصر والسودان حول المياه.") == []


def test_the_p5_plus_1_is_a_side():
    doc = marsad.analyze("وجاء ذلك بعد توصل دول 5+1 إلى اتفاق مع إيران حول الملف النووي.", published="2015-08-01")
    assert [([a.name_en for a in e.source], [a.name_en for a in e.target]) for e in doc.events
            if e.cameo == "057"] == [(["P5+1"], ["Iran"])]


def intents(text: str, published: str = "2018-05-01") -> list[tuple[list[str], list[str]]]:
    doc = marsad.analyze(text, published=published)
    return [([a.name_en for a in e.source], [a.name_en for a in e.target]) for e in doc.events
            if e.cameo.startswith("03") and not e.negated]


def test_a_commitment_to_an_agreement_is_an_intent_to_cooperate():
    assert intents("وقال الوزير أمام النواب إن بريطانيا ستلتزم بالاتفاق النووي مع إيران.") \
        == [(["United Kingdom"], ["Iran"])]
    assert intents("وأكدت فرنسا مجددا التزامها بالاتفاق النووي مع إيران.") == [(["France"], ["Iran"])]


def test_a_commitment_set_as_a_condition_is_not_expressed():
    assert intents("وقالت ميركل إنها تؤيد الحفاظ على الاتفاق النووي ما دامت طهران تلتزم بالاتفاق.") == []
    assert intents("إذا بقي الرئيس ترامب ملتزماً بالاتفاقية النووية مع إيران فإن شيئاً لن يتغير.") == []


def test_the_answer_to_a_condition_is_expressed():
    found = intents("وقال الجنرال إن أرادت حركة طالبان السلام فنحن مستعدون للحوار مع الحكومة الأفغانية.")
    assert found and "Taliban" in found[0][0]


def test_a_commitment_sought_doubted_or_withdrawn_is_not_expressed():
    assert intents("وقال ماكرون إن على ترامب الحفاظ على التزام الولايات المتحدة بالاتفاقية النووية مع إيران.") == []
    assert intents("وقالت واشنطن إن ذلك يثير الشكوك حول مدى التزام إيران بالاتفاق النووي.") == []
    assert intents("وقد سحب ترامب مؤخرا التزام الولايات المتحدة بالاتفاق النووي مع إيران.") == []  # taken back
    assert intents("وطلبت قطر من المحكمة أن تأمر الإمارات باتخاذ خطوات للالتزام بتعهداتها وفقا للاتفاقية.") == []


def test_a_relative_aside_between_the_subject_and_its_preposition_is_passed_over():
    text = ("اتفقت الولايات المتحدة وتركيا، اللتان توترت علاقاتهما في الآونة الأخيرة بسبب الصراع في سوريا، "
            "على نزع فتيل الأزمة بينهما.")
    doc = marsad.analyze(text, published="2018-02-16")
    assert [(e.cameo, [a.name_en for a in e.source], [a.name_en for a in e.target]) for e in doc.events] \
        == [("030", ["United States"], ["Turkey"])]


def test_two_titled_leaders_signing_are_each_others_side_and_sign_far_along():
    # each leader's title and name are one side; «على اتفاقية» stands past both and the place of signing
    found = agreements("وقع رئيس الوزراء الإسرائيلي إسحاق رابين والزعيم الفلسطيني ياسر عرفات في البيت الأبيض "
                       "على اتفاقية أوسلو.", published="2018-06-12")
    assert [(source[0], target[0]) for source, target, _ in found] == [("Yitzhak Rabin", "Yasser Arafat")]


def test_events_the_aim_of_an_accord_two_sides_reached_is_not_its_party():
    # «لسحب مقاتلين أكراد»: whom the plan agreed on would pull out is no side of the accord; each is the other's
    doc = unfiltered("توصلت تركيا والولايات المتحدة إلى اتفاق على خطة من ثلاث مراحل لسحب مقاتلين أكراد من مدينة "
                     "منبج بشمال سوريا.", "2018-05-30")
    (accord,) = [e for e in doc.events if e.cameo_root == "05"]
    assert names(accord.source)[0] == "Turkey" and names(accord.target)[0] == "United States"
