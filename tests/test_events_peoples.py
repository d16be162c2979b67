"""Sides named by a people rather than a state — the Kurds, the Uyghurs, a two-word nisba such as «الكوري الجنوبي» —
and the dead told by «برصاص»: who shot them is who killed them."""
from __future__ import annotations

import marsad
from marsad.events import EventExtractor


def coded(text: str, published: str = "2018-02-18") -> list[tuple[str, list[str], list[str], list[list[str]]]]:
    """(CAMEO code, source names, target names, source aliases) of the rules' events, before the confidence filter."""
    doc = EventExtractor(min_confidence=0.0, read_uncoded=False)(marsad.analyze(text, published=published))
    return [(e.cameo, [a.name_en or "" for a in e.source], [a.name_en or "" for a in e.target],
             [list(a.aliases_en) for a in e.source]) for e in doc.events]


def test_the_kurds_accuse_the_factions_they_name_after_them():
    (accusation,) = [e for e in coded("ويتهم الأكراد الفصائل السورية بالانتماء إلى تنظيم الدولة الإسلامية.")
                     if e[0].startswith("11")]
    assert accusation[1] == ["Kurds"]
    assert accusation[2][0] == "Syrian rebels"  # not «الأكراد الفصائل السورية», one side


def test_kurdish_forces_are_one_side_also_called_the_kurds():
    doc = EventExtractor(min_confidence=0.0, read_uncoded=False)(
        marsad.analyze("واتهمت القوات الكردية تركيا بقصف المدنيين.", published="2018-02-18"))
    (accusation,) = [e for e in doc.events if e.cameo_root == "11"]
    (forces,) = accusation.source
    assert (forces.name_en, forces.cameo_actor, forces.aliases_en) == ("Kurdish forces", "KURMIL", ["Kurds"])
    assert [a.name_en for a in accusation.target] == ["Turkey"]


def test_a_peoples_adjective_after_no_agent_names_no_side():
    assert all("Kurds" not in e[1] and not any("Kurdish" in n for n in e[1])
               for e in coded("وانتقدت الإدارة الذاتية الكردية تركيا بشدة."))


def test_those_counted_of_a_people_are_the_people():
    found = [e for e in coded("واعتقلت السلطات الصينية مئات الإيغور.") if e[0].startswith("17")]
    assert found and found[0][2] == ["Uyghurs"]


def test_the_genitive_of_an_act_a_side_keeps_doing_is_whom_it_is_done_to():
    (threat,) = [e for e in coded("وتواصل تركيا تهديد الأكراد في سوريا.") if e[0].startswith("13")]
    assert threat[1] == ["Turkey"] and threat[2] == ["Kurds"]
    # announcing tells of another's act: the genitive of the visit announced is the one who visits
    (visit,) = [e for e in coded("وأعلنت الخارجية الروسية زيارة بوتين إلى تركيا.") if e[0].startswith("04")]
    assert visit[1][0] == "Vladimir Putin"


def test_a_two_word_nisba_names_its_country():
    (talks,) = [e for e in coded("وبحث بولتون مع نظيره الكوري الجنوبي الملف النووي.", "2018-04-26")
                if e[0].startswith("04")]
    assert talks[2] == ["South Korea"]
    (fire,) = [e for e in coded("وأطلقت القوات الكورية الشمالية صاروخا باتجاه اليابان.", "2018-04-26")
               if e[0].startswith("19")]
    assert fire[1][0] == "North Korean forces"


def test_the_nisba_of_a_named_leaders_title_is_no_side_of_its_own():
    found = coded("وسلطت الصحف الضوء على القمة المرتقبة بين الزعيم الكوري الشمالي كيم جونغ أون والرئيس الأمريكي "
                  "دونالد ترامب.", "2018-05-28")
    assert all(source[0] != "North Korea" for _, source, _, _ in found)


def test_who_shot_the_dead_killed_them():
    for text in ("لقي فلسطينيان مصرعهما برصاص الجيش الإسرائيلي شمال قطاع غزة الجمعة.",
                 "أعلنت وزارة الصحة الفلسطينية مقتل فلسطينيين اثنين برصاص الجيش الإسرائيلي شرق القطاع.",
                 "وقتل أكثر من 50 فلسطينيا برصاص الجنود الإسرائيليين."):
        (killing,) = [e for e in coded(text, "2018-04-20") if e[0].startswith("18")]
        assert killing[1][-1] == "Israel" and killing[2] == ["Palestine"], text


def test_a_people_after_the_masdar_of_an_uncoded_act_is_who_it_is_done_to():
    # «واصفا استضافة الأكراد بأنه عداء»: the Kurds are the hosted, not whom Erdogan's words are aimed at
    found = coded("وانتقد الرئيس التركي رجب طيب أردوغان عرض الوساطة، واصفا استضافة الأكراد بأنه عداء صريح لتركيا.",
                  "2018-03-30")
    assert all("Kurds" not in target for code, _, target, _ in found if code.startswith("11"))


def test_the_state_whose_arrests_are_condemned_is_where_they_took_place():
    (condemnation,) = [e for e in coded("دانت منظمة العفو الدولية ومنظمة هيومن رايتس ووتش اعتقال نشطاء في السعودية.",
                                        "2018-05-20") if e[0].startswith("11")]
    assert condemnation[1] == ["Amnesty International", "Human Rights Watch"] and condemnation[2] == ["Saudi Arabia"]


def test_the_ally_named_between_a_subject_and_its_verb_is_no_side():
    for text, root in (("وقالت واشنطن إن روسيا، حليفة دمشق، تقتل المدنيين الأبرياء.", "18"),
                       ("لكن روسيا حليفة دمشق تعارض الضربات الأمريكية على سوريا.", "12")):
        (act,) = [e for e in coded(text, "2018-04-13") if e[0].startswith(root)]
        assert act[1] == ["Russia"], text


def test_a_people_in_the_plural_before_a_name_is_no_title_of_it():
    (arrest,) = [e for e in coded("اعتقل الأمريكيون صدام حسين قرب تكريت.", "2018-04-14") if e[0].startswith("17")]
    assert arrest[1] == ["United States"] and arrest[2][0] == "Saddam Hussein"


def test_the_kurdish_units_are_the_ypg_and_militia_has_two_spellings():
    (strike,) = [e for e in coded("وقصفت تركيا الوحدات الكردية في عفرين.") if e[0].startswith("19")]
    assert strike[2][0] == "People's Protection Units"
    (attack,) = [e for e in coded("وهاجمت المليشيا الكردية مواقع الجيش التركي.") if e[0].startswith("18")]
    assert attack[1] == ["Kurdish militia"]


def test_a_place_after_min_is_where_fire_came_from_when_a_part_of_another_follows_ala():
    (fire,) = [e for e in coded("وأعلن الجيش الإسرائيلي أن مسلحين أطلقوا قذائف هاون من قطاع غزة على جنوب إسرائيل.",
                                "2018-05-29") if e[0].startswith("19")]
    assert fire[2] == ["Israel"]  # southern Israel was struck, not Gaza
