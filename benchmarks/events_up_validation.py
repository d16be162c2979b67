"""UniversalPetrarch Arabic validation sentences: share coded with the right type, extra events per sentence.

Data: ../shared/data/events/universalpetrarch_arabic/arabic_branch/arabic_{assault,protest}_gsr_validation.xml
(373 ASSAULT + 272 PROTEST sentences; benchmark only; read with a regular expression because the
combined dev-validate copy is truncated). Each sentence holds one event of
the named PLOVER type. "Right" = Marsad codes at least one non-negated event of that type
(ASSAULT: CAMEO 18/20 roots; PROTEST: 14); "extra" = every other event Marsad codes there,
per sentence. UniversalPetrarch's own figures on these sentences, the anchor: 44 % right,
315 % extra (3.15 extra events per sentence).

    python benchmarks/events_up_validation.py [--shared ../shared]
"""
from __future__ import annotations

import argparse
import html
import re
from pathlib import Path

import marsad
from marsad.events import find_triggers, load_lexicon
from marsad.pipeline import Pipeline, default_pipeline_names

ROOT = Path(__file__).resolve().parent.parent
XML = ("data/events/universalpetrarch_arabic/arabic_branch/arabic_assault_gsr_validation.xml",
       "data/events/universalpetrarch_arabic/arabic_branch/arabic_protest_gsr_validation.xml")
SENTENCE = re.compile(r'<Sentence [^>]*category="(\w+)"[^>]*id="(\w+)"[^>]*>.*?<Text>(.*?)</Text>', re.DOTALL)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    a = ap.parse_args()
    lexicon = load_lexicon()
    pipeline = Pipeline(default_pipeline_names())
    print(f"pipeline: {', '.join(pipeline.names)}")
    totals: dict[str, list[int]] = {}
    sentences = [m.groups() for path in XML for m in SENTENCE.finditer((a.shared / path).read_text(encoding="utf-8"))]
    for plover, sid, raw in sentences:
        text = html.unescape(raw).strip()
        if not text or plover not in ("ASSAULT", "PROTEST"):
            continue
        doc = pipeline(marsad.Document(text=text, id=sid))
        events = [e for e in doc.events if not e.negated]
        right = any(e.plover == plover for e in events)
        extra = sum(e.plover != plover for e in events) + max(0, sum(e.plover == plover for e in events) - 1)
        trig = any(lexicon.code_info(m.trigger.code)[3] == plover for _, m in find_triggers(doc, lexicon))
        t = totals.setdefault(plover, [0, 0, 0, 0])
        t[0] += 1
        t[1] += right
        t[2] += extra
        t[3] += trig
    n = sum(t[0] for t in totals.values())
    right = sum(t[1] for t in totals.values())
    extra = sum(t[2] for t in totals.values())
    trig = sum(t[3] for t in totals.values())
    for plover, (k, r, x, tr) in sorted(totals.items()):
        print(f"{plover:8s} sentences {k}  right type {r / k:.1%}  extra/sentence {x / k:.1%}  "
              f"trigger of right type {tr / k:.1%}")
    print(f"all      sentences {n}  right type {right / n:.1%}  extra/sentence {extra / n:.1%}  "
          f"trigger of right type {trig / n:.1%}   (UniversalPetrarch: 44 % right, 315 % extra)")


if __name__ == "__main__":
    main()
