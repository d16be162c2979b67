"""The `link` pipeline component: runs after `ner`, links and merges `doc.entities`."""
from __future__ import annotations

from marsad.doc import Document
from marsad.kb.base import load_kb
from marsad.link.linker import Linker
from marsad.pipeline import component


@component("link", requires=("tokens", "pieces"), assigns=("links",))
class EntityLinker:
    """Link entities to the knowledge base, find the names NER missed, resolve titles and partial names.

    Requires only the text core, so it also runs without `ner` (dictionary names only); with
    `ner` before it, it links and merges NER's entities too.
    """

    def __init__(self, *, min_unlinked_score: float = 0.9, resolve_unnamed_titles: bool = True) -> None:
        self.linker = Linker(load_kb(), min_unlinked_score=min_unlinked_score,
                             resolve_unnamed_titles=resolve_unnamed_titles)

    def __call__(self, doc: Document) -> Document:
        return self.linker(doc)
