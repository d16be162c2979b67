"""The corpus store: SQLite by default, PostgreSQL for teams; ingest, near-duplicates and search.

    >>> from marsad.store import ingest, open_store, search
    >>> store = open_store("marsad.db")          # or "postgresql://user@host/marsad"  # doctest: +SKIP
    >>> ingest(["news.jsonl.gz", "feeds/"], store)  # each article once; near-copies linked  # doctest: +SKIP
    >>> search(store, "روسيا", limit=5)          # finds «لروسيا», «وروسيا», «بروسيا»  # doctest: +SKIP
"""
from __future__ import annotations

from pathlib import Path

from marsad.store.base import AddResult, Filters, Store, StoreError, content_hash
from marsad.store.search import SearchHit, search


def open_store(db: str | Path, *, migrate: bool = True) -> Store:
    """A store from a file path (SQLite) or a `postgresql://` URL, its schema brought up to date."""
    url = str(db)
    store: Store
    if url.startswith(("postgresql://", "postgres://")):
        from marsad.store.postgres import PostgresStore

        store = PostgresStore(url)
    else:
        from marsad.store.sqlite import SQLiteStore

        store = SQLiteStore(url)
    if migrate:
        store.migrate()
    return store


from marsad.store.ingest import IngestReport, ingest, ingest_documents

__all__ = ["AddResult", "Filters", "IngestReport", "SearchHit", "Store", "StoreError", "content_hash", "ingest",
           "ingest_documents", "open_store", "search"]
