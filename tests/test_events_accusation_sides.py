"""Accusations whose sides the sentence does not name next to the trigger: passives, causes, denials."""
from __future__ import annotations

from test_events_extract import analysed, names, unfiltered

import marsad

QATAR = ("LOC", "قطر", "Qatar", "QA")
SAUDI = ("LOC", "السعودية", "Saudi Arabia", "SA")
IRAN = ("LOC", "إيران", "Iran", "IR")
TEHRAN = ("LOC", "طهران", "Tehran", "IR")
ASSAD = ("PER", "بشار الأسد", "Bashar al-Assad", "SY")
HOUTHIS = ("ORG", "الحوثيين", "Houthis", "YE")
YEMEN = ("LOC", "اليمن", "Yemen", "YE")
ATHENS = ("LOC", "أثينا", "Athens", "GR")


def test_events_passive_accusation_has_no_invented_source():
    # «واليمن أين تُتهم بدعم الحوثيين»: Iran is accused; the accuser is untold, so Assad must not become it
    text = "في إشارة إلى سوريا، أين تدعم طهران نظام الرئيس بشار الأسد، واليمن أين تتهم بدعم الحوثيين."
    doc = analysed(text, [TEHRAN, ASSAD, HOUTHIS, YEMEN])
    assert not [e for e in doc.events if e.cameo == "112"]


def test_events_active_accusation_naming_sides_is_kept():
    # «اتهم بوتين بريطانيا بالتسميم»: «بوتين» begins with «ب» but is a name, the subject; not a passive
    doc = analysed("اتهم بوتين بريطانيا بالتسميم.", [("PER", "بوتين", "Vladimir Putin", "RU"),
                                                 ("LOC", "بريطانيا", "United Kingdom", "GB")])
    (event,) = [e for e in doc.events if e.cameo == "112"]
    assert names(event.source)[0] == "Vladimir Putin" and names(event.target) == ["United Kingdom"]


def test_events_accusation_given_as_cause_takes_the_main_clause_sides():
    # «إثر اتهامها بدعم»: «ـها» is Qatar, accused by those who cut relations with it
    text = "وكانت السعودية قطعت علاقاتها مع قطر في حزيران، إثر اتهامها بدعم مجموعات متطرفة."
    doc = analysed(text, [SAUDI, QATAR])
    (event,) = [e for e in doc.events if e.cameo_root == "11"]
    assert names(event.source) == ["Saudi Arabia"] and names(event.target) == ["Qatar"]


def test_events_denial_of_the_accusations_answers_the_accuser():
    # «وتنفي قطر تلك الاتهامات»: the denial is aimed at Saudi Arabia, which accused Qatar a sentence before
    text = "وقطعت السعودية العلاقات مع قطر متهمين إياها بمساندة إيران. وتنفي قطر تلك الاتهامات."
    doc = analysed(text, [SAUDI, QATAR, IRAN])
    (denial,) = [e for e in doc.events if e.cameo == "016"]
    assert names(denial.source) == ["Qatar"] and names(denial.target) == ["Saudi Arabia"]


def test_events_denial_without_earlier_accuser_stays_one_sided():
    doc = analysed("وتنفي قطر تلك الاتهامات.", [QATAR])
    (denial,) = [e for e in doc.events if e.cameo == "016"]
    assert names(denial.source) == ["Qatar"] and denial.target == []


def test_events_indefinite_demonym_names_the_country():
    # «تدخلا إيرانيا»: the nisba with tanwin after an indefinite noun names Iran, named in the article
    text = "وأكدت إيران موقفها. وندد الجبير بما اعتبره تدخلا إيرانيا في الشؤون العربية."
    doc = analysed(text, [("PER", "الجبير", "Adel al-Jubeir", "SA"), IRAN])
    (event,) = [e for e in doc.events if e.cameo_root == "11"]
    assert names(event.source)[0] == "Adel al-Jubeir" and names(event.target) == ["Iran"]


def test_events_speaker_short_form_with_article_acts_again():
    # «وزراء الخارجية العرب» (a speaker no entity names) … «وجدد الوزراء التنديد»: the same ministers
    from test_events_reported import with_quote

    text = "وأعلن وزراء الخارجية العرب أن القرار باطل. وجدد الوزراء التنديد بالعملية التركية."
    doc = analysed(text, [])
    doc = with_quote(doc, "القرار باطل", "وزراء الخارجية العرب", "Arab foreign ministers", None)
    (event,) = [e for e in doc.events if e.cameo_root == "11"]
    assert names(event.source) == ["Arab foreign ministers"] and names(event.target) == ["Turkey"]


def test_events_relative_clause_verb_takes_the_antecedent():
    # «برانسون الذي يرفض كل الاتهامات»: the pastor (before «الذي») rejects the charges
    doc = analysed("ويواجه برانسون الذي يرفض كل الاتهامات الموجهة إليه عقوبة السجن.",
                   [("PER", "برانسون", "Andrew Brunson", "US")])
    (event,) = [e for e in doc.events if e.cameo == "016"]
    assert names(event.source)[0] == "Andrew Brunson"


def test_events_verb_ankara_is_a_denial():
    # «وتنكر "وحدات حماية الشعب" أي صلة مباشرة»: «أنكر» is a denial like «نفى»
    doc = analysed('وتنكر "وحدات حماية الشعب" أي صلة مباشرة بحزب العمال.',
                   [("ORG", "وحدات حماية الشعب", "People's Protection Units", "SY")])
    (event,) = doc.events
    assert event.cameo == "016" and names(event.source)[0] == "People's Protection Units"


def test_events_plural_verb_does_not_take_one_person_before_it():
    # «شيرين ليست الأولى.. هؤلاء النجوم أنكروا زواجهم»: the stars deny, not Sherine
    doc = analysed("شيرين ليست الأولى.. هؤلاء النجوم أنكروا زواجهم بالبداية",
                   [("PER", "شيرين", "Sherine Abdul Wahab", "EG")])
    assert doc.events == []


def test_events_hostility_word_in_reported_speech_is_criticism():
    # «واعتبر أردوغان أن استضافة فرنسا لوفد كردي "عداء صريح"»: calling another side's act hostility criticises it
    from test_events_reported import with_quote

    text = 'واعتبر أردوغان أن استضافة فرنسا لوفد كردي بمثابة "عداء صريح" لتركيا.'
    doc = analysed(text, [("PER", "أردوغان", "Recep Tayyip Erdogan", "TR"), ("LOC", "فرنسا", "France", "FR"),
                          ("LOC", "تركيا", "Turkey", "TR")])
    doc = with_quote(doc, 'استضافة فرنسا لوفد كردي بمثابة "عداء صريح" لتركيا', "أردوغان", "Recep Tayyip Erdogan", "e0")
    (event,) = [e for e in doc.events if e.cameo == "111"]
    assert names(event.source)[0] == "Recep Tayyip Erdogan" and names(event.target) == ["France"]


def test_events_planned_meeting_with_no_other_side_is_intent_to_meet():
    # «واشنطن لا تزال تخطط لعقد القمة»: a meeting announced stands alone, like the meeting itself (036)
    doc = analysed("وقال مسؤول كبير إن واشنطن لا تزال تخطط لعقد القمة في موعد لاحق.",
                   [("LOC", "واشنطن", "Washington", "US")])
    (event,) = doc.events
    assert event.cameo == "036" and names(event.source)[0] == "Washington" and event.target == []
    assert event.modality == "intent" and not event.negated


def test_events_sending_inspectors_is_investigation():
    # «ترسل المنظمة الدولية لحظر الأسلحة الكيميائية مراقبين إلى دوما»: sending inspectors investigates (09)
    doc = analysed("ومن المقرر أن ترسل المنظمة الدولية لحظر الأسلحة الكيميائية مراقبين إلى دوما لجمع الأدلة.",
                   [("ORG", "المنظمة الدولية لحظر الأسلحة الكيميائية", "OPCW", ""), ("LOC", "دوما", "Douma", "SY")])
    (event,) = doc.events
    assert event.cameo_root == "09" and names(event.source)[0] == "OPCW" and names(event.target)[0] == "Douma"


def test_events_subject_stands_before_the_object_word():
    # «وألغى ترامب رحلة … وحشد دعم قادة فرنسا وبريطانيا»: Trump seeks the support of France's leaders
    doc = analysed("وألغى ترامب رحلة خارجية لبحث التحرك في سوريا وحشد دعم قادة فرنسا وبريطانيا لعملية عسكرية.",
                   [("PER", "ترامب", "Donald Trump", "US"), ("LOC", "سوريا", "Syria", "SY"),
                    ("LOC", "فرنسا", "France", "FR"), ("LOC", "بريطانيا", "United Kingdom", "GB")])
    (event,) = [e for e in doc.events if e.cameo_root == "02"]
    assert names(event.source)[0] == "Donald Trump" and "France" in names(event.target)


def test_events_definite_object_before_the_subject_keeps_the_subject():
    # «وقطع الطريق محتجون»: a definite object may come first; «محتجون» after it is still the subject
    doc = analysed("وقطع الطريق محتجون غاضبون وسط بغداد.", [])
    (event,) = doc.events
    assert event.cameo == "144" and names(event.source) == ["protesters"]


def test_events_hadda_urges_as_hathha_does():
    # «حضّ» is a synonym of «حثّ» (urge): an appeal (020) to the one urged
    doc = analysed("وحضت تركيا الولايات المتحدة على وقف دعم الوحدات الكردية.",
                   [("LOC", "تركيا", "Turkey", "TR"), ("LOC", "الولايات المتحدة", "United States", "US")])
    (event,) = [e for e in doc.events if e.trigger.text == "وحضت"]
    assert event.cameo == "020" and names(event.source) == ["Turkey"] and names(event.target)[0] == "United States"


def test_events_envoy_named_after_where_she_is_posted_is_the_source():
    # «المندوبة الأمريكية لدى الأمم المتحدة نيكي هايلي»: the UN is where she serves, Haley accuses
    text = "واتهمت المندوبة الأمريكية لدى الأمم المتحدة نيكي هايلي روسيا بحماية النظام السوري."
    doc = analysed(text, [("ORG", "الأمم المتحدة", "United Nations", None),
                          ("PER", "نيكي هايلي", "Nikki Haley", "US"), ("LOC", "روسيا", "Russia", "RU")])
    (event,) = [e for e in doc.events if e.cameo_root == "11"]
    assert names(event.source)[0] == "Nikki Haley" and names(event.target) == ["Russia"]


def test_events_counterpart_by_nisba_alone_is_the_target():
    # «استقبالها لنظيرها المجري»: the counterpart is a person, not a thing, and «المجري» names Hungary,
    # whose Arabic name «المجر» gives no stem of four letters (the knowledge base's demonyms give «مجري»)
    doc = analysed("وصرحت ميركل عند استقبالها لنظيرها المجري أن أوروبا ستدافع عن حدودها.",
                   [("PER", "ميركل", "Angela Merkel", "DE")])
    (event,) = [e for e in doc.events if e.cameo_root == "04"]
    assert names(event.source)[0] == "Angela Merkel" and names(event.target) == ["Hungary"]


def test_events_insurgents_strike_their_own_countrys_forces():
    # «أفغانستان» ends in «ستان», which its nisba «الأفغانية» drops; and the Taliban (AFGREB) are not the
    # side of Afghanistan's forces, so those are the target, not passed over as the source's own country
    doc = marsad.analyze("وهاجمت حركة طالبان القوات الأفغانية في غزني.", published="2018-07-05")
    (event,) = [e for e in doc.events if e.cameo_root == "18"]
    assert names(event.source)[0] == "Taliban" and "Afghanistan" in names(event.target)


def test_events_files_and_issues_named_by_a_side_are_topics_not_sides():
    # «يركز قادة التحالف محادثاتهم على ملفي أفغانستان وأوكرانيا»: neither country talks; they are talked about
    doc = analysed("ويركز قادة الحلف محادثاتهم على ملفي أفغانستان وأوكرانيا.",
                   [("LOC", "أفغانستان", "Afghanistan", "AF"), ("LOC", "أوكرانيا", "Ukraine", "UA")])
    assert not [e for e in doc.events if {"Afghanistan", "Ukraine"} & set(names(e.source) + names(e.target))]


def test_events_medium_a_speaker_told_is_no_side():
    # «وقال مسؤول لوكالة رويترز "اتفقنا …"»: Reuters (GBRMED) was told; it does not agree with anyone
    doc = marsad.analyze('وقال مسؤول آخر لوكالة رويترز للأنباء "اتفقنا مع حركة طالبان على الاجتماع مرة أخرى".',
                         published="2018-07-30")
    assert "Reuters" in {e.name_en for e in doc.entities}
    assert not [e for e in doc.events if "Reuters" in names(e.source) + names(e.target)]


def test_events_a_deadline_or_a_things_date_does_not_date_the_act():
    # «العقد الموقع عام 2011»: 2011 dates the contract; the agreement to end it has no date of its own here
    doc = analysed("وتوصلت فرنسا وروسيا إلى اتفاق لإنهاء العقد الموقع عام 2011.",
                   [("LOC", "فرنسا", "France", "FR"), ("LOC", "روسيا", "Russia", "RU")],
                   published="2015-08-06", times=[("عام 2011", "2011")])
    (event,) = [e for e in doc.events if e.cameo_root == "05"]
    assert event.date == "2015-08-06" and event.date_source == "published"


def test_events_a_date_in_an_after_clause_dates_that_clause_not_the_act():
    # «بعد انسحابها من الاتفاق المبرم معها في عام 2015»: 2015 dates the withdrawal's agreement; the act came later,
    # so it takes the publication day, not an earlier sentence's date
    doc = analysed("أعلنت واشنطن مواقفها في 12 مايو. وأعاد ترامب فرض عقوبات شاملة على إيران، بعد انسحابها من الاتفاق "
                   "المبرم معها في عام 2015.",
                   [("LOC", "واشنطن", "Washington", "US"), ("PER", "ترامب", "Donald Trump", "US"),
                    ("LOC", "إيران", "Iran", "IR")],
                   published="2018-08-07", times=[("12 مايو", "2018-05-12"), ("عام 2015", "2015")])
    (sanctions,) = [e for e in doc.events if e.cameo_root == "16"]
    assert sanctions.date == "2018-08-07" and sanctions.date_source == "published"
    # «خلال اللقاء … الأربعاء»: during the meeting is the time of the warning itself
    doc = analysed("وحذرت موسكو، خلال اللقاء بين بوتين ونتانياهو الأربعاء، إسرائيل من أي عمل استفزازي.",
                   [("LOC", "موسكو", "Moscow", "RU"), ("PER", "بوتين", "Vladimir Putin", "RU"),
                    ("PER", "نتانياهو", "Benjamin Netanyahu", "IL"), ("LOC", "إسرائيل", "Israel", "IL")],
                   published="2018-05-10", times=[("الأربعاء", "2018-05-09")])
    (warning,) = [e for e in doc.events if e.cameo_root == "13"]
    assert warning.date == "2018-05-09"


def test_events_a_later_nouns_past_in_its_relative_clause_does_not_date_the_act():
    # France 24, 2018-06-04: «ونفى ساركوزي الحصول على أموال من القذافي الذي أطيح به وقتل في 2011»: 2011 is when
    # Gaddafi fell, not when Sarkozy denied; nor is «منذ عام 2008» when Israel accuses Hamas
    sarkozy, gaddafi = ("PER", "ساركوزي", "Nicolas Sarkozy", "FR"), ("PER", "القذافي", "Muammar Gaddafi", "LY")
    doc = analysed("ونفى ساركوزي الحصول على أموال من القذافي الذي أطيح به وقتل في 2011.", [sarkozy, gaddafi],
                   published="2018-06-04", times=[("2011", "2011")])
    (denial,) = [e for e in doc.events if e.cameo_root == "01"]
    assert denial.date == "2018-06-04"
    doc = analysed("وتتهم إسرائيل حركة حماس التي خاضت معها ثلاث حروب منذ عام 2008 بالسعي إلى استخدام الاحتجاجات.",
                   [("LOC", "إسرائيل", "Israel", "IL"), ("ORG", "حركة حماس", "Hamas", "PS")],
                   published="2018-05-25", times=[("منذ عام 2008", "2008")])
    (accusation,) = [e for e in doc.events if e.cameo_root == "11"]
    assert accusation.date == "2018-05-25"
    # a day a relative clause tells is still the last resort, and a relative clause on the trigger dates it
    doc = marsad.analyze("واعتقلت السلطات التركية القس الأمريكي أندرو برونسون الذي وصل الخميس إلى إزمير.",
                         published="2018-05-25")
    (arrest,) = [e for e in doc.events if e.cameo_root == "17"]
    assert arrest.date == "2018-05-24"


def test_events_the_year_a_start_since_names_does_not_date_the_act():
    # France 24, 2018-03-06: «غادروا هولندا منذ بدء الحرب في سوريا عام 2011 …، محذرة من أن أعدادا متزايدة منهم
    # يعودون»: 2011 is when the war began; the warning is the report's, told that day
    doc = analysed("وغادر 280 شخصا هولندا منذ بدء الحرب في سوريا عام 2011 وانتقدت هولندا سوريا.",
                   [("LOC", "هولندا", "Netherlands", "NL"), ("LOC", "سوريا", "Syria", "SY")],
                   published="2018-03-06", times=[("عام 2011", "2011")])
    (criticism,) = [e for e in doc.events if e.cameo_root == "11"]
    assert criticism.date == "2018-03-06"
    # but «منذ» before the date itself dates an act still going on
    doc = analysed("وتنتقد هولندا سوريا منذ عام 2011.", [("LOC", "هولندا", "Netherlands", "NL"),
                                                      ("LOC", "سوريا", "Syria", "SY")],
                   published="2018-03-06", times=[("عام 2011", "2011")])
    (criticism,) = [e for e in doc.events if e.cameo_root == "11"]
    assert criticism.date == "2011"


def test_events_international_community_is_appealed_to():
    # «دعا … المجتمع الدولي إلى»: no entity names the international community, yet it is whom the appeal is to
    doc = analysed("ودعا الجبير المجتمع الدولي إلى اتخاذ إجراءات لحماية الفلسطينيين.",
                   [("PER", "الجبير", "Adel al-Jubeir", "SA")])
    (event,) = [e for e in doc.events if e.cameo_root == "02"]
    assert names(event.source)[0] == "Adel al-Jubeir" and names(event.target) == ["international community"]
    assert event.target[0].cameo_actor == "IGO"


def test_events_a_later_mention_naming_the_whole_group_widens_the_source():
    # «وهو ما نفته دمشق» … «ونفت روسيا ودمشق استخدام أسلحة كيميائية»: one denial, by both
    text = "واتهمت واشنطن القوات الحكومية بشن هجوم كيميائي على دوما وهو ما نفته دمشق. ونفت روسيا ودمشق استخدام أسلحة كيميائية."
    doc = analysed(text, [("LOC", "واشنطن", "Washington", "US"), ("LOC", "دمشق", "Damascus", "SY"),
                          ("LOC", "روسيا", "Russia", "RU"), ("LOC", "دوما", "Douma", "SY")])
    (denial,) = [e for e in doc.events if e.cameo_root == "01" and "Damascus" in names(e.source)]
    assert "Russia" in names(denial.source)


def test_events_a_date_across_a_comma_belongs_to_the_other_clause():
    # «شنت تركيا عملية … في 20 يناير، واستولت على المدينة في 18 مارس»: each act keeps its own clause's date
    text = "وشنت تركيا عملية ضد وحدات حماية الشعب في 20 يناير، واستولت على عفرين في 18 مارس."
    doc = analysed(text, [("LOC", "تركيا", "Turkey", "TR"), ("ORG", "وحدات حماية الشعب", "People's Protection Units", "SY"),
                          ("LOC", "عفرين", "Afrin", "SY")],
                   published="2018-04-05", times=[("20 يناير", "2018-01-20"), ("18 مارس", "2018-03-18")])
    (seizure,) = [e for e in doc.events if e.cameo == "192"]
    assert seizure.date == "2018-03-18"


def test_events_body_after_fi_is_the_venue_not_the_target():
    # «بريطانيا تتهم في مجلس الأمن روسيا»: the council is where Britain accused, Russia whom
    doc = analysed("بريطانيا تتهم في مجلس الأمن روسيا بهجوم بغاز الأعصاب.",
                   [("LOC", "بريطانيا", "United Kingdom", "GB"), ("ORG", "مجلس الأمن", "United Nations Security Council", None),
                    ("LOC", "روسيا", "Russia", "RU")])
    (event,) = [e for e in doc.events if e.cameo_root == "11"]
    assert names(event.target) == ["Russia"]


def test_events_resumptive_pronoun_points_back_to_the_antecedent():
    # «قطر التي قطعت السعودية علاقاتها معها»: «معها» is Qatar, whom Saudi Arabia cut ties with
    doc = analysed("بينما مثلت قطر التي قطعت السعودية علاقاتها معها في حزيران الماضي بمندوبها الدائم.", [SAUDI, QATAR])
    (event,) = [e for e in doc.events if e.cameo_root == "16"]
    assert names(event.source) == ["Saudi Arabia"] and names(event.target) == ["Qatar"]


def test_events_widened_source_never_takes_in_the_target():
    # «بومبيو يشكر السعودية» … a later mention naming both: the thanks are Pompeo's, to Saudi Arabia
    text = "بومبيو يشكر السعودية. وشكر بومبيو والسعودية في مكالمة هاتفية."
    doc = analysed(text, [("PER", "بومبيو", "Mike Pompeo", "US"), SAUDI])
    assert not [e for e in doc.events if set(names(e.source)) & set(names(e.target))]


def test_events_member_in_a_group_is_the_groups_not_a_venue():
    # «تقبض على أمير في داعش»: a leader in the Islamic State is arrested, not something done at a venue
    doc = analysed("قوات الأمن اليمنية تقبض على أمير في تنظيم داعش.",
                   [("LOC", "اليمنية", "Yemen", "YE", "demonym"), ("ORG", "تنظيم داعش", "Islamic State", None)])
    (arrest,) = [e for e in doc.events if e.cameo_root == "17"]
    assert names(arrest.target) == ["Islamic State"]


def test_events_undated_event_takes_the_storys_day_from_several_sentences_back():
    # the day the story named («الخميس») still dates an event six sentences on that names none of its own
    text = ("تتصاعد الأزمة في اليمن. وعقد مجلس الأمن اجتماعا طارئا الخميس. وتحدث المندوبون عن الوضع. وقال دبلوماسيون إن الاجتماع كان متوترا. "
            "وأشار آخرون إلى الخلافات. ولم يصدر بيان. وتعثرت المشاورات. واتهمت بريطانيا روسيا بعرقلة القرار.")
    doc = analysed(text, [("ORG", "مجلس الأمن", "United Nations Security Council", None),
                          ("LOC", "بريطانيا", "United Kingdom", "GB"), ("LOC", "روسيا", "Russia", "RU")],
                   published="2018-06-15", times=[("الخميس", "2018-06-14")])
    (accusation,) = [e for e in doc.events if e.cameo_root == "11"]
    assert accusation.date == "2018-06-14" and accusation.date_source == "context"


def test_a_family_named_right_after_the_verb_is_its_subject_and_the_side_after_it_is_not():
    doc = marsad.analyze("قتلت القوات التركية المقاتلة البريطانية آنا كامبل في عفرين. واتهمت عائلة كامبل السلطات "
                         "البريطانية بالتقصير في استرجاع جثة ابنتها.", published="2018-05-05")
    assert [e.trigger.text for e in doc.events] == ["قتلت"]  # (not Campbell, nor Britain, accusing Turkey)


def test_a_quoted_genitive_behind_a_glued_preposition_is_governed_as_an_unquoted_one():
    for text in ("ولافتة كبيرة تندد بجرائم «داعش» في كوباني.", "ولافتة كبيرة تندد بجرائم داعش في كوباني."):
        doc = marsad.analyze(text, published="2015-07-21")
        assert not [e for e in doc.events if "Islamic State" in [a.name_en for a in e.source]], text


def test_a_body_and_its_adjective_before_the_verb_are_its_subject():
    doc = marsad.analyze("ليبيا: الحكومة الانتقالية تطالب المجتمع الدولي بإجبار برلمان طرابلس على توقيع اتفاق السلام",
                         published="2015-07-31")
    (demand,) = doc.events
    assert demand.source[0].name_en == "Libyan government" and demand.target[0].name_en == "international community"


def test_an_accusation_in_a_relative_clause_whose_charge_points_back_is_passive():
    # corpus, 2018-04-11: «الهجوم … الذي اتهم النظام السوري بشنه»: the regime is accused; by whom is not told
    doc = marsad.analyze("توعد الرئيس الأمريكي دونالد ترامب الأربعاء بشن ضربات صاروخية على سوريا عقب الهجوم الكيميائي "
                         "المفترض الذي اتهم النظام السوري بشنه في الغوطة الشرقية.", published="2018-04-11")
    assert not [e for e in doc.events if e.cameo_root == "11"]
    doc = marsad.analyze("وهي الجريمة التي اتهمت السلطات الروسية بالوقوف وراءها.", published="2018-04-11")
    assert not [e for e in doc.events if e.cameo_root == "11"]


def test_events_the_act_a_denial_says_did_not_happen_is_negated():
    # SaudiNewsNet, 2015-07-31: «ونفى اردوغان بقوة ان تكون تركيا تساعد تنظيم داعش»: Turkey's help is denied, not told
    doc = unfiltered("ونفى اردوغان بقوة ان تكون تركيا تساعد تنظيم داعش.", "2015-07-31")
    (help_,) = [e for e in doc.events if e.cameo.startswith("07")]
    assert help_.negated
    # what is affirmed, or done after the denied act, is no denial's
    doc = unfiltered("وأكد اردوغان ان تركيا تساعد اللاجئين السوريين.", "2015-07-31")
    assert [e for e in doc.events if e.cameo.startswith("07") and not e.negated]


def test_events_the_country_of_a_circumstance_is_not_the_accused():
    # «في أول تقرير له عن حرب اليمن»: Yemen is what the report was about; the coalition after it is accused
    doc = unfiltered("واتهم مجلس حقوق الإنسان في تقرير عن حرب اليمن التحالف بقيادة السعودية بانتهاك القانون.",
                     "2018-09-02")
    (accusation,) = [e for e in doc.events if e.cameo_root == "11"]
    assert names(accusation.target)[0] == "Arab coalition" and "Yemen" not in names(accusation.target)


def test_events_a_body_glued_by_ba_to_the_actors_title_is_her_own():
    # «، المفوض السامي لحقوق الإنسان بالأمم المتحدة،»: the UN is the commissioner's body, not whom she criticised
    doc = unfiltered('ووصفت ميشيل باشيليت، المفوض السامي لحقوق الإنسان بالأمم المتحدة، المحاكمة بأنها "غير عادلة".',
                     "2018-09-08")
    assert not [e for e in doc.events if "United Nations" in names(e.target)]


def test_events_a_plural_blame_word_holds_every_side_listed_before_it():
    # «بوتين وروسيا وإيران مسؤولون عن»: all three are held responsible, not only Iran right before the word
    doc = unfiltered('وكتب ترامب على تويتر "الرئيس بوتين وروسيا وإيران مسؤولون عن دعم الأسد".', "2018-04-08")
    (blame,) = [e for e in doc.events if e.trigger.text == "مسؤولون"]
    assert {"Vladimir Putin", "Russia", "Iran"} <= set(names(blame.target))


def test_events_an_accusation_a_denier_answers_has_no_accuser_named():
    # «نفت دمشق الأمر … بعد اتهامها بشن هجوم»: Damascus was the accused; the sides of the main clause (a denial)
    # are no accuser and accused
    doc = unfiltered("ونفت دمشق اتهامات واشنطن، مؤكدة أنها دمرت ترسانتها الكيميائية في العام 2013 بعد اتهامها بشن "
                     "هجوم كيميائي قرب دمشق.", "2018-04-09")
    assert not [e for e in doc.events if e.trigger.text == "اتهامها" and "Syria" in names(e.source)]
