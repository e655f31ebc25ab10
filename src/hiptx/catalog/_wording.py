"""The load pipeline's last step: every problem of refused files, worded (with cattrs).

The only place the loader structures with cattrs, and only when a file could not
be parsed or built: each document already parsed is structured again, item by
item, so that one :class:`~hiptx.CatalogDataError` lists every problem in every
file, each with its file, JSON Pointer and allowed values, and the reference
checks still run on every object that structured.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from hiptx._convert import converter, describe_problems
from hiptx.catalog._documents import DOCUMENTS, FILES, LIST_PARTS
from hiptx.catalog._integrity import reference_problems
from hiptx.catalog._parse import walk_problems
from hiptx.errors import CatalogDataError, DataProblem
from hiptx.model import RuleSet

#: Each list file's key and element class.
_LISTS: dict[str, tuple[str, type]] = {
    part.file: (part.keyword, part.element) for part in LIST_PARTS if part.element
}


def _structure_whole(name: str, raw: dict[str, Any], problems: list[DataProblem]) -> Any:
    try:
        return converter().structure(raw, DOCUMENTS[name])
    except Exception as exc:  # noqa: BLE001 - every structuring failure is a data problem
        # cattrs raises its validation groups (ExceptionGroups) or, for a top-level
        # problem, the plain exception; both become path-named problems.
        problems.extend(describe_problems(exc, name, ""))
        return None


def _ignoring_extra_keys(item: object, element: type) -> Any:
    """``item`` structured with unknown keys ignored, else its id string or ``None``.

    Only for the reference checks of an item already refused: an unknown key and
    a dangling id in one object are then both reported, and references to an item
    that is refused whole are not reported again as dangling.
    """
    try:
        return converter(forbid_extra_keys=False).structure(item, element)
    except Exception:  # noqa: BLE001 - its problems were reported by the strict pass
        item_id = item.get("id") if isinstance(item, dict) else None
        return item_id if isinstance(item_id, str) else None


def structure_document(name: str, raw: Any, problems: list[DataProblem]) -> tuple[Any, Any]:
    """The file's object (or ``None``) and the objects that structured.

    A list file is structured item by item, so that the items that are valid can
    still be checked for dangling references: the second value holds each valid
    item at its position, and ``None`` where an item was refused.
    """
    if not isinstance(raw, dict):
        kind = {list: "an array", type(None): "null"}.get(type(raw), type(raw).__name__)
        problems.append(DataProblem(name, "", f"expected an object, got {kind}", None, "an object"))
        return None, None
    key, element = _LISTS.get(name, ("", object))
    if not key or set(raw) != {key} or not isinstance(raw[key], list):
        document = _structure_whole(name, raw, problems)
        return document, getattr(document, key, None) if key else document
    items: list[Any] = []
    failed = False
    for position, item in enumerate(raw[key]):
        try:
            items.append(converter().structure(item, element))
        except Exception as exc:  # noqa: BLE001, PERF203 - as in _structure_whole
            problems.extend(describe_problems(exc, name, f"/{key}/{position}"))
            items.append(_ignoring_extra_keys(item, element))
            failed = True
    if failed:
        return None, tuple(items)
    document = _structure_whole(name, {key: raw[key]}, problems)
    return document, tuple(items)


def structure_documents(
    parsed: Mapping[str, Any], problems: list[DataProblem]
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Each parsed file structured: its document (or ``None``) and its valid objects.

    A document the plain parser read is checked for nesting here, the only check
    the strict parser makes that the plain one does not.
    """
    documents: dict[str, Any] = {}
    valid: dict[str, Any] = {}
    for part in FILES:
        if part.file not in parsed:
            continue
        # On a plain document (no repeated key or bad number survives the parse
        # step) the parse step's walk finds only nesting.
        too_deep = walk_problems(part.file, parsed[part.file])
        problems.extend(too_deep)
        if not too_deep:
            documents[part.file], valid[part.file] = structure_document(
                part.file, parsed[part.file], problems
            )
    return documents, valid


def word_problems(parsed: Mapping[str, Any], problems: list[DataProblem]) -> dict[str, Any]:
    """Every problem of a whole catalog's files, raised; else each file's document.

    ``parsed`` holds the documents of the files that could be parsed, and
    ``problems`` those already found (files that could not be read or parsed, an
    index that does not list the data files).
    The reference checks run on every object that structured, even when others
    did not, so one error lists every problem.
    """
    problems = list(problems)
    documents, valid = structure_documents(parsed, problems)
    if problems:
        parts = {part.keyword: valid.get(part.file) for part in LIST_PARTS}
        rules = valid.get("rules.json")
        problems.extend(reference_problems(parts, rules if isinstance(rules, RuleSet) else None))
        raise CatalogDataError(problems)
    return documents
