"""The argument model: readings of triggers the rules left uncoded, how they are weighed, and the shipped weights."""
from __future__ import annotations

import json
from importlib import resources

import pytest
from rebuildkit import rebuild

import marsad
from marsad.events import EventExtractor, extract_events, load_lexicon
from marsad.events.arguments import (
    RULES_ONLY_ROOTS,
    ArgumentModel,
    candidate_event,
    load_argument_model,
    read_uncoded_triggers,
    reading_groups,
    tokens_of,
)

# «استئناف» (resume talks, 04) has no reading the rules trust: its actors stand behind «بين» and «من».
TALKS = "وبحسب مصادر دبلوماسية فإن استئناف المحادثات بين موسكو وأنقرة جاء بطلب من الرئيس الروسي فلاديمير بوتين."
ALWAYS = ArgumentModel(pick={}, emit={"bias": 10.0}, threshold=0.5)  # codes the first reading of every trigger


def analysed(text: str) -> marsad.Document:
    names = [n for n in marsad.load().names if n != "events"]
    return marsad.load(names)(marsad.Document(text=text, published="2024-03-05"))


@pytest.fixture(scope="module")
def talks():
    doc = analysed(TALKS)
    return doc, extract_events(doc, load_lexicon())


def test_every_pair_of_the_sentences_actors_is_a_reading_of_an_uncoded_trigger(talks):
    doc, coded = talks
    assert not coded
    (group,) = reading_groups(doc, load_lexicon(), coded)
    assert doc.tokens[group[0].token].text == "استئناف"
    pairs = {(c.source.key, c.target.key if c.target else None) for c in group}
    moscow, ankara = "Q649", "Q3640"
    assert {(moscow, ankara), (ankara, moscow), (moscow, None), (ankara, None)} <= pairs
    assert all(c.target is None or c.target.key != c.source.key for c in group)


def test_a_reading_knows_where_its_actors_stand(talks):
    doc, coded = talks
    (group,) = reading_groups(doc, load_lexicon(), coded)
    first = next(c for c in group if c.source.entity.name_en == "Moscow" and c.target
                 and c.target.entity.name_en == "Ankara")
    f = first.features
    assert f["source_after"] == 1.0 and f["source_prep=بين"] == 1.0 and f["root=04"] == 1.0
    assert f["target_after"] == 1.0 and f["target_prep=none"] == 1.0
    assert f["source_nearest_after"] == 1.0 and f["target_nearest_after"] == 0.0
    putin = next(c for c in group if c.source.entity.name_en == "Vladimir Putin" and c.target is None)
    assert putin.features["no_target"] == 1.0 and putin.features["source_nearest_after"] == 0.0
    assert putin.features["source_log_gap"] > first.features["source_log_gap"]


def test_triggers_the_rules_coded_are_not_read_again():
    doc = analysed("وزار الرئيس الروسي فلاديمير بوتين أنقرة أمس.")
    lexicon = load_lexicon()
    coded = extract_events(doc, lexicon)
    assert coded and reading_groups(doc, lexicon, coded) == []
    assert tokens_of(doc, coded) == {next(k for k, t in enumerate(doc.tokens) if t.text == "وزار")}


def test_the_pick_weights_choose_and_the_emit_weights_decide(talks):
    doc, coded = talks
    lexicon = load_lexicon()
    (event,) = read_uncoded_triggers(doc, lexicon, ALWAYS, coded, [])
    assert event.found_by == "model" and event.cameo.startswith("04") and event.confidence == pytest.approx(1.0)
    assert event.trigger.text == "استئناف" and event.source[0].name_en == "Moscow"
    prefer_ankara = ArgumentModel(pick={"source_nearest_after": -5.0}, emit={"bias": 10.0}, threshold=0.5)
    (event,) = read_uncoded_triggers(doc, lexicon, prefer_ankara, coded, [])
    assert event.source[0].name_en != "Moscow"
    never = ArgumentModel(pick={}, emit={"bias": -10.0}, threshold=0.5)
    assert read_uncoded_triggers(doc, lexicon, never, coded, []) == []


def test_a_reading_that_tells_an_event_already_kept_is_not_coded_twice(talks):
    doc, coded = talks
    lexicon = load_lexicon()
    (group,) = reading_groups(doc, lexicon, coded)
    same = candidate_event(doc, group[0], lexicon)
    assert read_uncoded_triggers(doc, lexicon, ALWAYS, coded, [same]) == []


def test_the_component_adds_readings_after_the_rules_and_says_so(talks):
    doc, _ = talks
    with_model = EventExtractor(argument_model=ALWAYS)(analysed(TALKS))
    rules_only = EventExtractor(argument_model=ALWAYS, read_uncoded=False)(analysed(TALKS))
    assert rules_only.events == [] and [e.found_by for e in with_model.events] == ["model"]
    assert with_model.events[0].id == "ev1" and with_model.validate_offsets() == []
    likely = ArgumentModel(pick={}, emit={"bias": 3.0}, threshold=0.5)  # p = 0.953
    assert EventExtractor(argument_model=likely, min_confidence=0.9)(analysed(TALKS)).events
    assert EventExtractor(argument_model=likely, min_confidence=0.99)(analysed(TALKS)).events == []
    assert doc.events == []  # the fixture's document was not touched


def test_in_a_dated_story_a_reading_needs_a_date_of_its_own():
    # the story is dated by its first sentence; the talks' sentence tells no day of its own: background
    story = "ارتفعت أسعار النفط الأحد في الأسواق العالمية. وتراجع سعر الذهب قليلا. "
    undated = EventExtractor(argument_model=ALWAYS)(analysed(story + TALKS))
    assert not [e for e in undated.events if e.found_by == "model" and e.trigger.text == "استئناف"]
    dated = EventExtractor(argument_model=ALWAYS)(analysed(story + TALKS.replace("جاء", "جاء أمس")))
    (reading,) = [e for e in dated.events if e.found_by == "model" and e.trigger.text == "استئناف"]
    assert reading.date == "2024-03-04" and reading.date_source == "expression"
    # a lone sentence has no story: its reading stays whatever its date
    assert [e.found_by for e in EventExtractor(argument_model=ALWAYS)(analysed(TALKS)).events] == ["model"]


def test_the_shipped_model_is_loaded_and_weighs_only_features_the_code_computes():
    model = load_argument_model()
    raw = json.loads(resources.files("marsad").joinpath("data/events/event_arguments.json").read_text("utf-8"))
    assert model.threshold == raw["threshold"] == 0.5
    assert raw["trained_on"]["articles"] == 480 and raw["cross_validation"]["folds"] == 5
    assert raw["cross_validation"]["rules_and_readings"]["f1"] > raw["cross_validation"]["rules"]["f1"]
    known = ("bias", "root=", "kind=", "origin=", "lemma=", "title", "future", "in_quote", "in_direct_quote",
             "definite", "source_", "target_", "no_target", "actors_in_sentence", "source_before_target", "same_side")
    assert model.pick.keys() == model.emit.keys()
    assert all(name.startswith(known) for name in model.emit), [n for n in model.emit if not n.startswith(known)]


def test_the_training_script_rebuilds_the_shipped_model(shared, tmp_path):
    """The committed script rebuilds the shipped file byte for byte from the team's annotations."""
    rebuilt, shipped = rebuild("train_event_arguments.py", "events/event_arguments.json", shared, tmp_path)
    assert rebuilt == shipped


def test_a_sentence_about_a_match_is_not_read_by_the_model_either():
    doc = marsad.analyze("انتهت قمة مباريات الجولة التاسعة من الدوري الإنجليزي الممتاز، بين ليفربول ومانشستر سيتي، على "
                         "أرضية ملعب أنفيلد بالتعادل السلبي.", published="2018-10-08")
    assert not reading_groups(doc, load_lexicon(), doc.events)


def test_a_town_that_names_an_accord_is_no_reading_either():
    # France 24, 2018-06-12: «للتوقيع على اتفاقات أوسلو»: Oslo names the accords, it is not what was signed with
    doc = marsad.analyze("وجاء عرفات إلى البيت الأبيض للتوقيع على اتفاقات أوسلو مع رابين.", published="2018-06-12")
    rules_only = [e for e in doc.events if e.found_by == "rules"]  # the signing is itself a reading
    groups = reading_groups(doc, load_lexicon(), rules_only)
    named = {c.target.entity.name_en for group in groups for c in group if c.target is not None and c.target.entity}
    assert groups and "Oslo" not in named
    # (whether the signing itself is read is the model's call: the forty-sixth session's retrained weights put it
    # under the bar; a reading with Oslo as its other side never passes)
    assert not [e for e in doc.events if "Oslo" in [a.name_en for a in e.target + e.source]]


def test_violence_sanctions_and_force_posture_are_left_to_the_rules():
    # BBC, 2018-06-15: «لمناقشة الهجوم على ميناء الحديدة»: read by position, the Security Council would make the
    # attack; the rules code violence, and no reading of it is offered (the meeting asked for still is)
    doc = marsad.analyze("بريطانيا تطلب اجتماعا لمجلس الأمن لمناقشة الهجوم على ميناء الحديدة اليمني",
                         published="2018-06-15")
    groups = reading_groups(doc, load_lexicon(), doc.events)
    roots = {group[0].match.trigger.code[:2] for group in groups}
    assert not roots & RULES_ONLY_ROOTS
    assert RULES_ONLY_ROOTS == {"15", "16", "18", "19", "20"}


def test_a_meeting_read_with_a_medium_alone_is_an_interview_and_not_coded():
    # France 24, 2018-04-26: Trump doubted the summit in an interview with Fox News; he met no channel
    doc = analysed("وأضاف ترامب في لقاء مع قناة فوكس نيوز أن القمة قد لا تحدث.")
    lexicon = load_lexicon()
    coded = extract_events(doc, lexicon)
    to_the_channel = ArgumentModel(pick={"target_media": 10.0}, emit={"bias": 10.0}, threshold=0.5)
    groups = reading_groups(doc, lexicon, coded)
    assert any(c.match.trigger.code[:2] == "04" and c.target is not None and c.target.entity is not None
               and c.target.entity.name_en == "Fox News" for g in groups for c in g)  # the reading exists
    read = read_uncoded_triggers(doc, lexicon, to_the_channel, coded, [])
    assert not [e for e in read if e.cameo_root == "04" and "Fox News" in [a.name_en for a in e.target]]


def test_a_return_to_no_place_and_an_emergency_in_force_are_not_read():
    # CNN, 2018-08-13: «وطمأن الشعب التركي بأن الليرة ستعود إلى مستواها الطبيعي»: no one travels; Anadolu-style
    # «في ظل حالة الطوارئ»: the emergency in force is the background, no one declares it there
    lexicon = load_lexicon()
    for text in ("وطمأن أردوغان الشعب التركي بأن الليرة ستعود إلى مستواها الطبيعي قريبا.",
                 "وقالت المعارضة التركية إن الانتخابات ستجرى في ظل حالة الطوارئ التي تنتقدها الولايات المتحدة."):
        doc = analysed(text)
        read = read_uncoded_triggers(doc, lexicon, ALWAYS, extract_events(doc, lexicon), [])
        assert not [e for e in read if e.cameo in ("036", "042", "1724")]
    # a return to a place, and an emergency declared, still are
    for text, code in (("وقال الرئيس التركي أردوغان إن الوفد سيعود إلى موسكو قريبا.", "036"),
                       ("وقالت المعارضة إن أردوغان فرض حالة الطوارئ التي تنتقدها الولايات المتحدة.", "1724")):
        doc = analysed(text)
        read = read_uncoded_triggers(doc, lexicon, ALWAYS, extract_events(doc, lexicon), [])
        assert code in [e.cameo for e in read]
