"""OffsetMap: positions in a normalised string ↔ positions in the original text.

Normalisation deletes characters (diacritics, tatweel, bidi marks), collapses elongated
letters and expands ligatures, so the two strings differ in length. The map is a list of
aligned segments: `linear` segments copy one character to one character, the others are
edits (a deletion, a collapse or an expansion) mapped as a whole.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Segment:
    orig_start: int
    orig_end: int
    norm_start: int
    norm_end: int
    linear: bool  # one-to-one characters (lengths equal)


class OffsetMap:
    """Maps offsets between an original text and its normalised form, in both directions."""

    __slots__ = (
        "_norm_ends",
        "_norm_starts",
        "_orig_starts",
        "_productive",
        "norm_length",
        "orig_length",
        "segments",
    )

    def __init__(self, segments: list[Segment], orig_length: int, norm_length: int) -> None:
        self.segments = segments
        self.orig_length = orig_length
        self.norm_length = norm_length
        self._orig_starts = [s.orig_start for s in segments]
        # segments that produce normalised characters, for norm → original lookups
        productive = [s for s in segments if s.norm_end > s.norm_start]
        self._norm_starts = [s.norm_start for s in productive]
        self._norm_ends = [s.norm_end for s in productive]
        self._productive = productive

    @classmethod
    def identity(cls, length: int) -> OffsetMap:
        return cls([Segment(0, length, 0, length, True)] if length else [], length, length)

    def to_original(self, pos: int, *, side: str = "start") -> int:
        """The original offset for normalised offset `pos`; `side="end"` for a span's end."""
        if pos <= 0:
            return 0 if side == "start" or not self._norm_starts else self._original_end_at(pos)
        if pos >= self.norm_length:
            if side == "start":
                return self.orig_length
            return self._original_end_at(pos)
        if side == "start":
            i = bisect.bisect_right(self._norm_starts, pos) - 1
            seg = self._productive[i]
            return seg.orig_start + (pos - seg.norm_start) if seg.linear else seg.orig_start
        return self._original_end_at(pos)

    def _original_end_at(self, pos: int) -> int:
        if not self._norm_ends:
            return 0
        i = bisect.bisect_left(self._norm_ends, pos)
        if i >= len(self._productive):
            return self.orig_length
        seg = self._productive[i]
        if pos <= seg.norm_start:
            return seg.orig_start
        return seg.orig_start + (pos - seg.norm_start) if seg.linear else seg.orig_end

    def to_normalized(self, pos: int, *, side: str = "start") -> int:
        """The normalised offset for original offset `pos`; an edit maps to its start or end by `side`."""
        if pos <= 0:
            return 0
        if pos >= self.orig_length:
            return self.norm_length
        i = bisect.bisect_right(self._orig_starts, pos) - 1
        seg = self.segments[i]
        if seg.linear:
            return seg.norm_start + (pos - seg.orig_start)
        if pos == seg.orig_start:
            return seg.norm_start
        return seg.norm_start if side == "start" else seg.norm_end

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """A normalised span [start, end) as an original span."""
        o_start = self.to_original(start, side="start")
        o_end = self.to_original(end, side="end") if end > start else o_start
        return o_start, max(o_start, o_end)

    def span_to_normalized(self, start: int, end: int) -> tuple[int, int]:
        """An original span [start, end) as a normalised span."""
        n_start = self.to_normalized(start, side="start")
        n_end = self.to_normalized(end, side="end") if end > start else n_start
        return n_start, max(n_start, n_end)
