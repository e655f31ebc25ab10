"""Argument checks shared by the public functions: one clear error per bad argument."""

from __future__ import annotations

import datetime
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


def require_date(name: str, value: object, *, optional: bool = False) -> None:
    """Raise unless ``value`` is a ``datetime.date`` (``None`` too if ``optional``).

    Never a ``datetime``: it is a date too, but its time of day would be silently
    dropped. The one place this check is written; the calendar validators use it.

    Raises:
        WrongTypeError: naming the argument, "a datetime.date" (or "... or None").

    Example:
        >>> import datetime
        >>> from hiptx._args import require_date
        >>> require_date("today", datetime.date(2026, 1, 1))
        >>> require_date("today", None, optional=True)
        >>> require_date("today", datetime.datetime(2026, 1, 1, 9))
        Traceback (most recent call last):
        ...
        hiptx.errors.WrongTypeError: today: expected a datetime.date, got datetime 2026-01-01T09:00:00
    """
    if type(value) is datetime.date or (optional and value is None):
        return
    raise WrongTypeError(name, value, "a datetime.date or None" if optional else "a datetime.date")


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
