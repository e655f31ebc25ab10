"""A type-and-value matrix: every field kind in hiptx._fields against every bad value.

Each kind is put on a one-field attrs class. For every value in ``POOL`` the class
either accepts it (only the values a kind lists as valid) or raises a hiptx error
of the expected family naming the field: ``WrongTypeError`` for a value of the
wrong Python type, ``InvalidValueError``/``OutOfRangeError`` for the right type
with a wrong value. Nothing else (no OverflowError, ValueError from a repr, ...)
may escape, and the message must stay short whatever the value.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from enum import Enum
from typing import Any

import attrs
import pytest

import hiptx
from hiptx import _fields
from hiptx.errors import HiptxError


class Colour(Enum):
    RED = "red"


CITATION = hiptx.Citation(source_id="a-source")
SPAN = hiptx.Span(1, 2, hiptx.TimeUnit.WEEK)

#: Every value tried against every kind, by a readable id.
POOL: dict[str, object] = {
    "none": None,
    "true": True,
    "false": False,
    "zero": 0,
    "five": 5,
    "minus-one": -1,
    "eleven": 11,
    "huge-int": 10**400,
    "5000-digit-int": 10**5000,
    "float": 2.5,
    "nan": math.nan,
    "inf": math.inf,
    "minus-inf": -math.inf,
    "text": "hip pain",
    "slug": "hip-pain",
    "empty": "",
    "blank": "   ",
    "zero-width": "\u200b\u200c",
    "padded": " hip ",
    "trailing-newline-id": "hip-pain\n",
    "nul": "hip\x00pain",
    "newline": "hip\npain",
    "rtl-override": "hip\u202epain",
    "isolate": "hip\u2066pain",
    "lone-surrogate": "hip\ud800",
    "bytes": b"hip",
    "list": ["hip"],
    "tuple-of-str": ("hip", "knee"),
    "tuple-repeat": ("hip", "hip"),
    "tuple-blank": ("hip", ""),
    "tuple-of-slugs": ("hip-pain", "knee"),
    "empty-tuple": (),
    "dict": {"a": 1},
    "object": object(),
    "enum": hiptx.TimeUnit.WEEK,
    "other-enum": Colour.RED,
    "citation": CITATION,
    "citations": (CITATION,),
    "citation-repeat": (CITATION, CITATION),
    "span": SPAN,
}


class Kind:
    """A field kind: its spec, the values it accepts, and the Python type it wants."""

    def __init__(
        self, spec: _fields.FieldSpec, accepts: set[str], right_type: Callable[[object], bool]
    ) -> None:
        self.probe = attrs.make_class("Probe", {"value": attrs.field(**spec)})
        self.schema: dict[str, Any] = dict(spec["metadata"][_fields.SCHEMA_KEY])  # type: ignore[call-overload]
        self.accepts = accepts
        self.right_type = right_type


def _is_int(v: object) -> bool:
    return type(v) is int


def _is_number(v: object) -> bool:
    return type(v) in (int, float)


def _is_str(v: object) -> bool:
    return isinstance(v, str)


def _tuple_of(element: type) -> Callable[[object], bool]:
    def check(v: object) -> bool:
        return isinstance(v, tuple) and all(isinstance(i, element) for i in v)

    return check


def _never(_: object) -> bool:
    # Choices, instances and flags have no "right type but wrong value".
    return False


VALID_TEXT = {"text", "slug"}

KINDS: dict[str, Kind] = {
    "integer": Kind(_fields.integer(maximum=10), {"zero", "five"}, _is_int),
    "integer-optional": Kind(
        _fields.integer(maximum=10, optional=True), {"zero", "five", "none"}, _is_int
    ),
    "integer-default-bound": Kind(_fields.integer(), {"zero", "five", "eleven"}, _is_int),
    "number": Kind(_fields.number(maximum=100.0), {"zero", "five", "eleven", "float"}, _is_number),
    "number-optional": Kind(
        _fields.number(maximum=100.0, optional=True),
        {"zero", "five", "eleven", "float", "none"},
        _is_number,
    ),
    "text": Kind(_fields.text(), VALID_TEXT, _is_str),
    "text-optional": Kind(_fields.text(optional=True), {*VALID_TEXT, "none"}, _is_str),
    "slug": Kind(_fields.slug(), {"slug"}, _is_str),
    "slug-optional": Kind(_fields.slug(optional=True), {"slug", "none"}, _is_str),
    "slugs": Kind(
        _fields.slugs(), {"empty-tuple", "tuple-of-str", "tuple-of-slugs"}, _tuple_of(str)
    ),
    "slugs-min-1": Kind(
        _fields.slugs(min_items=1), {"tuple-of-str", "tuple-of-slugs"}, _tuple_of(str)
    ),
    "items-str": Kind(
        _fields.items(str), {"empty-tuple", "tuple-of-str", "tuple-of-slugs"}, _tuple_of(str)
    ),
    "items-object": Kind(
        _fields.items(hiptx.Citation), {"empty-tuple", "citations"}, _tuple_of(hiptx.Citation)
    ),
    "items-object-min-1": Kind(
        _fields.items(hiptx.Citation, min_items=1), {"citations"}, _tuple_of(hiptx.Citation)
    ),
    "choice": Kind(_fields.choice(hiptx.TimeUnit), {"enum"}, _never),
    "choice-optional": Kind(
        _fields.choice(hiptx.TimeUnit, optional=True), {"enum", "none"}, _never
    ),
    "instance": Kind(_fields.instance(hiptx.Span), {"span"}, _never),
    "flag": Kind(_fields.flag(), {"true", "false"}, _never),
    "flag-optional": Kind(_fields.flag(optional=True), {"true", "false", "none"}, _never),
}

MATRIX = [(kind, value) for kind in KINDS for value in POOL]


def test_the_matrix_is_as_large_as_reported() -> None:
    # The report quotes this size; every kind meets every value.
    assert len(MATRIX) == len(KINDS) * len(POOL) == 19 * 40


@pytest.mark.parametrize(("kind_name", "value_name"), MATRIX)
def test_every_kind_against_every_value(kind_name: str, value_name: str) -> None:
    kind, value = KINDS[kind_name], POOL[value_name]
    if value_name in kind.accepts:
        assert kind.probe(value).value is value
        return
    with pytest.raises(HiptxError) as info:
        kind.probe(value)
    error: Any = info.value
    if kind.right_type(value):
        assert isinstance(error, hiptx.InvalidValueError), repr(error)
    else:
        assert isinstance(error, hiptx.WrongTypeError), repr(error)
    assert error.field.startswith("value")
    assert error.path.startswith("/value")
    message = str(error)
    # A lone name is shown bare, an item of it as a JSON Pointer (/value/1).
    assert message.startswith(("value", "/value"))
    assert len(message) < 400
    message.encode("utf-8")


NUMERIC = [k for k in KINDS if k.startswith(("integer", "number"))]
# Floats (NaN, infinities) into an integer kind are wrong types, covered above.
NON_FINITE_OR_HUGE = [
    (kind, value)
    for kind in NUMERIC
    for value in ("nan", "inf", "minus-inf", "huge-int", "5000-digit-int")
    if KINDS[kind].right_type(POOL[value])
]


@pytest.mark.parametrize(("kind_name", "value_name"), NON_FINITE_OR_HUGE)
def test_non_finite_and_huge_numbers_are_out_of_range(kind_name: str, value_name: str) -> None:
    with pytest.raises(hiptx.OutOfRangeError) as info:
        KINDS[kind_name].probe(POOL[value_name])
    assert "from 0 to" in info.value.allowed  # names the bounds


@pytest.mark.parametrize("kind_name", NUMERIC)
def test_numeric_bounds_are_in_the_schema(kind_name: str) -> None:
    schema = KINDS[kind_name].schema
    assert schema["minimum"] == 0
    assert math.isfinite(schema["maximum"])


def test_the_text_schema_pattern_refuses_what_the_validator_refuses() -> None:
    import re

    # ECMA-262 and Python agree on this pattern's syntax (\\u escapes, lookaheads).
    pattern = re.compile(_fields.TEXT_PATTERN)
    for name in ("text", "slug"):
        assert pattern.search(str(POOL[name]))
    for name in ("padded", "nul", "newline", "rtl-override", "isolate", "empty", "blank"):
        assert not pattern.search(str(POOL[name])), name
