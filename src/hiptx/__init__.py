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
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from hiptx.catalog import Catalog, IdMap, load_catalog
    from hiptx.errors import (
        CatalogDataError,
        HiptxError,
        InvalidValueError,
        OutOfRangeError,
        UnknownIdError,
        WrongTypeError,
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
        Risk,
        RuleSet,
        Schedule,
        Source,
        Statement,
        Targets,
        Threshold,
        Treatment,
    )
    from hiptx.ranges import IntRange, Span, TimeUnit
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
        Position,
        SourceKind,
        TreatmentKind,
        WeightBearing,
    )

# Public name -> the module that defines it. Kept sorted by module, then name.
_EXPORTS: dict[str, str] = {
    **dict.fromkeys(("Catalog", "IdMap", "load_catalog"), "hiptx.catalog"),
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
            "Citation",
            "Condition",
            "Dose",
            "Evidence",
            "Exercise",
            "Milestone",
            "Progression",
            "Rate",
            "Risk",
            "RuleSet",
            "Schedule",
            "Source",
            "Statement",
            "Targets",
            "Threshold",
            "Treatment",
        ),
        "hiptx.model",
    ),
    **dict.fromkeys(("IntRange", "Span", "TimeUnit"), "hiptx.ranges"),
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
            "Position",
            "SourceKind",
            "TreatmentKind",
            "WeightBearing",
        ),
        "hiptx.vocab",
    ),
}

__all__ = sorted(_EXPORTS)  # noqa: PLE0605 - built from the table above


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
    return sorted({*globals(), *__all__, "__version__"})
