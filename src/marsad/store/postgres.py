"""The team store: PostgreSQL through psycopg 3, the same tables, and a tsvector of stems and surfaces.

Each word is one position in the `tsvector` with two lexemes: its stem (weight A) and its
normalised surface (weight B), so a phrase query can mix them («"كيم جونغ"» matches
«لكيم جونغ»). The lexemes and the query are written as literals, not parsed by a text
search configuration, so PostgreSQL's locale never changes what Arabic matches.

Ranking every article that contains a frequent word («الرئيس» is in one article of five)
costs a detoasted tsvector per row; so each article also lists its most telling stems with
the weight the ranking gives them (`doc_impacts`, see `terms.impact_terms`). A query first
takes the best few hundred candidates from those lists (the top of one index range per
word), checks and ranks only them; when they give fewer hits than asked (a rare word, a
narrow filter, a deep page), it ranks every match as before, so no match is ever lost.
"""
from __future__ import annotations

from typing import Any

from marsad.store import dedup
from marsad.store.base import Filters, Store, StoreError
from marsad.store.terms import QueryClause, QueryPlan, QueryWord, impact_terms

_MAX_POSITION = 16383  # PostgreSQL keeps positions up to this one
CANDIDATES = 100  # articles taken from the impact lists before the exact check and ranking
# ts_rank_cd normalisation 1: divide by log(1 + positions), so long articles do not win by length alone
_RANK = "ts_rank_cd(i.terms, q.q, 1)"


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


def candidate_terms(plan: QueryPlan) -> tuple[list[str], list[int]]:
    """(term, slot) pairs to look up in the impact lists: a slot per query word, its stem and variants.

    A phrase or an AND of words occurs in an article about as often as its scarcest word, so
    candidates are ordered by how many slots they fill, then by their weakest slot.
    """
    terms: list[str] = []
    slots: list[int] = []
    for clause in plan.positive:
        for words in (clause.words, *clause.words[0].alternatives):
            for i, word in enumerate(words):
                forms = dict.fromkeys((word.stem, *(word.variants if i == 0 else (word.surface,))))
                slot = len(set(slots))
                terms.extend(forms)
                slots.extend([slot] * len(forms))
    return terms, slots


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
        self.index_document(key, stems, surfaces, None)

    def index_document(self, key: int, stems: list[str], surfaces: list[str],
                       signature: dedup.Signature | None) -> None:
        """One round trip for the tsvector, the impact list, the MinHash and its bands."""
        impacts = impact_terms(stems, surfaces)
        self.execute(
            "WITH t AS (INSERT INTO doc_index (doc_key, terms) VALUES (?, ?::tsvector)),"
            " m AS (INSERT INTO minhashes (doc_key, signature) SELECT ?, s FROM (VALUES (?::bytea)) AS v(s)"
            " WHERE s IS NOT NULL),"
            " b AS (INSERT INTO lsh_buckets (bucket, doc_key) SELECT u, ? FROM unnest(?::bigint[]) AS u)"
            " INSERT INTO doc_impacts (term, impact, doc_key) SELECT t, w, ? FROM unnest(?::text[], ?::real[])"
            " AS u(t, w)",
            (key, tsvector_literal(stems, surfaces), key, signature.to_bytes() if signature else None, key,
             list(signature.buckets) if signature else [], key, [t for t, _ in impacts], [w for _, w in impacts]))

    def indexed_count(self) -> int:
        return int(self.query("SELECT COUNT(*) FROM doc_index")[0][0])

    def finish_ingest(self) -> None:
        """Fold the GIN pending list into the index and refresh statistics, so searches after a bulk load are fast."""
        if self._in_transaction:  # VACUUM cannot run inside one
            return
        self.execute("SELECT gin_clean_pending_list('doc_index_terms'::regclass)")
        # VACUUM marks the new pages all-visible: the impact lists are then read by index-only scans
        self.execute("VACUUM (ANALYZE) doc_impacts")
        self.execute("ANALYZE doc_index")

    def ranked(self, plan: QueryPlan, filters: Filters, limit: int, offset: int = 0) -> list[tuple[int, float]]:
        where, params = self.filter_sql(filters)
        where = f" AND {where}" if where else ""
        query = tsquery_literal(plan)
        terms, slots = candidate_terms(plan)
        candidates = max(CANDIDATES, 4 * (limit + offset))
        # several clauses: read deeper into each word's list, the articles must share the words
        per_word = candidates * (4 if len(set(slots)) == 1 else 10)
        # the strongest candidates first (articles where the most clauses are telling words, then by weight),
        # checked and ranked; only when they give fewer than `limit` hits is every match ranked. One round
        # trip: the second branch is gated by a one-time filter, so PostgreSQL runs it only when needed
        full = (f"SELECT d.doc_key, {_RANK} AS score FROM doc_index i JOIN documents d ON d.doc_key = i.doc_key"
                " CROSS JOIN (SELECT ?::tsquery AS q) q"
                f" WHERE i.terms @@ q.q{where} ORDER BY score DESC, d.doc_key LIMIT ? OFFSET ?")
        rows = self.query(
            # each word's best articles straight from the index order (no scan of all its articles), then
            # the articles that fill the most slots, by their weakest one
            "WITH c AS (SELECT doc_key FROM (SELECT x.doc_key, v.slot, max(x.impact) AS impact"
            " FROM unnest(?::text[], ?::int[]) AS v(term, slot) CROSS JOIN LATERAL (SELECT doc_key, impact"
            " FROM doc_impacts WHERE term = v.term ORDER BY impact DESC LIMIT ?) x GROUP BY x.doc_key, v.slot)"
            " AS per_slot GROUP BY doc_key ORDER BY count(*) DESC, min(impact) DESC, sum(impact) DESC, doc_key"
            " LIMIT ?),"
            f" strong AS (SELECT d.doc_key, {_RANK} AS score FROM c JOIN doc_index i ON i.doc_key = c.doc_key"
            " JOIN documents d ON d.doc_key = i.doc_key CROSS JOIN (SELECT ?::tsquery AS q) q"
            f" WHERE i.terms @@ q.q{where} ORDER BY score DESC, d.doc_key LIMIT ? OFFSET ?),"
            " enough AS (SELECT count(*) >= ? AS yes FROM strong)"
            " SELECT doc_key, score FROM strong WHERE (SELECT yes FROM enough)"
            f" UNION ALL SELECT doc_key, score FROM ({full}) AS every WHERE NOT (SELECT yes FROM enough)"
            " ORDER BY score DESC, doc_key",
            (terms, slots, per_word, candidates, query, *params, limit, offset, limit, query, *params, limit, offset))
        return [(int(k), float(s)) for k, s in rows]
