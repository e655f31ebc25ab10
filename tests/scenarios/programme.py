"""Clinical scenarios of build_programme and advance_programme: a programme over weeks.

Sources by short name: tests/scenarios/test_scenarios.py.
"""

from __future__ import annotations

import datetime

import hiptx
from tests.support.scenarios import Scenario, no_reasons, s

OUT = hiptx.Outcome
F = hiptx.RedFlag
MP = hiptx.MovementPattern
FI = hiptx.Finding
FIRST = "side-lying-hip-adduction"  # first level of the adductor chain


def programme_with_flag(cat: hiptx.Catalog) -> object:
    plan = hiptx.plan_exercises(
        hiptx.Assessment(findings={MP.ADDUCTION: FI.WEAK}), red_flags={F.TRAUMA}, catalog=cat
    )
    programme = hiptx.build_programme(
        plan, start=datetime.date(2026, 12, 7), weeks=4, sessions_per_week=3, catalog=cat
    )
    return len(programme.sessions)


def programme_after_overload(cat: hiptx.Catalog) -> object:
    plan = hiptx.plan_exercises(hiptx.Assessment(findings={MP.ADDUCTION: FI.WEAK}), catalog=cat)
    start = datetime.date(2026, 12, 7)
    programme = hiptx.build_programme(plan, start=start, weeks=4, sessions_per_week=3, catalog=cat)
    log = {FIRST: [s(date=start), s(date=start + datetime.timedelta(days=2), swelling=True)]}
    update = hiptx.advance_programme(
        programme, log, today=start + datetime.timedelta(days=3), catalog=cat
    )
    chain = cat.progressions["hip-adductor-strengthening"].exercise_ids
    later = {
        p.exercise_id
        for session in update.programme.sessions
        if session.date > start + datetime.timedelta(days=3)
        for p in session.prescriptions
    }
    harder = any(chain.index(e) > 0 for e in later if e in chain)
    # An overload at the chain's first level stops the exercise: nothing harder follows.
    return update.decision_for(FIRST).outcome, harder


SCENARIOS = (
    Scenario(
        name="m01-programme-with-red-flag",
        given=programme_with_flag,
        read=lambda r: r,
        expect=0,
        reasons=no_reasons,
        why="A red-flag plan schedules no session.",
        source="NHS, HIPTX",
    ),
    Scenario(
        name="m02-programme-overload-never-steps-up",
        given=programme_after_overload,
        read=lambda r: r,
        expect=(OUT.STOP, False),
        reasons=no_reasons,
        why="An overload week never swaps in a harder exercise.",
        source="CM, HIPTX",
    ),
)
