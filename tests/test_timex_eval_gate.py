"""Quality gates for timex: pinned floors on Recognizers-Text specs and the article gold.

The figures themselves come from `marsad eval timex` and score_gold.py; these floors only
catch regressions.
"""
from __future__ import annotations

import datetime as dt
import json
import sys

import pytest

from marsad.timex.evaluate import SPEC_DIR, load_cases, predict_marsad, score


def test_timex_recognizers_text_date_floor(shared):
    cases = [c for c in load_cases(shared / SPEC_DIR, "DateParser") if c.checked]
    tally = score(cases, predict_marsad)
    assert tally.gold == 47
    assert tally.right / tally.gold >= 0.90


def test_timex_recognizers_text_duration_floor(shared):
    cases = [c for c in load_cases(shared / SPEC_DIR, "DurationParser") if c.checked]
    tally = score(cases, predict_marsad)
    assert tally.right / tally.gold >= 0.95


def test_timex_recognizers_text_case_oracle(shared):
    """A few cases copied from the MIT specs: «الأسبوع الماضي الأحد» against 2016-11-07."""
    from marsad.timex import find_times

    got = {t.text: t.value for t in find_times("سأعود الأسبوع الماضي الأحد", dt.date(2016, 11, 7))}
    assert got == {"الأسبوع الماضي الأحد": "2016-11-06"}
    got = {t.text: t.value for t in find_times("سأعود الاثنين 12 يناير 2016", dt.date(2016, 11, 7))}
    assert got == {"الاثنين 12 يناير 2016": "2016-01-12"}


@pytest.mark.slow
def test_timex_gold_floor(shared):
    """Times in the dev gold articles: value accuracy >= 0.95, precision >= 0.9 (score_gold's matching)."""
    if not (shared / "tools" / "score_gold.py").exists():
        pytest.skip("score_gold.py is not in the shared folder")
    sys.path.insert(0, str(shared / "tools"))
    from score_gold import corpus_record, load_gold, time_matches  # type: ignore[import-not-found]

    from marsad.doc import Document
    from marsad.timex import find_times

    golds = load_gold(shared / "data" / "gold" / "dev")
    right = total = pred = pred_right = 0
    for g in golds:
        rec = corpus_record(g, shared)
        doc = Document.from_parts(rec["title"], rec["text"], published=rec["published"])
        times = [json.loads(json.dumps(t.to_dict())) for t in find_times(doc.text, doc.published_date)]
        gold = g.get("times", []) + g.get("durations", [])
        total += len(gold)
        right += sum(any(time_matches(x, p)[1] for p in times) for x in gold)
        pred += len(times)
        pred_right += sum(any(time_matches(x, p)[1] for x in gold) for p in times)
    assert right / total >= 0.95
    assert pred_right / pred >= 0.90
