"""How far two human annotations of the same articles agree, scored by the gold scorer's own event matching.

Why: Marsad's event F1 on the held-out sets (about 0.2–0.4) means little without the figure a second careful
annotator reaches against the same gold under the same matching (root, negation, one shared actor name on each
side, the day when the gold fixes one). That figure is the ceiling a coder can be expected to approach.

Each event of the second annotation is scored as a prediction of the first, in the form `marsad analyze`
writes: its first CAMEO root is the code, each of its actor names an actor, and an event whose annotator gave no
day takes the publication date, as Marsad's events do. Both directions are printed (A as gold, then B as gold),
and the mean F1.

    python evaluation/annotator_agreement.py evaluation/heldout_events/c evaluation/agreement/c
"""
from __future__ import annotations

import argparse
from pathlib import Path
from types import ModuleType

from marsad.shared import default_shared_dir, load_gold_scorer


def as_prediction(annotation: dict) -> dict:
    """One article's annotation in the shape of Marsad's output, for the scorer."""
    published = annotation.get("published")
    events = []
    for negated, key in ((False, "events"), (True, "negated_events")):
        for e in annotation.get(key, []):
            roots = e.get("cameo_root") or e.get("cameo")
            root = roots[0] if isinstance(roots, list) else roots
            events.append({
                "cameo": str(root),
                "negated": negated,
                "source": [{"name_en": n} for n in _names(e.get("source"))],
                "target": [{"name_en": n} for n in _names(e.get("target"))],
                "date": e.get("date") or published,
            })
    return {"id": annotation["id"], "events": events}


def _names(value) -> list[str]:
    if not value:
        return []
    return [value] if isinstance(value, str) else [str(v) for v in value]


def agreement(scorer: ModuleType, gold_dir: Path, second_dir: Path) -> dict:
    """Event figures for `second_dir` scored against `gold_dir`, over the articles both annotated."""
    second = {g["id"]: g for g in scorer.load_gold(second_dir)}
    golds = [g for g in scorer.load_gold(gold_dir) if g["id"] in second]
    if not golds:
        raise SystemExit(f"no article annotated in both {gold_dir} and {second_dir}")
    preds = {i: as_prediction(a) for i, a in second.items()}
    result = scorer.score(golds, preds)["events"]
    result["articles"] = len(golds)
    return result


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("first", type=Path, help="folder of gold files (annotator A)")
    ap.add_argument("second", type=Path, help="folder of gold files for the same articles (annotator B)")
    ap.add_argument("--shared", type=Path, default=default_shared_dir(), help="the shared folder (holds tools/score_gold.py)")
    a = ap.parse_args(argv)
    scorer = load_gold_scorer(a.shared)
    f1s = []
    for label, gold, second in (("B scored against A", a.first, a.second), ("A scored against B", a.second, a.first)):
        r = agreement(scorer, gold, second)
        f1s.append(r["f1"])
        print(f"{label}: events P {r['precision']:.3f}  R {r['recall']:.3f}  F1 {r['f1']:.3f}  "
              f"extra/gold {r['extra_per_gold']:.2f}  (articles {r['articles']}, gold {r['gold']}, predicted {r['predicted']})")
    print(f"mean F1 {sum(f1s) / 2:.3f}")


if __name__ == "__main__":
    main()
