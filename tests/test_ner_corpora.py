"""Corpus tag mapping and conlleval chunking, which every reported NER figure depends on."""
from __future__ import annotations

import pytest

from marsad.ner.corpora import chunks_of, map_tag


@pytest.mark.parametrize("tag, expected", [
    ("B-PERS", "B-PER"), ("I-PERS", "I-PER"), ("B-MIS1", "B-MISC"), ("I-MIS3", "I-MISC"), ("B-MISS1", "B-MISC"),
    ("I--ORG", "I-ORG"), ("OO", "O"), ("B-ENGLISH", "O"), ("B-Politician", "B-PER"), ("I-Nation", "I-LOC"),
    ("B-Group", "O"), ("B-Media", "B-ORG"), ("B-Software", "B-MISC"), ("O", "O"),
])
def test_ner_corpora_map_tag(tag, expected):
    assert map_tag(tag) == expected


def test_ner_corpora_chunks_conlleval():
    # an I- after O starts a chunk, as in conlleval; a type change also splits
    tags = ["B-PER", "I-PER", "O", "I-LOC", "I-ORG", "B-ORG", "I-ORG"]
    assert chunks_of(tags) == {(0, 2, "PER"), (3, 4, "LOC"), (4, 5, "ORG"), (5, 7, "ORG")}
