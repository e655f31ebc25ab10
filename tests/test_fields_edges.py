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


EDGE_INVISIBLE = ["\u200bhip", "hip\u200d", "\u2060hip pain\u200c", "\u200ehip", "hip\u00ad"]


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
