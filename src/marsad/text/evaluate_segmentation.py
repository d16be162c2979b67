#!/usr/bin/env python3
"""Clitic segmentation agreement with NewsFANE's word-level gold, beside farasa and the never-split baseline.

Reads ../shared/data/segmentation/newsfane_segmentation.tsv (test rows only), runs Marsad's
segmenter on each word alone, and scores:

- exact match on the clitics NewsFANE splits (و/ف and pronoun suffixes): both sides are
  projected onto those boundaries, since NewsFANE seldom splits ب/ل/ك and never the article or
  future س (its README, "Scheme mismatch"); «ني» and «ن+ي» count as the same suffix;
- raw exact match of the full segmentation string (all boundaries, no harmonisation);
- boundary precision/recall/F1 per clitic type (conjunction و/ف, preposition ب/ل/ك, enclitic);
- words/s of each segmenter on the same words.

    marsad eval segmentation [--shared ../shared] [--no-farasa]
    python -m marsad.text.evaluate_segmentation [--shared ../shared] [--limit N] [--portion train]
"""
from __future__ import annotations

import argparse
import csv
import time
from collections.abc import Callable
from itertools import pairwise
from pathlib import Path

from marsad.shared import default_shared_dir
from marsad.text.clitics import ENCLITICS, segment_word

DEFAULT_SHARED = default_shared_dir()
ENCLITIC_SET = set(ENCLITICS) | {"ن"}


def typed_boundaries(pieces: list[str]) -> dict[int, str]:
    """Cut offsets (in surface characters) → clitic type: conj, prep, encl or other."""
    bare = [p.strip("\u0640") for p in pieces]
    types: dict[int, str] = {}
    i, j = 0, len(pieces)
    pos = 0
    while i < j - 1 and len(_letters(bare[i])) == 1 and _letters(bare[i]) in "وفبلكس":
        pos += len(pieces[i])
        types[pos] = "conj" if _letters(bare[i]) in "وف" else "prep"
        i += 1
    end = sum(len(p) for p in pieces)
    tail = end
    while j - 1 > i and _letters(bare[j - 1]) in ENCLITIC_SET:
        tail -= len(pieces[j - 1])
        types[tail] = "encl"
        j -= 1
    pos = sum(len(p) for p in pieces[:i])
    for p in pieces[i:j - 1]:
        pos += len(p)
        types.setdefault(pos, "other")
    return types


def _letters(s: str) -> str:
    return "".join(ch for ch in s if "\u0621" <= ch <= "\u064a")


def harmonised(pieces: list[str]) -> frozenset[int]:
    """Only the boundaries NewsFANE marks reliably: و/ف and pronoun suffixes («ن+ي» merged)."""
    types = typed_boundaries(pieces)
    cuts = {c for c, t in types.items() if t in ("conj", "encl")}
    offset = 0
    for a, b in pairwise(pieces):
        offset += len(a)
        if _letters(a).endswith("ن") and _letters(b) == "ي" and len(_letters(a)) == 1:
            cuts.discard(offset)  # «أن+ن+ي» ~ «أن+ني»
    return frozenset(cuts)


def merge_det_fut(word: str) -> list[str]:
    """Marsad's pieces with the article and future س glued back (NewsFANE never splits them)."""
    out: list[str] = []
    glue = False
    for s, e, _role, tag in segment_word(word):
        piece = word[s:e]
        if glue and out:
            out[-1] += piece
        else:
            out.append(piece)
        glue = tag in ("DET", "FUT")
    return out


def farasa_pieces(word: str) -> list[str] | None:
    """farasa's segmentation mapped onto the surface word, article and future س glued back.

    farasa drops diacritics and restores the article after ل («للرئيس» → ل+ال+رئيس), so its
    pieces are aligned on letters; output that cannot be aligned counts as unsegmented.
    """
    from farasa.segmentation import segmentLine  # type: ignore[import-not-found]

    out = segmentLine(word)
    if len(out) != 1:
        return None
    pieces = [p for p in out[0].split("+") if p]
    merged: list[str] = []
    glue = False
    for p in pieces:
        if glue and merged:
            merged[-1] += p
        else:
            merged.append(p)
        glue = p == "ال" or (p == "س" and len(merged) >= 1)
    letters = [_letters(p) for p in merged]
    target = _letters(word)
    joined = "".join(letters)
    if joined != target:
        fixed = joined.replace("لال", "لل", 1)  # the article restored after ل
        if fixed != target:
            return None
        for i, p in enumerate(letters):
            if p.startswith("ال") and i > 0 and letters[i - 1].endswith("ل"):
                letters[i] = p[1:]
                break
    positions = [i for i, ch in enumerate(word) if "\u0621" <= ch <= "\u064a"]
    result, start, count = [], 0, 0
    for p in letters[:-1]:
        count += len(p)
        end = positions[count] if count < len(positions) else len(word)
        result.append(word[start:end])
        start = end
    result.append(word[start:])
    return result if "".join(result) == word else None


def score(rows: list[dict], predict: Callable[[str], list[str] | None]) -> dict:
    """Exact-match and per-boundary-type scores of `predict` (None: a word it could not align)."""
    n = len(rows)
    exact_h = exact_raw = 0
    tp: dict[str, int] = {}
    fp: dict[str, int] = {}
    fn: dict[str, int] = {}
    start = time.perf_counter()
    preds = [predict(r["word"]) for r in rows]
    seconds = time.perf_counter() - start
    unaligned = 0
    for r, pred in zip(rows, preds):
        gold = r["segmentation"].split("+")
        if pred is None:
            unaligned += 1
            pred = [r["word"]]
        exact_raw += "+".join(pred) == r["segmentation"]
        exact_h += harmonised(pred) == harmonised(gold)
        g, p = typed_boundaries(gold), typed_boundaries(pred)
        for cut, t in p.items():
            if cut in g:
                tp[t] = tp.get(t, 0) + 1
            else:
                fp[t] = fp.get(t, 0) + 1
        for cut, t in g.items():
            if cut not in p:
                fn[t] = fn.get(t, 0) + 1
    return {"exact_harmonised": exact_h / n, "exact_raw": exact_raw / n, "words_per_s": n / seconds,
            "tp": tp, "fp": fp, "fn": fn, "unaligned": unaligned}


def print_report(name: str, r: dict) -> None:
    print(f"{name:<22} exact (و/ف+pronouns) {100 * r['exact_harmonised']:6.2f} %   raw exact {100 * r['exact_raw']:6.2f} %"
          f"   {r['words_per_s']:>10,.0f} words/s" + (f"   ({r['unaligned']} outputs not aligned)" if r["unaligned"] else ""))
    for t, label in (("conj", "و/ف"), ("prep", "ب/ل/ك/س"), ("encl", "pronouns")):
        tp, fp, fn = r["tp"].get(t, 0), r["fp"].get(t, 0), r["fn"].get(t, 0)
        p = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * rec / (p + rec) if p + rec else 0.0
        print(f"    {label:<10} boundary P {100 * p:5.1f}  R {100 * rec:5.1f}  F1 {100 * f:5.1f}   (gold {tp + fn}, predicted {tp + fp})")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    ap.add_argument("--limit", type=int, default=0, help="score only the first N test words")
    ap.add_argument("--portion", default="test", choices=["test", "train"], help="train is for development only")
    ap.add_argument("--no-farasa", action="store_true")
    a = ap.parse_args(argv)
    path = a.shared / "data" / "segmentation" / "newsfane_segmentation.tsv"
    if not path.exists():
        raise SystemExit(f"{path} not found: pass --shared with the folder that holds data/segmentation")
    with open(path, encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE) if r["portion"] == a.portion]
    if a.limit:
        rows = rows[: a.limit]
    ok = [r for r in rows if r["flag"] == "ok"]
    print(f"{a.portion} words: {len(rows)} ({len(ok)} with flag=ok); each word segmented alone")
    never = score(rows, lambda w: [w])
    print_report("never split (baseline)", never)
    segment_word.cache_clear()
    segment_word("تحميل")  # load the lexicon outside the timing
    segment_word.cache_clear()
    mine = score(rows, merge_det_fut)
    print_report("marsad", mine)
    print(f"    on flag=ok rows: exact (و/ف+pronouns) {100 * score(ok, merge_det_fut)['exact_harmonised']:.2f} %")
    if not a.no_farasa:
        try:
            import farasa.segmentation  # noqa: F401  (loads its tables: ~1 s)
        except ImportError as exc:
            print(f"farasa not importable ({exc}): skipped; pip install farasa")
            return
        print_report("farasa", score(rows, farasa_pieces))


if __name__ == "__main__":
    main()
