"""Edges of the field checks and the strict converter that ordinary data never reaches."""

from __future__ import annotations

import json
import math
import pathlib
import re

import pytest

import hiptx
from hiptx import _fields
from hiptx._convert import describe_problems
from hiptx.errors import DataProblem


@pytest.mark.parametrize(
    ("minimum", "maximum"), [(-math.inf, 10.0), (0.0, math.inf), (math.nan, 1.0), (0.0, math.nan)]
)
def test_a_number_field_needs_finite_bounds(minimum: float, maximum: float) -> None:
    # A programming error in hiptx, so a plain ValueError, raised when the model is defined.
    with pytest.raises(ValueError, match="bounds must be finite"):
        _fields.number(minimum=minimum, maximum=maximum)


@pytest.mark.parametrize("value", ["\u200bhip", "hip\u200d", "\u2060hip pain\u200c"])
def test_zero_width_characters_at_an_edge_of_visible_text_are_kept(value: str) -> None:
    # The documented refusals are blank values, whitespace at either end, control,
    # bidirectional and surrogate characters. A zero-width character beside visible
    # text is none of these (nor is it whitespace to ECMA-262's \s in the schema's
    # pattern), so the slow check keeps it though the one-regex fast path does not.
    assert re.search(_fields.TEXT_PATTERN, value)
    assert _fields.text_problem(value) is None
    source = hiptx.Source(id="zw", title=value, kind=hiptx.SourceKind.TRIAL)
    assert source.title == value


@pytest.mark.parametrize("value", ["\u200bhip", "hip\u200d", "\u2060hip pain\u200c"])
def test_a_tuple_of_text_keeps_what_a_text_field_keeps(value: str) -> None:
    # The tuple check's fast path refuses these too; its slow path must agree with
    # text() (above) and go on to check the items after the kept one.
    source = hiptx.Source(id="zw", title="T", kind=hiptx.SourceKind.TRIAL, authors=(value, "Kemp"))
    assert source.authors == (value, "Kemp")
    with pytest.raises(hiptx.InvalidValueError) as info:
        hiptx.Source(id="zw", title="T", kind=hiptx.SourceKind.TRIAL, authors=(value, "Ke\nmp"))
    assert info.value.field == "authors[1]"


def test_a_string_where_a_number_belongs_is_refused_not_parsed(data_copy: pathlib.Path) -> None:
    # cattrs' own float hook would turn "1.7" into 1.7.
    path = data_copy / "risks.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    document["risks"][0]["rates"][0]["estimate_percent"] = "1.7"
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(hiptx.CatalogDataError) as info:
        hiptx.load_catalog(data_copy)
    (problem,) = info.value.details
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

    from hiptx import _fields

    lazy = _fields._CompiledOnUse("_TEST_ONLY", "a+")
    try:
        assert lazy.fullmatch("aaa") is not None
        assert isinstance(_fields._TEST_ONLY, re.Pattern)  # type: ignore[attr-defined]
        assert _fields._TEST_ONLY.pattern == "a+"  # type: ignore[attr-defined]
    finally:
        del _fields._TEST_ONLY  # type: ignore[attr-defined]
