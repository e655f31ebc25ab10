"""The catalog's typed objects: sources, conditions, risks, treatments, exercises.

Every class is an immutable, slotted, keyword-only attrs class whose collections are
tuples. Every clinical figure sits next to the :class:`Citation` objects that back
it, and every citation names a :class:`Source` by id.

One concept per module, all re-exported here (import them from ``hiptx.model`` or
``hiptx``): ``_provenance`` (Source, Citation, Statement, Evidence), ``_clinical``
(Condition, Risk, Rate), ``_aftercare`` (Precaution, Criterion, RehabPhase),
``_treatments`` (Treatment, Schedule, Milestone, Targets),
``_exercises`` (Exercise, Dose, Progression), ``_rule_settings`` (RuleSet,
Threshold, DefaultThreshold, ScreeningRules, RedFlagRule, RedFlagCombination), ``_instruments``
(Instrument and its parts: outcome questionnaires) and ``_instrument_kinds`` (the
enums that type an instrument's parts).
"""

from __future__ import annotations

from hiptx.model._aftercare import Criterion, Precaution, RehabPhase
from hiptx.model._clinical import Condition, Rate, Risk
from hiptx.model._exercises import Dose, Exercise, Progression
from hiptx.model._instrument_kinds import (
    Audience,
    Imputation,
    LicenceStatus,
    PopulationGroup,
    RuleTopic,
    ScoringMethod,
    ThresholdKind,
)
from hiptx.model._instruments import (
    NOT_APPLICABLE,
    ConversionRow,
    Instrument,
    Licence,
    QuestionnaireItem,
    ResponseScale,
    ScoreThreshold,
    ScoringRule,
    Subscale,
)
from hiptx.model._provenance import (
    MAX_PARTICIPANTS,
    PMC_PATTERN,
    PMID_PATTERN,
    Citation,
    Evidence,
    Source,
    Statement,
)
from hiptx.model._rule_settings import (
    THRESHOLD_MAX,
    DefaultThreshold,
    LocalOverride,
    RedFlagCombination,
    RedFlagRule,
    RuleSet,
    SafetyThreshold,
    ScreeningRules,
    Threshold,
)
from hiptx.model._treatments import (
    MAX_AGE,
    AgeEffect,
    Milestone,
    Schedule,
    Targets,
    Treatment,
)

#: The private modules that define the model, one concept each.
_SUBMODULES = (
    "_provenance",
    "_clinical",
    "_aftercare",
    "_treatments",
    "_exercises",
    "_rule_settings",
    "_instrument_kinds",
    "_instruments",
)

__all__ = [
    "MAX_AGE",
    "MAX_PARTICIPANTS",
    "NOT_APPLICABLE",
    "PMC_PATTERN",
    "PMID_PATTERN",
    "THRESHOLD_MAX",
    "AgeEffect",
    "Audience",
    "Citation",
    "Condition",
    "ConversionRow",
    "Criterion",
    "DefaultThreshold",
    "Dose",
    "Evidence",
    "Exercise",
    "Imputation",
    "Instrument",
    "Licence",
    "LicenceStatus",
    "LocalOverride",
    "Milestone",
    "PopulationGroup",
    "Precaution",
    "Progression",
    "QuestionnaireItem",
    "Rate",
    "RedFlagCombination",
    "RedFlagRule",
    "RehabPhase",
    "ResponseScale",
    "Risk",
    "RuleSet",
    "RuleTopic",
    "SafetyThreshold",
    "Schedule",
    "ScoreThreshold",
    "ScoringMethod",
    "ScoringRule",
    "ScreeningRules",
    "Source",
    "Statement",
    "Subscale",
    "Targets",
    "Threshold",
    "ThresholdKind",
    "Treatment",
]


def __dir__() -> list[str]:
    return __all__
