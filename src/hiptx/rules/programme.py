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

Long because it holds the programme's value classes together (a prescription, a
session, a week, a slot, a change, a logged session, the programme), each small.
"""

from __future__ import annotations

import datetime

import attrs

from hiptx import _fields
from hiptx._catalog_arg import bundled_provenance, check_provenance
from hiptx.catalog import Provenance
from hiptx.errors import InvalidValueError, WrongTypeError
from hiptx.explain import Reason
from hiptx.ranges import IntRange
from hiptx.rules._calendar import calendar_date, calendar_date_or_none
from hiptx.rules._programme_limits import (
    DAYS_PER_WEEK,
    MAX_SETS,
    MAX_WEEKS,
    check_calendar,
    check_weekdays,
    frequency_text,
)
from hiptx.rules.pain import SessionRecord
from hiptx.rules.plans import UncoveredPattern, WithheldPattern
from hiptx.rules.progression import Outcome
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


def _dose_fields_agree(instance: Prescription, _: attrs.Attribute[object], __: object) -> None:
    measures = (instance.reps, instance.hold_seconds)
    if instance.sets is None:
        if any(m is not None for m in (*measures, instance.rep_hold_seconds)):
            raise InvalidValueError(
                "sets", None, "sets whenever reps, hold_seconds or rep_hold_seconds are given"
            )
        return
    _fields.check_dose_measure(instance.reps, instance.hold_seconds, instance.rep_hold_seconds)


@attrs.frozen(kw_only=True)
class Prescription:
    """One exercise in one session: what to do, how much, and why.

    Attributes:
        exercise_id: The exercise.
        patterns: The impaired movement patterns it trains in this programme.
        progression_id: The chain it belongs to.
        sessions_per_week: How often it is done.
        pain_ceiling: Most pain (0-10) acceptable during and in the 24 hours after:
            the dose's own ceiling where its source sets one, else the catalog's.
        sets: Sets for this session (by the build-up rule); ``None`` where the
            sources give the exercise no dose (then the dose is the clinician's).
        reps: Repetitions per set, the source's range; or
        hold_seconds: Seconds per hold, the source's range.
        rep_hold_seconds: A pause held in each repetition, where the source gives one.
        target: What to work up to before progressing (the progression rule's
            target), or ``None`` without a dose.
        reasons: Why this dose: the build-up (hiptx's own default), the target and
            the ceiling (with their citations).
        side: The side it is for (``LEFT`` or ``RIGHT``), in a programme that
            tracks sides.

    Example:
        >>> import hiptx
        >>> p = hiptx.Prescription(exercise_id="side-lying-hip-adduction",
        ...     patterns=(hiptx.MovementPattern.ADDUCTION,), sessions_per_week=3,
        ...     pain_ceiling=3.0, sets=2, reps=hiptx.IntRange(8, 10),
        ...     rep_hold_seconds=hiptx.IntRange(2, 3), target="3 sets of 8-10 reps")
        >>> p.text
        '2 sets x 8-10 reps, 2-3 s hold per rep, pain <= 3/10, 3 times a week; work up to 3 sets of 8-10 reps'
        >>> hiptx.Prescription(exercise_id="squat-comfortable-range",
        ...     patterns=(hiptx.MovementPattern.SQUAT,), sessions_per_week=2, pain_ceiling=3.0).text
        "dose: the clinician's to give, pain <= 3/10, twice a week"

    .. versionadded:: 0.2.0
    """

    exercise_id: str = attrs.field(**_fields.slug())
    patterns: tuple[MovementPattern, ...] = attrs.field(
        **_fields.items(MovementPattern, min_items=1, unique=True)
    )
    sessions_per_week: int = attrs.field(**_fields.integer(minimum=1, maximum=DAYS_PER_WEEK))
    pain_ceiling: float = attrs.field(**_fields.number(maximum=10.0))
    progression_id: str | None = attrs.field(default=None, **_fields.slug(optional=True))
    sets: int | None = attrs.field(
        default=None, **_fields.integer(minimum=1, maximum=MAX_SETS, optional=True)
    )
    reps: IntRange | None = attrs.field(default=None, **_fields.instance(IntRange, optional=True))
    hold_seconds: IntRange | None = attrs.field(
        default=None, **_fields.instance(IntRange, optional=True)
    )
    rep_hold_seconds: IntRange | None = attrs.field(
        default=None, **_fields.instance(IntRange, optional=True, also=_dose_fields_agree)
    )
    target: str | None = attrs.field(default=None, **_fields.text(optional=True))
    reasons: tuple[Reason, ...] = attrs.field(default=(), **_fields.items(Reason))
    side: Side | None = attrs.field(default=None, **_fields.choice(Side, optional=True))

    @property
    def text(self) -> str:
        """Everything the prescription holds, in one line.

        Sets, reps or hold seconds, the hold per rep, the pain ceiling, how often,
        and the target; without a dose, that the dose is the clinician's to give.
        """
        parts = []
        if self.sets is None:
            parts.append("dose: the clinician's to give")
        else:
            noun = "set" if self.sets == 1 else "sets"
            amount = (
                f"{self.reps} reps" if self.reps is not None else f"{self.hold_seconds} s holds"
            )
            parts.append(f"{self.sets} {noun} x {amount}")
            if self.rep_hold_seconds is not None:
                parts.append(f"{self.rep_hold_seconds} s hold per rep")
        parts.append(f"pain <= {self.pain_ceiling:g}/10")
        parts.append(frequency_text(self.sessions_per_week))
        if self.side is not None:
            parts.append(f"{self.side.value} side")
        text = ", ".join(parts)
        return f"{text}; work up to {self.target}" if self.target else text


@attrs.frozen(kw_only=True)
class ProgrammeSession:
    """One dated session and the exercises in it.

    Attributes:
        date: The day of the session.
        week: The programme week it falls in (1 for the first).
        prescriptions: One per exercise, in the programme's slot order.

    Example:
        >>> import datetime, hiptx
        >>> s = hiptx.ProgrammeSession(date=datetime.date(2025, 1, 6), week=1)
        >>> s.date.strftime("%a"), s.prescriptions
        ('Mon', ())

    .. versionadded:: 0.2.0
    """

    date: datetime.date = attrs.field(validator=calendar_date)
    week: int = attrs.field(**_fields.integer(minimum=1, maximum=MAX_WEEKS))
    prescriptions: tuple[Prescription, ...] = attrs.field(default=(), **_fields.items(Prescription))


#: The weekdays field: its checks, and in the schema each item is 0 (Monday) to 6.
_WEEKDAYS = _fields.items(int, min_items=1, unique=True)
_WEEKDAYS["metadata"] = {
    _fields.SCHEMA_KEY: {
        **_WEEKDAYS["metadata"][_fields.SCHEMA_KEY],  # type: ignore[dict-item]
        "items": {"minimum": 0, "maximum": 6},
    }
}


def _sessions_in_week(instance: ProgrammeWeek, _: attrs.Attribute[object], __: object) -> None:
    for i, session in enumerate(instance.sessions):
        if session.week != instance.number:
            raise InvalidValueError(
                f"sessions[{i}].week", session.week, f"{instance.number}, this week's number"
            )


@attrs.frozen(kw_only=True)
class ProgrammeWeek:
    """One week of a programme: its number and its dated sessions.

    Week *n* covers the seven days from ``start + 7 * (n - 1)`` days.

    Example:
        >>> import datetime, hiptx
        >>> w = hiptx.ProgrammeWeek(number=1, sessions=(
        ...     hiptx.ProgrammeSession(date=datetime.date(2025, 1, 6), week=1),))
        >>> [s.date.isoformat() for s in w.sessions]
        ['2025-01-06']

    .. versionadded:: 0.2.0
    """

    number: int = attrs.field(**_fields.integer(minimum=1, maximum=MAX_WEEKS))
    sessions: tuple[ProgrammeSession, ...] = attrs.field(
        default=(), **_fields.items(ProgrammeSession, also=_sessions_in_week)
    )


@attrs.frozen(kw_only=True)
class ProgrammeSlot:
    """The exercise a programme currently uses for some patterns, and since when.

    Attributes:
        patterns: The impaired patterns it trains (one chain may train several).
        progression_id: The chain the exercise belongs to; ``None`` for a
            standalone exercise a clinician scheduled.
        exercise_id: The current exercise.
        since: The first session date it applies from.
        build_up_from: The date the current build-up runs from.
        build_up_sets: The current sets. One is added, up to the top of the dose's
            range, only when a week's worth of sessions logged from
            ``build_up_from`` did them within the ceiling. ``None`` without a dose.
        build_up_paused: True while sets, and the level, are held (a logged session
            at this level went above the pain ceiling or showed overload).
        reasons: Why this exercise: the plan's reasons, or the decision that
            swapped it in.
        side: The side it trains (``LEFT`` or ``RIGHT``); ``None`` when the
            programme does not track sides. A programme for both hips has one
            slot per side for each chain, each with its own level and log.
        paused: True while a clinician has paused it: carried, not scheduled,
            and not decided on (see :func:`~hiptx.adjust_programme`).
        waiting: True while an operation restricts its exercise: not scheduled
            before ``waiting_until`` (never, while that is ``None``); its reasons
            say which restriction.
        waiting_until: The day the restriction ends and the exercise is
            scheduled again (hiptx lifts the wait then), if known.

    Example:
        >>> import datetime, hiptx
        >>> day = datetime.date(2025, 1, 6)
        >>> slot = hiptx.ProgrammeSlot(patterns=(hiptx.MovementPattern.ADDUCTION,),
        ...     progression_id="hip-adductor-strengthening",
        ...     exercise_id="side-lying-hip-adduction", since=day, build_up_from=day,
        ...     build_up_sets=2)
        >>> slot.build_up_paused
        False

    .. versionadded:: 0.2.0
    """

    patterns: tuple[MovementPattern, ...] = attrs.field(
        **_fields.items(MovementPattern, min_items=1, unique=True)
    )
    progression_id: str | None = attrs.field(**_fields.slug(optional=True))
    exercise_id: str = attrs.field(**_fields.slug())
    since: datetime.date = attrs.field(validator=calendar_date)
    build_up_from: datetime.date = attrs.field(validator=calendar_date)
    build_up_sets: int | None = attrs.field(
        default=None, **_fields.integer(minimum=1, maximum=MAX_SETS, optional=True)
    )
    build_up_paused: bool = attrs.field(default=False, **_fields.flag())
    reasons: tuple[Reason, ...] = attrs.field(default=(), **_fields.items(Reason))
    side: Side | None = attrs.field(default=None, **_fields.choice(Side, optional=True))
    paused: bool = attrs.field(default=False, **_fields.flag())
    waiting: bool = attrs.field(default=False, **_fields.flag())
    waiting_until: datetime.date | None = attrs.field(default=None, validator=calendar_date_or_none)

    def scheduled_on(self, day: datetime.date) -> bool:
        """Whether the slot is scheduled on ``day``: not paused, and not waiting then."""
        if self.paused:
            return False
        return not self.waiting or (self.waiting_until is not None and day >= self.waiting_until)


@attrs.frozen(kw_only=True)
class ProgrammeChange:
    """One change to a programme: an exercise swapped, stopped, or its build-up paused.

    Attributes:
        patterns: The patterns of the slot that changed.
        from_exercise_id: The exercise before the change.
        to_exercise_id: The exercise after it (the same one when only the build-up
            changed); ``None`` when the exercise was stopped.
        outcome: The progression decision behind it.
        effective: The first session the change applies to; ``None`` when no
            session of the programme is left.
        reasons: Why.
        side: The side of the slot that changed, in a programme that tracks sides.

    Example:
        >>> import datetime, hiptx
        >>> c = hiptx.ProgrammeChange(patterns=(hiptx.MovementPattern.ADDUCTION,),
        ...     from_exercise_id="side-lying-hip-adduction",
        ...     to_exercise_id="side-lying-hip-adduction-loaded",
        ...     outcome=hiptx.Outcome.PROGRESS, effective=datetime.date(2025, 1, 20))
        >>> str(c.outcome), c.effective.isoformat()
        ('progress', '2025-01-20')

    .. versionadded:: 0.2.0
    """

    patterns: tuple[MovementPattern, ...] = attrs.field(
        **_fields.items(MovementPattern, min_items=1, unique=True)
    )
    from_exercise_id: str = attrs.field(**_fields.slug())
    to_exercise_id: str | None = attrs.field(**_fields.slug(optional=True))
    outcome: Outcome = attrs.field(**_fields.choice(Outcome))
    effective: datetime.date | None = attrs.field(validator=calendar_date_or_none)
    reasons: tuple[Reason, ...] = attrs.field(default=(), **_fields.items(Reason))
    side: Side | None = attrs.field(default=None, **_fields.choice(Side, optional=True))

    @classmethod
    def for_slot(
        cls,
        slot: ProgrammeSlot,
        to_exercise_id: str | None,
        outcome: Outcome,
        effective: datetime.date | None,
        reasons: tuple[Reason, ...],
    ) -> ProgrammeChange:
        """The change of ``slot``: its patterns, exercise and side, and what became of it.

        Example:
            >>> import datetime, hiptx
            >>> plan = hiptx.plan_exercises(hiptx.Assessment(findings={
            ...     hiptx.MovementPattern.ADDUCTION: hiptx.Finding.WEAK}))
            >>> prog = hiptx.build_programme(plan, start=datetime.date(2025, 1, 6), weeks=4,
            ...                              sessions_per_week=3)
            >>> (slot,) = prog.slots
            >>> c = hiptx.ProgrammeChange.for_slot(slot, None, hiptx.Outcome.STOP,
            ...                                    datetime.date(2025, 1, 8), ())
            >>> c.from_exercise_id, c.to_exercise_id, c.patterns == slot.patterns
            ('side-lying-hip-adduction', None, True)

        .. versionadded:: 0.3.0
        """
        return cls(
            patterns=slot.patterns,
            from_exercise_id=slot.exercise_id,
            to_exercise_id=to_exercise_id,
            outcome=outcome,
            effective=effective,
            reasons=reasons,
            side=slot.side,
        )


def _dated(_: LoggedSession, attribute: attrs.Attribute[object], value: object) -> None:
    if isinstance(value, SessionRecord) and value.date is None:
        raise InvalidValueError(
            f"{attribute.name}.date", None, "the session's date (a programme's log is dated)"
        )


@attrs.frozen(kw_only=True)
class LoggedSession:
    """One dated session in a programme's own log, and the exercise it was logged for.

    Attributes:
        exercise_id: The exercise the session was logged for.
        session: The session; its ``date`` is required.

    Example:
        >>> import datetime, hiptx
        >>> entry = hiptx.LoggedSession(exercise_id="side-lying-hip-adduction",
        ...     session=hiptx.SessionRecord(sets=2, reps=10, pain_during=1,
        ...         pain_after_24h=1, date=datetime.date(2025, 1, 6)))
        >>> entry.session.date.isoformat()
        '2025-01-06'

    .. versionadded:: 0.2.0
    """

    exercise_id: str = attrs.field(**_fields.slug())
    session: SessionRecord = attrs.field(**_fields.instance(SessionRecord, also=_dated))


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
