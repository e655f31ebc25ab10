"""adjust_programme (rules/adjust.py): a clinician's changes, on the record."""

from __future__ import annotations

import datetime

import attrs
import pytest

import hiptx
from tests.support.programmes import (
    ADDUCTION,
    BY,
    CHAIN,
    MONDAY,
    SURGERY,
    WHY,
    fake_restrictions,
    good,
    on,
    programme,
    sets_after,
)


def _clinician(change: hiptx.ProgrammeChange) -> hiptx.Reason:
    first = change.reasons[0]
    assert first.basis is hiptx.Basis.CLINICIAN
    assert BY in first.message and WHY in first.message
    return first


ER = hiptx.MovementPattern.EXTERNAL_ROTATION


def with_clam() -> hiptx.Programme:
    return hiptx.adjust_programme(
        programme(), today=MONDAY, exercise_id="side-lying-clam", by=BY, reason=WHY
    ).programme


def test_a_clinician_sets_a_patterns_exercise_at_any_level() -> None:
    u = hiptx.adjust_programme(
        programme(), today=on(1, 4), pattern=ADDUCTION, exercise_id=CHAIN[2], by=BY, reason=WHY
    )
    (change,) = u.changes
    _clinician(change)
    assert (change.outcome, change.to_exercise_id, change.effective) == (
        hiptx.Outcome.PROGRESS,
        CHAIN[2],
        on(2, 0),
    )
    (slot,) = u.programme.slots
    assert (slot.exercise_id, slot.progression_id, slot.since) == (
        CHAIN[2],
        "hip-adductor-strengthening",
        on(2, 0),
    )
    assert u.programme.sessions[3].prescriptions[0].exercise_id == CHAIN[2]
    assert u.programme.sessions[2].prescriptions[0].exercise_id == CHAIN[0]
    back = hiptx.adjust_programme(
        u.programme, today=on(2, 4), pattern=ADDUCTION, exercise_id=CHAIN[0], by=BY, reason=WHY
    )
    assert back.changes[0].outcome is hiptx.Outcome.REGRESS


def test_a_clinician_adds_pauses_resumes_and_removes_an_exercise() -> None:
    def clam(
        prog: hiptx.Programme,
        today: datetime.date,
        *,
        paused: bool | None = None,
        remove: bool = False,
    ) -> hiptx.ProgrammeUpdate:
        return hiptx.adjust_programme(
            prog,
            today=today,
            exercise_id="side-lying-clam",
            paused=paused,
            remove=remove,
            by=BY,
            reason=WHY,
        )

    def later(update: hiptx.ProgrammeUpdate, today: datetime.date) -> set[str]:
        sessions = update.programme.sessions
        return {p.exercise_id for s in sessions if s.date > today for p in s.prescriptions}

    u = clam(programme(), on(1, 4))
    assert [s.exercise_id for s in u.programme.slots] == [CHAIN[0], "side-lying-clam"]
    assert u.programme.slots[1].progression_id is None
    _clinician(u.changes[0])
    paused = clam(u.programme, on(1, 4), paused=True)
    assert later(paused, on(1, 4)) == {CHAIN[0]}
    # A paused exercise is not decided on.
    step = hiptx.advance_programme(paused.programme, {}, today=on(2, 4))
    assert [d.exercise_id for d in step.decisions] == [CHAIN[0]]
    resumed = clam(step.programme, on(2, 4), paused=False)
    assert "Resume" in resumed.changes[0].reasons[0].message
    assert "side-lying-clam" in later(resumed, on(2, 4))
    removed = clam(resumed.programme, on(2, 4), remove=True)
    (change,) = removed.changes
    assert (change.outcome, change.to_exercise_id) == (hiptx.Outcome.STOP, None)
    assert [s.exercise_id for s in removed.programme.slots] == [CHAIN[0]]


def test_a_dose_outside_the_sources_range_carries_a_warning() -> None:
    within = hiptx.adjust_programme(
        programme(), today=on(1, 4), pattern=ADDUCTION, sets=3, by=BY, reason=WHY
    )
    assert len(within.changes[0].reasons) == 1
    outside = hiptx.adjust_programme(
        programme(), today=on(1, 4), pattern=ADDUCTION, sets=5, by=BY, reason=WHY
    )
    choice, warning = outside.changes[0].reasons
    assert choice.basis is hiptx.Basis.CLINICIAN
    assert warning.message.startswith("Warning: 5 sets is outside the source's 2-3 sets")
    assert sets_after(outside, on(1, 4)) == {5}


# --- HZ-054: a clinician's change keeps the safety rules on top -------------------------


def test_a_clinician_cannot_step_up_through_a_logged_overload() -> None:
    swollen = attrs.evolve(good(2, on(1, 2)), swelling=True)
    u = hiptx.advance_programme(
        programme(), {CHAIN[0]: [good(2, on(1, 0)), swollen, good(2, on(1, 4))]}, today=on(1, 4)
    )
    with pytest.raises(hiptx.InvalidValueError, match="never steps a patient up"):
        hiptx.adjust_programme(
            u.programme, today=on(1, 4), pattern=ADDUCTION, exercise_id=CHAIN[1], by=BY, reason=WHY
        )


def test_a_programme_a_red_flag_stopped_stays_stopped() -> None:
    stopped = hiptx.advance_programme(
        programme(), {}, today=on(1, 4), red_flags={hiptx.RedFlag.SUSPECTED_FRACTURE}
    )
    u = hiptx.adjust_programme(
        stopped.programme, today=on(2, 0), exercise_id="side-lying-clam", by=BY, reason=WHY
    )
    assert u.changes == ()
    assert u.programme.slots == ()
    assert u.referral == stopped.referral


@pytest.mark.parametrize(
    ("kwargs", "error", "field"),
    [
        ({"by": "", "reason": "x", "pattern": ADDUCTION, "sets": 2}, hiptx.InvalidValueError, "by"),
        ({"by": "x", "reason": 3, "pattern": ADDUCTION, "sets": 2}, hiptx.WrongTypeError, "reason"),
        ({"by": BY, "reason": WHY}, hiptx.InvalidValueError, "pattern"),
        (
            {"by": BY, "reason": WHY, "pattern": hiptx.MovementPattern.SQUAT, "sets": 2},
            hiptx.InvalidValueError,
            "pattern",
        ),
        (
            {"by": BY, "reason": WHY, "exercise_id": CHAIN[0]},
            hiptx.InvalidValueError,
            "exercise_id",
        ),
        ({"by": BY, "reason": WHY, "pattern": ADDUCTION, "sets": 0}, hiptx.OutOfRangeError, "sets"),
        (
            {"by": BY, "reason": WHY, "pattern": ADDUCTION, "sets": True},
            hiptx.WrongTypeError,
            "sets",
        ),
        (
            {"by": BY, "reason": WHY, "pattern": "adduction", "sets": 2},
            hiptx.WrongTypeError,
            "pattern",
        ),
    ],
)
def test_a_bad_adjustment_is_refused_naming_the_field(
    kwargs: dict[str, object], error: type[Exception], field: str
) -> None:
    with pytest.raises(error) as info:
        hiptx.adjust_programme(programme(), today=on(1, 4), **kwargs)  # type: ignore[arg-type]
    assert info.value.field == field  # type: ignore[attr-defined]


def test_a_clinician_may_override_a_restriction_on_the_record(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fake_restrictions(monkeypatch, {CHAIN[1]: None})
    u = hiptx.adjust_programme(
        programme(),
        today=on(1, 4),
        pattern=ADDUCTION,
        exercise_id=CHAIN[1],
        surgery=SURGERY,
        by=BY,
        reason=WHY,
    )
    (change,) = u.changes
    assert [r.basis for r in change.reasons] == [
        hiptx.Basis.CLINICIAN,
        hiptx.Basis.INPUT,
        hiptx.Basis.CLINICIAN,
    ]
    assert "overridden by" in change.reasons[-1].message
    assert u.programme.slots[0].exercise_id == CHAIN[1]
    assert not u.programme.slots[0].waiting


def test_an_exercise_that_names_no_pattern_needs_one() -> None:
    with pytest.raises(hiptx.InvalidValueError, match="trains here") as info:
        hiptx.adjust_programme(
            programme(), today=MONDAY, exercise_id="calf-stretch", by=BY, reason=WHY
        )
    assert info.value.field == "pattern"
    named = hiptx.adjust_programme(
        programme(),
        today=MONDAY,
        exercise_id="calf-stretch",
        pattern=hiptx.MovementPattern.FLEXION,
        by=BY,
        reason=WHY,
    )
    assert named.programme.slots[-1].patterns == (hiptx.MovementPattern.FLEXION,)


def test_a_standalone_slot_takes_another_exercise_as_a_hold() -> None:
    u = hiptx.adjust_programme(
        with_clam(), today=MONDAY, pattern=ER, exercise_id="pelvic-bridge", by=BY, reason=WHY
    )
    (change,) = u.changes
    assert (change.outcome, change.to_exercise_id) == (hiptx.Outcome.HOLD, "pelvic-bridge")


def test_a_chain_slot_set_to_a_standalone_exercise_leaves_the_chain() -> None:
    u = hiptx.adjust_programme(
        programme(),
        today=MONDAY,
        pattern=ADDUCTION,
        exercise_id="side-lying-clam",
        by=BY,
        reason=WHY,
    )
    (slot,) = u.programme.slots
    assert (slot.exercise_id, slot.progression_id, slot.patterns) == (
        "side-lying-clam",
        None,
        (ADDUCTION,),
    )
    assert u.changes[0].outcome is hiptx.Outcome.HOLD


def test_sets_for_an_exercise_without_a_dose_are_refused() -> None:
    with pytest.raises(hiptx.InvalidValueError, match="no dose") as info:
        hiptx.adjust_programme(
            with_clam(), today=MONDAY, exercise_id="side-lying-clam", sets=2, by=BY, reason=WHY
        )
    assert info.value.field == "sets"


def test_an_adjustment_checks_its_day() -> None:
    with pytest.raises(hiptx.WrongTypeError, match="today"):
        hiptx.adjust_programme(
            programme(),
            today="2025-01-06",  # type: ignore[arg-type]
            pattern=ADDUCTION,
            sets=2,
            by=BY,
            reason=WHY,
        )
    later = hiptx.advance_programme(programme(), {}, today=on(2, 0)).programme
    with pytest.raises(hiptx.InvalidValueError, match="last update") as info:
        hiptx.adjust_programme(later, today=on(1, 6), pattern=ADDUCTION, sets=2, by=BY, reason=WHY)
    assert info.value.field == "today"
