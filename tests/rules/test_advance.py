"""A programme over a course of care: its own log, and a build-up that follows tolerance.

Each test pins one hazard of ``docs/safety.md`` (HZ-041 onwards): it fails when the
mitigation is taken away.
"""

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
    both_hips,
    fake_restrictions,
    good,
    on,
    programme,
    sets_after,
    week_of,
)

# --- HZ-041: an overload is not forgotten between updates ------------------------------


def test_an_overload_logged_in_an_earlier_update_still_blocks_progress() -> None:
    # The case: week 1 swelling on day 2 (later sessions fine), week 3 three
    # good sessions sent on their own: the programme's log still holds the overload.
    swollen = attrs.evolve(good(2, on(1, 2)), swelling=True)
    week1 = [good(2, on(1, 0)), swollen, good(2, on(1, 4))]
    u = hiptx.advance_programme(programme(), {CHAIN[0]: week1}, today=on(1, 4))
    assert u.decision_for(CHAIN[0]).outcome is hiptx.Outcome.HOLD
    u = hiptx.advance_programme(u.programme, {CHAIN[0]: week_of(3, 3)}, today=on(3, 4))
    decision = u.decision_for(CHAIN[0])
    assert decision.outcome is hiptx.Outcome.HOLD
    assert hiptx.ReasonCode.OVERLOAD_IN_HISTORY in {r.code for r in decision.reasons}
    assert [s.exercise_id for s in u.programme.slots] == [CHAIN[0]]


def test_an_overload_arriving_an_update_late_still_counts_at_its_level() -> None:
    u = hiptx.advance_programme(programme(), {CHAIN[0]: week_of(2, 1)[:2]}, today=on(1, 4))
    # The Friday session (sharp pain) arrives with week 2's sessions.
    sharp = attrs.evolve(good(3, on(1, 4)), sharp_pain=True)
    u = hiptx.advance_programme(u.programme, {CHAIN[0]: [sharp, *week_of(3, 2)]}, today=on(2, 4))
    assert u.decision_for(CHAIN[0]).outcome is hiptx.Outcome.HOLD
    assert [s.exercise_id for s in u.programme.slots] == [CHAIN[0]]


def test_a_late_overload_at_a_past_level_stops_the_next_step_up() -> None:
    u = hiptx.advance_programme(programme(), {CHAIN[0]: week_of(3, 1)}, today=on(1, 4))
    assert u.programme.slots[0].exercise_id == CHAIN[1]
    # Week 2 at level 2 reaches its target, but a session from week 1 at level 1,
    # sent late, showed overload: no further step up at this update.
    late = attrs.evolve(good(3, on(1, 3)), hot_joint=True)
    u = hiptx.advance_programme(
        u.programme, {CHAIN[0]: [late], CHAIN[1]: week_of(3, 2)}, today=on(2, 4)
    )
    assert u.decision_for(CHAIN[1]).outcome is hiptx.Outcome.HOLD
    assert u.programme.slots[0].exercise_id == CHAIN[1]
    assert u.programme.slots[0].build_up_paused


# --- HZ-042: the build-up follows tolerance, not the calendar --------------------------


def test_nothing_logged_adds_no_set() -> None:
    prog = programme()
    u = hiptx.advance_programme(prog, {}, today=MONDAY + datetime.timedelta(days=6))
    assert u.changes == ()
    assert sets_after(u, MONDAY) == {2}


def test_a_week_below_the_dose_adds_no_set() -> None:
    # 1 set x 5 reps all week: below the current 2 sets x 8-10 reps.
    low = [good(1, on(1, d), reps=5) for d in (0, 2, 4)]
    u = hiptx.advance_programme(programme(), {CHAIN[0]: low}, today=on(1, 4))
    assert u.changes == ()
    assert sets_after(u, on(1, 4)) == {2}


def test_a_week_at_the_dose_within_the_ceiling_adds_one_set() -> None:
    u = hiptx.advance_programme(programme(), {CHAIN[0]: week_of(2, 1)}, today=on(1, 4))
    (change,) = u.changes
    assert change.reasons[0].code is hiptx.ReasonCode.BUILD_UP
    assert change.reasons[0].basis is hiptx.Basis.HIPTX_DEFAULT
    assert sets_after(u, on(1, 4)) == {3}


def test_fewer_sessions_than_a_week_s_worth_add_no_set() -> None:
    u = hiptx.advance_programme(programme(), {CHAIN[0]: week_of(2, 1)[:2]}, today=on(1, 4))
    assert sets_after(u, on(1, 4)) == {2}


# --- HZ-043: a held build-up resumes by a rule that can be met ------------------------


def test_a_settled_painful_session_does_not_freeze_an_all_sessions_log() -> None:
    sore = hiptx.SessionRecord(sets=2, reps=10, pain_during=5, pain_after_24h=2, date=on(1, 0))
    log = [sore, good(2, on(1, 2)), good(2, on(1, 4))]
    u = hiptx.advance_programme(programme(), {CHAIN[0]: log}, today=on(1, 4))
    assert u.programme.slots[0].build_up_paused
    reason = u.changes[0].reasons[0]
    assert f"from {on(1, 1)} on" in reason.message
    # The app sends its whole log each time: the painful session stays in it.
    log += week_of(2, 2)
    u = hiptx.advance_programme(u.programme, {CHAIN[0]: log}, today=on(2, 4))
    assert not u.programme.slots[0].build_up_paused
    log += week_of(2, 3)
    u = hiptx.advance_programme(u.programme, {CHAIN[0]: log}, today=on(3, 4))
    assert sets_after(u, on(3, 4)) == {3}


# --- HZ-044: no change of level while the build-up is held after pain ------------------


def test_no_progress_while_the_build_up_is_held_after_pain() -> None:
    # The target reached on Friday, but Wednesday hurt above the ceiling (settled).
    sore = hiptx.SessionRecord(sets=3, reps=10, pain_during=6, pain_after_24h=1, date=on(1, 2))
    log = [good(3, on(1, 0)), sore, good(3, on(1, 4))]
    alone = hiptx.check_progression(CHAIN[0], log)
    assert alone.outcome is hiptx.Outcome.PROGRESS  # the single decision allows it
    u = hiptx.advance_programme(programme(), {CHAIN[0]: log}, today=on(1, 4))
    decision = u.decision_for(CHAIN[0])
    assert decision.outcome is hiptx.Outcome.HOLD
    assert decision.reasons[-1].code is hiptx.ReasonCode.BUILD_UP_PAUSED
    assert u.programme.slots[0].exercise_id == CHAIN[0]


# --- HZ-045: stale and impossible logs are refused ------------------------------------


@pytest.mark.parametrize(
    ("day", "allowed"),
    [
        (MONDAY - datetime.timedelta(days=365), "on or after the programme's start"),
        (MONDAY - datetime.timedelta(days=1), "on or after the programme's start"),
        (on(1, 5), "on or before today"),
    ],
)
def test_a_session_outside_the_programme_is_refused(day: datetime.date, allowed: str) -> None:
    with pytest.raises(hiptx.InvalidValueError, match=allowed) as info:
        hiptx.advance_programme(programme(), {CHAIN[0]: [good(2, day)]}, today=on(1, 4))
    assert info.value.field == f"log[{CHAIN[0]!r}][0].date"


def test_a_session_before_the_current_exercise_began_is_refused() -> None:
    u = hiptx.advance_programme(programme(), {CHAIN[0]: week_of(3, 1)}, today=on(1, 4))
    assert u.programme.slots[0].since == on(2, 0)
    with pytest.raises(hiptx.InvalidValueError, match="when this exercise began"):
        hiptx.advance_programme(u.programme, {CHAIN[1]: [good(2, on(1, 4))]}, today=on(2, 4))


def test_an_undated_session_is_refused() -> None:
    undated = hiptx.SessionRecord(sets=3, reps=10, pain_during=1, pain_after_24h=1)
    with pytest.raises(hiptx.InvalidValueError, match="dated log"):
        hiptx.advance_programme(programme(), {CHAIN[0]: [undated]}, today=on(1, 4))


def test_a_today_earlier_than_the_last_update_is_refused() -> None:
    u = hiptx.advance_programme(programme(), {}, today=on(2, 0))
    with pytest.raises(hiptx.InvalidValueError, match="last update") as info:
        hiptx.advance_programme(u.programme, {}, today=on(1, 6))
    assert info.value.field == "today"
    # The same day again is not earlier.
    hiptx.advance_programme(u.programme, {}, today=on(2, 0))


def test_a_log_entry_needs_its_date() -> None:
    with pytest.raises(hiptx.InvalidValueError, match=r"/session/date"):
        hiptx.LoggedSession(
            exercise_id=CHAIN[0],
            session=hiptx.SessionRecord(sets=1, reps=1, pain_during=0, pain_after_24h=0),
        )


# --- HZ-046: however the app sends the log, the same programme --------------------------


def test_repeats_and_the_whole_log_count_each_session_once() -> None:
    only_new = hiptx.advance_programme(programme(), {CHAIN[0]: week_of(2, 1)}, today=on(1, 4))
    twice = hiptx.advance_programme(programme(), {CHAIN[0]: week_of(2, 1) * 2}, today=on(1, 4))
    assert twice == only_new
    again = hiptx.advance_programme(only_new.programme, {CHAIN[0]: week_of(2, 1)}, today=on(1, 6))
    # Sent again, the week is not a second week's worth: no second set added.
    assert again.changes == ()
    assert len(again.programme.log) == 3


def test_the_whole_log_may_name_exercises_the_programme_used_before() -> None:
    u = hiptx.advance_programme(programme(), {CHAIN[0]: week_of(3, 1)}, today=on(1, 4))
    whole = {CHAIN[0]: week_of(3, 1), CHAIN[1]: week_of(2, 2)}
    v = hiptx.advance_programme(u.programme, whole, today=on(2, 4))
    w = hiptx.advance_programme(u.programme, {CHAIN[1]: week_of(2, 2)}, today=on(2, 4))
    assert v == w


def test_sessions_at_the_current_level_are_the_decisions_input() -> None:
    u = hiptx.advance_programme(programme(), {CHAIN[0]: week_of(3, 1)}, today=on(1, 4))
    u = hiptx.advance_programme(u.programme, {CHAIN[1]: week_of(2, 2)}, today=on(2, 4))
    prog = u.programme
    assert prog.sessions_at_current_level(ADDUCTION) == tuple(week_of(2, 2))
    assert prog.sessions_at_current_level(CHAIN[1]) == tuple(week_of(2, 2))
    assert len(prog.log) == 6
    with pytest.raises(hiptx.InvalidValueError, match="current slot"):
        prog.sessions_at_current_level(CHAIN[0])
    with pytest.raises(hiptx.InvalidValueError, match="side"):
        prog.sessions_at_current_level(ADDUCTION, side=hiptx.Side.LEFT)


def test_sessions_sent_out_of_date_order_are_read_in_date_order() -> None:
    sore_last = hiptx.SessionRecord(
        sets=3, reps=10, pain_during=2, pain_after_24h=2, sharp_pain=True, date=on(1, 4)
    )
    # The sharp-pain session is the latest by date, though sent first: a regress
    # (a STOP at the first level), not a hold after an earlier overload.
    log = [sore_last, good(3, on(1, 0)), good(3, on(1, 2))]
    u = hiptx.advance_programme(programme(), {CHAIN[0]: log}, today=on(1, 4))
    assert u.decision_for(CHAIN[0]).outcome is hiptx.Outcome.STOP
    assert [e.session.date for e in u.programme.log] == [on(1, 0), on(1, 2), on(1, 4)]


# --- HZ-047: a progress at the top of a chain shows in the programme -------------------


def test_a_progress_at_the_top_of_a_chain_is_a_recorded_change() -> None:
    prog = programme()
    top = attrs.evolve(prog.slots[0], exercise_id=CHAIN[3])
    prog = attrs.evolve(prog, slots=(top,))
    plank = hiptx.load_catalog().exercises[CHAIN[3]]
    assert plank.dose is not None
    uses_reps = plank.dose.reps is not None

    def done(day: datetime.date) -> hiptx.SessionRecord:
        amount = {"reps": 10} if uses_reps else {"hold_seconds": 30}
        return hiptx.SessionRecord(
            sets=3,
            pain_during=1,
            pain_after_24h=1,
            date=day,
            **amount,  # type: ignore[arg-type]
        )

    u = hiptx.advance_programme(
        prog, {CHAIN[3]: [done(on(1, d)) for d in (0, 2, 4)]}, today=on(1, 4)
    )
    (change,) = u.changes
    assert change.outcome is hiptx.Outcome.PROGRESS
    assert change.from_exercise_id == change.to_exercise_id == CHAIN[3]
    assert hiptx.ReasonCode.TOP_OF_CHAIN in {r.code for r in change.reasons}
    (slot,) = u.programme.slots
    # The made-harder exercise is a new level: the sessions before it no longer count.
    assert slot.since == on(2, 0)
    assert u.programme.sessions_at_current_level(CHAIN[3]) == ()
    assert u.programme.history == (change,)


# --- HZ-048: pain the next day above the baseline blocks progress --------------------

NEXT_DAY_VECTORS = [
    # (pain_before, during, next day, progresses, rationale)
    (None, 0, 3, False, "the issue's case: 0/10 during, 3/10 the next day"),
    (None, 2, 3, False, "up from during, still within the ceiling"),
    (None, 3, 3, True, "no higher than during"),
    (None, 3, 2, True, "lower the next day"),
    (1, 2, 2, False, "above the resting pain before the session"),
    (3, 1, 3, True, "back to the resting pain before the session"),
    (2, 3, 2, True, "at the resting pain before, below during"),
    (0, 0, 1, False, "any rise over the baseline"),
]


@pytest.mark.parametrize(("before", "during", "after", "progresses", "why"), NEXT_DAY_VECTORS)
def test_next_day_pain_above_the_baseline_holds(
    before: int | None, during: int, after: int, progresses: bool, why: str
) -> None:
    session = hiptx.SessionRecord(
        sets=3, reps=10, pain_during=during, pain_after_24h=after, pain_before=before
    )
    d = hiptx.check_progression("standing-banded-hip-adduction", [session])
    assert (d.outcome is hiptx.Outcome.PROGRESS) is progresses, why
    increased = [r for r in d.reasons if r.code is hiptx.ReasonCode.PAIN_INCREASED_NEXT_DAY]
    assert bool(increased) is not progresses, why
    for reason in increased:
        assert {c.source_id for c in reason.citations} == {"my-hip-exercise-melbourne"}
        assert "My Hip Exercise" in reason.message


def test_pain_before_is_checked_like_the_other_scores() -> None:
    with pytest.raises(hiptx.OutOfRangeError, match="pain_before"):
        hiptx.SessionRecord(sets=1, reps=1, pain_during=0, pain_after_24h=0, pain_before=11)


# --- HZ-049: every HOLD after pain says whose advice it is -----------------------------


@pytest.mark.parametrize("during", [4, 5, 6])
def test_a_hold_after_pain_above_the_ceiling_says_whose_advice_each_reason_is(
    during: int,
) -> None:
    session = hiptx.SessionRecord(sets=3, reps=10, pain_during=during, pain_after_24h=1)
    d = hiptx.check_progression("standing-banded-hip-adduction", [session])
    assert d.outcome is hiptx.Outcome.HOLD
    why = [
        r
        for r in d.reasons
        if r.code in {hiptx.ReasonCode.PAIN_ABOVE_CEILING, hiptx.ReasonCode.NEXT_STEP}
    ]
    assert len(why) == 2
    for reason in why:
        # Cited reasons name their source in the sentence; the rest are hiptx's own.
        if reason.basis is hiptx.Basis.HIPTX_DEFAULT:
            assert "hiptx's own" in reason.message
        else:
            assert reason.basis is hiptx.Basis.SOURCES, reason
            assert any(name in reason.message for name in ("Physio Network", "My Hip Exercise")), (
                reason.message
            )


def sided(sessions: list[hiptx.SessionRecord], side: hiptx.Side) -> list[hiptx.SessionRecord]:
    return [attrs.evolve(s, side=side) for s in sessions]


def test_a_programme_for_both_hips_has_a_slot_per_side() -> None:
    prog = both_hips()
    assert [(s.exercise_id, s.side) for s in prog.slots] == [
        (CHAIN[0], hiptx.Side.LEFT),
        (CHAIN[0], hiptx.Side.RIGHT),
    ]
    first = prog.sessions[0].prescriptions
    assert [p.side for p in first] == [hiptx.Side.LEFT, hiptx.Side.RIGHT]
    assert first[0].text.endswith("3 times a week, left side; work up to 3 sets of 8-10 reps")


def test_a_log_for_one_side_never_moves_the_other() -> None:
    log = {CHAIN[0]: sided(week_of(3, 1), hiptx.Side.LEFT)}
    u = hiptx.advance_programme(both_hips(), log, today=on(1, 4))
    left = u.programme.slot_for(ADDUCTION, hiptx.Side.LEFT)
    right = u.programme.slot_for(ADDUCTION, hiptx.Side.RIGHT)
    assert (left.exercise_id, right.exercise_id) == (CHAIN[1], CHAIN[0])
    assert u.decision_for(CHAIN[0], hiptx.Side.RIGHT).outcome is hiptx.Outcome.HOLD
    assert [c.side for c in u.changes] == [hiptx.Side.LEFT]
    assert u.programme.sessions_at_current_level(ADDUCTION, hiptx.Side.RIGHT) == ()


def test_an_overload_on_one_side_holds_that_side_only() -> None:
    swollen = attrs.evolve(good(3, on(1, 2)), swelling=True)
    left = sided([good(3, on(1, 0)), swollen, good(3, on(1, 4))], hiptx.Side.LEFT)
    right = sided(week_of(3, 1), hiptx.Side.RIGHT)
    u = hiptx.advance_programme(both_hips(), {CHAIN[0]: left + right}, today=on(1, 4))
    assert u.programme.slot_for(ADDUCTION, hiptx.Side.LEFT).exercise_id == CHAIN[0]
    assert u.programme.slot_for(ADDUCTION, hiptx.Side.RIGHT).exercise_id == CHAIN[1]


@pytest.mark.parametrize(
    ("side", "allowed"),
    [(None, "LEFT or RIGHT"), (hiptx.Side.BOTH, "LEFT or RIGHT")],
)
def test_a_session_for_both_hips_must_say_its_side(side: hiptx.Side | None, allowed: str) -> None:
    session = attrs.evolve(good(2, on(1, 0)), side=side)
    with pytest.raises(hiptx.InvalidValueError, match=allowed) as info:
        hiptx.advance_programme(both_hips(), {CHAIN[0]: [session]}, today=on(1, 4))
    assert info.value.field == f"log[{CHAIN[0]!r}][0].side"


def test_a_side_is_refused_where_the_programme_tracks_none_or_another() -> None:
    with pytest.raises(hiptx.InvalidValueError, match="does not track sides"):
        hiptx.advance_programme(
            programme(), {CHAIN[0]: sided([good(2, on(1, 0))], hiptx.Side.LEFT)}, today=on(1, 4)
        )
    plan = hiptx.plan_exercises(
        hiptx.Assessment(findings={ADDUCTION: hiptx.Finding.WEAK}, side=hiptx.Side.LEFT)
    )
    left_only = hiptx.build_programme(plan, start=MONDAY, weeks=4, sessions_per_week=3)
    with pytest.raises(hiptx.InvalidValueError, match="this programme's side"):
        hiptx.advance_programme(
            left_only, {CHAIN[0]: sided([good(2, on(1, 0))], hiptx.Side.RIGHT)}, today=on(1, 4)
        )
    # A session that does not say its side belongs to the programme's one side.
    u = hiptx.advance_programme(left_only, {CHAIN[0]: week_of(2, 1)}, today=on(1, 4))
    assert u.programme.slots[0].build_up_sets == 3


def test_a_both_sides_programme_asks_which_side() -> None:
    with pytest.raises(hiptx.InvalidValueError, match="tracks each side"):
        both_hips().sessions_at_current_level(ADDUCTION)


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


WHO = {"by": BY, "reason": WHY}


def _clinician(change: hiptx.ProgrammeChange) -> hiptx.Reason:
    first = change.reasons[0]
    assert first.basis is hiptx.Basis.CLINICIAN
    assert BY in first.message and WHY in first.message
    return first


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
    u = hiptx.adjust_programme(
        programme(), today=on(1, 4), exercise_id="side-lying-clam", by=BY, reason=WHY
    )
    assert [s.exercise_id for s in u.programme.slots] == [CHAIN[0], "side-lying-clam"]
    assert u.programme.slots[1].progression_id is None
    _clinician(u.changes[0])
    paused = hiptx.adjust_programme(
        u.programme, today=on(1, 4), exercise_id="side-lying-clam", paused=True, by=BY, reason=WHY
    )
    later = [
        p.exercise_id
        for s in paused.programme.sessions
        if s.date > on(1, 4)
        for p in s.prescriptions
    ]
    assert set(later) == {CHAIN[0]}
    # A paused exercise is not decided on.
    step = hiptx.advance_programme(paused.programme, {}, today=on(2, 4))
    assert [d.exercise_id for d in step.decisions] == [CHAIN[0]]
    resumed = hiptx.adjust_programme(
        step.programme,
        today=on(2, 4),
        exercise_id="side-lying-clam",
        paused=False,
        by=BY,
        reason=WHY,
    )
    assert "Resume" in resumed.changes[0].reasons[0].message
    assert "side-lying-clam" in {
        p.exercise_id
        for s in resumed.programme.sessions
        if s.date > on(2, 4)
        for p in s.prescriptions
    }
    removed = hiptx.adjust_programme(
        resumed.programme,
        today=on(2, 4),
        exercise_id="side-lying-clam",
        remove=True,
        by=BY,
        reason=WHY,
    )
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


def test_no_step_up_into_a_restricted_exercise_and_the_wait_lifts(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fake_restrictions(monkeypatch, {CHAIN[1]: on(3, 0)})
    u = hiptx.advance_programme(
        programme(), {CHAIN[0]: week_of(3, 1)}, today=on(1, 4), surgery=SURGERY
    )
    decision = u.decision_for(CHAIN[0])
    assert decision.outcome is hiptx.Outcome.HOLD
    assert decision.reasons[-1].code is hiptx.ReasonCode.RESTRICTED_AFTER_SURGERY
    assert u.programme.slots[0].exercise_id == CHAIN[0]
    # After the restriction ends the same sessions step up.
    later = hiptx.advance_programme(
        u.programme, {CHAIN[0]: week_of(3, 2)}, today=on(2, 6), surgery=SURGERY
    )
    assert later.programme.slots[0].exercise_id == CHAIN[1]


def test_a_current_exercise_restricted_later_waits_then_is_scheduled_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fake_restrictions(monkeypatch, {CHAIN[0]: None})
    u = hiptx.advance_programme(programme(), {}, today=on(1, 4), surgery=SURGERY)
    (change,) = u.changes
    assert change.reasons[-1].code is hiptx.ReasonCode.RESTRICTED_AFTER_SURGERY
    assert "no known end" in change.reasons[-1].message
    assert [s.date for s in u.programme.sessions] == [on(1, 0), on(1, 2), on(1, 4)]
    monkeypatch.undo()
    lifted = hiptx.advance_programme(u.programme, {}, today=on(2, 4), surgery=SURGERY)
    assert "no longer restricts" in lifted.changes[0].reasons[-1].message
    assert not lifted.programme.slots[0].waiting
    assert lifted.programme.sessions[-1].date == on(8, 4)


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


# --- HZ-056: a hot or swollen joint asks about fever and feeling unwell -----------------


@pytest.mark.parametrize("signs", [{"hot_joint": True}, {"swelling": True}])
def test_a_hot_or_swollen_joint_asks_about_fever_naming_the_red_flag(
    signs: dict[str, bool],
) -> None:
    session = hiptx.SessionRecord(sets=3, reps=10, pain_during=1, pain_after_24h=1, **signs)  # type: ignore[arg-type]
    assessment = hiptx.classify_pain(session)
    (check,) = [r for r in assessment.reasons if r.code is hiptx.ReasonCode.CHECK_FOR_INFECTION]
    assert check.basis is hiptx.Basis.HIPTX_DEFAULT
    assert "fever" in check.message and "unwell" in check.message
    assert hiptx.RedFlag.SUSPECTED_INFECTION.value in check.message
    assert hiptx.check_red_flags({hiptx.RedFlag.SUSPECTED_INFECTION}).urgent
    # Sharp pain alone asks nothing of the kind.
    sharp = attrs.evolve(session, hot_joint=False, swelling=False, sharp_pain=True)
    codes = {r.code for r in hiptx.classify_pain(sharp).reasons}
    assert hiptx.ReasonCode.CHECK_FOR_INFECTION not in codes


def test_the_hot_or_swollen_statement_says_no_more_than_its_quote() -> None:
    statement = hiptx.load_catalog().rules.hot_or_swollen_joint
    assert "load was too much" not in statement.text
    assert "not supposed to be hot or swollen after exercise or activity" in statement.text


# --- HZ-057: sessions are read in date order -------------------------------------------


def test_check_progression_reads_dated_sessions_in_date_order() -> None:
    sharp = attrs.evolve(good(3, on(1, 4)), sharp_pain=True)
    d = hiptx.check_progression(CHAIN[1], [sharp, good(3, on(1, 0)), good(3, on(1, 2))])
    # The sharp session is the latest: a step back, not a hold after an earlier one.
    assert d.outcome is hiptx.Outcome.REGRESS
    assert d.reasons[-1].code is hiptx.ReasonCode.SESSIONS_SORTED
    in_order = hiptx.check_progression(CHAIN[1], [good(3, on(1, 0)), good(3, on(1, 2)), sharp])
    assert in_order.outcome is hiptx.Outcome.REGRESS
    assert hiptx.ReasonCode.SESSIONS_SORTED not in {r.code for r in in_order.reasons}


# --- HZ-058: steps the sources reserve for athletes ----------------------------------


def test_the_athletes_step_is_offered_only_to_an_athlete() -> None:
    done = hiptx.SessionRecord(sets=3, reps=10, pain_during=1, pain_after_24h=1)
    usual = hiptx.check_progression("standing-hip-flexion", [done])
    assert (usual.outcome, usual.next_exercise_id) == (
        hiptx.Outcome.PROGRESS,
        "standing-hip-flexion",
    )
    (top,) = [r for r in usual.reasons if r.code is hiptx.ReasonCode.TOP_OF_CHAIN]
    assert "for athletes" in top.message
    assert any("For athletes" in (c.quote or "") for c in top.citations)
    athlete = hiptx.check_progression("standing-hip-flexion", [done], athlete=True)
    assert athlete.next_exercise_id == "plank-with-hip-extension"
    with pytest.raises(hiptx.WrongTypeError, match="athlete"):
        hiptx.check_progression("standing-hip-flexion", [done], athlete="yes")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("athlete", "expected"), [(False, "standing-hip-flexion"), (True, "plank-with-hip-extension")]
)
def test_a_programme_steps_into_the_athletes_step_only_for_an_athlete(
    athlete: bool, expected: str
) -> None:
    flexion = hiptx.MovementPattern.FLEXION
    plan = hiptx.plan_exercises(hiptx.Assessment(findings={flexion: hiptx.Finding.WEAK}))
    prog = hiptx.build_programme(
        plan,
        start=MONDAY,
        weeks=4,
        sessions_per_week=3,
        start_levels={flexion: "standing-hip-flexion"},
        by=BY,
        reason=WHY,
        athlete=athlete,
    )
    u = hiptx.advance_programme(prog, {"standing-hip-flexion": week_of(3, 1)}, today=on(1, 4))
    assert u.programme.slots[0].exercise_id == expected


def test_only_the_last_steps_of_a_chain_can_be_for_athletes() -> None:
    chain = hiptx.load_catalog().progressions["hip-flexor-strengthening"]
    with pytest.raises(hiptx.InvalidValueError, match="athlete_only_ids"):
        attrs.evolve(chain, athlete_only_ids=("supine-hip-flexion",))


# --- HZ-059: severe pain during a session reduces the load -------------------------------


@pytest.mark.parametrize(("during", "outcome"), [(6, "hold"), (7, "regress"), (10, "regress")])
def test_severe_pain_during_reduces_the_load(during: int, outcome: str) -> None:
    session = hiptx.SessionRecord(sets=3, reps=10, pain_during=during, pain_after_24h=1)
    d = hiptx.check_progression("standing-banded-hip-adduction", [session])
    assert str(d.outcome) == outcome
    severe = [r for r in d.reasons if r.code is hiptx.ReasonCode.SEVERE_PAIN]
    assert bool(severe) is (outcome == "regress")
    for reason in severe:
        assert reason.basis is hiptx.Basis.HIPTX_DEFAULT
        assert "hiptx's own default" in reason.message


def test_the_severe_pain_threshold_is_data_a_catalog_may_change() -> None:
    catalog = hiptx.load_catalog()
    rules = catalog.rules
    assert rules.severe_pain_during is not None
    assert rules.severe_pain_during.value == 7
    lenient = attrs.evolve(
        rules, severe_pain_during=attrs.evolve(rules.severe_pain_during, value=9)
    )
    session = hiptx.SessionRecord(sets=3, reps=10, pain_during=8, pain_after_24h=1)
    assert hiptx.classify_pain(session).response is hiptx.PainResponse.OVERLOAD
    assert hiptx.classify_pain(session, rules=lenient).response is hiptx.PainResponse.ABOVE_CEILING
    unset = attrs.evolve(rules, severe_pain_during=None)
    assert hiptx.classify_pain(session, rules=unset).response is hiptx.PainResponse.ABOVE_CEILING
    with pytest.raises(hiptx.OutOfRangeError, match="severe_pain_during"):
        attrs.evolve(rules, severe_pain_during=hiptx.DefaultThreshold(value=11, text="x"))


@pytest.mark.parametrize(
    ("exercise_id", "quote"),
    [
        ("copenhagen-plank", "initially using isometrics with a shorter lever arm"),
        ("plank-with-hip-extension", "high load isometric"),
    ],
)
def test_the_isometric_planks_are_dosed_in_holds_with_the_quote(
    exercise_id: str, quote: str
) -> None:
    dose = hiptx.load_catalog().exercises[exercise_id].dose
    assert dose is not None
    assert (dose.reps, dose.hold_seconds) == (None, hiptx.IntRange(20, 30))
    assert any(quote in (c.quote or "") for c in dose.citations)
    held = hiptx.SessionRecord(sets=3, hold_seconds=30, pain_during=1, pain_after_24h=1)
    assert hiptx.check_progression(exercise_id, [held]).outcome is hiptx.Outcome.PROGRESS


def test_a_session_for_a_level_the_side_never_used_is_refused() -> None:
    # The left steps up to level 2; the right stays at level 1.
    u = hiptx.advance_programme(
        both_hips(), {CHAIN[0]: sided(week_of(3, 1), hiptx.Side.LEFT)}, today=on(1, 4)
    )
    right_at_two = sided([good(2, on(2, 0))], hiptx.Side.RIGHT)
    with pytest.raises(hiptx.InvalidValueError, match="the right side's current exercises") as info:
        hiptx.advance_programme(u.programme, {CHAIN[1]: right_at_two}, today=on(2, 4))
    assert info.value.field == f"log[{CHAIN[1]!r}][0].side"
    # A late left session at level 1, which the left used, is kept at its level.
    late_left = sided([good(3, on(1, 3))], hiptx.Side.LEFT)
    v = hiptx.advance_programme(u.programme, {CHAIN[0]: late_left}, today=on(2, 4))
    assert len(v.programme.log) == 4
