"""Acceptance on the reference article: headline, clitics, quotes glued to words, paragraphs."""
from __future__ import annotations


def test_headline_is_recognised(seed_doc, seed_text):
    headline = seed_text.split("\n", 1)[0]
    assert seed_doc.title == headline and seed_doc.sentences[0].is_title
    assert seed_doc.sentences[0].text == headline


def test_li_butin_splits_into_preposition_and_name_with_offsets(seed_doc):
    token = next(t for t in seed_doc.tokens if t.text == "لبوتين")
    li, name = token.pieces
    assert (li.text, li.tag, name.text, name.role) == ("ل", "PREP", "بوتين", "stem")
    assert seed_doc.text[li.start:li.end] == "ل" and seed_doc.text[name.start:name.end] == "بوتين"
    assert li.start == token.start and name.end == token.end


def test_bi_quote_prosperity_splits_off_the_quote(seed_doc):
    i = next(i for i, t in enumerate(seed_doc.tokens) if t.text == "بـ")
    assert [t.text for t in seed_doc.tokens[i:i + 4]] == ["بـ", '"', "الازدهار", '"']


def test_every_paragraph_sentence_is_found(seed_doc, seed_text):
    body = seed_text.split("\n", 1)[1]
    paragraphs = [p.strip() for p in body.split("\n") if p.strip()]
    body_sentences = [s for s in seed_doc.sentences if not s.is_title]
    # every paragraph is covered exactly by its sentences, and one paragraph holds two sentences
    for paragraph in paragraphs:
        inside = [s.text for s in body_sentences if s.text in paragraph]
        assert " ".join(inside) == paragraph
    assert len(body_sentences) == len(paragraphs) + 1
    assert any(s.text == "مبديا سعادة كبيرة للقاء كيم." for s in body_sentences)
    assert seed_doc.validate_offsets() == []
