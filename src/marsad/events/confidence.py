"""How likely a coded event is one an analyst would list: a small logistic model over the event's shape.

The rules in `extract` find every trigger with a source; many of those are right in form but not what a reader
would list (a plan in a quotation, an appeal by an unnamed speaker, a date taken from the wrong clause). A
logistic model trained on annotated articles (`training/train_event_confidence.py`, MODELS.md) weighs the
evidence each event carries — its CAMEO root, how its actors were found, how salient they are in the article,
where it stands and how it was dated — and events under the model's threshold are dropped.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from marsad.doc import Actor, Document, Event
from marsad.events.lexicon import read_shipped_json

MODEL_FILE = "event_confidence.json"
DEFINITE_PREFIXES = ("ال", "بال", "لل", "وال", "فال", "كال", "وبال", "ولل")


def _salience(mention_counts: dict[str, int], actors: list[Actor]) -> float:
    """log(1 + mentions) of the most mentioned linked actor: the article's protagonists act in its events."""
    return math.log1p(max((mention_counts.get(a.entity or "", 0) for a in actors), default=0))


def mention_counts(doc: Document) -> dict[str, int]:
    """How often the article names each entity (once per document, shared by all its events)."""
    return {e.id: len(e.mentions) for e in doc.entities}


def _actor_features(role: str, actors: list[Actor], trigger_start: int, out: dict[str, float]) -> None:
    if not actors:
        return
    first = actors[0]
    out[f"{role}_label={first.label}"] = 1.0
    out[f"{role}_has_wikidata"] = float(first.wikidata is not None)
    out[f"{role}_in_text"] = float(first.start is not None)
    distances = [abs(a.start - trigger_start) for a in actors if a.start is not None]
    if distances:  # an actor found far from its trigger was more often found wrongly
        out[f"{role}_log_distance"] = math.log1p(min(distances) / 10)


def _sentence_index(doc: Document, event: Event) -> int:
    if event.sentence is not None:
        return event.sentence
    return next((i for i, s in enumerate(doc.sentences) if s.start <= event.trigger.start < s.end), 0)


def event_features(doc: Document, event: Event, *, events_in_article: int,
                   counts: dict[str, int] | None = None) -> dict[str, float]:
    """The named features of one event (sparse: absent means 0); `counts` is `mention_counts(doc)`."""
    counts = mention_counts(doc) if counts is None else counts
    out: dict[str, float] = {"bias": 1.0}
    out["root=" + (event.cameo_root or event.cameo[:2])] = 1.0
    out[f"date_source={event.date_source}"] = 1.0
    out[f"modality={event.modality or 'asserted'}"] = 1.0
    out["negated"] = float(event.negated)
    out["has_target"] = float(bool(event.target))
    out["sources"] = float(min(len(event.source), 3))
    out["log_mentions"] = math.log(max(1, len(event.mentions)))
    out["log_events_in_article"] = math.log1p(events_in_article)
    index = _sentence_index(doc, event)
    out["headline"] = float(bool(doc.sentences) and index < len(doc.sentences) and doc.sentences[index].is_title)
    out["position"] = index / max(1, len(doc.sentences))
    out["trigger_definite"] = float(event.trigger.text.startswith(DEFINITE_PREFIXES))
    published_year = (doc.published or "")[:4]
    out["dated_another_year"] = float(bool(event.date and published_year and event.date[:4] != published_year))
    start = event.trigger.start
    around = [q for q in doc.quotes if q.start <= start < q.end]
    out["in_quote"] = float(bool(around))
    out["in_direct_quote"] = float(any(q.direct for q in around))
    _actor_features("source", event.source, start, out)
    _actor_features("target", event.target, start, out)
    if event.source:
        out["source_salience"] = _salience(counts, event.source)
    if event.target:
        out["target_salience"] = _salience(counts, event.target)
    return out


@dataclass(frozen=True)
class EventConfidenceModel:
    """Weights of a logistic model and the threshold under which an event is dropped."""

    weights: dict[str, float]
    threshold: float

    def probability(self, features: dict[str, float]) -> float:
        z = sum(self.weights.get(name, 0.0) * value for name, value in features.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def score(self, doc: Document, events: list[Event]) -> list[float]:
        """The probability of each event, in order."""
        counts = mention_counts(doc)
        return [self.probability(event_features(doc, e, events_in_article=len(events), counts=counts))
                for e in events]


@lru_cache(maxsize=1)
def load_confidence_model() -> EventConfidenceModel:
    """The shipped model (cached); ModelError names the rebuild command when it is missing."""
    data = read_shipped_json(MODEL_FILE, what="event confidence model", rebuild="training/train_event_confidence.py")
    return EventConfidenceModel({k: float(v) for k, v in data["weights"].items()}, float(data["threshold"]))
