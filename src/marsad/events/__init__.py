"""Events: Arabic triggers coded in CAMEO and PLOVER, with actors, date, negation and modality.

    >>> from marsad.events import extract_events, load_lexicon
    >>> events = extract_events(doc, load_lexicon())  # doc with tokens and (linked) entities
"""
from __future__ import annotations

from marsad.events.component import EventExtractor
from marsad.events.extract import extract_events, find_triggers
from marsad.events.lexicon import EventLexicon, load_lexicon

__all__ = ["EventExtractor", "EventLexicon", "extract_events", "find_triggers", "load_lexicon"]
