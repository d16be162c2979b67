"""Cost of the timex component per article, on real corpus articles (sentences and tokens excluded).

Run: python benchmarks/timex_speed.py [--shared ../shared] [--articles 2000]
Reads the first N non-empty articles of saudinewsnet part 1 and ant_v2 part 1 (evaluation
use only: nothing is kept), runs `find_times` on each and prints ms per article, articles
per second and expressions found.
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

from corpus import read_articles

from marsad.timex import find_times

ROOT = Path(__file__).resolve().parent.parent




def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--articles", type=int, default=2000, help="articles per corpus")
    args = parser.parse_args()
    corpus = args.shared / "data" / "corpus"
    for name in ("saudinewsnet.part1.jsonl.gz", "ant_v2.part1.jsonl.gz"):
        docs = read_articles(corpus / name, args.articles)
        chars = sum(len(d.text) for d in docs)
        find_times(docs[0].text, docs[0].published_date)  # warm the regex cache
        t0 = time.perf_counter()
        found = sum(len(find_times(d.text, d.published_date)) for d in docs)
        secs = time.perf_counter() - t0
        print(f"{name:28} {len(docs)} articles, {chars / len(docs):.0f} chars/article: "
              f"{secs * 1000 / len(docs):.2f} ms/article, {len(docs) / secs:.0f} articles/s, "
              f"{found / len(docs):.1f} expressions/article")


if __name__ == "__main__":
    main()
