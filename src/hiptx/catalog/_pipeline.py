"""The load pipeline: read -> parse -> build -> check -> word.

:func:`run` names the steps in one function, and :func:`hiptx.load_catalog`
takes it for the bundled catalog and a directory: they differ only in what they
give it (which safety floor, and whether a :class:`Record` vouches for the
bytes). An overlay and :func:`hiptx.from_dict` (``_overlay``) call the same step
functions, not :func:`run`: an overlay reads and parses (``read_files``,
``Snapshot.parse``) only the files it holds and merges them over another catalog
before the check step (``Catalog(...)``); ``from_dict`` has no bytes to read.
Both build (``_build.build``), word (``_wording.structure_documents``) and check
the index (``_documents.index_problems``) as :func:`run` does.

The bundled catalog is built without re-running validators only when every file
is byte for byte one recorded as passing every check (``hiptx/data/validated.json``,
written by ``tools/generate_builders.py`` and kept current by a test); otherwise
it takes every check, as any directory does.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, NamedTuple

from hiptx.catalog._build import Built, build
from hiptx.catalog._catalog import Catalog, checked_catalog
from hiptx.catalog._documents import DATA_FILES, DOCUMENTS, LIST_PARTS, index_problems
from hiptx.catalog._json import read_and_parse, read_bytes

if TYPE_CHECKING:
    from hiptx.model import RuleSet


def run(path: object, *, floor: RuleSet | None, record: Record | None = None) -> Catalog:
    """The catalog in ``path``, through the five steps of the load pipeline.

    1. **read** each catalog file once (a directory on disk from one state of it);
    2. **parse** each once (:func:`~hiptx.catalog._json.read_and_parse` does both,
       and says whether ``record`` vouches for every byte read);
    3. **build** every document with the generated builders (``_builders``): the
       trusted ones only for bytes the record vouches for, else the strict ones;
    4. **check** the catalog whole: references, what the data says (unless the
       record vouches for it) and the safety ``floor`` (``None``: this catalog is
       the floor), raising :class:`~hiptx.CatalogDataError` with every problem;
    5. **word**: when a file could not be read, parsed or built, or the index
       does not list exactly the data files (checked on the parsed index, before
       the build), every problem of every file is found and worded (with cattrs)
       from the documents of step 2.
    """
    parsed, problems, vouched = read_and_parse(path, DOCUMENTS, record and record.files)
    problems.extend(index_problems(parsed.get("index.json"), DATA_FILES))
    trusted = vouched and not problems
    built = None if problems else build(parsed, trusted=trusted)
    if built is None:
        from hiptx.catalog._wording import word_problems

        # Raises, naming every problem; returns only if cattrs finds none in the
        # files themselves (the check step then says what is wrong).
        built = Built(word_problems(parsed, problems), None)
    documents = built.documents
    return checked_catalog(
        documents["index.json"].data_version,
        {part.keyword: getattr(documents[part.file], part.keyword) for part in LIST_PARTS},
        documents["rules.json"],
        floor=floor,
        cited=built.cited,
        semantics=not trusted,
        # Recorded with these very bytes, from the catalog they gave.
        digest=record.catalog_digest if record is not None and trusted else None,
    )


def checked_load(directory: object) -> Catalog:
    """The catalog in ``directory`` with every check, as the floor (the record's writer)."""
    return run(directory, floor=None)


class Record(NamedTuple):
    """``hiptx/data/validated.json``: the bundled files that passed every check.

    Written by ``tools/generate_builders.py`` (a test keeps it current): each
    file's size and BLAKE2b digest, and the content digest of the catalog they give.
    """

    files: dict[str, tuple[int, str]]
    catalog_digest: str


def bundled_record(directory: Any) -> Record | None:
    """The record next to the bundled data, or ``None`` if it cannot be read."""
    try:
        content = json.loads(read_bytes(directory, "validated.json"))
        files = {
            name: (entry["bytes"], entry["blake2b"]) for name, entry in content["files"].items()
        }
        return Record(files, content["catalog_digest"])
    except Exception:  # noqa: BLE001 - no record: every check runs
        return None
