"""Sentence splitting for Arabic news, as (start, end) offsets into the original text.

Rules, each from real copy:
- a newline always ends a sentence (news paragraphs are lines);
- . ! ? ؟ and «…» followed by space end a sentence, with any closing quotes or brackets kept;
- «،» and «؛» do not: Arabic news chains clauses with them, and a clause is not a sentence;
- «..» (two dots) is a headline separator («زيارة الأيام الستة.. كيم يترك لبوتين»), not an end;
- a stray mark after an end («للسعودية. .») stays with the sentence before it;
- numbers (3.5, 2,000, ١٢٫٥) and abbreviations («د.», «أ.ف.ب», «U.S.») do not end a sentence;
- a quotation that opens and closes within the paragraph is not cut in the middle:
  «قال: "نحن مستعدون. ولن نتراجع"» is one sentence, so the speech stays with its speaker.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

_TERMINAL = re.compile(r"(?:\.{3,}|…|[.!?؟]+)[\"'»”’)\]}]*(?=\s|$)")
_TWO_DOTS = re.compile(r"(?<!\.)\.\.(?!\.)")
_WORD_BEFORE = re.compile(r"(\S+)$")
_OPENERS = {"«": "»", "“": "”", "(": ")"}
_MAX_QUOTE = 600  # a quotation longer than this is cut like ordinary text
ABBREVIATIONS = frozenset({
    # Arabic: titles, calendar and agency abbreviations
    "د", "م", "هـ", "ه", "ق", "ص", "ب", "ج", "أ", "ش", "ت", "س", "ك", "كم", "ف", "ع", "ر", "ا",
    # Latin
    "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "vs", "etc", "inc", "ltd", "co", "corp",
    "no", "fig", "u.s", "u.k", "u.n", "e.g", "i.e", "a.m", "p.m", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec",
})


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans in `text[start:end]`, whitespace trimmed, never empty."""
    spans: list[tuple[int, int]] = []
    for line_start, line_end in iter_lines(text, start, end):
        spans.extend(_split_line(text, line_start, line_end))
    return spans


def iter_lines(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """(start, end) of each line of `text[start:end]` without its newline: news paragraphs are lines."""
    end = len(text) if end is None else end
    line_start = start
    while line_start < end:
        nl = text.find("\n", line_start, end)
        line_end = end if nl < 0 else nl
        yield line_start, line_end
        line_start = line_end + 1


def _split_line(text: str, start: int, end: int) -> list[tuple[int, int]]:
    line = text[start:end]
    protected = _quoted_regions(line)
    cuts: list[int] = []
    for m in _TERMINAL.finditer(line):
        mark = m.group(0)
        if _TWO_DOTS.fullmatch(mark.rstrip("\"'»”’)]}")):
            continue
        if mark.startswith(".") and len(mark.rstrip("\"'»”’)]}")) == 1 and _is_abbreviation(line, m.start()):
            continue
        if any(a < m.start() and m.end() <= b for a, b in protected):  # the cut would fall inside a quotation
            continue
        cuts.append(m.end())
    spans: list[tuple[int, int]] = []
    prev = 0
    for cut in [*cuts, len(line)]:
        s, e = _trim(line, prev, cut)
        if e > s and spans and not any(c.isalnum() for c in line[s:e]):
            spans[-1] = (spans[-1][0], start + e)  # «في أول زيارة له للسعودية. .»: a stray mark is no sentence
        elif e > s:
            spans.append((start + s, start + e))
        prev = cut
    return spans


def _trim(line: str, s: int, e: int) -> tuple[int, int]:
    while s < e and line[s].isspace():
        s += 1
    while e > s and line[e - 1].isspace():
        e -= 1
    return s, e


def _is_abbreviation(line: str, dot: int) -> bool:
    m = _WORD_BEFORE.search(line, 0, dot)
    if not m:
        return False
    word = m.group(1).lstrip("\"'«“(").lower()
    if word.replace(".", "").isdigit():  # «عام 2023.» ends a sentence; «3.» in a list too
        return False
    return word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()) or bool(re.fullmatch(r"(\w\.)+\w", word))


def _quoted_regions(line: str) -> list[tuple[int, int]]:
    """Spans of quotations that open and close within the line (straight quotes paired in order)."""
    regions = []
    for opener, closer in _OPENERS.items():
        pos = 0
        while (a := line.find(opener, pos)) >= 0:
            b = line.find(closer, a + 1)
            if b < 0:
                break
            if b - a <= _MAX_QUOTE:
                regions.append((a, b))
            pos = b + 1
    straight = [i for i, ch in enumerate(line) if ch == '"']
    if len(straight) % 2 == 0:  # unbalanced straight quotes cannot be paired safely
        for a, b in zip(straight[::2], straight[1::2]):
            if b - a <= _MAX_QUOTE:
                regions.append((a, b))
    return regions
