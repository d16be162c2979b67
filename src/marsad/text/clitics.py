"""Clitic segmentation: «وبالأمس» → و + ب + ال + أمس, «لشعبها» → ل + شعب + ها, with offsets.

Proclitics, outermost first: conjunction و/ف, then preposition ب/ل/ك or future س, then the
article ال (written «ل» after the preposition ل: «للرئيس» = ل + ل + رئيس). Enclitics: the
object/possessive pronouns ه ها هم هما هن ك كم كما كن ي ني نا.

Letters that merely look like clitics are the hard part: «وزير», «بوتين», «لبنان», «كوريا»,
«فلاديمير», «بيونغ» start with them. A split is taken only when the remainder is a word in
its own right, judged by a lexicon shipped with Marsad (word counts, NewsFANE's segmentation
decisions for frequent words, and country/city names: see MODELS.md and
training/build_clitic_lexicon.py).
"""
from __future__ import annotations

import gzip
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from marsad.errors import ModelError

if TYPE_CHECKING:
    from marsad.doc import Token

_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"})
_LETTER_MIN, _LETTER_MAX = "\u0621", "\u064a"

CONJUNCTIONS = ("و", "ف")
PREPOSITIONS = ("ب", "ل", "ك")
ENCLITICS = ("هما", "كما", "هم", "هن", "ها", "كم", "كن", "نا", "ني", "ه", "ك", "ي")
# how much more frequent than the whole word a stem must be before a suffix is cut:
# one-letter suffixes end many ordinary words («بنك», «ذلك», «في»), so they need more evidence
_SUFFIX_RATIO = {"ه": 0.6, "ها": 0.3, "هم": 0.3, "هما": 0.2, "هن": 0.3, "كم": 0.5, "كما": 2.0, "كن": 3.0,
                 "نا": 0.5, "ني": 5.0, "ك": 3.0, "ي": 10.0}
_MIN_COUNT = 3
# a reading: (proclitics, article, stem, enclitic); «وبالاتفاق» → (("و", "ب"), "ال", "اتفاق", "")
_Reading = tuple[tuple[str, ...], str, str, str]
_CONJ_EVIDENCE = 20
# words that start like «ال» + stem but are not the article: relative pronouns, «الله», «الآن»…
_NOT_ARTICLE = frozenset({"الله", "التي", "الذي", "الذين", "اللذان", "اللذين", "اللتان", "اللتين", "اللاتي",
                          "اللواتي", "اللائي", "الان", "الا", "الي", "الف", "الفا", "الاف", "الم", "اللهم"})
# frequent function words that are single units in news prose
_WHOLE = frozenset({"كما", "لكن", "بل", "لم", "لن", "لا", "لو", "كي", "بعد", "بين", "لدي", "كل", "كيف", "كان",
                    "فقط", "ليس", "بان", "بدون", "لذا", "فيما", "كلا", "وسط", "ولد", "وجه", "فوق", "بينما",
                    "ليست", "لماذا", "لعل", "ايضا"})  # not «لان», «وقد»: clitic + word, «ل+أن», «و+قد»


def letters_of(word: str) -> str:
    """The folded Arabic letters of a word (diacritics, tatweel and non-letters dropped)."""
    return "".join(ch for ch in word if _LETTER_MIN <= ch <= _LETTER_MAX and ch != "\u0640").translate(_FOLD)


COMMON_WORD_COUNT = 150  # a word seen this often in the lexicon's news and Wikipedia text is vocabulary


class Lexicon:
    """Word counts, known segmentations and protected names, loaded once from package data."""

    def __init__(self, counts: dict[str, int], decisions: dict[str, tuple[int, ...]], names: frozenset[str]) -> None:
        self.counts = counts
        self.decisions = decisions
        self.names = names

    @classmethod
    def load(cls) -> Lexicon:
        try:
            raw = resources.files("marsad").joinpath("data/clitics.tsv.gz").read_bytes()
        except FileNotFoundError as exc:
            raise ModelError("clitic lexicon missing: run `python training/build_clitic_lexicon.py`") from exc
        counts: dict[str, int] = {}
        decisions: dict[str, tuple[int, ...]] = {}
        names: set[str] = set()
        for line in gzip.decompress(raw).decode("utf-8").splitlines():
            kind, word, *rest = line.split("\t")
            if kind == "c":
                counts[word] = int(rest[0])
            elif kind == "s" and int(rest[1]) * 2 > int(rest[2]):  # a clear majority decision only
                decisions[word] = tuple(int(x) for x in rest[0].split(","))
            elif kind == "n":
                names.add(word)
        return cls(counts, decisions, frozenset(names))

    def count(self, word: str) -> int:
        return self.counts.get(word, 0)

    def is_common(self, word: str) -> bool:
        """Whether the word is ordinary vocabulary (seen COMMON_WORD_COUNT times or more)."""
        return self.count(word) >= COMMON_WORD_COUNT


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    return Lexicon.load()


# --------------------------------------------------------------------- analysis on letters
FEMININE_FUTURE_COUNT = 20  # how often the lexicon must see a «ت» verb behind «س»: «ستورك» (Stork) is «تورك» 8 times


def is_future_verb(token: Token) -> bool:
    """«سينفي», «ستعقد»: a verb the lexicon knows behind the future's «س» the segmenter split off. The
    segmenter also guesses «س» on foreign names, «ستريب», «ستروبنسكي», «ستورك»: their rest is no word, or one
    of «ت» the lexicon seldom sees."""
    fut = next((p for p in token.pieces if p.tag == "FUT"), None)
    if fut is None:
        return _unsplit_dual_or_plural_future(token)
    rest = letters_of(token.text[fut.end - token.start:])
    return lexicon().count(rest) >= (FEMININE_FUTURE_COUNT if rest.startswith("ت") else 1)


def _unsplit_dual_or_plural_future(token: Token) -> bool:
    """«سيعقدان», «سيبحثون»: a future verb of two or more the segmenter kept whole, as the lexicon seldom sees
    the suffixed forms; its bare stem («يعقد») must be a verb of four letters or more the lexicon knows well."""
    word = letters_of(token.text)
    if len(token.pieces) > 1 or not word.startswith(("سي", "ست")) or not word.endswith(("ان", "ون")):
        return False
    stem = word[1:-2]
    return len(stem) >= 4 and lexicon().count(stem) >= FEMININE_FUTURE_COUNT


DUAL_IMPERFECT_COUNT = 3  # how often the lexicon must see the bare «يـ» verb of a dual or plural («يوقع»: 6)


def ends_a_name(token: Token) -> bool:
    """A verb right after a name, which a name never runs into: one in the future («سينفي», «سيعقدان») or a dual
    or plural imperfect the segmenter kept whole («ترامب وكيم يوقعان»: the stem «يوقع», a verb the lexicon knows,
    of four letters or more — «يزدان», «يونان» are names)."""
    if is_future_verb(token):
        return True
    word = letters_of(token.text)
    if len(token.pieces) > 1 or not word.startswith("ي") or not word.endswith(("ان", "ون")):
        return False
    stem = word[:-2]
    return len(stem) >= 4 and lexicon().count(stem) >= DUAL_IMPERFECT_COUNT


def _stem_count(lex: Lexicon, stem: str, has_suffix: bool) -> int:
    """Count of a stem, allowing the spelling it has before a suffix: ت for ة, ا for ى."""
    n = lex.count(stem)
    if has_suffix and stem:
        if stem[-1] == "ت":
            n = max(n, lex.count(stem[:-1] + "ه"))
        elif stem[-1] == "ا":
            n = max(n, lex.count(stem[:-1] + "ي"))
    return n


def _accusative_count(lex: Lexicon, w: str, raw: str) -> int:
    """Count of the word without an accusative alef: «وشيكا» is «وشيك» + ا, not و + «شيكا».

    The alef of -an is written, so the bare word's count is evidence for the whole word. Definite
    words take no -an, «ها», «هما», «كما» end in a pronoun's alef, and «لكلا» is ل + the function word «كلا».
    """
    if len(w) < 3 or raw[-1:] != "ا" or raw[-2:-1] in ("ه", "م") or w.startswith("ال") or w[1:] in _WHOLE:
        return 0
    return lex.count(w[:-1])


def is_accusative_form(word: str) -> bool:
    """Whether a word reads as a known word plus the accusative alef («وشيكا», «كمينا»), so a clitic-like
    first letter is part of it."""
    raw = "".join(ch for ch in word if _LETTER_MIN <= ch <= _LETTER_MAX and ch != "\u0640")
    return _accusative_count(lexicon(), raw.translate(_FOLD), raw) >= _MIN_COUNT


_TAGS = {"و": "CONJ", "ف": "CONJ", "ب": "PREP", "ل": "PREP", "ك": "PREP", "س": "FUT"}
# preference per clitic: the article is very productive, a lone preposition less so
_WEIGHT = {"CONJ": 2.5, "PREP": 0.7, "FUT": 0.7, "DET": 1.5}


def _prefix_options(w: str, allow_conj: bool) -> list[tuple[str, ...]]:
    """Proclitic sequences the first letters allow: conjunction, then preposition or future س."""
    options: list[tuple[str, ...]] = [()]
    first = w[0]
    if first in "وف" and allow_conj:
        options.append((first,))
        if len(w) > 1 and w[1] in "بلكس":
            options.append((first, w[1]))
    elif first in "بلكس":
        options.append((first,))
    return options


def _candidates(w: str, raw: str, *, allow_conj: bool, allow_suffix: bool) -> Iterator[_Reading]:
    """Every reading of `w` as prefixes + stem + suffix that its letters allow."""
    for prefix in _prefix_options(w, allow_conj):
        p = "".join(prefix)
        rest, rest_raw = w[len(p):], raw[len(p):]
        articles: list[str] = [""]
        if rest.startswith("ال") and rest_raw[:1] == "ا" and rest not in _NOT_ARTICLE:
            articles.append("ال")
        if prefix and prefix[-1] == "ل" and rest.startswith("ل") and len(rest) >= 3:
            articles.append("ل")  # «للرئيس»: the article's alef is not written after ل
        for article in articles:
            if article and prefix and prefix[-1] == "س":
                continue
            body, body_raw = rest[len(article):], rest_raw[len(article):]
            if prefix and prefix[-1] == "س" and body[:1] not in ("ي", "ت", "ن", "ا"):
                continue
            # a definite word takes no possessive pronoun: «العالمي» is an adjective, not العالم + ي
            definite = bool(article) or (body.startswith("ال") and body_raw[:1] == "ا")
            suffixes = [""] + [x for x in ENCLITICS if allow_suffix and not definite and body_raw.endswith(x)]
            for suffix in suffixes:
                stem = body[: len(body) - len(suffix)]
                if len(stem) < 2 or (len(suffix) == 1 and suffix != "ه" and len(stem) < 3):
                    continue
                if len(prefix) >= 2 and len(stem) < 3:  # «وكالة» is not و + ك + الة
                    continue
                yield prefix, article, stem, suffix


def _best_reading(lex: Lexicon, w: str, raw: str, *, allow_conj: bool = True,
                  allow_suffix: bool = True) -> _Reading:
    """The most likely reading, scored by how common its stem is and how plausible its clitics are."""
    accusative = _accusative_count(lex, w, raw)
    whole = max(lex.count(w), accusative)
    if w in _WHOLE:
        return (), "", w, ""
    protected = w in lex.names  # «لبنان», «بيونغ»: only the article comes off a known name
    best: _Reading = ((), "", w, "")
    best_score = float(whole)
    for prefix, article, stem, suffix in _candidates(w, raw, allow_conj=allow_conj, allow_suffix=allow_suffix):
        if not prefix and not article and not suffix:
            continue
        if protected and (prefix or suffix):
            continue
        n = _stem_count(lex, stem, bool(suffix))
        if article:
            n = max(n, lex.count("ال" + stem))
        if prefix == ("و",) and not article and not suffix and len(stem) >= 4 and not stem.endswith("وا"):
            n = max(n, _accusative_count(lex, stem, raw[len(raw) - len(stem):]))  # «وتسهيلا», «وقالا»
        if stem in lex.names and accusative < _MIN_COUNT:
            n = max(n, _MIN_COUNT) * 10
        if n < _MIN_COUNT:
            continue
        weight = 1.0
        for c in prefix:
            weight *= _WEIGHT[_TAGS[c]]
        if prefix and prefix[0] in "وف" and len(stem) >= 3 and n >= _CONJ_EVIDENCE:
            # «وأضاف»: news writes the conjoined form more often than the bare verb, so the counts
            # of the whole word mislead; a frequent remainder is evidence enough for و/ف
            weight *= 10
        if article:
            weight *= _WEIGHT["DET"]
        if suffix:
            weight /= _SUFFIX_RATIO[suffix]
        score = n * weight
        if score > best_score:
            best, best_score = (prefix, article, stem, suffix), score
    return best


def _pieces_of(reading: _Reading) -> list[tuple[int, str, str]]:
    prefix, article, stem, suffix = reading
    out = [(1, "proclitic", _TAGS[c]) for c in prefix]
    if article:
        out.append((len(article), "proclitic", "DET"))
    out.append((len(stem), "stem", ""))
    if suffix:
        out.append((len(suffix), "enclitic", "PRON"))
    return out


def _analyse(lex: Lexicon, w: str, raw: str) -> list[tuple[int, str, str]]:
    """(length in letters, role, tag) for each piece of the folded word `w` (`raw`: unfolded letters)."""
    if len(w) == 1 and w in "وفبلك":
        return [(1, "proclitic", "CONJ" if w in "وف" else "PREP")]
    known = lex.decisions.get(w)
    if known is None:
        return _pieces_of(_best_reading(lex, w, raw))
    # NewsFANE's decision for a word seen in training: its و/ف and pronoun splits are trusted;
    # the preposition, future س and article it does not mark are read by the lexicon rules
    prefix: list[tuple[int, str, str]] = []
    suffix: list[tuple[int, str, str]] = []
    start, end = 0, len(w)
    lengths = list(known)
    while len(lengths) > 1 and lengths[0] == 1 and w[start] in "وف":
        prefix.append((1, "proclitic", "CONJ"))
        start += 1
        lengths.pop(0)
    while len(lengths) > 1 and raw[end - lengths[-1]:end] in ENCLITICS + ("ن",):
        suffix.insert(0, (lengths[-1], "enclitic", "PRON"))
        end -= lengths[-1]
        lengths.pop()
    core, core_raw = w[start:end], raw[start:end]
    if len(core) < 3:
        return prefix + [(len(core), "stem", "")] + suffix
    reading = _best_reading(lex, core, core_raw, allow_conj=False, allow_suffix=False)
    return prefix + _pieces_of(reading) + suffix


@lru_cache(maxsize=300_000)
def segment_word(word: str) -> tuple[tuple[int, int, str, str], ...]:
    """Pieces of a surface word as (start, end, role, tag) offsets into the word itself.

    Diacritics and tatweel stay with the letter before them («بـ» is one piece); the pieces
    always join back to the word.
    """
    positions = [i for i, ch in enumerate(word) if _LETTER_MIN <= ch <= _LETTER_MAX and ch != "\u0640"]
    if not positions:
        return ((0, len(word), "stem", ""),) if word else ()
    raw = "".join(word[i] for i in positions)
    plan = _analyse(lexicon(), raw.translate(_FOLD), raw)
    out = []
    letter_index = 0
    start = 0
    for length, role, tag in plan:
        letter_index += length
        end = len(word) if letter_index >= len(positions) else positions[letter_index]
        if end > start:
            out.append((start, end, role, tag))
        start = end
    if out and out[-1][1] < len(word):
        s, _, role, tag = out[-1]
        out[-1] = (s, len(word), role, tag)
    return tuple(out)
