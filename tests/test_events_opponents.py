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


def test_a_group_struck_only_elsewhere_is_not_the_target_of_a_strike_here():
    # BBC, 2018-03-16: Turkey's raids on the YPG in Afrin, then «المناطق التي تستهدفها القوات الحكومية السورية» in
    # the Ghouta — the Syrian forces' strikes there were not on the YPG, a Syrian group struck only in Afrin (was
    # Syrian forces → Eastern Ghouta, YPG)
    text = "وقصفت تركيا مدينة عفرين ومقاتلي وحدات حماية الشعب الكردية. وقصفت القوات الحكومية السورية الغوطة الشرقية."
    (strike,) = [e for e in events_of(text, "19", published="2018-03-16") if e[0][0] == "Syrian forces"]
    assert "Eastern Ghouta" in strike[1] and "People's Protection Units" not in strike[1]
    # a group struck at the same place is still the one struck there
    text = ("وشنت تركيا غارات على وحدات حماية الشعب الكردية في عفرين. وقصفت القوات الحكومية السورية عفرين الأربعاء.")
    (strike,) = [e for e in events_of(text, "19", published="2018-03-16") if e[0][0] == "Syrian forces"]
    assert "People's Protection Units" in strike[1]


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
    ((source, target),) = events_of("وتتهم منظمات الدفاع عن حقوق الانسان حكومة السيسي بانتهاك الحريات.", "11")
    assert source == ["human rights groups"]
    # civil defence teams are no rights group, nor are groups defending women
    assert not events_of("وتتهم منظمات الدفاع المدني حكومة السيسي بانتهاك الحريات.", "11")
    assert not events_of("وتتهم جمعيات الدفاع عن المرأة حكومة السيسي بانتهاك الحريات.", "11")


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


def test_the_leaders_of_the_two_countries_just_named_met_each_other_not_the_place():
    ((source, target),) = events_of("وشهدت العلاقات بين سيول وبيونغيانغ تحسنا ملحوظا. والتقى زعيما البلدين في "
                                    "بيونغيانغ لإجراء محادثات.", "04", published="2018-09-30")
    assert source[0] == "Seoul" and target[0] == "Pyongyang"
    # with no two countries before, the meeting has no sides to borrow
    assert not events_of("وشهدت العلاقات تحسنا ملحوظا. والتقى زعيما البلدين في بيونغيانغ.", "04",
                         published="2018-09-30")


def test_a_summit_held_somewhere_between_two_leaders_is_theirs():
    ((source, target),) = events_of("وجاءت هذه الخطوة عقب القمة التاريخية التي شهدتها سنغافورة بين رئيس الولايات "
                                    "المتحدة دونالد ترامب وكيم جونغ أون.", "04", published="2018-09-30")
    assert source[0] == "Donald Trump" and target[0] == "Kim Jong Un"


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


def full_events(text: str, root: str, published: str = "2018-02-26") -> list[marsad.doc.Event]:
    return [e for e in marsad.analyze(text, published=published).events if e.cameo_root == root]


def test_a_strike_naming_no_target_is_aimed_where_the_sides_other_strikes_were():
    text = "قصف الجيش السوري الغوطة الشرقية يوم السبت. وقال مسعفون إن 20 مدنيا قتلوا في غارات شنها {} يوم الأحد."
    (sunday,) = [e for e in full_events(text.format("الجيش السوري"), "19") if e.date == "2018-02-25"]
    assert [a.name_en for a in sunday.target][:1] == ["Eastern Ghouta"]
    # another side's strikes tell nothing of whom this one struck
    (sunday,) = [e for e in full_events(text.format("مسلحون"), "19") if e.date == "2018-02-25"]
    assert sunday.source[0].name_en == "gunmen" and not sunday.target


def test_the_pronoun_of_an_attack_is_the_attacker():
    (attack,) = full_events("يواصل الجيش السوري هجومه على إدلب.", "19")
    assert attack.source[0].name_en == "Syrian Arab Army" and attack.target[0].name_en == "Idlib"
    # (but the pronoun of an arrest is the one arrested: no source from the light verb)
    assert not [e for e in marsad.analyze("وواصلت الشرطة اعتقاله.", published="2018-02-26").events
                if e.cameo_root == "17" and e.source and e.source[0].name_en == "police"]


def test_where_a_place_lies_is_not_what_was_struck():
    (attack,) = full_events("بدأ الجيش السوري هجومه على البلدة الواقعة على نهر الفرات.", "19")
    assert "Euphrates" not in [a.name_en for a in attack.target]
    (strike,) = full_events("وقصفت الطائرات الإسرائيلية مواقع في القنيطرة الواقعة في جنوب سوريا.", "19")
    assert strike.target[0].name_en != "Syria"


def test_an_attack_by_a_states_forces_is_military_force():
    (attack,) = full_events("بدأت القوات التركية هجومها على عفرين.", "19")
    assert attack.cameo == "190"
    (attack,) = full_events("اعترفت إسرائيل أنها نفذت أكثر من 200 هجوم على سوريا.", "18")
    assert attack.source[0].name_en == "Israel"  # the state named alone: its attacks keep the word's code
    (attack,) = full_events("نفذ مسلحون هجوما على نقطة أمنية في العريش.", "18")
    assert attack.cameo == "180" and attack.source[0].name_en == "gunmen"


def test_what_is_carried_out_is_the_verbs_direct_object():
    doc = marsad.analyze("وتنفذ الحكومة الفرنسية إثر هذه الاعتداءات سلسلة اعتقالات.", published="2015-11-20")
    assert not [e for e in doc.events if e.cameo_root == "18"]  # the attacks are not the government's
    doc = marsad.analyze("وأصدرت سلطنة عمان والكويت وقطر إدانات للهجوم.", published="2018-09-22")
    assert not [e for e in doc.events if e.cameo_root in ("18", "19")]


def test_forces_an_armed_speaker_says_carried_out_strikes_are_its_own():
    doc = marsad.analyze("وكشفت مصادر في التحالف العربي أن القوات نفذت 18 غارة جوية على المواقع الحوثية على مشارف "
                         "الحديدة، يوم الأربعاء.", published="2018-06-15")
    (strike,) = [e for e in doc.events if e.cameo_root == "19"]
    assert strike.source[0].name_en == "Arab coalition"


def test_tourists_are_struck():
    killing = [e for e in full_events('تبنى تنظيم "الدولة الإسلامية" الاثنين اعتداء تسبب بمقتل أربعة سياح أجانب في '
                                      'طاجيكستان.', "18", published="2018-07-31") if e.cameo == "1823"]
    assert [(a.source[0].name_en, a.target[0].name_en) for a in killing] == [("Islamic State", "tourists")]


def test_a_states_forces_striking_nowhere_named_strike_the_rebels_at_home():
    doc = marsad.analyze("تقاتل جماعة بوكو حرام في نيجيريا منذ سنوات. وقد شنت القوات النيجيرية في منتصف يوليو هجوما واسع "
                         "النطاق في محيط البحيرة.", published="2015-08-10")
    # the forces and the rebels both act for Nigeria, yet their acts are never one event
    assert [([a.name_en for a in e.source][:1], [a.name_en for a in e.target][:1]) for e in doc.events
            if e.trigger.text == "شنت"] == [(["Nigerian forces"], ["Boko Haram"])]


def test_the_side_forces_are_loyal_to_is_no_target_in_the_feminine_either():
    doc = marsad.analyze("كما تحاصر القوات الموالية لهادي المتمردين الحوثيين في منطقة وادي الحسيني.", published="2015-08-05")
    (siege,) = doc.events
    assert "Hadi" not in " ".join(a.name_en or "" for a in siege.target)


def test_a_civil_wars_factions_are_its_rebels_and_a_palestinian_factions_its_parties():
    # France24, 2018: «الفصائل المعارضة» named without a country are the story country's rebels, one side with
    # their adjective (not the rebels and then «المعارضة» as a second side)
    doc = marsad.analyze("قال المرصد السوري لحقوق الإنسان إن الفصائل المعارضة سيطرت على بلدة في ريف حلب في شمال سوريا. "
                         "واتهمت الفصائل روسيا باستهداف المدنيين في سوريا.", published="2018-03-01")
    sides = [([a.name_en for a in e.source], [a.name_en for a in e.target][:1]) for e in doc.events]
    assert (["Syrian rebels", "Syria"], ["Aleppo"]) in sides and (["Syrian rebels", "Syria"], ["Russia"]) in sides
    doc = marsad.analyze("ودعت الفصائل الفلسطينية إسرائيل إلى وقف العدوان على غزة.", published="2018-05-01")
    assert [a.name_en for e in doc.events for a in e.source] == ["Palestinian factions", "Palestine"]


def test_ngos_and_western_states_named_without_the_article_are_sides():
    doc = marsad.analyze("واتهم سالفيني مرارا المنظمات غير الحكومية بتشجيع تهريب المهاجرين.", published="2018-06-30")
    assert [([a.name_en for a in e.source][:1], [a.name_en for a in e.target]) for e in doc.events] == [
        (["Matteo Salvini"], ["NGOs"])]
    # «منظمات غير» alone is no side: only «غير حكومية» makes the non-governmental organisations
    doc = marsad.analyze("وانتقدت الحكومة منظمات غير مرخصة.", published="2018-06-30")
    assert "NGOs" not in {a.name_en for e in doc.events for a in e.target}
