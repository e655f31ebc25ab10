"""Scheduling: building a programme from a plan, and the dose of each session.

:func:`build_programme` spreads the plan's exercises over dated sessions and gives
each session its dose by the build-up rule; :func:`hiptx.advance_programme` reuses
the same helpers when it moves a programme on. The two rules here that no source
makes (session days, the weekly build-up) are hiptx's own defaults, described in
:mod:`hiptx.rules.programme` and in the docs' list of defaults.

The weeks and each session's dose are laid out by ``_weeks`` (shared with the
updates), the slots taken from the plan by ``_plan_slots``; the programme's
classes and limits live apart.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence

from hiptx import _args
from hiptx._catalog_arg import given_or_bundled
from hiptx.catalog import Catalog
from hiptx.errors import InvalidValueError, OutOfRangeError, WrongTypeError
from hiptx.explain import Basis, Reason, ReasonCode
from hiptx.rules._choices import check_who_and_why
from hiptx.rules._plan_slots import (
    apply_start_levels,
    not_scheduled_reasons,
    other_side_reasons,
    slots_from_plan,
    standalone_slots,
    with_sides,
)
from hiptx.rules._programme_limits import (
    DAYS_PER_WEEK,
    MAX_WEEKS,
    check_calendar,
    check_weekdays,
)
from hiptx.rules._waits import with_wait
from hiptx.rules._weeks import Prescriber, first_session_after, schedule_weeks, spread_weekdays
from hiptx.rules.plans import ExercisePlan
from hiptx.rules.programme import (
    Programme,
    ProgrammeSlot,
)
from hiptx.rules.surgery import OperationLimits, Surgery
from hiptx.vocab import MovementPattern, Side

__all__ = ["build_programme"]


def __dir__() -> list[str]:
    return __all__


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
    _args.require_date("start", start)
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
        slots = slots_from_plan(plan, first, catalog)
        if start_levels or standalone_exercises:
            who = check_who_and_why(by, reason)
            if start_levels:
                slots = apply_start_levels(slots, start_levels, who, catalog)
            slots += standalone_slots(standalone_exercises, first, who, catalog)
        trained = plan.side if side is None else side
        slots = with_sides(slots, trained)
        operation = None if surgery is None else OperationLimits(surgery, catalog)
        waited = [with_wait(slot, operation, first, catalog) for slot in slots]
        slots = [slot for slot, _ in waited]
        # Two slots waiting under one precaution share its hiptx-default wording: once.
        for _, why in waited:
            reasons.extend(r for r in why if r.basis is Basis.HIPTX_DEFAULT and r not in reasons)
        reasons.extend(not_scheduled_reasons(plan))
        reasons.extend(other_side_reasons(slots, trained, catalog))
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
