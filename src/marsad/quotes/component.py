"""The `quotes` pipeline component."""
from __future__ import annotations

from marsad.doc import Document
from marsad.pipeline import component
from marsad.quotes.extract import extract_quotes


@component("quotes", requires=("tokens",), assigns=("quotes",))
class QuoteExtractor:
    """Find direct, reported and relayed speech with its speaker; uses entities when present."""

    def __call__(self, doc: Document) -> Document:
        doc.quotes = extract_quotes(doc)
        return doc
