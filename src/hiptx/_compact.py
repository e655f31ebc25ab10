"""The compact stored form: each distinct object once, catalog citations by key.

A programme repeats itself: 36 sessions hold the same few prescriptions, and each
prescription carries the same reasons with the full quotes of their citations.
The full form (:func:`hiptx.to_dict`) writes every copy out. The compact form
writes each distinct object once, in one table, and refers to it by its row;
a citation the catalog holds is written as a key into the catalog
(``"physio-network-kemp#2"``, the second distinct citation of that source in
the catalog), not as its quote. Restoring builds each distinct object once, so
it is also much faster than reading the full form.

The form::

    {"hiptx_compact": 1,
     "type": "Programme",
     "catalog": {"data_version": "2026.12.1", "digest": "0f3a..."},
     "types": ["IntRange", "Reason", ...],
     "objects": [[0, 8, 10], [1, "target-dose", "Work up ...", ["physio-network-kemp#1"], ...], ...],
     "root": 41}

Each row of ``objects`` is the index of its class in ``types``, then the class's
fields in their declared order; a field holding a hiptx object holds the index
of an earlier row. Rows come children first, so one pass rebuilds them.

Because keys only mean something in one catalog, a stored form names the catalog
it was written against (its data version and a digest of its content) and is
restored only against that catalog.
"""

from __future__ import annotations

import datetime
import enum
import typing
from collections.abc import Callable
from typing import Any

import attrs

from hiptx._derived import held
from hiptx.catalog import Catalog, _catalog_citations
from hiptx.errors import WrongTypeError
from hiptx.model import Citation

#: The key that marks the compact form, and the version of its layout.
MARKER = "hiptx_compact"
FORMAT_VERSION = 1

KEYS = frozenset({MARKER, "type", "catalog", "types", "objects", "root"})


# --- the catalog's citations, by key ---------------------------------------------------


@attrs.frozen
class CitationIndex:
    key_of: dict[Citation, str]
    citation_of: dict[str, Citation]


def citation_index(catalog: Catalog) -> CitationIndex:
    """The catalog's citations by key and back, worked out once and held by the catalog."""
    return held(catalog, ("citation-index",), lambda: _index_citations(catalog))


def _index_citations(catalog: Catalog) -> CitationIndex:
    """Every distinct citation in the catalog, keyed ``source-id#n`` in catalog order."""
    key_of: dict[Citation, str] = {}
    citation_of: dict[str, Citation] = {}
    counts: dict[str, int] = {}
    for citation in _catalog_citations(catalog):
        if citation not in key_of:
            counts[citation.source_id] = counts.get(citation.source_id, 0) + 1
            key = f"{citation.source_id}#{counts[citation.source_id]}"
            key_of[citation] = key
            citation_of[key] = citation
    return CitationIndex(key_of, citation_of)


# --- how each field is written and read -----------------------------------------------

Encode = Callable[[Any], Any]


def is_optional(hint: Any) -> bool:
    args = typing.get_args(hint)
    return typing.get_origin(hint) in (typing.Union, _UnionType) and type(None) in args


_UnionType = type(int | None)


class _Codec:
    """Writes and reads one document: the table of distinct objects, and the catalog keys."""

    def __init__(self, citations: CitationIndex) -> None:
        self.citations = citations
        self.types: list[str] = []
        self.type_index: dict[type, int] = {}
        self.rows: list[list[Any]] = []
        self.row_of: dict[tuple[Any, ...], int] = {}
        self.row_of_object: dict[int, tuple[object, int]] = {}
        self.encoders: dict[type, list[tuple[str, Encode]]] = {}

    # writing

    def intern(self, obj: object) -> int:
        seen = self.row_of_object.get(id(obj))
        if seen is not None and seen[0] is obj:
            return seen[1]
        cls = type(obj)
        if cls not in self.type_index:
            self.type_index[cls] = len(self.types)
            self.types.append(cls.__name__)
        encoders = self.encoders.get(cls)
        if encoders is None:
            encoders = [(name, make(self)) for name, make, _ in field_plan(cls)]
            self.encoders[cls] = encoders
        row = [self.type_index[cls]]
        row.extend(encode(getattr(obj, name)) for name, encode in encoders)
        key = _row_key(row)
        index = self.row_of.get(key)
        if index is None:
            index = len(self.rows)
            self.rows.append(row)
            self.row_of[key] = index
        self.row_of_object[id(obj)] = (obj, index)
        return index

    def encode_citation(self, citation: Citation) -> Any:
        key = self.citations.key_of.get(citation)
        if key is not None:
            return key
        # Not in the catalog (an app's own reason): written out whole.
        return [citation.source_id, citation.quote, citation.locator]


def _row_key(row: list[Any]) -> tuple[Any, ...]:
    # Rows equal as values are one object (equal objects are one row): the reader
    # relies on it to know that different rows are different objects.
    return tuple(_frozen(value) for value in row)


def _frozen(value: Any) -> Any:
    # A list of citations written whole is a list of lists.
    return tuple(map(_frozen, value)) if isinstance(value, list) else value


# The field codecs depend on the class only; the codec they write into is passed in.
_FIELD_CODECS: dict[type, tuple[tuple[str, Callable[[_Codec], Encode], Any], ...]] = {}


def field_plan(cls: type) -> tuple[tuple[str, Callable[[_Codec], Encode], Any], ...]:
    plan = _FIELD_CODECS.get(cls)
    if plan is None:
        hints = typing.get_type_hints(cls)
        plan = tuple(
            (field.name, _encoder_for(hints[field.name]), hints[field.name])
            for field in attrs.fields(cls)
        )
        _FIELD_CODECS[cls] = plan
    return plan


def _encoder_for(hint: Any) -> Callable[[_Codec], Encode]:  # noqa: PLR0911 - one per kind
    if is_optional(hint):
        (inner,) = (arg for arg in typing.get_args(hint) if arg is not type(None))
        make_inner = _encoder_for(inner)

        def make_optional(codec: _Codec) -> Encode:
            encode = make_inner(codec)
            return lambda value: None if value is None else encode(value)

        return make_optional
    if typing.get_origin(hint) is tuple:
        make_item = _encoder_for(typing.get_args(hint)[0])

        def make_tuple(codec: _Codec) -> Encode:
            encode = make_item(codec)
            return lambda value: [encode(item) for item in value]

        return make_tuple
    if hint is Citation:
        return lambda codec: codec.encode_citation
    if hint is datetime.date:
        return lambda _: datetime.date.isoformat
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return lambda _: _enum_value
    if isinstance(hint, type) and attrs.has(hint):
        return lambda codec: codec.intern
    if hint in (str, int, float, bool):
        return lambda _: _same
    raise WrongTypeError(  # pragma: no cover - every public result's fields are covered above
        "obj", hint, "a hiptx object whose fields the compact form can write"
    )


def _same(value: Any) -> Any:
    return value


def _enum_value(value: enum.Enum) -> Any:
    return value.value


def is_compact(data: object) -> bool:
    """True for data that is (or claims to be) the compact form."""
    return isinstance(data, dict) and MARKER in data


def dump(obj: object, catalog: Catalog, catalog_id: dict[str, str]) -> dict[str, Any]:
    """``obj`` in the compact form, its citations keyed into ``catalog``.

    ``catalog_id`` names the catalog: its data version and content digest.
    """
    if not attrs.has(type(obj)):
        raise WrongTypeError(
            "obj", obj, "a hiptx object such as a Programme (compact=True writes one object)"
        )
    codec = _Codec(citation_index(catalog))
    root = codec.intern(obj)
    return {
        MARKER: FORMAT_VERSION,
        "type": type(obj).__name__,
        "catalog": catalog_id,
        "types": codec.types,
        "objects": codec.rows,
        "root": root,
    }
