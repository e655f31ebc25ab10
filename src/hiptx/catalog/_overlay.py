"""A catalog as documents: an overlay directory over another catalog, and plain dicts.

``load_catalog(path, extends=base)`` reads whichever data files ``path`` holds and
lays them over ``base``; :func:`hiptx.from_dict` rebuilds a catalog from the dicts
:func:`hiptx.to_dict` gives. Both structure each file exactly as the loader does
(the same strict converter and checks) and check the result whole.
"""

from __future__ import annotations

import pathlib
from collections.abc import Mapping
from typing import Any

from hiptx._schema import schema_of_documents
from hiptx.catalog._catalog import Catalog
from hiptx.catalog._documents import DOCUMENTS, LIST_FILES, IndexFile
from hiptx.catalog._integrity import reference_problems
from hiptx.catalog._json import (
    UNREADABLE,
    Snapshot,
    as_traversable,
    read_document,
)
from hiptx.catalog._merge import Labels, merge_parts
from hiptx.catalog._reader import structure_document
from hiptx.catalog._snapshot import take_snapshot
from hiptx.errors import CatalogDataError, DataProblem, WrongTypeError
from hiptx.model import RuleSet

_DATA_FILES = tuple(name for name in DOCUMENTS if name != "index.json")


def _structured(raw: Mapping[str, Any], problems: list[DataProblem]) -> dict[str, Any]:
    """Each given file's content structured: ``{"index": ..., "rules": ..., part: items}``.

    A part holds the items that structured, with the loader's placeholders (the id
    string, or ``None``) where an item was refused, so reference checks still run.
    """
    parts: dict[str, Any] = {}
    for name, content in raw.items():
        document, valid = structure_document(name, content, problems)
        if name == "index.json":
            parts["index"] = document if isinstance(document, IndexFile) else None
        elif name == "rules.json":
            parts["rules"] = valid if isinstance(valid, RuleSet) else None
        elif valid is not None:
            parts[LIST_FILES[name][0]] = valid
    return parts


def _index_problems(index: object, present: set[str]) -> list[DataProblem]:
    if not isinstance(index, IndexFile) or set(index.files) == present:
        return []
    listed = ", ".join(sorted(present)) or "no file"
    return [
        DataProblem(
            "index.json",
            "/files",
            f"expected exactly the data files given ({listed})",
            None,
            f"exactly {listed}",
        )
    ]


def _unread_names(listed: set[str]) -> list[DataProblem]:
    """A problem for each file that looks like a catalog file but is not read."""
    exact = {name.casefold(): name for name in DOCUMENTS}
    return [
        DataProblem(
            name,
            "",
            f"is not read: file names are case-sensitive (did you mean {exact[name.casefold()]}?)",
            repr(name),
            exact[name.casefold()],
        )
        for name in sorted(listed)
        if name not in DOCUMENTS and name.casefold() in exact
    ]


def load_overlay(path: object, extends: Catalog, *, replace: bool = False) -> Catalog:
    """The catalog files in ``path`` (any of them) laid over ``extends``."""
    given = as_traversable(path)
    try:
        listed = {entry.name for entry in given.iterdir()}
    except OSError as exc:
        raise CatalogDataError(
            [DataProblem("", "", f"the overlay directory cannot be read ({exc})")]
        ) from None
    problems = _unread_names(listed)
    # Read from one state of the directory (see _snapshot).
    directory = take_snapshot(given, DOCUMENTS) if isinstance(given, pathlib.Path) else given
    present = set(directory.names) if isinstance(directory, Snapshot) else listed & set(DOCUMENTS)
    if not present:
        expected = ", ".join(DOCUMENTS)
        problems.append(
            DataProblem(
                "",
                "",
                f"the overlay directory {str(path)!r} holds no catalog file; expected any "
                f"of {expected}",
                None,
                f"any of {expected}",
            )
        )
        raise CatalogDataError(problems)
    raw: dict[str, Any] = {}
    for name in DOCUMENTS:  # a fixed order, so problems are listed the same way each time
        if name not in present:
            continue
        content = read_document(directory, name, problems)
        if content is not UNREADABLE:
            raw[name] = content
    top = _structured(raw, problems)
    problems.extend(_index_problems(top.get("index"), present - {"index.json"}))
    merged, merge_problems = merge_parts(
        _parts_of(extends), top, replace=replace, labels=Labels(" (extends)", "")
    )
    problems.extend(merge_problems)
    if problems:
        raise CatalogDataError(problems)
    index = top.get("index")
    version = extends.version
    if isinstance(index, IndexFile) and index.data_version != version:
        version = f"{version}+{index.data_version}"
    return Catalog(**{**merged, "version": version})


def _parts_of(catalog: Catalog) -> dict[str, Any]:
    """The catalog's parts as it was built from them, in their files' order."""
    parts: dict[str, Any] = catalog._parts  # noqa: SLF001 - the catalog package's own state
    return parts


def catalog_from_documents(data: object) -> Catalog:
    """A catalog from ``{file name: content}``, every file required, checked whole."""
    if not isinstance(data, dict):
        raise WrongTypeError(
            "data", data, f"a dict of the catalog's files ({', '.join(DOCUMENTS)}) to their content"
        )
    problems = [
        DataProblem(str(name), "", "is not a catalog file", None, ", ".join(DOCUMENTS))
        for name in data
        if name not in DOCUMENTS
    ]
    problems.extend(DataProblem(name, "", "missing") for name in DOCUMENTS if name not in data)
    parts = _structured({n: data[n] for n in DOCUMENTS if n in data}, problems)
    problems.extend(_index_problems(parts.get("index"), set(_DATA_FILES)))
    if problems:
        rules = parts.get("rules")
        problems.extend(reference_problems(parts, rules if isinstance(rules, RuleSet) else None))
        raise CatalogDataError(problems)
    return Catalog(
        version=parts["index"].data_version,
        **{key: parts[key] for key, _ in LIST_FILES.values()},
        rules=parts["rules"],
    )


def catalog_documents(catalog: Catalog) -> dict[str, object]:
    """The catalog as its files' documents (attrs objects), index first."""
    documents: dict[str, object] = {
        "index.json": IndexFile(data_version=catalog.version, files=tuple(sorted(_DATA_FILES)))
    }
    parts = _parts_of(catalog)
    for name in _DATA_FILES:
        document = DOCUMENTS[name]
        if document is RuleSet:
            documents[name] = parts["rules"]
        else:
            key = LIST_FILES[name][0]
            documents[name] = document(**{key: parts[key]})
    return documents


def catalog_schema() -> dict[str, Any]:
    """The JSON Schema of :func:`hiptx.to_dict` of a catalog."""
    return schema_of_documents(DOCUMENTS, title="hiptx Catalog")
