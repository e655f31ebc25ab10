"""Assessment-driven exercise plans.

Upright Health (a commercial programme) argues that good conservative care
assesses every basic movement pattern and trains each impaired one through a
progression. :func:`plan_exercises` turns an assessment into a plan from the
catalog's chains, withholds patterns painful above the ceiling, and lists what no
chain covers. Coverage lives in :mod:`hiptx.rules.coverage` (re-exported here for
code written against 0.1.0).

The assessment is defined in ``_assessment``, the plan and its items in
``_results``; this module holds the choice of chain, level and dose per pattern.
"""

from __future__ import annotations

import datetime
from collections.abc import Set as AbstractSet

import attrs

from hiptx import _args
from hiptx._catalog_arg import given_or_bundled
from hiptx.catalog import Catalog
from hiptx.explain import Reason, ReasonCode
from hiptx.model import Progression

# Re-exported (as themselves, for type checkers) for code written against 0.1.0.
from hiptx.rules._local import ceiling_reason
from hiptx.rules.coverage import Coverage as Coverage, coverage as coverage

# Where pickles made before this module was split name it.
from hiptx.rules.plans._assessment import (
    Assessment,
    Finding,
    _rebuild_assessment as _rebuild_assessment,
)
from hiptx.rules.plans._results import (
    ExercisePlan,
    PlanItem,
    UncoveredPattern,
    WaitingPattern,
    WithheldPattern,
)
from hiptx.rules.red_flags import gate
from hiptx.rules.surgery import OperationLimits, Surgery
from hiptx.vocab import ExerciseGoal, MovementPattern, RedFlag

__all__ = [
    "Assessment",
    "ExercisePlan",
    "Finding",
    "PlanItem",
    "UncoveredPattern",
    "WaitingPattern",
    "WithheldPattern",
    "plan_exercises",
]


def __dir__() -> list[str]:
    return __all__


def _chains_for(pattern: MovementPattern, catalog: Catalog) -> list[Progression]:
    """The chains that train ``pattern``: the one naming it first, then by id."""
    return sorted(
        (c for c in catalog.progressions.values() if pattern in c.patterns),
        key=lambda c: (c.patterns.index(pattern), c.id),
    )


def _pain_reasons(
    pattern: MovementPattern, assessment: Assessment, catalog: Catalog
) -> tuple[int | None, list[Reason]]:
    """The recorded pain of a painful pattern, and what it means for exercise."""
    ceiling = catalog.rules.pain_ceiling
    score = assessment.pain_scores.get(pattern)
    if score is None:
        return None, [
            ceiling_reason(
                ReasonCode.PAIN_SCORE_NOT_RECORDED,
                "No pain score was recorded for this painful pattern: keep exercise pain "
                f"within the {ceiling.value:g}/10 ceiling.",
                catalog,
            )
        ]
    if score > ceiling.value:
        return score, [
            ceiling_reason(
                ReasonCode.ASSESSMENT_PAIN_ABOVE_CEILING,
                f"Pain on assessment was {score}/10, above the {ceiling.value:g}/10 ceiling "
                "for exercise.",
                catalog,
            ),
            Reason.hiptx_default(
                ReasonCode.ASSESSMENT_PAIN_ABOVE_CEILING,
                "hiptx gives no exercise for this pattern until a clinician has assessed "
                "the pain (hiptx's own safety default).",
            ),
        ]
    return score, [
        ceiling_reason(
            ReasonCode.ASSESSMENT_PAIN_WITHIN_CEILING,
            f"Pain on assessment was {score}/10, within the {ceiling.value:g}/10 ceiling: "
            "keep exercise pain within it.",
            catalog,
        )
    ]


def plan_exercises(
    assessment: Assessment,
    *,
    red_flags: AbstractSet[RedFlag] = frozenset(),
    catalog: Catalog | None = None,
    surgery: Surgery | None = None,
    today: datetime.date | None = None,
) -> ExercisePlan:
    """Choose a chain and a starting level for each impaired movement pattern.

    For each impaired pattern, the chain whose ``patterns`` name it is chosen (the
    one naming it first, then by id, when several do); the plan starts at the
    chain's first level. Patterns no chain trains are listed in ``uncovered`` with
    any standalone exercises that train them; nothing is invented. A painful
    pattern whose recorded pain is above the catalog's pain ceiling gets no
    exercise (``withheld``). With any red flag the plan is empty and carries the
    referral.

    Args:
        assessment: The findings per movement pattern.
        red_flags: The red flags present, if any.
        catalog: The catalog whose chains and rules to use; the bundled one if
            omitted.
        surgery: The patient's operation, if any: a pattern whose first level a
            precaution or weight-bearing order restricts on ``today`` waits
            (``waiting``, with the day it is allowed), and the plan's reasons say
            which orders are in force and whose they are.
        today: The day the plan starts; with ``surgery`` and no ``today``, the day
            of the operation (every restriction in force: the safer reading).

    Raises:
        WrongTypeError: if an argument is of the wrong type.

    Example:
        >>> import hiptx
        >>> plan = hiptx.plan_exercises(hiptx.Assessment(findings={
        ...     hiptx.MovementPattern.ADDUCTION: hiptx.Finding.WEAK}))
        >>> str(plan.items[0].dose)
        '2-3 sets x 8-10 reps, 2-3 s hold per rep'
        >>> plan = hiptx.plan_exercises(hiptx.Assessment(findings={
        ...     hiptx.MovementPattern.ADDUCTION: hiptx.Finding.WEAK}),
        ...     red_flags={hiptx.RedFlag.NIGHT_OR_REST_PAIN})
        >>> plan.items, plan.referral.urgent
        ((), True)

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       Takes ``red_flags``; withholds patterns in pain above the ceiling;
       ``catalog`` is optional; takes ``surgery`` and ``today``.
    """
    _args.require("assessment", assessment, Assessment, "an Assessment")
    catalog = given_or_bundled(catalog)
    stopped = gate(red_flags, catalog)
    if stopped is not None:
        referral, stop = stopped
        return ExercisePlan(
            not_assessed=assessment.not_assessed,
            referral=referral,
            reasons=(stop,),
            provenance=catalog.provenance,
            side=assessment.side,
        )
    items: list[PlanItem] = []
    uncovered: list[UncoveredPattern] = []
    withheld: list[WithheldPattern] = []
    for pattern in assessment.impaired:
        finding = assessment.findings[pattern]
        reasons = [
            Reason.from_input(
                ReasonCode.IMPAIRED_PATTERN,
                f"The assessment found {pattern.value.replace('_', ' ')} {finding.value}.",
            )
        ]
        chains = _chains_for(pattern, catalog)
        if finding is Finding.PAINFUL:
            score, pain_reasons = _pain_reasons(pattern, assessment, catalog)
            reasons.extend(pain_reasons)
            if score is not None and score > catalog.rules.pain_ceiling.value:
                withheld.append(
                    WithheldPattern(
                        pattern=pattern,
                        finding=finding,
                        pain_score=score,
                        progression_id=chains[0].id if chains else None,
                        reasons=tuple(reasons),
                    )
                )
                continue
        if not chains:
            standalone = tuple(
                e.id
                for e in catalog.exercises_for(pattern=pattern)
                if catalog.progression_of(e) is None and e.goal is not ExerciseGoal.MANUAL_TECHNIQUE
            )
            reasons.append(
                Reason.from_input(
                    ReasonCode.NO_CHAIN_FOR_PATTERN,
                    "No progression chain in the catalog trains this pattern; "
                    "hiptx does not invent one.",
                )
            )
            uncovered.append(
                UncoveredPattern(
                    pattern=pattern,
                    finding=finding,
                    standalone_exercise_ids=standalone,
                    reasons=tuple(reasons),
                )
            )
            continue
        chain = chains[0]
        first = catalog.exercises[chain.exercise_ids[0]]
        reasons.append(
            Reason.cited(
                ReasonCode.START_AT_FIRST_LEVEL,
                f"{chain.name} trains this pattern, its levels ordered from easiest to hardest.",
                chain.citations,
                catalog.sources,
            )
        )
        reasons.append(
            Reason.hiptx_default(
                ReasonCode.START_AT_FIRST_LEVEL,
                f"Start at its first level, {first.name}, and progress by the progression "
                "rule (hiptx's own default; a clinician may choose another level).",
            )
        )
        if len(chains) > 1:
            reasons.append(
                Reason.from_input(
                    ReasonCode.OTHER_CHAINS,
                    ("Other chains also train it: " + ", ".join(c.id for c in chains[1:]) + "."),
                )
            )
        items.append(
            PlanItem(
                pattern=pattern,
                finding=finding,
                progression_id=chain.id,
                exercise_id=first.id,
                dose=first.dose,
                reasons=tuple(reasons),
            )
        )
    plan = ExercisePlan(
        items=tuple(items),
        uncovered=tuple(uncovered),
        not_assessed=assessment.not_assessed,
        withheld=tuple(withheld),
        side=assessment.side,
        provenance=catalog.provenance,
    )
    return plan if surgery is None else _after_surgery(plan, surgery, today, catalog)


def _after_surgery(
    plan: ExercisePlan, surgery: Surgery, today: datetime.date | None, catalog: Catalog
) -> ExercisePlan:
    """The plan with every restricted start moved to ``waiting``, and the orders said."""
    _args.require("surgery", surgery, Surgery, "a Surgery or None")
    _args.require_date("today", today, optional=True)
    day = surgery.date if today is None else today
    operation = OperationLimits(surgery, catalog)
    reasons = list(operation.orders_on(day))
    if today is None:
        reasons.insert(
            0,
            Reason.hiptx_default(
                ReasonCode.SAFER_READING,
                "No start day was given, so hiptx checks the plan against the day of the "
                f"operation ({day.isoformat()}), when every restriction is in force.",
            ),
        )
    items: list[PlanItem] = []
    waiting: list[WaitingPattern] = []
    for item in plan.items:
        restriction = operation.restriction(catalog.exercises[item.exercise_id], day)
        if restriction is None:
            items.append(item)
            continue
        waiting.append(
            WaitingPattern(
                pattern=item.pattern,
                finding=item.finding,
                progression_id=item.progression_id,
                exercise_id=item.exercise_id,
                until=restriction.until,
                reasons=item.reasons + restriction.reasons,
            )
        )
    uncovered = [
        attrs.evolve(
            u,
            standalone_exercise_ids=tuple(
                e
                for e in u.standalone_exercise_ids
                if operation.restriction(catalog.exercises[e], day) is None
            ),
        )
        for u in plan.uncovered
    ]
    return attrs.evolve(
        plan,
        items=tuple(items),
        uncovered=tuple(uncovered),
        waiting=tuple(waiting),
        reasons=plan.reasons + tuple(reasons),
    )
