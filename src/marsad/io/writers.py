"""Writers for analysed documents: JSON, JSON Lines, and a readable terminal view."""
from __future__ import annotations

import json
import os
from collections.abc import Iterable
from typing import IO

from rich.console import Console
from rich.panel import Panel
from rich.table import Table

from marsad.doc import Document


def write_jsonl(docs: Iterable[Document], out: IO[str]) -> int:
    """One JSON object per line, each carrying its document `id`; returns the count written."""
    n = 0
    for doc in docs:
        out.write(json.dumps(doc.to_dict(), ensure_ascii=False) + "\n")
        n += 1
    return n


def write_json(docs: Iterable[Document], out: IO[str]) -> int:
    """A single document as one object; several as an array."""
    items = [doc.to_dict() for doc in docs]
    payload = items[0] if len(items) == 1 else items
    out.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
    return len(items)


def visual_order(text: str) -> str:
    """Arabic in display order for terminals without bidi support (most terminal emulators)."""
    from bidi import get_display  # type: ignore[import-untyped]

    return str(get_display(text))


def write_pretty(docs: Iterable[Document], out: IO[str], *, bidi: bool | None = None) -> int:
    """A terminal view of what was found; Arabic is reordered for display when `bidi` (default: on a TTY)."""
    if bidi is None:
        bidi = out.isatty() and os.environ.get("MARSAD_BIDI", "1") != "0"
    shown = visual_order if bidi else (lambda s: s)
    console = Console(file=out, force_terminal=None, soft_wrap=False)
    n = 0
    for doc in docs:
        n += 1
        head = f"[bold]{shown(doc.title or doc.text[:80])}[/bold]\n" \
               f"id {doc.id}   published {doc.published or '—'}   " \
               f"{len(doc.sentences)} sentences, {len(doc.tokens)} tokens"
        console.print(Panel(head, title="marsad", expand=False))
        if doc.entities:
            table = Table("type", "name", "English", "Wikidata", "mentions", title="Entities")
            for e in doc.entities:
                table.add_row(e.label, shown(e.text), e.name_en or "", e.wikidata or "",
                              ", ".join(shown(m.text) for m in e.mentions[:4]))
            console.print(table)
        if doc.times:
            table = Table("type", "expression", "value", title="Dates and times")
            for t in doc.times:
                table.add_row(t.type, shown(t.text), t.value or "")
            console.print(table)
        if doc.quantities:
            table = Table("type", "expression", "value", "unit", title="Numbers and quantities")
            for qty in doc.quantities:
                table.add_row(qty.type, shown(qty.text), "" if qty.value is None else f"{qty.value:g}", qty.unit or "")
            console.print(table)
        if doc.quotes:
            table = Table("speaker", "quote", "kind", title="Quotations")
            for q in doc.quotes:
                speaker = (q.speaker.name_en or shown(q.speaker.text)) if q.speaker else "?"
                table.add_row(speaker, shown(q.text[:120]), "direct" if q.direct else "reported")
            console.print(table)
        if doc.events:
            table = Table("CAMEO", "source", "trigger", "target", "date", "negated", title="Events")
            for ev in doc.events:
                table.add_row(ev.cameo, ", ".join(a.name_en or shown(a.text) for a in ev.source), shown(ev.trigger.text),
                              ", ".join(a.name_en or shown(a.text) for a in ev.target), ev.date or "",
                              "yes" if ev.negated else "")
            console.print(table)
        if not (doc.entities or doc.times or doc.quotes or doc.events):
            for s in doc.sentences[:10]:
                console.print(shown(s.text))
        for err in doc.errors:
            console.print(f"[red]component {err['component']} failed: {err['reason']}[/red]")
    return n


WRITERS = {"json": write_json, "jsonl": write_jsonl, "pretty": write_pretty}
