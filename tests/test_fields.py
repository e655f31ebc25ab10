"""The field checks (_fields.py): every field kind against every bad value (a matrix),
and the edges of the strict converter that ordinary data never reaches.

Each kind is put on a one-field attrs class. For every value in ``POOL`` the class
either accepts it (only the values a kind lists as valid) or raises a hiptx error
of the expected family naming the field: ``WrongTypeError`` for a value of the
wrong Python type, ``InvalidValueError``/``OutOfRangeError`` for the right type
with a wrong value. Nothing else (no OverflowError, ValueError from a repr, ...)
may escape, and the message must stay short whatever the value.
"""

from __future__ import annotations

import json
import math
import pathlib
import re
from collections.abc import Callable
from enum import Enum
from typing import Any

import attrs
import pytest

import hiptx
from hiptx import _fields
from hiptx._convert import describe_problems
from hiptx.errors import DataProblem, HiptxError
from tests.support.catalogs import refusal_of


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
NUMERIC = [k for k in KINDS if k.startswith(("integer", "number"))]


# Floats (NaN, infinities) into an integer kind are wrong types, covered above.
NON_FINITE_OR_HUGE = [
    (kind, value)
    for kind in NUMERIC
    for value in ("nan", "inf", "minus-inf", "huge-int", "5000-digit-int")
    if KINDS[kind].right_type(POOL[value])
]

EDGE_INVISIBLE = ["\u200bhip", "hip\u200d", "\u2060hip pain\u200c", "\u200ehip", "hip\u00ad"]


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


@pytest.mark.parametrize(
    ("minimum", "maximum"), [(-math.inf, 10.0), (0.0, math.inf), (math.nan, 1.0), (0.0, math.nan)]
)
def test_a_number_field_needs_finite_bounds(minimum: float, maximum: float) -> None:
    # A programming error in hiptx, so a plain ValueError, raised when the model is defined.
    with pytest.raises(ValueError, match="bounds must be finite"):
        _fields.number(minimum=minimum, maximum=maximum)


@pytest.mark.parametrize("value", EDGE_INVISIBLE)
def test_an_invisible_character_at_an_edge_of_visible_text_is_refused(value: str) -> None:
    # An invisible character at an edge joins or reorders the text around it where
    # nobody can see it (issue 21): the schema's pattern, the check and the model
    # refuse it alike.
    assert not re.search(_fields.TEXT_PATTERN, value)
    assert "invisible character" in (_fields.text_problem(value) or "")
    with pytest.raises(hiptx.InvalidValueError, match="at either end"):
        hiptx.Source(id="zw", title=value, kind=hiptx.SourceKind.TRIAL)


@pytest.mark.parametrize("value", ["hi\u200bp", "caf\u00e9", "soft\u00adhyphen"])
def test_an_invisible_character_inside_visible_text_is_kept(value: str) -> None:
    assert re.search(_fields.TEXT_PATTERN, value)
    assert hiptx.Source(id="zw", title=value, kind=hiptx.SourceKind.TRIAL).title == value


@pytest.mark.parametrize(
    "value",
    [
        "STOP\u2028do not exercise",
        "a\u2029b",
        "tag\U000e0041ged",
        "\u3164",
        "\u2800 \u2800",
        "\u00ad",
    ],
)
def test_separators_tags_and_invisible_only_values_are_refused(value: str) -> None:
    with pytest.raises(hiptx.InvalidValueError):
        hiptx.Source(id="zw", title=value, kind=hiptx.SourceKind.TRIAL)
    if not any(ord(c) > 0xFFFF for c in value):  # the schema leaves tags to the loader
        assert not re.search(_fields.TEXT_PATTERN, value)


@pytest.mark.parametrize("value", EDGE_INVISIBLE)
def test_a_tuple_of_text_refuses_what_a_text_field_refuses(value: str) -> None:
    # The tuple check's slow path must agree with text() (above), naming the item.
    with pytest.raises(hiptx.InvalidValueError) as info:
        hiptx.Source(id="zw", title="T", kind=hiptx.SourceKind.TRIAL, authors=("Kemp", value))
    assert info.value.field == "authors[1]"


@pytest.mark.parametrize("value", ["bad-id\n", "2026-01-05\n"])
def test_the_schema_patterns_refuse_a_trailing_newline(value: str) -> None:
    # Python's re.search lets "$" match before a final newline; the patterns say no.
    from hiptx._schema import DATE_PATTERN

    pattern = _fields.SLUG_PATTERN if value.startswith("bad") else DATE_PATTERN
    assert re.search(pattern, value.rstrip("\n"))
    assert not re.search(pattern, value)


def test_a_string_where_a_number_belongs_is_refused_not_parsed(data_copy: pathlib.Path) -> None:
    # cattrs' own float hook would turn "1.7" into 1.7.
    path = data_copy / "risks.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    document["risks"][0]["rates"][0]["estimate_percent"] = "1.7"
    path.write_text(json.dumps(document), encoding="utf-8")
    (problem,) = refusal_of(data_copy)
    assert problem.path == "/risks/0/rates/0/estimate_percent"
    assert problem.expected == "a number"
    assert problem.value == "'1.7'"


def test_an_error_cattrs_cannot_format_is_still_described() -> None:
    # cattrs' formatter reads exc.args[0] of a TypeError; one without arguments makes
    # the formatter itself fail, and the problem must still come out as a line.
    (problem,) = describe_problems(TypeError(), "rules.json", "/pain_ceiling")
    # The fallback names the exception type and shows its (empty) text as a repr.
    assert problem == DataProblem("rules.json", "/pain_ceiling", "TypeError: ''")


def test_a_pattern_compiled_on_use_then_takes_its_own_place() -> None:
    import re

    from hiptx import _text

    lazy = _text._CompiledOnUse("_TEST_ONLY", "a+")
    try:
        assert lazy.fullmatch("aaa") is not None
        assert isinstance(_text._TEST_ONLY, re.Pattern)  # type: ignore[attr-defined]
        assert _text._TEST_ONLY.pattern == "a+"  # type: ignore[attr-defined]
    finally:
        del _text._TEST_ONLY  # type: ignore[attr-defined]


def test_text_problem_finds_nothing_wrong_with_good_text() -> None:
    assert _fields.text_problem("Hip pain, 3/10 (caf\u00e9)") is None


def test_a_rate_without_any_figure_is_refused() -> None:
    # A fixed case for what the seeded fuzz reaches only by chance.
    with pytest.raises(hiptx.InvalidValueError, match="an estimate, a low-high range, or both"):
        hiptx.Rate(
            population="adults",
            strength=next(iter(hiptx.EvidenceStrength)),
            citations=(hiptx.Citation(source_id="physio-network-kemp"),),
        )
