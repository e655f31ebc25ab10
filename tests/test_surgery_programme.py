"""A programme after surgery, end to end with the catalog's own precautions.

The course-of-care rules (issue 20) and the after-surgery data (issue 22) meet
here: no test double stands in for ``exercise_restriction``. A posterior hip
replacement two weeks ago: nothing the operated hip must avoid is scheduled, the
patterns the plan keeps waiting enter the programme as waiting slots, and they
return, with a reason, once the precaution's window has passed.
"""

from __future__ import annotations

import datetime

import attrs
import pytest

import hiptx

MP, F = hiptx.MovementPattern, hiptx.Finding
OPERATION = datetime.date(2026, 11, 20)
START = datetime.date(2026, 12, 4)  # two weeks after the operation
SURGERY = hiptx.Surgery(
    treatment_id="total-hip-replacement",
    date=OPERATION,
    side=hiptx.Side.LEFT,
    approach=hiptx.Approach.POSTERIOR,
)
FINDINGS = {MP.ADDUCTION: F.WEAK, MP.FLEXION: F.WEAK, MP.EXTENSION: F.WEAK}


def _plan() -> hiptx.ExercisePlan:
    assessment = hiptx.Assessment(findings=FINDINGS, side=hiptx.Side.LEFT)
    return hiptx.plan_exercises(assessment, surgery=SURGERY, today=START)


def _programme() -> hiptx.Programme:
    return hiptx.build_programme(
        _plan(), start=START, weeks=12, sessions_per_week=3, surgery=SURGERY
    )


def _restricted(exercise_id: str, day: datetime.date, cat: hiptx.Catalog) -> bool:
    exercise = cat.exercises[exercise_id]
    return hiptx.exercise_restriction(exercise, SURGERY, day, catalog=cat) is not None


def test_the_plan_keeps_adduction_and_deep_flexion_waiting(cat: hiptx.Catalog) -> None:
    plan = _plan()
    assert plan.waiting, "a posterior replacement two weeks ago restricts some first levels"
    for waiting in plan.waiting:
        assert _restricted(waiting.exercise_id, START, cat)
        assert waiting.until is not None and waiting.until > START
    for item in plan.items:
        assert not _restricted(item.exercise_id, START, cat), item.exercise_id


def test_nothing_restricted_is_scheduled_for_the_operated_hip(cat: hiptx.Catalog) -> None:
    programme = _programme()
    scheduled = [
        (session.date, p.exercise_id)
        for week in programme.schedule
        for session in week.sessions
        for p in session.prescriptions
    ]
    assert scheduled, "the unrestricted patterns are still trained"
    for day, exercise_id in scheduled:
        assert not _restricted(exercise_id, day, cat), (day, exercise_id)


def test_waiting_patterns_enter_the_programme_and_return_when_the_window_ends(
    cat: hiptx.Catalog,
) -> None:
    plan, programme = _plan(), _programme()
    waiting = {w.exercise_id: w.until for w in plan.waiting}
    slots = {s.exercise_id: s for s in programme.slots}
    for exercise_id, until in waiting.items():
        assert slots[exercise_id].waiting, exercise_id
        assert slots[exercise_id].waiting_until == until
    lifted_on = max(d for d in waiting.values() if d is not None)
    update = hiptx.advance_programme(programme, {}, today=lifted_on, surgery=SURGERY)
    after = {s.exercise_id: s for s in update.programme.slots}
    for exercise_id in waiting:
        assert not after[exercise_id].waiting, exercise_id
        assert not _restricted(exercise_id, lifted_on, cat)
    later = {
        p.exercise_id
        for week in update.programme.schedule
        for session in week.sessions
        if session.date > lifted_on
        for p in session.prescriptions
    }
    assert set(waiting) <= later, "each returns to the schedule once allowed"
    said = [
        r.message
        for s in update.programme.slots
        for r in s.reasons
        if r.code is hiptx.ReasonCode.RESTRICTED_AFTER_SURGERY
    ] + [r.message for c in update.changes for r in c.reasons]
    assert any("schedules it again" in m for m in said), said


def test_a_plan_with_waiting_patterns_needs_its_surgery() -> None:
    # Without the operation the programme could neither keep nor lift the waits.
    with pytest.raises(hiptx.InvalidValueError, match="surgery"):
        hiptx.build_programme(_plan(), start=START, weeks=4, sessions_per_week=3)


def test_a_waiting_pattern_off_its_chain_is_named_where_it_is() -> None:
    plan = _plan()
    wrong = attrs.evolve(plan.waiting[0], exercise_id="pelvic-bridge")
    broken = attrs.evolve(plan, waiting=(wrong, *plan.waiting[1:]))
    with pytest.raises(hiptx.InvalidValueError, match=r"waiting/0/exercise_id"):
        hiptx.build_programme(broken, start=START, weeks=4, sessions_per_week=3, surgery=SURGERY)


def test_a_lifted_exercise_begins_on_the_day_it_is_allowed() -> None:
    # Sessions of a restricted exercise logged while it waited are not evidence at
    # its level: it begins, and builds up, from the day the restriction lifts.
    plan, programme = _plan(), _programme()
    waiting = plan.waiting[0]
    assert waiting.until is not None
    update = hiptx.advance_programme(programme, {}, today=waiting.until, surgery=SURGERY)
    (slot,) = [s for s in update.programme.slots if s.exercise_id == waiting.exercise_id]
    assert not slot.waiting
    assert slot.since >= waiting.until and slot.build_up_from == slot.since
    during_the_wait = hiptx.SessionRecord(
        sets=2,
        reps=10,
        pain_during=1,
        pain_after_24h=1,
        date=waiting.until - datetime.timedelta(days=3),
        side=hiptx.Side.LEFT,
    )
    with pytest.raises(hiptx.InvalidValueError, match="date"):
        hiptx.advance_programme(
            update.programme,
            {waiting.exercise_id: [during_the_wait]},
            today=slot.since + datetime.timedelta(days=7),
            surgery=SURGERY,
        )
