"""A shipped artefact must equal what its committed training script rebuilds (MODELS.md says how)."""
from __future__ import annotations

import subprocess
import sys
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def rebuild(script: str, shipped: str, shared: Path, tmp_path: Path, *, timeout: int = 1200) -> tuple[bytes, bytes]:
    """(rebuilt, shipped) bytes: `training/<script> --shared … --out …` against `marsad/data/<shipped>`."""
    out = tmp_path / Path(shipped).name
    subprocess.run([sys.executable, str(ROOT / "training" / script), "--shared", str(shared), "--out", str(out)],
                   check=True, capture_output=True, text=True, timeout=timeout)
    return out.read_bytes(), resources.files("marsad").joinpath("data/" + shipped).read_bytes()
