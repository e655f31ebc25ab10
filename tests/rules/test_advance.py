"""advance_programme (rules/advance.py): a programme over a course of care, its own log,
and a build-up that follows tolerance.

Each test pins one hazard of ``docs/safety.md`` (HZ-041 onwards): it fails when the
mitigation is taken away.
"""

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
    good,
    on,
    programme,
    programme_for,
    sets_after,
    small_programme,
    weak,
    week_of,
)


def sided(sessions: list[hiptx.SessionRecord], side: hiptx.Side) -> list[hiptx.SessionRecord]:
    return [attrs.evolve(s, side=side) for s in sessions]


START = datetime.date(2025, 1, 6)  # a Monday


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


@pytest.mark.parametrize(
    ("athlete", "expected"), [(False, "standing-hip-flexion"), (True, "plank-with-hip-extension")]
)
def test_a_programme_steps_into_the_athletes_step_only_for_an_athlete(
    athlete: bool, expected: str
) -> None:
    flexion = hiptx.MovementPattern.FLEXION
    prog = programme_for(
        flexion,
        weeks=4,
        start_levels={flexion: "standing-hip-flexion"},
        by=BY,
        reason=WHY,
        athlete=athlete,
    )
    u = hiptx.advance_programme(prog, {"standing-hip-flexion": week_of(3, 1)}, today=on(1, 4))
    assert u.programme.slots[0].exercise_id == expected


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


def test_a_pause_holds_the_sets_reached_so_far_not_the_starting_sets() -> None:
    # The adductor chain's first level starts at 2 sets; a week of tolerated 2-set
    # sessions raises it to 3. A painful session on Monday of week 2 holds the 3 sets
    # reached, from the effective day of the change.
    prog = programme(weeks=3)
    friday = MONDAY + datetime.timedelta(days=4)
    week1 = [
        hiptx.SessionRecord(sets=2, reps=10, pain_during=1, pain_after_24h=1, date=MONDAY + d)
        for d in (datetime.timedelta(days=0), datetime.timedelta(days=2), friday - MONDAY)
    ]
    built = hiptx.advance_programme(prog, {"side-lying-hip-adduction": week1}, today=friday)
    assert built.programme.slots[0].build_up_sets == 3
    today = MONDAY + datetime.timedelta(days=7)
    painful = hiptx.SessionRecord(sets=3, reps=10, pain_during=5, pain_after_24h=2, date=today)
    update = hiptx.advance_programme(
        built.programme, {"side-lying-hip-adduction": [painful]}, today=today
    )
    (change,) = update.changes
    assert change.reasons[0].code is hiptx.ReasonCode.BUILD_UP_PAUSED
    assert change.reasons[0].message.startswith("Sets held at 3, and the level kept:")
    (slot,) = update.programme.slots
    assert (slot.build_up_paused, slot.build_up_sets) == (True, 3)
    assert slot.build_up_from == today + datetime.timedelta(days=1)
    later = [p.sets for s in update.programme.sessions if s.date > today for p in s.prescriptions]
    assert later and set(later) == {3}


def test_decision_for_lists_every_exercise_decided_on() -> None:
    plan = weak(ADDUCTION, hiptx.MovementPattern.ABDUCTION)
    prog = hiptx.build_programme(plan, start=MONDAY, weeks=1, sessions_per_week=1)
    update = hiptx.advance_programme(prog, {}, today=MONDAY)
    ids = [d.exercise_id for d in update.decisions]
    assert len(ids) == 2
    with pytest.raises(hiptx.InvalidValueError) as info:
        update.decision_for("hip-hike-that-is-not-current")
    assert info.value.allowed == f"one of the exercises decided on: {ids[0]}, {ids[1]}"


def test_decision_for_says_none_when_nothing_was_decided() -> None:
    empty = hiptx.plan_exercises(hiptx.Assessment(findings={}))
    prog = hiptx.build_programme(empty, start=MONDAY, weeks=1, sessions_per_week=1)
    update = hiptx.advance_programme(prog, {}, today=MONDAY)
    assert update.decisions == ()
    with pytest.raises(hiptx.InvalidValueError) as info:
        update.decision_for("side-lying-hip-adduction")
    assert info.value.allowed == "one of the exercises decided on: none"


# --- advancing a programme -------------------------------------------------------------------


def test_a_session_dated_today_is_accepted_and_tomorrow_refused() -> None:
    prog = programme(weeks=3)
    ok = hiptx.SessionRecord(sets=2, reps=10, pain_during=1, pain_after_24h=1, date=MONDAY)
    accepted = hiptx.advance_programme(prog, {"side-lying-hip-adduction": [ok]}, today=MONDAY)
    (decision,) = accepted.decisions
    assert len(decision.session_pain) == 1
    tomorrow = attrs.evolve(ok, date=MONDAY + datetime.timedelta(days=1))
    with pytest.raises(hiptx.InvalidValueError) as info:
        hiptx.advance_programme(prog, {"side-lying-hip-adduction": [tomorrow]}, today=MONDAY)
    assert info.value.field == "log['side-lying-hip-adduction'][0].date"
    assert info.value.allowed == f"a date on or before today ({MONDAY})"


def test_a_new_level_keeps_the_decision_that_chose_it() -> None:
    prog = programme(weeks=3)
    done = hiptx.SessionRecord(sets=3, reps=10, pain_during=1, pain_after_24h=1, date=MONDAY)
    update = hiptx.advance_programme(
        prog, {"side-lying-hip-adduction": [done]}, today=MONDAY + datetime.timedelta(days=7)
    )
    (decision,) = update.decisions
    assert decision.outcome is hiptx.Outcome.PROGRESS
    (slot,) = update.programme.slots
    assert slot.exercise_id == decision.next_exercise_id
    assert slot.reasons == decision.reasons


def test_a_red_flag_stops_every_exercise_from_the_next_session() -> None:
    prog = programme(weeks=3)
    wednesday = MONDAY + datetime.timedelta(days=2)
    update = hiptx.advance_programme(
        prog, {}, today=MONDAY, red_flags={hiptx.RedFlag.SUSPECTED_INFECTION}
    )
    (change,) = update.changes
    assert (change.outcome, change.to_exercise_id) == (hiptx.Outcome.STOP, None)
    assert change.effective == wednesday
    # Once stopped, the programme says why it gives no advice, in hiptx's own words.
    later = hiptx.advance_programme(update.programme, {}, today=wednesday)
    (still,) = later.reasons
    assert still.code is hiptx.ReasonCode.NO_EXERCISE_ADVICE
    assert still.basis is hiptx.Basis.HIPTX_DEFAULT


def test_a_paused_build_up_is_what_the_later_prescriptions_say() -> None:
    today = MONDAY + datetime.timedelta(days=7)
    painful = hiptx.SessionRecord(sets=3, reps=10, pain_during=5, pain_after_24h=2, date=today)
    update = hiptx.advance_programme(
        programme(weeks=3), {"side-lying-hip-adduction": [painful]}, today=today
    )
    (change,) = update.changes
    assert change.effective == today + datetime.timedelta(days=2)
    later = [p for s in update.programme.sessions if s.date > today for p in s.prescriptions]
    for prescription in later:
        build = prescription.reasons[0]
        assert build.code is hiptx.ReasonCode.BUILD_UP_PAUSED
        assert build.message.startswith("2 sets, held there:")


def test_every_slot_is_decided_when_an_earlier_one_changes() -> None:
    plan = weak(ADDUCTION, hiptx.MovementPattern.ABDUCTION)
    prog = hiptx.build_programme(plan, start=MONDAY, weeks=3, sessions_per_week=3)
    first, second = (s.exercise_id for s in prog.slots)
    done = hiptx.SessionRecord(sets=3, reps=10, pain_during=1, pain_after_24h=1, date=MONDAY)
    sharp = attrs.evolve(done, sharp_pain=True)
    today = MONDAY + datetime.timedelta(days=7)
    # The first slot progresses; the second, logged with an overload at its first
    # level, stops. Both are decided and both change.
    update = hiptx.advance_programme(prog, {first: [done], second: [sharp]}, today=today)
    assert [d.exercise_id for d in update.decisions] == [first, second]
    assert [c.from_exercise_id for c in update.changes] == [first, second]
    assert [c.outcome for c in update.changes] == [hiptx.Outcome.PROGRESS, hiptx.Outcome.STOP]
    assert [c.to_exercise_id is None for c in update.changes] == [False, True]
    assert [s.progression_id for s in update.programme.slots] == [prog.slots[0].progression_id]


def test_advancing_uses_the_pain_ceiling_of_the_catalog_given() -> None:
    rules = hiptx.load_catalog().rules
    lenient = clinic_catalog(
        rules=attrs.evolve(
            rules,
            pain_ceiling=attrs.evolve(rules.pain_ceiling, value=5),
            overrides=(
                hiptx.LocalOverride(
                    threshold=hiptx.SafetyThreshold.PAIN_CEILING,
                    value=5,
                    set_by="Test clinic",
                    reason="Made up for the test.",
                ),
            ),
        )
    )
    plan = weak(ADDUCTION, catalog=lenient)
    prog = hiptx.build_programme(plan, start=MONDAY, weeks=3, sessions_per_week=3, catalog=lenient)
    four = hiptx.SessionRecord(sets=3, reps=10, pain_during=4, pain_after_24h=4, date=MONDAY)
    today = MONDAY + datetime.timedelta(days=7)
    update = hiptx.advance_programme(
        prog, {"side-lying-hip-adduction": [four]}, today=today, catalog=lenient
    )
    # 4/10 is within this catalog's 5/10 ceiling (the bundled 3/10 would stop it).
    assert [d.outcome for d in update.decisions] == [hiptx.Outcome.PROGRESS]


def test_a_programme_stopped_by_a_red_flag_records_why() -> None:
    prog = programme(weeks=3)
    update = hiptx.advance_programme(
        prog, {}, today=MONDAY, red_flags={hiptx.RedFlag.SUSPECTED_INFECTION}
    )
    (stop,) = update.reasons
    assert stop.code is hiptx.ReasonCode.NO_EXERCISE_ADVICE
    assert update.programme.reasons == (*prog.reasons, stop)
    assert update.programme.history == (*prog.history, *update.changes)
    assert [c.reasons for c in update.changes] == [(stop,)]
    assert update.programme.slots == ()


def test_a_log_entry_must_be_a_sequence_of_sessions() -> None:
    programme = small_programme(hiptx.MovementPattern.ADDUCTION)
    session = hiptx.SessionRecord(sets=2, reps=8, pain_during=2, pain_after_24h=2)
    with pytest.raises(hiptx.WrongTypeError) as info:
        hiptx.advance_programme(
            programme,
            {"side-lying-hip-adduction": {session}},  # type: ignore[dict-item]
            today=START + datetime.timedelta(days=7),
        )
    assert info.value.field == "log['side-lying-hip-adduction']"


def test_a_hold_dosed_exercise_builds_up_by_its_hold_seconds() -> None:
    # The front plank: 3 sets of 20-30 s holds (trunk endurance).
    prog = programme_for(
        ADDUCTION,
        weeks=4,
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
