"""Clinical scenarios of meets_activity_guideline: the week's activity against the guideline.

Sources by short name: tests/scenarios/test_scenarios.py.
"""

from __future__ import annotations

import operator

import hiptx
from tests.support.scenarios import Scenario

RC = hiptx.ReasonCode

SCENARIOS = (
    Scenario(
        name="g01-guideline-met",
        given=lambda cat: hiptx.meets_activity_guideline(
            aerobic_minutes=150, strength_sessions=2, catalog=cat
        ),
        read=operator.attrgetter("met"),
        expect=True,
        codes=frozenset({RC.GUIDELINE_MET}),
        why="150 minutes and 2 sessions.",
        source="WHO via KEMP",
    ),
    Scenario(
        name="g02-guideline-short",
        given=lambda cat: hiptx.meets_activity_guideline(
            aerobic_minutes=149, strength_sessions=2, catalog=cat
        ),
        read=operator.attrgetter("met"),
        expect=False,
        codes=frozenset({RC.GUIDELINE_NOT_MET}),
        why="One minute short is short.",
        source="WHO via KEMP",
    ),
)
