"""Forgetting the per-class plans the catalog loader keeps, for its tests.

What the rules derive from a catalog is held by that catalog (see
:mod:`hiptx._derived`); what is left here is only what the loader's modules
register: caches keyed by class (a plan per class, one converter), which hold no
catalog data and never change what a load returns.
"""

from __future__ import annotations

from collections.abc import Callable

#: How to empty every cache a module registered with :func:`clears_with_the_rest`.
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
    """Empty every cache registered with :func:`clears_with_the_rest`.

    A load gives the same catalog either way; a test calls this to run the code
    that builds those caches rather than reuse them.

    Example:
        >>> from hiptx._memo import clear_all
        >>> clear_all()
    """
    for clear in _CLEARERS:
        clear()
