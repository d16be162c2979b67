"""Property tests: offsets slice the original text exactly, in order, for any Unicode input."""
from __future__ import annotations

from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

import marsad
from marsad.text import normalize_text, segment_word, split_sentences, tokenize

ARABIC_ALPHABET = "ابتثجحخدذرسشصضطظعغفقكلمنهويءآأإؤئىة" + "\u064b\u064e\u064f\u0650\u0651\u0652\u0640" \
                  + "٠١٢٣٤٥٦٧٨٩" + "،؛؟«»\"'.!: \n" + "\u200f\u200e\u200c\ufefb\ufe8d"
arabicish = st.text(alphabet=ARABIC_ALPHABET, max_size=200)
anything = st.one_of(st.text(max_size=200), arabicish)


@settings(max_examples=300, deadline=None)
@given(anything)
def test_text_core_spans_slice_the_original_in_order(text):
    doc = marsad.analyze(text, components=["sentences", "tokens", "clitics"])
    assert doc.text == text
    assert doc.validate_offsets() == []
    last = 0
    for s in doc.sentences:
        assert s.start >= last and s.text.strip() == s.text and s.text
        last = s.end
    ends = [t.start for t in doc.tokens]
    assert ends == sorted(ends)
    for t in doc.tokens:
        if t.pieces:
            assert "".join(p.text for p in t.pieces) == t.text
            assert t.pieces[0].start == t.start and t.pieces[-1].end == t.end


@settings(max_examples=300, deadline=None)
@given(anything)
def test_sentences_and_tokens_never_overlap(text):
    spans = split_sentences(text)
    for (a, b), (c, d) in pairwise(spans):
        assert b <= c
    toks = tokenize(text)
    for (a, b, _), (c, d, _) in pairwise(toks):
        assert a < b <= c < d


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ARABIC_ALPHABET.replace(" ", "").replace("\n", ""), min_size=1, max_size=20))
def test_clitic_pieces_join_back_to_the_word(word):
    pieces = segment_word(word)
    assert "".join(word[s:e] for s, e, _, _ in pieces) == word
    assert all(e > s for s, e, _, _ in pieces)


@settings(max_examples=400, deadline=None)
@given(anything)
def test_normalisation_offset_map_round_trips(text):
    norm, omap = normalize_text(text)
    assert omap.norm_length == len(norm) and omap.orig_length == len(text)
    # every original span maps to the normalised form of exactly that stretch
    for start in range(0, len(text) + 1, max(1, len(text) // 7 or 1)):
        for end in (start, min(len(text), start + 3), len(text)):
            ns, ne = omap.span_to_normalized(start, end)
            if end > start:
                assert norm[ns:ne] == normalize_text(text[start:end])[0] or _inside_edit(omap, start, end)
    # norm → original → norm is the identity at every position outside an expansion
    for pos in range(len(norm) + 1):
        back = omap.to_original(pos, side="start")
        if not _inside_expansion(omap, pos):
            assert omap.to_normalized(back, side="start") == pos


def _inside_edit(omap, start, end):
    return any(not s.linear and (s.orig_start < start < s.orig_end or s.orig_start < end < s.orig_end)
               for s in omap.segments)


def _inside_expansion(omap, pos):
    return any(not s.linear and s.norm_start < pos < s.norm_end for s in omap.segments)
