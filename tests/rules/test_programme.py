"""Programmes (rules/programme.py): dated sessions, the build-up rule, advancing after
logged sessions, and a programme read back that must hang together.

Expected values are reasoned from the rules in hiptx.rules.programme: sessions on
the given (or spread) weekdays, sets from the low end of the source's range up one a
week to the top, and the chain order of the adductor progression:
side-lying-hip-adduction -> -loaded -> standing-banded-hip-adduction -> copenhagen-plank.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable

import attrs
import pytest

import hiptx
from tests.support.programmes import (
    ADDUCTION,
    CHAIN,
    MONDAY,
    good,
    on,
    programme,
    small_programme,
    week_of,
)

WEDNESDAY = datetime.date(2025, 1, 8)


def day(n: int) -> datetime.date:
    """The n-th day of January 2025."""
    return datetime.date(2025, 1, n)


def adduction_plan() -> hiptx.ExercisePlan:
    return hiptx.plan_exercises(hiptx.Assessment(findings={ADDUCTION: hiptx.Finding.WEAK}))


def overload(*, on: datetime.date) -> hiptx.SessionRecord:
    return hiptx.SessionRecord(
        sets=3, reps=10, pain_during=2, pain_after_24h=2, sharp_pain=True, date=on
    )


def painful(*, on: datetime.date) -> hiptx.SessionRecord:
    # Above the 3/10 ceiling during, settled by the next day: a HOLD, not an overload.
    return hiptx.SessionRecord(sets=3, reps=10, pain_during=5, pain_after_24h=2, date=on)


def dated(programme: hiptx.Programme) -> list[tuple[datetime.date, str, int | None]]:
    return [(s.date, p.exercise_id, p.sets) for s in programme.sessions for p in s.prescriptions]


# --- advancing -----------------------------------------------------------------------


def three_weeks() -> hiptx.Programme:
    return hiptx.build_programme(adduction_plan(), start=MONDAY, weeks=3, sessions_per_week=3)


# --- red flags ----------------------------------------------------------------------------

RF = hiptx.RedFlag


# --- a programme read back must hang together ------------------------------------------------


def _broken(change: Callable[[hiptx.Programme], hiptx.Programme]) -> hiptx.InvalidValueError:
    with pytest.raises(hiptx.InvalidValueError) as info:
        change(programme(weeks=3))
    return info.value


# --- dates ---------------------------------------------------------------------------


def test_three_a_week_from_a_monday_are_monday_wednesday_friday() -> None:
    prog = hiptx.build_programme(adduction_plan(), start=MONDAY, weeks=2, sessions_per_week=3)
    assert prog.weekdays == (0, 2, 4)
    assert [s.date for s in prog.sessions] == [day(6), day(8), day(10), day(13), day(15), day(17)]
    assert [[s.date for s in w.sessions] for w in prog.schedule][1] == [day(13), day(15), day(17)]
    assert prog.end == day(19)


def test_given_weekdays_from_a_wednesday_start_fill_each_seven_day_week() -> None:
    prog = hiptx.build_programme(
        adduction_plan(), start=WEDNESDAY, weeks=2, sessions_per_week=3, weekdays=[4, 0, 2]
    )
    assert prog.weekdays == (0, 2, 4)
    weeks = [[s.date for s in w.sessions] for w in prog.schedule]
    # Week 1 runs Wed 8 to Tue 14; week 2 Wed 15 to Tue 21.
    assert weeks == [[day(8), day(10), day(13)], [day(15), day(17), day(20)]]
    assert all(s.week == w.number for w in prog.schedule for s in w.sessions)


@pytest.mark.parametrize(
    ("start", "per_week", "expected"),
    [
        (MONDAY, 1, (0,)),
        (MONDAY, 2, (0, 3)),  # offsets 0, 3
        (MONDAY, 4, (0, 1, 3, 5)),  # offsets 0, 1, 3, 5
        (day(9), 2, (3, 6)),  # a Thursday: Thursday and Sunday
        (day(12), 3, (1, 3, 6)),  # a Sunday: offsets 0, 2, 4 -> Sun, Tue, Thu
        (MONDAY, 7, (0, 1, 2, 3, 4, 5, 6)),
    ],
)
def test_default_weekdays_spread_from_the_start_day(
    start: datetime.date, per_week: int, expected: tuple[int, ...]
) -> None:
    prog = hiptx.build_programme(adduction_plan(), start=start, weeks=1, sessions_per_week=per_week)
    assert prog.weekdays == expected
    assert prog.sessions[0].date == start
    default = [r for r in prog.reasons if r.basis is hiptx.Basis.HIPTX_DEFAULT]
    assert default
    assert "hiptx's own default" in default[0].message


def test_given_weekdays_are_the_clinicians_not_a_default() -> None:
    prog = hiptx.build_programme(
        adduction_plan(), start=MONDAY, weeks=1, sessions_per_week=2, weekdays=(1, 3)
    )
    assert all(r.basis is not hiptx.Basis.HIPTX_DEFAULT for r in prog.reasons)


# --- bad input -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "error", "match"),
    [
        ({"weeks": 0}, hiptx.OutOfRangeError, "weeks: 0 .* from 1 to 52"),
        ({"weeks": 53}, hiptx.OutOfRangeError, "weeks: 53"),
        ({"weeks": 4.0}, hiptx.WrongTypeError, "weeks"),
        ({"sessions_per_week": 0}, hiptx.OutOfRangeError, "sessions_per_week: 0"),
        ({"sessions_per_week": 8}, hiptx.OutOfRangeError, "sessions_per_week: 8"),
        ({"sessions_per_week": True}, hiptx.WrongTypeError, "sessions_per_week"),
        ({"weekdays": [0, 2]}, hiptx.InvalidValueError, "3 distinct weekday numbers"),
        ({"weekdays": [0, 0, 2]}, hiptx.InvalidValueError, "distinct"),
        ({"weekdays": [0, 2, 7]}, hiptx.OutOfRangeError, r"/weekdays/2: 7"),
        ({"weekdays": "024"}, hiptx.WrongTypeError, "weekdays"),
        ({"start": datetime.datetime(2025, 1, 6, 9)}, hiptx.WrongTypeError, "start"),  # noqa: DTZ001
        ({"start": "2025-01-06"}, hiptx.WrongTypeError, "start"),
        ({"start": datetime.date(9999, 12, 10)}, hiptx.OutOfRangeError, "calendar"),
    ],
)
def test_bad_arguments_are_refused_with_the_field_named(
    kwargs: dict[str, object], error: type[Exception], match: str
) -> None:
    args: dict[str, object] = {"start": MONDAY, "weeks": 4, "sessions_per_week": 3, **kwargs}
    with pytest.raises(error, match=match):
        hiptx.build_programme(adduction_plan(), **args)  # type: ignore[arg-type]


def test_the_last_start_that_fits_the_calendar_is_accepted() -> None:
    last = datetime.date.max - datetime.timedelta(days=6)
    prog = hiptx.build_programme(adduction_plan(), start=last, weeks=1, sessions_per_week=7)
    assert prog.end == datetime.date.max
    with pytest.raises(hiptx.OutOfRangeError):
        hiptx.build_programme(
            adduction_plan(), start=last + datetime.timedelta(days=1), weeks=1, sessions_per_week=1
        )


def test_a_plan_that_is_not_one_is_refused() -> None:
    with pytest.raises(hiptx.WrongTypeError, match="plan"):
        hiptx.build_programme("plan", start=MONDAY, weeks=1, sessions_per_week=1)  # type: ignore[arg-type]


def test_a_programme_built_by_hand_is_checked() -> None:
    prog = hiptx.build_programme(adduction_plan(), start=MONDAY, weeks=2, sessions_per_week=3)
    with pytest.raises(hiptx.InvalidValueError, match="schedule"):
        attrs.evolve(prog, weeks=3)
    with pytest.raises(hiptx.InvalidValueError, match="ascending"):
        attrs.evolve(prog, weekdays=(4, 2, 0))
    with pytest.raises(hiptx.InvalidValueError, match=r"/schedule/0/sessions/0/date"):
        attrs.evolve(prog, weekdays=(1, 3, 5))


# --- the build-up --------------------------------------------------------------------


def test_build_up_starts_low_and_adds_no_set_with_the_calendar() -> None:
    # side-lying-hip-adduction: 2-3 sets x 8-10 reps, 2-3 s hold per rep. Sets rise
    # only after logged sessions tolerated them (HZ-042), never week by week.
    prog = hiptx.build_programme(adduction_plan(), start=MONDAY, weeks=3, sessions_per_week=3)
    sets = [[s.prescriptions[0].sets for s in w.sessions] for w in prog.schedule]
    assert sets == [[2, 2, 2], [2, 2, 2], [2, 2, 2]]
    first = prog.sessions[0].prescriptions[0]
    assert first.reps == hiptx.IntRange(8, 10)
    assert first.rep_hold_seconds == hiptx.IntRange(2, 3)
    assert first.hold_seconds is None
    assert first.target == "3 sets of 8-10 reps"
    assert first.pain_ceiling == 3.0
    assert first.text == (
        "2 sets x 8-10 reps, 2-3 s hold per rep, pain <= 3/10, 3 times a week; "
        "work up to 3 sets of 8-10 reps"
    )


def test_build_up_reasons_mark_the_default_and_cite_the_target() -> None:
    prog = hiptx.build_programme(adduction_plan(), start=MONDAY, weeks=1, sessions_per_week=1)
    reasons = {r.code: r for r in prog.sessions[0].prescriptions[0].reasons}
    build = reasons[hiptx.ReasonCode.BUILD_UP]
    assert build.basis is hiptx.Basis.HIPTX_DEFAULT
    assert build.citations == ()
    assert "hiptx's own default" in build.message
    dose = hiptx.load_catalog().exercises["side-lying-hip-adduction"].dose
    assert dose is not None
    assert reasons[hiptx.ReasonCode.TARGET_DOSE].citations == dose.citations
    ceiling = hiptx.load_catalog().rules.pain_ceiling
    assert reasons[hiptx.ReasonCode.PAIN_CEILING].citations == ceiling.citations


def test_an_exercise_without_a_dose_gets_none() -> None:
    # The squat chain's first level has no dose in the catalog.
    plan = hiptx.plan_exercises(
        hiptx.Assessment(findings={hiptx.MovementPattern.SQUAT: hiptx.Finding.WEAK})
    )
    prog = hiptx.build_programme(plan, start=MONDAY, weeks=2, sessions_per_week=2)
    prescription = prog.sessions[-1].prescriptions[0]
    assert prescription.exercise_id == "squat-comfortable-range"
    assert (prescription.sets, prescription.reps, prescription.target) == (None, None, None)
    assert prescription.text == "dose: the clinician's to give, pain <= 3/10, twice a week"
    assert hiptx.ReasonCode.NO_DOSE in {r.code for r in prescription.reasons}


@pytest.mark.parametrize(("per_week", "words"), [(1, "once a week"), (2, "twice a week")])
def test_frequency_words(per_week: int, words: str) -> None:
    prog = hiptx.build_programme(
        adduction_plan(), start=MONDAY, weeks=1, sessions_per_week=per_week
    )
    assert prog.sessions[0].prescriptions[0].text.split(", ")[-1].startswith(words)


def test_a_dose_with_its_own_ceiling_shows_it() -> None:
    p = hiptx.Prescription(
        exercise_id="front-plank",
        patterns=(hiptx.MovementPattern.TRUNK_STABILITY,),
        sessions_per_week=1,
        pain_ceiling=2,
        sets=1,
        hold_seconds=hiptx.IntRange(20, 30),
    )
    assert p.text == "1 set x 20-30 s holds, pain <= 2/10, once a week"
    with pytest.raises(hiptx.InvalidValueError, match="exactly one of reps or hold_seconds"):
        attrs.evolve(p, reps=hiptx.IntRange(8, 10))
    with pytest.raises(hiptx.InvalidValueError, match="sets"):
        attrs.evolve(p, sets=None)


# --- what the plan leaves out --------------------------------------------------------


def test_red_flag_plan_gives_no_sessions_and_carries_the_referral() -> None:
    plan = hiptx.plan_exercises(
        hiptx.Assessment(findings={ADDUCTION: hiptx.Finding.WEAK}),
        red_flags={hiptx.RedFlag.SUSPECTED_FRACTURE},
    )
    prog = hiptx.build_programme(plan, start=MONDAY, weeks=4, sessions_per_week=3)
    assert prog.sessions == ()
    assert len(prog.schedule) == 4
    assert prog.slots == ()
    assert prog.referral is plan.referral
    assert hiptx.ReasonCode.NO_EXERCISE_ADVICE in {r.code for r in prog.reasons}


def test_withheld_and_uncovered_patterns_are_carried_not_scheduled() -> None:
    plan = hiptx.plan_exercises(
        hiptx.Assessment(
            findings={
                ADDUCTION: hiptx.Finding.WEAK,
                hiptx.MovementPattern.ABDUCTION: hiptx.Finding.PAINFUL,
                hiptx.MovementPattern.INTERNAL_ROTATION: hiptx.Finding.RESTRICTED,
            },
            pain_scores={hiptx.MovementPattern.ABDUCTION: 8},
        )
    )
    prog = hiptx.build_programme(plan, start=MONDAY, weeks=1, sessions_per_week=1)
    assert [s.exercise_id for s in prog.slots] == ["side-lying-hip-adduction"]
    assert [w.pattern for w in prog.withheld] == [hiptx.MovementPattern.ABDUCTION]
    assert [u.pattern for u in prog.uncovered] == [hiptx.MovementPattern.INTERNAL_ROTATION]
    scheduled = {p.exercise_id for s in prog.sessions for p in s.prescriptions}
    assert scheduled == {"side-lying-hip-adduction"}
    not_scheduled = [r for r in prog.reasons if r.code is hiptx.ReasonCode.NOT_SCHEDULED]
    assert len(not_scheduled) == 2


def test_progress_swaps_from_the_next_session_and_restarts_the_build_up() -> None:
    prog = three_weeks()
    log = {CHAIN[0]: [good(3, day(6)), good(3, day(8))]}
    update = hiptx.advance_programme(prog, log, today=day(10))
    assert update.decision_for(CHAIN[0]).outcome is hiptx.Outcome.PROGRESS
    (change,) = update.changes
    assert (change.from_exercise_id, change.to_exercise_id) == (CHAIN[0], CHAIN[1])
    assert change.effective == day(13)
    new = dated(update.programme)
    # Sessions on or before today kept; from Monday 13 the loaded version at 2 sets,
    # where it stays until logged sessions tolerate them.
    assert new[:3] == dated(prog)[:3]
    assert new[3:] == [(d, CHAIN[1], 2) for d in (day(13), day(15), day(17), day(20), day(22))] + [
        (day(24), CHAIN[1], 2)
    ]
    assert update.programme.slots[0].since == day(13)
    assert update.programme.history == (change,)


def test_regress_after_an_overload_steps_back_a_level() -> None:
    prog = attrs.evolve(
        three_weeks(),
        slots=(attrs.evolve(three_weeks().slots[0], exercise_id=CHAIN[2]),),
    )
    log = {CHAIN[2]: [good(3, day(6)), overload(on=day(8))]}
    update = hiptx.advance_programme(prog, log, today=day(14))
    (change,) = update.changes
    assert change.outcome is hiptx.Outcome.REGRESS
    assert (change.from_exercise_id, change.to_exercise_id) == (CHAIN[2], CHAIN[1])
    assert change.effective == day(15)
    assert {p for _, p, _ in dated(update.programme)[6:]} == {CHAIN[1]}


def test_overload_at_the_first_level_stops_the_exercise() -> None:
    update = hiptx.advance_programme(three_weeks(), {CHAIN[0]: [overload(on=day(6))]}, today=day(8))
    (change,) = update.changes
    assert change.outcome is hiptx.Outcome.STOP
    assert change.to_exercise_id is None
    assert hiptx.ReasonCode.BOTTOM_OF_CHAIN in {r.code for r in change.reasons}
    assert update.programme.slots == ()
    assert [s.date for s in update.programme.sessions] == [day(6), day(8)]


def test_hold_keeps_the_schedule_and_records_the_session() -> None:
    prog = three_weeks()
    update = hiptx.advance_programme(prog, {CHAIN[0]: [good(2, day(8))]}, today=day(8))
    assert update.decision_for(CHAIN[0]).outcome is hiptx.Outcome.HOLD
    assert update.changes == ()
    assert update.programme.schedule == prog.schedule
    assert update.programme.slots == prog.slots
    assert [e.session.date for e in update.programme.log] == [day(8)]
    assert update.programme.updated == day(8)


def test_a_painful_week_pauses_the_build_up_and_clean_sessions_resume_it() -> None:
    prog = three_weeks()
    log = {CHAIN[0]: [good(2, day(6)), painful(on=day(8))]}
    update = hiptx.advance_programme(prog, log, today=day(8))
    (change,) = update.changes
    assert change.outcome is hiptx.Outcome.HOLD
    assert change.to_exercise_id == CHAIN[0]
    assert change.reasons[0].code is hiptx.ReasonCode.BUILD_UP_PAUSED
    # The reason states a rule that can be met: sessions from the day after the pain.
    assert "from 2025-01-09 on" in change.reasons[0].message
    assert [s for _, _, s in dated(update.programme)] == [2] * 9
    # A week's worth of clean sessions after the painful one resumes the build-up...
    week2 = {CHAIN[0]: [good(2, day(10)), good(2, day(13)), good(2, day(15))]}
    resumed = hiptx.advance_programme(update.programme, week2, today=day(15))
    (change,) = resumed.changes
    assert change.reasons[0].code is hiptx.ReasonCode.BUILD_UP
    assert resumed.programme.slots[0].build_up_paused is False
    assert [s for _, _, s in dated(resumed.programme)] == [2] * 9
    # ...and a further week's worth at 2 sets adds the third, from the next session.
    week3 = {CHAIN[0]: [good(2, day(17)), good(2, day(20)), good(2, day(22))]}
    added = hiptx.advance_programme(resumed.programme, week3, today=day(22))
    assert [s for _, _, s in dated(added.programme)] == [2] * 8 + [3]


def test_red_flag_schedules_nothing_after_today_and_stays_stopped() -> None:
    prog = three_weeks()
    update = hiptx.advance_programme(
        prog, {}, today=day(13), red_flags={hiptx.RedFlag.SUSPECTED_INFECTION}
    )
    assert [s.date for s in update.programme.sessions] == [day(6), day(8), day(10), day(13)]
    assert update.referral is not None
    assert update.programme.referral == update.referral
    assert [d.outcome for d in update.decisions] == [hiptx.Outcome.STOP]
    assert [c.to_exercise_id for c in update.changes] == [None]
    later = hiptx.advance_programme(update.programme, {}, today=day(20))
    assert later.programme == attrs.evolve(update.programme, updated=day(20))
    assert later.referral == update.referral


def test_log_entries_must_be_current_and_not_from_the_future() -> None:
    prog = three_weeks()
    with pytest.raises(hiptx.InvalidValueError, match="current exercises: side-lying-hip"):
        hiptx.advance_programme(prog, {CHAIN[1]: [good(3, day(8))]}, today=day(8))
    future = good(3, day(9))
    with pytest.raises(hiptx.InvalidValueError, match=r"/log/side-lying-hip-adduction/0"):
        hiptx.advance_programme(prog, {CHAIN[0]: [future]}, today=day(8))
    with pytest.raises(hiptx.WrongTypeError, match="log"):
        hiptx.advance_programme(prog, [good(3, day(8))], today=day(8))  # type: ignore[arg-type]
    with pytest.raises(hiptx.WrongTypeError, match="today"):
        hiptx.advance_programme(prog, {}, today="2025-01-08")  # type: ignore[arg-type]
    with pytest.raises(hiptx.WrongTypeError, match=r"/0: expected a SessionRecord"):
        hiptx.advance_programme(prog, {CHAIN[0]: ["x"]}, today=day(8))  # type: ignore[list-item]


def test_advancing_after_the_last_session_changes_no_session() -> None:
    prog = three_weeks()
    update = hiptx.advance_programme(prog, {CHAIN[0]: [good(3, day(24))]}, today=day(30))
    assert update.programme.sessions == prog.sessions
    assert update.changes[0].effective is None


# --- eight weeks ---------------------------------------------------------------------


def test_eight_weeks_with_a_painful_week_and_an_overload() -> None:
    """Week by week: build-up, progress, a painful week (paused), an overload (back)."""
    prog = hiptx.build_programme(adduction_plan(), start=MONDAY, weeks=8, sessions_per_week=3)
    assert len(prog.sessions) == 24

    def week_days(week: int) -> list[datetime.date]:
        return [on(week, d) for d in (0, 2, 4)]

    # Week 1 at level 1: 2 sets tolerated all week, so 3 sets in week 2.
    u = hiptx.advance_programme(prog, {CHAIN[0]: week_of(2, 1)}, today=week_days(1)[2])
    assert [c.reasons[0].code for c in u.changes] == [hiptx.ReasonCode.BUILD_UP]
    # Week 2: the target of 3 sets reached within the ceiling: progress.
    u = hiptx.advance_programme(u.programme, {CHAIN[0]: week_of(3, 2)}, today=week_days(2)[2])
    assert [c.to_exercise_id for c in u.changes] == [CHAIN[1]]
    # Weeks 3-4 at level 2, the same way: progress to level 3 from week 5.
    u = hiptx.advance_programme(u.programme, {CHAIN[1]: week_of(2, 3)}, today=week_days(3)[2])
    u = hiptx.advance_programme(u.programme, {CHAIN[1]: week_of(3, 4)}, today=week_days(4)[2])
    assert [c.to_exercise_id for c in u.changes] == [CHAIN[2]]
    assert u.changes[0].effective == MONDAY + datetime.timedelta(days=28)
    # Week 5 at level 3 was painful (above the ceiling during, settled): hold, paused.
    mon, wed, fri = week_days(5)
    log = {CHAIN[2]: [painful(on=mon), good(2, wed), good(2, fri)]}
    u = hiptx.advance_programme(u.programme, log, today=fri)
    assert u.decision_for(CHAIN[2]).outcome is hiptx.Outcome.HOLD
    assert u.changes[0].reasons[0].code is hiptx.ReasonCode.BUILD_UP_PAUSED
    week6 = [p.sets for s in u.programme.schedule[5].sessions for p in s.prescriptions]
    assert week6 == [2, 2, 2]
    # Week 6: an overload (sharp pain): never up to the Copenhagen plank; back to level 2.
    mon, wed, fri = week_days(6)
    log = {CHAIN[2]: [good(3, mon), overload(on=wed)]}
    u = hiptx.advance_programme(u.programme, log, today=fri)
    assert [(c.outcome, c.to_exercise_id) for c in u.changes] == [(hiptx.Outcome.REGRESS, CHAIN[1])]
    exercises = [p.exercise_id for s in u.programme.sessions for p in s.prescriptions]
    assert exercises == [CHAIN[0]] * 6 + [CHAIN[1]] * 6 + [CHAIN[2]] * 6 + [CHAIN[1]] * 6
    assert CHAIN[3] not in exercises
    sets = [p.sets for s in u.programme.sessions for p in s.prescriptions]
    assert sets == [2, 2, 2, 3, 3, 3] * 2 + [2] * 12
    assert len(u.programme.history) == 6


def test_a_programme_with_weekdays_out_of_order_is_refused() -> None:
    error = _broken(lambda p: attrs.evolve(p, weekdays=(4, 2, 0)))
    assert (error.field, error.value, error.allowed) == (
        "weekdays",
        (4, 2, 0),
        "weekday numbers in ascending order",
    )


def test_a_programme_with_a_week_missing_or_misnumbered_is_refused() -> None:
    missing = _broken(lambda p: attrs.evolve(p, weeks=4))
    assert (missing.field, missing.value, missing.allowed) == ("schedule", 3, "4 weeks")

    def swap(p: hiptx.Programme) -> hiptx.Programme:
        first, second, third = p.schedule
        return attrs.evolve(p, schedule=(second, first, third))

    misnumbered = _broken(swap)
    assert (misnumbered.field, misnumbered.value, misnumbered.allowed) == (
        "schedule[0].number",
        2,
        "1",
    )


def test_a_session_a_week_late_is_refused() -> None:
    # Exactly seven days after a week-1 Monday is week 2's Monday, not week 1's.
    def late(p: hiptx.Programme) -> hiptx.Programme:
        week = p.schedule[0]
        moved = attrs.evolve(week.sessions[0], date=MONDAY + datetime.timedelta(days=7))
        first = attrs.evolve(week, sessions=(moved, *week.sessions[1:]))
        return attrs.evolve(p, schedule=(first, *p.schedule[1:]))

    error = _broken(late)
    assert error.field == "schedule[0].sessions[0].date"
    assert error.value == MONDAY + datetime.timedelta(days=7)


def test_a_prescription_with_both_reps_and_holds_is_refused() -> None:
    prescription = programme(weeks=3).sessions[0].prescriptions[0]
    with pytest.raises(hiptx.InvalidValueError) as info:
        attrs.evolve(prescription, hold_seconds=hiptx.IntRange(low=20, high=30))
    assert (info.value.field, info.value.allowed) == ("reps", "exactly one of reps or hold_seconds")
    assert info.value.value == prescription.reps


def test_a_change_dated_with_a_time_of_day_is_refused() -> None:
    update = hiptx.advance_programme(
        programme(weeks=3), {}, today=MONDAY, red_flags={RF.SUSPECTED_INFECTION}
    )
    (change,) = update.changes
    with pytest.raises(hiptx.WrongTypeError) as info:
        attrs.evolve(
            change, effective=datetime.datetime(2025, 1, 8, 9, 0, tzinfo=datetime.timezone.utc)
        )
    assert info.value.field == "effective"


def test_a_slot_dated_with_a_time_of_day_is_refused_with_the_value() -> None:
    (slot,) = programme(weeks=3).slots
    moment = datetime.datetime(2025, 1, 6, 9, 0, tzinfo=datetime.timezone.utc)
    with pytest.raises(hiptx.WrongTypeError) as info:
        attrs.evolve(slot, since=moment)
    assert (info.value.field, info.value.value, info.value.expected) == (
        "since",
        moment,
        "a datetime.date",
    )


class TestHandBuiltProgrammes:
    """A programme's parts check themselves when built by hand (or deserialised)."""

    def test_a_date_with_a_time_is_refused(self) -> None:
        with pytest.raises(hiptx.WrongTypeError) as info:
            hiptx.ProgrammeSession(date=datetime.datetime(2025, 1, 6, 9, 30), week=1)  # noqa: DTZ001
        assert info.value.field == "date"

    def test_a_rep_hold_needs_reps(self) -> None:
        programme = small_programme(hiptx.MovementPattern.ADDUCTION)
        prescription = programme.sessions[0].prescriptions[0]
        assert prescription.rep_hold_seconds is not None  # the adductor dose has one
        with pytest.raises(hiptx.InvalidValueError) as info:
            attrs.evolve(prescription, reps=None, hold_seconds=hiptx.IntRange(20, 30))
        assert info.value.field == "rep_hold_seconds"
        assert info.value.allowed == "only together with reps"

    def test_a_session_must_be_in_its_week(self) -> None:
        programme = small_programme(hiptx.MovementPattern.ADDUCTION)
        week_one, week_two = programme.schedule
        with pytest.raises(hiptx.InvalidValueError) as info:
            attrs.evolve(week_one, sessions=(*week_one.sessions, week_two.sessions[0]))
        assert info.value.field == f"sessions[{len(week_one.sessions)}].week"
        assert info.value.value == 2

    def test_weeks_must_be_in_order(self) -> None:
        programme = small_programme(hiptx.MovementPattern.ADDUCTION)
        week_one, week_two = programme.schedule
        with pytest.raises(hiptx.InvalidValueError) as info:
            attrs.evolve(programme, schedule=(week_two, week_one))
        assert info.value.field == "schedule[0].number"
        assert info.value.value == 2


def test_slot_for_checks_the_side() -> None:
    with pytest.raises(hiptx.WrongTypeError, match="side"):
        programme().slot_for(ADDUCTION, "left")  # type: ignore[arg-type]
