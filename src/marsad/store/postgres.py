"""The team store: PostgreSQL through psycopg 3, the same tables, and a tsvector of stems and surfaces.

Each word is one position in the `tsvector` with two lexemes: its stem (weight A) and its
normalised surface (weight B), so a phrase query can mix them («"كيم جونغ"» matches
«لكيم جونغ»). The lexemes and the query are written as literals, not parsed by a text
search configuration, so PostgreSQL's locale never changes what Arabic matches.
"""
from __future__ import annotations

from typing import Any

from marsad.store.base import Filters, Store, StoreError
from marsad.store.terms import QueryClause, QueryPlan, QueryWord

_MAX_POSITION = 16383  # PostgreSQL keeps positions up to this one


def tsvector_literal(stems: list[str], surfaces: list[str]) -> str:
    """'روسيا':3A 'لروسيا':3B … for the aligned stems and surfaces."""
    positions: dict[str, list[str]] = {}
    for i, (stem, surface) in enumerate(zip(stems, surfaces), 1):
        pos = min(i, _MAX_POSITION)
        positions.setdefault(stem, []).append(f"{pos}A")
        if surface != stem:
            positions.setdefault(surface, []).append(f"{pos}B")
    return " ".join(f"'{lex}':{','.join(p[:256])}" for lex, p in positions.items())


def _word_query(word: QueryWord, *, first: bool) -> str:
    # no weight restriction: an unsplit «بروسيا» is indexed once, as its own stem (A)
    forms = [f"'{word.stem}'"] + [f"'{v}'" for v in (word.variants if first else (word.surface,))]
    return "(" + " | ".join(dict.fromkeys(forms)) + ")"


def _phrase_query(words: tuple[QueryWord, ...]) -> str:
    return "(" + " <-> ".join(_word_query(w, first=i == 0) for i, w in enumerate(words)) + ")"


def tsquery_clause(clause: QueryClause) -> str:
    parts = [_phrase_query(clause.words)]
    parts += [_phrase_query(alt) for alt in clause.words[0].alternatives]
    return "(" + " | ".join(parts) + ")"


def tsquery_literal(plan: QueryPlan) -> str:
    expr = " & ".join(tsquery_clause(c) for c in plan.positive)
    for clause in plan.negative:
        expr += f" & !{tsquery_clause(clause)}"
    return expr


class PostgresStore(Store):
    """A store in a PostgreSQL database (`postgresql://user@host/db`)."""

    dialect = "postgres"
    placeholder = "%s"

    def __init__(self, url: str) -> None:
        try:
            import psycopg
        except ImportError as exc:
            raise StoreError("PostgreSQL stores need psycopg 3: pip install 'psycopg[binary]'") from exc
        try:
            conn: Any = psycopg.connect(url, autocommit=True)
        except psycopg.Error as exc:
            raise StoreError(f"cannot connect to {url!r}: {exc}".strip()) from exc
        super().__init__(conn, url)

    def index_terms(self, key: int, stems: list[str], surfaces: list[str]) -> None:
        self.execute("INSERT INTO doc_index (doc_key, terms) VALUES (?, ?::tsvector)",
                     (key, tsvector_literal(stems, surfaces)))

    def indexed_count(self) -> int:
        return int(self.query("SELECT COUNT(*) FROM doc_index")[0][0])

    def ranked(self, plan: QueryPlan, filters: Filters, limit: int, offset: int = 0) -> list[tuple[int, float]]:
        where, params = self.filter_sql(filters)
        rows = self.query(
            "SELECT d.doc_key, ts_rank_cd(i.terms, q.q) AS score FROM doc_index i"
            " JOIN documents d ON d.doc_key = i.doc_key CROSS JOIN (SELECT ?::tsquery AS q) q"
            f" WHERE i.terms @@ q.q{' AND ' + where if where else ''} ORDER BY score DESC, d.doc_key LIMIT ? OFFSET ?",
            (tsquery_literal(plan), *params, limit, offset))
        return [(int(k), float(s)) for k, s in rows]
