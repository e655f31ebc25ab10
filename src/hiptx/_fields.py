"""Field definitions shared by the model: one place for each constraint.

Each helper returns an :func:`attrs.field` that validates its value *and* records
the same constraint as JSON-Schema metadata, so the schema generator and the
runtime checks can never disagree.
"""

from __future__ import annotations

import re
from enum import Enum
from typing import Any

import attrs

from hiptx.errors import OutOfRangeError, WrongTypeError

#: Ids are lower-case kebab-case slugs: letters and digits joined by single hyphens.
SLUG_PATTERN = "^[a-z0-9]+(?:-[a-z0-9]+)*$"
_SLUG = re.compile(SLUG_PATTERN)

#: Key under which a field keeps its JSON-Schema fragment in attrs metadata.
SCHEMA_KEY = "hiptx_schema"


def _check_int(name: str, value: object) -> int:
    # bool is a subclass of int; True is never a count.
    if type(value) is not int:
        raise WrongTypeError(name, value, "an integer")
    return value


def _check_number(name: str, value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise WrongTypeError(name, value, "a number")
    return float(value)


Validator = Any  # attrs' validator signature: (instance, attribute, value) -> None


def int_check(*, minimum: int = 0, maximum: int | None = None) -> Validator:
    """A validator for an int bounded below (and optionally above)."""
    allowed = (
        f"an integer from {minimum} to {maximum}"
        if maximum is not None
        else f"an integer >= {minimum}"
    )

    def check(_: object, attribute: attrs.Attribute[int], value: object) -> None:
        number = _check_int(attribute.name, value)
        if number < minimum or (maximum is not None and number > maximum):
            raise OutOfRangeError(attribute.name, value, allowed)

    return check


def number_check(*, minimum: float = 0.0, maximum: float | None = None) -> Validator:
    """A validator for a number (ints accepted, bools refused) within bounds."""
    allowed = (
        f"a number from {minimum:g} to {maximum:g}"
        if maximum is not None
        else f"a number >= {minimum:g}"
    )

    def check(_: object, attribute: attrs.Attribute[float], value: object) -> None:
        amount = _check_number(attribute.name, value)
        if amount < minimum or (maximum is not None and amount > maximum):
            raise OutOfRangeError(attribute.name, value, allowed)

    return check


def or_none(check: Validator) -> Validator:
    """Wrap a validator so that ``None`` (unknown) passes."""

    def maybe(instance: object, attribute: attrs.Attribute[object], value: object) -> None:
        if value is not None:
            check(instance, attribute, value)

    return maybe


def _bounds(minimum: float, maximum: float | None) -> dict[str, object]:
    schema: dict[str, object] = {"minimum": minimum}
    if maximum is not None:
        schema["maximum"] = maximum
    return {SCHEMA_KEY: schema}


def integer(*, minimum: int = 0, maximum: int | None = None, default: Any = attrs.NOTHING) -> Any:
    """An int field bounded below (and optionally above)."""
    return attrs.field(
        validator=int_check(minimum=minimum, maximum=maximum),
        default=default,
        metadata=_bounds(minimum, maximum),
    )


def optional_integer(*, minimum: int = 0, maximum: int | None = None) -> Any:
    """Like :func:`integer`, but ``None`` (unknown) is allowed and is the default."""
    return attrs.field(
        validator=or_none(int_check(minimum=minimum, maximum=maximum)),
        default=None,
        metadata=_bounds(minimum, maximum),
    )


def number(*, minimum: float = 0.0, maximum: float | None = None, default: Any = attrs.NOTHING) -> Any:
    """A float field (ints accepted, bools refused) bounded below and optionally above."""
    return attrs.field(
        validator=number_check(minimum=minimum, maximum=maximum),
        default=default,
        metadata=_bounds(minimum, maximum),
    )


def optional_number(
    *, minimum: float = 0.0, maximum: float | None = None, also: Validator | None = None
) -> Any:
    """Like :func:`number`, but ``None`` (unknown) is allowed and is the default.

    ``also`` is a further validator run after the bounds check (for cross-field rules).
    """
    checks = [or_none(number_check(minimum=minimum, maximum=maximum))]
    if also is not None:
        checks.append(also)
    return attrs.field(validator=checks, default=None, metadata=_bounds(minimum, maximum))


def _check_text(attribute: attrs.Attribute[str], value: object) -> str:
    if not isinstance(value, str):
        raise WrongTypeError(attribute.name, value, "a string")
    if not value.strip():
        raise OutOfRangeError(attribute.name, value, "a non-empty string")
    return value


def text(*, default: Any = attrs.NOTHING) -> Any:
    """A non-empty string."""

    def check(_: object, attribute: attrs.Attribute[str], value: object) -> None:
        _check_text(attribute, value)

    return attrs.field(validator=check, default=default, metadata={SCHEMA_KEY: {"minLength": 1}})


def optional_text(*, also: Validator | None = None) -> Any:
    """A non-empty string or ``None`` (unknown, the default); ``also`` as above."""

    def check(_: object, attribute: attrs.Attribute[str], value: object) -> None:
        if value is not None:
            _check_text(attribute, value)

    checks = [check] if also is None else [check, also]
    return attrs.field(validator=checks, default=None, metadata={SCHEMA_KEY: {"minLength": 1}})


def _check_slug(attribute: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str):
        raise WrongTypeError(attribute.name, value, "an id string")
    if not _SLUG.match(value):
        raise OutOfRangeError(
            attribute.name, value, "a lower-case kebab-case id such as 'hip-arthroscopy'"
        )


def slug() -> Any:
    """A catalog id: a lower-case kebab-case slug."""

    def check(_: object, attribute: attrs.Attribute[str], value: object) -> None:
        _check_slug(attribute, value)

    return attrs.field(validator=check, metadata={SCHEMA_KEY: {"pattern": SLUG_PATTERN}})


def slugs(*, min_items: int = 0) -> Any:
    """A tuple of catalog ids, no id twice."""

    def check(_: object, attribute: attrs.Attribute[tuple[str, ...]], value: object) -> None:
        if not isinstance(value, tuple):
            raise WrongTypeError(attribute.name, value, "a tuple of ids")
        for item in value:
            _check_slug(attribute, item)
        if len(value) < min_items:
            raise OutOfRangeError(attribute.name, value, f"at least {min_items} ids")
        if len(set(value)) != len(value):
            raise OutOfRangeError(attribute.name, value, "ids without repeats")

    schema = {"items": {"pattern": SLUG_PATTERN}, "uniqueItems": True, "minItems": min_items}
    default: Any = attrs.NOTHING if min_items else ()
    return attrs.field(validator=check, default=default, metadata={SCHEMA_KEY: schema})


def items(
    element: type, *, min_items: int = 0, unique: bool = False, required: bool = False
) -> Any:
    """A tuple whose every element is an instance of ``element``.

    Empty by default unless ``min_items`` or ``required`` is set.
    """
    name = element.__name__

    def check(_: object, attribute: attrs.Attribute[tuple[object, ...]], value: object) -> None:
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
    default: Any = attrs.NOTHING if (min_items or required) else ()
    return attrs.field(validator=check, default=default, metadata={SCHEMA_KEY: schema})


def choice(enum: type[Enum], *, default: Any = attrs.NOTHING) -> Any:
    """A member of ``enum``; a raw string is refused, not coerced."""

    def check(_: object, attribute: attrs.Attribute[Enum], value: object) -> None:
        if not isinstance(value, enum):
            allowed = ", ".join(f"{enum.__name__}.{m.name}" for m in enum)
            raise WrongTypeError(attribute.name, value, f"one of {allowed}")

    return attrs.field(validator=check, default=default)


def optional_choice(enum: type[Enum]) -> Any:
    """A member of ``enum`` or ``None`` (the default)."""

    def check(_: object, attribute: attrs.Attribute[Enum | None], value: object) -> None:
        if value is not None and not isinstance(value, enum):
            allowed = ", ".join(f"{enum.__name__}.{m.name}" for m in enum)
            raise WrongTypeError(attribute.name, value, f"None or one of {allowed}")

    return attrs.field(validator=check, default=None)


def instance(cls: type, *, optional: bool = False, also: Validator | None = None) -> Any:
    """A nested model object of class ``cls`` (``None`` allowed if ``optional``)."""

    def check(_: object, attribute: attrs.Attribute[object], value: object) -> None:
        if value is None and optional:
            return
        if not isinstance(value, cls):
            expected = f"a {cls.__name__}" + (" or None" if optional else "")
            raise WrongTypeError(attribute.name, value, expected)

    checks = [check] if also is None else [check, also]
    return attrs.field(validator=checks, default=None if optional else attrs.NOTHING)


def flag(*, default: bool = False) -> Any:
    """A bool field; 0 and 1 are refused."""

    def check(_: object, attribute: attrs.Attribute[bool], value: object) -> None:
        if type(value) is not bool:
            raise WrongTypeError(attribute.name, value, "True or False")

    return attrs.field(validator=check, default=default)
