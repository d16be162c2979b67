"""Acts a side works, strives or tries to carry out, victories over a side, light verbs joined after a comma, the
people an attack or the sites it struck are named for («غارة إسرائيلية», «مواقع إيرانية»), and attacks that are
only feared or may come."""
from __future__ import annotations

import marsad
from marsad.events import EventExtractor


def coded(text: str, published: str = "2018-09-30") -> list[tuple[str, list[str], list[str], list[list[str]]]]:
    """(CAMEO code, source names, target names, source aliases) of the rules' events, before the confidence filter."""
    doc = EventExtractor(min_confidence=0.0, read_uncoded=False)(marsad.analyze(text, published=published))
    return [(e.cameo, [a.name_en or "" for a in e.source], [a.name_en or "" for a in e.target],
             [list(a.aliases_en) for a in e.source]) for e in doc.events]


def test_who_works_strives_or_tries_to_do_it_is_who_would_do_it():
    (expulsion,) = [e for e in coded("تعمل الحكومة على ترحيل اللاجئين السوريين.") if e[0].startswith("17")]
    assert expulsion[1] == ["government"] and expulsion[2][0] == "Syrian refugees"
    (fight,) = [e for e in coded("يسعى الجيش اللبناني لطرد مسلحي داعش من جرود عرسال.") if e[0].startswith("19")]
    assert fight[1][0] == "Lebanese Armed Forces" and fight[2] == ["Islamic State"]
    (storming,) = [e for e in coded("حاولت القوات التركية اقتحام مدينة عفرين.") if e[0].startswith("17")]
    assert storming[1][0] == "Turkish forces"


def test_a_trying_verb_does_not_reach_past_a_preposition():
    # «حاولت الحكومة التهدئة بعد قصف المدينة»: the shelling is no act the government tried
    assert not any(e[0].startswith("19") and e[1] and e[1][0] == "government"
                   for e in coded("حاولت الحكومة التهدئة بعد قصف المدينة."))


def test_achieving_a_majority_is_no_investigation():
    assert not [e for e in coded("تسعى الحكومة المقدونية إلى تحقيق أغلبية جيدة في الاستفتاء.") if e[0].startswith("09")]


def test_a_light_verb_joined_after_a_comma_goes_on_with_the_first_actor():
    (expulsion,) = [e for e in coded("تعتبر الصين المنشقين مهاجرين غير شرعيين، وتعمل على ترحيلهم إلى كوريا الشمالية.")
                    if e[0].startswith("17")]
    assert expulsion[1] == ["China"] and expulsion[2] == ["North Korea"]


def test_the_object_before_a_comma_is_not_the_subject_of_the_verb_joined_after_it():
    (expulsion,) = [e for e in coded("استقبلت الحكومة الأردنية آلاف اللاجئين، وقررت طرد السفير السوري.")
                    if e[0].startswith("16")]
    assert expulsion[1] == ["Jordan"]  # not the refugees it received
    # the subject of the clause before the comma still goes on: «وتلاحق السلطات … معارضيها، ونفذت أحكاما»
    (sentences,) = [e for e in coded("وتلاحق السلطات البحرينية منذ 2011 معارضيها وخصوصا من الشيعة، ونفذت أحكاما "
                                     "بالإعدام بحق ثلاثة وأصدرت أحكاما بالسجن بحق عشرات آخرين.") if e[0].startswith("17")]
    assert sentences[1] == ["Bahrain"]


def test_an_attacks_indefinite_nisba_names_who_carried_it_out():
    for text, side in [("استشهد فلسطيني في غارة إسرائيلية على رفح.", "Israel"),
                       ("قتل ثلاثة مدنيين في قصف روسي على إدلب.", "Russia"),
                       ("قتل ثلاثة في هجوم إسرائيلي على غزة.", "Israel")]:
        attacks = [e for e in coded(text, "2018-04-23") if e[0][:2] in ("18", "19")]
        assert any(e[1] == [side] for e in attacks), text
    # an adjective that names no people is no side: «ضربة جوية»
    assert not any(e[1] == ["Syria", "Iraq"] and e[0].startswith("19") for e in coded(
        "قال التحالف إنه نفذ ضربة جوية في منطقة شرق سوريا.", "2018-07-13") if e[0] != "112")


def test_an_attack_feared_or_one_that_may_come_has_not_happened():
    for text in ("ألغت شركة صينية رحلاتها إلى إسرائيل تحسبا لهجوم أميركي على سوريا.",
                 "قال المبعوث إنه مستعد للسفر إلى إدلب، وسط مخاوف من هجوم حكومي وشيك لاستعادة المدينة.",
                 "تحدث الخبير عن هجوم أميركي محتمل على سوريا."):
        assert not [e for e in coded(text, "2018-04-23") if e[0][:2] in ("18", "19")], text
    assert [e for e in coded("شنت إسرائيل هجوما على غزة.", "2018-04-23") if e[0].startswith("19")]


def test_american_groups_also_answer_to_the_short_form():
    (strike,) = [e for e in coded("وقصفت القوات الأمريكية مواقع لتنظيم الدولة في سوريا.") if e[0].startswith("19")]
    assert strike[1][0] == "American forces"
    assert {"US forces", "U.S. forces"} <= set(strike[3][0])


def test_a_victory_over_a_side_is_fighting_it():
    (victory,) = [e for e in coded("وأعلن العراق الانتصار على تنظيم الدولة الإسلامية في ديسمبر.", "2018-02-25")
                  if e[0].startswith("19")]
    assert victory[1] == ["Iraq"] and victory[2] == ["Islamic State"]
    (won,) = [e for e in coded("حقق الجيش الوطني والمقاومة الشعبية انتصارات على الحوثيين في عدن.", "2015-08-10")
              if e[0].startswith("19")]
    assert "Popular Resistance" in won[1] and won[2][0] == "Houthis"
    # a victory with no side beaten («على» far on belongs to another verb), or an election won, is no fight
    for text in ("شكلت اللقاءات انتصارا واضحا مؤكدا أن روسيا وافقت على مساعدتنا.",
                 "حقق حزب العدالة والتنمية انتصارا كبيرا في الانتخابات."):
        assert not [e for e in coded(text) if e[0].startswith("19")], text


def test_achieving_makes_only_a_victory_the_subjects_act():
    # «حققت في ظروف اعتقال»: she investigated the arrests, she made none
    assert not [e for e in coded("وأشارت منظمة العفو إلى أنها حققت في ظروف اعتقال 51 سجينا على أيدي القوات "
                                 "الحكومية.") if e[0].startswith("17") and e[1] and e[1][0] == "Amnesty International"]



def test_a_peoples_adjective_on_sites_struck_names_whose_they_are():
    (strike,) = [e for e in coded("قصفت إسرائيل مواقع إيرانية في سوريا.", "2018-05-10") if e[0].startswith("19")]
    assert strike[1] == ["Israel"] and strike[2] == ["Iran"]
    (attack,) = [e for e in coded("استهدف الحوثيون منشآت نفطية سعودية.", "2018-05-10") if e[0].startswith("19")]
    assert attack[2] == ["Saudi Arabia"]  # past one adjective of what the sites are
