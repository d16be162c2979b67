"""Attacks whose sides the sentence tells indirectly: loyalty, claims, «تعرض لـ», «من قبل», the place struck."""
from __future__ import annotations

from test_events_extract import analysed, made_by, names, unfiltered

import marsad

IS = ("ORG", "تنظيم الدولة الإسلامية", "Islamic State", "")
SHABAAB = ("ORG", "حركة الشباب", "al-Shabaab", "SO")
KENYA = ("LOC", "كينيا", "Kenya", "KE")
NAIROBI = ("LOC", "نيروبي", "Nairobi", "KE")
BELGIUM = ("LOC", "بلجيكا", "Belgium", "BE")
HOUTHIS = ("ORG", "الحوثيين", "Houthis", "YE")
SAUDI = ("LOC", "السعودية", "Saudi Arabia", "SA")
ISRAEL = ("LOC", "إسرائيل", "Israel", "IL")
HAMAS = ("ORG", "حماس", "Hamas", "PS")
UN = ("ORG", "الأمم المتحدة", "United Nations", "")
RUSSIA = ("LOC", "روسيا", "Russia", "RU")
SYRIA = ("LOC", "النظام السوري", "Syria", "SY")
GHOUTA = ("LOC", "الغوطة الشرقية", "Eastern Ghouta", "SY")
COALITION = ("ORG", "التحالف العربي", "Arab coalition", "SA")
SAADA = ("LOC", "صعدة", "Saada", "YE")


def violent(doc):
    return [e for e in doc.events if e.cameo_root in ("18", "19", "20")]


def test_events_unnamed_attacker_acts_for_the_side_he_is_loyal_to():
    doc = analysed("وقتل مسلح موال لحركة الشباب خمسة أشخاص في هجوم على فندق في نيروبي.", [SHABAAB, NAIROBI])
    (event,) = [e for e in violent(doc) if e.trigger.text == "قتل"]
    assert names(event.source)[0] == "al-Shabaab"
    assert names(event.target)[0] == "Nairobi"  # unnamed victims: the place struck stands for them


def test_events_unnamed_attacker_without_a_side_codes_nothing():
    doc = analysed("قتل رجل ثلاثة أشخاص في بلجيكا.", [BELGIUM])
    assert not [e for e in violent(doc) if e.source]


def test_events_claim_of_responsibility_names_the_attacker():
    text = "شهدت كينيا تفجيرات، أعلن تنظيم الدولة الإسلامية مسؤوليته عنها، في العاصمة نيروبي."
    doc = analysed(text, [KENYA, IS, NAIROBI])
    (event,) = violent(doc)
    assert names(event.source)[0] == "Islamic State"
    assert event.trigger.text == "تفجيرات"


def test_events_announcement_without_responsibility_is_no_claim():
    doc = analysed("وقعت تفجيرات، أعلن تنظيم الدولة الإسلامية أنه سيواصل القتال.", [IS])
    assert not [e for e in violent(doc) if e.trigger.text == "تفجيرات"]


def test_events_exposed_to_an_attack_by_an_agent():
    text = "والسعودية التي تقاتل في اليمن منذ سنوات، باتت تتعرض لقصف صاروخي من الحوثيين."
    doc = analysed(text, [SAUDI, ("LOC", "اليمن", "Yemen", "YE"), HOUTHIS])
    (event,) = [e for e in violent(doc) if e.trigger.text == "لقصف"]
    assert names(event.source)[0] == "Houthis"
    assert names(event.target) == ["Saudi Arabia"]
    # BBC, 2018-02-20: «قال ناشطون إن 10 بلدات … في … الغوطة الشرقية تعرضت لقصف القوات الحكومية»: who said so
    # (the activists; here the UN) was not struck; the towns were
    for speaker in ("قال ناشطون", "وقالت الأمم المتحدة"):
        doc = marsad.analyze(speaker + " إن 10 بلدات وقرى، على الأقل، في عموم منطقة الغوطة الشرقية تعرضت لقصف "
                             "القوات الحكومية وحلفائها الثلاثاء.", published="2018-02-20")
        (shelling,) = violent(doc)
        assert names(shelling.target)[0] == "Eastern Ghouta"


def test_events_agent_phrase_after_an_attack_noun():
    doc = analysed("ندد المجلس بإطلاق الصواريخ من قبل حماس على إسرائيل.", [HAMAS, ISRAEL])
    (event,) = [e for e in violent(doc) if e.trigger.text == "بإطلاق"]
    assert names(event.source)[0] == "Hamas"


def test_events_nisba_of_the_object_is_not_the_attacker():
    # «استهداف المدن السعودية»: Saudi cities were targeted; Saudi Arabia did not attack
    doc = analysed("واستمر استهداف المدن السعودية.", [SAUDI])
    assert not [e for e in violent(doc) if "Saudi Arabia" in names(e.source)]


def test_events_supporting_a_course_is_endorsement_not_aid():
    doc = analysed("وتدعم روسيا جهود الأمم المتحدة في المحادثات.", [RUSSIA, UN])
    (event,) = [e for e in doc.events if e.trigger.text == "تدعم"]
    assert event.cameo == "051"
    doc = analysed("تدعم روسيا نظام الأسد.", [RUSSIA, ("PER", "الأسد", "Bashar al-Assad", "SY")])
    (event,) = doc.events
    assert event.cameo == "070"


GREECE = ("LOC", "اليونانيين", "Greece", "GR")
SKOPJE = ("LOC", "سكوبيي", "Skopje", "MK")


def test_events_protest_against_no_one_named_is_against_the_own_government():
    doc = analysed("وتظاهر آلاف اليونانيين في أثينا ضد الاتفاق مع سكوبيي.", [GREECE, SKOPJE])
    (event,) = [e for e in doc.events if e.cameo_root == "14"]
    assert "Greece" in names(event.source)
    assert names(event.target) == ["Greece"] and event.target[0].cameo_actor == "GRCGOV"


def test_events_protest_against_a_named_side_keeps_it():
    doc = analysed("وتظاهر آلاف اليونانيين ضد سكوبيي.", [GREECE, SKOPJE])
    (event,) = [e for e in doc.events if e.cameo_root == "14"]
    assert names(event.target)[0] == "Skopje"


def test_events_official_protest_gets_no_home_target():
    doc = analysed("احتج الرئيس بوتين على القرار.", [("PER", "بوتين", "Vladimir Putin", "RU")])
    assert all(not e.target for e in doc.events if e.cameo_root == "14")


def test_events_from_a_side_after_a_prepositional_phrase_is_not_the_agent():
    # «السيطرة على قطاع غزة من حماس»: control taken from Hamas; Hamas does not take it
    doc = analysed("وتطالب فتح بانتقال السيطرة على قطاع غزة من حماس.", [HAMAS, ("LOC", "قطاع غزة", "Gaza Strip", "PS")])
    assert not [e for e in violent(doc) if "Hamas" in names(e.source)]


def test_events_the_side_behind_an_assassination_did_it():
    doc = analysed("وقال إن عملية الاغتيال وراءها المخابرات الإسرائيلية.", [("LOC", "الإسرائيلية", "Israel", "IL")])
    (event,) = [e for e in violent(doc) if e.trigger.text == "الاغتيال"]
    assert names(event.source) == ["Israel"] and not event.target


def test_events_embassy_move_is_recognition_by_the_embassy_owner():
    doc = analysed("وتستعد الولايات المتحدة لنقل سفارتها إلى القدس في أيار المقبل.",
                   [("LOC", "الولايات المتحدة", "United States", "US"), ("LOC", "القدس", "Jerusalem", "IL")])
    (event,) = doc.events
    assert names(event.source)[0] == "United States" and names(event.target)[0] == "Jerusalem"
    assert event.modality == "future" and event.cameo == "032"  # a move prepared: intent to recognise
    doc = analysed("واحتج الفلسطينيون بعد نقل الولايات المتحدة سفارتها إلى القدس.",
                   [("LOC", "الولايات المتحدة", "United States", "US"), ("LOC", "القدس", "Jerusalem", "IL")])
    assert [(e.cameo, names(e.source)[0]) for e in doc.events if e.cameo_root == "05"] == [("054", "United States")]
    # the verb, and the dual's possessive: «نقلت غواتيمالا سفارتها», «عزمهما نقل سفارتيهما» (an intent: 032)
    guatemala, paraguay = ("LOC", "غواتيمالا", "Guatemala", "GT"), ("LOC", "باراغواي", "Paraguay", "PY")
    doc = analysed("ونقلت غواتيمالا سفارتها إلى القدس بعد يومين.", [guatemala, ("LOC", "القدس", "Jerusalem", "IL")])
    assert [(e.cameo, names(e.source)[0]) for e in doc.events] == [("054", "Guatemala")]
    doc = analysed("وأعلنت غواتيمالا وباراغواي عزمهما نقل سفارتيهما إلى القدس.",
                   [guatemala, paraguay, ("LOC", "القدس", "Jerusalem", "IL")])
    assert [(e.cameo, names(e.source), e.modality) for e in doc.events] == [
        ("032", ["Guatemala", "Paraguay"], "intent")]


def test_events_speaker_outside_a_quote_is_not_the_subject_inside_it():
    text = 'وقالت المتحدثة هيذر ناورت في بيان "أجرى الوزير مناقشات بناءة مع نظرائه".'
    doc = analysed(text, [("PER", "هيذر ناورت", "Heather Nauert", "US")])
    assert not [e for e in doc.events if e.cameo_root == "04" and "Heather Nauert" in names(e.source)]
    doc = analysed('وقالت الصحيفة إن الولايات المتحدة "أشادت بدور الصين".',
                   [("LOC", "الولايات المتحدة", "United States", "US"), ("LOC", "الصين", "China", "CN")])
    assert [e for e in doc.events if e.cameo_root == "05" and names(e.source)[0] == "United States"]


def test_events_indefinite_plural_demonym_is_the_target():
    text = "وقالت روسيا إن اليونان لم تطرد دبلوماسيين روسا."
    doc = analysed(text, [("LOC", "روسيا", "Russia", "RU"), ("LOC", "اليونان", "Greece", "GR")])
    (event,) = [e for e in doc.events if e.cameo_root == "16"]
    assert event.negated and names(event.target) == ["Russia"]


def test_events_generic_force_with_a_nisba_is_that_countrys_force():
    doc = analysed("الجيش اليمني يحرر مواقع جديدة في معقل الحوثيين.", [HOUTHIS])
    (event,) = violent(doc)
    assert event.source[0].cameo_actor == "YEMMIL" and names(event.source) == ["Yemeni army", "Yemen"]
    assert names(event.target)[0] == "Houthis"  # inside «في معقل»: the place's owner, not the subject


def test_events_civilians_are_struck_not_striking():
    doc = analysed("وأدى القصف إلى قتل المواطنين السوريين الأبرياء.", [])
    assert not [e for e in violent(doc) if e.source and e.source[0].name_en == "citizens"]


def test_events_thousands_of_citizens_protest_and_those_counted_in_an_attack_are_its_victims():
    doc = analysed("ويتظاهر الآلاف من المواطنين الأردنيين ضد قانون الضريبة.", [])
    (event,) = [e for e in doc.events if e.cameo_root == "14"]
    assert event.source[0].cameo_actor == "JORCVL" and names(event.target) == ["Jordan"]
    doc = analysed("كما تم قتل عدد من قيادات الحوثيين في جبهة البيضاء.", [HOUTHIS])
    assert not [e for e in violent(doc) if "Houthis" in names(e.source)]


def test_events_every_one_of_a_listed_group_acts():
    doc = analysed("تعهدت كل من السعودية والكويت بتقديم مساعدات اقتصادية للأردن.",
                   [SAUDI, ("LOC", "الكويت", "Kuwait", "KW"), ("LOC", "للأردن", "Jordan", "JO")])
    (event,) = doc.events
    assert names(event.source) == ["Saudi Arabia", "Kuwait"]


def test_events_the_channel_spoken_through_is_no_target():
    doc = analysed('ونفى لافروف في مقابلة عبر قناة الجزيرة تلك التهم.',
                   [("PER", "لافروف", "Sergey Lavrov", "RU"), ("ORG", "قناة الجزيرة", "Al Jazeera", "QA")])
    assert all("Al Jazeera" not in names(e.target) for e in doc.events)


def test_events_threat_to_a_thing_borrows_no_side():
    iran = ("LOC", "الإيرانية", "Iran", "IR")
    doc = analysed("وناقشت اللجنة التهديدات الإيرانية للأمن القومي العربي في ضوء هجمات الحوثيين.", [iran, HOUTHIS])
    assert not [e for e in doc.events if e.cameo_root == "13"]  # a threat needs a side; security is none
    assert [e.cameo for e in doc.events] == ["180"]


def test_events_attack_with_chemical_weapons_is_mass_violence():
    doc = analysed("وقال ماكرون إن الحكومة السورية هاجمت دوما بالأسلحة الكيميائية.",
                   [("LOC", "الحكومة السورية", "Syria", "SY"), ("LOC", "دوما", "Douma", "SY")])
    (event,) = violent(doc)
    assert event.cameo == "2041" and names(event.target)[0] == "Douma"


def test_events_forces_of_a_national_body_are_that_body():
    doc = analysed("شنت قوات الجيش اليمني هجوما واسعا على مواقع الحوثيين.", [HOUTHIS])
    (event,) = violent(doc)
    assert event.source[0].cameo_actor == "YEMMIL" and names(event.target)[0] == "Houthis"


def test_events_an_indefinite_feminine_body_takes_its_nisba():
    # «شرطة فرنسية», like «الشرطة الفرنسية»: the French police (FRACOP), not police of no side
    doc = marsad.analyze("واعتقلت شرطة فرنسية ناشطا سوريا في باريس.", published="2018-02-27")
    assert [(e.cameo, e.source[0].cameo_actor) for e in doc.events] == [("173", "FRACOP")]


def test_events_armed_body_keeps_its_nisba_across_modifiers():
    mosul = ("LOC", "الموصل", "Mosul", "IQ")
    doc = analysed("واستعادت القوات الموالية للحكومة العراقية السيطرة على مدينة الموصل.", [mosul])
    (event,) = violent(doc)
    assert event.source[0].cameo_actor == "IRQMIL" and names(event.source) == ["Iraqi forces", "Iraq"]
    doc = analysed("وقصفت القوات الحكومية السورية مواقع الحوثيين.", [HOUTHIS])
    assert violent(doc)[0].source[0].cameo_actor == "SYRMIL"


def test_events_passive_marked_verb_takes_no_subject():
    doc = analysed("وقال مصدر إن الصحفي قُتل داخل القنصلية السعودية.", [SAUDI])
    assert not [e for e in violent(doc) if "Saudi Arabia" in names(e.source)]


def test_events_relative_clause_with_object_pronoun_acts_on_the_antecedent():
    doc = analysed("صور للشهيد محمد الزواري الذي اغتاله الكيان الصهيوني في تونس.",
                   [("PER", "محمد الزواري", "Mohamed Zouari", "TN"), ("LOC", "تونس", "Tunisia", "TN")])
    assert not [e for e in violent(doc) if "Mohamed Zouari" in names(e.source)]


def test_events_one_who_pretends_does_not_protest_but_crowds_do():
    tunisia = ("LOC", "تونس", "Tunisia", "TN")
    assert analysed("وتظاهر حارس مرمى تونس بالإصابة.", [tunisia]).events == []
    doc = analysed("وتظاهر آلاف التونسيين أمام البرلمان بالعاصمة تونس.", [tunisia])
    assert [e.cameo_root for e in doc.events] == ["14"]


def test_events_protest_in_front_of_a_consulate_is_not_by_its_country():
    doc = analysed("وشاركت الناشطة في مظاهرة أمام القنصلية السعودية في إسطنبول.", [SAUDI])
    assert not [e for e in doc.events if "Saudi Arabia" in names(e.source)]


def test_events_passive_names_the_victim_before_and_the_agent_after_min_qibal():
    doc = analysed("وقال إن المتظاهرين قُتلوا من قبل الشرطة الإيرانية.", [])
    (event,) = violent(doc)
    assert event.source[0].cameo_actor == "IRNCOP" and names(event.target) == ["protesters"]
    doc = analysed('وأضافت: "جمال لم يُقتل ولا أعتقد أنه قُتل".', [("PER", "جمال", "Jamal Khashoggi", "SA")])
    assert violent(doc) == []


def test_events_attack_carried_out_by_the_subject_of_its_relative_verb():
    doc = analysed("وقتل أربعة جنود في هجوم شنه مسلحون على ثكنة عسكرية.", [])
    (event,) = [e for e in violent(doc) if e.trigger.text == "هجوم"]
    assert names(event.source) == ["gunmen"]


def test_events_protest_told_as_a_purpose_masdar():
    doc = analysed("وخرج مئات من المتظاهرين إلى الشوارع احتجاجا على قرار الحكومة.", [])
    (event,) = [e for e in doc.events if e.cameo_root == "14"]
    assert names(event.source) == ["protesters"] and names(event.target) == ["government"]


def test_events_a_demonym_counted_as_a_crowd_protests():
    doc = analysed("وتظاهر آلاف اليونانيين احتجاجا على الاتفاق.", [])
    (event,) = [e for e in doc.events if e.cameo_root == "14"]
    assert event.source[0].cameo_actor == "GRCCVL" and names(event.source) == ["Greek people", "Greece"]
    assert event.target[0].cameo_actor == "GRCGOV"


def test_events_a_crowd_with_no_country_is_the_protesters_of_where_it_marches_against_its_government():
    doc = analysed("الآلاف يتظاهرون في المغرب ضد سجن قادة الحراك.", [("LOC", "المغرب", "Morocco", "MA")])
    (event,) = doc.events
    assert event.source[0].cameo_actor == "MARCVL" and event.target[0].cameo_actor == "MARGOV"


def test_events_freezing_dealings_then_expelling_the_ambassador():
    doc = analysed("كما جمدت السعودية التعاملات التجارية مع كندا وطردت سفيرها.", [SAUDI, ("LOC", "كندا", "Canada", "CA")])
    assert [(e.cameo, names(e.source)[0], names(e.target)[0]) for e in doc.events] == [
        ("163", "Saudi Arabia", "Canada"), ("161", "Saudi Arabia", "Canada")]


def test_events_a_family_name_in_al_i_is_the_victim_of_an_assassination():
    doc = analysed("وتعطلت الحياة السياسية منذ اغتيال الحريري.", [("PER", "الحريري", "Rafic Hariri", "LB")])
    assert not [e for e in violent(doc) if "Rafic Hariri" in names(e.source)]


def test_events_striking_at_stability_beats_no_one():
    doc = analysed("ورأى أن الجريمة تستهدف ضرب الاستقرار في لبنان.", [("LOC", "لبنان", "Lebanon", "LB")])
    assert not [e for e in violent(doc) if e.cameo.startswith("182")]


def test_events_verb_describing_an_indefinite_noun_has_that_noun_as_subject():
    nk = ("LOC", "كوريا الشمالية", "North Korea", "KP")
    doc = analysed("وستستهدف الإجراءات شركات تجارية تساعد كوريا الشمالية.", [nk])
    assert not [e for e in doc.events if "North Korea" in names(e.source)]
    doc = analysed("تفادي حرب تجارية\n\nدعت فرنسا الولايات المتحدة إلى إعطاء إشارات إيجابية.",
                   [("LOC", "فرنسا", "France", "FR"), ("LOC", "الولايات المتحدة", "United States", "US")])
    assert [(e.cameo, names(e.source)[0]) for e in doc.events] == [("020", "France")]  # a headline is no subject


def test_events_killed_with_no_object_after_is_the_passive():
    doc = analysed("وقال مصدر إن خاشقجي قتل داخل القنصلية.", [("PER", "خاشقجي", "Jamal Khashoggi", "SA")])
    assert not [e for e in violent(doc) if "Jamal Khashoggi" in names(e.source)]
    doc = analysed("وأكد أن الجيش الإسرائيلي قتل ثلاثة فلسطينيين في غزة.", [("LOC", "غزة", "Gaza Strip", "PS")])
    (event,) = violent(doc)
    assert event.source[0].cameo_actor == "ISRMIL"


def test_events_abducted_or_arrested_in_a_relative_clause_with_no_object_is_the_passive():
    doc = marsad.analyze("ودعت منظمة هيومن رايتس ووتش الحوثيين إلى الإفراج عن الناشط الحقوقي عبد القادر الجنيد الذي "
                         "اختطف الأربعاء الماضي في مدينة تعز.", published="2015-08-05")
    assert not [e for e in doc.events if e.cameo_root == "18" and e.source]
    doc = marsad.analyze("وأكدت الشرطة الطاجيكية في بيان أنها أوقفت أربعة مشتبه بهم في الهجوم.", published="2018-07-31")
    (arrest,) = [e for e in doc.events if e.cameo.startswith("173")]
    assert names(arrest.source)[0] == "Tajikistani Police"


def test_events_troops_massing_show_force_and_do_not_protest():
    doc = analysed("وقالت مصادر إن قوات موالية للنظام تحتشد قبالة مواقع التحالف.", [])
    assert [(e.cameo, names(e.source)) for e in doc.events] == [("150", ["forces"])]


def test_events_his_position_is_no_arrest():
    doc = analysed("يجب على المجتمع الدولي أن يبقي على موقفه ضد نظام الأسد.", [("PER", "الأسد", "Bashar al-Assad", "SY")])
    assert not [e for e in doc.events if e.cameo_root == "17"]


def test_events_launching_a_scathing_attack_on_a_person_is_criticism():
    erdogan = ("PER", "أردوغان", "Recep Tayyip Erdogan", "TR")
    macron = ("PER", "ماكرون", "Emmanuel Macron", "FR")
    doc = analysed("بعدما شن أردوغان هجوما لاذعا على ماكرون بسبب عرضه إقامة حوار.", [erdogan, macron])
    assert [(e.cameo, names(e.source)[0], names(e.target)[0]) for e in doc.events] == [
        ("111", "Recep Tayyip Erdogan", "Emmanuel Macron")]


def test_events_an_attack_a_man_goes_on_to_say_is_criticism():
    duterte = ("PER", "دوتيرتي", "Rodrigo Duterte", "PH")
    kuwait = ("LOC", "الكويت", "Kuwait", "KW")
    doc = analysed("وشن دوتيرتي هجوما على الكويت وقال إن أرباب العمل يسيئون معاملة العاملات.", [duterte, kuwait])
    assert [(e.cameo, names(e.source)[0], names(e.target)[0]) for e in doc.events] == [
        ("111", "Rodrigo Duterte", "Kuwait")]
    # an army that goes on to say what its attack did attacked with arms
    doc = analysed("وشن الجيش الأفغاني هجوما على مواقع طالبان، وقال إنه قتل عشرين مسلحا.",
                   [("ORG", "طالبان", "Taliban", "AF")])
    assert "111" not in {e.cameo for e in doc.events}


def test_events_warplanes_of_a_country_strike():
    doc = analysed("وشن الطيران الإسرائيلي غارات على مواقع لحماس في غزة.", [HAMAS])
    (event,) = violent(doc)
    assert event.source[0].cameo_actor == "ISRMIL" and names(event.target)[0] == "Hamas"


def test_events_raids_carried_out_by_the_subject_of_their_relative_clause():
    doc = analysed("وغادر آلاف المدنيين مدينة عفرين مع تواصل الغارات التي تشنها تركيا وحلفاؤها.",
                   [("LOC", "عفرين", "Afrin", "SY"), ("LOC", "تركيا", "Turkey", "TR")])
    (event,) = [e for e in violent(doc) if e.trigger.text == "الغارات"]
    assert names(event.source)[0] == "Turkey"
    doc = analysed("وجاءت القمة التي شهدتها سنغافورة بين الزعيمين.", [("LOC", "سنغافورة", "Singapore", "SG")])
    assert not [e for e in doc.events if "Singapore" in names(e.source)]  # the place a summit was held


def test_events_interception_targets_who_fired_not_where():
    coalition = ("ORG", "التحالف", "Arab coalition", "SA")
    doc = analysed("واعترض التحالف ثلاثة صواريخ باليستية في سماء الرياض أطلقها الحوثيون.",
                   [coalition, ("ORG", "الحوثيون", "Houthis", "YE"), ("LOC", "الرياض", "Riyadh", "SA")])
    (event,) = violent(doc)
    assert names(event.source)[0] == "Arab coalition" and names(event.target)[0] == "Houthis"


def test_events_dawn_is_told_by_the_day_right_after_it():
    doc = analysed("وفجر انتحاري نفسه يوم الجمعة في سوق مزدحم ببغداد.", [("LOC", "بغداد", "Baghdad", "IQ")])
    from marsad.events import find_triggers, load_lexicon
    assert "183" in {m.trigger.code for _, m in find_triggers(doc, load_lexicon())}  # bombed, with a day later on
    doc = analysed("ونفذت الولايات المتحدة ضربات فجر السبت.", [("LOC", "الولايات المتحدة", "United States", "US")])
    assert "183" not in {m.trigger.code for _, m in find_triggers(doc, load_lexicon())}


def test_events_a_port_named_after_its_town_stands_for_the_town():

    doc = marsad.analyze("وشن التحالف العربي غارات جوية على ميناء الحديدة أمس.", published="2018-06-14")
    assert "Port of Hodeidah" in {e.name_en for e in doc.entities}  # the entity is the port
    (event,) = violent(doc)
    assert "Hodeidah" in names(event.target) and "Port of Hodeidah" not in names(event.target)  # the event, the town


def test_events_a_state_body_named_alone_is_the_story_countrys():
    jerada = ("LOC", "جرادة", "Jerada", "MA")
    morocco = ("LOC", "المغرب", "Morocco", "MA")
    zefzafi = ("PER", "ناصر الزفزافي", "Nasser Zefzafi", "MA")
    text = ("تظاهر المئات في جرادة شمال شرق المغرب. وتصاعد التوتر في جرادة بعد أن اعتقلت السلطات السبت "
            "الناشط ناصر الزفزافي.")
    doc = analysed(text, [jerada, morocco, zefzafi])
    (arrest,) = [e for e in doc.events if e.cameo_root == "17"]
    assert arrest.source[0].cameo_actor == "MARGOV" and names(arrest.source) == ["Moroccan authorities", "Morocco"]
    # an article of many countries gives none: the authorities stay nobody's, and arrest no one
    russia, usa = ("LOC", "روسيا", "Russia", "RU"), ("LOC", "الولايات المتحدة", "United States", "US")
    doc = analysed("وانتقدت روسيا الولايات المتحدة. واعتقلت السلطات السبت الناشط ناصر الزفزافي.",
                   [russia, usa, zefzafi])
    (arrest,) = [e for e in doc.events if e.cameo_root == "17"]
    assert names(arrest.source) == ["authorities"] and arrest.source[0].cameo_actor == "GOV"


def test_events_a_headline_datelined_with_a_country_names_the_story_country():
    # FRANCE 24, 2018-04-26: France, Guinea and Togo share the places; «فرنسا:» says whose police it is
    text = ("يشتبه في حصول الشركة على امتيازات في ميناءي كوناكري بغينيا ولومي في توغو مقابل خدمات في باريس. "
            "لكن الشرطة أفرجت الأربعاء عن المقاول فرانسيس بيريز.")
    doc = marsad.analyze(text, title="فرنسا: توجيه الاتهام للملياردير فانسان بولوريه", published="2018-04-26")
    (release,) = [e for e in doc.events if e.cameo_root == "08"]
    assert [a.name_en for a in release.source] == ["French police", "France"]


def test_events_the_judiciary_named_alone_is_the_story_countrys_unless_its_own_nisba_says_otherwise():
    tehran, iran = ("LOC", "طهران", "Tehran", "IR"), ("LOC", "إيران", "Iran", "IR")
    araghchi = ("PER", "أحمد عراقجي", "Ahmad Araghchi", "IR")
    doc = analysed("وتعاني إيران من أزمة في طهران. وأعلن القضاء الأحد توقيف مساعد محافظ البنك المركزي أحمد عراقجي.",
                   [tehran, iran, araghchi])
    (arrest,) = [e for e in doc.events if e.cameo_root == "17"]
    assert arrest.source[0].cameo_actor == "IRNJUD" and names(arrest.target)[0] == "Ahmad Araghchi"
    # «القضاء التركي» in an Iranian story: Turkey's, by the nisba the linker left unjoined
    doc = analysed("وتعاني إيران من أزمة في طهران. واتهم القضاء التركي أحمد عراقجي بالفساد.", [tehran, iran, araghchi])
    (accusation,) = [e for e in doc.events if e.cameo_root == "11"]
    assert accusation.source[0].cameo_actor == "TURJUD"


def test_events_the_place_after_an_opposition_names_its_country_and_the_army_strikes_its_own_opposition():
    ghouta = ("LOC", "الغوطة", "Eastern Ghouta", "SY")
    doc = analysed("لكن جماعات المعارضة المسلحة في الغوطة رفضت العرض الروسي.", [ghouta])
    (rejection,) = [e for e in doc.events if e.cameo_root == "12"]
    assert names(rejection.source) == ["Syrian opposition", "Syria"] and names(rejection.target) == ["Russia"]
    doc = analysed("وقصف الجيش السوري مواقع المعارضة السورية.", [])
    (strike,) = violent(doc)
    assert strike.source[0].cameo_actor == "SYRMIL" and strike.target[0].cameo_actor == "SYROPP"


def test_events_killed_before_a_count_or_after_qad_is_the_passive():
    libya = ("LOC", "الليبي", "Libya", "LY", "demonym")
    doc = analysed("وقتل 7 جنود ليبيين أول من أمس في أجدابيا.", [])
    assert [e for e in doc.events if e.cameo_root == "18"] == []
    esper = ("PER", "عزيز إسبر", "Aziz Esper", "SY")
    doc = analysed("وكان الدكتور عزيز إسبر قد قتل في انفجار استهدف سيارته.", [esper])
    assert all(names(e.source)[:1] != ["Aziz Esper"] for e in doc.events)
    doc = analysed("وقتل الجيش الليبي سبعة متشددين في بنغازي.", [libya])
    (killing,) = [e for e in doc.events if e.cameo_root == "18"]
    assert killing.source[0].cameo_actor == "LBYMIL"


def test_events_shelling_ascribed_to_a_side_has_it_as_agent():
    # «في قصف بالهاون طاول منزلين ونسب إلى الحوثيين»: after «في» the word is the noun, and the side the
    # shelling is ascribed to shelled
    doc = analysed("قتل سبعة مدنيين في مدينة الحديدة في قصف بالهاون طاول منزلين ونسب إلى الحوثيين.",
                   [("LOC", "الحديدة", "Hodeidah", "YE"), ("ORG", "الحوثيين", "Houthis", "YE")])
    (shelling,) = [e for e in doc.events if e.trigger.text == "قصف"]
    assert names(shelling.source)[0] == "Houthis" and "Houthis" not in names(shelling.target)


def test_events_government_forces_are_the_story_countrys():
    # «القوات الحكومية» with no nisba in a Syrian story: Syria's forces (SYRMIL), not forces of no side
    text = "وتقع دوما في ريف دمشق قرب دمشق. وقصفت القوات الحكومية مدينة دوما في الغوطة الشرقية."
    doc = analysed(text, [("LOC", "دوما", "Douma", "SY"), ("LOC", "ريف دمشق", "Rif Dimashq", "SY"),
                          ("LOC", "دمشق", "Damascus", "SY"), ("LOC", "الغوطة الشرقية", "Eastern Ghouta", "SY")])
    (shelling,) = [e for e in doc.events if e.cameo_root == "19"]
    assert shelling.source[0].cameo_actor == "SYRMIL"


def test_events_lam_after_a_strike_names_who_carried_it_out():
    doc = analysed("قتل عشرات المدنيين في الغوطة الشرقية في قصف لقوات النظام السوري.", [GHOUTA, SYRIA])
    (event,) = [e for e in violent(doc) if e.trigger.text == "قصف"]
    assert names(event.source)[0] == "Syria"  # the shelling by the regime's forces, not of them
    assert names(event.target)[0] == "Eastern Ghouta"  # the place of the killing it caused
    doc = analysed("قتل خمسة مدنيين في غارات جوية لطيران التحالف العربي على صعدة.", [COALITION, SAADA])
    (event,) = [e for e in violent(doc) if e.trigger.text == "غارات"]
    assert names(event.source)[0] == "Arab coalition" and names(event.target)[0] == "Saada"


def test_events_lam_after_a_blow_is_its_target():
    doc = analysed("وجه التحالف العربي أقوى ضربة لميليشيات الحوثيين في صعدة.", [COALITION, HOUTHIS, SAADA])
    assert not [e for e in violent(doc) if e.source and names(e.source)[0] == "Houthis"]


def test_events_place_named_after_where_is_struck():
    text = "تابعت الصحف الوضع في الغوطة الشرقية حيث قتل عشرات المدنيين في قصف لقوات النظام السوري."
    (event,) = [e for e in violent(analysed(text, [GHOUTA, SYRIA])) if e.trigger.text == "قصف"]
    assert names(event.target)[0] == "Eastern Ghouta"
    # a meeting in a city is not what a strike told later struck
    doc = analysed("اجتمع الوزراء في صعدة، ثم شن التحالف العربي غارات.", [SAADA, COALITION])
    assert not [e for e in violent(doc) if e.target and names(e.target)[0] == "Saada"]


def test_a_suicide_bomber_after_inna_and_an_abduction_told_by_its_masdar_have_their_agents():
    # «قال مصدر أمني إن انتحاريا فجر نفسه» (the accusative), «قام مسلحون مقنعون بخطف نائب رئيس البلدية»
    doc = analysed("وقال مصدر أمني إن انتحاريا فجر نفسه أمام الكنيسة.", [])
    assert [(e.cameo, names(e.source)) for e in doc.events] == [("183", ["suicide bomber"])]
    doc = analysed("ففي نابلس قام مسلحون مقنعون بخطف نائب رئيس البلدية من سيارته.", [("LOC", "نابلس", "Nablus", "PS")])
    assert [(e.cameo, names(e.source)) for e in doc.events] == [("181", ["gunmen"])]


def test_an_attack_made_in_a_speech_is_criticism():
    # «شن عباس أعنف هجوم له على حركة حماس، مستغلا في ذلك كلمة ألقاها»: the speech is past ten words from «شن»
    abbas, hamas = ("PER", "محمود عباس", "Mahmoud Abbas", "PS"), ("ORG", "حركة حماس", "Hamas", "PS")
    doc = analysed("شن الرئيس الفلسطيني محمود عباس أعنف هجوم له على حركة حماس، مستغلا في ذلك كلمة ألقاها في "
                   "مهرجان في رام الله.", [abbas, hamas])
    assert [(e.cameo, names(e.target)[:1]) for e in doc.events] == [("111", ["Hamas"])]


def test_events_a_fire_brought_under_control_takes_no_ground():
    doc = marsad.analyze("وقالت شركة أرامكو السعودية إنها تمكنت من السيطرة على حريق محدود في أحد الخزانات في مصفاة "
                         "الرياض.", published="2018-07-18")
    assert not [e for e in doc.events if e.cameo.startswith("19")]


def test_events_the_owner_of_a_facility_struck_did_not_strike():
    # France 24, 2018-07-18: «سلاح الجو المسير يستهدف مصفاة شركة أرامكو»: Aramco's refinery is the target
    doc = marsad.analyze('وقال تلفزيون المسيرة الذي يديره الحوثيون إن الحوثيين يعلنون قصف مصفاة لأرامكو. وقال '
                         'التلفزيون "سلاح الجو المسير يستهدف مصفاة شركة أرامكو في الرياض".', published="2018-07-18")
    assert "Saudi Aramco" not in made_by(doc, "19")


def test_events_an_agent_after_min_qibal_makes_the_verb_passive():
    # Asharq al-Awsat: «أن أمجد وهبة … خطف في وسط مدينة تيزي وزو من قبل أربعة مسلحين»: the gunmen kidnapped, not
    # the town; the police only announced it
    doc = marsad.analyze("وأعلنت الشرطة أن أمجد وهبة، المدير الإقليمي للشركة، خطف في وسط مدينة تيزي وزو من قبل أربعة "
                         "مسلحين، كانوا يحملون أسلحة رشاشة.", published="2007-10-20")
    (kidnap,) = [e for e in doc.events if e.cameo.startswith("18")]
    assert [a.name_en for a in kidnap.source] == ["gunmen"]
    assert not [a for a in kidnap.target if a.name_en == "police"]


def test_events_those_counted_among_the_killed_did_not_kill():
    # «أدى إلى مقتل 250 من المحتجين المدنيين»: «من» after a count is "of them", not "by"
    doc = marsad.analyze("وكان ضباط في الجيش قادوا تمردا على حكم الرئيس، رجب طيب أردوغان، أدى إلى مقتل 250 من المحتجين "
                         "المدنيين.", published="2018-07-15")
    assert "protesters" not in made_by(doc, "18")


def test_events_a_peoples_adjective_after_an_attack_names_who_made_it():
    # «الضربات الجوية الأمريكية» in a sentence naming the United States nowhere else: the US struck
    doc = marsad.analyze("وقتل 150 مدنيا افغانيا على الاقل في سلسلة من الضربات الجوية الاميركية التي اخطأت اهدافها.",
                         published="2008-09-01")
    assert [(e.cameo[:2], e.source[0].name_en) for e in doc.events if e.cameo.startswith("19")] == \
        [("19", "United States")]
    # a bare demonym elsewhere in the sentence does not strike: «وقتل جنود سوريون في الهجوم»
    doc = marsad.analyze("وقتل جنود سوريون في الهجوم.", published="2008-09-01")
    assert not [e for e in doc.events if e.cameo.startswith("19")]


def test_events_a_people_killed_did_not_kill():
    # «في مقتل الفلسطينيين»: the genitive plural names those killed, not the killers
    doc = marsad.analyze("في هذه الأثناء رفض وزير الدفاع الإسرائيلي أفيغدور ليبرمان التحقيق في مقتل الفلسطينيين.",
                         published="2018-05-15")
    assert "Palestine" not in made_by(doc, "18")


def test_events_a_scandal_or_a_quake_that_hits_a_country_strikes_no_one():
    for text in ("فضيحة التلاعب بالمباريات تضرب صربيا.", "وزلزال قوي يضرب اليابان."):
        doc = marsad.analyze(text, published="2015-07-22")
        assert not violent(doc), text
    doc = marsad.analyze("وزلزال قوي يضرب اليابان. وضربت إسرائيل مواقع في غزة.", published="2015-07-22")
    assert [e.cameo_root for e in violent(doc)] == ["19"]  # the quake's clause ends at its full stop


def test_events_aiming_at_a_deed_and_the_owner_of_positions_struck_strike_no_one():
    doc = marsad.analyze("وكان الصندوق يستهدف تحويل كوالالمبور إلى مركز مالي في المنطقة. واستهدفت الطائرات مواقع "
                         "الحوثيين في صعدة.", published="2018-05-25")
    assert not violent(doc)
    doc = marsad.analyze("استهدف تنظيم الدولة الإسلامية عشرات من الجنود السوريين خلال الأسبوع المنصرم.",
                         published="2018-05-28")
    (attack,) = violent(doc)  # «تنظيم» is the name's first word, not an aim
    assert names(attack.source)[0] == "Islamic State"
    # nor does a side that says a campaign aims at a deed accuse anyone
    doc = marsad.analyze("ويشن التحالف عملية عسكرية ضد الحوثيين في اليمن قال إنها تستهدف إعادة حكومة عبد ربه منصور "
                         "هادي.", published="2018-08-12")
    assert [e.cameo for e in doc.events if e.trigger.text == "تستهدف"] == []


def test_events_a_strike_reported_is_not_the_campaign_waged_since_years_before():
    # BBC Arabic, 2018-08-12: the report of a strike on the port is of the report's days; the coalition's campaign
    # began in March 2015
    doc = marsad.analyze("وأوضح المستشار القانوني بخصوص تقارير استهداف التحالف لرصيف في ميناء الحديدة، أن الهجوم "
                         '"جاء لإحباط هجوم للميليشيات بزوارق مفخخة".\nويشن التحالف عملية عسكرية منذ أواخر مارس/آذار '
                         "عام 2015 ضد الحوثيين في اليمن.", published="2018-08-12")
    dates = {e.trigger.text: e.date for e in violent(doc)}
    assert dates == {"استهداف": "2018-08-12", "ويشن": "2015-03"}
    # a date the act is told on, not a start, is the same act's, and the mentions merge
    told = ("وأوضح المستشار القانوني بخصوص تقارير استهداف التحالف لرصيف في ميناء الحديدة أن الهجوم جاء لإحباط هجوم.\n"
            "واستهدف التحالف مواقع الحوثيين في الحديدة {} آذار/مارس 2015.")
    assert [e.date for e in violent(marsad.analyze(told.format("في"), published="2018-08-12"))] == ["2015-03"]
    assert len(violent(marsad.analyze(told.format("منذ"), published="2018-08-12"))) == 2


def test_events_a_relative_verb_on_an_attack_noun_strikes_the_side_after_it():
    # Saudi News Network, 2015-08-01: «الغارة … التي استهدفت تنظيم جبهة النصرة»: the raid struck al-Nusra
    doc = marsad.analyze("وكانت الغارة الجوية التي استهدفت تنظيم جبهة النصرة في أعزاز عنيفة.", published="2015-08-01")
    assert not [e for e in violent(doc) if "al-Nusra Front" in names(e.source)]
    # «ـها» takes the attack up: the side after the verb carried it out
    doc = marsad.analyze("ونددت سوريا بالغارات التي شنتها تركيا على عفرين.", published="2018-03-13")
    assert [names(e.source)[0] for e in violent(doc)] == ["Turkey"]


def test_events_a_civil_aviation_authority_is_no_air_force():
    doc = marsad.analyze("نفت هيئة الطيران الإماراتية اختطاف طائرة تابعة لشركة فلاي دبي فوق الأجواء الإيرانية.",
                         published="2018-05-23")
    assert not [e for e in doc.events if any("air force" in (a.name_en or "") for a in e.source)]
    doc = marsad.analyze("وقصف الطيران السوري مواقع المعارضة في إدلب.", published="2018-05-23")
    assert [names(e.source)[0] for e in violent(doc)] == ["Syrian air force"]


def test_events_a_militants_nationality_does_not_make_his_country_act():
    # Saudi News Network, 2015-08-10: «فقتل الداعشي السعودي والده»: a Saudi IS member killed, not Saudi Arabia
    doc = marsad.analyze("واستراتيجية داعش واضحة في حربه ضد السعودية. فقتل الداعشي السعودي والده.",
                         published="2015-08-10")
    assert not [e for e in violent(doc) if names(e.source)[:1] == ["Saudi Arabia"]]


def test_events_naming_a_missile_and_floating_a_currency_are_no_attack():
    doc = marsad.analyze("وأطلقت روسيا اسم كينزال على هذا الصاروخ. وحررت مصر عملتها المحلية منذ نحو عامين.",
                         published="2018-03-12")
    assert not violent(doc)
    doc = marsad.analyze("وأطلق الحوثيون صاروخا على السعودية. وحرر الجيش العراقي مدينة الموصل من داعش.",
                         published="2018-03-12")
    assert [e.cameo_root for e in violent(doc)] == ["19", "19"]
    doc = marsad.analyze("وأطلقت السلطات الإيرانية سراح الناشط البريطاني.", published="2018-03-12")
    assert [e.cameo for e in doc.events] == ["0841"]


def test_events_an_armed_unit_of_a_named_noun_before_the_verb_is_its_subject():
    # dpa via Saudi News Network, 2015-08-08: the coalition's aircraft struck; the Houthis named in the relative
    # clause after the object («مبنى يتخذه الحوثيون مقرا») did not
    doc = marsad.analyze("وقالت مصادر محلية إن طيران التحالف استهدف بغارتين مبنى يتخذه الحوثيون مقرا لهم في مدينة "
                         "حيس.", published="2015-08-08")
    assert not [e for e in violent(doc) if "Houthis" in names(e.source)]


def test_events_an_attack_planned_or_announced_is_a_threat_of_force_but_an_aim_stays_the_fight():
    doc = marsad.analyze("وأعلنت الأمم المتحدة عن احتمال شن قوات الإمارات هجوما وشيكا على ميناء الحديدة.",
                         published="2018-06-11")
    assert [e.cameo for e in doc.events if e.cameo_root in ("13", "19")] == ["138"]
    doc = marsad.analyze("وقال ترامب إنه سيقصف سوريا.", published="2018-04-12")
    assert [e.cameo for e in doc.events if e.cameo_root in ("13", "19")] == ["138"]
    doc = marsad.analyze("وتسعى أنقرة إلى طرد مسلحي وحدات حماية الشعب الأكراد من عفرين.", published="2018-03-30")
    assert [e.cameo_root for e in doc.events] == ["19"]


def test_events_drones_after_a_lam_and_a_killing_verb_before_where_it_happened():
    # BBC Arabic, 2018-08-03: «قاعدة للطائرات المسيرة» is a drone base, no march; «وقتل في الغارة عدد من الخبراء»
    # is the passive: Iran, named before, killed no one
    doc = marsad.analyze("شنت إسرائيل غارات على مطار تيفور، حيث شيدت إيران قاعدة للطائرات المسيرة هناك وقتل في الغارة "
                         "عدد من الخبراء الإيرانيين.", published="2018-08-03")
    assert not [e for e in doc.events if e.cameo_root == "14"]
    assert not [e for e in violent(doc) if names(e.source)[:1] == ["Iran"]]


def test_events_lawmakers_settlers_and_detainees_are_named_by_their_group():
    # «حذر … أوباما المشرعين الأميركيين»: the lawmakers warned, not a side taken from context
    doc = marsad.analyze("حذر الرئيس الأميركي باراك أوباما أمس المشرعين الأميركيين من رفض الاتفاق النووي.",
                         published="2015-08-05")
    assert [(e.cameo, names(e.target)[0]) for e in doc.events] == [("130", "American lawmakers")]
    assert doc.events[0].target[0].cameo_actor == "USALEG"
    doc = marsad.analyze("وأفرجت السلطات الإسرائيلية عن المعتقلين الفلسطينيين أمس.", published="2018-05-09")
    assert [(e.cameo, names(e.target)[0]) for e in doc.events] == [("0841", "Palestinian detainees")]
    doc = marsad.analyze("وهاجم مستوطنون إسرائيليون قرية فلسطينية قرب نابلس.", published="2018-05-09")
    assert [names(e.source)[0] for e in violent(doc)] == ["Israeli settlers"]
    # prisoners are executed; they execute no one
    doc = marsad.analyze("وهدد التنظيم في الفيديو بإعدام الأسرى إذا لم تطلق بغداد سراح المحتجزات.",
                         published="2016-05-09")
    assert not [e for e in violent(doc) if names(e.source)[:1] == ["prisoners"]]


def test_events_a_verb_after_anna_is_no_masdar_of_the_saying_verb():
    # Asharq al-Awsat, 2015-08-06: «أكدت» is a light verb, but «أن» opens a clause with a verb of its own;
    # «قوات الشرعية» are the Yemeni government's forces and «المقاومة الشعبية» the Yemeni resistance
    doc = marsad.analyze("وأكدت مصادر الحكومة أن قوات الشرعية استعادت السيطرة على مدينة تعز.", published="2015-08-06")
    assert [(e.cameo, names(e.source)[0]) for e in violent(doc)] == [("192", "Yemeni Armed Forces")]
    doc = marsad.analyze("وأعلنت المقاومة الشعبية السيطرة على مدينة عدن.", published="2015-07-17")
    assert [names(e.source)[0] for e in violent(doc)] == ["Popular Resistance"]


def test_events_a_place_retaken_without_saying_control():
    doc = marsad.analyze("واستعادت القوات الحكومية السورية مدينة حلب في ديسمبر 2016.", published="2018-02-24")
    assert [(e.cameo, names(e.source)[0], names(e.target)[0]) for e in violent(doc)] == [
        ("192", "Syrian forces", "Aleppo")]
    doc = marsad.analyze("واستعاد نجم مانشستر يونايتد لياقته البدنية.", published="2018-02-24")
    assert violent(doc) == []  # «استعاد» of anything but ground is no fighting
    # «من» after a place retaken names whom it was taken from, and the people counted in the object are not the
    # subject that «عندما» takes up
    doc = marsad.analyze("واعتقلت قوات سوريا الديمقراطية المئات من مسلحي تنظيم الدولة الأجانب عندما استعادت مساحات "
                         "شاسعة من التنظيم شمالي سوريا وغربها.", published="2019-03-27")
    assert "Islamic State" not in made_by(doc, "19")
    doc = marsad.analyze("وفي العام الماضي استعادت مساحات شاسعة من تنظيم الدولة الإسلامية شمالي سوريا.",
                         published="2019-03-27")
    assert "Islamic State" not in made_by(doc, "19")


def test_events_the_one_whose_death_is_told_did_not_kill():
    # corpus, 2017: «مقتل التونسي …»: the Tunisian (a demonym, like «الهجوم التركي») is the one who died, so
    # Tunisia killed no one in al-Nusra
    doc = marsad.analyze("أكدت تقارير إخبارية اليوم الأحد مقتل التونسي المكنى أبو الحسن التونسي، القيادي البارز "
                         "بجبهة النصرة في سوريا.", published="2017-01-01")
    assert not [e for e in violent(doc) if "Tunisia" in names(e.source)]


def test_events_the_subject_of_a_speech_verb_after_clashes_is_no_side_in_them():
    # «… مع اشتباكات ومناوشات متقطعة وأضاف الزوي أن …»: the spokesman goes on speaking; he is not fought
    doc = marsad.analyze("كما صرح الناطق الرسمي باسم القوات الخاصة الليبية العقيد ميلود الزوي بأن محوري الليثي ومنطقة "
                         "بوعطني يشهدان هدوءاً حذراً مع اشتباكات ومناوشات متقطعة وأضاف الزوي أن الأمور تحت السيطرة. وأكد الزوي "
                         "أن الجيش الليبي والوحدات المساندة يتقدمون ببطء بمحاور القتال.",
                         published="2015-07-31")
    assert not [e for e in violent(doc) if "Miloud al-Zoe" in names(e.target)], \
        [(e.cameo, names(e.source), names(e.target)) for e in violent(doc)]


def test_events_killed_at_the_hands_of_radicals_unnamed():
    # «على أيدي متطرف»: the agent of a passive killing; «اغتاله إسلاميون»: «ـه» is the man the sentence spoke of
    doc = marsad.analyze("وتم اغتيال رابين بعد سنتين على أيدي متطرف يهودي معارض لعملية السلام.", published="2018-06-12")
    # (the faith after the unnamed group is part of its name: "Jewish extremist")
    assert [(names(e.source), names(e.target)[:1]) for e in violent(doc)] == [(["Jewish extremist"], ["Yitzhak Rabin"])]
    doc = marsad.analyze("ودفع السادات حياته ثمنا للاتفاق حيث اغتاله إسلاميون العام 1981.", published="2018-06-12")
    assert [(names(e.source), names(e.target)[:1]) for e in violent(doc)] == [(["Islamists"], ["Anwar Sadat"])]
    # «متطرفين إسلاميين»: Islamist extremists, one side, not extremists acting on Islamists
    doc = marsad.analyze("وقالت إن الطائفة تتعرض لاعتداءات من قبل متطرفين إسلاميين في الضواحي.", published="2018-04-23")
    assert [(names(e.source), names(e.target)) for e in violent(doc)] == [(["Islamist extremists"], [])]


def test_events_the_pronoun_of_a_relative_clause_is_its_antecedent_not_the_last_man_named():
    doc = marsad.analyze("فهناك فرصة دائماً ليعقد ترامب صفقة مع اردوغان حول القس الأمريكي الذي تعتقله تركيا.",
                         published="2018-08-15")
    assert not [e for e in doc.events if "Recep Tayyip Erdogan" in names(e.target)]



def test_events_what_a_downed_drone_aimed_at_is_no_target_of_the_downing():
    # the air defence downed a drone that tried to strike Abha: Abha was defended, not struck by the Saudis
    doc = marsad.analyze("أعلن تحالف دعم الشرعية في اليمن، الأربعاء، أن قوات الدفاع الجوي الملكي السعودي أسقطت طائرة بدون "
                         "طيار معادية حاولت استهداف مطار أبها الإقليمي.", published="2018-08-01")
    assert not [e for e in doc.events if "Abha" in names(e.target)]
    # who launched the missile is still what an interception is aimed at
    doc = marsad.analyze("واعترضت الدفاعات الجوية السعودية صاروخا باليستيا أطلقه الحوثيون باتجاه جازان.", published="2018-08-01")
    (interception,) = [e for e in doc.events if e.trigger.text == "اعترضت"]
    assert "Houthis" in names(interception.target) and "Jizan" not in names(interception.target)


def test_events_forces_with_a_branch_before_their_nisba_are_that_countrys():
    doc = marsad.analyze("وأسقطت قوات الدفاع الجوي السعودي طائرة مسيرة أطلقتها ميليشيا الحوثي باتجاه مطار أبها.",
                         published="2018-08-01")
    (downing,) = [e for e in doc.events if e.trigger.text == "أسقطت"]
    assert downing.source[0].cameo_actor == "SAUMIL" and "Houthis" in names(downing.target)


def test_events_fighting_alongside_a_side_is_no_attack_on_it():
    text = ("وشنت إسرائيل غارات عدة على قواعد سورية ولفصائل تقاتل الى جانب القوات السورية ولا سيما حزب الله "
            "اللبناني.")
    doc = marsad.analyze(text, published="2018-05-10")
    assert [e.trigger.text for e in violent(doc)] == ["شنت"]
    # fighting the same side is still an attack on it
    doc = marsad.analyze("وقالت إن فصائل المعارضة تقاتل القوات السورية في ريف درعا.", published="2018-05-10")
    assert [e.trigger.text for e in violent(doc)] == ["تقاتل"]


def test_events_no_plan_to_strike_carried_by_a_masdar_is_negated():
    doc = marsad.analyze("وأكدت وزارة الدفاع الأميركية أنها لا تعتزم توجيه ضربات جديدة ضد سوريا.",
                         published="2018-04-17")
    (strike,) = [e for e in doc.events if e.trigger.text == "ضربات"]
    assert strike.negated
    doc = marsad.analyze("وأكدت وزارة الدفاع الأميركية أنها تعتزم توجيه ضربات جديدة ضد سوريا.", published="2018-04-17")
    (strike,) = [e for e in doc.events if e.trigger.text == "ضربات"]
    assert not strike.negated and strike.cameo == "138"  # a plan to strike is a threat


def test_events_a_bare_army_named_with_its_nisba_earlier_in_the_sentence_is_that_countrys():
    text = ("قصفت إسرائيل مواقع في سوريا ودمشق وحلب وحمص. وقالت متحدثة باسم الجيش الإسرائيلي إن الجيش لا يعلق على "
            "تقارير أجنبية.")
    doc = marsad.analyze(text, published="2018-08-11")
    (silence,) = [e for e in doc.events if e.cameo == "011"]
    assert silence.source[0].country == "ISR"


def test_events_lifting_an_indefinite_ban_eases_it():
    doc = marsad.analyze("ورفع الرئيس الأمريكي باراك أوباما، حظرا على تزويد القاهرة بالأسلحة.", published="2015-08-01")
    assert [e.cameo for e in doc.events] == ["085"]


def test_events_hosting_names_its_guest_after_it():
    # «عبء استضافة اللاجئين السوريين»: the refugees are hosted, they host no one
    doc = marsad.analyze("وبين أن المساعدات الدولية انخفضت رغم تحمل الأردن لعبء استضافة اللاجئين السوريين.",
                         published="2018-06-04")
    assert not [e for e in doc.events if e.cameo == "043" and "Syrian refugees" in names(e.source)]


def test_events_an_attack_right_before_its_verb_is_the_subject_and_the_side_after_is_struck():
    # «هجومات متفرقة تستهدف تركيا»: the attacks aim at Turkey; Turkey attacks no one
    doc = marsad.analyze("هزت تركيا اليوم سلسلة هجمات. وفتح مسلحان النار على القنصلية الأميركية في إسطنبول. وقتلت "
                         "الشرطة مسلحين اثنين.", title="هجومات متفرقة تستهدف تركيا ومقتل 5 من الشرطة",
                         published="2015-08-10")
    assert not [e for e in violent(doc) if e.trigger.text == "تستهدف" and "Turkey" in names(e.source)]
    # the headline's attacks are no events of their own; the gunmen's fire, where kept, is theirs
    assert [e.trigger.text for e in violent(doc) if e.trigger.text != "فتح"] == ["قتلت"]
    assert all(names(e.source) == ["gunmen"] for e in violent(doc) if e.trigger.text == "فتح")


def test_events_a_place_named_after_a_man_is_not_the_man():
    doc = marsad.analyze("أفغانستان: قتلى في تفجير انتحاري يستهدف مطار حميد كرزاي الدولي", published="2015-08-10")
    assert violent(doc) and not [e for e in doc.events if "Hamid Karzai" in names(e.source) + names(e.target)]


def test_events_being_unable_to_do_negates_it():
    doc = marsad.analyze("وأعلنت الحكومة أن الجيش لا يستطيع شن هجوم على المتمردين في مأرب. وقال الجيش اليمني إنه "
                         "يستطيع شن هجوم على المتمردين في مأرب.", published="2015-08-10")
    assert [e.negated for e in violent(doc)] == [True, False]


def test_events_the_post_after_a_name_is_no_blame():
    doc = marsad.analyze("وأعلنت واشنطن مقتل أبو سياف المسؤول عن نفط تنظيم داعش في سوريا.", published="2015-08-10")
    assert not [e for e in doc.events if e.cameo == "112"]
    for text in ("وقالت رئيسة الوزراء البريطانية تيريزا ماي إن روسيا هي المسؤولة عن الهجوم.",
                 "وقالت رئيسة الوزراء البريطانية تيريزا ماي إن روسيا المسؤولة عن الهجوم."):
        doc = marsad.analyze(text, published="2018-03-14")
        assert [(names(e.source)[0], names(e.target)) for e in doc.events if e.cameo == "112"] \
            == [("Theresa May", ["Russia"])]


def test_events_unnamed_soldiers_right_after_a_killing_verb_are_those_killed():
    for text in ("قتل جندي إسرائيلي في هجوم شنه مسلحون فلسطينيون.", "قتل جنود أتراك في هجوم شنه مسلحون أكراد."):
        doc = marsad.analyze(text, published="2015-08-10")
        (killing,) = [e for e in violent(doc) if e.trigger.text == "قتل"]
        assert "gunmen" in names(killing.source)[0] and names(killing.target)[0].endswith(("soldier", "soldiers"))
        assert killing.target[0].country in ("ISR", "TUR")
    # nobody named killed the French soldier in a crash; the Israeli soldier who killed someone is the subject
    doc = marsad.analyze("قتل جندي فرنسي وأصيب آخر بجروح خطرة في تحطم مروحية عسكرية قرب أبيدجان.", published="2018-05-01")
    assert not violent(doc)
    doc = marsad.analyze("قتل جندي إسرائيلي فلسطينيا في الخليل.", published="2018-05-01")
    assert names(violent(doc)[0].source) == ["Israeli soldier", "Israel"]


def test_events_those_after_the_act_claimed_are_its_victims_not_its_claimants():
    doc = marsad.analyze("وبعد يومين على الهجوم تبنت الحركة الكردية قتل شرطيين تركيين في بلدة قريبة من الحدود السورية.",
                         published="2015-07-23")
    assert not [e for e in doc.events if "Turkish police officers" in names(e.source)]
    doc = marsad.analyze("تبنى متمردو حزب العمال الكردستاني قتل شرطيين تركيين قرب الحدود السورية.", published="2015-07-23")
    assert [(names(e.source)[0], names(e.target)[0]) for e in violent(doc)] \
        == [("Kurdistan Workers' Party", "Turkish police officers")]


def test_events_who_the_object_is_after_a_comma_and_wahuwa_is_no_subject():
    doc = marsad.analyze("وتعود القضية إلى ليلة 14 فيفري 2012 لما عمد شخصان، إلى قتل جارهما، وهو مواطن تونسي مقيم "
                         "بالخارج من أجل سرقة سيارته.", published="2018-06-01")
    assert not [e for e in doc.events if "Tunisian citizen" in names(e.source)]


def test_events_what_forces_managed_to_drive_out_is_the_genitive_of_the_masdar():
    doc = marsad.analyze("تمكنت القوات العراقية من طرد داعش من جميع المدن العراقية مع نهاية عام 2017.",
                         published="2018-03-01")
    (expulsion,) = violent(doc)
    assert expulsion.source[0].country == "IRQ" and names(expulsion.target)[0] == "Islamic State"


def test_events_an_unnamed_subject_right_after_the_verb_leaves_the_side_after_it_the_object():
    doc = marsad.analyze("وحاصرت المقاومة ميليشيات الحوثي الإيرانية في مديرية التحيتا.", published="2018-05-25")
    assert not [e for e in violent(doc) if "Houthis" in names(e.source)]
    doc = marsad.analyze("وقصفت الطائرات الإسرائيلية مواقع حماس.", published="2018-05-25")
    assert [(names(e.source)[0], names(e.target)[0]) for e in violent(doc)] == [("Israeli aircraft", "Hamas")]


def test_events_a_halt_a_challenge_and_an_accused_named_before_his_charge():
    doc = marsad.analyze("هاجم مسلحون رتلا لقوات النظام السوري أثناء توقفه في نقطة قرب مدينة الميادين.",
                         published="2018-05-23")
    assert not [e for e in doc.events if e.cameo.startswith("17")]
    doc = marsad.analyze("طعن رئيس وزراء ماليزيا المنتهية ولايته نجيب عبد الرزاق، في أهلية خصمه مهاتير محمد لقيادة "
                         "الحكومة.", published="2018-05-10")
    assert not violent(doc)
    doc = marsad.analyze("ويتهم القس أندرو برانسون بالقيام بنشاطات مؤيدة لحركة فتح الله غولن.", published="2018-07-19")
    assert not [e for e in doc.events if e.cameo.startswith("11") and "Andrew Brunson" in names(e.source)]


def test_events_an_agent_right_after_the_verb_makes_it_passive_even_with_a_side_before_it():
    doc = marsad.analyze("وقالت واشنطن إن مقاتلين من المعارضة دربهم الجيش الاميركي اعتقلوا على ايدي مقاتلي جبهة النصرة في "
                         "سورية.", published="2015-08-04")
    # Nusra arrested them (the rebels' fighters); Washington told it, accusing Nusra
    assert not [e for e in doc.events if e.cameo.startswith("17") and "United States Armed Forces" in names(e.source)]
    assert [(e.cameo, names(e.source)[0], names(e.target)[0]) for e in doc.events] \
        == [("173", "al-Nusra Front", "fighters"), ("112", "Washington", "al-Nusra Front")]


def test_events_what_tamma_says_was_done_names_whom_it_was_done_to():
    doc = marsad.analyze("وأعلنت الشرطة العراقية أنه تم قتل خمسة مسلحين من داعش في الموصل.", published="2015-08-05")
    # (the gunmen «من داعش» are the Islamic State's)
    assert [(names(e.source)[0], names(e.target)[0]) for e in violent(doc)] == [("Iraqi Police", "Islamic State")]


def test_the_side_behind_a_preposition_after_the_relative_verb_of_an_attack_did_not_carry_it_out():
    doc = marsad.analyze("أدان مجلس الأمن ارتكابات ميليشيات الحوثي، ولاسيما الهجمات التي شنتها على السعودية.",
                         published="2018-03-15")
    assert doc.events and not [e for e in doc.events if "Saudi Arabia" in [a.name_en for a in e.source]]


def test_a_verb_carrying_its_object_after_a_demonym_has_its_subject_after_it():
    doc = marsad.analyze("بريطانية قتلتها تركيا.. وجثتها بعفرين منذ أسابيع. واتهمت العائلة السلطات البريطانية "
                         "بالتقصير.", published="2018-05-05")
    (killing,) = [e for e in doc.events if e.trigger.text == "قتلتها"]
    assert [a.name_en for a in killing.source] == ["Turkey"] and "Turkey" not in [a.name_en for a in killing.target]


def test_a_group_no_one_names_right_after_the_verb_is_its_subject():
    doc = marsad.analyze("وهاجمت مجموعة أخرى سيارة شرطة أثناء دورية أمنية في بلدة تشينار بمدينة ديار بكر جنوب البلاد.",
                         published="2015-07-31")
    assert not [e for e in doc.events if "police" in [a.name_en for a in e.source]]


def test_a_side_in_a_bracketed_place_or_deep_behind_a_preposition_before_the_verb_is_not_its_subject():
    doc = marsad.analyze("وفي البيضاء (وسط اليمن) شنت المقاومة الشعبية هجمات متعددة ومباغتة استهدفت الحوثيين في أكثر من "
                         "مديرية.", published="2015-08-06")
    (attack,) = doc.events
    assert attack.source[0].name_en == "Popular Resistance"
    doc = marsad.analyze("وإلى جانب أهداف حزب العمال الكردستاني قصفت طائرات تركية مواقع لتنظيم داعش في سوريا.",
                         published="2015-08-08")
    (strike,) = doc.events
    assert "Kurdistan Workers' Party" not in [a.name_en for a in strike.source]
    # (but unnamed sources «في» a country speak for it)
    doc = marsad.analyze("وكانت مصادر سياسية في إسرائيل قد رفضت ما قاله كيري، أول من أمس، من انه إذا رفض الكونغرس الاتفاق.",
                         published="2015-08-08")
    assert [a.name_en for e in doc.events if e.trigger.text == "رفضت" for a in e.source] == ["Israel"]


def test_the_side_after_what_tamma_says_was_done_did_not_do_it():
    doc = marsad.analyze("وتعكف تركيا والولايات المتحدة على وضع خطط لتوفير غطاء جوي لمجموعة من المقاتلين السوريين حتى يتم "
                         "بشكل مشترك طرد مقاتلي تنظيم داعش من شريط حدودي في سوريا.", published="2015-08-06")
    assert not [e for e in doc.events if "Islamic State" in [a.name_en for a in e.source]]
    doc = marsad.analyze("وتم قصف الجيش السوري للمواقع في درعا.", published="2015-08-06")  # its «لـ» object after it
    assert [a.name_en for e in doc.events for a in e.source][:1] == ["Syrian Arab Army"]


def test_a_feminine_nisba_after_a_masculine_masdar_is_the_woman_it_was_done_to():
    doc = marsad.analyze("قال الوزير إن السلطات كانت على بينة من وجود بوادر انفراج بخصوص ملف اختطاف التونسية الفرنسية "
                         "نوران حواس في اليمن.", published="2016-10-04")
    assert not [e for e in doc.events if e.cameo.startswith("18") and "France" in [a.name_en for a in e.source]]
    doc = marsad.analyze("خاشقجي عن استهداف السعودية: يجب أن يغيّر قواعد اللعبة", published="2017-11-05")
    assert not [e for e in doc.events if "Saudi Arabia" in [a.name_en for a in e.source]]
    # a masculine attack's adjective, or a war's, names its agent
    doc = marsad.analyze("أدان الرئيس التركي الهجوم الإسرائيلي على غزة.", published="2016-10-04")
    assert [a.name_en for e in doc.events if e.trigger.text == "الهجوم" for a in e.source] == ["Israel"]
    doc = marsad.analyze("ونقلت قناة المنار عن حزب الله قوله إن الحرب الأمريكية على سوريا لن تحقق أهدافها.",
                         published="2017-04-10")
    assert [a.name_en for e in doc.events if e.trigger.text == "الحرب" for a in e.source][:1] == ["United States"]


def test_a_person_or_a_foreign_ministry_attacks_in_words():
    doc = marsad.analyze("وهاجم الرئيس التركي رجب طيب أردوغان إسرائيل بشدة.", published="2018-05-10")
    assert [e.cameo for e in doc.events] == ["111"]
    doc = marsad.analyze("خارجية سوريا تهاجم السعودية وتقديمها 100 مليون دولار", published="2018-08-18")
    assert [e.cameo for e in doc.events] == ["111"]
    doc = marsad.analyze("وهاجم مسلحون مركزا للشرطة في سيناء.", published="2018-05-10")
    assert [e.cameo_root for e in doc.events] == ["18"]


def test_not_only_since_a_protest_does_not_deny_it():
    doc = marsad.analyze("يحاول الأطباء في مستشفى الشفاء في غزة مداواة الجرحى الذين أصيبوا برصاص الجيش الإسرائيلي يوم "
                         "الاثنين، الذي يعد أسوأ يوم من ناحية عدد الضحايا الفلسطينيين، ليس منذ بدء الاحتجاجات على "
                         "السياج الحدودي مع إسرائيل قبل قرابة سبعة أسابيع فحسب، بل منذ الحرب الأخيرة في غزة عام 2014.",
                         published="2018-05-16")
    (protest,) = [e for e in doc.events if e.cameo_root == "14"]
    assert not protest.negated


def test_an_accusative_attack_noun_is_the_subject_of_the_verb_after_it():
    doc = marsad.analyze("وفي سياق آخر، نفذت المقاومة الشعبية هجومًا استهدف دورية عسكرية تابعة للحوثيين شرق مدينة تعز، "
                         "أسفر عن مقتل أربعة من الحوثيين.", published="2015-07-31")
    assert not [e for e in violent(doc) if "Houthis" in [a.name_en for a in e.source]]
    assert [a.name_en for e in violent(doc) for a in e.target if a.name_en == "Houthis"]


def test_a_verb_joined_to_the_clause_on_an_attack_goes_on_describing_it():
    doc = marsad.analyze("قتل ستة اشخاص اليوم (الخميس)، في عملية انتحارية نفذتها حركة طالبان واستهدفت الشرطة الافغانية "
                         "في جنوب كابول.", published="2015-08-06")
    (struck,) = [e for e in violent(doc) if e.trigger.text == "استهدفت"]
    assert [a.name_en for a in struck.source][:1] == ["Taliban"]
    assert "Afghan Police" in [a.name_en for a in struck.target]


def test_an_incident_that_targeted_someone_names_no_attacker():
    doc = marsad.analyze("دان الأمين العام لمجلس الشورى محمد بن عبد الله آل عمرو، الحادث الإجرامي الذي استهدف رجال "
                         "الأمن في مسجد قوات الطوارئ بمنطقة عسير.", published="2015-08-09")
    assert not [e for e in violent(doc) if e.source]


def test_the_sides_of_an_event_after_since_are_not_the_attacks():
    doc = marsad.analyze("أول هجوم لطالبان منذ إعلان وفاة الملا عمر يحصد أرواح 6 أشخاص", published="2015-08-06")
    (attack,) = violent(doc)
    assert [a.name_en for a in attack.source][:1] == ["Taliban"]
    assert "Mullah Omar" not in [a.name_en for a in attack.target]


def test_who_fired_the_missile_before_the_verb_is_named_after_it():
    for text in ("وسقط صاروخ باليستي أطلقه الحوثيون على مدينة مأرب.",
                 "اعترضت دفاعات التحالف صاروخاً باليستياً أطلقته ميليشيات الحوثي على مدينة مأرب."):
        doc = marsad.analyze(text, published="2018-05-10")
        (fired,) = [e for e in violent(doc) if e.trigger.text.startswith("أطلق")]
        assert [a.name_en for a in fired.source][:1] == ["Houthis"] and "Marib" in [a.name_en for a in fired.target]
    # strikes named by their own noun are that noun's event; the verb that launched them is no second one
    doc = marsad.analyze("هزت انفجارات عنيفة العاصمة اليمنية صنعاء، عقب غارات مركزة شنتها مقاتلات التحالف العربي على "
                         "قاعدة الديلمي الجوية.", published="2018-05-13")
    assert [e.trigger.text for e in violent(doc)] == ["غارات"]


def test_the_act_answered_is_not_the_answering_sides():
    doc = marsad.analyze("أعلنت الحكومة العراقية اليوم الجمعة تنفيذ حكم الإعدام في 12 مدانا بالإرهاب بعد ساعات من دعوة "
                         "رئيس الوزراء حيدر العبادي للإسراع في تنفيذ الأحكام ردا على خطف وقتل ثمانية من قوات الأمن.",
                         published="2018-06-29")
    assert not [e for e in doc.events if "Haider al-Abadi" in [a.name_en for a in e.source]]


def test_a_comma_ends_the_clause_of_who_was_killed():
    doc = marsad.analyze("نفذت الحكومة العراقية الجمعة حكم الإعدام ضد 12 مدانا بالإرهاب، بعد ساعات من دعوة رئيس الوزراء "
                         "حيدر العبادي \"بالقصاص\" من المحكومين ، ردا على خطف وقتل ثمانية من قوات الأمن.",
                         published="2018-06-29")
    assert not [e for e in violent(doc) if "Haider al-Abadi" in [a.name_en for a in e.target]]


def test_killed_and_others_wounded_is_the_passive():
    doc = marsad.analyze("وكانت النجار قتلت وأصيب نحو مئة شخص برصاص وقنابل غاز أطلقها الجيش الإسرائيلي قرب الحدود بين غزة "
                         "وإسرائيل، وفق وزارة الصحة الفلسطينية.", published="2018-06-02")
    assert not [e for e in violent(doc) if e.trigger.text == "قتلت" and e.source
                and e.source[0].name_en not in ("Israel Defense Forces", "Israel")]


def test_the_side_after_shot_by_killed_her():
    doc = marsad.analyze('ونعى مصطفى البرغوثي رئيس جمعية الإغاثة الطبية الفلسطينية النجار، وقال إنها قتلت "برصاص جيش '
                         'الاحتلال المجرم".', published="2018-06-02")
    (killing,) = [e for e in violent(doc) if e.trigger.text == "قتلت"]
    assert [a.name_en for a in killing.source][:1] == ["Israel Defense Forces"]


def test_the_patron_of_loyalists_joined_to_the_attackers_is_no_target():
    doc = marsad.analyze("إلى ذلك تصدت المقاومة والجيش، أمس، لهجمات شنها المسلحون الحوثيون والموالون للرئيس السابق علي "
                         "عبدالله صالح على مواقع المقاومة في محافظة مأرب.", published="2015-07-23")
    (attacks,) = [e for e in violent(doc) if e.trigger.text == "لهجمات"]
    assert "Houthis" in [a.name_en for a in attacks.source]
    assert "Ali Abdullah Saleh" not in [a.name_en for a in attacks.target]


def test_whom_a_place_was_freed_from_did_not_free_it():
    doc = marsad.analyze("هبطت طائرة عسكرية سعودية في مطار مدينة عدن لتكون أول طائرة تحط في مطار المدينة بعد أيام من "
                         "تحريرها من المتمردين الحوثيين.", published="2015-07-23")
    assert not [e for e in violent(doc) if e.source and e.source[0].name_en in ("rebels", "Houthis")]


def test_who_described_an_attack_did_not_carry_it_out():
    doc = marsad.analyze('وأصيب 16 شخصا، من بينهم شخصان في حالة خطرة، في الهجوم الذي وصفه ماكرون بأنه "إرهاب إسلامي".',
                         published="2018-03-24")
    assert not [e for e in violent(doc) if "Emmanuel Macron" in [a.name_en for a in e.source]]
    doc = marsad.analyze("وقتل 16 شخصا في الهجوم الذي شنه تنظيم داعش على القرية.", published="2018-03-24")
    assert [a.name_en for e in violent(doc) if e.trigger.text == "الهجوم" for a in e.source][:1] == ["Islamic State"]


def test_whom_one_fights_for_is_no_target_nor_its_name_again():
    doc = marsad.analyze("وقال المسلح، ويدعى رضوان لقديم (26 عاما)، إنه يقاتل لصالح تنظيم الدولة الإسلامية (داعش).",
                         published="2018-03-24")
    assert not [e for e in violent(doc) if "Islamic State" in [a.name_en for a in e.target]]


def test_springing_a_surprise_bombs_nothing():
    doc = marsad.analyze("قبل انتهاء ولايته.. رئيس كولومبيا يفجر مفاجأة ويعترف بدولة فلسطين", published="2018-08-09")
    assert not violent(doc)
    doc = marsad.analyze("وفجر انتحاري نفسه في سوق ببغداد.", published="2018-08-09")
    assert [e.cameo for e in violent(doc)] == ["183"]


def test_a_rank_and_his_body_after_killed_are_who_was_killed():
    doc = marsad.analyze("أمنياً، قتل رقيب شرطة، وأصيب ثلاثة مجندين، بأعيرة نارية أطلقها مجهولون على قوة تأمين إحدى سيارات "
                         "ترحيلات الوادي الجديد، صباح أمس.", published="2015-08-09")
    assert not [e for e in violent(doc) if e.trigger.text == "قتل" and [a.name_en for a in e.source][:1] == ["police"]]


def test_a_battle_named_for_a_town_and_a_crime_that_targeted():
    doc = marsad.analyze("والأولوية الآن بالنسبة للنظام هي معركة الزبداني التي يعجز عن تحقيق أي تقدم فيها.",
                         published="2015-08-04")
    assert not [e for e in violent(doc) if "Zabadani" in [a.name_en for a in e.source]]
    doc = marsad.analyze("دانت دولة الإمارات العربية المتحدة الجريمة الإرهابية التي استهدفت منسوبي قوات الطوارئ الخاصة "
                         "بمنطقة عسير.", published="2015-08-06")
    assert not [e for e in violent(doc) if e.source]


def test_two_members_after_killed_are_who_was_killed():
    doc = marsad.analyze("ميدانيًا قتل عنصران من الشرطة التركية بالرصاص صباح الجمعة في منطقة أضنه (جنوب)، في هجوم جديد "
                         "نسبته السلطات الى التمرد الكردي.", published="2015-07-31")
    assert not [e for e in violent(doc) if "Turkish Police" in [a.name_en for a in e.source]]


def test_a_time_word_before_the_count_of_the_killed_keeps_it_passive():
    doc = marsad.analyze("وقد قتل آنذاك خمسة جنود أفغان وأصيب ثمانية آخرون بصاروخ أطلقته قوة إيساف التابعة لحلف الشمال "
                         "الأطلسي.", published="2015-07-21")
    assert not [e for e in violent(doc) if e.trigger.text == "قتل" and e.source]


def test_who_holds_the_detained_detained_them():
    doc = unfiltered("توجه رئيس اللجنة الدولية للصليب الأحمر بيتر مورير، أمس إلى عدن، في طائرة تقل سبعة ناشطين "
                     "جنوبيين كانوا محتجزين لدى المتمردين الحوثيين.", "2015-08-11")
    assert not [e for e in doc.events if e.cameo_root == "17" and "International Committee of the Red Cross"
                in names(e.source)]
    doc = unfiltered("وقال إن ثلاثة صحفيين أمريكيين كانوا مختطفين لدى تنظيم داعش في الرقة.", "2015-08-11")
    (taken,) = [e for e in doc.events if e.cameo == "181"]
    assert names(taken.source)[:1] == ["Islamic State"] and "American journalists" in names(taken.target)


def test_an_attack_ascribed_to_a_side_was_its_own_and_not_aimed_where_the_police_struck():
    doc = unfiltered("وصباح أمس، قتلت الشرطة التركية مسلحين اثنين خلال الاشتباكات. وفي محافظة شيرناك، قتل اربعة "
                     "عناصر من الشرطة في انفجار قنبلة. ونسب الهجوم الى متمردي حزب العمال الكردستاني، وفق ما نقلت "
                     "وسائل اعلام محلية.", "2015-08-11")
    (ascribed,) = [e for e in violent(doc) if e.trigger.text == "الهجوم"]
    assert names(ascribed.source)[:1] == ["Kurdistan Workers' Party"] and "gunmen" not in names(ascribed.target)


def test_the_security_of_a_kingdom_threatened_is_no_force_that_threatens():
    doc = unfiltered("* 7 أغسطس 1990: أميركا ترسل قواتها إلى السعودية لحماية حدودها وبدء عملية درع الصحراء. * 24 سبتمبر "
                     "1990: صدام حسين يزور الكويت ويلتقي بقواته الغازية، ويجدد تهديد أمن المملكة، ويدعو المسلمين "
                     "للجهاد.", "2015-08-02")
    assert not [e for e in doc.events if e.trigger.text == "تهديد" and e.source
                and e.source[0].name_en.endswith("security forces")]


def test_those_a_relative_clause_fought_are_its_object():
    doc = unfiltered("وأشاد بعناصر الأمن، الذين كانوا يقاتلون مسلحي طالبان، وكانوا يفتقرون إلى التنسيق.", "2015-08-04")
    assert not [e for e in violent(doc) if names(e.source)[:1] == ["Taliban"]]
    doc = unfiltered("وأشاد بقوات الجيش الأفغاني التي كانت تقاتل مسلحي طالبان.", "2015-08-04")
    (fight,) = violent(doc)
    assert names(fight.source)[:1] == ["Afghan Army"] and names(fight.target)[:1] == ["Taliban"]


def test_forces_of_a_named_army_are_that_army_and_gunmen_no_speaker_s_forces():
    doc = unfiltered("وتقاتل قوات الشرطة والجيش الافغانية حركة طالبان لوحدها هذا العام.", "2015-07-23")
    (fight,) = violent(doc)
    assert names(fight.source)[:1] == ["Afghan Army"] and names(fight.target)[:1] == ["Taliban"]
    doc = unfiltered("قال الجيش التركي إن مسلحين أكرادا قتلوا اثنين من جنوده في تفجير قنبلة.", "2015-07-27")
    (killing,) = [e for e in violent(doc) if e.trigger.text == "قتلوا"]
    assert names(killing.source) == ["gunmen"]


def test_a_death_by_someone_s_hands_is_theirs_and_a_named_man_killed_in_a_strike_did_not_kill():
    doc = unfiltered("الجيش التركي يعلن مقتل جنديين على أيدي متمردين أكراد.", "2015-07-27")
    (death,) = violent(doc)
    assert names(death.source) == ["Kurdish rebels"]  # the Kurds' rebels, one side
    doc = unfiltered("ففي منتصف يونيو قتل زعيم تنظيم القاعدة في شبه جزيرة العرب ناصر الوحيشي في غارة شنتها طائرة "
                     "أميركية من دون طيار في اليمن.", "2015-07-25")
    assert not [e for e in violent(doc) if "Nasir al-Wuhayshi" in names(e.source)]


def test_groups_a_relative_clause_describes_fight_the_side_after_it():
    doc = unfiltered("وهذا التمديد هو الثالث لحالة الطوارئ في شمال سيناء معقل الجماعات الجهادية المسلحة التي تقاتل قوات "
                     "الامن بشكل متواصل.", "2015-07-27")
    assert not [e for e in violent(doc) if e.source and e.source[0].name_en.endswith("security forces")]
    doc = unfiltered("في المقابل شككت أصوات بسياسة أنقرة المتساهلة مع المنظمات المتطرفة التي تقاتل النظام السوري.",
                     "2015-07-22")
    assert not [e for e in violent(doc) if names(e.source)[:1] == ["Syria"]]


def test_the_rebels_a_group_s_adjective_names_are_that_group():
    doc = unfiltered("في الغضون، استهدف المتمردون الحوثيون وحلفاؤهم أمس مطار عدن بالصواريخ.", "2015-07-24")
    (strike,) = violent(doc)
    assert names(strike.source)[:1] == ["Houthis"] and "Houthis" not in names(strike.target)


def test_who_ascribed_an_attack_was_not_attacked():
    doc = unfiltered("شن سلاح الجو التركي الجمعة اولى غاراته على مواقع لتنظيم الدولة الاسلامية في سوريا وذلك بعد اربعة "
                     "ايام على هجوم انتحاري دام نسبته الحكومة الى التنظيم الجهادي.", "2015-07-24")
    assert not [e for e in violent(doc) if e.trigger.text == "هجوم" and "government" in names(e.target)]


def test_two_killed_joined_after_the_verb_were_killed():
    doc = unfiltered("إلى ذلك قتل شرطي تركي ومدني في هجوم في جنوب شرقي البلاد تمت نسبته إلى المتمردين الأكراد.",
                     "2015-07-30")
    assert not [e for e in violent(doc) if names(e.source)[:1] == ["Turkish police officer"]]


def test_missiles_a_nisba_names_strike_for_that_side_but_the_missiles_fired_are_no_side():
    doc = unfiltered("واستهدفت الصواريخ الإسرائيلية مواقع للجيش السوري في ريف دمشق.", "2018-05-10")
    (strike,) = violent(doc)
    assert names(strike.source)[-1] == "Israel" and "Syria" in names(strike.target)
    doc = unfiltered("من جانبها نددت الولايات المتحدة بإطلاق الصواريخ الإيرانية على مواقع إسرائيلية.", "2018-05-10")
    assert not [e for e in violent(doc) if "Iran" in names(e.target)]


def test_an_arrest_by_someone_s_hands_is_theirs_only_close_by():
    doc = unfiltered("وتحدث التقرير عن اعتقال عشرات الرجال واحتجازهم تعسفيا على أيدي القوات الإماراتية.", "2018-07-12")
    assert any(e.cameo_root == "17" and "United Arab Emirates" in names(e.source) for e in doc.events)
    doc = unfiltered("وستقدمه للادعاء العام ليقوم باعتقال المتسببين بسقوط محافظة نينوى ومركزها الموصل بيد داعش.",
                     "2015-08-16")
    assert not [e for e in doc.events if e.cameo_root == "17" and "Islamic State" in names(e.source)]


def test_a_bare_army_is_the_one_named_with_its_nisba_a_sentence_before():
    doc = unfiltered("اندلعت مواجهات بين المتظاهرين والجيش الإسرائيلي قرب السياج الحدودي. وأطلق الجيش الرصاص الحي "
                     "على المتظاهرين.", "2018-04-06")
    fired = [e for e in violent(doc) if e.trigger.text == "أطلق" or "أطلق" in [m.text for m in e.mentions]]
    assert fired and all(names(e.source)[-1] == "Israel" for e in fired)


def test_the_object_of_a_coalition_led_in_a_relative_clause_comes_after_its_leader():
    doc = unfiltered("في هذه الأثناء، قصفت قوات التحالف العربي الذي تقوده السعودية مواقع الحوثيين في تعز.", "2015-08-08")
    (strike,) = violent(doc)
    assert names(strike.source)[0] == "Arab coalition" and "Houthis" in names(strike.target)


def test_who_a_condemnation_masdar_is_of_did_not_attack():
    doc = unfiltered("وأعلنت الخارجية إدانة الأردن للهجوم الإرهابي على مسجد في الكويت.", "2015-07-01")
    assert not [e for e in violent(doc) if "Jordan" in names(e.source)]


def test_a_light_verb_opening_a_relative_clause_acts_for_its_antecedent():
    doc = unfiltered("وقالت أنقرة إن حزب العمال الكردستاني الذي كثف هجماته ضد قوات الأمن التركية يتحمل المسؤولية.",
                     "2015-08-01")
    assert any(names(e.source)[:1] == ["Kurdistan Workers' Party"] for e in violent(doc))
    doc = unfiltered("ولم تستهدف القوات السورية طائرات التحالف الذي تقوده الولايات المتحدة التي تقوم بقصف أهداف تابعة "
                     "للدولة الإسلامية في سوريا.", "2015-08-03")
    (bombing,) = [e for e in violent(doc) if e.trigger.text == "بقصف"]
    assert "United States" in names(bombing.source) and names(bombing.target)[:1] == ["Islamic State"]


def test_the_forces_backing_the_legitimate_government_are_the_story_state_s():
    doc = unfiltered("وتتواصل المعارك في اليمن. وطردت القوات الداعمة للشرعية مسلحي الحوثي من مديرية النادرة في اليمن.",
                     "2015-08-10")
    (expelled,) = violent(doc)
    assert names(expelled.source)[-1] == "Yemen" and "Houthis" in names(expelled.target)


def test_who_survived_an_attack_was_struck_not_the_attacker():
    doc = unfiltered("أعلن طلاب نجوا من ثاني أكبر هجوم بالرصاص في مدرسة أمريكية في فلوريدا عن تنظيم مسيرة في واشنطن.",
                     "2018-02-19")
    assert not [e for e in violent(doc) if "students" in names(e.source)]
    doc = unfiltered("ونجا الرئيس الأفغاني أشرف غني من محاولة اغتيال نفذتها حركة طالبان.", "2018-02-19")
    (attempt,) = violent(doc)
    assert names(attempt.source)[:1] == ["Taliban"] and names(attempt.target)[:1] == ["Ashraf Ghani"]


def test_an_operation_named_with_its_act_is_the_subject_of_the_verb_after_it():
    doc = unfiltered("وكان المهندس الكرواتي يعمل لدى شركة فرنسية عند خطفه قرب القاهرة. وهو أول أجنبي يخطف في مصر من "
                     "قبل «ولاية سيناء». وهي أول عملية خطف تستهدف كرواتيا أيضا.", "2015-08-08")
    assert not [e for e in violent(doc) if e.trigger.text == "تستهدف" and "Croatia" in names(e.source)]


def test_who_puts_out_footage_of_a_killing_did_it():
    doc = unfiltered("وفي فبراير، بث تنظيم داعش فيديو لإعدام 21 قبطيا على أحد شواطئ ليبيا.", "2015-08-08")
    (killing,) = violent(doc)
    assert names(killing.source) == ["Islamic State"]


def test_whose_infrastructure_was_struck_did_not_strike():
    doc = unfiltered('وتتهم إسرائيل إيران بإطلاق الصواريخ. وكانت إسرائيل قد قالت إنها "ضربت كل البنية التحتية الإيرانية '
                     'في سوريا"، ردا على إطلاق صواريخ من سوريا.', "2018-05-10")
    (strike,) = [e for e in violent(doc) if e.trigger.text == "ضربت"]
    assert names(strike.source) == ["Israel"] and "Iran" in names(strike.target)


def test_telling_of_missiles_intercepted_accuses_no_one():
    doc = unfiltered("وقالت وزارة الدفاع الروسية إن 28 طائرة إسرائيلية شاركت في الضربات. وأضافت في بيان أن 10 صواريخ أخرى "
                     "أطلقت من إسرائيل على سوريا، مشيرة إلى أن الدفاعات الجوية السورية اعترضت ودمرت نصف الصواريخ.",
                     "2018-05-10")
    assert not [e for e in doc.events if e.cameo == "112" and "Syria" in names(e.target)]
    assert [e for e in doc.events if e.cameo == "112" and "Israel" in names(e.target)]  # the strikes it told of


def test_a_participle_after_kana_tells_what_was_done_to_the_one_described():
    doc = unfiltered("أكدت سلطنة عمان على دورها كوسيط متكتم، بعدما ساعدت على إطلاق سراح الرهينة الفرنسية إيزابيل بريم التي "
                     "كانت مختطفة في اليمن منذ فبراير الماضي.", "2015-08-08")
    assert not [e for e in doc.events if e.cameo_root == "18" and "Oman" in names(e.source)]
    doc = unfiltered("وأفرجت السلطات عن صحفيين أمريكيين كانوا مختطفين لدى تنظيم داعش.", "2015-08-08")
    assert [e for e in doc.events if e.cameo_root == "18" and names(e.source) == ["Islamic State"]]  # «لدى»: who held


def test_events_activists_are_a_side_acting_and_acted_on():
    # France 24, 2018-05-29: «أطلق ناشطون فلسطينيون قذائف هاون … على جنوب إسرائيل»; BBC, 2018-05-19: activists arrested
    doc = marsad.analyze("وأطلق ناشطون فلسطينيون قذائف هاون الثلاثاء من قطاع غزة على جنوب إسرائيل.",
                         published="2018-05-29")
    (fire,) = [e for e in violent(doc)]
    assert names(fire.source)[0] == "Palestinian activists" and fire.source[0].country == "PSE"
    assert names(fire.target) == ["Israel"]
    doc = analysed("واعتقلت السلطات السعودية نشطاء حقوقيين.", [("LOC", "السلطات السعودية", "Saudi Arabia", "SA")],
                   published="2018-05-19")
    (arrest,) = [e for e in doc.events if e.cameo_root == "17"]
    assert names(arrest.target) == ["activists"]
    # activists of a named group are that group's (SaudiNewsNet, 2015-08-05)
    doc = marsad.analyze("وقالت تركيا إنها تستهدف ناشطين من حزب العمال الكردستاني في شمال العراق.", published="2015-08-05")
    (strike,) = violent(doc)
    assert names(strike.target)[0] == "Kurdistan Workers' Party"


def test_events_armed_men_of_a_named_organisation_act_for_it():
    # SaudiNewsNet, 2015-08-06: «في أحدث هجوم ينسب إلى متمردين من حزب العمال الكردستاني»: the rebels are the PKK's,
    # which attacked, and is not the side attacked
    doc = unfiltered("قتل ثلاثة جنود أتراك في هجوم نفذه متمردون من حزب العمال الكردستاني.", "2015-08-06")
    attacks = [e for e in doc.events if e.cameo.startswith("18")]
    assert attacks and all(names(e.source)[0] == "Kurdistan Workers' Party" for e in attacks)
    assert not [e for e in attacks if "Kurdistan Workers' Party" in names(e.target)]
    # armed men from a town are not the town's («مسلحون من حلب» act for no one named)
    doc = unfiltered("واقتحم مسلحون من حلب القرية.", "2015-08-06")
    assert not [e for e in doc.events if "Aleppo" in names(e.source)]


def test_events_a_man_named_after_a_killing_verb_and_then_only_where_was_killed_there():
    # France 24, 2018-04-21: «قتل عالم الطاقة الفلسطيني فادي محمد البطش السبت في العاصمة كوالالمبور» is «قُتل»: he
    # was killed, by no one named, and killed no one in Kuala Lumpur
    for text in ("قتل عالم الطاقة الفلسطيني فادي البطش السبت في العاصمة كوالالمبور.",
                 "قتل زعيم تنظيم داعش أبو بكر البغدادي في سوريا."):
        doc = unfiltered(text, "2018-04-21")
        assert not [e for e in doc.events if e.cameo.startswith("18") and e.source], text
    # those he killed, counted before the place, make him the killer
    doc = unfiltered("قتل زعيم تنظيم داعش أبو بكر البغدادي 20 شخصا في سوريا.", "2018-04-21")
    assert [e for e in doc.events if e.cameo.startswith("18") and "Abu Bakr al-Baghdadi" in names(e.source)]


def test_events_those_killed_in_an_attack_of_a_side_were_killed_by_it():
    # «قتل جنديان أمريكيان في هجوم لحركة طالبان»: the attack named with «لـ» after it is the killers' (as «شنته»
    # names them), and the soldiers are whom it struck
    doc = unfiltered("قتل جنديان أمريكيان في هجوم لحركة طالبان في أفغانستان.", "2018-05-01")
    killing = [e for e in doc.events if e.cameo == "1823"]
    assert killing and names(killing[0].source)[0] == "Taliban" and "United States" in names(killing[0].target)
    # a town after «لـ» is what was struck, not who struck it
    doc = unfiltered("قتل جنديان في قصف لمدينة الرقة.", "2018-05-01")
    assert not [e for e in doc.events if e.cameo == "1823" and "Raqqa" in names(e.source)]


def test_events_a_force_with_a_modifier_before_its_nisba_is_that_countrys():
    # «وأفاد المرصد السوري … بأن طائرات حربية روسية قصفت مناطق في ريف إدلب»: «حربية» between the aircraft and
    # «روسية» had left the strike with no side; so «قوات خاصة أمريكية»
    doc = unfiltered("قصفت طائرات حربية روسية مناطق في ريف إدلب.", "2018-05-01")
    assert [e for e in doc.events if e.cameo.startswith("19") and "Russia" in names(e.source)]
    doc = unfiltered("هاجمت قوات خاصة أمريكية مواقع لتنظيم داعش في سوريا.", "2018-05-01")
    assert [e for e in doc.events if "United States" in names(e.source) and "Islamic State" in names(e.target)]


def test_events_a_launch_masdar_names_its_launcher_then_what_it_launched():
    # «وأدان مجلس التعاون الخليجي بأشد العبارات إطلاق الحوثيين صاروخا باليستيا على الرياض»: the Houthis launched,
    # Riyadh was aimed at, and the condemnation is of them (the genitive had been read as the launch's target)
    doc = unfiltered("وأدانت السعودية إطلاق الحوثيين صاروخا على الرياض.", "2018-03-26")
    (launch,) = [e for e in doc.events if e.cameo.startswith("19")]
    assert names(launch.source)[0] == "Houthis" and "Riyadh" in names(launch.target)
    (condemnation,) = [e for e in doc.events if e.cameo.startswith("11")]
    assert names(condemnation.target)[0] == "Houthis"


def test_events_any_attack_is_one_that_may_come():
    # «وهددت إيران بالرد على أي هجوم إسرائيلي»: Iran threatens; no Israeli attack is told
    doc = unfiltered("وهددت إيران بالرد على أي هجوم إسرائيلي.", "2018-05-01")
    assert not [e for e in doc.events if e.cameo.startswith("18")] and [e for e in doc.events if e.cameo.startswith("13")]
    # under a negator «أي» says none came, which is kept as a negated event
    doc = unfiltered("لم تشهد عدن خلال اليومين الأخيرين أي هجوم للحوثيين.", "2018-05-01")
    assert [e for e in doc.events if e.cameo.startswith("18") and e.negated]


def test_events_a_siege_laid_is_a_blockade_and_a_country_blockaded_is_boycotted():
    # «فرض حصارا على الغوطة»: a siege of a town or a region is a blockade (191), not sanctions
    doc = unfiltered("وفرض النظام السوري حصارا على الغوطة الشرقية في 2012.", "2018-03-01")
    (event,) = [e for e in doc.events if e.cameo_root in ("16", "19")]
    assert event.cameo == "191" and names(event.target)[0] == "Eastern Ghouta"
    # «حصارا على قطر»: a whole country blockaded is boycotted (163)
    doc = unfiltered("وفرضت السعودية والإمارات والبحرين ومصر حصارا على قطر.", "2018-03-01")
    (event,) = [e for e in doc.events if e.cameo_root in ("16", "19")]
    assert event.cameo == "163" and names(event.target) == ["Qatar"]


def test_events_who_struck_follows_the_strike_noun_and_its_adjectives():
    # «في قصف جديد للنظام السوري على دوما», «قصف جوي عنيف للنظام»: «لـ» names who struck, past what the strike
    # was like (a nisba or a word such as «جديد», «عنيف»)
    for text in ("مقتل مدنيين في قصف جديد للنظام السوري على دوما في الغوطة الشرقية",
                 "وتواصل قصف جوي عنيف للنظام السوري على دوما."):
        doc = unfiltered(text, "2018-03-01")
        (event,) = [e for e in doc.events if e.cameo_root == "19"]
        assert names(event.source) == ["Syria"] and names(event.target)[0] == "Douma"


def test_events_forces_named_by_their_nisba_fight_the_side_after_them():
    # «وقاتلت القوات العراقية تنظيم داعش»: the side after forces a nisba names is whom they fought, not whose
    # forces they are (as in «وقوات صالح»); the suffixed past of «قاتل» is the verb (the bare one is "killer")
    doc = unfiltered("وقاتلت القوات العراقية تنظيم داعش في الموصل.", "2017-07-01")
    (event,) = [e for e in doc.events if e.cameo_root == "19"]
    assert names(event.source)[0] == "Iraqi forces" and names(event.target) == ["Islamic State"]


def test_events_targets_called_by_a_countrys_nisba_are_that_countrys():
    # «أهدافا إيرانية»: Iranian targets (the accusative of «أهداف»), struck in Syria, are Iran's
    doc = unfiltered("وقصفت الطائرات الإسرائيلية أهدافا إيرانية في سوريا.", "2018-05-10")
    (event,) = [e for e in doc.events if e.cameo_root == "19"]
    assert names(event.source)[0] == "Israeli aircraft" and names(event.target) == ["Iran"]


def test_events_a_people_named_after_between_is_a_side_of_the_clashes():
    # «بين الفلسطينيين وإسرائيل»: «بين» ends like a sound plural but is none, so «الفلسطينيين» names the people
    doc = unfiltered("واندلعت مواجهات بين الفلسطينيين وإسرائيل على حدود القطاع.", "2018-04-07")
    (event,) = [e for e in doc.events if e.cameo_root == "19"]
    assert names(event.source) == ["Palestine"] and names(event.target) == ["Israel"]


def test_events_troops_sent_counted_in_the_singular_are_a_deployment():
    # «200 جندي»: after a count the soldier is singular
    doc = unfiltered("وأرسلت الولايات المتحدة 200 جندي إضافي إلى سوريا.", "2018-04-07")
    (event,) = [e for e in doc.events if e.cameo_root == "15"]
    assert names(event.source) == ["United States"] and names(event.target) == ["Syria"]


def test_events_a_killing_after_an_attempt_or_a_charge_is_the_masdar_whose_genitive_was_struck():
    # «محاولة قتل الجاسوس …، سيرغي سكريبال»: no verb follows «محاولة»; the man named is who was to be killed
    doc = marsad.analyze("يحقق الضباط في محاولة قتل الجاسوس الروسي السابق، سيرغي سكريبال، وابنته في مدينة سالزبري.",
                         published="2018-03-08")
    assert not [e for e in doc.events if "Sergei Skripal" in names(e.source)]
    doc = marsad.analyze("اتهمت بريطانيا روسيا بمحاولة قتل الجاسوس الروسي السابق سيرغي سكريبال.", published="2018-03-14")
    assert [(names(e.source), names(e.target)) for e in doc.events] == [(["United Kingdom"], ["Russia"])]


def test_events_a_stem_joined_to_a_masdar_of_violence_is_a_masdar_too():
    # «في اغتيال … رفيق الحريري وقتل مواطنين فرنسيين»: Hariri is the man killed, no killer of anyone
    doc = marsad.analyze("أكد المصدر أن من يجر لبنان إلى عدم الاستقرار هو إيران وأدواتها مثل ميليشيا حزب الله المتورط في "
                         "اغتيال رئيس وزراء لبنان الأسبق رفيق الحريري وقتل مواطنين فرنسيين في لبنان.",
                         published="2018-05-29")
    assert not [e for e in violent(doc) if "Rafik Hariri" in names(e.source)]
    # but a verb goes on from the verb whose object the masdar is: the group attacked and killed
    doc = unfiltered("وأكد المرصد أن تنظيم الدولة الإسلامية شن هجوما على موقع للجيش الحكومي في دير الزور وقتل 35 "
                     "شخصا بينهم 9 من الجنود الروس.", published="2018-05-27")
    assert [e for e in violent(doc) if e.trigger.text == "قتل" and "Islamic State" in names(e.source)]


def test_events_the_bullets_nisba_names_who_shot_the_killed():
    doc = unfiltered("ولم تعلق إسرائيل على المقترحات. وعرضت المقترحات في تقرير طلبته الجمعية العامة في رد على زيادة العنف في "
                     "قطاع غزة، حيث قُتل 171 فلسطينياً بالرصاص الإسرائيلي منذ شهر مارس الماضي.", published="2018-08-18")
    assert [(names(e.source)[0], names(e.target)[0]) for e in violent(doc)] == [("Israel", "Palestine")]
    # but «بالرصاص» right after an active verb tells how it killed: the soldier killed the Palestinian
    doc = unfiltered("وسجلت جماعة حقوقية مقطعا مصورا يظهر فيه جندي إسرائيلي وهو يقتل بالرصاص فلسطينيا مصابا.",
                     published="2018-06-17")
    assert [names(e.source)[0] for e in violent(doc)] == ["Israeli soldier"]


def test_events_a_stem_after_a_preposition_before_a_side_is_the_masdar_even_with_a_verb_reading():
    # «على طرد الحوثيين»: the Houthis are to be driven out; they drive no one toward Sanaa
    doc = unfiltered("حول عزم الجيش الموالي للرئيس هادي على طرد الحوثيين من آخر معاقل الجنوب، والتوجه نحو صنعاء في "
                     "الأيام المقبلة.", published="2015-08-08")
    assert not [e for e in doc.events if "Houthis" in names(e.source)]


def test_events_a_terror_attack_carried_out_is_no_attack_in_words():
    # Asharq al-Awsat, 2015-07-31: «سيف الدين الرزقي، الذي نفذ هجوم سوسة الإرهابي، وقال [الطبيب] في تصريح …» — an
    # armed attack, though a man carried it out and a verb of saying follows
    doc = unfiltered("كشف أمس منصف حمدون، رئيس قسم التشريح بمستشفى شارل نيكول بالعاصمة التونسية، عن انتهاء عملية فحص "
                     "جثة سيف الدين الرزقي، الذي نفذ هجوم سوسة الإرهابي، وقال في تصريح إعلامي إن التقرير أصبح جاهزا.",
                     "2015-07-31")
    assert [e.cameo[:2] for e in doc.events] == ["18"]
    doc = unfiltered("وشن دوتيرتي هجوما على الكويت وقال إن أرباب العمل العرب يغتصبون العاملات.", "2018-05-16")
    assert [e.cameo for e in doc.events] == ["111"]


def test_events_a_missile_that_struck_a_capital_was_fired_at_its_state():
    # France 24, 2018-07-30: «ردا على إطلاق الحوثيين لصاروخ بالستي استهدف الرياض» — the launch was aimed at Riyadh,
    # also where an earlier Houthi attack of the article struck Hodeidah
    doc = unfiltered("وشن الحوثيون هجوما على الحديدة. وفي تشرين الثاني/نوفمبر 2017 أعلن التحالف فرض حصار كامل على "
                     "الحديدة ردا على إطلاق الحوثيين لصاروخ بالستي استهدف الرياض.", "2018-07-30")
    launch = [e for e in doc.events if e.trigger.text == "إطلاق" and e.cameo.startswith("19")]
    assert launch and "Riyadh" in names(launch[0].target)
    # and the attack on Hodeidah keeps its own day
    (attack,) = [e for e in doc.events if e.trigger.text == "شن"]
    assert names(attack.target)[0] == "Hodeidah" and attack.date == "2018-07-30"


def test_events_no_appeal_or_truce_is_aimed_at_the_unnamed_bomber_of_an_earlier_attack():
    # BBC, 2018-06-16: «وقع هجوم انتحاري استهدف تجمعا لمسلحي الحركة» … «داعيا قادتها إلى التفاوض» — the president's
    # call on the Taliban's leaders borrowed the suicide bomber as its other side
    doc = unfiltered("وقع هجوم انتحاري استهدف تجمعا لمسلحي حركة طالبان في ننغرهار. ويسعى الرئيس الأفغاني أشرف غني إلى "
                     "عقد اتفاق سلام مع الحركة داعيا قادتها إلى التفاوض.", "2018-06-16")
    assert made_by(doc, "18") == ["suicide bomber"]  # the attack keeps its bomber
    assert not [e for e in doc.events if e.cameo[:2] == "02" and "suicide bomber" in names(e.target)]
    # a condemnation is still aimed at him
    doc = unfiltered("وقع هجوم انتحاري استهدف تجمعا لمسلحي حركة طالبان في ننغرهار. وأدان الرئيس الأفغاني أشرف غني "
                     "بشدة.", "2018-06-16")
    assert [names(e.target) for e in doc.events if e.cameo[:2] == "11"] == [["suicide bomber"]]


def test_events_who_ordered_an_attack_is_not_what_it_struck():
    # France 24, 2018-03-17: «الهجوم الكيميائي الذي شنته القوات العراقية بأمر من الرئيس السابق صدام حسين على
    # المدينة» — Saddam ordered the attack on Halabja; he was not struck, and a title may stand before his name
    doc = unfiltered("أحيا آلاف السكان في مدينة حلبجة الذكرى الثلاثين للهجوم الكيميائي الذي شنته القوات العراقية بأمر من "
                     "الرئيس السابق صدام حسين على المدينة عام 1988.", "2018-03-17")
    attacks = [e for e in doc.events if e.cameo[:2] in ("19", "20")]
    assert attacks and not [e for e in attacks if "Saddam Hussein" in names(e.target)]
    assert "Halabjah" in names(attacks[0].target)


def test_events_targeted_by_an_attack_is_the_passive():
    # «واستهدف جنود فرنسيون بهجوم انتحاري»: the soldiers were targeted by the attack behind «بـ», no object follows
    doc = unfiltered("واستهدف جنود فرنسيون بهجوم انتحاري في مالي.", "2018-07-01")
    assert not [e for e in doc.events if "French soldiers" in names(e.source)]
    (attack,) = [e for e in doc.events if e.cameo_root == "18"]
    assert "French soldiers" in names(attack.target)
    # the active names what it struck after the weapon
    doc = unfiltered("واستهدف الجيش الإسرائيلي بصاروخ موقعا لحماس.", "2018-07-01")
    (strike,) = [e for e in doc.events if e.trigger.text == "استهدف"]
    assert names(strike.source)[0] == "Israel Defense Forces"


def test_events_an_attack_a_body_meets_to_discuss_is_not_its_attack():
    # BBC Arabic, 2018-04-09: the Security Council meets to discuss the attack on Douma; it attacked no one, and
    # the watchdog telling of the meeting accuses it of nothing
    doc = marsad.analyze("أعلنت منظمة حظر الأسلحة الكيميائية أنها تجمع كل المعلومات الممكنة حول ما يشتبه في أنه هجوم "
                         "بأسلحة كيميائية على دوما، في سوريا، في حين من المقرر يعقد مجلس الأمن في الأمم المتحدة اجتماع "
                         "طارئ،اليوم الاثنين، لبحث الهجوم بناء على طلب تسع دول.", published="2018-04-09")
    council = "United Nations Security Council"
    assert not [e for e in doc.events if council in names(e.source) and e.cameo_root in ("18", "19", "20")]
    assert not [e for e in doc.events if council in names(e.target)]
