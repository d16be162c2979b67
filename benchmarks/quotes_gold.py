"""Quotations on the dev gold articles: found, attributed, predictions matching no gold quote, speed.

Two runs: the pipeline as it is (attribution needs linked entities, so it is only as good as
NER + linking), and the same with the gold entities standing in for NER + linking (every
Arabic mention string a gold entity lists, found wherever it occurs, with the entity's first
English name): an upper bound that measures the quotes component alone. The end-to-end figure
comes from `python ../shared/tools/score_gold.py --gold ../shared/data/gold/dev`.

    python benchmarks/quotes_gold.py [--gold ../shared/data/gold/dev] [--components sentences,tokens,clitics,quotes]
        [--verbose]
"""
from __future__ import annotations

import argparse
import re
import time
from pathlib import Path
from typing import Any

import marsad
from marsad.doc import Document, Entity, Mention
from marsad.quotes import extract_quotes
from marsad.shared import load_gold_scorer

ROOT = Path(__file__).resolve().parent.parent


def add_gold_entities(doc: Document, gold: dict[str, Any]) -> None:
    """Replace the document's entities with the gold ones (longest mention strings claimed first)."""
    taken: list[tuple[int, int]] = []
    entities = []
    for n, g in enumerate(gold.get("entities", [])):
        entities.append(Entity(f"gold{n}", g["label"], g["names"][0], [], name_en=g["names"][0],
                               wikidata=g.get("wikidata")))
    pairs = sorted(((m, n) for n, g in enumerate(gold.get("entities", [])) for m in g.get("mentions", [])),
                   key=lambda p: -len(p[0]))
    for surface, n in pairs:
        for hit in re.finditer(re.escape(surface), doc.text):
            if any(a < hit.end() and hit.start() < b for a, b in taken):
                continue
            taken.append((hit.start(), hit.end()))
            entities[n].mentions.append(Mention(hit.start(), hit.end(), surface, entities[n].label))
    doc.entities = [e for e in entities if e.mentions]


def evaluate(sg: Any, golds: list[dict[str, Any]], shared: Path, components: list[str], *, oracle: bool,
             verbose: bool) -> None:
    pipeline = marsad.load(components)
    preds: dict[str, dict[str, Any]] = {}
    seconds = 0.0
    for g in golds:
        rec = sg.corpus_record(g, shared)
        doc = Document.from_parts(rec["title"], rec["text"], id=rec["id"], published=rec["published"])
        doc = pipeline(doc)
        if oracle:
            add_gold_entities(doc, g)
        t = time.perf_counter()
        doc.quotes = extract_quotes(doc)
        seconds += time.perf_counter() - t
        preds[rec["id"]] = doc.to_dict()
    q = sg.score(golds, preds)["quotes"]
    unmatched = 0
    for g in golds:
        for p in preds[str(g["id"])]["quotes"]:
            if not any(sg.quote_matches(gq, p)[0] for gq in g.get("quotes", [])):
                unmatched += 1
                if verbose:
                    print(f"  extra  {g['id']}: {p['text'][:80]}")
        for gq in g.get("quotes", []):
            res = [sg.quote_matches(gq, p) for p in preds[str(g["id"])]["quotes"]]
            if verbose and not any(f for f, _ in res):
                print(f"  missed {g['id']}: {gq['contains']}")
            elif verbose and not any(a for _, a in res):
                print(f"  unattributed {g['id']}: {gq['speaker'][0]} | {gq['contains']}")
    label = "gold entities" if oracle else "pipeline entities"
    print(f"quotes ({label}): found {q['found']:.3f}  attributed {q['attributed']:.3f}  "
          f"(gold {q['gold']}, predicted {q['predicted']}, matching no gold quote {unmatched}); "
          f"quotes component {seconds * 1000 / max(1, len(golds)):.1f} ms/article")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gold", type=Path, default=ROOT.parent / "shared" / "data" / "gold" / "dev")
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--components", default=None,
                    help="comma-separated components to run before quotes (default: the default pipeline)")
    ap.add_argument("--verbose", action="store_true", help="list missed, unattributed and extra quotes")
    a = ap.parse_args()
    sg = load_gold_scorer(a.shared)
    golds = sg.load_gold(a.gold)
    if a.components:
        components = [c for c in a.components.split(",") if c != "quotes"]
    else:
        components = [c for c in marsad.pipeline.default_pipeline_names() if c not in ("quotes", "events")]
    evaluate(sg, golds, a.shared, components, oracle=False, verbose=a.verbose)
    evaluate(sg, golds, a.shared, components, oracle=True, verbose=a.verbose)


if __name__ == "__main__":
    main()
