"""The compiled Arabic event dictionary: triggers by surface form, the CAMEO codebook, countries.

Built by `training/build_event_dictionary.py`; this module only reads it and matches words.
A word matches a trigger after its clitics are peeled off in the ways Arabic allows for that
part of speech: «وسيزور» = و + س + يزور (a verb may take و/ف and the future س), «وبزيارته»
= و + ب + زيارة + ه (a masdar may take و/ف, a preposition, the article and a pronoun).
"""
from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any, TypeVar

from marsad.errors import ModelError

DICTIONARY = "event_dictionary.json"

# Proclitic chains, longest first; the flags say what each chain tells us.
_VERB_PREFIXES: tuple[tuple[str, bool], ...] = (  # (chain, has future «س»)
    ("وس", True), ("فس", True), ("س", True), ("ول", False), ("فل", False), ("و", False), ("ف", False),
    ("ل", False), ("", False))
_NOUN_PREFIXES: tuple[str, ...] = (
    "وبال", "وال", "فال", "بال", "كال", "ولل", "لل", "وب", "ول", "فب", "ال", "و", "ف", "ب", "ل", "")
_ENCLITICS: tuple[str, ...] = ("هما", "ها", "هم", "هن", "كم", "نا", "ه", "ا", "")  # «ا»: «اعتصاما» (tanwin)
_OBJECT_PRONOUNS: tuple[str, ...] = ("", "هما", "ها", "هم", "هن", "كم", "ه")
_MINISTRY_STEM = "زارت"  # «وزارته»: «وزارة» with a possessive reads as «و» + «زارت» + a pronoun
_PREPOSITIONS = frozenset({"الي", "مع", "في", "من", "علي", "عن", "لدي", "ضد", "حول", "بين", "عبر", "نحو", "ل", "ب",
                           "امام", "خلف", "قرب", "داخل", "خارج", "عند", "تحت", "فوق", "مقابل", "بحق", "تجاه",
                           "ازاء", "حيال"})  # «موقف موحد إزاء روسيا», «حيال القدس»: towards, about


@dataclass(frozen=True, slots=True)
class Trigger:
    """One dictionary row: a CAMEO code, its surface forms' part of speech and required complements."""

    code: str
    kind: str  # "verb" | "noun" | "participle" («متهما إياها») | "blame" («روسيا مسؤولة عن»)
    lemma: str
    with_: tuple[str, ...]
    gloss: str
    origin: str  # "marsad" (team-curated) | "universalpetrarch"


@dataclass(frozen=True, slots=True)
class TriggerMatch:
    """A word read as a trigger: which row, whether «س» marked it future, where its complement is."""

    trigger: Trigger
    future: bool
    complement: int | None  # token index of the complement word, when the row needs one


@dataclass
class EventLexicon:
    """Surface form → trigger rows, plus the CAMEO codebook and the country table."""

    forms: dict[str, list[Trigger]]
    codebook: dict[str, list[Any]]
    countries: dict[str, list[str]]  # ISO3 → [English name, ISO2, English nationality adjective or ""]
    generic_actors: dict[str, list[str]]  # normalised word → [English name, CAMEO role code]
    capitals: dict[str, str] = field(default_factory=dict)  # English capital name → ISO3
    demonym_stems: dict[str, str] = field(default_factory=dict)  # nisba stem («ترك») → ISO3
    iso2_to_iso3: dict[str, str] = field(default_factory=dict)
    country_names: frozenset[str] = frozenset()
    _memo: dict[str, list[tuple[Trigger, bool]]] = field(default_factory=dict, repr=False)
    # bare or prefixed nisba word → ISO3 or None (see `marsad.events.actors._demonym_iso3`)
    nisba_memo: dict[tuple[str, bool], str | None] = field(default_factory=dict, repr=False)
    _complement_memo: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)
    _whole_complements: frozenset[str] = field(default=frozenset(), repr=False)  # must be the whole word
    _prefix_complements: frozenset[str] = field(default=frozenset(), repr=False)  # may begin a longer word

    def __post_init__(self) -> None:
        self.iso2_to_iso3 = {v[1]: k for k, v in self.countries.items() if len(v) > 1}
        self.country_names = frozenset(v[0] for v in self.countries.values())
        wanted = {w for rows in self.forms.values() for t in rows for w in t.with_}
        self._whole_complements = frozenset(w for w in wanted if _whole_word_only(w))
        self._prefix_complements = frozenset(wanted - self._whole_complements)

    def complements_in(self, norm: str) -> frozenset[str]:
        """Every complement of any trigger row that the word is (`word_matches`), memoised: the words after a
        trigger with fifty rows are each asked fifty times."""
        return remembered(self._complement_memo, norm, self._complements_in, norm)

    def _complements_in(self, norm: str) -> frozenset[str]:
        found = {w for w in (norm, norm[1:] if norm[:1] in ("و", "ف") else "") if w in self._whole_complements}
        for prefix in _COMPLEMENT_PREFIXES:
            if not norm.startswith(prefix):
                continue
            rest = norm[len(prefix):]
            for k in range(2, len(rest) + 1):
                head = rest[:k]
                if rest == head + "ون":
                    continue  # «أطلق ناشطون فلسطينيون قذائف»: a plural in «ـون» is a subject, never an object
                if k > SHORT_COMPLEMENT and head in self._prefix_complements:
                    found.add(head)  # «اتفاقا», «والاتفاق»: «اتفاق» and what follows it
                if "ال" + head in self._prefix_complements and (k > SHORT_COMPLEMENT or k == len(rest)):
                    found.add("ال" + head)  # «باتفاق» is «الاتفاق» too (but «وأسفر» is no «الأسف»)
        return frozenset(found)

    def code_info(self, code: str) -> tuple[str, float | None, int | None, str | None, str | None]:
        """(name, Goldstein, quad class, PLOVER event, PLOVER mode) of a CAMEO code."""
        name, goldstein, quad, plover, mode = self.codebook[code]
        return name, goldstein, quad, plover, mode

    def can_act(self, label: str, name_en: str | None, cameo: str | None) -> bool:
        """People and organisations act; of places only countries and capitals («واشنطن») do."""
        if label != "LOC":
            return True
        return (name_en or "") in self.country_names or (name_en or "") in self.capitals

    def iso3(self, country: str | None) -> str | None:
        """ISO 3166 alpha-2 or alpha-3 → alpha-3 (None when unknown)."""
        if not country:
            return None
        c = country.upper()
        if c in self.countries:
            return c
        return self.iso2_to_iso3.get(c)

    def match_word(self, norm: str, surface: str = "") -> list[tuple[Trigger, bool]]:
        """Trigger rows a normalised word can be, each with its future flag; most specific first (memoised).

        `surface` (the word as written) tells a pronoun «ـه» from a folded «ـة»: «وزارة» is not «و» + «زار» + «ه».
        """
        ta_marbuta = surface.endswith("ة")
        key = norm + "\x00" if ta_marbuta else norm
        return remembered(self._memo, key, self._match_word, norm, ta_marbuta)

    def _match_word(self, norm: str, ta_marbuta: bool = False) -> list[tuple[Trigger, bool]]:
        out: list[tuple[Trigger, bool]] = []
        seen: set[int] = set()
        for prefix, future in _VERB_PREFIXES:
            if prefix and not norm.startswith(prefix):
                continue
            rest = norm[len(prefix):]
            if prefix.endswith("ل") and rest[:1] not in ("ي", "ت", "ن"):
                continue  # «ليزور» (so that he visits), but «لدعم» is a preposition and a masdar
            for suffix in _OBJECT_PRONOUNS:  # «وضعته», «يلتقيه»: an object pronoun on the verb
                if suffix and not (rest.endswith(suffix) and len(rest) - len(suffix) >= 3):
                    continue
                if suffix == "ه" and ta_marbuta:
                    continue
                if suffix and prefix == "و" and rest.startswith(_MINISTRY_STEM):
                    continue  # «وزارتها للخارجية»: her ministry, not «و» + «زارت» + «ها» (and she visited it)
                stem = rest[:len(rest) - len(suffix)] if suffix else rest
                rows = self.forms.get(stem, ())
                if not rows and suffix and stem.endswith("ا"):
                    rows = self.forms.get(stem[:-1] + "ي", ())  # «أجراه», «ألقاها»: «ى» is written «ا» before «ـه»
                for t in rows:
                    if id(t) in seen:
                        continue
                    if t.kind == "verb" or (t.kind == "participle" and prefix in ("", "و", "ف") and not suffix):
                        seen.add(id(t))
                        out.append((t, future))
        for prefix in _NOUN_PREFIXES:
            if prefix and not norm.startswith(prefix):
                continue
            rest = norm[len(prefix):]
            for suffix in _ENCLITICS:
                if suffix and not rest.endswith(suffix):
                    continue
                if suffix == "ه" and ta_marbuta:
                    continue  # «قمة» is not «قم» + «ه»
                stem = rest[:len(rest) - len(suffix)] if suffix else rest
                if len(stem) < 3:
                    continue
                if suffix and stem[-1] in "ئؤ":
                    stem = stem[:-1] + "ء"  # «لقائه», «لقاؤه»: the hamza's seat changes before a pronoun
                for t in self.forms.get(stem, ()):
                    if not suffix and stem.endswith("ت") and t.lemma == stem[:-1] + "ه":
                        continue  # «ضربت غارة جوية روسية»: «ضربت» bare is the verb; «ضربته» is the noun's construct
                    if t.kind in ("noun", "blame") and id(t) not in seen:
                        seen.add(id(t))
                        out.append((t, False))
        out.sort(key=lambda m: (not m[0].with_, m[0].origin != "universalpetrarch"))
        return out


_COMPLEMENT_PREFIXES = ("", "و", "ال", "وال", "بال", "ب", "ل", "لل")
# letters of a complement (or of a definite one's stem) that match only as a whole word: «أسف» begins «أسفر»
SHORT_COMPLEMENT = 3
MEMO_LIMIT = 500_000  # entries a word table keeps before it is emptied: a corpus run meets millions of words
K = TypeVar("K")
V = TypeVar("V")
_MISSING: Any = object()


def remembered(memo: dict[K, V], key: K, build: Callable[..., V], *args: Any) -> V:
    """`memo[key]`, or `build(*args)` stored there on the first ask (None is remembered too); the same few
    thousand words are asked in every article."""
    hit = memo.get(key, _MISSING)
    if hit is _MISSING:
        if len(memo) > MEMO_LIMIT:
            memo.clear()
        hit = memo[key] = build(*args)
    return hit


def _whole_word_only(wanted: str) -> bool:
    return len(wanted) <= SHORT_COMPLEMENT or wanted in _PREPOSITIONS


def word_matches(norm: str, wanted: str) -> bool:
    """Whether a complement word is present: «اتفاقا», «والاتفاق» contain «اتفاق»; short prepositions must be whole.

    The coder asks `EventLexicon.complements_in`, which gives every complement this is true of at once.
    """
    if _whole_word_only(wanted):
        return norm == wanted or norm in ("و" + wanted, "ف" + wanted)
    for prefix in _COMPLEMENT_PREFIXES:
        # (a plural in «ـون» is a subject, never an object: «أطلق ناشطون»)
        if norm.startswith(prefix + wanted) and norm != prefix + wanted + "ون":
            return True
        # «باتفاق» is «الاتفاق»; a short stem only as the whole rest of the word («وأسفر» is no «الأسف»)
        stem = wanted[2:]
        if wanted.startswith("ال") and norm.startswith(prefix + stem) and norm != prefix + stem + "ون" \
                and (len(stem) > SHORT_COMPLEMENT or norm == prefix + stem):
            return True
    return False


def is_preposition(norm: str) -> bool:
    """«إلى», «مع», «في» … (normalised)."""
    return norm in _PREPOSITIONS


def read_shipped_json(name: str, *, what: str, rebuild: str) -> Any:
    """A JSON file shipped in `marsad/data/events`; ModelError names the rebuild command when it is missing."""
    try:
        raw = resources.files("marsad").joinpath("data/events/" + name).read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError) as exc:
        raise ModelError(f"{what} {name} is missing: run `python {rebuild}` (see MODELS.md)") from exc
    return json.loads(raw)


@lru_cache(maxsize=1)
def load_lexicon() -> EventLexicon:
    """The shipped dictionary (cached); ModelError names the rebuild command when it is missing."""
    data = read_shipped_json(DICTIONARY, what="event dictionary", rebuild="training/build_event_dictionary.py")
    forms: dict[str, list[Trigger]] = {}
    for row in data["triggers"]:
        t = Trigger(row["code"], row["kind"], row["lemma"], tuple(row["with"]), row["gloss"], row["origin"])
        for form in row["forms"]:
            forms.setdefault(form, []).append(t)
    return EventLexicon(forms, data["codebook"], _named_as_the_kb(data["countries"]), data["generic_actors"],
                        data.get("capitals", {}), data.get("demonym_stems", {}))


def _named_as_the_kb(countries: dict[str, list[str]]) -> dict[str, list[str]]:
    """Country names as the knowledge base spells them, so an event's country actor and the article's linked
    entity are one name ("Palestine", not the CAMEO list's "Palestinian Territories"; "Myanmar", not
    "Myanmar [Burma]"); the dictionary's own names where the KB is missing or lacks the country."""
    try:
        from marsad.kb.base import load_kb
        kb = load_kb()
    except Exception:  # noqa: BLE001 - without the KB, the CAMEO list's names
        return countries
    out = {}
    for iso3, row in countries.items():
        entry = kb.get(kb.by_country.get(row[1], "")) if len(row) > 1 and row[1] else None
        out[iso3] = [entry.name_en, *row[1:]] if entry is not None and entry.name_en else row
    return out
