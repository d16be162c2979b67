"""Sides told by the story rather than the sentence: the armed group a strike is aimed at, who fired a weapon,
who announced their own attack, and unnamed collective sources (Western diplomats, rights groups)."""
from __future__ import annotations

import marsad
from marsad.events.extract import find_triggers
from marsad.events.lexicon import load_lexicon


def events_of(text: str, root: str, published: str = "2018-06-14") -> list[tuple[list[str], list[str]]]:
    doc = marsad.analyze(text, published=published)
    return [([a.name_en for a in e.source], [a.name_en for a in e.target]) for e in doc.events
            if e.cameo_root == root]


def test_a_strike_on_a_place_is_aimed_at_the_group_the_striker_fights_there():
    (strike,) = events_of("أطلق الحوثيون صواريخ على السعودية. وشن التحالف العربي غارات جوية على الحديدة الأربعاء.", "19")[1:]
    assert strike[0][0] == "Arab coalition"
    assert "Hodeidah" in strike[1] and "Houthis" in strike[1]  # the place struck stays beside the group


def test_a_strike_is_aimed_at_a_group_of_the_country_struck():
    (strike,) = [e for e in events_of("وقصفت القوات الحكومية الغوطة الشرقية الأربعاء. ويسيطر جيش الإسلام على مدينة دوما.",
                                       "19") if e[0][0] == "Syrian forces"]
    assert "Jaysh al-Islam" in strike[1]


def test_a_group_neither_fought_nor_of_the_country_struck_is_no_target():
    (strike,) = [e for e in events_of("وزار وفد من حزب الله طهران الأسبوع الماضي. وشنت إسرائيل غارات على دمشق الأربعاء.",
                                       "19")]
    assert strike[0] == ["Israel"] and "Hezbollah" not in strike[1]


def test_an_attack_announced_by_a_plural_subject_is_theirs():
    (attack,) = events_of('وكان الحوثيون أعلنوا في وقت سابق استهداف المطار ومقر شركة "أرامكو" في جازان.', "19",
                          published="2018-04-11")
    assert attack[0][0] == "Houthis"


def test_an_attack_told_as_the_purpose_of_a_launch_is_the_launchers():
    doc = marsad.analyze("دمرت قوات التحالف الأربعاء طائرتين دون طيار أطلقهما الحوثيون لاستهداف مطار في جنوب السعودية.",
                         published="2018-04-11")
    (attack,) = [e for e in doc.events if e.trigger.text == "لاستهداف"]
    assert attack.source[0].name_en == "Houthis"
    assert not attack.negated  # «دون طيار» is unmanned, not a negation


def test_a_purpose_after_a_genitive_chain_has_no_agent_there():
    doc = marsad.analyze("وألغى ترامب رحلة خارجية لبحث التحرك في سوريا وحشد دعم قادة فرنسا وبريطانيا لعملية عسكرية.",
                         published="2018-04-11")
    assert not [e for e in doc.events if e.trigger.text == "لعملية"]


def test_unnamed_western_diplomats_and_rights_groups_are_sources():
    assert events_of("واتهم دبلوماسيون غربيون موسكو بمحاولة تعطيل التصويت على القرار.", "11") == [
        (["Western diplomats"], ["Moscow", "Russia"])]
    ((source, target),) = events_of("وتنتقد منظمات حقوقية حكومة السيسي بانتهاك الحريات.", "11")
    assert source == ["human rights groups"] and target[0] == "Abdel Fattah el-Sisi"


def test_a_movement_named_for_a_liberation_fights_no_one_and_its_backer_is_not_the_target():
    text = ('وتطالب جبهة بوليساريو "الجبهة الشعبية لتحرير الساقية الحمراء ووادي الذهب" المدعومة من الجزائر، '
            'باستقلالها عن المغرب.')
    doc = marsad.analyze(text, published="2018-02-27")
    assert not [e for e in doc.events if e.cameo_root == "19"]  # «لتحرير» is in the front's name
    (demand,) = [e for e in doc.events if e.cameo_root == "10"]
    assert demand.source[0].name_en == "Polisario Front" and demand.target[0].name_en == "Morocco"
    # an army advancing to liberate a town does fight
    doc = marsad.analyze("وتقدم الجيش العراقي لتحرير المدينة من تنظيم داعش.", published="2018-02-27")
    assert [doc.tokens[i].text for i, _ in find_triggers(doc, load_lexicon())] == ["لتحرير"]


def test_the_two_states_acting_on_a_third_are_the_two_countries_just_named():
    ((source, target),) = events_of("ومملكة البحرين حليفة للمملكة السعودية في الخليج. وتتهم الدولتان إيران بالتدخل "
                                    "في شؤون الدول العربية.", "11", published="2018-05-10")
    assert source == ["Bahrain", "Saudi Arabia"] and target == ["Iran"]


def test_the_two_sides_named_by_their_adjectives_act_on_each_other():
    ((source, target),) = events_of("وقد اتفق الجانبان المصري واليمني على ذلك.", "03", published="2015-08-05")
    assert source == ["Egypt"] and target == ["Yemen"]


def test_talks_between_the_two_leaders_are_theirs_and_what_follows_is_a_topic():
    doc = marsad.analyze("التقى السيسي الرئيس الروسي بوتين. وتطرقت المباحثات بين الرئيسين إلى تطورات الأوضاع في ليبيا.",
                         published="2018-05-10")
    assert not [e for e in doc.events if any(a.name_en == "Libya" for a in e.target)]
    # the two states' accusation of a third side is theirs
    ((source, target),) = events_of("ومملكة البحرين حليفة للمملكة السعودية في الخليج. ويأتي ذلك بعد اتهام الدولتين "
                                    "إيران بالتدخل.", "11", published="2018-05-10")
    assert source == ["Bahrain", "Saudi Arabia"] and target == ["Iran"]


def test_an_outlet_named_by_a_trigger_word_is_no_event():
    doc = marsad.analyze('وقال تلفزيون المسيرة الذي يديره الحوثيون إن الطائرة المسيرة أصابت هدفها.',
                         published="2018-07-18")
    assert not [e for e in doc.events if e.trigger.text == "المسيرة"]
