"""Pipeline components of the text core: sentences, tokens, clitic pieces."""
from __future__ import annotations

from marsad.doc import Document, Piece, Sentence, Token
from marsad.pipeline import component
from marsad.text.clitics import segment_word
from marsad.text.normalize import normalize_word
from marsad.text.sentences import split_sentences
from marsad.text.tokenize import tokenize


@component("sentences", assigns=("sentences",))
class SentenceSplitter:
    """Split the text into sentences; the headline is always a sentence of its own."""

    def __call__(self, doc: Document) -> Document:
        text = doc.text
        sentences = []
        if doc.title and doc.body_start:
            sentences.append(Sentence(0, len(doc.title), doc.title, is_title=True))
        for start, end in split_sentences(text, doc.body_start if doc.title else 0):
            sentences.append(Sentence(start, end, text[start:end]))
        doc.sentences = sentences
        return doc


@component("tokens", requires=("sentences",), assigns=("tokens",))
class Tokenizer:
    """Tokenise each sentence; punctuation and quote marks glued to words become tokens."""

    def __call__(self, doc: Document) -> Document:
        text = doc.text
        tokens: list[Token] = []
        for sentence in doc.sentences:
            sentence.token_start = len(tokens)
            for start, end, kind in tokenize(text, sentence.start, sentence.end):
                surface = text[start:end]
                tokens.append(Token(start, end, surface, normalize_word(surface), kind))
            sentence.token_end = len(tokens)
        doc.tokens = tokens
        return doc


@component("clitics", requires=("tokens",), assigns=("pieces",))
class CliticSegmenter:
    """Split Arabic words into proclitics, stem and enclitic pronouns, each with offsets."""

    def __call__(self, doc: Document) -> Document:
        for token in doc.tokens:
            if token.kind != "word":
                continue
            token.pieces = [
                Piece(token.start + s, token.start + e, token.text[s:e], role, tag)
                for s, e, role, tag in segment_word(token.text)
            ]
        return doc
