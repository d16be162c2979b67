"""Word tokenisation with offsets: punctuation and quote marks are split off words.

«بـ"الازدهار"» → بـ / " / الازدهار / ". Numbers keep their separators (3.5, 2,000, ١٢٫٥),
URLs and e-mail addresses stay whole, Latin words stay whole. Clitic pieces are added by
the `clitics` component (`marsad.text.clitics.segment_word`) afterwards.
"""
from __future__ import annotations

import re

from marsad.text.normalize import ARABIC_LETTERS, DIACRITICS, INVISIBLE, TATWEEL

_ARABIC_WORD = f"[{ARABIC_LETTERS}\ufb50-\ufdff\ufe70-\ufefc][{ARABIC_LETTERS}{DIACRITICS}{TATWEEL}\ufb50-\ufdff\ufe70-\ufefc\u200c]*"
_TOKEN = re.compile(
    f"(?P<invisible>[{INVISIBLE}]+)"
    r"|(?P<url>https?://[^\s\"'«»<>]+|www\.[^\s\"'«»<>]+|[\w.+-]+@[\w-]+\.[\w.-]+)"
    r"|(?P<number>\d+(?:[.,٫٬:/]\d+)*)"
    f"|(?P<word>{_ARABIC_WORD})"
    r"|(?P<latin>[A-Za-z\u00c0-\u024f]+(?:['’\-][A-Za-z\u00c0-\u024f]+)*)"
    r"|(?P<punct>\.{2,}|[!?؟]+|[^\w\s])"
    r"|(?P<symbol>[^\s])"
)


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """(start, end, kind) of every token in `text[start:end]`; whitespace and invisible marks skipped."""
    end = len(text) if end is None else end
    out = []
    for m in _TOKEN.finditer(text, start, end):
        kind = m.lastgroup or "symbol"
        if kind == "invisible":
            continue
        if kind == "url":
            kind = "symbol"
        out.append((m.start(), m.end(), kind))
    return out
