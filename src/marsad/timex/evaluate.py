"""Evaluate `find_times` on Microsoft Recognizers-Text Arabic spec cases, beside dateparser.

Recognizers-Text (MIT) ships short Arabic sentences with the span, TIMEX value and, for
underspecified dates, the past and future resolutions against a reference date. A case is
detected when a predicted expression overlaps the gold span; its value is right when it
equals the TIMEX value or one of the resolutions (so «XXXX-10-02» accepts 2016-10-02),
durations are compared as lengths (P0.5Y = P6M) and clock times by hour and minute.

dateparser's `search_dates` runs on the same inputs with the same reference date, as the
baseline: no other library resolves Arabic relative dates at all.
Usage: python -m marsad.timex.evaluate [--shared ../shared] [--no-dateparser]
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from marsad.shared import default_shared_dir
from marsad.timex.extract import find_times

SPEC_DIR = Path("data", "timex", "recognizers_text_arabic", "Specs", "DateTime", "Arabic")
DEFAULT_REFERENCE = "2016-11-07T00:00:00"  # the reference date Recognizers-Text uses when none is given
PARSER_FILES = ("DateParser", "DurationParser", "TimeParser", "DatePeriodParser", "HolidayParser", "SetParser",
                "DateTimeParser", "TimePeriodParser", "MergedParser")
EXTRACTOR_FILES = ("DateExtractor", "DurationExtractor", "TimeExtractor", "SetExtractor", "HolidayExtractor",
                   "DatePeriodExtractor")

RX_DURATION = re.compile(r"^P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?"
                         r"(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$")
_SECONDS = (365 * 86400, 30 * 86400, 7 * 86400, 86400, 3600, 60, 1)


@dataclass
class Gold:
    """One gold expression: its span in the input, TIMEX value and acceptable resolutions."""

    start: int
    end: int
    text: str
    timex: str
    accepted: set[str]


@dataclass
class Case:
    input: str
    reference: dt.datetime
    checked: bool
    golds: list[Gold] = field(default_factory=list)


@dataclass
class Tally:
    gold: int = 0
    detected: int = 0
    right: int = 0

    def line(self) -> str:
        if not self.gold:
            return "no cases"
        return f"detected {self.detected / self.gold:.3f}  value {self.right / self.gold:.3f}  (n={self.gold})"


def duration_seconds(value: str) -> float | None:
    """P1Y6M → seconds (a year is 365 days, a month 30): to compare P0.5Y with P6M."""
    m = RX_DURATION.match(value or "")
    if not m or not any(m.groups()):
        return None
    return sum(float(g) * s for g, s in zip(m.groups(), _SECONDS) if g)


def clock_of(value: str) -> tuple[int, int, int] | None:
    """«2016-11-07T07:00» or «T07» → (7, 0, 0)."""
    m = re.search(r"T(\d{2})(?::(\d{2}))?(?::(\d{2}))?$", value or "")
    if not m:
        return None
    return int(m.group(1)), int(m.group(2) or 0), int(m.group(3) or 0)


def value_matches(pred: str | None, gold: Gold) -> bool:
    """Whether a predicted value says what the gold TIMEX (or one of its resolutions) says."""
    if not pred:
        return False
    if gold.timex.startswith("P"):
        a, b = duration_seconds(pred), duration_seconds(gold.timex)
        return a is not None and b is not None and abs(a - b) <= 0.03 * max(a, b)  # P0.5Y ≈ P6M
    if gold.timex.startswith("T"):
        return clock_of(pred) == clock_of(gold.timex)
    return pred in gold.accepted


def load_cases(spec_dir: Path, name: str) -> list[Case]:
    """The cases of one spec file, with every gold expression that carries a TIMEX value."""
    raw = json.loads((spec_dir / f"{name}.json").read_text(encoding="utf-8"))
    cases = []
    for item in raw:
        ref = (item.get("Context") or {}).get("ReferenceDateTime") or DEFAULT_REFERENCE
        case = Case(item["Input"], dt.datetime.fromisoformat(ref), not item.get("IgnoreResolution"))
        for r in item.get("Results", []):
            value = r.get("Value")
            timex = value.get("Timex") if isinstance(value, dict) else None
            start = r.get("Start", item["Input"].find(r["Text"]))
            accepted = {timex} if timex else set()
            if isinstance(value, dict):
                for key in ("FutureResolution", "PastResolution"):
                    res = value.get(key) or {}
                    for v in res.values():
                        if isinstance(v, str):
                            accepted.add(v[:10] if len(v) >= 10 and v[4] == "-" else v)
            case.golds.append(Gold(start, start + r.get("Length", len(r["Text"])), r["Text"], timex or "", accepted))
        cases.append(case)
    return cases


Predictor = Callable[[str, dt.datetime], list[tuple[int, int, str | None]]]


def predict_marsad(text: str, reference: dt.datetime) -> list[tuple[int, int, str | None]]:
    return [(t.start, t.end, t.value) for t in find_times(text, reference.date())]


def make_dateparser() -> Predictor | None:
    """dateparser's `search_dates` as a predictor (None when dateparser is not installed)."""
    try:
        from dateparser.search import search_dates
    except ImportError:
        return None

    def predict(text: str, reference: dt.datetime) -> list[tuple[int, int, str | None]]:
        found = search_dates(text, languages=["ar"], settings={"RELATIVE_BASE": reference}) or []
        out = []
        pos = 0
        for surface, when in found:
            start = text.find(surface, pos)
            if start < 0:
                start = text.find(surface)
            if start < 0:
                continue
            pos = start + len(surface)
            out.append((start, start + len(surface), when.strftime("%Y-%m-%dT%H:%M:%S")))
        return out

    return predict


def _as_granular(pred: str, gold: Gold) -> str:
    """A full dateparser timestamp cut to the gold's granularity (2016-11 for a month)."""
    if gold.timex.startswith(("P", "T")):
        return pred
    size = len(gold.timex) if gold.timex and gold.timex[0].isdigit() else 10
    return pred[:size] if size in (4, 7, 10) else pred[:10]


def score(cases: list[Case], predict: Predictor, *, granular: bool = False) -> Tally:
    tally = Tally()
    for case in cases:
        preds = predict(case.input, case.reference)
        for gold in case.golds:
            if not gold.timex:
                continue
            tally.gold += 1
            overlapping = [p for p in preds if p[0] < gold.end and gold.start < p[1]]
            if overlapping:
                tally.detected += 1
            values = [_as_granular(v, gold) if granular and v else v for _, _, v in overlapping]
            if any(value_matches(v, gold) for v in values):
                tally.right += 1
    return tally


def score_spans(cases: list[Case], predict: Predictor) -> Tally:
    """Detection only (extractor files carry spans, no values)."""
    tally = Tally()
    for case in cases:
        preds = predict(case.input, case.reference)
        for item_gold in case.golds:
            tally.gold += 1
            if any(p[0] < item_gold.end and item_gold.start < p[1] for p in preds):
                tally.detected += 1
    tally.right = tally.detected
    return tally


def main(argv: list[str] | None = None) -> dict[str, Any]:
    """Print detection and value accuracy per spec file, Marsad beside dateparser; return the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", type=Path, default=default_shared_dir())
    parser.add_argument("--no-dateparser", action="store_true", help="skip the dateparser baseline")
    args = parser.parse_args(argv)
    spec_dir = args.shared / SPEC_DIR
    if not spec_dir.exists():
        raise SystemExit(f"{spec_dir} not found: pass --shared pointing at the shared data folder")
    dp = None if args.no_dateparser else make_dateparser()
    systems: list[tuple[str, Predictor, bool]] = [("marsad", predict_marsad, False)]
    if dp is not None:
        systems.append(("dateparser", dp, True))
    results: dict[str, Any] = {}
    print("Recognizers-Text Arabic DateTime specs: value = TIMEX or its past/future resolution")
    groups: list[tuple[str, list[Case]]] = []
    for name in PARSER_FILES:
        cases = load_cases(spec_dir, name)
        groups.append((f"{name} checked", [c for c in cases if c.checked and any(g.timex for g in c.golds)]))
        groups.append((f"{name} all", [c for c in cases if any(g.timex for g in c.golds)]))
    all_checked = [c for label, cs in groups if label.endswith("checked") for c in cs]
    groups.append(("ALL checked cases", all_checked))
    for label, cases in groups:
        if not cases:
            continue
        for sys_name, predict, granular in systems:
            t0 = time.perf_counter()
            tally = score(cases, predict, granular=granular)
            ms = (time.perf_counter() - t0) * 1000 / max(1, len(cases))
            results[f"{label}/{sys_name}"] = {"gold": tally.gold, "detected": tally.detected, "right": tally.right}
            print(f"{label:28} {sys_name:10} {tally.line()}  {ms:.2f} ms/case")
    print("\nExtractor specs (spans only): detection recall")
    for name in EXTRACTOR_FILES:
        cases = load_cases(spec_dir, name)
        for sys_name, predict, _ in systems:
            tally = score_spans(cases, predict)
            results[f"{name}/{sys_name}"] = {"gold": tally.gold, "detected": tally.detected}
            print(f"{name:28} {sys_name:10} detected {tally.detected / max(1, tally.gold):.3f} (n={tally.gold})")
    return results


if __name__ == "__main__":
    main()
