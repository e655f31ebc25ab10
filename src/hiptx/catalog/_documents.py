"""The catalog's data files: which files there are, and the type each one holds.

A document class is only a file's shape, for the builders, the schemas and
:mod:`hiptx.serialize`; nothing compares or prints one, so attrs writes no
``__eq__`` or ``__repr__`` for them (a fresh process's first load creates these
classes, and compiling those methods cost a fifth of its catalog imports).
"""

from __future__ import annotations

from typing import Any, NamedTuple

import attrs

from hiptx import _fields
from hiptx.errors import DataProblem
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


@attrs.frozen(kw_only=True, eq=False, repr=False)
class IndexFile:
    """``index.json``: the data version and the files that make up the catalog."""

    data_version: str = attrs.field(**_fields.text())
    files: tuple[str, ...] = attrs.field(**_fields.items(str, min_items=1, unique=True))


@attrs.frozen(kw_only=True, eq=False, repr=False)
class SourcesFile:
    """``sources.json``."""

    sources: tuple[Source, ...] = attrs.field(**_fields.items(Source, unique=False))


@attrs.frozen(kw_only=True, eq=False, repr=False)
class ConditionsFile:
    """``conditions.json``."""

    conditions: tuple[Condition, ...] = attrs.field(**_fields.items(Condition, unique=False))


@attrs.frozen(kw_only=True, eq=False, repr=False)
class RisksFile:
    """``risks.json``."""

    risks: tuple[Risk, ...] = attrs.field(**_fields.items(Risk, unique=False))


@attrs.frozen(kw_only=True, eq=False, repr=False)
class TreatmentsFile:
    """``treatments.json``."""

    treatments: tuple[Treatment, ...] = attrs.field(**_fields.items(Treatment, unique=False))


@attrs.frozen(kw_only=True, eq=False, repr=False)
class ExercisesFile:
    """``exercises.json``."""

    exercises: tuple[Exercise, ...] = attrs.field(**_fields.items(Exercise, unique=False))


@attrs.frozen(kw_only=True, eq=False, repr=False)
class ProgressionsFile:
    """``progressions.json``."""

    progressions: tuple[Progression, ...] = attrs.field(**_fields.items(Progression, unique=False))


@attrs.frozen(kw_only=True, eq=False, repr=False)
class InstrumentsFile:
    """``instruments.json``: outcome questionnaires."""

    instruments: tuple[Instrument, ...] = attrs.field(**_fields.items(Instrument, unique=False))


class Part(NamedTuple):
    """One catalog file: its name, the :class:`Catalog` keyword it fills, its types.

    ``element`` is the class of each object in a file that holds one list of
    objects under the key ``keyword`` (``None`` for ``index.json``, which gives
    the version, and ``rules.json``, which is one object); ``kind`` names such an
    object in messages.
    """

    file: str
    keyword: str
    document: type
    element: type | None = None
    kind: str = ""


#: The one table of the catalog's files, in the order they are read and reported:
#: the loader, the overlay, the integrity checks, the schema tool and the tests
#: read it.
FILES: tuple[Part, ...] = (
    Part("index.json", "version", IndexFile),
    Part("sources.json", "sources", SourcesFile, Source, "source"),
    Part("conditions.json", "conditions", ConditionsFile, Condition, "condition"),
    Part("risks.json", "risks", RisksFile, Risk, "risk"),
    Part("treatments.json", "treatments", TreatmentsFile, Treatment, "treatment"),
    Part("exercises.json", "exercises", ExercisesFile, Exercise, "exercise"),
    Part("progressions.json", "progressions", ProgressionsFile, Progression, "progression"),
    Part("rules.json", "rules", RuleSet),
    Part("instruments.json", "instruments", InstrumentsFile, Instrument, "instrument"),
)

#: The files that hold one list of objects.
LIST_PARTS: tuple[Part, ...] = tuple(part for part in FILES if part.element is not None)

#: Each catalog file and the type its content must structure into.
DOCUMENTS: dict[str, type] = {part.file: part.document for part in FILES}

#: The data files ``index.json`` lists.
DATA_FILES: frozenset[str] = frozenset(DOCUMENTS) - {"index.json"}


def index_problems(index: object, files: frozenset[str] | set[str]) -> list[DataProblem]:
    """The problem of an ``index.json`` (as parsed) that does not list exactly ``files``.

    The one index check of every catalog: a whole one (``files`` is
    :data:`DATA_FILES`) and an overlay (the data files it holds). It reads the
    parsed document, before anything is built, so that a catalog takes it once; an
    index whose ``files`` is not a list of strings is left to the build and word
    steps, which report its type.

    Example:
        >>> index = {"data_version": "1", "files": ["rules.json"]}
        >>> index_problems(index, {"rules.json"})
        []
        >>> index_problems(index, {"rules.json", "risks.json"})[0].message
        'expected exactly risks.json, rules.json'
    """
    given = index.get("files") if isinstance(index, dict) else None
    if not isinstance(given, list) or not all(isinstance(name, str) for name in given):
        return []
    if set(given) == files:
        return []
    listed = ", ".join(sorted(files)) or "no file"
    return [
        DataProblem("index.json", "/files", f"expected exactly {listed}", None, f"exactly {listed}")
    ]


def all_schemas() -> dict[str, dict[str, Any]]:
    """Schema file name -> JSON Schema, for every catalog file."""
    from hiptx._schema import schema_for

    return {
        f"{name.removesuffix('.json')}.schema.json": schema_for(document, name)
        for name, document in DOCUMENTS.items()
    }
