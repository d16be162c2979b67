"""Helpers shared by the gold gates: the shared scorer, and Marsad's output on a folder of gold files."""
from __future__ import annotations

import json
from pathlib import Path

import marsad
from marsad.io.readers import document_from_record
from marsad.shared import load_gold_scorer


def score_folder(shared: Path, folder: Path, *, no_errors: bool = False) -> dict:
    """The scorer's result for the default pipeline on every gold article in `folder`, each read as
    `marsad analyze` reads a JSONL record; with `no_errors`, no component may have raised on any of them."""
    scorer = load_gold_scorer(shared)
    golds = scorer.load_gold(folder)
    preds = {}
    for g in golds:
        rec = scorer.corpus_record(g, shared)
        doc = marsad.load()(document_from_record(rec, source=folder.name))
        if no_errors:
            assert doc.errors == [], (rec["id"], doc.errors)  # a component that raised loses the article's events
        preds[rec["id"]] = json.loads(json.dumps(doc.to_dict()))
    return scorer.score(golds, preds)
