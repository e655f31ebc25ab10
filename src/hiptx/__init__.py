"""hiptx: typed data and rules for hip-pain treatment.

hiptx informs clinicians and the apps they build; it does not replace clinical
judgement. Every figure it holds cites its source.

``import hiptx`` reads no data and imports neither cattrs nor the submodules: each
public name is imported on first use (PEP 562), and the bundled catalog is parsed on
the first :func:`load_catalog` call.

Example:
    >>> import hiptx
    >>> cat = hiptx.load_catalog()
    >>> cat.treatments["personalised-hip-therapy"].sessions
    IntRange(low=6, high=10)
"""

from __future__ import annotations

import importlib

# Not typing.TYPE_CHECKING: importing typing would cost more than all of hiptx's
# own import. Type checkers treat any constant of this name as true.
TYPE_CHECKING = False

if TYPE_CHECKING:
    from typing import Any

    from hiptx.catalog import (
        Catalog,
        IdMap,
        load_catalog,
    )
    from hiptx.citations import to_csl_json
    from hiptx.codes import Code
    from hiptx.errors import (
        CatalogDataError,
        HiptxError,
        InvalidValueError,
        OutOfRangeError,
        UnknownIdError,
        WrongTypeError,
    )
    from hiptx.explain import (
        Basis,
        Reason,
        ReasonCode,
    )
    from hiptx.model import (
        Citation,
        Condition,
        Dose,
        Evidence,
        Exercise,
        Milestone,
        Progression,
        Rate,
        RedFlagCombination,
        RedFlagRule,
        Risk,
        RuleSet,
        Schedule,
        ScreeningRules,
        Source,
        Statement,
        Targets,
        Threshold,
        Treatment,
    )
    from hiptx.ranges import (
        IntRange,
        Span,
        TimeUnit,
    )
    from hiptx.rules.advance import (
        ProgrammeUpdate,
        advance_programme,
    )
    from hiptx.rules.pain import (
        PainAssessment,
        PainResponse,
        SessionRecord,
        classify_pain,
    )
    from hiptx.rules.plans import (
        Assessment,
        Coverage,
        ExercisePlan,
        Finding,
        PlanItem,
        UncoveredPattern,
        WithheldPattern,
        coverage,
        plan_exercises,
    )
    from hiptx.rules.programme import (
        Prescription,
        Programme,
        ProgrammeChange,
        ProgrammeSession,
        ProgrammeSlot,
        ProgrammeWeek,
        build_programme,
    )
    from hiptx.rules.progression import (
        Outcome,
        ProgressionDecision,
        check_progression,
    )
    from hiptx.rules.recovery import (
        DatedMilestone,
        MilestoneEstimate,
        RecoveryComparison,
        RecoveryEstimate,
        compare_recovery,
        estimate_recovery,
    )
    from hiptx.rules.red_flags import (
        Referral,
        check_red_flags,
    )
    from hiptx.rules.screening import (
        ActivityCheck,
        Candidacy,
        CandidacyDecision,
        HipStatus,
        meets_activity_guideline,
        screen_conservative_care,
    )
    from hiptx.vocab import (
        Equipment,
        EvidenceStrength,
        ExerciseGoal,
        Frequency,
        Invasiveness,
        JobDemand,
        MilestoneKind,
        MovementPattern,
        Muscle,
        Pathway,
        Position,
        RedFlag,
        SourceKind,
        TreatmentKind,
        Urgency,
        WeightBearing,
    )

__all__ = [
    "ActivityCheck",
    "Assessment",
    "Basis",
    "Candidacy",
    "CandidacyDecision",
    "Catalog",
    "CatalogDataError",
    "Citation",
    "Code",
    "Condition",
    "Coverage",
    "DatedMilestone",
    "Dose",
    "Equipment",
    "Evidence",
    "EvidenceStrength",
    "Exercise",
    "ExerciseGoal",
    "ExercisePlan",
    "Finding",
    "Frequency",
    "HipStatus",
    "HiptxError",
    "IdMap",
    "IntRange",
    "InvalidValueError",
    "Invasiveness",
    "JobDemand",
    "Milestone",
    "MilestoneEstimate",
    "MilestoneKind",
    "MovementPattern",
    "Muscle",
    "OutOfRangeError",
    "Outcome",
    "PainAssessment",
    "PainResponse",
    "Pathway",
    "PlanItem",
    "Position",
    "Prescription",
    "Programme",
    "ProgrammeChange",
    "ProgrammeSession",
    "ProgrammeSlot",
    "ProgrammeUpdate",
    "ProgrammeWeek",
    "Progression",
    "ProgressionDecision",
    "Rate",
    "Reason",
    "ReasonCode",
    "RecoveryComparison",
    "RecoveryEstimate",
    "RedFlag",
    "RedFlagCombination",
    "RedFlagRule",
    "Referral",
    "Risk",
    "RuleSet",
    "Schedule",
    "ScreeningRules",
    "SessionRecord",
    "Source",
    "SourceKind",
    "Span",
    "Statement",
    "Targets",
    "Threshold",
    "TimeUnit",
    "Treatment",
    "TreatmentKind",
    "UncoveredPattern",
    "UnknownIdError",
    "Urgency",
    "WeightBearing",
    "WithheldPattern",
    "WrongTypeError",
    "advance_programme",
    "build_programme",
    "check_progression",
    "check_red_flags",
    "classify_pain",
    "compare_recovery",
    "coverage",
    "estimate_recovery",
    "load_catalog",
    "meets_activity_guideline",
    "plan_exercises",
    "screen_conservative_care",
    "to_csl_json",
]

# Public name -> the module that defines it (tests check it matches __all__).
_EXPORTS: dict[str, str] = {
    **dict.fromkeys(
        (
            "Catalog",
            "IdMap",
            "load_catalog",
        ),
        "hiptx.catalog",
    ),
    "to_csl_json": "hiptx.citations",
    "Code": "hiptx.codes",
    **dict.fromkeys(
        (
            "CatalogDataError",
            "HiptxError",
            "InvalidValueError",
            "OutOfRangeError",
            "UnknownIdError",
            "WrongTypeError",
        ),
        "hiptx.errors",
    ),
    **dict.fromkeys(
        (
            "Basis",
            "Reason",
            "ReasonCode",
        ),
        "hiptx.explain",
    ),
    **dict.fromkeys(
        (
            "Citation",
            "Condition",
            "Dose",
            "Evidence",
            "Exercise",
            "Milestone",
            "Progression",
            "Rate",
            "RedFlagCombination",
            "RedFlagRule",
            "Risk",
            "RuleSet",
            "Schedule",
            "ScreeningRules",
            "Source",
            "Statement",
            "Targets",
            "Threshold",
            "Treatment",
        ),
        "hiptx.model",
    ),
    **dict.fromkeys(
        (
            "IntRange",
            "Span",
            "TimeUnit",
        ),
        "hiptx.ranges",
    ),
    **dict.fromkeys(
        (
            "ProgrammeUpdate",
            "advance_programme",
        ),
        "hiptx.rules.advance",
    ),
    **dict.fromkeys(
        (
            "PainAssessment",
            "PainResponse",
            "SessionRecord",
            "classify_pain",
        ),
        "hiptx.rules.pain",
    ),
    **dict.fromkeys(
        (
            "Assessment",
            "Coverage",
            "ExercisePlan",
            "Finding",
            "PlanItem",
            "UncoveredPattern",
            "WithheldPattern",
            "coverage",
            "plan_exercises",
        ),
        "hiptx.rules.plans",
    ),
    **dict.fromkeys(
        (
            "Prescription",
            "Programme",
            "ProgrammeChange",
            "ProgrammeSession",
            "ProgrammeSlot",
            "ProgrammeWeek",
            "build_programme",
        ),
        "hiptx.rules.programme",
    ),
    **dict.fromkeys(
        (
            "Outcome",
            "ProgressionDecision",
            "check_progression",
        ),
        "hiptx.rules.progression",
    ),
    **dict.fromkeys(
        (
            "DatedMilestone",
            "MilestoneEstimate",
            "RecoveryComparison",
            "RecoveryEstimate",
            "compare_recovery",
            "estimate_recovery",
        ),
        "hiptx.rules.recovery",
    ),
    **dict.fromkeys(
        (
            "Referral",
            "check_red_flags",
        ),
        "hiptx.rules.red_flags",
    ),
    **dict.fromkeys(
        (
            "ActivityCheck",
            "Candidacy",
            "CandidacyDecision",
            "HipStatus",
            "meets_activity_guideline",
            "screen_conservative_care",
        ),
        "hiptx.rules.screening",
    ),
    **dict.fromkeys(
        (
            "Equipment",
            "EvidenceStrength",
            "ExerciseGoal",
            "Frequency",
            "Invasiveness",
            "JobDemand",
            "MilestoneKind",
            "MovementPattern",
            "Muscle",
            "Pathway",
            "Position",
            "RedFlag",
            "SourceKind",
            "TreatmentKind",
            "Urgency",
            "WeightBearing",
        ),
        "hiptx.vocab",
    ),
}


def __getattr__(name: str) -> Any:
    if name == "__version__":
        from importlib.metadata import version

        return version("hiptx")
    module_name = _EXPORTS.get(name)
    if module_name is None:
        raise AttributeError(f"module 'hiptx' has no attribute {name!r}")
    value = getattr(importlib.import_module(module_name), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__, "__version__"} - {"TYPE_CHECKING"})
