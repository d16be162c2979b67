"""Errors Marsad raises on purpose.

    MarsadError                 base: everything Marsad raises deliberately
    ├── InputError              a file or record cannot be read (bad encoding, binary, malformed JSON)
    ├── PipelineError           a pipeline cannot be built (unknown component, unmet requirement)
    ├── ComponentError          a component failed on one document (the batch goes on)
    └── ModelError              a shipped model or resource is missing or corrupt

Messages say what to do, not only what went wrong.
"""
from __future__ import annotations


class MarsadError(Exception):
    """Base of every error Marsad raises deliberately."""


class InputError(MarsadError):
    """An input cannot be read; the message names the file and the reason."""


class PipelineError(MarsadError):
    """A pipeline was composed wrongly (unknown component or unmet requirement)."""


class ComponentError(MarsadError):
    """A component failed on one document."""

    def __init__(self, component: str, doc_id: str, reason: str) -> None:
        super().__init__(f"component {component!r} failed on document {doc_id!r}: {reason}")
        self.component = component
        self.doc_id = doc_id
        self.reason = reason


class ModelError(MarsadError):
    """A shipped model file is missing or unreadable: reinstall Marsad or rebuild it (see MODELS.md)."""
