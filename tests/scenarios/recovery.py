"""Clinical scenarios of estimate_recovery: the figures a patient is given.

Sources by short name: tests/scenarios/test_scenarios.py.
"""

from __future__ import annotations

from collections.abc import Callable

import hiptx
from tests.support.scenarios import Scenario

RC = hiptx.ReasonCode


def recovery(treatment: str, job: hiptx.JobDemand | None) -> Callable[[hiptx.Catalog], object]:
    return lambda cat: hiptx.estimate_recovery(cat.treatments[treatment], job=job, catalog=cat)


def spans_of(kind: hiptx.MilestoneKind) -> Callable[[object], tuple[str, ...]]:
    def spans(result: object) -> tuple[str, ...]:
        assert isinstance(result, hiptx.RecoveryEstimate)
        return tuple(sorted(str(m.span) for m in result.milestones if m.kind is kind))

    return spans


SCENARIOS = (
    Scenario(
        name="v01-arthroscopy-office-work",
        given=recovery("hip-arthroscopy", hiptx.JobDemand.SEDENTARY),
        read=spans_of(hiptx.MilestoneKind.RETURN_TO_WORK),
        expect=("about 2 weeks", "mean 115 days"),
        codes=frozenset({RC.OTHER_PROTOCOL_EXISTS}),
        absent=frozenset({RC.JOB_DEMAND_NEEDED}),
        why="Seed 000: back to office work in about 2 weeks; the reviews' mean is 115 days.",
        source="FASHIoN patient page; Blaeser 2023",
    ),
    Scenario(
        name="v02-arthroscopy-no-job-given",
        given=recovery("hip-arthroscopy", None),
        read=spans_of(hiptx.MilestoneKind.RETURN_TO_WORK),
        expect=("mean 115 days",),
        codes=frozenset({RC.JOB_DEMAND_NEEDED}),
        why="Without the job demand the job-specific figures are not shown, and it says so.",
        source="FASHIoN patient page",
    ),
    Scenario(
        name="v03-arthroscopy-crutches",
        given=recovery("hip-arthroscopy", hiptx.JobDemand.MANUAL),
        read=spans_of(hiptx.MilestoneKind.OFF_CRUTCHES),
        expect=("typically 2 weeks",),
        codes=frozenset({RC.OTHER_PROTOCOL_EXISTS}),
        why="2 weeks on crutches under the standard protocol; others exist and are named.",
        source="FASHIoN patient page",
    ),
    Scenario(
        name="v04-pht-improvement",
        given=recovery("personalised-hip-therapy", None),
        read=spans_of(hiptx.MilestoneKind.SYMPTOM_IMPROVEMENT),
        expect=("4-6 months",),
        why="Improvement in 4-6 months.",
        source="FASHIoN patient page",
    ),
)
