"""A read-only mapping of catalog ids to objects that suggests close matches."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Generic, TypeVar

import attrs

from hiptx.errors import UnknownIdError, WrongTypeError

T = TypeVar("T")


class IdMap(Mapping[str, T], Generic[T]):
    """A read-only mapping from id to catalog object, in id order.

    Looking up an id that does not exist raises :class:`hiptx.UnknownIdError`
    (a ``KeyError``) that suggests the closest ids; :meth:`get` returns a default.
    It cannot be changed after it is built, and it pickles and deep-copies.

    Args:
        kind: What the ids name, e.g. ``"treatment"`` (used in error messages).
        items: A mapping of id strings to objects.

    Example:
        >>> import hiptx
        >>> treatments = hiptx.load_catalog().treatments
        >>> "hip-arthroscopy" in treatments, treatments.get("no-such-thing") is None
        (True, True)
        >>> treatments["hip-arthroscopy"] = None
        Traceback (most recent call last):
        ...
        TypeError: 'IdMap' object does not support item assignment
        >>> hiptx.IdMap("risk", ["a"])
        Traceback (most recent call last):
        ...
        hiptx.errors.WrongTypeError: items: expected a mapping of id strings to objects, got list ["a"]

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       Checks its arguments; refuses attribute assignment; pickles.
    """

    __slots__ = ("_items", "_kind")

    _items: dict[str, T]
    _kind: str

    def __init__(self, kind: str, items: Mapping[str, T]) -> None:
        given: object = kind  # checked at run time, whatever the annotations say
        if not isinstance(given, str) or not kind:
            raise WrongTypeError("kind", kind, "a non-empty string such as 'treatment'")
        if not isinstance(items, Mapping):
            raise WrongTypeError("items", items, "a mapping of id strings to objects")
        for key in items:
            if not isinstance(key, str):
                raise WrongTypeError("items", key, "id strings as keys")
        object.__setattr__(self, "_kind", kind)
        object.__setattr__(self, "_items", dict(sorted(items.items())))

    def __setattr__(self, name: str, value: object) -> None:
        raise attrs.exceptions.FrozenInstanceError

    def __delattr__(self, name: str) -> None:
        raise attrs.exceptions.FrozenInstanceError

    def __reduce__(self) -> tuple[object, ...]:
        return (IdMap, (self._kind, self._items))

    def __getitem__(self, key: str) -> T:
        if not isinstance(key, str):
            raise WrongTypeError(f"{self._kind} id", key, "an id string")
        try:
            return self._items[key]
        except KeyError:
            raise UnknownIdError(self._kind, key, self.suggest(key)) from None

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and key in self._items

    def get(self, key: str, default: T | None = None) -> T | None:  # type: ignore[override]
        """The object with id ``key``, or ``default``; never raises."""
        given: object = key
        return self._items.get(key, default) if isinstance(given, str) else default

    def suggest(self, key: str) -> list[str]:
        """Ids that look like ``key``, best first.

        Example:
            >>> import hiptx
            >>> hiptx.load_catalog().treatments.suggest("personal-hip-therapy")[0]
            'personalised-hip-therapy'
        """
        given: object = key
        if not isinstance(given, str):
            return []
        import difflib  # only needed on a miss; keeps catalog import light

        return difflib.get_close_matches(key, list(self._items), n=3, cutoff=0.6)

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __repr__(self) -> str:
        return f"<IdMap of {len(self)} {self._kind}s>"
