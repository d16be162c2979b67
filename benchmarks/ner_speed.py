"""Tokens per second of the NER tagger (features + CRF) on one core, and of the full `ner` component.

    python benchmarks/ner_speed.py [--shared ../shared]

Tags the 25,008 tokens of ANERcorp's CAMeL test file twice: the first pass starts with empty word
caches (a fresh process meeting new text), the second shows the cached rate. Then runs the
`ner` component (with clitic-free spans and mention scores) over the seed article 50 times.
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

import marsad
from marsad.ner.components import EntityRecognizer
from marsad.ner.corpora import read_conll
from marsad.ner.tagger import NerTagger
from marsad.text.components import CliticSegmenter, SentenceSplitter, Tokenizer

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = ap.parse_args()
    t = time.perf_counter()
    tagger = NerTagger()
    print(f"model load: {time.perf_counter() - t:.2f}s")
    sents = [w for w, _ in read_conll(args.shared / "data/ner/anercorp/ANERCorp_CamelLab_test.txt")]
    n = sum(len(s) for s in sents)
    for label in ("cold caches", "warm caches"):
        t = time.perf_counter()
        for words in sents:
            tagger.tag(words)
        dt = time.perf_counter() - t
        print(f"tagging, {label}: {n} tokens in {dt:.2f}s = {n / dt:,.0f} tokens/s")
    seed = (args.shared / "examples/seed/article.txt").read_text(encoding="utf-8")
    title, _, body = seed.partition("\n")
    text_core = [SentenceSplitter(), Tokenizer(), CliticSegmenter()]
    ner = EntityRecognizer(tagger=tagger)
    docs = []
    for _ in range(50):
        doc = marsad.Document.from_parts(title, body)
        for step in text_core:
            doc = step(doc)
        docs.append(doc)
    n = sum(len(d.tokens) for d in docs)
    t = time.perf_counter()
    for d in docs:
        ner(d)
    dt = time.perf_counter() - t
    print(f"`ner` component on the seed article x50: {n} tokens in {dt:.2f}s = {n / dt:,.0f} tokens/s")


if __name__ == "__main__":
    main()
