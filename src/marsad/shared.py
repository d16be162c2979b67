"""Where the shared data folder (training and evaluation data) is looked for.

`$MARSAD_SHARED` when set, else `../shared` beside the working directory — the layout of a
checkout next to the team's shared folder. Nothing at run time needs it: only evaluation
commands and training scripts read it.
"""
from __future__ import annotations

import importlib.util
import os
from pathlib import Path
from types import ModuleType


def default_shared_dir() -> Path:
    """The shared data folder evaluations read unless told otherwise."""
    return Path(os.environ.get("MARSAD_SHARED", Path.cwd().parent / "shared"))


def load_gold_scorer(shared: Path | None = None) -> ModuleType:
    """`tools/score_gold.py` of the shared folder, imported: every gold figure in the notes is printed by it, so
    evaluations, training labels and gates reuse its matching rather than restate it."""
    path = (shared or default_shared_dir()) / "tools" / "score_gold.py"
    spec = importlib.util.spec_from_file_location("score_gold", path)
    if spec is None or spec.loader is None or not path.exists():
        raise FileNotFoundError(f"no gold scorer at {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
