"""Repression, arrests and releases told the way the wires tell them: tear gas fired, protests dispersed or
repressed, arrests as the purpose of a raid, the held set free; and condolences and standing by a side."""
from __future__ import annotations

from test_events_extract import names, unfiltered


def coded(doc, code: str):
    return [e for e in doc.events if e.cameo == code]


def test_events_tear_gas_and_water_cannon_fired_on_protesters_are_repression():
    # «أطلقت الشرطة العراقية الغاز المسيل للدموع لتفريق المتظاهرين في البصرة»: no row had read the gas fired
    doc = unfiltered("وأطلقت قوات الأمن الغاز المسيل للدموع على المتظاهرين في وسط بغداد.", "2018-07-15")
    (event,) = coded(doc, "175")
    assert names(event.source) == ["security forces"] and names(event.target) == ["protesters"]
    doc = unfiltered("واستخدمت الشرطة خراطيم المياه لتفريق المحتجين أمام البرلمان.", "2018-07-15")
    assert [e for e in coded(doc, "175") if names(e.source) == ["police"] and names(e.target) == ["protesters"]]
    # live fire stays a shooting, and the gas masdar no trigger of its own
    doc = unfiltered("وأطلق جنود الاحتلال الرصاص على الشبان الفلسطينيين قرب الحدود.", "2018-05-01")
    assert not coded(doc, "175")


def test_events_a_dispersal_told_as_a_purpose_is_the_clause_subjects():
    # «وتدخلت الشرطة لتفريق المتظاهرين»: the segmenter leaves «لتفريق» whole; the clause's subject disperses
    doc = unfiltered("وتدخلت الشرطة لتفريق المتظاهرين.", "2018-05-01")
    (event,) = coded(doc, "175")
    assert names(event.source) == ["police"] and names(event.target) == ["protesters"]
    # an arrest as the purpose of a raid campaign, and its wanted men
    doc = unfiltered("وشنت قوات الأمن حملة مداهمات لاعتقال المطلوبين في الأنبار.", "2018-05-01")
    (event,) = coded(doc, "173")
    assert names(event.source) == ["security forces"] and names(event.target) == ["wanted men"]
    # a trial sought is not the act of the sentence's subject
    doc = unfiltered("هددت الولايات المتحدة بفرض عقوبات على المحكمة الجنائية الدولية إذا أصرت على الاستمرار في "
                     "جهودها لمحاكمة مواطنين امريكيين.", "2018-09-10")
    assert not [e for e in coded(doc, "173") if "United States" in names(e.source)]


def test_events_protests_dispersed_or_repressed_after_the_subject_are_of_the_protesters():
    # «وقمعت السلطات الإيرانية الاحتجاجات»: the protest word after a verb's subject is its object (only a masdar's
    # was read), so no crowd of Iran protests here
    doc = unfiltered("وقمعت السلطات الإيرانية الاحتجاجات بعنف.", "2018-01-02")
    (event,) = coded(doc, "175")
    assert names(event.source) == ["Iran"] and names(event.target) == ["protesters"]
    assert not [e for e in doc.events if e.cameo_root == "14"]
    # «الشرطة التركية تفرق تظاهرة ضد تنظيم داعش»: the protest is dispersed, not what it was against
    doc = unfiltered("الشرطة التركية تفرق تظاهرة ضد تنظيم داعش في اسطنبول.", "2015-07-25")
    (event,) = coded(doc, "175")
    assert names(event.source)[0] == "Turkish Police" and names(event.target) == ["protesters"]


def test_events_the_held_named_by_no_country_are_whom_a_release_frees():
    doc = unfiltered("وأفرجت السلطات الإيرانية عن المعتقلين.", "2018-05-01")
    (event,) = coded(doc, "0841")
    assert names(event.source) == ["Iran"] and names(event.target) == ["detainees"]
    doc = unfiltered("وأفرجت حركة طالبان عن عشرين رهينة.", "2018-05-01")
    (event,) = coded(doc, "0841")
    assert names(event.source)[0] == "Taliban" and names(event.target) == ["hostages"]
    # but the other side of an exchange comes first, and the held never release
    doc = unfiltered("وكان في يوليو 2010 من بين السجناء الذي أفرجت عنهم موسكو مقابل إفراج الولايات المتحدة عن 10 "
                     "جواسيس.", "2018-03-08")
    (event,) = [e for e in coded(doc, "0841") if e.trigger.text == "أفرجت"]
    assert names(event.target) == ["United States"]
    doc = unfiltered("كما عرض التلفزيون السوري صورة أسرى أطلقت المعارضة المسلحة سراحهم وهم يستقلون حافلات.",
                     "2018-03-25")
    assert not [e for e in coded(doc, "0841") if e.source and names(e.source)[0] in ("prisoners", "detainees")]


def test_events_people_held_by_their_trade_carry_their_nisba():
    # «واختطف مسلحون مجهولون ثلاثة مهندسين أتراك في ليبيا»: the Turkish engineers, not Libya, were abducted
    doc = unfiltered("واختطف مسلحون مجهولون ثلاثة مهندسين أتراك في ليبيا.", "2018-05-01")
    (event,) = coded(doc, "181")
    assert "Turkey" in names(event.target) and "Libya" not in names(event.target)


def test_events_the_nisba_of_an_attack_past_its_kind_names_the_attacker():
    # «في هجوم صاروخي إسرائيلي», «غارة جوية روسية»: the kind between the attack and its nisba had hidden the side
    doc = unfiltered("وقتل خمسة جنود في هجوم صاروخي إسرائيلي على مطار دمشق.", "2018-05-01")
    assert [e for e in doc.events if e.cameo_root == "18" and names(e.source) == ["Israel"]]
    doc = unfiltered("قتل عشرة مدنيين في غارة جوية روسية على إدلب.", "2018-05-01")
    assert [e for e in doc.events if e.cameo_root == "19" and names(e.source) == ["Russia"]]


def test_events_a_message_of_condolence_and_standing_by_a_side():
    # «بعث خادم الحرمين الشريفين برقية عزاء ومواساة لأمير دولة الكويت»: «لأمير», left whole by the segmenter, is
    # the preposition's phrase, not the message's genitive sender
    doc = unfiltered("وبعث خادم الحرمين الشريفين برقية عزاء ومواساة لأمير دولة الكويت في ضحايا التفجير.",
                     "2018-05-01")
    (event,) = coded(doc, "018")
    assert names(event.source)[0] == "King Salman" and names(event.target) == ["Kuwait"]
    doc = unfiltered("وبعث خادم الحرمين الشريفين برقية تهنئة لأمير دولة الكويت.", "2018-05-01")
    assert [names(e.source)[0] for e in coded(doc, "051")] == ["King Salman"]
    # a bare «عزاء» is mostly a wake
    doc = unfiltered("في أول أيام عزاء الشهيد عيد ماطر مبارك الشهراني.", "2015-08-09")
    assert not coded(doc, "018")
    doc = unfiltered("وتقف السعودية إلى جانب البحرين في مواجهة إيران.", "2018-05-01")
    (event,) = coded(doc, "051")
    assert names(event.source) == ["Saudi Arabia"] and names(event.target) == ["Bahrain"]


def test_events_an_ambassador_withdrawn_by_masdar_and_flights_suspended():
    doc = unfiltered("وقررت الحكومة الهولندية سحب سفيرها من تركيا.", "2018-02-05")
    (event,) = coded(doc, "161")
    assert names(event.source) == ["Netherlands"] and names(event.target) == ["Turkey"]
    doc = unfiltered("وعلقت السعودية رحلاتها الجوية إلى تورونتو.", "2018-08-06")
    (event,) = coded(doc, "160")
    assert names(event.source) == ["Saudi Arabia"] and "Canada" in names(event.target)


def test_events_an_attack_carried_on_names_its_carrier_right_after_it():
    # «حملة مكثفة من القصف يشنها التحالف الذي تقوده السعودية»: the present tense as well as «شنتها»
    doc = unfiltered("حملة مكثفة من القصف تشنها السعودية على اليمن.", "2018-03-06")
    (event,) = [e for e in doc.events if e.cameo_root == "19"]
    assert names(event.source) == ["Saudi Arabia"] and names(event.target) == ["Yemen"]
    # but not an act further back than the attack it follows
    doc = unfiltered("وسيؤدي مقتله إلى الحد من العمليات التي ينفذها تنظيم القاعدة في العالم.", "2015-07-11")
    assert not [e for e in doc.events if e.cameo_root == "18" and e.source and names(e.source)[0] == "al-Qaeda"]


def test_events_the_relative_clause_in_a_sides_name_opens_no_clause():
    # «التحالف الذي تقوده السعودية»: the relative pronoun is part of the coalition's name, so «على اليمن» after it is
    # still the strikes' target
    doc = unfiltered("غارات شنها التحالف الذي تقوده السعودية على اليمن.", "2018-03-06")
    (event,) = [e for e in doc.events if e.cameo_root == "19"]
    assert names(event.source)[0] == "Arab coalition" and names(event.target) == ["Yemen"]


def test_events_a_vessel_is_its_flags_and_a_sea_is_no_target():
    doc = unfiltered("واحتجزت إيران ناقلة نفط بريطانية في مضيق هرمز.", "2019-07-20")
    (event,) = [e for e in doc.events if e.cameo_root == "17"]
    assert names(event.source) == ["Iran"] and names(event.target) == ["United Kingdom"]
    doc = unfiltered("بدأت روسيا مناورات عسكرية في البحر المتوسط.", "2018-09-02")
    assert not [e for e in doc.events if "Mediterranean" in names(e.target)]


def test_events_shells_fired_and_members_killed_by_a_sides_fire():
    # «مقذوف عسكري أطلقته الميليشيات الحوثية على جازان»: a shell, as a missile, is what «أطلقته» fired
    doc = unfiltered("واستشهد جندي سعودي إثر مقذوف عسكري أطلقته الميليشيات الحوثية على جازان.", "2018-05-01")
    assert [e for e in doc.events if e.cameo_root == "19" and names(e.source)[0] == "Houthis"
            and "Saudi Arabia" in names(e.target)]
    # «قتل خمسة من عناصر الميليشيات الحوثية بنيران الجيش السعودي»: those counted of a side were killed, by the
    # side whose fire follows past them
    doc = unfiltered("وقتل خمسة من عناصر الميليشيات الحوثية بنيران الجيش السعودي.", "2018-05-01")
    (event,) = [e for e in doc.events if e.cameo_root == "18"]
    assert names(event.source)[0] == "Saudi Army" and names(event.target)[0] == "Houthis"


def test_events_protesters_named_so_are_of_the_place_they_march_in():
    # «وتظاهر آلاف المحتجين في طهران»: as «تظاهر الآلاف في طهران», the crowd is Iran's
    doc = unfiltered("وتظاهر آلاف المحتجين في طهران ضد الحكومة.", "2018-01-01")
    (event,) = [e for e in doc.events if e.cameo_root == "14"]
    assert names(event.source) == ["Iranian protesters", "Iran"]


def test_events_a_sea_whose_name_opens_with_ba_is_no_target_either():
    # «بحر العرب», «بحر البلطيق»: «بحر» opens with the letter of the preposition «بـ», which is no preposition here
    doc = unfiltered("وهاجم الحوثيون سفينة في بحر العرب.", "2018-05-01")
    assert not [e for e in doc.events if any("Sea" in n for n in names(e.target))]


def test_events_a_trigger_keeps_a_first_waw_that_is_its_own_letter():
    # the segmenter splits «وقفة» (a vigil) as «و» + «قفة»; the trigger is the whole word the dictionary knows
    text = "ونظم مئات الفلسطينيين وقفة احتجاجية أمام مقر الأمم المتحدة في غزة."
    doc = unfiltered(text, "2018-05-01")
    (event,) = [e for e in doc.events if e.cameo_root == "14"]
    assert event.trigger.text == "وقفة" and text[event.trigger.start:event.trigger.end] == "وقفة"
    # while a conjunction before a verb is still left out
    doc = unfiltered("ووصل الرئيس التركي رجب طيب أردوغان إلى الدوحة.", "2018-05-01")
    assert [e.trigger.text for e in doc.events] == ["وصل"]


def test_events_a_martyrs_death_is_his_killers_act():
    # «استشهد شاب فلسطيني برصاص قوات الاحتلال»: the subject of «استشهد» died; whose bullets follow killed him
    doc = unfiltered("واستشهد شاب فلسطيني برصاص قوات الاحتلال الإسرائيلي في الضفة الغربية.", "2018-05-01")
    (event,) = [e for e in doc.events if e.cameo == "1823"]
    assert names(event.source)[0] == "Israel Defense Forces" and "Palestine" in names(event.target)
    # «مستشهدا بـ», «استشهد بآيات»: citing, no death; and a young man with no nisba is nobody's side
    doc = unfiltered("وحذر بومبيو من التهديد الذي تطرحه طهران، مستشهدا بهجمات صاروخية شنها الحوثيون.", "2018-04-29")
    assert not [e for e in doc.events if e.cameo == "1823"]
    doc = unfiltered("في ذلك العام فجر ألبوم غنائي لمطرب شاب جديد ثورة في عالم الغناء في مصر.", "2018-07-05")
    assert not [e for e in doc.events if e.source and "young man" in names(e.source)]


def test_events_bodies_of_the_occupation_are_israels():
    # «سلطات الاحتلال», «شرطة الاحتلال», «جنود الاحتلال»: «الاحتلال» after a body names Israel's (as the knowledge
    # base already reads «قوات الاحتلال» as the Israeli army)
    doc = unfiltered("واعتقلت شرطة الاحتلال خمسة فلسطينيين في القدس.", "2018-05-01")
    (event,) = [e for e in doc.events if e.cameo == "173"]
    assert names(event.source) == ["Israeli police", "Israel"]
    doc = unfiltered("وهدمت سلطات الاحتلال منزل عائلة منفذ العملية في جنين.", "2018-05-01")
    assert [names(e.source) for e in doc.events if e.cameo_root == "17"] == [["Israeli authorities", "Israel"]]


def test_events_those_shot_while_protesting_are_the_protesters():
    # «وقتل 62 فلسطينيا برصاص الجيش الإسرائيلي أثناء تظاهرهم … احتجاجا على نقل السفارة»: «ـهم» are the
    # Palestinians shot; the army shot them and protested nothing
    doc = unfiltered("وقتل 62 فلسطينيا برصاص الجيش الإسرائيلي أثناء تظاهرهم على السياج الحدودي مع قطاع غزة احتجاجا "
                     "على نقل السفارة الأمريكية إلى القدس.", "2018-05-16")
    protests = [e for e in doc.events if e.cameo_root in ("14", "11") or e.cameo.startswith("15")]
    assert protests and all(names(e.source) == ["Palestine"] for e in protests)


def test_events_a_recall_of_ones_own_ambassador_is_aimed_at_the_country_he_is_posted_to():
    # «استدعت الكويت سفيرها لدى مانيلا»: «لدى» names where the recalled ambassador serves, the side the recall
    # is aimed at (but «السفير الروسي لدى الأمم المتحدة» is another's envoy, posted to a body that is no side)
    doc = unfiltered("واستدعت تركيا سفيرها لدى تل أبيب للتشاور.", "2018-05-15")
    (recall,) = [e for e in doc.events if e.cameo == "161"]
    assert names(recall.source) == ["Turkey"] and "Israel" in names(recall.target)
    doc = unfiltered("وقال السفير الروسي لدى الأمم المتحدة إن بلاده ترفض القرار.", "2018-05-15")
    assert not [e for e in doc.events if "United Nations" in names(e.target)]


def test_events_a_note_of_protest_handed_over_is_an_official_complaint():
    # «وسلمت الكويت مذكرة احتجاج إلى السفير العراقي»: the state's complaint (114), no crowd's protest
    doc = unfiltered("وسلمت الكويت مذكرة احتجاج إلى السفير العراقي.", "2018-04-07")
    (event,) = [e for e in doc.events if e.cameo_root in ("11", "14")]
    assert event.cameo == "114" and names(event.source) == ["Kuwait"] and names(event.target) == ["Iraq"]
