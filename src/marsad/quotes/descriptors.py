"""Unnamed speakers: «مسؤول أميركي», «مصادر مطلعة», «نشطاء ومسعفون».

News attributes a good share of statements to people it does not name. Such a speaker is
coded the way event data codes an unnamed actor: by its country when the phrase has a
demonym («مصادر حكومية يونانية» → Greece, «مسؤول كبير في الإدارة الأمريكية» → United States),
else by a short English description built from a hand-written word list
(«مصدر خليجي» → "Gulf source", «نشطاء ومسعفون» → "activists and medics").
A definite phrase («المسؤول», «المصدر») refers back to the last speaker with the same head noun.
"""
from __future__ import annotations

from functools import lru_cache

from marsad.text.clitics import letters_of

# head nouns → English, singular and plural as written (keys are folded with `letters_of` below)
_HEADS: dict[str, str] = {
    "مصدر": "source", "مصادر": "sources", "مسؤول": "official", "مسؤولون": "officials", "مسؤولين": "officials",
    "نشطاء": "activists", "ناشطون": "activists", "ناشطين": "activists", "مسعفون": "medics", "مسعفين": "medics",
    "وسائل": "media", "مبعوثون": "envoys", "مبعوثين": "envoys", "مبعوث": "envoy", "متحدث": "spokesman",
    "ناطق": "spokesman", "شخصيات": "figures", "دبلوماسيون": "diplomats", "دبلوماسيين": "diplomats",
    "دبلوماسي": "diplomat", "خبراء": "experts", "شهود": "witnesses", "سكان": "residents", "محللون": "analysts",
    "محللين": "analysts", "مراقبون": "observers", "مراقبين": "observers", "مساعدوه": "aides", "مساعدون": "aides",
    "وزراء": "ministers", "سفير": "ambassador", "سفراء": "ambassadors", "مندوب": "envoy", "أطباء": "doctors", "مسعف": "medic", "شاهد": "witness", "تقارير": "reports", "مصدرا": "source",
}
HEADS: dict[str, str] = {letters_of(k): v for k, v in _HEADS.items()}
# modifiers: where they go in the English phrase (0 before the origin, 1 the origin, 2 after it)
_MODIFIERS: dict[str, tuple[int, str]] = {
    "كبير": (0, "senior"), "رفيع": (0, "senior"), "بارزه": (0, "senior"), "بارز": (0, "senior"),
    "كبار": (0, "senior"), "مطلعه": (0, "informed"), "مطلع": (0, "informed"), "مطلعون": (0, "informed"),
    "خليجي": (1, "Gulf"), "خليجيه": (1, "Gulf"), "كردي": (1, "Kurdish"), "كرديه": (1, "Kurdish"),
    "اكراد": (1, "Kurdish"), "عربي": (1, "Arab"), "عربيه": (1, "Arab"), "عرب": (1, "Arab"),
    "غربي": (1, "Western"), "غربيه": (1, "Western"), "غربيون": (1, "Western"), "اوروبي": (1, "European"),
    "اوروبيه": (1, "European"), "دولي": (1, "international"), "امميه": (1, "UN"), "اممي": (1, "UN"),
    "حكومي": (2, "government"), "حكوميه": (2, "government"), "عسكري": (2, "military"),
    "عسكريه": (2, "military"), "امني": (2, "security"), "امنيه": (2, "security"), "دبلوماسيه": (2, "diplomatic"),
    "طبيه": (2, "medical"), "طبي": (2, "medical"), "محلي": (2, "local"), "محليه": (2, "local"),
    "خارجية": (2, "foreign"), "داخلية": (2, "interior"), "دفاع": (2, "defence"), "إعلام": (2, ""),
}
MODIFIERS: dict[str, tuple[int, str]] = {letters_of(k): v for k, v in _MODIFIERS.items()}
_SKIP = frozenset({"احد", "بعض", "عدد", "من"})


def word_keys(text: str) -> list[str]:
    """Folded letters of each word, without the article: «الأمريكية» → «امريكيه»."""
    out = []
    for w in text.split():
        k = letters_of(w)
        if k.startswith("وال") and len(k) > 4:
            k = k[3:]
        elif k.startswith("ال") and len(k) > 3:
            k = k[2:]
        if k:
            out.append(k)
    return out


def head_of(text: str) -> str | None:
    """The head noun of a speaker phrase, when it is one we know: «أحد المصادر الحكومية» → «مصادر»."""
    for k in word_keys(text):
        if k in _SKIP:
            continue
        return k if k in HEADS else None
    return None


def is_definite(text: str) -> bool:
    """«المسؤول الأميركي», «أحد المصادر»: the phrase refers to someone already introduced."""
    for w in text.split():
        k = letters_of(w)
        if k in _SKIP:
            continue
        return k.startswith("ال")
    return False


@lru_cache(maxsize=1)
def _demonyms() -> dict[tuple[str, ...], tuple[str, str, str | None]]:
    """Demonym words → (country name_en, id, wikidata), from the shipped knowledge base when present."""
    try:
        from marsad.kb.base import load_kb  # the link package's KB; quotes work without it
        kb = load_kb()
    except Exception:  # noqa: BLE001 - no KB means no country coding, not a failure
        return {}
    out = {}
    for key, entry_id in kb.demonyms.items():
        e = kb.get(entry_id)
        if e is not None:
            out[key] = (e.name_en, e.id, e.wikidata)
    return out


def is_country(name_en: str | None) -> bool:
    """Whether an English name is a country the knowledge base gives demonyms for."""
    return bool(name_en) and any(name_en == hit[0] for hit in _demonyms().values())


def _demonym_base(word: str) -> list[str]:
    # «أمريكية», «أمريكيون», «أمريكيين» → «امريكي»
    forms = [word]
    for suffix in ("ه", "ون", "ين", "ان"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            forms.append(word[: -len(suffix)])
    return [f for f in forms if f.endswith("ي")]


def country_of(text: str) -> tuple[str, str, str | None] | None:
    """The country a phrase names by its demonym: «مصادر حكومية يونانية» → Greece."""
    table = _demonyms()
    if not table:
        return None
    keys = word_keys(text)
    for i, w in enumerate(keys):
        for base in _demonym_base(w):
            if i + 1 < len(keys):  # «كوري جنوبي»
                for nxt in _demonym_base(keys[i + 1]):
                    hit = table.get((base, nxt))
                    if hit:
                        return hit
            hit = table.get((base,))
            if hit:
                return hit
    return None


def describe(text: str) -> str | None:
    """A short English description: «مصادر مطلعة» → "informed sources", «نشطاء ومسعفون» → "activists and medics"."""
    parts: list[list[str]] = [[]]
    slots: list[dict[int, list[str]]] = [{0: [], 1: [], 2: []}]
    for w in text.split():
        k = letters_of(w)
        if k.startswith("و") and k[1:] in HEADS and parts[-1]:  # coordination: «نشطاء ومسعفون»
            parts.append([])
            slots.append({0: [], 1: [], 2: []})
            k = k[1:]
        if k.startswith("ال") and len(k) > 3:
            k = k[2:]
        if k in _SKIP and not parts[-1]:
            continue
        if k in HEADS and not parts[-1]:
            parts[-1].append(HEADS[k])
        elif parts[-1] and k in MODIFIERS:
            slot, word = MODIFIERS[k]
            if word and word not in slots[-1][slot]:
                slots[-1][slot].append(word)
        elif parts[-1]:
            break
    phrases = []
    for head, mods in zip(parts, slots):
        if not head:
            return None
        phrases.append(" ".join([*mods[0], *mods[1], *mods[2], head[0]]))
    return " and ".join(phrases) if phrases else None
