"""The Arabic text core: normalisation, sentences, tokens and clitics, all with exact offsets."""
from marsad.text.clitics import letters_of, segment_word
from marsad.text.normalize import normalize_text, normalize_word
from marsad.text.sentences import split_sentences
from marsad.text.tokenize import tokenize

__all__ = ["letters_of", "normalize_text", "normalize_word", "segment_word", "split_sentences", "tokenize"]
