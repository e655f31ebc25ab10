"""A programme's weeks: its dated sessions, each with its prescriptions.

:func:`schedule_weeks` lays a programme's slots over its session days, and a
:class:`Prescriber` gives each slot its dose by the build-up rule; the one way an
update ends (:func:`rescheduled`) keeps the sessions already done and schedules
the rest afresh. Shared by :func:`hiptx.build_programme`,
:func:`hiptx.advance_programme` and :func:`hiptx.adjust_programme`.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator, Sequence

import attrs

from hiptx.catalog import Catalog
from hiptx.errors import InvalidValueError
from hiptx.explain import Reason, ReasonCode
from hiptx.model import Dose, Exercise
from hiptx.rules._local import ceiling_reason
from hiptx.rules._programme_limits import DAYS_PER_WEEK
from hiptx.rules.programme import (
    Prescription,
    Programme,
    ProgrammeChange,
    ProgrammeSession,
    ProgrammeSlot,
    ProgrammeWeek,
)


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
        self._by_slot: dict[tuple[ProgrammeSlot, int | None], Prescription] = {}

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
                f"{dose.sets} sets and add one set, up to {dose.top_sets}, only after "
                f"{wanted} (a week's worth) did the current sets within the pain ceiling, "
                f"with {amount} throughout (hiptx's own default: no source sets a starting "
                "dose or a build-up).",
            )
        target = Reason.cited(
            ReasonCode.TARGET_DOSE,
            f"Work up to {dose.target} before progressing to the next level.",
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
        made = self._by_slot.get(key)
        if made is not None:
            return made
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
            # No sets, no amounts, no target: the dose is the clinician's.
            dosed, reasons = None, [no_dose]
        else:
            dosed, reasons = dose, self._dose_reasons(exercise, dose, sets, slot.build_up_paused)
        prescription = Prescription(
            exercise_id=exercise.id,
            patterns=slot.patterns,
            progression_id=slot.progression_id,
            sessions_per_week=self._per_week,
            pain_ceiling=ceiling,
            sets=None if dosed is None else sets,
            reps=None if dosed is None else dosed.reps,
            hold_seconds=None if dosed is None else dosed.hold_seconds,
            rep_hold_seconds=None if dosed is None else dosed.rep_hold_seconds,
            target=None if dosed is None else dosed.target,
            reasons=(*reasons, ceiling_reason),
            side=slot.side,
        )
        self._by_slot[key] = prescription
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
