"""The one cattrs converter hiptx uses, configured to refuse instead of coerce.

cattrs' defaults are forgiving: ``str(3)`` makes a string of a number and any
iterable, a string included, becomes a tuple. Catalog data must be exactly what the
schema says, so every primitive hook here checks the JSON type and raises instead.
Nothing here is imported by ``import hiptx``; the loader imports it on first use.
"""

from __future__ import annotations

import functools
import typing
from collections.abc import Callable, Sequence
from enum import Enum
from typing import Any

import attrs
import cattrs
from cattrs.cols import homogenous_tuple_structure_factory, is_sequence
from cattrs.errors import ClassValidationError, IterableValidationError
from cattrs.v import format_exception as cattrs_format_exception

from hiptx.errors import DataProblem, InvalidValueError, WrongTypeError, json_pointer, value_text

__all__ = ["converter", "describe_problems"]


def _expect(kind: type, expected: str) -> Callable[[object, type], Any]:
    def structure(value: object, _: type) -> Any:
        # type() rather than isinstance(): True must not pass as the integer 1.
        if type(value) is not kind:
            raise WrongTypeError("", value, expected)
        return value

    return structure


def _structure_float(value: object, _: type) -> float:
    if type(value) not in (int, float):
        raise WrongTypeError("", value, "a number")
    return float(value)  # type: ignore[arg-type]


def _enum_hook_factory(enum: type[Enum]) -> Callable[[object, type], Enum]:
    by_value = {member.value: member for member in enum}
    allowed = ", ".join(repr(v) for v in by_value)

    def structure(value: object, _: type) -> Enum:
        member = by_value.get(value) if isinstance(value, str) else None
        if member is None:
            raise InvalidValueError("", value, f"one of {allowed}")
        return member

    return structure


def _is_homogeneous_tuple(type_: Any) -> bool:
    return typing.get_origin(type_) is tuple and is_sequence(type_)


def _strict_tuple_factory(
    type_: Any, converter: cattrs.Converter
) -> Callable[[object, type], tuple[Any, ...]]:
    structure_items = homogenous_tuple_structure_factory(type_, converter)

    def structure(value: object, cl: type) -> tuple[Any, ...]:
        # A JSON string is iterable; without this check "abc" would become a tuple.
        if not isinstance(value, list):
            raise WrongTypeError("", value, "an array")
        result: tuple[Any, ...] = structure_items(value, cl)
        return result

    return structure


def _configure(converter: cattrs.Converter) -> None:
    """Register hiptx's strict hooks on ``converter``."""
    converter.register_structure_hook(str, _expect(str, "a string"))
    converter.register_structure_hook(int, _expect(int, "an integer"))
    converter.register_structure_hook(bool, _expect(bool, "true or false"))
    converter.register_structure_hook(float, _structure_float)
    converter.register_structure_hook_factory(
        lambda t: isinstance(t, type) and issubclass(t, Enum), _enum_hook_factory
    )
    converter.register_structure_hook_factory(_is_homogeneous_tuple, _strict_tuple_factory)
    converter.register_unstructure_hook_factory(
        lambda t: isinstance(t, type) and issubclass(t, Enum), lambda _: lambda e: e.value
    )


def _make(*, forbid_extra_keys: bool = True) -> cattrs.Converter:
    """A converter with detailed validation that forbids unknown keys and coercion."""
    converter = cattrs.Converter(detailed_validation=True, forbid_extra_keys=forbid_extra_keys)
    _configure(converter)
    return converter


def _format(exc: BaseException, type_: type | None) -> str:
    if isinstance(exc, WrongTypeError):
        return f"expected {exc.expected}, got {_json_type(exc.value)} {value_text(exc.value)}"
    if isinstance(exc, InvalidValueError):
        return f"{value_text(exc.value)} is not allowed; expected {exc.allowed}"
    try:
        return cattrs_format_exception(exc, type_)
    except Exception:  # noqa: BLE001 - a message must never fail to format
        return f"{type(exc).__name__}: {value_text(str(exc))}"


def _json_type(value: object) -> str:
    names = {
        bool: "boolean",
        int: "integer",
        float: "number",
        str: "string",
        list: "array",
        dict: "object",
        type(None): "null",
    }
    return names.get(type(value), type(value).__name__)


def _step(key: object) -> str:
    """One JSON Pointer step: the payload's own key or index, as the data has it."""
    return "/" + str(key).replace("~", "~0").replace("/", "~1")


def _leaf(
    file: str, exc: BaseException, type_: type | None, path: str, data: object = None
) -> DataProblem:
    value: str | None = None
    expected: str | None = None
    if isinstance(exc, (WrongTypeError, InvalidValueError)):
        # A validator names the field (or "field[i]") it refused, below this path.
        path += json_pointer(exc.field)
        value = value_text(exc.value)
        expected = exc.expected
        return DataProblem(file, path, _format(exc, type_), value, expected)
    if type_ is not None and attrs.has(type_) and isinstance(exc, (AttributeError, TypeError)):
        # cattrs read an object's keys from something that is not an object.
        message = f"expected an object, got {_json_type(data)} {value_text(data)}"
        return DataProblem(file, path, message, value_text(data), "an object")
    return DataProblem(file, path, _format(exc, type_), value, expected)


def describe_problems(
    exc: BaseException, file: str, path: str = "", type_: Any = None, data: object = None
) -> list[DataProblem]:
    """Turn a structuring failure into one :class:`DataProblem` per leaf error.

    Walks cattrs' validation groups as :func:`cattrs.transform_error` does, but
    keeps the value and what was expected as fields rather than only text. Paths
    are JSON Pointers (a path given in the older ``$.a[0]`` style is read as one);
    ``type_`` and ``data`` are what was being structured, where known.
    """
    if not path.startswith("/"):
        path = json_pointer(path)
    steps: list[tuple[Exception, str, Any]]
    without: Sequence[Exception]
    if isinstance(exc, IterableValidationError):
        in_items, without = exc.group_exceptions()
        steps = [(e, path + _step(n.index), n.type) for e, n in in_items]
    elif isinstance(exc, ClassValidationError):
        in_fields, without = exc.group_exceptions()
        steps = [(e, path + _step(n.name), n.type) for e, n in in_fields]
    else:
        return [_leaf(file, exc, type_, path, data)]
    problems: list[DataProblem] = []
    for inner, inner_path, inner_type in steps:
        problems.extend(
            describe_problems(inner, file, inner_path)
            if isinstance(inner, (ClassValidationError, IterableValidationError))
            else [_leaf(file, inner, inner_type, inner_path)]
        )
    problems.extend(_leaf(file, inner, None, path) for inner in without)
    if isinstance(exc, ClassValidationError) and type_ is not None and isinstance(data, dict):
        problems.extend(_unvalidated(file, type_, data, path, {p.path for p in problems}))
    return problems


_PLAIN = (int, float, str, bool, int | None, float | None, str | None, bool | None)


def _unvalidated(
    file: str, cls: type, data: dict[str, Any], path: str, reported: set[str]
) -> list[DataProblem]:
    """The problems a field's own check finds that a failed structuring never reached.

    When one field has the wrong type, cattrs never builds the object, so no field's
    validator runs: ``{"sets": "3", "pain_during": 11}`` would report the string
    and not the 11. Each plain field (a number, string or flag, whose JSON value is
    its Python value) given and not yet reported is checked on its own here; a
    check that needs the other fields (it reads the object) is left to the object.
    """
    found = []
    for field in attrs.fields(attrs.resolve_types(cls)):
        where = path + _step(field.name)
        plain = field.type in _PLAIN and field.validator is not None
        if field.name not in data or where in reported or not plain:
            continue
        try:
            field.validator(None, field, data[field.name])
        except (WrongTypeError, InvalidValueError) as refused:
            found.append(_leaf(file, refused, field.type, path))
        except Exception:  # noqa: BLE001, S112 - a check that reads the other fields
            continue
    return found


@functools.cache
def converter(
    *,
    forbid_extra_keys: bool = True,
    configure: Callable[[cattrs.Converter], None] | None = None,
) -> cattrs.Converter:
    """The one converter for each use, made on first use; its hooks are reused.

    ``forbid_extra_keys=False``: one that ignores unknown keys (the loader uses it
    to check the references of an object it refused). ``configure``: a module-level
    function registering a module's own hooks on top of hiptx's strict ones
    (:mod:`hiptx.serialize` adds dates and mappings).

    Example:
        >>> from hiptx._convert import converter
        >>> converter() is converter(), converter() is converter(forbid_extra_keys=False)
        (True, False)
    """
    made = _make(forbid_extra_keys=forbid_extra_keys)
    if configure is not None:
        configure(made)
    return made
