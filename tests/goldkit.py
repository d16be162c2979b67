"""Helpers shared by the gold gates: the shared scorer, and Marsad's output on a folder of gold files."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import marsad
from marsad.io.readers import document_from_record


def load_scorer(shared: Path) -> ModuleType:
    """../shared/tools/score_gold.py, the scorer every figure in the notes is printed by."""
    spec = importlib.util.spec_from_file_location("score_gold", shared / "tools" / "score_gold.py")
    assert spec is not None and spec.loader is not None
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    return scorer


def score_folder(shared: Path, folder: Path, *, no_errors: bool = False) -> dict:
    """The scorer's result for the default pipeline on every gold article in `folder`, each read as
    `marsad analyze` reads a JSONL record; with `no_errors`, no component may have raised on any of them."""
    scorer = load_scorer(shared)
    golds = scorer.load_gold(folder)
    preds = {}
    for g in golds:
        rec = scorer.corpus_record(g, shared)
        doc = marsad.load()(document_from_record(rec, source=folder.name))
        if no_errors:
            assert doc.errors == [], (rec["id"], doc.errors)  # a component that raised loses the article's events
        preds[rec["id"]] = json.loads(json.dumps(doc.to_dict()))
    return scorer.score(golds, preds)
