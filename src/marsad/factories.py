"""The one place where built-in components are registered and the default pipeline is listed.

Each module named here registers its components with `@component` on import, exactly as a
plugin would; keeping the list here ends circular imports between component packages.
"""
from __future__ import annotations

BUILTIN_MODULES: tuple[str, ...] = (
    "marsad.text.components",
    "marsad.ner.components",
    "marsad.link.component",
    "marsad.timex.component",
    "marsad.quotes.component",
    "marsad.events.component",
)

DEFAULT_PIPELINE: tuple[str, ...] = (
    "sentences",
    "tokens",
    "clitics",
    "ner",
    "quantities",
    "link",
    "timex",
    "quotes",
    "events",
)
