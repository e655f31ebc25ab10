"""The exceptions hiptx raises.

Every error hiptx raises on purpose is a :class:`HiptxError`, and also a subclass of
the builtin exception a caller would expect (``ValueError``, ``TypeError``,
``KeyError``), so ``except ValueError`` keeps working for code that does not know
hiptx.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

__all__ = [
    "CatalogDataError",
    "HiptxError",
    "InvalidValueError",
    "OutOfRangeError",
    "UnknownIdError",
    "WrongTypeError",
]


def __dir__() -> list[str]:
    return __all__


class HiptxError(Exception):
    """Base class of every error hiptx raises on purpose.

    Example:
        >>> import hiptx
        >>> issubclass(hiptx.UnknownIdError, hiptx.HiptxError)
        True

    .. versionadded:: 0.1.0
    """


class InvalidValueError(HiptxError, ValueError):
    """A value is of the right type but not one of the values allowed.

    Attributes:
        field: The name of the field or argument that was given the value.
        value: The value that was refused.
        allowed: A human-readable description of what is allowed.

    Example:
        >>> import hiptx
        >>> err = hiptx.InvalidValueError("outcome", "maybe", "progress, hold, regress")
        >>> print(err)
        outcome: 'maybe' is not allowed; expected progress, hold, regress

    .. versionadded:: 0.1.0
    """

    def __init__(self, field: str, value: object, allowed: str) -> None:
        self.field = field
        self.value = value
        self.allowed = allowed
        super().__init__(f"{field}: {value!r} is not allowed; expected {allowed}")


class OutOfRangeError(InvalidValueError):
    """A number lies outside the range its field allows.

    Example:
        >>> import hiptx
        >>> hiptx.IntRange(10, 6)
        Traceback (most recent call last):
        ...
        hiptx.errors.OutOfRangeError: high: 6 is not allowed; expected an integer >= low (10)

    .. versionadded:: 0.1.0
    """


class WrongTypeError(HiptxError, TypeError):
    """A value is of the wrong type, for example a string where a number belongs.

    Attributes:
        field: The name of the field or argument.
        value: The value that was refused.
        expected: What the field accepts.

    Example:
        >>> import hiptx
        >>> hiptx.IntRange("6", 10)
        Traceback (most recent call last):
        ...
        hiptx.errors.WrongTypeError: low: expected an integer, got str '6'

    .. versionadded:: 0.1.0
    """

    def __init__(self, field: str, value: object, expected: str) -> None:
        self.field = field
        self.value = value
        self.expected = expected
        super().__init__(f"{field}: expected {expected}, got {type(value).__name__} {value!r}")


class UnknownIdError(HiptxError, KeyError):
    """An id that names nothing in the catalog.

    It is a ``KeyError`` so that mapping-style code keeps working, and it suggests
    the closest ids that do exist.

    Attributes:
        kind: What was looked up, e.g. ``"treatment"``.
        id: The id that was not found.
        suggestions: Close matches, best first (possibly empty).

    Example:
        >>> import hiptx
        >>> hiptx.load_catalog().treatments["hip-arthroscpy"]
        Traceback (most recent call last):
        ...
        hiptx.errors.UnknownIdError: unknown treatment id 'hip-arthroscpy'; did you mean 'hip-arthroscopy'?

    .. versionadded:: 0.1.0
    """

    def __init__(self, kind: str, id: str, suggestions: Sequence[str] = ()) -> None:  # noqa: A002
        self.kind = kind
        self.id = id
        self.suggestions = tuple(suggestions)
        super().__init__(kind, id)

    def __str__(self) -> str:
        # KeyError's own __str__ shows the repr of its args; a sentence reads better.
        message = f"unknown {self.kind} id {self.id!r}"
        if self.suggestions:
            quoted = " or ".join(repr(s) for s in self.suggestions)
            message += f"; did you mean {quoted}?"
        return message


class CatalogDataError(HiptxError):
    """A catalog's data files are invalid; every problem is listed.

    No part of a bad catalog is ever returned: loading raises this one error, which
    names each problem with its file and JSON path.

    Attributes:
        problems: One line per problem, e.g.
            ``"treatments.json: $.treatments[0].sessions.low: expected an integer"``.

    Example:
        >>> import hiptx
        >>> err = hiptx.CatalogDataError(["risks.json: $.risks[0].id: required field missing"])
        >>> print(err)
        the catalog data is invalid (1 problem):
          risks.json: $.risks[0].id: required field missing

    .. versionadded:: 0.1.0
    """

    def __init__(self, problems: Iterable[str]) -> None:
        self.problems = tuple(problems)
        count = len(self.problems)
        noun = "problem" if count == 1 else "problems"
        lines = "\n".join(f"  {p}" for p in self.problems)
        super().__init__(f"the catalog data is invalid ({count} {noun}):\n{lines}")
