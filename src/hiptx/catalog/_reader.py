"""Turning parsed data files into a catalog: the only place that structures with cattrs.

Every problem in every file is collected before anything is returned, so a bad
catalog raises one :class:`~hiptx.CatalogDataError` and never a partial catalog.

A directory is first loaded by the generated strict builders (``_fast``); cattrs
is imported (by :mod:`hiptx._convert`, inside the functions below) only when they
refuse something and its problems must be worded.
"""

from __future__ import annotations

import pathlib
from typing import TYPE_CHECKING, Any

import importlib_resources

from hiptx._memo import clears_with_the_rest
from hiptx.catalog._catalog import Catalog
from hiptx.catalog._documents import DOCUMENTS, LIST_FILES, IndexFile
from hiptx.catalog._fast import catalog_from, load_checked
from hiptx.catalog._integrity import reference_problems
from hiptx.catalog._json import (
    UNREADABLE,
    Snapshot,
    as_traversable,
    read_document,
)
from hiptx.catalog._snapshot import take_snapshot
from hiptx.errors import CatalogDataError, DataProblem
from hiptx.model import RuleSet

if TYPE_CHECKING:
    import cattrs
    from importlib_resources.abc import Traversable


def bundled_directory() -> Traversable:
    """The ``hiptx/data`` directory inside the installed package."""
    return importlib_resources.files("hiptx").joinpath("data")


def _structure_whole(name: str, raw: dict[str, Any], problems: list[DataProblem]) -> Any:
    from hiptx._convert import converter, describe_problems

    try:
        return converter().structure(raw, DOCUMENTS[name])
    except Exception as exc:  # noqa: BLE001 - every structuring failure is a data problem
        # cattrs raises its validation groups (ExceptionGroups) or, for a top-level
        # problem, the plain exception; both become path-named problems.
        problems.extend(describe_problems(exc, name, "$"))
        return None


def _ignoring_extra_keys(item: object, element: type) -> Any:
    """``item`` structured with unknown keys ignored, else its id string or ``None``.

    Only for the reference checks of an item already refused: an unknown key and
    a dangling id in one object are then both reported, and references to an item
    that is refused whole are not reported again as dangling.
    """
    from hiptx._convert import make_converter

    global _lenient  # noqa: PLW0603 - built once, then read-only
    if _lenient is None:
        _lenient = make_converter(forbid_extra_keys=False)
    try:
        return _lenient.structure(item, element)
    except Exception:  # noqa: BLE001 - its problems were reported by the strict pass
        item_id = item.get("id") if isinstance(item, dict) else None
        return item_id if isinstance(item_id, str) else None


_lenient: cattrs.Converter | None = None


@clears_with_the_rest
def _forget_converter() -> None:
    """Forget the lenient converter (the tests start each case without it)."""
    global _lenient  # noqa: PLW0603 - resets the cache above
    _lenient = None


def structure_document(name: str, raw: Any, problems: list[DataProblem]) -> tuple[Any, Any]:
    """The file's object (or ``None``) and the objects that structured.

    A list file is structured item by item, so that the items that are valid can
    still be checked for dangling references: the second value holds each valid
    item at its position, and ``None`` where an item was refused.
    """
    if not isinstance(raw, dict):
        kind = {list: "an array", type(None): "null"}.get(type(raw), type(raw).__name__)
        problems.append(
            DataProblem(name, "$", f"expected an object, got {kind}", None, "an object")
        )
        return None, None
    from hiptx._convert import converter, describe_problems

    key, element = LIST_FILES.get(name, ("", object))
    if not key or set(raw) != {key} or not isinstance(raw[key], list):
        document = _structure_whole(name, raw, problems)
        return document, getattr(document, key, None) if key else document
    items: list[Any] = []
    failed = False
    for position, item in enumerate(raw[key]):
        try:
            items.append(converter().structure(item, element))
        except Exception as exc:  # noqa: BLE001, PERF203 - as in _structure_whole
            problems.extend(describe_problems(exc, name, f"$.{key}[{position}]"))
            items.append(_ignoring_extra_keys(item, element))
            failed = True
    if failed:
        return None, tuple(items)
    document = _structure_whole(name, {key: raw[key]}, problems)
    return document, tuple(items)


def parse_documents(directory: Traversable | Snapshot) -> dict[str, Any]:
    """Read and structure every catalog file; raise once if anything is wrong.

    The reference checks run on every object that structured, even when others
    did not, so one error lists every problem.
    """
    problems: list[DataProblem] = []
    documents: dict[str, Any] = {}
    valid: dict[str, Any] = {}
    for name in DOCUMENTS:
        raw = read_document(directory, name, problems)
        if raw is not UNREADABLE:
            documents[name], valid[name] = structure_document(name, raw, problems)
    index = documents.get("index.json")
    if isinstance(index, IndexFile) and set(index.files) != set(DOCUMENTS) - {"index.json"}:
        expected = ", ".join(sorted(set(DOCUMENTS) - {"index.json"}))
        problems.append(
            DataProblem(
                "index.json", "/files", f"expected exactly {expected}", None, f"exactly {expected}"
            )
        )
    if problems:
        parts = {key: valid.get(name) for name, (key, _) in LIST_FILES.items()}
        rules = valid.get("rules.json")
        problems.extend(reference_problems(parts, rules if isinstance(rules, RuleSet) else None))
        raise CatalogDataError(problems)
    return documents


def load_directory(path: object) -> Catalog:
    """Load a whole catalog from a directory; see :func:`hiptx.load_catalog`.

    A fast pass with every check runs first; only when it refuses something does
    the cattrs path run, to find and word every problem.
    """
    given = as_traversable(path)
    # A directory on disk is read once, from one state of it (see _snapshot); a
    # resource in a zip cannot change while it is read.
    directory = take_snapshot(given, DOCUMENTS) if isinstance(given, pathlib.Path) else given
    if isinstance(directory, Snapshot) and not directory.names:
        expected = ", ".join(DOCUMENTS)
        what = "is not a catalog directory" if given.is_dir() else "is not a directory"
        raise CatalogDataError(
            [
                DataProblem(
                    "",
                    "",
                    f"{str(path)!r} {what}: it holds none of {expected}",
                    None,
                    f"a directory holding {expected}",
                )
            ]
        )
    catalog = load_checked(directory)
    if catalog is not None:
        return catalog
    return catalog_from(parse_documents(directory))
