"""Quality gate: entity linking on the dev gold articles must not fall below a pinned floor.

The figure itself is reported by `benchmarks/link_gold.py`; this only catches regressions. It uses the
KB-only chain (no `ner`), so a change of the NER model does not move it. Slow: the gold articles are
looked up in the gzipped corpora.
"""
from __future__ import annotations

import importlib
import sys

import pytest

import marsad.link.component  # noqa: F401
from marsad.doc import Document
from marsad.pipeline import Pipeline
from tests.conftest import shared_path


@pytest.mark.slow
def test_link_eval_gate_dev_gold_entities():
    tools = shared_path("tools")
    gold_dir = shared_path("data", "gold", "dev")
    sys.path.insert(0, str(tools))
    score_gold = importlib.import_module("score_gold")
    pipeline = Pipeline(["sentences", "tokens", "clitics", "link"])
    golds = score_gold.load_gold(gold_dir)
    preds = {}
    for g in golds:
        rec = score_gold.corpus_record(g, tools.parent)
        doc = pipeline(Document.from_parts(rec.get("title"), rec.get("text") or "", id=str(rec["id"]),
                                           published=rec.get("published")))
        assert doc.validate_offsets() == []
        preds[doc.id] = doc.to_dict()
    entities = score_gold.score(golds, preds)["entities"]
    assert entities["precision"] >= 0.95
    assert entities["recall"] >= 0.85
    assert entities["f1"] >= 0.90
