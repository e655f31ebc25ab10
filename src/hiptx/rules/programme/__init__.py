"""Programmes: an exercise plan scheduled on dated sessions, with a dose for each.

This module holds the programme's types; :func:`~hiptx.build_programme` (in
:mod:`hiptx.rules.schedule`) turns an :class:`~hiptx.ExercisePlan` into weeks of dated
sessions. The clinician gives how many sessions a week; hiptx invents no frequency.
Two choices are hiptx's own, because no source in the catalog makes them, and every
reason that rests on them says so:

* **Session days.** When no weekdays are given, the sessions are spread as evenly as
  a 7-day week allows, starting on ``start``'s weekday: session *i* (from 0) of *n*
  falls ``floor(i * 7 / n)`` days after it (3 a week from a Monday: Monday,
  Wednesday, Friday).
* **Starting dose and build-up.** Each exercise starts at the low end of its
  source's sets range and adds one set, up to the top of the range (the progression
  rule's target), only after a week's worth of logged sessions did the current sets
  within the pain ceiling: the build-up follows tolerance, never the calendar; reps
  (or hold seconds) stay in the source's range throughout. An exercise the sources give no dose gets none: its dose is the
  clinician's to give.

:func:`hiptx.advance_programme` (in :mod:`hiptx.rules.advance`) moves a programme on
after logged sessions, which the programme keeps in its own dated log.

The programme's value classes are defined in ``_sessions`` (a prescription, a
session, a week) and ``_slots`` (a slot, a change, a logged session); this module
holds the programme itself.
"""

from __future__ import annotations

import datetime

import attrs

from hiptx import _fields
from hiptx._catalog_arg import bundled_provenance, check_provenance
from hiptx.catalog import Provenance
from hiptx.errors import InvalidValueError, WrongTypeError
from hiptx.explain import Reason
from hiptx.rules._calendar import calendar_date, calendar_date_or_none
from hiptx.rules._programme_limits import DAYS_PER_WEEK, MAX_WEEKS, check_calendar, check_weekdays
from hiptx.rules.pain import SessionRecord
from hiptx.rules.plans import UncoveredPattern, WithheldPattern
from hiptx.rules.programme._sessions import Prescription, ProgrammeSession, ProgrammeWeek
from hiptx.rules.programme._slots import LoggedSession, ProgrammeChange, ProgrammeSlot
from hiptx.rules.red_flags import Referral
from hiptx.vocab import MovementPattern, Side

__all__ = [
    "LoggedSession",
    "Prescription",
    "Programme",
    "ProgrammeChange",
    "ProgrammeSession",
    "ProgrammeSlot",
    "ProgrammeWeek",
]


def __dir__() -> list[str]:
    return __all__


#: The weekdays field: its checks, and in the schema each item is 0 (Monday) to 6.
_WEEKDAYS = _fields.items(int, min_items=1, unique=True)
_WEEKDAYS["metadata"] = {
    _fields.SCHEMA_KEY: {
        **_WEEKDAYS["metadata"][_fields.SCHEMA_KEY],  # type: ignore[dict-item]
        "items": {"minimum": 0, "maximum": 6},
    }
}


def _programme_is_consistent(instance: Programme, _: attrs.Attribute[object], __: object) -> None:
    check_calendar(instance.start, instance.weeks)
    if check_weekdays(instance.weekdays, instance.sessions_per_week) != instance.weekdays:
        raise InvalidValueError("weekdays", instance.weekdays, "weekday numbers in ascending order")
    if len(instance.schedule) != instance.weeks:
        raise InvalidValueError("schedule", len(instance.schedule), f"{instance.weeks} weeks")
    for i, week in enumerate(instance.schedule):
        if week.number != i + 1:
            raise InvalidValueError(f"schedule[{i}].number", week.number, f"{i + 1}")
        first = instance.start + datetime.timedelta(days=DAYS_PER_WEEK * i)
        for j, session in enumerate(week.sessions):
            offset = (session.date - first).days
            if not 0 <= offset < DAYS_PER_WEEK or session.date.weekday() not in instance.weekdays:
                raise InvalidValueError(
                    f"schedule[{i}].sessions[{j}].date",
                    session.date,
                    f"a day of week {i + 1} on one of the weekdays {instance.weekdays}",
                )


@attrs.frozen(kw_only=True)
class Programme:
    """A plan scheduled on dated sessions: a frozen value, advanced by a new one.

    Attributes:
        start: The first day of week 1.
        weeks: How many weeks the programme runs (1-52).
        sessions_per_week: Sessions a week (1-7), as the clinician gave.
        weekdays: The session days, 0 (Monday) to 6 (Sunday), in ascending order.
        schedule: One :class:`ProgrammeWeek` per week, each with its dated sessions.
        slots: The current exercise for each trained pattern, and since when.
        withheld: Painful patterns the plan gave no exercise (carried, not scheduled).
        uncovered: Impaired patterns no chain trains (carried, not scheduled).
        not_assessed: Basic patterns the assessment did not cover.
        history: Every change made by :func:`~hiptx.advance_programme`, oldest first.
        log: Every dated session the programme was given, in date order (each
            once, however often it was sent); see :meth:`~hiptx.Programme.sessions_at_current_level`.
        updated: The ``today`` of the latest :func:`~hiptx.advance_programme`
            call, if any; a later update may not be dated before it.
        athlete: Whether the patient is an athlete (or has a sporting goal): only
            then does the programme step up into the steps the sources reserve
            for athletes.
        referral: The red-flag referral, when a red flag stopped the programme.
        reasons: Reasons about the programme as a whole (its session days and
            frequency, what is not scheduled, a red flag stopping it).
        provenance: Which catalog produced it (:class:`~hiptx.Provenance`).

    Example:
        >>> import datetime, hiptx
        >>> plan = hiptx.plan_exercises(hiptx.Assessment(findings={
        ...     hiptx.MovementPattern.ADDUCTION: hiptx.Finding.WEAK}))
        >>> prog = hiptx.build_programme(plan, start=datetime.date(2025, 1, 6), weeks=4,
        ...                              sessions_per_week=3)
        >>> prog.weekdays, len(prog.sessions), prog.end.isoformat()
        ((0, 2, 4), 12, '2025-02-02')

    .. versionadded:: 0.2.0
    """

    start: datetime.date = attrs.field(validator=calendar_date)
    weeks: int = attrs.field(**_fields.integer(minimum=1, maximum=MAX_WEEKS))
    sessions_per_week: int = attrs.field(**_fields.integer(minimum=1, maximum=DAYS_PER_WEEK))
    weekdays: tuple[int, ...] = attrs.field(**_WEEKDAYS)
    schedule: tuple[ProgrammeWeek, ...] = attrs.field(
        **_fields.items(ProgrammeWeek, also=_programme_is_consistent)
    )
    slots: tuple[ProgrammeSlot, ...] = attrs.field(default=(), **_fields.items(ProgrammeSlot))
    withheld: tuple[WithheldPattern, ...] = attrs.field(
        default=(), **_fields.items(WithheldPattern)
    )
    uncovered: tuple[UncoveredPattern, ...] = attrs.field(
        default=(), **_fields.items(UncoveredPattern)
    )
    not_assessed: tuple[MovementPattern, ...] = attrs.field(
        default=(), **_fields.items(MovementPattern, unique=True)
    )
    history: tuple[ProgrammeChange, ...] = attrs.field(default=(), **_fields.items(ProgrammeChange))
    log: tuple[LoggedSession, ...] = attrs.field(default=(), **_fields.items(LoggedSession))
    updated: datetime.date | None = attrs.field(default=None, validator=calendar_date_or_none)
    athlete: bool = attrs.field(default=False, **_fields.flag())
    referral: Referral | None = attrs.field(
        default=None, **_fields.instance(Referral, optional=True)
    )
    reasons: tuple[Reason, ...] = attrs.field(default=(), **_fields.items(Reason))
    provenance: Provenance = attrs.field(
        factory=bundled_provenance, kw_only=True, validator=check_provenance
    )

    @property
    def end(self) -> datetime.date:
        """The last day of the last week."""
        return self.start + datetime.timedelta(days=DAYS_PER_WEEK * self.weeks - 1)

    @property
    def sessions(self) -> tuple[ProgrammeSession, ...]:
        """Every session, in date order."""
        return tuple(s for week in self.schedule for s in week.sessions)

    def slot_for(
        self, pattern_or_exercise_id: MovementPattern | str, side: Side | None = None
    ) -> ProgrammeSlot:
        """The current slot training a pattern, or using an exercise (by its id).

        Args:
            pattern_or_exercise_id: A pattern the slot trains, or its current
                exercise's id.
            side: The slot's side, needed where the programme tracks both.

        Raises:
            InvalidValueError: no current slot matches (the message lists the
                current ones), or two do (one per side) and no ``side`` was given.

        Example:
            >>> import datetime, hiptx
            >>> plan = hiptx.plan_exercises(hiptx.Assessment(findings={
            ...     hiptx.MovementPattern.ADDUCTION: hiptx.Finding.WEAK},
            ...     side=hiptx.Side.BOTH))
            >>> prog = hiptx.build_programme(plan, start=datetime.date(2025, 1, 6), weeks=4,
            ...                              sessions_per_week=3)
            >>> prog.slot_for(hiptx.MovementPattern.ADDUCTION, hiptx.Side.LEFT).side
            <Side.LEFT: 'left'>
        """
        if side is not None and not isinstance(side, Side):
            raise WrongTypeError("side", side, "a Side (LEFT or RIGHT) or None")
        found = [
            slot
            for slot in self.slots
            if (
                pattern_or_exercise_id in slot.patterns
                or pattern_or_exercise_id == slot.exercise_id
            )
            and (side is None or slot.side == side)
        ]
        if len(found) == 1:
            return found[0]
        if found:
            raise InvalidValueError(
                "side", side, "the side, LEFT or RIGHT: this programme tracks each side"
            )
        current = ", ".join(
            dict.fromkeys(
                [s.exercise_id for s in self.slots]
                + [p.value for s in self.slots for p in s.patterns]
            )
        )
        raise InvalidValueError(
            "pattern_or_exercise_id",
            pattern_or_exercise_id,
            "a pattern or exercise id of a current slot"
            + ("" if side is None else f" on the {side.value} side")
            + ": "
            + (current or "none"),
        )

    def sessions_at_current_level(
        self, pattern_or_exercise_id: MovementPattern | str, side: Side | None = None
    ) -> tuple[SessionRecord, ...]:
        """The logged sessions a slot's next decision reads: its current level's.

        Those logged for the slot's current exercise (and side) on or after the day
        it began (:attr:`ProgrammeSlot.since`), in date order.

        Args:
            pattern_or_exercise_id: A pattern the slot trains, or its current
                exercise's id.
            side: The slot's side, needed where the programme tracks both.

        Raises:
            InvalidValueError: no current slot matches, or two do and no ``side``
                was given.

        Example:
            >>> import datetime, hiptx
            >>> plan = hiptx.plan_exercises(hiptx.Assessment(findings={
            ...     hiptx.MovementPattern.ADDUCTION: hiptx.Finding.WEAK}))
            >>> prog = hiptx.build_programme(plan, start=datetime.date(2025, 1, 6), weeks=4,
            ...                              sessions_per_week=3)
            >>> day = datetime.date(2025, 1, 6)
            >>> s = hiptx.SessionRecord(sets=2, reps=10, pain_during=1, pain_after_24h=1,
            ...                         date=day)
            >>> update = hiptx.advance_programme(prog, {"side-lying-hip-adduction": [s]},
            ...                                  today=day)
            >>> len(update.programme.sessions_at_current_level("side-lying-hip-adduction"))
            1
        """
        slot = self.slot_for(pattern_or_exercise_id, side)
        return tuple(
            entry.session
            for entry in self.log
            if entry.exercise_id == slot.exercise_id
            and entry.session.date is not None
            and entry.session.date >= slot.since
            # A one-sided programme takes sessions that do not say their side.
            and entry.session.side in (slot.side, None)
        )
