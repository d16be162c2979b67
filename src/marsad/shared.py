"""Where the shared data folder (training and evaluation data) is looked for.

`$MARSAD_SHARED` when set, else `../shared` beside the working directory — the layout of a
checkout next to the team's shared folder. Nothing at run time needs it: only evaluation
commands and training scripts read it.
"""
from __future__ import annotations

import os
from pathlib import Path


def default_shared_dir() -> Path:
    """The shared data folder evaluations read unless told otherwise."""
    return Path(os.environ.get("MARSAD_SHARED", Path.cwd().parent / "shared"))
