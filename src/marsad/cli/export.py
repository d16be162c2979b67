"""`marsad export`: events as GDELT 2.0 Event-table rows or PLOVER JSON records."""
from __future__ import annotations

import csv
import gzip
import json
import logging
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import click

from marsad.cli.options import input_options, inputs_or_stdin, output_options
from marsad.doc import Document
from marsad.errors import InputError, MarsadError
from marsad.events.export import GDELT_EVENT_FIELDS, gdelt_rows, plover_records
from marsad.io.readers import ReadFailure, document_from_record, read_documents
from marsad.pipeline import Pipeline

EXAMPLE = """Examples:

    marsad export --format gdelt article.txt --date 2023-09-18 > events.tsv

    marsad analyze corpus.jsonl --format jsonl -o analysed.jsonl && marsad export --format plover analysed.jsonl
"""


def _is_analysed(record: dict[str, Any]) -> bool:
    return "schema_version" in record or "processed" in record


def read_for_export(inputs: list[str], *, published: str | None, failures: list[ReadFailure]) -> Iterator[Document]:
    """Documents from the inputs: analysed JSONL («marsad analyze --format jsonl») as is, the rest raw."""
    for item in inputs:
        path = Path(item)
        name = path.name.lower()
        if item != "-" and path.is_file() and name.endswith((".jsonl", ".jsonl.gz")):
            opener: Any = gzip.open if name.endswith(".gz") else open
            with opener(path, "rt", encoding="utf-8-sig") as fh:
                for number, line in enumerate(fh, 1):
                    if not line.strip():
                        continue
                    source = f"{item}:{number}"
                    try:
                        record = json.loads(line)
                        if isinstance(record, dict) and _is_analysed(record):
                            yield Document.from_dict(record)
                        else:
                            yield document_from_record(record, source=source, published=published)
                    except (ValueError, InputError) as exc:
                        failures.append(ReadFailure(source, str(exc)))
                        click.echo(f"marsad: skipped {source}: {exc}", err=True)
            continue
        for doc in read_documents([item], published=published):
            if isinstance(doc, ReadFailure):
                failures.append(doc)
                click.echo(f"marsad: skipped {doc.source}: {doc.reason}", err=True)
            else:
                yield doc


def export_events(docs: Iterator[Document], fmt: str, out: IO[str], *, header: bool = False,
                  include_negated: bool = False) -> int:
    """Write the events of the documents; returns how many records were written."""
    written = 0
    if fmt == "gdelt":
        writer = csv.writer(out, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
        if header:
            writer.writerow(GDELT_EVENT_FIELDS)
        for row in gdelt_rows(docs, include_negated=include_negated):
            writer.writerow(row)
            written += 1
    else:
        for record in plover_records(docs):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            written += 1
    return written


@click.command("export", epilog=EXAMPLE)
@input_options
@output_options(("gdelt", "plover"), "gdelt")
@click.option("--header/--no-header", default=False, help="GDELT: write the column names first (GDELT files have none).")
@click.option("--include-negated", is_flag=True, default=False,
              help="GDELT: also write negated events («لم يلتق»), which GDELT cannot mark as such.")
def export_command(inputs: tuple[str, ...], published: str | None, fmt: str, output: str | None, header: bool,
                   include_negated: bool) -> None:
    """Export events as GDELT 2.0 Event rows (tab-separated) or PLOVER JSON lines.

    INPUT is analysed JSONL from `marsad analyze --format jsonl` (used as is), or articles in any
    form `marsad analyze` reads (analysed here with the default pipeline).
    """
    logging.basicConfig(level=logging.WARNING, format="marsad: %(message)s")
    inputs = inputs_or_stdin(inputs, missing="no INPUT given; name a file or directory, or pipe text into `marsad export -`")
    failures: list[ReadFailure] = []
    pipelines: list[Pipeline] = []  # built on the first raw article: analysed JSONL needs none

    def analyse(doc: Document) -> Document:
        if not pipelines:
            try:
                pipelines.append(Pipeline())
            except MarsadError as exc:
                raise click.UsageError(str(exc)) from None
        return pipelines[0](doc)

    def analysed() -> Iterator[Document]:
        for doc in read_for_export(list(inputs), published=published, failures=failures):
            yield doc if "events" in doc.processed else analyse(doc)

    if output:
        with open(Path(output), "w", encoding="utf-8") as out:
            written = export_events(analysed(), fmt, out, header=header, include_negated=include_negated)
    else:
        written = export_events(analysed(), fmt, sys.stdout, header=header, include_negated=include_negated)
    click.echo(f"marsad: {written} event record(s) written", err=True)
    if failures:
        sys.exit(1)
