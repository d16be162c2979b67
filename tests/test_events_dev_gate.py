"""The event goal of issue 7 on the dev gold, through the whole default pipeline: F1 >= 0.75, extra <= 0.3.

`python ../shared/tools/score_gold.py --gold ../shared/data/gold/dev` prints the same figures.
"""
from __future__ import annotations

from goldkit import score_folder


def test_events_dev_gold_goal(shared):
    events = score_folder(shared, shared / "data" / "gold" / "dev")["events"]
    assert events["f1"] >= 0.75 and events["extra_per_gold"] <= 0.3, events
