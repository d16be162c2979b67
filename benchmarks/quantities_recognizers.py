"""Quantities vs Microsoft Recognizers-Text's Arabic number and percentage spec cases (MIT, benchmark).

    python benchmarks/quantities_recognizers.py [--shared ../shared]

A gold number counts as found when a quantity of ours has the same value (spans differ by design:
ours keep a unit or currency with the number). Prints recall, precision and exact-span matches per file.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

import marsad
from marsad.ner.components import QuantityExtractor
from marsad.text.components import CliticSegmenter, SentenceSplitter, Tokenizer

ROOT = Path(__file__).resolve().parent.parent


def gold_value(result: dict) -> float | None:
    value = str(result.get("Resolution", {}).get("value", "")).rstrip("%").replace(",", "")
    try:
        return float(value)
    except ValueError:
        return None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = ap.parse_args()
    steps = [SentenceSplitter(), Tokenizer(), CliticSegmenter(), QuantityExtractor()]
    spec = args.shared / "data/timex/recognizers_text_arabic/Specs/Number/Arabic"
    for name in ("NumberModel.json", "PercentModel.json"):
        cases = json.loads((spec / name).read_text(encoding="utf-8-sig"))
        gold_n = found = predicted = correct = exact = 0
        for case in cases:
            doc = marsad.Document(text=case["Input"])
            for step in steps:
                doc = step(doc)
            ours = [(q.start, q.end, q.value) for q in doc.quantities]
            golds = [(r["Start"], r["End"] + 1, gold_value(r)) for r in case["Results"]]
            predicted += len(ours)
            values = [v for _, _, v in ours]
            gold_values = [v for _, _, v in golds]
            gold_n += len(golds)
            found += sum(1 for v in gold_values if v is not None and v in values)
            correct += sum(1 for v in values if v in gold_values)
            exact += sum(1 for g in golds if g in ours)
        print(f"{name}: {len(cases)} cases, {gold_n} gold numbers; value recall {100 * found / max(gold_n, 1):.1f} %, "
              f"value precision {100 * correct / max(predicted, 1):.1f} % ({predicted} predicted), "
              f"exact span and value {100 * exact / max(gold_n, 1):.1f} %")


if __name__ == "__main__":
    main()
