"""Ingest speed into the store: the ~72k articles of ../shared/data/corpus with the text core, and a
sample with the full default pipeline.

    python benchmarks/store_ingest.py                      # builds /tmp/marsad-bench.db, prints articles/s
    python benchmarks/store_ingest.py --limit 5000 --full-sample 200
    python benchmarks/store_ingest.py --db postgresql://postgres@localhost:55432/marsad_bench

The store it builds is the input of benchmarks/store_search.py.
"""
from __future__ import annotations

import argparse
import gzip
import itertools
import json
import os
import resource
import sys
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from marsad.doc import Document
from marsad.io.readers import ReadFailure, document_from_record
from marsad.pipeline import Pipeline
from marsad.store import open_store
from marsad.store.ingest import core_pipeline, ingest_documents


def corpus_files(shared: Path) -> list[Path]:
    return sorted((shared / "data" / "corpus").glob("*.jsonl.gz"))


def read_corpus(files: list[Path]) -> Iterator[Document | ReadFailure]:
    for path in files:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for number, line in enumerate(fh, 1):
                try:
                    yield document_from_record(json.loads(line), source=f"{path.name}:{number}")
                except ValueError as exc:
                    yield ReadFailure(f"{path.name}:{number}", str(exc))


def fresh(db: str) -> None:
    if db.startswith("postgres"):
        store = open_store(db, migrate=False)
        store.execute("DROP SCHEMA public CASCADE")
        store.execute("CREATE SCHEMA public")
        store.close()
    else:
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(db + suffix):
                os.remove(db + suffix)


def cpu_seconds() -> float:
    """CPU time of this process and of its finished worker processes (--jobs), user and system."""
    own, workers = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + workers.ru_utime + workers.ru_stime


def run(db: str, docs: Iterator[Document | ReadFailure], pipeline: Pipeline, label: str, batch_size: int,
        jobs: int = 1) -> None:
    fresh(db)
    store = open_store(db)
    started, cpu_started = time.perf_counter(), cpu_seconds()
    report = ingest_documents(store, docs, pipeline=pipeline, batch_size=batch_size, jobs=jobs)
    seconds = time.perf_counter() - started
    cpu = cpu_seconds() - cpu_started
    stored = report.added + report.duplicates
    size = f", {os.path.getsize(db) / 1e6:.0f} MB" if os.path.exists(db) else ""
    # on a shared machine the CPU-time rate is the fairer figure: it is what one free core would give
    print(f"{label}: {stored} articles stored in {seconds:.1f}s = {stored / seconds:.0f} articles/s wall, "
          f"{stored / cpu:.0f} articles per CPU-second "
          f"({report.added} stories, {report.duplicates} near-duplicates linked, "
          f"{sum(report.skipped.values())} skipped {dict(report.skipped)}, {len(report.failed)} failed{size})")
    store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--db", default="/tmp/marsad-bench.db")
    parser.add_argument("--limit", type=int, default=None, help="Only the first N articles (default: all).")
    parser.add_argument("--full-sample", type=int, default=300, help="Articles for the full-pipeline run (0: skip).")
    parser.add_argument("--batch-size", type=int, default=500)
    parser.add_argument("--jobs", type=int, default=1, help="Worker processes for the analysis.")
    args = parser.parse_args()
    files = corpus_files(args.shared)
    if not files:
        sys.exit(f"no corpus under {args.shared}/data/corpus")
    print(f"corpus: {', '.join(f.name for f in files)}")
    docs = read_corpus(files)
    if args.limit:
        docs = itertools.islice(docs, args.limit)
    run(args.db, docs, core_pipeline(), f"text core (sentences, tokens, clitics), {args.jobs} job(s)", args.batch_size,
        args.jobs)
    if args.full_sample:
        sample_db = args.db + ".full" if not args.db.startswith("postgres") else args.db
        if args.db.startswith("postgres"):
            print("full-pipeline run skipped for PostgreSQL (it would replace the benchmark store)")
            return
        pipeline = Pipeline(None)
        sample = itertools.islice(read_corpus(files[1:2] or files), args.full_sample)
        run(sample_db, sample, pipeline, f"full default pipeline ({', '.join(pipeline.names)})",
            min(args.batch_size, 100))


if __name__ == "__main__":
    main()
