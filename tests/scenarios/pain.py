"""Clinical scenarios of classify_pain: how one session's pain and signs are read.

Sources by short name: tests/scenarios/test_scenarios.py.
"""

from __future__ import annotations

from collections.abc import Callable

import hiptx
from tests.support.scenarios import Scenario, s

RC = hiptx.ReasonCode


def pain(session: hiptx.SessionRecord) -> Callable[[hiptx.Catalog], object]:
    return lambda cat: hiptx.classify_pain(session, catalog=cat)


def response(result: object) -> object:
    assert isinstance(result, hiptx.PainAssessment)
    return result.response


SCENARIOS = (
    Scenario(
        name="c01-acceptable",
        given=pain(s(pain_during=3, pain_after_24h=3)),
        read=response,
        expect=hiptx.PainResponse.ACCEPTABLE,
        codes=frozenset({RC.PAIN_WITHIN_CEILING}),
        why="At the ceiling is acceptable.",
        source="KEMP",
    ),
    Scenario(
        name="c02-above-during-settled",
        given=pain(s(pain_during=4, pain_after_24h=1)),
        read=response,
        expect=hiptx.PainResponse.ABOVE_CEILING,
        codes=frozenset({RC.PAIN_ABOVE_CEILING}),
        why="Above during, settled by the next day.",
        source="KEMP",
    ),
    Scenario(
        name="c03-next-day-above",
        given=pain(s(pain_during=1, pain_after_24h=4)),
        read=response,
        expect=hiptx.PainResponse.OVERLOAD,
        codes=frozenset({RC.PAIN_NOT_SETTLED}),
        why="Above the ceiling the next day: not settled.",
        source="KEMP, MHE",
    ),
    Scenario(
        name="c04-sharp-with-no-score",
        given=pain(s(pain_during=0, pain_after_24h=0, sharp_pain=True)),
        read=response,
        expect=hiptx.PainResponse.OVERLOAD,
        codes=frozenset({RC.SHARP_PAIN}),
        why="Overload signs outrank low scores.",
        source="CM",
    ),
    Scenario(
        name="c05-lingering-just-over",
        given=pain(s(pain_lasted_hours=2.01)),
        read=response,
        expect=hiptx.PainResponse.OVERLOAD,
        codes=frozenset({RC.PAIN_LINGERED, RC.SAFER_RULE_APPLIED}),
        why="Just over 2 h.",
        source="CM vs KEMP",
    ),
)
