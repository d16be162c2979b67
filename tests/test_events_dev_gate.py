"""The event goal of issue 7 on the dev gold, through the whole default pipeline: F1 >= 0.75, extra <= 0.3.

`python ../shared/tools/score_gold.py --gold ../shared/data/gold/dev` prints the same figures.
"""
from __future__ import annotations

import importlib.util
import json

import marsad
from marsad.io.readers import document_from_record


def test_events_dev_gold_goal(shared):
    spec = importlib.util.spec_from_file_location("score_gold", shared / "tools" / "score_gold.py")
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    golds = scorer.load_gold(shared / "data" / "gold" / "dev")
    preds = {}
    for g in golds:
        rec = scorer.corpus_record(g, shared)
        doc = marsad.load()(document_from_record(rec, source="dev"))
        preds[rec["id"]] = json.loads(json.dumps(doc.to_dict()))
    events = scorer.score(golds, preds)["events"]
    assert events["f1"] >= 0.75 and events["extra_per_gold"] <= 0.3, events
