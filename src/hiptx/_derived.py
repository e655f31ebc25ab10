"""What the rules derive from a catalog's objects, held by that catalog.

The rules build the same sub-results (a chain step's reasons, a milestone's
estimate, the pain rules with one ceiling) from the same catalog objects on every
call. Catalog objects are frozen, so such a result never changes; the catalog
keeps it in a private slot, made on first use, so it lives exactly as long as
the catalog: two catalogs never share one, and nothing is left in the process
when a catalog goes. The slot is not pickled (a catalog pickles as its parts), nor
compared, nor part of the digest.

Only this module reads the slot. A key names what is derived and from which of
the catalog's objects, by id: callers use :func:`held` only for objects the
catalog owns (:func:`owns`), and compute directly for any other (an exercise or
a treatment built by hand), which may share an id with the catalog's own.

Concurrent first uses may each compute the value; one is kept, and they are equal.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from hiptx.catalog import Catalog

V = TypeVar("V")


def _store(catalog: Catalog) -> dict[Any, object]:
    try:
        return catalog._derived  # noqa: SLF001 - the slot this module owns
    except AttributeError:
        # setdefault on the instance is not available (slots): a race makes two
        # dicts, one is kept and the other's values are computed again.
        store: dict[Any, object] = {}
        object.__setattr__(catalog, "_derived", store)
        return store


def held(catalog: Catalog, key: Hashable, compute: Callable[[], V]) -> V:
    """The value ``catalog`` holds under ``key``, computed with ``compute`` on first use.

    ``key`` must name what is derived and everything it depends on besides the
    catalog (ids of the catalog's own objects, flags): equal keys must mean equal
    values.

    Example:
        >>> import copy, hiptx
        >>> from hiptx._derived import held
        >>> cat = copy.deepcopy(hiptx.load_catalog())  # not the shared bundled one
        >>> held(cat, ("example", 1), lambda: [1]) is held(cat, ("example", 1), lambda: [2])
        True
    """
    store = _store(catalog)
    try:
        return store[key]  # type: ignore[return-value]
    except KeyError:
        return store.setdefault(key, compute())  # type: ignore[return-value]


def owns(objects: Mapping[str, object], obj: object, object_id: str) -> bool:
    """Whether ``obj`` is the very object a catalog part (``catalog.exercises``, say) holds.

    Example:
        >>> import hiptx
        >>> from hiptx._derived import owns
        >>> cat = hiptx.load_catalog()
        >>> ex = cat.exercises["side-lying-hip-adduction"]
        >>> owns(cat.exercises, ex, ex.id), owns(cat.exercises, object(), ex.id)
        (True, False)
    """
    return objects.get(object_id) is obj
