"""`marsad ingest`: analyse articles and store them once each (SQLite file or PostgreSQL URL)."""
from __future__ import annotations

import json
import logging
import sys
from typing import Self

import click

from marsad.cli.options import inputs_or_stdin, split_components, validate_date
from marsad.errors import MarsadError
from marsad.pipeline import Pipeline
from marsad.store.ingest import CORE_COMPONENTS, IngestReport, ingest

EXAMPLE = """Examples:

    marsad ingest ../shared/data/corpus/ant_v1.jsonl.gz --db marsad.db --core

    marsad ingest pages/ feeds/*.rss --db postgresql://localhost/marsad

    marsad ingest https://example.org/rss.xml --db marsad.db
"""


class _Progress:
    """A rich progress line with articles/s, shown on a terminal only."""

    def __init__(self) -> None:
        from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        self.progress = Progress(SpinnerColumn(), TextColumn("ingesting {task.fields[summary]}"),
                                 TimeElapsedColumn(), transient=True, console=None)
        self.task = self.progress.add_task("ingest", total=None, summary="")

    def __enter__(self) -> Self:
        self.progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.progress.stop()

    def update(self, report: IngestReport) -> None:
        skipped = sum(report.skipped.values())
        self.progress.update(self.task, summary=f"{report.added} added, {report.duplicates} near-copies, "
                             f"{skipped} skipped, {len(report.failed)} failed · {report.rate:.0f} articles/s")


def print_summary(report: IngestReport) -> None:
    click.echo(f"marsad: {report.added} added, {report.duplicates} near-duplicates linked, "
               f"{sum(report.skipped.values())} skipped, {len(report.failed)} failed "
               f"in {report.seconds:.1f}s ({report.rate:.0f} articles/s)", err=True)
    for reason, n in report.skipped.most_common():
        click.echo(f"  skipped {n}: {reason}", err=True)
    for failure in report.failed[:20]:
        click.echo(f"  failed {failure.source}: {failure.reason}", err=True)
    if len(report.failed) > 20:
        click.echo(f"  … and {len(report.failed) - 20} more failures", err=True)


@click.command("ingest", epilog=EXAMPLE)
@click.argument("inputs", nargs=-1, metavar="PATH|URL...")
@click.option("--db", default="marsad.db", show_default=True, help="SQLite file or postgresql:// URL.")
@click.option("--date", "published", callback=validate_date, metavar="YYYY-MM-DD",
              help="Publication date for inputs that do not carry one.")
@click.option("--core", is_flag=True, help="Run the text core only (sentences, tokens, clitics): fastest.")
@click.option("--components", metavar="NAMES", default=None, help="Comma-separated components to run.")
@click.option("--batch-size", type=click.IntRange(1, 100_000), default=200, show_default=True,
              help="Articles per transaction.")
@click.option("--no-dedup", is_flag=True, help="Do not look for near-duplicates.")
@click.option("--jobs", "-j", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Worker processes for the analysis (the store is written by one process).")
@click.option("--progress/--no-progress", default=None, help="Progress bar (default: only on a terminal).")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON on standard output.")
def ingest_command(inputs: tuple[str, ...], db: str, published: str | None, core: bool, components: str | None,
                   batch_size: int, no_dedup: bool, jobs: int, progress: bool | None, as_json: bool) -> None:
    """Analyse articles and store them: each article once, near-copies linked to their original.

    PATH is a file (.txt, .jsonl[.gz], .html, .rss/.atom/.xml, .warc), a directory or a glob; URL an
    article page or a feed. Safe to rerun and to interrupt: what is stored is skipped next time.
    """
    logging.basicConfig(level=logging.WARNING, format="marsad: %(message)s")
    inputs = inputs_or_stdin(inputs, missing="no PATH or URL given; name files, directories or feeds, or pipe JSONL into -")
    try:
        names = list(CORE_COMPONENTS) if core else split_components(components)
        pipeline = Pipeline(names)
    except MarsadError as exc:
        raise click.UsageError(str(exc)) from None
    show = sys.stderr.isatty() if progress is None else progress
    try:
        if show:
            with _Progress() as bar:
                report = ingest(inputs, db, pipeline=pipeline, published=published, batch_size=batch_size,
                                dedup=not no_dedup, jobs=jobs, on_progress=bar.update)
        else:
            report = ingest(inputs, db, pipeline=pipeline, published=published, batch_size=batch_size,
                            dedup=not no_dedup, jobs=jobs)
    except MarsadError as exc:
        raise click.ClickException(str(exc)) from None
    if as_json:
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False))
    print_summary(report)
    if report.failed and not (report.added or report.duplicates or report.skipped):
        sys.exit(1)


if __name__ == "__main__":
    ingest_command()
