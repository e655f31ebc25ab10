"""Dates past the calendar (rules/_calendar.py): what the error says."""

from __future__ import annotations

import datetime

import pytest

import hiptx
from hiptx.rules._calendar import add_span_bound


def test_a_span_past_the_calendar_names_its_length_in_the_singular_for_one() -> None:
    last_week = datetime.date(9999, 12, 30)
    with pytest.raises(hiptx.OutOfRangeError) as one:
        add_span_bound(last_week, 1, hiptx.TimeUnit.WEEK)
    assert "from which 1 week later is still" in str(one.value)
    with pytest.raises(hiptx.OutOfRangeError) as two:
        add_span_bound(last_week, 2, hiptx.TimeUnit.WEEK)
    assert "from which 2 weeks later is still" in str(two.value)
