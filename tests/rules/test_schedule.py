"""build_programme (rules/schedule.py): a plan laid out as dated sessions."""

from __future__ import annotations

import datetime

import attrs
import pytest

import hiptx
from tests.support.catalogs import clinic_catalog
from tests.support.programmes import (
    ADDUCTION,
    BY,
    CHAIN,
    MONDAY,
    SURGERY,
    WHY,
    both_hips,
    fake_restrictions,
    on,
    programme,
    programme_for,
    weak,
)

START = datetime.date(2025, 1, 6)  # a Monday
WEAK = hiptx.Finding.WEAK


# --- schedules ----------------------------------------------------------------------------


def test_the_session_days_reason_names_each_weekday() -> None:
    plan = weak(ADDUCTION)
    prog = hiptx.build_programme(plan, start=MONDAY, weeks=1, sessions_per_week=7)
    days = [r.message for r in prog.reasons if r.code is hiptx.ReasonCode.SESSION_DAYS]
    assert any(
        m.startswith("Sessions on Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday:")
        for m in days
    )


def test_a_pattern_named_with_two_words_reads_as_words() -> None:
    plan = hiptx.plan_exercises(
        hiptx.Assessment(findings={hiptx.MovementPattern.INTERNAL_ROTATION: hiptx.Finding.WEAK})
    )
    prog = hiptx.build_programme(plan, start=MONDAY, weeks=1, sessions_per_week=1)
    (reason,) = [r for r in prog.reasons if r.code is hiptx.ReasonCode.NOT_SCHEDULED]
    assert reason.message.startswith("Internal rotation is not scheduled: no progression chain")


def test_a_chain_planned_for_two_patterns_is_one_slot_and_later_chains_still_count() -> None:
    plan = weak(ADDUCTION, hiptx.MovementPattern.ABDUCTION)
    adduction, abduction = sorted(plan.items, key=lambda i: i.pattern is not ADDUCTION)
    # The same chain planned again for a second pattern, with one reason of its own.
    extra = hiptx.Reason(code=hiptx.ReasonCode.IMPAIRED_PATTERN, message="Also for squatting.")
    again = attrs.evolve(
        adduction, pattern=hiptx.MovementPattern.SQUAT, reasons=(*adduction.reasons, extra)
    )
    twice = attrs.evolve(plan, items=(adduction, again, abduction))
    prog = hiptx.build_programme(twice, start=MONDAY, weeks=1, sessions_per_week=1)
    first, second = prog.slots
    assert first.patterns == (ADDUCTION, hiptx.MovementPattern.SQUAT)
    assert first.reasons == (*adduction.reasons, extra)
    assert second.progression_id == abduction.progression_id
    assert second.reasons == abduction.reasons


def test_sessions_with_the_same_dose_share_one_prescription() -> None:
    # Memory: a programme of many weeks holds one prescription per slot and dose.
    prog = programme(weeks=3)
    first_week = prog.sessions[:3]
    assert len({p.sets for s in first_week for p in s.prescriptions}) == 1
    assert first_week[0].prescriptions[0] is first_week[1].prescriptions[0]
    # The sets change only at an update, so every session shares the one.
    assert len({id(s.prescriptions[0]) for s in prog.sessions}) == 1


def test_a_programme_keeps_what_the_plan_did_not_assess() -> None:
    assessment = hiptx.Assessment(findings={ADDUCTION: hiptx.Finding.WEAK})
    plan = hiptx.plan_exercises(assessment)
    prog = hiptx.build_programme(plan, start=MONDAY, weeks=1, sessions_per_week=1)
    assert prog.not_assessed == assessment.not_assessed != ()


def test_a_dose_open_at_the_top_builds_up_from_one_set_and_stays() -> None:
    # A clinic's dose of "1 or more sets" (made up): start at 1; with no top to the
    # range, the target is its low end, so no set is added.
    cat = hiptx.load_catalog()
    base = cat.exercises["side-lying-hip-adduction"]
    assert base.dose is not None
    open_dose = attrs.evolve(base.dose, sets=hiptx.IntRange(low=1, high=None))
    own = attrs.evolve(base, dose=open_dose)
    clinic = clinic_catalog(
        exercises=tuple(own if e.id == base.id else e for e in cat.exercises.values())
    )
    plan = weak(ADDUCTION, catalog=clinic)
    prog = hiptx.build_programme(plan, start=MONDAY, weeks=3, sessions_per_week=1, catalog=clinic)
    assert [p.sets for s in prog.sessions for p in s.prescriptions] == [1, 1, 1]
    target = prog.sessions[0].prescriptions[0].target
    assert target is not None and target.startswith("1 set")


def _text_weekdays_refused() -> hiptx.WrongTypeError:
    """The error a programme of two sessions a week on weekdays given as text gets."""
    with pytest.raises(hiptx.WrongTypeError) as info:
        programme_for(ADDUCTION, weeks=1, sessions_per_week=2, weekdays="0,2")
    return info.value


def test_weekdays_given_as_text_are_refused_with_the_text() -> None:
    error = _text_weekdays_refused()
    assert (error.field, error.value) == ("weekdays", "0,2")


def test_a_programme_past_the_calendar_names_its_start() -> None:
    plan = weak(ADDUCTION)
    late = datetime.date(9999, 12, 1)
    with pytest.raises(hiptx.OutOfRangeError) as info:
        hiptx.build_programme(plan, start=late, weeks=52, sessions_per_week=1)
    assert (info.value.field, info.value.value) == ("start", late)


def test_text_weekdays_are_refused_saying_what_is_allowed() -> None:
    assert _text_weekdays_refused().expected == (
        "2 distinct weekday numbers from 0 (Monday) to 6 (Sunday), one per session a week"
    )


def test_a_plan_item_outside_its_chain_is_refused() -> None:
    plan = hiptx.plan_exercises(hiptx.Assessment(findings={hiptx.MovementPattern.ADDUCTION: WEAK}))
    (item,) = plan.items
    wrong = attrs.evolve(plan, items=(attrs.evolve(item, exercise_id="loaded-bridge"),))
    with pytest.raises(hiptx.InvalidValueError) as info:
        hiptx.build_programme(wrong, start=START, weeks=1, sessions_per_week=1)
    assert info.value.field == "plan.items[0].exercise_id"
    assert info.value.value == "loaded-bridge"
    assert "hip-adductor-strengthening" in info.value.allowed


def test_a_programme_for_both_hips_has_a_slot_per_side() -> None:
    prog = both_hips()
    assert [(s.exercise_id, s.side) for s in prog.slots] == [
        (CHAIN[0], hiptx.Side.LEFT),
        (CHAIN[0], hiptx.Side.RIGHT),
    ]
    first = prog.sessions[0].prescriptions
    assert [p.side for p in first] == [hiptx.Side.LEFT, hiptx.Side.RIGHT]
    assert first[0].text.endswith("3 times a week, left side; work up to 3 sets of 8-10 reps")


def test_the_unaffected_side_is_trained_too_where_the_source_says_so() -> None:
    squat = hiptx.MovementPattern.SQUAT
    plan = hiptx.plan_exercises(
        hiptx.Assessment(findings={squat: hiptx.Finding.WEAK}, side=hiptx.Side.RIGHT)
    )
    prog = hiptx.build_programme(plan, start=MONDAY, weeks=2, sessions_per_week=2)
    (reason,) = [r for r in prog.reasons if r.code is hiptx.ReasonCode.TRAIN_OTHER_SIDE]
    assert "unaffected side" in reason.message
    assert all("unaffected hip" in (c.quote or "") for c in reason.citations)
    # Not for both hips, and not for a chain whose source does not say it.
    assert not [r for r in both_hips().reasons if r.code is hiptx.ReasonCode.TRAIN_OTHER_SIDE]


# --- HZ-051: a clinician's start level is recorded as theirs ---------------------------


def test_a_clinicians_start_level_is_what_the_first_entry_says() -> None:
    plan = hiptx.plan_exercises(hiptx.Assessment(findings={ADDUCTION: hiptx.Finding.WEAK}))
    prog = hiptx.build_programme(
        plan,
        start=MONDAY,
        weeks=4,
        sessions_per_week=3,
        start_levels={ADDUCTION: CHAIN[2]},
        by="J. Smith, physiotherapist",
        reason="adduction strength near normal",
    )
    (slot,) = prog.slots
    assert slot.exercise_id == CHAIN[2]
    assert prog.sessions[0].prescriptions[0].exercise_id == CHAIN[2]
    codes = [r.code for r in slot.reasons]
    assert hiptx.ReasonCode.START_AT_FIRST_LEVEL not in codes
    (choice,) = [r for r in slot.reasons if r.code is hiptx.ReasonCode.CLINICIAN_CHOICE]
    assert choice.basis is hiptx.Basis.CLINICIAN
    assert "level 3 of" in choice.message
    assert "J. Smith, physiotherapist" in choice.message
    assert "adduction strength near normal" in choice.message


def test_a_clinicians_choice_needs_who_and_why_and_a_level_of_the_chain() -> None:
    plan = hiptx.plan_exercises(hiptx.Assessment(findings={ADDUCTION: hiptx.Finding.WEAK}))
    kwargs: dict[str, object] = {"start": MONDAY, "weeks": 4, "sessions_per_week": 3}
    with pytest.raises(hiptx.WrongTypeError, match="by"):
        hiptx.build_programme(plan, start_levels={ADDUCTION: CHAIN[1]}, **kwargs)  # type: ignore[arg-type]
    with pytest.raises(hiptx.InvalidValueError, match="a level of the pattern's chain"):
        hiptx.build_programme(
            plan,
            start_levels={ADDUCTION: "banded-bridge-hip-abduction"},
            by="J. Smith",
            reason="test",
            **kwargs,  # type: ignore[arg-type]
        )
    with pytest.raises(hiptx.InvalidValueError, match="a pattern the plan schedules"):
        hiptx.build_programme(
            plan,
            start_levels={hiptx.MovementPattern.SQUAT: "squat-progressed"},
            by="J. Smith",
            reason="test",
            **kwargs,  # type: ignore[arg-type]
        )


def test_a_standalone_exercise_can_be_scheduled_up_front() -> None:
    er = hiptx.MovementPattern.EXTERNAL_ROTATION
    plan = hiptx.plan_exercises(hiptx.Assessment(findings={er: hiptx.Finding.WEAK}))
    (uncovered,) = plan.uncovered
    # The plan names the clam for a clinician to consider; the clinician schedules it.
    assert uncovered.standalone_exercise_ids == ("side-lying-clam",)
    chosen = "side-lying-clam"
    prog = hiptx.build_programme(
        plan,
        start=MONDAY,
        weeks=2,
        sessions_per_week=2,
        standalone_exercises=[chosen],
        by="J. Smith",
        reason="the plan suggests it",
    )
    (slot,) = prog.slots
    assert (slot.exercise_id, slot.progression_id) == (chosen, None)
    assert slot.reasons[0].basis is hiptx.Basis.CLINICIAN


def test_a_restricted_first_exercise_waits_until_the_restriction_ends(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fake_restrictions(monkeypatch, {CHAIN[0]: on(3, 0)})
    plan = hiptx.plan_exercises(hiptx.Assessment(findings={ADDUCTION: hiptx.Finding.WEAK}))
    prog = hiptx.build_programme(plan, start=MONDAY, weeks=4, sessions_per_week=3, surgery=SURGERY)
    assert prog.sessions[0].date == on(3, 0)  # nothing scheduled before the restriction ends
    (slot,) = prog.slots
    assert (slot.waiting, slot.waiting_until) == (True, on(3, 0))
    assert any("Fake order" in r.message for r in slot.reasons)
    assert any(r.code is hiptx.ReasonCode.RESTRICTED_AFTER_SURGERY for r in prog.reasons)
    # Without an operation nothing waits.
    free = hiptx.build_programme(plan, start=MONDAY, weeks=4, sessions_per_week=3)
    assert free.sessions[0].date == MONDAY


def test_the_other_side_is_not_restricted(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_restrictions(monkeypatch, {CHAIN[0]: None})
    prog = hiptx.build_programme(
        hiptx.plan_exercises(
            hiptx.Assessment(findings={ADDUCTION: hiptx.Finding.WEAK}, side=hiptx.Side.BOTH)
        ),
        start=MONDAY,
        weeks=2,
        sessions_per_week=3,
        surgery=SURGERY,
    )
    assert [p.side for p in prog.sessions[0].prescriptions] == [hiptx.Side.RIGHT]


def test_a_standalone_exercise_in_a_one_sided_programme_gets_no_other_side_note() -> None:
    plan = hiptx.plan_exercises(
        hiptx.Assessment(findings={ADDUCTION: hiptx.Finding.WEAK}, side=hiptx.Side.LEFT)
    )
    prog = hiptx.build_programme(
        plan,
        start=MONDAY,
        weeks=2,
        sessions_per_week=2,
        standalone_exercises=["side-lying-clam"],
        by=BY,
        reason=WHY,
    )
    assert [s.side for s in prog.slots] == [hiptx.Side.LEFT, hiptx.Side.LEFT]
    assert not [r for r in prog.reasons if r.code is hiptx.ReasonCode.TRAIN_OTHER_SIDE]


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"start_levels": [ADDUCTION]}, "start_levels"),
        ({"standalone_exercises": "side-lying-clam"}, "standalone_exercises"),
        ({"side": "left"}, "side"),
        ({"surgery": "hip"}, "surgery"),
    ],
)
def test_build_programme_checks_the_new_arguments(kwargs: dict[str, object], field: str) -> None:
    plan = hiptx.plan_exercises(hiptx.Assessment(findings={ADDUCTION: hiptx.Finding.WEAK}))
    with pytest.raises(hiptx.WrongTypeError) as info:
        hiptx.build_programme(plan, start=MONDAY, weeks=2, sessions_per_week=2, **kwargs)  # type: ignore[arg-type]
    assert info.value.field == field
