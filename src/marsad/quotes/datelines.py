"""Datelines: «القاهرة - (أ ش أ) -», «باريس - أ.ف.ب:» open an article's body; the places and the agency in them
tell where it was filed and who sent it, and act in nothing the body tells."""
from __future__ import annotations

from marsad.doc import Document
from marsad.quotes.lexicon import SPEECH_CUES
from marsad.text.words import without_conjunction

DATELINE_SOURCE_TOKENS = 6  # «- «الشرق الأوسط»:», «- أ.ف.ب:»: the paper or agency after the dash, to its colon
DATELINE_TOKENS = 10  # a dateline («دبي، الإمارات العربية المتحدة (CNN) --») is short
_DASHES = frozenset({"-", "--", "—", "–", "ـ"})
_DASH_CHARS = frozenset("-—–ـ")


def dateline_end(doc: Document, token_start: int, token_end: int) -> int:
    """The token where a sentence-opening dateline ends, or token_start when there is none.

    A dateline is place names and commas closed by an agency in parentheses and/or a dash:
    «القاهرة - (أ ش أ) -», «دبي، الإمارات العربية المتحدة (CNN)--».
    """
    i = token_start
    limit = min(token_end, token_start + DATELINE_TOKENS)
    if not any(doc.tokens[j].text == "(" or set(doc.tokens[j].text) <= _DASH_CHARS for j in range(i, limit)):
        return token_start  # no agency or dash: no dateline (the common case, checked first)
    saw_word = False
    while i < limit:
        tok = doc.tokens[i]
        if tok.text == "(":
            close = next((j for j in range(i + 1, min(token_end, i + 6)) if doc.tokens[j].text == ")"), None)
            if close is None or not saw_word:
                return token_start
            i = close + 1
            while i < token_end and doc.tokens[i].text.strip("-—–ـ") == "" and doc.tokens[i].kind != "word":
                i += 1
            return i
        if tok.text in _DASHES or set(tok.text) <= set("-—–"):
            return _paper_after_dash(doc, i + 1, token_end) if saw_word else token_start
        if tok.kind == "word":
            if not any(m.start <= tok.start < m.end for e in doc.entities if e.label == "LOC" for m in e.mentions):
                return token_start  # a dateline holds only place names
            saw_word = True
        elif tok.text not in "،,":
            return token_start
        i += 1
    return token_start


def _paper_after_dash(doc: Document, i: int, token_end: int) -> int:
    """«أنقرة - «الشرق الأوسط»: أعلنت …», «باريس - أ.ف.ب: توصل …»: the paper or agency and its colon close it too.

    Only a few words before the colon, none a verb of saying («القاهرة - قال السيسي: …» keeps its speaker).
    """
    for j in range(i, min(token_end, i + DATELINE_SOURCE_TOKENS + 1)):
        tok = doc.tokens[j]
        if tok.text in (":", "："):
            return j + 1 if j > i else i
        if tok.kind == "word" and without_conjunction(tok.norm) in SPEECH_CUES:
            return i
    return i
