"""Field constraints shared by the model: one place for each rule.

Each helper returns a :class:`FieldSpec` (a validator and JSON-Schema metadata) for
``attrs.field(**spec)``. Defaults are written at the field itself, where readers
and mypy's attrs plugin can see them. Because the validator and the schema
fragment come from the same call, the generated schema and the runtime checks can
never disagree.

What counts as text and what an id looks like (the character rules and their
patterns) is in ``_text``.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable
from enum import Enum
from typing import Any, NamedTuple, TypedDict

from hiptx import _text
from hiptx._text import (
    SLUG_PATTERN as SLUG_PATTERN,
    TEXT_PATTERN as TEXT_PATTERN,
    text_problem as text_problem,
)
from hiptx.errors import InvalidValueError, OutOfRangeError, WrongTypeError

#: Key under which a field keeps its JSON-Schema fragment in attrs metadata.
SCHEMA_KEY = "hiptx_schema"

#: Class -> JSON-Schema keywords added to its object schema, for rules that span
#: several fields (see :func:`class_schema`).
CLASS_SCHEMAS: dict[type, dict[str, object]] = {}


def class_schema(cls: type, schema: dict[str, object]) -> None:
    """Record JSON-Schema keywords for a whole class (e.g. a bound that depends on a unit)."""
    CLASS_SCHEMAS[cls] = schema


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


#: Largest value of an integer or number field that states no bound of its own.
#: No count, time or threshold hiptx holds comes near it (the largest bundled
#: figure is 8,835 trial participants, and those have their own bound); it only
#: keeps absurd values such as ``10**5000`` out of fields with no natural bound.
DEFAULT_MAXIMUM = 10_000


def _int_allowed(minimum: int, maximum: int) -> str:
    return f"an integer from {minimum} to {maximum}"


def int_check(*, minimum: int = 0, maximum: int = DEFAULT_MAXIMUM) -> Validator:
    """A validator for an int (never a bool) within bounds."""
    allowed = _int_allowed(minimum, maximum)

    def check(_: object, attribute: Any, value: object) -> None:
        # type() rather than isinstance(): True must not pass as the count 1.
        if type(value) is not int:
            raise WrongTypeError(attribute.name, value, "an integer")
        if not minimum <= value <= maximum:
            raise OutOfRangeError(attribute.name, value, allowed)

    return check


def _bounds(minimum: float, maximum: float) -> dict[str, object]:
    return {"minimum": minimum, "maximum": maximum}


def integer(
    *,
    minimum: int = 0,
    maximum: int = DEFAULT_MAXIMUM,
    optional: bool = False,
    also: Validator | None = None,
) -> FieldSpec:
    """An int within bounds (``maximum`` defaults to :data:`DEFAULT_MAXIMUM`)."""
    return _spec(
        _checks(int_check(minimum=minimum, maximum=maximum), optional, also),
        _bounds(minimum, maximum),
    )


def number_check(*, minimum: float = 0.0, maximum: float = DEFAULT_MAXIMUM) -> Validator:
    """A validator for a finite number (int or float, never a bool) within bounds."""
    allowed = f"a finite number from {minimum:g} to {maximum:g}"

    def check(_: object, attribute: Any, value: object) -> None:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise WrongTypeError(attribute.name, value, "a number")
        # Written so that NaN, which fails every comparison, is refused too; an int
        # compares exactly with the float bounds, however many digits it has.
        if not (minimum <= value <= maximum):
            raise OutOfRangeError(attribute.name, value, allowed)

    return check


def number(
    *,
    minimum: float = 0.0,
    maximum: float = DEFAULT_MAXIMUM,
    optional: bool = False,
    also: Validator | None = None,
) -> FieldSpec:
    """A finite number (ints accepted; bools, NaN and infinities refused) within bounds."""
    if not (math.isfinite(minimum) and math.isfinite(maximum)):
        raise ValueError("number bounds must be finite")  # a programming error in hiptx
    return _spec(
        _checks(number_check(minimum=minimum, maximum=maximum), optional, also),
        _bounds(minimum, maximum),
    )


def require_text(name: str, value: object) -> str:
    """``value`` as one line of visible text, or the error naming ``name`` that says why.

    The one text check for a field and for an argument (a clinician's ``by`` and
    ``reason``): a blank value is out of range, any other refused text invalid.

    Example:
        >>> from hiptx._fields import require_text
        >>> require_text("by", "Dr A")
        'Dr A'
        >>> require_text("by", " ")
        Traceback (most recent call last):
        hiptx.errors.OutOfRangeError: by: ' ' is not allowed; expected a non-empty string
    """
    if not isinstance(value, str):
        raise WrongTypeError(name, value, "a string")
    problem = text_problem(value)
    if problem is None:
        return value
    blank = problem == "a non-empty string"
    raise (OutOfRangeError if blank else InvalidValueError)(name, value, problem)


# Field validators try _text.GOOD_TEXT first and call this only for text it refuses.
_check_text = require_text


def text(*, optional: bool = False, also: Validator | None = None) -> FieldSpec:
    """One line of visible text; ``None`` too if ``optional``.

    Refused: blank or invisible-only values, leading or trailing whitespace,
    invisible characters (zero-width, direction marks, soft hyphen, fillers) at
    either end, control characters (newline included), line and paragraph
    separators, lone surrogates, tag characters and bidirectional override or
    isolate characters.
    """

    def check(_: object, attribute: Any, value: object) -> None:
        # The common case in one regex call and no further Python call: the loader
        # runs this on tens of thousands of strings.
        if (value is None and optional) or (
            type(value) is str and _text.GOOD_TEXT.fullmatch(value)
        ):
            return
        _check_text(attribute.name, value)

    return _spec(
        _checks(check, optional=False, also=also), {"minLength": 1, "pattern": TEXT_PATTERN}
    )


def _check_slug(name: str, value: object) -> None:
    if not isinstance(value, str):
        raise WrongTypeError(name, value, "an id string")
    # fullmatch: with match(), "$" would let an id end in a newline.
    if not _text.SLUG.fullmatch(value):
        raise OutOfRangeError(name, value, "a lower-case kebab-case id such as 'hip-arthroscopy'")


def slug(*, optional: bool = False) -> FieldSpec:
    """A catalog id: a lower-case kebab-case slug."""

    def check(_: object, attribute: Any, value: object) -> None:
        if (value is None and optional) or (type(value) is str and _text.SLUG.fullmatch(value)):
            return
        _check_slug(attribute.name, value)

    return _spec(_checks(check, optional=False, also=None), {"pattern": SLUG_PATTERN})


def _first_repeat(value: tuple[Any, ...]) -> tuple[int, int] | None:
    """``(first, repeat)`` positions of the first item that occurs twice, if any."""
    seen: dict[Any, int] = {}
    for position, item in enumerate(value):
        earlier = seen.setdefault(item, position)
        if earlier != position:
            return earlier, position
    return None


def _refuse_repeats(name: str, value: tuple[Any, ...], what: str) -> None:
    repeat = _first_repeat(value)
    if repeat is not None:
        first, again = repeat
        raise InvalidValueError(
            f"{name}[{again}]", value[again], f"{what} without repeats (same as item {first})"
        )


def slugs(*, min_items: int = 0) -> FieldSpec:
    """A tuple of catalog ids, no id twice."""

    def check(_: object, attribute: Any, value: object) -> None:
        if not isinstance(value, tuple):
            raise WrongTypeError(attribute.name, value, "a tuple of ids")
        for position, item in enumerate(value):
            _check_slug(f"{attribute.name}[{position}]", item)
        if len(value) < min_items:
            raise OutOfRangeError(attribute.name, value, f"at least {min_items} ids")
        _refuse_repeats(attribute.name, value, "ids")

    return _spec(
        [check], {"items": {"pattern": SLUG_PATTERN}, "uniqueItems": True, "minItems": min_items}
    )


def _refuse_item(field: str, value: tuple[Any, ...], element: type) -> None:
    """Raise for the first item of ``value`` that is not a valid ``element``."""
    # pragma below: called only for a tuple holding a refused item, so it raises.
    for position, item in enumerate(value):  # pragma: no branch
        if not isinstance(item, element) or isinstance(item, bool):
            raise WrongTypeError(f"{field}[{position}]", item, f"a {element.__name__}")
        if element is str and not _text.GOOD_TEXT.fullmatch(item):  # type: ignore[call-overload]
            _check_text(f"{field}[{position}]", item)


def items(
    element: type, *, min_items: int = 0, unique: bool = True, also: Validator | None = None
) -> FieldSpec:
    """A tuple whose every element is an instance of ``element``.

    Exact repeats are refused unless ``unique`` is false (the loader's whole-file
    lists, where a repeated object is reported as a repeated id instead). Strings
    must each be valid text (see :func:`text`).
    """
    name = element.__name__
    elements = itertools.repeat(element)
    bools = itertools.repeat(bool)
    refuse_bools = issubclass(bool, element)  # True is an int, but never a count

    def check(_: object, attribute: Any, value: object) -> None:
        if not isinstance(value, tuple):
            raise WrongTypeError(attribute.name, value, f"a tuple of {name}")
        # Every item checked in C (map over isinstance and the text regex); the
        # loop that names the refused item runs only when one is refused.
        if not (
            all(map(isinstance, value, elements))
            and not (refuse_bools and any(map(isinstance, value, bools)))
            and (element is not str or all(map(_text.GOOD_TEXT.fullmatch, value)))
        ):
            _refuse_item(attribute.name, value, element)
        if len(value) < min_items:
            raise OutOfRangeError(attribute.name, value, f"at least {min_items} {name} items")
        # The set is built in C; the Python loop that finds the repeat runs only on
        # a failure (the loader checks tens of thousands of tuples). One item
        # cannot repeat, and most tuples (a figure's one citation) hold one.
        if unique and len(value) > 1 and len(set(value)) != len(value):
            _refuse_repeats(attribute.name, value, f"{name} items")

    schema: dict[str, object] = {"minItems": min_items}
    if unique:
        schema["uniqueItems"] = True
    if element is str:
        schema["items"] = {"minLength": 1, "pattern": TEXT_PATTERN}
    spec = _spec(_checks(check, optional=False, also=also), schema)
    ITEMS_RULES[spec["validator"]] = ItemsRule(element, min_items, unique, also)
    return spec


class ItemsRule(NamedTuple):
    """What an :func:`items` validator checks, for a reader that checks it another way.

    The compact form's reader knows each item's class and which items are the same
    object from the stored rows, so it checks length and repeats without hashing
    every item again, then runs ``also``.
    """

    element: type
    min_items: int
    unique: bool
    also: Validator | None


#: The rule behind each validator :func:`items` made.
ITEMS_RULES: dict[Validator, ItemsRule] = {}


def choice(enum: type[Enum], *, optional: bool = False, also: Validator | None = None) -> FieldSpec:
    """A member of ``enum``; a raw string is refused, not coerced."""
    allowed = ", ".join(f"{enum.__name__}.{m.name}" for m in enum)

    def check(_: object, attribute: Any, value: object) -> None:
        if not isinstance(value, enum) and not (value is None and optional):
            raise WrongTypeError(attribute.name, value, f"one of {allowed}")

    return _spec(_checks(check, optional=False, also=also))


def instance(cls: type, *, optional: bool = False, also: Validator | None = None) -> FieldSpec:
    """A nested model object of class ``cls``; ``None`` too if ``optional``."""

    def check(_: object, attribute: Any, value: object) -> None:
        if not isinstance(value, cls) and not (value is None and optional):
            raise WrongTypeError(attribute.name, value, f"a {cls.__name__}")

    return _spec(_checks(check, optional=False, also=also))


def flag(*, optional: bool = False) -> FieldSpec:
    """A bool; 0 and 1 are refused. ``None`` (unknown) too if ``optional``."""

    def check(_: object, attribute: Any, value: object) -> None:
        if type(value) is not bool:
            raise WrongTypeError(attribute.name, value, "True or False")

    return _spec(_checks(check, optional, None))


def check_dose_measure(reps: object, hold_seconds: object, rep_hold_seconds: object) -> None:
    """The dose rule, written once: reps or timed holds, and a hold per rep only with reps.

    A catalog ``Dose`` and a programme's prescription both follow it.

    Raises:
        InvalidValueError: naming the field that breaks it.
    """
    if (reps is None) == (hold_seconds is None):
        raise InvalidValueError("reps", reps, "exactly one of reps or hold_seconds")
    if rep_hold_seconds is not None and reps is None:
        raise InvalidValueError("rep_hold_seconds", rep_hold_seconds, "only together with reps")
