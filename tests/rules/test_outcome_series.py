"""A patient's outcome scores as a series over time (rules/outcome_series.py)."""

from __future__ import annotations

import datetime

import pytest

import hiptx
from tests.support.outcomes import scored

DAY0 = datetime.date(2026, 1, 5)


def test_a_series_gives_the_change_from_baseline_per_scale_and_date() -> None:
    three_months = DAY0 + datetime.timedelta(days=91)
    series = hiptx.outcome_series(
        [(three_months, scored("hoos", "pain", 1)), (DAY0, scored("hoos", "pain", 3))]
    )
    assert series.baseline_date == DAY0
    assert series.dates == (DAY0, three_months)
    pain = series.of("pain")
    assert [(p.days_from_baseline, p.score, p.change) for p in pain] == [
        (0, 25.0, 0.0),
        (91, 75.0, 50.0),
    ]
    # Scales without a score have points, with None.
    assert [(p.score, p.change) for p in series.of("qol")] == [(None, None), (None, None)]
    assert len(series.points) == 2 * 5


def test_a_series_refuses_bad_input() -> None:
    a, b = scored("hoos", "pain", 1), scored("nahs", "nahs", 1)
    with pytest.raises(hiptx.InvalidValueError, match="one instrument"):
        hiptx.outcome_series([(DAY0, a), (DAY0 + datetime.timedelta(days=1), b)])
    with pytest.raises(hiptx.InvalidValueError, match="one questionnaire per date"):
        hiptx.outcome_series([(DAY0, a), (DAY0, a)])
    with pytest.raises(hiptx.InvalidValueError, match="at least one"):
        hiptx.outcome_series([])
    with pytest.raises(hiptx.WrongTypeError, match="pairs"):
        hiptx.outcome_series("not pairs")  # type: ignore[arg-type]
    with pytest.raises(hiptx.WrongTypeError, match=r"/scores/0"):
        hiptx.outcome_series([a])  # type: ignore[list-item]
    with pytest.raises(hiptx.WrongTypeError, match=r"datetime\.date"):
        hiptx.outcome_series([(datetime.datetime(2026, 1, 5), a)])  # noqa: DTZ001
    with pytest.raises(hiptx.WrongTypeError, match="QuestionnaireScore"):
        hiptx.outcome_series([(DAY0, {})])  # type: ignore[list-item]
    with pytest.raises(hiptx.InvalidValueError, match="one of"):
        hiptx.outcome_series([(DAY0, a)]).of("nope")
