"""Entity linking: KB entries, English names, Wikidata IDs and in-article coreference (`link` component)."""
from __future__ import annotations

from marsad.link.linker import Linker
from marsad.link.translit import transliterate_name

__all__ = ["Linker", "transliterate_name"]
