"""False-positive check of one event rule: events per 100 corpus sentences with the rule off and on.

Random articles (seed 7) from the first 20,000 lines of ant_v2 part 1 and ant_v1 run through the
default pipeline once; the events step is rerun with the named rule disabled, and every event the
rule adds is printed with its sentence, to be read by hand.

    python benchmarks/events_corpus_check.py [N_ARTICLES] [_context_targets|_quoted_demands] [--shared ../shared]
"""
from __future__ import annotations

import argparse
import gzip
import json
import random
from pathlib import Path

from marsad.doc import Document
from marsad.events import extract
from marsad.factories import DEFAULT_PIPELINE
from marsad.pipeline import Pipeline

ROOT = Path(__file__).resolve().parent.parent
RULES = {"_context_targets": lambda *a: None, "_quoted_demands": lambda *a: []}


def read_lines(corpus: Path, limit: int = 20_000) -> list[str]:
    lines: list[str] = []
    for name in ("ant_v2.part1.jsonl.gz", "ant_v1.jsonl.gz"):
        with gzip.open(corpus / name, "rt", encoding="utf-8") as fh:
            for n, line in enumerate(fh):
                if n > limit:
                    break
                lines.append(line)
    return lines


def event_keys(docs: list[Document]) -> list[set[tuple]]:
    lexicon = extract.load_lexicon()
    return [{(e.cameo, e.trigger.start, tuple(a.name_en for a in e.source), tuple(a.name_en for a in e.target))
             for e in extract.extract_events(d, lexicon)} for d in docs]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("n", type=int, nargs="?", default=200)
    ap.add_argument("rule", nargs="?", default="_context_targets", choices=sorted(RULES))
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = ap.parse_args()
    random.seed(7)
    lines = read_lines(args.shared / "data" / "corpus")
    recs = [json.loads(line) for line in random.sample(lines, args.n)]
    pipe = Pipeline(list(DEFAULT_PIPELINE))
    docs = [pipe(Document.from_parts(r.get("title"), r.get("text") or "", published=r.get("published"),
                                     id=str(r.get("id")))) for r in recs]
    n_sent = sum(len(d.sentences) for d in docs)
    original = getattr(extract, args.rule)
    setattr(extract, args.rule, RULES[args.rule])
    try:
        before = event_keys(docs)
    finally:
        setattr(extract, args.rule, original)
    after = event_keys(docs)
    nb, na = sum(map(len, before)), sum(map(len, after))
    print(f"docs {len(docs)} sentences {n_sent} events rule off {nb} ({100 * nb / n_sent:.2f}/100) "
          f"on {na} ({100 * na / n_sent:.2f}/100)")
    for d, b, a in zip(docs, before, after):
        for key in sorted(a - b):
            s = next(s for s in d.sentences if s.start <= key[1] < s.end)
            print("+", key[0], key[2], "->", key[3], "|", s.text[:200])
        for key in sorted(b - a):
            print("-", key[0], key[2], "->", key[3])


if __name__ == "__main__":
    main()
