"""Train the event argument model: `src/marsad/data/events/event_arguments.json`.

Input: the team's event annotations of JawharaFM articles: the 288 the confidence model is trained on
(`training/event_annotations/ant_v1/`) and 192 international news articles annotated for this model
(`training/event_annotations/ant_v1_international/`). ANT v1 is Apache-2.0 and marked *train* in
../shared/data/README.md; texts are read from the corpus by id.

For every trigger the rules leave uncoded, each (source, target) reading among the sentence's actors
(`marsad.events.arguments`) is coded as an event and labelled 1 when it matches an annotated event by the
gold scorer's convention, else 0. Two models are fitted on the readings' features:
- pick: a softmax over each trigger's readings, fitted on the triggers that have a right reading (Adam, a
  fixed number of steps from zero, so the result is deterministic);
- emit: an L2-regularised logistic regression over all readings (Newton's method, as the confidence model).
The threshold is fixed at 0.5: a reading is coded when the model finds it more likely right than wrong.
Out-of-fold figures (five fixed folds of articles) compare the rules alone with the rules plus the readings,
both after the confidence model, as the `events` component runs them.

    python training/train_event_arguments.py [--shared ../shared]
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
from train_event_confidence import ANNOTATIONS, FOLDS, analysed_articles, fit

from marsad.events import extract_events, load_lexicon
from marsad.events.arguments import ArgumentModel, candidate_event, reading_groups
from marsad.events.component import EventExtractor
from marsad.shared import load_gold_scorer

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "marsad" / "data" / "events" / "event_arguments.json"
INTERNATIONAL = ROOT / "training" / "event_annotations" / "ant_v1_international"
L2 = 2.0  # emit model (passed to the confidence script's `fit`, which had applied its own λ before)
PICK_L2 = 1.0
PICK_STEPS = 400
PICK_RATE = 0.05
THRESHOLD = 0.5


def read_articles(shared: Path, annotations: list[Path]) -> list[dict]:
    """Per article: the document, the rules' events, the gold events, and each uncoded trigger's readings."""
    scorer = load_gold_scorer(shared)
    lexicon = load_lexicon()
    articles = []
    for gold, doc, gold_events in analysed_articles(shared, *annotations):
        coded = extract_events(doc, lexicon)
        groups = reading_groups(doc, lexicon, coded)
        labels = [[int(any(scorer.event_matches(g, candidate_event(doc, c, lexicon).to_dict()) for g in gold_events))
                   for c in group] for group in groups]
        articles.append({"id": gold["id"], "doc": doc, "coded": coded, "gold": gold_events, "groups": groups,
                         "labels": labels})
    return articles


def fit_pick(articles: list[dict], names: list[str]) -> np.ndarray:
    """Softmax weights over each trigger's readings; the target spreads evenly over its right readings."""
    index = {n: i for i, n in enumerate(names)}
    groups = []
    for a in articles:
        for group, labels in zip(a["groups"], a["labels"]):
            if any(labels):
                x = np.zeros((len(group), len(names)))
                for r, c in enumerate(group):
                    for n, v in c.features.items():
                        x[r, index[n]] = v
                groups.append((x, np.array(labels, dtype=float) / sum(labels)))
    w = np.zeros(len(names))
    m1 = np.zeros(len(names))
    m2 = np.zeros(len(names))
    for step in range(1, PICK_STEPS + 1):
        grad = PICK_L2 * w
        for x, target in groups:
            z = x @ w
            p = np.exp(z - z.max())
            grad += x.T @ (p / p.sum() - target)
        m1 = 0.9 * m1 + 0.1 * grad
        m2 = 0.999 * m2 + 0.001 * grad ** 2
        w -= PICK_RATE * (m1 / (1 - 0.9 ** step)) / (np.sqrt(m2 / (1 - 0.999 ** step)) + 1e-8)
    return w


def fit_models(articles: list[dict], names: list[str]) -> ArgumentModel:
    rows = [{"features": [c.features for c in group], "labels": labels}
            for a in articles for group, labels in zip(a["groups"], a["labels"])]
    emit = fit(rows, names, l2=L2)
    pick = fit_pick(articles, names)
    return ArgumentModel(pick={n: round(float(v), 4) for n, v in zip(names, pick)},
                         emit={n: round(float(v), 4) for n, v in zip(names, emit)}, threshold=THRESHOLD)


def counts(articles: list[dict], model: ArgumentModel | None, scorer) -> tuple[int, int, int, int]:
    """(events coded, of them matching a gold event, gold events, of them found) for the `events` component on
    the articles: the rules after the confidence model, plus the model's readings when a model is given."""
    extractor = EventExtractor(argument_model=model, read_uncoded=model is not None)
    coded_total = right = gold = found = 0
    for a in articles:
        kept = extractor.kept(a["doc"], a["coded"])
        predicted = [e.to_dict() for e in kept + extractor.readings(a["doc"], a["coded"], kept)]
        coded_total += len(predicted)
        right += sum(any(scorer.event_matches(g, p) for g in a["gold"]) for p in predicted)
        gold += len(a["gold"])
        found += sum(any(scorer.event_matches(g, p) for p in predicted) for g in a["gold"])
    return coded_total, right, gold, found


def prf(coded: int, right: int, gold: int, found: int) -> dict[str, float]:
    precision = right / coded if coded else 0.0
    recall = found / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4), "events": coded}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--annotations", type=Path, nargs="+", default=[ANNOTATIONS, INTERNATIONAL],
                        help="folders of annotated articles (default: ant_v1 and ant_v1_international)")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    scorer = load_gold_scorer(args.shared)
    articles = read_articles(args.shared, args.annotations)
    names = sorted({n for a in articles for group in a["groups"] for c in group for n in c.features})
    folds = [articles[k::FOLDS] for k in range(FOLDS)]
    models = [fit_models([a for j, fold in enumerate(folds) if j != k for a in fold], names) for k in range(FOLDS)]
    totals = {"rules": [0, 0, 0, 0], "rules_and_readings": [0, 0, 0, 0]}
    for fold, model in zip(folds, models):
        for key, m in (("rules", None), ("rules_and_readings", model)):
            totals[key] = [x + y for x, y in zip(totals[key], counts(fold, m, scorer))]
    cv = {key: prf(*total) for key, total in totals.items()}
    gold = totals["rules"][2]
    final = fit_models(articles, names)
    readings = sum(len(g) for a in articles for g in a["groups"])
    out = {
        "description": "pick: softmax over a trigger's (source, target) readings; emit: logistic probability "
                       "that the picked reading is an annotated event; coded at threshold and above",
        "trained_on": {"articles": len(articles), "uncoded_triggers": sum(len(a["groups"]) for a in articles),
                       "readings": readings,
                       "readings_matching": sum(sum(labels) for a in articles for labels in a["labels"]),
                       "gold_events": gold},
        "cross_validation": {"folds": FOLDS, **cv},
        "threshold": final.threshold,
        "pick_weights": final.pick,
        "emit_weights": final.emit,
    }
    args.out.write_text(json.dumps(out, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    for key, figures in cv.items():
        print(f"out-of-fold {key}: P {figures['precision']:.3f} R {figures['recall']:.3f} F1 {figures['f1']:.3f} "
              f"({figures['events']} events)")
    print(f"{readings} readings of {out['trained_on']['uncoded_triggers']} uncoded triggers; wrote {args.out}")


if __name__ == "__main__":
    main()
