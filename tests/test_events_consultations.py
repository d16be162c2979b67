"""Consultations between two sides: the verbs of consulting and talking with, the two sides named by a dual or
a dual pronoun before a dual verb, the afternoon of a day, and a later mention naming who acted for a country."""
from __future__ import annotations

from test_events_extract import names, unfiltered


def test_events_consulting_and_talking_with_are_consultations():
    doc = unfiltered("وتشاور أردوغان هاتفيا الأربعاء مع الرئيس الروسي فلاديمير بوتين.", "2018-05-03")
    (event,) = [e for e in doc.events if e.cameo_root == "04"]
    assert names(event.source)[0] == "Recep Tayyip Erdogan" and names(event.target)[0] == "Vladimir Putin"
    doc = unfiltered("وتباحث الرئيس الفرنسي إيمانويل ماكرون مع المستشارة الألمانية أنغيلا ميركل في باريس.",
                     "2018-05-03")
    (event,) = [e for e in doc.events if e.cameo_root == "04"]
    assert names(event.source)[0] == "Emmanuel Macron" and names(event.target)[0] == "Angela Merkel"
    doc = unfiltered("وأعلنت الرئاسة التركية أن أردوغان تحادث هاتفيا مع نظيره الروسي فلاديمير بوتين.", "2018-08-11")
    (event,) = [e for e in doc.events if e.cameo_root == "04"]
    assert event.cameo == "041" and names(event.source)[0] == "Recep Tayyip Erdogan" \
        and names(event.target)[0] == "Vladimir Putin"


def test_events_a_dual_before_a_dual_verb_names_the_two_sides_told_before():
    # «أن الرئيسين «تشاورا بعد ظهر (أمس)»: the two presidents of the agreement told just before, on the day
    # «أمس» says («بعد ظهر» is the afternoon, not «after» another event)
    doc = unfiltered("توصل الرئيس الفرنسي فرنسوا هولاند، ونظيره الروسي فلاديمير بوتين، إلى اتفاق في قضية السفينتين. "
                     "وأورد البيان أن الرئيسين «تشاورا بعد ظهر (أمس) بهدف التأكيد على الاتفاق».", "2015-08-06")
    (event,) = [e for e in doc.events if e.cameo_root == "04"]
    assert names(event.source)[0] == "François Hollande" and names(event.target)[0] == "Vladimir Putin"
    assert event.date == "2015-08-05"


def test_events_a_dual_pronoun_before_a_joint_act_is_the_two_of_the_call():
    # «وأنهما اتفقا»: the pronoun takes up the two of the call, not the last one named (Putin alone)
    doc = unfiltered("وأعلنت الرئاسة التركية أن أردوغان تحادث هاتفيا مع نظيره الروسي فلاديمير بوتين "
                     "وأنهما اتفقا على تعزيز التعاون في سوريا.", "2018-08-11")
    (agreement,) = [e for e in doc.events if e.cameo_root == "03"]
    assert names(agreement.source)[0] == "Recep Tayyip Erdogan" and names(agreement.target)[0] == "Vladimir Putin"
    # an object pronoun is no dual subject: «إعلان الطرفين رفضهما» names no two sides of the rejection
    doc = unfiltered("وحثت منظمات حقوقية الأردن وإسرائيل على السماح للسوريين بطلب اللجوء بعد إعلان الطرفين رفضهما "
                     "استقبال الفارين.", "2018-07-05")
    assert not [e for e in doc.events if e.cameo_root == "12" and e.source
                and names(e.source)[0] == "human rights groups"]


def test_events_a_later_mention_names_the_person_who_acted_for_a_country():
    # «أن الجانبين اتفقا» takes Germany and Davutoglu from the call; «إن ميركل وداود أوغلو اتفقا» names Merkel
    doc = unfiltered("ونقل نائب المتحدث باسم الحكومة الألمانية عن ميركل قولها خلال مكالمة هاتفية مع رئيس الوزراء "
                     "التركي أحمد داود أوغلو إنه ينبغي الحفاظ على عملية السلام. "
                     "وأضاف أن الجانبين اتفقا على تبادل وثيق بين وزارتي الخارجية في البلدين. "
                     "وقال إن ميركل وداود أوغلو اتفقا أيضا على تعاون وثيق بين وزارتي الداخلية.", "2015-07-27")
    agreements = [e for e in doc.events if e.cameo_root == "03"]
    assert agreements and all("Angela Merkel" in names(e.source) for e in agreements)
    assert all(names(e.target)[0] == "Ahmet Davutoğlu" for e in agreements)


def test_events_two_sides_agreeing_on_an_aim_are_each_others_sides():
    # «اتفقت مصر والسعودية على محاربة تنظيم داعش»: what follows «على» is what they agreed to do; Egypt and
    # Saudi Arabia are the sides of the agreement (but «اتفقت مصر والسعودية على إيران» has no aim between)
    doc = unfiltered("اتفقت مصر والسعودية على محاربة تنظيم داعش.", "2015-08-04")
    (event,) = [e for e in doc.events if e.cameo_root == "03"]
    assert names(event.source) == ["Egypt"] and names(event.target) == ["Saudi Arabia"]
    doc = unfiltered("وقال مسؤولون إن الجانبين الأردني والفلسطيني اتفقا على رفع مشروع قرار إلى مجلس الأمن الدولي.",
                     "2015-08-04")
    (event,) = [e for e in doc.events if e.cameo_root == "03"]
    assert names(event.source) == ["Jordan"] and names(event.target) == ["Palestine"]
    # «اتفقت مصر مع السعودية على …»: the partner after «مع», not a side inside the aim
    doc = unfiltered("اتفقت مصر مع السعودية على محاربة تنظيم داعش.", "2015-08-04")
    (event,) = [e for e in doc.events if e.cameo_root == "03"]
    assert names(event.source) == ["Egypt"] and names(event.target) == ["Saudi Arabia"]


def test_events_an_offer_that_came_through_a_side_is_that_sides():
    # «وجاء عرض الوساطة من خلال الرئيس الفرنسي»: «من خلال» names who made the offer, not its addressee
    doc = unfiltered("وجاء عرض الوساطة من خلال الرئيس الفرنسي إيمانويل ماكرون أثناء لقاء مع وفد يمثل قوات سوريا "
                     "الديمقراطية.", "2018-03-30")
    (offer,) = [e for e in doc.events if e.cameo == "039"]
    assert names(offer.source)[0] == "Emmanuel Macron" and "Emmanuel Macron" not in names(offer.target)


def test_events_the_town_a_body_of_many_states_meets_in_is_no_side_of_the_meeting():
    # France 24, 2018-06-24: «يلتقي زعماء الاتحاد الأوروبي في بروكسل» — the EU's leaders meet among themselves
    for text in ("يلتقي زعماء الاتحاد الأوروبي في بروكسل اليوم الأحد في محاولة لتجاوز خلافاتهم.",
                 "وعقد حلف شمال الأطلسي قمة في بروكسل."):
        doc = unfiltered(text, "2018-06-24")
        assert [e.target for e in doc.events if e.cameo.startswith("04")] == [[]], text
    # a minister's talks in a capital are with its government
    doc = unfiltered("وعقد وزير الخارجية الفرنسي محادثات في طهران.", "2018-06-24")
    assert [names(e.target)[0] for e in doc.events if e.cameo.startswith("04")] == ["Tehran"]


def test_events_the_two_who_met_are_not_the_town_an_initiative_is_named_for():
    # Asharq al-Awsat, 2015-08-11: «الطرفين اللذين ناقشا مبادرة موسكو … خلال لقائهما في الدوحة» — Moscow met no one
    doc = unfiltered("وأجرى وزير الخارجية الروسي سيرغي لافروف محادثات مع نظيره السعودي عادل الجبير. وأفادت وزارة "
                     "الخارجية الروسية بأن الطرفين اللذين ناقشا مبادرة موسكو في هذا الشأن خلال لقائهما في الدوحة "
                     "الأسبوع الماضي، سيبحثان أيضا تنسيق الخطوات.", "2015-08-11")
    assert "Moscow" not in {n for e in doc.events for n in names(e.source)}
    # a pair named before the dual meets each other
    doc = unfiltered("وأكد بوتين وأردوغان خلال لقائهما في سوتشي أن التعاون مستمر.", "2018-09-17")
    assert [(names(e.source)[0], names(e.target)[0]) for e in doc.events if e.cameo.startswith("04")] \
        == [("Vladimir Putin", "Recep Tayyip Erdogan")]
