"""What every store does the same way, whatever the database: rows from documents, dedup, filters.

A backend (SQLite, PostgreSQL) supplies the connection, its placeholder style, the search
index (FTS5 or tsvector) and the ranked query; everything else (document rows, entity
and event tables, content hashes, near-duplicate links) is written once, here.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Self

from marsad.doc import Actor, Document
from marsad.errors import MarsadError
from marsad.store import dedup
from marsad.store.schema import MIGRATIONS, SCHEMA_VERSION
from marsad.store.terms import QueryPlan, document_terms
from marsad.text import normalize_word

_ANNOTATION_FIELDS = ("entities", "quantities", "times", "quotes", "events", "processed", "errors")


class StoreError(MarsadError):
    """The store cannot be opened or written: the message names the database and what to do."""


def content_hash(text: str) -> str:
    """The identity of an article's text: re-ingesting the same text adds nothing."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class AddResult:
    """What happened to one document: added as a story, or linked to the original it copies."""

    doc_key: int
    duplicate_of: str | None = None
    similarity: float | None = None
    stored: bool = True  # False: another writer stored the same text or id first


@dataclass
class Filters:
    """Search filters; every one given must hold."""

    date_from: str | None = None
    date_to: str | None = None
    sources: Sequence[str] = ()
    entities: Sequence[str] = ()  # Wikidata id, entity id, Arabic or English name
    event: str | None = None  # a CAMEO code or prefix: "04" matches 040–049
    actors: tuple[str, str] | None = None  # (source, target) of one event

    def is_empty(self) -> bool:
        return not (self.date_from or self.date_to or self.sources or self.entities or self.event or self.actors)


def _norm_name(name: str) -> str:
    return " ".join(normalize_word(w) for w in name.split())


def resolve_entity_keys(name: str) -> list[str]:
    """Wikidata ids for a name through the knowledge base, when one is installed (else none)."""
    try:
        from marsad.kb import lookup  # type: ignore[attr-defined]
    except Exception:  # noqa: BLE001 - the knowledge base is optional
        return []
    try:
        found = lookup(name)
    except Exception:  # noqa: BLE001
        return []
    keys = []
    for item in (found if isinstance(found, (list, tuple)) else [found] if found else []):
        for attr in ("wikidata", "qid", "id"):
            value = item.get(attr) if isinstance(item, dict) else getattr(item, attr, None)
            if isinstance(value, str) and value.startswith("Q"):
                keys.append(value)
                break
    return keys


class Store:
    """A corpus store: documents, their annotations, near-duplicate links and a search index."""

    dialect = ""
    placeholder = "?"
    begin_sql = "BEGIN"

    def __init__(self, conn: Any, url: str) -> None:
        self.conn = conn
        self.url = url
        self._in_transaction = False

    # ---- plumbing -------------------------------------------------------------------------
    def _sql(self, sql: str) -> str:
        return sql if self.placeholder == "?" else sql.replace("?", self.placeholder)

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        cur = self.conn.cursor()
        cur.execute(self._sql(sql), tuple(params))
        return cur

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        rows = list(rows)
        if rows:
            cur = self.conn.cursor()
            cur.executemany(self._sql(sql), rows)

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return list(self.execute(sql, params).fetchall())

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One atomic batch: all of it is stored, or (killed half-way) none of it."""
        self.execute(self.begin_sql)
        self._in_transaction = True
        try:
            yield
        except BaseException:
            self.execute("ROLLBACK")
            raise
        else:
            self.execute("COMMIT")
        finally:
            self._in_transaction = False

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---- schema ---------------------------------------------------------------------------
    def schema_version(self) -> int:
        self.execute("CREATE TABLE IF NOT EXISTS marsad_schema (version INTEGER NOT NULL, applied_at TEXT NOT NULL)")
        rows = self.query("SELECT MAX(version) FROM marsad_schema")
        return int(rows[0][0] or 0)

    def migrate(self) -> int:
        """Apply the migrations this store lacks; returns the version reached."""
        with self.transaction():
            current = self.schema_version()
            if current > SCHEMA_VERSION:
                raise StoreError(f"{self.url} has schema version {current}, newer than this Marsad "
                                 f"({SCHEMA_VERSION}): upgrade Marsad to open it")
            for version, statements in MIGRATIONS[self.dialect]:
                if version <= current:
                    continue
                for statement in statements:
                    self.execute(statement)
                self.execute("INSERT INTO marsad_schema (version, applied_at) VALUES (?, ?)",
                             (version, _now()))
                current = version
        return current

    # ---- writing --------------------------------------------------------------------------
    def known_hashes(self, hashes: Sequence[str]) -> dict[str, str]:
        """content hash → stored document id, for the hashes already stored."""
        out: dict[str, str] = {}
        for chunk in _chunks(list(hashes), 500):
            marks = ",".join("?" * len(chunk))
            for h, doc_id in self.query(f"SELECT content_hash, id FROM documents WHERE content_hash IN ({marks})",
                                        chunk):
                out[h] = doc_id
        return out

    def known_ids(self, ids: Sequence[str]) -> set[str]:
        out: set[str] = set()
        for chunk in _chunks(list(ids), 500):
            marks = ",".join("?" * len(chunk))
            out.update(r[0] for r in self.query(f"SELECT id FROM documents WHERE id IN ({marks})", chunk))
        return out

    def add_document(self, doc: Document, *, digest: str | None = None, find_duplicates: bool = True,
                     terms: tuple[list[str], list[str]] | None = None) -> AddResult:
        """Store one analysed document (inside `transaction()`); a near-copy is linked, not indexed.

        `terms` are the document's (stems, surfaces) when already computed (by an ingest worker).
        """
        digest = digest or content_hash(doc.text)
        stems, surfaces = terms if terms is not None else document_terms(doc)
        signature = dedup.signature_of(surfaces) if find_duplicates else None
        duplicate_of, sim = self._find_original(signature) if signature is not None else (None, None)
        annotations = {name: [x.to_dict() if hasattr(x, "to_dict") else x for x in getattr(doc, name)]
                       for name in _ANNOTATION_FIELDS}
        published_date = doc.published_date.isoformat() if doc.published_date else None
        rows = self.query(
            "INSERT INTO documents (id, content_hash, title, text, published, published_date, source, url, language,"
            " body_start, meta, annotations, duplicate_of, similarity, ingested_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING doc_key",
            (doc.id, digest, doc.title, doc.text, doc.published, published_date, doc.source, doc.url, doc.language,
             doc.body_start, json.dumps(doc.meta, ensure_ascii=False, default=str),
             json.dumps(annotations, ensure_ascii=False, default=str), duplicate_of, sim, _now()))
        if not rows:  # a concurrent ingest got there first: nothing to add
            return AddResult(-1, stored=False)
        key = int(rows[0][0])
        self._write_annotations(key, doc)
        if duplicate_of is None:
            self.index_document(key, stems, surfaces, signature)
        return AddResult(key, duplicate_of, sim)

    def index_document(self, key: int, stems: list[str], surfaces: list[str],
                       signature: dedup.Signature | None) -> None:
        """Make a story findable: its search index row and its MinHash bands (for the copies to come)."""
        self.index_terms(key, stems, surfaces)
        if signature is not None:
            self.execute("INSERT INTO minhashes (doc_key, signature) VALUES (?, ?)", (key, signature.to_bytes()))
            self.executemany("INSERT INTO lsh_buckets (bucket, doc_key) VALUES (?, ?)",
                             [(b, key) for b in signature.buckets])

    def _find_original(self, signature: dedup.Signature) -> tuple[str | None, float | None]:
        marks = ",".join("?" * len(signature.buckets))
        rows = self.query(
            f"SELECT DISTINCT m.doc_key, m.signature, d.id FROM lsh_buckets b JOIN minhashes m ON m.doc_key = b.doc_key"
            f" JOIN documents d ON d.doc_key = m.doc_key WHERE b.bucket IN ({marks})", signature.buckets)
        best: tuple[str | None, float | None] = (None, None)
        for _key, blob, doc_id in rows:
            sim = dedup.similarity(signature, bytes(blob))
            if sim >= dedup.THRESHOLD and (best[1] is None or sim > best[1]):
                best = (doc_id, sim)
        return best

    def _write_annotations(self, key: int, doc: Document) -> None:
        self.executemany(
            "INSERT INTO entities (doc_key, entity_id, label, text, text_norm, name_en, name_ar, wikidata, country,"
            " cameo) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            [(key, e.id, e.label, e.text, _norm_name(e.name_ar or e.text), (e.name_en or "").lower() or None,
              e.name_ar, e.wikidata, e.country, e.cameo) for e in doc.entities])
        self.executemany(
            "INSERT INTO entity_names (doc_key, entity_id, name) VALUES (?, ?, ?)",
            [(key, e.id, name) for e in doc.entities for name in _other_names(e.name_en, e.aliases_en)])
        self.executemany(
            "INSERT INTO mentions (doc_key, entity_id, start_pos, end_pos, text, kind) VALUES (?, ?, ?, ?, ?, ?)",
            [(key, e.id, m.start, m.end, m.text, m.kind) for e in doc.entities for m in e.mentions])
        self.executemany(
            "INSERT INTO times (doc_key, start_pos, end_pos, text, type, value) VALUES (?, ?, ?, ?, ?, ?)",
            [(key, t.start, t.end, t.text, t.type, t.value) for t in doc.times])
        self.executemany(
            "INSERT INTO quotes (doc_key, start_pos, end_pos, text, direct, speaker, speaker_entity, speaker_wikidata)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(key, q.start, q.end, q.text, int(q.direct), q.speaker.text if q.speaker else None,
              q.speaker.entity if q.speaker else None, q.speaker.wikidata if q.speaker else None)
             for q in doc.quotes])
        self.executemany(
            "INSERT INTO events (doc_key, event_id, cameo, cameo_root, plover, quad_class, goldstein, date,"
            " trigger_start, trigger_end, trigger_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
            [(key, ev.id, ev.cameo, ev.cameo_root, ev.plover, ev.quad_class, ev.goldstein, ev.date, ev.trigger.start,
              ev.trigger.end, ev.trigger.text) for ev in doc.events])
        actors: list[tuple[Any, ...]] = []
        for ev in doc.events:
            for role, group in (("source", ev.source), ("target", ev.target),
                                ("location", [ev.location] if ev.location else [])):
                actors.extend(_actor_row(key, ev.id, role, a) for a in group)
        self.executemany(
            "INSERT INTO event_actors (doc_key, event_id, role, text, text_norm, entity_id, wikidata, name_en,"
            " cameo_actor, country) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", actors)
        self.executemany(
            "INSERT INTO actor_names (doc_key, event_id, role, name) VALUES (?, ?, ?, ?)",
            list(dict.fromkeys((key, ev.id, role, name) for ev in doc.events
                               for role, group in (("source", ev.source), ("target", ev.target))
                               for a in group for name in _other_names(a.name_en, a.aliases_en))))

    def index_terms(self, key: int, stems: list[str], surfaces: list[str]) -> None:
        """Index one article's words (stems and surfaces, position-aligned)."""
        raise NotImplementedError

    def finish_ingest(self) -> None:
        """Called once an ingest has stored its last batch (PostgreSQL tidies its index here)."""

    # ---- reading --------------------------------------------------------------------------
    def count(self, *, originals_only: bool = False) -> int:
        where = " WHERE duplicate_of IS NULL" if originals_only else ""
        return int(self.query(f"SELECT COUNT(*) FROM documents{where}")[0][0])

    def get_document(self, doc_id: str) -> Document | None:
        """The stored document with its annotations (tokens are not stored: re-run the text core)."""
        rows = self.query("SELECT id, title, text, published, source, url, language, body_start, meta, annotations"
                          " FROM documents WHERE id = ?", (doc_id,))
        return _document_from_row(rows[0]) if rows else None

    def documents_by_key(self, keys: Sequence[int]) -> dict[int, tuple[Any, ...]]:
        """doc_key → (id, title, text, published, source, url, body_start), for search hits."""
        out: dict[int, tuple[Any, ...]] = {}
        for chunk in _chunks(list(keys), 500):
            marks = ",".join("?" * len(chunk))
            for row in self.query(f"SELECT doc_key, id, title, text, published, source, url, body_start"
                                  f" FROM documents WHERE doc_key IN ({marks})", chunk):
                out[int(row[0])] = tuple(row[1:])
        return out

    def duplicates_of(self, doc_id: str) -> list[tuple[str, float]]:
        """(id, similarity) of the stored copies linked to an original."""
        return [(r[0], float(r[1] or 0)) for r in self.query(
            "SELECT id, similarity FROM documents WHERE duplicate_of = ? ORDER BY id", (doc_id,))]

    def filter_sql(self, filters: Filters, alias: str = "d") -> tuple[str, list[Any]]:
        """SQL conditions (joined by AND) and their parameters for the filters, on documents `alias`."""
        conds: list[str] = []
        params: list[Any] = []
        if filters.date_from:
            conds.append(f"{alias}.published_date >= ?")
            params.append(filters.date_from)
        if filters.date_to:
            conds.append(f"{alias}.published_date <= ?")
            params.append(filters.date_to)
        if filters.sources:
            conds.append(f"{alias}.source IN ({','.join('?' * len(filters.sources))})")
            params.extend(filters.sources)
        for name in filters.entities:
            sub, sub_params = _entity_condition("e", name)
            conds.append(f"{alias}.doc_key IN (SELECT e.doc_key FROM entities e WHERE {sub})")
            params.extend(sub_params)
        if filters.event:
            conds.append(f"{alias}.doc_key IN (SELECT ev.doc_key FROM events ev WHERE ev.cameo LIKE ?)")
            params.append(filters.event.strip() + "%")
        if filters.actors:
            a_cond, a_params = _actor_condition("a", filters.actors[0])
            b_cond, b_params = _actor_condition("b", filters.actors[1])
            conds.append(f"{alias}.doc_key IN (SELECT a.doc_key FROM event_actors a JOIN event_actors b"
                         f" ON a.doc_key = b.doc_key AND a.event_id = b.event_id"
                         f" WHERE a.role = 'source' AND b.role = 'target' AND {a_cond} AND {b_cond})")
            params.extend(a_params + b_params)
        return " AND ".join(conds), params

    def ranked(self, plan: QueryPlan, filters: Filters, limit: int, offset: int = 0) -> list[tuple[int, float]]:
        """(doc_key, score) of the best matches, best first."""
        raise NotImplementedError

    def filtered(self, filters: Filters, limit: int, offset: int = 0) -> list[tuple[int, float]]:
        """Documents matching the filters alone, newest first (a search without words)."""
        where, params = self.filter_sql(filters)
        where = f"d.duplicate_of IS NULL{' AND ' + where if where else ''}"
        rows = self.query(f"SELECT d.doc_key FROM documents d WHERE {where}"
                          f" ORDER BY d.published_date DESC, d.doc_key LIMIT ? OFFSET ?", [*params, limit, offset])
        return [(int(r[0]), 0.0) for r in rows]


def _entity_condition(alias: str, name: str) -> tuple[str, list[Any]]:
    """An entity by Wikidata id, Marsad entity id, Arabic name or English name, one of its other English
    names (`entity_names`), and KB ids."""
    name = name.strip()
    keys = [name] if name[:1] == "Q" and name[1:].isdigit() else resolve_entity_keys(name)
    conds = [f"{alias}.entity_id = ?", f"{alias}.text_norm = ?", f"{alias}.name_en = ?",
             (f"EXISTS (SELECT 1 FROM entity_names n WHERE n.doc_key = {alias}.doc_key"
              f" AND n.entity_id = {alias}.entity_id AND n.name = ?)")]
    params: list[Any] = [name, _norm_name(name), name.lower(), name.lower()]
    if keys:
        conds.append(f"{alias}.wikidata IN ({','.join('?' * len(keys))})")
        params.extend(keys)
    return "(" + " OR ".join(conds) + ")", params


def _actor_condition(alias: str, name: str) -> tuple[str, list[Any]]:
    """An event actor by Wikidata id, entity id, CAMEO actor code, Arabic or English name, or another English
    name of an actor in its role (`actor_names`)."""
    name = name.strip()
    keys = [name] if name[:1] == "Q" and name[1:].isdigit() else resolve_entity_keys(name)
    conds = [f"{alias}.entity_id = ?", f"{alias}.text_norm = ?", f"{alias}.name_en = ?", f"{alias}.cameo_actor = ?",
             f"{alias}.country = ?",
             (f"EXISTS (SELECT 1 FROM actor_names n WHERE n.doc_key = {alias}.doc_key"
              f" AND n.event_id = {alias}.event_id AND n.role = {alias}.role AND n.name = ?)")]
    params: list[Any] = [name, _norm_name(name), name.lower(), name.upper(), name.upper(), name.lower()]
    if keys:
        conds.append(f"{alias}.wikidata IN ({','.join('?' * len(keys))})")
        params.extend(keys)
    return "(" + " OR ".join(conds) + ")", params


def _other_names(name_en: str | None, aliases: list[str]) -> list[str]:
    """The other English names to index, lower case, without the first name and without repeats."""
    first = (name_en or "").lower()
    return [n for n in dict.fromkeys(a.lower() for a in aliases) if n != first]


def _actor_row(key: int, event_id: str, role: str, a: Actor) -> tuple[Any, ...]:
    return (key, event_id, role, a.text, _norm_name(a.text or ""), a.entity, a.wikidata,
            (a.name_en or "").lower() or None, a.cameo_actor, a.country)


def _document_from_row(row: Sequence[Any]) -> Document:
    doc_id, title, text, published, source, url, language, body_start, meta, annotations = row
    data: dict[str, Any] = {"id": doc_id, "title": title, "text": text, "published": published, "source": source,
                            "url": url, "language": language or "ar", "body_start": body_start or 0,
                            "meta": json.loads(meta) if meta else {}}
    if annotations:
        data.update(json.loads(annotations))
    return Document.from_dict(data)


def _chunks(items: list[Any], size: int) -> Iterator[list[Any]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
