"""The `marsad` command line: one module per verb, each a thin wrapper over a library function."""
from __future__ import annotations

import click

from marsad import __version__
from marsad.cli.analyze import analyze_command
from marsad.cli.eval import eval_group
from marsad.cli.export import export_command
from marsad.cli.ingest import ingest_command
from marsad.cli.search import search_command


@click.group(context_settings={"help_option_names": ["-h", "--help"]},
             epilog="Example:\n\n    marsad analyze examples/amman-talks.txt --format pretty")
@click.version_option(__version__, prog_name="marsad")
def main() -> None:
    """Marsad: read Arabic news and turn it into structured, linked, searchable knowledge."""


main.add_command(analyze_command)
main.add_command(eval_group)
main.add_command(export_command)
main.add_command(ingest_command)
main.add_command(search_command)
