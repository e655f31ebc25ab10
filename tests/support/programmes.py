"""Plans and programmes for tests of the programme rules (build, advance, adjust).

A programme starts on Monday 6 January 2025 with the adductor chain, three sessions
a week, unless a test says otherwise.
"""

from __future__ import annotations

import datetime
from typing import Any

import pytest

import hiptx

MONDAY = datetime.date(2025, 1, 6)
ADDUCTION = hiptx.MovementPattern.ADDUCTION
CHAIN = (
    "side-lying-hip-adduction",
    "side-lying-hip-adduction-loaded",
    "standing-banded-hip-adduction",
    "copenhagen-plank",
)
"""The adductor chain, first level first."""

BY, WHY = "J. Smith, physiotherapist", "reviewed in clinic"
"""Who made a clinician's change, and why."""

SURGERY = hiptx.Surgery(treatment_id="hip-arthroscopy", date=MONDAY, side=hiptx.Side.LEFT)


def on(week: int, weekday: int) -> datetime.date:
    """The day of programme week ``week`` (from 1), weekday 0 (Monday) to 6."""
    return MONDAY + datetime.timedelta(days=7 * (week - 1) + weekday)


def good(sets: int, day: datetime.date, reps: int = 10) -> hiptx.SessionRecord:
    """A session within the ceiling on ``day``."""
    return hiptx.SessionRecord(sets=sets, reps=reps, pain_during=1, pain_after_24h=1, date=day)


def week_of(sets: int, week: int) -> list[hiptx.SessionRecord]:
    """A week of good sessions, Monday, Wednesday and Friday."""
    return [good(sets, on(week, d)) for d in (0, 2, 4)]


def weak(
    *patterns: hiptx.MovementPattern, catalog: hiptx.Catalog | None = None
) -> hiptx.ExercisePlan:
    """The plan for an assessment that found ``patterns`` weak."""
    findings = dict.fromkeys(patterns, hiptx.Finding.WEAK)
    return hiptx.plan_exercises(hiptx.Assessment(findings=findings), catalog=catalog)


def programme_for(
    *patterns: hiptx.MovementPattern,
    side: hiptx.Side | None = None,
    catalog: hiptx.Catalog | None = None,
    start: datetime.date = MONDAY,
    weeks: int = 8,
    sessions_per_week: int = 3,
    **options: Any,
) -> hiptx.Programme:
    """The programme for an assessment that found ``patterns`` weak (on ``side``),
    built with ``options`` (any other argument of ``build_programme``)."""
    findings = dict.fromkeys(patterns, hiptx.Finding.WEAK)
    plan = hiptx.plan_exercises(hiptx.Assessment(findings=findings, side=side), catalog=catalog)
    return hiptx.build_programme(
        plan,
        start=start,
        weeks=weeks,
        sessions_per_week=sessions_per_week,
        catalog=catalog,
        **options,
    )


def programme(weeks: int = 8) -> hiptx.Programme:
    """The adductor chain's programme, three sessions a week."""
    return programme_for(ADDUCTION, weeks=weeks)


def small_programme(
    *patterns: hiptx.MovementPattern, catalog: hiptx.Catalog | None = None
) -> hiptx.Programme:
    """Two weeks of two sessions for ``patterns`` found weak."""
    return programme_for(*patterns, catalog=catalog, weeks=2, sessions_per_week=2)


def both_hips(weeks: int = 8) -> hiptx.Programme:
    """The adductor chain's programme for both hips."""
    return programme_for(ADDUCTION, side=hiptx.Side.BOTH, weeks=weeks)


def sets_after(update: hiptx.ProgrammeUpdate, today: datetime.date) -> set[int | None]:
    """The sets prescribed after ``today``."""
    return {p.sets for s in update.programme.sessions if s.date > today for p in s.prescriptions}


def fake_restrictions(
    monkeypatch: pytest.MonkeyPatch, restricted: dict[str, datetime.date | None]
) -> None:
    """Restrict each named exercise until its date (``None``: no known end)."""
    from hiptx.rules import surgery as surgery_module

    def restriction(
        operation: surgery_module.OperationLimits, exercise: hiptx.Exercise, on: datetime.date
    ) -> hiptx.ExerciseRestriction | None:
        # What every rule asks (exercise_restriction asks it too), for one call.
        del operation
        if exercise.id not in restricted:
            return None
        until = restricted[exercise.id]
        if until is not None and on >= until:
            return None
        why = hiptx.Reason(code=hiptx.ReasonCode.RED_FLAG, message=f"Fake order for {exercise.id}.")
        return hiptx.ExerciseRestriction(exercise_id=exercise.id, until=until, reasons=(why,))

    monkeypatch.setattr(surgery_module.OperationLimits, "restriction", restriction)
