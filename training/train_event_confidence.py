"""Train the event confidence model: `src/marsad/data/events/event_confidence.json`.

Input: the team's event annotations of JawharaFM articles (`training/event_annotations/ant_v1/*.json`, ids plus
events in the gold format of ../shared/data/gold/GUIDELINES.md; ANT v1 is Apache-2.0 and marked *train* in
../shared/data/README.md). The article texts are read from ../shared/data/corpus/ant_v1.jsonl.gz by id.

Every event the rules code on those articles is labelled 1 when it matches an annotated event by the gold
scorer's convention (../shared/tools/score_gold.py: CAMEO root, negation, source, target and date), else 0.
An L2-regularised logistic regression (Newton's method, numpy) is fitted on `marsad.events.confidence`
features; the threshold is the one whose event F1, averaged with its neighbours', is best (within 0.002, the
higher on a tie) over out-of-fold probabilities (articles in five fixed folds). Deterministic: sorted ids and features, weights rounded, no timestamps.

    python training/train_event_confidence.py [--shared ../shared]
"""
from __future__ import annotations

import argparse
import gzip
import json
import math
from collections.abc import Iterator
from pathlib import Path

import numpy as np

import marsad
from marsad.doc import Document
from marsad.events import extract_events, load_lexicon
from marsad.events.confidence import event_features, mention_counts
from marsad.io.readers import document_from_record
from marsad.pipeline import default_pipeline_names
from marsad.shared import load_gold_scorer

ROOT = Path(__file__).resolve().parent.parent
ANNOTATIONS = ROOT / "training" / "event_annotations" / "ant_v1"
OUT = ROOT / "src" / "marsad" / "data" / "events" / "event_confidence.json"
FOLDS = 5
# (out-of-fold log loss over λ = 0.5, 2, 8, 32 in the fifty-fourth session: 0.6248, 0.6008, 0.5936, 0.6077, with
# F1 alike, 0.233–0.235; λ = 8 moved the held-out mean by −0.001, so 2 stays)
L2 = 2.0
THRESHOLDS = [round(0.05 * k, 2) for k in range(1, 13)]
F1_TIE = 0.002  # out-of-fold F1 this close to the best is noise (some 500 matched events): a tie


def load_articles(shared: Path, *folders: Path) -> list[tuple[dict, dict]]:
    """(annotation, corpus record) of every article annotated in the folders, sorted by id; the corpus is read once."""
    golds = {g["id"]: g for folder in folders
             for g in (json.loads(f.read_text(encoding="utf-8")) for f in sorted(folder.glob("*.json")))}
    records = {}
    with gzip.open(shared / "data" / "corpus" / "ant_v1.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            if record["id"] in golds:
                records[record["id"]] = record
    missing = sorted(set(golds) - set(records))
    if missing:
        raise SystemExit(f"annotated articles not in the corpus: {missing[:5]}")
    return [(golds[i], records[i]) for i in sorted(golds)]


def analysed_articles(shared: Path, *folders: Path) -> Iterator[tuple[dict, Document, list[dict]]]:
    """Each annotated article: its annotation, its document through every default component before `events`,
    and its gold events with the negated ones marked, as the gold scorer counts them."""
    pipeline = marsad.load([name for name in default_pipeline_names() if name != "events"])
    for gold, record in load_articles(shared, *folders):
        doc = pipeline(document_from_record(dict(record, published=gold.get("published") or record.get("published")),
                                            source="ant_v1"))
        yield gold, doc, gold.get("events", []) + [dict(e, negated=True) for e in gold.get("negated_events", [])]


def labelled_events(shared: Path, annotations: Path) -> list[dict]:
    """One row per article: the features of each coded event and, per gold event, which coded events match it."""
    scorer = load_gold_scorer(shared)
    lexicon = load_lexicon()
    rows = []
    for gold, doc, gold_events in analysed_articles(shared, annotations):
        events = extract_events(doc, lexicon)
        counts = mention_counts(doc)
        coded = [e.to_dict() for e in events]
        matches = [[scorer.event_matches(g, c) for c in coded] for g in gold_events]  # gold × coded, once
        rows.append({
            "id": gold["id"],
            "features": [event_features(doc, e, events_in_article=len(events), counts=counts) for e in events],
            "labels": [int(any(row[k] for row in matches)) for k in range(len(coded))],
            "gold_matches": [[k for k, hit in enumerate(row) if hit] for row in matches],
        })
    return rows


def fit(rows: list[dict], names: list[str], l2: float = L2) -> np.ndarray:
    """L2-regularised logistic regression by Newton's method (the bias is not penalised)."""
    index = {n: i for i, n in enumerate(names)}
    x = np.array([[f.get(n, 0.0) for n in names] for r in rows for f in r["features"]], dtype=float)
    y = np.array([label for r in rows for label in r["labels"]], dtype=float)
    penalty = np.full(len(names), l2)
    penalty[index["bias"]] = 0.0
    w = np.zeros(len(names))
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        gradient = x.T @ (p - y) + penalty * w
        hessian = (x.T * (p * (1 - p))) @ x + np.diag(penalty) + 1e-9 * np.eye(len(names))
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def probabilities(rows: list[dict], names: list[str], w: np.ndarray) -> list[list[float]]:
    return [[float(1.0 / (1.0 + np.exp(-sum(w[i] * f.get(n, 0.0) for i, n in enumerate(names)))))
             for f in r["features"]] for r in rows]


def event_f1(rows: list[dict], probs: list[list[float]], threshold: float) -> tuple[float, float, float]:
    """(P, R, F1) of the events kept at `threshold`, counted as the gold scorer counts them."""
    kept = correct = gold = found = 0
    for r, ps in zip(rows, probs):
        keep = {k for k, p in enumerate(ps) if p >= threshold}
        kept += len(keep)
        correct += sum(r["labels"][k] for k in keep)
        gold += len(r["gold_matches"])
        found += sum(bool(keep & set(m)) for m in r["gold_matches"])
    precision = correct / kept if kept else 0.0
    recall = found / gold if gold else 0.0
    return precision, recall, 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def neighbourhood_f1(f1s: list[float]) -> list[float]:
    """Each threshold's F1 averaged with the thresholds on either side of it (one side at the ends)."""
    return [sum(f1s[max(0, k - 1):k + 2]) / len(f1s[max(0, k - 1):k + 2]) for k in range(len(f1s))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--annotations", type=Path, default=ANNOTATIONS)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--without", action="append", default=[], metavar="PREFIX",
                        help="leave out the features whose names start with PREFIX (an ablation; repeatable)")
    args = parser.parse_args()
    rows = labelled_events(args.shared, args.annotations)
    for r in rows:
        r["features"] = [{n: v for n, v in f.items() if not n.startswith(tuple(args.without))} if args.without else f
                         for f in r["features"]]
    names = sorted({n for r in rows for f in r["features"] for n in f})
    folds = [rows[k::FOLDS] for k in range(FOLDS)]
    out_of_fold: list[tuple[dict, list[float]]] = []
    for k, held in enumerate(folds):
        train = [r for j, fold in enumerate(folds) if j != k for r in fold]
        w = fit(train, names)
        out_of_fold += zip(held, probabilities(held, names, w))
    cv_rows = [r for r, _ in out_of_fold]
    cv_probs = [p for _, p in out_of_fold]
    scores = {t: event_f1(cv_rows, cv_probs, t) for t in THRESHOLDS}
    # out-of-fold F1 within F1_TIE of the best is a tie, which the higher threshold wins: on articles the rules were
    # not written on, precision is what falls short (about six events in ten right when read by hand), and the events
    # a lower threshold adds are mostly wrong (5 of 17 between 0.05 and 0.10 matched the gold and held-out sets).
    # (Rounding to 0.001 first made 0.2104 beat 0.2096 while 0.2096 tied 0.2094.) Each threshold is judged with its
    # neighbours, so that on a flat curve the choice is not the last step before F1 falls away (0.2336, 0.2347, then
    # 0.2259 at the next).
    smoothed = neighbourhood_f1([scores[t][2] for t in THRESHOLDS])
    best = max(smoothed)
    threshold = max(t for t, f1 in zip(THRESHOLDS, smoothed) if f1 >= best - F1_TIE)
    unfiltered = event_f1(cv_rows, cv_probs, 0.0)
    labels = [y for r in cv_rows for y in r["labels"]]
    flat = [min(max(p, 1e-9), 1 - 1e-9) for ps in cv_probs for p in ps]
    log_loss = -sum(y * math.log(p) + (1 - y) * math.log(1 - p) for y, p in zip(labels, flat)) / len(flat)
    w = fit(rows, names)
    model = {
        "description": "logistic model over marsad.events.confidence features; events under threshold are dropped",
        "trained_on": {"articles": len(rows), "events_coded": sum(len(r["labels"]) for r in rows),
                       "events_matching": sum(sum(r["labels"]) for r in rows),
                       "gold_events": sum(len(r["gold_matches"]) for r in rows)},
        "cross_validation": {"folds": FOLDS, "log_loss": round(log_loss, 4), "unfiltered_prf": [round(v, 4) for v in unfiltered],
                             "filtered_prf": [round(v, 4) for v in scores[threshold]]},
        "threshold": threshold,
        "weights": {n: round(float(v), 4) for n, v in zip(names, w)},
    }
    args.out.write_text(json.dumps(model, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    for t in THRESHOLDS:
        precision, recall, f1 = scores[t]
        print(f"threshold {t:.2f}  P {precision:.3f} R {recall:.3f} F1 {f1:.3f}")
    print(f"unfiltered P {unfiltered[0]:.3f} R {unfiltered[1]:.3f} F1 {unfiltered[2]:.3f}; "
          f"out-of-fold log loss {log_loss:.4f}; chosen threshold {threshold}; wrote {args.out}")


if __name__ == "__main__":
    main()
