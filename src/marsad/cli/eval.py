"""`marsad eval …`: accuracy of each component on the gold data in ../shared/data."""
from __future__ import annotations

import os
from pathlib import Path

import click

DEFAULT_SHARED = Path(os.environ.get("MARSAD_SHARED", Path.cwd().parent / "shared"))


@click.group("eval", epilog="Example:\n\n    marsad eval segmentation --shared ../shared")
def eval_group() -> None:
    """Evaluate components against the gold data in ../shared/data (prints figures)."""


@eval_group.command("segmentation", epilog="Example:\n\n    marsad eval segmentation --shared ../shared")
@click.option("--shared", type=click.Path(exists=True, file_okay=False, path_type=Path), default=None,
              help="The shared data folder (default: ../shared).")
@click.option("--no-farasa", is_flag=True, help="Skip the farasa comparison.")
def eval_segmentation(shared: Path | None, no_farasa: bool) -> None:
    """Clitic segmentation vs NewsFANE's gold (test words), beside the never-split baseline and farasa."""
    from marsad.text.evaluate_segmentation import main as run

    args = ["--shared", str(shared or DEFAULT_SHARED)] + (["--no-farasa"] if no_farasa else [])
    run(args)
