"""Unnamed speakers: «مسؤول أميركي», «مصادر مطلعة», «نشطاء ومسعفون».

News attributes a good share of statements to people it does not name. Such a speaker is
coded the way event data codes an unnamed actor: by its country when the phrase has a
demonym («مصادر حكومية يونانية» → Greece, «مسؤول كبير في الإدارة الأمريكية» → United States),
else by a short English description built from a hand-written word list
(«مصدر خليجي» → "Gulf source", «نشطاء ومسعفون» → "activists and medics").
A definite phrase («المسؤول», «المصدر») refers back to the last speaker with the same head noun.
"""
from __future__ import annotations

import re
from functools import lru_cache

from marsad.kb.base import KnowledgeBase, load_kb, load_translit_words
from marsad.text.clitics import letters_of, lexicon

# head nouns → English, singular and plural as written (keys are folded with `letters_of` below)
_HEADS: dict[str, str] = {
    "مصدر": "source", "مصادر": "sources", "مسؤول": "official", "مسؤولون": "officials", "مسؤولين": "officials",
    "نشطاء": "activists", "ناشطون": "activists", "ناشطين": "activists", "مسعفون": "medics", "مسعفين": "medics",
    "وسائل": "media", "مبعوثون": "envoys", "مبعوثين": "envoys", "مبعوث": "envoy", "متحدث": "spokesman",
    "ناطق": "spokesman", "شخصيات": "figures", "دبلوماسيون": "diplomats", "دبلوماسيين": "diplomats",
    "دبلوماسي": "diplomat", "خبراء": "experts", "شهود": "witnesses", "سكان": "residents", "محللون": "analysts",
    "محللين": "analysts", "مراقبون": "observers", "مراقبين": "observers", "مساعدوه": "aides", "مساعدون": "aides",
    "وزراء": "ministers", "سفير": "ambassador", "سفراء": "ambassadors", "مندوب": "envoy", "أطباء": "doctors", "مسعف": "medic", "شاهد": "witness", "تقارير": "reports", "مصدرا": "source",
    "طبيب": "doctor", "ساكن": "resident", "مزارع": "farmer", "مزارعون": "farmers", "مزارعين": "farmers",
    "صحفي": "journalist", "صحفيون": "journalists", "صحافيون": "journalists", "مراسل": "correspondent",
    "متطوعو": "volunteers", "متطوعون": "volunteers", "سلطات": "authorities", "انباء": "news reports",
    "لاجئون": "refugees", "لاجئين": "refugees", "معارضون": "opponents", "معارضين": "opponents",
    "معارضة": "opposition",
    "نازحون": "displaced people", "نازحين": "displaced people", "جماعة": "group", "منظمات": "organisations",
    "مزارعي": "farmers", "مسؤولو": "officials", "مسؤولي": "officials", "عمال": "workers", "موظفون": "employees",
    "موظفين": "employees", "مواطنون": "citizens", "مواطنين": "citizens", "مسلحون": "gunmen", "محتجون": "protesters",
    "متظاهرون": "protesters", "أهالي": "residents", "اهالي": "residents", "محققون": "investigators",
    "محققين": "investigators", "مفاوضون": "negotiators", "مفاوضين": "negotiators",
    # the accusative after «أن»: «ذكرت الصحيفة أن مسؤولا أمريكيا قال»
    "مسؤولا": "official", "دبلوماسيا": "diplomat", "متحدثا": "spokesman", "طبيبا": "doctor", "شاهدا": "witness",
    # duals and members: «مصدران أمنيان», «مسؤولان أميركيان», «نواب غزنة»
    "مصدران": "sources", "مصدرين": "sources", "مسؤولان": "officials",
    "دبلوماسيان": "diplomats", "شاهدان": "witnesses", "نواب": "MPs", "برلمانيون": "MPs", "برلمانيين": "MPs",
    # fighters and members: «المتمردون الذين وصلوا إلى غزنة», «عضو المجلس المحلي»
    "متمردون": "rebels", "متمردين": "rebels", "مقاتلون": "fighters", "مقاتلين": "fighters", "عضو": "member",
    "أعضاء": "members", "قائد": "commander", "قادة": "commanders",
    # papers and states that speak: «وثائق نشرت», «تقرير أممي», «الدول العربية»
    "وثائق": "documents", "وثيقة": "document", "تقرير": "report", "دول": "states", "منظمة": "organisation",
}
# heads of phrases the words after them describe, not the speaker: «رئاسة الوزراء», «رئيس الوزراء الماليزي»
_OTHER_HEADS = frozenset(letters_of(w) for w in ("رئيس", "رئيسة", "رئاسة"))  # (their «ال» is stripped first)
# after «أحد» / «إحدى» one of them speaks: «أحد السكان» is a resident
_SINGULAR = {"sources": "source", "officials": "official", "residents": "resident", "witnesses": "witness",
             "farmers": "farmer", "doctors": "doctor", "activists": "activist", "diplomats": "diplomat",
             "experts": "expert", "journalists": "journalist", "medics": "medic", "analysts": "analyst",
             "observers": "observer", "refugees": "refugee", "workers": "worker", "employees": "employee",
             "citizens": "citizen", "protesters": "protester", "gunmen": "gunman", "volunteers": "volunteer",
             "ministers": "minister", "ambassadors": "ambassador", "envoys": "envoy", "aides": "aide",
             "MPs": "MP", "rebels": "rebel", "fighters": "fighter", "members": "member", "commanders": "commander"}
_ONE_OF = frozenset({"احد", "احدي"})
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
    "ديني": (2, "religious"), "دينيه": (2, "religious"), "سياسي": (2, "political"), "سياسيه": (2, "political"),
    "خاصه": (0, "private"), "رسمي": (0, "official"), "رسميه": (0, "official"), "اعلاميه": (2, "media"),
    "اعلامي": (2, "media"), "مراقبه": (2, "monitoring"), "حقوقيه": (2, "rights"), "حقوقي": (2, "rights"),
    "اغاثه": (2, "aid"), "انقاذ": (2, "rescue"), "ميدانيه": (0, "field"), "قضائيه": (2, "judicial"),
    "قضائي": (2, "judicial"), "حوثي": (1, "Houthi"), "حوثيه": (1, "Houthi"), "حوثيون": (1, "Houthi"),
    "معارض": (1, "opposition"), "معارضه": (1, "opposition"),
    # duals: «مصدران أمنيان», «مسؤولان عسكريان»
    "امنيان": (2, "security"), "امنيين": (2, "security"), "عسكريان": (2, "military"), "عسكريين": (2, "military"),
    "حكوميان": (2, "government"), "حكوميين": (2, "government"), "مطلعان": (0, "informed"), "مطلعين": (0, "informed"),
}
MODIFIERS: dict[str, tuple[int, str]] = {letters_of(k): v for k, v in _MODIFIERS.items()}
# a modifier and the adjective after it that English puts first: «الدفاع المدني» → "civil defence"
_COMPOUNDS: dict[tuple[str, str], str] = {(letters_of(a), letters_of(b)): v for (a, b), v in {
    ("دفاع", "مدني"): "civil defence", ("اغاثه", "انسانيه"): "humanitarian aid"}.items()}
_SKIP = frozenset({"احد", "احدي", "بعض", "عدد", "عده", "من", "هذا", "هذه", "هؤلاء", "هولاء"})


def word_keys(text: str) -> list[str]:
    """Folded letters of each word, without the article: «الأمريكية» → «امريكيه»."""
    out = []
    for w in text.split():
        k = letters_of(w)
        if k.startswith(("وال", "فال")) and len(k) > 4:  # «والمسؤولون», «فالفلسطينيون»
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


# heads that speak for themselves, not for their state: «وسائل إعلام أمريكية» are "US media", not the
# United States, while «مسؤول أميركي» is coded as the country (as event data codes officials)
NON_STATE_HEADS = frozenset({"media", "reports", "activists", "medics", "experts", "witnesses", "residents",
                             "analysts", "observers", "doctors", "medic", "witness", "resident", "doctor",
                             "activist", "displaced people", "farmers", "farmer", "citizens", "citizen", "workers",
                             "aid workers", "worker", "protesters", "protester", "refugees", "refugee", "journalists",
                             "journalist", "volunteers", "media reports", "news reports", "opposition", "investigators",
                             "MPs", "MP"})


def _knowledge_base() -> KnowledgeBase | None:
    """The link package's shipped knowledge base, or None where it cannot load: quotes work without it (no
    country coding, no adjectives), which is not a failure."""
    try:
        return load_kb()
    except Exception:  # noqa: BLE001 - a missing or broken KB only means less coding
        return None


@lru_cache(maxsize=1)
def _adjectives() -> dict[str, str]:
    """Country English name → its English adjective ("United States" → "US", "Greece" → "Greek")."""
    kb = _knowledge_base()
    if kb is None:
        return {}
    out = {}
    for entry_id in set(kb.by_country.values()):  # every country, not only those with an Arabic demonym listed
        e = kb.get(entry_id)
        if e is not None and e.demonym_en:
            out[e.name_en] = e.demonym_en
    return out


def adjective_of(country_en: str) -> str | None:
    """The adjective of a country the knowledge base knows: "United States" → "US"."""
    return _adjectives().get(country_en)


def people_of(country_en: str) -> str:
    """The people of a country in English: "Palestine" → "Palestinians", "France" → "French people"."""
    adjective = adjective_of(country_en)
    if not adjective:
        return country_en
    if adjective == "US":
        return "Americans"
    if adjective.endswith(("sh", "ch", "ese", "ss")):  # British, French, Chinese, Swiss
        return adjective + " people"
    return adjective + "s"


def plural_demonym(word: str) -> bool:
    """«الفلسطينيون», «والإيرانيين», «فالفلسطينيون»: a people named by its plural demonym, with its article."""
    key = letters_of(word)
    return key.startswith(("ال", "وال", "فال")) and key.endswith(("يون", "يين"))


@lru_cache(maxsize=1)
def _demonyms() -> dict[tuple[str, ...], tuple[str, str, str | None]]:
    """Demonym words → (country name_en, id, wikidata), from the shipped knowledge base when present."""
    kb = _knowledge_base()
    if kb is None:
        return {}
    return {key: (e.name_en, e.id, e.wikidata) for key, entry_id in kb.demonyms.items()
            if (e := kb.get(entry_id)) is not None}


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    """English names of the knowledge base's countries (Mali too, whose demonym «مالي» is not kept:
    it is also the word for "financial")."""
    kb = _knowledge_base()
    if kb is None:
        return frozenset()
    return frozenset(e.name_en for e in map(kb.get, kb.by_country.values()) if e is not None)


def is_country(name_en: str | None) -> bool:
    """Whether an English name is a country of the knowledge base."""
    return bool(name_en) and name_en in _country_names()


def _demonym_base(word: str, accusative: bool = False) -> list[str]:
    # «أمريكية», «أمريكيون», «أمريكيين», and after an accusative noun «مسؤولا أمريكيا» → «امريكي» (but «شؤون
    # كوريا» is the country's name)
    forms = [word]
    for suffix in ("ه", "ون", "ين", "ان", *(("ا",) if accusative else ())):
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
        for base in _demonym_base(w, accusative=i > 0 and keys[i - 1].endswith("ا")):
            if i + 1 < len(keys):  # «كوري جنوبي»
                for nxt in _demonym_base(keys[i + 1]):
                    hit = table.get((base, nxt))
                    if hit:
                        return hit
            hit = table.get((base,))
            if hit:
                return hit
    return None


def country_of_code(iso2: str) -> tuple[str, str, str | None] | None:
    """(name_en, id, wikidata) of the knowledge base's country with this ISO code: «إدارة ترامب» is the US's."""
    kb = _knowledge_base()
    e = kb.get(kb.by_country.get(iso2, "")) if kb is not None else None
    return (e.name_en, e.id, e.wikidata) if e is not None else None


def describe(text: str) -> str | None:
    """A short English description: «مصادر مطلعة» → "informed sources", «نشطاء ومسعفون» → "activists and medics"."""
    if [letters_of(w) for w in text.split()] in (["البعض"], ["بعضهم"]):
        return "some people"  # «ويرى البعض أن …»: some, no one named
    parts: list[list[str]] = [[]]
    slots: list[dict[int, list[str]]] = [{0: [], 1: [], 2: []}]
    one_of = bool(text.split()) and letters_of(text.split()[0]) in _ONE_OF
    last = ""
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
        elif parts[-1] and (last, k) in _COMPOUNDS:
            slot = MODIFIERS[last][0]
            slots[-1][slot] = [m for m in slots[-1][slot] if m != MODIFIERS[last][1]] + [_COMPOUNDS[last, k]]
        elif parts[-1] and k in MODIFIERS:
            slot, word = MODIFIERS[k]
            if word and word not in slots[-1][slot]:
                slots[-1][slot].append(word)
        elif parts[-1] or k in _OTHER_HEADS:
            break  # «رئاسة الوزراء», «رئيس الوزراء الماليزي»: the head of another phrase, no ministers
        last = k
    phrases = []
    for head, mods in zip(parts, slots):
        if not head:
            return None
        noun = _SINGULAR.get(head[0], head[0]) if one_of and len(parts) == 1 else head[0]
        phrases.append(" ".join([*mods[0], *mods[1], *mods[2], noun]))
    if len(phrases) > 2:  # «نشطاء وعمال إنقاذ ومسعفون» → "activists, rescue workers and medics"
        return ", ".join(phrases[:-1]) + " and " + phrases[-1]
    return " and ".join(phrases) if phrases else None


# nouns that open a person's title: «وزير النقل اليمني بدر باسلمة», «المتحدث باسم الحكومة …»
_PERSON_TITLES = frozenset(letters_of(w) for w in (
    "وزير", "وزيرة", "رئيس", "رئيسة", "نائب", "نائبة", "مستشار", "مستشارة", "متحدث", "متحدثة", "ناطق",
    "ناطقة", "سفير", "سفيرة", "مدير", "مديرة", "محافظ", "قائد", "أمين", "مندوب", "مبعوث", "عضو", "زعيم",
    "وكيل", "رئيسه", "عميد", "لواء", "عقيد", "شيخ", "أمير", "ملك", "مسؤول", "مسؤولة",
    # people named by their work: «الباحث القانوني كريم نمور», «المحلل السياسي …»
    "باحث", "باحثة", "خبير", "خبيرة", "محلل", "محللة", "ناشط", "ناشطة", "كاتب", "كاتبة", "محامي", "محامية",
    "أستاذ", "أستاذة", "منسق", "منسقة", "مفوض", "مفوضة", "ممثل", "ممثلة", "مؤسس", "مؤسسة"))
# ranks and honorifics between the title and the name: «العميد عبده الحذيفي», «الشيخ تميم»
_RANKS = frozenset(letters_of(w) for w in (
    "العميد", "اللواء", "العقيد", "الفريق", "المقدم", "الرائد", "المشير", "الشيخ", "الدكتور", "السيد",
    "السيدة", "المهندس", "الأمير", "القاضي", "الحاج", "د."))
# bodies named after who leads them: «إدارة ترامب», «حكومة نتنياهو», «مكتب عباس», «حملة ترامب»
LED_BODIES = frozenset(letters_of(w) for w in ("إدارة", "حكومة", "نظام", "مكتب", "حملة"))
# words that cannot start a name after a title: prepositions and the like («وزير الخارجية في …»)
_NOT_NAMES = frozenset(letters_of(w) for w in (
    "في", "من", "عن", "على", "إلى", "مع", "بعد", "قبل", "خلال", "أمام", "لدى", "عند", "حول", "الذي",
    "التي", "إن", "أن", "أنه", "انه", "كان", "قد", "لشؤون", "أمس", "غدا", "مساء", "صباح", "ظهر", "يوم", "ليلة",
    "عبر", "نفسه", "ذاته", "أيضا", "كذلك", "مجددا", "مؤخرا", "بدوره", "بدورها", "إنه", "إنها", "بأن", "لوكالة",
    "لصحيفة", "لقناة", "لموقع", "لمجلة", "لإذاعة", "لشبكة", "لتلفزيون", "لمحطة", "لجريدة",
    # «ونفى رئيس اللجنة الانتخابية هذا التراجع»: a demonstrative opens the verb's object, never a name
    "هذا", "هذه", "ذلك", "تلك", "هؤلاء", "هذين", "هاتين"))


# days and times that may follow a speaker's name before what he said
_WHEN = frozenset(letters_of(w) for w in (
    "السبت", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "أمس", "اليوم", "غدا",
    "مساء", "صباح", "يوم", "ليلة"))

# prepositions inside a title: «سفير فرنسا لدى الأمم المتحدة», «مندوب روسيا في مجلس الأمن»
_TITLE_PREPOSITIONS = frozenset(letters_of(w) for w in ("لدى", "في", "باسم"))


# the article, also behind a proclitic: «للأمم المتحدة», «والتعاون الدولي», «بالوكالة»
_DEFINITE = ("ال", "لل", "وال", "بال")


def name_after_title(text: str) -> str | None:
    """The proper name that closes a title phrase: «وزير النقل اليمني بدر باسلمة» → «بدر باسلمة».

    The title is a noun with its construct and adjectives («وزير حقوق الإنسان», «وزير الداخلية
    اليمني العميد»); the name starts at the first undefined word once a definite word has closed
    the title («عز» in «وزير حقوق الإنسان عز الدين الأصبحي»), since Arabic names carry no article
    on their first part. None when the phrase has no such name («مستشار الأمن القومي الكوري»).
    """
    words = text.replace("،", " ").replace(",", " ").split()
    if len(words) < 3:
        return None
    first = letters_of(words[0]).removeprefix("ال")
    if first not in _PERSON_TITLES:
        return None
    # «الأمير حسام بن سعود»: a title with the article is closed by it; «أمير قطر» needs its construct
    seen_definite = letters_of(words[0]).startswith(_DEFINITE)
    i = 1
    while i < len(words):
        k = letters_of(words[i])
        if k in _TITLE_PREPOSITIONS:  # «سفير فرنسا لدى الأمم المتحدة فرانسوا ديلاتر»: the title goes on
            seen_definite = False
            i += 1
            continue
        if not k or k in _NOT_NAMES:
            return None
        if k in _RANKS or k.startswith(_DEFINITE):
            seen_definite = True
            i += 1
            continue
        if not seen_definite:  # «وزير حقوق الإنسان»: a construct noun, still the title
            i += 1
            continue
        break
    name = words[i:]
    cut = next((j for j, w in enumerate(name) if letters_of(w) in _WHEN or letters_of(w) in _NOT_NAMES), None)
    if cut:  # «… يوري يفتوشينكو السبت», «… سيد إحسان طاهري لوكالة الأنباء»: what follows the name is not of it
        name = name[:cut]
    if i == len(words) and len(words) >= 4 and looks_like_a_name(words[-2:]) \
            and not any(not_a_name_word(w) or letters_of(w).startswith("ال") for w in words[-2:]):
        name = words[-2:]  # «مؤسس موقع ويكيليكس جوليان أسانج»: a title closed by a proper noun, then the name
    if not 1 <= len(name) <= 4 or any(not_a_name_word(w) for w in name):
        return None
    start = len(words) - len(name) if name == words[-len(name):] else i
    if letters_of(name[0]) in LED_BODIES or (start > 0 and letters_of(words[start - 1]) in LED_BODIES):
        return None  # «مسؤول رفيع في إدارة ترامب»: the name is the administration's, not the speaker's
    return " ".join(name)


_NAME_WORD = re.compile("[\u0621-\u063a\u0641-\u064a\u064b-\u0652\u0640-]+")


def not_a_name_word(word: str) -> bool:
    """«ورئيس», «والاستشارية», «في»: a coordinated title or a function word, not part of a name."""
    k = letters_of(word)
    if not _NAME_WORD.fullmatch(word):  # «لـ"العربية.نت"», «#نيكي_هيلي»: not a plain written name
        return True
    if word == "علي":  # the name Ali, written with ya; the preposition is «على» (both fold to the same letters)
        return False
    return not k or k in _NOT_NAMES or k.startswith("وال") or k.removeprefix("و") in _PERSON_TITLES


_RARE = 5  # times a word the lexicon counts may be seen and still be taken for an unknown given name


def looks_like_a_name(words: list[str]) -> bool:
    """Whether words NER left untagged read as a person's name: the first is a known name word (a name
    token of the transliteration sets or the word table: «فرحان», «ماريانا»), and when that word is also
    common vocabulary («بيان», «مجلس», «محمد») every word after it is rare or spelled in the word table of
    names («علي»), not frequent vocabulary («صادر», «إدارة»): so «بيان صادر» and «مصدران أمنيان» are not
    transliterated as people, «فرحان حق» and «محمد علي» are; so is «روزلين عمر», a rare first word before
    a known name word."""
    lex = lexicon()
    table = load_translit_words()
    keys = [letters_of(w) for w in words]
    if not keys:
        return False
    if not (keys[0] in lex.names or keys[0] in table):
        # «روزلين عمر»: a given name no list knows and the news hardly uses, before a known name word
        return len(keys) > 1 and (keys[-1] in lex.names or keys[-1] in table) and lex.count(keys[0]) <= _RARE
    if not lex.is_common(keys[0]):
        return True
    return all(k in table or not lex.is_common(k) for k in keys[1:])


def has_owner_pronoun(text: str) -> bool:
    """«مساعدوه», «المتحدث باسمه», «مستشارتها»: the head belongs to someone named before."""
    words = text.split()
    if not words:
        return False
    keys = [letters_of(w) for w in words[:2]]
    if keys[0].endswith(("وه", "ها")) or keys[0] in ("مساعديه",):
        return True
    return len(keys) > 1 and keys[1] in ("باسمه", "باسمها")


def is_person_noun(key: str) -> bool:
    """Whether a folded head noun names a person («وزير», «المسؤول»), not a body («الوزارة»)."""
    return key.removeprefix("ال") in _PERSON_TITLES or key in HEADS


def is_person_title(text: str) -> bool:
    """Whether a phrase opens with a person's title: «مستشار الأمن القومي», «المتحدث باسم الحكومة»."""
    words = text.split()
    return bool(words) and letters_of(words[0]).removeprefix("ال") in _PERSON_TITLES


def ends_with_rank(text: str) -> bool:
    """«رئيس جهاز الأمن القومي اليمني اللواء»: a title whose last word is a rank, the name still to come."""
    words = text.split()
    return bool(words) and letters_of(words[-1]) in _RANKS


def name_following(after: str) -> str | None:
    """The name right after a rank: «… اللواء علي الأحمدي أن الحكومة …» → «علي الأحمدي»."""
    words: list[str] = []
    for w in after.split()[:5]:
        bare = w.rstrip("،,.:؛")
        if not bare or not_a_name_word(bare) or letters_of(bare) in HEADS:
            break
        words.append(bare)
        if bare != w:
            break  # a comma or colon closes the name
    if not words or len(words) > 4 or letters_of(words[0]).startswith("ال"):
        return None
    return " ".join(words)


def appositive_name(after: str) -> str | None:
    """A name set off by commas right after a title: «، تشونغ يوي-يونغ، إن …» → «تشونغ يوي-يونغ»."""
    stripped = after.lstrip()
    if not stripped.startswith(("،", ",")):
        return None
    body = stripped[1:]
    end = min((i for i in (body.find("،"), body.find(",")) if i >= 0), default=-1)
    if end < 0:
        return None
    words = body[:end].split()
    if not 1 <= len(words) <= 4 or letters_of(words[0]).startswith("ال") or not _plain_name_words(words):
        return None
    return " ".join(words)


def _plain_name_words(words: list[str]) -> bool:
    """No function word, coordinated title or descriptor among words set off as a name («، تشونغ يوي-يونغ،»)."""
    return not any(not_a_name_word(w) or letters_of(w) in HEADS for w in words)


APPOSITION_REACH = 160  # characters after a title where the name may follow other descriptions
# words that open what was said: a name after them is the statement's, not the speaker's
_STATEMENT_OPENERS = frozenset(letters_of(w) for w in ("إن", "أن", "إنه", "أنه", "إنها", "أنها", "بأن", "قائلا", "مؤكدا"))


def later_appositive_name(after: str) -> str | None:
    """A name set off by commas after more of the title: «وزير الاقتصاد … في لبنان، وعراب دراسة ماكينزي، رائد
    خوري، شارحا …» → «رائد خوري». The segments between are the title's descriptions; the name is the first
    closed segment of two to four words that reads as a person's name, before any statement begins."""
    segments = re.split("[،,]", after[:APPOSITION_REACH])
    for segment in segments[1:-1]:  # the first continues the title, the last is not closed
        words = segment.split()
        keys = [letters_of(w) for w in words]
        if any(k in _STATEMENT_OPENERS for k in keys):
            return None  # «… إن …»: what was said has begun
        if 2 <= len(words) <= 4 and not keys[0].startswith(("ال", "و")) and _plain_name_words(words) \
                and looks_like_a_name(words):
            return " ".join(words)
    return None

