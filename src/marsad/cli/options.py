"""Options shared by several commands, declared once."""
from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable
from typing import Any

import click


def validate_date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date; use YYYY-MM-DD, e.g. 2023-09-18") from None


def inputs_or_stdin(inputs: tuple[str, ...], *, missing: str) -> tuple[str, ...]:
    """The inputs as given, or standard input ("-") when none are named and something is piped in."""
    if inputs:
        return inputs
    if sys.stdin.isatty():
        raise click.UsageError(missing)
    return ("-",)


def split_components(value: str | None) -> list[str] | None:
    """`--components "sentences, tokens,ner"` → its names; None (the default pipeline) when not given."""
    return [c.strip() for c in value.split(",") if c.strip()] if value else None


def input_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """INPUT... and --date: what to read and the publication date to assume when a record has none."""
    fn = click.option("--date", "published", callback=validate_date, metavar="YYYY-MM-DD",
                      help="Publication date for inputs that do not carry one (anchors «أمس», «الأحد» …).")(fn)
    fn = click.argument("inputs", nargs=-1, metavar="INPUT...")(fn)
    return fn


def output_options(formats: tuple[str, ...], default: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """--format and --output."""

    def decorate(fn: Callable[..., Any]) -> Callable[..., Any]:
        fn = click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True), default=None,
                          help="Write to FILE instead of standard output.")(fn)
        fn = click.option("--format", "-f", "fmt", type=click.Choice(formats), default=default, show_default=True,
                          help="Output format.")(fn)
        return fn

    return decorate
