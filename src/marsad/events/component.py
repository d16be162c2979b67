"""The `events` pipeline component: who did what to whom, where and when, coded in CAMEO and PLOVER."""
from __future__ import annotations

from dataclasses import replace

from marsad.doc import Document
from marsad.events.confidence import EventConfidenceModel, load_confidence_model
from marsad.events.extract import extract_events
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
    threshold, and only in articles (ARTICLE_SENTENCES sentences or more).
    """

    def __init__(self, *, lexicon: EventLexicon | None = None, confidence_model: EventConfidenceModel | None = None,
                 min_confidence: float | None = None) -> None:
        self.lexicon = lexicon or load_lexicon()
        self.confidence_model = confidence_model or load_confidence_model()
        self.min_confidence = self.confidence_model.threshold if min_confidence is None else min_confidence
        self.filters_short_documents = min_confidence is not None  # a threshold asked for applies everywhere

    def __call__(self, doc: Document) -> Document:
        events = extract_events(doc, self.lexicon)
        confidences = [round(p, 3) for p in self.confidence_model.score(doc, events)]
        for event, confidence in zip(events, confidences):
            event.confidence = confidence
        # a lone sentence is outside what the model was trained on: it keeps every event unless asked otherwise
        if len(doc.sentences) >= ARTICLE_SENTENCES or self.filters_short_documents:
            events = [e for e, c in zip(events, confidences) if c >= self.min_confidence]
        doc.events = [replace(e, id=f"ev{n}") for n, e in enumerate(events, 1)]
        return doc
