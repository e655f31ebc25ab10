"""Clinical scenarios of plan_exercises: what an assessment leads to.

Sources by short name: tests/scenarios/test_scenarios.py.
"""

from __future__ import annotations

import hiptx
from tests.support.scenarios import Scenario, plan

RC = hiptx.ReasonCode
F = hiptx.RedFlag
MP = hiptx.MovementPattern
FI = hiptx.Finding
FIRST = "side-lying-hip-adduction"  # first level of the adductor chain


def plan_shape(result: object) -> tuple[tuple[str, ...], tuple[str, ...], bool]:
    assert isinstance(result, hiptx.ExercisePlan)
    return (
        tuple(i.exercise_id for i in result.items),
        tuple(w.pattern.value for w in result.withheld),
        result.referral is not None,
    )


def plan_reasons(result: object) -> tuple[hiptx.Reason, ...]:
    assert isinstance(result, hiptx.ExercisePlan)
    out = list(result.reasons)
    for item in result.items:
        out.extend(item.reasons)
    for withheld in result.withheld:
        out.extend(withheld.reasons)
    for uncovered in result.uncovered:
        out.extend(uncovered.reasons)
    return tuple(out)


SCENARIOS = (
    Scenario(
        name="l01-weak-adduction",
        given=plan({MP.ADDUCTION: FI.WEAK}),
        read=plan_shape,
        expect=((FIRST,), (), False),
        codes=frozenset({RC.IMPAIRED_PATTERN, RC.START_AT_FIRST_LEVEL}),
        reasons=plan_reasons,
        why="Start the adductor chain at its first level.",
        source="KEMP, HIPTX",
    ),
    Scenario(
        name="l02-painful-9-withheld",
        given=plan({MP.ADDUCTION: FI.PAINFUL}, {MP.ADDUCTION: 9}),
        read=plan_shape,
        expect=((), ("adduction",), False),
        codes=frozenset({RC.ASSESSMENT_PAIN_ABOVE_CEILING}),
        reasons=plan_reasons,
        why="9/10 on assessment is far above the 3/10 ceiling: no full dose.",
        source="KEMP, HIPTX",
    ),
    Scenario(
        name="l03-painful-2-planned",
        given=plan({MP.ADDUCTION: FI.PAINFUL}, {MP.ADDUCTION: 2}),
        read=plan_shape,
        expect=((FIRST,), (), False),
        codes=frozenset({RC.ASSESSMENT_PAIN_WITHIN_CEILING}),
        reasons=plan_reasons,
        why="Within the ceiling: plan, keeping pain within it.",
        source="KEMP",
    ),
    Scenario(
        name="l04-painful-no-score",
        given=plan({MP.ADDUCTION: FI.PAINFUL}),
        read=plan_shape,
        expect=((FIRST,), (), False),
        codes=frozenset({RC.PAIN_SCORE_NOT_RECORDED}),
        reasons=plan_reasons,
        why="No score: plan, and say to keep within the ceiling.",
        source="KEMP",
    ),
    Scenario(
        name="l05-red-flag-empty-plan",
        given=plan({MP.ADDUCTION: FI.WEAK}, red_flags={F.SUSPECTED_INFECTION}),
        read=plan_shape,
        expect=((), (), True),
        codes=frozenset({RC.NO_EXERCISE_ADVICE}),
        reasons=plan_reasons,
        why="Red flag: no plan, the referral instead.",
        source="NHS, HIPTX",
    ),
    Scenario(
        name="l06-uncovered-pattern",
        given=plan({MP.INTERNAL_ROTATION: FI.WEAK}),
        read=plan_shape,
        expect=((), (), False),
        codes=frozenset({RC.NO_CHAIN_FOR_PATTERN}),
        reasons=plan_reasons,
        why="No chain trains it: say so, invent none.",
        source="HIPTX",
    ),
)
