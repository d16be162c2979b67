"""A learned second reading of triggers the rules left uncoded: which actor did it, and to whom.

The rules in `extract` read participants from word order and drop a trigger when no reading is safe.
Many dropped triggers still name their actors in the same sentence: «وأعلنت الحكومة العراقية … استئناف
المفاوضات مع أربيل» where a clause came between. Here every trigger the rules did not code is read
again: each pair (source, target) of the actors the sentence names is a reading, described by where the
two stand from the trigger (before, after, how far, behind which preposition, across which words), what
they are (person, body, country, crowd) and the trigger's CAMEO root. Two small models weigh those
features: one picks the likeliest reading of each trigger (a softmax over its readings), the other says
how likely that reading is an event an analyst would list (a logistic model); the pick is coded when that
is more likely than not. Both are trained on annotated articles (`training/train_event_arguments.py`,
MODELS.md). Events read this way say so: `found_by` is "model".
"""
from __future__ import annotations

import bisect
import math
import operator
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat

from marsad.doc import Actor, Document, Event
from marsad.events.actors import (
    ActorSpot,
    find_actor_spots,
    names_its_country,
    stands_for_its_country,
)
from marsad.events.confidence import mention_counts
from marsad.events.extract import about_sport, event_at, is_medium, passive_accusation, triggers_by_sentence
from marsad.events.lexicon import EventLexicon, TriggerMatch, is_preposition, read_shipped_json
from marsad.events.memo import facts_found_once, token_starts
from marsad.events.participants import (
    EACH_OF,
    VIOLENCE_ROOTS,
    by_means,
    exposure_verb,
    names_an_accord,
    names_part_of,
    strip_conj,
)
from marsad.text import normalize_word

MODEL_FILE = "event_arguments.json"
# Force posture (15), cut ties and sanctions (16) and violence (18-20) are read by the rules alone: their sides
# stand in fixed patterns the rules know («شنت … غارات على»), and a reading guessed from where the actors stand
# pairs the wrong sides far more often than not (3 of 25 such readings were right on dev and the read held-out sets).
RULES_ONLY_ROOTS = frozenset({"15", "16"}) | VIOLENCE_ROOTS
MAX_DISTANCE = 30  # tokens: actors further from the trigger than this are not read as its participants
# Prepositions an actor may stand behind; «عن», «حول» are what is spoken about, «لدى» where.
_PREPOSITIONS = ("على", "ضد", "مع", "الى", "في", "من", "عن", "بين", "لدى", "حول", "تجاه", "بحق", "عبر", "امام")
_PROCLITIC_PREPOSITIONS = frozenset({"ب", "ل", "ك"})


@dataclass(slots=True)
class ArgumentCandidate:
    """One reading of a trigger: who acts, on whom, and the features the model weighs."""

    token: int
    sentence: int
    match: TriggerMatch
    source: ActorSpot
    target: ActorSpot | None
    # the trigger's, the source's, the target's (None without one) and the pair's features: the first three are
    # shared by every reading of the trigger that has them, so a model scores each once (`ArgumentModel.best`)
    parts: tuple[dict[str, float], dict[str, float], dict[str, float] | None, dict[str, float]]
    triggers: set[int]  # every trigger token of the sentence (negation stops at another trigger)

    @property
    def features(self) -> dict[str, float]:
        """All the features of the reading: the trigger's, the source's, the target's and the pair's."""
        trigger, source, target, pair = self.parts
        return {**trigger, **source, **(target or {}), **pair}


def _preposition(doc: Document, spot: ActorSpot) -> str:
    """The preposition governing an actor mention: a glued «بـ/لـ», else the word before it, else "none"."""
    tok = doc.tokens[spot.token_start]
    for p in tok.pieces:
        if p.end <= spot.start and p.tag == "PREP":
            glued = doc.text[p.start:p.end]
            return glued if glued in _PROCLITIC_PREPOSITIONS else "prep"
    if spot.start > tok.start and tok.norm[:1] in ("ب", "ل") and tok.norm[1:2] != "ل":
        return tok.norm[:1]
    j = spot.token_start - 1
    while j >= 0 and doc.tokens[j].kind == "punct" and doc.tokens[j].text in "«»\"'":
        j -= 1
    if j < 0:
        return "none"
    word = doc.tokens[j].norm
    word = word[1:] if len(word) > 2 and word[0] in "وف" else word
    if word in _PREPOSITIONS or is_preposition(word):
        return word if word in _PREPOSITIONS else "prep"
    return "none"


def _kind(spot: ActorSpot, lexicon: EventLexicon) -> str:
    """What the actor is, coarsely: a person, a country, a city, a body, a crowd or role word, a nationality."""
    if spot.speaker:
        return "speaker"
    e = spot.entity
    if e is None:
        return "demonym" if spot.country and (spot.generic is None or len(spot.generic[1]) <= 3) else "generic"
    if e.label == "LOC":
        return "country" if names_its_country(e, lexicon) else "place"
    return e.label.lower()


# Words between an actor and the trigger that say how they are joined: a reported clause («قال X إن …»),
# a relative clause («X الذي …»), a comma or a conjunction.
_SEPARATORS = {"ان": "that", "بان": "that", "وان": "that", "الذي": "relative", "التي": "relative",
               "الذين": "relative", "و": "and", "بعد": "after", "قبل": "before", "خلال": "during"}


def _separators(doc: Document, a: int, b: int) -> set[str]:
    """What joins tokens a and b (a < b): the words of _SEPARATORS and commas between them."""
    out = set()
    for k in range(a, b):
        tok = doc.tokens[k]
        if tok.kind == "punct" and tok.text in "،,":
            out.add("comma")
        elif tok.norm in _SEPARATORS:
            out.add(_SEPARATORS[tok.norm])
    return out


def _distance_bucket(n: int) -> str:
    return "0" if n <= 0 else "1" if n == 1 else "2-3" if n <= 3 else "4-7" if n <= 7 else "8+"


def _actor_features(doc: Document, spot: ActorSpot, i: int, spots: list[ActorSpot], triggers: set[int],
                    lexicon: EventLexicon, root: str, counts: dict[str, int]) -> dict[str, float]:
    """What one actor is and where it stands from trigger `i`, as the source of a reading (`_as_target` renames
    them for the target)."""
    role = "source"
    before = spot.token_end <= i
    gap = (i - spot.token_end) if before else (spot.token_start - i - 1)
    where = "before" if before else "after"
    prep = _preposition(doc, spot)
    kind = _kind(spot, lexicon)
    # is it the nearest actor on its side of the trigger?
    same_side = [s for s in spots if (s.token_end <= i) == before]
    nearest = min(same_side, key=lambda s: abs((i - s.token_end) if before else (s.token_start - i)))
    out = {
        f"{role}_{where}": 1.0,
        f"{role}_{where}_gap={_distance_bucket(gap)}": 1.0,
        f"{role}_log_gap": math.log1p(max(0, gap)),
        f"{role}_prep={prep}": 1.0,
        f"{role}_kind={kind}": 1.0,
        f"{role}_nearest_{where}": float(nearest is spot),
        f"root={root}_{role}_{where}": 1.0,
        f"root={root}_{role}_prep={prep}": 1.0,
        f"root={root}_{role}_kind={kind}": 1.0,
        f"{role}_{where}_prep={prep}": 1.0,
        f"{role}_salience": math.log1p(counts.get(spot.entity.id, 0)) if spot.entity is not None else 0.0,
        f"{role}_has_wikidata": float(spot.entity is not None and spot.entity.wikidata is not None),
        f"{role}_media": float(spot.entity is not None and (spot.entity.cameo or "").endswith("MED")),
        f"{role}_crossed_triggers": float(min(2, _crossed_verbs(i, spot.token_start, triggers))),
    }
    lo, hi = (spot.token_end, i) if before else (i + 1, spot.token_start)
    for sep in _separators(doc, lo, hi):
        out[f"{role}_{where}_across={sep}"] = 1.0
    out["source_first_in_sentence"] = float(spots[0] is spot)
    return out


def _as_target(source_part: dict[str, float]) -> dict[str, float]:
    """The same actor's features as the target of a reading: the names say "target"; its place among the
    sentence's actors is a source's feature only."""
    return {name.replace("source", "target", 1): value for name, value in source_part.items()
            if name != "source_first_in_sentence"}


def _crossed_verbs(a: int, b: int, triggers: set[int]) -> int:
    return sum(1 for k in range(min(a, b) + 1, max(a, b)) if k in triggers)


def _trigger_features(doc: Document, i: int, m: TriggerMatch, title: bool, spots: list[ActorSpot]) -> dict[str, float]:
    root = m.trigger.code[:2]
    start = doc.tokens[i].start
    around = [q for q in doc.quotes if q.start <= start < q.end]
    return {"bias": 1.0, f"root={root}": 1.0, f"kind={m.trigger.kind}": 1.0, f"origin={m.trigger.origin}": 1.0,
            f"root={root}_kind={m.trigger.kind}": 1.0, f"lemma={m.trigger.lemma}": 1.0,
            "title": float(title), "future": float(m.future), "in_quote": float(bool(around)),
            "in_direct_quote": float(any(q.direct for q in around)),
            "definite": float(doc.tokens[i].norm.startswith(("ال", "وال", "بال", "لل"))),
            "actors_in_sentence": math.log1p(len(spots))}


def _pair_features(root: str, source: ActorSpot, target: ActorSpot | None) -> dict[str, float]:
    """How a reading's source and target relate (or that it has no target)."""
    if target is None:
        return {"no_target": 1.0, f"root={root}_no_target": 1.0}
    return {"source_before_target": float(source.token_start < target.token_start),
            "same_side": float(bool(source.side) and source.side == target.side)}


def _usable(spot: ActorSpot) -> bool:
    return spot.entity is not None or spot.speaker or bool(spot.country) or spot.generic is not None


def _listed_together(doc: Document, a: ActorSpot, b: ActorSpot) -> bool:
    """«ندد كل من الرئيس الأمريكي دونالد ترامب والرئيس الفرنسي إيمانويل ماكرون»: sides «كل من» lists do one thing
    together; neither does it to the other."""
    first, second = (a, b) if a.token_start < b.token_start else (b, a)
    listed = next((k for k in range(first.token_start - 1, max(0, first.token_start - LISTED_TITLE_WORDS) - 1, -1)
                   if doc.tokens[k].norm == "من" and k > 0 and strip_conj(doc.tokens[k - 1].norm) in EACH_OF), None)
    between = range(first.token_end, second.token_start)
    return listed is not None and len(between) <= LISTED_TITLE_WORDS \
        and all(doc.tokens[j].kind == "word" for j in range(listed + 1, second.token_start)) \
        and any(doc.tokens[j].norm.startswith("و") for j in [*between, second.token_start])


LISTED_TITLE_WORDS = 4  # a title and a name between «كل من» and the side, or between two sides it lists


def _readings(doc: Document, lexicon: EventLexicon, matches: list[list[tuple[int, TriggerMatch]]],
              skip: set[int]) -> list[list[ArgumentCandidate]]:
    """Per trigger not in `skip`: every (source, target) reading within MAX_DISTANCE tokens of it."""
    token_of = {t.start: k for k, t in enumerate(doc.tokens)}
    counts = mention_counts(doc)
    out: list[list[ArgumentCandidate]] = []
    for si, (sentence, found) in enumerate(zip(doc.sentences, matches)):
        todo = [(i, m) for i, m in found if i not in skip]
        if not todo or about_sport(doc, sentence):
            continue  # a match is no political event, for the model as for the rules
        spots = [s for s in find_actor_spots(doc, sentence.token_start, sentence.token_end, lexicon, token_of)
                 if _usable(s) and not names_an_accord(doc, s, lexicon)]  # «اتفاقات أوسلو»: no side
        triggers = {i for i, _ in found}
        for i, m in todo:
            if m.trigger.code[:2] in RULES_ONLY_ROOTS or passive_accusation(doc, i, m, spots):
                continue  # («الذي اتهم النظام السوري بشنه»: the rules know the accused, and that no accuser is told)
            near = [s for s in spots if not s.token_start <= i < s.token_end
                    and min(abs(i - s.token_end), abs(s.token_start - i)) <= MAX_DISTANCE]
            if not near:
                continue
            root = m.trigger.code[:2]
            trigger = _trigger_features(doc, i, m, sentence.is_title, near)
            sources = [_actor_features(doc, s, i, near, triggers, lexicon, root, counts) for s in near]
            targets = [_as_target(part) for part in sources]
            underwent = exposure_verb(doc, i) >= 0  # «وتتعرض ميركل لاتهامات»: the subject did not accuse
            # («وبحسب مكتب تنسيق الشؤون الإنسانية، توجه 70 ألفا»: who reports it did not do it; «في مقابلة مع وكالة
            # فرانس برس»: the agency spoken to is not acted on)
            channels = [by_means(doc, s) for s in near]
            group = []
            for s, source_part, channel in zip(near, sources, channels):
                if (underwent and s.token_start < i) or channel:
                    continue
                for t, target_part, to_channel in [(None, None, False), *zip(near, targets, channels)]:
                    if t is s or to_channel or (t is not None and (t.key == s.key or (s.side and s.side == t.side
                                                                         and stands_for_its_country(t, lexicon))
                                                     or names_part_of(t, s) or names_part_of(s, t)
                                                     or _listed_together(doc, s, t))):
                        continue
                    group.append(ArgumentCandidate(i, si, m, s, t, (trigger, source_part, target_part,
                                                                     _pair_features(root, s, t)), triggers))
            if group:
                out.append(group)
    return out


_DECLARING = frozenset(normalize_word(w) for w in (
    "أعلن", "أعلنت", "يعلن", "تعلن", "إعلان", "فرض", "فرضت", "يفرض", "تفرض", "فرضها", "فرضه", "تمديد", "مدد", "مددت",
    "يمدد", "تمدد"))


def _emergency_not_declared(doc: Document, i: int, m: TriggerMatch) -> bool:
    """«في ظل حالة الطوارئ», «خاضعون لحالة الطوارئ»: a state of emergency in force is the background, not the act of
    declaring it (1724), which a verb or masdar of declaring or imposing right before it tells."""
    return m.trigger.code == "1724" and (i == 0 or strip_conj(doc.tokens[i - 1].norm) not in _DECLARING)


_RETURNING = frozenset({"عاد", "عوده"})


def _returns_to_no_place(m: TriggerMatch, group: list[ArgumentCandidate]) -> bool:
    """«وطمأن الشعب التركي بأن الليرة ستعود إلى مستواها», «الوضع سيعود إلى ما كان عليه», «سليماني سيعود»: a
    return whose «إلى» names no place among the trigger's readings is no journey (042), whoever the sentence names."""
    if m.trigger.lemma not in _RETURNING:
        return False
    return m.complement is None or not any(
        s is not None and s.token_start == m.complement + 1 and s.entity is not None and s.entity.label == "LOC"
        for c in group for s in (c.source, c.target))


@dataclass(frozen=True)
class ArgumentModel:
    """Weights that pick a trigger's likeliest reading, weights that say how likely it is, and the bar it must pass."""

    pick: dict[str, float]
    emit: dict[str, float]
    threshold: float

    def probability(self, features: dict[str, float]) -> float:
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, _dot(self.emit, features)))))

    def best(self, group: list[ArgumentCandidate]) -> tuple[ArgumentCandidate, float]:
        """The reading the pick weights prefer (the first on ties) and the emit model's probability of it."""
        weighed: dict[int, float] = {}

        def weigh(part: dict[str, float]) -> float:  # an actor's part, shared by many readings, is weighed once
            key = id(part)
            if key not in weighed:
                weighed[key] = _dot(self.pick, part)
            return weighed[key]

        def score(c: ArgumentCandidate) -> float:
            trigger, source, target, pair = c.parts
            return weigh(trigger) + weigh(source) + (0.0 if target is None else weigh(target)) + _dot(self.pick, pair)

        chosen = max(enumerate(group), key=lambda nc: (score(nc[1]), -nc[0]))[1]
        return chosen, self.probability(chosen.features)


def _dot(weights: dict[str, float], features: dict[str, float]) -> float:
    # map() rather than a generator: the readings of every uncoded trigger are scored, and this is the inner loop
    return sum(map(operator.mul, map(weights.get, features, repeat(0.0)), features.values()))


@lru_cache(maxsize=1)
def load_argument_model() -> ArgumentModel:
    data = read_shipped_json(MODEL_FILE, what="the event argument model",
                             rebuild="training/train_event_arguments.py --shared ../shared")
    return ArgumentModel(pick=data["pick_weights"], emit=data["emit_weights"], threshold=data["threshold"])


def tokens_of(doc: Document, events: list[Event]) -> set[int]:
    """Token indices of every mention of the events (their triggers)."""
    starts = token_starts(doc)
    return {bisect.bisect_right(starts, span.start) - 1 for e in events for span in e.mentions}


def reading_groups(doc: Document, lexicon: EventLexicon, coded: list[Event],
                   matches: list[list[tuple[int, TriggerMatch]]] | None = None) -> list[list[ArgumentCandidate]]:
    """The candidate readings of every trigger that no event in `coded` (the rules' events) mentions;
    `matches` are the trigger words of each sentence when already found."""
    with facts_found_once():
        if matches is None:
            matches = triggers_by_sentence(doc, lexicon)
        return _readings(doc, lexicon, matches, tokens_of(doc, coded))


def candidate_event(doc: Document, c: ArgumentCandidate, lexicon: EventLexicon) -> Event:
    """The event one reading codes, told as the rules tell theirs (negation, plans, date)."""
    event = event_at(doc, c.sentence, c.token, c.match, [c.source], [c.target] if c.target else [],
                     c.triggers, lexicon)
    event.found_by = "model"
    return event


def _same_event(a: Event, b: Event) -> bool:
    """One root (a visit announced is the meeting), one negation, a shared source and no clashing target."""
    def root(e: Event) -> str:
        return "04" if e.cameo == "036" else e.cameo[:2]

    def keys(actors: list[Actor]) -> set[str]:
        return {k for x in actors for k in (x.name_en, x.country) if k}

    if root(a) != root(b) or a.negated != b.negated or not keys(a.source) & keys(b.source):
        return False
    return not (a.target and b.target and not keys(a.target) & keys(b.target))


def read_uncoded_triggers(doc: Document, lexicon: EventLexicon, model: ArgumentModel, coded: list[Event],
                          kept: list[Event], matches: list[list[tuple[int, TriggerMatch]]] | None = None) -> list[Event]:
    """Events the model reads at triggers the rules did not code (`coded`), unless one of `kept` already
    tells the same event; each carries the model's probability as its confidence."""
    out: list[Event] = []
    for group in reading_groups(doc, lexicon, coded, matches):
        chosen, p = model.best(group)
        if p < model.threshold:
            continue
        if chosen.match.trigger.code[:2] == "04" and chosen.target is not None and is_medium(chosen.target):
            continue  # «وألقى الرئيس ترامب، في مقابلة … مع قناة فوكس نيوز، … ربما لا يحدث اللقاء»: an interview
        if _returns_to_no_place(chosen.match, group) or _emergency_not_declared(doc, chosen.token, chosen.match):
            continue  # (vetoed here, not left out of the readings: the model still learns from them)
        event = candidate_event(doc, chosen, lexicon)
        if any(_same_event(event, e) for e in kept + out):
            continue
        event.confidence = round(p, 3)
        out.append(event)
    return out
