"""Field constraints shared by the model: one place for each rule.

Each helper returns a :class:`FieldSpec` (a validator and JSON-Schema metadata) for
``attrs.field(**spec)``. Defaults are written at the field itself, where readers
and mypy's attrs plugin can see them. Because the validator and the schema
fragment come from the same call, the generated schema and the runtime checks can
never disagree.

Long because every field rule (numbers, text, ids, choices, tuples) sits with its
schema fragment here, and the text rules' character classes need their reasons
beside them.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Callable
from enum import Enum
from typing import Any, NamedTuple, TypedDict

from hiptx.errors import InvalidValueError, OutOfRangeError, WrongTypeError


class _CompiledOnUse:
    """A module-level regex compiled on first use, which then takes its own place.

    The bundled catalog loads without running a validator, so ``import hiptx`` and
    ``hiptx show`` need none of these patterns; compiling them all at import cost
    a fresh process about 2 ms. On first use the compiled pattern replaces this
    object in the module's globals, so later calls go straight to it.
    """

    __slots__ = ("_name", "_pattern")

    def __init__(self, name: str, pattern: str) -> None:
        self._name, self._pattern = name, pattern

    def __getattr__(self, attribute: str) -> Any:
        compiled = re.compile(self._pattern)
        globals()[self._name] = compiled
        return getattr(compiled, attribute)


def _pattern(name: str, pattern: str) -> re.Pattern[str]:
    return _CompiledOnUse(name, pattern)  # type: ignore[return-value]


#: Ids are lower-case kebab-case slugs: letters and digits joined by single hyphens.
#: ``(?!\n)`` after ``$``: a schema validator using Python's ``re.search`` would
#: otherwise accept a trailing newline, which ``$`` matches before (ECMA-262's ``$``
#: matches only at the end, where the lookahead holds trivially).
SLUG_PATTERN = "^[a-z0-9]+(?:-[a-z0-9]+)*$(?!\n)"
_SLUG = _pattern("_SLUG", SLUG_PATTERN)

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

# Characters no text field may hold: C0 and C1 control characters (newline and tab
# included: no field is multi-line), lone surrogates (they cannot be encoded, so
# every renderer would crash) and the bidirectional embedding, override and
# isolate controls (they can make text display in an order other than stored).
# The line and paragraph separators (U+2028, U+2029) too: a renderer breaks the
# line there, so a one-line field could show a second line of its own. And the
# tag characters (U+E0000-U+E007F), invisible text that can carry hidden words.
_FORBIDDEN_BMP = "\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069"
_FORBIDDEN_CHARS = f"{_FORBIDDEN_BMP}\ud800-\udfff\U000e0000-\U000e007f"
_FORBIDDEN = _pattern("_FORBIDDEN", f"[{_FORBIDDEN_CHARS}]")
# Characters that show nothing: zero-width spaces and joiners, the left-to-right,
# right-to-left and Arabic letter marks, word joiners and invisible operators, the
# soft hyphen, fillers (Hangul, braille blank, halfwidth) and variation selectors.
# None may stand at either end of a value (where it is invisible and changes how
# the text joins or reads), and a value made only of these and spaces is blank.
_INVISIBLE_CHARS = (
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180e\u200b-\u200f"
    "\u2060-\u2064\u206a-\u206f\u2800\u3164\ufe00-\ufe0f\ufeff\uffa0"
)
_INVISIBLE = _pattern("_INVISIBLE", f"[\\s{_INVISIBLE_CHARS}]*")

# Valid text in one match: a visible first and last character (not whitespace,
# not invisible, not forbidden) and no forbidden character between them.
_EDGE = f"[^\\s{_INVISIBLE_CHARS}{_FORBIDDEN_CHARS}]"
_GOOD_TEXT = _pattern("_GOOD_TEXT", f"{_EDGE}(?:[^{_FORBIDDEN_CHARS}]*{_EDGE})?")


def _ecma(chars: str) -> str:
    """A character-class body with every non-ASCII or control character escaped for ECMA-262."""
    return "".join(c if c.isascii() and c.isprintable() else f"\\u{ord(c):04x}" for c in chars)


#: The JSON-Schema pattern of every text field (ECMA-262 syntax, read the same by
#: Python's ``re``): no forbidden character, no whitespace or invisible character
#: at either end, and no trailing newline for ``$`` to match before. (The tag
#: characters lie outside the Basic Multilingual Plane, which a ``\\u`` escape
#: cannot name in both dialects: the schema leaves them to the loader.)
TEXT_PATTERN = (
    f"^(?![\\s{_ecma(_INVISIBLE_CHARS)}])"
    f"(?![\\s\\S]*[\\s{_ecma(_INVISIBLE_CHARS)}]$)"
    f"[^{_ecma(_FORBIDDEN_BMP)}]+$(?!\\n)"
)


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


def text_problem(value: str) -> str | None:
    """What is wrong with ``value`` as text, or ``None`` if nothing is."""
    if _INVISIBLE.fullmatch(value):
        return "a non-empty string"
    bad = _FORBIDDEN.search(value)
    if bad is not None:
        return (
            f"text without control, line-separator, bidirectional-override, tag or "
            "surrogate characters "
            f"(found U+{ord(bad.group()):04X} at index {bad.start()})"
        )
    if value != value.strip():
        return "text without leading or trailing whitespace"
    for position in (0, len(value) - 1):
        if _INVISIBLE.fullmatch(value[position]):
            return (
                "text without an invisible character (zero-width, direction mark, soft "
                f"hyphen, filler) at either end (found U+{ord(value[position]):04X} at "
                f"index {position})"
            )
    return None


def _check_text(name: str, value: object) -> None:
    if not isinstance(value, str):
        raise WrongTypeError(name, value, "a string")
    # Callers try _GOOD_TEXT first; this runs only for text that regex refuses,
    # and text_problem words a refusal for every such text.
    problem = text_problem(value)
    if problem is None:  # pragma: no cover - the regex and text_problem refuse the same text
        return
    blank = problem == "a non-empty string"
    raise (OutOfRangeError if blank else InvalidValueError)(name, value, problem)


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
        if (value is None and optional) or (type(value) is str and _GOOD_TEXT.fullmatch(value)):
            return
        _check_text(attribute.name, value)

    return _spec(
        _checks(check, optional=False, also=also), {"minLength": 1, "pattern": TEXT_PATTERN}
    )


def _check_slug(name: str, value: object) -> None:
    if not isinstance(value, str):
        raise WrongTypeError(name, value, "an id string")
    # fullmatch: with match(), "$" would let an id end in a newline.
    if not _SLUG.fullmatch(value):
        raise OutOfRangeError(name, value, "a lower-case kebab-case id such as 'hip-arthroscopy'")


def slug(*, optional: bool = False) -> FieldSpec:
    """A catalog id: a lower-case kebab-case slug."""

    def check(_: object, attribute: Any, value: object) -> None:
        if (value is None and optional) or (type(value) is str and _SLUG.fullmatch(value)):
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
        if element is str and not _GOOD_TEXT.fullmatch(item):  # type: ignore[call-overload]
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
            and (element is not str or all(map(_GOOD_TEXT.fullmatch, value)))
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
