#!/usr/bin/env python3
"""Throughput of the text core (sentences, tokens, normalisation, clitics) on the real news corpora.

Reads articles from ../shared/data/corpus/*.jsonl.gz, runs the `sentences`, `tokens` and
`clitics` components in one process, and prints articles/s, tokens/s, Arabic words/s and peak
memory, for the whole core and for clitic segmentation alone (cold cache, then warm).

    python benchmarks/text_core.py [--shared ../shared] [--limit 5000] [--corpus ant_v1]
"""
from __future__ import annotations

import argparse
import os
import resource
import time
from pathlib import Path

from corpus import read_articles

import marsad
from marsad.doc import Document
from marsad.text.clitics import segment_word


def load_articles(shared: Path, corpus: str, limit: int) -> list[Document]:
    """An equal share of `limit` articles from each corpus file (all files when `corpus` is *)."""
    paths = [p for p in sorted((shared / "data" / "corpus").glob("*.jsonl.gz"))
             if corpus == "*" or p.name.startswith(corpus)]
    share = max(1, limit // max(1, len(paths)))
    return [doc for path in paths for doc in read_articles(path, share)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=Path(os.environ.get("MARSAD_SHARED", Path.cwd().parent / "shared")))
    ap.add_argument("--corpus", default="*", help="corpus file prefix: ant_v1, ant_v2, saudinewsnet or * (all)")
    ap.add_argument("--limit", type=int, default=5000, help="articles to process")
    a = ap.parse_args()
    docs = load_articles(a.shared, a.corpus, a.limit)
    if not docs:
        raise SystemExit(f"no articles found under {a.shared / 'data' / 'corpus'}")
    pipeline = marsad.load(["sentences", "tokens", "clitics"])
    segment_word("تحميل")  # load the lexicon outside the timing
    segment_word.cache_clear()

    start = time.perf_counter()
    tokens = words = 0
    for doc in pipeline.pipe(docs, batch_size=256):
        tokens += len(doc.tokens)
        words += sum(1 for t in doc.tokens if t.kind == "word")
    seconds = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"text core on {len(docs)} articles ({a.corpus}), one process:")
    print(f"  {len(docs) / seconds:10,.0f} articles/s   {tokens / seconds:10,.0f} tokens/s   "
          f"{words / seconds:10,.0f} Arabic words/s   ({seconds:.1f} s, {tokens:,} tokens)")
    print(f"  peak memory (RSS) {peak_mb:,.0f} MB")

    all_words = [t.text for d in docs for t in d.tokens if t.kind == "word"]
    sample = all_words[:200_000]
    segment_word.cache_clear()
    start = time.perf_counter()
    for w in sample:
        segment_word(w)
    cold = time.perf_counter() - start
    start = time.perf_counter()
    for w in sample:
        segment_word(w)
    warm = time.perf_counter() - start
    print(f"clitic segmentation alone on {len(sample):,} running words: {len(sample) / cold:,.0f} words/s "
          f"(cold cache), {len(sample) / warm:,.0f} words/s (warm)")
    try:
        from farasa.segmentation import segmentLine  # type: ignore[import-not-found]
    except ImportError:
        print("farasa not installed: no comparison")
        return
    fsample = sample[:20_000]
    start = time.perf_counter()
    for w in fsample:
        segmentLine(w)
    fsec = time.perf_counter() - start
    print(f"farasa on the first {len(fsample):,} of the same words: {len(fsample) / fsec:,.0f} words/s")


if __name__ == "__main__":
    main()
