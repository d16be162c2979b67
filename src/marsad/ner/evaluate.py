"""Entity-level evaluation of the NER tagger (conlleval convention) on the shared test sets.

    python -m marsad.ner.evaluate [--shared ../shared]   # or: marsad eval ner

Prints precision/recall/F1 per type (PER, LOC, ORG, MISC) and overall (micro), and tokens/s,
on ANERcorp's official CAMeL test file (comparable with published scores, 955 garbled tokens),
`test_repaired.txt` (real quality) and the AQMAR test split (Wikipedia, out of domain).
"""
from __future__ import annotations

import argparse
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from marsad.ner.corpora import LABELS, Sentence, chunks_of, read_aqmar, read_conll
from marsad.ner.tagger import NerTagger, propagate_names
from marsad.shared import default_shared_dir

DEFAULT_SHARED = default_shared_dir()


@dataclass
class Score:
    """Counts of true/false positives and false negatives per entity type."""

    tp: dict[str, int] = field(default_factory=lambda: dict.fromkeys(LABELS, 0))
    fp: dict[str, int] = field(default_factory=lambda: dict.fromkeys(LABELS, 0))
    fn: dict[str, int] = field(default_factory=lambda: dict.fromkeys(LABELS, 0))
    tokens: int = 0
    seconds: float = 0.0

    def add(self, gold: list[str], pred: list[str]) -> None:
        g, p = chunks_of(gold), chunks_of(pred)
        for _, _, kind in p & g:
            self.tp[kind] += 1
        for _, _, kind in p - g:
            self.fp[kind] += 1
        for _, _, kind in g - p:
            self.fn[kind] += 1

    def prf(self, kind: str | None = None) -> tuple[float, float, float]:
        """Precision, recall, F1 in percent for one type, or micro-averaged over all."""
        kinds = LABELS if kind is None else (kind,)
        tp = sum(self.tp[k] for k in kinds)
        fp = sum(self.fp[k] for k in kinds)
        fn = sum(self.fn[k] for k in kinds)
        p = 100 * tp / (tp + fp) if tp + fp else 0.0
        r = 100 * tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    def report(self, name: str) -> str:
        lines = [f"{name}: {self.tokens} tokens, {self.tokens / max(self.seconds, 1e-9):,.0f} tokens/s"]
        for kind in (*LABELS, None):
            p, r, f = self.prf(kind)
            n = sum(self.tp[k] + self.fn[k] for k in (LABELS if kind is None else (kind,)))
            lines.append(f"  {kind or 'overall':8s} P {p:5.1f}  R {r:5.1f}  F1 {f:5.1f}  (gold {n})")
        return "\n".join(lines)


def score_tagger(tagger: NerTagger, sentences: Iterable[Sentence], *, window: int = 0) -> Score:
    """Tag every sentence and count entity matches (exact span and type).

    With `window`, names are also propagated (as the `ner` component does within an article)
    across each run of `window` consecutive sentences: the test files have no article breaks.
    """
    score = Score()
    sents = list(sentences)
    preds = []
    t = time.perf_counter()
    for words, _ in sents:
        preds.append(tagger.tag(words))
    if window:
        preds = [p for k in range(0, len(sents), window)
                 for p in propagate_names([w for w, _ in sents[k:k + window]], preds[k:k + window])]
    score.seconds = time.perf_counter() - t
    for (words, gold), pred in zip(sents, preds):
        score.tokens += len(words)
        score.add(gold, pred)
    return score


def test_sets(shared: Path) -> dict[str, list[Sentence]]:
    """The evaluation sets, by name; none of them is used in training."""
    ner = shared / "data" / "ner"
    return {
        "ANERcorp CAMeL test (official)": list(read_conll(ner / "anercorp" / "ANERCorp_CamelLab_test.txt")),
        "ANERcorp test_repaired": list(read_conll(ner / "anercorp" / "test_repaired.txt")),
        "AQMAR test": read_aqmar(ner / "aqmar", "test"),
    }


def evaluate_ner(shared: Path = DEFAULT_SHARED, *, model_dir: Path | None = None,
                 window: int = 0) -> dict[str, Score]:
    """Scores of the shipped (or `model_dir`) tagger on every test set, printed as they come."""
    tagger = NerTagger(model_dir)
    out = {}
    for name, sents in test_sets(shared).items():
        out[name] = score_tagger(tagger, sents, window=window)
        label = f"{name}, names propagated over {window} sentences" if window else name
        print(out[name].report(label), flush=True)
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description="Entity-level P/R/F1 of Marsad's NER tagger on the shared test sets.")
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    ap.add_argument("--model-dir", type=Path, default=None, help="a trained model folder instead of the shipped one")
    ap.add_argument("--window", type=int, default=0,
                    help="also propagate found names over runs of this many sentences (the component does it per article)")
    args = ap.parse_args(argv)
    evaluate_ner(args.shared, model_dir=args.model_dir, window=args.window)


if __name__ == "__main__":
    main()
