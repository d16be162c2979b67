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

    python benchmarks/segmentation_eval.py [--shared ../shared] [--limit N] [--no-farasa]
"""
from __future__ import annotations

import argparse
import csv
import time
from pathlib import Path

from marsad.text.clitics import ENCLITICS, segment_word

ROOT = Path(__file__).resolve().parent.parent
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
    for a, b in zip(pieces, pieces[1:]):
        offset += len(a)
        if _letters(a).endswith("ن") and _letters(b) == "ي" and len(_letters(a)) == 1:
            cuts.discard(offset)  # «أن+ن+ي» ~ «أن+ني»
    return frozenset(cuts)


def marsad_pieces(word: str) -> list[str]:
    return [word[s:e] for s, e, role, tag in segment_word(word) if not (tag in ("DET", "FUT") and False)]


def merge_det_fut(word: str) -> list[str]:
    """Marsad's pieces with the article and future س glued back (NewsFANE never splits them)."""
    out: list[str] = []
    glue = False
    for s, e, role, tag in segment_word(word):
        piece = word[s:e]
        if glue and out:
            out[-1] += piece
        else:
            out.append(piece)
        glue = tag in ("DET", "FUT")
    return out


def farasa_pieces(segmenter, word: str) -> list[str] | None:
    out = segmenter.segment(word).strip()
    parts = [p for p in out.replace(" ", "+").split("+") if p]
    if "".join(parts) != word:  # farasa may rewrite letters; realign on lengths when possible
        return None
    return parts


def score(rows: list[dict], predict) -> dict:
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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--limit", type=int, default=0, help="score only the first N test words")
    ap.add_argument("--portion", default="test", choices=["test", "train"], help="train is for development only")
    ap.add_argument("--no-farasa", action="store_true")
    a = ap.parse_args()
    path = a.shared / "data" / "segmentation" / "newsfane_segmentation.tsv"
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
            from farasa.segmenter import FarasaSegmenter  # type: ignore[import-not-found]
        except ImportError:
            print("farasa not installed (pip install farasa): skipped")
            return
        seg = FarasaSegmenter()
        print_report("farasa", score(rows, lambda w: farasa_pieces(seg, w)))


if __name__ == "__main__":
    main()
