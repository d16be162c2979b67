"""`marsad analyze`: read articles, run the pipeline, write what was found."""
from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import IO

import click

from marsad.cli.options import input_options, inputs_or_stdin, output_options, split_components
from marsad.doc import Document
from marsad.errors import MarsadError
from marsad.io.readers import ReadFailure, read_documents
from marsad.io.writers import WRITERS
from marsad.pipeline import Pipeline

EXAMPLE = """Examples:

    marsad analyze examples/amman-talks.txt --format pretty

    marsad analyze corpus.jsonl.gz --format jsonl -o out.jsonl

    cat article.txt | marsad analyze - --date 2023-09-18 --format json
"""


def analyze_documents(inputs: list[str], *, published: str | None, pipeline: Pipeline,
                      failures: list[ReadFailure], batch_size: int = 64) -> Iterator[Document]:
    """Analysed documents from the inputs; unreadable inputs are appended to `failures`."""

    def readable() -> Iterator[Document]:
        for item in read_documents(inputs, published=published):
            if isinstance(item, ReadFailure):
                failures.append(item)
                click.echo(f"marsad: skipped {item.source}: {item.reason}", err=True)
            else:
                yield item

    return pipeline.pipe(readable(), batch_size=batch_size)


def _with_progress(docs: Iterator[Document], enabled: bool) -> Iterator[Document]:
    if not enabled:
        yield from docs
        return
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
    )

    columns = (SpinnerColumn(), TextColumn("analysing"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
               TextColumn("{task.fields[rate]}"))
    with Progress(*columns, transient=True, console=None) as progress:
        task = progress.add_task("analyse", total=None, rate="")
        for doc in docs:
            progress.advance(task)
            elapsed = progress.tasks[0].elapsed or 0.0
            done = progress.tasks[0].completed
            progress.update(task, rate=f"{done / elapsed:.1f} articles/s" if elapsed > 0 else "")
            yield doc


def _noting_failures(docs: Iterator[Document], failed: list[str]) -> Iterator[Document]:
    for doc in docs:
        if doc.errors:
            failed.append(doc.id)
        yield doc


@click.command("analyze", epilog=EXAMPLE)
@input_options
@output_options(("json", "jsonl", "pretty"), "pretty")
@click.option("--components", metavar="NAMES", default=None,
              help="Comma-separated components to run instead of the default pipeline, e.g. sentences,tokens,clitics.")
@click.option("--batch-size", type=click.IntRange(1, 10_000), default=64, show_default=True,
              help="Documents per batch given to the pipeline.")
@click.option("--min-event-confidence", type=click.FloatRange(0.0, 1.0), default=None, metavar="P",
              help="Keep events whose confidence is at least P (default: the shipped model's threshold, applied to "
                   "articles of 3 or more sentences, which also drop appeals and fighting aimed at no one named "
                   "and the argument model's readings in sentences that tell no date of their own after the story "
                   "told one; 0 keeps every event the rules code, and the readings, whose confidence is always at "
                   "least 0.5).")
@click.option("--progress/--no-progress", default=None, help="Progress bar (default: only on a terminal).")
def analyze_command(inputs: tuple[str, ...], published: str | None, fmt: str, output: str | None,
                    components: str | None, batch_size: int, min_event_confidence: float | None,
                    progress: bool | None) -> None:
    """Analyse Arabic news articles: entities, dates, quotes, events … with character offsets.

    INPUT is a text file (first line = headline), a JSONL file of {id, title, text, published, source, url}
    records (optionally .gz), an HTML page, an RSS/Atom feed, a WARC archive, a directory, or - for standard
    input (the default when input is piped).
    Unreadable inputs are reported on stderr and skipped; the others are still analysed.
    """
    logging.basicConfig(level=logging.WARNING, format="marsad: %(message)s")
    inputs = inputs_or_stdin(inputs, missing="no INPUT given; name a file or directory, or pipe text into `marsad analyze -`")
    try:
        config = {"events": {"min_confidence": min_event_confidence}} if min_event_confidence is not None else None
        pipeline = Pipeline(split_components(components), config=config)
    except MarsadError as exc:
        raise click.UsageError(str(exc)) from None
    failures: list[ReadFailure] = []
    show_progress = sys.stderr.isatty() if progress is None else progress
    with ExitStack() as stack:
        out: IO[str] = stack.enter_context(open(Path(output), "w", encoding="utf-8")) if output else sys.stdout
        docs = analyze_documents(list(inputs), published=published, pipeline=pipeline, failures=failures,
                                 batch_size=batch_size)
        partly_failed: list[str] = []
        written = WRITERS[fmt](_noting_failures(_with_progress(docs, show_progress and fmt != "pretty"),
                                                partly_failed), out)
    if partly_failed:
        shown = ", ".join(partly_failed[:5]) + (" …" if len(partly_failed) > 5 else "")
        click.echo(f"marsad: {len(partly_failed)} document(s) had a component failure ({shown}); "
                   "their output lists it under 'errors'", err=True)
    if failures:
        click.echo(f"marsad: {written} document(s) analysed, {len(failures)} input(s) skipped", err=True)
        sys.exit(1)
    if written == 0:
        click.echo("marsad: no documents found in the input", err=True)
        sys.exit(1)
