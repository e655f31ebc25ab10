"""Edges of the course-of-care rules: holds, standalone exercises, bad arguments."""

from __future__ import annotations

import datetime

import attrs
import pytest

import hiptx
from tests.support.programmes import (
    ADDUCTION,
    BY,
    CHAIN,
    SURGERY,
    WHY,
    fake_restrictions,
    good,
    on,
    programme,
    week_of,
)

MONDAY = on(1, 0)
ER = hiptx.MovementPattern.EXTERNAL_ROTATION


def with_clam() -> hiptx.Programme:
    return hiptx.adjust_programme(
        programme(), today=MONDAY, exercise_id="side-lying-clam", by=BY, reason=WHY
    ).programme


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


def test_a_hold_dosed_exercise_builds_up_by_its_hold_seconds() -> None:
    # The front plank: 3 sets of 20-30 s holds (trunk endurance).
    plan = hiptx.plan_exercises(hiptx.Assessment(findings={ADDUCTION: hiptx.Finding.WEAK}))
    prog = hiptx.build_programme(
        plan,
        start=MONDAY,
        weeks=4,
        sessions_per_week=3,
        standalone_exercises=["front-plank"],
        by=BY,
        reason=WHY,
    )
    plank = prog.slot_for("front-plank")
    assert plank.build_up_sets == 3

    def hold(seconds: int, day: datetime.date) -> hiptx.SessionRecord:
        return hiptx.SessionRecord(
            sets=3, hold_seconds=seconds, pain_during=1, pain_after_24h=1, date=day
        )

    short = [hold(10, on(1, d)) for d in (0, 2, 4)]
    u = hiptx.advance_programme(prog, {"front-plank": short}, today=on(1, 4))
    # Holds below the source's 20 s are not the dose: nothing changes.
    assert u.programme.slot_for("front-plank") == plank
    full = [hold(25, on(2, d)) for d in (0, 2, 4)]
    u = hiptx.advance_programme(u.programme, {"front-plank": full}, today=on(2, 4))
    # At the top of its range already, and outside any chain: made harder, restarted.
    assert u.decision_for("front-plank").outcome is hiptx.Outcome.PROGRESS
    assert u.programme.slot_for("front-plank").since == on(3, 0)


def test_a_clean_late_session_at_a_past_level_holds_nothing() -> None:
    u = hiptx.advance_programme(programme(), {CHAIN[0]: week_of(3, 1)}, today=on(1, 4))
    late = good(3, on(1, 3))
    u = hiptx.advance_programme(
        u.programme, {CHAIN[0]: [late], CHAIN[1]: week_of(2, 2)}, today=on(2, 4)
    )
    assert u.programme.slots[0].build_up_sets == 3
    assert not u.programme.slots[0].build_up_paused


def test_a_step_back_into_a_restricted_exercise_waits(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_restrictions(monkeypatch, {CHAIN[0]: on(4, 0)})
    u = hiptx.advance_programme(programme(), {CHAIN[0]: week_of(3, 1)}, today=on(1, 4))
    monkeypatch.undo()
    assert u.programme.slots[0].exercise_id == CHAIN[1]
    fake_restrictions(monkeypatch, {CHAIN[0]: on(4, 0)})
    sharp = attrs.evolve(good(3, on(2, 4)), sharp_pain=True)
    u = hiptx.advance_programme(
        u.programme, {CHAIN[1]: [good(2, on(2, 0)), sharp]}, today=on(2, 4), surgery=SURGERY
    )
    (change,) = u.changes
    assert change.outcome is hiptx.Outcome.REGRESS
    assert change.reasons[-1].code is hiptx.ReasonCode.RESTRICTED_AFTER_SURGERY
    (slot,) = u.programme.slots
    assert (slot.exercise_id, slot.waiting, slot.waiting_until) == (CHAIN[0], True, on(4, 0))
    later = [s.date for s in u.programme.sessions if s.date > on(2, 4)]
    assert later[0] == on(4, 0)


def test_slot_for_checks_the_side() -> None:
    with pytest.raises(hiptx.WrongTypeError, match="side"):
        programme().slot_for(ADDUCTION, "left")  # type: ignore[arg-type]


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


def test_a_rate_without_any_figure_is_refused() -> None:
    # Pinned here so the coverage gate does not rest on what the catalog fuzzer draws.
    cite = (hiptx.Citation(source_id="physio-network-kemp", locator="x"),)
    with pytest.raises(hiptx.InvalidValueError, match="an estimate, a low-high range, or both"):
        hiptx.Rate(population="p", strength=hiptx.EvidenceStrength.HIGH, citations=cite)
