"""Arabic gold event sentences (ASSAULT / PROTEST): detection precision, recall and F1.

Data: ../shared/data/events/arabic_event_gsr/{assault,protest}_gsr.csv (evaluation only: the
sentences are LDC Gigaword; nothing shipped is built from them). A sentence is "yes" when the
annotators said so; "ambiguous" sentences are left out. Two readings are scored:
- events: the sentence has a coded event of that PLOVER type (needs an actor; with no NER/link
  component in the pipeline only generic actors such as «مسلحون», «متظاهرون» exist);
- triggers: the sentence has a trigger of that type, actors or not (the dictionary alone).

    python benchmarks/events_gsr.py [--shared ../shared] [--limit N]
"""
from __future__ import annotations

import argparse
import csv
import time
from pathlib import Path

import marsad
from marsad.events import find_triggers, load_lexicon
from marsad.pipeline import Pipeline, default_pipeline_names

ROOT = Path(__file__).resolve().parent.parent
TYPES = {"ASSAULT": "assault_gsr.csv", "PROTEST": "protest_gsr.csv"}


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--limit", type=int, default=0, help="score only the first N sentences of each file")
    a = ap.parse_args()
    lexicon = load_lexicon()
    pipeline = Pipeline(default_pipeline_names())
    print(f"pipeline: {', '.join(pipeline.names)}")
    for plover, name in TYPES.items():
        with open(a.shared / "data/events/arabic_event_gsr" / name, encoding="utf-8") as fh:
            rows = [r for r in csv.DictReader(fh) if r["label"] != "ambiguous"]
        if a.limit:
            rows = rows[:a.limit]
        counts = {"events": [0, 0, 0], "triggers": [0, 0, 0]}
        start = time.perf_counter()
        for row in rows:
            gold = row["label"] == "yes"
            doc = pipeline(marsad.Document(text=row["text"], id=row["id"]))
            found = {
                "events": any(e.plover == plover and not e.negated for e in doc.events),
                "triggers": any(lexicon.code_info(m.trigger.code)[3] == plover for _, m in find_triggers(doc, lexicon)),
            }
            for reading, hit in found.items():
                c = counts[reading]
                c[0] += hit and gold
                c[1] += hit and not gold
                c[2] += gold and not hit
        secs = time.perf_counter() - start
        positives = sum(r["label"] == "yes" for r in rows)
        for reading, (tp, fp, fn) in counts.items():
            p, r, f = prf(tp, fp, fn)
            print(f"{plover:8s} {reading:8s} P {p:.3f}  R {r:.3f}  F1 {f:.3f}  "
                  f"(tp {tp}, fp {fp}, fn {fn}; {positives} yes of {len(rows)} sentences, {secs:.0f} s)")


if __name__ == "__main__":
    main()
