"""The `events` pipeline component: who did what to whom, where and when, coded in CAMEO and PLOVER."""
from __future__ import annotations

from marsad.doc import Document
from marsad.events.extract import extract_events
from marsad.events.lexicon import EventLexicon, load_lexicon
from marsad.pipeline import component


@component("events", requires=("tokens",), assigns=("events",))
class EventExtractor:
    """Code events from Arabic triggers and the linked entities, times and quotes already on the document.

    Runs last: it reads `doc.entities` (linked: name_en, country, cameo), `doc.times` and
    `doc.quotes` when earlier components set them, and finds nothing without entities.
    """

    def __init__(self, *, lexicon: EventLexicon | None = None) -> None:
        self.lexicon = lexicon or load_lexicon()

    def __call__(self, doc: Document) -> Document:
        doc.events = extract_events(doc, self.lexicon)
        return doc
