"""The catalog's typed objects: sources, conditions, risks, treatments, exercises.

Every class is an immutable, slotted, keyword-only attrs class whose collections are
tuples. Every clinical figure sits next to the :class:`Citation` objects that back
it, and every citation names a :class:`Source` by id.

One concept per module, all re-exported here (import them from ``hiptx.model`` or
``hiptx``): ``_provenance`` (Source, Citation, Statement, Evidence), ``_clinical``
(Condition, Risk, Rate), ``_treatments`` (Treatment, Schedule, Milestone, Targets),
``_exercises`` (Exercise, Dose, Progression) and ``_rule_settings`` (RuleSet,
Threshold, DefaultThreshold, ScreeningRules, RedFlagRule, RedFlagCombination).
"""

from __future__ import annotations

from hiptx.model._clinical import Condition, Rate, Risk
from hiptx.model._exercises import Dose, Exercise, Progression
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
    RedFlagCombination,
    RedFlagRule,
    RuleSet,
    ScreeningRules,
    Threshold,
)
from hiptx.model._treatments import Milestone, Schedule, Targets, Treatment

#: The private modules that define the model, one concept each.
_SUBMODULES = ("_provenance", "_clinical", "_treatments", "_exercises", "_rule_settings")

__all__ = [
    "MAX_PARTICIPANTS",
    "PMC_PATTERN",
    "PMID_PATTERN",
    "THRESHOLD_MAX",
    "Citation",
    "Condition",
    "DefaultThreshold",
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
]


def __dir__() -> list[str]:
    return __all__
