"""The shipped event dictionary: rebuildable from ../shared, and consistent with the CAMEO codebook."""
from __future__ import annotations

from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st
from rebuildkit import rebuild

from marsad.events import load_lexicon
from marsad.events.lexicon import word_matches

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = ROOT / "src" / "marsad" / "data" / "events" / "event_dictionary.json"


def test_events_dictionary_rebuilds_identically(shared, tmp_path):
    rebuilt, shipped = rebuild("build_event_dictionary.py", "events/event_dictionary.json", shared, tmp_path)
    assert rebuilt == shipped


def test_events_dictionary_codes_are_in_the_codebook():
    lexicon = load_lexicon()
    codes = {t.code for rows in lexicon.forms.values() for t in rows}
    assert codes <= set(lexicon.codebook)
    # Goldstein and quad class from the codebook, PLOVER from the CAMEO→PLOVER map
    assert lexicon.code_info("042")[1:] == (1.9, 1, "CONSULT", "visit")
    assert lexicon.code_info("141")[3] == "PROTEST"
    assert lexicon.code_info("1823")[2] == 4
    assert lexicon.iso3("KP") == "PRK" and lexicon.iso3("rus") == "RUS" and lexicon.iso3("XX") is None


def test_events_dictionary_small():
    assert SHIPPED.stat().st_size < 1_000_000


def test_events_dictionary_countries_are_named_as_the_knowledge_base_names_them():
    lexicon = load_lexicon()
    assert lexicon.countries["PSE"][0] == "Palestine"  # not the CAMEO list's "Palestinian Territories"
    assert lexicon.countries["MMR"][0] == "Myanmar"  # not "Myanmar [Burma]"
    # the EU and the UN carry no two-letter code: "NA" is Namibia's
    assert lexicon.iso3("NA") == "NAM" and lexicon.countries["EUR"][1] == lexicon.countries["UNO"][1] == ""


def test_events_dictionary_capitals_are_named_as_the_knowledge_base_names_them():
    # the linker hands the coder the knowledge base's «Tripoli», «Bogota», «Mexico City» (dr5hn writes «Tripolis»,
    # «Bogotá», «Ciudad de México»), and a capital acts for its government only when the names agree
    lexicon = load_lexicon()
    assert lexicon.capitals["Tripoli"] == "LBY" and lexicon.capitals["Bogota"] == "COL"
    assert lexicon.capitals["Mexico City"] == "MEX" and lexicon.capitals["Ulaanbaatar"] == "MNG"
    assert lexicon.can_act("LOC", "Tripoli", None) and not lexicon.can_act("LOC", "Benghazi", None)


_COMPLEMENT_LETTERS = "اأبتجحدرسعفقكلمنهوي"


@settings(max_examples=400, deadline=None)
@given(prefix=st.sampled_from(["", "و", "ف", "ال", "وال", "بال", "ب", "ل", "لل", "فال"]),
       pick=st.integers(min_value=0), cut=st.integers(min_value=-3, max_value=2),
       tail=st.text(alphabet=_COMPLEMENT_LETTERS, max_size=3))
@example(prefix="", pick=0, cut=0, tail="ون")  # a complement in the plural «ـون» is none (the lookup skips it)
def test_events_complements_in_agrees_with_word_matches(prefix, pick, cut, tail):
    """The coder's memoised lookup of every complement a word is must say what `word_matches` says of each."""
    lexicon = load_lexicon()
    universe = sorted({w for rows in lexicon.forms.values() for t in rows for w in t.with_})
    base = universe[pick % len(universe)]
    word = prefix + (base[:cut] if cut < 0 else base[2:] if cut == 1 else base) + tail
    assert lexicon.complements_in(word) == {w for w in universe if word_matches(word, w)}


def test_events_a_short_definite_complement_is_no_prefix_of_other_words():
    # «عبر … وأسفر عن»: «أسفر» (resulted) begins with the letters of «الأسف» without its article, but is no regret
    assert not word_matches("واسفر", "الاسف") and "الاسف" not in load_lexicon().complements_in("واسفر")
    assert word_matches("بالاسف", "الاسف") and word_matches("باتفاقها", "الاتفاق")


def test_events_dictionary_a_hollow_verbs_jussive_is_a_trigger():
    # «ولم تدن الولايات المتحدة الهجوم»: after «لم» the «ي» of «تدين» drops; the negated condemnation is still one
    lexicon = load_lexicon()
    for word in ("تدن", "يدن"):
        assert any(t.code == "111" and t.lemma == "ادان" for t, _ in lexicon.match_word(word))
    # (but never «ندن»: the segmenter reads «لندن», London, as «ل» + «ندن»)
    assert not lexicon.match_word("ندن") and not lexicon.match_word("لندن")


def test_events_dictionary_a_suffixed_past_is_the_verb_where_the_bare_past_is_a_noun():
    # «حاكمت», «صادرت», «ثمنت», «قاتلت» are verbs; «حاكم» (governor), «صادر» (issued), «قاتل» (killer) and the
    # accusatives «حاكما», «صادرا», «ثمنا» (a price), «قاتلا» are nouns (a bare «ثمن» commends only with its
    # complement: «ثمن الجهود»)
    lexicon = load_lexicon()
    for verb in ("حاكمت", "صادرت", "ثمنت", "قاتلت", "دعمت"):
        assert any(t.kind == "verb" for t, _ in lexicon.match_word(verb)), verb
    for noun in ("حاكم", "صادر", "قاتل", "حاكما", "صادرا", "ثمنا", "قاتلا", "دعم", "دعما"):
        assert not any(t.kind == "verb" for t, _ in lexicon.match_word(noun)), noun


def test_first_person_forms_take_no_endings_and_an_assimilated_verb_has_no_form_of_i():
    lexicon = load_lexicon()
    # «واصل» (he went on) and «أصل» (origin) are no «و» + «أصل» (and I arrive); «أحضان» no «أحض» + «ان»
    assert lexicon.match_word("واصل") == [] and lexicon.match_word("اصل") == []
    assert lexicon.match_word("احضان") == []
    # the «I» of a verb whose present keeps its root is still there, and «نصل» (we arrive) too
    assert {t.lemma for t, _ in lexicon.match_word("احث")} == {"حث"}
    assert {t.lemma for t, _ in lexicon.match_word("نصل")} == {"وصل"}
