"""Quality gate on entities, times and quotes of unseen articles (evaluation/heldout_full: sets c, f, g, h, i, j).

The dev gold's entity, time and quote figures (0.93, 1.00, 0.94) were reached while reading it; on articles
nobody tuned to they are lower, and this floor keeps them from sliding. g and h were read while the fifth
session's quote, timex and knowledge-base fixes were written (j for the last ones), and g, h and j again for the
sixth and eighth sessions'; i, c and f were only scored.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from goldkit import score_folder

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def gold_root(shared, tmp_path_factory) -> Path:
    sys.path.insert(0, str(ROOT / "evaluation" / "heldout_full"))
    try:
        import build_gold
    finally:
        sys.path.pop(0)
    out = tmp_path_factory.mktemp("heldout_full")
    build_gold.build(shared, out)
    return out


# measured 2026-11-30 (eighth session), in order entities F1, times value accuracy, quotes found, quotes attributed:
# g 0.776 0.974 0.884 0.596 · h 0.842 0.967 0.967 0.743 · i 0.839 0.863 0.877 0.567 · c 0.871 0.892 0.946 0.735
# · f 0.747 0.956 0.946 0.546 · j 0.796 0.932 0.947 0.586 (sixth session: g 0.774 0.974 0.870 0.575 · h 0.839
# 0.967 0.957 0.710 · i 0.833 0.863 0.871 0.556 · c 0.864 0.892 0.946 0.693 · f 0.747 0.956 0.946 0.523 · j 0.796
# 0.932 0.947 0.553)
@pytest.mark.parametrize(("name", "floors"), [("g", (0.74, 0.94, 0.84, 0.54)), ("h", (0.82, 0.92, 0.93, 0.71)),
                                              ("i", (0.81, 0.84, 0.84, 0.53)), ("c", (0.84, 0.86, 0.92, 0.71)),
                                              ("f", (0.72, 0.93, 0.92, 0.52)), ("j", (0.77, 0.87, 0.92, 0.55))])
def test_heldout_entities_times_quotes_gate(shared, gold_root, name, floors):
    result = score_folder(shared, gold_root / name, no_errors=True)
    entities, times, quotes = result["entities"], result["times"], result["quotes"]
    got = (entities["f1"], times["value_accuracy"], quotes["found"], quotes["attributed"])
    assert all(value >= floor for value, floor in zip(got, floors)), (got, floors)
