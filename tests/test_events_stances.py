"""Stances told by what they are about: readiness as an intent, the side whose sanctions are condemned, what
something is called when it is «غير» (not) something."""
from __future__ import annotations

from test_events_extract import names, unfiltered

from marsad.events import load_lexicon
from marsad.events.actors import find_actor_spots
from marsad.events.extract import _charge_past_relative


def test_events_readiness_with_a_pronoun_makes_talks_an_intent():
    # «أبدت كوريا الشمالية استعدادها للتفاوض»: talks one is ready for are not yet held (036, not 046)
    doc = unfiltered("وأبدت كوريا الشمالية استعدادها للتفاوض مع الولايات المتحدة.", "2018-05-01")
    assert not [e for e in doc.events if e.cameo_root == "04"]
    assert [e for e in doc.events if e.cameo == "036" and names(e.source) == ["North Korea"]
            and names(e.target) == ["United States"]]
    # «مستعدة لإجراء محادثات سلام»: ready to hold them
    doc = unfiltered("وقالت حركة طالبان إنها مستعدة لإجراء محادثات سلام مع الولايات المتحدة.", "2018-05-01")
    assert [e for e in doc.events if e.cameo == "036" and names(e.source)[0] == "Taliban"
            and names(e.target) == ["United States"]]


def test_events_sanctions_behind_a_preposition_are_their_nisbas_sides():
    # «ونددت الصين بالعقوبات الأمريكية»: the American sanctions are what China condemns, and the United States's
    doc = unfiltered("ونددت الصين بشدة بالعقوبات الأمريكية على إيران.", "2018-08-07")
    (condemnation,) = [e for e in doc.events if e.cameo_root == "11"]
    assert names(condemnation.source) == ["China"] and names(condemnation.target) == ["United States"]
    (sanctions,) = [e for e in doc.events if e.cameo == "163"]
    assert names(sanctions.source) == ["United States"] and names(sanctions.target) == ["Iran"]


def test_events_what_a_side_calls_not_lawful_is_criticised():
    doc = unfiltered("ووصفت الخارجية الإيرانية العقوبات الأمريكية بأنها غير قانونية.", "2018-08-07")
    (event,) = [e for e in doc.events if e.cameo_root == "11"]
    assert "Iran" in names(event.source) and names(event.target) == ["United States"]


def test_events_fierce_clashes_and_talks_held_between_two_sides():
    # «ودارت اشتباكات عنيفة بين قوات سوريا الديمقراطية وتنظيم الدولة»: «عنيفة» is no relative adjective, but still
    # only describes the clashes before their «بين»
    doc = unfiltered("ودارت اشتباكات عنيفة بين قوات سوريا الديمقراطية وتنظيم الدولة في دير الزور.", "2018-05-01")
    (event,) = [e for e in doc.events if e.cameo_root == "19"]
    assert names(event.source)[0] == "Syrian Democratic Forces" and names(event.target) == ["Islamic State"]
    # «جرت» is no passive «تم» when «بين» names who held the talks
    doc = unfiltered("وجرت محادثات مباشرة بين الولايات المتحدة وحركة طالبان في الدوحة.", "2018-07-28")
    (event,) = [e for e in doc.events if e.cameo_root == "04"]
    assert names(event.source) == ["United States"] and names(event.target)[0] == "Taliban"


def test_events_what_a_side_denied_is_said_by_the_side_after_the_verb():
    # «وهو ما نفته بوغوتا»: «ما» + «ـه» takes up the accusation, and the one denying is the verb's subject after
    # it (not, as with «ما وصفه», the sentence's subject); Bogota acts for Colombia
    doc = unfiltered("واتهم مادورو كولومبيا بالمسؤولية عن الهجوم، وهو ما نفته بوغوتا.", "2018-08-05")
    (denial,) = [e for e in doc.events if e.cameo == "016"]
    assert names(denial.source) == ["Bogota", "Colombia"]


def test_events_arms_sent_or_supplied_are_military_aid():
    doc = unfiltered("وأشارت تقارير إلى أن إيران أرسلت أسلحة إلى الحوثيين.", "2018-03-26")
    (event,) = [e for e in doc.events if e.cameo == "072"]
    assert names(event.source) == ["Iran"] and names(event.target)[0] == "Houthis"
    # «ربما» between the subject and the verb, as «قد» does, leaves the name after the verb its object
    doc = unfiltered("وقال قادة أميركيون إن روسيا ربما تزود طالبان بالسلاح.", "2018-03-25")
    (event,) = [e for e in doc.events if e.cameo == "072"]
    assert names(event.source) == ["Russia"] and names(event.target)[0] == "Taliban"


def test_events_a_medium_that_reports_gives_no_country_to_the_body_it_reports_on():
    # «وأفاد مراسل بي بي سي بأن القوات الحكومية سيطرت على مدينة حلب»: not British forces
    doc = unfiltered("وأفاد مراسل بي بي سي بأن القوات الحكومية سيطرت على مدينة حلب.", "2018-05-01")
    assert doc.events and not [e for e in doc.events if "United Kingdom" in names(e.source)]


def test_events_donations_and_grants_are_aid():
    # «تبرعت الكويت بمبلغ»: the row's bare «ب» complement had never matched «بمبلغ», so no donation was read
    doc = unfiltered("وتبرعت الكويت بمبلغ 100 مليون دولار لصالح اللاجئين السوريين.", "2018-03-30")
    (event,) = [e for e in doc.events if e.cameo_root == "07"]
    assert names(event.source) == ["Kuwait"] and "Syria" in names(event.target)
    doc = unfiltered("وأعلن البنك الدولي عن منحة بقيمة 200 مليون دولار للعراق.", "2018-02-14")
    (event,) = [e for e in doc.events if e.cameo_root == "07"]
    assert names(event.source) == ["World Bank"] and names(event.target) == ["Iraq"]
    # allowing aid in, kept negated when refused
    doc = unfiltered("ولم تسمح إسرائيل بدخول المساعدات إلى غزة.", "2018-05-01")
    (event,) = [e for e in doc.events if e.cameo_root == "08"]
    assert event.negated and names(event.source) == ["Israel"]


def test_events_neither_one_side_nor_another_are_both_subjects():
    # «ولم يعلق الإليزيه ولا وزارة الخارجية الفرنسية»: the ministry after «ولا» declined too; it is not the object
    doc = unfiltered("ولم يعلق الإليزيه ولا وزارة الخارجية الفرنسية على هذه المعلومات.", "2018-06-02")
    (event,) = [e for e in doc.events if e.cameo == "011"]
    assert "French Foreign Ministry" in names(event.source) and not event.target


def test_events_aid_cut_and_threats_by_warning_or_brandishing():
    # «قطع ترامب المساعدات عن باكستان»: no row read aid cut off (and «قطع التمويل» was read as funding given)
    doc = unfiltered("وقطع ترامب المساعدات العسكرية عن باكستان.", "2018-01-05")
    (event,) = [e for e in doc.events if e.cameo_root == "16"]
    assert names(event.source)[0] == "Donald Trump" and names(event.target) == ["Pakistan"]
    doc = unfiltered("وقررت واشنطن قطع التمويل عن وكالة الأونروا.", "2018-08-31")
    assert [e.cameo for e in doc.events] == ["162"]
    doc = unfiltered("وأنذرت إسرائيل حركة حماس بعملية عسكرية واسعة.", "2018-05-01")
    assert [(e.cameo_root, names(e.source), names(e.target)[0]) for e in doc.events] == [("13", ["Israel"], "Hamas")]


def test_events_a_joined_description_or_accusation_of_a_titled_leader_is_by_the_sentence_subject():
    # «ووصف زعيم حزب الشعب الجمهوري … بأنه ديكتاتور»: the title heads the name outside it; the one described
    # follows the verb, and who describes is the subject of the verb it is joined to
    doc = unfiltered("وتحدث أردوغان أمام أنصاره في إسطنبول ووصف زعيم حزب الشعب الجمهوري كمال قليجدار أوغلو "
                     "بأنه ديكتاتور.", "2018-04-29")
    (event,) = [e for e in doc.events if e.cameo_root == "11"]
    assert names(event.source)[0] == "Recep Tayyip Erdogan" and "Kemal Kılıçdaroğlu" in names(event.target)
    doc = unfiltered("وتحدث أردوغان أمام أنصاره في إسطنبول واتهم زعيم حزب الشعب الجمهوري كمال قليجدار أوغلو "
                     "بدعم الإرهاب.", "2018-04-29")
    (event,) = [e for e in doc.events if e.cameo_root == "11"]
    assert names(event.source)[0] == "Recep Tayyip Erdogan" and "Kemal Kılıçdaroğlu" in names(event.target)


def test_events_a_condemnation_not_made_is_negated_and_the_act_condemned_is_not():
    doc = unfiltered("ولم تدن الولايات المتحدة الهجوم الإسرائيلي على غزة.", "2018-05-16")
    (condemnation,) = [e for e in doc.events if e.cameo_root == "11"]
    assert condemnation.negated and names(condemnation.source) == ["United States"]
    assert not [e for e in doc.events if e.cameo_root == "18" and e.negated]


def test_events_still_between_the_subject_and_its_verb_leaves_the_subject_first():
    # «إن إيران ما تزال تدعم الحوثيين»: «ما تزال» (still) stands between the subject and its verb
    for still in ("ما تزال", "لا تزال", "ما زالت"):
        doc = unfiltered(f"وقال الجبير إن إيران {still} تدعم الحوثيين.", "2015-08-07")
        (event,) = [e for e in doc.events if e.cameo_root == "07"]
        assert names(event.source) == ["Iran"] and names(event.target)[0] == "Houthis"
    # so does a negator or «كان»: «روسيا لم تنتقد إسرائيل» is Russia's criticism, not made
    doc = unfiltered("وقال إن روسيا لم تنتقد إسرائيل.", "2015-08-07")
    (event,) = [e for e in doc.events if e.cameo_root == "11"]
    assert event.negated and names(event.source) == ["Russia"] and names(event.target) == ["Israel"]


def test_events_a_support_told_in_the_past_and_opponents_of_a_rule():
    # «دعمت إيران الحوثيين»: the past with its suffix is the verb (the bare «دعم» is the noun, «دعما» too)
    doc = unfiltered("إيران قد دعمت الحوثيين.", "2015-08-07")
    (event,) = [e for e in doc.events if e.cameo_root == "07"]
    assert names(event.source) == ["Iran"] and names(event.target)[0] == "Houthis"
    doc = unfiltered("وقدمت السعودية دعما كبيرا لليمن.", "2015-08-07")
    assert [e.trigger.text for e in doc.events if e.cameo_root == "07"] == ["قدمت"]
    # «المعارضين لنظام الرئيس بشار الأسد»: Syria's opponents are supported, not the president they oppose
    doc = unfiltered("دعمت تركيا بقوة المعارضين لنظام الرئيس بشار الأسد.", "2018-07-09")
    (event,) = [e for e in doc.events if e.cameo_root == "07"]
    assert names(event.source) == ["Turkey"] and "Bashar al-Assad" not in names(event.target) \
        and "Syria" in names(event.target)
    # backing a draft resolution endorses it (051), it gives no aid
    doc = unfiltered("ودعمت كل من الصين وبوليفيا مشروع القرار الروسي.", "2018-04-14")
    (event,) = [e for e in doc.events if e.cameo_root in ("05", "07")]
    assert event.cameo == "051" and names(event.target) == ["Russia"]


def test_events_a_joined_demand_of_a_named_side_is_by_the_sentence_subject():
    # «وانتقد السيناتور جون ماكين القمة وطالب ترامب بتوضيح تعليقاته»: McCain demanded it of Trump
    doc = unfiltered("وانتقد السيناتور جون ماكين القمة وطالب ترامب بتوضيح تعليقاته.", "2018-07-17")
    (demand,) = [e for e in doc.events if e.cameo_root == "10"]
    assert names(demand.source)[0] == "John McCain" and names(demand.target)[0] == "Donald Trump"
    # a demand opening its sentence is its subject's own; so is one by a plural in «ـون»
    doc = unfiltered("وطالبت منظمة العفو الدولية بالإفراج عن المعتقلين في إيران.", "2018-07-17")
    assert [names(e.source)[0] for e in doc.events if e.cameo_root == "10"] == ["Amnesty International"]


def test_events_a_joined_accusation_past_a_relative_clause_on_the_accused():
    # «وتتهم حركة حماس التي خاضت معها ثلاث حروب … بالسعي»: the charge follows the relative clause on Hamas
    doc = unfiltered("وتقول إسرائيل إنها تدافع عن حدودها، وتتهم حركة حماس التي خاضت معها ثلاث حروب منذ عام 2008 "
                     "بالسعي إلى استخدام الاحتجاجات كغطاء.", "2018-05-14")
    (accusation,) = [e for e in doc.events if e.cameo == "112"]
    assert names(accusation.source) == ["Israel"] and names(accusation.target)[0] == "Hamas"
    # (but with another side named in the clause, the side before it is the subject: Iran accuses Rezaian, and
    # «بالجنسية» inside the clause is no charge of Iran's)
    doc = unfiltered("واتهمت إيران التي لا تعترف بالجنسية المزدوجة الصحفي جيسون رضائيان بجمع معلومات سرية.",
                     "2015-08-11")
    token_of = {t.start: k for k, t in enumerate(doc.tokens)}
    spots = find_actor_spots(doc, 0, len(doc.tokens), load_lexicon(), token_of)
    relative = next(k for k, t in enumerate(doc.tokens) if t.text == "التي")
    assert any(s.entity is not None and s.entity.name_en == "Jason Rezaian" for s in spots)
    assert not _charge_past_relative(doc, relative, len(doc.tokens), spots)


def test_events_a_refused_act_names_whom_the_refusal_is_aimed_at_and_did_not_happen():
    # «ورفضت طالبان إجراء محادثات مباشرة مع كابول»: the talks refused were with Kabul
    doc = unfiltered("ورفضت طالبان إجراء محادثات مباشرة مع كابول.", "2018-07-16")
    (refusal,) = [e for e in doc.events if e.cameo_root == "12"]
    assert names(refusal.source)[0] == "Taliban" and names(refusal.target)[0] == "Kabul"
    assert not [e for e in doc.events if e.cameo_root == "04"]
    # «وزار بوتين المنطقة ورفض زيارة دمشق»: Damascus is the visit refused, not where he went
    doc = unfiltered("وزار الرئيس فلاديمير بوتين المنطقة ورفض زيارة دمشق.", "2018-07-16")
    assert not [e for e in doc.events if e.cameo_root == "04" and "Damascus" in names(e.target)]
    (refusal,) = [e for e in doc.events if e.cameo_root == "12"]
    assert names(refusal.target)[0] == "Damascus"


def test_events_a_definite_plural_subject_is_no_construct_with_the_object_after_it():
    # «واتهم المتمردون الحكومة الأوكرانية»: «المتمردون» keeps its «ن», so «الحكومة الأوكرانية» is the object, not
    # whose rebels they are (but «المسلحون الحوثيون»: an adjective, the Houthis' gunmen)
    doc = unfiltered("واتهم المتمردون الحكومة الأوكرانية بإجهاض الاجتماع.", "2015-08-06")
    (event,) = [e for e in doc.events if e.cameo == "112"]
    assert names(event.source) == ["rebels"] and names(event.target) == ["Ukraine"]
    doc = unfiltered("واتهم المسلحون الحوثيون التحالف بقصف المدنيين.", "2015-08-06")
    (event,) = [e for e in doc.events if e.cameo == "112"]
    assert names(event.source)[0] == "Houthis"
    # separatists are a side of any act, as rebels are
    doc = unfiltered("واتهم الانفصاليون الحكومة الأوكرانية بإجهاض الاجتماع.", "2015-08-06")
    (event,) = [e for e in doc.events if e.cameo == "112"]
    assert names(event.source) == ["separatists"] and names(event.target) == ["Ukraine"]


def test_events_a_terror_attack_condemned_with_no_doer_named_is_aimed_at_its_attackers():
    # «وأدانت وزارة الخارجية المصرية بأشد العبارات الهجوم الإرهابي في مانشستر»: the attackers, unnamed
    doc = unfiltered("وأدانت وزارة الخارجية المصرية بأشد العبارات الهجوم الإرهابي في مانشستر.", "2017-05-23")
    (event,) = [e for e in doc.events if e.cameo_root == "11"]
    assert names(event.source)[0] == "Egyptian Foreign Ministry" and names(event.target) == ["attackers"]
    # (an attack by a side named is condemned at that side)
    doc = unfiltered("وأدانت روسيا الهجوم الإسرائيلي على غزة.", "2017-05-23")
    (event,) = [e for e in doc.events if e.cameo_root == "11"]
    assert names(event.target) == ["Israel"]


def test_events_affirmed_support_is_endorsement_and_an_affirmed_commitment_is_nothing():
    doc = unfiltered("وأكد وزير الخارجية الأمريكي مايك بومبيو دعم بلاده للحكومة العراقية.", "2018-04-07")
    (event,) = [e for e in doc.events if e.cameo_root == "05"]
    assert event.cameo == "051" and names(event.source)[0] == "Mike Pompeo" and names(event.target) == ["Iraq"]
    # «أكد التزامه» (affirmed its commitment, to anything at all): UniversalPetrarch's 050 for it is left out
    assert not [t for t, _ in load_lexicon().match_word("اكدت") if t.code == "050"]


def test_events_a_condemned_masdar_whose_genitive_has_a_bare_object_is_that_sides_act():
    # France 24, 2018-04-15: «نددت [موسكو] برفض الدول الغربية الثلاث انتظار تقرير …» — the Western states refused;
    # the genitive followed by its object (no article, no preposition) is the masdar's agent, whom Moscow condemned
    doc = unfiltered("وكانت موسكو قد نددت برفض الدول الغربية الثلاث انتظار تقرير لجنة مفتشي منظمة حظر الأسلحة "
                     "الكيميائية قبل شن هجماتها على سوريا.", "2018-04-15")
    (condemnation,) = [e for e in doc.events if e.cameo_root == "11"]
    assert names(condemnation.target) == ["Western powers"]
    # an indefinite genitive's bare word is its adjective: the activists were arrested, they arrested no one
    doc = unfiltered("الاتحاد الأوروبي يندد بتوقيف نشطاء معارضين في مصر", "2018-05-30")
    assert not [e for e in doc.events if e.cameo_root == "17" and "activists" in names(e.source)]


def test_events_calling_a_side_terrorist_is_a_denunciation_of_it():
    # BBC, 2018-03-16: «وتعتبر أنقرة وحدات حماية الشعب "منظمة إرهابية"» — Turkey labels the YPG; what it calls them
    # («منظمة إرهابية», «جماعة إرهابية») is no side of its own
    doc = unfiltered('وتعتبر أنقرة وحدات حماية الشعب الكردية "جماعة إرهابية"، وامتدادا لحزب العمال الكردستاني.',
                     "2018-02-20")
    (label,) = [e for e in doc.events if e.cameo == "111"]
    assert names(label.source)[0] == "Ankara" and names(label.target)[0] == "People's Protection Units"
    assert "terrorist group" not in names(label.target)
    doc = unfiltered("وفي كانون الأول/ديسمبر 2013 حظرت مصر جماعة الإخوان المسلمين وصنفتها منظمة إرهابية.", "2018-08-13")
    assert [(names(e.source)[0], names(e.target)[0]) for e in doc.events if e.cameo == "111"] \
        == [("Egypt", "Muslim Brotherhood")]
    # what one considers that holds no hostile label is no event: «واعتبر ترامب أن الاتفاق سيء»
    assert not unfiltered("واعتبر ترامب أن الاتفاق سيء.", "2018-05-08").events


def test_events_a_label_in_a_relative_clause_with_no_subject_after_is_by_the_sentences_subject():
    # BBC, 2018-02-16: «أن أنقرة أوضحت … الارتباط العضوي بين وحدات حماية الشعب الكردية في سوريا و حزب العمال الكردستاني
    # الذي تصنفه كمنظمة إرهابية» — Ankara classes the PKK as terrorist
    doc = unfiltered("وأضافت أن أنقرة أوضحت للجانب الأمريكي مدى الارتباط العضوي بين وحدات حماية الشعب الكردية في سوريا "
                     "و حزب العمال الكردستاني الذي تصنفه كمنظمة إرهابية.", "2018-02-16")
    (label,) = [e for e in doc.events if e.cameo == "111"]
    assert names(label.source)[0] == "Ankara" and names(label.target)[0] == "Kurdistan Workers' Party"
    # help in such a clause is not the sentence subject's: «حضت تركيا الولايات المتحدة على استبعاد … من قوات سوريا
    # الديمقراطية التي تدعمها»
    doc = unfiltered("حضت تركيا الولايات المتحدة الأمريكية على استبعاد وحدات حماية الشعب الكردية من قوات سوريا "
                     "الديمقراطية التي تدعمها لقتال تنظيم الدولة الإسلامية في سوريا.", "2018-02-16")
    assert not [e for e in doc.events if e.cameo_root == "07" and "Turkey" in names(e.source)]


def test_events_a_regional_summit_speaks_as_its_body():
    # France 24, 2018-04-15: the Dhahran summit's final statement «طالب إيران بوقف "تدخلاتها"» — the Arab League's
    # demand; «القمة العربية» (or «الخليجية», «الإسلامية», «الأفريقية») names the body whose leaders meet
    doc = unfiltered("وطالب البيان الختامي للقمة العربية إيران بالكف عن التدخل في الشؤون الداخلية للدول العربية.",
                     "2018-04-15")
    assert [(names(e.source)[0], names(e.target)[0]) for e in doc.events if e.cameo_root == "10"] \
        == [("Arab League", "Iran")]
    # a summit of no named body stays no side: «القمة التاريخية»
    doc = unfiltered("وطالب البيان الختامي للقمة التاريخية إيران بالكف عن التدخل في الشؤون العربية.", "2018-04-15")
    assert not [e for e in doc.events if e.cameo_root == "10"]


def test_events_a_welcomed_act_after_ba_names_whom_the_welcome_is_of():
    # France 24, 2018-08-03: «رحب وزير الدفاع الإسرائيلي أفيغدور ليبرمان أمس بسيطرة قوات بشار الأسد على الحدود»:
    # the control welcomed is a trigger of its own, but it opens no clause; Lieberman welcomed Assad's
    doc = unfiltered("رحب وزير الدفاع الإسرائيلي أفيغدور ليبرمان أمس بسيطرة قوات بشار الأسد على الحدود مع الدولة "
                     "العبرية.", "2018-08-03")
    (welcome,) = [e for e in doc.events if e.cameo == "051"]
    assert names(welcome.source)[0] == "Avigdor Lieberman" and names(welcome.target)[0] == "Bashar al-Assad"
