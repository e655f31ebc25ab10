"""Programmes: an exercise plan scheduled on dated sessions, with a dose for each.

:func:`build_programme` turns an :class:`~hiptx.ExercisePlan` into weeks of dated
sessions. The clinician gives how many sessions a week; hiptx invents no frequency.
Two choices are hiptx's own, because no source in the catalog makes them, and every
reason that rests on them says so:

* **Session days.** When no weekdays are given, the sessions are spread as evenly as
  a 7-day week allows, starting on ``start``'s weekday: session *i* (from 0) of *n*
  falls ``floor(i * 7 / n)`` days after it (3 a week from a Monday: Monday,
  Wednesday, Friday).
* **Starting dose and weekly build-up.** Each exercise starts at the low end of its
  source's sets range and adds one set a week up to the top of the range, which is
  the progression rule's target; reps (or hold seconds) stay in the source's range
  throughout. An exercise the sources give no dose gets none: its dose is the
  clinician's to give.

:func:`hiptx.advance_programme` (in :mod:`hiptx.rules.advance`) moves a programme on
after logged sessions.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator, Sequence
from typing import Any

import attrs

from hiptx import _args, _fields
from hiptx.catalog import Catalog, given_or_bundled
from hiptx.errors import InvalidValueError, OutOfRangeError, WrongTypeError
from hiptx.explain import Reason, ReasonCode
from hiptx.model import Dose, Exercise
from hiptx.ranges import IntRange
from hiptx.rules.plans import ExercisePlan, UncoveredPattern, WithheldPattern
from hiptx.rules.progression import Outcome
from hiptx.rules.red_flags import Referral
from hiptx.vocab import MovementPattern

__all__ = [
    "Prescription",
    "Programme",
    "ProgrammeChange",
    "ProgrammeSession",
    "ProgrammeSlot",
    "ProgrammeWeek",
    "build_programme",
]


def __dir__() -> list[str]:
    return __all__


#: The longest programme hiptx schedules, in weeks (a year).
MAX_WEEKS = 52
DAYS_PER_WEEK = 7
#: Sets in a logged session are capped at 50 (:class:`~hiptx.SessionRecord`); a
#: prescription never asks for more.
MAX_SETS = 50


def _calendar_date(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    # A datetime is a date too, but its time of day would be silently dropped.
    if type(value) is not datetime.date:
        raise WrongTypeError(attribute.name, value, "a datetime.date")


def _optional_calendar_date(instance: object, attribute: attrs.Attribute[Any], v: object) -> None:
    if v is not None:
        _calendar_date(instance, attribute, v)


def _frequency_text(sessions_per_week: int) -> str:
    return {1: "once a week", 2: "twice a week"}.get(
        sessions_per_week, f"{sessions_per_week} times a week"
    )


def _dose_fields_agree(instance: Prescription, _: attrs.Attribute[object], __: object) -> None:
    measures = (instance.reps, instance.hold_seconds)
    if instance.sets is None:
        if any(m is not None for m in (*measures, instance.rep_hold_seconds)):
            raise InvalidValueError(
                "sets", None, "sets whenever reps, hold_seconds or rep_hold_seconds are given"
            )
        return
    if (instance.reps is None) == (instance.hold_seconds is None):
        raise InvalidValueError("reps", instance.reps, "exactly one of reps or hold_seconds")
    if instance.rep_hold_seconds is not None and instance.reps is None:
        raise InvalidValueError(
            "rep_hold_seconds", instance.rep_hold_seconds, "only together with reps"
        )


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
        parts.append(_frequency_text(self.sessions_per_week))
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

    date: datetime.date = attrs.field(validator=_calendar_date)
    week: int = attrs.field(**_fields.integer(minimum=1, maximum=MAX_WEEKS))
    prescriptions: tuple[Prescription, ...] = attrs.field(default=(), **_fields.items(Prescription))


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
        progression_id: The chain the exercise belongs to.
        exercise_id: The current exercise.
        since: The first session date it applies from.
        build_up_from: The date the current build-up runs from.
        build_up_sets: Sets on ``build_up_from``; one set is added each week after
            it up to the top of the dose's range. ``None`` without a dose.
        build_up_paused: True while sets are held (a logged session at this level
            went above the pain ceiling or showed overload).
        reasons: Why this exercise: the plan's reasons, or the decision that
            swapped it in.

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
    progression_id: str = attrs.field(**_fields.slug())
    exercise_id: str = attrs.field(**_fields.slug())
    since: datetime.date = attrs.field(validator=_calendar_date)
    build_up_from: datetime.date = attrs.field(validator=_calendar_date)
    build_up_sets: int | None = attrs.field(
        default=None, **_fields.integer(minimum=1, maximum=MAX_SETS, optional=True)
    )
    build_up_paused: bool = attrs.field(default=False, **_fields.flag())
    reasons: tuple[Reason, ...] = attrs.field(default=(), **_fields.items(Reason))


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
    effective: datetime.date | None = attrs.field(validator=_optional_calendar_date)
    reasons: tuple[Reason, ...] = attrs.field(default=(), **_fields.items(Reason))


def _check_calendar(start: datetime.date, weeks: int) -> None:
    """Refuse a programme whose last day would fall after the calendar's last day."""
    days = DAYS_PER_WEEK * weeks - 1
    if datetime.date.max - start < datetime.timedelta(days=days):
        latest = datetime.date.max - datetime.timedelta(days=days)
        raise OutOfRangeError(
            "start",
            start,
            f"a date on or before {latest.isoformat()}, so that {weeks} weeks fit in the "
            "calendar (which ends on 9999-12-31)",
        )


def _check_weekdays(value: object, sessions_per_week: int) -> tuple[int, ...]:
    allowed = (
        f"{sessions_per_week} distinct weekday numbers from 0 (Monday) to 6 (Sunday), "
        "one per session a week"
    )
    if isinstance(value, (str, bytes)) or not isinstance(value, (Sequence, frozenset, set)):
        raise WrongTypeError("weekdays", value, allowed)
    days = list(value)
    for i, day in enumerate(days):
        _args.require(f"weekdays[{i}]", day, int, "an integer from 0 (Monday) to 6 (Sunday)")
        if not 0 <= day < DAYS_PER_WEEK:
            raise OutOfRangeError(f"weekdays[{i}]", day, "an integer from 0 (Monday) to 6 (Sunday)")
    if len(set(days)) != len(days) or len(days) != sessions_per_week:
        raise InvalidValueError("weekdays", value, allowed)
    return tuple(sorted(days))


def _programme_is_consistent(instance: Programme, _: attrs.Attribute[object], __: object) -> None:
    _check_calendar(instance.start, instance.weeks)
    if _check_weekdays(instance.weekdays, instance.sessions_per_week) != instance.weekdays:
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
        referral: The red-flag referral, when a red flag stopped the programme.
        reasons: Reasons about the programme as a whole (its session days and
            frequency, what is not scheduled, a red flag stopping it).

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

    start: datetime.date = attrs.field(validator=_calendar_date)
    weeks: int = attrs.field(**_fields.integer(minimum=1, maximum=MAX_WEEKS))
    sessions_per_week: int = attrs.field(**_fields.integer(minimum=1, maximum=DAYS_PER_WEEK))
    weekdays: tuple[int, ...] = attrs.field(**_fields.items(int, min_items=1, unique=True))
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
    referral: Referral | None = attrs.field(
        default=None, **_fields.instance(Referral, optional=True)
    )
    reasons: tuple[Reason, ...] = attrs.field(default=(), **_fields.items(Reason))

    @property
    def end(self) -> datetime.date:
        """The last day of the last week."""
        return self.start + datetime.timedelta(days=DAYS_PER_WEEK * self.weeks - 1)

    @property
    def sessions(self) -> tuple[ProgrammeSession, ...]:
        """Every session, in date order."""
        return tuple(s for week in self.schedule for s in week.sessions)


def _session_dates(
    start: datetime.date, weeks: int, weekdays: tuple[int, ...]
) -> Iterator[tuple[int, datetime.date]]:
    """Every (week number, date) of the programme's session days, in order."""
    for week in range(weeks):
        first = start + datetime.timedelta(days=DAYS_PER_WEEK * week)
        for offset in range(DAYS_PER_WEEK):
            day = first + datetime.timedelta(days=offset)
            if day.weekday() in weekdays:
                yield week + 1, day


def spread_weekdays(start: datetime.date, sessions_per_week: int) -> tuple[int, ...]:
    """The session days hiptx chooses: as evenly spread as a week allows, from ``start``."""
    first = start.weekday()
    return tuple(
        sorted(
            (first + i * DAYS_PER_WEEK // sessions_per_week) % DAYS_PER_WEEK
            for i in range(sessions_per_week)
        )
    )


def _top_sets(dose: Dose) -> int:
    return dose.sets.high if dose.sets.high is not None else dose.sets.low


def _target_text(dose: Dose) -> str:
    # The same wording as the progression rule's target.
    if dose.reps is not None:
        return f"{_top_sets(dose)} sets of {dose.reps} reps"
    return f"{_top_sets(dose)} sets of {dose.hold_seconds} s holds"


def starting_sets(exercise: Exercise) -> int | None:
    """The sets an exercise starts at: the low end of its source's range (at least 1)."""
    return None if exercise.dose is None else max(1, exercise.dose.sets.low)


def sets_on(slot: ProgrammeSlot, day: datetime.date, exercise: Exercise) -> int | None:
    """The sets the build-up rule gives ``slot`` on ``day``."""
    dose = exercise.dose
    if dose is None or slot.build_up_sets is None:
        return None
    if slot.build_up_paused or day <= slot.build_up_from:
        return slot.build_up_sets
    added = (day - slot.build_up_from).days // DAYS_PER_WEEK
    return max(slot.build_up_sets, min(slot.build_up_sets + added, _top_sets(dose)))


class Prescriber:
    """Builds prescriptions for a programme, sharing reasons between equal doses."""

    def __init__(self, catalog: Catalog, sessions_per_week: int) -> None:
        self._catalog = catalog
        self._per_week = sessions_per_week
        self._cache: dict[tuple[ProgrammeSlot, int | None], Prescription] = {}

    def _ceiling(self, dose: Dose | None) -> tuple[float, Reason]:
        rule = self._catalog.rules.pain_ceiling
        if dose is not None and dose.pain_ceiling is not None:
            value, citations = float(dose.pain_ceiling), dose.citations
        else:
            value, citations = rule.value, rule.citations
        return value, Reason.cited(
            ReasonCode.PAIN_CEILING,
            f"Keep pain during exercise and in the 24 hours after it within {value:g}/10.",
            citations,
            self._catalog.sources,
        )

    def _dose_reasons(
        self, exercise: Exercise, dose: Dose, sets: int, paused: bool
    ) -> list[Reason]:
        sources = self._catalog.sources
        amount = (
            f"reps in the source's {dose.reps}"
            if dose.reps is not None
            else (f"holds of the source's {dose.hold_seconds} s")
        )
        if paused:
            build = Reason.hiptx_default(
                ReasonCode.BUILD_UP_PAUSED,
                f"{sets} sets, held there: a logged session at this level went above the pain "
                "ceiling or showed overload, so hiptx adds no sets until sessions stay within "
                "it (hiptx's own safety default).",
            )
        else:
            build = Reason.hiptx_default(
                ReasonCode.BUILD_UP,
                f"{sets} sets of {exercise.name}: start at the low end of the source's "
                f"{dose.sets} sets and add one set a week up to {_top_sets(dose)}, with "
                f"{amount} throughout (hiptx's own default: no source sets a starting dose "
                "or a weekly build-up).",
            )
        target = Reason.cited(
            ReasonCode.TARGET_DOSE,
            f"Work up to {_target_text(dose)} before progressing to the next level.",
            dose.citations,
            sources,
        )
        return [build, target]

    def prescribe(self, slot: ProgrammeSlot, day: datetime.date) -> Prescription:
        """The prescription for ``slot`` on ``day``."""
        exercise = self._catalog.exercises[slot.exercise_id]
        sets = sets_on(slot, day, exercise)
        # A slot gives the same prescription on every day with the same sets.
        key = (slot, sets)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        dose = exercise.dose
        ceiling, ceiling_reason = self._ceiling(dose)
        if dose is None or sets is None:
            no_dose = Reason.cited(
                ReasonCode.NO_DOSE,
                f"The sources give {exercise.name} no dose, so hiptx gives none: the dose is "
                "the clinician's to give.",
                exercise.citations,
                self._catalog.sources,
            )
            prescription = Prescription(
                exercise_id=exercise.id,
                patterns=slot.patterns,
                progression_id=slot.progression_id,
                sessions_per_week=self._per_week,
                pain_ceiling=ceiling,
                reasons=(no_dose, ceiling_reason),
            )
        else:
            reasons = self._dose_reasons(exercise, dose, sets, slot.build_up_paused)
            prescription = Prescription(
                exercise_id=exercise.id,
                patterns=slot.patterns,
                progression_id=slot.progression_id,
                sessions_per_week=self._per_week,
                pain_ceiling=ceiling,
                sets=sets,
                reps=dose.reps,
                hold_seconds=dose.hold_seconds,
                rep_hold_seconds=dose.rep_hold_seconds,
                target=_target_text(dose),
                reasons=(*reasons, ceiling_reason),
            )
        self._cache[key] = prescription
        return prescription


def schedule_weeks(  # noqa: PLR0913 - keyword-only; each argument is one part of a programme
    *,
    start: datetime.date,
    weeks: int,
    weekdays: tuple[int, ...],
    slots: Sequence[ProgrammeSlot],
    prescriber: Prescriber,
    keep: Sequence[ProgrammeWeek] = (),
    after: datetime.date | None = None,
) -> tuple[ProgrammeWeek, ...]:
    """The weeks of a programme, each with its dated sessions.

    Sessions on or before ``after`` are taken from ``keep`` as they were; later ones
    are prescribed afresh from ``slots``.
    """
    kept: dict[datetime.date, ProgrammeSession] = {
        s.date: s for week in keep for s in week.sessions if after is not None and s.date <= after
    }
    by_week: list[list[ProgrammeSession]] = [[] for _ in range(weeks)]
    for number, day in _session_dates(start, weeks, weekdays):
        if after is not None and day <= after:
            session = kept.get(day)
            if session is not None:
                by_week[number - 1].append(session)
            continue
        if not slots:
            continue
        by_week[number - 1].append(
            ProgrammeSession(
                date=day,
                week=number,
                prescriptions=tuple(prescriber.prescribe(slot, day) for slot in slots),
            )
        )
    return tuple(
        ProgrammeWeek(number=i + 1, sessions=tuple(sessions)) for i, sessions in enumerate(by_week)
    )


def first_session_after(
    start: datetime.date, weeks: int, weekdays: tuple[int, ...], day: datetime.date | None
) -> datetime.date | None:
    """The first session day after ``day`` (from the start when ``None``), if any."""
    for _, candidate in _session_dates(start, weeks, weekdays):
        if day is None or candidate > day:
            return candidate
    return None


def _not_scheduled_reasons(plan: ExercisePlan) -> list[Reason]:
    def name(pattern: MovementPattern) -> str:
        return pattern.value.replace("_", " ").capitalize()

    withheld = [
        Reason(
            code=ReasonCode.NOT_SCHEDULED,
            message=f"{name(w.pattern)} is not scheduled: its pain on assessment "
            f"({w.pain_score}/10) was above the ceiling, and the plan gave it no exercise "
            "(see the programme's withheld patterns).",
        )
        for w in plan.withheld
    ]
    uncovered = [
        Reason(
            code=ReasonCode.NOT_SCHEDULED,
            message=f"{name(u.pattern)} is not scheduled: no progression chain in the "
            "catalog trains it (see the programme's uncovered patterns).",
        )
        for u in plan.uncovered
    ]
    return withheld + uncovered


def _slots_from_plan(
    plan: ExercisePlan, first: datetime.date, catalog: Catalog
) -> list[ProgrammeSlot]:
    """One slot per chain in the plan (a chain that trains two patterns appears once)."""
    by_chain: dict[str, ProgrammeSlot] = {}
    for i, item in enumerate(plan.items):
        chain = catalog.progressions[item.progression_id]
        exercise = catalog.exercises[item.exercise_id]
        if exercise.id not in chain.exercise_ids:
            raise InvalidValueError(
                f"plan.items[{i}].exercise_id",
                item.exercise_id,
                f"an exercise of the chain {chain.id!r}: {', '.join(chain.exercise_ids)}",
            )
        earlier = by_chain.get(chain.id)
        if earlier is not None:
            by_chain[chain.id] = attrs.evolve(
                earlier,
                patterns=(*earlier.patterns, item.pattern),
                reasons=(*earlier.reasons, *item.reasons),
            )
            continue
        by_chain[chain.id] = ProgrammeSlot(
            patterns=(item.pattern,),
            progression_id=chain.id,
            exercise_id=exercise.id,
            since=first,
            build_up_from=first,
            build_up_sets=starting_sets(exercise),
            reasons=item.reasons,
        )
    return list(by_chain.values())


def _day_names(weekdays: tuple[int, ...]) -> str:
    names = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
    return ", ".join(names[d] for d in weekdays)


def _check_count(name: str, value: object, maximum: int, what: str) -> int:
    count = _args.require(name, value, int, f"an integer from 1 to {maximum} ({what})")
    if not 1 <= count <= maximum:
        raise OutOfRangeError(name, count, f"an integer from 1 to {maximum} ({what})")
    return count


def build_programme(  # noqa: PLR0913 - keyword-only; each argument is one clinical choice
    plan: ExercisePlan,
    *,
    start: datetime.date,
    weeks: int,
    sessions_per_week: int,
    weekdays: Sequence[int] | None = None,
    catalog: Catalog | None = None,
) -> Programme:
    """Schedule every exercise of a plan on dated sessions, with a dose for each.

    Every plan item is scheduled in every session. Each exercise starts at the low
    end of its source's sets range and adds one set a week up to the top of the
    range, the progression rule's target; reps or hold seconds stay in the source's
    range (hiptx's own default, said so in each prescription's reasons). An
    exercise with no dose is scheduled with "dose: the clinician's to give".
    Withheld and uncovered patterns are carried into the programme, not scheduled.
    A plan with a red-flag referral gives a programme with no sessions, carrying
    the referral.

    Args:
        plan: The plan, from :func:`~hiptx.plan_exercises`.
        start: The first day of week 1 (a ``datetime.date``).
        weeks: How many weeks, 1-52.
        sessions_per_week: Sessions a week, 1-7, as the clinician decides; hiptx
            has no default.
        weekdays: The session days, 0 (Monday) to 6 (Sunday), one per session a
            week. When omitted, hiptx spreads the sessions as evenly as it can from
            ``start``'s weekday (its own default).
        catalog: The catalog the plan came from; the bundled one if omitted.

    Raises:
        WrongTypeError: an argument of the wrong type (a ``datetime`` for ``start``
            too: its time of day would be dropped).
        OutOfRangeError: ``weeks`` or ``sessions_per_week`` out of range, a weekday
            outside 0-6, or a programme that would run past the calendar's end.
        InvalidValueError: repeated weekdays, or not one per session a week.
        UnknownIdError: a plan item naming a chain or an exercise not in the catalog.

    Example:
        >>> import datetime, hiptx
        >>> plan = hiptx.plan_exercises(hiptx.Assessment(findings={
        ...     hiptx.MovementPattern.ADDUCTION: hiptx.Finding.WEAK}))
        >>> prog = hiptx.build_programme(plan, start=datetime.date(2025, 1, 8), weeks=2,
        ...                              sessions_per_week=2, weekdays=[0, 3])
        >>> for s in prog.sessions:
        ...     print(s.date.strftime("%a %Y-%m-%d"), s.prescriptions[0].sets)
        Thu 2025-01-09 2
        Mon 2025-01-13 2
        Thu 2025-01-16 3
        Mon 2025-01-20 3
        >>> hiptx.build_programme(plan, start=datetime.date(2025, 1, 8), weeks=53,
        ...                       sessions_per_week=2)
        Traceback (most recent call last):
        ...
        hiptx.errors.OutOfRangeError: weeks: 53 is not allowed; expected an integer from 1 to 52 (weeks)

    .. versionadded:: 0.2.0
    """
    _args.require("plan", plan, ExercisePlan, "an ExercisePlan (from plan_exercises)")
    if type(start) is not datetime.date:
        raise WrongTypeError("start", start, "a datetime.date")
    weeks = _check_count("weeks", weeks, MAX_WEEKS, "weeks")
    per_week = _check_count("sessions_per_week", sessions_per_week, DAYS_PER_WEEK, "a week")
    catalog = given_or_bundled(catalog)
    _check_calendar(start, weeks)
    frequency = Reason(
        code=ReasonCode.SESSION_DAYS,
        message=f"{per_week} sessions a week, as the clinician gave.",
    )
    if weekdays is None:
        days = spread_weekdays(start, per_week)
        day_reason = Reason.hiptx_default(
            ReasonCode.SESSION_DAYS,
            f"Sessions on {_day_names(days)}: spread as evenly as a week allows from the "
            "start day (hiptx's own default; give weekdays to choose others).",
        )
    else:
        days = _check_weekdays(weekdays, per_week)
        day_reason = Reason(
            code=ReasonCode.SESSION_DAYS,
            message=f"Sessions on {_day_names(days)}, as the clinician gave.",
        )
    reasons = [frequency, day_reason]
    if plan.referral is not None:
        reasons.append(
            Reason.hiptx_default(
                ReasonCode.NO_EXERCISE_ADVICE,
                "A red flag is present, so hiptx schedules no exercise: the patient needs the "
                "referral before any exercise.",
            )
        )
        slots: list[ProgrammeSlot] = []
    else:
        first = first_session_after(start, weeks, days, None)
        assert first is not None  # noqa: S101 - every week holds each weekday once
        slots = _slots_from_plan(plan, first, catalog)
        reasons.extend(_not_scheduled_reasons(plan))
    schedule = schedule_weeks(
        start=start,
        weeks=weeks,
        weekdays=days,
        slots=slots,
        prescriber=Prescriber(catalog, per_week),
    )
    return Programme(
        start=start,
        weeks=weeks,
        sessions_per_week=per_week,
        weekdays=days,
        schedule=schedule,
        slots=tuple(slots),
        withheld=plan.withheld,
        uncovered=plan.uncovered,
        not_assessed=plan.not_assessed,
        referral=plan.referral,
        reasons=tuple(reasons),
    )
