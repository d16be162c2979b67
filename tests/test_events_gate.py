"""Quality gate: events on the gold dev articles with gold entities and times standing in for NER/link/timex.

The floor catches regressions of the event coder itself; the figures are reported by
`python benchmarks/events_gold_oracle.py` (and end to end by ../shared/tools/score_gold.py).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from marsad.events import EventExtractor, load_lexicon
from marsad.shared import load_gold_scorer

ROOT = Path(__file__).resolve().parent.parent


def score_with_gold_entities(shared: Path, extractor: EventExtractor) -> dict:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from events_gold_oracle import add_gold_entities, add_gold_times, text_core
    finally:
        sys.path.pop(0)
    scorer = load_gold_scorer(shared)
    golds = scorer.load_gold(shared / "data" / "gold" / "dev")
    countries = {v[0]: iso3 for iso3, v in extractor.lexicon.countries.items()}
    preds = {}
    for g in golds:
        rec = scorer.corpus_record(g, shared)
        doc = text_core(rec["text"], title=rec.get("title"), published=rec.get("published"), doc_id=rec["id"])
        add_gold_entities(doc, g, countries)
        add_gold_times(doc, g)
        doc = extractor(doc)
        assert doc.validate_offsets() == []
        preds[rec["id"]] = json.loads(json.dumps(doc.to_dict()))
    return scorer.score(golds, preds)["events"]


def test_events_gold_gate_rules(shared):
    r = score_with_gold_entities(shared, EventExtractor(lexicon=load_lexicon(), read_uncoded=False))
    assert r["precision"] >= 0.63  # measured 0.661 (R 0.506, F1 0.573, extra/gold 0.26), sixth session
    assert r["f1"] >= 0.56
    # extras include right readings the gold folds into another event (the confiscation «معلنة مصادرة ممتلكاتهما»
    # inside its sanctions event) and condemnations now aimed at the side of the story before them
    assert r["extra_per_gold"] <= 0.28


def test_events_gold_gate_as_shipped(shared):
    r = score_with_gold_entities(shared, EventExtractor(lexicon=load_lexicon()))
    # measured P 0.621, R 0.513, F1 0.562, extra/gold 0.32 (seventh session): the argument model's readings
    # find one more dev event, repeat one already found and add nine the dev annotator did not list; on unseen
    # news they add recall
    assert r["precision"] >= 0.60 and r["f1"] >= 0.54 and r["extra_per_gold"] <= 0.34
