"""`marsad eval …`: accuracy of each component on the gold data in ../shared/data."""
from __future__ import annotations

from pathlib import Path

import click

from marsad.shared import default_shared_dir

DEFAULT_SHARED = default_shared_dir()


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


@eval_group.command("ner", epilog="Example:\n\n    marsad eval ner --shared ../shared")
@click.option("--shared", type=click.Path(exists=True, file_okay=False, path_type=Path), default=None,
              help="The shared data folder (default: ../shared).")
@click.option("--model-dir", type=click.Path(exists=True, file_okay=False, path_type=Path), default=None,
              help="A trained model folder instead of the shipped one.")
@click.option("--window", type=int, default=0, show_default=True,
              help="Also propagate found names over runs of this many sentences, as `ner` does per article.")
def eval_ner(shared: Path | None, model_dir: Path | None, window: int) -> None:
    """Entity P/R/F1 per type (conlleval) and tokens/s on ANERcorp (official + repaired) and AQMAR test."""
    from marsad.ner.evaluate import evaluate_ner

    evaluate_ner(shared or DEFAULT_SHARED, model_dir=model_dir, window=window)


@eval_group.command("timex", epilog="Example:\n\n    marsad eval timex --shared ../shared")
@click.option("--shared", type=click.Path(exists=True, file_okay=False, path_type=Path), default=None,
              help="The shared data folder (default: ../shared).")
@click.option("--no-dateparser", is_flag=True, help="Skip the dateparser baseline.")
def eval_timex(shared: Path | None, no_dateparser: bool) -> None:
    """Date/time detection and value accuracy on Recognizers-Text Arabic specs, beside dateparser."""
    from marsad.timex.evaluate import main as run

    run(["--shared", str(shared or DEFAULT_SHARED)] + (["--no-dateparser"] if no_dateparser else []))
