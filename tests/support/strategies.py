"""Hypothesis strategies shared by the property tests."""

from __future__ import annotations

from hypothesis import strategies as st

import hiptx

pain = st.integers(min_value=0, max_value=10)
counts = st.integers(min_value=0, max_value=12)


@st.composite
def int_ranges(draw: st.DrawFn) -> hiptx.IntRange:
    # IntRange holds counts up to 1000 (hiptx.ranges.INT_RANGE_MAX).
    low = draw(st.integers(min_value=0, max_value=500))
    high = draw(st.none() | st.integers(min_value=low, max_value=1000))
    return hiptx.IntRange(low, high)


@st.composite
def spans(draw: st.DrawFn) -> hiptx.Span:
    low = draw(st.integers(min_value=0, max_value=60))
    high = draw(st.none() | st.integers(min_value=low, max_value=120))
    return hiptx.Span(low, high, draw(st.sampled_from(hiptx.TimeUnit)))


@st.composite
def rep_sessions(draw: st.DrawFn) -> hiptx.SessionRecord:
    return hiptx.SessionRecord(
        sets=draw(counts),
        reps=draw(st.integers(min_value=0, max_value=20)),
        pain_during=draw(pain),
        pain_after_24h=draw(pain),
        pain_lasted_hours=draw(st.floats(min_value=0, max_value=48, allow_nan=False)),
        sharp_pain=draw(st.booleans()),
        swelling=draw(st.booleans()),
        hot_joint=draw(st.booleans()),
    )


#: Any JSON value (for mutating documents).
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=6), children, max_size=3)
    ),
    max_leaves=6,
)
