"""Loading a catalog: the bundled one, parsed once per process and cached, or a directory."""

from __future__ import annotations

import os
import threading
from typing import TYPE_CHECKING, overload

from hiptx.catalog._catalog import Catalog

if TYPE_CHECKING:
    from importlib_resources.abc import Traversable

_bundled: Catalog | None = None
_bundled_lock = threading.Lock()


@overload
def load_catalog() -> Catalog: ...
@overload
def load_catalog(path: str | os.PathLike[str] | Traversable) -> Catalog: ...


def load_catalog(path: str | os.PathLike[str] | Traversable | None = None) -> Catalog:
    """Load the bundled catalog (cached), or a catalog directory of your own.

    The bundled catalog is parsed on the first call and the same object is returned
    on every later call, from any thread. A directory is read afresh on every call;
    it must hold the same files as the bundled ``hiptx/data`` directory.

    Args:
        path: A directory (path or :class:`~importlib.resources.abc.Traversable`)
            holding ``index.json`` and the catalog files; omit it for the bundled
            catalog.

    Raises:
        CatalogDataError: if any file is missing, malformed, not a regular file,
            larger than 1 MiB, or refers to an id that does not exist. Every
            problem is listed once (see ``details`` for them as fields); nothing
            is half-loaded.
        WrongTypeError: if ``path`` is not a path, a Traversable or ``None``.

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
       numbers; checks the type of ``path``.
    """
    global _bundled  # noqa: PLW0603 - the process-wide cache is the point
    if path is not None:
        from hiptx.catalog._reader import load_directory

        return load_directory(path)
    if _bundled is None:
        with _bundled_lock:
            # Checked again under the lock: another thread may have loaded it.
            if _bundled is None:
                _bundled = _load_bundled()
    return _bundled


def _load_bundled() -> Catalog:
    # Files byte for byte those the test suite validated are built without cattrs
    # and without re-running validators; anything else is loaded strictly.
    from hiptx.catalog import _fast

    catalog = _fast.load_validated()
    if catalog is None:
        from hiptx.catalog._reader import bundled_directory, load_directory

        catalog = load_directory(bundled_directory())
    return catalog


def _clear_cache() -> None:
    """Forget the cached bundled catalog (for tests)."""
    global _bundled  # noqa: PLW0603
    with _bundled_lock:
        _bundled = None
