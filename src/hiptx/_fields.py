"""Field constraints shared by the model: one place for each rule.

Each helper returns a :class:`FieldSpec` (a validator and JSON-Schema metadata) for
``attrs.field(**spec)``. Defaults are written at the field itself, where readers
and mypy's attrs plugin can see them. Because the validator and the schema
fragment come from the same call, the generated schema and the runtime checks can
never disagree.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from enum import Enum
from typing import Any, TypedDict

from hiptx.errors import OutOfRangeError, WrongTypeError

#: Ids are lower-case kebab-case slugs: letters and digits joined by single hyphens.
SLUG_PATTERN = "^[a-z0-9]+(?:-[a-z0-9]+)*$"
_SLUG = re.compile(SLUG_PATTERN)

#: Key under which a field keeps its JSON-Schema fragment in attrs metadata.
SCHEMA_KEY = "hiptx_schema"

#: attrs' validator signature: (instance, attribute, value) -> None.
Validator = Callable[[Any, Any, Any], None]


class FieldSpec(TypedDict):
    """Keyword arguments for :func:`attrs.field`."""

    validator: Validator
    metadata: dict[str, object]


def _spec(checks: list[Validator], schema: dict[str, object] | None = None) -> FieldSpec:
    return {"validator": _all_of(checks), "metadata": {SCHEMA_KEY: schema or {}}}


def _all_of(checks: list[Validator]) -> Validator:
    # One plain function per field: attrs' own list wrapper costs a call per check
    # on every object the loader builds.
    if len(checks) == 1:
        return checks[0]
    first, second = checks

    def both(instance: object, attribute: Any, value: object) -> None:
        first(instance, attribute, value)
        second(instance, attribute, value)

    return both


def _checks(main: Validator, optional: bool, also: Validator | None) -> list[Validator]:
    first = or_none(main) if optional else main
    return [first] if also is None else [first, also]


def or_none(check: Validator) -> Validator:
    """Wrap a validator so that ``None`` (unknown) passes."""

    def maybe(instance: object, attribute: Any, value: object) -> None:
        if value is not None:
            check(instance, attribute, value)

    return maybe


def int_check(*, minimum: int = 0, maximum: int | None = None) -> Validator:
    """A validator for an int (never a bool) within bounds."""
    allowed = (
        f"an integer from {minimum} to {maximum}"
        if maximum is not None
        else f"an integer >= {minimum}"
    )

    def check(_: object, attribute: Any, value: object) -> None:
        # type() rather than isinstance(): True must not pass as the count 1.
        if type(value) is not int:
            raise WrongTypeError(attribute.name, value, "an integer")
        if value < minimum or (maximum is not None and value > maximum):
            raise OutOfRangeError(attribute.name, value, allowed)

    return check


def _bounds(minimum: float, maximum: float | None) -> dict[str, object]:
    schema: dict[str, object] = {"minimum": minimum}
    if maximum is not None:
        schema["maximum"] = maximum
    return schema


def integer(
    *,
    minimum: int = 0,
    maximum: int | None = None,
    optional: bool = False,
    also: Validator | None = None,
) -> FieldSpec:
    """An int bounded below (and optionally above); ``None`` too if ``optional``."""
    return _spec(
        _checks(int_check(minimum=minimum, maximum=maximum), optional, also),
        _bounds(minimum, maximum),
    )


def number(
    *,
    minimum: float = 0.0,
    maximum: float | None = None,
    optional: bool = False,
    also: Validator | None = None,
) -> FieldSpec:
    """A number (ints accepted, bools and NaN refused) within bounds."""
    allowed = (
        f"a number from {minimum:g} to {maximum:g}"
        if maximum is not None
        else f"a number >= {minimum:g}"
    )

    def check(_: object, attribute: Any, value: object) -> None:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise WrongTypeError(attribute.name, value, "a number")
        # Written so that NaN, which fails every comparison, is refused too.
        if not (value >= minimum and (maximum is None or value <= maximum)):
            raise OutOfRangeError(attribute.name, value, allowed)

    return _spec(_checks(check, optional, also), _bounds(minimum, maximum))


def text(*, optional: bool = False, also: Validator | None = None) -> FieldSpec:
    """A non-empty string; ``None`` too if ``optional``."""

    def check(_: object, attribute: Any, value: object) -> None:
        if not isinstance(value, str):
            raise WrongTypeError(attribute.name, value, "a string")
        if not value.strip():
            raise OutOfRangeError(attribute.name, value, "a non-empty string")

    return _spec(_checks(check, optional, also), {"minLength": 1})


def _check_slug(name: str, value: object) -> None:
    if not isinstance(value, str):
        raise WrongTypeError(name, value, "an id string")
    if not _SLUG.match(value):
        raise OutOfRangeError(name, value, "a lower-case kebab-case id such as 'hip-arthroscopy'")


def slug(*, optional: bool = False) -> FieldSpec:
    """A catalog id: a lower-case kebab-case slug."""

    def check(_: object, attribute: Any, value: object) -> None:
        _check_slug(attribute.name, value)

    return _spec(_checks(check, optional, None), {"pattern": SLUG_PATTERN})


def slugs(*, min_items: int = 0) -> FieldSpec:
    """A tuple of catalog ids, no id twice."""

    def check(_: object, attribute: Any, value: object) -> None:
        if not isinstance(value, tuple):
            raise WrongTypeError(attribute.name, value, "a tuple of ids")
        for item in value:
            _check_slug(attribute.name, item)
        if len(value) < min_items:
            raise OutOfRangeError(attribute.name, value, f"at least {min_items} ids")
        if len(set(value)) != len(value):
            raise OutOfRangeError(attribute.name, value, "ids without repeats")

    return _spec(
        [check], {"items": {"pattern": SLUG_PATTERN}, "uniqueItems": True, "minItems": min_items}
    )


def items(
    element: type, *, min_items: int = 0, unique: bool = False, also: Validator | None = None
) -> FieldSpec:
    """A tuple whose every element is an instance of ``element``."""
    name = element.__name__

    def check(_: object, attribute: Any, value: object) -> None:
        if not isinstance(value, tuple):
            raise WrongTypeError(attribute.name, value, f"a tuple of {name}")
        for item in value:
            if not isinstance(item, element) or isinstance(item, bool):
                raise WrongTypeError(attribute.name, item, f"a tuple of {name}")
        if len(value) < min_items:
            raise OutOfRangeError(attribute.name, value, f"at least {min_items} {name} items")
        if unique and len(set(value)) != len(value):
            raise OutOfRangeError(attribute.name, value, f"{name} items without repeats")

    schema: dict[str, object] = {"minItems": min_items}
    if unique:
        schema["uniqueItems"] = True
    return _spec(_checks(check, optional=False, also=also), schema)


def choice(enum: type[Enum], *, optional: bool = False) -> FieldSpec:
    """A member of ``enum``; a raw string is refused, not coerced."""
    allowed = ", ".join(f"{enum.__name__}.{m.name}" for m in enum)

    def check(_: object, attribute: Any, value: object) -> None:
        if not isinstance(value, enum):
            raise WrongTypeError(attribute.name, value, f"one of {allowed}")

    return _spec(_checks(check, optional, None))


def instance(cls: type, *, optional: bool = False, also: Validator | None = None) -> FieldSpec:
    """A nested model object of class ``cls``; ``None`` too if ``optional``."""

    def check(_: object, attribute: Any, value: object) -> None:
        if not isinstance(value, cls):
            raise WrongTypeError(attribute.name, value, f"a {cls.__name__}")

    return _spec(_checks(check, optional, also))


def flag(*, optional: bool = False) -> FieldSpec:
    """A bool; 0 and 1 are refused. ``None`` (unknown) too if ``optional``."""

    def check(_: object, attribute: Any, value: object) -> None:
        if type(value) is not bool:
            raise WrongTypeError(attribute.name, value, "True or False")

    return _spec(_checks(check, optional, None))
