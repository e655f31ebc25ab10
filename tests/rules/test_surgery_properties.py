"""No rule ever schedules, progresses or regresses into an exercise restricted after surgery."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given, settings, strategies as st

import hiptx
from tests.support.strategies import rep_sessions
from tests.support.surgery import OP

pytestmark = pytest.mark.property

CATALOG = hiptx.load_catalog()
OPERATIONS = sorted(
    k for k, t in CATALOG.treatments.items() if t.kind is hiptx.TreatmentKind.SURGERY
)


@st.composite
def surgeries(draw: st.DrawFn) -> hiptx.Surgery:
    positions = draw(
        st.none() | st.lists(st.sampled_from(list(hiptx.HipPosition)), unique=True).map(tuple)
    )
    until = None
    if positions:
        until = draw(st.none() | st.integers(0, 120).map(lambda d: OP + datetime.timedelta(d)))
    weight_bearing = draw(st.none() | st.integers(0, 120).map(lambda d: OP + datetime.timedelta(d)))
    return hiptx.Surgery(
        treatment_id=draw(st.sampled_from(OPERATIONS)),
        date=OP,
        side=draw(st.sampled_from(list(hiptx.Side))),
        approach=draw(st.sampled_from(list(hiptx.Approach))),
        precautions=positions,
        precautions_until=until,
        weight_bearing_until=weight_bearing,
    )


days = st.integers(-10, 200).map(lambda d: OP + datetime.timedelta(days=d))
findings = st.dictionaries(
    st.sampled_from(list(hiptx.MovementPattern)),
    st.sampled_from([hiptx.Finding.WEAK, hiptx.Finding.RESTRICTED, hiptx.Finding.NORMAL]),
    min_size=1,
)


def _allowed(exercise_id: str, surgery: hiptx.Surgery, day: datetime.date) -> bool:
    exercise = CATALOG.exercises[exercise_id]
    return hiptx.exercise_restriction(exercise, surgery, day, catalog=CATALOG) is None


@settings(max_examples=60, deadline=None)
@given(surgeries(), days, findings)
def test_a_plan_never_starts_a_restricted_exercise(
    surgery: hiptx.Surgery, day: datetime.date, found: dict[hiptx.MovementPattern, hiptx.Finding]
) -> None:
    plan = hiptx.plan_exercises(
        hiptx.Assessment(findings=found), surgery=surgery, today=day, catalog=CATALOG
    )
    for item in plan.items:
        assert _allowed(item.exercise_id, surgery, day)
    for waiting in plan.waiting:
        assert not _allowed(waiting.exercise_id, surgery, day)
        if waiting.until is not None:
            assert waiting.until > day
            assert _allowed(waiting.exercise_id, surgery, waiting.until)


@settings(max_examples=60, deadline=None)
@given(
    surgeries(),
    days,
    st.sampled_from(
        [e for e in CATALOG.exercises.values() if e.dose is not None and e.dose.uses_reps]
    ),
    rep_sessions(),
)
def test_a_progression_never_moves_into_a_restricted_exercise(
    surgery: hiptx.Surgery,
    day: datetime.date,
    exercise: hiptx.Exercise,
    session: hiptx.SessionRecord,
) -> None:
    decision = hiptx.check_progression(
        exercise, [session], surgery=surgery, today=day, catalog=CATALOG
    )
    if decision.next_exercise_id is not None:
        assert _allowed(decision.next_exercise_id, surgery, day)
    if not _allowed(exercise.id, surgery, day):
        assert decision.outcome is hiptx.Outcome.STOP


@settings(max_examples=60, deadline=None)
@given(surgeries(), days, st.sampled_from(sorted(CATALOG.exercises)))
def test_a_restriction_lifts_on_its_day_and_not_before(
    surgery: hiptx.Surgery, day: datetime.date, exercise_id: str
) -> None:
    exercise = CATALOG.exercises[exercise_id]
    restriction = hiptx.exercise_restriction(exercise, surgery, day, catalog=CATALOG)
    if restriction is None:
        return
    assert day >= surgery.date
    assert restriction.reasons
    if restriction.until is not None:
        before = restriction.until - datetime.timedelta(days=1)
        assert hiptx.exercise_restriction(exercise, surgery, before, catalog=CATALOG)
        assert (
            hiptx.exercise_restriction(exercise, surgery, restriction.until, catalog=CATALOG)
            is None
        )
