"""Loading a catalog: :func:`load_catalog`, the bundled catalog's cache, a directory.

The bundled catalog and a directory take the load pipeline (``_pipeline.run``):
read each file once, parse each once, build, check, and word every problem if
anything is refused. This module says what each gives it: the bundled one its
record of validated files and no floor (it is the floor); a directory the
bundled catalog's rules as its floor. An overlay goes through ``_overlay``, which
calls the same step functions but merges before it checks.
"""

from __future__ import annotations

import os
import sys
import threading
from typing import TYPE_CHECKING, overload

from hiptx.catalog._catalog import Catalog
from hiptx.catalog._floors import use_floor
from hiptx.catalog._pipeline import bundled_record, run
from hiptx.errors import WrongTypeError

if TYPE_CHECKING:
    import importlib_resources.abc

    from hiptx.model import RuleSet

    # The standard library's Traversable (a protocol), so that both
    # importlib.resources.files(...) and the importlib_resources backport's
    # files(...), which hiptx itself uses at run time, type-check.
    if sys.version_info >= (3, 11):
        from importlib.resources.abc import Traversable
    else:
        from importlib.abc import Traversable

_bundled: Catalog | None = None
_bundled_lock = threading.Lock()


@overload
def load_catalog() -> Catalog: ...
@overload
def load_catalog(
    path: str | os.PathLike[str] | Traversable,
    *,
    extends: Catalog | None = None,
    replace: bool = False,
) -> Catalog: ...


def load_catalog(
    path: str | os.PathLike[str] | Traversable | None = None,
    *,
    extends: Catalog | None = None,
    replace: bool = False,
) -> Catalog:
    """Load the bundled catalog (cached), or a catalog directory of your own.

    The bundled catalog is parsed on the first call and the same object is returned
    on every later call, from any thread. A directory is read afresh on every call;
    without ``extends`` it must hold the same files as the bundled ``hiptx/data``
    directory. With ``extends``, it may hold any of them (``index.json`` too is
    optional), laid over that catalog: a clinic's ``exercises.json`` and
    ``progressions.json`` may then cite the extended catalog's sources and use its
    exercises. The result is checked whole, as a full load is (see
    :doc:`/extending`); ``extends`` itself is never changed.

    Args:
        path: A directory (path or :class:`~importlib.resources.abc.Traversable`)
            holding ``index.json`` and the catalog files; omit it for the bundled
            catalog.
        extends: The catalog the directory's files are laid over, for example
            ``hiptx.load_catalog()``.
        replace: With ``extends``: whether an object may replace one of
            ``extends`` with the same id (and a ``rules.json`` its rules). If
            false, such a clash is an error.

    Raises:
        CatalogDataError: if any file is missing, malformed, not a regular file,
            larger than 1 MiB, or refers to an id that does not exist. Every
            problem is listed once (see ``details`` for them as fields); nothing
            is half-loaded.
        WrongTypeError: if ``path`` is not a path, a Traversable or ``None``, or
            ``extends`` is given without a ``path`` or is not a Catalog.

    Example:
        >>> import hiptx
        >>> cat = hiptx.load_catalog()
        >>> cat is hiptx.load_catalog()
        True
        >>> cat.treatments["hip-arthroscopy"].name
        'Hip arthroscopy'

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       Refuses non-regular and oversized files, duplicate keys and non-finite
       numbers; checks the type of ``path``; ``extends`` and ``replace``; the
       standard library's ``Traversable`` in the signature.
    """
    global _bundled  # noqa: PLW0603 - the process-wide cache is the point
    given: object = extends
    if given is not None and not isinstance(given, Catalog):
        raise WrongTypeError("extends", extends, "a Catalog (e.g. hiptx.load_catalog()) or None")
    given = replace
    if not isinstance(given, bool):
        raise WrongTypeError("replace", replace, "True or False")
    if extends is not None:
        if path is None:
            raise WrongTypeError("path", path, "a catalog directory to lay over `extends`")
        from hiptx.catalog._overlay import load_overlay

        return load_overlay(path, extends, replace=replace)
    if path is not None:
        return load_directory(path)
    if _bundled is None:
        with _bundled_lock:
            # Checked again under the lock: another thread may have loaded it.
            if _bundled is None:
                _bundled = _load_bundled()
    return _bundled


def _load_bundled() -> Catalog:
    # The bundled catalog is the safety floor itself: no floor to check it against.
    # Its record vouches for files that passed every check; any other bytes take them.
    directory = bundled_directory()
    return run(directory, floor=None, record=bundled_record(directory))


def _clear_cache() -> None:
    """Forget the cached bundled catalog (for tests)."""
    global _bundled  # noqa: PLW0603
    with _bundled_lock:
        _bundled = None


def bundled_directory() -> str | importlib_resources.abc.Traversable:
    """The ``hiptx/data`` directory: its path on disk, else a resource (in a zip, say)."""
    from hiptx.catalog._json import BUNDLED_PATH

    if os.path.isdir(BUNDLED_PATH):  # noqa: PTH112 - see _json.BUNDLED_PATH
        return BUNDLED_PATH
    import importlib_resources

    return importlib_resources.files("hiptx").joinpath("data")


def load_directory(path: object) -> Catalog:
    """A whole catalog from a directory, checked against the bundled floor."""
    return run(path, floor=_bundled_rules())


def _bundled_rules() -> RuleSet:
    return load_catalog().rules


# Every catalog built by ``Catalog(...)`` (a merge, an unpickled one) is checked
# against the bundled catalog's safety floor; the pipeline passes it explicitly.
use_floor(_bundled_rules)
