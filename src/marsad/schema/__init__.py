"""The published JSON Schema of Marsad's output, derived from the dataclasses in `marsad.doc`.

The committed file `document-<version>.schema.json` is the contract later components and
users rely on; `python -m marsad.schema --write` regenerates it and a test checks that it
matches the code, so the schema and `Document.to_dict()` cannot drift apart.
"""
from __future__ import annotations

import dataclasses
import json
import sys
import types
import typing
from importlib import resources
from pathlib import Path
from typing import Any, Union

from marsad.doc import SCHEMA_ID, SCHEMA_VERSION, Document

SCHEMA_FILE = f"document-{SCHEMA_VERSION}.schema.json"


def _type_schema(hint: Any, defs: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(hint)
    if origin in (Union, types.UnionType):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        inner = _type_schema(args[0], defs)
        return {"anyOf": [inner, {"type": "null"}]}
    if origin is list:
        (arg,) = typing.get_args(hint)
        return {"type": "array", "items": _type_schema(arg, defs)}
    if origin is dict or hint is dict:
        return {"type": "object"}
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        _define(hint, defs)
        return {"$ref": f"#/$defs/{hint.__name__}"}
    simple = {str: "string", int: "integer", float: "number", bool: "boolean"}
    if hint in simple:
        return {"type": simple[hint]} if hint is not float else {"type": "number"}
    return {}


def _define(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    if cls.__name__ in defs:
        return defs[cls.__name__]
    defs[cls.__name__] = {}  # placeholder against recursion
    hints = typing.get_type_hints(cls)
    props: dict[str, Any] = {}
    required = []
    for f in dataclasses.fields(cls):
        if not f.repr:
            continue
        props[f.name] = _type_schema(hints[f.name], defs)
        if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
            required.append(f.name)
    body = {"type": "object", "description": (cls.__doc__ or "").strip().split("\n")[0],
            "properties": props, "required": required}
    defs[cls.__name__] = body
    return body


def build_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of `Document.to_dict()`."""
    defs: dict[str, Any] = {}
    root = dict(_define(Document, defs))
    defs.pop("Document")
    root["properties"] = {"schema_version": {"const": SCHEMA_VERSION}, **root["properties"]}
    root["required"] = ["schema_version", *root["required"]]
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": SCHEMA_ID,
            "title": f"Marsad document, schema {SCHEMA_VERSION}", **root, "$defs": dict(sorted(defs.items()))}


def load_schema() -> dict[str, Any]:
    """The committed schema shipped with the package."""
    return json.loads(resources.files("marsad.schema").joinpath(SCHEMA_FILE).read_text(encoding="utf-8"))


def main() -> None:
    text = json.dumps(build_schema(), ensure_ascii=False, indent=2) + "\n"
    if "--write" in sys.argv:
        (Path(__file__).parent / SCHEMA_FILE).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)


__all__ = ["SCHEMA_FILE", "build_schema", "load_schema"]

