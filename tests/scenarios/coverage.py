"""Clinical scenarios of coverage: what a list of exercises trains.

Sources by short name: tests/scenarios/test_scenarios.py.
"""

from __future__ import annotations

import operator

import hiptx
from tests.support.scenarios import Scenario

RC = hiptx.ReasonCode

SCENARIOS = (
    Scenario(
        name="k01-pht-every-reading",
        given=lambda cat: hiptx.coverage("personalised-hip-therapy", catalog=cat),
        read=lambda r: tuple(c.complete for c in operator.attrgetter("readings")(r)),
        expect=(False, False),
        codes=frozenset({RC.TARGETS_FROM_SOURCE, RC.READING_INCOMPLETE}),
        why="Two readings, both incomplete: nothing claimed missing.",
        source="Upright Health; Wall 2016; Kemp 2020",
    ),
    Scenario(
        name="k02-adductor-chain",
        given=lambda cat: hiptx.coverage(
            cat.progressions["hip-adductor-strengthening"].exercise_ids, catalog=cat
        ),
        read=lambda r: hiptx.MovementPattern.ADDUCTION in operator.attrgetter("patterns")(r),
        expect=True,
        why="The adductor chain trains adduction.",
        source="KEMP",
    ),
)
