"""The team's example article (examples/amman-talks.txt): main persons and places, clitic-free."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import marsad
import marsad.ner.components

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@pytest.fixture(scope="module")
def amman_doc():
    path = EXAMPLES / "amman-talks.txt"
    if not path.exists():
        pytest.skip("examples/amman-talks.txt is absent")
    meta = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    title, _, body = path.read_text(encoding="utf-8").partition("\n")
    return marsad.analyze(body.strip(), title=title.strip(), published=meta["published"],
                          components=["sentences", "tokens", "clitics", "ner", "quantities"])


@pytest.mark.parametrize("name, label", [
    ("أيمن الصفدي", "PER"), ("رياض المالكي", "PER"), ("عبد الفتاح السيسي", "PER"), ("عبد الله الثاني", "PER"),
    ("عمّان", "LOC"), ("غزة", "LOC"), ("مصر", "LOC"), ("القاهرة", "LOC"), ("الأردن", "LOC"), ("واشنطن", "LOC"),
])
def test_ner_examples_amman_entities(amman_doc, name, label):
    found = {m.text: e.label for e in amman_doc.entities for m in e.mentions}
    assert found.get(name) == label


def test_ner_examples_amman_spans(amman_doc):
    assert amman_doc.validate_offsets() == []
    # «شكري» is named in the headline and the body: one entity, several mentions
    shoukry = next(e for e in amman_doc.entities if e.id == "local:شكري")
    assert shoukry.label == "PER" and len(shoukry.mentions) >= 2
    assert any(q.value == 500 for q in amman_doc.quantities)  # «نحو 500 شاحنة»
