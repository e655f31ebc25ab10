"""Exercises an operation restricts: a programme waits rather than schedule them.

The restriction itself is :func:`hiptx.exercise_restriction`'s, asked of the
:class:`~hiptx.rules.surgery.OperationLimits` the calling rule made for its call
(so one place answers it, and the limits are read once a call); this module only
applies it to a programme's slots. A restricted exercise is not scheduled before the restriction's ``until``,
and hiptx lifts the wait on that day, saying so; with no known end it waits until
a clinician chooses (:func:`hiptx.adjust_programme` may override, recorded as the
clinician's).
"""

from __future__ import annotations

import datetime

import attrs

from hiptx.catalog import Catalog
from hiptx.explain import Reason, ReasonCode
from hiptx.rules import surgery as _surgery
from hiptx.rules.programme import ProgrammeSlot
from hiptx.vocab import Side


def restriction_on(
    exercise_id: str,
    side: Side | None,
    operation: _surgery.OperationLimits | None,
    day: datetime.date,
    catalog: Catalog,
) -> _surgery.ExerciseRestriction | None:
    """The operation's restriction on an exercise for this side on ``day``, if any."""
    if operation is None:
        return None
    # The operated side only; a slot with no side may be either.
    if side is not None and operation.surgery.side not in {side, Side.BOTH}:
        return None
    return operation.restriction(catalog.exercises[exercise_id], day)


def wait_reason(
    exercise_id: str, restriction: _surgery.ExerciseRestriction, day: datetime.date
) -> Reason:
    """The reason an exercise waits (hiptx's own default): until when, and who lifts it."""
    until = restriction.until
    later = (
        f"until {until}: hiptx schedules it from that day (hiptx's own default)"
        if until is not None
        else "with no known end: hiptx schedules it only when no restriction remains, or "
        "a clinician chooses (hiptx's own default)"
    )
    return Reason.hiptx_default(
        ReasonCode.RESTRICTED_AFTER_SURGERY,
        f"{exercise_id} waits: the operation restricts it on {day}, {later}.",
    )


def with_wait(
    slot: ProgrammeSlot,
    operation: _surgery.OperationLimits | None,
    day: datetime.date,
    catalog: Catalog,
) -> tuple[ProgrammeSlot, tuple[Reason, ...]]:
    """The slot waiting for a restriction on ``day``, or its wait lifted; and why."""
    restriction = restriction_on(slot.exercise_id, slot.side, operation, day, catalog)
    if restriction is None:
        if not slot.waiting:
            return slot, ()
        lifted = Reason.hiptx_default(
            ReasonCode.RESTRICTED_AFTER_SURGERY,
            f"{slot.exercise_id}: the operation no longer restricts it on {day}, so hiptx "
            "schedules it again (hiptx's own default).",
        )
        # The exercise begins on the day it is allowed: sessions logged while it
        # waited are not at this level, and its build-up starts from that day.
        lifted_slot = attrs.evolve(
            slot, waiting=False, waiting_until=None, since=day, build_up_from=day
        )
        return lifted_slot, (lifted,)
    reasons = (*restriction.reasons, wait_reason(slot.exercise_id, restriction, day))
    waiting = attrs.evolve(
        slot,
        waiting=True,
        waiting_until=restriction.until,
        reasons=(*slot.reasons, *(r for r in reasons if r not in slot.reasons)),
    )
    return waiting, reasons


def overridden(
    slot: ProgrammeSlot,
    operation: _surgery.OperationLimits | None,
    day: datetime.date,
    catalog: Catalog,
    who: tuple[str, str],
) -> tuple[Reason, ...]:
    """A clinician scheduling a restricted exercise: the restriction, and their override."""
    exercise_id = slot.exercise_id
    restriction = restriction_on(exercise_id, slot.side, operation, day, catalog)
    if restriction is None:
        return ()
    by, why = who
    return (
        *restriction.reasons,
        Reason.clinician(
            ReasonCode.RESTRICTED_AFTER_SURGERY,
            f"{exercise_id} is restricted after the operation on {day}; scheduled "
            f"anyway, overridden by {by}: {why}",
        ),
    )
