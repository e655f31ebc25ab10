"""Properties of a programme over a course of care (issue 20).

For the same update dates, any way of sending the same dated sessions (only the
new ones, the whole log each time, with repeats and in any order) ends in an equal
programme; no set is added and no level changes without logged sessions at the
current dose within the ceiling; nothing steps up at a level with a logged
overload.
"""

from __future__ import annotations

import datetime

import attrs
from hypothesis import given, settings, strategies as st

import hiptx
from tests.support.strategies import rep_sessions

CATALOG = hiptx.load_catalog()
MONDAY = datetime.date(2025, 1, 6)
Log = dict[str, list[hiptx.SessionRecord]]

#: A session at the chains' target within the ceiling, so that progress happens.
tolerated = st.builds(
    hiptx.SessionRecord,
    sets=st.integers(min_value=2, max_value=3),
    reps=st.integers(min_value=8, max_value=10),
    pain_during=st.integers(min_value=0, max_value=3),
    pain_after_24h=st.integers(min_value=0, max_value=3),
)


def _start() -> hiptx.Programme:
    plan = hiptx.plan_exercises(
        hiptx.Assessment(
            findings={
                hiptx.MovementPattern.ADDUCTION: hiptx.Finding.WEAK,
                hiptx.MovementPattern.ABDUCTION: hiptx.Finding.WEAK,
            }
        ),
        catalog=CATALOG,
    )
    return hiptx.build_programme(plan, start=MONDAY, weeks=8, sessions_per_week=3, catalog=CATALOG)


def _pain(exercise_id: str, session: hiptx.SessionRecord) -> hiptx.PainResponse:
    dose = CATALOG.exercises[exercise_id].dose
    ceiling = None if dose is None or dose.pain_ceiling is None else int(dose.pain_ceiling)
    return hiptx.classify_pain(session, pain_ceiling=ceiling, catalog=CATALOG).response


def _step(slot: hiptx.ProgrammeSlot) -> int:
    assert slot.progression_id is not None  # planned slots belong to chains
    return CATALOG.progressions[slot.progression_id].step_of(slot.exercise_id)


def _check_update(before: hiptx.Programme, update: hiptx.ProgrammeUpdate) -> None:
    """No set added, no level up, without tolerated sessions; none through an overload."""
    after = {s.progression_id: s for s in update.programme.slots}
    for old in before.slots:
        new = after.get(old.progression_id)
        if new is None:
            continue
        level = update.programme.log
        at_level = [
            e.session
            for e in level
            if e.exercise_id == old.exercise_id
            and e.session.date is not None
            and e.session.date >= old.since
        ]
        stepped_up = _step(new) > _step(old)
        more_sets = (
            new.exercise_id == old.exercise_id
            and new.since == old.since
            and (new.build_up_sets or 0) > (old.build_up_sets or 0)
        )
        if stepped_up or more_sets:
            assert any(
                s.sets >= (old.build_up_sets or 0)
                and _pain(old.exercise_id, s) is hiptx.PainResponse.ACCEPTABLE
                for s in at_level
            )
        if any(_pain(old.exercise_id, s) is hiptx.PainResponse.OVERLOAD for s in at_level):
            assert not stepped_up


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_any_way_of_sending_the_same_sessions_ends_in_an_equal_programme(
    data: st.DataObject,
) -> None:
    weeks = data.draw(st.integers(min_value=2, max_value=6), label="updates")
    # The reference run sends only the new sessions; it draws them as it goes, for
    # the exercises current at each update.
    prog = _start()
    sent: list[Log] = []
    for week in range(1, weeks + 1):
        today = MONDAY + datetime.timedelta(days=7 * (week - 1) + 4)
        new: Log = {}
        for slot in prog.slots:
            days = [
                MONDAY + datetime.timedelta(days=7 * (week - 1) + d)
                for d in (0, 2, 4)
                if MONDAY + datetime.timedelta(days=7 * (week - 1) + d) >= slot.since
            ]
            chosen = data.draw(
                st.lists(st.sampled_from(days), unique=True) if days else st.just([])
            )
            new[slot.exercise_id] = [
                attrs.evolve(data.draw(tolerated | rep_sessions()), date=d) for d in sorted(chosen)
            ]
        update = hiptx.advance_programme(prog, new, today=today, catalog=CATALOG)
        _check_update(prog, update)
        prog = update.programme
        sent.append(new)
    reference = prog

    # The whole log each time (every exercise ever logged), in reverse order.
    prog = _start()
    whole: Log = {}
    for week, new in enumerate(sent, start=1):
        for exercise_id, sessions in new.items():
            whole.setdefault(exercise_id, []).extend(sessions)
        today = MONDAY + datetime.timedelta(days=7 * (week - 1) + 4)
        log = {k: list(reversed(v)) for k, v in whole.items()}
        prog = hiptx.advance_programme(prog, log, today=today, catalog=CATALOG).programme
    assert prog == reference

    # Only the new ones, each sent twice.
    prog = _start()
    for week, new in enumerate(sent, start=1):
        today = MONDAY + datetime.timedelta(days=7 * (week - 1) + 4)
        log = {k: v + v for k, v in new.items()}
        prog = hiptx.advance_programme(prog, log, today=today, catalog=CATALOG).programme
    assert prog == reference


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_an_overload_however_late_never_lets_its_level_step_up(data: st.DataObject) -> None:
    prog = _start()
    slot = prog.slots[0]
    overload = attrs.evolve(data.draw(tolerated), date=MONDAY, sharp_pain=True)
    clean = [
        attrs.evolve(data.draw(tolerated), date=MONDAY + datetime.timedelta(days=d)) for d in (2, 4)
    ]
    # The overload arrives with the first update, or one update late.
    late = data.draw(st.booleans())
    first = clean if late else [overload, *clean]
    u = hiptx.advance_programme(
        prog, {slot.exercise_id: first}, today=MONDAY + datetime.timedelta(days=4), catalog=CATALOG
    )
    after = {s.progression_id: s for s in u.programme.slots}.get(slot.progression_id)
    if after is None or after.exercise_id != slot.exercise_id:
        # Stepping on is right only when the first update held clean sessions alone:
        # with the overload in it, the level must not have moved.
        assert late, "stepped up through an overload logged in the same update"
        return  # the overload belongs to a past level
    u = hiptx.advance_programme(
        u.programme,
        {slot.exercise_id: [overload] if late else []},
        today=MONDAY + datetime.timedelta(days=11),
        catalog=CATALOG,
    )
    new = {s.progression_id: s for s in u.programme.slots}.get(slot.progression_id)
    assert new is None or _step(new) <= _step(slot)
