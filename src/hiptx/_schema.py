"""JSON Schema (draft 2020-12) for the data files and every public class.

The schema is derived from the same classes and field metadata that validate the
data at load time, so the two cannot drift; ``tools/generate_schema.py`` writes the
committed copies and a test fails when they differ from what this module produces.
Result classes (decisions, estimates, programmes), which carry no validators, get
their schema from their type hints alone; dates are ISO strings and mappings keyed
by an enum are objects keyed by its values, as :mod:`hiptx.serialize` writes them.
"""

from __future__ import annotations

import datetime
import types
import typing
from collections.abc import Mapping
from enum import Enum
from typing import Any

import attrs

from hiptx._fields import CLASS_SCHEMAS, SCHEMA_KEY

DIALECT = "https://json-schema.org/draft/2020-12/schema"

#: An ISO calendar date, exactly as :mod:`hiptx.serialize` writes and reads it.
DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$(?!\n)"


def _summary(cls: type) -> str:
    doc = (cls.__doc__ or "").strip()
    return doc.split("\n\n", 1)[0].replace("\n", " ")


class _Builder:
    def __init__(self) -> None:
        self.defs: dict[str, dict[str, Any]] = {}

    def of_type(self, type_: Any, extra: dict[str, Any]) -> dict[str, Any]:  # noqa: PLR0911 - one return per kind of type
        origin = typing.get_origin(type_)
        args = typing.get_args(type_)
        if origin in (typing.Union, types.UnionType):
            present = [a for a in args if a is not type(None)]
            inner = self.of_type(present[0], extra)
            return {"anyOf": [inner, {"type": "null"}]}
        if origin is tuple:
            items_extra = {
                k: v for k, v in extra.items() if k not in ("minItems", "uniqueItems", "items")
            }
            items_extra.update(extra.get("items", {}))
            schema: dict[str, Any] = {"type": "array", "items": self.of_type(args[0], items_extra)}
            for key in ("minItems", "uniqueItems"):
                if extra.get(key):
                    schema[key] = extra[key]
            return schema
        if origin is Mapping or origin is dict:
            key, value = args
            return {
                "type": "object",
                "propertyNames": self.of_type(key, {}),
                "additionalProperties": self.of_type(value, extra.get("values", {})),
            }
        if type_ is datetime.date:
            return {"type": "string", "format": "date", "pattern": DATE_PATTERN}
        if isinstance(type_, type) and issubclass(type_, Enum):
            self.defs.setdefault(
                type_.__name__,
                {"description": _summary(type_), "enum": [m.value for m in type_]},
            )
            return {"$ref": f"#/$defs/{type_.__name__}"}
        if isinstance(type_, type) and attrs.has(type_):
            self.add_class(type_)
            return {"$ref": f"#/$defs/{type_.__name__}"}
        primitive = {str: "string", int: "integer", float: "number", bool: "boolean"}
        if type_ in primitive:
            return {"type": primitive[type_], **extra}
        raise TypeError(f"no JSON Schema mapping for {type_!r}")  # pragma: no cover

    def object_schema(self, cls: type) -> dict[str, Any]:
        hints = typing.get_type_hints(cls)
        properties = {}
        required = []
        for field in attrs.fields(cls):
            extra = dict(field.metadata.get(SCHEMA_KEY, {}))
            properties[field.name] = self.of_type(hints[field.name], extra)
            if field.default is attrs.NOTHING:
                required.append(field.name)
        return {
            "type": "object",
            "description": _summary(cls),
            "properties": properties,
            "required": required,
            "additionalProperties": False,
            **CLASS_SCHEMAS.get(cls, {}),
        }

    def add_class(self, cls: type) -> None:
        if cls.__name__ not in self.defs:
            self.defs[cls.__name__] = {}  # placeholder: stops recursion
            self.defs[cls.__name__] = self.object_schema(cls)


def schema_for(document: type, file_name: str) -> dict[str, Any]:
    """The JSON Schema of one catalog file whose content structures into ``document``."""
    builder = _Builder()
    root = builder.object_schema(document)
    return {
        "$schema": DIALECT,
        "$id": f"https://hiptx.invalid/schema/{file_name.removesuffix('.json')}.schema.json",
        "title": f"hiptx {file_name}",
        **root,
        "$defs": dict(sorted(builder.defs.items())),
    }


def schema_of(cls: type, *, title: str | None = None) -> dict[str, Any]:
    """The JSON Schema of one attrs class, as :func:`hiptx.to_dict` writes it."""
    builder = _Builder()
    root = builder.object_schema(cls)
    return {
        "$schema": DIALECT,
        "title": title or f"hiptx {cls.__name__}",
        **root,
        "$defs": dict(sorted(builder.defs.items())),
    }


def schema_of_documents(documents: Mapping[str, type], *, title: str) -> dict[str, Any]:
    """One JSON Schema for an object holding each document under its file name."""
    builder = _Builder()
    properties = {name: builder.object_schema(document) for name, document in documents.items()}
    return {
        "$schema": DIALECT,
        "title": title,
        "type": "object",
        "properties": properties,
        "required": list(documents),
        "additionalProperties": False,
        "$defs": dict(sorted(builder.defs.items())),
    }
