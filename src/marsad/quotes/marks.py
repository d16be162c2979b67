"""Quotation marks: find the spans they enclose, over the whole text, nested or not.

Arabic news mixes «…», “…”, "…" and straight quotes used inside guillemets
(«نحن مستمرون في تصدينا لـ(القاعدة)»); reporters also leave spaces on the wrong side
(«"رفض "الإفراج») or none at all («"إرهابية"والتجسس»). A straight quote is an opener
when it follows a space or the line start and precedes a letter, a closer when it precedes
a space, punctuation or the line end; when both readings fit, it closes an open quote.
Quotes are paired within a paragraph (a line): a quotation may span sentences, not paragraphs.
"""
from __future__ import annotations

from dataclasses import dataclass

from marsad.text.sentences import iter_lines

_PAIRS = {"«": "»", "“": "”", "‘": "’", "„": "“"}
_CLOSERS = {v: k for k, v in _PAIRS.items() if k != "„"}
_STRAIGHT = {'"', "'"}
_SPACE_BEFORE = " \t\n([{«“—-/:،,؛;"


@dataclass(frozen=True, slots=True)
class QuotedSpan:
    """Text between a pair of quotation marks: `start:end` excludes the marks themselves."""

    start: int
    end: int
    open_at: int  # offset of the opening mark
    close_at: int  # offset of the closing mark


def _straight_role(text: str, i: int, lo: int, hi: int) -> str:
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < hi else " "
    can_open = (before in _SPACE_BEFORE or before.isspace()) and not after.isspace()
    can_close = not before.isspace() and (after.isspace() or not after.isalnum())
    if can_open and not can_close:
        return "open"
    if can_close and not can_open:
        return "close"
    return "either"


def find_quoted_spans(text: str, start: int = 0, end: int | None = None) -> list[QuotedSpan]:
    """Every quoted stretch in `text[start:end]`, outermost and nested, sorted by position."""
    spans: list[QuotedSpan] = []
    for line_start, line_end in iter_lines(text, start, end):
        spans.extend(_spans_in_line(text, line_start, line_end))
    spans.sort(key=lambda s: (s.open_at, -s.close_at))
    return spans


def _spans_in_line(text: str, lo: int, hi: int) -> list[QuotedSpan]:
    stack: list[tuple[str, int]] = []  # (expected closer, offset of the opener)
    out: list[QuotedSpan] = []
    for i in range(lo, hi):
        ch = text[i]
        if ch in _STRAIGHT:
            if ch == "'" and i > lo and i + 1 < hi and text[i - 1].isalpha() and text[i + 1].isalpha():
                continue  # an apostrophe inside a Latin word
            role = _straight_role(text, i, lo, hi)
            open_same = any(closer == ch for closer, _ in stack)
            if role == "close" or (role == "either" and open_same):
                if open_same:
                    while stack and stack[-1][0] != ch:
                        stack.pop()  # an unclosed inner quote: drop it
                    _, at = stack.pop()
                    out.append(QuotedSpan(at + 1, i, at, i))
            else:
                stack.append((ch, i))
        elif ch in _PAIRS and not (ch == "“" and stack and stack[-1][0] == "“"):
            stack.append((_PAIRS[ch], i))
        elif (ch in _CLOSERS or ch == "“") and any(closer == ch for closer, _ in stack):
            while stack and stack[-1][0] != ch:
                stack.pop()
            _, at = stack.pop()
            out.append(QuotedSpan(at + 1, i, at, i))
    # unpaired straight quotes left open: pair them in order, «شهريا "دعما» closing «"شبكة …»
    left = [at for closer, at in stack if closer in _STRAIGHT]
    for a, b in zip(left[0::2], left[1::2]):
        out.append(QuotedSpan(a + 1, b, a, b))
    return [s for s in out if text[s.start:s.end].strip()]
