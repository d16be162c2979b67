"""Named entities (PER/LOC/ORG/MISC) and quantities: the `ner` and `quantities` components.

The tagger is a CRF shipped in `marsad/data/ner/`, built by `training/train_ner.py`;
`python -m marsad.ner.evaluate` (or `marsad eval ner`) scores it on the shared test sets.
"""
from marsad.ner.components import EntityRecognizer, QuantityExtractor, build_mention, group_entities
from marsad.ner.quantities import extract_quantities, parse_digits
from marsad.ner.tagger import NerTagger, shared_tagger

__all__ = ["EntityRecognizer", "NerTagger", "QuantityExtractor", "build_mention", "extract_quantities",
           "group_entities", "parse_digits", "shared_tagger"]
