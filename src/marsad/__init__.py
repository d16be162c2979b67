"""Marsad: reads Arabic news and turns it into structured, linked, searchable knowledge.

    >>> import marsad
    >>> doc = marsad.analyze("وصل كيم إلى روسيا أمس الأحد.", published="2023-09-18")
    >>> [t.text for t in doc.tokens][:3]
    ['وصل', 'كيم', 'إلى']
"""
from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from marsad.doc import (
    SCHEMA_VERSION,
    Actor,
    Document,
    Entity,
    Event,
    Mention,
    Piece,
    Quantity,
    Quote,
    Sentence,
    Span,
    TimeExpr,
    Token,
)
from marsad.errors import ComponentError, InputError, MarsadError, ModelError, PipelineError
from marsad.pipeline import Pipeline, component, registered_components

__version__ = "0.1.0"

__all__ = [
    "SCHEMA_VERSION",
    "Actor",
    "ComponentError",
    "Document",
    "Entity",
    "Event",
    "InputError",
    "MarsadError",
    "Mention",
    "ModelError",
    "Piece",
    "Pipeline",
    "PipelineError",
    "Quantity",
    "Quote",
    "Sentence",
    "Span",
    "TimeExpr",
    "Token",
    "__version__",
    "analyze",
    "component",
    "load",
    "registered_components",
]


@lru_cache(maxsize=8)
def _cached_pipeline(names: tuple[str, ...] | None) -> Pipeline:
    return Pipeline(names)


def load(components: Iterable[str] | None = None) -> Pipeline:
    """The default pipeline, or one of the named components (checked when built; cached)."""
    return _cached_pipeline(tuple(components) if components is not None else None)


def analyze(text: str, *, published: str | None = None, title: str | None = None,
            components: Iterable[str] | None = None, **meta: Any) -> Document:
    """Analyse one article. With `title`, the document text is the title, a blank line, then `text`."""
    doc = Document.from_parts(title, text, published=published, **meta) if title else Document(
        text=text, published=published, **meta)
    return load(components)(doc)
