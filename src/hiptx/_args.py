"""Argument checks shared by the public functions: one clear error per bad argument."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

from hiptx.errors import WrongTypeError

T = TypeVar("T")


def require(name: str, value: object, kind: type[T], expected: str | None = None) -> T:
    """Return ``value`` if it is a ``kind`` (bools never pass as numbers), else raise.

    Raises:
        WrongTypeError: naming the argument and what it accepts.
    """
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
        raise WrongTypeError(name, value, expected or f"a {kind.__name__}")
    return value


def require_optional(
    name: str, value: object, kind: type[T], expected: str | None = None
) -> T | None:
    """Like :func:`require`, but ``None`` passes."""
    if value is None:
        return None
    return require(name, value, kind, expected or f"a {kind.__name__} or None")


def object_or_id(
    name: str, value: object, kind: type[T], by_id: Mapping[str, T], expected: str
) -> T:
    """``value`` when it is a ``kind``, or the object ``by_id`` holds under the id ``value``.

    The one way a rule takes "an object or its id": an unknown id raises the
    catalog map's own ``UnknownIdError`` (with close matches), anything else
    a :class:`~hiptx.WrongTypeError` saying ``expected``.
    """
    if isinstance(value, str):
        return by_id[value]
    return require(name, value, kind, expected)
