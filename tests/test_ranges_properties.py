"""Properties of IntRange and Span."""

from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

import hiptx
from hiptx.ranges import INT_RANGE_MAX
from tests.support.strategies import int_ranges, spans

pytestmark = pytest.mark.property


@given(int_ranges())
def test_int_range_contains_its_bounds(r: hiptx.IntRange) -> None:
    assert r.low in r
    if r.high is not None:
        assert r.high in r
        assert r.high + 1 not in r
    assert r.low - 1 not in r or r.low == 0


@given(st.integers(), st.integers())
def test_int_range_accepts_exactly_the_ordered_pairs_within_bounds(low: int, high: int) -> None:
    if 0 <= low <= high <= INT_RANGE_MAX:
        assert hiptx.IntRange(low, high).high == high
    else:
        with pytest.raises(hiptx.OutOfRangeError):
            hiptx.IntRange(low, high)


@given(spans())
def test_span_days_are_ordered(span: hiptx.Span) -> None:
    low, high = span.approximate_days()
    assert low >= 0
    assert high is None or high >= low


@given(spans())
def test_span_text_names_its_unit(span: hiptx.Span) -> None:
    assert span.unit.value in str(span)
