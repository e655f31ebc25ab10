"""The one load pipeline every catalog takes: read -> parse -> build -> check -> word.

:func:`run` names the steps in one function; :func:`hiptx.load_catalog` (the
bundled catalog and a directory), an overlay and :func:`hiptx.from_dict` differ
only in what they give the steps (which files, which floor, whether a
:class:`Record` vouches for the bytes).

The bundled catalog is built without re-running validators only when every file
is byte for byte one recorded as passing every check (``hiptx/data/validated.json``,
written by ``tools/generate_builders.py`` and kept current by a test); otherwise
it takes every check, as any directory does.
"""

from __future__ import annotations

import json
import threading
from typing import TYPE_CHECKING, Any, NamedTuple

from hiptx.catalog._catalog import Catalog, checked_catalog
from hiptx.catalog._documents import DATA_FILES, DOCUMENTS, LIST_PARTS
from hiptx.catalog._json import Snapshot, read_files

if TYPE_CHECKING:
    from importlib_resources.abc import Traversable

    from hiptx.model import RuleSet


def checked_load(directory: Traversable) -> Catalog:
    """The catalog in ``directory`` with every check, as the floor (the record's writer)."""
    return run(read_files(directory, DOCUMENTS), floor=None)


def run(files: Snapshot, *, floor: RuleSet | None, record: Record | None = None) -> Catalog:
    """The load pipeline: read -> parse -> build -> check -> word.

    1. **read** (the caller): ``files`` holds each catalog file's bytes, read once.
    2. **parse**: each file parsed once (:func:`~hiptx.catalog._json.parse`).
    3. **build**: every document built by the generated builders (``_builders``):
       the strict ones, or the trusted ones when ``record`` vouches for every byte.
    4. **check**: references, what the data says and the safety ``floor``
       (:func:`~hiptx.catalog._catalog.checked_catalog`; ``None``: this catalog is
       the floor), raising :class:`~hiptx.CatalogDataError` with every problem.
    5. **word**: when a file could not be parsed or built, every problem of every
       file is found and worded (with cattrs) from the documents parsed in step 2.
    """
    parsed, problems = files.parse()
    trusted = not problems and record is not None and record.vouches_for(files)
    built = None if problems else build(parsed, trusted=trusted)
    if built is None or set(built.documents["index.json"].files) != DATA_FILES:
        from hiptx.catalog._wording import word_problems

        # Raises, naming every problem; returns only if cattrs finds none in the
        # files themselves (the check step then says what is wrong).
        built = Built(word_problems(parsed, problems), None)
    documents = built.documents
    catalog = checked_catalog(
        documents["index.json"].data_version,
        {part.keyword: getattr(documents[part.file], part.keyword) for part in LIST_PARTS},
        documents["rules.json"],
        floor=floor,
        cited=built.cited,
        semantics=not trusted,
    )
    if record is not None and trusted:
        # Recorded with these very bytes, from the catalog they gave.
        catalog._known_digest(record.catalog_digest)  # noqa: SLF001 - the catalog package's own
    return catalog


class Built(NamedTuple):
    """The build step's answer: each file's document, and the source ids cited in them."""

    documents: dict[str, Any]
    cited: frozenset[str] | None


def build(parsed: dict[str, Any], *, trusted: bool = False) -> Built | None:
    """Each parsed document built (step 3), or ``None`` at the first thing refused.

    ``trusted``: build without validators (only for bytes a :class:`Record`
    vouches for). The strict builders record every citation they build, which the
    reference check uses; one load at a time builds, so that record belongs to
    this load alone (the load is CPU-bound Python: threads lose no parallelism).
    """
    from hiptx.catalog import _builders

    if trusted:
        return Built({name: _builders.TRUSTED[name](raw) for name, raw in parsed.items()}, None)
    with _BUILDING:
        try:
            documents = {name: _builders.STRICT[name](raw) for name, raw in parsed.items()}
            return Built(documents, _builders.cited_source_ids())
        except Exception:  # noqa: BLE001 - any refusal (KeyError, TypeError ...) is worded by step 5
            return None
        finally:
            # Equal citations were built once for this load; keep none for the next.
            _builders.forget_shared()


_BUILDING = threading.Lock()


class Record(NamedTuple):
    """``hiptx/data/validated.json``: the bundled files that passed every check.

    Written by ``tools/generate_builders.py`` (a test keeps it current): each
    file's size and BLAKE2b digest, and the content digest of the catalog they give.
    """

    files: dict[str, tuple[int, str]]
    catalog_digest: str

    def vouches_for(self, files: Snapshot) -> bool:
        """Whether every catalog file is byte for byte the one recorded."""
        import hashlib

        for name in DOCUMENTS:
            data = files.bytes_of(name)
            size, digest = self.files.get(name, (-1, ""))
            if data is None or len(data) != size or hashlib.blake2b(data).hexdigest() != digest:
                return False
        return True


def bundled_record(directory: Traversable) -> Record | None:
    """The record next to the bundled data, or ``None`` if it cannot be read."""
    try:
        text = directory.joinpath("validated.json").read_bytes()
        content = json.loads(text)
        files = {
            name: (entry["bytes"], entry["blake2b"]) for name, entry in content["files"].items()
        }
        return Record(files, content["catalog_digest"])
    except Exception:  # noqa: BLE001 - no record: every check runs
        return None
