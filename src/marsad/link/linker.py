"""Entity linking and in-article coreference over the tokens and the NER entities of one document.

Steps, in order (each is a method below):
1. dictionary matching of KB aliases over token forms, longest first, inside each sentence: it finds
   countries, cities, organisations and known people that NER missed («بكين», «الكرملين»), and names
   inside longer names after a preposition («الجمعية العامة للأمم المتحدة» → the UN too);
2. NER entities are repaired (a long name cut in two is joined, a name cut at a hyphen goes on),
   linked to KB entries (exact alias, without a leading title «الشيخ», or a spelling variant of a
   known person), and entities that link to one entry merge («بوتين» + «فلاديمير بوتين»); entities the
   KB does not know are kept only when NER was sure and they do not read as descriptions
   («الجاسوس الروسي»);
3. partial names: a word of a person's full name found alone elsewhere is the same person
   («كيم جونغ أون» … «كيم»);
4. titles by role and date («الرئيس الروسي» in 2018 → Putin; «نظيره الصيني»; a bare «رئيسة الوزراء» in the
   article's main country; a title right before a name is that person's; «نائب وزير …» is nobody's
   but the deputy's), anaphoric descriptions («حلف الأطلسي … الحلف»), directions in a divided
   country's story («جارتها الجنوبية» → South Korea), government phrases by
   demonym («الحكومة السورية» → Syria), capitals («العاصمة القطرية» → Doha), ministries, embassies and
   airports («وزارة الداخلية التركية» → Turkish Interior Ministry), seats of government as metonyms
   of their country («الكرملين» → also Russia);
5. every entity gets id, English and Arabic names, QID, country and CAMEO code; names the KB does
   not know get a transliterated English name (see translit.py).
"""
from __future__ import annotations

import bisect
import datetime as _dt
import difflib
import functools
import itertools
from collections.abc import Callable

from marsad.doc import Document, Entity, Mention, Token
from marsad.kb.base import (
    COMMON_GIVEN_NAMES,
    KBEntry,
    KnowledgeBase,
    arabic_key,
    is_given_name,
)
from marsad.link.forms import TokenForm, form_tokens
from marsad.link.phrases import TITLE_WORDS, PhraseResolver, demonym_key
from marsad.link.records import LEADING_TITLES, Cluster, Match, drop_range, stable_id, strip_title
from marsad.link.references import ReferenceResolver
from marsad.link.titles import (
    CAPITAL_WORD,
    DEPUTY_PREFIXES,
    ORGANISATION_EPITHETS,
    POSSESSOR_PREFIXES,
    TIME_WORDS_AFTER_NAMES,
    TITLE_BLOCKERS,
)
from marsad.link.translit import spelling_variants, transliterate_name
from marsad.quotes.descriptors import is_person_noun
from marsad.text.clitics import ends_a_name, letters_of, lexicon

_TokenRange = Callable[[int, int], tuple[int, int]]  # a character span → its token indices

# single-word aliases that are also ordinary nouns: «القاعدة الجوية» is an air base, not al-Qaeda
_NEEDS_NO_ADJECTIVE = frozenset({"القاعده", "الخليج", "الدوله"})
_THE_BASE = (letters_of("القاعدة"),)
_A_BASE = letters_of("قاعدة")  # «قاعدة عسكرية», «قاعدة التيفور»: a base named without the article
BASE_TOLD_TOKENS = 30  # tokens back where a base told of makes «القاعدة» that base
SHORT_NAME_WORDS = 2  # the fewest first words of an organisation's name that stand alone for it
_MILLION_CITY_PRIOR = 11.0  # a generated city's prior is 10 + its millions of people (training/build_kb.py)
# the last word of outlets' names that is also "today": «أعلنت روسيا اليوم», «قصفت إسرائيل اليوم الاثنين»,
# «مجلس الوزراء المصري اليوم» are Russia, Israel and an Egyptian cabinet, not RT, Israel Hayom, Al-Masry Al-Youm
_TODAY = arabic_key("اليوم")[0]
# what shows such a name is the outlet: its head noun or a source it is cited as, before it
_OUTLET_CUES = frozenset(arabic_key(w)[0] for w in (
    "صحيفة", "جريدة", "قناة", "شبكة", "موقع", "محطة", "تلفزيون", "وكالة", "أنباء", "مكتب", "تحرير", "بحسب", "حسب", "وفق",
    "وفقا", "عن", "مراسل", "مراسلة"))
_QUOTE_MARKS = frozenset('"“”«»„\'(')
# name words too common to stand for one person alone: «محمد», «بن», «عبد»
_WEAK_NAME_WORDS = frozenset(letters_of(w) for w in (
    "بن", "ابن", "آل", "ال", "عبد", "أبو", "ابو", "أم", "الشيخ", "محمد", "أحمد", "علي", "حسن", "حسين", "خالد",
    "سعد", "صالح", "الله", "الدين", "عبدالله", "عبد الله", "محمود", "إبراهيم", "يوسف", "عمر", "سلمان", "حمد",
    "جون", "مايك", "سيرغي", "سارة", "ساره", "دونالد", "فلاديمير", "ديفيد", "جورج", "مارك", "بيتر", "ميشيل",
    "جورج", "الأول", "الثاني", "الثالث", "دي", "دو", "فون", "لو", "لا", "ال",
    # surnames that are also everyday words: «نواف سلام» does not make every «سلام» a person
    "سلام", "عون", "هادي", "مبارك", "شكري", "نصر", "سعيد", "كريم", "جميل", "حسني", "رئيسي", "أمل", "فتح",
    "صلاح", "عادل", "منصور", "سلمان", "بدر", "نور", "فرح", "حرب", "سالم", "ناصر", "راشد", "فيصل", "حمزة"))
# words of rule before a ruler's family name: «نظام الأسد», «قوات القذافي», «عهد مبارك», «حكم صدام»
_RULE_WORDS = frozenset(letters_of(w) for w in ("نظام", "قوات", "حكومة", "ميليشيات", "عهد", "حكم", "جيش",
                                                 "المخلوع"))
# «المخلوع صالح» (the deposed Saleh): a ruler whose rule had ended by that day, not the one in office
_DEPOSED_WORD = letters_of("المخلوع")
_RULER_ROLES = frozenset({"president", "leader", "king", "emir"})


def _rule_mark(role: list[str], deposed: bool) -> str | None:
    """When a rule began («نظام الأسد»: the ruler by the latest start), or for a deposed ruler when it ended (None
    while it goes on)."""
    return (role[3] or None) if deposed else (role[2] or "")


_GOVERNMENT_WORD = letters_of("حكومة")  # «حكومة العثماني», «حكومة نتنياهو»: a prime minister's too
_GOVERNMENT_ROLES = _RULER_ROLES | {"pm"}
_PRESIDENT_WORD = letters_of("الرئيس")  # «للرئيس الأسد», «الرئيس السيسي»: a president's family name after his title
# whose roles a family name after each word is read among (any other word of rule: a ruler's)
_ROLES_AFTER = {_GOVERNMENT_WORD: _GOVERNMENT_ROLES, _PRESIDENT_WORD: frozenset({"president"})}
_RULING_WORDS = _RULE_WORDS | {_PRESIDENT_WORD}
# name words that stand for no one family: «بن», «عبد», «الله»
_NOT_A_FAMILY_NAME = frozenset(letters_of(w) for w in (
    "بن", "ابن", "آل", "ال", "عبد", "أبو", "ابو", "أم", "الشيخ", "الله", "الدين", "عبدالله"))
# a place word alone («ريف» of «ريف حماة» once the town is linked) names no place
_PLACE_HEADS = frozenset(letters_of(w) for w in (
    "ريف", "منطقة", "مدينة", "بلدة", "قرية", "محافظة", "ضواحي", "ولاية", "إقليم", "مقاطعة", "مديرية", "مخيم"))
# one-word place names that are mostly common nouns: a place only after a place word («مدينة بورصة» is Bursa;
# «بورصة أثينا», «بورصة قطر», «مؤشر البورصة» are stock exchanges; «تدمير المنشأة السورية» is a facility, not the
# Egyptian town)
_PLACES_ONLY_AFTER_A_HEAD = frozenset(letters_of(w) for w in ("بورصة", "المنشأة"))
_OPEN_QUOTES = frozenset({"«", '"', "“", "'"})
_CLOSE_QUOTES = frozenset({"»", '"', "”", "'"})
# the KB kinds whose names are matched in running text (UniversalPetrarch actors are lemmatised
# and noisy: they only link what NER found)
_DETECTED_KINDS = frozenset({"country", "city", "curated"})


class Linker(PhraseResolver, ReferenceResolver):
    """Links one document's entities to the KB and resolves mentions within the article."""

    def __init__(self, kb: KnowledgeBase, *, min_unlinked_score: float = 0.9,
                 resolve_unnamed_titles: bool = True) -> None:
        self.kb = kb
        # «ولي العهد السعودي» with the prince never named → the KB's holder on the publication day
        self.resolve_unnamed_titles = resolve_unnamed_titles
        # an entity the KB does not know is kept only when NER was this sure of one of its mentions
        self.min_unlinked_score = min_unlinked_score
        self._rulers: dict[str, list[KBEntry]] | None = None  # heads of state by name word, built when first asked
        self.by_first: dict[str, list[tuple[str, ...]]] = {}
        for key, ids in kb.arabic.items():
            if any(kb.entries[i].kind in _DETECTED_KINDS for i in ids):
                self.by_first.setdefault(key[0], []).append(key)
        for keys in self.by_first.values():
            keys.sort(key=len, reverse=True)
        self.numbered_first: dict[str, list[tuple[str, ...]]] = {}  # «فرانس 24» by its first word
        for key in kb.numbered:
            self.numbered_first.setdefault(key[0], []).append(key)
        # known people's full names, for spelling variants NER finds («سيرغي سكربيل» for «سيرغي سكريبل»)
        # indexed by word count and the first letters of the first and last words (variants keep them)
        self.people: dict[tuple[int, str, str], list[tuple[tuple[str, ...], KBEntry]]] = {}
        for k, ids in kb.arabic.items():
            e = kb.entries[ids[0]]
            if len(k) >= 2 and e.type == "PER" and e.kind == "curated":
                self.people.setdefault((len(k), k[0][:1], k[-1][:1]), []).append((k, e))

    # ------------------------------------------------------------------ 1. dictionary matching
    def match_dictionary(self, doc: Document, forms: list[TokenForm]) -> list[Match]:
        """Longest KB alias matches, left to right, never across a sentence boundary."""
        out: list[Match] = []
        for sent in doc.sentences:
            i = sent.token_start
            while i < sent.token_end:
                m = self._match_at(forms, i, sent.token_end)
                if m is not None and m.j > m.i and _TODAY in forms[m.j].forms and not _cited_as_outlet(doc, forms, m):
                    m = self._match_at(forms, i, m.j)  # the name before "today", if it is one
                if m is None:
                    i += 1
                    continue
                out.append(m)
                out += self._nested(forms, m, sent.token_end)
                i = m.j + 1
        return self._with_numbered_names(doc, forms, out) if self.numbered_first else out

    def _with_numbered_names(self, doc: Document, forms: list[TokenForm], matches: list[Match]) -> list[Match]:
        """The matches with names that end in a number put in («فرانس 24», «فرانس24»): the number is its own
        token, which no word-key reaches."""
        found = []
        for i, f in enumerate(forms):
            for key in (k for w in f.forms for k in self.numbered_first.get(w, ())):
                j = self._extend(forms, i, key, len(forms))
                if j is None:
                    continue
                n = j + 1
                if n < len(doc.tokens) and doc.tokens[n].kind == "number" \
                        and (candidates := self.kb.match_numbered(key, doc.tokens[n].text)):
                    found.append(Match(i, n, f.start, doc.tokens[n].end, candidates))
                    break
        if not found:
            return matches
        kept = [m for m in matches if not any(m.i <= x.j and x.i <= m.j for x in found)]
        return sorted(kept + found, key=lambda m: (m.i, -m.j))

    def _nested(self, forms: list[TokenForm], outer: Match, stop: int) -> list[Match]:
        """Names inside a longer name after a preposition: «الجمعية العامة للأمم المتحدة» also names the UN."""
        out = []
        k = outer.i + 1
        while k <= outer.j:
            after_prep = forms[k].has_prep or forms[k - 1].forms[:1] in (("في",), ("لدي",))
            m = self._match_at(forms, k, min(stop, outer.j + 1)) if after_prep else None
            if m is not None and m.candidates[0].id not in {c.id for c in outer.candidates}:
                m.nested = True
                out.append(m)
                k = m.j + 1
            else:
                k += 1
        return out

    def _match_at(self, forms: list[TokenForm], i: int, stop: int) -> Match | None:
        best: tuple[int, tuple[str, ...]] | None = None
        start = forms[i].start
        for n, f in enumerate(forms[i].forms):
            if forms[i].alt_start != forms[i].start and n == len(forms[i].forms) - 1:
                start = forms[i].alt_start
            elif n > 0 and f == forms[i].whole:
                start = forms[i].token_start  # «وذكرت واس»: the agency is «واس», no «و» + «اس»
            for key in self.by_first.get(f, ()):
                j = self._extend(forms, i, key, stop)
                if j is None or (j == i and forms[i].short_cut and f == forms[i].forms[-1]):
                    continue  # «وجزر المالديف» opens the Maldives; «وجزر» alone is no «جزر»
                if len(key) == 1 and key[0] in _NEEDS_NO_ADJECTIVE and j + 1 < stop and forms[j + 1].has_det:
                    continue
                if key == _THE_BASE and _base_told_before(forms, i):
                    continue  # «من قاعدة عسكرية في الأراضي السورية، وهي القاعدة التي شنت عليها إسرائيل غارات»
                if len(key) == 1 and _opens_idiom(key[0], forms, j + 1, stop):
                    continue  # «مسقط رأسه» is his birthplace, not Muscat
                if len(key) == 1 and key[0] in _PLACES_ONLY_AFTER_A_HEAD \
                        and not (i > 0 and any(f in _PLACE_HEADS for f in forms[i - 1].forms)):
                    continue  # «بورصة أثينا» is a stock exchange; «مدينة بورصة» is Bursa
                if len(key) == 1 and i > 0 and _adjective_after(key[0], forms[i - 1]):
                    continue  # «مبلغ مالي», «دعم مالي»: financial, not Mali
                if best is None or j > best[0]:
                    best = (j, key)
            if best is not None:
                break
        if best is None:
            return None
        j, key = best
        if j == i and self._opens_demonym(forms, i, stop):
            return None  # «زعيم كوري شمالي»: "Korean", not Kure
        candidates = [e for e in self.kb.match_arabic(key) if e.kind in _DETECTED_KINDS]
        if not candidates:
            return None
        # a lesser city or a curated place (no country) reached only by a cut the segmenter did not make: kept
        # only in a story of its country («وعربين» in a Syrian story; «بناها», "built it", is no «ب» + Naha, nor
        # «العارضة بابين» «ب» + Abyan)
        far_cut = j == i and start == forms[i].alt_start != forms[i].start and all(
            (e.kind == "city" and e.prior < _MILLION_CITY_PRIOR) or (e.kind == "curated" and e.type == "LOC")
            for e in candidates)
        return Match(i, j, start, forms[j].end, candidates, far_cut=far_cut)

    def _opens_demonym(self, forms: list[TokenForm], i: int, stop: int) -> bool:
        """Token i is the first word of a two-word people's adjective: «كوري شمالي», «الكورية الجنوبية»."""
        if i + 1 >= stop or not forms[i].forms or not forms[i + 1].forms:
            return False
        words = []
        for f in (forms[i], forms[i + 1]):
            w = f.forms[0].removeprefix("ال") if f.has_det else f.forms[0]
            words.append(w[:-1] if w.endswith("يه") else w)
        return tuple(words) in self.kb.demonyms

    @staticmethod
    def _extend(forms: list[TokenForm], i: int, key: tuple[str, ...], stop: int) -> int | None:
        """The last token index of `key` matched from token i, skipping hyphens («جونغ-أون») and an abbreviation's
        dots («د.ب.أ»)."""
        j = i
        for before, w in itertools.pairwise(key):
            j += 1
            while j < stop and (forms[j].is_hyphen or (forms[j].is_dot and len(before) == 1)):
                j += 1  # «جونغ-أون»; the dots of «د.ب.أ» (one letter each)
            if j >= stop or w not in forms[j].forms:
                return None
        return j

    # ------------------------------------------------------------------ 2. NER entities
    @functools.cached_property
    def capitals(self) -> frozenset[str]:
        """Ids of the countries' capitals: known wherever a story names them."""
        return frozenset(e.capital for e in self.kb.entries.values() if e.kind == "country" and e.capital)

    def link_entity(self, ent: Entity, doc_countries: set[str], text: str = "",
                    exclude: frozenset[str] | set[str] = frozenset()) -> KBEntry | None:
        """The KB entry an NER entity names, from its mentions' own words (None when unknown), of those whose id
        is not in `exclude`."""
        best: tuple[float, KBEntry] | None = None
        for m in ent.mentions:
            if m.kind != "name":
                continue
            key = arabic_key(m.text)
            label = "ORG" if text and _is_quoted(text, m.start, m.end) else ent.label
            variants = self._key_variants(key)
            if ent.label != "PER":
                variants += _with_lost_article(key)
            for k in variants:
                for e in self.kb.match_arabic(k):
                    if e.id in exclude:
                        continue
                    if e.kind in ("city", "actor") and ent.label in ("PER", "LOC", "ORG") and e.type != ent.label:
                        continue  # «باري» tagged PER is a person, not Bari: generated entries need NER's agreement
                    s = self._score(e, label, doc_countries) + len(k)
                    if e.kind != "country" and e.type == "LOC" and _a_city_spelled(text, m):
                        s += 100  # «عمّان» with its shadda, «العاصمة عمان»: the city (Amman), not the country
                    if best is None or s > best[0]:
                        best = (s, e)
        if best is None and ent.label == "PER":
            return self._link_variant(ent)
        return best[1] if best else None

    def _link_variant(self, ent: Entity) -> KBEntry | None:
        """A known person whose full name differs from NER's by a spelling variant in each word."""
        found: set[str] = set()
        entry = None
        for m in ent.mentions:
            key = self._key_variants(arabic_key(m.text))[-1]
            if m.kind != "name" or len(key) < 2:
                continue
            for k, e in self.people.get((len(key), key[0][:1], key[-1][:1]), ()):
                if all(_same_word(a, b) for a, b in zip(k, key)):
                    found.add(e.id)
                    entry = e
        return entry if len(found) == 1 else None

    def is_noise(self, ent: Entity, forms: list[TokenForm], doc: Document, token_range: _TokenRange) -> bool:
        """An NER entity the KB does not know and that reads as a description, not a name.

        «الناطقة», «الأكراد» (one definite word, not a person), «الجاسوس الروسي», «الحكومة اليونانية»
        (ends in a demonym), «مساعدوه» (carries a pronoun suffix), «البنك المركزي», «المنظمة الدولية» (an
        organisation told by common definite words: "al-Benk al-Marczi" helps no reader).
        """
        if ent.label not in ("PER", "LOC", "ORG"):
            return False
        names = [m for m in ent.mentions if m.kind == "name"]
        if not names:
            return False
        for m in names:
            a, b = token_range(m.start, m.end)
            one = a == b
            first = forms[a].forms[0] if forms[a].forms else ""
            if one and ent.label != "PER" and first.startswith("ال"):
                continue
            if one and any(p.role == "enclitic" for p in doc.tokens[a].pieces):
                continue
            d = self._demonym_at(forms, b)
            if d is not None and b > a:
                continue
            if one and self._is_demonym_word(first):  # «مصادر سعودية»: an adjective, not Saudi Arabia
                continue
            if one and first in _PLACE_HEADS:
                continue
            if ent.label == "ORG" and _described_in_common_words(forms[a:b + 1]):
                continue
            return False
        return True

    @staticmethod
    def _key_variants(key: tuple[str, ...]) -> list[tuple[str, ...]]:
        """The key, then without a leading title («الشيخ تميم بن حمد» → «تميم بن حمد»)."""
        out = [key]
        k = key
        while len(k) > 1 and k[0] in LEADING_TITLES:
            k = k[1:]
            out.append(k)
        return out

    @staticmethod
    def _score(e: KBEntry, label: str, doc_countries: set[str]) -> float:
        s = e.prior
        if label and e.type == label:
            s += 30
        if e.kind != "country" and e.type == "LOC" and e.country in doc_countries:
            s += 100  # «عمان» next to «الأردن» is Amman, not Oman
        return s

    def _pick(self, candidates: list[KBEntry], label: str, doc_countries: set[str],
              story_countries: set[str]) -> KBEntry:
        """The best entry for a dictionary match. Bodies of several countries that share a name go to the one
        whose country the article's other names belong to (`story_countries`): «حكومة الوفاق» beside Gaza and
        Hamas is the Palestinian unity government, beside Tripoli Libya's — but not when the rival is no body
        («الشرق الأوسط» stays the region in a Saudi story)."""
        bodies = all(e.type == "ORG" for e in candidates)
        return max(candidates, key=lambda e: self._score(e, label, doc_countries)
                   + (100 if bodies and e.country in story_countries else 0))

    def _demonym_countries(self, forms: list[TokenForm]) -> set[str]:
        """The countries the article's definite demonyms name («الأردنيين», «العاصمة الأردنية»): a place named
        beside them is more likely theirs («وتظاهر آلاف الأردنيين في عمان» is Amman, not Oman)."""
        out: set[str] = set()
        for f in forms:
            word = f.forms[0] if f.forms else ""
            if not word.startswith("ال") or len(word) < 6:
                continue
            key = demonym_key(word)[0]
            if key.endswith(("يين", "يون")):
                key = key[:-2]
            entry = self.kb.get(self.kb.demonyms.get((key,), ""))
            if entry is not None and entry.country:
                out.add(entry.country)
        return out

    # ------------------------------------------------------------------ the whole document
    def __call__(self, doc: Document) -> Document:
        forms = form_tokens(doc.tokens)
        starts = [t.start for t in doc.tokens]
        day = doc.published_date
        matches = self.match_dictionary(doc, forms)
        story_countries = {m.candidates[0].country for m in matches if len(m.candidates) == 1 and not m.far_cut} - {""}
        matches = [m for m in matches if not m.far_cut or any(e.country in story_countries for e in m.candidates)]
        doc_countries = {m.candidates[0].country for m in matches
                         if len(m.candidates) == 1 and m.candidates[0].kind == "country"} | self._demonym_countries(forms)
        clusters: dict[str, Cluster] = {}

        def token_range(start: int, end: int) -> tuple[int, int]:
            i = max(0, bisect.bisect_right(starts, start) - 1)
            j = max(i, bisect.bisect_left(starts, end) - 1)
            return i, j

        # NER entities first: they decide what a span is; the KB decides who it is
        ner_ranges: list[tuple[int, int, str]] = []
        self._join_adjacent_people(doc)
        self._restore_split_surnames(doc, starts)
        for ent in doc.entities:
            self._extend_over_hyphens(doc, ent, token_range)
            if ent.label == "PER":
                self._extend_over_name_words(doc, ent, forms, token_range)
        self._drop_covered_mentions(doc)
        # what each place NER found names, towns abroad and all; and the countries among them («جنوبي سورية», spelled
        # as no dictionary name is) weigh as the dictionary's do against a town of a country no one names
        places = {id(ent): self.link_entity(ent, doc_countries, doc.text) for ent in doc.entities if ent.label == "LOC"}
        stray = _stray_towns(matches, self.capitals, doc_countries | {
            e.country for e in places.values() if e is not None and e.kind == "country"})
        for ent in doc.entities:
            if _opens_idioms_only(ent, forms, token_range):
                continue  # «سيرا على الأقدام» (on foot) is no Serra, «مسقط رأسه» no Muscat
            if _a_base_told_only(ent, forms, token_range):
                continue  # «قاعدة العند الجوية» … «كما شنت طائرات التحالف سلسلة غارات جوية على القاعدة»: the base
            # «تواصل القصف على منطقة المرج» in a story of Syria: not Al Marj in Libya, but a place of the story when
            # a place word stands before it
            named = places[id(ent)] if id(ent) in places else self.link_entity(ent, doc_countries, doc.text)
            entry = (named if named is None or named.id not in stray
                     else self.link_entity(ent, doc_countries, doc.text, exclude=stray)) \
                or self._entry_inside(doc, ent, matches, token_range, forms, exclude=stray)
            town_of_the_story = entry is None and named is not None and _after_a_place_word(ent, forms, token_range)
            if entry is not None and entry.type == "PER" and not _still_the_known_one(entry, day, doc_countries) \
                    and _lone_surname_of(ent, self._unknown_surnames(clusters, forms, after_a_given_name=True), forms,
                                         token_range):
                entry = None  # «نسي اسم جونسون» after «الجندي القتيل ديفيد جونسون»: the article's own bearer
            if entry is None and not town_of_the_story and (self.is_noise(ent, forms, doc, token_range)
                                  or (max((m.score for m in ent.mentions if m.score is not None), default=1.0)
                                      < self.min_unlinked_score
                                      and not _names_another_bearer(ent, matches, token_range, forms)
                                      and not _has_lineage(ent, matches, forms, token_range))):
                continue
            key = entry.id if entry else ent.id
            c = clusters.get(key)
            if c is None:
                c = clusters[key] = Cluster(key, entry, entry.type if entry else ent.label)
            c.source.append(ent)
            for m in ent.mentions:
                c.mentions.append(m)
                if m.kind == "name":
                    r = token_range(m.start, m.end)
                    c.ranges.append(r)
                    ner_ranges.append((r[0], r[1], key))

        unknown_surnames = self._unknown_surnames(clusters, forms)
        for mt in matches:
            if mt.i == mt.j and forms[mt.i].forms[:1] and forms[mt.i].forms[0] in unknown_surnames \
                    and all(e.type == "PER" and e.id not in clusters and not _still_the_known_one(e, day, doc_countries)
                            for e in mt.candidates):
                continue  # «إسبر» after «عزيز إسبر» is the article's own bearer (a partial mention below),
                # unless the known one is in office that day: then «ترامب» after «إيفانكا ترامب» is the president
            if _in_lineage(mt, forms):
                continue  # «نايف بن سلمان بن عبد العزيز»: King Salman as the father in another's name
            if self._another_bearer_named(doc, mt, forms, clusters, ner_ranges, matches, day):
                unknown_surnames.add(forms[mt.i].forms[0])  # «وقال إسبر» later is he again
                continue
            inside = [(a, b, k) for a, b, k in ner_ranges if a <= mt.j and mt.i <= b]
            if inside and not mt.nested:
                a, b, k = inside[0]
                longer = mt.i <= a and b <= mt.j and (mt.j - mt.i) > (b - a)
                host = clusters.get(k)
                # «حكومة ألكسيس تسيبراس» tagged ORG, «في دوما» MISC: NER's span is wrong, the known name is right
                strictly_inside = a <= mt.i and mt.j <= b and (mt.j - mt.i) < (b - a)
                mislabelled = (host is not None and host.entry is None and strictly_inside
                               and all(e.type != host.label for e in mt.candidates)
                               and not _named_after_a_place(host.label, mt, a, forms))
                if not (longer or mislabelled):
                    continue
                self._drop_range(clusters, k, a, b)  # «واشنطن» inside «واشنطن بوست»
            # «لـ«الشرق الأوسط»»: a name in quotation marks is a title (a newspaper), not the region
            quoted = (mt.i > 0 and doc.tokens[mt.i - 1].text in _OPEN_QUOTES
                      and mt.j + 1 < len(doc.tokens) and doc.tokens[mt.j + 1].text in _CLOSE_QUOTES)
            if all(e.id in stray for e in mt.candidates):
                continue
            entry = self._pick(mt.candidates, "ORG" if quoted else "", doc_countries, story_countries)
            c = clusters.get(entry.id)
            if c is None:
                c = clusters[entry.id] = Cluster(entry.id, entry, entry.type)
            text = doc.text[mt.start:mt.end]
            c.mentions.append(Mention(mt.start, mt.end, text, entry.type, "name",
                                      doc.tokens[mt.i].start, doc.tokens[mt.j].end))
            c.ranges.append((mt.i, mt.j))
        clusters = {k: c for k, c in clusters.items() if c.mentions}

        self._merge_partial_entities(clusters, forms)
        self._surnames_over_places(doc, clusters, forms)
        self._add_partial_mentions(doc, clusters, forms)
        self._add_shortened_names(doc, clusters, forms)
        self._add_rulers_of_regimes(doc, clusters, forms, day)
        dominant = self.find_dominant_country(clusters)
        self._add_titles(doc, clusters, forms, matches, day, dominant)
        self._add_repeated_titles(doc, clusters, forms)
        self._add_partial_mentions(doc, clusters, forms)  # the surnames of those named by their titles
        self._add_government_phrases(doc, clusters, forms)
        self._add_un_adjectives(doc, clusters, forms)
        self._add_capitals_and_counterparts(doc, clusters, forms, day)
        self._add_institutions(doc, clusters, forms, matches)
        self._add_metonyms(clusters, forms)
        self._add_anaphors(doc, clusters, forms)
        self._add_monarchy_references(doc, clusters, forms, dominant)
        self._add_paired_references(doc, clusters, forms)
        self._countries_from_titles(doc, clusters, forms)
        doc.entities = self._build_entities(clusters)
        return doc

    def _countries_from_titles(self, doc: Document, clusters: dict[str, Cluster], forms: list[TokenForm]) -> None:
        """A person the KB does not know acts for the country his title names: «الناطق الرسمي باسم القوات الخاصة
        الليبية العقيد ميلود الزوي» (a demonym), «سفير روسيا لدى لبنان ألكسندر زاسيبكين» (a country, not the one
        he is posted to), «المتحدث باسم وزارة الدفاع العراقية» (a body of the state; not a militia's spokesman).

        The title is read back from the first name over at most `TITLE_REACH` words of its sentence, up to what
        ends it: another person's name, a preposition of another clause, punctuation other than a comma; where
        none stands before the name, the title set off by commas after it («أليس ويلز، نائبة مساعد وزير
        الخارجية الأمريكي،»).
        """
        owner = _name_owners(clusters)
        openings = [s.token_start for s in doc.sentences]
        for c in clusters.values():
            if c.entry is not None or c.label != "PER" or not c.ranges:
                continue
            first, last = min(c.ranges)
            c.country = self._country_of_title(forms, owner, self._title_tokens(doc, forms, owner, first, last,
                                                                                openings)) \
                or self._country_in_apposition(doc, forms, owner, last)

    def _add_repeated_titles(self, doc: Document, clusters: dict[str, Cluster], forms: list[TokenForm]) -> None:
        """A title the article gave a person before his name stands for him where it comes back alone: «مستشار
        الأمن القومي الأمريكي هربرت ماكماستر» … «كما التقى مستشار الأمن القومي الأمريكي الأمين العام» — offices
        the KB keeps no holders of. Only a title that names a country or people (`_country_of_title`) and that no
        other person of the article bore; never where a name or another demonym follows it, nor behind «نائب»,
        «مكتب» and the like, nor over words another mention holds."""
        owner = _name_owners(clusters)
        openings = [s.token_start for s in doc.sentences]
        holders: dict[tuple[str, ...], Cluster | None] = {}
        for c in clusters.values():
            for first, last in c.ranges if c.label == "PER" else ():
                key = self._title_key(doc, forms, owner, first, last, openings)
                if key is not None:
                    holders[key] = c if holders.get(key, c) is c else None
        held = {key: c for key, c in holders.items() if c is not None}
        if not held:
            return
        taken = sorted((m.start, m.end) for c in clusters.values() for m in c.mentions)
        for sent in doc.sentences:
            for t in range(sent.token_start, sent.token_end):
                for key, holder in held.items():
                    last = t + len(key) - 1
                    if last >= sent.token_end or key[0] not in forms[t].forms \
                            or any(_first_form(forms, t + i) != key[i] for i in range(1, len(key))):
                        continue
                    start, end = self._word_start(doc, forms, t), forms[last].end
                    if self._names_someone(doc, forms, owner, last + 1) or _overlaps(taken, start, end) \
                            or self._titles_another(doc, forms, owner, t, sent.token_start):
                        continue
                    holder.mentions.append(Mention(start, end, doc.text[start:end], "PER", "title",
                                                   doc.tokens[t].start, doc.tokens[last].end))

    def _title_key(self, doc: Document, forms: list[TokenForm], owner: dict[int, tuple[Cluster, int]],
                   first: int, last: int, openings: list[int]) -> tuple[str, ...] | None:
        """The words of the title before the name at tokens `first`..`last`, from its first person's noun on
        («التقى مستشار الأمن القومي الأمريكي هربرت ماكماستر» → مستشار الامن القومي الامريكي), when it is two
        words or more and names a country."""
        if self._king_named_at(forms, first):
            return None  # «التقى وزير الخارجية الأمريكي الملك سلمان»: the king bears his own title
        title = sorted(self._title_tokens(doc, forms, owner, first, last, openings))
        head = next((i for i, t in enumerate(title) if forms[t].forms and is_person_noun(forms[t].forms[0])), None)
        if head is None or len(title) - head < 2:
            return None
        title = title[head:]
        if any(doc.tokens[t].kind != "word" for t in title) or self._country_of_title(forms, owner, title[::-1]) is None:
            return None
        return tuple(_first_form(forms, t) for t in title)

    def _titles_another(self, doc: Document, forms: list[TokenForm], owner: dict[int, tuple[Cluster, int]],
                        t: int, opening: int) -> bool:
        """Whether the title at token t is another's: behind «نائب», «مكتب» and the like, or set off by a comma
        after another person's name («مايكل أورن، السفير الإسرائيلي السابق»)."""
        if t > opening and self._word(forms, t - 1) in _NOT_ONES_OWN_TITLE:
            return True
        named = owner.get(t - 2, (None, -1))[0] if t - 2 >= opening and doc.tokens[t - 1].text in "،," else None
        return named is not None and named.label == "PER"

    def _names_someone(self, doc: Document, forms: list[TokenForm], owner: dict[int, tuple[Cluster, int]],
                       k: int) -> bool:
        """Whether a person's name, or a demonym or word that makes the title another office («السابق»,
        «آنذاك»), stands at token k (or after a comma there)."""
        if k < len(doc.tokens) and _first_form(forms, k) in TITLE_BLOCKERS:
            return True
        if k < len(doc.tokens) and doc.tokens[k].text in "،," and k + 1 < len(doc.tokens):
            k += 1
        named = owner.get(k, (None, -1))[0]
        return k < len(doc.tokens) and ((named is not None and named.label == "PER")
                                        or self._demonym_at(forms, k) is not None)

    def _title_tokens(self, doc: Document, forms: list[TokenForm], owner: dict[int, tuple[Cluster, int]],
                      first: int, last: int, openings: list[int]) -> list[int]:
        """The tokens of the title read back from the name at tokens `first`..`last`, nearest the name first,
        within its sentence (`openings`: the sentences' first tokens) — or before the comma that sets off a name
        between commas («وزير الاقتصاد الإماراتي، سلطان بن سعيد المنصوري،»)."""
        toks = doc.tokens
        opening = openings[bisect.bisect_right(openings, first) - 1] if openings and openings[0] <= first else 0
        end = first - 1
        if end > opening and toks[end].text in "،," and last + 1 < len(toks) and toks[last + 1].text in "،,":
            end -= 1
        title: list[int] = []
        for t in range(end, max(opening - 1, first - 1 - TITLE_REACH), -1):
            other = owner.get(t, (None, -1))[0]
            word = forms[t].forms[0] if forms[t].forms else ""
            if (other is not None and other.label == "PER") or (toks[t].kind != "word" and toks[t].text not in "،,") \
                    or word in _NOT_IN_TITLES or (t == end and not _may_end_title(word, other)):
                break  # «فرضت الخزانة الأمريكية عقوبات على سعد بن سعد محمد»: the title ended at «على»;
                # «قالت عبدالله»: a verb, no title
            title.append(t)
        return title

    def _country_in_apposition(self, doc: Document, forms: list[TokenForm], owner: dict[int, tuple[Cluster, int]],
                               last: int) -> str | None:
        """The country the title after a comma behind the name ending at token `last` names, read up to the
        punctuation that closes it; none when it opens with no person's title («أليس ويلز، التي …»)."""
        toks = doc.tokens
        opening = last + 2  # the title's first word, after the comma
        if opening >= len(toks) or toks[last + 1].text not in "،," or not forms[opening].forms \
                or forms[opening].start != toks[opening].start or not is_person_noun(forms[opening].forms[0]):
            return None  # «، ووزير التجارة المصري»: the next person named, not his title
        title: list[int] = []
        for t in range(opening, min(len(toks), opening + TITLE_REACH)):
            other = owner.get(t, (None, -1))[0]
            if toks[t].kind != "word" or (other is not None and other.label == "PER") \
                    or (forms[t].forms and forms[t].forms[0] in _NOT_IN_TITLES):
                break
            title.append(t)
        return self._country_of_title(forms, owner, title)

    def _country_of_title(self, forms: list[TokenForm], owner: dict[int, tuple[Cluster, int]],
                          title: list[int]) -> str | None:
        """The country of the place, demonym or state body a title's tokens name, nearest the name first; none
        if the title names a private body («الإداري في حزب اليسار الكردي في سوريا»: a party's man, not Syria's)
        or a militia («المتحدث باسم وحدات حماية الشعب»), and not the country an envoy is posted to («سفير روسيا
        لدى لبنان»); a place «في» names is his only when the title names no other («السفير البريطاني في مصر» is
        Britain's, «الخبير العسكري في مصر» Egypt's)."""
        found: str | None = None
        posted_in: str | None = None
        for t in title:
            other, other_start = owner.get(t, (None, -1))
            word = forms[t].forms[0] if forms[t].forms else ""
            if (other is None or other.entry is None) and word.removeprefix("ال") in _PRIVATE_BODIES:
                return None
            d = self._demonym_at(forms, t)
            entry = self.kb.get(d[0]) if d is not None else (other.entry if other is not None else None)
            if entry is None or not entry.country or found or (other is not None and _posted_to(forms, other_start)):
                continue
            if entry.type == "ORG" and (entry.cameo or "")[3:6] not in _STATE_ROLES:
                return None
            if entry.type not in ("LOC", "ORG"):
                continue
            if other is not None and _after(forms, other_start, _IN):
                posted_in = posted_in or entry.country
            else:
                found = entry.country
        return found or posted_in

    @staticmethod
    def _unknown_surnames(clusters: dict[str, Cluster], forms: list[TokenForm], *,
                          after_a_given_name: bool = False) -> set[str]:
        """Last words of the full names of people the KB does not know («إسبر» of «عزيز إسبر»); with
        `after_a_given_name`, only of names opening with one («جونسون» of «ديفيد جونسون», not «ديجول» of «للجنرال
        ديجول», a title NER took into the name and the transliteration table holds)."""
        return {forms[b].forms[0] for c in clusters.values() if c.entry is None and c.label == "PER"
                for a, b in c.ranges if b > a and forms[b].forms
                and (not after_a_given_name or (forms[a].forms and is_given_name(forms[a].forms[0])
                                                and not forms[a].forms[0].startswith("ال")))}

    @staticmethod
    def _restore_split_surnames(doc: Document, starts: list[int]) -> None:
        """«وقال كادو» after «ميتشيو كادو»: the segmenter took the «ك» of the surname for «like»; a person's
        mention that starts inside its word, where the whole word closes a full name of the article, is that word."""
        last_words = {m.text.split()[-1] for e in doc.entities if e.label == "PER" for m in e.mentions
                      if len(m.text.split()) >= 2}
        for e in doc.entities:
            if e.label != "PER":
                continue
            for m in e.mentions:
                tok = doc.tokens[max(0, bisect.bisect_right(starts, m.start) - 1)]
                if tok.start < m.start < tok.end and m.end <= tok.end and tok.text in last_words:
                    m.start, m.text = tok.start, doc.text[tok.start:m.end]
                    if m.surface_start is not None:
                        m.surface_start = min(m.surface_start, tok.start)

    @staticmethod
    def _join_adjacent_people(doc: Document) -> None:
        """Two person names with nothing but a space between them are one long name NER cut in two:
        «عبد اللطيف بن عبد الله صالح» + «محمد الكواري». Different people are joined by «و» or a comma."""
        spans = sorted(((m.start, m.end, m, e) for e in doc.entities if e.label == "PER"
                        for m in e.mentions if m.kind == "name"), key=lambda x: x[0])
        drop: set[int] = set()
        k = 0
        while k < len(spans) - 1:
            s1, e1, m1, ent1 = spans[k]
            s2, e2, m2, _ = spans[k + 1]
            if (s2 > e1 and not doc.text[e1:s2].strip() and "\n" not in doc.text[e1:s2]
                    and len(m1.text.split()) >= 2 and _continues_name(m2.text)):
                m1.end = e2
                m1.text = doc.text[m1.start:m1.end]
                if m1.surface_end is not None and m2.surface_end is not None:
                    m1.surface_end = max(m1.surface_end, m2.surface_end)
                drop.add(id(m2))
                spans[k + 1] = (s1, e2, m1, ent1)
                del spans[k]
                continue
            k += 1
        if drop:
            for e in doc.entities:
                e.mentions = [m for m in e.mentions if id(m) not in drop]
            doc.entities = [e for e in doc.entities if e.mentions]

    @staticmethod
    def _drop_covered_mentions(doc: Document) -> None:
        """A name NER found inside another of its names (after joining «تشونغ يوي-يونغ») is not a name of its own."""
        spans = [(m.start, m.end, id(m)) for e in doc.entities for m in e.mentions if m.kind == "name"]
        covered = {i for s, e, i in spans for s2, e2, i2 in spans
                   if i != i2 and s2 <= s and e <= e2 and (s2, e2) != (s, e)}
        if covered:
            for ent in doc.entities:
                ent.mentions = [m for m in ent.mentions if id(m) not in covered]
            doc.entities = [e for e in doc.entities if e.mentions]

    @staticmethod
    def _extend_over_hyphens(doc: Document, ent: Entity, token_range: _TokenRange) -> None:
        """«تشونغ يوي-يونغ»: a name NER cut at a hyphen goes on to the word after it.

        Not a one-word name: «قمة كيم-مون» pairs two leaders, it does not name one.
        """
        for m in ent.mentions:
            if m.kind != "name":
                continue
            a, b = token_range(m.start, m.end)
            if a == b:
                continue
            toks = doc.tokens
            if (b + 2 < len(toks) and toks[b + 1].text in ("-", "‐") and toks[b + 1].start == toks[b].end
                    and toks[b + 2].start == toks[b + 1].end and toks[b + 2].kind == "word"):
                _extend_mention(doc, m, toks[b + 2].end)

    def _extend_over_name_words(self, doc: Document, ent: Entity, forms: list[TokenForm],
                                token_range: _TokenRange) -> None:
        """«حسن أسفري», «محمد عباس ستانكزاي»: a person's name NER cut short goes on over the words after it
        that the clitic lexicon's text never uses (foreign names); not over a word with a clitic or the
        article, a known name of its own, or across punctuation or a line. Words of the table of names
        were tried too: too many are vocabulary as well («سفير», «مساعد», «شخصيا»)."""
        toks = doc.tokens
        for m in ent.mentions:
            if m.kind != "name":
                continue
            _, b = token_range(m.start, m.end)
            for _ in range(2):
                k = b + 1
                if k >= len(toks) or toks[k].kind != "word" or doc.text[toks[b].end:toks[k].start] != " " \
                        or not self._is_name_word(toks[k], forms[k]):
                    break
                b = k
                _extend_mention(doc, m, toks[k].end)

    @staticmethod
    def _another_bearer_named(doc: Document, mt: Match, forms: list[TokenForm], clusters: dict[str, Cluster],
                              ner_ranges: list[tuple[int, int, str]], matches: list[Match],
                              day: _dt.date | None) -> bool:
        """«مدير المركز عزيز إسبر»: a known surname NER did not tag, after a given name none of the known bearers
        has (and no name of its own: «جاريد كوشنر ترامب»), is another man of that name, not Mark Esper; he is
        added as the article's own person. Not when a bearer is in office that day or named in full in the
        article («على سكريبال», «طالب ترامب»: a word that is also a name)."""
        k = mt.i - 1
        if mt.i != mt.j or k < 0 or not forms[k].forms or doc.tokens[k].kind != "word" \
                or not all(e.type == "PER" for e in mt.candidates):
            return False
        given = forms[k]
        if given.start != doc.tokens[k].start or given.has_det or given.has_prep \
                or doc.text[doc.tokens[k].end:doc.tokens[mt.i].start] != " " \
                or doc.tokens[k].text in _NOT_GIVEN_NAMES or given.forms[0] in _BONDS or given.forms[0] in TITLE_WORDS \
                or given.forms[0] == "بن" or not all(_another_bearer(given, forms[mt.i], e) for e in mt.candidates):
            return False  # (a given name, glued to nothing and set apart by one space, none of the bearers has)
        if any(a <= j <= b for a, b, _ in ner_ranges for j in (k, mt.i)) or any(m.i <= k <= m.j for m in matches) \
                or any(e.id in clusters or e.holds_office(day) for e in mt.candidates) \
                or any(m.j > m.i and {e.id for e in m.candidates} & {e.id for e in mt.candidates} for m in matches):
            return False  # (no name of its own nearby, and no bearer in office or named in full)
        start = doc.tokens[k].start
        text = doc.text[start:mt.end]
        key = stable_id("PER", text)
        c = clusters.setdefault(key, Cluster(key, None, "PER"))
        c.mentions.append(Mention(start, mt.end, text, "PER", "name", start, doc.tokens[mt.j].end))
        c.ranges.append((k, mt.j))
        return True

    def _is_name_word(self, token: Token, form: TokenForm) -> bool:
        if not form.forms or form.start != token.start or form.has_det or len(form.forms[0]) < 2:
            return False
        if ends_a_name(token):
            return False  # «ظريف سينفي», «وكيم يوقعان»: a verb
        word = form.forms[0]
        if form.bare_end < form.end and not word.endswith("ي") and lexicon().count(word[:form.bare_end - form.end]) > 0:
            return False  # «وركز الأسد هجومه»: a word of the vocabulary with a pronoun on it goes on no name (but a
            # family name's «ي» is no «my»: «حسن أسفري»)
        if (word,) in self.kb.arabic or word in TITLE_WORDS:
            return False
        return lexicon().count(word) == 0

    def _entry_inside(self, doc: Document, ent: Entity, matches: list[Match], token_range: _TokenRange,
                      forms: list[TokenForm], exclude: frozenset[str] | set[str] = frozenset()) -> KBEntry | None:
        """A KB match inside an NER mention of the same label, not one in `exclude`: «العميد عبده الحذيفي» ⊃ a
        known name.

        The mention is trimmed to the known name, so what NER ran on past it stays free:
        «الأمم المتحدة بنيويورك» → «الأمم المتحدة», and «نيويورك» is New York.
        """
        for men in ent.mentions:
            if men.kind != "name":
                continue
            a, b = token_range(men.start, men.end)
            for m in matches:
                if a <= m.i and m.j <= b:
                    if m.i == m.j and m.i > a and _another_bearer(forms[m.i - 1], forms[m.i], m.candidates[0]):
                        continue
                    if _in_lineage(m, forms):
                        continue  # «نايف بن سلمان بن عبد العزيز»: King Salman is his father, named in his name
                    for e in m.candidates:
                        if e.type == ent.label and e.id not in exclude:
                            self._trim_to(doc, ent, e, matches, token_range)
                            return e
        return None

    @staticmethod
    def _trim_to(doc: Document, ent: Entity, entry: KBEntry, matches: list[Match], token_range: _TokenRange) -> None:
        for men in ent.mentions:
            if men.kind != "name":
                continue
            a, b = token_range(men.start, men.end)
            inner = [m for m in matches if a <= m.i and m.j <= b and entry in m.candidates]
            if inner and (inner[0].i, inner[-1].j) != (a, b):
                men.start, men.end = inner[0].start, inner[-1].end
                men.text = doc.text[men.start:men.end]

    _drop_range = staticmethod(drop_range)

    @staticmethod
    def _add_word_mention(doc: Document, c: Cluster, forms: list[TokenForm], t: int, first: int | None = None,
                          *, cut: bool = False) -> None:
        """Adds the one word at token t («لافروف», «بخاري», «الأسد») to the person c as a name mention, from token
        `first` where an epithet belongs to it («المخلوع صالح»: «والمخلوع صالح» joins him to the side before). A
        `cut` word matched past a «و» the segmenter left on it («وديفيز»): the name starts after the «و»."""
        first = t if first is None else first
        f, tok = forms[t], doc.tokens[t]
        start, token_start = (f.alt_start if cut else forms[first].start), doc.tokens[first].start
        c.mentions.append(Mention(start, f.end, doc.text[start:f.end], "PER", "name", token_start, tok.end))
        c.ranges.append((first, t))

    # ------------------------------------------------------------------ 3. partial names
    @staticmethod
    def _name_keys(c: Cluster, forms: list[TokenForm]) -> list[tuple[str, ...]]:
        """The names this entity is called by in the article, as word keys."""
        keys = []
        for a, b in c.ranges:
            key = tuple(forms[t].forms[0] for t in range(a, b + 1) if forms[t].forms)
            if key:
                keys.append(key)
        return keys

    def _merge_partial_entities(self, clusters: dict[str, Cluster], forms: list[TokenForm]) -> None:
        """An unlinked person whose every name is part of another person's name is that person; so is a lone
        word NER called MISC («والجنيد طبيب» after «عبد القادر الجنيد»), unless it reads as an adjective."""
        people = [c for c in clusters.values() if c.label == "PER"]
        full = {c.key: self._name_keys(c, forms) for c in people}
        lone = [c for c in clusters.values() if c.label == "MISC" and c.entry is None and c.ranges
                and all(a == b and forms[a].forms and not forms[a].forms[0].endswith(("ي", "يه")) for a, b in c.ranges)]
        full.update((c.key, self._name_keys(c, forms)) for c in lone)
        for c in people + lone:
            if c.entry is not None or c.key not in clusters:
                continue
            mine = full[c.key]
            if not mine:
                continue
            hosts = []
            for other in people:
                if other is c or other.key not in clusters:
                    continue
                if all(any(_is_part(k, big) for big in full[other.key] if len(big) >= len(k) and big != k)
                       for k in mine):
                    hosts.append(other)
            if len(hosts) == 1:
                host = hosts[0]
                for m in c.mentions:
                    m.label = "PER"
                host.mentions += c.mentions
                host.ranges += c.ranges
                host.source += c.source
                del clusters[c.key]

    def _surnames_over_places(self, doc: Document, clusters: dict[str, Cluster], forms: list[TokenForm]) -> None:
        """«الرئيس النيجيري محمد بخاري» … «وزار بخاري الكاميرون»: a lone word the gazetteer read as a place (Bukhara)
        is the surname of the one person named in full before it."""
        surnames: dict[str, tuple[int, str] | None] = {}  # surname → (first token named, person), None if shared
        for c in clusters.values():
            if c.label != "PER":
                continue
            for a, b in c.ranges:
                word = forms[b].forms[0] if b > a and forms[b].forms else ""
                if len(word) < 3 or word in _WEAK_NAME_WORDS:
                    continue
                seen = surnames.get(word, (a, c.key))
                surnames[word] = None if seen is None or seen[1] != c.key else (min(a, seen[0]), c.key)
        if not surnames:
            return
        for c in [c for c in clusters.values() if c.label == "LOC" and c.entry is not None]:
            for a, b in list(c.ranges):
                owner = surnames.get(forms[a].forms[0]) if a == b and forms[a].forms else None
                if owner is None or owner[0] >= a:
                    continue
                self._drop_range(clusters, c.key, a, a)
                self._add_word_mention(doc, clusters[owner[1]], forms, a)
            if not c.mentions:
                del clusters[c.key]

    def _add_partial_mentions(self, doc: Document, clusters: dict[str, Cluster], forms: list[TokenForm]) -> None:
        """A lone surname or distinctive first name of a person named in full: «كيم», «لافروف»."""
        owners: dict[str, set[str]] = {}
        for c in clusters.values():
            if c.label != "PER":
                continue
            names = self._name_keys(c, forms)
            if c.entry is not None and c.entry.type == "PER" and all(m.kind != "name" for m in c.mentions):
                # «رئيسة الوزراء البريطانية» … «ماي»: a person named only by her title is called by her KB name
                names += [tuple(letters_of(w) for w in name.split()) for name in c.entry.names_ar]
            for key in names:
                if len(key) < 2:
                    continue
                for w in key:
                    if len(w) >= 3 and w not in _WEAK_NAME_WORDS:
                        owners.setdefault(w, set()).add(c.key)
        used = {t for c in clusters.values() for a, b in c.ranges for t in range(a, b + 1)}
        for t, f in enumerate(forms):
            if t in used or not f.forms:
                continue
            for n, w in enumerate(f.forms):
                keys = owners.get(w)
                if keys and n > 0 and n == len(f.forms) - 1 and f.alt_start != f.start \
                        and self._in_unknown_name(doc, forms, t):
                    break  # «بارك بيونغ سيوغ»: not «ب» + «يونغ» of «ري يونغ هو»
                if keys and (w in LEADING_TITLES or w in TITLE_WORDS) and self._names_another(doc, forms, t + 1) \
                        and not (t > 0 and forms[t - 1].forms[:1] == ("عبد",)):
                    break  # «الأمير تشارلز» … «الأمير وليام»: the title of another man named after it (but «عبد
                    # الملك بدر الدين الحوثي» is one name)
                if keys and len(keys) == 1:
                    cut = n > 0 and n == len(f.forms) - 1 and f.alt_start != f.start
                    self._add_word_mention(doc, clusters[next(iter(keys))], forms, t, cut=cut)
                    used.add(t)
                    break

    def _names_another(self, doc: Document, forms: list[TokenForm], k: int) -> bool:
        """The word at k is a name: a given name, or a word the vocabulary never uses («وليام», «ويليام»)."""
        if k >= len(forms) or not forms[k].forms or doc.tokens[k].kind != "word":
            return False
        return is_given_name(forms[k].forms[0]) or self._is_name_word(doc.tokens[k], forms[k])

    def _add_shortened_names(self, doc: Document, clusters: dict[str, Cluster], forms: list[TokenForm]) -> None:
        """The first words of an organisation's name used alone for it once named in full: «حزب العمال» after
        «حزب العمال الكردستاني» is the PKK (alone, the KB knows no such name: Labour is «حزب العمال البريطاني»).
        Not the beginning of a name that names a country or its people («الجيش السوري» of «الجيش السوري الحر» is
        another army, «وزارة الخارجية» of «وزارة الخارجية التركية» any country's), nor one the KB knows or another
        organisation here also begins with."""
        owners: dict[tuple[str, ...], set[str]] = {}
        for c in clusters.values():
            if c.label != "ORG" or c.entry is None:
                continue
            for key in set(self._name_keys(c, forms)):
                if any(self._place_word(w) for w in key):
                    continue  # «وزارة الخارجية التركية»: without its people's adjective, any country's ministry
                for n in range(SHORT_NAME_WORDS, len(key)):
                    owners.setdefault(key[:n], set()).add(c.key)
        shortened = {k: next(iter(v)) for k, v in owners.items() if len(v) == 1 and k not in self.kb.arabic}
        if not shortened:
            return
        used = {t for c in clusters.values() for a, b in c.ranges for t in range(a, b + 1)}
        longest = max(map(len, shortened))
        firsts = {k[0] for k in shortened}
        for t in range(len(forms)):
            if t in used or not forms[t].forms or forms[t].forms[0] not in firsts:
                continue
            for n in range(min(longest, len(forms) - t), SHORT_NAME_WORDS - 1, -1):
                if any(k in used or not forms[k].forms for k in range(t, t + n)):
                    continue
                key = tuple(forms[k].forms[0] for k in range(t, t + n))
                if key in shortened and not self._longer_name_after(forms, t + n):
                    c = clusters[shortened[key]]
                    start, end = forms[t].start, forms[t + n - 1].end
                    c.mentions.append(Mention(start, end, doc.text[start:end], c.label, "name",
                                              doc.tokens[t].start, doc.tokens[t + n - 1].end))
                    c.ranges.append((t, t + n - 1))
                    used.update(range(t, t + n))
                    break

    @staticmethod
    def _longer_name_after(forms: list[TokenForm], t: int) -> bool:
        """An adjective at token t makes the words before it another name: «حزب الشعب الديمقراطي» is not
        «حزب الشعب الجمهوري» (but «حزب العمال المحظور» is the PKK, called what it is)."""
        if t >= len(forms) or not forms[t].forms:
            return False
        word = forms[t].forms[0]
        return forms[t].has_det and not forms[t].has_prep and word not in ORGANISATION_EPITHETS \
            and word not in TIME_WORDS_AFTER_NAMES

    def _place_word(self, word: str) -> bool:
        """A word that alone names a place or its people: «سوريا», «السوري», «السورية»."""
        bare = word.removeprefix("ال")
        return (word,) in self.kb.arabic or (bare,) in self.kb.demonyms or (bare[:-1],) in self.kb.demonyms

    def _in_unknown_name(self, doc: Document, forms: list[TokenForm], t: int) -> bool:
        """Token t stands beside a foreign name word the lexicon never uses, with only a space between."""
        toks = doc.tokens
        return any(0 <= k < len(toks) and doc.text[toks[min(t, k)].end:toks[max(t, k)].start] == " "
                   and self._is_name_word(toks[k], forms[k]) for k in (t - 1, t + 1))

    def _add_rulers_of_regimes(self, doc: Document, clusters: dict[str, Cluster], forms: list[TokenForm],
                               day: _dt.date | None) -> None:
        """«نظام الأسد», «قوات القذافي», «عهد مبارك», «الرئيس الأسد»: after a word of rule, a ruler's family name
        is the ruler (in office that day, else the latest before it), though alone «الأسد» is a lion and «مبارك»
        blessed."""
        after_rule = [t for t in range(1, len(forms)) if forms[t].forms and forms[t - 1].forms
                      and not forms[t].has_prep and forms[t - 1].forms[0] in _RULING_WORDS]
        if not after_rule:
            return  # most articles name no regime: the clusters' token map is not built for them
        rulers = self._rulers_by_name_word()
        owner = {t: c for c in clusters.values() for a, b in c.ranges for t in range(a, b + 1)}
        for t in after_rule:
            held = owner.get(t)
            if held is not None and (held.entry is not None or (t, t) not in held.ranges):
                continue  # a known name, or one word of a longer one («بشار الأسد»)
            until = day.isoformat() if day is not None else "9999"
            word = forms[t - 1].forms[0]
            roles = _ROLES_AFTER.get(word, _RULER_ROLES)
            # each ruler by the start of his latest rule by that day: «نظام الأسد» in 2018 is Bashar's, in 1985 Hafez's;
            # a deposed one by the end of his latest rule over by then («المخلوع صالح» in 2019 is not Barham Salih)
            deposed = word == _DEPOSED_WORD
            ruled = [(mark, e) for w in forms[t].forms[:1] for e in rulers.get(w, ())
                     if (mark := max((m for r in e.roles if r[0] in roles
                                      and (m := _rule_mark(r, deposed)) is not None and m <= until),
                                     default=None)) is not None]
            if not ruled:
                continue
            entry = max(ruled, key=lambda x: x[0])[1]
            if held is not None:  # NER's unknown «الأسد» ("al-Asad") is the ruler
                self._drop_range(clusters, held.key, t, t)
                if not held.mentions:
                    del clusters[held.key]
            c = clusters.get(entry.id)
            if c is None:
                c = clusters[entry.id] = Cluster(entry.id, entry, entry.type)
            self._add_word_mention(doc, c, forms, t, first=t - 1 if deposed else t)
            owner[t] = c

    def _rulers_by_name_word(self) -> dict[str, list[KBEntry]]:
        """Heads of state and of government by the first and last words of their Arabic names, computed once per
        KB."""
        if self._rulers is None:
            self._rulers = {}
            for e in self.kb.entries.values():
                if e.type != "PER" or not any(r[0] in _GOVERNMENT_ROLES for r in e.roles):
                    continue
                for name in e.names_ar:
                    key = arabic_key(name)
                    for w in {key[0], key[-1]} if len(key) > 1 else ():
                        if len(w) >= 3 and w not in _NOT_A_FAMILY_NAME and w not in COMMON_GIVEN_NAMES \
                                and e not in self._rulers.setdefault(w, []):
                            self._rulers[w].append(e)
        return self._rulers

    # ------------------------------------------------------------------ 5. output
    def _build_entities(self, clusters: dict[str, Cluster]) -> list[Entity]:
        out = []
        for c in clusters.values():
            seen: set[tuple[int, int]] = set()
            mentions = []
            for m in sorted(c.mentions, key=lambda m: (m.start, -m.end)):
                if (m.start, m.end) in seen or any(s <= m.start and m.end <= e for s, e in seen):
                    continue
                seen.add((m.start, m.end))
                m.label = c.label
                mentions.append(m)
            names = [m for m in mentions if m.kind == "name"] or mentions
            text = max(names, key=lambda m: (len(m.text.split()), len(m.text))).text
            attrs: dict = {}
            for src in c.source:
                attrs.update(src.attrs)
            if len(c.source) > 1:
                attrs["merged"] = [s.id for s in c.source]
            if c.unnamed and not any(m.kind == "name" for m in mentions):
                attrs["unnamed"] = True
            e = c.entry
            if e is not None and e.kind == "facility":
                attrs["facility"] = True  # «ميناء الحديدة»: named after the town it serves, which events code
            if e is not None:
                name_en = e.name_en or transliterate_name(e.name_ar or text)
                ent = Entity(id=e.id, label=c.label, text=text, mentions=mentions, name_en=name_en,
                             aliases_en=[a for a in e.aliases_en if a != name_en], name_ar=e.name_ar or text,
                             wikidata=e.wikidata, country=e.country or None,
                             cameo=e.cameo or None, score=1.0, attrs=attrs)
            else:
                name_en = transliterate_name(strip_title(text))
                aliases = spelling_variants(strip_title(text))
                if c.label == "PER":
                    aliases += [a for a in _short_names(strip_title(text), names) if a != name_en and a not in aliases]
                ent = Entity(id=stable_id(c.label, text), label=c.label, text=text, mentions=mentions,
                             name_en=name_en, aliases_en=aliases, name_ar=text, country=c.country, score=0.5,
                             attrs=attrs)
            out.append(ent)
        out.sort(key=lambda e: e.mentions[0].start if e.mentions else 0)
        return out


_NOT_ONES_OWN_TITLE = DEPUTY_PREFIXES | POSSESSOR_PREFIXES  # «نائب مستشار …», «مكتب مستشار …»: another's office


def _name_owners(clusters: dict[str, Cluster]) -> dict[int, tuple[Cluster, int]]:
    """Token → the entity named there, and where that name starts (the earliest name over it of its own entity)."""
    owner: dict[int, tuple[Cluster, int]] = {}
    for c in clusters.values():
        for a, b in c.ranges:
            for t in range(a, b + 1):
                if t not in owner or (owner[t][0] is c and a < owner[t][1]):
                    owner[t] = (c, a)
    return owner


def _first_form(forms: list[TokenForm], t: int) -> str:
    return forms[t].forms[0] if forms[t].forms else ""


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps any of the sorted `spans`."""
    return any(a < end and start < b for a, b in spans[:bisect.bisect_left(spans, (end, end))])


_POSTED_TO = frozenset(letters_of(w) for w in ("لدى", "إلى"))
# prepositions that end a title read back from a name: what stands before them is another clause's
_NOT_IN_TITLES = frozenset(letters_of(w) for w in ("على", "ضد", "مع", "عن", "بين", "حول", "بحق", "من"))
_STATE_ROLES = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})  # CAMEO roles of a state's own bodies
# bodies that are no part of a state: a person of one acts for it, not for the country it is in
_PRIVATE_BODIES = frozenset(letters_of(w) for w in (
    "حزب", "حركة", "جماعة", "تنظيم", "منظمة", "جمعية", "شركة", "شركات", "مؤسسة", "لجنة", "هيئة", "اتحاد", "نقابة",
    "جبهة", "تحالف", "ائتلاف", "مجموعة", "مركز", "مرصد", "صحيفة", "قناة", "وكالة", "موقع", "جامعة"))
TITLE_REACH = 8  # words of a title before a person's name where the country he acts for may be named


# a one-word name that is the first word of an idiom when the word after it opens with one of these
# «مسقط رأسه»: one's birthplace; «سيرا على الأقدام»: on foot (not Serra)
_IDIOMS_OPENED_BY: dict[str, tuple[str, ...]] = {letters_of("مسقط"): ("راس",), letters_of("سيرا"): ("علي", "على")}


# one-word names that are an adjective after these nouns: «مبلغ مالي» (a sum of money), «دعم مالي», «عجز مالي»
_ADJECTIVE_AFTER: dict[str, frozenset[str]] = {letters_of("مالي"): frozenset(letters_of(w) for w in (
    "مبلغ", "دعم", "عجز", "فساد", "تمويل", "وضع", "استقرار", "تعويض", "حافز", "عائد", "دخل", "نظام", "احتيال",
    "قطاع", "سوق", "مركز", "ضمان", "التزام", "اصلاح", "مقابل", "مكافأة", "عبء", "مستشار", "تحليل", "مورد", "فائض",
    "ربح", "تقرير", "بيان", "ملف", "عون", "إسناد", "اسناد", "تقدير", "مردود", "حساب"))}


def _a_base_told_only(ent: Entity, forms: list[TokenForm], token_range: _TokenRange) -> bool:
    """Every mention NER found of this entity is a lone «القاعدة» that names a base told of before it."""
    return bool(ent.mentions) and all(letters_of(m.text) == _THE_BASE[0]
                                      and _base_told_before(forms, token_range(m.start, m.end)[0])
                                      for m in ent.mentions)


def _base_told_before(forms: list[TokenForm], i: int) -> bool:
    """A base («قاعدة عسكرية», «قاعدة التيفور», «بقاعدة») is told a few words before «القاعدة» at i, or anywhere
    before it in an article that never names the organisation «تنظيم القاعدة»: it is that base."""
    if any(_A_BASE in f.forms for f in forms[max(0, i - BASE_TOLD_TOKENS):i]):
        return True
    if any(w in _JIHADIST_GROUPS for f in forms[max(0, i - 3):i + 3] for w in f.forms) \
            or (i > 0 and any(w in _OF_THE_ORGANISATION for w in forms[i - 1].forms)):
        return False  # «مقاتلين محتملين للقاعدة أو داعش», «جبهة النصرة (ذراع القاعدة في سورية)»: the organisation
    return any(_A_BASE in f.forms for f in forms[:i]) and not any(
        f.forms[:1] == (_ORGANISATION,) and k + 1 < len(forms) and _THE_BASE[0] in forms[k + 1].forms
        for k, f in enumerate(forms))


_ORGANISATION = letters_of("تنظيم")  # «تنظيم القاعدة»: the article names the organisation
_JIHADIST_GROUPS = frozenset(letters_of(w) for w in ("داعش", "طالبان", "النصرة", "الشباب", "الإرهابية", "الإرهابيين"))
# words before «القاعدة» that make it the organisation: its arm, branch, leader, members, fighters, ideas
_OF_THE_ORGANISATION = frozenset(letters_of(w) for w in (
    "ذراع", "فرع", "جناح", "زعيم", "أمير", "قيادي", "قادة", "عناصر", "مسلحي", "مقاتلي", "أعضاء", "فكر", "خلايا"))


def _adjective_after(word: str, before: TokenForm) -> bool:
    """The one-word name `word` is an adjective of the noun before it: «مبلغ مالي»."""
    nouns = _ADJECTIVE_AFTER.get(word)
    return nouns is not None and any(f in nouns for f in before.forms)


_SHADDA = "\u0651"


def _a_city_spelled(text: str, m: Mention) -> bool:
    """A one-word place written with a shadda («عمّان») or named as a capital («العاصمة عمان») is the city of
    that spelling rather than a country written with the same letters (Oman)."""
    if not text or " " in m.text.strip():
        return False
    before = text[max(0, m.start - 10):m.start].split()
    # (the capital, «العاصمة», not «عاصمة عمان», the capital of Oman)
    return _SHADDA in m.text or bool(before and arabic_key(before[-1])[:1] == (CAPITAL_WORD,))


def _opens_idioms_only(ent: Entity, forms: list[TokenForm], token_range: _TokenRange) -> bool:
    """Every named mention of the entity is one word that opens an idiom with the word after it."""
    names = [m for m in ent.mentions if m.kind == "name"]
    if not names:
        return False
    for m in names:
        i, j = token_range(m.start, m.end)
        if i != j or not any(_opens_idiom(f, forms, i + 1, len(forms)) for f in forms[i].forms):
            return False
    return True


def _opens_idiom(word: str, forms: list[TokenForm], k: int, stop: int) -> bool:
    """The one-word name `word` opens an idiom with token k: «مسقط» before «رأسه»."""
    after = _IDIOMS_OPENED_BY.get(word, ())
    return bool(after) and k < stop and any(f.startswith(after) for f in forms[k].forms)


def _cited_as_outlet(doc: Document, forms: list[TokenForm], m: Match) -> bool:
    """A name ending in «اليوم» is the outlet when quoted, or after its head noun or a citing word: «قناة روسيا
    اليوم», «صحيفة "إسرائيل اليوم"», «بحسب المصري اليوم»; bare, it is a country or an adjective and "today"."""
    start = forms[m.i].token_start if forms[m.i].token_start >= 0 else m.start
    if _QUOTE_MARKS & set(doc.text[max(0, start - 2):start] + doc.text[m.end:m.end + 1]):
        return True
    opens_with_cue = bool(forms[m.i].forms) and forms[m.i].forms[0] in _OUTLET_CUES  # «صحيفة المصري اليوم»
    return opens_with_cue or (m.i > 0 and bool(set(forms[m.i - 1].forms) & _OUTLET_CUES))


def _may_end_title(word: str, named: Cluster | None) -> bool:
    """Whether the word right before a name may close his title: a place or body named there, a definite word
    («الليبية», «العقيد»), a title noun («سفير»); not a verb («قالت عبدالله»)."""
    return named is not None or word.startswith("ال") or word in TITLE_WORDS or word in LEADING_TITLES


def _posted_to(forms: list[TokenForm], t: int) -> bool:
    """Whether the name at token t follows «لدى»/«إلى»: where an envoy is posted, not whom he speaks for."""
    return _after(forms, t, _POSTED_TO)


_IN = frozenset({letters_of("في")})


def _after(forms: list[TokenForm], t: int, words: frozenset[str]) -> bool:
    return t > 0 and bool(forms[t - 1].forms) and forms[t - 1].forms[0] in words


_NAME_LINKS = frozenset(letters_of(w) for w in ("محمد", "أحمد", "بن", "ابن", "آل", "أبو", "عبد", "عبدالله"))


def _short_names(full: str, names: list[Mention]) -> list[str]:
    """The English of the shorter names an article calls a person the KB does not know by: «كارين بيرس» is
    «بيرس» after the first mention, so "Pierce" is one of her names — the one a reader of the English press
    searches for and the one other sources cite her by."""
    words = [letters_of(w) for w in full.split()]
    out: list[str] = []
    for m in names:
        short = strip_title(m.text)
        tail = [letters_of(w) for w in short.split()]
        if 0 < len(tail) < len(words) and words[-len(tail):] == tail:
            spelled = transliterate_name(short)
            if spelled not in out:
                out.append(spelled)
    return out


def _with_lost_article(key: tuple[str, ...]) -> list[tuple[str, ...]]:
    """A head noun before a definite adjective has lost its article to a typo or a cut clitic («باسم لاتحاد
    الوطني الكردستاني»: «ل» + «اتحاد»): the key with it restored, or nothing."""
    if len(key) > 1 and not key[0].startswith("ال") and key[1].startswith("ال") and key[1].endswith(("ي", "يه")):
        return [("ال" + key[0], *key[1:])]
    return []


def _continues_name(text: str) -> bool:
    """Whether a name can go on with these words: a father's name or a family name («محمد الكواري», «الشريان»)."""
    first = letters_of(text.split()[0]) if text.split() else ""
    return first in _NAME_LINKS or first.startswith(("ال", "عبد"))


def _is_quoted(text: str, start: int, end: int) -> bool:
    """«الشرق الأوسط» between quotation marks (a newspaper's or channel's name)."""
    return start > 0 and end < len(text) and text[start - 1] in _OPEN_QUOTES and text[end] in _CLOSE_QUOTES


def _extend_mention(doc: Document, m: Mention, end: int) -> None:
    """Move a mention's end (and its surface end) to `end`, its text with it."""
    m.end = end
    m.text = doc.text[m.start:end]
    if m.surface_end is not None:
        m.surface_end = max(m.surface_end, end)


def _names_another_bearer(ent: Entity, matches: list[Match], token_range: _TokenRange,
                          forms: list[TokenForm]) -> bool:
    """«إيفانكا ترامب»: a given name before a known person's surname is a person of her own, however unsure NER
    was of the pair (else the lone surname would be read as him); so is «توكل كرمان» (else Kerman, a town)."""
    for men in ent.mentions:
        if men.kind != "name":
            continue
        a, b = token_range(men.start, men.end)
        if any(a < m.i == m.j <= b and (_another_bearer(forms[m.i - 1], forms[m.i], m.candidates[0])
                                        or _named_after_a_place(ent.label, m, a, forms)) for m in matches):
            return True
    return False


def _described_in_common_words(words: list[TokenForm]) -> bool:
    """Two or three definite words of the ordinary vocabulary: «البنك المركزي», «الاتحاد الدولي»."""
    if not 2 <= len(words) <= 3:
        return False
    lex = lexicon()
    return all(w.forms and w.forms[0].startswith("ال") and lex.is_common(w.forms[0]) for w in words)


def _named_after_a_place(label: str, mt: Match, first: int, forms: list[TokenForm]) -> bool:
    """«توكل كرمان»: a person NER found whose family name is a town the KB knows (Kerman), after a given name
    (a town: «زار علي دمشق» may be NER's «علي دمشق», and a capital is likelier the place)."""
    if label != "PER" or mt.i <= first or not all(e.type == "LOC" and e.kind == "city" for e in mt.candidates):
        return False
    before = forms[mt.i - 1].forms[:1]
    return bool(before) and is_given_name(before[0]) and before[0] not in _NAMED_FOR_A_TOWN


# words the transliteration table holds that name a club or a ground for its town: «دينامو زغرب», «ستاد بورسعيد»
_NAMED_FOR_A_TOWN = frozenset(letters_of(w) for w in ("ستاد", "دينامو", "سبارتاك", "لوكوموتيف", "ريال", "أتلتيكو"))


# the preposition, which folds to «علي»; nouns of a bond to the name after them, which are given names too:
# «شريك مانافورت» is his partner, «صديق ترامب» his friend
_NOT_GIVEN_NAMES = frozenset({"على", "وعلى", "فعلى"})
_BONDS = frozenset(letters_of(w) for w in ("شريك", "صديق", "رفيق", "حليف", "خليل", "أمين", "نائب", "مساعد", "طالب",
                                           "عميد", "زعيم", "قائد", "نجل", "سفير", "مبعوث"))
_SON_OF = frozenset(letters_of(w) for w in ("بن", "بنت"))  # not «ابن»: «أنا ابن مانديلا» is a son's speech


def _in_lineage(m: Match, forms: list[TokenForm]) -> bool:
    """A known person matched right after «بن»: «نايف بن سلمان بن عبد العزيز» names Salman as the father."""
    before = forms[m.i - 1] if m.i > 0 else None
    return before is not None and bool(before.forms) and before.forms[0] in _SON_OF and not before.has_prep \
        and all(e.type == "PER" for e in m.candidates)


def _has_lineage(ent: Entity, matches: list[Match], forms: list[TokenForm], token_range: _TokenRange) -> bool:
    """«نايف بن سلمان بن عبد العزيز»: a name, «بن» and a father's name, read as a person however unsure NER was
    (unless a known person's own name lies in it: «خالد بن أحمد آل خليفة المؤيد» is the minister, run over)."""
    if ent.label != "PER":
        return False
    for men in ent.mentions:
        if men.kind == "name":
            a, b = token_range(men.start, men.end)
            if any(m.i <= b and a <= m.j and not _in_lineage(m, forms) for m in matches):
                return False
            words = [f.forms[0] if f.forms else "" for f in forms[a:b + 1]]
            if "" in words or not is_given_name(words[0]):
                continue  # «ومركزات بن وشاي 77176 كيلو»: coffee, «نظام بن علي»: a regime, «بين بن قردان»
            if any(w in _SON_OF for w in words[1:-1]):
                return True
    return False


def _after_a_place_word(ent: Entity, forms: list[TokenForm], token_range: _TokenRange) -> bool:
    """Whether a name mention of `ent` follows «منطقة», «بلدة», «ريف» or another place word."""
    for m in ent.mentions:
        a = token_range(m.start, m.end)[0]
        if m.kind == "name" and a > 0 and any(f in _PLACE_HEADS for f in forms[a - 1].forms):
            return True
    return False


def _stray_towns(matches: list[Match], capitals: frozenset[str], doc_countries: set[str]) -> set[str]:
    """Ids of the lesser towns (generated, under a million people, no capital) whose country nothing else an
    article that names countries supports — no country or demonym of it, no other place, body or person of it:
    «المرج» in a story of the Ghouta in Syria is no Al Marj in Libya, «القنيطرة» beside «سورية» no Kenitra in
    Morocco (but «قمة هلسنكي» is Helsinki, and «تبنت جماعة الحوثي الهجمات على مطار أبها», naming no country, Abha)."""
    if not doc_countries:
        return set()
    support: dict[str, set[str]] = {}
    for m in matches:
        if len(m.candidates) == 1 and not m.far_cut and m.candidates[0].country:
            support.setdefault(m.candidates[0].country, set()).add(m.candidates[0].id)
    return {e.id for m in matches for e in m.candidates
            if e.kind == "city" and e.prior < _MILLION_CITY_PRIOR and e.country not in doc_countries and e.id not in capitals
            and not support.get(e.country, set()) - {e.id}}


def _lone_surname_of(ent: Entity, surnames: set[str], forms: list[TokenForm], token_range: _TokenRange) -> bool:
    """Whether every name mention of `ent` is one word, the surname of a person named in full before it."""
    ranges = [token_range(m.start, m.end) for m in ent.mentions if m.kind == "name"]
    return bool(ranges) and all(a == b and forms[a].forms[:1] and forms[a].forms[0] in surnames for a, b in ranges)


def _still_the_known_one(entry: KBEntry, day: _dt.date | None, doc_countries: set[str]) -> bool:
    """Whether a lone surname after another bearer's full name is still the known person: a ruler or head of
    government in office that day («ترامب» after «إيفانكا ترامب»), or a minister in office whose country the story
    names (not Boris Johnson in «الجندي القتيل ديفيد جونسون … نسي اسم جونسون», a story with no Britain in it)."""
    return any(entry.holds(role, place, day) and (role in _GOVERNMENT_ROLES or place in doc_countries)
               for role, place, _, _ in entry.roles)


def _another_bearer(before: TokenForm, surname: TokenForm, entry: KBEntry) -> bool:
    """«إيفانكا ترامب», «ماهر الأسد»: a given name NER put before a known person's lone surname, and none
    of his own names, makes another bearer of the surname, not him."""
    if entry.type != "PER" or not before.forms or surname.has_prep:  # «غني لماتيس»: to Mattis
        return False
    word = before.forms[0]
    own = {letters_of(w) for n in entry.names_ar for w in n.split()}
    if any(_same_word(word, w) for w in own):
        return False
    # «كوثر بن هنية»: «بن» before the surname makes the family name «بن هنية», not Haniyeh's
    return is_given_name(word) or word == "بن"


# Arabic given names a letter apart that are other names, not spellings: «محمد عباس» is not «محمود عباس»
_DISTINCT_GIVEN_NAMES = COMMON_GIVEN_NAMES | frozenset(letters_of(w) for w in (
    "سعد", "سعيد", "ناصر", "نصر", "حمد", "حامد", "حميد", "عمرو", "سامي", "سامح", "نبيل", "نبيه", "صالح", "صلاح"))


_REGNAL_NUMBERS = frozenset(arabic_key(w)[0] for w in (
    "الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر"))


_HAMZA_SEATS = str.maketrans({"ئ": "ي", "ؤ": "و"})  # «فائز» / «فايز», «مسؤول» / «مسئول»


def _same_word(a: str, b: str) -> bool:
    """Equal, or one spelling variant apart: «جون» / «جونغ», «سكربيل» / «سكريبل», «فائز» / «فايز» (the hamza's seat)."""
    if a == b or a.translate(_HAMZA_SEATS) == b.translate(_HAMZA_SEATS):
        return True
    if min(len(a), len(b)) < 3 or a[0] != b[0] or (a in _DISTINCT_GIVEN_NAMES and b in _DISTINCT_GIVEN_NAMES) \
            or a in _REGNAL_NUMBERS or b in _REGNAL_NUMBERS:
        return False  # («عبدالله الثني» is not «عبدالله الثاني»: a king's number is spelled one way)
    return difflib.SequenceMatcher(None, a, b).ratio() >= 0.8


def _is_part(small: tuple[str, ...], big: tuple[str, ...]) -> bool:
    n = len(small)
    return any(all(_same_word(x, y) for x, y in zip(small, big[i:i + n])) for i in range(len(big) - n + 1))
