"""Phrases that name an entity without its name: titles, demonyms, capitals, ministries, state bodies,
embassies, seats.

«الرئيس الروسي» (a title resolved by role and date), «الحكومة السورية» (a government phrase),
«العاصمة القطرية» (a capital), «نظيره الصيني» (a counterpart), «وزارة الداخلية التركية» (a ministry),
«الجيش التشادي» (an army, police or parliament the KB does not list), «سفارة روسيا في أثينا» (an embassy),
«الكرملين» (a seat of government standing for its country), «وكالات الإغاثة الأممية» (the UN by its adjective).
"""
from __future__ import annotations

import datetime as _dt
from collections.abc import Iterable

from marsad.doc import Document, Mention, Sentence
from marsad.kb.base import KBEntry, KnowledgeBase, arabic_key
from marsad.link.forms import TokenForm
from marsad.link.records import Cluster, Match, drop_range
from marsad.link.records import stable_id as _stable_id
from marsad.link.titles import (
    CAPITAL_WORD,
    CONSTRUCT_TITLES,
    COUNTERPART_WORDS,
    COUNTRY_PREFIXES,
    DEFINITE_TITLES,
    DEPUTY_PREFIXES,
    GOVERNMENT_NOUNS,
    GOVERNMENT_OFFICES,
    GOVERNMENT_VERBS,
    MAX_TITLE_LEN,
    NEW_HOLDER_DAYS,
    NEW_HOLDER_WORDS,
    NORTH_WORDS,
    PAIRED_COUNTRIES,
    POSSESSOR_PREFIXES,
    SOUTH_WORDS,
    TITLE_BLOCKERS,
)
from marsad.text.clitics import letters_of
from marsad.text.words import is_counterpart_word

# «وزارة الداخلية التركية» → "Turkish Interior Ministry"; «وزارة الإعلام» alone → "Ministry of Information"
_MINISTRIES = {letters_of(k): v for k, v in {
    "الخارجية": ("Foreign Ministry", "Ministry of Foreign Affairs"), "الدفاع": ("Defence Ministry", "Ministry of Defence"),
    "الداخلية": ("Interior Ministry", "Ministry of Interior"), "العدل": ("Justice Ministry", "Ministry of Justice"),
    "المالية": ("Finance Ministry", "Ministry of Finance"), "الإعلام": ("Information Ministry", "Ministry of Information"),
    "الصحة": ("Health Ministry", "Ministry of Health"), "الاقتصاد": ("Economy Ministry", "Ministry of Economy"),
    "التجارة": ("Trade Ministry", "Ministry of Trade"), "الطاقة": ("Energy Ministry", "Ministry of Energy"),
    "النفط": ("Oil Ministry", "Ministry of Oil"), "التعليم": ("Education Ministry", "Ministry of Education"),
    "الزراعة": ("Agriculture Ministry", "Ministry of Agriculture"), "النقل": ("Transport Ministry", "Ministry of Transport"),
    "الثقافة": ("Culture Ministry", "Ministry of Culture"), "السياحة": ("Tourism Ministry", "Ministry of Tourism"),
}.items()}
_MINISTRY_WORD = letters_of("وزارة")
# a facility named after the place it serves: «مطار عدن» → Aden Airport, «ميناء الحديدة» → Port of Hodeidah
# (English patterns, the first the name and the rest its other spellings; the entity type)
_FACILITIES = {letters_of(k): v for k, v in {
    "مطار": (("{} Airport",), "LOC"), "ميناء": (("Port of {}",), "LOC"), "معبر": (("{} border crossing",), "LOC"),
    "سد": (("{} Dam",), "LOC"), "مستشفى": (("{} Hospital",), "LOC"), "مشفى": (("{} Hospital",), "LOC"),
    "جامعة": (("University of {}", "{} University"), "ORG"),  # «جامعة الموصل» is a body, not Mosul
}.items()}
# a state body named by its country's demonym, when the KB has no entry of its own: «الجيش التشادي» → Chadian
# Army, «البرلمان اللبناني» → Lebanese Parliament; (English pattern, CAMEO role of the country's actor code)
_STATE_BODIES = {tuple(letters_of(w) for w in k.split()): v for k, v in {
    "الجيش": ("{} Army", "MIL"), "القوات المسلحة": ("{} Armed Forces", "MIL"), "البحرية": ("{} Navy", "MIL"),
    "الحرس الوطني": ("{} National Guard", "MIL"), "الشرطة": ("{} Police", "COP"),
    "قوات الأمن": ("{} security forces", "COP"), "البرلمان": ("{} Parliament", "LEG"),
    "مجلس الشيوخ": ("{} Senate", "LEG"), "مجلس الشورى": ("{} Shura Council", "LEG"),
    "الكونغرس": ("{} Congress", "LEG"),
}.items()}
_STATE_BODY_FIRST_WORDS = frozenset(words[0] for words in _STATE_BODIES)
# «سفارة روسيا في أثينا», «القنصلية الأميركية في إسطنبول»: a mission abroad, named by its country and city
_MISSION_KINDS = {letters_of("سفارة"): "Embassy", letters_of("السفارة"): "Embassy",
                  letters_of("قنصلية"): "Consulate", letters_of("القنصلية"): "Consulate"}
_IN_WORDS = frozenset({letters_of("في"), letters_of("لدى")})
# seats of government that stand for their country: «الكرملين» said = Russia said
_SEATS = {"Kremlin": "RU", "White House": "US", "Downing Street": "GB", "Élysée Palace": "FR", "Pentagon": "US"}
_UN_BODIES = {"Q1065": "UN", "Q7184": "NATO", "Q7172": "ARL"}
_UN = "Q1065"
# «الأممي», «الأممية»: the United Nations' adjective, after the bodies and people it names
_UN_ADJECTIVES = frozenset(letters_of(w) for w in ("الأممي", "الأممية", "الأمميين", "الأمميون", "أممي", "أممية",
                                                    "أمميين", "أمميون"))
_UN_HEADS = frozenset(letters_of(w) for w in (
    "مبعوث", "موفد", "منسق", "مسؤول", "مسؤولون", "مسؤولين", "منظمة", "هيئة", "وكالة", "وكالات", "قوات", "قوة",
    "بعثة", "مفوضية", "مفوض", "خبراء", "محققون", "محققين", "مراقبون", "مراقبين", "لجنة", "فريق", "مندوب",
    "وسيط", "مجلس"))
_UN_PERSON_HEADS = frozenset(letters_of(w) for w in (
    "مبعوث", "موفد", "منسق", "مسؤول", "مفوض", "مندوب", "وسيط"))
UN_TITLE_REACH = 4  # tokens after «المبعوث الأممي» where the man it is the title of is named
UN_TITLED_CHARS = 30  # characters from the UN's name to the man it titles: «الأمم المتحدة لليمن مارتن غريفيث»

_SG_TITLES = frozenset({arabic_key("الأمين العام"), arabic_key("أمين عام")})
_TITLE_FIRST_WORDS = frozenset(k[0] for k in [*DEFINITE_TITLES, *CONSTRUCT_TITLES, *_SG_TITLES])
# offices a title without a country may stand for («المستشار» alone is any adviser, not Germany's chancellor)
_MONARCHS = frozenset({"king"})  # a title the KB tells its holders by: «الملك», «الملكة»
_BARE_ROLES = frozenset({"president", "pm", "king", "emir", "crown_prince", "fm", "defmin", "intmin", "finmin",
                         "vp", "leader", "sg"})
_MAIN_FEMININE = arabic_key("الرئيسة")[0]  # alone, nearly always the adjective "main", not a president
# how far back (characters) a bare title looks for a named holder outside the article's main country
_BARE_REACH = 600
# «قال الرئيس الاثنين»: a weekday after a bare title does not make it another office
_DAY_WORDS = frozenset(arabic_key(w)[0] for w in (
    "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد", "اليوم", "أمس"))
TITLE_WORDS = frozenset(w for k in [*DEFINITE_TITLES, *CONSTRUCT_TITLES, *_SG_TITLES] for w in k)


# peoples whose plural is broken, not «ـيون»: «جنودا روس» (Russian soldiers), not a man named Ross
_BROKEN_PLURAL_DEMONYMS = {"روس": "روسي", "اتراك": "تركي", "افغان": "افغاني", "المان": "الماني", "اسبان": "اسباني",
                           "طاجيك": "طاجيكي", "اوزبك": "اوزبكي", "صرب": "صربي", "كروات": "كرواتي", "بلغار": "بلغاري"}


def demonym_key(word: str) -> tuple[str]:
    """The KB's demonym key of an adjective's letters: «الأردنية» → («اردني»,)."""
    w = word.removeprefix("ال")
    return (w[:-1] if w.endswith("يه") else w,)


class PhraseResolver:
    """Adds title, demonym, metonym and institution mentions to the clusters of one article."""

    kb: KnowledgeBase
    resolve_unnamed_titles: bool = True

    def _is_demonym_word(self, word: str) -> bool:
        """«سعودية», «روسي», and the plurals «سوريين», «روس», «أتراك»: a people's adjective, never a name."""
        w = demonym_key(word)[0]
        if w.endswith(("يين", "يون")):
            w = w[:-2]  # «سوريين» → «سوري»
        return (_BROKEN_PLURAL_DEMONYMS.get(w, w),) in self.kb.demonyms

    def _demonym_at(self, forms: list[TokenForm], t: int) -> tuple[str, int] | None:
        """(country entry id, last token) of a demonym at token t: «الكوري الشمالي», «الروسية»."""
        words: list[str] = []
        for k in range(t, min(t + 3, len(forms))):
            if not forms[k].forms:
                break
            w = forms[k].forms[0]
            if not w.startswith("ال") or len(w) < 4:
                break
            w = w[2:]
            if w.endswith("يه"):
                w = w[:-1]  # feminine «الروسية» → روسي
            words.append(w)
        for n in range(len(words), 0, -1):
            cid = self.kb.demonyms.get(tuple(words[:n]))
            if cid:
                return cid, t + n - 1
        return None

    def _add_titles(self, doc: Document, clusters: dict[str, Cluster], forms: list[TokenForm],
                    matches: list[Match], day: _dt.date | None, dominant: str = "") -> None:
        """«الرئيس الروسي», «زعيم كوريا الشمالية», «أمير قطر» → the office holder; a bare «رئيسة الوزراء»
        → the holder in the article's main country (`dominant`, ISO2) on the publication day.

        A title directly before a name is that person's («وزير الخارجية الفلسطيني رياض المالكي»), whoever
        the KB says held the office; after «نائب», «مساعد», «سفير» … it is part of someone else's title
        («نائب وزير الخارجية الروسي ميخائيل بوغدانوف» is not Lavrov).
        """
        match_at = {m.i: m for m in matches}
        first_name_at = {a: c for c in clusters.values() if c.label == "PER" for a, _ in c.ranges}
        last_seen = self._last_seen(clusters)
        paired = self._paired_directions(clusters)
        for sent in doc.sentences:
            t = sent.token_start
            while t < sent.token_end:
                found = self._title_at(forms, t, sent.token_end, match_at, paired)
                if found is None:
                    t += 1
                    continue
                role, place, last = found
                first = t
                deputy = t > sent.token_start and self._word(forms, t - 1) in DEPUTY_PREFIXES
                if deputy:
                    first = t - 1
                possessed = t > sent.token_start and self._word(forms, t - 1) in POSSESSOR_PREFIXES
                new = last + 1 < sent.token_end and self._word(forms, last + 1) in NEW_HOLDER_WORDS and bool(place)
                former = not new and last + 1 < sent.token_end and self._word(forms, last + 1) in TITLE_BLOCKERS
                if former or new:  # «الرئيس اليمني السابق علي عبد الله صالح»: not today's holder
                    last += 1
                holder = None if possessed else self._name_after(doc, last + 1, sent.token_end, first_name_at)
                if holder is not None and role in _MONARCHS and holder.entry is not None and holder.entry.roles \
                        and not any(r[0] == role for r in holder.entry.roles):
                    holder = None  # «والتقت الملكة ترامب»: the queen met Trump; a president is no king
                if holder is not None and role not in _MONARCHS and self._king_named_at(forms, last + 1):
                    holder = None  # «التقى وزير الخارجية الأمريكي الملك سلمان»: the minister met the king
                if deputy and holder is not None and holder.entry is not None and any(
                        r[0] == role and holder.entry.holds(role, r[1], day) for r in holder.entry.roles):
                    first = t  # «نائب المستشارة أنجيلا ميركل»: the name is the chancellor's, not the deputy's
                if holder is None and not deputy and not former:
                    if place:
                        holder = self._holder(clusters, role, place, day)
                        if holder is None:
                            holder = self._holder_from_kb(clusters, role, place, day, lately=new)
                    elif (role in _BARE_ROLES and self._ends_bare_title(forms, last + 1, sent.token_end)
                          and not self._is_adjective(doc, forms, t, sent.token_start)):
                        holder = self._bare_holder(clusters, role, dominant, day, forms[t].start, last_seen,
                                                   doc.text)
                if new and holder is not None and not self._took_office_lately(holder.entry, role, place, day):
                    holder = None  # «وزير الخارجية الأمريكي الجديد»: today's holder only if he took office lately
                if holder is None and (former or new):
                    last -= 1
                if holder is not None:
                    start, end = self._word_start(doc, forms, first), forms[last].end
                    holder.mentions.append(Mention(start, end, doc.text[start:end], "PER", "title",
                                                   doc.tokens[first].start, doc.tokens[last].end))
                t = last + 1

    def _king_named_at(self, forms: list[TokenForm], k: int) -> bool:
        """Whether a king's own title opens the name at token k: «الملك سلمان», «العاهل الأردني»."""
        return k < len(forms) and DEFINITE_TITLES.get((self._word(forms, k),)) in _MONARCHS

    @staticmethod
    def _name_after(doc: Document, k: int, stop: int, first_name_at: dict[int, Cluster]) -> Cluster | None:
        """The person named right after a title, or after a comma: «رئيسة الحكومة، تيريزا ماي»."""
        if k in first_name_at:
            return first_name_at[k]
        if k + 1 < stop and doc.tokens[k].text in ("،", ",") and k + 1 in first_name_at:
            return first_name_at[k + 1]
        return None

    def _word_start(self, doc: Document, forms: list[TokenForm], k: int) -> int:
        """Where a title word starts: «ولي» read whole starts at its «و», which the segmenter cut off."""
        fs = forms[k].forms
        w = self._word(forms, k)
        if not fs or w == fs[0]:
            return forms[k].start
        if w == fs[-1] and forms[k].alt_start >= 0 and forms[k].alt_start != forms[k].start:
            return forms[k].alt_start  # «والأمير» the segmenter kept whole: the cut form starts after و
        return doc.tokens[k].start

    def _is_adjective(self, doc: Document, forms: list[TokenForm], t: int, first: int) -> bool:
        """«الرئيس» / «الرئيسة» meaning "main" after a noun: «التيار الرئيس», «أهدافهم الرئيسة»."""
        if self._word(forms, t) == _MAIN_FEMININE:
            return True
        if t == first or not forms[t - 1].forms:
            return False
        prev = self._word(forms, t - 1)
        has_pronoun = any(p.role == "enclitic" for p in doc.tokens[t - 1].pieces)
        return has_pronoun or (prev.startswith("ال") and prev not in TITLE_WORDS)

    def _ends_bare_title(self, forms: list[TokenForm], k: int, stop: int) -> bool:
        """Whether a title without a country ends before token k: «رئيسة الوزراء تحدثت», not «الرئيس
        التنفيذي» or «رئيس الوزراء السابق» (a definite word after it makes it another office)."""
        if k >= stop or not forms[k].forms:
            return True
        w = self._word(forms, k)
        return w in _DAY_WORDS or not (w.startswith("ال") and len(w) > 3) and w not in TITLE_BLOCKERS

    @staticmethod
    def _word(forms: list[TokenForm], k: int) -> str:
        """The form of token k a title word is compared with: «ولي» stays whole (the segmenter cuts و)."""
        fs = forms[k].forms
        for f in fs:
            if f in TITLE_WORDS:
                return f
        return fs[0] if fs else ""

    def _title_at(self, forms: list[TokenForm], t: int, stop: int, match_at: dict[int, Match],
                  paired: dict[str, str] | None = None) -> tuple[str, str, int] | None:
        """(role, ISO2 place or "" for a bare title, last token) of a title starting at token t."""
        if self._word(forms, t) not in _TITLE_FIRST_WORDS:
            return None
        bare: tuple[str, str, int] | None = None
        for n in range(min(MAX_TITLE_LEN, stop - t), 0, -1):
            key = tuple(self._word(forms, k) for k in range(t, t + n))
            nxt = t + n
            role = DEFINITE_TITLES.get(key)
            if role is not None and bare is None and key[-1].startswith("ال"):
                bare = (role, "", nxt - 1)  # «رئيسة الوزراء تحدثت»: no country named
            if nxt >= stop:
                continue
            if role is not None:
                d = self._demonym_at(forms, nxt)
                if d is not None:
                    return role, self.kb.entries[d[0]].country, d[1]
                word = self._word(forms, nxt)
                if paired and word in paired:  # «الزعيم الشمالي» in a Korean story
                    return role, paired[word], nxt
            if key in _SG_TITLES:
                m = match_at.get(nxt)
                if m is not None and m.candidates[0].id in _UN_BODIES:
                    return "sg", _UN_BODIES[m.candidates[0].id], m.j
                if bare is None and key[0].startswith("ال") and not forms[nxt].has_prep:
                    bare = ("sg", "", nxt - 1)  # «كما قدم الأمين العام تعازيه», not «الأمين العام لحزب الله»
            role = CONSTRUCT_TITLES.get(key)
            if role is not None:
                k = nxt
                if forms[k].forms and forms[k].forms[0] in COUNTRY_PREFIXES and k + 1 < stop:
                    k += 1
                m = match_at.get(k)
                if m is not None and m.candidates[0].kind == "country":
                    return role, m.candidates[0].country, m.j
        return bare

    def _holder_from_kb(self, clusters: dict[str, Cluster], role: str, place: str,
                        day: _dt.date | None, *, lately: bool = False) -> Cluster | None:
        """«ولي العهد السعودي» with the crown prince not named: the KB's one holder on the day.

        Only with a publication date (without it, every past holder would match) and when
        `resolve_unnamed_titles` is on: the gold counts only entities an article names, so such an
        entity costs precision there while it gives events their actor. It is marked attrs["unnamed"].
        With `lately` («الجديد») the holder must have taken office lately, else there is none.
        """
        if day is None or not self.resolve_unnamed_titles:
            return None
        found = self.kb.holders(role, place, day)
        if len(found) != 1 or (lately and not self._took_office_lately(found[0], role, place, day)):
            return None
        e = found[0]
        c = clusters.get(e.id)
        if c is None:
            c = clusters[e.id] = Cluster(e.id, e, e.type, unnamed=True)
        return c

    @staticmethod
    def _took_office_lately(entry: KBEntry | None, role: str, place: str, day: _dt.date | None) -> bool:
        return entry is not None and day is not None and entry.took_office_within(role, place, day, NEW_HOLDER_DAYS)

    @staticmethod
    def _last_seen(clusters: dict[str, Cluster]) -> dict[str, list[int]]:
        """Start offsets of each entity's name mentions, for «the most recent one named»."""
        return {k: sorted(m.start for m in c.mentions if m.kind == "name") for k, c in clusters.items()}

    @staticmethod
    def _bare_holder(clusters: dict[str, Cluster], role: str, dominant: str, day: _dt.date | None,
                     at: int, last_seen: dict[str, list[int]], text: str) -> Cluster | None:
        """A bare title's holder among the people named: in the article's main country first, else the
        one holding the office anywhere who was named last before `at` («وزير الخارجية» after «تيلرسون»)."""
        found = [c for c in clusters.values() if c.entry is not None and c.entry.holds(role, dominant, day)]
        if len(found) == 1:
            return found[0]
        anywhere = [c for c in clusters.values() if c.entry is not None
                    and any(r[0] == role and c.entry.holds(role, r[1], day) for r in c.entry.roles)]

        def last_before(c: Cluster) -> int:
            return max((s for s in last_seen.get(c.key, ()) if s < at), default=-1)

        # only a recent antecedent: «رئيس الجمهورية» far from any named president is some other country's
        before = [c for c in anywhere if last_before(c) >= 0 and at - last_before(c) <= _BARE_REACH]
        # «وزير الخارجية عادل الجبير … عقده ونظيره الألماني فرانك فالتر شتاينماير … أكد وزير الخارجية»: the one
        # introduced as the other's counterpart is not the one the article calls by the bare title, however far
        # back the other was named
        counterparts = {c.key for c in anywhere if _named_as_counterpart(text, last_seen.get(c.key, ()))}
        own = [c for c in anywhere if last_before(c) >= 0 and c.key not in counterparts]
        if before and own:
            return max([c for c in before if c.key not in counterparts] or own, key=last_before)
        return max(before, key=last_before) if before else None

    def _paired_directions(self, clusters: dict[str, Cluster]) -> dict[str, str]:
        """«الشمالية» → KP, «الجنوبية» → KR when the article names either Korea."""
        present = {c.entry.country for c in clusters.values() if c.entry is not None and c.entry.kind == "country"}
        out: dict[str, str] = {}
        for north, south in PAIRED_COUNTRIES:
            if north in present or south in present:
                out.update({w: north for w in NORTH_WORDS})
                out.update({w: south for w in SOUTH_WORDS})
        return out

    @staticmethod
    def _holder(clusters: dict[str, Cluster], role: str, place: str, day: _dt.date | None) -> Cluster | None:
        found = [c for c in clusters.values() if c.entry is not None and c.entry.holds(role, place, day)]
        return found[0] if len(found) == 1 else None

    def _add_government_phrases(self, doc: Document, clusters: dict[str, Cluster], forms: list[TokenForm]) -> None:
        """«الحكومة السورية», «الإدارة الأمريكية», «السلطات القطرية», «رئاسة الوزراء البريطانية» → the country, kind
        "demonym"."""
        for sent in doc.sentences:
            for t in range(sent.token_start, sent.token_end - 1):
                if not forms[t].forms:
                    continue
                if forms[t].forms[0] in GOVERNMENT_NOUNS:
                    d = self._demonym_at(forms, t + 1)
                elif forms[t + 1].forms and (forms[t].forms[0], forms[t + 1].forms[0]) in GOVERNMENT_OFFICES:
                    d = self._demonym_at(forms, t + 2)  # «رئاسة الوزراء البريطانية»: the prime minister's office
                else:
                    continue
                if d is None:
                    continue
                entry = self.kb.entries[d[0]]
                c = clusters.get(entry.id)
                if c is None:
                    c = clusters[entry.id] = Cluster(entry.id, entry, entry.type)
                start, end = forms[t].start, forms[d[1]].end
                c.mentions.append(Mention(start, end, doc.text[start:end], entry.type, "demonym",
                                          doc.tokens[t].start, doc.tokens[d[1]].end))

    def _add_un_adjectives(self, doc: Document, clusters: dict[str, Cluster], forms: list[TokenForm]) -> None:
        """«المبعوث الأممي», «القوات الأممية», «وكالات الإغاثة الأممية» → the United Nations, kind "demonym" (not
        the title of a man named right after it: «المبعوث الأممي مارتن غريفيث» is he)."""
        un = self.kb.entries.get(_UN)
        if un is None:
            return
        taken = [(m.start, m.end) for c in clusters.values() for m in c.mentions]
        people = [m.start for c in clusters.values() if c.label == "PER" for m in c.mentions]
        un_names = [m.end for m in clusters[un.id].mentions] if un.id in clusters else []
        # «مبعوث الأمم المتحدة لليمن مارتن غريفيث … وكان الموفد الأممي قد زار»: once a man is named with the UN's
        # title, its envoy or official alone is he (the events read him from there), not the body
        titled = any(0 < p - e <= UN_TITLED_CHARS for p in people for e in un_names)
        for sent in doc.sentences:
            for t in range(sent.token_start + 1, sent.token_end):
                if not forms[t].forms or forms[t].forms[0] not in _UN_ADJECTIVES:
                    continue
                head = t - 1
                if head > sent.token_start and any(f in _UN_HEADS for f in forms[head - 1].forms):
                    head -= 1  # «وكالات الإغاثة الأممية»: the adjective closes a construct chain
                heads = [f.removeprefix("ال") for f in forms[head].forms if f.removeprefix("ال") in _UN_HEADS]
                if not heads or (titled and heads[0] in _UN_PERSON_HEADS):
                    continue
                # (the word itself when the segmenter cut it wrong: «وكالات» read as «و» + «كـ» + «الات»)
                whole = letters_of(doc.tokens[head].text) in _UN_HEADS
                start, end = doc.tokens[head].start if whole else forms[head].start, forms[t].end
                after = doc.tokens[min(t + UN_TITLE_REACH, sent.token_end - 1)].end
                if any(a < end and start < b for a, b in taken) or any(end <= p < after for p in people):
                    continue
                c = clusters.get(un.id)
                if c is None:
                    c = clusters[un.id] = Cluster(un.id, un, un.type)
                c.mentions.append(Mention(start, end, doc.text[start:end], un.type, "demonym",
                                          doc.tokens[head].start, doc.tokens[t].end))

    def _add_capitals_and_counterparts(self, doc: Document, clusters: dict[str, Cluster], forms: list[TokenForm],
                                       day: _dt.date | None) -> None:
        """«العاصمة القطرية» → Doha and «نظيره الصيني» → Xi Jinping, when they are named in the article."""
        for sent in doc.sentences:
            for t in range(sent.token_start, sent.token_end - 1):
                word = forms[t].forms[0] if forms[t].forms else ""
                if word != CAPITAL_WORD and word not in COUNTERPART_WORDS:
                    continue
                d = self._demonym_at(forms, t + 1)
                if d is None:
                    continue
                country = self.kb.entries[d[0]]
                target: Cluster | None = None
                kind = "title"
                if word == CAPITAL_WORD:
                    target = clusters.get(country.capital) if country.capital else None
                    kind = "metonym"
                else:
                    target = self._counterpart(clusters, country.country, day)
                if target is None:
                    continue
                start, end = forms[t].start, forms[d[1]].end
                target.mentions.append(Mention(start, end, doc.text[start:end], target.label, kind,
                                               doc.tokens[t].start, doc.tokens[d[1]].end))

    @staticmethod
    def _counterpart(clusters: dict[str, Cluster], place: str, day: _dt.date | None) -> Cluster | None:
        """The person in the article holding, in `place`, an office another person here holds elsewhere."""
        roles = {r[0] for c in clusters.values() if c.entry is not None for r in c.entry.roles
                 if r[1] != place and c.entry.holds(r[0], r[1], day)}
        found = [c for c in clusters.values() if c.entry is not None
                 and any(c.entry.holds(role, place, day) for role in roles)]
        return found[0] if len(found) == 1 else None

    def _add_institutions(self, doc: Document, clusters: dict[str, Cluster], forms: list[TokenForm],
                          matches: list[Match]) -> None:
        """Ministries by demonym («وزارة العدل التركية» → Turkish Justice Ministry), airports, ports, border crossings,
        dams, hospitals and universities by the place they serve («مطار عدن», «ميناء الحديدة», «جامعة الموصل»)."""
        self._drop_bodies_of_another_country(clusters, forms)
        used = {t for c in clusters.values() for a, b in c.ranges for t in range(a, b + 1)}
        match_at = {m.i: m for m in matches}
        # ministries named with a demonym in the article, by ministry word and where: «وزارة الإعلام اليمنية» …
        # «وزارة الإعلام» is the same ministry, the one named last before it, or the first named after it unless
        # its own sentence names another country («ودانت الولايات المتحدة …، وقالت المتحدثة باسم وزارة الخارجية»)
        qualified: dict[str, list[tuple[int, KBEntry]]] = {}
        for t in range(len(forms) - 2):
            if forms[t].forms[:1] == (_MINISTRY_WORD,) and forms[t + 1].forms[:1] and forms[t + 1].forms[0] in _MINISTRIES:
                d = self._demonym_at(forms, t + 2)
                if d is not None:
                    country = self.kb.entries[d[0]]
                    name_en = f"{country.demonym_en} {_MINISTRIES[forms[t + 1].forms[0]][0]}".strip()
                    key = forms[t + 1].forms[0]
                    found = next((c.entry for c in clusters.values() if c.entry is not None
                                  and c.entry.country == country.country and c.entry.type == "ORG"
                                  and arabic_key(c.entry.names_ar[0] if c.entry.names_ar else "")[:2]
                                  == (_MINISTRY_WORD, key)), None)
                    qualified.setdefault(key, []).append((t, found or KBEntry(
                        id=_stable_id("ORG", name_en), type="ORG", name_en=name_en,
                        names_ar=[doc.text[forms[t].start:forms[d[1]].end]], country=country.country,
                        cameo=(country.cameo + "GOV") if country.cameo else "")))
        for sent in doc.sentences:
            for t in range(sent.token_start, sent.token_end - 1):
                if t in used or not forms[t].forms:
                    continue
                word = forms[t].forms[0]
                entry: KBEntry | None = None
                last = t
                if word == _MINISTRY_WORD and forms[t + 1].forms and forms[t + 1].forms[0] in _MINISTRIES:
                    d = self._demonym_at(forms, t + 2) if t + 2 < sent.token_end else None
                    ministry = forms[t + 1].forms[0]
                    if d is None:  # «وزارة الإعلام»: the ministry named with its country elsewhere, or by itself
                        last = t + 1
                        named = [e for at, e in qualified.get(ministry, ()) if at < t]
                        later = [e for at, e in qualified.get(ministry, ()) if at > t]
                        if not named and later and not (self._countries_in(clusters, sent) - {later[0].country}):
                            named = later[:1]
                        entry = named[-1] if named else KBEntry(
                            id=_stable_id("ORG", _MINISTRIES[ministry][1]), type="ORG",
                            name_en=_MINISTRIES[ministry][1], aliases_en=[_MINISTRIES[ministry][0]],
                            names_ar=[doc.text[forms[t].start:forms[last].end]])  # also "Interior Ministry"
                    else:
                        country = self.kb.entries[d[0]]
                        name_en = f"{country.demonym_en} {_MINISTRIES[ministry][0]}".strip()
                        last = d[1]
                        entry = KBEntry(id=_stable_id("ORG", name_en), type="ORG", name_en=name_en,
                                        names_ar=[doc.text[forms[t].start:forms[last].end]],
                                        country=country.country,
                                        cameo=(country.cameo + "GOV") if country.cameo else "")
                elif word in _MISSION_KINDS:
                    entry, last = self._mission_at(doc, forms, t, sent.token_end, match_at, _MISSION_KINDS[word])
                elif word in _STATE_BODY_FIRST_WORDS \
                        and (body := self._state_body_at(doc, forms, t, sent.token_end)) is not None:
                    entry, last = body
                elif word in _FACILITIES and (t + 1) in match_at and match_at[t + 1].candidates[0].type == "LOC" \
                        and match_at[t + 1].candidates[0].kind != "country" and not forms[t + 1].has_prep:
                    # «معبر» of a town, not «سد» of Egypt; «مستشفى بمكة» is a hospital in Mecca
                    m = match_at[t + 1]
                    city = m.candidates[0]
                    last = m.j
                    patterns, etype = _FACILITIES[word]
                    name_en = patterns[0].format(city.name_en)
                    spellings = [p.format(n) for n in (city.name_en, *city.aliases_en[:2]) for p in patterns]
                    entry = KBEntry(id=_stable_id(etype, name_en), type=etype, name_en=name_en,
                                    aliases_en=[n for n in dict.fromkeys(spellings) if n != name_en],
                                    names_ar=[doc.text[forms[t].start:forms[last].end]], country=city.country,
                                    kind="facility")
                if entry is None:
                    continue
                c = clusters.get(entry.id)
                if c is None:
                    c = clusters[entry.id] = Cluster(entry.id, entry, entry.type)
                start, end = forms[t].start, forms[last].end
                c.mentions.append(Mention(start, end, doc.text[start:end], entry.type, "name",
                                          doc.tokens[t].start, doc.tokens[last].end))
                c.ranges.append((t, last))
                used.update(range(t, last + 1))

    def _drop_bodies_of_another_country(self, clusters: dict[str, Cluster], forms: list[TokenForm]) -> None:
        """«مجلس الشيوخ الإيرلندي»: a state body the KB lists bare for one country (the US Senate) is, with another
        country's demonym right after it, that country's own, built as a state body below."""
        for c in list(clusters.values()):
            if c.entry is None or c.entry.type != "ORG" or not c.entry.country:
                continue
            for a, b in list(c.ranges):
                key = tuple(f.forms[0] for f in forms[a:b + 1] if f.forms)
                if key not in _STATE_BODIES or b + 1 >= len(forms):
                    continue
                d = self._demonym_at(forms, b + 1)
                if d is not None and self.kb.entries[d[0]].country != c.entry.country:
                    drop_range(clusters, c.key, a, b)
            if not c.mentions:
                del clusters[c.key]

    @staticmethod
    def _countries_in(clusters: dict[str, Cluster], sent: Sentence) -> set[str]:
        """The countries named in a sentence (by their ISO codes)."""
        return {c.entry.country for c in clusters.values() if c.entry is not None and c.entry.kind == "country"
                and any(sent.token_start <= a < sent.token_end for a, _ in c.ranges)}

    def _state_body_at(self, doc: Document, forms: list[TokenForm], t: int, stop: int) -> tuple[KBEntry, int] | None:
        """«الجيش التشادي» → Chadian Army, «قوات الأمن الأفغانية» → Afghan security forces (country and
        CAMEO role set), for bodies the KB does not list under their own name."""
        for words, (pattern, role) in _STATE_BODIES.items():
            n = len(words)
            if t + n >= stop or any(forms[t + i].forms[:1] != (w,) for i, w in enumerate(words)):
                continue
            d = self._demonym_at(forms, t + n)
            if d is None:
                return None
            country = self.kb.entries[d[0]]
            if not country.demonym_en:
                return None
            name_en = pattern.format(country.demonym_en)
            return KBEntry(id=_stable_id("ORG", name_en), type="ORG", name_en=name_en,
                           names_ar=[doc.text[forms[t].start:forms[d[1]].end]], country=country.country,
                           cameo=(country.cameo + role) if country.cameo else ""), d[1]
        return None

    def _mission_at(self, doc: Document, forms: list[TokenForm], t: int, stop: int, match_at: dict[int, Match],
                    kind: str) -> tuple[KBEntry | None, int]:
        """«سفارة روسيا في أثينا», «السفارة الروسية في أثينا» → Embassy of Russia in Athens; «القنصلية الأميركية
        في إسطنبول» → Consulate of United States in Istanbul."""
        country: KBEntry | None = None
        last = t
        m = match_at.get(t + 1)
        if forms[t].forms[0].startswith("ال"):
            d = self._demonym_at(forms, t + 1)
            if d is not None:
                country, last = self.kb.entries[d[0]], d[1]
        elif m is not None and m.candidates[0].kind == "country":
            country, last = m.candidates[0], m.j
        if country is None:
            return None, t
        name_en = ""
        k = last + 1
        if k + 1 < stop and forms[k].forms and forms[k].forms[0] in _IN_WORDS and (k + 1) in match_at:
            city = match_at[k + 1].candidates[0]
            if city.type == "LOC" and city.kind != "country":
                name_en = f"{kind} of {country.name_en} in {city.name_en}"
                last = match_at[k + 1].j
        if not name_en:  # «السفارة الأمريكية» alone describes, like «الحكومة التركية»; it is not a name
            return None, t
        entry = KBEntry(id=_stable_id("ORG", name_en), type="ORG", name_en=name_en,
                        names_ar=[doc.text[forms[t].start:forms[last].end]], country=country.country,
                        cameo=(country.cameo + "GOV") if country.cameo else "")
        return entry, last

    def _add_metonyms(self, clusters: dict[str, Cluster], forms: list[TokenForm] | None = None) -> None:
        """Seats of government («الكرملين», «البيت الأبيض»: ORG entities of their own) and capitals after a
        government verb («أعلنت بيونغ يانغ») are also metonym mentions of their country, when it is named."""
        capitals = {e.capital: e for e in (self.kb.entries.get(i) for i in self.kb.by_country.values())
                    if e is not None and e.capital}
        for c in list(clusters.values()):
            country = capitals.get(c.key)
            if country is None or country.id not in clusters or forms is None:
                continue
            target = clusters[country.id]
            for m, (a, _) in zip([m for m in c.mentions if m.kind == "name"], c.ranges):
                verb = forms[a - 1].forms if a > 0 else ()
                if any(f in GOVERNMENT_VERBS or f[1:] in GOVERNMENT_VERBS for f in verb):
                    target.mentions.append(Mention(m.start, m.end, m.text, target.label, "metonym",
                                                   m.surface_start, m.surface_end))
        for c in list(clusters.values()):
            iso = _SEATS.get(c.entry.name_en) if c.entry is not None else None
            country_id = self.kb.by_country.get(iso or "")
            if not country_id or country_id not in clusters:
                continue
            target = clusters[country_id]
            for m in c.mentions:
                if m.kind == "name":
                    target.mentions.append(Mention(m.start, m.end, m.text, target.label, "metonym",
                                                   m.surface_start, m.surface_end))


COUNTERPART_REACH = 3  # words from «نظيره» to the name it introduces: «ونظيره الألماني فرانك فالتر شتاينماير»


def _named_as_counterpart(text: str, starts: Iterable[int]) -> bool:
    """The person is first named right after «نظيره», «ونظيرته»: as another's counterpart."""
    first = min(starts, default=None)
    if first is None:
        return False
    words = text[max(0, first - 40):first].split()[-COUNTERPART_REACH:]
    return any(is_counterpart_word(letters_of(w)) for w in words)
