"""Who protests: the crowd of the place a protest is told in, and not the sides the sentence names around it."""
from __future__ import annotations

from test_events_extract import unfiltered

import marsad
from marsad.events import EventExtractor


def protests(text: str, published: str = "2018-05-15") -> list[tuple[list[str], list[str]]]:
    doc = marsad.analyze(text, published=published)
    return [([a.name_en for a in e.source], [m.text for m in e.mentions]) for e in doc.events if e.cameo_root == "14"]


def test_crowds_of_two_countries_are_two_protests():
    # three sentences: an article, where the crowds told in Gaza and in Istanbul are not one protest
    found = protests("تظاهر المئات في غزة الاثنين. واتهمت تركيا إسرائيل بممارسة إرهاب الدولة. "
                     "وتظاهر الآلاف في إسطنبول تنديدا بنقل السفارة.")
    assert [source[-1] for source, _ in found] == ["Palestine", "Turkey"]


def test_the_land_across_the_border_does_not_march():
    found = protests("ومن المرتقب أن يحتشد الآلاف بكثافة قرب حدود القطاع وإسرائيل الثلاثاء.")
    assert found and all("Israel" not in source for source, _ in found)


def test_a_protest_at_the_border_between_two_places_is_in_the_first():
    found = protests("أصيب فلسطينيان خلال مسيرات احتجاجية على الحدود بين قطاع غزة وإسرائيل الجمعة.")
    assert found and found[0][0][0] == "Palestinian protesters"


def test_the_side_a_protest_denounces_does_not_march():
    found = protests("وخرجت احتجاجات الاثنين المنددة بافتتاح الولايات المتحدة مقر سفارتها في القدس.")
    assert all("United States" not in source for source, _ in found)


def test_a_mission_burned_in_a_protest_is_not_the_crowds():
    found = protests("واحترقت القنصلية الإيرانية في البصرة خلال الاحتجاجات.", "2018-09-07")
    assert all("Iran" not in source for source, _ in found)


def test_forces_accused_of_breaking_up_protests_do_not_protest():
    found = protests("لكن ليبرمان رفض الاتهامات التي وجهت للقوات الإسرائيلية بمحاولة فض التظاهرات بالعنف المفرط.")
    assert all("Israel" not in source for source, _ in found)


def test_protests_repressed_are_the_object_and_their_protesters_the_target():
    # France 24, 2018-04-15: «على خلفية قمع …» is the masdar (no verb follows «خلفية»), its genitive the forces who
    # repress and «للمظاهرات» what they repress: the protesters, not a show of force of the regime's own
    doc = marsad.analyze("وكان آخر قرار قوي تعليق عضوية سوريا في 2011، على خلفية قمع قوات النظام السوري "
                         "للمظاهرات المطالبة بالتغيير.", published="2018-04-15")
    coded = [(e.cameo, [a.name_en for a in e.source], [a.name_en for a in e.target]) for e in doc.events]
    assert coded == [("175", ["Syrian forces", "Syria"], ["protesters"])]


def protest_sides(text: str, published: str) -> list[tuple[list[str], list[str]]]:
    doc = marsad.analyze(text, published=published)
    return [([a.name_en for a in e.source], [a.name_en for a in e.target]) for e in doc.events if e.cameo_root == "14"]


def test_a_crowd_protests_against_the_side_its_country_accuses_in_the_sentence():
    text = ("واتهمت تركيا إسرائيل بممارسة إرهاب الدولة، بينما تظاهر الآلاف في إسطنبول تنديدا بأعمال العنف.")
    ((source, target),) = protest_sides(text, published="2018-05-14")
    assert source[0] == "Turkish protesters" and target == ["Israel"]
    # with no side named against, it is the crowd's own government
    found = protest_sides("وتظاهر الآلاف في إسطنبول احتجاجا على غلاء الأسعار.", published="2018-05-14")
    assert any(source[0] == "Turkish protesters" and target == ["Turkey"] for source, target in found)


def test_a_crowd_protests_against_the_side_that_just_struck_its_country():
    text = ("قتل الجيش الإسرائيلي عشرات الفلسطينيين في غزة يوم الاثنين. وتستمر المظاهرات الفلسطينية في غزة الثلاثاء.")
    ((source, target),) = protest_sides(text, published="2018-05-15")
    assert source[0] == "Palestinian protesters" and "Israel" in target


def test_a_crowd_protests_against_the_one_foreign_side_its_sentence_names():
    found = protest_sides("وتستمر المظاهرات الفلسطينية في غزة قرب السياج الأمني مع إسرائيل.", published="2018-05-15")
    assert any(source[0] == "Palestinian protesters" and target == ["Israel"] for source, target in found)
    found = protest_sides("وتستمر المظاهرات الفلسطينية في غزة.", published="2018-05-15")
    assert any(source[0] == "Palestinian protesters" and target == ["Palestine"] for source, target in found)
    # (but what a protest is «ضد» is a thing of the crowd's own state)
    text = "وتظاهر مئات آلاف اليونانيين ضد احتمال التوصل إلى اتفاق مع مقدونيا."
    found = protest_sides(text, published="2018-07-11")
    assert not any("North Macedonia" in target for _, target in found)


def test_chanting_slogans_and_raising_flags_are_the_protest():
    # «ورفعوا أعلاما لحركة حماس، ورددوا هتافات تطالب بإنهاء الحصار»
    from test_events_extract import analysed

    doc = analysed("ورفع المتظاهرون أعلاما لحركة حماس ورددوا هتافات ضد الحكومة.", [])
    assert [e.cameo for e in doc.events] == ["141"]
    assert [m.text for m in doc.events[0].mentions] == ["رفع", "ورددوا"]


def test_protesters_counted_in_the_singular_are_protesters():
    # «وندد 125 ألف متظاهر السبت بالمشروع»: after a number the agent noun is singular
    from test_events_extract import analysed

    doc = analysed("وندد 125 ألف متظاهر السبت بالمشروع في أنقرة.", [("LOC", "أنقرة", "Ankara", "TR")])
    assert [[a.name_en for a in e.source] for e in doc.events] == [["protesters"]]


def test_a_states_protest_voiced_to_an_envoy_is_an_official_complaint():
    # Sky News Arabia, 2018-03-09: «عبر … عرقجي عن احتجاج إيران الشديد إلى السفير البريطاني»: Iran complains
    # officially (114) to Britain; no Iranian crowd marched
    doc = marsad.analyze("وعبر نائب وزير الخارجية الإيراني عباس عرقجي عن احتجاج إيران الشديد إلى السفير البريطاني في "
                         "طهران، وطلب من الشرطة حماية مطلقة للدبلوماسيين الإيرانيين في لندن.", published="2018-03-09")
    assert [(e.cameo, [a.name_en for a in e.source], [a.name_en for a in e.target]) for e in doc.events
            if e.cameo.startswith("1")] == [("114", ["Iran"], ["United Kingdom"])]
    # a protest from a state told after «من» is the state's, not the police who reported the break-in
    doc = marsad.analyze("واعتقلت الشرطة البريطانية أربعة أشخاص بعد أن اقتحموا شرفة السفارة الإيرانية في لندن، في واقعة "
                         "أثارت احتجاجا شديدا من طهران.", published="2018-03-09")
    assert not [e for e in doc.events if e.cameo.startswith("14")]
    # a crowd's protest in a country is still the crowd's
    doc = marsad.analyze("وشارك الآلاف في احتجاج الأردن على قانون الضرائب.", published="2018-06-02")
    assert [e.cameo for e in doc.events] == ["140"]


def test_a_protest_a_state_made_is_an_official_complaint_not_a_march():
    # Sky News Arabia, 2018-05-24: «تصريحات بيونغيانغ … كانت احتجاجا على تصريحات أميركية»: a state does not march
    doc = marsad.analyze("مؤكدة أن تصريحات بيونغيانغ السابقة عن القمة مع أميركا كانت احتجاجا على تصريحات أميركية "
                         "شديدة تجاه الشمال.", published="2018-05-24")
    assert [(e.cameo, [a.name_en for a in e.source][:1]) for e in doc.events if e.cameo[:2] in ("11", "14")] == [
        ("114", ["Pyongyang"])]
    # people gathering «للاحتجاج على»: a protest, whoever is named near them («أمام مقر رئيس الوزراء»)
    doc = marsad.analyze("تجمع نحو 40 متظاهرا أمام مقر رئيس الوزراء البريطاني غوردن براون السبت للاحتجاج على ما "
                         "وصفوه بانتهاكات الرئيس الباكستاني برويز مشرف.", published="2008-01-27")
    assert [e.cameo for e in doc.events if e.cameo[:2] in ("11", "14")] == ["140"]
    # protests in the plural are rallies, even those a government organises: no official complaint
    doc = marsad.analyze("ونظمت الحكومة الإيرانية احتجاجات ضد الولايات المتحدة في طهران.", published="2018-05-14")
    assert [e.cameo for e in doc.events] == ["140"]


def test_a_state_acting_in_protest_at_anothers_act_complains_of_that_other():
    # BBC Arabic, 2018-08-06: «طلبت السعودية من السفير الكندي مغادرة أراضيها … احتجاجا على "تدخل كندا …"»: Saudi
    # Arabia protests at Canada; Canada, after «على», and the envoy asked are not the ones protesting
    doc = marsad.analyze('طلبت السعودية من السفير الكندي مغادرة أراضيها خلال 24 ساعة احتجاجا على "تدخل كندا الصريح '
                         'والسافر في الشؤون الداخلية للمملكة"، حسب بيان لوزارة الخارجية السعودية.', published="2018-08-06")
    assert [(e.source[0].name_en, e.target[0].name_en) for e in doc.events
            if e.cameo == "114"] == [("Saudi Arabia", "Canada")]


def test_protesters_ending_their_own_protests_repress_no_one():
    # corpus, 2018: «قبل أن يوقفوا مظاهراتهم»: the protesters stop their own protests; no arrest of protesters
    doc = marsad.analyze("ويريد المحتجون تغييرات سياسية كاسحة قبل أن يوقفوا مظاهراتهم، التي تواصلت اليوم الخميس.",
                         published="2018-05-17")
    assert not [e for e in doc.events if e.cameo_root == "17"]


def test_the_people_killed_in_a_protest_name_its_crowd_and_a_border_it_marched_near_does_not():
    doc = marsad.analyze("وقال أردوغان الذي وجه انتقادات لاذعة لإسرائيل منذ مقتل أكثر من 60 فلسطينيا الاثنين خلال احتجاجات "
                         "على نقل السفارة الأمريكية من تل أبيب إلى القدس، إن العالم فشل.", published="2018-05-18")
    (protest,) = [e for e in doc.events if e.trigger.text == "احتجاجات"]
    assert [a.name_en for a in protest.source][:1] == ["Palestinian protesters"]
    doc = marsad.analyze("حيث اندلعت مواجهات مع خروج عشرات الآلاف من سكان القطاع في مسيرة قرب الحدود الإسرائيلية، على "
                         "خلفية احتجاجات واسعة أسفرت عن مقتل 16 فلسطينيا وإصابة مئات آخرين.", published="2018-03-31")
    assert not [e for e in doc.events if "Israeli protesters" in [a.name_en for a in e.source]]


def test_a_crowd_bidding_farewell_is_no_protest():
    doc = marsad.analyze("في 6 سبتمبر عام 1997، احتشد أكثر من مليون شخص في بريطانيا لوداع الأميرة ديانا، أميرة ويلز، بعد "
                         "مقتلها في حادث سيارة.", published="2018-09-06")
    assert not [e for e in doc.events if e.cameo_root == "14"]


def test_a_crowd_gathered_outside_a_body_s_office_protests_not_the_body():
    found = protests("تجمع المئات خارج مكتب منظمة الأمم المتحدة لغوث وتشغيل اللاجئين الفلسطينيين «أونروا» في الأردن "
                     "أمس، للاحتجاج على احتمال خفض المساعدات للاجئين.", published="2015-08-06")
    assert found and all("UNRWA" not in source for source, _ in found)
    assert found[0][0][-1] == "Jordan"


def test_a_state_protesting_by_summoning_an_envoy_is_one_act_of_the_state_not_the_envoys_country():
    # France24, 2018-06-04: «استدعت الجزائر سفير الاتحاد الأوروبي احتجاجا على فيديو»: Algeria protests; the EU,
    # whose envoy was summoned, is the object, and the protest is why the summons was made (one event)
    doc = marsad.analyze("استدعت الجزائر سفير الاتحاد الأوروبي احتجاجا على فيديو مسيء للرئيس.", published="2018-06-04")
    assert [(e.cameo[:2], e.source[0].name_en, e.target[0].name_en) for e in doc.events] == [
        ("11", "Algeria", "European Union")]


def test_ihtijajan_after_a_march_tells_what_the_crowd_protests_not_a_states_complaint():
    # BBC Arabic, 2018-06-30: no state complained; the crowd marched against Trump's policy
    doc = EventExtractor(min_confidence=0.0, read_uncoded=False)(marsad.analyze(
        "خرجت مظاهرات في عموم مدن الولايات المتحدة احتجاجا على سياسات الرئيس الأمريكي دونالد ترامب حيال الهجرة.",
        published="2018-06-30"))
    assert [(e.cameo[:2], [a.name_en for a in e.target]) for e in doc.events] == [("14", ["Donald Trump", "United States"])]
    # a repressed protest with no crowd of its own leaves «احتجاجا» the students'
    doc = EventExtractor(min_confidence=0.0, read_uncoded=False)(marsad.analyze(
        'ومرتضوي مشمول بعقوبات تفرضها الولايات المتحدة والاتحاد الأوروبي لاتهامه بارتكاب "انتهاكات خطيرة لحقوق '
        'الإنسان"، لا سيما توقيف "مئات الناشطين والصحافيين والطلاب" خلال قمع التظاهرات الضخمة في 2009 احتجاجا على '
        "إعادة انتخاب محمود أحمدي نجاد.", published="2018-04-22"))
    assert any(e.cameo.startswith("14") and "Mahmoud Ahmadinejad" in [a.name_en for a in e.target] for e in doc.events)


def test_the_people_a_protest_is_hostile_to_do_not_march():
    # BBC, 2018-07-30: «وكانت هناك عدة احتجاجات معادية لليابانيين في أنحاء الصين في عام 2012» — the Chinese marched
    # against Japan (was Japanese protesters → China)
    doc = unfiltered("وكانت هناك عدة احتجاجات معادية لليابانيين في أنحاء الصين في عام 2012.", "2018-07-30")
    (protest,) = [e for e in doc.events if e.cameo_root == "14"]
    assert [a.name_en for a in protest.source][-1] == "China" and "Japan" in [a.name_en for a in protest.target]


def test_a_place_right_after_the_protest_is_its_own_whatever_stands_before_it():
    # France 24, 2018-05-14: «ألمانيا تطالب إسرائيل بضبط النفس أمام احتجاجات غزة» — «أمام» stands before the
    # protest, not before Gaza: the protesters are Gaza's (were Israeli protesters)
    doc = unfiltered("ألمانيا تطالب إسرائيل بضبط النفس أمام احتجاجات غزة", "2018-05-14")
    (protest,) = [e for e in doc.events if e.cameo_root == "14"]
    assert [a.name_en for a in protest.source] == ["Palestinian protesters", "Palestine"]
