"""Facts about a document that the event coder reads many times, gathered once per `EventExtractor` call.

Every sentence, clause and quote asks for its actors, the token offsets, the words inside dates …;
inside `facts_found_once()` each is built once per document and kept until the block ends. Outside
it (a test calling one function) they are built afresh each time, so nothing can go stale.
Nothing may change the document's tokens, entities, times or quotes inside the block.
"""
from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, TypeVar

from marsad.doc import Document

T = TypeVar("T")

_FACTS: ContextVar[dict[tuple[int, Hashable], Any] | None] = ContextVar("marsad_event_facts", default=None)


@contextmanager
def facts_found_once() -> Iterator[None]:
    """Inside the block each fact about a document is built once (see the module docstring); a block inside
    another shares the outer one's facts."""
    if _FACTS.get() is not None:
        yield
        return
    reset = _FACTS.set({})
    try:
        yield
    finally:
        _FACTS.reset(reset)


def once_per_document(doc: Document, what: Hashable, build: Callable[[], T]) -> T:
    """`build()`, or what it gave for this document and `what` earlier in the same `facts_found_once` block."""
    facts = _FACTS.get()
    if facts is None:
        return build()
    key = (id(doc), what)
    if key not in facts:
        facts[key] = build()
    return facts[key]  # type: ignore[no-any-return]


def token_starts(doc: Document) -> list[int]:
    """Start offsets of the document's tokens, for bisecting a character offset to its token."""
    return once_per_document(doc, "token starts", lambda: [t.start for t in doc.tokens])
