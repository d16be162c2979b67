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


def test_events_the_one_met_with_him_is_the_man_named_before_the_meeting():
    # Fars via BBC, 2018-09-03: «طلب المعلم من ظريف …، وذلك خلال اجتماعه معه في دمشق» — Muallem met Zarif
    doc = unfiltered("قال وزير الخارجية الإيراني محمد جواد ظريف إن إدلب يجب تطهيرها. وأفادت وكالة فارس بأن وزير "
                     "الخارجية السوري وليد المعلم طلب من ظريف أن تواصل إيران دعمها لسوريا، وذلك خلال اجتماعه معه في "
                     "دمشق الاثنين.", "2018-09-03")
    assert [(names(e.source)[0], names(e.target)[0]) for e in doc.events if e.cameo.startswith("04")] \
        == [("Walid Muallem", "Mohammad Javad Zarif")]


def test_events_a_past_verb_of_ta_after_qad_was_done_not_intended():
    # «وكان وزير الدفاع الإيراني قد توجه الأسبوع الماضي إلى دمشق»: he had gone (042), not «may go» (036)
    doc = unfiltered("وكان وزير الدفاع الإيراني قد توجه الأسبوع الماضي إلى دمشق.", "2018-09-03")
    assert [e.cameo for e in doc.events] == ["042"]
    doc = unfiltered("وقال إن وزير الدفاع الإيراني قد يتوجه إلى دمشق.", "2018-09-03")
    assert [e.cameo for e in doc.events] == ["036"]


def test_events_cooperation_with_ones_own_body_names_no_other_side():
    # Asharq al-Awsat, 2015-07-25: «رحبت فيديريكا موغيريني، وزيرة الخارجية في الاتحاد الأوروبي، … بمحادثات السلام»
    # welcomed the talks; a target of her own union, borrowed from another mention, is no side of the welcome
    from marsad.doc import Actor, Event, Span
    from marsad.events.extract import _done_to_itself

    def actor(name: str, label: str) -> Actor:
        return Actor(text=name, name_en=name, label=label)

    said = Span(0, 5, "رحبت")

    mogherini, eu, cyprus = actor("Federica Mogherini", "PER"), actor("European Union", "ORG"), actor("Cyprus", "LOC")
    welcome = Event(id="ev1", cameo="051", trigger=said, cameo_root="05", source=[mogherini, eu], target=[eu])
    assert _done_to_itself(welcome)
    assert not _done_to_itself(Event(id="ev2", cameo="051", trigger=said, cameo_root="05", source=[mogherini, eu],
                                   target=[cyprus]))
    # a leader praising his own country's people, or a state striking its own, keeps the side
    sisi, egypt = actor("Abdel Fattah el-Sisi", "PER"), actor("Egypt", "LOC")
    assert not _done_to_itself(Event(id="ev3", cameo="051", trigger=said, cameo_root="05", source=[sisi, egypt],
                                   target=[egypt]))
    assert not _done_to_itself(Event(id="ev4", cameo="111", trigger=said, cameo_root="11", source=[mogherini, eu],
                                   target=[eu]))


def test_events_izaa_and_hiyal_govern_the_side_after_them():
    # France 24, 2018-04-24: «اتفق وزراء خارجية دول مجموعة السبع على اتخاذ موقف موحد إزاء روسيا، في ختام
    # اجتماعاتهم» — the ministers met, not Russia (the side behind «إزاء» was taken as the «ـهم» of their meetings)
    doc = unfiltered("اتفق وزراء خارجية دول مجموعة السبع على اتخاذ موقف موحد إزاء روسيا، في ختام اجتماعاتهم بمدينة "
                     "تورنتو الكندية الاثنين.", "2018-04-24")
    assert "Russia" not in {n for e in doc.events if e.cameo.startswith("04") for n in names(e.source)}
    # and what a concern is voiced about is not done by who voices it
    doc = unfiltered("وأعربت بعثة الأمم المتحدة للدعم في ليبيا عن قلقها البالغ إزاء تجدد الاشتباكات في مدن سبها والكفرة.",
                     "2015-07-25")
    assert not [e for e in doc.events if e.cameo[:2] == "19"]


def test_events_a_meeting_held_between_sides_names_them_all():
    # «وعقد اجتماع بين …»: the passive verb has no subject; its masdar's «بين» names the sides, a list with its
    # commas all of them
    doc = unfiltered("وعقد اجتماع بين أردوغان، وبوتين، والرئيس الإيراني حسن روحاني في أنقرة.", "2018-02-20")
    (event,) = [e for e in doc.events if e.cameo_root == "04"]
    assert names(event.source)[0] == "Recep Tayyip Erdogan"
    assert {"Vladimir Putin", "Hassan Rouhani"} <= set(names(event.target))
    # but a rejection of the accord between two sides is not theirs, and a side named again ends the list
    doc = unfiltered("لاتخاذ قرار بشأن قبول أو رفض الاتفاق بين إيران والقوى الكبرى.", "2015-08-01")
    assert not [e for e in doc.events if e.cameo_root == "12"]
    doc = unfiltered("وقال المصدر إن الاتفاق بين الأميركيين والأتراك يتضمن القيام بعملية عسكرية مشتركة بين الأتراك "
                     "والمعارضة السورية المعتدلة.", "2015-08-04")
    (accord,) = [e for e in doc.events if e.cameo_root == "05"]
    assert names(accord.target) == ["Turkey"]
    # a clause of its own after a comma is no side of the clashes
    doc = unfiltered("ودارت اشتباكات بين الجيش السوري وفصائل المعارضة، والطيران الروسي يقصف المدينة.", "2018-02-20")
    (clashes,) = [e for e in doc.events if e.trigger.text == "اشتباكات"]
    assert "Russian air force" not in names(clashes.target)


def test_events_talks_between_a_state_and_its_own_rebels_have_two_sides():
    # the Houthis are Yemenis but not Yemen's state: talks with them are no state talking to itself
    doc = unfiltered("وبدأت محادثات بين الحكومة اليمنية والحوثيين في الكويت.", "2016-04-21")
    (event,) = [e for e in doc.events if e.cameo_root == "04"]
    assert names(event.source)[0] == "Yemen" and names(event.target)[0] == "Houthis"


def test_events_the_two_leaders_condemn_a_third_side_together():
    # «وقد ندد الزعيمان»: the dual after the verb is its subject — both leaders of the call just told — and the
    # condemnation is aimed at the attacks' side, not at one of the two
    doc = unfiltered('وتابعت أن ترامب تشاور الجمعة مع رئيسة الوزراء البريطانية تيريزا ماي و"قد ندد الزعيمان '
                     'بالهجمات الصاروخية الاستفزازية للنظام الإيراني انطلاقا من سوريا".', "2018-05-12")
    (condemnation,) = [e for e in doc.events if e.trigger.text == "ندد"]
    assert {"Donald Trump", "Theresa May"} <= set(names(condemnation.source))
    assert names(condemnation.target) == ["Iran"]
    # but two leaders who hope for peace hope it of each other
    doc = unfiltered("والتقى كير ومشار الاثنين في الخرطوم. وأعرب الزعيمان عن أملهما في التوصل إلى اتفاق سلام.",
                     "2018-06-27")
    (hope,) = [e for e in doc.events if e.trigger.text == "أعرب"]
    assert len(names(hope.source)) == 1 and hope.target


def test_events_a_call_with_his_counterpart_is_made_by_the_clauses_subject():
    # «وطلب ماكرون خلال اتصال هاتفي بنظيره الإيراني»: «ـه» is Macron, who made the call the request was made in
    doc = unfiltered('وطلب الرئيس الفرنسي إيمانويل ماكرون الأحد خلال اتصال هاتفي بنظيره الإيراني حسن روحاني "ممارسة '
                     'الضغوط الضرورية" على النظام السوري.', "2018-03-04")
    (call,) = [e for e in doc.events if e.trigger.text == "اتصال"]
    assert names(call.source)[0] == "Emmanuel Macron" and names(call.target)[0] == "Hassan Rouhani"
