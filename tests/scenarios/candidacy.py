"""Clinical scenarios of screen_conservative_care: who is a candidate for conservative care.

Sources by short name: tests/scenarios/test_scenarios.py.
"""

from __future__ import annotations

from collections.abc import Callable

import hiptx
from tests.support.scenarios import Scenario

RC = hiptx.ReasonCode
F = hiptx.RedFlag


def screen(status: hiptx.HipStatus, **kw: object) -> Callable[[hiptx.Catalog], object]:
    return lambda cat: hiptx.screen_conservative_care(status, catalog=cat, **kw)  # type: ignore[arg-type]


def candidacy(result: object) -> tuple[object, object]:
    assert isinstance(result, hiptx.CandidacyDecision)
    return result.outcome, result.refer_to_surgeon


SCENARIOS = (
    Scenario(
        name="s01-good-signs",
        given=screen(
            hiptx.HipStatus(
                range_of_motion_preserved=True, cartilage_present=True, bone_spurs_minimal=True
            )
        ),
        read=candidacy,
        expect=(hiptx.Candidacy.GOOD, False),
        codes=frozenset({RC.SCREENING_SCOPE, RC.GOOD_CANDIDATE_SIGNS}),
        why="The clinic's good-candidate signs, labelled as its screening.",
        source="CM",
    ),
    Scenario(
        name="s02-fused",
        given=screen(hiptx.HipStatus(fused=True)),
        read=candidacy,
        expect=(hiptx.Candidacy.POOR, True),
        codes=frozenset({RC.POOR_CANDIDATE_SIGNS, RC.REFER_WHEN_APPROPRIATE}),
        why="Fused hip: poor candidate; refer.",
        source="CM, KEMP",
    ),
    Scenario(
        name="s03-no-good-sign-not-fused",
        given=screen(
            hiptx.HipStatus(
                range_of_motion_preserved=False,
                cartilage_present=False,
                bone_spurs_minimal=False,
                fused=False,
            )
        ),
        read=candidacy,
        expect=(hiptx.Candidacy.REFER, True),
        codes=frozenset({RC.NO_GOOD_CANDIDATE_SIGNS}),
        why="Every poor sign but not fused: a referral, not 'uncertain'.",
        source="HIPTX",
    ),
    Scenario(
        name="s04-failed-physio",
        given=screen(
            hiptx.HipStatus(
                range_of_motion_preserved=True,
                cartilage_present=True,
                bone_spurs_minimal=True,
                failed_full_physiotherapy=True,
            )
        ),
        read=candidacy,
        expect=(hiptx.Candidacy.UNCERTAIN, True),
        codes=frozenset({RC.FAILED_PHYSIOTHERAPY}),
        why="A full dose of physio failed: discuss surgery.",
        source="CM, KEMP",
    ),
    Scenario(
        name="s05-red-flag",
        given=screen(hiptx.HipStatus(), red_flags={F.TRAUMA}),
        read=candidacy,
        expect=(hiptx.Candidacy.URGENT_REFERRAL, False),
        codes=frozenset({RC.RED_FLAG, RC.NO_EXERCISE_ADVICE}),
        why="Red flag: no screening grade.",
        source="NHS",
    ),
)
