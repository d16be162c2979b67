"""Ingest: read articles, analyse them, and store each exactly once, in atomic batches.

Idempotent by content hash (re-ingesting the same article adds nothing) and resumable:
each batch is one transaction, so an ingest killed half-way leaves whole batches only, and
the rerun skips what is already stored. Near-copies are stored linked to their original.
"""
from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from marsad.doc import Document
from marsad.io.readers import ReadFailure, read_documents
from marsad.pipeline import Pipeline
from marsad.store.base import Store, content_hash
from marsad.store.terms import document_terms

CORE_COMPONENTS = ("sentences", "tokens", "clitics")


@dataclass
class IngestReport:
    """What an ingest did: added stories, linked near-copies, skipped inputs (by reason), failures."""

    added: int = 0
    duplicates: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    failed: list[ReadFailure] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def processed(self) -> int:
        return self.added + self.duplicates + sum(self.skipped.values()) + len(self.failed)

    @property
    def rate(self) -> float:
        """Articles stored per second (added and linked)."""
        return (self.added + self.duplicates) / self.seconds if self.seconds > 0 else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"added": self.added, "near_duplicates": self.duplicates, "skipped": dict(self.skipped),
                "failed": [{"source": f.source, "reason": f.reason} for f in self.failed],
                "seconds": round(self.seconds, 3), "articles_per_second": round(self.rate, 1)}


def core_pipeline() -> Pipeline:
    """The text core only (sentences, tokens, clitics): enough to index and deduplicate."""
    return Pipeline(list(CORE_COMPONENTS))


def ensure_core(pipeline: Pipeline) -> Pipeline:
    """A pipeline that sets tokens and clitic pieces (the index needs them), adding the core if missing."""
    missing = [name for name in CORE_COMPONENTS if name not in pipeline.names]
    return Pipeline([*missing, *pipeline.names]) if missing else pipeline


Analysed = list[tuple[Document, tuple[list[str], list[str]]]]
_WORKER_PIPELINE: Pipeline | None = None


def _analyse(pipeline: Pipeline, docs: list[Document]) -> Analysed:
    """Run the pipeline and compute the index terms; tokens are dropped (the store keeps the spans it needs)."""
    out: Analysed = []
    for doc in pipeline.pipe(docs, batch_size=len(docs)):
        terms = document_terms(doc)
        doc.tokens = []
        doc.sentences = []
        out.append((doc, terms))
    return out


def _init_worker(names: list[str]) -> None:
    global _WORKER_PIPELINE
    _WORKER_PIPELINE = Pipeline(names)


def _analyse_in_worker(docs: list[Document]) -> Analysed:
    assert _WORKER_PIPELINE is not None
    return _analyse(_WORKER_PIPELINE, docs)


def ingest_documents(store: Store, items: Iterable[Document | ReadFailure], *, pipeline: Pipeline | None = None,
                     batch_size: int = 200, dedup: bool = True, jobs: int = 1,
                     on_progress: Callable[[IngestReport], None] | None = None) -> IngestReport:
    """Analyse and store documents in batches of one transaction each; returns what happened.

    With `jobs` > 1 the analysis runs in that many worker processes and overlaps the
    writing: while this process writes batch N (one transaction), the workers analyse
    batch N+1. The store is still written by this process only, a batch at a time.
    """
    pipeline = ensure_core(pipeline or core_pipeline())
    report = IngestReport()
    started = time.perf_counter()
    pool = None
    if jobs > 1:
        from concurrent.futures import ProcessPoolExecutor

        pool = ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker, initargs=(list(pipeline.names),))

    def analyse(docs: list[Document]) -> Callable[[], Analysed]:
        """Start the analysis; the returned callable waits for its result."""
        if pool is None or len(docs) < 2 * jobs:
            done = _analyse(pipeline, docs)
            return lambda: done
        size = -(-len(docs) // (jobs * 2))
        futures = [pool.submit(_analyse_in_worker, docs[i:i + size]) for i in range(0, len(docs), size)]
        return lambda: [pair for future in futures for pair in future.result()]

    pending: _Pending | None = None
    try:
        batch: list[Document] = []
        for item in items:
            if isinstance(item, ReadFailure):
                report.failed.append(item)
                continue
            batch.append(item)
            if len(batch) >= batch_size:
                # start this batch's analysis, then write the previous one while it runs
                started_batch = _start_batch(store, batch, analyse, report, pending)
                if pending is not None:
                    _write_batch(store, pending, report, dedup)
                pending = started_batch
                batch = []
                report.seconds = time.perf_counter() - started
                if on_progress:
                    on_progress(report)
        if batch:
            started_batch = _start_batch(store, batch, analyse, report, pending)
            if pending is not None:
                _write_batch(store, pending, report, dedup)
            pending = started_batch
        if pending is not None:
            _write_batch(store, pending, report, dedup)
            pending = None
        if report.added:
            store.finish_ingest()
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
    report.seconds = time.perf_counter() - started
    if on_progress:
        on_progress(report)
    return report


@dataclass
class _Pending:
    """A batch whose analysis has started: its new documents (with hashes) and the analysis to wait for."""

    fresh: list[tuple[Document, str]]
    result: Callable[[], Analysed] | None

    @property
    def digests(self) -> set[str]:
        return {digest for _, digest in self.fresh}

    @property
    def ids(self) -> set[str]:
        return {doc.id for doc, _ in self.fresh}


def _start_batch(store: Store, batch: list[Document], analyse: Callable[[list[Document]], Callable[[], Analysed]],
                 report: IngestReport, pending: _Pending | None) -> _Pending:
    """Keep the documents not stored yet (nor in the batch still being written) and start their analysis."""
    fresh: list[tuple[Document, str]] = []
    digests = [content_hash(doc.text) for doc in batch]
    stored = store.known_hashes(digests)
    used_ids = store.known_ids([doc.id for doc in batch])
    seen: set[str] = set()
    if pending is not None:  # not committed yet, but it will be before this batch is written
        seen |= pending.digests
        used_ids |= pending.ids
    for doc, digest in zip(batch, digests):
        if not doc.text.strip():
            report.skipped["empty text"] += 1
        elif digest in stored or digest in seen:
            report.skipped["already stored (same text)"] += 1
        elif doc.id in used_ids:
            report.skipped["id already used by a different text"] += 1
        else:
            seen.add(digest)
            used_ids.add(doc.id)
            fresh.append((doc, digest))
    return _Pending(fresh, analyse([doc for doc, _ in fresh]) if fresh else None)


def _write_batch(store: Store, pending: _Pending, report: IngestReport, dedup: bool) -> None:
    """Store one analysed batch in one transaction: all of it, or (killed half-way) none of it."""
    if pending.result is None:
        return
    analysed = pending.result()
    with store.transaction():
        for (doc, terms), (_, digest) in zip(analysed, pending.fresh):
            result = store.add_document(doc, digest=digest, find_duplicates=dedup, terms=terms)
            if not result.stored:
                report.skipped["already stored (same text)"] += 1
            elif result.duplicate_of is None:
                report.added += 1
            else:
                report.duplicates += 1


def ingest(inputs: Iterable[str | Path], db: str | Path | Store, *, pipeline: Pipeline | None = None,
           published: str | None = None, batch_size: int = 200, dedup: bool = True, jobs: int = 1,
           on_progress: Callable[[IngestReport], None] | None = None) -> IngestReport:
    """Read, analyse and store every article in the inputs (files, directories, globs, URLs, '-')."""
    from marsad.store import open_store

    store = db if isinstance(db, Store) else open_store(db)
    try:
        return ingest_documents(store, read_inputs(inputs, published=published), pipeline=pipeline,
                                batch_size=batch_size, dedup=dedup, jobs=jobs, on_progress=on_progress)
    finally:
        if not isinstance(db, Store):
            store.close()


def read_inputs(inputs: Iterable[str | Path], *, published: str | None = None) -> Iterator[Document | ReadFailure]:
    """Documents from paths and http(s) URLs (HTML pages and RSS/Atom feeds)."""
    import marsad.io.feeds
    import marsad.io.html  # noqa: F401 - registers the .html/.htm reader

    paths: list[str | Path] = []
    for item in inputs:
        if str(item).startswith(("http://", "https://")):
            if paths:
                yield from read_documents(paths, published=published)
                paths = []
            yield from _read_url(str(item))
        else:
            paths.append(item)
    if paths:
        yield from read_documents(paths, published=published)


def _read_url(url: str) -> Iterator[Document | ReadFailure]:
    """Fetch one URL (a feed or an article page); the declared charset is honoured."""
    import urllib.request

    from marsad.io.feeds import looks_like_feed, read_feed_bytes
    from marsad.io.html import read_html_bytes

    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            data = response.read()
            charset = response.headers.get_content_charset()
            ctype = response.headers.get_content_type() or ""
    except Exception as exc:  # noqa: BLE001 - any fetch problem is a failure of this input only
        yield ReadFailure(url, f"cannot fetch: {exc}")
        return
    if "xml" in ctype or "rss" in ctype or "atom" in ctype or looks_like_feed(data):
        yield from read_feed_bytes(data, source=url, charset=charset)
    else:
        yield read_html_bytes(data, source=url, url=url, charset=charset)
