"""Search a store: Arabic-aware matching, BM25 ranking, filters, and snippets with highlight offsets.

    >>> from marsad.store import open_store, search
    >>> hits = search(open_store("marsad.db"), "روسيا", date_from="2023-09-01")  # doctest: +SKIP
    >>> hits[0].highlights  # (start, end) into the document text  # doctest: +SKIP
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from typing import Any

from marsad.store.base import Filters, Store
from marsad.store.terms import QueryPlan, clean_term, parse_query, word_forms
from marsad.text import normalize_word, tokenize
from marsad.text.normalize import _ONE_TO_ONE, DIACRITICS, INVISIBLE, TATWEEL

_SPACE = re.compile(r"\s")

SNIPPET_BEFORE = 80
SNIPPET_AFTER = 160


@dataclass
class SearchHit:
    """One matching document: its id, score, metadata and a snippet with the matches marked.

    `highlights` are (start, end) offsets into the document text; `snippet_highlights` the
    same matches as offsets into `snippet` (which is `text[snippet_start:snippet_start+len]`).
    """

    id: str
    score: float
    title: str | None
    published: str | None
    source: str | None
    url: str | None
    snippet: str
    snippet_start: int
    highlights: list[tuple[int, int]] = field(default_factory=list)
    snippet_highlights: list[tuple[int, int]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["highlights"] = [list(h) for h in self.highlights]
        out["snippet_highlights"] = [list(h) for h in self.snippet_highlights]
        return out


@lru_cache(maxsize=1024)
def _stems_regex(stems: frozenset[str]) -> re.Pattern[str] | None:
    """A pattern finding the query stems in raw text, whatever their hamza, ya or ta-marbuta spelling."""
    variants: dict[str, set[str]] = {}
    for raw, folded in _ONE_TO_ONE.items():
        variants.setdefault(folded, set()).add(raw)
    between = f"[{DIACRITICS}{TATWEEL}{INVISIBLE}]*"
    alternatives = []
    for stem in sorted(stems, key=len, reverse=True):
        if not stem:
            continue
        letters = ["[" + "".join(re.escape(c) for c in sorted({ch, *variants.get(ch, ())})) + "]" for ch in stem]
        alternatives.append(between.join(letters))
    return re.compile("|".join(alternatives), re.IGNORECASE) if alternatives else None


def find_matches(text: str, plan: QueryPlan) -> list[tuple[int, int]]:
    """(start, end) of the words in `text` that the query matches: «لروسيا» for «روسيا».

    Every matching word contains a query stem, so only the words around a regex hit of a
    stem are tokenised and checked, not the whole article.
    """
    stems, surfaces = plan.match_forms()
    pattern = _stems_regex(frozenset(stems))
    if pattern is None:
        return []
    out: list[tuple[int, int]] = []
    done = -1
    for hit in pattern.finditer(text):
        if hit.start() < done:
            continue
        chunk_start = hit.start()
        while chunk_start > 0 and not text[chunk_start - 1].isspace():
            chunk_start -= 1
        space = _SPACE.search(text, hit.end())
        chunk_end = space.start() if space else len(text)
        done = chunk_end
        for start, end, kind in tokenize(text, chunk_start, chunk_end):
            if kind not in ("word", "number", "latin") or end <= hit.start() or start >= hit.end():
                continue
            surface = clean_term(normalize_word(text[start:end]))
            if surface in surfaces or word_forms(text[start:end])[0] in stems:
                out.append((start, end))
    return out


def make_snippet(text: str, matches: list[tuple[int, int]], body_start: int = 0) -> tuple[int, int]:
    """The stretch of text to show: around the first match in the body (or the title), cut at spaces."""
    if not matches:
        centre = body_start
    else:
        in_body = [m for m in matches if m[0] >= body_start]
        centre = (in_body or matches)[0][0]
    floor = body_start if centre >= body_start else 0
    start = max(floor, centre - SNIPPET_BEFORE)
    end = min(len(text), centre + SNIPPET_AFTER)
    if start > floor:  # cut mid-text: begin at the next whole word
        space = text.find(" ", start, centre)
        start = space + 1 if space != -1 else start
    if end < len(text):
        space = text.rfind(" ", centre, end)
        end = space if space > centre else end
    return start, end


def search(store: Store, query: str, *, date_from: str | None = None, date_to: str | None = None,
           sources: Sequence[str] = (), entities: Sequence[str] = (), event: str | None = None,
           actors: tuple[str, str] | None = None, limit: int = 10, offset: int = 0,
           snippets: bool = True) -> list[SearchHit]:
    """The best `limit` documents for the query, with filters; near-duplicates are not returned twice.

    Query syntax: words (all must match, each with or without clitics), "quoted phrases",
    and -word to exclude. An empty query lists the documents matching the filters, newest first.
    """
    filters = Filters(date_from, date_to, tuple(sources), tuple(entities), event, actors)
    plan = parse_query(query)
    if plan.positive:
        ranked = store.ranked(plan, filters, limit, offset)
    else:
        ranked = store.filtered(filters, limit, offset)
    rows = store.documents_by_key([k for k, _ in ranked])
    hits = []
    for key, score in ranked:
        row = rows.get(key)
        if row is None:
            continue
        doc_id, title, text, published, source, url, body_start = row
        matches = find_matches(text, plan) if snippets and plan.positive else []
        s, e = make_snippet(text, matches, body_start or 0) if snippets else (0, 0)
        shown = [(a, b) for a, b in matches if a >= s and b <= e]
        hits.append(SearchHit(doc_id, round(score, 6), title, published, source, url, text[s:e], s,
                              matches, [(a - s, b - s) for a, b in shown]))
    return hits
