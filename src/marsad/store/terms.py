"""Index terms and query plans: what the search index holds for a word, and what a query asks for.

Every word of an article is indexed twice at the same position: its clitic-free stem
(«لروسيا» → «روسيا», «والرئيس» → «رئيس») and its whole normalised surface («لروسيا»).
A query word matches either; its surface side is also widened with the proclitic
sequences a bare word can carry (و ف ب ل ك and their pairs), so «روسيا» still finds
«بروسيا» where the clitic splitter (rightly cautious before «بوتين», «بيروت») keeps the
word whole. Both sides come from `marsad.text`: no second normaliser lives here.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache

from marsad.doc import Document, Token
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
    tokenises here with the same text core. A word's forms depend on its text only (the
    clitic split is a function of the word), so they are computed once per distinct word.
    """
    stems: list[str] = []
    surfaces: list[str] = []
    add_stem, add_surface = stems.append, surfaces.append
    forms = _token_forms
    kinds = _INDEXED_KINDS
    if doc.tokens:
        for token in doc.tokens:
            if token.kind not in kinds:
                continue
            pair = forms.get(token.text)
            if pair is None:
                pair = forms[token.text] = _forms_of_token(token)
                if len(forms) > 500_000:
                    forms.clear()
            if pair[1]:
                add_stem(pair[0])
                add_surface(pair[1])
        return stems, surfaces
    text = doc.text
    for start, end, kind in tokenize(text):
        if kind not in kinds:
            continue
        stem, surface = word_forms(text[start:end])
        if surface:
            add_stem(stem or surface)
            add_surface(surface)
    return stems, surfaces


_token_forms: dict[str, tuple[str, str]] = {}  # word → (stem, surface): news vocabulary repeats


def _forms_of_token(token: Token) -> tuple[str, str]:
    """(stem, surface) from the token's clitic pieces: «والرئيس» → («رئيس», «والرئيس»)."""
    stem_piece = token.stem
    if stem_piece is None:  # no clitic pieces (the clitics component did not run): split here, the same way
        stem, surface = word_forms(token.text)
    else:
        surface = _clean_norm(token.text)
        stem = _clean_norm(stem_piece.text)
    return (stem or surface, surface)


# the commonest function words: never «important» in an article, whatever their frequency (normalised forms)
_FUNCTION_WORDS_TEXT = (
    "في من على إلى عن أن إن ما لا لم لن مع أو ثم قد كان كانت يكون هذا هذه ذلك تلك التي الذي الذين اللذين"
    " بين عند منذ حتى بعد قبل خلال كل بعض غير أي هو هي هم هن نحن أنا إنه أنه أنها إنها كما وقد ولا"
    " وفي ومن وعلى إذا إذ لقد لكن بل أيضا حيث عام قال وقال فيما")
_FUNCTION_WORDS = frozenset(normalize_word(w) for w in _FUNCTION_WORDS_TEXT.split())
IMPACT_TERMS = 48  # the article's most telling stems kept in the impact list


def impact_terms(stems: list[str], surfaces: list[str] | None = None) -> list[tuple[str, float]]:
    """The stems that make an article a strong hit, each with the weight the ranking will give it.

    PostgreSQL ranks with `ts_rank_cd(terms, query, 1)`: for one word, its occurrences over
    log(1 + the positions in the article's tsvector), a stem and a surface per word unless they
    are the same. The weight here is that score, so the best candidates are the articles
    the full ranking would put first. Function words («في», «التي») are left out and at most
    IMPACT_TERMS stems are kept.
    """
    if not stems:
        return []
    counts: dict[str, int] = {}
    for stem in stems:
        counts[stem] = counts.get(stem, 0) + 1
    positions = len(stems) + (sum(1 for a, b in zip(stems, surfaces) if a != b) if surfaces is not None else 0)
    norm = math.log(positions + 1)
    weights = [(stem, tf / norm) for stem, tf in counts.items() if stem not in _FUNCTION_WORDS and len(stem) > 1]
    weights.sort(key=lambda pair: -pair[1])
    return weights[:IMPACT_TERMS]


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


# English words the transliteration table also holds from name pairs («of» → «من»), never searched as names
_ENGLISH_FUNCTION_WORDS = frozenset({
    "a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "with", "from", "by", "as", "is", "are",
    "was", "were", "be", "been", "not", "no", "but", "if", "than", "this", "that", "these", "those", "it", "its",
    "he", "she", "they", "we", "you"})


def expand_name(word: str) -> tuple[tuple[QueryWord, ...], ...]:
    """Arabic names of a Latin-script query word from the knowledge base («Putin» → «بوتين»), else, for a
    single word, from the transliteration table («Hussam» → «حسام»).

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
    if not names and " " not in word.strip() and word.lower() not in _ENGLISH_FUNCTION_WORDS:
        try:  # a name the KB does not know: the Arabic words the transliteration table spells so («Hussam» → «حسام»)
            from marsad.kb.base import arabic_spellings
        except Exception:  # noqa: BLE001 - as above
            return ()
        names.extend(arabic_spellings(word))
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
