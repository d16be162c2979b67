"""`marsad search`: Arabic-aware full-text search over a store, with filters."""
from __future__ import annotations

import json
import sys

import click

from marsad.cli.options import validate_date
from marsad.errors import MarsadError
from marsad.store import SearchHit, open_store, search

EXAMPLE = """Examples:

    marsad search روسيا --db marsad.db            # also finds «لروسيا», «وروسيا», «بروسيا»

    marsad search '"كيم جونغ أون" -كرة' --from 2023-09-01 --format jsonl

    marsad search "" --entity Q159 --event 04 --actors PRK,RUS
"""


def render_snippet(hit: SearchHit) -> str:
    """The snippet with its matches in bold (rich markup), on one line."""
    from rich.markup import escape

    out, last = [], 0
    for start, end in hit.snippet_highlights:
        out.append(escape(hit.snippet[last:start]))
        out.append(f"[bold yellow]{escape(hit.snippet[start:end])}[/]")
        last = end
    out.append(escape(hit.snippet[last:]))
    return "".join(out).replace("\n", " ")


@click.command("search", epilog=EXAMPLE)
@click.argument("query")
@click.option("--db", default="marsad.db", show_default=True, help="SQLite file or postgresql:// URL.")
@click.option("--from", "date_from", callback=validate_date, metavar="YYYY-MM-DD", help="Published on or after.")
@click.option("--to", "date_to", callback=validate_date, metavar="YYYY-MM-DD", help="Published on or before.")
@click.option("--source", "sources", multiple=True, help="Only this source (repeatable).")
@click.option("--entity", "entities", multiple=True,
              help="Mentions this entity: Wikidata id, Arabic or English name, or another English spelling "
                   "of it (repeatable).")
@click.option("--event", metavar="CAMEO", help="Has an event with this CAMEO code or prefix (04 = consult).")
@click.option("--actors", metavar="SOURCE,TARGET",
              help="Has an event from SOURCE to TARGET (each a CAMEO actor or country code, Wikidata id, Arabic or "
                   "English name, or another English spelling).")
@click.option("--limit", type=click.IntRange(1, 10_000), default=10, show_default=True)
@click.option("--format", "-f", "fmt", type=click.Choice(("table", "json", "jsonl")), default="table",
              show_default=True)
def search_command(query: str, db: str, date_from: str | None, date_to: str | None, sources: tuple[str, ...],
                   entities: tuple[str, ...], event: str | None, actors: str | None, limit: int, fmt: str) -> None:
    """Search stored articles: words match with or without clitics, "quoted phrases", -excluded words."""
    pair = None
    if actors:
        parts = [p.strip() for p in actors.split(",")]
        if len(parts) != 2 or not all(parts):
            raise click.BadParameter("give two actors separated by a comma, e.g. PRK,RUS", param_hint="--actors")
        pair = (parts[0], parts[1])
    try:
        with open_store(db) as store:
            hits = search(store, query, date_from=date_from, date_to=date_to, sources=sources, entities=entities,
                          event=event, actors=pair, limit=limit)
    except MarsadError as exc:
        raise click.ClickException(str(exc)) from None
    if fmt == "jsonl":
        for hit in hits:
            click.echo(json.dumps(hit.to_dict(), ensure_ascii=False))
    elif fmt == "json":
        click.echo(json.dumps([h.to_dict() for h in hits], ensure_ascii=False, indent=2))
    else:
        from rich.console import Console
        from rich.table import Table

        table = Table(show_lines=True, expand=True)
        table.add_column("id", max_width=24, overflow="fold")
        table.add_column("score", no_wrap=True)
        table.add_column("date", no_wrap=True)
        table.add_column("source", max_width=16, overflow="fold")
        table.add_column("snippet", ratio=1, overflow="fold")
        for hit in hits:
            table.add_row(hit.id, f"{hit.score:.2f}", (hit.published or "")[:10], hit.source or "",
                          render_snippet(hit))
        Console(file=sys.stdout).print(table)
        if not hits:
            click.echo("marsad: no matches", err=True)


if __name__ == "__main__":
    search_command()
