"""Quotations and their speakers: «قال بوتين إن …», «أما كيم فقال: "…"», «وفقا للكرملين، …»."""
from marsad.quotes.extract import extract_quotes
from marsad.quotes.marks import QuotedSpan, find_quoted_spans

__all__ = ["QuotedSpan", "extract_quotes", "find_quoted_spans"]
