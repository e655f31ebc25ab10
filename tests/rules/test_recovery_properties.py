"""Properties of recovery estimates over every treatment in the catalog."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given, strategies as st

import hiptx

pytestmark = pytest.mark.property

CATALOG = hiptx.load_catalog()
treatments = st.sampled_from(list(CATALOG.treatments.values()))
jobs = st.none() | st.sampled_from(hiptx.JobDemand)
protocols = st.sampled_from(hiptx.WeightBearing)
starts = st.dates(min_value=datetime.date(1990, 1, 1), max_value=datetime.date(2090, 12, 31))


@given(treatments, jobs, protocols, starts)
def test_dates_are_ordered_and_never_before_start(
    t: hiptx.Treatment, job: hiptx.JobDemand | None, wb: hiptx.WeightBearing, start: datetime.date
) -> None:
    est = hiptx.estimate_recovery(t, job=job, weight_bearing=wb)
    for m, d in zip(est.milestones, est.dates(start), strict=True):
        assert d.kind is m.kind
        if m.span is None:
            assert d.earliest is None and d.latest is None
            continue
        assert m.span.low >= 0
        if m.span.kind is hiptx.FigureKind.RANGE:
            assert d.earliest is not None and d.earliest >= start
            assert d.latest is None or d.earliest <= d.latest
        elif m.span.kind is hiptx.FigureKind.UPPER_BOUND:
            # "by": only the last date, never a one-day window (issue 22)
            assert d.earliest is None and d.latest is not None and d.latest >= start
        else:
            assert d.earliest is None and d.latest is None
            assert d.around is not None and d.around >= start


@given(treatments, jobs, protocols)
def test_same_input_same_output(
    t: hiptx.Treatment, job: hiptx.JobDemand | None, wb: hiptx.WeightBearing
) -> None:
    assert hiptx.estimate_recovery(t, job=job, weight_bearing=wb) == hiptx.estimate_recovery(
        t, job=job, weight_bearing=wb
    )


@given(treatments, jobs, protocols)
def test_chosen_milestones_apply_and_none_is_lost(
    t: hiptx.Treatment, job: hiptx.JobDemand | None, wb: hiptx.WeightBearing
) -> None:
    est = hiptx.estimate_recovery(t, job=job, weight_bearing=wb)
    applicable = [m for m in t.milestones if m.applies_to(job, wb)]
    assert len(est.milestones) == len(applicable)
    assert sorted(m.kind.value for m in est.milestones) == sorted(m.kind.value for m in applicable)
