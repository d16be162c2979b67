from __future__ import annotations

import json

import jsonschema

from marsad.schema import build_schema, load_schema


def test_committed_schema_matches_the_code():
    """If this fails, a dataclass in marsad.doc changed: run `python -m marsad.schema --write`."""
    assert load_schema() == json.loads(json.dumps(build_schema()))


def test_analysed_documents_validate_against_the_schema(seed_doc):
    jsonschema.validate(seed_doc.to_dict(), load_schema())


def test_schema_has_the_fields_the_gold_scorer_reads():
    defs = load_schema()["$defs"]
    assert {"label", "name_en", "wikidata", "mentions"} <= set(defs["Entity"]["properties"])
    assert {"start", "end", "kind"} <= set(defs["Mention"]["properties"])
    assert {"text", "type", "value"} <= set(defs["TimeExpr"]["properties"])
    assert {"text", "speaker"} <= set(defs["Quote"]["properties"]) and "name_en" in defs["Actor"]["properties"]
    assert {"cameo", "source", "target", "date", "negated"} <= set(defs["Event"]["properties"])
