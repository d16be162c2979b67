"""The `events` pipeline component: who did what to whom, where and when, coded in CAMEO and PLOVER."""
from __future__ import annotations

from dataclasses import replace

from marsad.doc import Document
from marsad.events.actors import spots_found_once
from marsad.events.arguments import ArgumentModel, load_argument_model, read_uncoded_triggers
from marsad.events.confidence import EventConfidenceModel, load_confidence_model
from marsad.events.extract import extract_events, triggers_by_sentence
from marsad.events.lexicon import EventLexicon, load_lexicon
from marsad.pipeline import component

# The confidence model was trained on whole articles (its features weigh salience and position in the article):
# shorter documents — a headline, a lone sentence — keep every event, with its confidence.
ARTICLE_SENTENCES = 3


@component("events", requires=("tokens",), assigns=("events",))
class EventExtractor:
    """Code events from Arabic triggers and the linked entities, times and quotes already on the document.

    Runs last: it reads `doc.entities` (linked: name_en, country, cameo), `doc.times` and
    `doc.quotes` when earlier components set them, and finds nothing without entities. Each event
    gets a confidence; those under `min_confidence` are dropped — by default under the shipped model's
    threshold, and only in articles (ARTICLE_SENTENCES sentences or more). Triggers the rules left uncoded
    are then read again by the argument model (`marsad.events.arguments`), unless `read_uncoded` is False.
    """

    def __init__(self, *, lexicon: EventLexicon | None = None, confidence_model: EventConfidenceModel | None = None,
                 min_confidence: float | None = None, argument_model: ArgumentModel | None = None,
                 read_uncoded: bool = True) -> None:
        self.lexicon = lexicon or load_lexicon()
        self.confidence_model = confidence_model or load_confidence_model()
        self.argument_model = argument_model or load_argument_model()
        self.read_uncoded = read_uncoded
        self.min_confidence = self.confidence_model.threshold if min_confidence is None else min_confidence
        self.filters_short_documents = min_confidence is not None  # a threshold asked for applies everywhere

    def __call__(self, doc: Document) -> Document:
        with spots_found_once():
            return self._code(doc)

    def _code(self, doc: Document) -> Document:
        matches = triggers_by_sentence(doc, self.lexicon)
        coded = extract_events(doc, self.lexicon, matches)
        confidences = [round(p, 3) for p in self.confidence_model.score(doc, coded)]
        for event, confidence in zip(coded, confidences):
            event.confidence = confidence
        # a lone sentence is outside what the model was trained on: it keeps every event unless asked otherwise
        filtered = len(doc.sentences) >= ARTICLE_SENTENCES or self.filters_short_documents
        events = [e for e in coded if not filtered or (e.confidence or 0.0) >= self.min_confidence]
        if self.read_uncoded:  # readings come with the argument model's probability, at least its threshold
            read = read_uncoded_triggers(doc, self.lexicon, self.argument_model, coded, events, matches)
            events += [e for e in read if not filtered or (e.confidence or 0.0) >= self.min_confidence]
        doc.events = [replace(e, id=f"ev{n}") for n, e in enumerate(events, 1)]
        return doc
