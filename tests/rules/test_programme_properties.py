"""Properties of programmes: chains kept, no progress through an overload, red flags stop.

Random assessments give random plans; random logs (any sets, reps and pain, with or
without overload signs) advance them over several dates.
"""

from __future__ import annotations

import datetime

import attrs
from hypothesis import given, strategies as st

import hiptx
from tests.support.strategies import rep_sessions

CATALOG = hiptx.load_catalog()
#: Patterns some chain trains, plus ones none does (for uncovered patterns).
PATTERNS = list(hiptx.MovementPattern)


@st.composite
def programmes(draw: st.DrawFn) -> hiptx.Programme:
    patterns = draw(st.lists(st.sampled_from(PATTERNS), min_size=1, max_size=6, unique=True))
    findings = {
        p: draw(st.sampled_from([hiptx.Finding.WEAK, hiptx.Finding.RESTRICTED])) for p in patterns
    }
    plan = hiptx.plan_exercises(hiptx.Assessment(findings=findings), catalog=CATALOG)
    start = draw(st.dates(min_value=datetime.date(2000, 1, 1), max_value=datetime.date(2100, 1, 1)))
    per_week = draw(st.integers(min_value=1, max_value=7))
    weekdays = draw(
        st.none() | st.lists(st.integers(0, 6), min_size=per_week, max_size=per_week, unique=True)
    )
    return hiptx.build_programme(
        plan,
        start=start,
        weeks=draw(st.integers(min_value=1, max_value=12)),
        sessions_per_week=per_week,
        weekdays=weekdays,
        catalog=CATALOG,
    )


@st.composite
def logs(
    draw: st.DrawFn, programme: hiptx.Programme, today: datetime.date
) -> dict[str, list[hiptx.SessionRecord]]:
    """Sessions a programme accepts: dated from the slot's exercise began to today."""
    # Every exercise in the bundled chains is dosed in reps or has no dose.
    log = {}
    for slot in programme.slots:
        if slot.since > today or not draw(st.booleans()):
            continue
        days = draw(st.lists(st.dates(min_value=slot.since, max_value=today), max_size=4))
        log[slot.exercise_id] = [attrs.evolve(draw(rep_sessions()), date=d) for d in sorted(days)]
    return log


def _today(data: st.DataObject, programme: hiptx.Programme) -> datetime.date:
    offset = data.draw(st.integers(min_value=-3, max_value=7 * programme.weeks + 3))
    return programme.start + datetime.timedelta(days=offset)


def _overloaded(sessions: list[hiptx.SessionRecord]) -> bool:
    return any(
        hiptx.classify_pain(s, catalog=CATALOG).response is hiptx.PainResponse.OVERLOAD
        for s in sessions
    )


def _step(chain_id: str | None, exercise_id: str) -> int:
    assert chain_id is not None  # planned slots belong to chains
    return CATALOG.progressions[chain_id].step_of(exercise_id)


@given(st.data())
def test_a_built_programme_schedules_every_slot_in_every_session(data: st.DataObject) -> None:
    prog = data.draw(programmes())
    assert len(prog.schedule) == prog.weeks
    if prog.slots:
        assert len(prog.sessions) == prog.weeks * prog.sessions_per_week
    for week in prog.schedule:
        for session in week.sessions:
            offset = (session.date - prog.start).days
            assert offset // 7 + 1 == week.number == session.week
            assert session.date.weekday() in prog.weekdays
            assert [p.exercise_id for p in session.prescriptions] == [
                s.exercise_id for s in prog.slots
            ]
    dates = [s.date for s in prog.sessions]
    assert dates == sorted(set(dates))


@given(st.data())
def test_advancing_keeps_every_exercise_in_its_chain_and_never_past_an_overload(
    data: st.DataObject,
) -> None:
    prog = data.draw(programmes())
    today = _today(data, prog)
    for _ in range(data.draw(st.integers(min_value=1, max_value=3))):
        log = data.draw(logs(prog, today))
        before = {slot.progression_id: slot for slot in prog.slots}
        update = hiptx.advance_programme(prog, log, today=today, catalog=CATALOG)
        new = update.programme
        # Every scheduled exercise belongs to its slot's chain.
        for session in new.sessions:
            for p in session.prescriptions:
                assert p.progression_id is not None
                assert p.exercise_id in CATALOG.progressions[p.progression_id].exercise_ids
        # No exercise with an overload logged is replaced by a harder one, and its
        # sets after today never exceed what it had on or before today.
        for chain_id, slot in before.items():
            sessions = log.get(slot.exercise_id, [])
            if not _overloaded(sessions):
                continue
            was = _step(chain_id, slot.exercise_id)
            for session in new.sessions:
                for p in session.prescriptions:
                    if p.progression_id == chain_id and session.date > today:
                        assert _step(chain_id, p.exercise_id) <= was
        # Sessions on or before today are kept as they were.
        assert [s for s in new.sessions if s.date <= today] == [
            s for s in prog.sessions if s.date <= today
        ]
        prog = new
        today += datetime.timedelta(days=data.draw(st.integers(min_value=1, max_value=14)))


@given(st.data())
def test_a_held_build_up_never_adds_sets_after_a_troubled_session(data: st.DataObject) -> None:
    prog = data.draw(programmes())
    today = _today(data, prog)
    log = data.draw(logs(prog, today))
    update = hiptx.advance_programme(prog, log, today=today, catalog=CATALOG)
    for change in update.changes:
        if change.to_exercise_id != change.from_exercise_id:
            continue
        if change.reasons[0].code is not hiptx.ReasonCode.BUILD_UP_PAUSED:
            continue
        last = [
            p.sets
            for s in prog.sessions
            if s.date <= today
            for p in s.prescriptions
            if p.exercise_id == change.from_exercise_id
        ]
        later = [
            p.sets
            for s in update.programme.sessions
            if s.date > today
            for p in s.prescriptions
            if p.exercise_id == change.from_exercise_id
        ]
        assert len(set(later)) <= 1
        if last and later:
            assert later[0] == last[-1]


@given(st.data())
def test_a_red_flag_schedules_nothing_after_today(data: st.DataObject) -> None:
    prog = data.draw(programmes())
    today = _today(data, prog)
    flags = data.draw(st.sets(st.sampled_from(hiptx.RedFlag), min_size=1, max_size=3))
    update = hiptx.advance_programme(
        prog, data.draw(logs(prog, today)), today=today, red_flags=flags, catalog=CATALOG
    )
    assert all(s.date <= today for s in update.programme.sessions)
    assert update.referral is not None
    assert update.referral.urgent
    assert update.programme.slots == ()
    assert all(d.outcome is hiptx.Outcome.STOP for d in update.decisions)
    # And it stays stopped, whatever comes later.
    later = hiptx.advance_programme(
        update.programme, {}, today=today + datetime.timedelta(days=7), catalog=CATALOG
    )
    assert later.programme.sessions == update.programme.sessions


@given(st.data())
def test_advancing_is_deterministic(data: st.DataObject) -> None:
    prog = data.draw(programmes())
    today = _today(data, prog)
    log = data.draw(logs(prog, today))
    flags = data.draw(st.sets(st.sampled_from(hiptx.RedFlag), max_size=1))
    first = hiptx.advance_programme(prog, log, today=today, red_flags=flags, catalog=CATALOG)
    second = hiptx.advance_programme(prog, log, today=today, red_flags=flags, catalog=CATALOG)
    assert first == second
