"""Event participants: entity mentions (and a few generic agents) as CAMEO-coded actors.

Actors come from the linked entities (`doc.entities`, with `name_en`, `country`, `cameo`); a
CAMEO actor code is the entity's own code when the linker gave one, else its country (ISO3)
plus a role read from the title before the name: «الرئيس الروسي بوتين» → RUSGOV,
«الجيش الأمريكي» → USAMIL. Words such as «المتظاهرون» or «مسلحون» are actors too (CVL, UAF).
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import cache, lru_cache

from marsad.doc import Actor, Document, Entity, Mention, Token
from marsad.events.lexicon import EventLexicon, is_preposition, load_lexicon, remembered
from marsad.events.memo import once_per_document
from marsad.kb import KBEntry, load_kb, lookup
from marsad.quotes.datelines import dateline_end
from marsad.text import normalize_word
from marsad.text.words import without_conjunction

# Title words before a name that give the CAMEO role («وزير الخارجية لافروف» → GOV).
_ROLE_WORDS: dict[str, str] = {
    "الرئيس": "GOV", "رئيس": "GOV", "الملك": "GOV", "ملك": "GOV", "الملكه": "GOV", "ملكه": "GOV", "الامير": "GOV",
    "امير": "GOV", "وزير": "GOV", "الوزير": "GOV", "وزيره": "GOV", "وزيرة": "GOV", "الحكومه": "GOV", "حكومه": "GOV",
    "وزاره": "GOV", "الخارجيه": "GOV", "ولي": "GOV", "السفير": "GOV", "سفير": "GOV", "الزعيم": "GOV",
    "زعيم": "GOV", "المتحدث": "GOV", "متحدث": "GOV", "المستشار": "GOV", "نائب": "GOV", "الشيخ": "GOV",
    "الجيش": "MIL", "جيش": "MIL", "قوات": "MIL", "القوات": "MIL", "الجنرال": "MIL", "قائد": "MIL",
    "الشرطه": "COP", "شرطه": "COP", "المعارضه": "OPP", "المتمردين": "REB", "مسلحي": "REB",
}


@dataclass(frozen=True, slots=True)
class EthnicGroup:
    """A people with no state of its own that news names as a side: «اتهم الأكراد الفصائل السورية»."""

    people: str  # "Kurds"
    adjective: str  # "Kurdish": «المقاتلين الأكراد» are Kurdish fighters
    code: str  # the CAMEO actor code (text_to_CAMEO agentnames): KUR
    gdelt_ethnic: str  # GDELT's ethnic code (CAMEO.ethnic lookup): kur


_KURDS, _UYGHURS = EthnicGroup("Kurds", "Kurdish", "KUR", "kur"), EthnicGroup("Uyghurs", "Uyghur", "UIG", "uig")
_TUAREG, _DRUZE = EthnicGroup("Tuareg", "Tuareg", "TRG", "tmh"), EthnicGroup("Druze", "Druze", "MOSDRZ", "dru")
ETHNIC_GROUPS = (_KURDS, _UYGHURS, _TUAREG, _DRUZE)
# words that stand for the people themselves («الأكراد», «أكراد», «للأكراد»), and adjectives that only say whose
# an agent named before them is («القوات الكردية», «مقاتلين كرد»)
ETHNIC_PEOPLE = {normalize_word(w): g for words, g in (
    (("الأكراد", "أكراد", "الكرد"), _KURDS), (("الإيغور", "الأويغور", "الإيغوريين", "الأويغوريين"), _UYGHURS),
    (("الطوارق",), _TUAREG), (("الدروز",), _DRUZE)) for w in words}
_ETHNIC_ADJECTIVES = {normalize_word(w): g for words, g in (
    (("الكردية", "الكردي", "الكرديين", "الكرديون", "كردية", "كردي", "كرديين", "كرديون", "كرد"), _KURDS),
    (("الإيغورية", "الأويغورية", "الإيغوري", "الأويغوري"), _UYGHURS), (("الدرزية", "الدرزي"), _DRUZE))
    for w in words}


@lru_cache(maxsize=1 << 16)
def _ethnic_group(norm: str) -> EthnicGroup | None:
    """The people a word names or describes, past «و», «لـ» and «بـ»: «والأكراد», «للأكراد»."""
    word = without_lam_or_ba(norm)
    return ETHNIC_PEOPLE.get(word) or _ETHNIC_ADJECTIVES.get(word)


def _ethnic_adjective_alone(doc: Document, spot: ActorSpot) -> bool:
    """«الإدارة الذاتية الكردية», «المناطق الكردية»: a people's adjective after no agent names no side."""
    return spot.ethnic is not None and spot.generic is not None and spot.generic[1] == spot.ethnic.code \
        and without_lam_or_ba(doc.tokens[spot.token_end - 1].norm) not in ETHNIC_PEOPLE


@dataclass(slots=True)
class ActorSpot:
    """One place in a sentence where an actor is named: token range and what it is."""

    token_start: int
    token_end: int  # exclusive
    start: int
    end: int
    entity: Entity | None
    generic: tuple[str, str] | None = None  # (English name, CAMEO role) for «المتظاهرون»-like words
    speaker: bool = False  # a speaker the quotes component named («وزراء الخارجية العرب»): acts in any event
    country: str | None = None  # ISO2 of a country named only by a demonym («العملية التركية»)
    people: bool = False  # the demonym stands as a noun for people of the country («اعتقلت الشرطة فلسطينيا»)
    ethnic: EthnicGroup | None = None  # a people with no state of its own: «الأكراد», «المقاتلين الأكراد»

    @property
    def key(self) -> str:
        if self.entity is not None:  # two entities linked to the same thing are one actor
            return self.entity.wikidata or self.entity.name_en or self.entity.id
        return "generic:" + (self.generic[0] if self.generic else "")

    @property
    def mention_kind(self) -> str | None:
        """The kind of the entity's mention here ("name", "demonym" …); None where the spot was found another way
        (a demonym by its stem, a member word before the name)."""
        if self.entity is None:
            return None
        return next((m.kind for m in self.entity.mentions if m.start == self.start), None)

    @property
    def side(self) -> str | None:
        """The country (ISO2) the actor acts for: «لافروف» and «روسيا» are one side."""
        return self.entity.country if self.entity is not None else self.country


_PAPER_NAMES = frozenset(normalize_word(w) for w in ("تايمز", "تايمس", "بوست", "جورنال", "هيرالد", "تلغراف", "تليغراف",
                                                      "تريبيون", "غارديان"))


def names_a_newspaper(doc: Document, last: int) -> bool:
    """Whether the place whose last token is `last` begins a newspaper's name («واشنطن» in «واشنطن تايمز»)."""
    return last + 1 < len(doc.tokens) and doc.tokens[last + 1].norm in _PAPER_NAMES


# places, prizes and laws named after people
_NAMED_AFTER_PEOPLE = frozenset(normalize_word(w) for w in (
    "مطار", "مستشفى", "جامعة", "شارع", "ميناء", "مسجد", "ملعب", "استاد", "جسر", "قاعة", "جائزة", "مدينة", "ضاحية",
    "حي", "ساحة", "مجمع", "قصر", "قانون"))  # «قانون لوغان», «قانون ماغنيتسكي»: a law named after a man

# streets, squares and venues named after a place elsewhere («شارع صنعاء» in Hodeidah), not the place's side (an
# airport or a port of a city is the city's: «قصف مطار صنعاء»)
_NAMED_AFTER_PLACES = frozenset(normalize_word(w) for w in (
    "شارع", "ميدان", "ساحة", "جادة", "مقهى", "مطعم", "فندق", "ملهى"))


def find_actor_spots(doc: Document, token_start: int, token_end: int, lexicon: EventLexicon,
                     token_of: dict[int, int]) -> list[ActorSpot]:
    """Actors named in tokens [token_start, token_end), in text order; overlapping mentions keep the longest.

    The rules and the argument model read the same sentences: within `facts_found_once` each range is searched once.
    """
    return list(once_per_document(doc, ("actor spots", token_start, token_end),
                                  lambda: _find_actor_spots(doc, token_start, token_end, lexicon, token_of)))


def _find_actor_spots(doc: Document, token_start: int, token_end: int, lexicon: EventLexicon,
                      token_of: dict[int, int]) -> list[ActorSpot]:
    spots: list[ActorSpot] = []
    sent_start = doc.tokens[token_start].start if token_start < len(doc.tokens) else 0
    sent_end = doc.tokens[token_end - 1].end if token_end > token_start else 0
    index = _actor_index(doc, lexicon)
    for entity, m in index.mentions_within(sent_start, sent_end):
        ts = token_of.get(m.start)
        if ts is None:
            ts = _token_at(doc.tokens, m.start, token_start, token_end)
        te = _token_at(doc.tokens, max(m.end - 1, m.start), token_start, token_end)
        if ts is None or te is None:
            continue
        if entity.label == "PER" and ts > 0 and without_lam_or_ba(doc.tokens[ts - 1].norm).removeprefix("ال") \
                in _NAMED_AFTER_PEOPLE:
            continue  # «مطار حميد كرزاي الدولي», «مستشفى الملك فهد»: a place named after a man is not the man
        if entity.label == "LOC" and ts > 0 and m.start == doc.tokens[ts].start \
                and without_lam_or_ba(doc.tokens[ts - 1].norm).removeprefix("ال") in _NAMED_AFTER_PLACES:
            continue  # «اقتحم الجيش شارع صنعاء وسط الحديدة», «في مقهى هاواي»: a street, a café, not the city (but
            # «اسم شارع بطهران»: a street in Tehran)
        if entity.label == "LOC" and names_a_newspaper(doc, te):
            continue  # «صحيفة واشنطن تايمز», «نيويورك تايمز»: a newspaper, not the city
        spots.append(ActorSpot(ts, te + 1, m.start, m.end, entity))
    spots.extend(_speaker_spots(doc, token_start, token_end, sent_start, sent_end))
    spots.extend(_own_country_spots(doc, token_start, token_end, spots, lexicon))
    spots.extend(_bare_title_spots(doc, token_start, token_end, spots))
    covered = {i for s in spots for i in range(s.token_start, s.token_end)}
    bounds = _PersonBounds.of(spots)
    for i in range(token_start, token_end):
        if i in covered or doc.tokens[i].kind != "word":
            continue
        if _next_to_person(doc, bounds, i) and not _plural_people(doc.tokens[i].norm):
            continue  # (but «اعتقل الأمريكيون صدام حسين»: a people, in the plural, is no man's title)
        tok = doc.tokens[i]
        country = _demonym_country(doc, i, token_start, index)
        if country is not None:
            spots.append(ActorSpot(i, i + 1, tok.start, tok.end, country))
            covered.add(i)
            continue
        if (iso2 := _paired_demonym(doc, i, token_end)) is not None and (iso3 := lexicon.iso3(iso2)) in lexicon.countries \
                and not _next_to_person(doc, bounds, i + 1):
            # «نظيره الكوري الجنوبي», «القوات الكورية الشمالية»: a two-word nisba
            spots.append(ActorSpot(i, i + 2, tok.start, doc.tokens[i + 1].end, None,
                                   (lexicon.countries[iso3][0], iso3), country=iso2))
            covered.update((i, i + 1))
            continue
        iso3 = _demonym_iso3(doc, i, token_start, lexicon)
        if iso3 is not None:  # «العملية التركية» where the article never names Turkey itself
            name, iso2 = lexicon.countries[iso3][0], lexicon.countries[iso3][1]
            spots.append(ActorSpot(i, i + 1, tok.start, tok.end, None, (name, iso3), country=iso2,
                                   people=_nisba_as_people(doc, i, token_start)))
            covered.add(i)
            continue
        group = _ethnic_group(tok.norm)
        if group is not None:  # «الأكراد»; «الكردية» (kept only after an agent it describes: «القوات الكردية»)
            spots.append(ActorSpot(i, i + 1, tok.start, tok.end, None, (group.people, group.code), ethnic=group))
            covered.add(i)
    for i in range(token_start, token_end):
        tok = doc.tokens[i]
        if i in covered or tok.kind != "word":
            continue
        word = without_conjunction(tok.norm)
        perpetrator = _perpetrators(doc, i, token_end)
        generic = lexicon.generic_actors.get(word) if perpetrator is None else list(perpetrator)
        if generic is None and word.endswith("ا") and len(word) > 4 and word[:-1] in lexicon.generic_actors \
                and i + 1 < token_end and _nationality(doc.tokens[i + 1].norm, lexicon):
            # «تظهر جنودا روس»: the accusative «ا» of an indefinite group before its people's adjective (but
            # «صراعا مسلحا» is an armed conflict, no gunman)
            generic = lexicon.generic_actors[word[:-1]]
        if generic and i + 1 < token_end and doc.tokens[i + 1].norm in _NOT_AGENTS_BEFORE.get(generic[0], ()):
            continue  # «السلطات المالية الموجودة لديها»: powers held; «مستشار الأمن القومي»: security itself
        if generic and i > token_start and _not_an_agent_after(without_conjunction(doc.tokens[i - 1].norm),
                                                               _NOT_AGENTS_AFTER.get(generic[0], frozenset())):
            continue  # «هيئة الطيران الإماراتية», «شركة طيران»: civil aviation, no air force
        if generic and generic[0] == "envoy" and _titles_a_name(doc, bounds, i, token_end):
            continue  # «المبعوث الروسي الخاص إلى سوريا ألكسندر لافرنتييف»: the man the title names acts
        if generic and spots and spots[-1].token_end == i and spots[-1].generic is not None \
                and spots[-1].entity is None and generic[1] == "RAD" and not tok.norm.startswith(("و", "ال")):
            continue  # «متطرفين إسلاميين»: Islamist extremists, one side; the adjective names no other
        if generic:
            faith = _FAITHS.get(doc.tokens[i + 1].norm.removeprefix("ال")) if i + 1 < token_end else None
            if faith is not None and generic[1] in _FAITHFUL_ROLES:
                # «على يد متطرف يهودي», «مستوطنون يهود»: the faith is part of who they are, and no second side
                covered.add(i + 1)
                spots.append(ActorSpot(i, i + 2, tok.start, doc.tokens[i + 1].end, None,
                                       (f"{faith} {generic[0]}", generic[1])))
                continue
            if generic[1] in _FIGHTER_ROLES and i + 1 < token_end and doc.tokens[i + 1].norm in _FIGHTERS_ADJECTIVES:
                # «الفصائل المعارضة», «المقاتلين الإسلاميين»: what they are, not a second side (the opposition)
                covered.add(i + 1)
                spots.append(ActorSpot(i, i + 2, tok.start, doc.tokens[i + 1].end, None, (generic[0], generic[1])))
                continue
            spots.append(ActorSpot(i, i + 1, tok.start, tok.end, None, (generic[0], generic[1])))
    spots.extend(_collective_spots(doc, token_start, token_end, covered))
    spots.extend(_members_of(doc, spots, token_start))
    # «قصف ميناء الحديدة»: a port, crossing or dam named after its town stands for the town in an event
    spots = [s for s in spots if not (s.entity is not None and s.entity.attrs.get("facility") and any(
        o is not s and s.token_start <= o.token_start and o.token_end <= s.token_end for o in spots))]
    spots.sort(key=lambda s: (s.token_start, -(s.token_end - s.token_start)))
    spots = [s for s in _national_forces(doc, spots, lexicon) if not _ethnic_adjective_alone(doc, s)]
    spots = _opponents_of(doc, spots, lexicon)
    spots = _home_forces(doc, spots, lexicon)
    spots = _forces_named_after(doc, spots, lexicon)
    kept: list[ActorSpot] = []
    kin: ActorSpot | None = None
    dateline = max(dateline_end(doc, token_start, token_end), _topic_label_end(doc, token_start, token_end))
    for s in spots:
        if kept and s.token_start < kept[-1].token_end:
            continue  # «وزير الخارجية الروسي سيرغي لافروف» inside a longer mention: keep the longer one
        if s.token_end <= dateline:
            continue  # «دبي، الإمارات العربية المتحدة (CNN) -- انتقد …»: where the story was filed acts in nothing
        if s.token_start > 0 and without_conjunction(doc.tokens[s.token_start - 1].norm) in _REPORTERS:
            continue  # «أكدت مصادر عقد الاجتماع لمراسل بي بي سي»: the medium told is in no event
        if _medium_told(doc, s):
            continue  # «وقال مسؤول لوكالة رويترز», «في تصريح لقناة الجزيرة»: the medium spoken to
        if _paper_nisba(doc, s):
            continue  # «نشرته جريدة الشاهد اليومية الكويتية», «مع الصحيفة الكويتية»: where the paper appears
        if s.entity is None and s.country and s.token_start > 0 \
                and without_conjunction(doc.tokens[s.token_start - 1].norm).removeprefix("ال") in _MINORITIES:
            continue  # «الزعيم الوحيد للأقلية الأوزبكية»: a people living in another land, not its state
        if s.token_start > 0 and _topic_word(doc.tokens[s.token_start - 1].norm):
            continue  # «الملف الإيراني», «على ملفي أفغانستان وأوكرانيا», «القضيتين الفلسطينية»: a subject of talk
        if s.token_start > 0 and without_lam_or_ba(without_conjunction(doc.tokens[s.token_start - 1].norm)) in _WORN:
            continue  # «كان المفجر يرتدي زي الشرطة», «مسلحون يرتدون زي الجيش»: a uniform worn, not the force
        if _seat_named(doc, s):
            continue  # «المنظمة التي مقرها لندن دعت …», «تتخذ من لندن مقرا لها»: where a body sits acts in nothing
        if kept and _patron_of_a_militia(doc, kept[-1], s):
            continue  # «قادة ميليشيا الحوثي الإيرانية», «هجوم المليشيات الحوثية الإيرانية»: whose militia it is
            # said to be, no side of its own
        if s.token_start > 0 and doc.tokens[s.token_start - 1].norm in _SPOUSE_ALONG:
            continue  # «استقبلهم الرئيس دونالد ترامب وزوجته ميلانيا»: his wife came with him; no one else acted
        if (deputy := _deputy_of(doc, s, lexicon)) is not None:
            kept.append(deputy)  # «نائب ترامب ينتقد الصين»: Trump's deputy, unnamed, acts for the United States
            continue
        if _kin_before(doc, s.token_start) or (kin is not None and s.token_start == kin.token_end and s.key == kin.key):
            kin = s  # «اغتالت الأخ غير الشقيق لكيم جونغ-أون»: the one acted on is his unnamed relative
            continue  # (and «شقيق الرئيس السوري بشار الأسد»: the name in apposition to the title too)
        kept.append(s)
    counted = _counted_states(doc, token_start, token_end, kept, lexicon, token_of) \
        + _the_two_koreas(doc, token_start, token_end, kept, lexicon)
    if counted:  # the list's countries stand where the count does (the two Koreas where their dual does), one spot
        # each, in the list's order
        kept = [s for s in kept if not any(c.token_start <= s.token_start < c.token_end for c in counted)]
        kept = sorted(kept + counted, key=lambda s: s.token_start)
    return kept


def _patron_of_a_militia(doc: Document, militia: ActorSpot, spot: ActorSpot) -> bool:
    """«ميليشيا الحوثي الإيرانية», «المليشيات الحوثية الإيرانية»: a people's adjective right after a militia named
    for a group of another country («ميليشيا» or «مليشيات» opening its name, or right before it) tells who backs the
    militia, as the Saudi and Emirati press call the Houthis."""
    if not (spot.country if spot.entity is None else spot.entity.label == "LOC") or spot.token_start != militia.token_end \
            or spot.token_end - spot.token_start != 1 or not doc.tokens[spot.token_start].norm.endswith("يه") \
            or militia.side == spot.side:
        return False
    head = militia.token_start if militia.token_end - militia.token_start > 1 else militia.token_start - 1
    return head >= 0 and without_conjunction(doc.tokens[head].norm).removeprefix("ال").replace("يلي", "لي") \
        in _MILITIA_WORDS


_MILITIA_WORDS = frozenset(normalize_word(w) for w in ("مليشيا", "مليشيات", "مليشياته", "مليشياتها"))
_SEATS = frozenset(normalize_word("مقر" + p) for p in ("ه", "ها", "هم", "هما"))  # «مقرها»: its seat
SEAT_AFTER = frozenset(normalize_word(w) for w in ("مقرا", "مقراً", "مقرًا"))  # «تتخذ من لندن مقرا لها»


def _seat_named(doc: Document, spot: ActorSpot) -> bool:
    """«ومقرها لندن», «التي مقره في بريطانيا», «تتخذ من جنيف مقرا»: the place a body sits in, told of it in passing."""
    j = spot.token_start - 1
    if j >= 0 and doc.tokens[j].norm == "في":
        j -= 1
    if j >= 0 and without_conjunction(doc.tokens[j].norm) in _SEATS:
        return True
    k = spot.token_end
    return k < len(doc.tokens) and doc.tokens[k].norm in SEAT_AFTER and spot.token_start > 0 \
        and doc.tokens[spot.token_start - 1].norm == "من"


_MINORITIES = frozenset(normalize_word(w) for w in ("أقلية", "أقليات", "للأقلية", "للأقليات", "جالية", "جاليات",
                                                   "للجالية"))
_PAPERS = frozenset(normalize_word(w) for w in ("جريدة", "صحيفة", "مجلة", "صحف", "جرائد", "مجلات", "صحافة"))
PAPER_NISBA_REACH = 3  # words from a paper's head to its country's adjective: «جريدة الشاهد اليومية الكويتية»


def _paper_nisba(doc: Document, spot: ActorSpot) -> bool:
    """A country's adjective that ends a newspaper's name: it tells where the paper appears, not a side."""
    word = without_conjunction(doc.tokens[spot.token_start].norm)  # «الصحف الأمريكية والأوروبية»: the second too
    if spot.token_end - spot.token_start != 1 or not word.startswith("ال") or not word.endswith(("يه", "ي")):
        return False
    for k in range(spot.token_start - 1, max(-1, spot.token_start - 1 - PAPER_NISBA_REACH), -1):
        tok = doc.tokens[k]
        if tok.kind != "word":
            return False
        if without_lam_or_ba(without_conjunction(tok.norm)).removeprefix("ال") in _PAPERS:
            return True
    return False


# a faith's adjective after an unnamed group: «متطرف يهودي» a Jewish extremist, «مستوطنون يهود», «متطرفين إسلاميين»
_FAITHS = {normalize_word(w): name for words, name in (
    (("يهودي", "يهودية", "يهود", "يهوديا", "يهوديان", "يهوديين"), "Jewish"),
    (("إسلامي", "إسلامية", "إسلاميون", "إسلاميين", "إسلاميا"), "Islamist"),
    (("مسيحي", "مسيحية", "مسيحيون", "مسيحيين"), "Christian"),
) for w in words}
_FAITHFUL_ROLES = frozenset({"RAD", "UAF", "CVL", "REB"})  # radicals, gunmen, settlers and the like; not a state body
_FIGHTER_ROLES = frozenset({"REB", "OPP"})
# what an armed group is, said in the adjective after it: «الفصائل المعارضة», «الفصائل المسلحة», «المعارضة المسلحة»
_FIGHTERS_ADJECTIVES = frozenset(normalize_word(w) for w in (
    "المعارضة", "المعارضين", "المسلحة", "المسلحين", "المقاتلة", "الإسلامية", "الإسلاميين", "الجهادية",
    "الجهاديين", "المتشددة", "المتمردة", "المتمردين"))


_COUNTS = {normalize_word(w): n for w, n in (("الثلاث", 3), ("الثلاثة", 3), ("الأربع", 4), ("الأربعة", 4),
                                               ("الخمس", 5), ("الخمسة", 5), ("الست", 6), ("الستة", 6))}
_STATES = frozenset(normalize_word(w) for w in ("الدول", "البلدان", "العواصم", "الحكومات"))


def _counted_states(doc: Document, token_start: int, token_end: int, kept: list[ActorSpot], lexicon: EventLexicon,
                    token_of: dict[int, int]) -> list[ActorSpot]:
    """«بعدما اتهمت الدول الأربع الدوحة»: states counted are the list of as many countries named just before
    («بين الإمارات والبحرين والسعودية ومصر من جهة، وقطر»): a spot for each of them at the count."""
    out: list[ActorSpot] = []
    for i in range(token_start, token_end - 1):
        if doc.tokens[i + 1].norm not in _COUNTS or without_lam_or_ba(doc.tokens[i].norm) not in _STATES:
            continue
        listed = _last_country_list(doc, i, _COUNTS[doc.tokens[i + 1].norm], kept, token_start, lexicon, token_of)
        out.extend(ActorSpot(i, i + 2, doc.tokens[i].start, doc.tokens[i + 1].end, s.entity, s.generic,
                             country=s.country) for s in listed)
    return out


_TWO_KOREAS = frozenset({"الكوريتين", "الكوريتان"})  # «قمة بين الكوريتين»: the two Koreas, a dual of both states
_KOREAS = (("PRK", "Q423"), ("KOR", "Q884"))


def _the_two_koreas(doc: Document, token_start: int, token_end: int, kept: list[ActorSpot],
                    lexicon: EventLexicon) -> list[ActorSpot]:
    """«أول قمة بين الكوريتين», «زعيما الكوريتين»: a spot for North and for South Korea at the dual (the article's
    own entity for each where it names them, so that the two merge with their other mentions); not behind «لـ» or
    «بـ» («ما يمكن للكوريتين فعله»)."""
    out: list[ActorSpot] = []
    if token_end <= token_start or "كوريت" not in doc.text[doc.tokens[token_start].start:doc.tokens[token_end - 1].end]:
        return out
    for i in range(token_start, token_end):
        tok = doc.tokens[i]
        if tok.kind != "word" or without_conjunction(tok.norm) not in _TWO_KOREAS \
                or any(s.token_start <= i < s.token_end for s in kept) or not _koreas_meeting(doc, i, token_start, lexicon):
            continue
        for iso3, qid in _KOREAS:
            entity = next((e for e in doc.entities if e.wikidata == qid), None)
            name, iso2 = lexicon.countries[iso3][0], lexicon.countries[iso3][1]
            out.append(ActorSpot(i, i + 1, tok.start, tok.end, entity, None if entity else (name, iso3),
                                 country=None if entity else iso2))
    return out


_MEETING_ROOTS = ("03", "04", "05")


def named_by_one_dual(a: ActorSpot, b: ActorSpot) -> bool:
    """«الكوريتان»: two sides one dual word names at once (the same tokens, two different actors)."""
    return (a.token_start, a.token_end) == (b.token_start, b.token_end) and a.key != b.key


def _koreas_meeting(doc: Document, i: int, token_start: int, lexicon: EventLexicon) -> bool:
    """The dual at i names the sides of an event, not a place or a bond between them: after «بين» (past «زعيمي»)
    only when a meeting, talks or an accord stand right before it («قمة بين الكوريتين», not «العلاقات بين
    الكوريتين» nor «الحدود بين الكوريتين»)."""
    between = next((k for k in range(i - 1, max(token_start, i - 3) - 1, -1)
                    if without_conjunction(doc.tokens[k].norm) == "بين"), None)
    if between is None:
        return True  # «زعيما الكوريتين», «اتفقت الكوريتان», «قمة الكوريتين»
    return between > token_start and any(
        t.code.startswith(_MEETING_ROOTS)
        for t, _ in lexicon.match_word(doc.tokens[between - 1].norm, doc.tokens[between - 1].text))


def _last_country_list(doc: Document, i: int, n: int, kept: list[ActorSpot], token_start: int,
                       lexicon: EventLexicon, token_of: dict[int, int]) -> list[ActorSpot]:
    """The last list of exactly `n` countries joined by «و» or «،» before token i, in its sentence or the one
    before; [] when there is none."""
    earlier: list[ActorSpot] = []
    k = bisect.bisect_right([s.token_start for s in doc.sentences], token_start) - 2
    if k >= 0:
        before = doc.sentences[k]
        earlier = find_actor_spots(doc, before.token_start, before.token_end, lexicon, token_of)
    countries = [s for s in earlier + [s for s in kept if s.token_end <= i]
                 if s.entity is not None and names_its_country(s.entity, lexicon)]
    runs: list[list[ActorSpot]] = []
    for s in countries:
        gap = doc.tokens[runs[-1][-1].token_end:s.token_start] if runs else None
        if gap is not None and all(t.kind == "punct" and t.text in "،," or t.norm == "و" for t in gap) \
                and (gap or conjoined(doc.tokens[s.token_start])):
            runs[-1].append(s)
        else:
            runs.append([s])
    listed = next((run for run in reversed(runs) if len({s.key for s in run}) == n), [])
    return listed if len(listed) == n else []


def conjoined(tok: Token) -> bool:
    """«والإمارات»: a name after «و» split off as a conjunction (not the «و» of «واشنطن»)."""
    if tok.pieces:
        return tok.pieces[0].tag == "CONJ"
    return tok.norm[:1] in ("و", "ف")


def spot_conjoined(doc: Document, spot: ActorSpot) -> bool:
    """The spot's word carries a «و»: split off («والإمارات»), or left on a word the segmenter kept whole that
    the name starts after («وجزر المالديف»)."""
    tok = doc.tokens[spot.token_start]
    return conjoined(tok) or (spot.start == tok.start + 1 and tok.text[:1] in ("و", "ف")) or (
        # «سيطر الطوارق وإسلاميون متشددون»: a group word found past the «و» the segmenter left on it
        spot.entity is None and not spot.country and tok.norm[:1] == "و" and without_conjunction(tok.norm) != tok.norm
        and (without_conjunction(tok.norm) in load_lexicon().generic_actors or _ethnic_group(tok.norm) is not None))


# words after a generic agent that make it a thing, not an agent
_CIVIL_AVIATION = frozenset(normalize_word(w) for w in (
    "هيئة", "شركة", "شركات", "خطوط", "سلطة", "رحلات", "حركة", "قطاع", "وزارة", "مؤسسة", "معرض", "سلامة"))
# «مضاد طيران», «المضادات الأرضية للطيران»: guns against aircraft, no air force
_ANTI_AIRCRAFT = frozenset(normalize_word(w) for w in (
    "مضاد", "مضادات", "مضادة", "المضاد", "المضادات", "المضادة", "مضادا", "دفاعات", "الأرضية"))
_NOT_AGENTS_AFTER: dict[str, frozenset[str]] = {  # the word before the group word
    "air force": _CIVIL_AVIATION | _ANTI_AIRCRAFT,
    # «عضو لجنة الأمن والدفاع في البرلمان», «مجلس الأمن», «مستشار الأمن»: a body or a post named for security
    "security forces": frozenset(normalize_word(w) for w in ("لجنة", "مجلس", "مستشار", "وزير",
                                                             # «تهدد أمن لبنان», «زعزعة أمن المنطقة»: security itself
                                                             "يهدد", "تهدد", "يهددان", "تهددان", "يهددون", "زعزعة",
                                                             "تهديد", "حفظ", "تقويض", "يزعزع", "تزعزع")),
}


# «منفذ الهجوم», «منفذي الهجمات», «مرتكبي التفجير»: those who carried out an attack, named by it alone
_PERPETRATOR_WORDS = {normalize_word(w): name for w, name in (
    ("منفذ", "attacker"), ("منفذة", "attacker"), ("مرتكب", "attacker"),
    ("منفذو", "attackers"), ("منفذي", "attackers"), ("منفذا", "attackers"), ("مرتكبو", "attackers"),
    ("مرتكبي", "attackers"))}
PERPETRATOR_NAMES = frozenset(_PERPETRATOR_WORDS.values())
_ATTACK_DEEDS = frozenset(normalize_word(w) for w in (
    "هجوم", "هجمات", "هجومي", "اعتداء", "اعتداءات", "تفجير", "تفجيرات", "عملية", "عمليات", "مجزرة", "تفجيري"))


def _perpetrators(doc: Document, i: int, token_end: int) -> tuple[str, str] | None:
    """«هوية منفذ هجوم اللوفر»: the attacker no name is given for (not «منفذ رفح», a crossing)."""
    if i + 1 >= token_end or doc.tokens[i + 1].norm.removeprefix("ال") not in _ATTACK_DEEDS:
        return None  # (the cheap look at the next word first: this runs on every word)
    name = _PERPETRATOR_WORDS.get(without_lam_or_ba(doc.tokens[i].norm).removeprefix("ال"))
    return None if name is None else (name, "UAF")


def _not_an_agent_after(word: str, heads: frozenset[str]) -> bool:
    """The word before a group word is one of `heads`, bare or behind «بـ»/«لـ» («لجنة» keeps its «ل»)."""
    return word in heads or word.lstrip("بل") in heads


_NOT_AGENTS_BEFORE: dict[str, frozenset[str]] = {
    "air force": frozenset(normalize_word(w) for w in ("المدني", "التجاري", "العارض", "الاقتصادي", "مدني")),
    "authorities": frozenset(normalize_word(w) for w in (  # «السلطات المالية»: powers
        "المالية", "التشريعية", "التنفيذية", "القضائية", "الواسعة", "الثلاث", "الممنوحة", "المخولة",
        "الحرب")),  # «قانون سلطات الحرب»: war powers
    "judiciary": frozenset(normalize_word(w) for w in (  # «القضاء على الإرهاب»: eradicating it
        "على", "عليه", "عليها", "عليهم", "عليهما")),
    "security forces": frozenset(normalize_word(w) for w in (  # «الأمن القومي»: security itself
        "القومي", "الوطني", "الغذائي", "الإقليمي", "الدولي", "والاستقرار", "المائي", "السيبراني", "العام", "والسلم")),
    "officials": frozenset(normalize_word(w) for w in (  # «تقديم المسؤولين عنه للعدالة»: those responsible
        "عن", "عنه", "عنها", "عنهم", "عنهما")),
}
# Collective actors named by two words, which act and are appealed to in any event: «دعا المجتمع الدولي إلى»
# «المجتمع الدولي»; «الاتفاق الذي أبرمته إيران مع القوى الكبرى»: the powers are a party no entity names
P5_PLUS_1 = ("P5+1", "IGO")  # the five permanent members and Germany, who negotiated with Iran
COLLECTIVE_ACTORS = {("مجتمع", "الدولي"): ("international community", "IGO"),
                     **{(normalize_word(a), normalize_word(b)): ("world powers", "IGO")
                        for a, b in (("قوى", "الكبرى"), ("قوى", "العظمى"), ("دول", "الكبرى"))},
                     ("دول", "الست"): P5_PLUS_1,  # «مجموعة الدول الست», «الدول الست الكبرى»
                     **{(normalize_word(a), normalize_word(b)): ("Western powers", "IGO")
                        for a, b in (("قوى", "الغربية"), ("دول", "الغربية"), ("قوى", "الغرب"), ("دول", "الغرب"),
                                     ("قوى", "غربية"), ("دول", "غربية"))},  # «ونددت دول غربية وعربية»
                     **{(normalize_word(a), normalize_word(b)): ("Western diplomats", "IGO")
                        for a, b in (("دبلوماسيون", "غربيون"), ("دبلوماسيين", "غربيين"), ("الدبلوماسيون", "الغربيون"),
                                     ("الدبلوماسيين", "الغربيين"))},
                     # the news media as a whole: «اتهم ترامب وسائل الإعلام بتعريض حياة الناس للخطر»
                     **{(normalize_word(a), normalize_word(b)): ("media", "MED")
                        for a, b in (("وسائل", "الإعلام"), ("وسائل", "إعلام"))},
                     # armed or terrorist groups no name is given for: «من طرف مجموعة إرهابية», «اشتباكات مع جماعة مسلحة»
                     **{(normalize_word(a), normalize_word(b)): (name, "UAF") for a, b, name in (
                         ("مجموعة", "إرهابية", "terrorist group"), ("جماعة", "إرهابية", "terrorist group"),
                         ("مجموعة", "مسلحة", "armed group"), ("جماعة", "مسلحة", "armed group"),
                         ("مجموعات", "مسلحة", "armed groups"), ("جماعات", "مسلحة", "armed groups"),
                         ("مجموعات", "إرهابية", "terrorist groups"), ("جماعات", "إرهابية", "terrorist groups"),
                         ("خلية", "إرهابية", "terrorist cell"))},
                     **{(normalize_word(a), normalize_word(b)): ("human rights groups", "NGO")
                        for a, b in (("منظمات", "حقوقية"), ("منظمات", "حقوق"), ("جماعات", "حقوقية"),
                                     ("جمعيات", "حقوقية"), ("المنظمات", "الحقوقية"),
                                     # «منظمات الدفاع عن حقوق الإنسان»
                                     ("منظمات", "الدفاع"), ("جمعيات", "الدفاع"), ("منظمات", "المدافعة"))},
                     # a summit of a regional body speaks as the body: «وطالب البيان الختامي للقمة العربية إيران»
                     **{(normalize_word(a), normalize_word(b)): (name, "IGO") for a, b, name in (
                         ("قمة", "العربية", "Arab League"), ("قمة", "الخليجية", "Gulf Cooperation Council"),
                         ("قمة", "الإسلامية", "Organisation of Islamic Cooperation"),
                         ("قمة", "الأفريقية", "African Union"), ("قمة", "الإفريقية", "African Union"))},
                     # «اتهم سالفيني المنظمات غير الحكومية بتشجيع تهريب المهاجرين» (only before «الحكومية»)
                     **{(normalize_word(a), normalize_word(b)): ("NGOs", "NGO")
                        for a, b in (("منظمات", "غير"), ("منظمة", "غير"), ("جمعيات", "غير"))}}
_NOT_GOVERNMENT = normalize_word("غير")
_GOVERNMENTAL = frozenset(normalize_word(w) for w in ("الحكومية", "حكومية"))


def is_collective(spot: ActorSpot) -> bool:
    """«المجتمع الدولي»: a collective actor, which no entity names."""
    return spot.entity is None and spot.generic is not None and spot.generic in COLLECTIVE_ACTORS.values()


_GROUP_WORDS = frozenset({"دول", "مجموعه"})
_DEFENDING = frozenset({"الدفاع", "المدافعه"})  # «منظمات الدفاع عن حقوق الإنسان»: only before «عن حقوق»
_OPENING, _CLOSING = frozenset({"(", "«", '"'}), frozenset({")", "»", '"'})  # «مجموعة (5+1)», «دول «5+1»»
_FIVE_OPENERS = _OPENING | {"5"}  # what may follow «دول» / «مجموعة» in «دول 5+1», «مجموعة (5+1)»


def _collective_spots(doc: Document, token_start: int, token_end: int, covered: set[int]) -> list[ActorSpot]:
    """«المجتمع الدولي», «للمجتمع الدولي»: the international community, which no entity names; «دول 5+1»,
    «ومجموعة (5+1)»: the powers that negotiated with Iran."""
    out = []
    seconds = {second for _, second in COLLECTIVE_ACTORS}
    for i in range(token_start, token_end - 1):
        if i in covered or doc.tokens[i].kind != "word" or not (
                doc.tokens[i + 1].norm in seconds or doc.tokens[i + 1].text in _FIVE_OPENERS):
            continue  # (the cheap look at the next word first: this runs on every word of every range)
        head = without_lam_or_ba(doc.tokens[i].norm).removeprefix("ال")
        if doc.tokens[i + 1].norm in seconds:
            found = COLLECTIVE_ACTORS.get((head, doc.tokens[i + 1].norm)) or COLLECTIVE_ACTORS.get(
                (doc.tokens[i].norm.removeprefix("ال"), doc.tokens[i + 1].norm))  # «وسائل»: its «و» is no conjunction
            if doc.tokens[i + 1].norm in _DEFENDING and not (i + 3 < token_end and doc.tokens[i + 2].norm == "عن"
                                                               and doc.tokens[i + 3].norm.startswith("حقوق")):
                continue  # «منظمات الدفاع المدني», «جمعيات الدفاع عن المرأة»: only the defence of rights
            if found is not None and doc.tokens[i + 1].norm == _NOT_GOVERNMENT:
                if i + 2 < token_end and doc.tokens[i + 2].norm in _GOVERNMENTAL:  # «منظمة غير حكومية»
                    out.append(ActorSpot(i, i + 3, doc.tokens[i].start, doc.tokens[i + 2].end, None, found))
            elif found is not None:
                out.append(ActorSpot(i, i + 2, doc.tokens[i].start, doc.tokens[i + 1].end, None, found))
        elif head in _GROUP_WORDS:
            end = _five_plus_one_end(doc, i + 1, token_end)
            if end is not None:
                out.append(ActorSpot(i, end, doc.tokens[i].start, doc.tokens[end - 1].end, None, P5_PLUS_1))
    for i in range(token_start, token_end):
        if i not in covered and doc.tokens[i].norm.endswith(_THE_WEST_WORD) and _the_west(doc, i, token_start, token_end):
            out.append(ActorSpot(i, i + 1, doc.tokens[i].start, doc.tokens[i].end, None, THE_WEST))
    return out


_THE_WEST_WORD = "الغرب"
THE_WEST = COLLECTIVE_ACTORS[normalize_word("دول"), normalize_word("الغربية")]
# words before «الغرب» that make it the compass point: «إلى الغرب من», «في شمال غرب», «من الشرق إلى الغرب»
_TOWARD = frozenset({"الي", "في", "من", "نحو", "جهه", "باتجاه", "اتجاه", "شمال", "جنوب", "الشمال", "الجنوب", "الشرق",
                     "اقصي"})


def _the_west(doc: Document, i: int, token_start: int, token_end: int) -> bool:
    """«فرض الغرب عقوبات على موسكو», «علاقات روسيا بالغرب»: «الغرب» as the Western powers, not the compass point
    («إلى الغرب من دمشق», «شمال غرب البلاد»)."""
    if without_lam_or_ba(doc.tokens[i].norm) != _THE_WEST_WORD:
        return False
    before = without_conjunction(doc.tokens[i - 1].norm) if i > token_start else ""
    after = doc.tokens[i + 1].norm if i + 1 < token_end else ""
    return before not in _TOWARD and after not in ("من", "والشرق")


def _five_plus_one_end(doc: Document, k: int, token_end: int) -> int | None:
    """The token after «5+1» (or «(5+1)», ««5+1»») starting at token k, or None when it is not there."""
    opened = k < token_end and doc.tokens[k].text in _OPENING
    k += opened
    if k + 3 > token_end or [t.text for t in doc.tokens[k:k + 3]] != ["5", "+", "1"]:
        return None
    k += 3
    return k + 1 if opened and k < token_end and doc.tokens[k].text in _CLOSING else k


# a file, issue or crisis named by a side is what is talked about, not the side
_TOPICS = frozenset({"ملف", "الملف", "ملفي", "ملفات", "الملفات", "قضيه", "القضيه", "قضيتي", "القضيتين", "مساله",
                     "المساله", "ازمه", "الازمه"})


def _medium_told(doc: Document, spot: ActorSpot) -> bool:
    """A news medium (CAMEO …MED) after «لـ»: the agency or channel a speaker told, not a side."""
    if spot.entity is None or not (spot.entity.cameo or "").endswith("MED"):
        return False
    tok = doc.tokens[spot.token_start]
    return spot.start > tok.start and without_conjunction(tok.norm).startswith("ل") \
        or any(p.tag == "PREP" and normalize_word(p.text) == "ل" for p in tok.pieces if p.end <= spot.start)


def without_lam_or_ba(norm: str) -> str:
    """«للملف» → «الملف», «بملف» → «ملف», «بالمجتمع» → «المجتمع»: the word without a conjunction and «لـ»/«بـ»."""
    norm = without_conjunction(norm)
    if norm.startswith("لل"):
        return "ال" + norm[2:]
    return norm[1:] if norm[:1] in ("ب", "ل") else norm


def _topic_word(norm: str) -> bool:
    return without_conjunction(norm) in _TOPICS or without_lam_or_ba(norm) in _TOPICS


POSTED_AT = "لدي"  # «لدى», normalised: «سفير فرنسا لدى الأمم المتحدة»
_REPORTERS = frozenset({"مراسل", "لمراسل", "مراسله", "لمراسله", "مراسلي", "لمراسلي", "مراسلو"})


# «مسؤولون من طالبان», «مسؤول بطالبان», «قيادي في حزب الله»: a member acts for the body named after him
_MEMBERS = frozenset(normalize_word(w) for w in (
    "مسؤول", "مسؤولون", "مسؤولين", "مسؤولو", "قيادي", "قياديون", "قياديين", "قياديو", "عضو", "أعضاء", "ممثل",
    "ممثلون", "ممثلين", "ممثلو", "وفد", "مبعوث", "مقاتلون", "مقاتلين", "مقاتلو", "عناصر", "عنصر", "مصادر", "مصدر",
    "ناشط", "ناشطون", "ناشطين", "ناشطو", "نشطاء"))  # «تستهدف ناشطين من حزب العمال الكردستاني»


def _members_of(doc: Document, spots: list[ActorSpot], token_start: int) -> list[ActorSpot]:
    """Spots that begin at the member word: «مسؤولون من طالبان» is Taliban acting, as subject or object."""
    out: list[ActorSpot] = []
    for s in spots:
        if s.entity is None or s.entity.label not in ("ORG", "LOC"):
            continue
        first = doc.tokens[s.token_start]
        glued = s.start > first.start and first.norm[:1] == "ب"  # «مسؤول بطالبان»
        if glued and s.entity.label == "ORG":
            k = s.token_start - 1
        elif s.entity.label == "ORG" and (unit := _unit_before(doc, s, token_start)) is not None:
            out.append(ActorSpot(unit, s.token_end, doc.tokens[unit].start, s.end, s.entity))
            continue
        elif s.token_start >= 2 and doc.tokens[s.token_start - 1].norm in ("من", "في") \
                and (s.entity.label == "ORG" or doc.tokens[s.token_start - 1].norm == "من"):
            k = s.token_start - 2  # «مسؤولين في الحركة», «وفد من إيران» (but «مسؤولين في قطر» is where they are)
        else:
            continue
        if k >= token_start and s.entity.label == "ORG" and (states := _member_states_at(doc, k, token_start)) is not None:
            k = states  # «الدول الـ57 المنضوية في المنظمة», «الدول الأعضاء في الحلف»: the body's members act for it
        elif k < token_start or (without_conjunction(doc.tokens[k].norm) not in _MEMBERS and not (
                s.entity.label == "ORG" and without_conjunction(doc.tokens[k].norm) in _ARMED_MEN)):
            continue
        out.append(ActorSpot(k, s.token_end, doc.tokens[k].start, s.end, s.entity))
    return out


# armed men of an organisation named after them («متمردين من حزب العمال الكردستاني») act for it (but «مسلحون
# من حلب» come from a town, not for it)
_ARMED_MEN = frozenset(normalize_word(w) for w in (
    "متمردون", "متمردين", "متمردو", "مسلحون", "مسلحين", "مسلحو", "متشددون", "متشددين", "متشددو"))
_MEMBER_STATES = frozenset(normalize_word(w) for w in ("الدول", "دول", "البلدان", "بلدان"))
_MEMBER_OF = frozenset(normalize_word(w) for w in ("الأعضاء", "أعضاء", "المنضوية", "المنضوين", "المنتمية"))


def _member_states_at(doc: Document, k: int, token_start: int) -> int | None:
    """The token of «الدول» when token k is «الأعضاء» or «المنضوية» after it (a count between them: «الدول الـ57»)."""
    if without_conjunction(doc.tokens[k].norm) not in _MEMBER_OF:
        return None
    for j in range(k - 1, max(token_start, k - 4) - 1, -1):
        if without_conjunction(doc.tokens[j].norm) in _MEMBER_STATES:
            return j
        if not (doc.tokens[j].kind == "number" or doc.tokens[j].norm == "ال"):  # «الـ» «57»
            return None
    return None


# an organisation's own arm, named before it with «لـ»: «القوة الجوفضائية للحرس الثوري», «الجناح العسكري لحركة حماس»
_UNITS_OF = frozenset(normalize_word(w) for w in (
    "القوة", "القوات", "الجناح", "الذراع", "الوحدة", "الوحدات", "القيادة", "الكتائب"))


def behind_glued_lam(doc: Document, spot: ActorSpot) -> bool:
    """«لقوات سوريا الديمقراطية», «لليمن»: the spot starts inside a word that opens with «لـ» glued to it."""
    first = doc.tokens[spot.token_start]
    return spot.start > first.start and first.norm[:1] == "ل"


def _unit_before(doc: Document, spot: ActorSpot, token_start: int) -> int | None:
    """The unit word (and its one nisba adjective) before an organisation glued to «لـ»: the arm acts for it."""
    if not behind_glued_lam(doc, spot):
        return None
    k = spot.token_start - 1
    if k > token_start and doc.tokens[k].norm.startswith("ال") and doc.tokens[k].norm.endswith(("ي", "يه")):
        k -= 1  # «الجوفضائية», «العسكري»
    if k < token_start or without_conjunction(doc.tokens[k].norm) not in _UNITS_OF:
        return None
    return k


# «شقيق الرئيس», «نجل الملك», «زوجة السفير»: a relative named by whose relative he is
_KIN = frozenset({"شقيق", "شقيقه", "نجل", "ابن", "ابنه", "زوجه", "ارمله", "والد", "والده", "حفيد", "حفيده",
                  "صهر", "اخت", "شقيقتا", "ابنا", "نجلا"})  # normalised: «شقيقة», «ابنة», «زوجة» (ة → ه)


_SPOUSE_ALONG = frozenset(normalize_word(w) for w in ("وزوجته", "وزوجها", "وعقيلته", "وقرينته", "وحرمه"))


_DEPUTIES = frozenset(normalize_word(w) for w in ("نائب", "مساعد", "مستشار", "مبعوث", "مستشارة", "مساعدة", "نائبة"))


def _deputy_of(doc: Document, spot: ActorSpot, lexicon: EventLexicon) -> ActorSpot | None:
    """«نائب ترامب», «مستشار أردوغان»: a man's unnamed deputy or adviser stands for the man's country, not the man."""
    k = spot.token_start
    if spot.entity is None or spot.entity.label != "PER" or k == 0 or spot.start > doc.tokens[k].start \
            or without_conjunction(doc.tokens[k - 1].norm) not in _DEPUTIES or not spot.entity.country:
        return None
    iso3 = lexicon.iso3(spot.entity.country)
    if iso3 is None or iso3 not in lexicon.countries:
        return None
    return ActorSpot(spot.token_start, spot.token_end, spot.start, spot.end, None,
                     (lexicon.countries[iso3][0], iso3), country=spot.entity.country)


def _kin_before(doc: Document, k: int) -> bool:
    """Whether a kinship noun stands right before token k («شقيق الرئيس», «الأخ غير الشقيق لكيم»)."""
    if k == 0 or doc.tokens[k - 1].kind != "word":
        return False
    word = doc.tokens[k - 1].norm
    if word in ("الشقيق", "الشقيقه") and k >= 2 and doc.tokens[k - 2].norm == "غير":
        return True  # «الأخ غير الشقيق»
    if doc.tokens[k - 1].text.endswith("ه"):
        return False  # «شقيقه منير», «نجله أحمد»: his relative, named right after
    for prefix in ("و", "ل", "ب", "ول", "وب", ""):
        if word.startswith(prefix) and word[len(prefix):] in _KIN:
            return True  # a noun in construct only: «رضا بهلوي الحفيد السلطات …» is no kinship
    return False


_OWN_COUNTRY = frozenset({"بلاده", "بلادها", "بلادهم", "لبلاده", "لبلادها", "ببلاده", "ببلادها", "وبلاده",
                          "وبلادها", "دولته", "دولتها",
                          # «عملية عسكرية تشنها قوات بلده»: the singular «بلد» as well
                          "بلده", "بلدها", "لبلده", "لبلدها", "ببلده", "ببلدها", "وبلده", "وبلدها"})


def _own_country_spots(doc: Document, token_start: int, token_end: int, spots: list[ActorSpot],
                       lexicon: EventLexicon) -> list[ActorSpot]:
    """«العقوبات التي تفرضها واشنطن على بلاده»: «بلاده» is the country of the person or body named before it.

    The nearest person before it with a country («أرجع ري … إلى العقوبات التي تفرضها واشنطن على بلاده»: North
    Korea, not the USA; «خلال لقائه ترامب، أكد تميم رفض بلاده»: Qatar), else the nearest country or demonym
    («وقال الوزير الإيراني إن بلاده»; not a news agency: «قال القنصل السعودي لرويترز إن بلاده»).
    """
    out: list[ActorSpot] = []
    for i in range(token_start, token_end):
        tok = doc.tokens[i]
        if tok.kind != "word" or tok.norm not in _OWN_COUNTRY or tok.text.endswith("ة"):  # («لبلدة»: to a town)
            continue
        earlier = [s for s in spots if s.token_end <= i and s.side and (s.entity is None or s.entity.label != "ORG")
                   and not _where_one_is(doc, s)]
        people = [s for s in earlier if s.entity is not None and s.entity.label == "PER"]
        owner = max(people or earlier, key=lambda s: s.token_end, default=None)
        if owner is None:
            continue
        iso3 = lexicon.iso3(owner.side)
        if not iso3 or iso3 not in lexicon.countries:
            continue
        out.append(ActorSpot(i, i + 1, tok.start, tok.end, None, (lexicon.countries[iso3][0], iso3),
                             country=owner.side))
    return out


def _where_one_is(doc: Document, spot: ActorSpot) -> bool:
    """«السفير العراقي في دمشق», «بدمشق»: a place one is in, behind «في» or a glued «بـ», owns no «بلاده»."""
    first = doc.tokens[spot.token_start]
    return (spot.token_start > 0 and without_conjunction(doc.tokens[spot.token_start - 1].norm) == "في") \
        or (spot.start > first.start and first.norm[:1] == "ب")


# Words between an armed body and its nisba that leave it that country's: «القوات الحكومية السورية»,
# «القوات الموالية للحكومة العراقية», «القوات المسلحة المصرية», «قوات النظام السوري».
_FORCE_MODIFIERS = frozenset(normalize_word(w) for w in (
    "الحكومية", "النظامية", "الموالية", "للحكومة", "المسلحة", "الأمنية", "الخاصة", "البرية", "الجوية",
    "البحرية", "النظام", "العسكرية", "الحربية", "الحربي", "المقاتلة", "المسيرة", "الاستطلاعية",
    "الحكومي", "النظامي",  # «الجيش الحكومي السوري», «الجيش النظامي السوري»
    # a branch named between: «قوات الدفاع الجوي السعودي», «قوات الحرس الوطني الكويتي»
    "الدفاع", "الجوي", "الملكي", "الحرس", "الوطني", "البحري",
    # and the same indefinite: «طائرات حربية روسية», «قوات خاصة أمريكية», «طائرات مسيرة إسرائيلية»
    "حكومية", "نظامية", "موالية", "مسلحة", "أمنية", "خاصة", "برية", "جوية", "بحرية", "عسكرية", "حربية", "حربي",
    "مقاتلة", "مسيرة", "استطلاعية", "حكومي", "نظامي"))
_ARMED_ROLES = frozenset({"MIL", "COP"})


def _keeps_its_nun(doc: Document, spot: ActorSpot) -> bool:
    """«مستوطنون», «مسلحين»: a sound plural that keeps its «ن» is in no construct (that would read «مستوطنو»), so the
    place named right after it is not whose they are: «اقتحم مستوطنون المسجد الأقصى» (the mosque is entered)."""
    word = without_conjunction(doc.tokens[spot.token_end - 1].norm)
    return not word.startswith("ال") and len(word) >= 5 and word.endswith(("ون", "ين"))


def _national_forces(doc: Document, spots: list[ActorSpot], lexicon: EventLexicon) -> list[ActorSpot]:
    """«الجيش اليمني», «القوات التركية», «الشرطة الفرنسية»: a generic agent with a nisba is that country's.

    The two spots become one actor, coded country + role (YEMMIL, TURMIL), with its country after it. An
    armed body keeps its nisba across words such as «الحكومية» or «الموالية للحكومة».
    """
    out: list[ActorSpot] = []
    for s in spots:
        prev = out[-1] if out else None
        if prev is not None and prev.entity is None and prev.generic and not prev.country and prev.ethnic is None \
                and s.ethnic is not None and not is_collective(prev) and _adjoins(doc, prev, s):
            # «المقاتلين الأكراد», «القوات الكردية»: Kurdish fighters (KURREB), one side; «آلاف الأكراد»: the Kurds
            counted = prev.generic[0] in ("people", "crowds")
            out[-1] = ActorSpot(prev.token_start, s.token_end, prev.start, s.end, None, (s.ethnic.people, s.ethnic.code)
                                if counted else (f"{s.ethnic.adjective} {prev.generic[0]}", s.ethnic.code + prev.generic[1]),
                                ethnic=s.ethnic)
            continue
        if prev is not None and prev.entity is None and prev.generic and not prev.country and not is_collective(prev) \
                and _adjoins(doc, prev, s) and (s.country or (s.entity is not None and s.entity.label == "LOC")) \
                and not _subject_then_object(doc, prev, s) \
                and not (s.entity is not None and s.mention_kind == "name" and _keeps_its_nun(doc, prev)) \
                and not (_named_not_described(s) and not (_of_the_country(doc, s) and prev.generic[1] not in _ARMED_ROLES) and (
                    prev.generic[1] == "OPP" or without_conjunction(doc.tokens[prev.token_end - 1].norm).startswith("ال"))):
            # (but «اتهمت الدول الغربية دمشق»: the powers are nobody's; Damascus is the object; and «اقتحام
            # المستوطنين المسجد الأقصى»: a noun with the article has no genitive, the place is the object)
            iso2 = s.country or (s.entity.country if s.entity is not None else None)
            iso3 = lexicon.iso3(iso2) if iso2 else None
            if iso3 and iso3 in lexicon.countries:
                out[-1] = ActorSpot(prev.token_start, s.token_end, prev.start, s.end, None,
                                    (_group_name(doc, prev, iso3), iso3 + prev.generic[1]), country=iso2)
                continue
        out.append(s)
    merged: list[ActorSpot] = []
    for s in out:
        prev = merged[-1] if merged else None
        if prev is not None and prev.entity is None and prev.generic and prev.generic[0] in ("people", "crowds") \
                and s.token_start == prev.token_end:
            merged[-1] = s  # «آلاف الطلاب», «آلاف اليونانيين»: those counted are who act
            continue
        if prev is not None and prev.entity is None and prev.generic and not prev.country \
                and (prev.generic[1] in _ARMED_ROLES or (prev.generic[1] in ("UAF", "REB") and _not_indefinite(doc, prev))) \
                and s.entity is not None and s.entity.label == "ORG" and s.token_start == prev.token_end \
                and not _subject_then_object(doc, prev, s):
            # «طائرات التحالف», «قوات الناتو»: the arms of the body named after them are that body acting;
            # «المسلحون الحوثيون», «مسلحو حركة الشباب», «المتمردون الحوثيون»: so are its gunmen and rebels (but
            # «خطف مسلحون الصليب الأحمر»)
            merged[-1] = ActorSpot(prev.token_start, s.token_end, prev.start, s.end, s.entity)
            continue
        merged.append(s)
    return merged


def _subject_then_object(doc: Document, group: ActorSpot, spot: ActorSpot) -> bool:
    """«واتهم المتمردون الحكومة الأوكرانية», «وهاجم المسلحون الجيش الأوكراني»: a definite plural in «ـون» keeps its
    «ن», so it heads no construct, and a definite noun after it that is no adjective («الحكومة», not «الحوثيون»,
    «الأوكرانية») starts the verb's object."""
    last = without_conjunction(doc.tokens[group.token_end - 1].norm)
    first = without_conjunction(doc.tokens[spot.token_start].norm)
    return last.startswith("ال") and last.endswith("ون") and first.startswith("ال") \
        and not first.endswith(("ي", "يه", "يون", "يين", "ون", "ين"))


def _group_name(doc: Document, spot: ActorSpot, iso3: str) -> str:
    """The English name of a generic group once its country is known: «الفصائل» are a civil war's rebels, but
    Palestinian, Lebanese, Iraqi and Libyan factions are that land's parties and armed groups."""
    assert spot.generic is not None
    if iso3 in _FACTIONS_NOT_REBELS and without_conjunction(doc.tokens[spot.token_start].norm) == _FACTIONS:
        return "factions"
    return spot.generic[0]


def _not_indefinite(doc: Document, spot: ActorSpot) -> bool:
    """«المسلحون», «مسلحو», «مسلحي»: a group word with the article or in a construct, not «مسلحون» alone."""
    word = without_conjunction(doc.tokens[spot.token_end - 1].norm)
    return word.startswith("ال") or word.endswith(("و", "ي"))


# Bodies of a state or of its opposition that news names without a nisba when the story's country is plain:
# «اعتقلت السلطات», «قصف الجيش», «رفضت المعارضة المسلحة في الغوطة», «أعلن القضاء الأحد توقيف». Forces and
# aircraft are left out: in a war story they are as often a foreign side's.
_HOME_BODIES = frozenset(normalize_word(w) for w in (
    "السلطات", "سلطات", "الجيش", "الحكومة", "الشرطة", "الأمن", "المعارضة", "القضاء", "النيابة",
    "المواطنين", "المواطنون", "الفصائل"))  # «حضت السلطات المواطنين على الإبلاغ»: the story country's citizens
# the army a story set in a land with none of its own means: the Palestinian territories' is Israel's
_ARMY, _ARMY_IN_PLACE_OF = normalize_word("الجيش"), {"PS": "IL"}
# settlers, in a story set in the Palestinian territories or Israel, are Israel's (and nobody's elsewhere)
_SETTLERS_OF = {"PS": "IL", "IL": "IL"}
_FACTIONS, _FACTIONS_NOT_REBELS = normalize_word("الفصائل"), frozenset({"PSE", "LBN", "IRQ", "LBY"})
STORY_COUNTRY_SHARE = 0.5  # share of the article's place mentions its main country must exceed


# «المعارضين لنظام الرئيس بشار الأسد», «المعارضة لحكومة مادورو»: whom the opponents oppose, after «لـ»
_OPPOSED_RULE = frozenset(normalize_word(w) for w in ("لنظام", "للنظام", "لحكومة", "للحكومة", "للرئيس"))
_OPPONENT_ROLES = frozenset({"OPP", "REB"})


def _opponents_of(doc: Document, spots: list[ActorSpot], lexicon: EventLexicon) -> list[ActorSpot]:
    """«تدعم تركيا المعارضين لنظام الأسد»: opponents of no country named, followed by the rule they oppose and
    its head, are that country's opposition (one spot over both); the head they oppose is no side of the act."""
    out: list[ActorSpot] = []
    skip: int | None = None
    for k, s in enumerate(spots):
        if k == skip:
            continue
        nxt = spots[k + 1] if k + 1 < len(spots) else None
        if s.entity is None and s.generic is not None and s.generic[1] in _OPPONENT_ROLES and not s.country \
                and nxt is not None and nxt.side and s.token_end < len(doc.tokens) \
                and doc.tokens[s.token_end].norm in _OPPOSED_RULE \
                and nxt.token_start - s.token_end <= 2 and (iso3 := lexicon.iso3(nxt.side)) in lexicon.countries:
            # (past the head's title: «لنظام الرئيس بشار الأسد»)
            out.append(ActorSpot(s.token_start, nxt.token_end, s.start, nxt.end, None,
                                 (_group_name(doc, s, iso3), iso3 + s.generic[1]), country=lexicon.countries[iso3][1]))
            skip = k + 1
            continue
        out.append(s)
    return out


def _home_forces(doc: Document, spots: list[ActorSpot], lexicon: EventLexicon) -> list[ActorSpot]:
    """A state body named alone is the country's where it acts: its own nisba right after it when nothing joined
    them («القضاء التركي»), the place named right after it («المعارضة المسلحة في الغوطة»: Syria's), else the
    country most of the article's places are in."""
    out: list[ActorSpot] = []
    story: list[str | None] = []  # the article's country, found once when a body needs it
    for k, s in enumerate(spots):
        word = without_conjunction(doc.tokens[s.token_start].norm)
        if s.entity is None and s.generic and not s.country and s.generic[0].endswith("settlers"):  # «يهود» too
            if not story:
                story.append(story_country(doc))
            if (iso2 := _SETTLERS_OF.get(story[0] or "")) is not None and (iso3 := lexicon.iso3(iso2)) in lexicon.countries:
                s = ActorSpot(s.token_start, s.token_end, s.start, s.end, None, (s.generic[0], iso3 + s.generic[1]),
                              country=iso2)  # «اقتحم المستوطنون المسجد الأقصى»: Israeli settlers
        elif s.entity is None and s.generic and not s.country and len(s.generic[1]) == 3 \
                and (word in _HOME_BODIES or _of_the_government(doc, s) or _of_the_occupation(doc, s)) \
                and (not _belonging_to_a_side(doc, s) or _loyal_to_the_government(doc, s.token_end)):
            nxt = spots[k + 1] if k + 1 < len(spots) else None
            place = nxt.entity.country if nxt is not None and nxt.entity is not None and nxt.entity.label == "LOC" \
                and 0 < nxt.token_start - s.token_end <= 3 and "في" in (
                    doc.tokens[j].norm for j in range(s.token_end, nxt.token_start)) else None
            # «القضاء التركي»: its own nisba, left unjoined, before the place or the story
            iso3 = nisba_iso3(doc.tokens[s.token_end].norm.removeprefix("ال"), lexicon) \
                if s.token_end < len(doc.tokens) else None
            if iso3 is None and _loyal_to_the_government(doc, s.token_end) and s.token_end + 2 < len(doc.tokens):
                # «القوات التابعة للنظام السوري»: the government's own nisba names it
                iso3 = nisba_iso3(doc.tokens[s.token_end + 2].norm.removeprefix("ال"), lexicon)
            if _of_the_occupation(doc, s):
                iso3 = "ISR"
            if iso3 is None and place is None:
                iso3 = _nisba_told_before(doc, s, lexicon) or _country_acting_before(doc, s, spots[:k], lexicon) \
                    or _announcer_country(doc, s, spots[:k], lexicon) or _opposition_country(doc, s, spots[:k])
            if iso3 is None:
                if place is None and not story:
                    story.append(story_country(doc))
                iso2 = place or story[0]
                if iso2 in _ARMY_IN_PLACE_OF and without_conjunction(doc.tokens[s.token_start].norm) == _ARMY:
                    iso2 = _ARMY_IN_PLACE_OF[iso2]  # «قال الجيش إنه نفذ الغارات» in a Gaza story: Israel's
                iso3 = lexicon.iso3(iso2) if iso2 else None
            if iso3 and iso3 in lexicon.countries:
                s = ActorSpot(s.token_start, s.token_end, s.start, s.end, None,
                              (_group_name(doc, s, iso3), iso3 + s.generic[1]), country=lexicon.countries[iso3][1])
        out.append(s)
    return out


_OWNED_BY = frozenset(normalize_word(w) for w in ("التابعة", "التابع", "التابعين", "تابعة", "تابع", "التابعون"))
BELONGING_REACH = 2  # words from a body to «التابعة» past its adjectives: «الدفاعات الجوية التابعة لقوات التحالف»


def _belonging_to_a_side(doc: Document, spot: ActorSpot) -> bool:
    """«منظومة الدفاعات الجوية التابعة لقوات التحالف العربي»: a body another side owns, named after «التابعة لـ»,
    is that side's and not the story country's."""
    for k in range(spot.token_end, min(len(doc.tokens) - 1, spot.token_end + BELONGING_REACH)):
        if doc.tokens[k].kind != "word":
            return False
        if without_conjunction(doc.tokens[k].norm) in _OWNED_BY:
            return doc.tokens[k + 1].norm.startswith("ل")
    return False


def _of_the_occupation(doc: Document, spot: ActorSpot) -> bool:
    """«سلطات الاحتلال», «شرطة الاحتلال», «جنود الاحتلال»: in Arabic news «الاحتلال» after a body is Israel's."""
    return spot.token_end < len(doc.tokens) and doc.tokens[spot.token_end].norm == _OCCUPATION


_OCCUPATION = normalize_word("الاحتلال")
BODY_TOLD_BEFORE_WORDS = 40  # how far back (tokens) in its sentence a body named with its nisba names it again bare
BODY_TOLD_SENTENCES_BACK = 2  # … and, for an army or police, how many sentences before it («… والجيش الإسرائيلي
BODY_TOLD_BEFORE_TOKENS = 120  # الذي يطلق الرصاص. وأطلق الجيش …»), within this many tokens
# (a bare «الحكومة», «المعارضة», «الأمن» is as often another country's than the one named a sentence before)
_FORCES_TOLD_AGAIN = frozenset(normalize_word(w) for w in ("الجيش", "الشرطة"))


def _nisba_told_before(doc: Document, spot: ActorSpot, lexicon: EventLexicon) -> str | None:
    """«قالت متحدثة باسم الجيش الإسرائيلي إن الجيش لا يعلق»: a bare body named with its nisba earlier in the
    sentence (an army or police, also in the two before it) is that country's (ISO alpha-3)."""
    body = without_conjunction(doc.tokens[spot.token_start].norm)
    sentences_back = BODY_TOLD_SENTENCES_BACK if body in _FORCES_TOLD_AGAIN else 0
    stops = 0
    for k in range(spot.token_start - 1, max(-1, spot.token_start - BODY_TOLD_BEFORE_TOKENS - 1), -1):
        tok = doc.tokens[k]
        if not stops and spot.token_start - k > BODY_TOLD_BEFORE_WORDS:
            return None
        if tok.kind == "punct" and tok.text in ".!?؟":
            stops += 1
            if stops > sentences_back:
                return None
        if k + 1 < spot.token_start and without_lam_or_ba(tok.norm) == body:
            iso3 = nisba_iso3(doc.tokens[k + 1].norm.removeprefix("ال"), lexicon)
            if iso3 is not None:
                return iso3
    return None


COUNTRY_ACTING_WORDS = 15  # how far back in its clause a country acting owns a bare body after it
_THAT_OR_SAID = frozenset({"ان", "انه", "انها", "بان", "بانه", "بانها", "قال", "قالت", "وقال", "وقالت"})


def _country_acting_before(doc: Document, spot: ActorSpot, before: list[ActorSpot], lexicon: EventLexicon
                           ) -> str | None:
    """«أن تفتتح مصر مشروع قناة السويس الجديدة، اليوم، الذي تأمل الحكومة»: a country named with no preposition
    earlier in the same clause (no «أن», no verb of saying, no full stop between) owns the bare body that is the
    subject of a relative clause on its object (ISO alpha-3); not a body it acts on («وتدعم تركيا المعارضة»)."""
    j = spot.token_start - 1
    if j < 1 or doc.tokens[j].kind != "word" \
            or (doc.tokens[j - 1].norm, doc.tokens[j].norm[:1]) not in (("الذي", "ت"), ("التي", "ي")):
        # the body right after the relative clause's verb, which agrees with it and not with the antecedent
        # («الذي تأمل الحكومة»: its subject; «الذي يتهم الجيش»: the antecedent accuses, the army is its object)
        return None
    for c in reversed(before):
        if spot.token_start - c.token_end > COUNTRY_ACTING_WORDS:
            return None
        if c.entity is None or c.entity.label != "LOC" or not c.entity.cameo or c.entity.cameo not in lexicon.countries \
                or lexicon.countries[c.entity.cameo][0] != c.entity.name_en \
                or nisba_iso3(without_conjunction(doc.tokens[c.token_start].norm).removeprefix("ال"), lexicon):
            continue  # (named, not its adjective: «وساعد الجيشان الروسي والإيراني … التهديد الذي تشكله المعارضة»)
        if _after_preposition(doc, c):
            return None  # «في مصر»: where, not who
        if any(doc.tokens[j].text in ".!?؟؛" or without_conjunction(doc.tokens[j].norm) in _THAT_OR_SAID
               for j in range(c.token_end, spot.token_start)):
            return None
        return c.entity.cameo
    return None


def _after_preposition(doc: Document, spot: ActorSpot) -> bool:
    """A preposition glued to the spot's first word («لمصر») or standing right before it («في مصر», «ومع مصر»)."""
    k = spot.token_start
    return any(p.tag == "PREP" for p in doc.tokens[k].pieces) or (
        k > 0 and is_preposition(without_conjunction(doc.tokens[k - 1].norm)))


_THAT = frozenset({"ان", "بان", "وان"})


def _announcer_country(doc: Document, spot: ActorSpot, before: list[ActorSpot], lexicon: EventLexicon) -> str | None:
    """«أعلن مكتب رئيس الحكومة التركية أن الشرطة أوقفت»: a bare state body right after «أن» is the country's of
    whoever announced it just before (ISO alpha-3), when that side is a country's («التركية», «مسؤول أمريكي»)."""
    j = spot.token_start - 1
    if j < 1 or without_conjunction(doc.tokens[j].norm) not in _THAT:
        return None
    announcer = next((c for c in reversed(before) if c.token_end <= j), None)
    if announcer is None or j - announcer.token_end > 1 or any(
            doc.tokens[k].text in ".!?؟؛" for k in range(announcer.token_end, j)):
        return None  # (the side named right before «أن», nothing but a word of time between)
    if _after_preposition(doc, announcer):
        return None  # «في مقابلة مع بي بي سي إن الشرطة»: whom it was told to, not who told it
    if spot_code(announcer).endswith("MED"):
        return None  # «وأفاد مراسل بي بي سي بأن القوات الحكومية سيطرت»: a medium reports other countries' bodies
    iso2 = announcer.entity.country if announcer.entity is not None else announcer.country
    iso3 = lexicon.iso3(iso2) if iso2 else None
    return iso3 if iso3 in lexicon.countries else None


_OPPOSING_ROLES = ("OPP", "LEG")  # «المعارضة البريطانية», «النواب البريطانيون»: who hold a government to account


def _opposition_country(doc: Document, spot: ActorSpot, before: list[ActorSpot]) -> str | None:
    """«وانتقدت أحزاب المعارضة البريطانية عدم لجوء الحكومة إلى البرلمان»: a bare government named after a country's
    opposition or lawmakers in the same clause is the one they hold to account, their own (ISO alpha-3)."""
    if spot.generic is None or spot.generic[1] != "GOV" or not before:
        return None
    side = before[-1]
    if side.generic is None or not side.country or len(side.generic[1]) != 6 \
            or not side.generic[1].endswith(_OPPOSING_ROLES) or spot.token_start - side.token_end > COUNTRY_ACTING_WORDS \
            or any(doc.tokens[j].text in ".!?؟؛،," or without_conjunction(doc.tokens[j].norm) in _THAT_OR_SAID
                   for j in range(side.token_end, spot.token_start)):
        return None
    return side.generic[1][:3]


_UNKNOWN = frozenset(normalize_word(w) for w in (
    "مجهولون", "مجهولين", "مجهول", "ملثمون", "ملثمين", "ملثم", "مجهولة", "مجهولي"))


# generic bodies of armed men that a generic right after them names: «قوات الأمن», «جنود الجيش», «قوات المعارضة»
_UNITS = frozenset({"forces", "soldiers"})


def _forces_named_after(doc: Document, spots: list[ActorSpot], lexicon: EventLexicon) -> list[ActorSpot]:
    """«قوات الأمن», «قوات الجيش الوطني», «قوات الجيش اليمني»: a generic agent of no side right before the body it
    belongs to is that body — forces before any generic one, any agent before a national body (but «طعن مسلح
    جنديا إسرائيليا»: an accusative «جنديا» is the object, no genitive of the gunman)."""
    out: list[ActorSpot] = []
    for s in spots:
        prev = out[-1] if out else None
        if prev is not None and prev.entity is None and prev.generic and s.entity is None and s.generic \
                and s.token_start == prev.token_end and without_conjunction(doc.tokens[s.token_start].norm) in _UNKNOWN:
            # «خطف مسلحون مجهولون صحفيا»: «مجهولون» describes the gunmen; it is no second side
            out[-1] = ActorSpot(prev.token_start, s.token_end, prev.start, s.end, None, prev.generic, country=prev.country)
            continue
        if prev is not None and prev.entity is None and prev.generic and not prev.country and prev.ethnic is None \
                and s.entity is None and s.generic and s.token_start == prev.token_end \
                and not accusative_group(doc.tokens[s.token_start].norm, lexicon) and (
                    (prev.generic[0] in _UNITS and not is_collective(s))
                    or (s.country and len(s.generic[1]) > 3 and not s.generic[1].endswith(_PEOPLE_ROLES))):
            out[-1] = ActorSpot(prev.token_start, s.token_end, prev.start, s.end, None, s.generic, country=s.country)
            continue
        if prev is not None and prev.entity is None and prev.generic and not prev.country \
                and prev.generic[0] in _UNITS and s.entity is not None and s.token_start == prev.token_end and (
                    (s.entity.label == "ORG" and is_armed(s)) or (s.entity.label == "PER" and s.entity.country)):
            # «وتقاتل قوات الشرطة والجيش الافغانية حركة طالبان»: the forces of the army named after them are the
            # army acting, not an army they fight; «قوات الأسد», «قوات صالح»: a leader's forces act for him
            out[-1] = ActorSpot(prev.token_start, s.token_end, prev.start, s.end, s.entity)
            continue
        out.append(s)
    return out


# a country's people, not a body of it: «هاجم مسلحون رعايا أمريكيين» — the gunmen are not the nationals
_PEOPLE_ROLES = ("CVL", "REF", "EDU", "LAB", "JRN", "MED", "CRM")


# («قوات النظام»: the regime's forces, in a story whose country has one; «القوات الأمنية»: the security forces)
_GOVERNMENT_WORDS = frozenset({"الحكوميه", "النظاميه", "الحكومي", "النظامي", "الجويه", "المسلحه", "البحريه", "النظام",
                               "الامنيه"})


# «القوات الموالية للحكومة»: forces loyal to the government are its own
_LOYAL, _TO_THE_GOVERNMENT = (frozenset(normalize_word(w) for w in words) for words in (
    # («القوات الداعمة للشرعية»: forces that back the legitimate government are its, and so are those that belong to
    # it: «القوات التابعة للنظام السوري»)
    ("الموالية", "الموالي", "الموالين", "الموالون", "الداعمة", "التابعة", "التابع", "التابعين", "التابعون"),
    ("للحكومة", "لحكومة", "للنظام", "للشرعية", "لشرعية")))


def _of_the_government(doc: Document, spot: ActorSpot) -> bool:
    """«القوات الحكومية», «القوات النظامية», «القوات الموالية للحكومة»: forces called the government's are the home
    state's; so are a state's branches named alone («القوات الجوية», «القوات المسلحة», «القوات الأمنية»)."""
    if spot.generic is None or spot.generic[1] not in _ARMED_ROLES or spot.token_end >= len(doc.tokens):
        return False
    return doc.tokens[spot.token_end].norm in _GOVERNMENT_WORDS or _loyal_to_the_government(doc, spot.token_end)


def _loyal_to_the_government(doc: Document, k: int) -> bool:
    """«الموالية للحكومة» at token k."""
    return k + 1 < len(doc.tokens) and doc.tokens[k].norm in _LOYAL and doc.tokens[k + 1].norm in _TO_THE_GOVERNMENT


def story_country(doc: Document) -> str | None:
    """The country (ISO alpha-2) the headline is datelined with («فرنسا: توجيه الاتهام …»), else the one that
    holds more than STORY_COUNTRY_SHARE of the article's place mentions."""
    datelined = _headline_country(doc)
    if datelined is not None:
        return datelined
    counts: dict[str, int] = {}
    for e in doc.entities:
        if e.label == "LOC" and e.country:
            counts[e.country] = counts.get(e.country, 0) + sum(m.kind != "pronoun" for m in e.mentions)
    total = sum(counts.values())
    best = max(counts, key=lambda c: counts[c], default=None)
    return best if best is not None and total >= 2 and counts[best] > STORY_COUNTRY_SHARE * total else None


def _headline_country(doc: Document) -> str | None:
    """The country a headline opens with before a colon: «فرنسا: …», «اليمن: …» (or a city of it: «باريس: …»)."""
    title = next((sent for sent in doc.sentences if sent.is_title), None)
    if title is None:
        return None
    colon = doc.text.find(":", title.start, title.end)
    if colon < 0:
        return None
    for e in doc.entities:
        if e.label == "LOC" and e.country and any(
                m.start == title.start and not doc.text[m.end:colon].strip() for m in e.mentions):
            return e.country
    return None


def _named_not_described(spot: ActorSpot) -> bool:
    """«معارضة بريطانيا» (Britain's opposing) names the country; «المعارضة السورية» describes the opposition
    (also where the linker left the demonym and it was found by its stem)."""
    return spot.mention_kind == "name"


def _adjoins(doc: Document, body: ActorSpot, nisba: ActorSpot) -> bool:
    """The nisba follows the body at once, or (for armed bodies) after up to three modifier words."""
    gap = range(body.token_end, nisba.token_start)
    if not gap:
        return nisba.token_start == body.token_end
    if body.generic is not None and body.generic[1] not in _ARMED_ROLES and len(gap) <= 2 \
            and _of_the_country(doc, nisba) and all(doc.tokens[i].norm in _GOVERNMENT_MODIFIERS for i in gap):
        return True  # «الحكومة الشرعية لليمن», «الحكومة المؤقتة لليبيا»: the government of that country
    if body.generic is not None and body.generic[1] == "JUD" and len(gap) <= 2 \
            and all(doc.tokens[i].norm in _COURT_MODIFIERS for i in gap):
        return True  # «محكمة عسكرية مصرية», «محكمة جنايات مصرية»: an Egyptian court
    if len(gap) > 3 or body.generic is None or body.generic[1] not in _ARMED_ROLES:
        return False
    return all(doc.tokens[i].norm in _FORCE_MODIFIERS for i in gap)


_COURT_MODIFIERS = frozenset(normalize_word(w) for w in (
    "عسكرية", "العسكرية", "جنائية", "الجنائية", "عليا", "العليا", "ابتدائية", "الابتدائية", "دستورية", "الدستورية",
    "إدارية", "الإدارية", "جنايات", "استئناف", "الاستئناف", "خاصة", "الخاصة"))


def _of_the_country(doc: Document, spot: ActorSpot) -> bool:
    """«لليمن», «لليبيا»: a place named with the «لـ» of a genitive («the government of Yemen»)."""
    return spot.entity is not None and spot.entity.label == "LOC" \
        and any(p.tag == "PREP" and p.text == "ل" for p in doc.tokens[spot.token_start].pieces)


_GOVERNMENT_MODIFIERS = frozenset(normalize_word(w) for w in (
    "الشرعية", "المؤقتة", "الانتقالية", "المركزية", "الاتحادية", "الحالية", "الجديدة", "المعترف", "الوطنية"))


_FIGHTING_ROLES = ("MIL", "COP", "UAF", "REB")


def spot_code(spot: ActorSpot) -> str:
    """The CAMEO actor code of a spot: its entity's («SYRMIL»), or its generic word's («UAF»); "" when none."""
    return (spot.entity.cameo or "") if spot.entity is not None else (spot.generic[1] if spot.generic else "")


def is_armed(spot: ActorSpot) -> bool:
    """Troops, police, militias, armed groups: generic forces words, national forces («الجيش اليمني»), armed entities."""
    return is_armed_role(spot_code(spot))


def is_armed_role(code: str) -> bool:
    """Whether a CAMEO actor code («SYRMIL», «UAF») names a fighting role."""
    return code.endswith(_FIGHTING_ROLES)


def is_bare_demonym(spot: ActorSpot) -> bool:
    """«جنود سوريون», «التركية»: a country named only by its adjective, with no agent noun before it."""
    return spot.entity is None and bool(spot.country) and (spot.generic is None or len(spot.generic[1]) <= 3) \
        and not spot.people


TOPIC_LABEL_WORDS = 4  # words of a headline's «سوريا:», «إيران وأمريكا:» before the colon


def _topic_label_end(doc: Document, token_start: int, token_end: int) -> int:
    """In a headline, the token after a topic label («سوريا: اجتماع طارئ لمجلس الأمن», «إيران وأمريكا: ترامب
    يعيد …»): the places before the colon say what the story is about; they act in nothing."""
    words = 0
    for k in range(token_start, min(token_end, token_start + 2 * TOPIC_LABEL_WORDS)):
        tok = doc.tokens[k]
        if tok.text == ":":
            sentence = next((s for s in doc.sentences if s.token_start == token_start), None)
            if not words or sentence is None or not sentence.is_title:
                return -1
            # «ترامب: سنفرض عقوبات», «إيران: لن نتفاوض»: a speaker's words follow, so the name speaks
            spoken = any(tok.end <= q.start <= sentence.end for q in doc.quotes) or _says_we(doc, k + 1, token_end)
            return -1 if spoken else k
        if tok.kind == "word":
            words += 1
            if words > TOPIC_LABEL_WORDS:
                return -1
    return -1


def _says_we(doc: Document, k: int, token_end: int) -> bool:
    """«إيران: لن نتفاوض», «ترامب: سنفرض عقوبات»: the words after a headline's colon are in the first person."""
    words = [without_conjunction(doc.tokens[j].norm) for j in range(k, min(token_end, k + 3)) if doc.tokens[j].kind == "word"]
    return any(w in ("لن", "لا", "لم", "نحن", "انا") or w.startswith(("سن", "ن")) for w in words[:2])


# Heads that make a speaker's word part of another name: «رئيسة الوزراء» is not «الوزراء».
_CONSTRUCT_HEADS = frozenset({"رئيس", "رئيسه", "مجلس", "نائب", "مكتب", "اجتماع", "لقاء", "قمه"})


# titles a story uses alone for the man or woman it named with them before: «وانتقد الوزير …», «ودعت الوزيرة …»
_BARE_TITLES = frozenset(normalize_word(w) for w in (
    "الرئيس", "الرئيسة", "الوزير", "الوزيرة", "السفير", "السفيرة", "المبعوث", "المستشار", "المستشارة", "الملك",
    "الأمير", "الزعيم"))


def _bare_title_spots(doc: Document, token_start: int, token_end: int, spots: list[ActorSpot]) -> list[ActorSpot]:
    """«قال وزير الخارجية الأمريكي مايك بومبيو … وانتقد الوزير إيران»: a title standing alone (no nisba, no name
    after it) in the story's own words is the person last named with it before, when the linker left it unlinked.
    «الرئيس» alone is a president («الرئيس الفرنسي»), not a prime minister («رئيس الوزراء»)."""
    titles = [i for i in range(token_start, token_end)
              if doc.tokens[i].kind == "word" and without_conjunction(doc.tokens[i].norm) in _BARE_TITLES]
    if not titles:
        return []  # (most sentences: no spot sets to build)
    covered = {i for s in spots for i in range(s.token_start, s.token_end)}
    people = {i for s in spots if s.entity is not None and s.entity.label == "PER"
              for i in range(s.token_start, s.token_end)}
    out: list[ActorSpot] = []
    for i in titles:
        tok = doc.tokens[i]
        if i in covered:
            continue
        if any(q.start <= tok.start < q.end for q in doc.quotes):
            continue  # in what a speaker says «الوزير» is his own («قالت المتحدثة باسم الخارجية "أجرى الوزير"»)
        nxt = doc.tokens[i + 1] if i + 1 < len(doc.tokens) else None
        if nxt is not None and nxt.kind == "word" and (i + 1 in people or (
                nxt.norm.startswith("ال") and i + 1 not in covered)):
            continue  # «الرئيس الفرنسي», «الرئيس ترامب», «الوزير المفوض»: named or told apart by what follows
        title = without_conjunction(tok.norm)
        person = _last_titled(doc, tok.start, title)
        if person is not None:
            out.append(ActorSpot(i, i + 1, tok.start, tok.end, person))
    return out


def _last_titled(doc: Document, before: int, title: str) -> Entity | None:
    """The person whose title mention, last before offset `before`, opens with `title` («الوزير» → «وزير الخارجية …»;
    «الرئيس» → «الرئيس …» only)."""
    head = title.removeprefix("ال")
    best: tuple[int, Entity] | None = None
    for e in doc.entities:
        if e.label != "PER":
            continue
        for m in e.mentions:
            if m.kind != "title" or m.start >= before or not m.text.split():
                continue
            first = normalize_word(m.text.split()[0])
            if first != title and (head == "رئيس" or first.removeprefix("ال") != head):
                continue
            if best is None or m.start > best[0]:
                best = (m.start, e)
    return best[1] if best is not None else None


def _speaker_spots(doc: Document, token_start: int, token_end: int, sent_start: int,
                   sent_end: int) -> list[ActorSpot]:
    """Speakers the quotes component named but NER did not («وزراء الخارجية العرب», «نشطاء»), wherever they recur.

    «أعلن وزراء الخارجية العرب … جدد الوزراء رفضهم»: each written form of the speaker is an
    actor in every sentence where it stands as whole words.
    """
    forms: dict[str, tuple[str, str]] = {}
    for q in doc.quotes:
        sp = q.speaker
        if sp is None or sp.entity is not None or not sp.name_en or sp.start is None or sp.end is None:
            continue
        if len(sp.name_en.split()) < 2 or "'s " in sp.name_en:
            continue  # «المتحدث», «مساعدوه»: a bare role names nobody the reader can tell apart
        surface = doc.text[sp.start:sp.end].strip()
        if len(surface) >= 4:
            forms.setdefault(surface, (sp.name_en, sp.cameo_actor or ""))
            head = _short_form(surface)
            if head is not None:  # «وزراء الخارجية العرب» … then «جدد الوزراء التنديد»: the head with the article
                forms.setdefault(head, (sp.name_en, sp.cameo_actor or ""))
    if not forms:
        return []
    out: list[ActorSpot] = []
    for surface, generic in forms.items():
        at = doc.text.find(surface, sent_start, sent_end)
        while at >= 0:
            ts = _token_at(doc.tokens, at, token_start, token_end)
            te = _token_at(doc.tokens, at + len(surface) - 1, token_start, token_end)
            whole = ts is not None and te is not None and at - doc.tokens[ts].start <= 2 \
                and doc.tokens[te].end == at + len(surface)  # «والوزراء»: a clitic before, nothing after
            if ts is not None and te is not None and whole \
                    and (ts == token_start or without_conjunction(doc.tokens[ts - 1].norm) not in _CONSTRUCT_HEADS):
                out.append(ActorSpot(ts, te + 1, at, at + len(surface), None, generic, speaker=True))
            at = doc.text.find(surface, at + len(surface), sent_end)
    return out


def _short_form(surface: str) -> str | None:
    """«وزراء الخارجية العرب» → «الوزراء»: a plural head told again with the article; None for a name or a singular.

    Only a broken or sound plural of four letters or more heads the short form («وزراء», «مسؤولون»),
    so «رئيس الوزراء» gives nothing (a singular head would be anyone of that title).
    """
    words = surface.split()
    if len(words) < 2:
        return None
    head = words[0]
    norm = normalize_word(head)
    if norm.startswith("ال") or len(norm) < 4:
        return None
    plural = norm.endswith(("ون", "ين", "اء")) or (len(norm) == 5 and norm[3] == "ا")  # «وزراء», «مسؤولون»
    return "ال" + head if plural else None


_NISBA_ENDINGS = ("يين", "يون", "يان", "يه", "ي")
_ARTICLE_PREFIXES = ("وال", "بال", "لل", "ال", "و", "ب", "ل", "")
_EUROPEAN, _EUROPEAN_UNION = "اوروب", "Q458"
_NOT_THE_UNIONS = frozenset(normalize_word(w) for w in (
    "الدوري", "البطولة", "الكأس", "القارة", "المنتخبات", "الأندية", "النادي", "البطولات", "الكرة", "السوبر",
    "المحكمة", "الفضاء", "التاريخ", "العواصم", "المدن", "الشعوب", "اليهود", "النهضة"))


# Adjectives many countries share: «الأمين العام لجامعة الدول العربية» (an Egyptian) does not make «العربية» Egypt's
_SHARED_NISBAS = frozenset({"عرب", "اسلام", "غرب", "شرق", "دول", "خليج", "افريق", "اوروب", "اسيو", "عالم", "وطن",
                            "شعب", "ملك", "جمهور", "اتحاد"})


def _demonym_stems(doc: Document, lexicon: EventLexicon) -> dict[str, Entity]:
    """Stems of the countries the article names, for their demonyms: «روسيا» → «روس» («دبلوماسيين روس»).

    Only countries named in the article count, so «اليونانيون» finds Greece when «اليونان» is
    there; the stems come from the names and from the entity's own demonym and title mentions
    («الرئيس الأمريكي» → «امريك»).
    """
    stems: dict[str, Entity] = {}
    countries = {e.country: e for e in doc.entities
                 if e.label == "LOC" and e.country and (e.name_en or "") in lexicon.country_names}
    for e in doc.entities:
        country = countries.get(e.country or "")
        if country is None:
            continue
        for m in e.mentions:
            words = m.text.split()
            if not words or (m.kind == "name" and (len(words) > 1 or e is not country)):
                continue  # «الولايات المتحدة» has no one-word stem; «الرئيس الأمريكي» gives «امريك»
            stem = _nisba_stem(normalize_word(words[-1]), m.kind == "name")
            if stem is not None and stem not in _SHARED_NISBAS:
                stems.setdefault(stem, country)
    return stems


def _group_stems(doc: Document) -> dict[str, Entity]:
    """Stems of the groups the article names by a plural nisba, for their adjectives: «الحوثيين» → «حوث»
    («المواقع الحوثية», «جماعة الحوثي»)."""
    stems: dict[str, Entity] = {}
    for e in doc.entities:
        if e.label != "ORG":
            continue
        for m in e.mentions:
            word = normalize_word(m.text)
            if m.kind == "name" and " " not in m.text and word.startswith("ال") and word.endswith(("يين", "يون")) \
                    and len(word) >= 8:
                stems.setdefault(word[2:-3], e)
    return stems


@dataclass(slots=True)
class _ActorIndex:
    """What the actor search reads of the whole document, gathered once per document: every sentence, clause
    and quote asks for its own range, and scanning every entity and demonym spelling each time was costly."""

    mentions: list[tuple[int, int, int, Entity, Mention]]  # (start, entity no., mention no., entity, mention)
    starts: list[int]
    stems: dict[str, Entity]  # «روس» → Russia (see `_demonym_stems`)
    nisbas: dict[str, Entity]  # every prefixed nisba of those stems: «والروسية» → Russia

    @classmethod
    def of(cls, doc: Document, lexicon: EventLexicon) -> _ActorIndex:
        mentions = []
        for e_no, entity in enumerate(doc.entities):
            if entity.label not in ("PER", "ORG", "LOC", "MISC") or (entity.label == "MISC" and not entity.country):
                continue  # «دولار», «تويتر»-like MISC names are no one's side; «الفلسطينيون» (country PS) is
            for m_no, m in enumerate(entity.mentions):
                if m.kind != "pronoun":  # «زيارته»: the pronoun is handled by merging with the event it refers to
                    mentions.append((m.start, e_no, m_no, entity, m))
        mentions.sort(key=lambda t: t[0])
        stems = _demonym_stems(doc, lexicon)
        nisbas: dict[str, Entity] = {}
        groups = _group_stems(doc)
        # «المقترحات الأوروبية», «القوى الأوروبية»: in a story that names the European Union, its adjective is the
        # Union's (the stem is no one country's: «الأوروبية» never names France)
        union = next((e for e in doc.entities if e.wikidata == _EUROPEAN_UNION), None)
        for prefix in _ARTICLE_PREFIXES:  # a spelling two stems give keeps the reading of the earlier prefix, ending
            for end in _NISBA_ENDINGS:
                for stem, country in stems.items():
                    nisbas.setdefault(prefix + stem + end, country)
                if "ال" in prefix or prefix == "لل":  # «المواقع الحوثية»; an indefinite «قادة حوثيين» qualifies
                    for stem, group in groups.items():  # a noun governed before it
                        nisbas.setdefault(prefix + stem + end, group)
                    if union is not None:
                        nisbas.setdefault(prefix + _EUROPEAN + end, union)
        return cls(mentions, [t[0] for t in mentions], stems, nisbas)

    def mentions_within(self, start: int, end: int) -> list[tuple[Entity, Mention]]:
        """The actor mentions inside the character range, in the document's entity order (which decides between
        two mentions of one span)."""
        lo, hi = bisect.bisect_left(self.starts, start), bisect.bisect_right(self.starts, end)
        inside = sorted((t for t in self.mentions[lo:hi] if t[4].end <= end), key=lambda t: (t[1], t[2]))
        return [(t[3], t[4]) for t in inside]


def _actor_index(doc: Document, lexicon: EventLexicon) -> _ActorIndex:
    return once_per_document(doc, "actor index", lambda: _ActorIndex.of(doc, lexicon))


@dataclass(slots=True)
class _PersonBounds:
    """Where the spots found so far start and end, and which are persons: the nisba checks look them up."""

    starts: dict[int, ActorSpot]
    person_starts: dict[int, ActorSpot]  # the person spot starting at each token
    person_ends: set[int]

    @classmethod
    def of(cls, spots: list[ActorSpot]) -> _PersonBounds:
        persons = [s for s in spots if s.entity is not None and s.entity.label == "PER"]
        return cls({s.token_start: s for s in spots}, {s.token_start: s for s in persons},
                   {s.token_end for s in persons})


def _plural_people(norm: str) -> bool:
    """«الأمريكيون», «الإسرائيليين», «الروس»: a people named in the plural, with the article."""
    word = without_conjunction(norm)
    return word.startswith("ال") and (word.endswith(("يون", "يين")) or word in _BROKEN_PLURALS)


def a_people_in_the_plural(doc: Document, spot: ActorSpot) -> bool:
    """«والإيرانيون», «الأمريكيين»: the spot is one word naming a people in the plural, linked or not."""
    return spot.token_end - spot.token_start == 1 and _plural_people(doc.tokens[spot.token_start].norm)


def names_a_people(doc: Document, spot: ActorSpot, lexicon: EventLexicon) -> bool:
    """«اعتقل الأمريكيون صدام حسين», «اتهم الإسرائيليون»: a definite plural nisba standing as a noun for the people,
    not an adjective after a plural it describes («المسؤولون الأمريكيون»)."""
    if spot.entity is not None or not spot.country or spot.token_end - spot.token_start != 1 \
            or not _plural_people(doc.tokens[spot.token_start].norm):
        return False
    prev = doc.tokens[spot.token_start - 1] if spot.token_start > 0 else None
    return prev is None or prev.kind != "word" or not _plural_noun(prev.norm, lexicon)


ENVOY_TITLE_REACH = 6  # tokens from «المبعوث» to the name it titles: «الروسي الخاص إلى سوريا ألكسندر»


def _titles_a_name(doc: Document, bounds: _PersonBounds, i: int, token_end: int) -> bool:
    """A person's name follows the title word at i within its clause, with no other person's title between."""
    for k in range(i + 1, min(token_end, i + 1 + ENVOY_TITLE_REACH)):
        if doc.tokens[k].kind == "punct":
            return False
        if k in bounds.person_starts:
            return bounds.person_starts[k].mention_kind == "name"
    return False


def _next_to_person(doc: Document, bounds: _PersonBounds, i: int) -> bool:
    """«الرئيس الروسي فلاديمير بوتين», «نظيره التركي مولود»: the nisba is part of the person's title.

    Where the envoy is posted may stand between: «السفير الروسي لدى الأمم المتحدة فاسيلي نيبنزيا».
    """
    if i in bounds.person_ends:
        return True
    if i + 1 in bounds.person_starts:
        # (but «والتقى المبعوث الأمريكي الرئيس السوري»: a person named by his own title has no nisba before it)
        return bounds.person_starts[i + 1].mention_kind != "title"
    if i + 1 >= len(doc.tokens) or without_conjunction(doc.tokens[i + 1].norm) != POSTED_AT:
        return False
    post = bounds.starts.get(i + 2)
    return post is not None and post.token_end in bounds.person_starts


def _nisba_stem(norm: str, is_name: bool) -> str | None:
    """«الروسيه» → «روس», «روسيا» → «روس», «اليونان» → «يونان»; None when no stem of three letters is left."""
    for prefix in ("ال", ""):
        if norm.startswith(prefix) and len(norm) - len(prefix) >= 3:
            norm = norm[len(prefix):]
            break
    endings = ("يه", "يا", "ا", "ه") if is_name else _NISBA_ENDINGS
    for end in endings:
        if norm.endswith(end) and len(norm) - len(end) >= 3:
            return norm[:-len(end)]
    if is_name and len(norm) >= 3:
        return norm
    return None


def _demonym_country(doc: Document, i: int, token_start: int, index: _ActorIndex) -> Entity | None:
    """The country a nisba adjective names: «الموقف اليوناني», «المسؤولين التركيين», «دبلوماسيين روس»."""
    norm = doc.tokens[i].norm
    country = index.nisbas.get(norm)
    if country is not None and country.wikidata == _EUROPEAN_UNION and i > token_start \
            and without_lam_or_ba(doc.tokens[i - 1].norm) in _NOT_THE_UNIONS:
        return None  # «الدوري الأوروبي», «القارة الأوروبية»: a league or the continent, not the Union
    if country is not None:
        return country
    stems = index.stems
    if i > token_start and doc.tokens[i - 1].norm.endswith(("ين", "ون")):
        if norm in stems:
            return stems[norm]  # «دبلوماسيين روس»: the broken plural after a plural noun
        if norm.endswith("ا") and norm[:-1] in stems:
            return stems[norm[:-1]]  # «دبلوماسيين روسا»: the same, indefinite accusative
    if norm.endswith("يا") and norm[:-2] in stems and i > token_start \
            and doc.tokens[i - 1].norm.endswith("ا") and len(doc.tokens[i - 1].norm) >= 4:
        return stems[norm[:-2]]  # «تدخلا إيرانيا»: the indefinite nisba after an indefinite noun (tanwin «ا»)
    if norm.endswith("يه") and norm[:-2] in stems and i > token_start and _feminine_plural(doc.tokens[i - 1].norm):
        return stems[norm[:-2]]  # «منتجات أمريكية»: a thing plural takes its nisba in the feminine singular
    return None


def _feminine_plural(norm: str) -> bool:
    """«منتجات», «وشركات»: an indefinite sound feminine plural, whose adjective is a feminine singular."""
    word = without_conjunction(norm)
    return word.endswith("ات") and len(word) >= 5 and not word.startswith("ال")


def _feminine_body(norm: str, lexicon: EventLexicon) -> bool:
    """«حكومة», «شرطة», «معارضة»: an indefinite feminine body the dictionary knows, whose nisba follows it
    («شرطة فرنسية»)."""
    word = without_conjunction(norm)
    return word.endswith("ه") and not word.startswith("ال") and word in lexicon.generic_actors


def _demonym_iso3(doc: Document, i: int, token_start: int, lexicon: EventLexicon) -> str | None:
    """A nisba adjective of any country in the dictionary: «التركية» → TUR («الترك» alone is not one)."""
    norm = doc.tokens[i].norm
    # «مسؤولون أمريكيون», «دبلوماسيين روس», «رعايا إسرائيليين», «جنود أتراك»: an indefinite plural nisba after a
    # plural noun, sound or a broken plural the dictionary knows as a group («رعايا», «جنود»)
    after_plural = i > token_start and ((norm.endswith(("يون", "يين")) and (
        doc.tokens[i - 1].norm.endswith(("ون", "ين")) or _one_of_a_group(doc.tokens[i - 1].norm, lexicon)))
        # «جندي إسرائيلي», «شرطيان مصريان»: one or two of a group the dictionary knows, with their nisba
        or (norm.endswith(("ي", "يا", "يان")) and _one_of_a_group(doc.tokens[i - 1].norm, lexicon)
            and not doc.tokens[i - 1].norm.startswith("ال"))
        # «اعتقلت الشرطة الإسرائيلية فلسطينيا», «قتل ثلاثة فلسطينيين»: an indefinite nisba after a definite word or a
        # count is no adjective of it but people of that country
        or _nisba_as_people(doc, i, token_start)
        or (norm.endswith("يه") and (_feminine_plural(doc.tokens[i - 1].norm)
                                     or _feminine_body(doc.tokens[i - 1].norm, lexicon)))
        # «طائرات حربية روسية»: and past a modifier of the force
        or (norm.endswith("يه") and i - 1 > token_start and doc.tokens[i - 1].norm in _FORCE_MODIFIERS
            and (_feminine_plural(doc.tokens[i - 2].norm) or _feminine_body(doc.tokens[i - 2].norm, lexicon)
                 or without_conjunction(doc.tokens[i - 2].norm) in lexicon.generic_actors))
        # «ضد مشروع قرار بريطاني», «مبادرة فرنسية»: a proposal's indefinite nisba names whose it is
        # and «في غارة إسرائيلية», «بقصف روسي», «إثر هجوم أمريكي»: who carried out an attack
        or (norm.endswith(("ي", "يه")) and without_conjunction(doc.tokens[i - 1].norm).lstrip("بل") in _WHOSE_BY_NISBA)
        # and past the attack's kind: «في هجوم صاروخي إسرائيلي», «غارة جوية روسية»
        or (norm.endswith(("ي", "يه")) and i - 1 > token_start and doc.tokens[i - 1].norm in _ATTACK_KINDS
            and without_conjunction(doc.tokens[i - 2].norm).lstrip("بل") in _WHOSE_BY_NISBA)
        # «قصفت إسرائيل مواقع إيرانية», «منشآت نفطية سعودية»: whose sites, bases or targets they are
        or (norm.endswith("يه") and _sites_before(doc, i, token_start)))
    if i > token_start and "ال" + norm in _BROKEN_PLURALS and _plural_noun(doc.tokens[i - 1].norm, lexicon):
        return _BROKEN_PLURALS["ال" + norm]  # «جنودا روس», «دبلوماسيين أتراك»: the indefinite broken plural
    return remembered(lexicon.nisba_memo, (norm, after_plural), _word_iso3, norm, after_plural, lexicon)


def owns_the_sites(doc: Document, spot: ActorSpot) -> bool:
    """«مواقع إيرانية», «منشآت نفطية سعودية»: a people's adjective on sites, bases or targets names their owner."""
    return _sites_before(doc, spot.token_start, 0)


def _sites_before(doc: Document, i: int, lo: int) -> bool:
    """Whether sites, bases or targets («مواقع», «منشآت») stand right before the word at i, or before one feminine
    adjective of what they are («منشآت نفطية»), not before `lo`."""
    k = i - 1
    if k - 1 >= lo and doc.tokens[k].norm.endswith("يه") and _bare_site(doc.tokens[k].norm) not in _SITES:
        k -= 1
    if k - 1 >= lo and doc.tokens[k].norm in _CARGOES and _bare_site(doc.tokens[k - 1].norm) in _VESSELS:
        return True  # «احتجزت إيران ناقلة نفط بريطانية»: whose tanker it is
    return k >= lo and _bare_site(doc.tokens[k].norm) in _SITES


def _bare_site(norm: str) -> str:
    """The word without «و», a preposition glued to it, or its article: «بالمواقع», «للمواقع» → «مواقع»."""
    word = without_conjunction(norm)
    if word.startswith("لل"):
        return word[2:]
    word = word.lstrip("بل")
    return word[2:] if word.startswith("ال") and len(word) > 4 else word


_VESSELS = frozenset(normalize_word(w) for w in ("ناقلة", "ناقلات", "سفينة", "سفن", "باخرة", "بواخر"))
_CARGOES = frozenset(normalize_word(w) for w in ("نفط", "غاز", "شحن", "حاويات", "صيد", "ركاب"))
_SITES = frozenset(normalize_word(w) for w in (
    "مواقع", "أهداف", "أهدافا", "قواعد", "منشآت", "مقرات", "مراكز", "مخازن", "معسكرات", "مصالح", "مستودعات")) | _VESSELS
# («أهدافا إيرانية»: the accusative of the one such plural that takes it)
_WORN = frozenset(normalize_word(w) for w in ("زي", "زى", "أزياء", "ملابس", "بزات", "بزة", "لباس", "ثياب"))
_PROPOSALS = frozenset(normalize_word(w) for w in (
    "قرار", "مقترح", "اقتراح", "مبادرة", "خطة", "عرض", "وساطة", "مسودة", "صيغة"))
_WHOSE_BY_NISBA = _PROPOSALS | frozenset(normalize_word(w) for w in (  # proposals and attacks
    "غارة", "ضربة", "قصف", "هجوم", "اعتداء", "عدوان", "غزو", "توغل", "تدخل", "قصفا", "هجوما", "عدوانا"))

_ATTACK_KINDS = frozenset(normalize_word(w) for w in (
    "صاروخي", "صاروخية", "جوي", "جوية", "مدفعي", "مدفعية", "بري", "برية", "بحري", "بحرية", "عسكري", "عسكرية",
    "كيماوي", "كيميائي"))  # (not «هجوم إرهابي تركي»: a terror attack's nisba is mostly where it struck)


def _one_of_a_group(norm: str, lexicon: EventLexicon) -> bool:
    """«جندي», «شرطيان», «جنديا»: one or two of a group the dictionary knows (the last with its accusative «ا»)."""
    return without_conjunction(norm) in lexicon.generic_actors or accusative_group(norm, lexicon)


def accusative_group(norm: str, lexicon: EventLexicon) -> bool:
    """«جنديا», «جنودا»: a group word the dictionary knows with the accusative «ا» of an indefinite object."""
    word = without_conjunction(norm)
    return word.endswith("ا") and len(word) > 4 and word[:-1] in lexicon.generic_actors


_PEOPLE_NISBA_ENDINGS = ("يين", "يون", "يا", "ي")
_COUNT_WORDS = frozenset(normalize_word(w) for w in (
    "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة", "عشرات", "مئات", "آلاف", "ألف", "بعض",
    "عدد", "عددا", "مئة", "مائة"))


DEATH_NOUNS = frozenset({"مقتل", "مصرع", "استشهاد"})  # «مقتل فلسطينيين», «مصرعه»: a death, whose genitive is who died
MET_DEATH = frozenset({"لقي", "لقيت", "لقوا", "لقيا", "لقيتا", "يلقي", "تلقي", "يلقون"})  # «لقي … مصرعه»


def _nisba_as_people(doc: Document, i: int, token_start: int) -> bool:
    """An indefinite nisba standing as a noun: after a count («ثلاثة فلسطينيين», «20 فلسطينيا»), a death, or right
    after a definite word it cannot describe («اعتقلت الشرطة الإسرائيلية فلسطينيا»)."""
    norm = without_conjunction(doc.tokens[i].norm)
    if i <= token_start or norm.startswith(("ال", "بال", "لل")):
        return False
    prev = doc.tokens[i - 1]
    if without_conjunction(prev.norm) in MET_DEATH and norm.endswith(_PEOPLE_NISBA_ENDINGS + ("يان",)):
        return True  # «لقي فلسطينيان مصرعهما»: those who met their death
    if not norm.endswith(_PEOPLE_NISBA_ENDINGS):
        return False
    if prev.kind == "number" or without_conjunction(prev.norm) in _COUNT_WORDS:
        return True
    if without_lam_or_ba(prev.norm) in DEATH_NOUNS:
        return True  # «مقتل فلسطينيين اثنين»: those whose death it is
    return prev.kind == "word" and without_conjunction(prev.norm).startswith("ال") and len(prev.norm) > 4


def _nationality(norm: str, lexicon: EventLexicon) -> bool:
    """«روس», «أمريكيين», «أتراك», «إسرائيليا»: an indefinite people's adjective."""
    return "ال" + norm in _BROKEN_PLURALS or nisba_iso3(norm.removesuffix("ا") if norm.endswith("يا") else norm,
                                                          lexicon) is not None


def _plural_noun(norm: str, lexicon: EventLexicon) -> bool:
    """«دبلوماسيين», «جنود», «جنودا»: a sound plural or a group the dictionary knows (with its accusative «ا»)."""
    word = without_conjunction(norm)
    return (word.endswith(("ون", "ين")) and word not in _ENDING_LIKE_PLURALS) or word in lexicon.generic_actors \
        or word.removesuffix("ا") in lexicon.generic_actors


# words ending like a sound plural that are none: «بين الفلسطينيين وإسرائيل» (between), «حين» (when), «أين», and
# counts whose genitive is the people counted, «ملايين الفلسطينيين»
_ENDING_LIKE_PLURALS = frozenset({"بين", "حين", "اين", "مليون", "ملايين"})


def _word_iso3(norm: str, after_plural: bool, lexicon: EventLexicon) -> str | None:
    for prefix in ("وال", "بال", "لل", "ال", *(("",) if after_plural else ())):
        if norm.startswith(prefix) and (iso3 := nisba_iso3(norm[len(prefix):], lexicon)) is not None:
            return iso3
    if after_plural and norm.endswith("يا") and (iso3 := nisba_iso3(norm[:-1], lexicon)) is not None:
        return iso3  # «جنديا إسرائيليا», «فلسطينيا»: the indefinite accusative
    iso3 = _BROKEN_PLURALS.get(without_conjunction(norm))
    return iso3 if iso3 in lexicon.countries else None


# peoples named by a broken plural, not a nisba: «حلفائها الروس», «الأتراك»
_BROKEN_PLURALS = {"الروس": "RUS", "الاتراك": "TUR", "الامريكان": "USA", "الالمان": "DEU", "الانجليز": "GBR",
                   "الانكليز": "GBR"}


@cache
def _paired_demonyms() -> dict[tuple[str, str], str]:
    """(first stem, second stem) → ISO2 of the knowledge base's two-word demonyms: «كوري جنوبي» → KR."""
    out: dict[tuple[str, str], str] = {}
    for entry in load_kb().entries.values():
        for demonym in entry.demonyms if entry.kind == "country" and entry.country else ():
            words = normalize_word(demonym).split()
            if len(words) == 2 and all(w.endswith("ي") for w in words):
                out[words[0][:-1], words[1][:-1]] = entry.country
    return out


@lru_cache(maxsize=1 << 16)
def _pair_stem(norm: str) -> str:
    """«والكورية» → «كور», «الشماليين» → «شمال»: a nisba without «و», the article or «لـ»/«بـ», and its ending."""
    word = without_lam_or_ba(norm).removeprefix("ال")
    return next((word[:-len(end)] for end in _NISBA_ENDINGS if word.endswith(end) and len(word) > len(end) + 2), "")


def _paired_demonym(doc: Document, i: int, token_end: int) -> str | None:
    """The country (ISO2) a two-word nisba starting at token i names: «الكوري الشمالي», «كوريين جنوبيين»."""
    first = _pair_stem(doc.tokens[i].norm)
    if i + 1 >= token_end or first not in _first_pair_stems():
        return None
    return _paired_demonyms().get((first, _pair_stem(doc.tokens[i + 1].norm)))


@cache
def _first_pair_stems() -> frozenset[str]:
    return frozenset(first for first, _ in _paired_demonyms())


def nisba_iso3(word: str, lexicon: EventLexicon) -> str | None:
    """The country of a bare nisba adjective (no article): «إيرانية» → IRN, «سوريين» → SYR."""
    for end in _NISBA_ENDINGS:
        iso3 = lexicon.demonym_stems.get(word[:-len(end)]) if word.endswith(end) else None
        if iso3 is not None and iso3 in lexicon.countries:
            return iso3
    return None


def _token_at(tokens: list[Token], offset: int, lo: int, hi: int) -> int | None:
    for i in range(lo, hi):
        if tokens[i].start <= offset < tokens[i].end:
            return i
    return None


# countries English news names by a short form before a noun: "US forces", "UK police", "UAE troops"
_SHORT_ATTRIBUTIVES = {"USA": ("US", "U.S."), "GBR": ("UK",), "ARE": ("UAE",)}


def build_actors(doc: Document, spot: ActorSpot, lexicon: EventLexicon) -> list[Actor]:
    """The actor for a spot, followed by its country as an actor when it is a person or body of that country."""
    if spot.entity is None:
        name, role = spot.generic or ("", "")
        if spot.country and len(role) > 3:  # «الجيش اليمني»: the army (YEMMIL), then its country
            country3 = role[:3]
            nationality = lexicon.countries[country3][2] if len(lexicon.countries[country3]) > 2 else ""
            # «المعارضة السورية»: the Syrian opposition, as news names it (and plain "opposition" too)
            aliases = [name] + [f"{short} {name}" for short in _SHORT_ATTRIBUTIVES.get(country3, ())] \
                if nationality else []  # (and "US forces", as English news writes "American forces")
            name = f"{nationality} {name}" if nationality else name
            return [Actor(text=doc.text[spot.start:spot.end], start=spot.start, end=spot.end, name_en=name,
                          aliases_en=aliases, country=country3, cameo_actor=role),
                    country_actor(country3, lexicon)]
        if spot.country:  # «التركية»: Turkey, coded as its country (TUR)
            return [Actor(text=doc.text[spot.start:spot.end], start=spot.start, end=spot.end, name_en=name,
                          label="LOC", country=role, cameo_actor=role)]
        # «المقاتلين الأكراد»: Kurdish fighters, whom news also calls the Kurds
        aliases = [spot.ethnic.people] if spot.ethnic is not None and name != spot.ethnic.people else []
        return [Actor(text=doc.text[spot.start:spot.end], start=spot.start, end=spot.end, name_en=name,
                      aliases_en=aliases, cameo_actor=role)]
    e = spot.entity
    iso3 = lexicon.iso3(e.country)
    role = _role_before(doc, spot)
    capital_of = lexicon.capitals.get(e.name_en or "") if e.label == "LOC" else None
    if capital_of and not e.cameo:
        iso3, role = iso3 or capital_of, "GOV"  # «واشنطن» acts as the US government: USAGOV
    code = e.cameo or (iso3 + role if iso3 and (e.label != "LOC" or capital_of) and role else iso3)
    actor = Actor(text=doc.text[spot.start:spot.end], start=spot.start, end=spot.end, entity=e.id,
                  name_en=e.name_en, aliases_en=list(e.aliases_en), wikidata=e.wikidata, label=e.label, country=iso3,
                  cameo_actor=code)
    out = [actor]
    if e.label == "PER" and (e.cameo or "").startswith("IGO"):
        # «غوتيريس» acts for the UN, not for Portugal: an international official's body, never his nationality
        body = _igo_body(e.cameo or "")
        return out + ([Actor(text=body.name_en, name_en=body.name_en, aliases_en=list(body.aliases_en),
                             wikidata=body.id if body.id.startswith("Q") else None, label="ORG",
                             cameo_actor=e.cameo)] if body is not None else [])
    if iso3 and iso3 in lexicon.countries and (e.label != "LOC" or not names_its_country(e, lexicon)):
        # GDELT codes an actor with its country: «لافروف» acts for Russia (Actor1CountryCode RUS)
        out.append(country_actor(iso3, lexicon))
    return out


# the body of an intergovernmental organisation, by the CAMEO code the KB gives its officials
_IGO_BODIES = {"IGOUNO": "United Nations", "IGOARL": "Arab League", "IGOEUREEC": "European Union",
               "IGOGCC": "Gulf Cooperation Council", "IGOAFR": "African Union", "IGOWHO": "World Health Organization"}


def country_actor(iso3: str, lexicon: EventLexicon, role: str = "") -> Actor:
    """The country of ISO alpha-3 code `iso3` as an actor, coded with `role` after its code («USA», «USAGOV»)."""
    name = lexicon.countries[iso3][0]
    return Actor(text=name, name_en=name, label="LOC", country=iso3, cameo_actor=iso3 + role)


@cache
def _igo_body(code: str) -> KBEntry | None:
    name = _IGO_BODIES.get(code)
    found = lookup(name, type="ORG") if name else []
    return found[0] if found and found[0].name_en == name else None


def names_its_country(entity: Entity, lexicon: EventLexicon) -> bool:
    """Whether the entity is a country itself («روسيا»), not a city, body or person of it."""
    iso3 = lexicon.iso3(entity.country) if entity.country else None
    return bool(iso3) and iso3 in lexicon.countries and lexicon.countries[iso3][0] == entity.name_en


def stands_for_its_country(spot: ActorSpot, lexicon: EventLexicon) -> bool:
    """«روسيا» or «طهران»: the country itself or its capital, never what that country's own side acts on or
    meets («Iran → Tehran», «Saudi Arabia meets Mohammed bin Salman»)."""
    e = spot.entity
    return e is not None and (names_its_country(e, lexicon) or (e.name_en or "") in lexicon.capitals)


def _role_before(doc: Document, spot: ActorSpot) -> str:
    """CAMEO role from up to three title words before the name, or from inside a title mention."""
    lo = max(0, spot.token_start - 3)
    for i in range(spot.token_end - 1, lo - 1, -1):
        if i >= len(doc.tokens):
            continue
        role = _ROLE_WORDS.get(without_conjunction(doc.tokens[i].norm))
        if role:
            return role
    return ""
