#!/usr/bin/env python3
"""Articles per second of the pipeline with and without `link`, and the time `link` itself takes.

    python benchmarks/link_speed.py [--shared ../shared] [--articles 300]

Reads the first N non-empty articles of ant_v1 (JawharaFM, Apache-2.0), runs the text core (and
`ner` when its model is installed) once, then times the remaining chain with and without `link`
on copies of the same documents, on one core. The KB load time is reported separately.
"""
from __future__ import annotations

import argparse
import copy
import time
from pathlib import Path

from corpus import read_articles

from marsad.doc import Document
from marsad.errors import MarsadError
from marsad.pipeline import Pipeline

ROOT = Path(__file__).resolve().parent.parent




def rate(pipeline: Pipeline, docs: list[Document]) -> float:
    work = copy.deepcopy(docs)
    t = time.perf_counter()
    for d in work:
        pipeline(d)
    return len(work) / (time.perf_counter() - t)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--ner-dir", type=Path, help="an NER model folder other than the installed one (training runs)")
    args = ap.parse_args()
    docs = read_articles(args.shared / "data/corpus/ant_v1.jsonl.gz", args.articles)
    words = sum(len(d.text.split()) for d in docs)
    core = ["sentences", "tokens", "clitics"]
    config: dict = {}
    if args.ner_dir:
        from marsad.ner.tagger import NerTagger

        config["ner"] = {"tagger": NerTagger(args.ner_dir)}
    try:
        import marsad.ner.components  # noqa: F401  (registers `ner` where factories does not list it yet)

        Pipeline([*core, "ner"], config=config)
        core.append("ner")
    except (MarsadError, ImportError):
        pass
    t = time.perf_counter()
    from marsad.kb import load_kb

    load_kb()
    print(f"KB load: {time.perf_counter() - t:.2f}s")
    print(f"{len(docs)} articles, {words:,} words; base pipeline: {','.join(core)}")
    rate(Pipeline(core, config=config), docs)  # warm the clitic and feature caches for both runs
    base = rate(Pipeline(core, config=config), docs)
    with_link = rate(Pipeline([*core, "link"], config=config), docs)
    print(f"without link: {base:.1f} articles/s")
    print(f"with link:    {with_link:.1f} articles/s")
    pre = Pipeline(core, config=config)
    prepared = [pre(d) for d in copy.deepcopy(docs)]
    from marsad.link.component import EntityLinker

    linker = EntityLinker()
    t = time.perf_counter()
    for d in prepared:
        linker(d)
        problems = d.validate_offsets()
        if problems:
            raise SystemExit(f"{d.id}: {problems[:3]}")
    dt = time.perf_counter() - t
    print(f"link alone:   {len(prepared) / dt:.1f} articles/s ({1000 * dt / len(prepared):.2f} ms/article)")


if __name__ == "__main__":
    main()
