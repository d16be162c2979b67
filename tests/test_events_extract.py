"""Event extraction on Arabic sentences whose entities are set here (standing in for NER + linking), a few whole."""
from __future__ import annotations

import pytest

import marsad
from marsad.doc import Document, Entity, Mention, TimeExpr
from marsad.events import EventExtractor, load_lexicon
from marsad.events.actors import find_actor_spots
from marsad.events.extract import _charge_at, find_triggers
from marsad.events.participants import _attack_antecedent, adjective_of_a_governed_noun, speaks_as_i
from marsad.text.components import CliticSegmenter, SentenceSplitter, Tokenizer

# (label, Arabic surface, English name, country)
KIM = ("PER", "كيم جونغ أون", "Kim Jong Un", "KP")
PUTIN = ("PER", "بوتين", "Vladimir Putin", "RU")
RUSSIA = ("LOC", "روسيا", "Russia", "RU")
KREMLIN = ("ORG", "الكرملين", "Kremlin", "RU")


def analysed(text: str, entities: list[tuple[str, ...]], *, published: str = "2023-09-18",
             times: list[tuple[str, str]] = (), title: str | None = None) -> Document:
    """Text core + the given entities (every occurrence of each surface) + times, then events.

    An entity is (label, surface, English name, country) with, optionally, its mentions' kind («demonym»).
    """
    doc = Document.from_parts(title, text, published=published)
    for step in (SentenceSplitter(), Tokenizer(), CliticSegmenter()):  # the text core, without the registry
        doc = step(doc)
    for n, (label, surface, name_en, country, *kind) in enumerate(entities):
        mentions = []
        k = 0
        while (i := doc.text.find(surface, k)) >= 0:
            k = i + len(surface)
            if any(m.start <= i < m.end for e in doc.entities for m in e.mentions):
                continue
            mentions.append(Mention(i, i + len(surface), surface, label, kind=kind[0] if kind else "name"))
        doc.entities.append(Entity(id=f"e{n}", label=label, text=surface, mentions=mentions, name_en=name_en,
                                   country=country))
    for surface, value in times:
        i = doc.text.index(surface)
        doc.times.append(TimeExpr(i, i + len(surface), surface, "DATE", value))
    # the rules' reading of each sentence, before the confidence filter drops any event (no model readings)
    doc = EventExtractor(min_confidence=0.0, read_uncoded=False)(doc)
    assert doc.validate_offsets() == []
    return doc


def names(actors) -> list[str]:
    return [a.name_en for a in actors]


def unfiltered(text: str, published: str) -> Document:
    """The whole pipeline on the text, every event the rules coded kept (no confidence filter, no model readings):
    what a rule stops can then not pass for what the threshold dropped."""
    pipeline = marsad.Pipeline(marsad.load().names, config={"events": {"min_confidence": 0.0, "read_uncoded": False}})
    return pipeline(Document.from_parts(None, text, published=published))


def made_by(doc: Document, root: str) -> list[str | None]:
    """The first source of each event of a CAMEO root (None for an event with no source)."""
    return [e.source[0].name_en if e.source else None for e in doc.events if e.cameo.startswith(root)]


def test_events_visit_source_target_and_country_codes():
    doc = analysed("وصل الزعيم الكوري الشمالي كيم جونغ أون إلى روسيا.", [KIM, RUSSIA])
    (event,) = doc.events
    assert event.cameo == "042" and event.cameo_root == "04"
    assert names(event.source)[:2] == ["Kim Jong Un", "North Korea"]
    assert event.source[0].cameo_actor == "PRKGOV"  # «الزعيم» before the name gives the role
    assert names(event.target) == ["Russia"]
    assert event.plover == "CONSULT" and event.quad_class == 1 and event.goldstein == pytest.approx(1.9)
    assert event.trigger.text == "وصل" and not event.negated and event.modality is None


def test_events_verb_after_subject_svo():
    doc = analysed("روسيا تستدعي السفير البريطاني لوري بريستو.", [RUSSIA, ("PER", "لوري بريستو", "Laurie Bristow", "GB")])
    (event,) = doc.events
    assert event.cameo_root == "11"
    assert names(event.source) == ["Russia"]
    assert "Laurie Bristow" in names(event.target)


def test_events_negated_masdar_after_lam():
    doc = analysed("ولم يعلن الكرملين عن توقيع أي اتفاق مع كوريا الشمالية.",
                   [KREMLIN, ("LOC", "كوريا الشمالية", "North Korea", "KP")])
    (event,) = doc.events
    assert event.cameo == "057" and event.negated
    assert names(event.source)[0] == "Kremlin"


@pytest.mark.parametrize("text, negated", [
    ("ولم يجتمع بوتين بكيم جونغ أون في أي وقت مضى.", True),
    ("واجتمع بوتين بكيم جونغ أون في فلاديفوستوك.", False),
])
def test_events_negation_of_meeting(text, negated):
    doc = analysed(text, [PUTIN, KIM])
    (event,) = doc.events
    assert event.cameo_root == "04" and event.negated is negated
    assert names(event.source)[0] == "Vladimir Putin"


@pytest.mark.parametrize("text, modality", [
    ("وسيزور بوتين روسيا الشهر المقبل.", "future"),
    ("ويعتزم بوتين زيارة روسيا.", "intent"),
    ("هل يزور بوتين روسيا؟", "question"),
    ("وزار بوتين روسيا.", None),
])
def test_events_modality(text, modality):
    doc = analysed(text, [PUTIN, RUSSIA])
    assert doc.events, text
    assert doc.events[0].modality == modality


def test_events_need_a_source_no_default_code():
    # a trigger with no actor at all is not an event; a sentence without a trigger has none either
    doc = analysed("وجرت الزيارة في أجواء ودية. وقال بوتين إن الطقس جميل.", [PUTIN])
    assert doc.events == []


def test_events_mentions_of_one_visit_are_merged():
    text = "زار كيم جونغ أون روسيا أمس. واستمرت زيارة كيم جونغ أون ستة أيام. وقد وصفت زيارته بأنها تاريخية."
    doc = analysed(text, [KIM, RUSSIA])
    visits = [e for e in doc.events if e.cameo == "042"]
    assert len(visits) == 1
    assert [m.text for m in visits[0].mentions] == ["زار", "زيارة", "زيارته"]


def test_a_later_mention_naming_more_of_those_met_adds_them():
    # the headline names one of those met; the body names them all, and they all were met in the one meeting
    doc = marsad.analyze("والتقى لودريان السيسي ونظيره المصري سامح شكري وكذلك الأمين العام للجامعة العربية أحمد أبو الغيط.",
                         title="لودريان يلتقي السيسي في القاهرة", published="2018-04-29")
    (meeting,) = [e for e in doc.events if e.cameo == "040"]
    assert {"Abdel Fattah el-Sisi", "Sameh Shoukry", "Ahmed Aboul Gheit"} <= {a.name_en for a in meeting.target}
    assert len(meeting.mentions) == 2


def test_acts_on_two_bodies_of_one_country_are_two_events():
    # the country both belong to makes them no single target: each network was criticised on its own
    doc = marsad.analyze("هاجم ترامب شبكة سي إن إن. وانتقد ترامب في تغريدة ثانية شبكة إن بي سي الإخبارية.",
                         published="2018-08-30")
    assert sorted(e.target[0].name_en for e in doc.events if e.cameo_root == "11") == ["CNN", "NBC News"]
    # a ministry and its country are one side: «الخارجية الإيرانية» … «طهران» stay one event
    doc = marsad.analyze("وانتقد ترامب وزارة الخارجية الإيرانية. كما انتقد طهران لدعمها الإرهاب.", published="2018-08-30")
    assert len([e for e in doc.events if e.cameo_root == "11"]) == 1


def test_events_date_from_expression_else_published():
    doc = analysed("والتقى بوتين كيم جونغ أون يوم الأربعاء الماضي. ونفى الكرملين ذلك.",
                   [PUTIN, KIM, KREMLIN], times=[("يوم الأربعاء الماضي", "2023-09-13")])
    by_code = {e.cameo_root: e for e in doc.events}
    assert by_code["04"].date == "2023-09-13" and by_code["04"].date_source == "expression"
    assert by_code["01"].date_source in ("context", "published")


def test_events_conflict_without_other_side_is_not_coded():
    # «ندد الكرملين بالعقوبات»: a denunciation of nobody named is not a dyadic event; «نفى» stands alone
    doc = analysed("وندد الكرملين بالعقوبات.", [KREMLIN])
    assert doc.events == []


def test_events_coordinated_sources_and_clitic_forms():
    text = "وكانت السعودية والإمارات والبحرين ومصر قطعت علاقاتها مع قطر."
    ents = [("LOC", "السعودية", "Saudi Arabia", "SA"), ("LOC", "الإمارات", "United Arab Emirates", "AE"),
            ("LOC", "البحرين", "Bahrain", "BH"), ("LOC", "مصر", "Egypt", "EG"), ("LOC", "قطر", "Qatar", "QA")]
    doc = analysed(text, ents)
    (event,) = doc.events
    assert event.cameo == "161"
    assert names(event.source) == ["Saudi Arabia", "United Arab Emirates", "Bahrain", "Egypt"]
    assert names(event.target) == ["Qatar"]


def test_events_masdar_genitive_is_patient_for_violence():
    # «اعتقال القس»: the genitive is who was arrested, not who arrested; no agent → no event
    doc = analysed("وتصاعد التوتر بسبب اعتقال القس أندرو برانسون.", [("PER", "أندرو برانسون", "Andrew Brunson", "US")])
    assert doc.events == []


def test_events_protest_with_generic_actor():
    doc = analysed("وتظاهر آلاف الطلاب في القاهرة ضد الحكومة.", [("LOC", "القاهرة", "Cairo", "EG")])
    (event,) = doc.events
    assert event.cameo_root == "14" and event.plover == "PROTEST"
    assert names(event.source) == ["students"]


def test_events_lexicon_matches_clitics_and_tenses():
    lexicon = load_lexicon()
    codes = {w: {t.code for t, _ in lexicon.match_word(w)} for w in ("وسيزور", "وبزيارته", "التقت", "يلتقون")}
    assert "042" in codes["وسيزور"] and "042" in codes["وبزيارته"]
    assert "040" in codes["التقت"] and "040" in codes["يلتقون"]
    assert [f for t, f in lexicon.match_word("وسيزور") if t.code == "042"] == [True]


def test_events_component_registered_last_in_default_pipeline():
    from marsad.factories import BUILTIN_MODULES, DEFAULT_PIPELINE
    from marsad.pipeline import _REGISTRY

    assert DEFAULT_PIPELINE[-1] == "events"
    assert "marsad.events.component" in BUILTIN_MODULES
    info = _REGISTRY["events"]  # registered on import of marsad.events
    assert info.requires == ("tokens",) and info.assigns == ("events",)


def test_events_blame_in_reported_speech():
    doc = analysed("وقالت ماي إنه من المرجح للغاية أن تكون روسيا مسؤولة عن الاعتداء.",
                   [("PER", "ماي", "Theresa May", "GB"), RUSSIA])
    (event,) = doc.events
    assert event.cameo == "112"
    assert names(event.source)[0] == "Theresa May" and names(event.target) == ["Russia"]


def test_events_blame_goes_to_the_speaker_of_its_words_not_the_sentence_first_side():
    doc = marsad.analyze("ندد الرئيس الفلسطيني محمود عباس بالهجوم، وقالت الحكومة المصرية إن إسرائيل تتحمل المسؤولية.",
                         published="2018-05-01")
    (blame,) = [e for e in doc.events if e.cameo == "112"]
    assert names(blame.source)[0] == "Egypt" and names(blame.target) == ["Israel"]


def test_events_participle_takes_the_clause_subject():
    text = "وقطعت السعودية روابط السفر مع قطر متهمة إياها بمساندة إيران."
    ents = [("LOC", "السعودية", "Saudi Arabia", "SA"), ("LOC", "قطر", "Qatar", "QA"), ("LOC", "إيران", "Iran", "IR")]
    doc = analysed(text, ents)
    codes = {e.cameo: e for e in doc.events}
    assert names(codes["161"].source) == ["Saudi Arabia"] and names(codes["161"].target) == ["Qatar"]
    assert names(codes["112"].source) == ["Saudi Arabia"]


def test_events_ta_marbuta_is_not_a_pronoun():
    # «وزارة» is not «و» + «زار» + «ه»; «ضربة» is not «ضرب» + «ه»
    doc = analysed("وتتهم وزارة الخزانة الأمريكية قطر بتوجيه ضربة للتحالف.",
                   [("ORG", "وزارة الخزانة الأمريكية", "United States Department of the Treasury", "US"),
                    ("LOC", "قطر", "Qatar", "QA")])
    assert [e.cameo_root for e in doc.events] == ["11"]


def test_events_dismissing_accusations_is_a_denial():
    doc = analysed("ووصفت موسكو هذه المزاعم بأنها لا أساس لها من الصحة.", [("LOC", "موسكو", "Moscow", "RU")])
    (event,) = doc.events
    assert event.cameo == "016" and event.source[0].cameo_actor == "RUSGOV"  # a capital acts for its government


@pytest.mark.parametrize("text", [
    "وخرج آلاف الطلاب إلى الشوارع في القاهرة.",
    "ونظم الطلاب اعتصاما أمام مقر الحكومة في القاهرة.",
])
def test_events_protest_without_named_entities(text):
    doc = analysed(text, [("LOC", "القاهرة", "Cairo", "EG")])
    assert [e.cameo_root for e in doc.events] == ["14"]
    assert doc.events[0].source[0].cameo_actor in ("CVL", "EDU")


def test_events_subject_and_object_side_by_side_are_not_one_group():
    doc = analysed("وهنأ بوتين الرئيس السوري بشار الأسد على نجاحات الجيش.",
                   [PUTIN, ("PER", "الرئيس السوري بشار الأسد", "Bashar al-Assad", "SY")])
    (event,) = doc.events
    assert event.cameo == "051"
    assert names(event.source)[0] == "Vladimir Putin" and "Bashar al-Assad" not in names(event.source)
    assert names(event.target)[0] == "Bashar al-Assad"


def test_events_meetings_on_different_days_stay_apart():
    text = "التقى بوتين كيم جونغ أون اليوم في موسكو. وكان بوتين التقى كيم جونغ أون في 11 ديسمبر الماضي."
    doc = analysed(text, [PUTIN, KIM], times=[("اليوم", "2023-09-18"), ("11 ديسمبر الماضي", "2022-12-11")])
    meetings = sorted(e.date for e in doc.events if e.cameo_root == "04")
    assert meetings == ["2022-12-11", "2023-09-18"]


def test_events_a_title_and_a_date_between_a_verb_and_its_preposition_weigh_one_word():
    guterres = ("PER", "الأمين العام للأمم المتحدة أنطونيو غوتيريش", "António Guterres", "PT")
    text = ("وقد دعا الأمين العام للأمم المتحدة أنطونيو غوتيريش يوم الاثنين، الأطراف المتحاربة في سوريا إلى "
            "تنفيذ وقف إطلاق النار.")
    doc = analysed(text, [guterres], times=[("يوم الاثنين", "2023-09-18")])
    assert [(e.cameo, names(e.source)[0]) for e in doc.events if e.cameo_root == "02"] == [("020", "António Guterres")]
    # without the name and the date to pass over, the preposition is too far for the verb
    plain = text.replace("أنطونيو غوتيريش", "وأمناء آخرون كثيرون").replace("يوم الاثنين", "في الأسبوع الماضي")
    doc = analysed(plain, [])
    assert [e for e in doc.events if e.cameo_root == "02"] == []


def test_events_the_two_sides_are_those_of_the_event_before():
    putin, erdogan = ("PER", "فلاديمير بوتين", "Vladimir Putin", "RU"), ("PER", "رجب طيب أردوغان", "Recep Tayyip Erdogan", "TR")
    text = ("والتقى الرئيس الروسي فلاديمير بوتين الرئيس التركي رجب طيب أردوغان في موسكو. "
            "واتفق الجانبان على تعزيز التعاون الاقتصادي.")
    doc = analysed(text, [putin, erdogan])
    (agreed,) = [e for e in doc.events if e.cameo_root == "03"]
    assert names(agreed.source)[0] == "Vladimir Putin" and names(agreed.target)[0] == "Recep Tayyip Erdogan"
    # «الزعيمان» are two persons: a strike between countries gives them no sides
    text = "وقصفت روسيا مواقع في أوكرانيا. واتفق الزعيمان على تعزيز التعاون."
    doc = analysed(text, [("LOC", "روسيا", "Russia", "RU"), ("LOC", "أوكرانيا", "Ukraine", "UA")])
    assert [e for e in doc.events if e.cameo_root == "03"] == []


def test_events_normal_life_is_no_normalisation_and_powers_or_security_are_no_authorities_or_forces():
    aden = ("LOC", "عدن", "Aden", "YE")
    doc = analysed("وقال بحاح إن عودته جزء من تحرير عدن وتطبيع الحياة فيها.",
                   [("PER", "بحاح", "Khaled Bahah", "YE"), aden])
    assert [e for e in doc.events if e.cameo_root == "05"] == []
    doc = analysed("وأعلنت الإمارات تطبيع العلاقات مع إسرائيل.",
                   [("LOC", "الإمارات", "United Arab Emirates", "AE"), ("LOC", "إسرائيل", "Israel", "IL")])
    assert [(e.cameo, names(e.target)) for e in doc.events] == [("050", ["Israel"])]
    doc = analysed("ستستخدم الخزانة كل السلطات المالية لديها بطلب مستشار الأمن القومي، وقد اعتقلت السلطات الكعبي.", [])
    token_of = {t.start: i for i, t in enumerate(doc.tokens)}
    spots = find_actor_spots(doc, 0, len(doc.tokens), load_lexicon(), token_of)
    assert [doc.text[s.start:s.end] for s in spots if s.generic] == ["السلطات"]
    assert spots[0].start == doc.text.rindex("السلطات")


def test_events_a_pledge_is_toward_the_side_of_the_act_pledged_not_the_pledgers_own_country():
    obama, icc = ("PER", "باراك أوباما", "Barack Obama", "US"), ("ORG", "المحكمة الجنائية الدولية", "International Criminal Court", "")
    doc = analysed("وكان الرئيس الأمريكي باراك أوباما تعهد بتطوير تعاون بلاده مع المحكمة الجنائية الدولية.", [obama, icc])
    (pledge,) = [e for e in doc.events if e.cameo_root == "03"]
    assert names(pledge.source)[0] == "Barack Obama" and names(pledge.target) == ["International Criminal Court"]


def test_events_a_drone_is_no_march():
    doc = analysed("وأعلن الحوثيون أنهم هاجموا بطائرة مسيرة مصفاة في الرياض. وشارك الآلاف في مسيرة حاشدة.", [])
    marches = [doc.tokens[i].start for i, m in find_triggers(doc, load_lexicon()) if m.trigger.code[:2] == "14"]
    assert marches == [doc.text.index("مسيرة حاشدة")]


def test_events_the_target_is_past_the_sources_own_country():
    putin, russia, china = ("PER", "بوتين", "Vladimir Putin", "RU"), ("LOC", "روسيا", "Russia", "RU"), ("LOC", "الصين", "China", "CN")
    doc = analysed("وانتقد بوتين علاقات روسيا مع الصين.", [putin, russia, china])
    assert [(e.cameo, names(e.source)[0], names(e.target)) for e in doc.events] == [("111", "Vladimir Putin", ["China"])]


TURKEY = ("LOC", "تركيا", "Turkey", "TR")
ISRAEL = ("LOC", "إسرائيل", "Israel", "IL")


@pytest.mark.parametrize("text, code", [
    ("استدعت تركيا سفيرها في إسرائيل.", "161"),  # recalls her own ambassador
    ("استدعت تركيا السفير الإسرائيلي.", "111"),  # summons the other side's ambassador
    ("وخاضت تركيا حربا مع إسرائيل.", "190"),
    ("وأعربت تركيا عن ارتياحها لقرار إسرائيل.", "051"),
])
def test_events_lexicon_rows_added_in_the_twelfth_session(text, code):
    doc = analysed(text, [TURKEY, ISRAEL])
    assert [e.cameo for e in doc.events] == [code]
    assert names(doc.events[0].source) == ["Turkey"] and names(doc.events[0].target) == ["Israel"]


def test_events_side_named_in_a_loyalty_aside_is_not_the_target():
    fsa = ("ORG", "الجيش السوري الحر", "Free Syrian Army", "SY")
    ypg = ("ORG", "وحدات حماية الشعب", "People's Protection Units", "SY")
    doc = analysed("ويخوض الجيش السوري الحر، الموالي للقوات التركية، معركة مع وحدات حماية الشعب.",
                   [fsa, ("LOC", "التركية", "Turkey", "TR", "demonym"), ypg])
    (event,) = doc.events
    assert names(event.source)[0] == "Free Syrian Army"
    assert names(event.target)[0] == "People's Protection Units"


@pytest.mark.parametrize("text, events", [
    ("وقالت المنظمة إن القصف طال سوقا في مدينة تعز التي يحاصرها الحوثيون.", []),  # who holds the town: a state
    ("وحاصر الحوثيون مدينة تعز.", ["191"]),
])
def test_events_a_hold_in_a_relative_clause_is_no_event(text, events):
    doc = analysed(text, [("ORG", "الحوثيون", "Houthis", "YE"), ("LOC", "تعز", "Taiz", "YE")])
    assert [e.cameo for e in doc.events if e.cameo.startswith("19")] == events


def test_events_those_who_received_a_visitor_are_the_source():
    king = ("PER", "الملك سلمان", "King Salman", "SA")
    saud = ("PER", "الأمير سعود", "Saud bin Abdullah", "SA")
    pm = ("PER", "عبد الإله ابن كيران", "Abdelilah Benkirane", "MA")
    doc = analysed("وصل الملك سلمان إلى طنجة، وكان في استقباله بمطار طنجة عبد الإله ابن كيران. "
                   "كما كان في استقبال الملك سلمان، الأمير سعود.",
                   [king, saud, pm, ("LOC", "طنجة", "Tangier", "MA")])
    receptions = {(names(e.source)[0], names(e.target)[0]) for e in doc.events if e.cameo == "043"}
    assert receptions <= {("Abdelilah Benkirane", "King Salman"), ("Saud bin Abdullah", "King Salman")}
    assert receptions
    # with no event before it, the guest is the clause's subject
    doc = analysed("دخل كيم جونغ أون المنطقة للمرة الأولى، حيث كان في استقباله الرئيس مون جاي إن.",
                   [KIM, ("PER", "مون جاي إن", "Moon Jae-in", "KR")])
    assert [(names(e.source)[0], names(e.target)[0]) for e in doc.events if e.cameo == "043"] == [
        ("Moon Jae-in", "Kim Jong Un")]


def test_events_what_a_side_underwent_is_not_its_act():
    doc = analysed("وتتعرض ميركل حاليا لاتهامات بالتنازل أمام المتشددين.",
                   [("PER", "ميركل", "Angela Merkel", "DE")])
    assert doc.events == []  # accused by no one named: she did not accuse
    doc = analysed("وتتعرض السعودية لقصف من الحوثيين.",
                   [("LOC", "السعودية", "Saudi Arabia", "SA"), ("ORG", "الحوثيين", "Houthis", "YE")])
    (event,) = doc.events
    assert names(event.source)[0] == "Houthis" and names(event.target) == ["Saudi Arabia"]
    # «واجه» too: what a side faces is made by whoever «من» names, however the criticism is described
    doc = analysed("وتواجه إدارة ترمب انتقادات شديدة من الحزب الديمقراطي.",
                   [("PER", "ترمب", "Donald Trump", "US"), ("ORG", "الحزب الديمقراطي", "Democratic Party", "US")])
    (event,) = doc.events
    assert event.cameo[:2] == "11"
    assert names(event.source)[0] == "Democratic Party" and names(event.target)[0] == "Donald Trump"


@pytest.mark.parametrize("text, events", [
    ("وأكد أن تركيا تخوض حربا اقتصادية مع إسرائيل.", []),  # a war of trade, not of arms
    ("وتخوض تركيا معركة قانونية مع إسرائيل.", []),
    ("وتخوض تركيا الحرب التجارية مع إسرائيل منذ أشهر.", []),  # the adjective with its article
    ("وتخوض تركيا المعركة الانتخابية ضد إسرائيل.", []),
    ("وتخوض تركيا معركتها الانتخابية ضد إسرائيل.", []),  # its own
    ("وتخوض تركيا معارك عنيفة مع إسرائيل.", ["190"]),
])
def test_events_figurative_wars_are_not_fighting(text, events):
    doc = analysed(text, [TURKEY, ISRAEL])
    assert [e.cameo for e in doc.events] == events


IRAN = ("LOC", "إيران", "Iran", "IR")
USA = ("LOC", "الولايات المتحدة", "United States", "US")


@pytest.mark.parametrize("text, times, date", [
    # «غداة»: the strikes were the day before the summit held on the day of publication
    ("وانعقدت القمة غداة ضربات شنتها الولايات المتحدة على إيران.", [], "2018-04-14"),
    ("وانعقدت القمة عشية ضربات شنتها الولايات المتحدة على إيران.", [], "2018-04-16"),
    # the act's own date is told: no shift
    ("وانعقدت القمة غداة ضربات السبت شنتها الولايات المتحدة على إيران.", [("السبت", "2018-04-07")], "2018-04-07"),
    ("وشنت الولايات المتحدة ضربات على إيران.", [], "2018-04-15"),
])
def test_events_the_morning_after_and_the_eve_shift_the_date(text, times, date):
    doc = analysed(text, [USA, IRAN], published="2018-04-15", times=times)
    (event,) = [e for e in doc.events if e.cameo.startswith("19")]
    assert event.date == date


@pytest.mark.parametrize("text, times, date", [
    # a year closing the clause before a comma is that clause's; the story's day dates the meeting after it
    (("وفي الجمعة انسحبت الولايات المتحدة من الاتفاق. وتجري محادثات تستهدف إنقاذ الاتفاق عقب انسحاب الولايات "
      "المتحدة منه في وقت سابق من هذا العام، حيث يلتقي بوتين بنظرائه من إيران."),
     [("الجمعة", "2018-04-13"), ("هذا العام", "2018")], "2018-04-13"),
    # a year opening the sentence dates what follows the comma
    ("وفي عام 2011، التقى بوتين بنظرائه من إيران.", [("عام 2011", "2011")], "2011"),
])
def test_events_a_year_before_a_comma_dates_only_its_own_clause(text, times, date):
    doc = analysed(text, [USA, IRAN, PUTIN], published="2018-04-15", times=times)
    (meeting,) = [e for e in doc.events if e.cameo.startswith("04")]
    assert meeting.date == date


def test_events_a_day_in_a_relative_clause_on_a_later_noun_is_that_nouns():
    # France 24, 2018-04-13: «الأحد» is the day of the summit the meeting prepared, told in a relative clause on
    # it; the meeting's day is the sentence's, before the comma
    doc = marsad.analyze("أعلن وزراء الخارجية العرب في الرياض الخميس، خلال اجتماع تحضيري للقمة العربية التي تحتضنها "
                         "مدينة الظهران السعودية الأحد، أن القرار باطل.", published="2018-04-13")
    (meeting,) = [e for e in doc.events if e.cameo_root == "04"]
    assert meeting.date == "2018-04-12"
    # a relative clause on the trigger itself dates it
    doc = analysed("وكان لقاء بوتين بنظرائه من إيران، الذي عقد الأحد مثمرا.", [USA, IRAN, PUTIN],
                   published="2018-04-13", times=[("الأحد", "2018-04-08")])
    (meeting,) = [e for e in doc.events if e.cameo_root == "04"]
    assert meeting.date == "2018-04-08"


def test_events_a_year_in_a_relative_clause_running_on_after_a_verb_is_its_nouns():
    # «هاجم إسرائيل بشدة في خطاب، متوعدا باستعادة الجولان، الذي احتلته عام 1967»: no verb is a relative pronoun's
    # antecedent, so past the verb's complement 1967 is the occupation's year, even with no comma after it
    doc = marsad.analyze("وكان الرئيس السوري بشار الأسد قد هاجم إسرائيل بشدة في خطاب، متوعدا باستعادة الجولان، الذي "
                         "احتلته عام 1967.", published="2018-06-29")
    assert [e.date for e in EventExtractor(min_confidence=0.0)(doc).events if e.cameo_root == "11"] == ["2018-06-29"]
    # right after the subject, an aside may lack its closing comma: the date after it is the verb's own
    doc = marsad.analyze("وصافح مارتن ماكغينيس، الذي كان نائب الوزير الأول الملكة إليزابيث أثناء زيارتها بلفاست في 27 "
                         "حزيران/يونيو 2012.", published="2018-06-12")
    assert {e.date for e in EventExtractor(min_confidence=0.0)(doc).events if e.cameo_root == "04"} == {"2012-06-27"}


def test_events_blatant_is_not_travelled():
    doc = analysed("أكد الجبير أن دعم طهران للأسد وتدخلها في اليمن والعراق بشكل سافر، إضافة إلى البحرين، سبب المأساة.",
                   [("PER", "الجبير", "Adel al-Jubeir", "SA"), ("LOC", "طهران", "Iran", "IR"),
                    ("LOC", "اليمن", "Yemen", "YE"), ("LOC", "العراق", "Iraq", "IQ"), ("LOC", "البحرين", "Bahrain", "BH")])
    assert not [e for e in doc.events if e.cameo == "042"]
    doc = analysed("سافر بوتين إلى إيران.", [PUTIN, IRAN])
    assert [e.cameo for e in doc.events] == ["042"]


def test_events_a_contrast_clause_names_no_target_of_the_first():
    pa = ("ORG", "السلطة الفلسطينية", "Palestinian Authority", "PS")
    netanyahu = ("PER", "نتانياهو", "Benjamin Netanyahu", "IL")
    hamas = ("ORG", "حماس", "Hamas", "PS")
    doc = analysed('قتلت القوات الإسرائيلية 50 فلسطينيا في غزة. ونددت السلطة الفلسطينية بـ"مجزرة" فيما برر '
                   'نتانياهو اللجوء إلى العنف إزاء ما وصفه بالأعمال "الإرهابية" لحركة حماس.',
                   [("LOC", "الإسرائيلية", "Israel", "IL", "demonym"), pa, netanyahu, hamas])
    (condemned,) = [e for e in doc.events if names(e.source)[:1] == ["Palestinian Authority"]]
    assert "Hamas" not in names(condemned.target) and "Israel" in names(condemned.target)


def test_events_condemning_the_story_violence_targets_who_did_it():
    gaza = ("LOC", "غزة", "Gaza Strip", "PS")
    paris = ("LOC", "باريس", "Paris", "FR")
    doc = analysed('قتلت القوات الإسرائيلية 50 فلسطينيا في غزة. ونددت باريس "بأعمال العنف".',
                   [("LOC", "الإسرائيلية", "Israel", "IL", "demonym"), gaza, paris])
    (condemnation,) = [e for e in doc.events if e.cameo.startswith("11")]
    assert "Israel" in names(condemnation.target)
    doc = analysed('ونددت باريس "بأعمال العنف".', [paris])  # no violence told: no one to blame
    assert doc.events == []


def test_events_a_warning_to_protesters_and_a_light_verb_with_the_roots_waw():
    doc = analysed('وجهت وزارة الداخلية المغربية تحذيرا إلى المتظاهرين في جرادة.',
                   [("ORG", "وزارة الداخلية المغربية", "Moroccan Interior Ministry", "MA"),
                    ("LOC", "جرادة", "Jerada", "MA")])
    (warning,) = doc.events
    assert warning.cameo.startswith("13") and names(warning.source)[0] == "Moroccan Interior Ministry"
    assert names(warning.target) == ["protesters"]


def test_events_a_time_phrase_before_the_verb_is_no_subject():
    lavrov = ("PER", "لافروف", "Sergey Lavrov", "RU")
    doc = analysed('وقبل ساعات دعا لافروف إيران إلى "ضبط النفس".', [lavrov, IRAN])
    (call,) = doc.events
    assert names(call.source)[0] == "Sergey Lavrov" and names(call.target) == ["Iran"]


def test_events_an_agreement_concluded_in_a_relative_clause():
    doc = analysed("انسحبت الولايات المتحدة من الاتفاق النووي الذي أبرمته إيران مع القوى الكبرى.", [USA, IRAN])
    (deal,) = [e for e in doc.events if e.cameo == "057"]
    assert names(deal.source) == ["Iran"] and names(deal.target) == ["world powers"]
    # without «ـه» taking up the antecedent, the agreement is not the verb's object
    doc = analysed("انسحبت الولايات المتحدة من الاتفاق النووي الذي أبرم في فيينا مع إيران.", [USA, IRAN])
    assert [e.cameo for e in doc.events if e.cameo == "057"] == []


def test_events_a_verb_after_an_attack_noun_has_that_attack_as_subject():
    esper = ("PER", "عزيز إسبر", "Aziz Esper", "SY")
    doc = analysed("لقي عزيز إسبر مصرعه في انفجار استهدف سيارته بمدينة مصياف.",
                   [esper, ("LOC", "مصياف", "Masyaf", "SY")])
    assert all("Aziz Esper" not in names(e.source) for e in doc.events)  # the victim did not strike


@pytest.mark.parametrize("text, codes", [
    ("وتواصلت جهود التحالف للتوصل إلى حل يمنع شن هجوم على الحوثيين.", []),  # prevented: it does not happen
    ("وشن التحالف هجوما على الحوثيين.", ["190"]),
    # a side kept from acting, its act after «من»/«عن» (France 24, 2018-06-11)
    ("واجتمع المجلس في مسعى لمنع التحالف الذي تقوده السعودية من شن هجوم على الحوثيين.", []),
    ("وبحث المجلس السبل الكفيلة بثني التحالف عن شن هجوم على الحوثيين.", []),
])
def test_events_a_prevented_act_is_no_event(text, codes):
    doc = analysed(text, [("ORG", "التحالف", "Arab coalition", "SA"), ("ORG", "الحوثيين", "Houthis", "YE")])
    assert [e.cameo for e in doc.events] == codes


def test_events_a_participle_after_a_relative_clause_goes_on_from_its_antecedent():
    hunt = ("PER", "جيرمي هانت", "Jeremy Hunt", "GB")
    johnson = ("PER", "بوريس جونسون", "Boris Johnson", "GB")
    may = ("PER", "ماي", "Theresa May", "GB")
    doc = analysed("وعين جيرمي هانت وزيرا للخارجية، خلفا لبوريس جونسون، الذي استقال، متهما ماي بالسعي إلى نصف خروج.",
                   [hunt, johnson, may])
    (accusation,) = [e for e in doc.events if e.cameo == "112"]
    assert names(accusation.source)[0] == "Boris Johnson" and names(accusation.target)[0] == "Theresa May"


def test_events_the_western_powers_do_not_absorb_the_country_after_them():
    doc = analysed("واتهمت الدول الغربية دمشق باستخدام الكلور.", [("LOC", "دمشق", "Damascus", "SY")])
    (accusation,) = [e for e in doc.events if e.cameo.startswith("112")]
    assert names(accusation.source) == ["Western powers"] and names(accusation.target)[0] == "Damascus"


@pytest.mark.parametrize("text, sources", [
    ("واستهدفت قنبلة موكب رامي الحمدالله في غزة.", []),  # a bomb struck: no one is named
    ("وشنت إسرائيل ضربات على موكب رامي الحمدالله في غزة.", ["Israel"]),  # «ضربات» is what Israel launched
])
def test_events_an_attack_noun_as_subject_names_no_source(text, sources):
    doc = analysed(text, [("PER", "رامي الحمدالله", "Rami Hamdallah", "PS"), ISRAEL, ("LOC", "غزة", "Gaza Strip", "PS")])
    assert [names(e.source)[0] for e in doc.events] == sources


def test_events_an_agreement_signed_in_an_indefinite_relative_clause():
    doc = analysed("انسحبت واشنطن من اتفاق تاريخي وقعته الدول الكبرى مع إيران.",
                   [("LOC", "واشنطن", "Washington", "US"), IRAN])
    (signing,) = [e for e in doc.events if e.cameo == "057"]
    assert names(signing.source)[0] == "world powers" and names(signing.target) == ["Iran"]


def test_events_an_envoy_is_named_after_where_he_is_posted():
    un = ("ORG", "الأمم المتحدة", "United Nations", None)
    griffiths = ("PER", "مارتن غريفيث", "Martin Griffiths", "GB")
    yemen = ("LOC", "اليمن", "Yemen", "YE")
    sanaa = ("LOC", "صنعاء", "Sanaa", "YE")
    doc = analysed("وزار مبعوث الأمم المتحدة إلى اليمن مارتن غريفيث صنعاء.", [un, griffiths, yemen, sanaa])
    (visit,) = doc.events
    assert "Martin Griffiths" in names(visit.source) and names(visit.target)[0] == "Sanaa"


def test_events_an_appeal_with_no_one_named_is_to_the_side_last_dealt_with():
    swiss = ("LOC", "سويسرا", "Switzerland", "CH")
    doc = analysed("واستدعت سويسرا سفير إيران. ودعت سويسرا إلى توضيح ملابسات الحادث.", [swiss, IRAN])
    appeal = next(e for e in doc.events if e.cameo_root == "02")
    assert names(appeal.target) == ["Iran"]


def test_events_strikes_on_another_day_of_a_campaign_are_an_event_of_their_own():
    syria = ("LOC", "سوريا", "Syria", "SY")
    ghouta = ("LOC", "الغوطة", "Eastern Ghouta", "SY")
    doc = analysed("وقصفت سوريا الغوطة الأحد. وقال المرصد إن 29 مدنيا قتلوا في غارات جوية على الغوطة السبت.",
                   [syria, ghouta], published="2018-02-24", times=[("الأحد", "2018-02-18"), ("السبت", "2018-02-24")])
    strikes = sorted((e.date, e.source[0].name_en) for e in doc.events if e.cameo_root == "19")
    assert strikes == [("2018-02-18", "Syria"), ("2018-02-24", "Syria")]


def test_events_those_killed_in_a_relative_clause_did_not_kill():
    doc = analysed("وارتفع عدد السوريين الذين قتلوا منذ بدء الحرب في حلب.",
                   [("LOC", "السوريين", "Syria", "SY"), ("LOC", "حلب", "Aleppo", "SY")])
    assert not [e for e in doc.events if e.cameo_root == "18"]  # «الذين قُتلوا»: who were killed


WASHINGTON = ("LOC", "واشنطن", "Washington", "US")


@pytest.mark.parametrize("text", ["صوتت روسيا في مجلس الأمن ضد قرار صاغته واشنطن.",
                                  "وجاء ذلك بعد تصويت روسيا ضد قرار صاغته واشنطن."])
def test_events_voting_against_a_sides_resolution_rejects_it(text):
    doc = analysed(text, [RUSSIA, WASHINGTON], published="2018-04-11")
    (event,) = [e for e in doc.events if e.cameo_root == "12"]
    assert names(event.source) == ["Russia"] and names(event.target)[0] == "Washington"
    # voting for something is no rejection
    assert not [e for e in analysed("وصوت البرلمان لصالح القانون.", []).events if e.cameo_root == "12"]


def test_events_a_list_of_those_met_goes_on_after_and_also():
    # France 24, 2018-04-29: «… سامح شكري وكذلك الأمين العام للجامعة العربية أحمد أبو الغيط»: all three were met
    doc = marsad.analyze("والتقى لودريان، الذي وصل مساء السبت إلى العاصمة المصرية، السيسي ونظيره المصري سامح شكري "
                         "وكذلك الأمين العام للجامعة العربية أحمد أبو الغيط.", published="2018-04-29")
    (meeting,) = [e for e in doc.events if e.cameo_root == "04" and e.cameo == "040"]
    assert names(meeting.source)[:1] == ["Jean-Yves Le Drian"]
    assert {"Abdel Fattah el-Sisi", "Sameh Shoukry", "Ahmed Aboul Gheit"} <= set(names(meeting.target))


def test_events_a_visit_requested_is_an_appeal_not_a_visit():
    # Asharq al-Awsat, 2015-08-05: «طلب هادي … زيارة القوات البحرية المصرية إلى عدن»: asked for, not made
    doc = marsad.analyze("وقال الوزير إن الرئيس اليمني عبد ربه منصور هادي طلب خلال اللقاء زيارة القوات البحرية "
                         "المصرية إلى عدن.",
                         published="2015-08-05")
    (appeal,) = [e for e in doc.events if e.cameo_root == "02"]
    assert names(appeal.source)[0] == "Abdrabbuh Mansur Hadi" and "Egypt" in names(appeal.target)
    assert not [e for e in doc.events if e.cameo_root == "04"]


@pytest.mark.parametrize("text, code", [
    ("وأعلنت بوروندي الانسحاب من المحكمة الجنائية الدولية.", "160"),  # a body left: relations reduced
    ("وانسحبت القوات الروسية من مدينة حلب.", "087"),  # a town left: a military withdrawal
])
def test_events_withdrawing_from_a_body_is_not_a_retreat(text, code):
    doc = marsad.analyze(text, published="2018-09-10")
    assert [e.cameo for e in doc.events] == [code]


def test_events_troops_deployed_in_a_place_are_deployed_against_it():
    # Asharq al-Awsat, 2015-08-02: «نشرت كابول حوالى 5000 جندي في فارياب»: the verb deploys (154), to Faryab
    doc = marsad.analyze("ونشرت كابول حوالى 5000 جندي في فارياب.", published="2015-08-02")
    (deployment,) = [e for e in doc.events if e.cameo == "154"]
    assert any("Faryab" in (a.name_en or "") for a in deployment.target)
    # a paper publishing a report deploys nothing
    doc = marsad.analyze("ونشرت الصحيفة تقريرا عن القوات الأمريكية في سوريا.", published="2015-08-02")
    assert not [e for e in doc.events if e.cameo.startswith("15")]


@pytest.mark.parametrize("text, deployed", [
    ("ونشرت روسيا قوات عسكرية في سوريا بعد أن طلبت الحكومة ذلك.", True),
    ("ونشرت وكالة الأنباء الإماراتية (وام) أن قوات التحالف العربي رصدت أعمالا تخريبية.", False),  # published
    ("ونشرت الصحيفة صورا للقوات الروسية في سوريا.", False),
    # SaudiNewsNet, 2015-08-10: armour is deployed too, but pictures of tanks are only published
    ("ونشرت روسيا أمس مدرعاتها في مدينة حلب.", True),
    ("ونشرت الصحيفة صورا لدبابات روسية في سوريا.", False),
    ("أنقرة تحذر النظام السوري من نشر قوات عسكرية في عفرين.", False),  # warned against, not done
])
def test_events_forces_deployed_not_news_published_nor_feared(text, deployed):
    doc = marsad.analyze(text, published="2018-06-15")
    assert bool([e for e in doc.events if e.cameo == "154"]) is deployed


def test_events_an_act_to_be_ended_is_not_done_anew():
    # «دعا غوتيريش إلى إنهاء الحصار على قطاع غزة»: an appeal about Gaza, no blockade coded as done
    doc = marsad.analyze("ودعا الأمين العام للأمم المتحدة أنطونيو غوتيريش إلى إنهاء الحصار على قطاع غزة.",
                         published="2018-06-15")
    assert [e.cameo for e in doc.events] == ["020"]
    assert [a.name_en for a in doc.events[0].target][:1] == ["Gaza Strip"]


def test_events_a_whereas_clause_brings_its_own_subject():
    # «وتسيطر الحكومة التي تدعمها الأمم المتحدة على طرابلس نظريا، بينما تسيطر الجماعات المسلحة»: the armed groups
    # hold the rest, not the UN (nor the government) of the first clause
    doc = marsad.analyze("وتسيطر الحكومة التي تدعمها الأمم المتحدة على طرابلس نظريا، بينما تسيطر الجماعات المسلحة "
                         "فعليا على أغلب مناطق البلاد.", published="2018-09-01")
    assert "United Nations" not in made_by(doc, "19")


def test_events_phones_counted_are_devices_not_calls():
    doc = marsad.analyze("حتى أن شركة فورد باعت 1.4 مليون هاتف من هذا النوع.", published="2018-09-01")
    assert not [e for e in doc.events if e.cameo.startswith("04")]


def test_events_a_feminine_verb_does_not_take_a_mans_title_as_subject():
    # «ألمانيا تنفذ عملية … عندما خطفت الزعيم الإيطالي بينيتو موسوليني»: Germany seized him
    doc = marsad.analyze("ألمانيا تنفذ عملية كوماندوس جريئة عندما خطفت الزعيم الإيطالي بينيتو موسوليني من منفاه.",
                         published="2018-09-12")
    (seizure,) = [e for e in doc.events if e.cameo.startswith("18")]
    assert seizure.source[0].name_en == "Germany" and seizure.target[0].name_en == "Benito Mussolini"


@pytest.mark.parametrize("text, tour", [
    ('وفازت سعاد عبد الرحيم بالمنصب في الجولة الثانية من تصويت الأعضاء.', False),  # a round of voting
    ("وبدأ وزير الخارجية جولة في المنطقة تشمل مصر والأردن.", True),
])
def test_events_a_round_of_voting_is_no_tour(text, tour):
    doc = marsad.analyze(text, published="2018-07-03")
    words = {doc.tokens[i].text for i, _ in find_triggers(doc, load_lexicon())}
    assert any("جولة" in w for w in words) is tour


def trigger_codes(text: str, published: str) -> dict[str, str]:
    """Each trigger word of the analysed text with the CAMEO code its dictionary row gives."""
    doc = marsad.analyze(text, published=published)
    return {doc.tokens[i].text: m.trigger.code for i, m in find_triggers(doc, load_lexicon())}


def test_a_withdrawal_from_it_goes_back_to_the_agreement_named_before():
    # France 24, 2018-05-16: «منه» is the nuclear deal, so this is a withdrawal from an agreement (160)
    assert trigger_codes("وبدأت هذه الأطراف مفاوضات للإبقاء على الاتفاق النووي بعد انسحاب واشنطن منه.",
                         "2018-05-16")["انسحاب"] == "160"
    # troops withdrawing from a town are a military withdrawal (087)
    assert trigger_codes("وسيطرت القوات على المدينة بعد انسحاب المسلحين منها.", "2018-05-16")["انسحاب"] == "087"


def test_events_a_handshake_between_leaders_is_a_meeting():
    doc = marsad.analyze("خلال حفل تأبين نلسون مانديلا، سلطت الأضواء على مصافحة الرئيس الأمريكي باراك أوباما للكوبي راؤول "
                         "كاسترو.", published="2013-12-10")
    assert [(e.cameo, names(e.source)[:1], names(e.target)[:1]) for e in doc.events] == [
        ("040", ["Barack Obama"], ["Raúl Castro"])]


def test_events_the_two_sides_as_subject_of_a_light_verb_before_the_verbal_noun():
    # «ولم يعقد الجانبان أي مفاوضات»: the two sides of the sentence before, talks negated
    doc = marsad.analyze("وقالت بوليساريو هذا الشهر إنها مستعدة للدخول في مفاوضات مباشرة مع المغرب. ولم يعقد الجانبان أي "
                         "مفاوضات مباشرة منذ عام 2012.", published="2018-02-27")
    talks = [e for e in doc.events if e.cameo == "046"]
    assert [(names(e.source)[:1], names(e.target)[:1], e.negated) for e in talks] == [
        (["Polisario Front"], ["Morocco"], True)]


def test_events_a_ta_noun_after_a_preposition_is_no_past_verb():
    # «على قبضتهم»: their grip (the noun «قبضة»), not «قبضتْهم» (she arrested them); a bare masdar there still is one
    assert "قبضتهم" not in trigger_codes("ويحاول الحوثيون الحفاظ على قبضتهم الأمنية على المدينة.", "2018-06-15")
    assert trigger_codes("وتدخلت السعودية بناء على طلب من الرئيس عبد ربه منصور هادي.", "2018-06-15").get(
        "طلب", "")[:2] == "02"


def test_events_liqaa_before_a_payment_is_in_exchange_for_not_a_meeting():
    assert "لقاء" not in trigger_codes("أفرج التنظيم عن ستة رهائن لقاء إفراج النظام السوري عن نساء معتقلات لديه.",
                                      "2018-08-10")
    assert trigger_codes("وقال ترامب إنه يتوقع لقاء كيم في مايو.", "2018-08-10").get("لقاء", "")[:2] == "04"


def test_events_the_medium_an_act_went_through_is_no_target():
    doc = marsad.analyze("وأعلنت وزارة الدفاع الإسبانية توقيع الاتفاق عبر موقع تويتر.", published="2018-04-12")
    assert all("Twitter" not in names(e.target) for e in doc.events)
    banned = marsad.analyze("وأعلنت الحكومة التركية حظر موقع تويتر.", published="2018-04-12")
    assert any("Twitter" in names(e.target) for e in banned.events)  # what is banned is acted on


def test_events_apart_from_is_no_promise():
    doc = marsad.analyze("وعدا عن خلافه مع الرئيس الفرنسي إيمانويل ماكرون، يواجه ترامب ضغوطا داخلية.",
                         published="2018-09-30")
    assert not [e for e in doc.events if e.cameo.startswith("03")]


def test_events_the_seat_a_meeting_was_held_in_is_not_whom_one_met():
    doc = marsad.analyze("التقى وزير الخارجية الأمريكي مايك بومبيو في مقر وزارة الخارجية المصرية نظيره الأردني أيمن"
                         " الصفدي.", published="2018-06-12")
    (meeting,) = [e for e in doc.events if e.cameo.startswith("04")]
    assert names(meeting.target)[0] == "Ayman Safadi"


def test_events_an_international_official_acts_for_his_body_not_his_nationality():
    doc = marsad.analyze("أعرب الأمين العام للأمم المتحدة أنطونيو غوتيريس عن قلقه الشديد إزاء الهجوم على إدلب. كما دعا "
                         "الأمين العام روسيا إلى ضبط النفس.", published="2018-10-20")
    (call,) = [e for e in doc.events if e.cameo.startswith("02")]
    assert names(call.source) == ["António Guterres", "United Nations"]  # the bare title is the one named before
    assert names(call.target) == ["Russia"]


def test_events_a_side_after_a_waw_the_segmenter_left_on_its_word_is_still_listed():
    doc = marsad.analyze("وإثر ذلك قطعت اليمن وجزر المالديف وليبيا علاقاتها مع قطر.", published="2017-06-06")
    (cut,) = doc.events
    assert names(cut.source) == ["Yemen", "Maldives", "Libya"] and names(cut.target) == ["Qatar"]


def test_events_one_side_before_the_responsibility_is_the_one_held_responsible():
    doc = marsad.analyze("ووصفت وزارة الخارجية الإسرائيلية التجمع بأنه محاولة متعمدة لخلق سبب للمواجهة، وحملت حماس "
                         "والمنظمات الفلسطينية المشاركة في المبادرة المسؤولية.", published="2018-03-31")
    (blame,) = [e for e in doc.events if e.cameo.startswith("112")]
    assert names(blame.source)[0] == "Israeli Foreign Ministry" and names(blame.target)[0] == "Hamas"
    both = marsad.analyze("وحملت حماس والفصائل الفلسطينية إسرائيل المسؤولية.", published="2018-03-31")
    (blame,) = both.events
    assert names(blame.source)[0] == "Hamas" and names(blame.target) == ["Israel"]


def test_events_a_word_that_opens_a_time_is_no_trigger():
    doc = marsad.analyze("أدانت المملكة الجريمة الإرهابية التي نفذها مستوطنون إسرائيليون فجر أول من أمس.",
                         published="2015-08-02")
    assert not [e for e in doc.events if e.cameo.startswith("18")]  # dawn, no bombing
    bombed = marsad.analyze("فجر انتحاري نفسه يوم الجمعة في سوق ببغداد.", published="2015-08-02")
    assert [e.cameo for e in bombed.events] == ["183"]


def test_events_a_count_of_sides_after_waw_still_lists_them():
    doc = marsad.analyze("واتهمت أوكرانيا والعديد من الدول الغربية روسيا بإسقاط الطائرة.", published="2015-08-11")
    (accusation,) = doc.events
    assert names(accusation.source) == ["Ukraine", "Western powers"] and names(accusation.target) == ["Russia"]


def test_events_a_list_behind_a_preposition_is_no_subject_before_its_verb():
    doc = marsad.analyze("مستخدمو ومشترو البولي إثيلين في مصر وتركيا يفاوضون منتجا سعوديا رئيسيا لخفض الأسعار.",
                         published="2015-08-06")
    assert not doc.events  # users in Egypt and Turkey negotiate; the countries do not
    stormed = marsad.analyze("أدى مشروع تعديل دستوري إلى صدامات أمس بين الشرطة ومتظاهرين اجتاحوا مبنى البرلمان.",
                             published="2017-04-01")
    assert [names(e.source) for e in stormed.events] == [["protesters"]]


def test_events_what_a_denied_report_is_about_is_negated():
    # (the visit the rules code: «زيارته», the pronoun's own, is a model reading that retraining moves under its bar)
    doc = marsad.analyze("نفى رئيس كتلة حركة النهضة، نور الدين البحيري اليوم الخبر الذي تداولته بعض وسائل الإعلام "
                         "بخصوص زيارة راشد الغنوشي لسليم شيبوب في منزله.", published="2016-01-01")
    (visit,) = [e for e in doc.events if e.cameo.startswith("04")]
    assert visit.negated


def test_events_intercession_with_a_side_is_no_meddling():
    doc = marsad.analyze("وأكد رئيس حركة النهضة راشد الغنوشي تدخله لدى الجانب السعودي من أجل إطفاء الحريق.",
                         published="2016-01-01")
    assert not [e for e in doc.events if e.cameo.startswith("11")]


def test_events_a_joint_statement_s_issuer_named_after_fihi_is_the_subject():
    doc = marsad.analyze("أصدرت السعودية وبريطانيا في ختام زيارة ولي العهد السعودي الأمير محمد بن سلمان للمملكة "
                         "المتحدة، الجمعة، بيانا مشتركا أشادت فيه بريطانيا بجهود السعودية في مكافحة الإرهاب.",
                         published="2018-03-09")
    (praise,) = [e for e in doc.events if e.cameo.startswith("05")]
    assert names(praise.source) == ["United Kingdom"] and names(praise.target) == ["Saudi Arabia"]


def test_events_a_bare_surname_left_apart_is_not_the_other_side_of_its_bearer():
    from marsad.doc import Entity, Mention
    from marsad.events.actors import ActorSpot
    from marsad.events.participants import names_part_of

    def spot(name: str) -> ActorSpot:
        return ActorSpot(0, 1, 0, 3, Entity(id=name, label="PER", text=name, name_en=name,
                                            mentions=[Mention(0, 3, name, "PER")]))
    assert names_part_of(spot("Kim"), spot("Kim Jong Un")) and names_part_of(spot("Trump"), spot("Donald Trump"))
    assert not names_part_of(spot("Jong"), spot("Kim Jong Un")) and not names_part_of(spot("Kim"), spot("Kim"))


def test_events_the_side_iyyahum_takes_up_again_is_accused_not_accusing():
    doc = marsad.analyze("وانتقد الملياردير الجمهوري المهاجرين المكسيكيين السريين متهما اياهم بانهم ينقلون المخدرات "
                         "الى الولايات المتحدة.", published="2015-08-07")
    assert not [e for e in doc.events if "Mexico" in names(e.source)]
    cut = marsad.analyze("وقطعت السعودية علاقاتها مع قطر متهمة إياها بدعم الإرهاب.", published="2017-06-05")
    (accusation,) = [e for e in cut.events if e.cameo.startswith("112")]
    assert names(accusation.source) == ["Saudi Arabia"] and names(accusation.target) == ["Qatar"]


def test_events_an_appeal_in_court_is_no_stabbing_but_a_knife_is():
    appeal = marsad.analyze("رفضت محكمة الاستئناف في باريس، الخميس، طعنا تقدم به طارق رمضان من أجل إطلاق سراحه.",
                            published="2018-02-22")
    assert not [m for _, m in find_triggers(appeal, load_lexicon()) if m.trigger.code[:2] == "18"]
    ruling = marsad.analyze("وقالت وزارة العدل إنها ستطعن على حكم أصدرته قاضية اتحادية.", published="2018-06-01")
    assert not [m for _, m in find_triggers(ruling, load_lexicon()) if m.trigger.code[:2] == "18"]
    stabbing = marsad.analyze("طعن فلسطيني جنديا إسرائيليا بسكين قرب محكمة عوفر.", published="2018-06-01")
    assert [m for _, m in find_triggers(stabbing, load_lexicon()) if m.trigger.code[:2] == "18"]


def test_events_a_vehicle_s_route_and_consequences_reaching_are_no_journey():
    plane = marsad.analyze("وقالت وسائل إعلام محلية إن الطائرة، التي كانت متوجهة إلى مطار وهران، كانت تقل أكثر "
                           "من مئتي راكب.", published="2018-04-11")
    assert not [e for e in plane.events if e.cameo_root == "04"]
    spread = marsad.analyze("اقتربت القوات اليمنية من ميناء الحديدة، وستصل تداعيات المعركة إلى الجبهات الأخرى "
                            "مع الحوثيين.", published="2018-05-29")
    assert not [e for e in spread.events if e.cameo_root == "04"]
    envoy = marsad.analyze("وصل وزير الخارجية الروسي سيرغي لافروف إلى دمشق.", published="2018-05-29")
    assert [e for e in envoy.events if e.cameo_root == "04"]


def test_events_an_indefinite_nisba_after_a_count_or_a_definite_word_is_people_arrested():
    police = marsad.analyze("اعتقلت الشرطة الإسرائيلية فلسطينيا في الخليل.", published="2018-06-01")
    (arrest,) = [e for e in police.events if e.cameo.startswith("17")]
    assert names(arrest.target) == ["Palestine"]
    counted = marsad.analyze("أعلنت السلطات البحرينية اعتقال 14 إيرانيا دخلوا البلاد بجوازات مزورة.",
                             published="2018-06-01")
    (arrest,) = [e for e in counted.events if e.cameo.startswith("17")]
    assert names(arrest.target) == ["Iran"]
    # «جنديا إسرائيليا»: the accusative soldier is the object, not a genitive that makes the gunman a soldier
    soldier = marsad.analyze("طعن مسلح جنديا إسرائيليا بسكين.", published="2018-06-01")
    (stabbing,) = soldier.events
    assert names(stabbing.source) == ["gunman"] and names(stabbing.target) == ["Israeli soldier", "Israel"]
    # «أن جنديا أميركيا قتل»: the accusative after «أن» with no object is who was killed, not who killed
    killed = marsad.analyze("أعلن الجيش الأميركي بالعراق أمس أن جنديا أميركيا قتل وأصيب 10 آخرون في هجوم انتحاري "
                            "بمحافظة ديالى.", published="2007-05-01")
    assert not [e for e in killed.events if "American soldier" in names(e.source)]
    bomber = marsad.analyze("وأفاد مسؤولون بأن مهاجما انتحاريا فجر نفسه خارج مكتب شركة للأمن.", published="2007-05-01")
    assert [names(e.source) for e in bomber.events] == [["suicide bomber"]]
    # «حلفائها الروس والإيرانيين»: a definite nisba after «و» is the allies' adjective, no people of its own
    allies = marsad.analyze("وتحاصرها القوات السورية منذ عام 2013 بدعم من حلفائها الروس والإيرانيين.",
                            published="2018-02-26")
    assert not [e for e in allies.events if e.cameo.startswith("19") and "Iran" in names(e.target)]


def test_events_words_denied_by_ghayr_condemn_no_one_unless_unjustified():
    calm = marsad.analyze('وقال ساندرز: "هناك عشرات الآلاف في احتجاجات غير عدوانية، وهناك 20 فلسطينيا قتلوا".',
                          published="2018-04-08")
    assert not [e for e in calm.events if e.cameo.startswith("11")]
    unjust = marsad.analyze('وقال بيسكوف إن "رد فعل واشنطن غير مبرر".', published="2018-04-08")
    assert [e for e in unjust.events if e.cameo.startswith("11")]


def test_events_the_nearest_complement_picks_the_row():
    summons = marsad.analyze("العراق يستدعي سفير تركيا لمطالبته بسحب قوات بلاده.", published="2018-06-01")
    assert [e.cameo for e in summons.events] == ["111"]  # the ambassador summoned, no forces called in
    appeal = marsad.analyze("دعا الملك رئيس الحكومة الجديدة إلى إطلاق حوار مع الأحزاب.", published="2018-06-01")
    assert [m.trigger.code for _, m in find_triggers(appeal, load_lexicon())] == ["026"]  # talks, not a bare «إلى»


def test_events_a_blame_verb_after_a_conjunction_takes_the_clause_s_subject():
    doc = marsad.analyze("انتقد ترامب الاتفاق وألقى باللوم على إيران.", published="2018-05-25")
    (blame,) = [e for e in doc.events if e.cameo == "112"]
    assert names(blame.source) == ["Donald Trump", "United States"] and names(blame.target) == ["Iran"]


def test_events_by_way_of_is_no_road_blocked():
    doc = marsad.analyze("ومن شأن ذلك قطع الإمدادات الإيرانية للحوثيين عن طريق البحر.", published="2018-05-29")
    assert not [m for _, m in find_triggers(doc, load_lexicon()) if m.trigger.code == "144"]
    road = marsad.analyze("وقطع المحتجون الطريق الرئيسي في بيروت.", published="2018-05-29")
    assert [m for _, m in find_triggers(road, load_lexicon()) if m.trigger.code == "144"]


def test_events_north_of_a_place_is_where_and_the_media_who_told_a_killing_did_not_kill():
    strikes = marsad.analyze("وكثيرا ما تنفذ تركيا ضربات شمالي العراقي.", published="2018-03-19")
    (strike,) = strikes.events
    assert names(strike.source) == ["Turkey"]
    told = marsad.analyze("أعلنت وسائل إعلام سورية، اغتيال عزيز اسبر، مدير مركز البحوث العلمية، في مدينة مصياف.",
                          published="2018-08-05")
    assert not [e for e in told.events if "Syria" in names(e.source)]
    group = marsad.analyze("وأعلنت كتيبة أبو عمارة وهي جماعة معارضة مسلحة تابعة لهيئة تحرير الشام، مسؤوليتها "
                           "عن الهجوم.", published="2018-08-05")
    assert not [m for _, m in find_triggers(group, load_lexicon()) if m.trigger.code.startswith("12")]


def test_events_an_accident_an_announced_loss_of_one_s_own_and_a_counted_arrest_have_no_killer_or_arrester():
    crash = marsad.analyze("أعلنت وزارة الحرس الوطني السعودية، الخميس، مقتل مدرب أمريكي في حادث تحطم مروحية "
                           "بالرياض.", published="2018-06-01")
    assert not crash.events
    own = marsad.analyze("أعلن الجيش التركي مقتل ثمانية من جنوده في اشتباكات بمدينة عفرين شمالي سوريا.",
                         published="2018-02-10")
    assert not [e for e in own.events if "Turkey" in names(e.source)]
    enemy = marsad.analyze("أعلن الجيش الإسرائيلي مقتل ثلاثة مسلحين فلسطينيين في غزة.", published="2018-06-01")
    assert [names(e.source)[0] for e in enemy.events] == ["Israel Defense Forces"]
    counted = marsad.analyze("وقد اعتقل عشرات الآلاف من الأفراد في مصر منذ 2013، حينما أطاح الجيش بالرئيس محمد مرسي.",
                             published="2018-06-01")
    assert not [e for e in counted.events if e.cameo.startswith("17")]
    told = marsad.analyze("وتشير تقارير إلى أن السلطات السعودية اعتقلت العشرات من نشطاء حقوق الإنسان.",
                          published="2018-06-01")
    assert [e for e in told.events if e.cameo.startswith("17")]
    taliban = marsad.analyze("وكانت حركة طالبان قد خطفت 23 من الكوريين الجنوبيين في 19 يوليو الماضي.",
                             published="2007-08-12")  # the subject before «قد»: active
    assert [names(e.source)[0] for e in taliban.events if e.cameo.startswith("18")] == ["Taliban"]


def test_events_a_price_threatens_only_when_paid():
    cheap = marsad.analyze('ويضيف باريش أن "تركيا أضحت وجهة سياحية رخيصة الثمن ولم تعد تجذب أوروبا".',
                           published="2018-08-13")
    assert not [e for e in cheap.events if e.cameo.startswith("13")]
    paid = marsad.analyze('وقال أردوغان إن "الولايات المتحدة ستدفع الثمن".', published="2018-08-13")
    assert [e for e in paid.events if e.cameo.startswith("13")]


def test_events_any_act_under_a_negator_is_denied_and_a_course_of_charity_is_no_march():
    none = marsad.analyze("وأكد مسهور أن محافظة عدن لم تشهد خلال اليومين الأخيرين أي عملية استهداف صاروخي من "
                          "الحوثيين.", published="2015-08-01")
    assert [e.negated for e in none.events if e.cameo.startswith("19")] == [True]
    charity = marsad.analyze("واختتمت الجمعية مشروعاتها الرمضانية لتعزز مسيرة الإحسان في محافظة القنفذة.",
                             published="2015-08-01")
    assert not [m for _, m in find_triggers(charity, load_lexicon()) if m.trigger.code.startswith("14")]


def test_events_a_deputy_stands_for_his_master_s_country_and_our_own_intervention_condemns_no_one():
    deputy = marsad.analyze("نائب ترامب ينتقد الصين بشدة.", published="2018-10-05")
    (criticism,) = deputy.events
    assert names(criticism.source) == ["United States"] and names(criticism.target) == ["China"]
    ours = marsad.analyze('وقال جاويش أوغلو: "نحن قمنا بالتدخل للدفاع عن أنفسنا، وهذا حق تكفله القوانين الدولية '
                          'والأمم المتحدة".', published="2018-03-20")
    assert not [e for e in ours.events if e.cameo.startswith("11")]


def test_events_a_killing_s_genitive_described_by_a_nisba_is_who_was_killed():
    doc = marsad.analyze("نقلت السلطات الشرطيين اللذين شاركا في قتل التونسي أنيس العامري، منفذ عملية الدهس في "
                         "العاصمة الألمانية برلين إلى مكان سري.", published="2018-06-01")
    assert not [e for e in doc.events if "Anis al-Ammeri" in names(e.source)]


def test_events_a_tanwin_faail_is_the_speaker_s_participle_and_a_body_told_earlier_keeps_its_nisba():
    text = ("قال وزير الخارجية الأردني، أيمن الصفدي، إن بلاده تحملت أوضاعاً صعبة، معبراً عن فخره بالطريقة التي عبر "
            "فيها الأردنيون عن آرائهم في مظاهرات سلمية، وطالباً في الوقت ذاته المساعدة من المجتمع الدولي.")
    doc = marsad.analyze(text, published="2018-06-10")
    (demand,) = [e for e in doc.events if e.cameo.startswith("10")]
    assert names(demand.source)[0] == "Ayman Safadi"
    text = ("وقال الناطق الرسمي باسم الحكومة الأردنية، محمد المومني، إنه وبعد دراسة أسباب الأزمة التي تشهدها العلاقات "
            "بين جمهورية مصر العربية والمملكة العربية السعودية ودولة الإمارات العربية المتحدة ومملكة البحرين وبين "
            "دولة قطر، قررت الحكومة تخفيض مستوى التمثيل الدبلوماسي مع دولة قطر.")
    doc = marsad.analyze(text, published="2017-06-06")
    (cut,) = [e for e in doc.events if e.cameo.startswith("16")]
    assert names(cut.source) == ["Jordanian government", "Jordan"] and names(cut.target) == ["Qatar"]


def test_kb_saudi_youth_is_no_football_club():
    doc = marsad.analyze("المطلق يحث الشباب السعودي على تعدد الزوجات.", published="2015-06-01")
    assert not [e for e in doc.entities if e.name_en and "Shabab" in e.name_en]


def test_events_a_denial_with_its_conjunction_negates_its_object_but_not_a_verb_of_its_own():
    visit = marsad.analyze("ونفت الخارجية الإيرانية زيارة ظريف وتوقيع الاتفاق.", published="2018-04-01")
    assert [e.negated for e in visit.events if e.cameo.startswith("04")] == [True]
    described = marsad.analyze('في المقابل، نفت السلطات البريطانية الاتهامات الروسية ووصفتها بأنها "مزاعم مثيرة '
                               'للسخرية".', published="2018-04-01")
    assert described.events and not [e for e in described.events if e.negated]


def test_events_a_blame_joined_after_a_comma_goes_on_with_the_sentence_s_subject():
    doc = marsad.analyze("من جهته لجأ الجيش الاسرائيلي إلى إلقاء منشورات، وحمّل حركة حماس التي تسيطر على قطاع "
                         "غزة المسؤولية عن الأحداث الدامية.", published="2018-04-01")
    (blame,) = doc.events
    assert names(blame.source)[0] == "Israel Defense Forces" and names(blame.target)[0] == "Hamas"


def test_events_a_joined_accusation_names_the_accused_before_the_charge():
    doc = marsad.analyze("وتعرض أبو مازن لقضية المصالحة واتهم حماس بالإقدام علي اختطاف ثلاثة من المستوطنين.",
                         published="2015-08-01")
    (accusation,) = [e for e in doc.events if e.cameo == "112"]
    assert names(accusation.source)[0] == "Mahmoud Abbas" and names(accusation.target)[0] == "Hamas"


def test_events_state_media_telling_an_attack_accuse_no_one():
    doc = marsad.analyze('وقالت وسائل إعلام حكومية سورية إن اشتباكات عنيفة دارت في المنطقة، وإن القوات الجوية '
                         'والمدفعية الحكومية قصفت "معاقل" تنظيم الدولة.', published="2018-09-11")
    assert not [e for e in doc.events if e.cameo == "112"]


def test_events_a_handset_named_in_latin_letters_is_no_phone_call():
    doc = marsad.analyze("كشفت شركة سامسونغ عن هاتفها Galaxy S9 الذي يحوي على خصائص مبتكرة جديدة.",
                         published="2018-02-26")
    assert not [m for _, m in find_triggers(doc, load_lexicon()) if m.trigger.code.startswith("04")]
    call = marsad.analyze("وأجرى ترامب اتصالا هاتفيا مع ماكرون.", published="2018-02-26")
    assert [e.cameo for e in call.events] == ["041"]


def test_events_the_side_iyyaha_takes_up_is_the_one_accused():
    doc = marsad.analyze('وكان الرئيس الأمريكي دونالد ترامب قطع مؤخرا المساعدات عن باكستان، متهما إياها بتوفير '
                         '"ملاذ آمن" للإرهابيين الناشطين في أفغانستان المجاورة.', published="2018-08-17")
    (accusation,) = [e for e in doc.events if e.cameo == "112"]
    assert names(accusation.source)[0] == "Donald Trump" and names(accusation.target) == ["Pakistan"]
    # (not a side told in a circumstance after «عقب»: «إياها» goes back past it)
    claim = marsad.analyze("وكان النجم البرازيلي نيمار قد دخل في نزاع قانوني مع إدارة برشلونة عقب رحيله إلى صفوف "
                           "باريس سان جيرمان مباشرة، مطالباً إياها بدفع قيمة بند الولاء والذي يقارب 28 مليون يورو.",
                           published="2018-08-17")
    assert not [e for e in claim.events if "Paris Saint-Germain F.C." in names(e.target)]


def test_events_a_verb_in_the_first_person_singular_is_the_speaker_s():
    doc = marsad.analyze('وقال الرئيس الأمريكي دونالد ترامب: "أطالب الصين بوقف الدعم".', published="2018-06-01")
    (demand,) = doc.events
    assert names(demand.source)[0] == "Donald Trump" and names(demand.target) == ["China"]
    # a form IV verb keeps its «أ» in its lemma: «أعلن» is the past, its subject after it
    announced = marsad.analyze("وأعلن الرئيس الأمريكي دعمه لإسرائيل.", published="2018-06-01")
    assert [names(e.source)[0] for e in announced.events] == ["Donald Trump"]
    # a word standing alone may be an imperative slogan: «"ديقاج"(ارحل)» («leave!»), not «I deport»
    slogan = marsad.analyze('ورفعوا شعار "ديقاج"(ارحل) في وجه رئيس الحكومة.', published="2018-06-01")
    alone = next(k for k, t in enumerate(slogan.tokens) if t.text == "ارحل")
    assert not speaks_as_i(slogan, alone, "رحل")
    deporting = marsad.analyze("سأرحل المهاجرين.", published="2018-06-01")
    assert speaks_as_i(deporting, 0, "رحل")


def test_events_a_side_in_a_time_aside_issued_no_statement():
    doc = marsad.analyze("أما السفير الإسرائيلي لدى الأمم المتحدة، داني دانون، فأصدر، قبيل التئام مجلس الأمن، "
                         "بياناً اتهم فيه حركة حماس بالوقوف خلف أعمال العنف.", published="2018-03-31")
    (accusation,) = [e for e in doc.events if e.cameo == "112"]
    assert names(accusation.source)[0] == "Danny Danon" and names(accusation.target)[0] == "Hamas"


def test_events_in_response_to_names_no_speaker():
    doc = marsad.analyze("وأصدر الاتحاد الأوروبي قائمة بالسلع الأمريكية التي ستخضع لتعريفات ردا على قرار ترامب، "
                         "وإنه سيرفع قضية ضد الولايات المتحدة في منظمة التجارة العالمية.", published="2018-06-01")
    (suit,) = [e for e in doc.events if e.cameo == "115"]
    assert names(suit.source) == ["European Union"] and names(suit.target) == ["United States"]


def test_events_whom_one_met_by_a_pronoun_is_no_place_after_it():
    doc = marsad.analyze("وأشارت دانييلز إلى أنها كانت قد التقته خلال دورة خيرية لمباريات للغولف في منتجع بين "
                         "كاليفورنيا ونيفادا.", published="2018-07-12")
    (meeting,) = doc.events
    assert not meeting.target


def test_events_an_act_done_only_to_some_is_not_negated():
    doc = marsad.analyze('ولكن موسكو تقول إنها لا تستهدف سوى المسلحين "الإرهابيين".', published="2018-01-01")
    (strike,) = doc.events
    assert not strike.negated
    denied = marsad.analyze("وقالت موسكو إنها لا تستهدف المدنيين في سوريا.", published="2018-01-01")
    assert [e.negated for e in denied.events] == [True]


def test_events_a_statement_s_author_named_with_lam_after_it():
    doc = marsad.analyze('جاء رد جيسون غرينبلات، الأحد، في صحيفة "هآرتس" الإسرائيلية على مقال سابق لصائب عريقات '
                         'اتهم فيه مسؤولين أميركيين بالعمل "كمتحدثين باسم" إسرائيل.', published="2018-01-01")
    (accusation,) = doc.events
    assert names(accusation.source)[0] == "Saeb Erekat" and names(accusation.target) == ["American officials", "United States"]


def test_events_what_an_act_is_called_is_no_act_of_whoever_calls_it():
    doc = marsad.analyze('ووصفت الولايات المتحدة والأمم المتحدة ما يجري في الإقليم بأنه "تطهير عرقي".',
                         published="2018-01-01")
    assert not [e for e in doc.events if e.cameo.startswith("20")]
    called = marsad.analyze('ووصف أردوغان ما تفعله إسرائيل في غزة بأنه "إبادة جماعية".', published="2018-01-01")
    assert [(e.cameo, names(e.target)) for e in called.events] == [("111", ["Israel"])]


def test_events_a_joined_verb_with_its_object_pronoun_has_its_subject_after_it():
    doc = marsad.analyze("إثر عمليات عسكرية شنها الجيش الميانماري ووصفتها الأمم المتحدة بأنها جريمة.",
                         published="2018-01-01")
    (called,) = [e for e in doc.events if e.cameo == "111"]
    assert names(called.source) == ["United Nations"] and names(called.target)[0] == "Burmese Army"
    # (a root's own «هم» is no pronoun: «واتهم أنقرة» goes on with the clause's subject)
    own = marsad.analyze('ووصف أردوغان نتنياهو "بالإرهابي" بعدما اعترض الأخير على ماسماه "المحاضرة الاخلاقية" التركية '
                         'واتهم أنقرة بقصف المدنيين دون تمييز.', published="2018-04-01")
    assert [(names(e.source)[0], names(e.target)) for e in own.events if e.cameo == "112"] == [
        ("Benjamin Netanyahu", ["Turkey"])]


def test_events_a_joined_accusation_opening_its_sentence_goes_on_with_the_last_speaker():
    doc = marsad.analyze('وقال حمزة بيرقدار في تصريح لـCNN: "إن المفاوضات مع الروس ما زالت مستمرة". واتهم النظام '
                         'السوري بعدم منح سكان البلدات الأخرى "العفو" المتفق عليه.', published="2018-03-01")
    (accusation,) = [e for e in doc.events if e.cameo == "112"]
    assert names(accusation.source) == ["Hamza Beraqadar"] and names(accusation.target) == ["Syria"]


def test_events_a_request_from_a_side_is_that_side_s():
    doc = marsad.analyze("وقال كوهين إنه دفع تلك الأموال بناء على طلب من ترامب.", published="2018-05-01")
    (request,) = doc.events
    assert names(request.source)[0] == "Donald Trump" and names(request.target) == ["Cohen"]


def test_events_nashar_carrying_its_object_pronoun_published_what_it_takes_up():
    doc = marsad.analyze("وظهرت في الصور التي نشرها داعش طائرة بدون طيار تحمل صواريخ مضادة للدبابات.",
                         published="2018-05-01")
    assert not [e for e in doc.events if e.cameo.startswith("15")]
    # (but forces it takes up were deployed)
    deployed = marsad.analyze("وقال إن القوات التي نشرتها روسيا في سوريا ستبقى.", published="2018-05-01")
    assert [(e.cameo, names(e.source)[0]) for e in deployed.events] == [("154", "Russia")]


def test_events_a_conflict_that_erupted_is_no_bombing():
    doc = marsad.analyze("بدأ إردوغان محادثات مع الزعيم الكردي المسجون عبد الله أوجلان لإنهاء صراع تفجر منذ ثلاثة "
                         "عقود وأودى بحياة أكثر من 40 ألف شخص.", published="2015-08-06")
    assert not [e for e in doc.events if e.cameo.startswith("18")]
    bomber = marsad.analyze("وقالت الشرطة إن الانتحاري الذي تفجر في السوق قتل عشرة.", published="2015-08-06")
    assert [e.cameo for e in bomber.events if e.cameo.startswith("18")]


def test_events_a_bare_government_is_that_of_the_country_acting_before_it_in_its_clause():
    text = ("قال الطرابلسي، الوكيل الملاحي في السعودية، إن أجور الشحن في السعودية لن تتأثر. ومن المقرر أن تفتتح مصر "
            "مشروع قناة السويس الجديدة، اليوم، الذي تأمل الحكومة من خلاله أن يسهم في تحفيز الاقتصاد.")
    doc = marsad.analyze(text, published="2015-08-06")
    (hope,) = [e for e in doc.events if e.cameo == "013"]
    assert names(hope.source) == ["Egyptian government", "Egypt"]


def test_events_a_relative_clause_with_no_pronoun_has_its_antecedent_for_subject():
    doc = marsad.analyze("وقالت حماس التي تتهم إسرائيل بخرق الهدنة إنها سترد.", published="2018-07-01")
    (accusation,) = doc.events
    assert names(accusation.source)[0] == "Hamas" and names(accusation.target) == ["Israel"]
    # (but «ـها» takes the antecedent up as the object)
    taken_up = marsad.analyze("قطر التي تتهمها الرياض بدعم الإرهاب.", published="2018-07-01")
    assert [(names(e.source)[0], names(e.target)) for e in taken_up.events] == [("Riyadh", ["Qatar"])]


def test_events_a_participle_goes_on_with_the_last_clause_that_has_a_subject():
    doc = marsad.analyze('حيث وصفت السلطات الصينية هذا الهجوم بالإرهابي وتعهدت بملاحقة من يقف خلفه, فيما أدان الأمين '
                         'العام للأمم المتحدة, بان كي مون بـ"أشد العبارات الهجوم المروع على المدنيين" داعيا إلى محاسبة '
                         'المسؤولين أمام العدالة.', published="2014-03-02")
    (appeal,) = [e for e in doc.events if e.cameo.startswith("02")]
    assert names(appeal.source)[0] == "Ban Ki-moon"


def test_events_eyes_caught_and_a_quoted_snatch_are_no_abduction():
    for text in ('رئيسة كرواتيا "حسناء المونديال" تخطف أنظار العالم في روسيا.',
                 'مورينيو فشل كذلك في "خطف" النجم البرازيلي ويليان من غريمه تشلسي.'):
        doc = marsad.analyze(text, published="2018-06-01")
        assert not [e for e in doc.events if e.cameo.startswith("18")], text


def test_events_unknown_gunmen_are_one_side_and_the_backers_of_an_advance_no_target():
    doc = marsad.analyze("وخطف مسلحون مجهولون صحفيا فرنسيا في بغداد.", published="2018-06-01")
    (abduction,) = doc.events
    assert names(abduction.source) == ["gunmen"] and "unidentified attackers" not in names(abduction.target)
    taken = marsad.analyze("سيطرت القوات الشرعية، بإسناد من قوات تحالف دعم الشرعية في اليمن، على منطقة الشريجة شمالي "
                           "محافظة لحج، بعد معارك عنيفة مع ميليشيات الحوثي.", published="2018-06-01")
    assert not [e for e in taken.events if "Arab coalition" in names(e.target)]


def test_a_ministry_with_its_possessive_is_no_visit():
    doc = marsad.analyze("أكدت الأردن على لسان المتحدث الرسمي باسم وزارتها للخارجية محمد الكايد مساء الأحد أن المملكة "
                         "استقبلت 422 من عناصر الخوذ البيضاء.", published="2018-07-23")
    assert doc.events and not [e for e in doc.events if e.trigger.text == "وزارتها"]


def test_a_word_after_a_purpose_is_no_complement_of_the_verb_before():
    doc = marsad.analyze("وصلت قوات سعودية إلى جزيرة سقطرى اليمنية وفقا لما أعلن التحالف العسكري في اليمن، بهدف دعم القوات "
                         "الحكومية في ظل توتر بين الحكومة والإمارات.", published="2018-05-13")
    assert not [e for e in doc.events if e.trigger.text == "أعلن"]
    doc = marsad.analyze("وأعلن الرئيس الفرنسي دعمه للحكومة العراقية.", published="2018-05-13")
    assert [e.cameo for e in doc.events] == ["051"]


def test_a_future_word_in_the_clause_after_that_does_not_make_the_meeting_before_it_a_plan():
    doc = marsad.analyze("وصرح كارتر للصحافيين بعد لقائه بالملك سلمان بأنه من المتوقع أن يزور الملك سلمان الولايات "
                         "المتحدة في الخريف.", published="2015-07-23")
    (meeting,) = [e for e in doc.events if e.trigger.text == "لقائه"]
    assert meeting.cameo == "040" and meeting.modality is None
    (visit,) = [e for e in doc.events if e.trigger.text == "يزور"]
    assert visit.modality == "future"


def test_events_a_village_named_like_a_masdar_is_no_event():
    doc = marsad.analyze("ويصف محمد حسن وهو أحد الناشطين في قريتي زيارة وعقيبه وضع النازحين بالمأساوي.",
                         published="2018-03-25")
    assert not [e for e in doc.events if e.cameo_root == "04"]


def test_events_meddling_said_to_be_absent_condemns_no_one():
    doc = marsad.analyze("وأضاف مساهل أن الاتفاق سيمكن من التقريب بين الأطراف الليبية عبر الحوار الليبي-الليبي "
                         "الشامل، بما يضمن المصالحة الوطنية دون تدخل أجنبي.", published="2017-03-04")
    assert not [e for e in doc.events if e.cameo_root == "11"]


def test_events_students_counted_and_areas_of_control_are_no_events():
    doc = marsad.analyze("وقررت السعودية إعادة خمسة آلاف طالب سعودي من كندا.", published="2018-08-07")
    assert not [e for e in doc.events if e.cameo_root == "10"]
    doc = marsad.analyze("أكدت مصادر في هيئة اركان الجيش السوري على ضرورة تواجدهم في معرة النعمان القريبين من مناطق "
                         "سيطرة الحكومة السورية على الساحل.", published="2018-03-27")
    assert not [e for e in doc.events if e.cameo_root == "19"]


def test_events_a_nations_course_and_a_builder_are_no_march_and_no_praise():
    doc = marsad.analyze("فهل يحق للمجرمين والإرهابيين أن يحكموا على المسيرة الحضارية للمملكة العربية السعودية؟",
                         published="2015-08-10")
    assert not doc.events
    doc = marsad.analyze("الجنرال قاسم سليماني: من عامل بناء لرأس حربة إيران في مواجهة إسرائيل",
                         published="2018-05-11")
    assert not [e for e in doc.events if e.cameo_root == "05"]


def test_events_writing_by_way_of_a_channel_expresses_nothing_and_the_accused_accuse_no_one():
    doc = marsad.analyze('وكتب عبر تويتر: "أبو مازن ناكر بائس للمحرقة أعد رسالة دكتوراه عن إنكار المحرقة".',
                         published="2018-05-04")
    assert not doc.events
    doc = marsad.analyze("وأدرجت الأمم المتحدة على قائمتها السوداء 27 سفينة و21 شركة، إضافة إلى رجل أعمال، متهمين "
                         "بمساعدة كوريا الشمالية في الالتفاف على العقوبات الدولية.", published="2018-03-31")
    assert not [e for e in doc.events if e.cameo_root == "11"]
    doc = marsad.analyze("وقطعت السعودية العلاقات مع قطر متهمة الدوحة بدعم الإرهاب.", published="2015-08-10")
    assert [e.cameo for e in doc.events] == ["161", "112"]


def test_events_driving_fighters_out_is_military_force():
    doc = marsad.analyze("منذ بدأت تركيا حملتها لطرد مقاتلي وحدات حماية الشعب الكردية من عفرين.", published="2018-03-20")
    assert [e.cameo for e in doc.events] == ["190"]


def test_events_organised_crime_condemns_no_one_and_a_summons_to_protest_is_a_complaint():
    doc = marsad.analyze('وقال وزير الخارجية الجزائري عبد القادر مساهل إن "التعاون مع تونس يعزز مواجهة الإرهاب والجريمة '
                         'المنظمة في ليبيا".', published="2017-03-04")
    assert not [e for e in doc.events if e.cameo_root == "11"]
    doc = marsad.analyze("استدعت إيران السفير الألماني للاحتجاج على تسليم دبلوماسي إيراني.", published="2018-10-11")
    assert [(e.cameo, [a.name_en for a in e.target]) for e in doc.events if e.trigger.text == "للاحتجاج"] \
        == [("114", ["Germany"])]


def test_events_parcels_expel_no_one_and_confirming_or_denying_denies_nothing():
    doc = marsad.analyze("تنقل الطائرات 436 طردا غذائيا وطردين بريديين.", published="2018-06-18")
    assert not find_triggers(doc, load_lexicon())
    doc = marsad.analyze("وأعلنت الحكومة طرد السفير.", published="2018-06-18")
    assert [m.trigger.code for _, m in find_triggers(doc, load_lexicon())] == ["161"]
    doc = marsad.analyze("ولم يتمكن المتحدث باسم الخارجية الروسية من تأكيد أو نفي استخدام الغازات.",
                         published="2018-04-08")
    assert not [e for e in doc.events if e.cameo_root == "01"]


def test_events_adam_prefixed_by_a_preposition_negates():
    doc = marsad.analyze("وقال المبعوث الأمريكي جيمس جيفري إن سياستنا تقضي بعدم انسحابنا من سوريا بنهاية العام.",
                         published="2018-09-11")
    (withdrawal,) = [e for e in doc.events if e.cameo_root == "08"]
    assert withdrawal.negated


def test_events_a_charge_may_stand_in_quotation_marks_after_its_ba():
    doc = marsad.analyze('واتهمت ب"الدعاية لجماعة إرهابية".')
    assert _charge_at(doc, 1)
    doc = marsad.analyze("واتهمت ب 2015.")
    assert not _charge_at(doc, 1)


def test_events_passing_a_law_signs_no_agreement():
    doc = marsad.analyze("وصادق مجلس نواب الشعب أمس على الصيغة النهائية لمشروع قانون مكافحة الإرهاب.", published="2015-07-24")
    assert not find_triggers(doc, load_lexicon())
    doc = marsad.analyze("وصادقت الحكومة على الاتفاقية مع تركيا.", published="2015-07-24")
    assert [m.trigger.code for _, m in find_triggers(doc, load_lexicon())] == ["057"]


def test_events_disengagement_a_bodys_course_and_a_wide_heart_are_no_events():
    doc = marsad.analyze("وشدد القرار على ضرورة أن يحترم الطرفان أحكام اتفاق العام 1974 في شأن فض الاشتباك بين القوات "
                         "الإسرائيلية والسورية.", published="2018-06-30")
    assert not [e for e in doc.events if e.cameo_root == "19"]
    doc = marsad.analyze("شهد البلدان محطات بارزة أسهمت في ترسيخ العلاقات سواء على المستوى الثنائي أو من خلال مسيرة "
                         "مجلس التعاون الخليجي.", published="2018-02-24")
    assert not doc.events
    doc = marsad.analyze('وقال وزير الخارجية الأردني أيمن الصفدي "تحملنا ما فيه الكفاية بكل صدر رحب".',
                         published="2018-06-29")
    assert not find_triggers(doc, load_lexicon())


def test_events_a_first_name_spelled_like_a_verb_is_no_trigger():
    doc = marsad.analyze('وقالت المتحدثة باسم وزارة الدفاع (البنتاغون) دانا وايت: "ندعم السعودية التي تعرضت لهجوم من '
                         'الحوثيين".', published="2018-03-02")
    assert "دانا" not in [doc.tokens[i].text for i, _ in find_triggers(doc, load_lexicon())]


def test_events_considering_returns_nowhere_and_denying_or_confirming_denies_nothing():
    doc = marsad.analyze("أكد الجبير أن المملكة حريصة على علاقاتها مع إيران، عادا استمرار مأساة الشعب السوري مرده إلى دعم "
                         "طهران لنظام الأسد.", published="2015-08-11")
    assert "عادا" not in [doc.tokens[i].text for i, _ in find_triggers(doc, load_lexicon())]
    doc = marsad.analyze("وعادا إلى طهران بعد الزيارة.", published="2015-08-11")
    assert "وعادا" in [doc.tokens[i].text for i, _ in find_triggers(doc, load_lexicon())]
    doc = marsad.analyze("وفي إجابة على سؤال عن احتمال أن يتخلى الروس عن دعم الأسد، رفض المتحدث باسم الخارجية "
                         "الأمريكية مارك تونر نفي أو تأكيد هذا الاحتمال.", published="2015-08-07")
    assert not [e for e in doc.events if e.cameo_root == "01"]


def test_events_an_attack_and_its_adjectives_before_the_relative_are_its_subject():
    doc = marsad.analyze("وأعرب الملك عن «إدانة المملكة للهجوم الإرهابي الإجرامي الجبان» الذي استهدف النائب العام.",
                         published="2015-06-30")
    i = next(k for k, t in enumerate(doc.tokens) if t.text == "استهدف")
    assert _attack_antecedent(doc, i)


def test_events_an_obstructed_act_is_not_done():
    doc = marsad.analyze("وأمام البرلمانيين 60 يوما لإعاقة رفع العقوبات الأمريكية عن إيران.", published="2015-07-25")
    assert not [m for _, m in find_triggers(doc, load_lexicon()) if m.trigger.code[:2] == "08"]


def test_events_declining_to_be_named_rejects_nothing():
    doc = marsad.analyze("وقال مسؤول تركي رفض الكشف عن هويته لوكالة الصحافة الفرنسية إن منفذ الهجوم رجل في العشرين.",
                         published="2015-07-22")
    assert "رفض" not in [doc.tokens[i].text for i, _ in find_triggers(doc, load_lexicon())]


def test_events_a_nisba_in_a_construct_behind_a_preposition_is_governed():
    # France 24, 2018-04-22: «وحذر من تعاظم الوجود الإيراني»: Iran's presence is what he warned of, Iran no subject
    for text, governs in (("وحذر من تعاظم الوجود الإيراني في منطقة الشرق الأوسط.", True),
                          ("وحذر تعاظم الوجود الإيراني من الرد.", False)):  # (no preposition before the construct)
        doc = marsad.analyze(text, published="2018-04-22")
        token_of = {t.start: i for i, t in enumerate(doc.tokens)}
        (iran,) = [s for s in find_actor_spots(doc, 0, len(doc.tokens), load_lexicon(), token_of)
                   if doc.text[s.start:s.end] == "الإيراني"]
        assert adjective_of_a_governed_noun(doc, iran) is governs


def test_events_the_time_a_period_ran_until_dates_the_act_told_with_when():
    # BBC, 2018-09-22: «استمر التوتر حتى عام 1975 عندما وقع شاه إيران … اتفاق مصالحة» — signed in 1975, not on an
    # earlier date of the article nor on its day of publication
    doc = unfiltered("ورغم ذلك استمر التوتر حتى عام 1975 عندما وقع شاه إيران محمد رضا بهلوي ونائب الرئيس العراقي "
                     "صدام حسين اتفاق مصالحة في الجزائر.", "2018-09-22")
    assert [e.date for e in doc.events if e.cameo == "057"] == ["1975"]
    # a deadline with no «عندما» after it still dates nothing
    doc = unfiltered("ووقعت إيران والعراق اتفاقا يسري حتى عام 2025.", "2018-09-22")
    assert [e.date for e in doc.events if e.cameo == "057"] == ["2018-09-22"]


def test_events_a_month_without_its_year_told_with_a_past_verb_is_the_last_one():
    # France 24, 2018-06-02: «واتفقت روسيا مع الولايات المتحدة والأردن في تموز/يوليو»: a month named without its
    # year beside a past verb is last July
    doc = marsad.analyze("واتفقت روسيا مع الولايات المتحدة والأردن في تموز/يوليو على وقف إطلاق النار فيها.",
                         published="2018-06-02")
    assert [e.date for e in doc.events if e.cameo_root == "03"] == ["2017-07"]
    # France 24, 2018-03-07: «الشهر المقبل» counts from the day of writing, never last year
    doc = marsad.analyze("اتفق زعيما كل من كوريا الشمالية والجنوبية على عقد قمة ثالثة بين بلديهما الشهر المقبل.",
                         published="2018-03-07")
    assert {e.date for e in doc.events} == {"2018-04"}
    # a present verb keeps the month ahead
    doc = marsad.analyze("وتتفق روسيا مع الولايات المتحدة في تموز/يوليو على وقف إطلاق النار.", published="2018-06-02")
    assert [e.date for e in doc.events if e.cameo_root == "03"] == ["2018-07"]
