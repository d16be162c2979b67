"""KB entries, their indexes, and the cross-lingual `lookup`."""
from __future__ import annotations

import datetime as _dt
import gzip
import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from marsad.errors import ModelError
from marsad.text.clitics import letters_of, lexicon

KB_FILE = "data/kb/kb.jsonl.gz"
TRANSLIT_FILE = "data/kb/translit.tsv.gz"
TRANSLIT_RULES_FILE = "data/kb/translit_rules.tsv.gz"
TRANSLIT_JOINT_FILE = "data/kb/translit_joint.tsv.gz"
NO_CHUNK = "_"  # the joint model's "this letter is not written" («ع» in «عمر» → "omar" writes «ع» as o)
_SPLIT = re.compile(r"[\s\-–_/]+")
# «جونغ» / «جونج», «غوتيريش» / «جوتيريش»: foreign g is written both ways
_G_SWAP = str.maketrans({"غ": "ج", "ج": "غ"})
# word parts the Arabic press spells two ways; a name known in one is indexed in the other too
_SPELLINGS = (("ديمقراط", "ديموقراط"), ("ديموقراط", "ديمقراط"), ("امريك", "اميرك"), ("اميرك", "امريك"))


@dataclass(slots=True)
class KBEntry:
    """One entity: `id` is its Wikidata QID when known, else a stable `marsad:` id."""

    id: str
    type: str  # PER | LOC | ORG | MISC
    name_en: str
    aliases_en: list[str] = field(default_factory=list)
    names_ar: list[str] = field(default_factory=list)
    country: str = ""  # ISO 3166-1 alpha-2
    cameo: str = ""
    roles: list[list[str]] = field(default_factory=list)  # [role, place, start, end]
    prior: float = 0.0  # how likely this reading is when a name is ambiguous
    kind: str = ""  # country | city | curated | actor | facility (made by the linker: «ميناء الحديدة»)
    demonyms: list[str] = field(default_factory=list)
    demonym_en: str = ""  # for countries: "Russian", "US"
    capital: str = ""  # for countries: the capital's entry id

    @property
    def wikidata(self) -> str | None:
        return self.id if self.id.startswith("Q") else None

    @property
    def name_ar(self) -> str:
        return self.names_ar[0] if self.names_ar else ""

    def holds_office(self, day: _dt.date | None) -> bool:
        """Whether the entry held any of its roles on `day` (ever, when `day` is None)."""
        return any(self.holds(r, p, day) for r, p, _, _ in self.roles)

    def took_office_within(self, role: str, place: str, day: _dt.date, days: int) -> bool:
        """Whether a term of `role` in `place` that holds on `day` began at most `days` before it («الجديد»)."""
        iso, earliest = day.isoformat(), (day - _dt.timedelta(days=days)).isoformat()
        return any(r == role and p == place and start and earliest <= start <= iso and (not end or iso < end)
                   for r, p, start, end in self.roles)

    def holds(self, role: str, place: str, day: _dt.date | None) -> bool:
        """Whether the entry held `role` in `place` on `day` (any time when `day` is None)."""
        for r, p, start, end in self.roles:
            if r != role or p != place:
                continue
            if day is None:
                return True
            iso = day.isoformat()
            if (not start or start <= iso) and (not end or iso < end):
                return True
        return False


_NUMBERED_NAME = re.compile(r"[\u0600-\u06ff ]+?\s*([0-9]+)")  # «فرانس 24», «فرانس24»


def arabic_key(name: str) -> tuple[str, ...]:
    """«الولايات المتحدة» → ("الولايات", "المتحده"): folded letters per word, hyphens split."""
    return tuple(w for w in (letters_of(p) for p in _SPLIT.split(name)) if w)


def english_key(name: str) -> str:
    """'Kim Jong-un' → 'kim jong un'; accents and punctuation dropped, a leading 'the' too."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r"[^\w]+", " ", s.lower()).strip()
    return re.sub(r"^the ", "", s)


class KnowledgeBase:
    """Entries with an Arabic alias index (word-key tuples), an English index and role holders."""

    def __init__(self, entries: Iterable[KBEntry]) -> None:
        self.entries: dict[str, KBEntry] = {}
        self.arabic: dict[tuple[str, ...], list[str]] = {}
        # names that end in a number, by their words and the number: «فرانس 24» → {("فرانس",): {"24": [id]}}
        self.numbered: dict[tuple[str, ...], dict[str, list[str]]] = {}
        self.english: dict[str, list[str]] = {}
        self.demonyms: dict[tuple[str, ...], str] = {}  # masculine demonym words → country entry id
        self.by_country: dict[str, str] = {}  # ISO2 → country entry id
        self.by_role: dict[tuple[str, str], list[str]] = {}  # (role, ISO2 place) → holder entry ids
        self.max_len = 1
        for e in entries:
            self.add(e)
        for ids in self.arabic.values():
            ids.sort(key=lambda i: -self.entries[i].prior)

    def add(self, e: KBEntry) -> None:
        if e.id in self.entries:
            return
        self.entries[e.id] = e
        for name in e.names_ar:
            key = arabic_key(name)
            if (numbered := _NUMBERED_NAME.fullmatch(name)) is not None and key:
                self.numbered.setdefault(key, {}).setdefault(numbered.group(1), []).append(e.id)
                continue  # «فرانس 24»: «فرانس» alone is no channel
            if not key or re.search("[0-9A-Za-z]", name):  # «مجموعة 5+1» would index as «مجموعة»
                continue
            keys = {key}
            if e.type in ("PER", "LOC") and any(ch in "غج" for w in key for ch in w):
                keys.add(tuple(w.translate(_G_SWAP) for w in key))
            for one, other in _SPELLINGS:
                # «قوات سوريا الديموقراطية», «وكالة المخابرات المركزية الأميركية»: the press spells both ways
                if any(one in w for w in key):
                    keys.add(tuple(w.replace(one, other) for w in key))
            for k in keys:
                ids = self.arabic.setdefault(k, [])
                if e.id not in ids:
                    ids.append(e.id)
                self.max_len = max(self.max_len, len(k))
        for name in [e.name_en, *e.aliases_en]:
            key_en = english_key(name)
            if key_en:
                ids = self.english.setdefault(key_en, [])
                if e.id not in ids:
                    ids.append(e.id)
        for role in e.roles:
            ids = self.by_role.setdefault((role[0], role[1]), [])
            if e.id not in ids:
                ids.append(e.id)
        if e.kind == "country":
            self.by_country.setdefault(e.country, e.id)
            for d in e.demonyms:
                self.demonyms[arabic_key(d)] = e.id

    def get(self, entry_id: str) -> KBEntry | None:
        return self.entries.get(entry_id)

    def match_numbered(self, key: tuple[str, ...], number: str) -> list[KBEntry]:
        """Entries named by these words and then this number: («فرانس»,), "24" → France 24."""
        return [self.entries[i] for i in self.numbered.get(key, {}).get(number, ())]

    def match_arabic(self, key: tuple[str, ...]) -> list[KBEntry]:
        """Entries with exactly this word-key, most likely first."""
        return [self.entries[i] for i in self.arabic.get(key, ())]

    def holders(self, role: str, place: str, day: _dt.date | None) -> list[KBEntry]:
        """Who held `role` in `place` on `day`: «الرئيس الروسي» in 2018 → Vladimir Putin."""
        found = (self.entries[i] for i in self.by_role.get((role, place), ()))
        return [e for e in found if e.holds(role, place, day)]

    def lookup(self, name: str, *, type: str | None = None, limit: int = 10) -> list[KBEntry]:
        """Entries named `name` in Arabic or English, most likely first (cross-lingual)."""
        found: list[str] = []
        if re.search("[\u0600-\u06ff]", name):
            key = arabic_key(name)
            found += self.arabic.get(key, [])
            if not found and key and key[0].startswith("ال") and len(key[0]) > 4:
                found += self.arabic.get((key[0][2:], *key[1:]), [])
            if not found and key:
                found += self.arabic.get(("ال" + key[0], *key[1:]), [])
        else:
            key_en = english_key(name)
            found += self.english.get(key_en, [])
            if not found and key_en:  # a surname or partial name: every entry whose name contains it
                words = key_en.split()
                for k, ids in self.english.items():
                    kw = k.split()
                    if any(kw[i:i + len(words)] == words for i in range(len(kw))):
                        found += ids
        out: list[KBEntry] = []
        for i in dict.fromkeys(found):
            e = self.entries[i]
            if type is None or e.type == type:
                out.append(e)
        out.sort(key=lambda e: -e.prior)
        return out[:limit]


def _read_package_file(name: str) -> bytes:
    try:
        return resources.files("marsad").joinpath(name).read_bytes()
    except FileNotFoundError as exc:
        raise ModelError(f"{name} is missing: run `python training/build_kb.py` (see MODELS.md)") from exc


@lru_cache(maxsize=1)
def load_kb() -> KnowledgeBase:
    """The shipped knowledge base, loaded once per process."""
    entries = []
    for line in gzip.decompress(_read_package_file(KB_FILE)).decode("utf-8").splitlines():
        if line.strip():
            d = json.loads(line)
            entries.append(KBEntry(**{k: d[k] for k in KBEntry.__slots__ if k in d}))  # type: ignore[attr-defined]
    return KnowledgeBase(entries)


@lru_cache(maxsize=1)
def _translit_table() -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
    usual: dict[str, str] = {}
    others: dict[str, tuple[str, ...]] = {}
    for line in gzip.decompress(_read_package_file(TRANSLIT_FILE)).decode("utf-8").splitlines():
        ar, en, alternates = (line.split("\t") + ["", ""])[:3]
        if ar and en:
            usual[ar] = en
            if alternates:
                others[ar] = tuple(alternates.split("|"))
    return usual, others


def load_translit_words() -> dict[str, str]:
    """Arabic word (folded letters) → its usual Latin spelling, from the shipped table."""
    return _translit_table()[0]


# given names the news uses so often that the lexicon counts them as vocabulary
COMMON_GIVEN_NAMES = frozenset(letters_of(w) for w in (
    "محمد", "أحمد", "علي", "حسن", "حسين", "خالد", "محمود", "إبراهيم", "يوسف", "عمر", "مصطفى", "عبدالله"))


def is_given_name(word: str) -> bool:
    """Whether a word (folded letters) reads as a given name: a common one, or a name word of the
    transliteration table the language has no other use for («منصور», «مها»; not «سفير»-like vocabulary)."""
    return word in COMMON_GIVEN_NAMES or (word in load_translit_words() and not lexicon().is_common(word))


def load_translit_alternates() -> dict[str, tuple[str, ...]]:
    """Arabic word (folded letters) → other Latin spellings in common use («حسام» → hussam), most used first."""
    return _translit_table()[1]


@lru_cache(maxsize=1)
def _arabic_by_spelling() -> dict[str, tuple[str, ...]]:
    usual, others = _translit_table()
    out: dict[str, list[str]] = {}
    for ar, en in usual.items():  # the words a spelling is usual for come first
        out.setdefault(en.lower(), []).append(ar)
    for ar, alternates in others.items():
        for en in alternates:
            out.setdefault(en.lower(), []).append(ar)
    return {en: tuple(ars) for en, ars in out.items()}


def arabic_spellings(latin: str, *, limit: int = 3) -> tuple[str, ...]:
    """Arabic words a Latin name word transliterates («Hussam» → «حسام»), from the shipped word table.

    For a search by a name the knowledge base does not know; a spelling shared by more than `limit`
    Arabic words says too little to search by and gives none."""
    found = _arabic_by_spelling().get(latin.strip().lower(), ())
    return found if len(found) <= limit else ()


def _tab_pairs(name: str) -> dict[str, str]:
    """A shipped two-column gzip TSV as {first: second}."""
    out = {}
    for line in gzip.decompress(_read_package_file(name)).decode("utf-8").splitlines():
        key, _, value = line.partition("\t")
        if key:
            out[key] = value
    return out


@lru_cache(maxsize=1)
def load_translit_rules() -> dict[str, str]:
    """Letter-in-context → Latin chunk rules learned by training/translit_model.py."""
    return _tab_pairs(TRANSLIT_RULES_FILE)


@lru_cache(maxsize=1)
def load_translit_joint() -> dict[str, str]:
    """Context → its chunk counts as stored («a:263 i:37 …»), from training/translit_model.py's joint model;
    parsed on use (`marsad.link.translit`), since most of the 176k contexts are never needed."""
    return _tab_pairs(TRANSLIT_JOINT_FILE)


def lookup(name: str, *, type: str | None = None, limit: int = 10) -> list[KBEntry]:
    """KB entries for an Arabic or English name: `lookup("Putin")`, `lookup("بوتين")`."""
    return load_kb().lookup(name, type=type, limit=limit)
