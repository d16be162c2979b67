"""Index terms and query plans: what the search index holds for a word, and what a query asks for.

Every word of an article is indexed twice at the same position: its clitic-free stem
(«لروسيا» → «روسيا», «والرئيس» → «رئيس») and its whole normalised surface («لروسيا»).
A query word matches either; its surface side is also widened with the proclitic
sequences a bare word can carry (و ف ب ل ك and their pairs), so «روسيا» still finds
«بروسيا» where the clitic splitter (rightly cautious before «بوتين», «بيروت») keeps the
word whole. Both sides come from `marsad.text`: no second normaliser lives here.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from marsad.doc import Document
from marsad.text import normalize_word, segment_word, tokenize
from marsad.text.clitics import CONJUNCTIONS, PREPOSITIONS

_INDEXED_KINDS = frozenset({"word", "number", "latin"})
# proclitic sequences a bare word can carry: «و» «ف» «ب» «ل» «ك» «وب» «ول» «فب» …
_PREFIXES: tuple[str, ...] = (*CONJUNCTIONS, *PREPOSITIONS,
                              *(c + p for c in CONJUNCTIONS for p in PREPOSITIONS))
# before the article the preposition ل absorbs its alef: «ل» + «الرئيس» → «للرئيس»
_ARTICLE = "ال"
_QUERY_PART = re.compile(r'(-?)"([^"]*)"|(-?)(\S+)')


def clean_term(term: str) -> str:
    """A term as one index token: letters and digits only (so no index tokenizer splits it)."""
    if term.isalnum():
        return term.lower()
    return "".join(ch for ch in term.lower() if ch.isalnum())


@lru_cache(maxsize=300_000)
def _clean_norm(text: str) -> str:
    """clean_term(normalize_word(text)), cached: news vocabulary repeats."""
    return clean_term(normalize_word(text))


@lru_cache(maxsize=300_000)
def word_forms(surface: str) -> tuple[str, str]:
    """(stem, surface) index forms of one word: «لروسيا» → («روسيا», «لروسيا»)."""
    norm = normalize_word(surface)
    pieces = segment_word(surface)
    stem = norm
    for start, end, role, _tag in pieces:
        if role == "stem":
            stem = normalize_word(surface[start:end])
            break
    return clean_term(stem), clean_term(norm)


def document_terms(doc: Document) -> tuple[list[str], list[str]]:
    """Parallel (stems, surfaces) of the document's words, in text order (title included).

    Uses the document's tokens and clitic pieces when the pipeline set them; otherwise
    tokenises here with the same text core.
    """
    stems: list[str] = []
    surfaces: list[str] = []
    if doc.tokens:
        for token in doc.tokens:
            if token.kind not in _INDEXED_KINDS:
                continue
            stem_piece = token.stem
            if stem_piece is not None:
                surface = _clean_norm(token.text)
                stem = _clean_norm(stem_piece.text)
            else:  # no clitic pieces (the clitics component did not run): split here, the same way
                stem, surface = word_forms(token.text)
            if surface:
                stems.append(stem or surface)
                surfaces.append(surface)
        return stems, surfaces
    for start, end, kind in tokenize(doc.text):
        if kind not in _INDEXED_KINDS:
            continue
        stem, surface = word_forms(doc.text[start:end])
        if surface:
            stems.append(stem or surface)
            surfaces.append(surface)
    return stems, surfaces


def surface_variants(norm: str) -> tuple[str, ...]:
    """The surface forms a bare query word can take with proclitics: «روسيا» → «لروسيا», «وبروسيا» …"""
    if not norm or not any("\u0600" <= ch <= "\u06ff" for ch in norm):
        return (norm,)
    forms = [norm]
    if norm.startswith(_ARTICLE) and len(norm) > 3:
        # «الرئيس» → «بالرئيس», «والرئيس», «للرئيس», «وللرئيس»
        bare = norm[len(_ARTICLE):]
        forms += [p + norm for p in _PREFIXES if not p.endswith("ل")]
        forms += [c + "ل" + "ل" + bare for c in ("", *CONJUNCTIONS)]
    else:
        forms += [p + norm for p in _PREFIXES]
    return tuple(dict.fromkeys(forms))


@dataclass(frozen=True)
class QueryWord:
    """One query word: its stem, its normalised surface and the proclitic-widened surfaces."""

    text: str
    stem: str
    surface: str
    variants: tuple[str, ...]
    # other names for the word (or, on a phrase's first word, for the whole phrase): «Putin» → «بوتين»
    alternatives: tuple[tuple[QueryWord, ...], ...] = ()


@dataclass(frozen=True)
class QueryClause:
    """A word or a quoted phrase; `negated` for a leading minus (-«كرة»)."""

    words: tuple[QueryWord, ...]
    negated: bool = False

    @property
    def is_phrase(self) -> bool:
        return len(self.words) > 1


@dataclass(frozen=True)
class QueryPlan:
    """A parsed query: every positive clause must match, no negated clause may."""

    clauses: tuple[QueryClause, ...] = field(default_factory=tuple)

    @property
    def positive(self) -> list[QueryClause]:
        return [c for c in self.clauses if not c.negated]

    @property
    def negative(self) -> list[QueryClause]:
        return [c for c in self.clauses if c.negated]

    def match_forms(self) -> tuple[set[str], set[str]]:
        """(stems, surfaces) that highlight a word in a snippet."""
        stems: set[str] = set()
        surfaces: set[str] = set()
        for clause in self.positive:
            for word in clause.words:
                for w in (word, *(a for alt in word.alternatives for a in alt)):
                    stems.add(w.stem)
                    surfaces.update(w.variants)
        return stems, surfaces


def parse_query_word(text: str) -> QueryWord | None:
    stem, surface = word_forms(text)
    if not surface:
        return None
    stem = stem or surface
    # a clitic form the splitter takes apart («لروسيا» → روسيا) is already found through the stems;
    # only the forms it keeps whole («بروسيا») must be looked up as surfaces
    variants = tuple(v for v in surface_variants(surface) if (word_forms(v)[0] or v) != stem)
    return QueryWord(text, stem, surface, variants)


def expand_name(word: str) -> tuple[tuple[QueryWord, ...], ...]:
    """Arabic names of a Latin-script query word from the knowledge base («Putin» → «بوتين»).

    The knowledge base is optional: without it a Latin word matches only itself.
    """
    try:
        from marsad.kb import lookup  # type: ignore[attr-defined]
    except Exception:  # noqa: BLE001 - no knowledge base installed: degrade to literal matching
        return ()
    try:
        found = lookup(word, limit=3)
    except Exception:  # noqa: BLE001 - a missing or broken KB file: literal matching only
        return ()
    names: list[str] = []
    for item in found or []:
        # every Arabic spelling: «بوتين», «فلاديمير بوتين», «فلاديمير بوتن»
        names.extend(n for n in getattr(item, "names_ar", None) or [getattr(item, "name_ar", "")] if n)
    out: list[tuple[QueryWord, ...]] = []
    for name in dict.fromkeys(names):
        words = tuple(w for w in (parse_query_word(name[s:e]) for s, e, k in tokenize(name) if k == "word") if w)
        if words:
            out.append(words)
    return tuple(out)


def _is_latin(word: str) -> bool:
    return all(ch.isascii() for ch in word)


def parse_query(query: str) -> QueryPlan:
    """«"كيم جونغ أون" روسيا -كرة» → a phrase, a word and an excluded word."""
    clauses: list[QueryClause] = []
    for match in _QUERY_PART.finditer(query):
        negated = bool(match.group(1) or match.group(3))
        chunk = match.group(2) if match.group(2) is not None else match.group(4)
        words: list[QueryWord] = []
        for start, end, kind in tokenize(chunk):
            if kind not in _INDEXED_KINDS:
                continue
            word = parse_query_word(chunk[start:end])
            if word is None:
                continue
            if kind == "latin" and match.group(2) is None:
                word = QueryWord(word.text, word.stem, word.surface, word.variants, expand_name(chunk[start:end]))
            words.append(word)
        if not words:
            continue
        if match.group(2) is not None and all(_is_latin(w.text) for w in words):
            # a quoted English name as a whole: «"Kim Jong Un"» → «كيم جونغ أون»
            w = words[0]
            words[0] = QueryWord(w.text, w.stem, w.surface, w.variants, expand_name(chunk))
        if match.group(2) is not None:
            clauses.append(QueryClause(tuple(words), negated))
        else:
            clauses.extend(QueryClause((w,), negated) for w in words)
    return QueryPlan(tuple(clauses))
