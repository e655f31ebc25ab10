"""Fast ways to load a catalog, each of which gives way to the strict path.

Two paths, neither of which weakens a check:

* :func:`load_validated` (the bundled catalog only): each file's size and BLAKE2b
  digest must equal those recorded by ``tools/generate_builders.py`` from files that passed
  every check; the objects are then built without re-running the validators. Any
  difference, or a file that cannot be read, returns ``None``.
* :func:`load_checked` (any directory): plain JSON parsing, then structuring code
  that checks every JSON type as the cattrs hooks do and builds every object
  through its ``__init__``, so every validator and every integrity check runs. It
  returns ``None`` at the first thing it does not accept; the caller then runs the
  cattrs path, which finds and words every problem.

Both give objects equal to the strict path's, of the same types (the tests compare
them), and neither imports cattrs nor changes any process-wide state.
"""

from __future__ import annotations

import json
import math
import os
import threading
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from hiptx.catalog._catalog import Catalog, catalog_citing
from hiptx.catalog._limits import MAX_INT_DIGITS
from hiptx.errors import HiptxError

if TYPE_CHECKING:
    from importlib_resources.abc import Traversable

    from hiptx.catalog._json import Snapshot

#: The bundled ``hiptx/data`` directory as a file-system path (``None`` data
#: is read through importlib-resources instead, e.g. from a zip).
BUNDLED_PATH = os.path.join(os.path.dirname(os.path.dirname(__file__)), "data")  # noqa: PTH118, PTH120 - pathlib costs a fresh process more than the load


def catalog_from(documents: Mapping[str, Any], cited: frozenset[str] | None = None) -> Catalog:
    """A :class:`Catalog` from each data file's structured document.

    ``cited``: the source id of every citation in the documents, when the builder
    recorded them (see :func:`~hiptx.catalog._catalog.catalog_citing`).
    """
    parts = {
        "sources": documents["sources.json"].sources,
        "conditions": documents["conditions.json"].conditions,
        "risks": documents["risks.json"].risks,
        "treatments": documents["treatments.json"].treatments,
        "exercises": documents["exercises.json"].exercises,
        "progressions": documents["progressions.json"].progressions,
        "instruments": documents["instruments.json"].instruments,
    }
    version, rules = documents["index.json"].data_version, documents["rules.json"]
    if cited is None:
        return Catalog(version=version, rules=rules, **parts)
    return catalog_citing(version, parts, rules, cited)


def _read_exactly(path: str, size: int) -> bytes | None:
    """The file's bytes if it is a regular file of exactly ``size`` bytes, else ``None``."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        return None
    try:
        info = os.fstat(fd)
        if not (info.st_mode & 0o170000 == 0o100000 and info.st_size == size):  # S_ISREG
            return None
        with os.fdopen(fd, "rb", closefd=False) as stream:
            data = stream.read(size + 1)
    except OSError:
        return None
    finally:
        os.close(fd)
    return data if len(data) == size else None


def _blake2b() -> Callable[[bytes], Any]:
    # hashlib loads OpenSSL, which costs a fresh process more than the whole
    # check; BLAKE2 is built into CPython. Same digest either way.
    try:
        from _blake2 import blake2b
    except ImportError:  # another Python implementation
        from hashlib import blake2b
    return blake2b


def load_validated(
    directory: str = BUNDLED_PATH, expected: Mapping[str, tuple[int, str]] | None = None
) -> Catalog | None:
    """The catalog in ``directory`` if every file is byte for byte the one validated.

    Returns ``None`` (the caller then loads strictly) when any file is missing or
    differs in size or BLAKE2b digest from ``expected`` (by default the bundled
    files' record, ``_trusted_builders.BUNDLED_FILES``), or when ``expected``
    does not name exactly the catalog's files.
    """
    from hiptx.catalog import _trusted_builders as built

    if expected is None:
        expected = built.BUNDLED_FILES
    if set(expected) != set(built.PARTS):
        return None
    blake2b = _blake2b()
    parts: dict[str, Any] = {}
    for name, (size, digest) in expected.items():
        data = _read_exactly(os.path.join(directory, name), size)  # noqa: PTH118
        if data is None or blake2b(data).hexdigest() != digest:
            return None
        # The exact bytes that were parsed strictly when they were validated:
        # plain parsing gives the same document.
        keyword, build = built.PARTS[name]
        parts[keyword] = build(json.loads(data))
    catalog = Catalog(**parts)
    # Recorded by the tool from these very bytes: no need to work it out again.
    catalog._known_digest(built.BUNDLED_DIGEST)  # noqa: SLF001 - the catalog package's own
    return catalog


class _NotPlainError(Exception):
    """The text needs the strict parser's attention."""


def _refuse_constant(_: str) -> Any:
    raise _NotPlainError


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):  # a repeated key
        raise _NotPlainError
    return result


def _float(text: str) -> float:
    value = float(text)
    if math.isinf(value):
        raise _NotPlainError
    return value


def _int(text: str) -> int:
    if len(text) > MAX_INT_DIGITS:  # the strict parser refuses more than 20 digits
        raise _NotPlainError
    return int(text)


def plain_document(data: bytes) -> Any:
    """The document in ``data`` when it needs none of the strict parser's reports.

    Raises ``_NotPlainError`` otherwise: text that is not UTF-8 or not JSON,
    ``NaN`` or ``Infinity``, a float too large to be finite, an integer of more
    than 20 digits, or an object with a repeated key. Nesting deeper than the
    strict parser allows cannot structure either (the schema nests less deeply).
    """
    try:
        return json.loads(
            data.decode("utf-8"),
            object_pairs_hook=_object,
            parse_float=_float,
            parse_int=_int,
            parse_constant=_refuse_constant,
        )
    except (ValueError, RecursionError) as exc:
        raise _NotPlainError from exc


def load_checked(directory: Traversable | Snapshot) -> Catalog | None:
    """The catalog in ``directory`` with every check run, or ``None`` to load strictly."""
    from hiptx.catalog._documents import DOCUMENTS
    from hiptx.catalog._json import RefusedFileError, read_bytes
    from hiptx.catalog._strict_builders import STRICT, cited_source_ids, forget_shared

    documents: dict[str, Any] = {}
    # One load at a time builds: the builders' record of the citations they built
    # (which the reference check relies on) then belongs to this load alone. The
    # load is CPU-bound Python, so threads lose no parallelism.
    with _BUILDING:
        try:
            for name, build in STRICT.items():
                documents[name] = build(plain_document(read_bytes(directory, name)))
            if set(documents["index.json"].files) != set(DOCUMENTS) - {"index.json"}:
                return None
            return catalog_from(documents, cited_source_ids())
        except (_NotPlainError, RefusedFileError, HiptxError):
            return None
        except Exception:  # noqa: BLE001 - any refusal (KeyError, TypeError ...) is reworded by the strict path
            return None
        finally:
            # Equal citations were built once for this load; keep none for the next.
            forget_shared()


_BUILDING = threading.Lock()
