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
        append = tokens.append
        norm = _norm_cache
        for sentence in doc.sentences:
            sentence.token_start = len(tokens)
            for start, end, kind in tokenize(text, sentence.start, sentence.end):
                surface = text[start:end]
                folded = norm.get(surface)
                if folded is None:
                    folded = norm[surface] = normalize_word(surface)
                    if len(norm) > 500_000:
                        norm.clear()
                append(Token(start, end, surface, folded, kind, []))
            sentence.token_end = len(tokens)
        doc.tokens = tokens
        return doc


_norm_cache: dict[str, str] = {}  # news vocabulary repeats: a dict beats recomputing


@component("clitics", requires=("tokens",), assigns=("pieces",))
class CliticSegmenter:
    """Split Arabic words into proclitics, stem and enclitic pronouns, each with offsets."""

    def __call__(self, doc: Document) -> Document:
        plans = _plan_cache
        for token in doc.tokens:
            if token.kind != "word":
                continue
            plan = plans.get(token.text)
            if plan is None:
                word = token.text
                plan = plans[word] = tuple((s, e, word[s:e], role, tag) for s, e, role, tag in segment_word(word))
                if len(plans) > 500_000:
                    plans.clear()
            offset = token.start
            token.pieces = [Piece(offset + s, offset + e, piece, role, tag) for s, e, piece, role, tag in plan]
        return doc


_plan_cache: dict[str, tuple[tuple[int, int, str, str, str], ...]] = {}
