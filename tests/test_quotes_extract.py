"""Quotations and speakers on real news sentences, one construction per test."""
from __future__ import annotations

import pytest

import marsad
from marsad.doc import Document, Entity, Mention, Quote
from marsad.quotes import extract_quotes
from marsad.quotes.extract import QuoteFinder

CORE = ["sentences", "tokens", "clitics"]


def analyse(text: str, *, title: str | None = None, entities: dict[str, tuple[str, str]] | None = None) -> Document:
    """Core pipeline, then (optionally) hand-made entities: {surface: (label, name_en)}, every occurrence."""
    doc = marsad.analyze(text, title=title, components=CORE)
    for n, (surface, (label, name_en)) in enumerate((entities or {}).items()):
        mentions, at = [], doc.text.find(surface)
        while at >= 0:
            mentions.append(Mention(at, at + len(surface), surface, label))
            at = doc.text.find(surface, at + 1)
        doc.entities.append(Entity(f"e{n}", label, surface, mentions, name_en=name_en))
    doc.quotes = extract_quotes(doc)
    assert doc.validate_offsets() == []
    return doc


def only(doc: Document, contains: str) -> Quote:
    found = [q for q in doc.quotes if contains in q.text]
    assert len(found) == 1, [q.text for q in doc.quotes]
    return found[0]


def speaker_of(doc: Document, contains: str) -> str | None:
    """The English name of the speaker of the only quotation containing `contains`."""
    speaker = only(doc, contains).speaker
    return speaker.name_en if speaker is not None else None


def test_quotes_reported_vso_speaker_and_clause():
    doc = analyse("بل أكثر من ذلك قال بوتين إن موسكو ستساعد بيونغ يانغ على بناء أقمار اصطناعية، "
                  "ملمحا إلى مناقشة التعاون العسكري.")
    q = only(doc, "موسكو ستساعد")
    assert q.text.startswith("موسكو ستساعد بيونغ يانغ")
    assert not q.direct
    assert q.speaker is not None and q.speaker.text == "بوتين"
    assert q.cue is not None and q.cue.text == "قال"


def test_quotes_colon_speech_with_fronted_subject():
    doc = analyse('أما كيم فقال: "دائما ما عبرنا عن الدعم الكامل، وأغتنم هذه الفرصة مجددا لأوكد أننا سنقف '
                  'دائما إلى جانب روسيا"، وذلك في تلميح ضمني.')
    q = only(doc, "سنقف دائما إلى جانب روسيا")
    assert q.direct and q.text.startswith("دائما ما عبرنا") and q.text.endswith("جانب روسيا")
    assert q.speaker is not None and q.speaker.text == "كيم"
    assert q.cue is not None and q.cue.text == "فقال"


@pytest.mark.parametrize("opening, closing", [("«", "»"), ('"', '"'), ("“", "”")])
def test_quotes_direct_in_each_kind_of_mark(opening, closing):
    doc = analyse(f"وقال أردوغان {opening}من غير الممكن بالنسبة إلينا أن نقبل هذه الذهنية التبشيرية{closing}.")
    q = only(doc, "من غير الممكن")
    assert q.direct and q.text == "من غير الممكن بالنسبة إلينا أن نقبل هذه الذهنية التبشيرية"
    assert q.speaker is not None and q.speaker.text == "أردوغان"


def test_quotes_direct_quote_spanning_sentences():
    doc = analyse('وتحدث ترامب للصحفيين، وقال "نجري اجتماعا اليوم بشأن سوريا. علينا اتخاذ قرارات أخرى. '
                  'لذا سيتم اتخاذها قريبا جدا".')
    q = only(doc, "نجري اجتماعا")
    assert q.text.endswith("سيتم اتخاذها قريبا جدا")
    assert q.direct


def test_quotes_pronoun_drop_takes_previous_speaker():
    doc = analyse('وقالت المتحدثة باسم البيت الأبيض، سارة ساندرز، للصحفيين، إن زعيم كوريا الشمالية '
                  '"تعهد بنزع السلاح النووي."\nوأضافت: "لن نجري هذا الاجتماع ما لم نر خطوات ملموسة."')
    first = only(doc, "زعيم كوريا الشمالية")
    second = only(doc, "لن نجري هذا الاجتماع")
    assert "المتحدثة" in first.speaker.text
    assert second.speaker == first.speaker
    assert second.cue.text == "وأضافت"


def test_quotes_participle_cue_starts_a_second_statement():
    doc = analyse("وقال لافروف إن روسيا مُنعت من الوصول إلى المادة التي استُخدمت في تسميم سكريبل، مشيرا إلى "
                  "أن موسكو لن ترد على التحذير البريطاني.")
    first = only(doc, "روسيا مُنعت")
    second = only(doc, "موسكو لن ترد")
    assert "مشيرا" not in first.text and first.text.endswith("سكريبل")
    assert second.speaker.text == "لافروف" and second.cue.text == "مشيرا"


def test_quotes_agency_relays_the_speaker():
    doc = analyse('الوكالة الكورية المركزية الرسمية للأنباء ذكرت أن كيم أعرب عن "شكره العميق للرئيس بوتين '
                  'والقيادة الروسية".')
    assert len(doc.quotes) == 1
    q = doc.quotes[0]
    assert "شكره العميق" in q.text
    assert q.speaker.text == "كيم"
    assert q.source is not None and q.source.text.startswith("الوكالة الكورية")


def test_quotes_linked_speaker_copies_the_entity():
    doc = analyse("قال الرئيس الأمريكي، دونالد ترامب، إن الاتفاق على الاجتماع مع زعيم كوريا الشمالية "
                  '"في طور الإعداد".', entities={"دونالد ترامب": ("PER", "Donald Trump"),
                                                  "كوريا الشمالية": ("LOC", "North Korea")})
    q = only(doc, "في طور الإعداد")
    assert q.speaker.name_en == "Donald Trump" and q.speaker.entity == "e0"
    assert q.speaker.text == "دونالد ترامب"


def test_quotes_addressee_is_not_the_speaker():
    doc = analyse("وقال مصدر خليجي لرويترز إن الخلاف مع قطر سيكون على جدول المحادثات.",
                  entities={"رويترز": ("ORG", "Reuters"), "قطر": ("LOC", "Qatar")})
    q = only(doc, "الخلاف مع قطر")
    assert q.speaker.text == "مصدر خليجي" and q.speaker.entity is None


def test_quotes_leading_relay_keeps_subject_as_speaker():
    doc = analyse('وفقا للكرملين، هنأ بوتين الرئيس السوري على "نجاحات جيش الحكومة السورية في مكافحة الجماعات '
                  'الإرهابية" وشدد على "ضرورة تهيئة ظروف جديدة".',
                  entities={"كرملين": ("ORG", "Kremlin"), "بوتين": ("PER", "Vladimir Putin")})
    q = only(doc, "نجاحات جيش الحكومة")
    assert "ضرورة تهيئة" in q.text
    assert q.speaker.name_en == "Vladimir Putin"
    assert q.source is not None and q.source.name_en == "Kremlin"


def test_quotes_trailing_relay_names_the_speaker():
    doc = analyse('وفي بريطانيا وافق مجلس الوزراء على "ضرورة اتخاذ إجراء" في سوريا "لضمان عدم استخدام المزيد '
                  'من الأسلحة الكيميائية"، حسبما قال مكتب رئيسة الحكومة، تيريزا ماي.',
                  entities={"تيريزا ماي": ("PER", "Theresa May")})
    q = only(doc, "لضمان عدم استخدام")
    assert q.speaker.name_en == "Theresa May"


def test_quotes_marked_words_another_person_added_after_a_statement_are_his():
    doc = analyse('بدوره، شدد السيسي خلال اللقاء على ضرورة حل الأزمة اليمنية سياسيا، «وقد اتفق الجانبان المصري '
                  'واليمني على ذلك»، حسبما أضاف ياسين.',
                  entities={"السيسي": ("PER", "Abdel Fattah el-Sisi"), "ياسين": ("PER", "Riyadh Yassin")})
    assert only(doc, "اتفق الجانبان").speaker.name_en == "Riyadh Yassin"


def test_quotes_an_agency_after_a_statement_relays_it():
    doc = analyse('وقال ترامب إن "الاتفاق النووي كارثي ويجب إلغاؤه"، حسبما نقلت رويترز.',
                  entities={"ترامب": ("PER", "Donald Trump"), "رويترز": ("ORG", "Reuters")})
    q = only(doc, "كارثي")
    assert q.speaker.name_en == "Donald Trump" and q.source is not None and q.source.name_en == "Reuters"


def test_quotes_object_first_verb_keeps_its_object():
    doc = analyse('وصف وزير الخارجية الروسي سيرغي لافروف ادعاءات بريطانيا بتورط روسيا في تسميم الجاسوس '
                  'وابنته بأنها "هراء".', entities={"سيرغي لافروف": ("PER", "Sergey Lavrov")})
    q = only(doc, "هراء")
    assert q.text.startswith("ادعاءات بريطانيا") and q.speaker.name_en == "Sergey Lavrov"


def test_quotes_partial_quote_continues_the_clause():
    doc = analyse('هذا، وجدد الوزراء التنديد بما اعتبروه "تدخلا إيرانيا" في الشؤون العربية، في إشارة إلى سوريا.')
    q = only(doc, "تدخلا إيرانيا")
    assert q.text.endswith("في الشؤون العربية") and "تدخلا إيرانيا" in q.text


def test_quotes_headline_with_colon():
    doc = analyse("وقال بحاح للصحافيين عند وصوله، إن عودته جزء من تحرير عدن.",
                  title="بحاح: زيارتي لتجهيز عدن لممارسة العمل السياسي")
    q = only(doc, "زيارتي لتجهيز عدن")
    assert q.speaker.text == "بحاح" and q.end <= len(doc.title or "")


def test_quotes_a_verbal_noun_with_its_agent_and_an_reports_speech():
    doc = analyse("وجاء ذلك عقب تأكيد وزير الخارجية الأمريكي، مايك بومبيو أن واشنطن لا تخشى العقوبات. "
                  "وشدد الوزير على تأكيد الدعم للحكومة الشرعية.",
                  entities={"مايك بومبيو": ("PER", "Mike Pompeo")})
    q = only(doc, "واشنطن لا تخشى")
    assert q.speaker is not None and q.speaker.name_en == "Mike Pompeo"
    assert not any("الدعم للحكومة" in q.text for q in doc.quotes)  # «تأكيد» without «أن» reports nothing


def test_quotes_headline_who_answers_whom_with_colon():
    # «X يرد على Y: …»: the one answering speaks, not the one answered
    doc = analyse("دعا ظريف الرئيس الأمريكي إلى الحذر.", title="وزير الخارجية الإيراني يرد على ترامب: كن حذرا",
                  entities={"وزير الخارجية الإيراني": ("PER", "Mohammad Javad Zarif"), "ترامب": ("PER", "Donald Trump")})
    assert speaker_of(doc, "كن حذرا") == "Mohammad Javad Zarif"


def test_quotes_named_quotes_and_names_are_skipped():
    doc = analyse('وصرح المتحدث باسم الحكومة ديمتريس تزاناكوبولوس لقناة "سكاي" أن "الحكومة اليونانية تريد '
                  'علاقات جيدة مع جميع الدول".')
    assert all("سكاي" not in q.text for q in doc.quotes)
    q = only(doc, "الحكومة اليونانية تريد")
    assert "تزاناكوبولوس" in q.speaker.text


@pytest.mark.parametrize("text", [
    'غير أنه رغم كل ذلك، لم يعلن الكرملين عن توقيع "أي اتفاق" تعاون إلى حين ختام زيارة كيم.',
    "وبعد أن كان كيري أعلن منذ أسابيع عزمه التوجه إلى الدوحة للقاء وزراء خارجية دول مجلس التعاون.",
    "تضمنت الرسالة التمني لروسيا بـ\"الازدهار\" ولشعبها بـ\"الرفاهية\".",
])
def test_quotes_no_statement_no_quote(text):
    assert analyse(text).quotes == []


def test_quotes_component_runs_in_default_pipeline():
    doc = marsad.analyze('وقال الشيخ تميم "تعاونا مع الولايات المتحدة لوضع حد لتمويل الإرهاب عبر المنطقة".')
    assert "quotes" in doc.processed and [e for e in doc.errors if e["component"] == "quotes"] == []
    assert doc.quotes and doc.quotes[0].text.startswith("تعاونا مع الولايات المتحدة")
    again = Document.from_dict(doc.to_dict())
    assert again.quotes[0].speaker == doc.quotes[0].speaker


def test_quotes_bihasab_relay_with_title_speaker():
    doc = analyse('وبحسب بيان صادر عن مكتب ماكرون، فقد أثنى الرئيس الفرنسي على "تضحيات" قوات سوريا الديمقراطية '
                  "في القتال ضد التنظيم.", entities={"الرئيس الفرنسي": ("PER", "Emmanuel Macron")})
    q = only(doc, "تضحيات")
    assert "قوات سوريا الديمقراطية" in q.text
    assert q.speaker.name_en == "Emmanuel Macron" and q.source is not None and "بيان" in q.source.text


@pytest.mark.parametrize("verb, lemma", [
    ("وقالت", "قال"), ("فقال", "قال"), ("يقول", "قال"), ("قائلا", "قال"), ("وأضافت", "أضاف"), ("مضيفا", "أضاف"),
    ("مؤكدة", "أكد"), ("لافتا", "لفت"), ("ونفت", "نفى"), ("داعين", "دعا"), ("اعتبروه", "اعتبر"), ("واعتبر", "اعتبر"),
    ("ولوحت", "لوح"),  # «لوّحت بأنها ستعزز قدراتها»: hinted
])
def test_quotes_speech_verbs_under_clitics(verb, lemma):
    doc = analyse(f"{verb} المتحدث إن الوضع مستقر.")
    cue = QuoteFinder(doc).cue_of(0)
    assert cue is not None and cue.lemma == lemma


@pytest.mark.parametrize("word", ["النقل", "بين", "عبر", "القول"])
def test_quotes_look_alike_words_are_not_cues(word):
    doc = analyse(f"{word} المدينتين أن الطريق مغلق.")
    assert QuoteFinder(doc).cue_of(0) is None


@pytest.mark.parametrize(("text", "entities", "contains", "speaker"), [
    # «بيد أن قاسمي وصف الطروحات …»: the fronted subject speaks; the words after «وصف» are what was described
    ("وتحدث قاسمي للصحفيين في طهران. بيد أن قاسمي وصف الطروحات الأمريكية بأنها \"مجرد تبجحات\".",
     {"قاسمي": ("PER", "Bahram Qasemi")}, "مجرد تبجحات", "Bahram Qasemi"),
    # sources in an organisation speak for it
    ("وقالت مصادر في طالبان إن الاجتماع عقد في الدوحة.", {"طالبان": ("ORG", "Taliban")}, "الاجتماع عقد", "Taliban"),
    # «منظمة "أطباء بلا حدود"» … «وقالت المنظمة»: the noun stood before the name, not inside it
    ("قتل عشرة مدنيين بحسب ما أفادت منظمة \"أطباء بلا حدود\". وقالت المنظمة على تويتر إن ثلاثة مدنيين قتلوا.",
     {"أطباء بلا حدود": ("ORG", "Doctors Without Borders")}, "ثلاثة مدنيين قتلوا", "Doctors Without Borders"),
    # «كان … هولبروك قد وصف عنان بأنه …»: after «قد» the one named after the verb is described, not speaking
    ("كان سفير الولايات المتحدة السابق ريتشارد هولبروك قد وصف عنان بأنه \"أفضل أمين عام في تاريخ المنظمة\".",
     {"ريتشارد هولبروك": ("PER", "Richard Holbrooke"), "عنان": ("PER", "Kofi Annan")}, "أفضل أمين عام",
     "Richard Holbrooke"),
    # «تابعة لهم» is affiliated, not a cue; «من جانبهم، كانوا قد» leads back to the fronted subject
    ("الحوثيون، من جانبهم، كانوا قد أعلنوا على قناة تلفزيونية تابعة لهم أن مقاتليهم استهدفوا بارجة سعودية.",
     {"الحوثيون": ("ORG", "Houthis")}, "مقاتليهم استهدفوا", "Houthis"),
    # «، ومقره بريطانيا،» is where the speaker is based, and «مقره» is no cue («مقرا», admitting)
    ("وقال المرصد السوري لحقوق الإنسان، ومقره بريطانيا، إن 50 شخصا قتلوا في القصف.",
     {"المرصد السوري لحقوق الإنسان": ("ORG", "Syrian Observatory for Human Rights"), "بريطانيا": ("LOC", "United Kingdom")},
     "50 شخصا قتلوا", "Syrian Observatory for Human Rights"),
    ("وكان المرصد السوري لحقوق الإنسان، ومقره بريطانيا، قال السبت إن 50 شخصا قتلوا في القصف.",
     {"المرصد السوري لحقوق الإنسان": ("ORG", "Syrian Observatory for Human Rights"), "بريطانيا": ("LOC", "United Kingdom")},
     "50 شخصا قتلوا", "Syrian Observatory for Human Rights"),
    # a title, where its holder serves («في حزب …», «للمصالحة في قاعدة …»), then the name: the name speaks
    ("ويقول الإداري في حزب اليسار الكردي في سوريا محمد جلال قاسم: \"المدينة تتعرض للقصف منذ أسابيع\".",
     {"محمد جلال قاسم": ("PER", "Mohammed Jalal Qasim"), "سوريا": ("LOC", "Syria")}, "المدينة تتعرض", "Mohammed Jalal Qasim"),
    ("كما قال رئيس المركز الروسي للمصالحة في قاعدة حميميم الجوية الجنرال يوري يفتوشينكو السبت \"نحن مستعدون للتفاوض\".",
     {"يوري يفتوشينكو": ("PER", "Yuri Yevtushenko"), "قاعدة حميميم": ("LOC", "Khmeimim Air Base")}, "نحن مستعدون",
     "Yuri Yevtushenko"),
], ids=["fronted-subject-of-wasafa", "sources-in-an-organisation", "definite-noun-before-a-name",
        "subject-before-qad-wasafa", "affiliated-is-no-cue", "seat-in-apposition-vso", "seat-in-apposition-svo",
        "title-where-then-name", "title-of-a-centre-then-rank-and-name"])
def test_quotes_speaker_reading(text, entities, contains, speaker):
    q = only(analyse(text, entities=entities), contains)
    assert q.speaker is not None and q.speaker.name_en == speaker


def test_quotes_a_name_after_with_or_to_is_someone_else():
    # «مع نظيريه الياباني تارو كونو»: the counterpart he spoke beside is not the speaker; the titled one is
    doc = analyse("وقال الوزير الأمريكي مايك بومبيو إن المحادثات مستمرة. وقال الوزير الأمريكي خلال مؤتمر صحافي "
                  "مشترك مع نظيريه الياباني تارو كونو \"لن نرفع العقوبات قبل نزع السلاح النووي\".",
                  entities={"مايك بومبيو": ("PER", "Mike Pompeo"), "تارو كونو": ("PER", "Taro Kono")})
    q = only(doc, "لن نرفع العقوبات")
    assert q.speaker is None or q.speaker.name_en != "Taro Kono"


def test_quotes_adverbs_and_object_pronouns_are_no_speakers():
    doc = analyse("وقال قاسمي إن بلاده سترد على العقوبات. وشدد أخيرا على أن إيران لن تتراجع. "
                  "وعلق قاسمي على تصريحات بومبيو واصفا إياها بأنها \"محاولات يائسة لن تنجح\".",
                  entities={"قاسمي": ("PER", "Bahram Qasemi"), "بومبيو": ("PER", "Mike Pompeo")})
    for contains in ("إيران لن تتراجع", "محاولات يائسة"):
        q = only(doc, contains)
        assert q.speaker is not None and q.speaker.name_en == "Bahram Qasemi", (contains, q.speaker)


def test_quotes_a_reaction_is_no_reply():
    # «رد فعل» is a reaction: it neither speaks nor lends its words to the next «وأضاف»
    doc = analyse("ليس ثمة رد فعل آني مباشر من إيران على الإجراءات الأمريكية، بيد أن وزير الخارجية الإيراني "
                  "محمد جواد ظريف قال في وقت سابق إن الولايات المتحدة \"معزولة\". "
                  "وأضاف أنه من الصعب تخيل مفاوضات مع شخص مزق اتفاقا استغرق التوصل إليه وقتا طويلا.",
                  entities={"محمد جواد ظريف": ("PER", "Mohammad Javad Zarif"), "إيران": ("LOC", "Iran")})
    assert not any(q.speaker is not None and q.speaker.text == "فعل" for q in doc.quotes)
    assert speaker_of(doc, "من الصعب تخيل") == "Mohammad Javad Zarif"


def test_quotes_a_name_without_title_that_ner_missed_is_transliterated_and_its_surname_followed():
    doc = analyse("وأكد فرحان حق، نائب المتحدث باسم المنظمة، أن الأردن مطالب بفتح حدوده. "
                  "وقال الباحث القانوني كريم نمور إن القانون قديم. ويقول نمور إن الحكومة لم تطبقه.")
    haq = only(doc, "الأردن مطالب").speaker
    assert haq is not None and haq.label == "PER" and haq.name_en and haq.name_en.startswith("Farhan")
    first, later = only(doc, "القانون قديم").speaker, only(doc, "الحكومة لم تطبقه").speaker
    assert first is not None and later is not None and first.name_en and first.name_en.startswith("Karim")
    assert later.name_en == first.name_en


def test_quotes_a_name_after_a_rank_closes_the_title_and_the_title_again_is_the_same_man():
    doc = analyse("أعلن رئيس جهاز الأمن القومي اليمني اللواء علي الأحمدي أن الحكومة تريد تكثيف ابتعاث طلابها. "
                  "وأفاد رئيس جهاز الأمن القومي بأن العمل جار الآن لإحصاء المقاتلين.")
    first, again = only(doc, "الحكومة تريد").speaker, only(doc, "العمل جار").speaker
    assert first is not None and first.name_en and first.name_en.startswith("Ali")  # «علي» the name, not «على»
    assert again is not None and again.name_en == first.name_en


def test_quotes_a_name_before_its_title_is_the_speaker_and_his_surname_later_too():
    doc = analyse("ونقلت وكالة رويترز عن إبراهيم الجباوي المتحدث باسم غرفة العمليات المركزية قوله إن الاجتماع عقد. "
                  "وأشار الجباوي إلى أن المحادثات لا تشمل مناطق المعارضة.")
    first, later = only(doc, "الاجتماع عقد").speaker, only(doc, "المحادثات لا تشمل").speaker
    assert first is not None and first.name_en and first.name_en.startswith("Ibrahim")
    assert later is not None and later.name_en == first.name_en


def test_quotes_not_being_named_is_no_statement_and_an_adverb_no_speaker():
    doc = analyse("وذكر مصدران أمنيان، طلبا عدم كشف هويتيهما، أمس أن حصيلة الضحايا بلغت 27 قتيلا.")
    q = only(doc, "حصيلة الضحايا")
    assert q.cue is not None and q.cue.text == "وذكر" and q.speaker is not None and "هويت" not in q.speaker.text
    doc = analyse("وقال خامنئي بحسم خلال لقائه الدبلوماسيين إنه لا يمكن الوثوق بالأمريكيين.",
                  entities={"خامنئي": ("PER", "Ali Khamenei")})
    assert speaker_of(doc, "لا يمكن الوثوق") == "Ali Khamenei"


def test_quotes_words_that_are_no_speakers_are_listed_folded_as_they_are_compared():
    from marsad.quotes.extract import _NOT_SUBJECTS
    from marsad.text.normalize import normalize_word

    assert sorted(w for w in _NOT_SUBJECTS if normalize_word(w) != w) == []  # «صراحة» would never match


def test_quotes_repeated_statement():
    doc = analyse("ولطالما كررت إسرائيل أنها لن تسمح لإيران بترسيخ وجودها العسكري في سوريا.",
                  entities={"إسرائيل": ("LOC", "Israel"), "إيران": ("LOC", "Iran")})
    quote = only(doc, "لن تسمح")
    assert quote.speaker.name_en == "Israel" and quote.cue.text == "كررت"
    # weak, like «جدد»: with no «أن» close by, «كرر» is just repeating
    assert analyse("وكرر الفريق المحاولة مرتين في الشوط الثاني.").quotes == []


def test_quotes_speaker_after_the_quote_and_its_cue():
    doc = analyse('قال الكاتب يوسف الديني إن الأزمة طويلة. "التحذير التركي يزيد الأمر سوءا وقد يؤدي إلى اشتباك"، '
                  'تتابع صحيفة واشنطن بوست.',
                  entities={"يوسف الديني": ("PER", "Youssef al-Dayni"), "واشنطن بوست": ("ORG", "The Washington Post")})
    q = only(doc, "التحذير التركي")
    assert q.speaker is not None and q.speaker.name_en == "The Washington Post" and q.cue.text == "تتابع"
    # a quotation with no cue after it keeps the sentence's own reading
    doc = analyse('وقال الديني إن "الأمر يزداد سوءا في المنطقة".', entities={"الديني": ("PER", "Youssef al-Dayni")})
    assert only(doc, "الأمر يزداد").speaker.name_en == "Youssef al-Dayni"


def test_quotes_participle_after_a_relative_clause_statement_is_the_main_subjects():
    # «… على قواعد قالت إنها إيرانية …، مؤكدة أنها "تدعم"»: Israel speaks inside the relative clause;
    # «مؤكدة» goes back to Britain, who warned
    doc = marsad.analyze('من جانبها حذرت بريطانيا من أي "تصعيد إضافي" بعد القصف الإيراني على مواقع إسرائيلية ورد إسرائيل '
                         'على قواعد قالت إنها إيرانية في سوريا '
                         'مؤكدة أنها "تدعم بقوة حق إسرائيل" في الدفاع عن نفسها.', title="خبر",
                         published="2018-05-10")
    assert only(doc, "إيرانية").speaker.name_en == "Israel"
    assert only(doc, "تدعم بقوة").speaker.name_en == "United Kingdom"


def test_quotes_in_his_words_is_the_speaker_the_sentence_has_speaking():
    # BBC Arabic, 2018-07-24: «حسب تعبيره» closes words Rouhani warned with, after a quote by another speaker
    people = {"روحاني": ("PER", "Hassan Rouhani"), "ترامب": ("PER", "Donald Trump"),
              "قاسمي": ("PER", "Bahram Ghasemi")}
    doc = analyse('وقال قاسمي إن "المفاوضات مستمرة". وتبادل ترامب وروحاني التصريحات العدائية، إذ حذر روحاني إدارة '
                  'ترامب من اتخاذ سياسة معادية لبلاده، لأن الحرب بين البلدين ستكون "أم الحروب"، حسب تعبيره.',
                  entities=people)
    assert speaker_of(doc, "أم الحروب") == "Hassan Rouhani"
    # with no speech verb, the first person its sentence names
    doc = analyse('وقال قاسمي إن "المفاوضات مستمرة". في غضون ذلك، هاجم روحاني ترامب، محذرا إدارته من سياسة معادية، لأن '
                  'الحرب بين البلدين ستكون "أم الحروب"، حسب تعبيره.', entities=people)
    assert speaker_of(doc, "أم الحروب") == "Hassan Rouhani"
    # with no one named in its sentence, it is the one talked about before
    doc = analyse('وقال قاسمي إن "المفاوضات مستمرة". والحرب بين البلدين ستكون "أم الحروب"، حسب تعبيره.',
                  entities=people)
    assert speaker_of(doc, "أم الحروب") == "Bahram Ghasemi"


def test_quotes_by_saying_speaks_for_the_clauses_subject():
    # BBC Arabic, 2018-07-24: «ورد ترامب بالقول إن …» as «قائلا إن»; «وتابع بالقول:» goes on with the same speaker
    people = {"ترامب": ("PER", "Donald Trump"), "روحاني": ("PER", "Hassan Rouhani")}
    doc = analyse("وحذر روحاني من الحرب. ورد ترامب بالقول إن إيران سوف تعاني عواقب وخيمة. "
                  'وتابع بالقول: "لن نقبل بأي تهديد".', entities=people)
    q = only(doc, "سوف تعاني")
    assert q.speaker is not None and q.speaker.name_en == "Donald Trump" and not q.direct
    assert speaker_of(doc, "لن نقبل") == "Donald Trump"


def test_quotes_his_saying_is_the_possessors_statement():
    # BBC Arabic, 2018-04-29: «… المخاوف التي أثارها ترامب، …، وقوله إنها لم تفعل شيئا»: Trump's saying, a
    # statement of its own that ends the one «أشاروا» opened
    people = {"ترامب": ("PER", "Donald Trump"), "ماي": ("PER", "Theresa May"), "إيران": ("LOC", "Iran")}
    doc = analyse("وأكدت ماي أهمية الاتفاق. بيد أنهم أشاروا إلى الحاجة إلى مناقشة المخاوف التي أثارها ترامب، ومن بينها "
                  "نقص القيود على الصواريخ، وقوله إنها لم تفعل شيئا لكبح دعم إيران للمسلحين.", entities=people)
    q = only(doc, "لم تفعل شيئا")
    assert q.speaker is not None and q.speaker.name_en == "Donald Trump" and q.cue is not None
    assert q.cue.text == "وقوله"


def test_quotes_a_dropped_subject_is_the_person_its_own_sentence_names_first():
    # Al Jazeera, 2018-07-25: «وجاء كلام المرشد …، علي خامنئي، … عندما قال …»: Khamenei, not the last speaker
    people = {"سليماني": ("PER", "Qasem Soleimani"), "علي خامنئي": ("PER", "Ali Khamenei")}
    doc = analyse("وأصدر سليماني بيانا أشاد فيه بالرئيس. وجاء كلام المرشد الأعلى للثورة في إيران، علي خامنئي، بمثابة "
                  'ختام الحلقة عندما قال بحسم بأنه "لا يمكن الوثوق بتصريحات الأمريكيين".', entities=people)
    assert speaker_of(doc, "لا يمكن الوثوق") == "Ali Khamenei"


def test_quotes_a_fronted_subject_is_found_past_its_apposition():
    # France 24, 2018-07-18: «لكن وكالة … "سبأ"، المتحدثة باسم الحكومة المعترف بها دوليا، قالت إن …»
    doc = analyse('ولم تحدد المنظمة الجهة المسؤولة، لكن الوكالة الرسمية "سبأ"، المتحدثة باسم الحكومة المعترف بها دوليا، '
                  "قالت إن الحوثيين يقفون خلف عملية القصف.", entities={"الحكومة": ("ORG", "Government of Yemen")})
    q = only(doc, "يقفون خلف")
    assert q.speaker is not None and q.speaker.text.startswith("الوكالة")


def test_quotes_what_another_side_said_meanwhile_is_a_statement_of_its_own():
    # France 24, 2018-07-18: «…، في الوقت الذي قالت فيه الشركة أنها احتوت حريقا محدودا»
    doc = marsad.analyze("وكان الحوثيون قد أعلنوا أنهم هاجموا مصفاة تابعة لشركة أرامكو في الرياض الأربعاء، في الوقت الذي "
                         "قالت فيه الشركة أنها احتوت حريقا محدودا في المصفاة.", published="2018-07-19")
    attack = only(doc, "هاجموا")
    assert attack.speaker is not None and attack.speaker.name_en == "Houthis" and "احتوت" not in attack.text
    fire = only(doc, "احتوت")
    assert fire.speaker is not None and fire.speaker.name_en == "Saudi Aramco"


def test_quotes_relayed_words_in_marks_after_his_saying():
    # France 24, 2018-07-18: «ونقلت الوكالة عن بوتين قوله "…"»: the quoted one speaks, the agency relays, however
    # far the marks stand from the weak verb «نقل»
    doc = analyse('ونقلت الوكالة عن بوتين قوله "إنجاز سلاح الجو بداية قوية في مرحلة جديدة".',
                  entities={"بوتين": ("PER", "Vladimir Putin")})
    q = only(doc, "بداية قوية")
    assert q.speaker is not None and q.speaker.name_en == "Vladimir Putin" and q.direct
    assert q.source is not None and q.source.text == "الوكالة"


def test_quotes_by_announcing_that_is_the_clauses_first_named_ones_statement():
    # Al Jazeera, 2018-07-25: «قابل الحرس الثوري تصريحات روحاني بالتأكيد على أنه مستعد …»: the Guards, the first
    # named in the clause; «بالتأكيد» alone is "certainly", no statement
    named = {"الحرس الثوري": ("ORG", "Islamic Revolutionary Guard Corps"), "روحاني": ("PER", "Hassan Rouhani")}
    doc = analyse("فمن جهة، قابل الحرس الثوري تصريحات روحاني بالتأكيد على أنه مستعد لإغلاق مضيق هرمز.", entities=named)
    assert speaker_of(doc, "مستعد لإغلاق") == "Islamic Revolutionary Guard Corps"
    doc = analyse("بدأت السلسلة مع زيارة روحاني إلى أوروبا حيث فجّر أولى قنابله بالإعلان أن إيران لن تسمح بتصدير النفط.",
                  entities=named)
    assert speaker_of(doc, "لن تسمح") == "Hassan Rouhani"
    assert analyse("وهو بالتأكيد يعلم أن الوضع خطير.").quotes == []


def test_quotes_the_latter_is_the_one_named_last():
    # France 24, 2018-05-28: «… بين كيم جونغ أون والرئيس الأمريكي دونالد ترامب الأخير أعلن أن …»
    people = {"كيم جونغ أون": ("PER", "Kim Jong Un"), "دونالد ترامب": ("PER", "Donald Trump"),
              "بوتين": ("PER", "Vladimir Putin"), "ترامب": ("PER", "Donald Trump")}
    doc = analyse("سلطت الصحف الضوء على القمة المرتقبة بين كيم جونغ أون والرئيس الأمريكي دونالد ترامب الأخير أعلن أمس "
                  "أن إدارته بدأت الاستعدادات للقمة.", entities=people)
    assert speaker_of(doc, "بدأت الاستعدادات") == "Donald Trump"
    doc = analyse("والتقى ترامب بوتين. وقال الأخير إن الاجتماع كان مثمرا.", entities=people)
    assert speaker_of(doc, "كان مثمرا") == "Vladimir Putin"


def test_quotes_but_it_said_points_back_to_the_sentences_subject_a_body_too():
    # BBC Arabic, 2018-02-20: «ولم يعلق الجيش السوري على التقارير، لكنه قال إنه شن "ضربات دقيقة"»
    named = {"المرصد": ("ORG", "Syrian Observatory for Human Rights"), "الجيش السوري": ("ORG", "Syrian Arab Army")}
    doc = analyse('وقال المرصد إن 50 شخصا قتلوا. ولم يعلق الجيش السوري على التقارير، لكنه قال إنه شن "ضربات دقيقة" على '
                  "المناطق التي انطلقت منها القذائف.", entities=named)
    assert speaker_of(doc, "ضربات دقيقة") == "Syrian Arab Army"


def test_quotes_a_relative_clause_that_says_something_is_its_bodys_statement():
    # BBC Arabic, 2018-07-24: «تؤكد إيران أن التزامها تم التحقق منه بمعرفة الوكالة الذرية التي أكدت أن إيران تحترم …»
    named = {"إيران": ("LOC", "Iran"), "الوكالة الدولية للطاقة الذرية": ("ORG", "International Atomic Energy Agency"),
             "الولايات المتحدة": ("LOC", "United States")}
    doc = analyse("من جانبها، تؤكد إيران أن التزامها بالاتفاق تم التحقق منه بمعرفة الوكالة الدولية للطاقة الذرية التي أكدت "
                  "أن إيران تحترم ما التزمت به. وهو التحرك التي قالت الولايات المتحدة إنه يثير الشكوك.", entities=named)
    assert speaker_of(doc, "تحترم ما التزمت") == "International Atomic Energy Agency"
    assert speaker_of(doc, "التزامها بالاتفاق") == "Iran"
    assert speaker_of(doc, "يثير الشكوك") == "United States"


def test_quotes_as_another_also_reported_ends_the_statement_before():
    # France 24, 2018-03-07: «… يقول إن جميع الركاب كانوا من العسكريين، كما نقلت العربي الجديد أن …»
    named = {"كومرسانت": ("ORG", "Kommersant"), "العربي الجديد": ("ORG", "Al-Araby Al-Jadeed")}
    doc = analyse("أشارت الصحيفة إلى خبر نقلته صحيفة كومرسانت يقول إن جميع الركاب كانوا من العسكريين، كما نقلت العربي "
                  "الجديد أن القوات الحكومية ما تزال تواصل القصف.", entities=named)
    first = only(doc, "جميع الركاب")
    assert first.text.endswith("العسكريين") and first.speaker is not None and first.speaker.name_en == "Kommersant"
    assert speaker_of(doc, "تواصل القصف") == "Al-Araby Al-Jadeed"


def test_quotes_an_articles_headline_is_its_outlets_words():
    # France 24, 2018-02-20: «نشرت صحيفة "ليزيكو" الفرنسية مقالا تحت عنوان "إسرائيل تصبح مزود غاز للعالم العربي"»
    doc = marsad.analyze('نشرت صحيفة "ليزيكو" الفرنسية مقالا تحت عنوان "إسرائيل تصبح مزود غاز للعالم العربي".',
                         published="2018-02-20")
    q = only(doc, "مزود غاز")
    assert q.speaker is not None and q.speaker.name_en == "Les Echos" and q.direct


def test_quotes_words_in_marks_after_a_glued_preposition_are_quoted_when_long():
    # France 24, 2018-07-18: «واتهم الحوثي فرنسا بـ "المساهمة في عدوان التحالف العربي"»: words, not a name
    doc = analyse('واتهم عبد الملك الحوثي فرنسا بـ "المساهمة في عدوان التحالف العربي" في اليمن.',
                  entities={"عبد الملك الحوثي": ("PER", "Abdul-Malik al-Houthi"), "فرنسا": ("LOC", "France")})
    assert speaker_of(doc, "المساهمة في عدوان") == "Abdul-Malik al-Houthi"
    assert analyse('وقالت الوزارة لـ«عكاظ» إن الوضع مستقر.').quotes[0].text == "الوضع مستقر"  # «عكاظ»: a name


def test_quotes_a_second_speech_verb_after_a_quote_opens_a_statement_of_its_own():
    # Reuters via France 24, 2018-04-08: «وأضاف "نحن ندرس الهجوم في الوقت الحالي" وأضاف أن صور الحدث "مروعة"»
    doc = analyse('وقال توماس بوسرت "لا أستبعد شيئا". وأضاف "نحن ندرس الهجوم في الوقت الحالي" وأضاف أن صور الحدث "مروعة".',
                  entities={"توماس بوسرت": ("PER", "Thomas Bossert")})
    assert only(doc, "نحن ندرس").text == "نحن ندرس الهجوم في الوقت الحالي"
    assert speaker_of(doc, "صور الحدث") == "Thomas Bossert"


@pytest.mark.parametrize(("text", "entity", "contains", "speaker"), [
    # France 24, 2018-07-18: a relay word just before loose marks names their speaker
    ('خلفت الحرب نحو عشرة آلاف قتيل. كما تسببت بحسب الأمم المتحدة بـ "أسوأ أزمة إنسانية في العالم".',
     ("الأمم المتحدة", "ORG", "United Nations"), "أسوأ أزمة", "United Nations"),
    # France 24, 2018-04-29: a sentence opening on a feminine verb speaks for the body named before
    (('وأعلنت وكالة الأنباء "سانا" الأحد التوصل إلى اتفاق لإجلاء المقاتلين.\nوتحدثت عن "معلومات عن التوصل '
      'لاتفاق بين الحكومة والمجموعات المسلحة".'), ("سانا", "ORG", "Syrian Arab News Agency"), "معلومات عن التوصل",
     "Syrian Arab News Agency"),
    # MPs of a place speak, not the place
    ("ويؤكد نواب غزنة أنهم حذروا السلطات مرارا من خطر تعرض المدينة لهجوم.", ("غزنة", "LOC", "Ghazni"),
     "حذروا السلطات", "Ghazni MPs"),
], ids=["relay-word-before-loose-marks", "feminine-verb-after-a-body", "mps-of-a-place"])
def test_quotes_speaker_named_by_the_context_of_the_quote(text, entity, contains, speaker):
    surface, label, name_en = entity
    assert speaker_of(analyse(text, entities={surface: (label, name_en)}), contains) == speaker


def test_quotes_sources_coded_by_their_country_are_also_known_by_what_they_are():
    # «قالت مصادر عسكرية يمنية»: speaks as Yemen (for event coding) and is also the Yemeni military sources
    doc = marsad.analyze("وقالت مصادر عسكرية يمنية إن القوات تنتظر الأوامر.", published="2015-08-08")
    speaker = only(doc, "تنتظر الأوامر").speaker
    assert speaker is not None and speaker.name_en == "Yemen"
    assert speaker.aliases_en[:2] == ["Yemeni military sources", "military sources"]
    doc = marsad.analyze("وقال مصدر أمني مالي إنها محاولة خطف فاشلة.", published="2015-08-08")
    speaker = only(doc, "محاولة خطف").speaker  # the demonym is Mali's own mention here
    assert speaker is not None and speaker.name_en == "Mali" and "security source" in speaker.aliases_en


def test_quotes_a_participle_takes_no_subject_after_it():
    # BBC Arabic, 2018-07-20: «وقال وزير الاقتصاد …، شارحا الخلفية الاقتصادية التي … "أرض لبنان تنتج …"»: what the
    # participle explains is its object; the speaker is the opening verb's subject, not the farmer quoted before
    doc = analyse('وقال مزارع "الدخان مضر أكثر من الحشيش". وقال وزير الاقتصاد في لبنان، شارحا الخلفية الاقتصادية '
                  'التي أعادت فتح النقاش "أرض لبنان تنتج نوعية جيدة جدا من الحشيش".')
    speaker = only(doc, "أرض لبنان").speaker
    assert speaker is not None and speaker.text.startswith("وزير الاقتصاد")


def test_quotes_a_name_beginning_like_bianna_is_no_complementizer():
    # Al Jazeera, 2014-03-02: «بان» of «بان كي مون» is no «بأن»: China's description of the attack is no statement
    # running into the secretary-general's own words
    doc = marsad.analyze('وأثارت هذه الحادثة ردود فعل, حيث وصفت السلطات الصينية هذا الهجوم بالإرهابي وتعهدت بملاحقة '
                         'من يقف خلفه, فيما أدان الأمين العام للأمم المتحدة, بان كي مون بـ"أشد العبارات الهجوم المروع '
                         'على المدنيين".', published="2014-03-02")
    assert not [q for q in doc.quotes if "وتعهدت" in q.text]
    assert speaker_of(doc, "الهجوم المروع") == "Ban Ki-moon"
