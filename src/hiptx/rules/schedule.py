"""Scheduling: building a programme from a plan, and the dose of each session.

:func:`build_programme` spreads the plan's exercises over dated sessions and gives
each session its dose by the build-up rule; :func:`hiptx.advance_programme` reuses
the same helpers when it moves a programme on. The two rules here that no source
makes (session days, the weekly build-up) are hiptx's own defaults, described in
:mod:`hiptx.rules.programme` and in the docs' list of defaults.

Long because building a programme and dosing each session share their helpers
with :func:`hiptx.advance_programme`; the programme's classes and limits live apart.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator, Mapping, Sequence

import attrs

from hiptx import _args
from hiptx._catalog_arg import given_or_bundled
from hiptx.catalog import Catalog
from hiptx.errors import InvalidValueError, OutOfRangeError, WrongTypeError
from hiptx.explain import Basis, Reason, ReasonCode
from hiptx.model import Dose, Exercise
from hiptx.rules._choices import check_who_and_why, chosen_slot, clinician_reason
from hiptx.rules._local import ceiling_reason
from hiptx.rules._programme_limits import (
    DAYS_PER_WEEK,
    MAX_WEEKS,
    check_calendar,
    check_weekdays,
)
from hiptx.rules._sets import dose_target, starting_sets, top_sets
from hiptx.rules._waits import with_wait
from hiptx.rules.plans import ExercisePlan, PlanItem, WaitingPattern
from hiptx.rules.programme import (
    Prescription,
    Programme,
    ProgrammeChange,
    ProgrammeSession,
    ProgrammeSlot,
    ProgrammeWeek,
)
from hiptx.rules.surgery import Surgery
from hiptx.vocab import MovementPattern, Side

__all__ = ["build_programme"]


def __dir__() -> list[str]:
    return __all__


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


def sets_on(slot: ProgrammeSlot, exercise: Exercise) -> int | None:
    """The sets the build-up gives ``slot``: its current sets, on every later day.

    Sets rise only when :func:`~hiptx.advance_programme` sees logged sessions that
    tolerated them, never with the calendar.
    """
    return None if exercise.dose is None else slot.build_up_sets


class Prescriber:
    """Builds prescriptions for a programme, sharing reasons between equal doses."""

    def __init__(self, catalog: Catalog, sessions_per_week: int) -> None:
        self._catalog = catalog
        self._per_week = sessions_per_week
        self._cache: dict[tuple[ProgrammeSlot, int | None], Prescription] = {}

    def _ceiling(self, dose: Dose | None) -> tuple[float, Reason]:
        if dose is not None and dose.pain_ceiling is not None:
            value = float(dose.pain_ceiling)
            return value, Reason.cited(
                ReasonCode.PAIN_CEILING,
                f"Keep pain during exercise and in the 24 hours after it within {value:g}/10.",
                dose.citations,
                self._catalog.sources,
            )
        value = self._catalog.rules.pain_ceiling.value
        return value, ceiling_reason(
            ReasonCode.PAIN_CEILING,
            f"Keep pain during exercise and in the 24 hours after it within {value:g}/10.",
            self._catalog,
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
                "ceiling or showed overload, so hiptx adds no sets, and changes no level, until "
                "a week's worth of sessions logged after it do these sets within the ceiling "
                "(hiptx's own safety default).",
            )
        else:
            per_week = self._per_week
            wanted = f"{per_week} logged {'session' if per_week == 1 else 'sessions'}"
            build = Reason.hiptx_default(
                ReasonCode.BUILD_UP,
                f"{sets} sets of {exercise.name}: start at the low end of the source's "
                f"{dose.sets} sets and add one set, up to {top_sets(dose)}, only after "
                f"{wanted} (a week's worth) did the current sets within the pain ceiling, "
                f"with {amount} throughout (hiptx's own default: no source sets a starting "
                "dose or a build-up).",
            )
        target = Reason.cited(
            ReasonCode.TARGET_DOSE,
            f"Work up to {dose_target(dose)[2]} before progressing to the next level.",
            dose.citations,
            sources,
        )
        return [build, target]

    def prescribe(self, slot: ProgrammeSlot) -> Prescription:
        """The prescription for ``slot`` (the same on every day until it changes)."""
        exercise = self._catalog.exercises[slot.exercise_id]
        sets = sets_on(slot, exercise)
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
                side=slot.side,
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
                target=dose_target(dose)[2],
                reasons=(*reasons, ceiling_reason),
                side=slot.side,
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
    # A slot a clinician paused is carried, not scheduled; one an operation
    # restricts waits until the restriction ends.
    for number, day in _session_dates(start, weeks, weekdays):
        if after is not None and day <= after:
            session = kept.get(day)
            if session is not None:
                by_week[number - 1].append(session)
            continue
        today_slots = [slot for slot in slots if slot.scheduled_on(day)]
        if not today_slots:
            continue
        by_week[number - 1].append(
            ProgrammeSession(
                date=day,
                week=number,
                prescriptions=tuple(prescriber.prescribe(slot) for slot in today_slots),
            )
        )
    return tuple(
        ProgrammeWeek(number=i + 1, sessions=tuple(sessions)) for i, sessions in enumerate(by_week)
    )


def check_update_day(programme: Programme, today: datetime.date) -> None:
    """Refuse an update dated before the programme's last one (updates move forward)."""
    if programme.updated is not None and today < programme.updated:
        raise InvalidValueError(
            "today", today, f"a date on or after the last update's ({programme.updated})"
        )


def rescheduled(
    programme: Programme,
    slots: Sequence[ProgrammeSlot],
    changes: Sequence[ProgrammeChange],
    today: datetime.date,
    catalog: Catalog,
) -> Programme:
    """The programme with its new slots and changes: sessions after ``today`` rescheduled.

    The one way an update (an advance or a clinician's adjustment) ends, so both
    keep the sessions already done and say which catalog produced the result.
    """
    schedule = schedule_weeks(
        start=programme.start,
        weeks=programme.weeks,
        weekdays=programme.weekdays,
        slots=slots,
        prescriber=Prescriber(catalog, programme.sessions_per_week),
        keep=programme.schedule,
        after=today,
    )
    return attrs.evolve(
        programme,
        schedule=schedule,
        slots=tuple(slots),
        history=(*programme.history, *changes),
        provenance=catalog.provenance,
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
        Reason.from_input(
            ReasonCode.NOT_SCHEDULED,
            f"{name(w.pattern)} is not scheduled: its pain on assessment "
            f"({w.pain_score}/10) was above the ceiling, and the plan gave it no exercise "
            "(see the programme's withheld patterns).",
        )
        for w in plan.withheld
    ]
    uncovered = [
        Reason.from_input(
            ReasonCode.NOT_SCHEDULED,
            f"{name(u.pattern)} is not scheduled: no progression chain in the "
            "catalog trains it (see the programme's uncovered patterns).",
        )
        for u in plan.uncovered
    ]
    return withheld + uncovered


def _slots_from_plan(
    plan: ExercisePlan, first: datetime.date, catalog: Catalog
) -> list[ProgrammeSlot]:
    """One slot per chain in the plan (a chain that trains two patterns appears once).

    The patterns a plan made after surgery keeps waiting get their slots too: the
    programme holds each until its restriction lifts (see ``with_wait``), so they
    return on the day it ends instead of being lost.
    """
    by_chain: dict[str, ProgrammeSlot] = {}
    planned: tuple[PlanItem | WaitingPattern, ...] = (*plan.items, *plan.waiting)
    for i, item in enumerate(planned):
        chain = catalog.progressions[item.progression_id]
        exercise = catalog.exercises[item.exercise_id]
        if exercise.id not in chain.exercise_ids:
            n = len(plan.items)
            where = f"plan.items[{i}]" if i < n else f"plan.waiting[{i - n}]"
            raise InvalidValueError(
                f"{where}.exercise_id",
                item.exercise_id,
                f"an exercise of the chain {chain.id!r}: {', '.join(chain.exercise_ids)}",
            )
        earlier = by_chain.get(chain.id)
        if earlier is not None:
            # The chain's own reasons read the same for each pattern: keep them once.
            added = tuple(r for r in item.reasons if r not in earlier.reasons)
            by_chain[chain.id] = attrs.evolve(
                earlier,
                patterns=(*earlier.patterns, item.pattern),
                reasons=(*earlier.reasons, *added),
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


def _with_sides(slots: list[ProgrammeSlot], side: Side | None) -> list[ProgrammeSlot]:
    """The slots for the side trained: each chain once per side for both hips."""
    if side is None:
        return slots
    sides = (Side.LEFT, Side.RIGHT) if side is Side.BOTH else (side,)
    return [attrs.evolve(slot, side=one) for slot in slots for one in sides]


def _other_side_reasons(
    slots: list[ProgrammeSlot], side: Side | None, catalog: Catalog
) -> list[Reason]:
    """Where a chain's source says to train the unaffected hip too, say so."""
    if side not in {Side.LEFT, Side.RIGHT}:
        return []
    reasons = []
    for slot in slots:
        if slot.progression_id is None:
            continue
        chain = catalog.progressions[slot.progression_id]
        cited = tuple(c for c in chain.citations if c.quote and "unaffected hip" in c.quote)
        if cited:
            reasons.append(
                Reason.cited(
                    ReasonCode.TRAIN_OTHER_SIDE,
                    f"{chain.name}: train the unaffected side too, which often loses "
                    "condition after a hip injury.",
                    cited,
                    catalog.sources,
                )
            )
    return reasons


def _apply_start_levels(
    slots: list[ProgrammeSlot],
    start_levels: Mapping[MovementPattern, str],
    who: tuple[str, str],
    catalog: Catalog,
) -> list[ProgrammeSlot]:
    """The clinician's start level for each pattern named, recorded as theirs."""
    by, why = who
    chosen = list(slots)
    for pattern, exercise_id in start_levels.items():
        _args.require("start_levels key", pattern, MovementPattern, "a MovementPattern")
        where = f"start_levels[{pattern.value!r}]"
        _args.require(where, exercise_id, str, "an exercise id")
        matches = [i for i, slot in enumerate(chosen) if pattern in slot.patterns]
        if not matches:
            planned = ", ".join(p.value for slot in slots for p in slot.patterns) or "none"
            raise InvalidValueError(
                "start_levels", pattern, f"a pattern the plan schedules: {planned}"
            )
        exercise = catalog.exercises[exercise_id]
        for i in matches:
            slot = chosen[i]
            chain = catalog.progressions[slot.progression_id] if slot.progression_id else None
            in_chain = chain is not None and exercise.id in chain.exercise_ids
            if not in_chain and catalog.progression_of(exercise) is not None:
                raise InvalidValueError(
                    where,
                    exercise_id,
                    "a level of the pattern's chain"
                    + (f" ({', '.join(chain.exercise_ids)})" if chain else "")
                    + " or a standalone exercise",
                )
            level = (
                f"level {chain.step_of(exercise.id) + 1} of {chain.name}"
                if chain is not None and in_chain
                else "a standalone exercise"
            )
            # The plan's "start at its first level" no longer tells the truth.
            kept = tuple(r for r in slot.reasons if r.code is not ReasonCode.START_AT_FIRST_LEVEL)
            reason = clinician_reason(f"Start at {exercise.name} ({level})", by, why)
            chosen[i] = attrs.evolve(
                chosen_slot(
                    exercise_id=exercise.id,
                    patterns=slot.patterns,
                    start=slot.since,
                    side=slot.side,
                    reasons=(*kept, reason),
                    catalog=catalog,
                ),
                progression_id=slot.progression_id if in_chain else None,
            )
    return chosen


def _standalone_slots(
    exercise_ids: Sequence[str], first: datetime.date, who: tuple[str, str], catalog: Catalog
) -> list[ProgrammeSlot]:
    by, why = who
    slots = []
    for i, exercise_id in enumerate(exercise_ids):
        _args.require(f"standalone_exercises[{i}]", exercise_id, str, "an exercise id")
        exercise = catalog.exercises[exercise_id]
        reason = clinician_reason(f"Add {exercise.name}", by, why)
        slots.append(
            chosen_slot(
                exercise_id=exercise.id,
                patterns=None,
                start=first,
                side=None,
                reasons=(reason,),
                catalog=catalog,
            )
        )
    return slots


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
    start_levels: Mapping[MovementPattern, str] | None = None,
    standalone_exercises: Sequence[str] = (),
    by: str | None = None,
    reason: str | None = None,
    side: Side | None = None,
    surgery: Surgery | None = None,
    athlete: bool = False,
    catalog: Catalog | None = None,
) -> Programme:
    """Schedule every exercise of a plan on dated sessions, with a dose for each.

    Every plan item is scheduled in every session. Each exercise starts at the low
    end of its source's sets range; :func:`~hiptx.advance_programme` adds one set,
    up to the top of the range (the progression rule's target), only after a week's
    worth of logged sessions tolerated the current sets; reps or hold seconds stay
    in the source's range (hiptx's own default, said so in each prescription's
    reasons). An
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
        start_levels: A clinician's start level for planned patterns: pattern ->
            an exercise of its chain (any level) or a standalone exercise.
        standalone_exercises: Exercises a clinician adds outside the plan's
            chains (for example those the plan lists for uncovered patterns).
        by: Who made the choices above (required with them).
        reason: Why (required with them). Each choice is recorded as a reason with
            :attr:`~hiptx.Basis.CLINICIAN` naming ``by`` and ``reason``.
        side: The side trained; the plan's (its assessment's) if omitted. For
            ``Side.BOTH`` each chain gets a slot per side, each with its own
            level, build-up and log.
        surgery: The patient's operation, if any: an exercise it restricts on the
            first session day waits (is not scheduled) until the restriction ends,
            and hiptx schedules it from then, saying so.
        athlete: Whether the patient is an athlete (or has a sporting goal): only
            then does the programme step up into the steps the sources reserve
            for athletes (kept as :attr:`Programme.athlete`).
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
        Thu 2025-01-16 2
        Mon 2025-01-20 2
        >>> hiptx.build_programme(plan, start=datetime.date(2025, 1, 8), weeks=53,
        ...                       sessions_per_week=2)
        Traceback (most recent call last):
        ...
        hiptx.errors.OutOfRangeError: weeks: 53 is not allowed; expected an integer from 1 to 52 (weeks)

    .. versionadded:: 0.2.0
    """
    _args.require("plan", plan, ExercisePlan, "an ExercisePlan (from plan_exercises)")
    _args.require_optional("side", side, Side, "a Side or None")
    _args.require_optional("surgery", surgery, Surgery, "a Surgery or None")
    if plan.waiting and surgery is None:
        # Without the operation the waits could not be kept or lifted on their day.
        raise InvalidValueError(
            "surgery",
            None,
            "the Surgery the plan was made with: the plan holds patterns waiting for a "
            "restriction after it",
        )
    _args.require("athlete", athlete, bool, "True or False")
    if start_levels is not None and not isinstance(start_levels, Mapping):
        raise WrongTypeError("start_levels", start_levels, "a mapping of pattern to exercise id")
    if isinstance(standalone_exercises, str) or not isinstance(standalone_exercises, Sequence):
        raise WrongTypeError("standalone_exercises", standalone_exercises, "a sequence of ids")
    if type(start) is not datetime.date:
        raise WrongTypeError("start", start, "a datetime.date")
    weeks = _check_count("weeks", weeks, MAX_WEEKS, "weeks")
    per_week = _check_count("sessions_per_week", sessions_per_week, DAYS_PER_WEEK, "a week")
    catalog = given_or_bundled(catalog)
    check_calendar(start, weeks)
    frequency = Reason.from_input(
        ReasonCode.SESSION_DAYS, f"{per_week} sessions a week, as the clinician gave."
    )
    if weekdays is None:
        days = spread_weekdays(start, per_week)
        day_reason = Reason.hiptx_default(
            ReasonCode.SESSION_DAYS,
            f"Sessions on {_day_names(days)}: spread as evenly as a week allows from the "
            "start day (hiptx's own default; give weekdays to choose others).",
        )
    else:
        days = check_weekdays(weekdays, per_week)
        day_reason = Reason.from_input(
            ReasonCode.SESSION_DAYS, f"Sessions on {_day_names(days)}, as the clinician gave."
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
        if start_levels or standalone_exercises:
            who = check_who_and_why(by, reason)
            if start_levels:
                slots = _apply_start_levels(slots, start_levels, who, catalog)
            slots += _standalone_slots(standalone_exercises, first, who, catalog)
        trained = plan.side if side is None else side
        slots = _with_sides(slots, trained)
        waited = [with_wait(slot, surgery, first, catalog) for slot in slots]
        slots = [slot for slot, _ in waited]
        # Two slots waiting under one precaution share its hiptx-default wording: once.
        for _, why in waited:
            reasons.extend(r for r in why if r.basis is Basis.HIPTX_DEFAULT and r not in reasons)
        reasons.extend(_not_scheduled_reasons(plan))
        reasons.extend(_other_side_reasons(slots, trained, catalog))
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
        provenance=catalog.provenance,
        athlete=athlete,
    )
