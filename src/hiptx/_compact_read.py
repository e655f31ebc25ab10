"""Reading the compact stored form back (see :mod:`hiptx._compact` for the form).

Rows are read in order, children first. Each row is built once, without hashing
the objects it holds: which rows are equal is known from the rows themselves, so
a tuple of distinct rows cannot repeat an item, and every other check of the
class's own validators runs as its ``__init__`` would run it.
"""

from __future__ import annotations

import datetime
import enum
import re
import typing
from collections.abc import Callable
from typing import Any

import attrs

from hiptx import _fields
from hiptx._compact import (
    FORMAT_VERSION,
    KEYS,
    MARKER,
    CitationIndex,
    citation_index,
    field_plan,
    is_optional,
)
from hiptx._schema import DATE_PATTERN
from hiptx._trusted import constructor
from hiptx.catalog import Catalog
from hiptx.errors import DataProblem, HiptxError, InvalidDataError
from hiptx.model import Citation


class _RowError(Exception):
    """One thing wrong in a stored row, at a path below the row."""

    def __init__(self, where: str, message: str, value: object = None) -> None:
        super().__init__(message)
        self.where = where
        self.message = message
        self.value = value


class _Rows:
    """What reading a document has built so far: objects, and which rows are equal."""

    __slots__ = ("built", "canonical", "citations", "first_of")

    def __init__(self, citations: CitationIndex) -> None:
        self.citations = citations
        self.built: list[object] = []
        # canonical[i]: the first row equal to row i. Different canonical rows are
        # different objects, so a tuple of them has no repeat without hashing any.
        self.canonical: list[int] = []
        self.first_of: dict[tuple[Any, ...], int] = {}


Read = Callable[[Any, _Rows], Any]


@attrs.frozen
class _FieldReader:
    name: str
    read: Read
    #: The field holds rows (one, optional, or a tuple of them), not values.
    holds_rows: bool
    attribute: attrs.Attribute[Any]
    items_rule: _fields.ItemsRule | None


@attrs.frozen
class _ClassReader:
    cls: type
    fields: tuple[_FieldReader, ...]
    #: A constructor that skips validators (the reader runs them), or None to use
    #: the class's own __init__.
    build: Callable[..., Any] | None


_READERS: dict[type, _ClassReader] = {}


def _class_reader(cls: type) -> _ClassReader:
    reader = _READERS.get(cls)
    if reader is None:
        attributes = {a.name: a for a in attrs.fields(cls)}
        fields = []
        for name, _, hint in field_plan(cls):
            rule = _fields.ITEMS_RULES.get(attributes[name].validator)
            holds_rows = _holds_rows(hint)
            fields.append(
                _FieldReader(
                    name,
                    _decoder_for(hint),
                    holds_rows,
                    attributes[name],
                    rule if holds_rows and rule is not None else None,
                )
            )
        plain = not hasattr(cls, "__attrs_post_init__") and all(
            a.converter is None and a.init and a.eq for a in attributes.values()
        )
        reader = _ClassReader(cls, tuple(fields), constructor(cls) if plain else None)
        _READERS[cls] = reader
    return reader


def _holds_rows(hint: Any) -> bool:
    if is_optional(hint) or typing.get_origin(hint) is tuple:
        return _holds_rows(typing.get_args(hint)[0])
    return isinstance(hint, type) and attrs.has(hint) and hint is not Citation


def load(cls: type[Any], data: dict[str, Any], catalog: Catalog, catalog_id: dict[str, str]) -> Any:
    """Rebuild a ``cls`` from its compact form, against the catalog it names.

    ``catalog_id`` is ``catalog``'s data version and content digest, which the
    stored form must name.
    """
    what = cls.__name__
    _check_envelope(cls, data, catalog_id)
    classes = _classes_named(cls)
    types = data["types"]
    if not isinstance(types, list) or not all(isinstance(name, str) for name in types):
        _fail(what, "$.types", "expected a list of class names", types)
    unknown = [name for name in types if name not in classes]
    if unknown:
        _fail(
            what,
            "$.types",
            f"not a class a {what} holds: {', '.join(unknown)}",
            unknown,
            ", ".join(sorted(classes)),
        )
    readers = [_class_reader(classes[name]) for name in types]
    rows = data["objects"]
    if not isinstance(rows, list):
        _fail(what, "$.objects", "expected a list of rows", rows)
    state = _Rows(citation_index(catalog))
    try:
        for row in rows:
            _read_row(row, readers, state)
    except _RowError as problem:
        where = f"$.objects[{len(state.built)}]{problem.where}"
        _fail(what, where, problem.message, problem.value)
    except (HiptxError, ValueError, TypeError) as exc:  # a class's own check refused a row
        number = len(state.built)
        _fail(what, f"$.objects[{number}]", str(exc), rows[number])
    root = data["root"]
    built = state.built
    if type(root) is not int or not 0 <= root < len(built) or type(built[root]) is not cls:
        _fail(what, "$.root", f"expected the row of the {what}", root)
    return built[root]


def _check_envelope(cls: type[Any], data: dict[str, Any], wanted: dict[str, str]) -> None:
    what = cls.__name__
    problems = []
    if data.get(MARKER) != FORMAT_VERSION:
        problems.append(
            DataProblem(
                "",
                f"$.{MARKER}",
                "unknown compact form version",
                repr(data.get(MARKER)),
                str(FORMAT_VERSION),
            )
        )
    missing = sorted(KEYS - data.keys())
    extra = sorted(data.keys() - KEYS)
    if missing:
        problems.append(DataProblem("", "$", f"required fields missing ({', '.join(missing)})"))
    if extra:
        problems.append(DataProblem("", "$", f"extra fields found ({', '.join(extra)})"))
    if "type" in data and data["type"] != what:
        problems.append(
            DataProblem("", "$.type", f"the stored form is not a {what}", repr(data["type"]), what)
        )
    if problems:
        raise InvalidDataError(problems, what)
    stored = data["catalog"]
    if stored != wanted:
        expected = f"data_version {wanted['data_version']!r}, digest {wanted['digest']!r}"
        found = (
            f"data_version {stored.get('data_version')!r}, digest {stored.get('digest')!r}"
            if isinstance(stored, dict)
            else repr(stored)
        )
        raise InvalidDataError(
            [
                DataProblem(
                    "",
                    "$.catalog",
                    f"written against another catalog ({found}) than the one given "
                    f"({expected}); restore it with the catalog it names",
                    found,
                    expected,
                )
            ],
            what,
        )


def _fail(what: str, path: str, message: str, value: object, expected: str | None = None) -> None:
    shown = repr(value)
    if len(shown) > 60:
        shown = shown[:57] + "..."
    raise InvalidDataError([DataProblem("", path, message, shown, expected)], what)


def _classes_named(cls: type) -> dict[str, type]:
    """The hiptx classes reachable from ``cls``'s fields, by name."""
    found = _CLASSES.get(cls)
    if found is None:
        found = {}

        def visit(hint: Any) -> None:
            for arg in typing.get_args(hint):
                visit(arg)
            if isinstance(hint, type) and attrs.has(hint) and hint.__name__ not in found:
                found[hint.__name__] = hint
                for _, _, field_hint in field_plan(hint):
                    visit(field_hint)

        visit(cls)
        _CLASSES[cls] = found
    return found


_CLASSES: dict[type, dict[str, type]] = {}


def _read_row(row: object, readers: list[_ClassReader], state: _Rows) -> None:
    if not isinstance(row, list) or not row or type(row[0]) is not int:
        raise _RowError("", "expected a row: a class index, then the fields", row)
    if not 0 <= row[0] < len(readers):
        raise _RowError("[0]", "no such class index", row[0])
    reader = readers[row[0]]
    fields = reader.fields
    if len(row) != len(fields) + 1:
        raise _RowError("", f"a {reader.cls.__name__} row has {len(fields) + 1} items", len(row))
    values = []
    key: list[Any] = [row[0]]
    for position, (field, raw) in enumerate(zip(fields, row[1:], strict=True), 1):
        try:
            value = field.read(raw, state)
        except _RowError as problem:
            raise _RowError(
                f"[{position}]{problem.where}", problem.message, problem.value
            ) from None
        values.append(value)
        key.append(_canonical_rows(raw, state) if field.holds_rows else value)
    obj = _build(reader, values, key)
    row_key = tuple(key)
    first = state.first_of.setdefault(row_key, len(state.built))
    state.canonical.append(first)
    state.built.append(obj)


def _canonical_rows(raw: Any, state: _Rows) -> Any:
    if isinstance(raw, list):
        return tuple(state.canonical[index] for index in raw)
    return None if raw is None else state.canonical[raw]


def _build(reader: _ClassReader, values: list[Any], key: list[Any]) -> object:
    if reader.build is None:
        names = [field.name for field in reader.fields]
        return reader.cls(**dict(zip(names, values, strict=True)))
    # As __init__ would, with every validator run after every field is set; a
    # tuple of rows is checked for repeats by its rows, not by hashing each item.
    obj = reader.build(*values)
    for position, (field, value) in enumerate(zip(reader.fields, values, strict=True), 1):
        validator = field.attribute.validator
        rule = field.items_rule
        if rule is not None:
            rows = key[position]
            if len(rows) < rule.min_items or (rule.unique and len(set(rows)) != len(rows)):
                validator(obj, field.attribute, value)  # type: ignore[misc] # raises
            if rule.also is not None:
                rule.also(obj, field.attribute, value)
        elif validator is not None:
            validator(obj, field.attribute, value)
    return obj


def _decoder_for(hint: Any) -> Read:  # noqa: PLR0911 - one reader per kind of field
    if is_optional(hint):
        (inner,) = (arg for arg in typing.get_args(hint) if arg is not type(None))
        read_inner = _decoder_for(inner)
        return lambda value, state: None if value is None else read_inner(value, state)
    if typing.get_origin(hint) is tuple:
        read_item = _decoder_for(typing.get_args(hint)[0])

        def read_tuple(value: Any, state: _Rows) -> tuple[Any, ...]:
            if not isinstance(value, list):
                raise _RowError("", "expected a list", value)
            try:
                return tuple([read_item(item, state) for item in value])
            except _RowError as problem:
                # Which item: found again only on a failure, off the fast path.
                position = next(i for i, item in enumerate(value) if _fails(read_item, item, state))
                raise _RowError(
                    f"[{position}]{problem.where}", problem.message, problem.value
                ) from None

        return read_tuple
    if hint is Citation:
        return _read_citation
    if hint is datetime.date:
        return _read_date
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return _enum_reader(hint)
    if isinstance(hint, type) and attrs.has(hint):
        return _row_reader(hint)
    return _scalar_reader(hint)


def _fails(read: Read, value: Any, state: _Rows) -> bool:
    try:
        read(value, state)
    except _RowError:
        return True
    return False


def _enum_reader(enum_cls: type[enum.Enum]) -> Read:
    def read(value: Any, _: _Rows) -> Any:
        try:
            return enum_cls(value)
        except ValueError:
            allowed = ", ".join(repr(member.value) for member in enum_cls)
            raise _RowError("", f"not a {enum_cls.__name__} value ({allowed})", value) from None

    return read


def _row_reader(expected: type) -> Read:
    def read(value: Any, state: _Rows) -> Any:
        built = state.built
        if type(value) is not int or not 0 <= value < len(built):
            raise _RowError("", f"expected the row of an earlier {expected.__name__}", value)
        found = built[value]
        if type(found) is not expected:
            raise _RowError("", f"expected the row of a {expected.__name__}", value)
        return found

    return read


_SCALAR_NAMES = {str: "a string", int: "an integer", float: "a number", bool: "true or false"}


def _scalar_reader(hint: Any) -> Read:
    accepted: tuple[type, ...] = (int, float) if hint is float else (hint,)
    expected = "expected " + _SCALAR_NAMES[hint]

    def read(value: Any, _: _Rows) -> Any:
        if type(value) not in accepted:
            raise _RowError("", expected, value)
        return value

    return read


_DATE = re.compile(DATE_PATTERN)


def _read_date(value: Any, _: _Rows) -> datetime.date:
    # Only the exact form the writer writes, as the full form's reader.
    if isinstance(value, str) and _DATE.fullmatch(value):
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            pass
    raise _RowError("", "expected an ISO date such as '2026-01-05'", value)


def _read_citation(value: Any, state: _Rows) -> Citation:
    if isinstance(value, str):
        found = state.citations.citation_of.get(value)
        if found is None:
            raise _RowError("", "no citation with this key in the catalog", value)
        return found
    if isinstance(value, list) and len(value) == 3:
        source_id, quote, locator = value
        return Citation(source_id=source_id, quote=quote, locator=locator)
    raise _RowError("", "expected a catalog citation key or [source_id, quote, locator]", value)
