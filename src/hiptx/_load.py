"""Reading catalog files: the only module that touches files, JSON and cattrs.

Every problem in every file is collected before anything is returned, so a bad
catalog raises one :class:`~hiptx.CatalogDataError` and never a partial catalog.
"""

from __future__ import annotations

import json
import os
import pathlib
from typing import TYPE_CHECKING, Any

import attrs
import importlib_resources

from hiptx import _fields
from hiptx._convert import describe_problems, make_converter
from hiptx.catalog import Catalog
from hiptx.errors import CatalogDataError
from hiptx.model import Condition, Exercise, Progression, Risk, RuleSet, Source, Treatment

if TYPE_CHECKING:
    import cattrs
    from importlib_resources.abc import Traversable


@attrs.frozen(kw_only=True)
class IndexFile:
    """``index.json``: the data version and the files that make up the catalog."""

    data_version: str = attrs.field(**_fields.text())
    files: tuple[str, ...] = attrs.field(**_fields.items(str, min_items=1, unique=True))


@attrs.frozen(kw_only=True)
class SourcesFile:
    """``sources.json``."""

    sources: tuple[Source, ...] = attrs.field(**_fields.items(Source))


@attrs.frozen(kw_only=True)
class ConditionsFile:
    """``conditions.json``."""

    conditions: tuple[Condition, ...] = attrs.field(**_fields.items(Condition))


@attrs.frozen(kw_only=True)
class RisksFile:
    """``risks.json``."""

    risks: tuple[Risk, ...] = attrs.field(**_fields.items(Risk))


@attrs.frozen(kw_only=True)
class TreatmentsFile:
    """``treatments.json``."""

    treatments: tuple[Treatment, ...] = attrs.field(**_fields.items(Treatment))


@attrs.frozen(kw_only=True)
class ExercisesFile:
    """``exercises.json``."""

    exercises: tuple[Exercise, ...] = attrs.field(**_fields.items(Exercise))


@attrs.frozen(kw_only=True)
class ProgressionsFile:
    """``progressions.json``."""

    progressions: tuple[Progression, ...] = attrs.field(**_fields.items(Progression))


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
}

_converter: cattrs.Converter | None = None


def converter() -> cattrs.Converter:
    """The process-wide converter; its generated hooks are reused across loads."""
    global _converter  # noqa: PLW0603 - built once, then read-only
    if _converter is None:
        _converter = make_converter()
    return _converter


def bundled_directory() -> Traversable:
    """The ``hiptx/data`` directory inside the installed package."""
    return importlib_resources.files("hiptx").joinpath("data")


def _as_traversable(path: str | os.PathLike[str] | Traversable) -> Traversable:
    if isinstance(path, (str, os.PathLike)):
        return pathlib.Path(path)
    return path


_UNREADABLE = object()  # distinct from None, which a file may hold as JSON `null`


def _read(directory: Traversable, name: str, problems: list[str]) -> Any:
    try:
        raw_text = directory.joinpath(name).read_text(encoding="utf-8")
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
        problems.append(f"{name}: missing from the catalog directory")
        return _UNREADABLE
    except (OSError, UnicodeDecodeError) as exc:
        problems.append(f"{name}: cannot be read ({exc})")
        return _UNREADABLE
    try:
        return json.loads(raw_text)
    except json.JSONDecodeError as exc:
        problems.append(
            f"{name}: not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})"
        )
        return None


def _structure(name: str, raw: Any, problems: list[str]) -> Any:
    if not isinstance(raw, dict):
        kind = {list: "an array", type(None): "null"}.get(type(raw), type(raw).__name__)
        problems.append(f"{name}: $: expected an object, got {kind}")
        return None
    try:
        return converter().structure(raw, DOCUMENTS[name])
    except Exception as exc:  # noqa: BLE001 - every structuring failure is a data problem
        # cattrs raises its validation groups (ExceptionGroups) or, for a top-level
        # problem, the plain exception; both become path-named lines.
        problems.extend(f"{name}: {line}" for line in describe_problems(exc, "$"))
        return None


def parse_documents(directory: Traversable) -> dict[str, Any]:
    """Read and structure every catalog file; raise once if anything is wrong."""
    problems: list[str] = []
    documents = {}
    for name in DOCUMENTS:
        raw = _read(directory, name, problems)
        if raw is not _UNREADABLE:
            documents[name] = _structure(name, raw, problems)
    index = documents.get("index.json")
    if isinstance(index, IndexFile) and set(index.files) != set(DOCUMENTS) - {"index.json"}:
        expected = ", ".join(sorted(set(DOCUMENTS) - {"index.json"}))
        problems.append(f"index.json: $.files: expected exactly {expected}")
    if problems:
        raise CatalogDataError(problems)
    return documents


def load_directory(path: str | os.PathLike[str] | Traversable) -> Catalog:
    """Load a whole catalog from a directory; see :func:`hiptx.load_catalog`."""
    documents = parse_documents(_as_traversable(path))
    return Catalog(
        version=documents["index.json"].data_version,
        sources=documents["sources.json"].sources,
        conditions=documents["conditions.json"].conditions,
        risks=documents["risks.json"].risks,
        treatments=documents["treatments.json"].treatments,
        exercises=documents["exercises.json"].exercises,
        progressions=documents["progressions.json"].progressions,
        rules=documents["rules.json"],
    )
