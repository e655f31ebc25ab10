"""Which of a treatment's milestones apply to a patient, and why; what the sources leave out.

A milestone bound to a job demand applies only to that job, one bound to a
weight-bearing protocol only to that protocol; each estimate says why it was
chosen, and the estimate says what it left out and which figures the sources do
not give. Worked out once per treatment, job and protocol, and held by the
catalog for its own treatments (see :mod:`hiptx._derived`).
"""

from __future__ import annotations

from collections.abc import Mapping

import attrs

from hiptx._trusted import constructor
from hiptx.explain import Reason, ReasonCode
from hiptx.model import Milestone, Source, Treatment
from hiptx.rules.recovery._results import MilestoneEstimate, _label, _time_order
from hiptx.vocab import JobDemand, MilestoneKind, WeightBearing

#: Milestones patients ask about; a missing one is reported as "no figure".
_ASKED_ABOUT = (
    MilestoneKind.RETURN_TO_WORK,
    MilestoneKind.RETURN_TO_DRIVING,
    MilestoneKind.RETURN_TO_SPORT,
    MilestoneKind.SYMPTOM_IMPROVEMENT,
    MilestoneKind.FULL_RECOVERY,
)


def _why_chosen(m: Milestone, sources: Mapping[str, Source]) -> Reason:
    if m.job is not None:
        return Reason.cited(
            ReasonCode.MILESTONE_FOR_JOB,
            f"The source gives this figure for {m.job.value} work.",
            m.citations,
            sources,
        )
    if m.weight_bearing is not None:
        return Reason.cited(
            ReasonCode.MILESTONE_FOR_PROTOCOL,
            f"The source gives this figure for the {m.weight_bearing.value} "
            "weight-bearing protocol.",
            m.citations,
            sources,
        )
    return Reason.cited(
        ReasonCode.MILESTONE_APPLIES,
        "The source gives this figure for every patient.",
        m.citations,
        sources,
    )


# Results are built from catalog objects that passed every check, so their
# validators are skipped (see hiptx._trusted); direct construction still checks.
_milestone_estimate = constructor(MilestoneEstimate)


def _estimate_of(m: Milestone, sources: Mapping[str, Source]) -> MilestoneEstimate:
    reasons = [_why_chosen(m, sources)]
    if m.span is None:
        reasons.append(
            Reason.cited(
                ReasonCode.VAGUE_FIGURE,
                f"The source gives no number, only {m.wording!r}; hiptx adds no "
                "precision the source does not have.",
                m.citations,
                sources,
            )
        )
    elif m.span.is_open:
        reasons.append(
            Reason.cited(
                ReasonCode.OPEN_ENDED, "The source gives only a lower bound.", m.citations, sources
            )
        )
    return _milestone_estimate(
        m.kind, m.span, m.wording, m.note, tuple(reasons), m.citations, m.job
    )


def _left_out(
    treatment: Treatment, no_job: bool, weight_bearing: WeightBearing, sources: Mapping[str, Source]
) -> tuple[Reason, ...]:
    """Reasons for what an estimate leaves out: job-bound figures, other protocols, gaps."""
    reasons: list[Reason] = []

    job_bound = [m for m in treatment.milestones if m.job is not None]
    if no_job and job_bound:
        jobs = ", ".join(sorted({m.job.value for m in job_bound if m.job is not None}))
        kinds = ", ".join(sorted({_label(m.kind) for m in job_bound}))
        reasons.append(
            Reason.cited(
                ReasonCode.JOB_DEMAND_NEEDED,
                f"The sources give {kinds} figures by job demand ({jobs}); pass job= "
                "to see them. None of those was picked.",
                tuple(c for m in job_bound for c in m.citations),
                sources,
            )
        )
    other_protocol = [
        m
        for m in treatment.milestones
        if m.weight_bearing is not None and m.weight_bearing is not weight_bearing
    ]
    if other_protocol:
        protocols = ", ".join(
            sorted({m.weight_bearing.value for m in other_protocol if m.weight_bearing})
        )
        reasons.append(
            Reason.cited(
                ReasonCode.OTHER_PROTOCOL_EXISTS,
                f"Some figures apply only to another weight-bearing protocol "
                f"({protocols}); they were left out.",
                tuple(c for m in other_protocol for c in m.citations),
                sources,
            )
        )
    recorded = {m.kind for m in treatment.milestones}
    missing = [k for k in _ASKED_ABOUT if k not in recorded]
    if missing:
        message = "The sources give no figure for: " + ", ".join(map(_label, missing)) + "."
        reasons.append(Reason.from_input(ReasonCode.NO_FIGURE, message))
    return tuple(reasons)


def _with_age(
    estimate: MilestoneEstimate, m: Milestone, age: int, sources: Mapping[str, Source]
) -> MilestoneEstimate:
    """The estimate with the sources' word on which way age moves it, if any."""
    said = [
        Reason.cited(
            ReasonCode.AGE_EFFECT,
            f"At {age}, the source says this comes "
            f"{'sooner' if effect.sooner else 'later'} (people "
            f"{f'under {effect.under}' if effect.under is not None else f'over {effect.over}'}"
            "); it gives no figure, so the dates are not moved.",
            effect.citations,
            sources,
        )
        for effect in m.age_effects
        if effect.applies_to(age)
    ]
    if not said:
        return estimate
    return attrs.evolve(estimate, reasons=(*estimate.reasons, *said))


def _estimates(
    treatment: Treatment,
    job: JobDemand | None,
    weight_bearing: WeightBearing,
    sources: Mapping[str, Source],
) -> tuple[tuple[tuple[MilestoneEstimate, Milestone], ...], tuple[Reason, ...]]:
    """The milestones that apply, estimated and ordered by time, and what was left out.

    Depends on catalog objects and the arguments only: a catalog's own treatment
    has them worked out once, then held by the catalog.
    """
    chosen = [
        (_estimate_of(m, sources), m)
        for m in treatment.milestones
        if m.applies_to(job, weight_bearing)
    ]
    chosen.sort(key=lambda pair: _time_order(pair[0]))  # stable: equal times keep data order
    return tuple(chosen), _left_out(treatment, job is None, weight_bearing, sources)
