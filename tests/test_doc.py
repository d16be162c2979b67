from __future__ import annotations

import json

import marsad
from marsad.doc import Actor, Document, Entity, Event, Mention, Quote, Span, TimeExpr


def test_title_and_body_become_one_text_with_a_blank_line():
    doc = Document.from_parts("عنوان الخبر", "نص الخبر.", id="x")
    assert doc.text == "عنوان الخبر\n\nنص الخبر."
    assert doc.body_start == len("عنوان الخبر") + 2 and doc.title_span.text == "عنوان الخبر"


def test_document_round_trips_through_json_with_every_annotation():
    doc = marsad.analyze("وصل كيم إلى روسيا أمس.", title="زيارة", published="2023-09-18", id="d1", source="test")
    start = doc.text.index("كيم")
    doc.entities.append(Entity("Q56226", "PER", "كيم", [Mention(start, start + 3, "كيم")], name_en="Kim Jong Un"))
    doc.times.append(TimeExpr(doc.text.index("أمس"), doc.text.index("أمس") + 3, "أمس", "DATE", "2023-09-17"))
    doc.quotes.append(Quote(0, 5, doc.text[:5], True, speaker=Actor("كيم", start, start + 3, name_en="Kim Jong Un")))
    trig = doc.text.index("وصل")
    doc.events.append(Event("e1", "032", Span(trig, trig + 3, "وصل"), source=[Actor("كيم", name_en="Kim Jong Un")]))
    data = json.loads(json.dumps(doc.to_dict(), ensure_ascii=False))
    back = Document.from_dict(data)
    assert back.to_dict() == doc.to_dict()
    assert isinstance(back.entities[0].mentions[0], Mention) and isinstance(back.events[0].trigger, Span)
    assert back.validate_offsets() == []


def test_validate_offsets_reports_a_span_that_does_not_slice_the_text():
    doc = Document(text="وصل كيم")
    doc.times.append(TimeExpr(0, 3, "كيم", "DATE"))
    assert doc.validate_offsets() and "كيم" in doc.validate_offsets()[0]


def test_published_date_parses_dates_and_datetimes():
    assert str(Document(text="x", published="2017-01-20T21:43:00+01:00").published_date) == "2017-01-20"
    assert Document(text="x", published="not a date").published_date is None


def test_document_id_defaults_to_a_content_hash():
    assert Document(text="نص").id == Document(text="نص").id != Document(text="نص آخر").id
