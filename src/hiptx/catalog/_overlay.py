"""A catalog as documents: an overlay directory over another catalog, and plain dicts.

``load_catalog(path, extends=base)`` reads whichever data files ``path`` holds and
lays them over ``base``; :func:`hiptx.from_dict` rebuilds a catalog from the dicts
:func:`hiptx.to_dict` gives. Neither goes through the load pipeline's
:func:`~hiptx.catalog._pipeline.run` (an overlay holds only some files and is
merged over another catalog before it is checked; dicts have no bytes to read),
but both call its step functions: an overlay reads and parses with
``_json.read_files`` and ``Snapshot.parse``; both build with ``_build.build``
(the strict builders), word every problem of refused files with
``_wording.structure_documents`` (nesting included, in the same words), check
the index with ``_documents.index_problems``, and check the result whole
(``Catalog(...)``, or ``checked_catalog`` for dicts).
"""

from __future__ import annotations

import pathlib
from collections.abc import Mapping
from typing import Any

from hiptx._schema import schema_of_documents
from hiptx.catalog._build import build
from hiptx.catalog._catalog import Catalog, checked_catalog
from hiptx.catalog._documents import (
    DATA_FILES,
    DOCUMENTS,
    FILES,
    LIST_PARTS,
    IndexFile,
    index_problems,
)
from hiptx.catalog._floors import bundled_floor
from hiptx.catalog._integrity import reference_problems
from hiptx.catalog._json import as_traversable, read_files
from hiptx.catalog._merge import Labels, merge_parts
from hiptx.errors import CatalogDataError, DataProblem, WrongTypeError
from hiptx.model import RuleSet

_KEYWORDS = {part.file: part.keyword for part in FILES}


def _parts(raw: Mapping[str, Any], problems: list[DataProblem]) -> tuple[dict[str, Any], Any]:
    """Each given file's part, ``{"index": ..., "rules": ..., part: items}``, and citations.

    Built by the pipeline's build step when nothing was refused; otherwise worded
    (step 5): a part then holds the items that structured, with placeholders (the
    id string, or ``None``) where an item was refused, so reference checks still run.
    """
    built = None if problems else build(dict(raw))
    if built is not None:
        documents = built.documents
        parts = {"index": documents.pop("index.json", None)}
        parts.update((_KEYWORDS[name], _part(name, doc)) for name, doc in documents.items())
        return parts, built.cited
    from hiptx.catalog._wording import structure_documents

    documents, valid = structure_documents(raw, problems)
    index = documents.get("index.json")
    parts = {"index": index if isinstance(index, IndexFile) else None}
    for name, items in valid.items():
        if name == "rules.json":
            parts["rules"] = items if isinstance(items, RuleSet) else None
        elif name != "index.json" and items is not None:
            parts[_KEYWORDS[name]] = items
    return parts, None


def _part(name: str, document: Any) -> Any:
    return document if name == "rules.json" else getattr(document, _KEYWORDS[name])


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
        entries = (pathlib.Path(given) if isinstance(given, str) else given).iterdir()
        listed = {entry.name for entry in entries}
    except OSError as exc:
        raise CatalogDataError(
            [DataProblem("", "", f"the overlay directory cannot be read ({exc})")]
        ) from None
    problems = _unread_names(listed)
    files = read_files(given, DOCUMENTS)
    present = set(files.names)
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
    # A fixed order, so problems are listed the same way each time.
    raw, parse_problems = files.parse(name for name in DOCUMENTS if name in present)
    problems.extend(parse_problems)
    problems.extend(index_problems(raw.get("index.json"), present - {"index.json"}))
    top, _ = _parts(raw, problems)
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
    problems.extend(index_problems(data.get("index.json"), DATA_FILES))
    parts, cited = _parts({n: data[n] for n in DOCUMENTS if n in data}, problems)
    if problems:
        rules = parts.get("rules")
        problems.extend(reference_problems(parts, rules if isinstance(rules, RuleSet) else None))
        raise CatalogDataError(problems)
    return checked_catalog(
        parts["index"].data_version,
        {part.keyword: parts[part.keyword] for part in LIST_PARTS},
        parts["rules"],
        floor=bundled_floor(),
        cited=cited,
    )


def catalog_documents(catalog: Catalog) -> dict[str, object]:
    """The catalog as its files' documents (attrs objects), index first."""
    documents: dict[str, object] = {
        "index.json": IndexFile(data_version=catalog.version, files=tuple(sorted(DATA_FILES)))
    }
    parts = _parts_of(catalog)
    for part in FILES[1:]:
        if part.document is RuleSet:
            documents[part.file] = parts["rules"]
        else:
            documents[part.file] = part.document(**{part.keyword: parts[part.keyword]})
    return documents


def catalog_schema() -> dict[str, Any]:
    """The JSON Schema of :func:`hiptx.to_dict` of a catalog."""
    return schema_of_documents(DOCUMENTS, title="hiptx Catalog")
