"""The knowledge base of entities: countries, cities, organisations and news figures, in Arabic and English.

Built by `training/build_kb.py` into `marsad/data/kb/kb.jsonl.gz` (see MODELS.md). Arabic names are
indexed by their folded letters word by word («الولايات المتحدة» → ("الولايات", "المتحده")), so
hamza, ta marbuta and alef maqsura spellings meet; English names by lower-cased ASCII letters.

    >>> from marsad.kb import lookup
    >>> lookup("بوتين")[0].name_en
    'Vladimir Putin'
    >>> lookup("Putin")[0].id
    'Q7747'
"""
from __future__ import annotations

from marsad.kb.base import KBEntry, KnowledgeBase, arabic_key, english_key, load_kb, lookup

__all__ = ["KBEntry", "KnowledgeBase", "arabic_key", "english_key", "load_kb", "lookup"]
