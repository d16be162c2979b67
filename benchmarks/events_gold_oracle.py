"""Events on the gold articles with gold entities standing in for NER + linking (an upper bound).

The `events` component depends on linked entities; this script isolates it: every Arabic
mention string a gold entity lists is found in the text and given the entity's first English
name, so the figures measure event coding alone. The end-to-end figure comes from
`python ../shared/tools/score_gold.py --gold ../shared/data/gold/dev`.

    python benchmarks/events_gold_oracle.py [--gold ../shared/data/gold/dev] [--verbose]
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import marsad
from marsad.doc import Document, Entity, Mention, TimeExpr
from marsad.events import EventExtractor, load_lexicon
from marsad.shared import load_gold_scorer

ROOT = Path(__file__).resolve().parent.parent


def text_core(text: str, *, title: str | None = None, published: str | None = None, doc_id: str = "") -> Document:
    """Sentences, tokens and clitic pieces, run directly (no registry): events need nothing else."""
    from marsad.text.components import CliticSegmenter, SentenceSplitter, Tokenizer

    doc = Document.from_parts(title, text, published=published, id=doc_id)
    for step in (SentenceSplitter(), Tokenizer(), CliticSegmenter()):
        doc = step(doc)
    return doc


def add_gold_entities(doc: Document, gold: dict, countries: dict[str, str]) -> None:
    """Entities from the gold list, each mention string found wherever it occurs (longest first)."""
    taken: list[tuple[int, int]] = []
    entities = []
    pairs = [(m, n, g) for n, g in enumerate(gold.get("entities", [])) for m in g.get("mentions", [])]
    pairs.sort(key=lambda p: -len(p[0]))
    found: dict[int, list[Mention]] = {}
    for surface, n, g in pairs:
        k = 0
        while surface and (i := doc.text.find(surface, k)) >= 0:
            k = i + 1
            if any(a < i + len(surface) and i < b for a, b in taken):
                continue
            taken.append((i, i + len(surface)))
            found.setdefault(n, []).append(Mention(i, i + len(surface), surface, g["label"]))
    for n, g in enumerate(gold.get("entities", [])):
        if n not in found:
            continue
        names = g["names"] if isinstance(g["names"], list) else [g["names"]]
        entities.append(Entity(id=f"g{n}", label=g["label"], text=found[n][0].text, mentions=found[n],
                               name_en=names[0], wikidata=g.get("wikidata"), country=countries.get(names[0])))
    doc.entities = entities


def add_gold_times(doc: Document, gold: dict) -> None:
    """Gold date expressions where their text occurs, standing in for the timex component."""
    times = []
    for t in gold.get("times", []):
        k = 0
        while (i := doc.text.find(t["text"], k)) >= 0:
            k = i + 1
            times.append(TimeExpr(i, i + len(t["text"]), t["text"], t.get("type", "DATE"), t.get("value")))
    doc.times = sorted(times, key=lambda x: x.start)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--gold", type=Path, default=None)
    ap.add_argument("--pipeline", action="store_true",
                    help="use the default pipeline's own entities, times and quotes instead of the gold ones")
    ap.add_argument("--no-times", action="store_true", help="leave out the gold times (dates from publication)")
    ap.add_argument("--verbose", action="store_true", help="print gold and predicted events per article")
    ap.add_argument("--rules-only", action="store_true",
                    help="the rules alone, without the argument model's readings of triggers they leave uncoded")
    a = ap.parse_args()
    scorer = load_gold_scorer(a.shared)
    golds = scorer.load_gold(a.gold or a.shared / "data/gold/dev")
    lexicon = load_lexicon()
    countries = {v[0]: iso3 for iso3, v in lexicon.countries.items()}
    extractor = EventExtractor(lexicon=lexicon, read_uncoded=not a.rules_only)
    preds = {}
    for g in golds:
        rec = scorer.corpus_record(g, a.shared)
        if a.pipeline:
            doc = marsad.analyze(rec["text"], title=rec.get("title"), published=rec.get("published"), id=rec["id"])
        else:
            doc = text_core(rec["text"], title=rec.get("title"), published=rec.get("published"), doc_id=rec["id"])
            add_gold_entities(doc, g, countries)
            if not a.no_times:
                add_gold_times(doc, g)
            doc = extractor(doc)
        preds[rec["id"]] = json.loads(json.dumps(doc.to_dict()))
        if a.verbose:
            print(f"== {rec['id']}")
            for e in g.get("events", []) + [dict(x, negated=True) for x in g.get("negated_events", [])]:
                ok = any(scorer.event_matches(e, p) for p in preds[rec["id"]]["events"])
                print(f"  gold {'+' if ok else '-'} {e.get('cameo_root')} {e['what']}")
            for p, ev in zip(preds[rec["id"]]["events"], doc.events):
                gev = g.get("events", []) + [dict(x, negated=True) for x in g.get("negated_events", [])]
                ok = any(scorer.event_matches(e, p) for e in gev)
                print(f"  pred {'+' if ok else '-'} {ev.cameo} {ev.trigger.text} "
                      f"{[x.name_en for x in ev.source]} -> {[x.name_en for x in ev.target]} "
                      f"neg={ev.negated} {ev.modality or ''} | {doc.sentences[ev.sentence].text[:90]!r}")
    r = scorer.score(golds, preds)["events"]
    print(f"events ({'default pipeline' if a.pipeline else 'gold entities'}{', rules only' if a.rules_only else ''}) P {r['precision']:.3f}  R {r['recall']:.3f}  F1 {r['f1']:.3f}  "
          f"extra/gold {r['extra_per_gold']:.2f}  (gold {r['gold']}, predicted {r['predicted']})")


if __name__ == "__main__":
    sys.exit(main())
