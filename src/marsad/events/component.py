"""The `events` pipeline component: who did what to whom, where and when, coded in CAMEO and PLOVER."""
from __future__ import annotations

from dataclasses import replace

from marsad.doc import Document, Event
from marsad.events.arguments import ArgumentModel, load_argument_model, read_uncoded_triggers
from marsad.events.confidence import EventConfidenceModel, load_confidence_model
from marsad.events.extract import extract_events, triggers_by_sentence
from marsad.events.lexicon import EventLexicon, TriggerMatch, load_lexicon
from marsad.events.memo import facts_found_once
from marsad.pipeline import component

# The confidence model was trained on whole articles (its features weigh salience and position in the article):
# shorter documents — a headline, a lone sentence — keep every event, with its confidence.
ARTICLE_SENTENCES = 3
# Appeals, fighting, assaults and shows of force (02, 15, 18, 19) aimed at no one: in an article the story around
# them names the other side (`extract._context_targets`, `_campaign_targets`, `_opposing_group_targets`, the
# argument model's readings); when even the story gave none, the event was not read well enough to keep («حزب
# العمال الكردستاني الذي يحارب منذ ثلاثة عقود», «بارزاني يدعو إلى انتخابات مبكرة»: of 19 such fights on dev and the
# read held-out sets none was one the annotators coded, nor of 11 on the blind ones; of 6 appeals one, and of 1
# none). A lone sentence has no story around it and keeps them.
NEEDS_ANOTHER_SIDE = frozenset({"02", "15", "18", "19"})
# The argument model's readings in a sentence with no date of its own, in a story dated before it (the event's
# date comes from an earlier sentence, `Event.date_source` "context"), mostly read background: an agreement
# «الذي أبرم بعد مفاوضات شاقة», a mediation wondered about, a visit in a side clause. Of 25 on dev and the read
# held-out sets 4 were events the annotators coded (of 16 on the blind ones, 3); readings in dated sentences, or in
# stories that tell no date, were right about half the time and stay.
UNDATED_READING = "context"


@component("events", requires=("tokens",), assigns=("events",))
class EventExtractor:
    """Code events from Arabic triggers and the linked entities, times and quotes already on the document.

    Runs last: it reads `doc.entities` (linked: name_en, country, cameo), `doc.times` and
    `doc.quotes` when earlier components set them, and finds nothing without entities. Each event
    gets a confidence; those under `min_confidence` are dropped — by default under the shipped model's
    threshold, and only in articles (ARTICLE_SENTENCES sentences or more), where appeals and fighting aimed at no
    one are dropped too (`NEEDS_ANOTHER_SIDE`) unless `min_confidence` is 0. Triggers the rules left uncoded
    are then read again by the argument model (`marsad.events.arguments`), unless `read_uncoded` is False; in
    articles its readings in sentences that tell no date of their own after the story told one are dropped too.
    """

    def __init__(self, *, lexicon: EventLexicon | None = None, confidence_model: EventConfidenceModel | None = None,
                 min_confidence: float | None = None, argument_model: ArgumentModel | None = None,
                 read_uncoded: bool = True) -> None:
        self.lexicon = lexicon or load_lexicon()
        self.confidence_model = confidence_model or load_confidence_model()
        self.read_uncoded = read_uncoded
        self.argument_model = argument_model or (load_argument_model() if read_uncoded else None)
        self.min_confidence = self.confidence_model.threshold if min_confidence is None else min_confidence
        self.filters_short_documents = min_confidence is not None  # a threshold asked for applies everywhere
        self.keeps_every_event = min_confidence == 0.0  # «--min-event-confidence 0» keeps every event coded

    def __call__(self, doc: Document) -> Document:
        with facts_found_once():  # the rules and the argument model read the same sentences
            return self._code(doc)

    def _code(self, doc: Document) -> Document:
        matches = triggers_by_sentence(doc, self.lexicon)
        coded = extract_events(doc, self.lexicon, matches)
        events = self.kept(doc, coded)
        events += self.readings(doc, coded, events, matches)
        doc.events = [replace(e, id=f"ev{n}") for n, e in enumerate(events, 1)]
        return doc

    def _filters(self, doc: Document) -> bool:
        # a lone sentence is outside what the models were trained on: it keeps every event unless asked otherwise
        return _is_article(doc) or self.filters_short_documents

    def _story_around(self, doc: Document) -> bool:
        # an article whose story could have named the side an appeal or a fight was aimed at (`NEEDS_ANOTHER_SIDE`)
        return _is_article(doc) and not self.keeps_every_event

    def kept(self, doc: Document, coded: list[Event]) -> list[Event]:
        """The rules' events, each given its confidence, less those under `min_confidence` where it applies."""
        for event, p in zip(coded, self.confidence_model.score(doc, coded)):
            event.confidence = round(p, 3)
        return self._passing(doc, coded)

    def readings(self, doc: Document, coded: list[Event], kept: list[Event],
                 matches: list[list[tuple[int, TriggerMatch]]] | None = None) -> list[Event]:
        """The argument model's events at the triggers the rules left uncoded (`coded`), none repeating `kept`;
        each comes with the model's probability, at least its threshold, as its confidence."""
        if not self.read_uncoded or self.argument_model is None:
            return []
        read = read_uncoded_triggers(doc, self.lexicon, self.argument_model, coded, kept, matches)
        if self._story_around(doc):  # `UNDATED_READING`
            read = [e for e in read if e.date_source != UNDATED_READING]
        return self._passing(doc, read)

    def _passing(self, doc: Document, events: list[Event]) -> list[Event]:
        """The events the filters keep: over `min_confidence` where it applies, and not aimed at no one where the
        story could have named whom."""
        by_confidence, story = self._filters(doc), self._story_around(doc)
        return [e for e in events if (not by_confidence or (e.confidence or 0.0) >= self.min_confidence)
                and not (story and _aimed_at_no_one(e))]


def _is_article(doc: Document) -> bool:
    return len(doc.sentences) >= ARTICLE_SENTENCES


def _aimed_at_no_one(event: Event) -> bool:
    return event.cameo[:2] in NEEDS_ANOTHER_SIDE and not event.target
