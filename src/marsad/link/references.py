"""References to an entity already named, by a definite description or a direction.

«حلف الأطلسي … الحلف» (the last organisation named with the same head noun), «جارتها الجنوبية» in a
Korean story (South Korea), and the article's main country, which bare titles are read against.
"""
from __future__ import annotations

from bisect import bisect_right

from marsad.doc import Document, Mention
from marsad.kb.base import KnowledgeBase, arabic_key, english_key
from marsad.link.forms import TokenForm, letters_of
from marsad.link.phrases import demonym_key
from marsad.link.records import Cluster
from marsad.link.titles import (
    ANAPHOR_HEADS,
    NEIGHBOUR_WORDS,
    NORTH_WORDS,
    ORGANISATION_EPITHETS,
    PAIRED_COUNTRIES,
    PAIRED_NAMES,
    PLACE_ANAPHOR_HEADS,
    SOUTH_WORDS,
    TIME_WORDS_AFTER_NAMES,
)
from marsad.text.words import RELATIVE_PRONOUNS

_OPEN_QUOTES = frozenset({"«", '"', "“", "'"})
# «المملكة» alone names a kingdom told of (the Arab monarchies and the European and Asian ones in the news),
# «السلطنة» a sultanate
MONARCHY_WORDS = {arabic_key("المملكة")[0]: frozenset({"SA", "MA", "JO", "BH", "GB", "ES", "NL", "BE", "SE", "NO",
                                                        "DK", "TH"}),
                  arabic_key("السلطنة")[0]: frozenset({"OM", "BN"})}
# words with a preposition that are idioms, not references: «بالوكالة» (by proxy / acting)
_IDIOMS = frozenset({letters_of("بالوكالة")})


# «الصحيفة», «القناة» before any paper or channel is named refer to one NER missed («تقول الحياة»), not to
# the next one named: a press review names several
_OUTLET_HEADS = frozenset(arabic_key(w)[0] for w in ("صحيفة", "قناة"))
_ALL_HEADS = frozenset(w for heads in ANAPHOR_HEADS.values() for w in heads)
_MOVEMENT_HEADS = frozenset(arabic_key(w)[0] for w in ("حركة", "جماعة", "تنظيم", "حزب"))
_PLACE_HEADS = frozenset(w for heads in PLACE_ANAPHOR_HEADS.values() for w in heads)
_COALITION = arabic_key("التحالف")[0]
# the enemy a story names → the coalition that fights it there; and the coalition of a war by its country
_COALITION_AGAINST = {"Houthis": "Arab coalition", "Islamic State": "Global Coalition to Defeat ISIS"}
_COALITION_OF_COUNTRY = {"YE": "Arab coalition", "SY": "Global Coalition to Defeat ISIS",
                         "IQ": "Global Coalition to Defeat ISIS"}
# heads that are plural themselves: «القادة العسكريون» is described by a plural
_PLURAL_HEADS = frozenset(arabic_key(w)[0] for w in ("الوحدات", "الكتائب", "القادة", "الزعماء"))
# singular nouns that end like a sound plural: «صلاح الدين», «اليمين»
_SINGULAR_IN_PLURAL_FORM = frozenset(arabic_key(w)[0] for w in ("الدين", "اليمين", "الحسين", "الأمين", "الثمين"))


def _named_by(word: str, name_words: set[str]) -> bool:
    """Whether an adjective is a word the organisation is named by, or that word's feminine («الحوثية» of «الحوثي»)."""
    return word in name_words or (word.endswith("يه") and word[:-1] in name_words)


def _plural_after_singular(head: str, word: str) -> bool:
    """A masculine sound plural or dual after a singular head is no adjective of it but the next part of the
    clause: «يتهم التحالف المتمردين الحوثيين» (the coalition accuses the rebels)."""
    return (head not in _PLURAL_HEADS and word not in _SINGULAR_IN_PLURAL_FORM and len(word) >= 7
            and word.endswith(("ين", "ون")))


class ReferenceResolver:
    """Adds anaphoric descriptions and directional references to the clusters of one article."""

    kb: KnowledgeBase

    @staticmethod
    def find_dominant_country(clusters: dict[str, Cluster]) -> str:
        """ISO2 of the country the article is most about: most mentions, then first named; "" when none.

        A bare «رئيسة الوزراء» in a British story is the British prime minister."""
        best: tuple[int, int, str] | None = None
        for c in clusters.values():
            if c.entry is None or c.entry.kind != "country" or not c.mentions:
                continue
            score = (len(c.mentions), -min(m.start for m in c.mentions), c.entry.country)
            if best is None or score > best:
                best = score
        return best[2] if best else ""

    def _add_anaphors(self, doc: Document, clusters: dict[str, Cluster], forms: list[TokenForm]) -> None:
        """«الحلف», «الوكالة», «التنظيم» alone → the organisation last named with that head noun
        («حلف الأطلسي», «وكالة الأنباء الكويتية», «تنظيم الدولة الإسلامية»), kind "title"."""
        heads: list[tuple[int, frozenset[str], Cluster]] = []  # (name start, head words of the name, entity)
        token_starts = [tok.start for tok in doc.tokens]
        name_words: dict[str, set[str]] = {}  # every word the organisation is named by here: «الأوروبي»
        for c in clusters.values():
            place = c.label == "LOC" and c.entry is not None and c.entry.kind != "country"
            if c.label != "ORG" and not place:
                continue
            # the head nouns it is named by here, and of its main KB name (not every alias: «منظمة الأمم
            # المتحدة» is not how an article naming «الأمم المتحدة» will refer back to it); a place only by
            # the noun before its name («مدينة الحديدة» … «المدينة»)
            names = [m.text for m in c.mentions if m.kind == "name"] + (c.entry.names_ar[:1] if c.entry else [])
            words = {k[0] for k in map(arabic_key, names) if k and (not place or k[0] in _PLACE_HEADS)}
            if c.entry is not None and not place:
                # «طالبان» … «الحركة», «داعش» … «التنظيم»: a movement the article names bare is still known by the
                # head noun of its other names («حركة طالبان», «تنظيم داعش»)
                words |= {k[0] for k in map(arabic_key, c.entry.names_ar[1:]) if k and k[0] in _MOVEMENT_HEADS}
            # (a place by a head noun its own name opens with: «قطاع غزة» … «القطاع»)
            words |= {w[2:] for w in words if w.startswith("ال")}  # «الجامعة العربية» … «الجامعة»
            name_words[c.key] = {w for n in names for w in arabic_key(n)}
            for m in c.mentions:
                if m.kind == "name":
                    # «صحيفة ليبرو», «منظمة «هيومن رايتس ووتش»»: the head noun before the name counts for it
                    t = bisect_right(token_starts, m.start) - 1
                    if t > 0 and doc.tokens[t - 1].text in _OPEN_QUOTES:
                        t -= 1
                    before = forms[t - 1].forms[:1] if t > 0 and forms[t - 1].forms else ()
                    named_by = frozenset(words | (set(before) & (_PLACE_HEADS if place else _ALL_HEADS)))
                    if named_by:
                        heads.append((m.start, named_by, c))
        if not heads:
            return
        heads.sort(key=lambda h: h[0])
        used = {t for c in clusters.values() for a, b in c.ranges for t in range(a, b + 1)}
        # «صحيفة إلفاتو كوتيديانو» that nothing here names: a later «الصحيفة» may be it, so it is no reference
        # to a paper named before it
        unnamed = [(forms[t].start, forms[t].forms[0]) for t in range(len(forms) - 1)
                   if forms[t].forms and forms[t].forms[0] in _ALL_HEADS and not forms[t].has_det
                   and _names_what_follows(doc, t + 1, used)]
        for sent in doc.sentences:
            for t in range(sent.token_start, sent.token_end):
                f = forms[t]
                if t in used or not f.forms or f.forms[0] not in ANAPHOR_HEADS or f.bare_end != f.end:
                    continue  # «حلفها» carries a pronoun: not this kind of reference
                nxt = forms[t + 1].forms[0] if t + 1 < sent.token_end and forms[t + 1].forms else ""
                # («المنظمة التي …»: a relative clause follows the reference, no adjective of a longer name)
                described = (nxt.startswith("ال") and len(nxt) > 3 and nxt not in TIME_WORDS_AFTER_NAMES
                             and nxt not in RELATIVE_PRONOUNS and not _plural_after_singular(f.forms[0], nxt))
                # «المنظمة الدولية لحظر الأسلحة الكيميائية» is a name, not a reference (but «وسيطلع الحلف
                # الأربعاء» is the alliance, then a day, and «التكتل الأوروبي» after «الاتحاد الأوروبي» the union)
                if t + 1 < sent.token_end and doc.tokens[t + 1].text in _OPEN_QUOTES:
                    continue  # «لتنظيم "الدولة الإسلامية"»: the name follows in quotation marks
                if not f.has_det and not f.forms[0].startswith("ال"):
                    continue  # «لتنظيم» without the article heads a name (but «المليشيا», whose «ال» the segmenter
                    # left on the word, has it)
                if f.has_prep and letters_of(doc.tokens[t].text) in _IDIOMS:
                    continue  # «الحرب بالوكالة»: by proxy, not the agency
                wanted = ANAPHOR_HEADS[f.forms[0]]
                target, target_start = None, -1
                for start, head_words, c in heads:
                    if start >= f.start:
                        break
                    if head_words & wanted:
                        target, target_start = c, start  # the most recent one wins
                if target is None and not described and not wanted & (_OUTLET_HEADS | _PLACE_HEADS):
                    # «وأفاد المرصد أن …» before «مدير المرصد السوري لحقوق الإنسان رامي عبد الرحمن»: a news
                    # story may name the body in full only later; the first one named so after it
                    later = next(((start, c) for start, head_words, c in heads
                                  if start > f.start and head_words & wanted), None)
                    if later is not None and not any(head in wanted and f.start < at < later[0] for at, head in unnamed):
                        target, target_start = later[1], -1
                end, token_end = f.end, doc.tokens[t].end
                if target is not None and described:
                    # «التنظيم الإرهابي», «الحركة المتمردة»: what it is called, no name
                    epithet = nxt in ORGANISATION_EPITHETS
                    after = (forms[t + 2].forms or [""])[0] if t + 2 < sent.token_end else ""
                    if not epithet and (t + 1 in used or not _named_by(letters_of(doc.tokens[t + 1].text),
                                                                       name_words.get(target.key, set()))
                                        or after.startswith("ال") and after not in ORGANISATION_EPITHETS):
                        continue  # a longer name, or an adjective the organisation is not named by (but «المليشيا
                        # الحوثية الانقلابية»: its name's nisba, then an epithet)
                    end, token_end = forms[t + 1].end, doc.tokens[t + 1].end
                if target is None and not described and f.forms[0] == _COALITION:
                    target = self._war_coalition(clusters)  # «طائرات التحالف» in a story of the war in Yemen
                    target_start = -1
                if target is None or any(head in wanted and target_start < at < f.start for at, head in unnamed):
                    continue
                target.mentions.append(Mention(f.start, end, doc.text[f.start:end], target.label, "title",
                                               doc.tokens[t].start, token_end))
                clusters.setdefault(target.key, target)

    def _war_coalition(self, clusters: dict[str, Cluster]) -> Cluster | None:
        """The coalition a bare «التحالف» means when no coalition is named: in a story of the Houthis, the
        Saudi-led one; of the Islamic State, the US-led one (both named, the war of the article's main country);
        None in any other story («التحالف» of an election is a party list)."""
        named = {c.entry.name_en for c in clusters.values() if c.entry is not None and c.mentions}
        wars = [coalition for enemy, coalition in _COALITION_AGAINST.items() if enemy in named]
        if len(wars) > 1:
            wars = [_COALITION_OF_COUNTRY[iso]] if (iso := self.find_dominant_country(clusters)) in _COALITION_OF_COUNTRY \
                else []
        if len(wars) != 1:
            return None
        ids = self.kb.english.get(english_key(wars[0])) or []
        entry = self.kb.entries.get(ids[0]) if ids else None
        if entry is None:
            return None
        return clusters.get(entry.id) or Cluster(entry.id, entry, entry.type)  # (added once it has a mention)

    def _add_monarchy_references(self, doc: Document, clusters: dict[str, Cluster], forms: list[TokenForm],
                                 dominant: str) -> None:
        """«المملكة», «السلطنة» alone → the monarchy of the last one named who belongs to one of that kind (the
        country, its king, its ministry), else the article's country when it is one, else the one such monarchy
        the article names after it; kind "title": «أعلن الملك سلمان تبرع المملكة بمبلغ 150 مليون دولار» is Saudi
        Arabia's donation."""
        by_iso = _country_clusters(clusters)
        used = {t for c in clusters.values() for a, b in c.ranges for t in range(a, b + 1)}
        for word, states in MONARCHY_WORDS.items():
            named = sorted((m.start, c.entry.country) for c in clusters.values()
                           if c.entry is not None and c.entry.country in states for m in c.mentions if m.kind == "name")
            told_of = {iso for _, iso in named}
            for t, f in enumerate(forms):
                if t in used or not f.forms or f.forms[0] != word or not f.has_det or f.bare_end != f.end:
                    continue  # «مملكته», or the head of a name the linker took («المملكة العربية السعودية»)
                named_by = self._demonym_after(forms, t)
                if named_by is not None:
                    # «المملكة الأردنية»: the kingdom named by its adjective (the KB knows «المملكة المغربية» whole)
                    entry = self.kb.entries.get(named_by)
                    target = self._country_cluster(clusters, by_iso, entry.country) if entry is not None else None
                    if target is not None:
                        end = forms[t + 1].end
                        target.mentions.append(Mention(f.start, end, doc.text[f.start:end], target.label, "name",
                                                       doc.tokens[t].start, doc.tokens[t + 1].end))
                    continue
                if not named and dominant not in states:
                    continue  # «قال ترامب إن المملكة حليف قوي»: no kingdom is told of, the word is left alone
                before = [iso for start, iso in named if start < f.start]
                # with none named before, the article's country, else the one kingdom it names further on
                # («رحب حق بالهدنة التي دعت إليها المملكة في اليمن … يقوم ولد الشيخ بزيارة للمملكة»)
                iso = before[-1] if before else dominant if dominant in states \
                    else next(iter(told_of)) if len(told_of) == 1 else ""
                target = self._country_cluster(clusters, by_iso, iso) if iso else None
                if target is not None:
                    target.mentions.append(Mention(f.start, f.end, doc.text[f.start:f.end], target.label, "title",
                                                   doc.tokens[t].start, doc.tokens[t].end))

    def _demonym_after(self, forms: list[TokenForm], t: int) -> str | None:
        """The KB id of the country whose adjective follows token t («المملكة الأردنية» → Jordan), else None."""
        if t + 1 >= len(forms) or not forms[t + 1].forms:
            return None
        return self.kb.demonyms.get(demonym_key(forms[t + 1].forms[0]))

    def _country_cluster(self, clusters: dict[str, Cluster], by_iso: dict[str, Cluster], iso: str) -> Cluster | None:
        """The cluster of the country `iso`, made from the KB (and added to both maps) when the article names
        it only by a reference; None when the KB has no such country."""
        c = by_iso.get(iso)
        if c is None:
            entry = self.kb.entries.get(self.kb.by_country.get(iso, ""))
            if entry is None:
                return None
            c = by_iso[iso] = clusters[entry.id] = Cluster(entry.id, entry, entry.type)
        return c

    def _add_paired_references(self, doc: Document, clusters: dict[str, Cluster], forms: list[TokenForm]) -> None:
        """«جارتها الشمالية», «جارته الجنوبية» in a story naming a Korea → that Korea, kind "metonym"; so is the
        other half after «و» with its country word left out («كوريا الشمالية والجنوبية»)."""
        by_iso = _country_clusters(clusters)
        for north, south in PAIRED_COUNTRIES:
            if north not in by_iso and south not in by_iso:
                continue
            for sent in doc.sentences:
                for t in range(sent.token_start, sent.token_end - 1):
                    if not forms[t].forms or not forms[t + 1].forms:
                        continue
                    here, there = set(forms[t].forms), set(forms[t + 1].forms)
                    if here & NEIGHBOUR_WORDS:
                        w, first = forms[t + 1].forms[0], t
                    elif t > 0 and set(forms[t - 1].forms) & PAIRED_NAMES and doc.tokens[t + 1].norm[:1] == "و" \
                            and ((here & NORTH_WORDS and there & SOUTH_WORDS)
                                 or (here & SOUTH_WORDS and there & NORTH_WORDS)):
                        w, first = next(iter(there & (NORTH_WORDS | SOUTH_WORDS))), t + 1
                    else:
                        continue
                    iso = north if w in NORTH_WORDS else south if w in SOUTH_WORDS else ""
                    if not iso:
                        continue
                    c = self._country_cluster(clusters, by_iso, iso)
                    if c is None:
                        continue
                    start, end = forms[first].start, forms[t + 1].end
                    c.mentions.append(Mention(start, end, doc.text[start:end], c.label, "metonym",
                                              doc.tokens[first].start, doc.tokens[t + 1].end))


def _country_clusters(clusters: dict[str, Cluster]) -> dict[str, Cluster]:
    """ISO2 → the cluster of each country the article names."""
    return {c.entry.country: c for c in clusters.values() if c.entry is not None and c.entry.kind == "country"}


def _names_what_follows(doc: Document, t: int, used: set[int]) -> bool:
    """A word at token t no entity took, or one inside the quotation mark opening there: the unlinked name
    after a head noun («صحيفة ليبرو», «صحيفة "لوريون لوجور"»)."""
    if t < len(doc.tokens) and doc.tokens[t].text in _OPEN_QUOTES:
        t += 1
    return t < len(doc.tokens) and t not in used and doc.tokens[t].kind == "word"
