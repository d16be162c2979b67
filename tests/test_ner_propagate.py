"""Name propagation within an article: a name found once is found again where the tagger missed it."""
from __future__ import annotations

import marsad
from marsad.ner.components import (
    _forces_of_a_person,
    _no_accusative_nouns,
    _no_fighters_names,
    _no_lam_al_in_names,
    _no_mourning_names,
    _no_plural_names,
    _no_speech_noun_names,
)
from marsad.ner.tagger import propagate_names


def test_ner_propagate_copies_missed_repetition():
    # «للبنك التجاري»: the same bank, behind a preposition and article
    sentences = [["أعلن", "البنك", "التجاري", "أرباحه"], ["وقال", "رئيس", "مجلس", "إدارة", "للبنك", "التجاري"]]
    tags = [["O", "B-ORG", "I-ORG", "O"], ["O", "O", "O", "O", "O", "O"]]
    out = propagate_names(sentences, tags)
    assert out[1] == ["O", "O", "O", "O", "B-ORG", "I-ORG"]
    assert out[0] == tags[0]


def test_ner_propagate_leaves_mostly_ordinary_words():
    # «العربي» tagged once out of three: an adjective here, not the club
    sentences = [["فاز", "العربي"], ["الموقف", "العربي"], ["العالم", "العربي"]]
    tags = [["O", "B-ORG"], ["O", "O"], ["O", "O"]]
    assert propagate_names(sentences, tags) == tags


def test_ner_a_name_opened_by_what_was_said_starts_at_the_name():
    # Al Jazeera, 2018-07-25: «بدا كلام سليماني كحلقة …» — «كلام» (speech) is no first name, and copied to every
    # «كلام» of the article it made each one a person
    words = ["بدا", "كلام", "سليماني", "كحلقة"]
    assert _no_speech_noun_names(words, ["O", "B-PER", "I-PER", "O"]) == ["O", "O", "B-PER", "O"]
    assert _no_speech_noun_names(["وكلام", "المرشد"], ["B-PER", "O"]) == ["O", "O"]
    assert _no_speech_noun_names(["قال", "كمال", "سليماني"], ["O", "B-PER", "I-PER"]) == ["O", "B-PER", "I-PER"]


def test_ner_a_name_ends_before_a_word_glued_to_lam_al():
    # SaudiNewsNet, 2015-07-23: «وصرح كارتر للصحافيين» — "Carter Lsahavien" was a person
    words = ["وصرح", "كارتر", "للصحافيين", "الأمريكيين", "بعد"]
    assert _no_lam_al_in_names(words, ["O", "B-PER", "I-PER", "I-PER", "O"]) == ["O", "B-PER", "O", "O", "O"]
    assert _no_lam_al_in_names(["عبد", "الله"], ["B-PER", "I-PER"]) == ["B-PER", "I-PER"]
    # SaudiNewsNet, 2015-08-04: «وصرح للصحافيين» alone — a plural of people behind «لل» opens no name either
    assert _no_lam_al_in_names(["وصرح", "للصحافيين", "نريد"], ["O", "B-PER", "O"]) == ["O", "O", "O"]
    assert _no_lam_al_in_names(["دعم", "للأسد"], ["O", "B-PER"]) == ["O", "B-PER"]


def test_ner_the_forces_of_a_person_are_no_organisation_of_their_own():
    # SaudiNewsNet, 2015-08-06: «قوات هادي تحاصر المتمردين» was an organisation "Gat Hadi"
    words = ["ان", "قوات", "هادي", "تحاصر"]
    assert _forces_of_a_person(words, ["O", "B-ORG", "I-ORG", "O"]) == ["O", "O", "B-PER", "O"]
    words = ["قوات", "سوريا", "الديمقراطية"]
    assert _forces_of_a_person(words, ["B-ORG", "I-ORG", "I-ORG"]) == ["B-ORG", "I-ORG", "I-ORG"]


def test_ner_mourning_alone_is_no_one_called_haddad():
    # SaudiNewsNet, 2015-08: «نحن في حداد بسبب عمل إرهابي» — "Haddad" was a person Erdogan condemned
    assert _no_mourning_names(["نحن", "في", "حداد", "بسبب"], ["O", "O", "B-PER", "O"]) == ["O", "O", "O", "O"]
    assert _no_mourning_names(["أيام", "الحداد"], ["O", "B-PER"]) == ["O", "O"]
    # a Haddad with a first name, or after any other word, is a person
    assert _no_mourning_names(["قال", "حداد"], ["O", "B-PER"]) == ["O", "B-PER"]
    assert _no_mourning_names(["في", "حداد", "نصر"], ["O", "B-PER", "I-PER"]) == ["O", "B-PER", "I-PER"]


def test_ner_fighters_of_a_group_are_no_man_s_name():
    # SaudiNewsNet, 2015-08: «حين هاجم مسلحو بوكو حرام القرية» — "Masho Pokou" had attacked the village
    assert _no_fighters_names(["هاجم", "مسلحو", "بوكو", "حرام", "القرية"], ["O", "B-PER", "I-PER", "O", "O"]) \
        == ["O", "O", "O", "O", "O"]
    assert _no_fighters_names(["ومقاتلي", "طالبان"], ["B-PER", "I-PER"]) == ["O", "O"]
    # a name the CRF opens on another word stays
    assert _no_fighters_names(["قال", "موها", "صالح"], ["O", "B-PER", "I-PER"]) == ["O", "B-PER", "I-PER"]
    # SaudiNewsNet, 2015-08-05: «ومرتزقة علي عبدالله صالح» — "Omertzka Saleh"; the man after his mercenaries stays
    assert _no_fighters_names(["طرد", "الحوثيين", "ومرتزقة", "علي", "عبدالله", "صالح"],
                              ["O", "B-ORG", "B-PER", "I-PER", "I-PER", "I-PER"]) \
        == ["O", "B-ORG", "O", "B-PER", "I-PER", "I-PER"]
    doc = marsad.analyze("وقال موها صالح ان 13 شخصا قتلوا حين هاجم مسلحو بوكو حرام القرية، الأحد.", published="2015-08-04")
    assert {e.name_en: e.label for e in doc.entities} == {"Moha Saleh": "PER", "Boko Haram": "ORG"}


def test_ner_a_name_of_plurals_only_is_no_man_s():
    # SaudiNewsNet, 2015-07-23: «تعهد جمهوريون بارزون ببذل قصارى جهدهم» — Republicans, not a man "Jamhorion Barzun"
    assert _no_plural_names(["تعهد", "جمهوريون", "بارزون", "ببذل"], ["O", "B-PER", "I-PER", "O"]) == ["O"] * 4
    # a name whose words end in «ـون» but hold no nisba plural stays («خلدون حسون»), and so does one word alone
    assert _no_plural_names(["قال", "خلدون", "حسون"], ["O", "B-PER", "I-PER"]) == ["O", "B-PER", "I-PER"]
    assert _no_plural_names(["قال", "زيدون"], ["O", "B-PER"]) == ["O", "B-PER"]


def test_ner_a_noun_in_the_accusative_is_no_one_s_name():
    # France 24, 2018-04-22: «ويرفض الرئيس الأمريكي بندا ينص على …» — a clause («بند» + «ـا»), not a man "Nida"
    # named after the title
    doc = marsad.analyze("ويرفض الرئيس الأمريكي بندا ينص على رفع بعض القيود المفروضة على الأنشطة النووية الإيرانية.",
                         published="2018-04-22")
    assert not [m for e in doc.entities for m in e.mentions if m.text == "ندا"]
    assert _no_accusative_nouns(["قال", "رضا"], ["O", "B-PER"]) == ["O", "B-PER"]
