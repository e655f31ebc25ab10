"""Clinical scenarios of check_red_flags: which flags, alone or combined, send a patient where.

Sources by short name: tests/scenarios/test_scenarios.py.
"""

from __future__ import annotations

import operator
from collections.abc import Callable

import hiptx
from tests.support.scenarios import Scenario

RC = hiptx.ReasonCode
F = hiptx.RedFlag


def flags(*given: hiptx.RedFlag) -> Callable[[hiptx.Catalog], object]:
    return lambda cat: hiptx.check_red_flags(set(given), catalog=cat)


def referral(result: object) -> tuple[object, object]:
    assert isinstance(result, hiptx.Referral)
    return result.urgency, result.pathways[0] if result.pathways else None


SCENARIOS = (
    Scenario(
        name="r01-no-flags",
        given=flags(),
        read=referral,
        expect=(hiptx.Urgency.NONE, None),
        codes=frozenset({RC.NO_RED_FLAGS}),
        why="Nothing reported: not a diagnosis.",
        source="HIPTX",
    ),
    Scenario(
        name="r02-suspected-fracture",
        given=flags(F.SUSPECTED_FRACTURE),
        read=referral,
        expect=(hiptx.Urgency.EMERGENCY, hiptx.Pathway.A_AND_E),
        codes=frozenset({RC.RED_FLAG}),
        why="Send to A&E.",
        source="NHS",
    ),
    Scenario(
        name="r03-hot-swollen-joint-with-fever",
        given=flags(F.HOT_SWOLLEN_JOINT_WITH_FEVER),
        read=referral,
        expect=(hiptx.Urgency.EMERGENCY, hiptx.Pathway.A_AND_E),
        codes=frozenset({RC.RED_FLAG_COMBINATION}),
        why="Suspected infection: A&E.",
        source="NHS",
    ),
    Scenario(
        name="r04-unwell-and-hot-swollen-joint",
        given=flags(F.SYSTEMICALLY_UNWELL, F.HOT_SWOLLEN_JOINT_WITH_FEVER),
        read=referral,
        expect=(hiptx.Urgency.EMERGENCY, hiptx.Pathway.A_AND_E),
        codes=frozenset({RC.RED_FLAG_COMBINATION}),
        why="Septic/unwell with a hot swollen joint: A&E.",
        source="NHS",
    ),
    Scenario(
        name="r05-leg-shortened-externally-rotated",
        given=flags(F.LEG_SHORTENED_AND_EXTERNALLY_ROTATED),
        read=referral,
        expect=(hiptx.Urgency.EMERGENCY, hiptx.Pathway.A_AND_E),
        codes=frozenset({RC.RED_FLAG_COMBINATION}),
        why="Suspected fracture: A&E.",
        source="NHS",
    ),
    Scenario(
        name="r06-trauma-unable-to-walk",
        given=flags(F.TRAUMA, F.UNABLE_TO_WALK_OR_MOVE_HIP),
        read=referral,
        expect=(hiptx.Urgency.EMERGENCY, hiptx.Pathway.A_AND_E),
        codes=frozenset({RC.RED_FLAG_COMBINATION}),
        why="Read as suspected fracture (hiptx's own, safer reading).",
        source="NHS, HIPTX",
    ),
    Scenario(
        name="r07-known-cancer-night-pain",
        given=flags(F.KNOWN_CANCER, F.NIGHT_OR_REST_PAIN),
        read=referral,
        expect=(hiptx.Urgency.URGENT, hiptx.Pathway.URGENT_SPECIALIST),
        codes=frozenset({RC.RED_FLAG_COMBINATION}),
        why="Unrelenting night pain with cancer: urgent specialist.",
        source="NHS",
    ),
    Scenario(
        name="r08-night-pain-weight-loss",
        given=flags(F.NIGHT_OR_REST_PAIN, F.UNEXPLAINED_WEIGHT_LOSS),
        read=lambda r: hiptx.Pathway.TWO_WEEK_WAIT in operator.attrgetter("pathways")(r),
        expect=True,
        codes=frozenset({RC.RED_FLAG_COMBINATION}),
        why="Suspected new malignancy reaches the two-week-wait pathway.",
        source="NHS",
    ),
    Scenario(
        name="r09-night-pain-alone-is-urgent",
        given=flags(F.NIGHT_OR_REST_PAIN),
        read=referral,
        expect=(hiptx.Urgency.URGENT, hiptx.Pathway.URGENT_CLINICAL_ASSESSMENT),
        codes=frozenset({RC.RED_FLAG}),
        why="Listed under urgent referral with no route named: still urgent.",
        source="NHS",
    ),
    Scenario(
        name="r10-neurovascular-compromise",
        given=flags(F.NEUROVASCULAR_COMPROMISE),
        read=operator.attrgetter("urgent"),
        expect=True,
        codes=frozenset({RC.RED_FLAG}),
        why="Urgent on its own.",
        source="NHS",
    ),
    Scenario(
        name="r11-steroid-use",
        given=flags(F.STEROID_USE),
        read=operator.attrgetter("urgent"),
        expect=True,
        codes=frozenset({RC.RED_FLAG}),
        why="A screening item of the pathways: urgent assessment.",
        source="NHS",
    ),
    Scenario(
        name="r12-suspected-malignancy",
        given=flags(F.SUSPECTED_MALIGNANCY),
        read=referral,
        expect=(hiptx.Urgency.SUSPECTED_CANCER, hiptx.Pathway.TWO_WEEK_WAIT),
        codes=frozenset({RC.RED_FLAG}),
        why="Two-week wait.",
        source="NHS",
    ),
    Scenario(
        name="r13-avn",
        given=flags(F.AVASCULAR_NECROSIS),
        read=referral,
        expect=(hiptx.Urgency.URGENT, hiptx.Pathway.URGENT_FRACTURE_CLINIC),
        codes=frozenset({RC.RED_FLAG}),
        why="Urgent fracture clinic.",
        source="NHS",
    ),
)
