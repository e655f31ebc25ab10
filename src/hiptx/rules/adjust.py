"""A clinician's changes to a programme, recorded as theirs, with the safety rules on top.

:func:`adjust_programme` lets a clinician set the exercise for a pattern (any level
of its chain, or a standalone exercise), add or remove an exercise, change its sets
(outside the source's range only with a warning reason), and pause or resume it.
Each change is a :class:`~hiptx.ProgrammeChange` whose first reason has
:attr:`~hiptx.Basis.CLINICIAN`, naming who made it and why. The safety rules stay on
top: a programme a red flag stopped stays stopped, and no exercise steps up a chain
through an overload (or pain above the ceiling) logged at its current level.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence

import attrs

from hiptx import _args
from hiptx._catalog_arg import given_or_bundled
from hiptx.catalog import Catalog
from hiptx.errors import InvalidValueError, OutOfRangeError
from hiptx.explain import Reason, ReasonCode
from hiptx.rules._choices import check_who_and_why, chosen_slot, clinician_reason
from hiptx.rules._programme_limits import MAX_SETS
from hiptx.rules._waits import overridden
from hiptx.rules._weeks import check_update_day, first_session_after, rescheduled
from hiptx.rules.advance import ProgrammeUpdate, still_stopped
from hiptx.rules.pain import PainResponse, held_pain_check
from hiptx.rules.programme import Programme, ProgrammeChange, ProgrammeSlot
from hiptx.rules.progression import Outcome
from hiptx.rules.surgery import OperationLimits, Surgery
from hiptx.vocab import MovementPattern, Side

__all__ = ["adjust_programme"]


def __dir__() -> list[str]:
    return __all__


def _troubled_level(programme: Programme, slot: ProgrammeSlot, catalog: Catalog) -> bool:
    """Whether a session at the slot's current level was above the ceiling or overloaded."""
    exercise = catalog.exercises[slot.exercise_id]
    ceiling = None if exercise.dose is None else exercise.dose.pain_ceiling
    check = held_pain_check(catalog, ceiling)
    return any(
        check.classify(s).response is not PainResponse.ACCEPTABLE
        for s in programme.sessions_at_current_level(slot.exercise_id, slot.side)
    )


def _step(slot: ProgrammeSlot, exercise_id: str, catalog: Catalog) -> int | None:
    if slot.progression_id is None:
        return None
    chain = catalog.progressions[slot.progression_id]
    return chain.step_of(exercise_id) if exercise_id in chain.exercise_ids else None


def _targets(
    programme: Programme,
    pattern: MovementPattern | None,
    exercise_id: str | None,
    side: Side | None,
) -> list[ProgrammeSlot]:
    """The current slots the change is about (one per side where both are tracked)."""
    key: MovementPattern | str | None = pattern if pattern is not None else exercise_id
    return [
        slot
        for slot in programme.slots
        if (key in slot.patterns or key == slot.exercise_id) and side in {None, slot.side}
    ]


def _set_exercise(  # noqa: PLR0913 - keyword-only; the parts of one change
    *,
    programme: Programme,
    slot: ProgrammeSlot,
    exercise_id: str,
    start: datetime.date,
    choice: Reason,
    catalog: Catalog,
) -> tuple[ProgrammeSlot, Outcome]:
    exercise = catalog.exercises[exercise_id]
    now, new = _step(slot, slot.exercise_id, catalog), _step(slot, exercise.id, catalog)
    stepping_up = now is not None and new is not None and new > now
    if stepping_up and (slot.build_up_paused or _troubled_level(programme, slot, catalog)):
        raise InvalidValueError(
            "exercise_id",
            exercise_id,
            f"a level no harder than {slot.exercise_id!r}: a session logged at its level went "
            "above the pain ceiling or showed overload, and hiptx never steps a patient up "
            "through it (a clinician may choose an easier level or pause the exercise)",
        )
    outcome = (
        Outcome.PROGRESS
        if stepping_up
        else Outcome.REGRESS
        if now is not None and new is not None and new < now
        else Outcome.HOLD
    )
    new_slot = chosen_slot(
        exercise_id=exercise.id,
        patterns=slot.patterns,
        start=start,
        side=slot.side,
        reasons=(choice,),
        catalog=catalog,
    )
    if new is not None:  # a level of the slot's own chain keeps the chain
        new_slot = attrs.evolve(new_slot, progression_id=slot.progression_id)
    return new_slot, outcome


def _set_sets(
    slot: ProgrammeSlot, sets: object, start: datetime.date, catalog: Catalog
) -> tuple[ProgrammeSlot, list[Reason]]:
    count = _args.require("sets", sets, int, f"an integer from 1 to {MAX_SETS}")
    if not 1 <= count <= MAX_SETS:
        raise OutOfRangeError("sets", count, f"an integer from 1 to {MAX_SETS}")
    exercise = catalog.exercises[slot.exercise_id]
    if exercise.dose is None:
        raise InvalidValueError(
            "sets", count, f"None: the sources give {exercise.id!r} no dose to set sets within"
        )
    warnings = []
    low, high = exercise.dose.sets.low, exercise.dose.top_sets
    if not low <= count <= high:
        warnings.append(
            Reason.hiptx_default(
                ReasonCode.CLINICIAN_CHOICE,
                f"Warning: {count} sets is outside the source's {exercise.dose.sets} sets for "
                f"{exercise.name}; the clinician's choice, not the sources' (hiptx's own "
                "warning).",
            )
        )
    return attrs.evolve(slot, build_up_sets=count, build_up_from=start), warnings


class _Change:
    """One clinician's change in the making: the slots and the changes recorded."""

    def __init__(
        self,
        programme: Programme,
        who: tuple[str, str],
        effective: datetime.date | None,
        start: datetime.date,
        catalog: Catalog,
    ) -> None:
        self.programme, self.who, self.catalog = programme, who, catalog
        self.effective, self.start = effective, start
        self.slots = list(programme.slots)
        self.changes: list[ProgrammeChange] = []
        self.operation: OperationLimits | None = None

    def _record(
        self,
        before: ProgrammeSlot,
        after: ProgrammeSlot | None,
        outcome: Outcome,
        choice: Reason,
        warnings: Sequence[Reason] = (),
    ) -> None:
        self.changes.append(
            ProgrammeChange.for_slot(
                before,
                None if after is None else after.exercise_id,
                outcome,
                self.effective,
                (choice, *warnings),
            )
        )

    def modify(
        self, targets: Sequence[ProgrammeSlot], *, remove: bool, sets: object, paused: bool | None
    ) -> None:
        for slot in targets:
            i = self.slots.index(slot)
            if remove:
                del self.slots[i]
                self._record(
                    slot, None, Outcome.STOP, clinician_reason(_what(slot, None), *self.who)
                )
                continue
            new, warnings = slot, list[Reason]()
            if sets is not None:
                new, warnings = _set_sets(new, sets, self.start, self.catalog)
            if paused is not None:
                new = attrs.evolve(new, paused=paused, build_up_from=self.start)
            self.slots[i] = new
            choice = clinician_reason(_what(slot, new), *self.who)
            self._record(slot, new, Outcome.HOLD, choice, warnings)

    def swap(self, targets: Sequence[ProgrammeSlot], exercise_id: str) -> None:
        for slot in targets:
            choice = clinician_reason(f"{exercise_id} in place of {slot.exercise_id}", *self.who)
            new, outcome = _set_exercise(
                programme=self.programme,
                slot=slot,
                exercise_id=exercise_id,
                start=self.start,
                choice=choice,
                catalog=self.catalog,
            )
            self.slots[self.slots.index(slot)] = new
            override = overridden(new, self.operation, self.start, self.catalog, self.who)
            self._record(slot, new, outcome, choice, override)

    def add(self, exercise_id: str, pattern: MovementPattern | None, side: Side | None) -> None:
        tracked = [s for s in (Side.LEFT, Side.RIGHT) if any(x.side is s for x in self.slots)]
        sides: list[Side | None] = [side] if side is not None else [*tracked] or [None]
        for one in sides:
            choice = clinician_reason(f"Add {exercise_id}", *self.who)
            new = chosen_slot(
                exercise_id=exercise_id,
                patterns=None if pattern is None else (pattern,),
                start=self.start,
                side=one,
                reasons=(choice,),
                catalog=self.catalog,
            )
            self.slots.append(new)
            override = overridden(new, self.operation, self.start, self.catalog, self.who)
            self._record(new, new, Outcome.HOLD, choice, override)


def adjust_programme(  # noqa: PLR0913 - keyword-only; each choice is one argument
    programme: Programme,
    *,
    today: datetime.date,
    by: str,
    reason: str,
    pattern: MovementPattern | None = None,
    exercise_id: str | None = None,
    side: Side | None = None,
    sets: int | None = None,
    paused: bool | None = None,
    remove: bool = False,
    surgery: Surgery | None = None,
    catalog: Catalog | None = None,
) -> ProgrammeUpdate:
    """Apply one clinician's change to a programme, from the first session after ``today``.

    What the arguments ask for:

    * ``pattern`` and ``exercise_id``: set the pattern's exercise to any level of
      its chain, or to a standalone exercise (a pattern with no slot gets one);
    * ``exercise_id`` alone, not in the programme: add it as a standalone exercise;
    * ``remove=True`` with ``pattern`` or ``exercise_id``: remove that exercise;
    * ``sets=`` with ``pattern`` or ``exercise_id``: set its sets (outside the
      source's range only with a warning reason);
    * ``paused=True`` or ``False`` with ``pattern`` or ``exercise_id``: pause or
      resume it (a paused exercise is carried, not scheduled or decided on).

    ``side`` limits the change to one side of a programme that tracks both. Each
    change is a :class:`~hiptx.ProgrammeChange` whose first reason has
    :attr:`~hiptx.Basis.CLINICIAN`, naming ``by`` and ``reason``. The safety rules
    stay on top: a programme a red flag stopped is not changed, and no exercise
    steps up a chain through a logged overload or pain above the ceiling at its
    current level.

    Args:
        programme: The programme to change.
        today: The day of the change; not earlier than the last update's.
        by: Who made the change (for example a clinician's name and role).
        reason: Why.
        pattern: The pattern whose exercise changes.
        exercise_id: The exercise to set or add, or the one to change.
        side: The side (``LEFT`` or ``RIGHT``) to change, where both are tracked.
        sets: New sets for the exercise.
        paused: Pause (``True``) or resume (``False``) the exercise.
        remove: Remove the exercise.
        surgery: The patient's operation, if any. An exercise it restricts may
            still be chosen: the clinician's override is recorded beside the
            restriction's reasons.
        catalog: The catalog the programme was built from; the bundled one if
            omitted.

    Raises:
        WrongTypeError: an argument of the wrong type.
        InvalidValueError: nothing to change, a pattern or exercise not in the
            programme where one must be, a step up through a logged overload, an
            empty ``by`` or ``reason``, or a ``today`` before the last update.
        UnknownIdError: an exercise id not in the catalog.

    Example:
        >>> import datetime, hiptx
        >>> plan = hiptx.plan_exercises(hiptx.Assessment(findings={
        ...     hiptx.MovementPattern.ADDUCTION: hiptx.Finding.WEAK}))
        >>> prog = hiptx.build_programme(plan, start=datetime.date(2025, 1, 6), weeks=4,
        ...                              sessions_per_week=3)
        >>> update = hiptx.adjust_programme(prog, today=datetime.date(2025, 1, 10),
        ...     by="J. Smith, physiotherapist", reason="strength near normal",
        ...     pattern=hiptx.MovementPattern.ADDUCTION,
        ...     exercise_id="standing-banded-hip-adduction")
        >>> (change,) = update.changes
        >>> change.to_exercise_id, change.effective.isoformat(), change.reasons[0].basis.value
        ('standing-banded-hip-adduction', '2025-01-13', 'clinician')

    .. versionadded:: 0.2.0
    """
    _args.require("programme", programme, Programme, "a Programme (from build_programme)")
    _args.require_date("today", today)
    by, why = check_who_and_why(by, reason)
    _args.require_optional("pattern", pattern, MovementPattern, "a MovementPattern or None")
    _args.require_optional("exercise_id", exercise_id, str, "an exercise id or None")
    _args.require_optional("side", side, Side, "a Side or None")
    _args.require_optional("paused", paused, bool, "True, False or None")
    _args.require("remove", remove, bool, "True or False")
    _args.require_optional("surgery", surgery, Surgery, "a Surgery or None")
    catalog = given_or_bundled(catalog)
    check_update_day(programme, today)
    if pattern is None and exercise_id is None:
        raise InvalidValueError("pattern", None, "a pattern or an exercise_id to change")
    if exercise_id is not None:
        catalog.exercises[exercise_id]  # an unknown id is an UnknownIdError, named
    programme = attrs.evolve(programme, updated=today)
    if programme.referral is not None:
        return still_stopped(
            programme,
            "A red flag stopped this programme: hiptx changes no exercise until a clinician "
            "builds a new one after the referral.",
            catalog,
        )
    effective = first_session_after(programme.start, programme.weeks, programme.weekdays, today)
    start = effective if effective is not None else today
    targets = _targets(programme, pattern, exercise_id, side)
    change = _Change(programme, (by, why), effective, start, catalog)
    change.operation = None if surgery is None else OperationLimits(surgery, catalog)
    if remove or sets is not None or paused is not None:
        if not targets:
            raise InvalidValueError(
                "pattern" if pattern is not None else "exercise_id",
                pattern if pattern is not None else exercise_id,
                "a pattern or exercise of a current slot"
                + ("" if side is None else f" on the {side.value} side"),
            )
        change.modify(targets, remove=remove, sets=sets, paused=paused)
    elif (
        exercise_id is not None
        and targets
        and (pattern is not None or exercise_id not in {s.exercise_id for s in targets})
    ):
        change.swap(targets, exercise_id)
    elif exercise_id is not None and not targets:
        change.add(exercise_id, pattern, side)
    else:
        raise InvalidValueError(
            "exercise_id", exercise_id, "a change: a different exercise, sets, paused or remove"
        )
    new_programme = rescheduled(programme, change.slots, change.changes, today, catalog)
    return ProgrammeUpdate(
        programme=new_programme, changes=tuple(change.changes), provenance=catalog.provenance
    )


def _what(before: ProgrammeSlot, after: ProgrammeSlot | None) -> str:
    if after is None:
        return f"Remove {before.exercise_id}"
    if after.paused != before.paused:
        return f"{'Pause' if after.paused else 'Resume'} {before.exercise_id}"
    return f"{after.build_up_sets} sets of {before.exercise_id}"
