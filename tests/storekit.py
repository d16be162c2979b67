"""Helpers shared by the store, search and ingest tests: a fresh store on each backend."""
from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest

import marsad
from marsad.doc import Document
from marsad.store import Store, open_store

PG_URL = os.environ.get("MARSAD_TEST_POSTGRES_URL")
BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.skipif(
    not PG_URL, reason="MARSAD_TEST_POSTGRES_URL is not set (export MARSAD_TEST_POSTGRES_URL=\"$(.ci/postgres.sh)\" to test PostgreSQL)"))]


def fresh_store(backend: str, tmp_path) -> Iterator[Store]:
    """A new, migrated store: a SQLite file in tmp_path, or a new schema in the test PostgreSQL database."""
    if backend == "sqlite":
        store = open_store(tmp_path / "marsad.db")
        yield store
        store.close()
        return
    schema = "t_" + uuid.uuid4().hex[:12]
    store = open_store(PG_URL, migrate=False)
    store.execute(f"CREATE SCHEMA {schema}")
    store.execute(f"SET search_path TO {schema}")
    store.migrate()
    try:
        yield store
    finally:
        store.execute(f"DROP SCHEMA {schema} CASCADE")
        store.close()


def core_doc(body: str, *, title: str | None = None, id: str = "", **meta) -> Document:
    """A document analysed by the text core only (what the index needs)."""
    return marsad.analyze(body, title=title, components=["sentences", "tokens", "clitics"], id=id, **meta)


def add_all(store: Store, docs: list[Document]) -> list:
    with store.transaction():
        return [store.add_document(d) for d in docs]
