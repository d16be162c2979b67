"""Quality gate: floors under the shipped tagger's entity F1 (the figures themselves come from
`python -m marsad.ner.evaluate`; this only catches regressions)."""
from __future__ import annotations

from marsad.ner.corpora import read_aqmar, read_conll
from marsad.ner.evaluate import score_tagger
from marsad.ner.tagger import shared_tagger
from tests.conftest import shared_path


def test_ner_eval_gate_anercorp_repaired():
    sents = list(read_conll(shared_path("data", "ner", "anercorp", "test_repaired.txt")))
    assert score_tagger(shared_tagger(), sents).prf()[2] >= FLOOR_ANERCORP


def test_ner_eval_gate_aqmar():
    sents = read_aqmar(shared_path("data", "ner", "aqmar"), "test")
    assert score_tagger(shared_tagger(), sents).prf()[2] >= FLOOR_AQMAR


FLOOR_ANERCORP = 60.0
FLOOR_AQMAR = 40.0
