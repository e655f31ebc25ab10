"""Monotonicity of the progression rule."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given, strategies as st

import hiptx
from tests.support.strategies import rep_sessions

pytestmark = pytest.mark.property

CATALOG = hiptx.load_catalog()
rep_exercises = st.sampled_from(
    [e for e in CATALOG.exercises.values() if e.dose is not None and e.dose.uses_reps]
)
# How far each outcome lets the patient go: STOP and REGRESS both reduce load (STOP
# is REGRESS where no easier level exists), so they share the lowest rank.
RANK = {
    hiptx.Outcome.STOP: 0,
    hiptx.Outcome.REGRESS: 0,
    hiptx.Outcome.HOLD: 1,
    hiptx.Outcome.PROGRESS: 2,
}
CEILING = CATALOG.rules.pain_ceiling.value


@given(rep_exercises, rep_sessions(), st.integers(0, 10), st.integers(0, 10))
def test_more_pain_never_makes_progress_more_likely(
    exercise: hiptx.Exercise, session: hiptx.SessionRecord, extra_during: int, extra_after: int
) -> None:
    worse = attrs.evolve(
        session,
        pain_during=min(10, session.pain_during + extra_during),
        pain_after_24h=min(10, session.pain_after_24h + extra_after),
    )
    before = hiptx.check_progression(exercise, [session], catalog=CATALOG).outcome
    after = hiptx.check_progression(exercise, [worse], catalog=CATALOG).outcome
    assert RANK[after] <= RANK[before]


@given(rep_exercises, rep_sessions())
def test_meeting_the_dose_with_less_pain_never_hurts(
    exercise: hiptx.Exercise, session: hiptx.SessionRecord
) -> None:
    assert exercise.dose is not None and exercise.dose.reps is not None
    target_sets = exercise.dose.sets.high or exercise.dose.sets.low
    met = attrs.evolve(
        session,
        sets=max(session.sets, target_sets),
        reps=max(session.reps or 0, exercise.dose.reps.low),
    )
    calmer = attrs.evolve(
        met, pain_during=max(0, met.pain_during - 2), pain_after_24h=max(0, met.pain_after_24h - 2)
    )
    first = hiptx.check_progression(exercise, [met], catalog=CATALOG).outcome
    second = hiptx.check_progression(exercise, [calmer], catalog=CATALOG).outcome
    assert RANK[second] >= RANK[first]


@given(rep_exercises, rep_sessions())
def test_progress_only_within_the_ceiling_and_the_target(
    exercise: hiptx.Exercise, session: hiptx.SessionRecord
) -> None:
    d = hiptx.check_progression(exercise, [session], catalog=CATALOG)
    assert exercise.dose is not None and exercise.dose.reps is not None
    if d.outcome is hiptx.Outcome.PROGRESS:
        assert session.peak_pain <= CEILING
        assert session.pain_lasted_hours <= CATALOG.rules.lingering_pain_hours.value
        assert session.reps is not None and session.reps >= exercise.dose.reps.low
        assert not (session.sharp_pain or session.swelling or session.hot_joint)
    overload = (
        session.sharp_pain
        or session.swelling
        or session.hot_joint
        or session.pain_after_24h > CEILING
        or session.pain_lasted_hours > CATALOG.rules.lingering_pain_hours.value
    )
    if overload:
        # Load is reduced: a step back, or a stop where no easier level exists.
        assert d.outcome in (hiptx.Outcome.REGRESS, hiptx.Outcome.STOP)
    chain = CATALOG.progression_of(exercise)
    if d.outcome is hiptx.Outcome.STOP:
        assert d.next_exercise_id is None
        assert chain is None or chain.step_of(exercise.id) == 0
    else:
        assert d.next_exercise_id == exercise.id or (
            chain is not None and d.next_exercise_id in chain.exercise_ids
        )
