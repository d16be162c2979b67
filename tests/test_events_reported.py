"""Events told through reported speech, demonyms and quote speakers (entities set here, standing in for NER)."""
from __future__ import annotations

from test_events_extract import analysed, names, unfiltered

from marsad.doc import Actor, Quote

MACRON = ("PER", "ماكرون", "Emmanuel Macron", "FR")
SYRIA = ("LOC", "سوريا", "Syria", "SY")
GREECE = ("LOC", "اليونان", "Greece", "GR")
RUSSIA = ("LOC", "روسيا", "Russia", "RU")
QATAR = ("LOC", "قطر", "Qatar", "QA")
SAUDI = ("LOC", "السعودية", "Saudi Arabia", "SA")
IRAN = ("LOC", "إيران", "Iran", "IR")
MNUCHIN = ("PER", "منوتشين", "Steven Mnuchin", "US")
TURKEY_GOV = ("LOC", "السلطات التركية", "Turkey", "TR")


def with_quote(doc, content: str, speaker_text: str, speaker_name: str, entity_id: str | None):
    """Add the quote the quotes component would find, then run events again."""
    from marsad.events import EventExtractor

    start = doc.text.index(content)
    s = doc.text.index(speaker_text)
    speaker = Actor(text=speaker_text, start=s, end=s + len(speaker_text), entity=entity_id, name_en=speaker_name)
    doc.quotes.append(Quote(start, start + len(content), content, direct=False, speaker=speaker))
    # the rules' reading of each sentence, before the confidence filter drops any event (no model readings)
    return EventExtractor(min_confidence=0.0, read_uncoded=False)(doc)


def test_events_demonym_names_the_country():
    # «دبلوماسيين روس»: the broken plural after a plural noun names Russia, named elsewhere in the article
    doc = analysed("تتخذ اليونان إجراءات ضد دبلوماسيين روس. وقالت روسيا إنها سترد.", [GREECE, RUSSIA])
    (event,) = [e for e in doc.events if e.cameo_root == "16"]
    assert names(event.source) == ["Greece"] and names(event.target) == ["Russia"]


def test_events_participle_iyya_takes_the_main_object():
    # «متهمين إياها»: the accused is Qatar (the main verb's object), not Iran named after it
    doc = analysed("وقطعت السعودية العلاقات مع قطر متهمين إياها بمساندة إيران.", [SAUDI, QATAR, IRAN])
    (accuse,) = [e for e in doc.events if e.cameo == "112"]
    assert names(accuse.target) == ["Qatar"]


def test_events_condemning_words_in_reported_speech_are_criticism():
    text = "وقال منوتشين إن الاعتقال الظالم للقس من جانب السلطات التركية مرفوض."
    doc = analysed(text, [MNUCHIN, TURKEY_GOV])
    doc = with_quote(doc, "الاعتقال الظالم للقس من جانب السلطات التركية مرفوض", "منوتشين", "Steven Mnuchin", "e0")
    (event,) = [e for e in doc.events if e.cameo == "111"]
    assert names(event.source)[0] == "Steven Mnuchin" and names(event.target) == ["Turkey"]


def test_events_reported_attack_is_an_accusation():
    text = "وقال ماكرون إن لديه دليلا على أن الحكومة السورية هاجمت المدنيين."
    doc = analysed(text, [MACRON, ("LOC", "الحكومة السورية", "Syria", "SY")])
    doc = with_quote(doc, "لديه دليلا على أن الحكومة السورية هاجمت المدنيين", "ماكرون", "Emmanuel Macron", "e0")
    (event,) = [e for e in doc.events if e.cameo == "112"]
    assert names(event.source)[0] == "Emmanuel Macron" and names(event.target) == ["Syria"]


def test_events_quote_speaker_without_entity_acts_where_named_again():
    # «وزراء الخارجية العرب» is no entity, but the quotes component named the speaker
    text = "أعلن وزراء الخارجية العرب أن القرار باطل. وجدد وزراء الخارجية العرب رفضهم قرار روسيا."
    doc = analysed(text, [RUSSIA])
    doc = with_quote(doc, "القرار باطل", "وزراء الخارجية العرب", "Arab foreign ministers", None)
    (event,) = [e for e in doc.events if e.cameo_root == "12"]
    assert names(event.source) == ["Arab foreign ministers"] and names(event.target) == ["Russia"]


def test_events_necessity_is_a_demand():
    doc = analysed("ويرى بوتين ضرورة سحب القوات من سوريا.", [("PER", "بوتين", "Vladimir Putin", "RU"), SYRIA])
    (event,) = doc.events
    assert event.cameo == "100" and names(event.source)[0] == "Vladimir Putin"


def test_events_demonym_of_a_country_the_article_never_names():
    # «العملية التركية»: Turkey from the dictionary's stems; «ودانوا» carries its own (plural) subject
    text = "جدد الوزراء العرب التنديد بقرار روسيا، ودانوا العملية التركية في شمال سوريا."
    doc = analysed(text, [RUSSIA, SYRIA])
    doc = with_quote(doc, "التنديد بقرار روسيا", "الوزراء العرب", "Arab foreign ministers", None)
    condemn = [e for e in doc.events if e.cameo_root == "11" and "Turkey" in names(e.target)]
    assert condemn and names(condemn[0].source) == ["Arab foreign ministers"]
    assert condemn[0].target[0].cameo_actor == "TUR"


def test_events_warning_targets_the_side_its_clause_names():
    text = "وحذرت ماي من أنه إذا لم يكن هناك رد موثوق، فإن بريطانيا ستخلص إلى استخدام القوة من قبل موسكو."
    doc = analysed(text, [("PER", "ماي", "Theresa May", "GB"), ("LOC", "بريطانيا", "United Kingdom", "GB"),
                          ("LOC", "موسكو", "Moscow", "RU")])
    (event,) = [e for e in doc.events if e.cameo_root == "13"]
    assert names(event.source)[0] == "Theresa May" and "Moscow" in names(event.target)


def test_events_possessive_masdar_before_its_subject():
    # «خلال لقائه …، أكد أمير قطر»: «ـه» is the subject after the comma; «لقائه» is «لقاء» + «ه»
    text = "وخلال لقائه الرئيس الأمريكي دونالد ترامب الثلاثاء، أكد أمير قطر الشيخ تميم رفض بلاده دعم الإرهاب."
    doc = analysed(text, [("PER", "دونالد ترامب", "Donald Trump", "US"), ("PER", "الشيخ تميم", "Tamim", "QA")])
    (meeting,) = [e for e in doc.events if e.cameo_root == "04"]
    assert names(meeting.source)[0] == "Tamim" and names(meeting.target)[0] == "Donald Trump"


def test_events_verb_after_a_quote_belongs_to_its_speaker():
    text = 'وقال الشيخ تميم "تعاونا في مكافحة الإرهاب"، قبل أن يشكر للرئيس الأمريكي مساعيه.'
    # NER marks «لرئيس الأمريكي» inside «للرئيس»
    doc = analysed(text, [("PER", "الشيخ تميم", "Tamim", "QA"), ("PER", "لرئيس الأمريكي", "Donald Trump", "US")])
    doc = with_quote(doc, "تعاونا في مكافحة الإرهاب", "الشيخ تميم", "Tamim", "e0")
    (thanks,) = [e for e in doc.events if e.cameo == "051"]
    assert names(thanks.source)[0] == "Tamim" and names(thanks.target)[0] == "Donald Trump"


def test_events_insulting_words_in_reported_speech_are_criticism():
    # «يشبه المافيا»: calling a side's regime a mafia criticises that side (111)
    text = "وقال بومبيو إن النظام في إيران يشبه المافيا أكثر من كونه حكومة."
    doc = analysed(text, [("PER", "بومبيو", "Mike Pompeo", "US"), ("LOC", "إيران", "Iran", "IR")])
    doc = with_quote(doc, "النظام في إيران يشبه المافيا أكثر من كونه حكومة", "بومبيو", "Mike Pompeo", "e0")
    (event,) = [e for e in doc.events if e.cameo == "111"]
    assert names(event.source)[0] == "Mike Pompeo" and names(event.target) == ["Iran"]


def test_events_side_a_condemned_act_is_against_is_not_criticised():
    # «الاعتداء الوحشي على إيران»: Iran suffered the act; the criticism is aimed at no side named here
    text = "وقال بومبيو إن الاعتداء الوحشي على إيران مرفوض."
    doc = analysed(text, [("PER", "بومبيو", "Mike Pompeo", "US"), ("LOC", "إيران", "Iran", "IR")])
    doc = with_quote(doc, "الاعتداء الوحشي على إيران مرفوض", "بومبيو", "Mike Pompeo", "e0")
    assert not [e for e in doc.events if e.cameo == "111" and names(e.target) == ["Iran"]]


def test_events_sanctions_spoken_of_are_no_accusation():
    # «إن العقوبات الأمريكية على إيران تشكل رادعا»: telling of another side's sanctions charges it with nothing
    text = "وقال ماكرون إن العقوبات الأمريكية على إيران تشكل رادعا للشركات."
    doc = analysed(text, [MACRON, ("LOC", "الأمريكية", "United States", "US", "demonym"), IRAN])
    doc = with_quote(doc, "العقوبات الأمريكية على إيران تشكل رادعا للشركات", "ماكرون", "Emmanuel Macron", "e0")
    assert [e for e in doc.events if e.cameo_root == "16"]
    assert not [e for e in doc.events if e.cameo == "112"]


def test_events_a_channel_or_monitor_reporting_an_act_accuses_no_one():
    import marsad

    def accusations(text):
        doc = marsad.analyze(text, published="2018-02-20")
        return [(names(e.source)[0], names(e.target)[0]) for e in doc.events if e.cameo.startswith("112")]

    assert accusations("وقال ماكرون إن الجيش السوري قصف الغوطة الشرقية.") == [("Emmanuel Macron", "Syrian Arab Army")]
    assert accusations("وقال تلفزيون المنار إن الجيش السوري قصف الغوطة الشرقية.") == []
    assert accusations("وأوضح المرصد السوري لحقوق الإنسان أن الجيش السوري قصف الغوطة الشرقية.") == []


def test_events_a_duty_laid_on_another_side_is_a_demand():
    # BBC, 2018-03-15: «وأكد ترمب أن على روسيا تقديم أجوبة»: Trump demands answers of Russia
    text = "وأكد الرئيس ترمب أن على روسيا تقديم أجوبة واضحة."
    doc = analysed(text, [("PER", "ترمب", "Donald Trump", "US"), RUSSIA])
    doc = with_quote(doc, "على روسيا تقديم أجوبة واضحة", "ترمب", "Donald Trump", "e0")
    (demand,) = [e for e in doc.events if e.cameo == "100"]
    assert names(demand.source)[:1] == ["Donald Trump"] and names(demand.target) == ["Russia"]


def test_events_a_duty_of_the_speakers_own_side_is_no_demand():
    text = "وقال ترمب إن على الولايات المتحدة أن تتوقع الأسوأ."
    doc = analysed(text, [("PER", "ترمب", "Donald Trump", "US"), ("LOC", "الولايات المتحدة", "United States", "US")])
    doc = with_quote(doc, "على الولايات المتحدة أن تتوقع الأسوأ", "ترمب", "Donald Trump", "e0")
    assert not [e for e in doc.events if e.cameo == "100"]


def test_events_a_duty_laid_on_a_person_is_advice_not_a_demand():
    # 2018: a doctor says Abbas must spend a few days in hospital
    text = "وأكد الطيبي أن على عباس أن يقضي بضعة أيام في المستشفى."
    doc = analysed(text, [("PER", "الطيبي", "Ahmad Tibi", "IL"), ("PER", "عباس", "Mahmoud Abbas", "PS")])
    doc = with_quote(doc, "على عباس أن يقضي بضعة أيام في المستشفى", "الطيبي", "Ahmad Tibi", "e0")
    assert not [e for e in doc.events if e.cameo == "100"]


def test_events_a_title_only_speaker_speaks_for_the_body_he_is_in():
    # France 24, 2018-06-02: «الكولونيل الأكاديمي الكبير في جيش الصين» condemns US operations for China
    text = 'وقال الكولونيل الكبير في جيش الصين إن العمليات الملاحية الأمريكية "استفزاز واضح للأمن القومي الصيني".'
    doc = analysed(text, [("LOC", "الصين", "China", "CN"), ("LOC", "الأمريكية", "United States", "US", "demonym")])
    doc.entities[0].cameo = "CHN"
    start = text.index("العمليات")
    doc.quotes.append(Quote(start, len(text) - 1, text[start:-1], direct=False,
                            speaker=Actor(text="الكولونيل الكبير", start=text.index("الكولونيل"),
                                          end=text.index("الكولونيل") + len("الكولونيل الكبير"))))
    from marsad.events import EventExtractor

    doc = EventExtractor(min_confidence=0.0, read_uncoded=False)(doc)
    (criticism,) = [e for e in doc.events if e.cameo == "111"]
    assert names(criticism.source)[:1] == ["China"] and names(criticism.target)[:1] == ["United States"]
    # a place the speaker is in is no body he speaks for
    text = 'وقال ناشطون في الغوطة إن القصف "عدوان همجي من القوات السورية".'
    doc = analysed(text, [("LOC", "الغوطة", "Eastern Ghouta", "SY"), ("LOC", "السورية", "Syria", "SY", "demonym")])
    start = text.index("القصف")
    doc.quotes.append(Quote(start, len(text) - 1, text[start:-1], direct=False,
                            speaker=Actor(text="ناشطون", start=text.index("ناشطون"), end=text.index("ناشطون") + 6)))
    doc = EventExtractor(min_confidence=0.0, read_uncoded=False)(doc)
    assert not [e for e in doc.events if names(e.source)[:1] == ["Eastern Ghouta"]]


def test_a_spokesman_telling_his_own_army_s_attack_accuses_no_one():
    doc = unfiltered('وقال المتحدث باسم الجيش الكولونيل توكور غوساو في بيان: إن "الجيش النيجيري شن هجوما قرب اولاري على '
                     'الطريق المؤدية إلى باما".', "2015-08-04")
    assert not [e for e in doc.events if e.cameo == "112"]
    doc = unfiltered("وقال وزير الخارجية الأمريكي جون كيري إن الجيش السوري شن هجوما على حلب.", "2015-08-04")
    assert [names(e.source)[:1] for e in doc.events if e.cameo == "112"] == [["John Kerry"]]


def test_freeing_a_place_told_is_no_accusation():
    doc = unfiltered("وأكد المستشار عبدالعزيز جباري أن زيارة نائب الرئيس خالد بحاح إلى محافظة عدن بعد تحريرها من الميليشيات "
                     "الحوثية، فرضتها الحاجة الملحة لإعادة الإعمار.", "2015-08-04")
    assert [e for e in doc.events if e.trigger.text == "تحريرها"]
    assert not [e for e in doc.events if e.cameo == "112"]


def test_acts_of_any_kind_condemned_and_the_one_spoken_for_are_no_side_criticised():
    doc = unfiltered('كما شدد المتحدث باسم الأمين العام محمود عفيفي على أن الأمين العام للجامعة العربية "يرفض أي تدخل في '
                     'الأراضي العربية تحت أية ذريعة، ولا يمكن أن تضفي الجامعة الشرعية على مثل هذه التدخلات المرفوضة".',
                     "2018-02-18")
    assert not [e for e in doc.events if e.cameo == "111"]
    doc = unfiltered('وقال ظريف إن "التدخل الأمريكي في شؤون المنطقة مرفوض".', "2018-02-18")
    assert [names(e.target)[:1] for e in doc.events if e.cameo == "111"] == [["United States"]]


def test_an_epithet_after_a_title_condemns_no_one():
    doc = unfiltered("وأوضح ناثان براون وميشيل دين الباحثان بالمركز، في تقريرهما، أن المراجعات الداخلية للجماعة لفترة "
                     "حكم الرئيس المعزول محمد مرسي أثبتت أن نظامهم فشل.", "2015-07-29")
    assert not [e for e in doc.events if e.cameo == "111"]


def test_a_media_activist_reporting_an_attack_accuses_no_one():
    text = "وأفاد الناشط الإعلامي وسيم سعد، بأن القوات النظامية السورية استهدفت مدينة الزبداني صباحا بثمانية براميل."
    doc = unfiltered(text, published="2015-08-06")
    assert not [e for e in doc.events if e.cameo.startswith("11")]
    # a head of state telling the same accuses the forces
    doc = unfiltered("وقال الرئيس التركي رجب طيب أردوغان إن القوات السورية استهدفت المدينة.", published="2015-08-06")
    assert [names(e.source)[0] for e in doc.events if e.cameo == "112"] == ["Recep Tayyip Erdogan"]


def test_a_health_ministry_counting_the_dead_accuses_no_one_and_an_observatory_is_never_struck():
    doc = unfiltered("قالت وزارة الصحة في قطاع غزة إن فلسطينيا قتل وأصيب العشرات برصاص الجيش الإسرائيلي في الجمعة "
                     "الأخيرة.", published="2018-05-11")
    assert not [e for e in doc.events if e.cameo == "112"]
    doc = unfiltered("قتل 11 إيرانيا جراء القصف الصاروخي والغارات الإسرائيلية فجر الخميس في سوريا، وفق حصيلة جديدة "
                     "أوردها المرصد السوري لحقوق الإنسان.", published="2018-05-12")
    assert not [e for e in doc.events if "Syrian Observatory for Human Rights" in names(e.target)]
