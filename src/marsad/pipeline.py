"""Pipelines of small components, each declaring what it needs and what it sets.

A component is a callable `Document -> Document` registered with `@component(name,
requires=..., assigns=...)`. `Pipeline(names)` checks, when it is built, that every
requirement is assigned by an earlier component, and names what is missing. Running a
pipeline on many documents never stops at a bad one: the failure is logged with the
document id, recorded in `doc.errors`, and the batch goes on.
"""
from __future__ import annotations

import gc
import importlib
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Protocol

from marsad.doc import Document
from marsad.errors import PipelineError

log = logging.getLogger("marsad")


class ComponentFn(Protocol):
    def __call__(self, doc: Document) -> Document: ...


@dataclass(frozen=True)
class ComponentInfo:
    """A registered component factory with its declared contract."""

    name: str
    factory: Callable[..., ComponentFn]
    requires: tuple[str, ...]
    assigns: tuple[str, ...]
    doc: str


_REGISTRY: dict[str, ComponentInfo] = {}


def component(name: str, *, requires: Iterable[str] = (), assigns: Iterable[str] = ()) -> Callable[[Any], Any]:
    """Register a component factory (a class or a function returning a callable) under `name`."""

    def register(factory: Any) -> Any:
        _REGISTRY[name] = ComponentInfo(name, factory, tuple(requires), tuple(assigns),
                                        (factory.__doc__ or "").strip().split("\n")[0])
        return factory

    return register


def registered_components() -> dict[str, ComponentInfo]:
    """Every registered component (built-ins are loaded on first use)."""
    _load_builtins()
    return dict(_REGISTRY)


def _load_builtins() -> None:
    from marsad.factories import BUILTIN_MODULES

    for module in BUILTIN_MODULES:
        importlib.import_module(module)


def default_pipeline_names() -> list[str]:
    from marsad.factories import DEFAULT_PIPELINE

    return list(DEFAULT_PIPELINE)


class Pipeline:
    """An ordered, checked chain of components."""

    def __init__(self, names: Iterable[str] | None = None, *, config: dict[str, dict[str, Any]] | None = None) -> None:
        registry = registered_components()
        self.names = list(default_pipeline_names() if names is None else names)
        config = config or {}
        assigned: set[str] = set()
        self.components: list[tuple[str, ComponentFn]] = []
        for name in self.names:
            info = registry.get(name)
            if info is None:
                known = ", ".join(sorted(registry))
                raise PipelineError(f"unknown component {name!r}; registered components: {known}")
            missing = [r for r in info.requires if r not in assigned]
            if missing:
                raise PipelineError(
                    f"component {name!r} requires {', '.join(missing)}, which no earlier component assigns; "
                    f"add the component that assigns it before {name!r}")
            assigned.update(info.assigns)
            self.components.append((name, info.factory(**config.get(name, {}))))
        self.assigns = assigned

    def __repr__(self) -> str:
        return f"Pipeline({self.names!r})"

    def __call__(self, doc: Document | str) -> Document:
        """Run every component on `doc` (a plain string becomes a Document); a failing component is
        recorded and the rest still run."""
        if isinstance(doc, str):
            doc = Document(text=doc)
        elif not isinstance(doc, Document):
            raise TypeError(f"a pipeline runs on a Document or a str, not {type(doc).__name__}")
        for name, fn in self.components:
            try:
                doc = fn(doc)
                doc.processed.append(name)
            except Exception as exc:  # noqa: BLE001 (a bad article must not stop a batch)
                reason = f"{type(exc).__name__}: {exc}"
                log.error("document %s: component %s failed: %s", doc.id, name, reason)
                doc.errors.append({"component": name, "reason": reason})
                if name in ("sentences", "tokens"):
                    break  # later components cannot run without the text core
        return doc

    def pipe(self, docs: Iterable[Document], *, batch_size: int = 64) -> Iterator[Document]:
        """Process many documents lazily, `batch_size` at a time; failures are recorded, not raised."""
        batch: list[Document] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._run_batch(batch)
                batch = []
        yield from self._run_batch(batch)

    def _run_batch(self, batch: list[Document]) -> list[Document]:
        # An article makes thousands of small acyclic objects (tokens, pieces) that live as long as
        # the document; the cyclic collector would rescan them again and again (a third of the text
        # core's time), so it is paused for the batch and runs once after it.
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            return [self(d) for d in batch]
        finally:
            if was_enabled:
                gc.enable()
