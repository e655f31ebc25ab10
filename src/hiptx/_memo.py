"""Results computed from immutable objects, found again by those objects' identity.

The rules build the same sub-results (a chain step's reason, a milestone's
estimate) from the same catalog objects on every call. Catalog objects are frozen,
so a result computed from them never changes; keeping it, keyed by the identity of
the objects it came from, skips rebuilding it. Each entry holds its key objects,
so an id cannot be reused by another object while the entry exists; the cache is
bounded, and concurrent use at worst computes a value twice.
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from typing import Generic, TypeVar

V = TypeVar("V")

#: Entries kept before a cache starts afresh: far more than a catalog has
#: exercises, chains or milestones.
LIMIT = 4096


class IdentityCache(Generic[V]):
    """A bounded map from a tuple of objects (by identity) to a computed value.

    Example:
        >>> from hiptx._memo import IdentityCache
        >>> cache: IdentityCache[int] = IdentityCache()
        >>> key = ("a", "b")
        >>> cache.get(key, lambda: 1), cache.get(key, lambda: 2)
        (1, 1)
    """

    __slots__ = ("_entries", "_limit")

    def __init__(self, limit: int = LIMIT) -> None:
        self._entries: dict[tuple[int, ...], tuple[tuple[object, ...], V]] = {}
        self._limit = limit
        _CLEARERS.append(self.clear)

    def clear(self) -> None:
        """Forget every entry."""
        self._entries.clear()

    def get(self, key: tuple[object, ...], compute: Callable[[], V]) -> V:
        """The value for ``key``'s objects, computing it with ``compute`` the first time."""
        ids = tuple(map(id, key))
        entry = self._entries.get(ids)
        if entry is not None and all(map(operator.is_, entry[0], key)):
            return entry[1]
        value = compute()
        if len(self._entries) >= self._limit:
            self._entries.clear()
        self._entries[ids] = (key, value)
        return value


#: Every cache made, so that tests can start each case from empty caches.
#: How to empty every cache a module keeps: each IdentityCache's ``clear``, and
#: what a module registers with :func:`clears_with_the_rest`.
_CLEARERS: list[Callable[[], None]] = []


def clears_with_the_rest(clear: Callable[[], None]) -> Callable[[], None]:
    """Register ``clear`` (a module's way to forget its cache) with :func:`clear_all`.

    Example:
        >>> from hiptx._memo import clear_all, clears_with_the_rest
        >>> seen = {"a": 1}
        >>> _ = clears_with_the_rest(seen.clear)
        >>> clear_all(), seen
        (None, {})
    """
    _CLEARERS.append(clear)
    return clear


def clear_all() -> None:
    """Empty every cache: each :class:`IdentityCache` and each one registered.

    The rules give the same results either way; the test suite calls this before
    each test, so that a test runs the code that builds what it checks, not a value
    an earlier test left behind (mutation testing relies on it).

    Example:
        >>> from hiptx._memo import IdentityCache, clear_all
        >>> cache: IdentityCache[int] = IdentityCache()
        >>> cache.get(("a",), lambda: 1), clear_all(), cache.get(("a",), lambda: 2)
        (1, None, 2)
    """
    for clear in _CLEARERS:
        clear()
