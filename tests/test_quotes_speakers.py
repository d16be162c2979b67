"""Unnamed speakers: described in English, coded by country, or resolved to an earlier speaker."""
from __future__ import annotations

import pytest

import marsad
from marsad.quotes.descriptors import (
    adjective_of,
    country_of,
    describe,
    head_of,
    is_definite,
    looks_like_a_name,
)
from tests.test_quotes_extract import analyse, only


@pytest.mark.parametrize("phrase, english", [
    ("مصادر مطلعة", "informed sources"),
    ("مصدر خليجي", "Gulf source"),
    ("مسؤولون أكراد", "Kurdish officials"),
    ("نشطاء ومسعفون", "activists and medics"),
    ("وزراء الخارجية العرب", "Arab foreign ministers"),
    ("مسؤول عسكري كبير", "senior military official"),
    ("طبيب محلي", "local doctor"),
    ("الساكن", "resident"),
    ("السلطات الدينية", "religious authorities"),
    ("الأنباء", "news reports"),
    ("مصادر خاصة", "private sources"),
    ("تقارير إعلامية", "media reports"),
    ("متحدث عسكري حوثي", "Houthi military spokesman"),
    ("مصادر معارضة", "opposition sources"),
    ("المعارضة", "opposition"),
    ("البعض", "some people"),  # «ويرى البعض أن …»: no one named
    ("وثائق نشرت", "documents"),
    ("تقرير أممي", "UN report"),
    ("الدول العربية", "Arab states"),
    ("عدة مصادر محلية", "local sources"),          # «عدة» (several) is no name to transliterate
    ("أحد السكان", "resident"),                     # one of them speaks
    ("إحدى المصادر", "source"),
    ("جماعة مراقبة", "monitoring group"),
    ("نشطاء وعمال إنقاذ ومسعفون", "activists, rescue workers and medics"),
    ("محققين", "investigators"),
    ("المتمردون", "rebels"),                        # «وكان المتمردون الذين وصلوا إلى غزنة … أعلنوا أنهم»
    ("أحد المتمردين", "rebel"),
    ("قائد عسكري", "military commander"),
    ("عضو المجلس المحلي", "member"),
    ("متطوعو الدفاع المدني", "civil defence volunteers"),  # the adjective of a modifier goes first in English
    ("مسؤول دفاع", "defence official"),
])
def test_quotes_describe_unnamed_speaker(phrase, english):
    assert describe(phrase) == english


@pytest.mark.parametrize("phrase", ["الرئيس الأمريكي", "بوتين", "الكرملين"])
def test_quotes_named_or_titled_speakers_are_not_described(phrase):
    assert head_of(phrase) is None


@pytest.mark.parametrize("phrase", ["رئاسة الوزراء", "رئيس الوزراء الماليزي"])
def test_quotes_the_head_of_another_phrase_is_not_skipped_to_a_head_noun(phrase):
    assert describe(phrase) is None  # not "ministers"


def test_quotes_definite_descriptor():
    assert is_definite("المسؤول الأميركي") and is_definite("أحد المصادر الحكومية")
    assert not is_definite("مسؤول أميركي")


def test_quotes_demonym_gives_the_country():
    if country_of("مسؤول أميركي") is None:
        pytest.skip("the knowledge base with demonyms is not built")
    assert country_of("مسؤول أميركي")[0] == "United States"
    assert country_of("مصادر حكومية يونانية")[0] == "Greece"
    assert country_of("مبعوث كوري جنوبي")[0] == "South Korea"


def test_quotes_definite_speaker_refers_back():
    doc = analyse("وقال مصدر خليجي لرويترز إن الخلاف مع قطر سيكون على جدول المحادثات. "
                  "وأضاف المصدر أن الكويت ستواصل وساطتها.")
    first = only(doc, "الخلاف مع قطر")
    second = only(doc, "الكويت ستواصل")
    assert first.speaker.name_en == "Gulf source"
    assert second.speaker.text == "المصدر" and second.speaker.name_en == "Gulf source"


def test_quotes_relative_clause_speaker():
    doc = analyse("وصل مسؤولون آخرون إلى عدن، وفق وزير حقوق الإنسان عز الدين الأصبحي، الذي قال إنه من المفترض "
                  "أن تستأنف مؤسسة الإذاعة برامجها.", entities={"عز الدين الأصبحي": ("PER", "Ezzedine al-Asbahi")})
    q = only(doc, "من المفترض")
    assert q.speaker.name_en == "Ezzedine al-Asbahi"


def test_quotes_relayed_by_name_after_an():
    doc = analyse("نقلت وكالة الأنباء السورية الرسمية الخميس عن الرئيس الروسي فلاديمير بوتين قوله خلال لقائه "
                  'نظيره السوري، إنه لا بد من سحب "جميع القوات الأجنبية" من سوريا.',
                  entities={"فلاديمير بوتين": ("PER", "Vladimir Putin"),
                            "وكالة الأنباء السورية": ("ORG", "SANA")})
    q = only(doc, "جميع القوات الأجنبية")
    assert q.speaker.name_en == "Vladimir Putin"
    assert q.source is not None and q.source.name_en == "SANA"


def test_quotes_naqlan_an_names_the_origin():
    doc = analyse("وقال التلفزيون الرسمي، نقلا عن مصادر أمنية، إن الهجوم أسفر عن مقتل خمسة جنود.")
    q = only(doc, "الهجوم أسفر")
    assert q.speaker.text == "مصادر أمنية" and q.speaker.name_en == "security sources"
    assert q.source is not None and q.source.text == "التلفزيون الرسمي"


def test_quotes_passive_relay_names_the_speaker():
    doc = analyse("ونُقل عن الوزير قوله إن الحكومة ستواصل الإصلاحات.")
    q = only(doc, "الحكومة ستواصل")
    assert q.speaker.text == "الوزير" and q.cue.text == "ونُقل"


def test_quotes_relay_inside_the_cue_phrase_is_the_source():
    doc = analyse('وأوضح بوتين حسب ما نقلت عنه وكالة الأنباء السورية الرسمية "نؤكد أنه لا بد من سحب كل القوات '
                  'الأجنبية".')
    q = only(doc, "نؤكد أنه")
    assert q.direct and q.speaker.text == "بوتين"
    assert q.source is not None and q.source.text == "وكالة الأنباء السورية الرسمية"


def test_quotes_definite_noun_refers_to_the_last_entity_so_named():
    doc = analyse("فرضت وزارة الخزانة الأميركية أمس عقوبات على قطريين. وكشفت الوزارة أن الكعبي كان متورطا في جمع "
                  "تبرعات. فيما بررت وزارة الخزانة عقوباتها بأن الرجلين كانا يقودان منظمات.",
                  entities={"وزارة الخزانة الأميركية": ("ORG", "United States Department of the Treasury")})
    assert only(doc, "الكعبي كان متورطا").speaker.name_en == "United States Department of the Treasury"
    assert only(doc, "الرجلين كانا").speaker.name_en == "United States Department of the Treasury"


def test_quotes_residents_of_a_place_speak_not_the_place():
    doc = analyse("ويقول بعض سكان عفرين إن الوضع الإنساني في المدينة سيء جدا.",
                  entities={"عفرين": ("LOC", "Afrin")})
    q = only(doc, "الوضع الإنساني")
    assert q.speaker is not None and q.speaker.name_en == "Afrin residents" and q.speaker.entity is None
    # the speaker is the whole phrase: «عفرين» alone, wherever it recurs, names the town
    assert q.speaker.text == "بعض سكان عفرين" and doc.text[q.speaker.start:q.speaker.end] == q.speaker.text


def test_quotes_sources_affiliated_with_a_side_speak_for_it():
    doc = analyse("وأفادت مصادر تابعة للحوثيين أن المقاتلين مستعدون لتسليم إدارة الميناء.",
                  entities={"لحوثيين": ("ORG", "Houthis")})  # the name after «لـ», as the linker marks it
    q = only(doc, "المقاتلين مستعدون")
    assert q.speaker is not None and q.speaker.name_en == "Houthis"


@pytest.mark.parametrize("phrase, head", [("عدة مصادر محلية", "مصادر"), ("هذا المزارع", "مزارع"), ("أحد السكان", "سكان")])
def test_quotes_quantifiers_and_demonstratives_come_before_the_head(phrase, head):
    assert head_of(phrase) == head  # else the phrase is taken for a name and transliterated


def test_quotes_a_time_phrase_after_the_verb_is_no_subject():
    # «وكان روحاني حذر الأسبوع الماضي من …»: the fronted subject warned; last week did not
    doc = analyse("وكان روحاني حذر الأسبوع الماضي من أن \"الحرب مع إيران ستكون أم الحروب\".",
                  entities={"روحاني": ("PER", "Hassan Rouhani")})
    q = only(doc, "أم الحروب")
    assert q.speaker is not None and q.speaker.name_en == "Hassan Rouhani"


@pytest.mark.parametrize("words, name", [
    ("فرحان حق", True),              # a rare given name: a person NER missed
    ("محمد علي", True),              # frequent words both, but names the word table spells
    ("مجلس إدارة شركة", False),
    ("ماريانا بتسا", True),
    ("بيان صادر", False),            # «بيان» is a name too, but «صادر» (issued) is a frequent word
    ("مصدران أمنيان", False),        # no name word at all
    ("موقع ويكيليكس", False),
    ("إجراءاتها ضد الرؤساء", False),
])
def test_quotes_only_name_like_words_are_transliterated(words, name):
    assert looks_like_a_name(words.split()) is name


def test_quotes_common_words_are_no_speaker_name():
    doc = analyse("وذكر مصدران أمنيان، طلبا عدم كشف هويتيهما، أمس أن حصيلة الضحايا بلغت 27 قتيلا.")
    assert only(doc, "حصيلة الضحايا").speaker.name_en == "security sources"


def test_quotes_a_statement_speaks_for_its_issuer():
    doc = analyse("أشار بيان صادر عن الاتحاد الأوروبي الأحد، إلى وجود دلائل على أن القوات الحكومية استخدمت "
                  "أسلحة كيماوية، داعيا إلى \"رد فوري من المجتمع الدولي\".",
                  entities={"الاتحاد الأوروبي": ("ORG", "European Union")})
    assert only(doc, "رد فوري").speaker.name_en == "European Union"
    assert only(doc, "أسلحة كيماوية").speaker.text == "بيان صادر"  # the speaker's span stays the statement


def test_quotes_described_object_is_not_the_speaker():
    doc = analyse("وقال ترامب في تغريدة إن الصواريخ قادمة. كما وصف الرئيس السوري بأنه \"حيوان قاتل\".",
                  entities={"ترامب": ("PER", "Donald Trump"), "الرئيس السوري": ("PER", "Bashar al-Assad")})
    assert only(doc, "حيوان قاتل").speaker.name_en == "Donald Trump"
    pronoun = analyse("وفرضت الوزارة عقوبات جديدة، في تحرك وصفه مسؤول أميركي بأنه «مهم في منع تمويل الإرهاب».")
    assert "مسؤول" in only(pronoun, "منع تمويل").speaker.text  # «وصفه»: the object is the pronoun


def test_quotes_title_alone_speaks_for_the_person_it_introduced():
    doc = analyse("ونشرت صحيفة التايمز مقالا للسفير السعودي لدى بريطانيا، محمد بن نواف. "
                  "السفير السعودي يرى أن الفرصة مواتية لمزيد من التعاون بين البلدين.",
                  entities={"بريطانيا": ("LOC", "United Kingdom")})
    assert only(doc, "الفرصة مواتية").speaker.name_en == "Mohammed bin Nawaf"


def test_quotes_an_outlet_no_entity_names_is_named_and_referred_back_to():
    # (no linker here: the paper is named from the words after «صحيفة», by the KB's name of the London «العرب»)
    doc = analyse("نقلت صحيفة الشرق الأوسط عن مصادر أن الحرب طويلة. وذكرت صحيفة العرب اللندنية أن الجيش كان "
                  "يستعد للهجوم. وأضافت الصحيفة أن المفاوضات توقفت.",
                  entities={"صحيفة الشرق الأوسط": ("ORG", "Asharq Al-Awsat")})
    assert only(doc, "يستعد للهجوم").speaker.name_en == "Al-Arab"  # «اللندنية» describes it, is no name
    assert only(doc, "المفاوضات توقفت").speaker.name_en == "Al-Arab"  # the paper named last, not the known one


def test_quotes_a_heading_source_before_a_colon_is_the_speaker():
    doc = analyse("التايمز: أردوغان \"يبحث عن جائزة أكبر\" بالهجوم على عفرين\n"
                  "صحيفة \"آي\": عفرين تستعد \"لحصار طويل ودموي\"",
                  entities={"التايمز": ("ORG", "The Times"), "أردوغان": ("PER", "Recep Tayyip Erdogan")})
    assert only(doc, "جائزة أكبر").speaker.name_en == "The Times"  # the paper, not the man it writes about
    assert only(doc, "لحصار طويل").speaker.text == "صحيفة \"آي\""


def test_quotes_who_went_on_to_say_is_the_sentence_subject():
    doc = analyse("ولم يكتف روحاني بذلك، إذ ذهب إلى ما بعد مضيق هرمز، بوابة الخليج، ليقول إن هذا المضيق واحد من "
                  "مضائق عدة تحت سيطرة إيران.",
                  entities={"روحاني": ("PER", "Hassan Rouhani"), "الخليج": ("LOC", "Persian Gulf")})
    assert only(doc, "تحت سيطرة").speaker.name_en == "Hassan Rouhani"


def test_quotes_a_heading_in_the_body_with_a_source_and_a_colon_is_a_statement():
    text = ("وتواصلت المعارك في درعا لليوم العاشر.\n"
            "الأمم المتحدة: 270 ألف نازح بسبب القتال في جنوب غربي سوريا\n"
            "خلفية: بدأ الهجوم في التاسع عشر من يونيو\n"
            "لندن - «الشرق الأوسط»: دعت منظمة حقوقية إلى الإفراج عن المعتقلين.")
    doc = analyse(text, entities={"الأمم المتحدة": ("ORG", "United Nations"),
                                  "الشرق الأوسط": ("ORG", "Asharq Al-Awsat")})
    assert only(doc, "270 ألف نازح").speaker.name_en == "United Nations"
    assert not [q for q in doc.quotes if "بدأ الهجوم" in q.text]  # a section heading names no speaker
    assert not [q for q in doc.quotes if "دعت منظمة" in q.text]  # a dateline opens the body


def test_quotes_a_name_before_the_title_of_the_body_it_serves_speaks():
    doc = analyse("وأعلنت ماريانا بتسا المتحدثة باسم وزارة الخارجية الأوكرانية أن مواطنا أوكرانيا بين الرهائن.",
                  entities={"وزارة الخارجية الأوكرانية": ("ORG", "Ukrainian Foreign Ministry")})
    speaker = only(doc, "بين الرهائن").speaker
    assert speaker.label == "PER" and speaker.name_en != "Ukrainian Foreign Ministry" and speaker.entity is None


def test_quotes_demonym_after_fa_gives_the_country():
    # «فالفلسطينيون يرون أن …»: «ف» is a conjunction like «و»
    assert country_of("فالفلسطينيون")[0] == country_of("والفلسطينيون")[0] == "Palestine"


def test_quotes_definite_sources_take_up_the_sources_named_before_without_a_quote():
    doc = analyse("وقتل سبعة مدنيين في قصف بالهاون طاول منزلين، وفق مصادر محلية. وأوضحت المصادر أن جثث الضحايا "
                  "سحبت من تحت الأنقاض. وقالت مصادر عسكرية إن القائد قتل بتفجير غامض. وأضافت المصادر أن الهجوم "
                  "وقع ليلا.")
    assert only(doc, "جثث الضحايا").speaker.name_en == "local sources"  # «وفق مصادر محلية» told no quote
    assert only(doc, "بتفجير غامض").speaker.name_en == "military sources"  # new sources, not the local ones
    assert only(doc, "وقع ليلا").speaker.name_en == "military sources"


def test_quotes_an_unnamed_official_after_one_coded_by_his_country_is_of_that_country():
    doc = analyse("وقال مصدر عسكري في مالي إن القوات أقفلت منطقة الفندق. وأفاد مصدر رسمي أن خمسة أجانب كانوا في الفندق.",
                  entities={"مالي": ("LOC", "Mali")})
    assert only(doc, "خمسة أجانب").speaker.name_en == "Mali"  # Mali has no demonym kept («مالي» is "financial")


def test_quotes_a_sentence_of_cue_and_speaker_after_a_quotation_names_its_speaker():
    doc = analyse('نشرت صحيفة "ليزيكو" مقالا عن الصفقة. صحيفة "لوريون لوجور" كتبت عن الصفقة. "موارد الطاقة التي '
                  'تزخر بها إسرائيل فتحت لها آفاقا جديدة في المنطقة". تعلق الصحيفة.',
                  entities={"ليزيكو": ("ORG", "Les Echos")})
    speaker = only(doc, "موارد الطاقة").speaker
    assert speaker.text == "الصحيفة" and speaker.name_en != "Les Echos"  # the paper named last, unlinked


@pytest.mark.parametrize("phrase, name", [
    ("الأمير حسام بن سعود", "حسام بن سعود"),  # a title with its article is closed by it
    ("أمير قطر الشيخ تميم بن حمد", "تميم بن حمد"),  # one without waits for its construct
    ("الأمين العام للأمم المتحدة أنطونيو غوتيريش", "أنطونيو غوتيريش"),  # «للـ»: the article behind «ل»
    ("وزير الخارجية والتعاون الدولي ناصر بوريطة", "ناصر بوريطة"),
])
def test_quotes_name_after_a_title(phrase, name):
    from marsad.quotes.descriptors import name_after_title

    assert name_after_title(phrase) == name


def test_quotes_speaker_named_by_transliteration_carries_other_spellings():
    doc = analyse("وقال الأمير حسام بن سعود إن المملكة ستواصل دعمها.")
    q = only(doc, "ستواصل دعمها")
    assert q.speaker.name_en == "Hossam bin Saud" and "Hussam bin Saud" in q.speaker.aliases_en


def test_quotes_title_alone_refers_to_the_speaker_named_after_it():
    doc = analyse("وقال رئيس جهاز الأمن القومي اليمني اللواء علي الأحمدي إن الحكومة ستضاعف المنح. "
                  "وأفاد رئيس جهاز الأمن القومي بأن العمل جار الآن لإحصاء عدد المقاتلين.",
                  entities={"علي الأحمدي": ("PER", "Ali al-Ahmadi")})
    assert only(doc, "ستضاعف المنح").speaker.name_en == "Ali al-Ahmadi"
    assert only(doc, "لإحصاء عدد").speaker.name_en == "Ali al-Ahmadi"  # the title he was named with


@pytest.mark.parametrize("text, people, country", [
    ('فالفلسطينيون يعتبرون أن الموعد يشكل "استفزازا".', "Palestinians", "Palestine"),  # «فـ» + the article
    ("ويرى الإيرانيون أن العقوبات ظالمة.", "Iranians", "Iran"),
])
def test_quotes_a_people_named_by_its_plural_demonym_speaks(text, people, country):
    (q,) = analyse(text).quotes
    assert q.speaker.name_en == people and q.speaker.aliases_en == [country]


@pytest.mark.parametrize("country, people", [
    ("Palestine", "Palestinians"), ("France", "French people"), ("United States", "Americans"), ("Israel", "Israelis"),
])
def test_quotes_people_of_a_country(country, people):
    from marsad.quotes.descriptors import people_of

    assert people_of(country) == people


def test_quotes_a_preposition_after_the_cue_is_no_subject():
    doc = analyse('وقالت بعثة السويد لدى الأمم المتحدة إن زيادة العنف "يدل على فشل آخر". '
                  'وطالبت بضرورة "تكثيف الجهود لتهدئة العنف".',
                  entities={"بعثة السويد لدى الأمم المتحدة": ("ORG", "Swedish Mission to the UN")})
    q = only(doc, "تكثيف الجهود")
    assert q.speaker.name_en == "Swedish Mission to the UN"  # not «بضرورة» ("with the need")


def test_quotes_a_rare_given_name_before_a_known_one_is_a_name():
    doc = analyse('وتقول روزلين عمر، الرئيسة المشتركة لمؤسسة المياه في عفرين: "لقد انقطعت خطوط إمداد المياه".')
    assert only(doc, "انقطعت خطوط").speaker.name_en == "Rozlin Omar"


def test_quotes_a_long_title_still_ends_in_the_speakers_name():
    doc = analyse('كما قال رئيس المركز الروسي للمصالحة في قاعدة حميميم الجوية الجنرال يوري يفتوشينكو السبت '
                  '"نحن مستعدون فور تحرير دوما".')
    q = only(doc, "نحن مستعدون")
    assert q.speaker.text == "يوري يفتوشينكو" and q.speaker.name_en == "Yuri Yevtushenko"  # not «… السبت»


def test_quotes_a_title_names_the_speaker_before_the_day_and_the_agency_he_told():
    doc = analyse('وقال المتحدث باسم المجلس الأفغاني الأعلى للسلام سيد إحسان طاهري الأحد لوكالة الأنباء الفرنسية إن '
                  '"هذا النوع من الاجتماعات سيتواصل".')
    assert only(doc, "هذا النوع").speaker.text == "سيد إحسان طاهري"  # not Afghanistan, not «… لوكالة الأنباء»


@pytest.mark.parametrize("opening", ["", "وقبيل إعلان دمشق تدميرها للصاروخين، "])
def test_quotes_a_feminine_participle_goes_back_to_the_feminine_verbs_subject(opening):
    # France 24, 2018-05-08: «مؤكدة» agrees with «أعربت سوريا», not with the man named in its object
    doc = analyse(opening + 'أعربت سوريا عن "إدانتها الشديدة" لقرار الرئيس الأمريكي دونالد ترامب الانسحاب من '
                  'الاتفاق النووي، مؤكدة "تضامنها الكامل" مع طهران.',
                  entities={"سوريا": ("LOC", "Syria"), "دونالد ترامب": ("PER", "Donald Trump")})
    assert only(doc, "تضامنها").speaker.name_en == "Syria"
    # a masculine participle after a masculine verb keeps the person: «أعرب ترامب …، مؤكدا»
    doc = analyse('أعرب الرئيس الأمريكي دونالد ترامب عن "ارتياحه" لقرار سوريا، مؤكدا "دعمه الكامل" للاتفاق.',
                  entities={"سوريا": ("LOC", "Syria"), "دونالد ترامب": ("PER", "Donald Trump")})
    assert only(doc, "دعمه").speaker.name_en == "Donald Trump"


def test_quotes_a_conjoined_feminine_verb_shares_the_fronted_subject():
    # France 24 press review, 2018-05-09: «الصحيفة اعتبرت وعود ترامب فارغة وقالت إنه …»: the paper said it, not Trump
    doc = analyse('صحيفة نيويورك تايمز قالت إن ترامب عودنا على إلغاء الاتفاقات. الصحيفة اعتبرت وعود ترامب فارغة '
                  'وقالت إنه أظهر مرارا مهارته في تدمير الاتفاقات.',
                  entities={"نيويورك تايمز": ("ORG", "The New York Times"), "ترامب": ("PER", "Donald Trump")})
    assert only(doc, "أظهر مرارا").speaker.name_en == "The New York Times"
    # a man fronted is the subject of his own verbs, whatever comes between: «ترامب اعتبر … وقال»
    doc = analyse('ترامب اعتبر الاتفاق سيئا وقال إنه لن يبقى فيه.', entities={"ترامب": ("PER", "Donald Trump")})
    assert only(doc, "لن يبقى").speaker.name_en == "Donald Trump"


def test_quotes_highlighted_that_is_speech_and_a_participle_skips_a_relative_clauses_side():
    # Jawhara FM, 2016-11-11: «أبرز» (highlighted) opens what the ambassador said; «قائلا» goes back to the
    # subject of «ذكّر», not to Tunisia named inside the relative clause between them
    doc = analyse('وأبرز السفير الفلسطيني ، هايل الفاهوم، بالمناسبة أن فلسطين شعبا وحكومة تحيي هذه الذكرى. وذكّر '
                  'السفير الفلسطيني بالدور الذي لعبته تونس في دعم القضية الفلسطينية قائلا " لقد احتضنت تونس '
                  'المقاومة".', entities={"هايل الفاهوم": ("PER", "Hayel al-Fahoum"), "تونس": ("LOC", "Tunisia")})
    assert only(doc, "شعبا وحكومة").speaker.name_en == "Hayel al-Fahoum"
    assert only(doc, "احتضنت").speaker.text == "السفير الفلسطيني"
    # «أبرز» as "foremost" opens no statement
    doc = analyse("ويعد الملف النووي من أبرز الملفات التي تناولها الاجتماع.")
    assert doc.quotes == []


def test_quotes_the_statement_speaks_for_whoever_issued_it_before():
    doc = analyse('أعلنت وزارة الخارجية المصرية في بيان أمس رفضها للقرار. وقال البيان إن "القرار باطل ولا يغير شيئا".',
                  entities={"وزارة الخارجية المصرية": ("ORG", "Egyptian Foreign Ministry")})
    assert only(doc, "القرار باطل").speaker.name_en == "Egyptian Foreign Ministry"
    # a statement no sentence before told of stays unnamed: «في تغريدة» is no statement
    doc = analyse('ودعا ترامب في تغريدة إلى الحوار. وقال البيان إن "الحوار ضروري جدا".',
                  entities={"ترامب": ("PER", "Donald Trump")})
    assert only(doc, "الحوار ضروري").speaker.name_en is None
    # the agency of a dateline issued nothing: «باريس - أ.ف.ب: … بحسب ما أعلنت الرئاسة الفرنسية في بيان»
    doc = marsad.analyze('باريس - أ.ف.ب: توصل الرئيس الفرنسي فرنسوا هولاند ونظيره الروسي فلاديمير بوتين إلى اتفاق، بحسب ما '
                         'أعلنت الرئاسة الفرنسية في بيان مساء أمس. وأورد البيان أن "فرنسا وروسيا توصلتا إلى اتفاق".',
                         published="2015-08-06")
    assert only(doc, "توصلتا").speaker.name_en != "Agence France-Presse"


@pytest.mark.parametrize("country, adjective", [("Mali", "Malian"), ("Democratic Republic of the Congo", "Congolese"),
                                                ("Yemen", "Yemeni"), ("United States", "US")])
def test_quotes_every_country_has_its_english_adjective(country, adjective):
    # Mali and the DR Congo have no Arabic demonym listed in the KB; «مصدر عسكري مالي» is still a "Malian military
    # source" beside Mali
    if adjective_of("Yemen") is None:
        pytest.skip("the knowledge base with demonyms is not built")
    assert adjective_of(country) == adjective


def test_quotes_some_people_speak_as_a_description():
    doc = analyse('ويرى البعض أن "هذا النوع من الطقس هو ما يجعل حشيش البقاع من الأفضل".')
    assert only(doc, "هذا النوع من الطقس").speaker.name_en == "some people"


def test_quotes_relayed_about_him_are_his_words():
    # BBC, 2018-03-07: «ونقل عنه كتاب … قوله إن»: «عنه» is Kim Jong-nam, whom the book relays; not North Korea
    doc = analyse("ولم يكن كيم جونغ-نام مقربا من عائلته. وانتقد في الماضي هيمنة أسرته على حكم كوريا الشمالية، "
                  "ونقل عنه كتاب في عام 2012 قوله إن أخاه الأصغر يفتقر إلى صفات القيادة.",
                  entities={"كيم جونغ-نام": ("PER", "Kim Jong-nam"), "كوريا الشمالية": ("LOC", "North Korea")})
    assert only(doc, "يفتقر إلى صفات القيادة").speaker.name_en == "Kim Jong-nam"


@pytest.mark.parametrize("text, speaker, source", [
    # a paper relays an unnamed official who speaks inside its report: he speaks, the paper relays
    ("وذكرت الصحيفة أن مسؤولا أمريكيا قال إن الولايات المتحدة لا تشعر بالقلق.", "United States", "الصحيفة"),
    ("وذكرت وكالة رويترز أن مسؤولين أمريكيين قالوا إن واشنطن لن ترفع العقوبات.", "United States", "وكالة رويترز"),
])
def test_quotes_an_unnamed_official_inside_a_report_speaks(text, speaker, source):
    doc = marsad.analyze(text, published="2018-08-07")  # the whole pipeline: the article names places too
    (q,) = doc.quotes
    assert q.speaker.name_en == speaker and q.source is not None and q.source.text == source


def test_quotes_a_report_with_no_speaker_inside_is_the_reporters():
    (q,) = marsad.analyze("وذكرت الوكالة أن الوضع أصبح خطيرا في المدينة.", published="2018-08-07").quotes
    assert q.speaker.text == "الوكالة" and q.source is None


def test_quotes_the_words_a_relative_verb_says_who_spoke():
    # «تحذير أطلقه X … من "…"»: the warning is the quotation, X issued it (not Rouhani, whose words came first)
    doc = marsad.analyze('وأعقبت كلمات روحاني تلك تحذير أطلقه وزير الخارجية الأمريكي، مايك بومبيو، خلال زيارته لإسرائيل '
                         'من "طموح إيران للهيمنة على الشرق الأوسط".', published="2018-04-29")
    assert only(doc, "طموح إيران").speaker.name_en == "Mike Pompeo"


def test_quotes_who_came_out_to_say_is_the_subject_of_going_out():
    # «خرج رئيس لجنة … ليقول إن»: the committee's head, a title nobody named, not the man quoted before
    doc = marsad.analyze("وأصدر سليماني بيانا أشاد فيه بالرئيس. لكن من جهة أخرى، خرج رئيس لجنة العلاقات الخارجية والأمن "
                         "القومي في مجلس الشورى الإيراني ليقول إن الرئيس لم يقصد مضيق هرمز.", published="2018-07-23")
    speaker = only(doc, "لم يقصد").speaker
    assert speaker.text.startswith("رئيس لجنة العلاقات الخارجية") and speaker.name_en != "Qasem Soleimani"


def test_quotes_a_clause_although_someone_said_is_not_what_the_verb_before_revealed():
    # «كشفوا عن … على الرغم من أن مسؤولا رفيعا في إدارة ترامب … قال إن»: the official speaks (for the US, not
    # as Trump), and «المسؤول» next is that official
    doc = marsad.analyze('وأصدر وزراء خارجية بريطانيا وفرنسا وألمانيا بيانا مشتركا. كما كشفوا عن تفعيل قانون يعرف "بقانون '
                         'المنع"، على الرغم من أن مسؤولا رفيعا في إدارة ترامب رفض ذكر اسمه قال إن الولايات المتحدة "لا '
                         'تشعر بالقلق" من هذه الخطوة. وأشار المسؤول إلى أن إيران تعاني من مصاعب اقتصادية جمة.',
                         published="2018-08-07")
    assert only(doc, "لا تشعر بالقلق").speaker.name_en == "United States"
    assert only(doc, "مصاعب اقتصادية").speaker.name_en == "United States"


@pytest.mark.parametrize("text, contains, speaker", [
    # «قبل أن», «بعد أن» open what happened next, not what was said
    ("وأضاف سامي خضيرة الهدف الثاني ليوفنتوس في الدقيقة 63 قبل أن يسجل باولو ديبالا الهدف الثالث.", "ديبالا",
     None),
    # «من قبل أن» is "earlier, that": what he said follows
    ("وكان نتانياهو قد اعتبر من قبل أن الاتفاق يهدد أمن إسرائيل.", "يهدد أمن إسرائيل", "Benjamin Netanyahu"),
])
def test_quotes_a_complementiser_after_before_or_after_opens_no_statement(text, contains, speaker):
    found = [q for q in marsad.analyze(text, published="2018-07-15").quotes if contains in q.text]
    assert [q.speaker.name_en if q.speaker else None for q in found] == ([speaker] if speaker else [])


def test_quotes_news_reports_from_a_country_are_its_reports_not_the_state():
    doc = marsad.analyze("الأنباء الواردة من اليمن تؤكد أن القوات الوطنية طورت من أساليب عملها.", published="2015-08-01")
    assert only(doc, "القوات الوطنية").speaker.name_en == "Yemeni news reports"


def test_quotes_relayed_from_a_long_title_after_an_outlet_in_marks():
    # «نقلت «شروق نت» عن قائد الفرقة … التابعة للقوات المسلحة السودانية بمنطقة الدمازين عثمان سيد أحمد، أن»: the
    # outlet's name in marks is no quotation, and the name after the side his title belongs to is his own
    doc = marsad.analyze("ونقلت «شروق نت» عن قائد الفرقة الرابعة مشاة التابعة للقوات المسلحة السودانية بمنطقة الدمازين "
                         "عثمان سيد أحمد، أن قواته استردت منطقة «طوردا» الاستراتيجية.", published="2015-08-10")
    assert only(doc, "قواته استردت").speaker.text == "عثمان سيد أحمد"


def test_quotes_one_loyal_to_a_named_leader_is_not_that_leader():
    doc = marsad.analyze("وقال قائد عسكري يمني موال للرئيس عبد ربه منصور هادي إن القوات تقدمت.", published="2015-08-10")
    assert only(doc, "القوات تقدمت").speaker.name_en != "Abdrabbuh Mansur Hadi"


@pytest.mark.parametrize("text, contains, speaker", [
    ('"مرحبا بالرومان، سيكون في انتظاركم مئة ألف محارب" هكذا حذر برشلونة في فيديو منافسه روما.', "مرحبا بالرومان",
     "Barcelona"),
    ('"لقد كان العام الماضي الأصعب والأكثر ألماً في حياتي المهنية".. هكذا بدأ إيلون ماسك، مؤسس شركة تسلا، حديثه.',
     "العام الماضي", "Elon Musk"),
])
def test_quotes_thus_and_a_verb_after_a_quotation_name_its_speaker(text, contains, speaker):
    # «"…"، هكذا وصف/حذر/بدأ X»: «thus» points back to the quotation
    assert only(marsad.analyze(text, published="2018-06-01"), contains).speaker.name_en == speaker


def test_quotes_the_source_is_the_one_described_since_the_last_source_spoke():
    # «وكان مصدر أمني أعلن …» after a military source's quotation: «وأضاف المصدر» is the security source
    doc = marsad.analyze("وقال مصدر عسكري مالي في مدينة غاو إن القوات المسلحة المالية أقفلت المنطقة.\nوكان مصدر أمني أعلن "
                         "في وقت سابق عن وجود «طيارين روس» في الفندق خلال الهجوم.\nوأضاف المصدر «إنها محاولة خطف فاشلة "
                         "لطيارين روس من القوة الدولية».", published="2015-08-08")
    assert only(doc, "محاولة خطف").speaker.name_en == "security source"
    assert only(doc, "أقفلت المنطقة").speaker.name_en == "Mali"


def test_quotes_the_clause_before_thus_and_a_verb_is_a_statement_without_marks():
    doc = marsad.analyze("واحتجاجات الأردن حظيت باهتمام الصحف العربية، زيادة الضغط على الشعب دفعت المواطنين الأردنيين إلى "
                         "الانفجار، هكذا استهل الكاتب سلامة كيلة مقاله في صحيفة العربي الجديد.", published="2018-06-07")
    quote = only(doc, "زيادة الضغط")
    assert quote.text.startswith("زيادة الضغط") and quote.text.endswith("الانفجار")
    assert quote.speaker.text == "الكاتب سلامة كيلة"  # «مقاله» is what he opened, not his name


@pytest.mark.parametrize("text, described, speaker", [
    ("ووصف الوزير الاتفاق بأنه تاريخي.", "الاتفاق بأنه تاريخي", "الوزير"),
    ("ووصف الأمين العام الوضع بأنه مأساوي.", "الوضع بأنه مأساوي", "الأمين العام"),
    # one phrase, title and adjective: what is described, the subject dropped
    ("كما وصف الرئيس السوري بأنه حيوان.", "الرئيس السوري بأنه حيوان", None),
])
def test_quotes_a_title_then_the_thing_described(text, described, speaker):
    (q,) = marsad.analyze(text, published="2018-05-01").quotes
    assert (q.text, q.speaker.text if q.speaker else None) == (described, speaker)


@pytest.mark.parametrize("text, contains, outlet", [
    ('صحيفة "آي": عفرين تستعد "لحصار طويل ودموي"', "لحصار طويل", "i"),
    ('وقالت صحيفة "ديلي ميل" إن سيارات البيت الأبيض "مزودة بتقنيات حماية متطورة".', "سيارات البيت الأبيض",
     "Daily Mail"),
])
def test_quotes_an_outlet_named_in_marks_is_the_one_the_kb_knows(text, contains, outlet):
    # not a transliteration of the name inside the marks ("Ai", "Dele Mile")
    assert only(marsad.analyze(text, published="2018-03-13"), contains).speaker.name_en == outlet


def test_quotes_a_headline_opening_with_a_speakers_noun():
    # «نازحون سوريون يقولون إن …» under a press review's other headings: the displaced speak, not the paper before
    doc = marsad.analyze('صحيفة "آي": عفرين تستعد "لحصار طويل ودموي"\nنازحون سوريون يقولون إن القوات التركية تقصف '
                         "المدنيين في عفرين", published="2018-03-13")
    assert only(doc, "تقصف المدنيين").speaker.name_en == "Syrian displaced people"
    # and «مقالا له» is what the writer opened, no part of his name
    doc = marsad.analyze("زيادة الضغط على الشعب دفعت المواطنين إلى الانفجار، هكذا استهل الكاتب سلامة كيلة مقالا له.",
                         published="2018-06-07")
    assert only(doc, "زيادة الضغط").speaker.text == "الكاتب سلامة كيلة"


def test_quotes_the_news_item_a_paper_published_is_its_own_words():
    doc = marsad.analyze('وأشار المرصد إلى "اغتيال اللواء عزيز إسبر". من جهتها، نشرت صحيفة "الوطن" القريبة من النظام السوري '
                         'على موقعها الإلكتروني خبر "استشهاد الدكتور عزيز إسبر، مدير البحوث العلمية في مصياف مع سائقه".',
                         published="2018-08-05")
    assert only(doc, "استشهاد الدكتور").speaker.name_en == "Al-Watan"  # the KB's paper, not the observatory


def test_quotes_the_opposition_of_a_country_is_no_state():
    doc = marsad.analyze("وقالت المعارضة السورية إن الهدنة انهارت.", published="2018-07-04")
    assert only(doc, "الهدنة انهارت").speaker.name_en == "Syrian opposition"  # not Syria, not unnamed


@pytest.mark.parametrize("text, said, speaker", [
    ("الرئيس الأمريكي يبدو مصمما على الإطاحة بهذا الاتفاق على الرغم من التحذيرات تقول صحيفة الإندبندنت.",
     "الرئيس الأمريكي يبدو مصمما على الإطاحة بهذا الاتفاق على الرغم من التحذيرات", "The Independent"),
    ("لكن مقاومة الشائعات ليست بالأمر الهين كما يقول خالد عبد البر المشرف على موقع متخصص.",
     "لكن مقاومة الشائعات ليست بالأمر الهين", "خالد عبد البر"),
])
def test_quotes_a_speech_verb_closing_a_clause_tags_it(text, said, speaker):
    (q,) = marsad.analyze(text, published="2018-05-01").quotes
    assert q.text == said and speaker in (q.speaker.name_en, q.speaker.text)


def test_quotes_what_a_relative_clause_says_is_no_tagged_clause():
    doc = marsad.analyze("أمضى الفتى مانغويل عدة سنوات يقرأ بصوت مرتفع ويدون ما يقوله بورخيس الكاتب الأرجنتيني.",
                         published="2018-05-01")
    assert not doc.quotes


def test_quotes_a_paper_named_bare_after_a_tagging_verb():
    # «تقول الحياة» closing a clause: the paper the KB knows as «صحيفة الحياة», not "life"; «يقول فيها الشعب كلمته»
    # (in which the people have their say) tags nothing, though «صحيفة الشعب» is a paper too
    doc = marsad.analyze("الاحتجاجات في الأردن متواصلة، النقابات أمهلت رئيس الحكومة الجديد أسبوعاً قبل المضي في إجراءات "
                         "تصعيدية تقول الحياة إذا لم يتم سحب مشروع القانون.", published="2018-06-07")
    assert only(doc, "النقابات أمهلت").speaker.name_en == "Al-Hayat"
    doc = marsad.analyze("والانتقال إلى الاحتكام للشعب بالدعوة إلى انتخابات يقول فيها الشعب كلمته.", published="2018-06-07")
    assert not doc.quotes


def test_quotes_whom_a_speaker_addresses_is_not_the_speaker():
    # «وقال مخاطبا الحكومة العراقية "…"»: the Iraqi government is addressed; the speaker is the one before
    doc = marsad.analyze("وحذر أردوغان من عملية ضد الأكراد داخل الأراضي العراقية. وقال مخاطبا الحكومة العراقية "
                         "\"إذا كنتم ستقومون بها فقوموا بذلك\".", published="2018-03-19")
    assert only(doc, "فقوموا بذلك").speaker.name_en == "Recep Tayyip Erdogan"


def test_a_speaker_named_in_quotation_marks_is_found():
    doc = marsad.analyze('وذكر "المرصد السوري لحقوق الإنسان" أن 11 شخصا خضعوا للعلاج.')
    assert only(doc, "11 شخصا").speaker.text == "المرصد السوري لحقوق الإنسان"
    doc = marsad.analyze('وقالت "هيومن رايتس ووتش" إن السلطات اعتقلت المئات.')
    assert only(doc, "المئات").speaker.text == "هيومن رايتس ووتش"


def test_an_aside_on_where_the_speaker_is_does_not_speak():
    doc = marsad.analyze('وكان وزير الخارجية الروسي سيرغي لافروف، الموجود في أستانا عاصمة كازاخستان للمشاركة في اجتماع '
                         'حول سوريا، أكد في وقت سابق أن موسكو ستطرد دبلوماسيين بريطانيين.')
    assert only(doc, "ستطرد").speaker.text == "سيرغي لافروف"
    doc = marsad.analyze("وكان الرئيس الفرنسي إيمانويل ماكرون، الذي يزور موسكو، قال إن فرنسا ستدعم الاتفاق.")
    assert only(doc, "ستدعم").speaker.text == "إيمانويل ماكرون"


def test_a_report_described_by_the_verb_after_it_speaks_not_the_one_who_doubts_it():
    doc = marsad.analyze("وشككت موسكو في صحة ما ورد بتقرير أممي أفاد بأن صواريخ أطلقها الحوثيون تجاه السعودية العام "
                         "الماضي صنعت داخل إيران.", published="2018-02-27")
    speaker = only(doc, "صواريخ").speaker
    assert speaker.text == "تقرير أممي" and speaker.name_en == "UN report"
    assert not [e for e in doc.events if e.cameo == "112" and "Moscow" in [a.name_en for a in e.source]]


def test_the_man_a_participle_of_describing_names_is_described_not_the_speaker():
    doc = marsad.analyze('اعتبر الرئيس الفرنسي إيمانويل ماكرون أن نظيره الروسي "ليس ساذجا" واصفا بوتين خلال مقابلة مع '
                         'شبكة "فوكس نيوز" الأمريكية الأحد، بأنه "مهووس بالتدخل في شؤون ديمقراطياتنا".')
    assert only(doc, "مهووس").speaker.text == "إيمانويل ماكرون"


def test_a_participle_after_a_verb_with_a_dropped_subject_goes_on_with_the_last_speaker():
    doc = marsad.analyze("أكد عادل الجبير وزير الخارجية أن المملكة حريصة على علاقاتها. وشدد على حرص المملكة على سلامة "
                         "اليمن وشعبها، مشيراً إلى أن تدخل المملكة ودول التحالف كان بناءً على طلب من الرئيس الشرعي "
                         "عبدربه منصور هادي.", published="2015-08-11")
    assert only(doc, "تدخل المملكة").speaker.text == "عادل الجبير"
    assert not [e for e in doc.events if "Yemen" in [a.name_en for a in e.source] and e.cameo == "111"]


def test_a_feminine_verb_joined_by_waw_goes_back_to_the_state_its_sentence_opens_with():
    # Sky News Arabia, 2018-10-03: Israel said it, not Putin, whom the sentence before names
    doc = marsad.analyze("وكان وزير الدفاع الروسي، سيرغي شويغو، أبلغ الرئيس فلاديمير بوتين، الثلاثاء، أن النظام سيعزز "
                         "أمن العسكريين الروس في سوريا. وأبدت إسرائيل أسفها على مقتل 15 من أفراد سلاح الجو الروسي، "
                         "مرجعة الحادث إلى غياب الكفاءة السورية، وقالت إنها مضطرة لمواصلة اتخاذ إجراءات.",
                         published="2018-10-03")
    assert only(doc, "مضطرة").speaker.name_en == "Israel"


def test_a_region_in_a_department_s_name_does_not_speak():
    # France 24, 2018-08-13: «مديرة قسم الشرق الأوسط في منظمة هيومن رايتس ووتش»: the Middle East is her division
    doc = marsad.analyze('واعتبرت ساره ليا ويتسن، مديرة قسم الشرق الأوسط في منظمة هيومن رايتس ووتش أنه "بعد خمس سنوات '
                         'على مذبحة رابعة، كانت الاستجابة الوحيدة من السلطات هي محاولة كف يد العدالة".',
                         published="2018-08-13")
    assert only(doc, "مذبحة").speaker.name_en != "Middle East"
    # (a region may still speak by itself)
    assert only(marsad.analyze('وقالت أوروبا إنها "لن تقبل بذلك".'), "تقبل").speaker.name_en == "Europe"


def test_a_verb_or_masdar_ending_in_its_pronoun_keeps_the_man_quoted_not_the_agency_relaying():
    # «ونقلت وكالة رويترز عن … وصفه … بقوله»: only a feminine verb joined by «و» goes back to the sentence's
    # opening state or body; «بقوله» is the man the agency quotes
    doc = marsad.analyze('ونقلت وكالة رويترز عن الكولونيل جون سميث، المتحدث باسم حلف شمال الأطلسي في أفغانستان، وصفه '
                         'للجنود بقوله "إنهم هنا بدافع من شغفهم".', published="2018-03-04")
    assert only(doc, "شغفهم").speaker.text == "جون سميث"


def test_a_place_after_a_compass_noun_behind_a_preposition_does_not_speak():
    # Sky News Arabia, 2018-03-23: «محتجز الرهائن في جنوب فرنسا … مشيرة إلى أنه»: France is where he was
    doc = marsad.analyze('وكانت تقارير إعلامية، الجمعة، إن محتجز الرهائن في جنوب فرنسا "على الأرجح" مغربي الجنسية، '
                         "مشيرة إلى أنه طالب بالإفراج عن صلاح عبد السلام.", published="2018-03-23")
    quote = only(doc, "عبد السلام")
    assert quote.speaker is None or quote.speaker.name_en != "France"


def test_a_person_after_the_relayed_clauses_subject_is_no_speaker():
    # Asharq Al-Awsat, 2015-08-08: «ووفق المنظمة …، فإن الحوثيين ساقوا الجنيد «بالقوة»»: the organisation says it;
    # al-Junaid, whom the Houthis took, says nothing
    doc = marsad.analyze("دعت منظمة هيومن رايتس ووتش الحوثيين إلى الإفراج عن الناشط عبد القادر الجنيد. ووفق المنظمة "
                         "التي يوجد مقرها في نيويورك، فإن الحوثيين ساقوا الجنيد «بالقوة» من منزله في تعز. والجنيد "
                         "طبيب.", published="2015-08-08")
    quote = only(doc, "ساقوا")
    assert quote.speaker is not None and quote.speaker.name_en == "Human Rights Watch"


def test_the_counterpart_joined_by_wa_beside_the_speaker_does_not_speak():
    # «وقال في مؤتمر صحفي عقده ونظيره الألماني …»: the dropped subject (al-Jubeir) speaks, not his German counterpart
    doc = marsad.analyze("أكد وزير الخارجية السعودي عادل الجبير أن المملكة حريصة على علاقاتها مع إيران. وقال في مؤتمر "
                         "صحفي عقده ونظيره الألماني فرانك فالتر شتاينماير في برلين أمس إنه يجب على إيران تغيير "
                         "سياستها العدوانية.", published="2015-08-11")
    assert only(doc, "العدوانية").speaker.name_en == "Adel al-Jubeir"
