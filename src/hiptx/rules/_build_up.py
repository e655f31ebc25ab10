"""A programme's build-up: sets follow tolerance, never the calendar; a new level starts afresh.

hiptx's own rule (no source sets a build-up): a slot starts at the low end of its
dose's sets, gains one set once a week's worth of sessions did the current sets
within the pain ceiling, and is held after any session above the ceiling or
showing overload, until as many sessions logged after it did them.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence, Set as AbstractSet

import attrs

from hiptx.catalog import Catalog
from hiptx.explain import Reason, ReasonCode
from hiptx.model import Exercise
from hiptx.rules._log import log_key
from hiptx.rules._sets import starting_sets
from hiptx.rules.pain import PainResponse, SessionRecord, held_pain_check
from hiptx.rules.programme import LoggedSession, ProgrammeSlot
from hiptx.rules.progression import ProgressionDecision
from hiptx.vocab import MovementPattern, Side


def _met_dose(session: SessionRecord, sets: int, exercise: Exercise) -> bool:
    """Whether a session did the build-up's sets, at the low end of the dose's range."""
    dose = exercise.dose
    assert dose is not None  # noqa: S101 - only called for a dosed slot
    if dose.reps is not None:
        done, least = session.reps, dose.reps.low
    else:
        assert dose.hold_seconds is not None  # noqa: S101 - Dose's validator
        done, least = session.hold_seconds, dose.hold_seconds.low
    return session.sets >= sets and done is not None and done >= least


def build_up_change(  # noqa: PLR0913 - keyword-only; the parts of one slot's update
    *,
    slot: ProgrammeSlot,
    decision: ProgressionDecision,
    level: Sequence[SessionRecord],
    new: AbstractSet[SessionRecord],
    late: Sequence[SessionRecord],
    applies: datetime.date,
    catalog: Catalog,
    per_week: int,
) -> tuple[ProgrammeSlot, Reason] | None:
    """Sets follow tolerance: held after pain, added only after sessions that met them.

    ``level`` is the sessions at the slot's current level, in date order, and
    ``decision.session_pain`` their pain responses; ``new`` the ones this update
    brought; ``late`` troubled sessions it brought for a past level of the chain.

    hiptx's own rule (no source sets a build-up): one set is added once a week's
    worth of sessions (``per_week``) logged since the current sets began did those
    sets within the ceiling; any session since then above the ceiling or showing
    overload, or one arriving late, holds the sets until as many sessions logged
    after it did so.
    """
    sets = slot.build_up_sets
    if sets is None:
        return None
    exercise = catalog.exercises[slot.exercise_id]
    troubled = [
        s.date
        for s, p in zip(level, decision.session_pain, strict=True)
        if p.response is not PainResponse.ACCEPTABLE
        and s.date is not None
        and (s.date >= slot.build_up_from or s in new)
    ] + [s.date for s in late if s.date is not None]
    wanted = f"{per_week} {'session' if per_week == 1 else 'sessions'}"
    if troubled:
        after = max(max(troubled) + datetime.timedelta(days=1), slot.build_up_from)
        return attrs.evolve(slot, build_up_from=after, build_up_paused=True), (
            Reason.hiptx_default(
                ReasonCode.BUILD_UP_PAUSED,
                f"Sets held at {sets}, and the level kept: a session logged on "
                f"{max(troubled)} went above the pain ceiling or showed overload. The "
                f"build-up resumes once {wanted} logged from {after} on do {sets} sets "
                "within the pain ceiling (hiptx's own safety default).",
            )
        )
    clean = [
        s
        for s in level
        if s.date is not None and s.date >= slot.build_up_from and _met_dose(s, sets, exercise)
    ]
    if len(clean) < per_week:
        return None
    if slot.build_up_paused:
        return attrs.evolve(slot, build_up_from=applies, build_up_paused=False), (
            Reason.hiptx_default(
                ReasonCode.BUILD_UP,
                f"{wanted.capitalize()} logged since the pause did {sets} sets within the "
                "pain ceiling: the build-up resumes; a set is added, or the level changes, "
                "only after a week's worth more (hiptx's own default).",
            )
        )
    dose = exercise.dose
    assert dose is not None  # noqa: S101 - a slot has sets only with a dose
    if sets >= dose.top_sets:
        return None
    return attrs.evolve(slot, build_up_from=applies, build_up_sets=sets + 1), (
        Reason.hiptx_default(
            ReasonCode.BUILD_UP,
            f"{wanted.capitalize()} logged at {sets} sets reached the dose within the pain "
            f"ceiling: {sets + 1} sets from now on (hiptx's own default: one set more after "
            "a week's worth of tolerated sessions, up to the target).",
        )
    )


def swap(
    slot: ProgrammeSlot, decision: ProgressionDecision, effective: datetime.date, catalog: Catalog
) -> ProgrammeSlot:
    """The slot after a PROGRESS or REGRESS to another exercise: a fresh build-up."""
    assert decision.next_exercise_id is not None  # noqa: S101 - only STOP has none
    exercise = catalog.exercises[decision.next_exercise_id]
    return starting_slot(
        exercise,
        effective,
        patterns=slot.patterns,
        progression_id=slot.progression_id,
        reasons=decision.reasons,
        side=slot.side,
    )


def starting_slot(  # noqa: PLR0913 - keyword-only; each argument is one part of the slot
    exercise: Exercise,
    day: datetime.date,
    *,
    patterns: tuple[MovementPattern, ...],
    progression_id: str | None,
    reasons: tuple[Reason, ...],
    side: Side | None = None,
) -> ProgrammeSlot:
    """A slot that starts ``exercise`` on ``day``: a new level, with a fresh build-up.

    The one way a level starts, from a plan, a step up or down (or a step up that
    keeps the exercise, :func:`made_harder`), or a clinician's choice: its build-up
    begins that day at the low end of the dose's sets.
    """
    return ProgrammeSlot(
        patterns=patterns,
        progression_id=progression_id,
        exercise_id=exercise.id,
        since=day,
        build_up_from=day,
        build_up_sets=starting_sets(exercise),
        reasons=reasons,
        side=side,
    )


def late_troubles(
    slot: ProgrammeSlot, added: AbstractSet[LoggedSession], catalog: Catalog
) -> list[LoggedSession]:
    """Sessions this update brought for a past level of the slot's chain that troubled it.

    A session logged late for an exercise the slot has moved on from, above the
    pain ceiling or showing overload: the step made since rested on a log that
    lacked it, so the slot takes no further step up at this update.
    """
    chain = (
        (slot.exercise_id,)
        if slot.progression_id is None
        else catalog.progressions[slot.progression_id].exercise_ids
    )
    late = []
    for entry in added:
        day = entry.session.date
        at_current = entry.exercise_id == slot.exercise_id and day is not None and day >= slot.since
        other_side = entry.session.side not in {slot.side, None}
        if entry.exercise_id not in chain or at_current or other_side:
            continue
        exercise = catalog.exercises[entry.exercise_id]
        ceiling = None if exercise.dose is None else exercise.dose.pain_ceiling
        pain = held_pain_check(catalog, ceiling).classify(entry.session)
        if pain.response is not PainResponse.ACCEPTABLE:
            late.append(entry)
    return sorted(late, key=log_key)


def made_harder(
    slot: ProgrammeSlot, decision: ProgressionDecision, applies: datetime.date, catalog: Catalog
) -> ProgrammeSlot:
    """A PROGRESS that keeps the exercise (top of a chain): a new level, made harder.

    A new level like any other (:func:`starting_slot`): only a slot a clinician
    has not paused is decided, and the caller checks the new level's wait again.
    """
    return starting_slot(
        catalog.exercises[slot.exercise_id],
        applies,
        patterns=slot.patterns,
        progression_id=slot.progression_id,
        reasons=decision.reasons,
        side=slot.side,
    )
