"""The shipped event dictionary: rebuildable from ../shared, and consistent with the CAMEO codebook."""
from __future__ import annotations

from pathlib import Path

from rebuildkit import rebuild

from marsad.events import load_lexicon

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
