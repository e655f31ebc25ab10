"""Laying one catalog's parts over another's: id clashes, and problems traced to their file.

Used by :meth:`hiptx.Catalog.merge` and by ``load_catalog(path, extends=...)``. The
merged parts are checked whole, like a full load, and each problem names the file
(and the position in it) of the catalog the offending item came from.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from hiptx.catalog._integrity import KINDS, reference_problems
from hiptx.errors import DataProblem
from hiptx.model import RuleSet


def _id_of(item: object) -> str | None:
    """An item's id; the loader puts a refused item's id string (or ``None``) in its place."""
    if isinstance(item, str) or item is None:
        return item
    item_id = getattr(item, "id", None)
    return item_id if isinstance(item_id, str) else None


class Labels:
    """How problems name the files of the two catalogs being merged."""

    def __init__(self, base: str, top: str) -> None:
        self.base = base
        self.top = top

    def file(self, name: str, *, top: bool) -> str:
        suffix = self.top if top else self.base
        return f"{name}{suffix}"


def merge_parts(
    base: Mapping[str, Any],
    top: Mapping[str, Any],
    *,
    replace: bool,
    labels: Labels,
) -> tuple[dict[str, Any], list[DataProblem]]:
    """``top``'s parts laid over ``base``'s, and every problem of the result.

    ``base`` holds every part (as :class:`~hiptx.Catalog` keeps them); in ``top`` a
    part may be missing or ``None`` (its file was not given). An id in both is a
    clash unless ``replace``, when ``top``'s item takes the place of ``base``'s;
    likewise for the rules. The merged list holds ``base``'s items (but those
    replaced), then ``top``'s, each in file order, so each problem can be traced back.
    """
    problems: list[DataProblem] = []
    merged: dict[str, Any] = {}
    origins: dict[str, list[tuple[bool, int]]] = {}
    for key, kind in KINDS.items():
        file = f"{key}.json"
        top_items: tuple[Any, ...] = top.get(key) or ()
        top_ids = {_id_of(item) for item in top_items} - {None}
        base_ids = {_id_of(item) for item in base[key]}
        if not replace:
            problems.extend(
                DataProblem(
                    labels.file(file, top=True),
                    f"/{key}/{position}/id",
                    f"{kind} id {item_id!r} is already in the catalog this one extends "
                    "(pass replace=True to replace it)",
                    repr(item_id),
                    f"a {kind} id the extended catalog does not have",
                )
                for position, item_id in enumerate(map(_id_of, top_items))
                if item_id is not None and item_id in base_ids
            )
        kept = [(i, item) for i, item in enumerate(base[key]) if _id_of(item) not in top_ids]
        # Base items first: a conflict between the two (an exercise in two chains)
        # is then reported at the added item, not at the one already there.
        merged[key] = tuple(item for _, item in kept) + top_items
        origins[key] = [(False, i) for i, _ in kept] + [(True, i) for i in range(len(top_items))]
    rules = base["rules"]
    top_rules = top.get("rules")
    rules_from_top = False
    if isinstance(top_rules, RuleSet) and top_rules != rules:
        if replace:
            rules, rules_from_top = top_rules, True
        else:
            problems.append(
                DataProblem(
                    labels.file("rules.json", top=True),
                    "",
                    "the catalog this one extends has its own rules "
                    "(pass replace=True to use these instead)",
                    None,
                    "no rules.json, the same rules, or replace=True",
                )
            )
    merged["rules"] = rules
    problems.extend(
        _traced(problem, origins, labels, rules_from_top=rules_from_top)
        for problem in reference_problems(merged, rules)
    )
    return merged, problems


def _traced(
    problem: DataProblem,
    origins: Mapping[str, list[tuple[bool, int]]],
    labels: Labels,
    *,
    rules_from_top: bool,
) -> DataProblem:
    """``problem`` with the file and position of the catalog its item came from."""
    if problem.file == "rules.json":
        file, path = labels.file("rules.json", top=rules_from_top), problem.path
    else:
        # Every other path reference_problems gives starts at an item of a list
        # part, "/<part>/<position>..." (a JSON Pointer), and origins holds every
        # list part.
        _, key, position, *rest = problem.path.split("/")
        from_top, index = origins[key][int(position)]
        file = labels.file(problem.file, top=from_top)
        path = "/".join(["", key, str(index), *rest])
    return DataProblem(file, path, problem.message, problem.value, problem.expected)
