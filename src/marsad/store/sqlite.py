"""The default store: one SQLite file, with an FTS5 index of stems and surfaces ranked by BM25."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from marsad.store.base import Filters, Store, StoreError
from marsad.store.terms import QueryClause, QueryPlan, QueryWord


def _quoted(*terms: str) -> str:
    # index terms are letters and digits only (clean_term), so a double-quoted string is always safe
    return '"' + " ".join(terms) + '"'


def fts_clause(clause: QueryClause) -> str:
    """One clause as an FTS5 expression: «روسيا» → (stems:"روسيا" OR surfaces:("روسيا" OR "لروسيا" …))."""
    parts: list[str] = []
    for words in (clause.words, *clause.words[0].alternatives):
        parts += _phrase_parts(words)
    return "(" + " OR ".join(parts) + ")"


def _phrase_parts(words: tuple[QueryWord, ...]) -> list[str]:
    """The stems phrase, and the surface phrases for the clitic forms the splitter keeps whole."""
    first: QueryWord = words[0]
    rest = [w.surface for w in words[1:]]
    parts = [f"stems : {_quoted(*(w.stem for w in words))}"]
    if first.variants:
        parts.append("surfaces : (" + " OR ".join(_quoted(v, *rest) for v in first.variants) + ")")
    return parts


def fts_query(plan: QueryPlan) -> str:
    """The whole plan as an FTS5 MATCH string (every positive clause, none of the negated ones)."""
    expr = " AND ".join(fts_clause(c) for c in plan.positive)
    for clause in plan.negative:
        expr += f" NOT {fts_clause(clause)}"
    return expr


class SQLiteStore(Store):
    """A store in one SQLite file (WAL journal: readers never block the ingest)."""

    dialect = "sqlite"
    placeholder = "?"
    begin_sql = "BEGIN IMMEDIATE"

    def __init__(self, path: str | Path) -> None:
        path = str(path)
        path = path.removeprefix("sqlite:///")
        if path != ":memory:":
            parent = Path(path).expanduser().resolve().parent
            if not parent.is_dir():
                raise StoreError(f"cannot create the store {path!r}: folder {parent} does not exist")
        try:
            conn = sqlite3.connect(path, isolation_level=None, timeout=30.0)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA foreign_keys=ON")
            conn.execute("PRAGMA cache_size=-65536")
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot open {path!r} as a Marsad store: {exc} (is it a SQLite file?)") from exc
        super().__init__(conn, path)

    def index_terms(self, key: int, stems: list[str], surfaces: list[str]) -> None:
        self.execute("INSERT INTO doc_index (rowid, stems, surfaces) VALUES (?, ?, ?)",
                     (key, " ".join(stems), " ".join(surfaces)))

    def indexed_count(self) -> int:
        return int(self.query("SELECT COUNT(*) FROM doc_index_docsize")[0][0])

    def ranked(self, plan: QueryPlan, filters: Filters, limit: int, offset: int = 0) -> list[tuple[int, float]]:
        match = fts_query(plan)
        try:
            if filters.is_empty():
                rows = self.query("SELECT rowid, bm25(doc_index) FROM doc_index WHERE doc_index MATCH ?"
                                  " ORDER BY bm25(doc_index) LIMIT ? OFFSET ?", (match, limit, offset))
            else:
                where, params = self.filter_sql(filters)
                rows = self.query(
                    "SELECT d.doc_key, bm25(doc_index) FROM doc_index JOIN documents d ON d.doc_key = doc_index.rowid"
                    f" WHERE doc_index MATCH ? AND {where} ORDER BY bm25(doc_index) LIMIT ? OFFSET ?",
                    (match, *params, limit, offset))
        except sqlite3.OperationalError as exc:
            raise StoreError(f"the search index rejected the query {match!r}: {exc}") from exc
        return [(int(k), -float(s)) for k, s in rows]
