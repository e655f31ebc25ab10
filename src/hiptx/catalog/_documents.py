"""The catalog's data files: which files there are, and the type each one holds."""

from __future__ import annotations

from typing import Any

import attrs

from hiptx import _fields
from hiptx._schema import schema_for
from hiptx.model import (
    Condition,
    Exercise,
    Instrument,
    Progression,
    Risk,
    RuleSet,
    Source,
    Treatment,
)


@attrs.frozen(kw_only=True)
class IndexFile:
    """``index.json``: the data version and the files that make up the catalog."""

    data_version: str = attrs.field(**_fields.text())
    files: tuple[str, ...] = attrs.field(**_fields.items(str, min_items=1, unique=True))


@attrs.frozen(kw_only=True)
class SourcesFile:
    """``sources.json``."""

    sources: tuple[Source, ...] = attrs.field(**_fields.items(Source, unique=False))


@attrs.frozen(kw_only=True)
class ConditionsFile:
    """``conditions.json``."""

    conditions: tuple[Condition, ...] = attrs.field(**_fields.items(Condition, unique=False))


@attrs.frozen(kw_only=True)
class RisksFile:
    """``risks.json``."""

    risks: tuple[Risk, ...] = attrs.field(**_fields.items(Risk, unique=False))


@attrs.frozen(kw_only=True)
class TreatmentsFile:
    """``treatments.json``."""

    treatments: tuple[Treatment, ...] = attrs.field(**_fields.items(Treatment, unique=False))


@attrs.frozen(kw_only=True)
class ExercisesFile:
    """``exercises.json``."""

    exercises: tuple[Exercise, ...] = attrs.field(**_fields.items(Exercise, unique=False))


@attrs.frozen(kw_only=True)
class ProgressionsFile:
    """``progressions.json``."""

    progressions: tuple[Progression, ...] = attrs.field(**_fields.items(Progression, unique=False))


@attrs.frozen(kw_only=True)
class InstrumentsFile:
    """``instruments.json``: outcome questionnaires."""

    instruments: tuple[Instrument, ...] = attrs.field(**_fields.items(Instrument, unique=False))


#: Each catalog file and the type its content must structure into.
DOCUMENTS: dict[str, type] = {
    "index.json": IndexFile,
    "sources.json": SourcesFile,
    "conditions.json": ConditionsFile,
    "risks.json": RisksFile,
    "treatments.json": TreatmentsFile,
    "exercises.json": ExercisesFile,
    "progressions.json": ProgressionsFile,
    "rules.json": RuleSet,
    "instruments.json": InstrumentsFile,
}


LIST_FILES: dict[str, tuple[str, type]] = {
    "sources.json": ("sources", Source),
    "conditions.json": ("conditions", Condition),
    "risks.json": ("risks", Risk),
    "treatments.json": ("treatments", Treatment),
    "exercises.json": ("exercises", Exercise),
    "progressions.json": ("progressions", Progression),
    "instruments.json": ("instruments", Instrument),
}


def all_schemas() -> dict[str, dict[str, Any]]:
    """Schema file name -> JSON Schema, for every catalog file."""
    return {
        f"{name.removesuffix('.json')}.schema.json": schema_for(document, name)
        for name, document in DOCUMENTS.items()
    }
