"""The catalog: every object by id, the relations between them, and the loader.

:func:`load_catalog` returns the bundled catalog, parsed on first use and cached for
the life of the process, or a catalog read from a directory of the same files.

The package's modules, each one concept: ``_idmap`` (read-only id maps),
``_integrity`` (reference checks), ``_catalog`` (:class:`Catalog` and its
relations), ``_documents`` (the data files, their types and the one table of
them), ``_loading`` (:func:`load_catalog` and the cache), ``_pipeline`` (the one
load pipeline: read -> parse -> build -> check -> word), whose steps live in
``_json`` (reading each file once), ``_parse`` (parsing once: plainly, strictly
only when needed), ``_build``, ``_strict_support`` and the generated
``_builders`` (building), ``_semantics`` and ``_floors`` (checks beyond
references) and ``_wording`` (every problem worded, with cattrs), ``_merge``
(laying one catalog's parts over another's) and ``_overlay`` (a catalog as
documents: an overlay directory, and the dicts of :mod:`hiptx.serialize`, which
take the same step functions with a merge or no read in between).
"""

from __future__ import annotations

from typing import Any

from hiptx.catalog._catalog import Catalog
from hiptx.catalog._identity import Provenance
from hiptx.catalog._idmap import IdMap
from hiptx.catalog._loading import load_catalog

__all__ = ["Catalog", "IdMap", "Provenance", "load_catalog"]

# Documented, pickled and shown in tracebacks under the public path, not the
# private module that happens to define them.
# (Provenance is an attrs class like the model's: it keeps its own module, where
# the names its annotations use resolve.)
for _public in (Catalog, IdMap, load_catalog):
    _public.__module__ = __name__
del _public


# For hiptx.serialize only: a catalog as its files' documents, and back. Imported
# on first use, so that importing the package stays free of cattrs.
def _catalog_documents(catalog: Catalog) -> dict[str, object]:
    from hiptx.catalog._overlay import catalog_documents

    return catalog_documents(catalog)


def _catalog_from_documents(data: object) -> Catalog:
    from hiptx.catalog._overlay import catalog_from_documents

    return catalog_from_documents(data)


def _catalog_citations(catalog: Catalog) -> list[Any]:
    """Every citation the catalog's objects hold (for hiptx._compact's keys).

    In the order the compact keys were first given (progressions before
    exercises, the rules, then the instruments), so that keys stay stable.
    """
    from hiptx.catalog._integrity import citations_in

    kinds = (catalog.sources, catalog.conditions, catalog.risks, catalog.treatments)
    objects: list[object] = [
        o for kind in (*kinds, catalog.progressions, catalog.exercises) for o in kind.values()
    ]
    objects += [catalog.rules, *catalog.instruments.values()]
    return [citation for obj in objects for citation, _ in citations_in(obj, "")]


def _catalog_schema() -> dict[str, Any]:
    from hiptx.catalog._overlay import catalog_schema

    return catalog_schema()


def __dir__() -> list[str]:
    return __all__
