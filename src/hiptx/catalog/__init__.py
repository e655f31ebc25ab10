"""The catalog: every object by id, the relations between them, and the loader.

:func:`load_catalog` returns the bundled catalog, parsed on first use and cached for
the life of the process, or a catalog read from a directory of the same files.

The package's modules, each one concept: ``_idmap`` (read-only id maps),
``_integrity`` (reference checks), ``_catalog`` (:class:`Catalog` and its
relations), ``_documents`` (the data files and their types), ``_json`` (safe reading
and strict JSON), ``_reader`` (structuring a directory into a catalog) and
``_loading`` (:func:`load_catalog` and the cache).
"""

from __future__ import annotations

from hiptx.catalog._catalog import Catalog
from hiptx.catalog._idmap import IdMap
from hiptx.catalog._loading import load_catalog

__all__ = ["Catalog", "IdMap", "load_catalog"]

# Documented, pickled and shown in tracebacks under the public path, not the
# private module that happens to define them.
for _public in (Catalog, IdMap, load_catalog):
    _public.__module__ = __name__
del _public


def __dir__() -> list[str]:
    return __all__
