"""Speed of the `events` component alone, in sentences per second.

Documents are prepared first (untimed) by every default component before `events`; when no
NER/link component is registered, the gold dev articles' own entities stand in (see
events_gold_oracle.py), so the coder has real actors to attach. Then only `events` is timed: as shipped, and with the
rules alone (without the argument model's readings of uncoded triggers), in the same run. Each line gives the mean
over all passes and the rate with each article at its fastest pass: on a shared machine whose CPU is taken away at
times (steal time), the second is the steadier figure to compare two revisions by.

    python benchmarks/events_speed.py [--shared ../shared] [--repeat 20]
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

import marsad
from marsad.events import EventExtractor, load_lexicon
from marsad.pipeline import Pipeline, default_pipeline_names
from marsad.shared import load_gold_scorer

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    import sys

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from events_gold_oracle import add_gold_entities, add_gold_times

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--repeat", type=int, default=20)
    a = ap.parse_args()
    scorer = load_gold_scorer(a.shared)
    golds = scorer.load_gold(a.shared / "data/gold/dev")
    names = [n for n in default_pipeline_names() if n != "events"]
    before = Pipeline(names)
    lexicon = load_lexicon()
    countries = {v[0]: iso3 for iso3, v in lexicon.countries.items()}
    docs = []
    for g in golds:
        rec = scorer.corpus_record(g, a.shared)
        doc = before(marsad.Document.from_parts(rec.get("title"), rec["text"], id=rec["id"],
                                                published=rec.get("published")))
        if not doc.entities:
            add_gold_entities(doc, g, countries)
        if not doc.times:
            add_gold_times(doc, g)
        docs.append(doc)
    print(f"components before events: {', '.join(names)}; entities per article {sum(len(d.entities) for d in docs) / len(docs):.1f}")
    sentences = sum(len(d.sentences) for d in docs) * a.repeat
    for label, extractor in (("events component", EventExtractor(lexicon=lexicon)),
                             ("  rules only (read_uncoded=False)", EventExtractor(lexicon=lexicon, read_uncoded=False))):
        events = 0
        fastest = [float("inf")] * len(docs)
        start = time.perf_counter()
        for _ in range(a.repeat):
            for k, doc in enumerate(docs):
                began = time.perf_counter()
                events += len(extractor(doc).events)
                fastest[k] = min(fastest[k], time.perf_counter() - began)
        secs = time.perf_counter() - start
        print(f"{label}: {sentences} sentences in {secs:.2f} s = {sentences / secs:,.0f} sentences/s "
              f"({events // a.repeat} events per pass); each article at its fastest pass: "
              f"{sentences // a.repeat / sum(fastest):,.0f} sentences/s")

if __name__ == "__main__":
    main()
