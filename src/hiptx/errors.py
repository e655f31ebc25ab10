"""The exceptions hiptx raises.

Every error hiptx raises on purpose is a :class:`HiptxError`, and also a subclass of
the builtin exception a caller would expect (``ValueError``, ``TypeError``,
``KeyError``), so ``except ValueError`` keeps working for code that does not know
hiptx.

Every error has one shape a program can read (and an HTTP API can return):
:attr:`~HiptxError.path` (a JSON Pointer such as ``/sessions/0/pain_during``),
``expected``, ``value``,
:attr:`~HiptxError.problems` and :meth:`~HiptxError.to_dict`. Raise sites keep
naming a field the way they always have (``"sessions[0].pain_during"``,
``"$.risks[0].id"``, ``"log['x'][0].date"``); it is read into path segments here,
once, so every error renders the same path style.

Every error pickles and unpickles to an equal error (same type, message and
fields), so it survives a :mod:`multiprocessing` boundary, and formatting a message
never fails: a value whose ``repr`` fails or is huge is shown shortened
(:func:`short_repr`); dates, enum members and objects are shown as text, never as
a Python ``repr``.

The shape every error shares (:class:`HiptxError`, :class:`DataProblem`) is
written in ``hiptx._error_shape`` and the text of values and paths in
``hiptx._error_text``; every name is imported from here, where it is documented.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from hiptx._error_shape import (
    DataProblem,
    HiptxError,
    WrongTypeError,
    _restore as _restore,  # every pickled error names hiptx.errors._restore
)
from hiptx._error_text import (
    REPR_LIMIT as REPR_LIMIT,
    json_pointer,
    short_repr,
    shown_path,
    value_text,
)

__all__ = [
    "CatalogDataError",
    "DataProblem",
    "HiptxError",
    "InvalidDataError",
    "InvalidValueError",
    "OutOfRangeError",
    "RequestError",
    "UnknownIdError",
    "UnknownNameError",
    "WrongTypeError",
    "json_pointer",
    "short_repr",
    "value_text",
]


def __dir__() -> list[str]:
    return __all__


class RequestError(HiptxError, ValueError):
    """Input given to hiptx (a request body, a record, an argument) is not valid.

    The base of the errors about what a caller passed in, as distinct from
    :class:`CatalogDataError` (the catalog's own files are bad): an app's
    ``except CatalogDataError`` around start-up does not catch a bad request body,
    and an API's handler for ``RequestError`` returns ``to_dict()`` as a 422 body.

    Example:
        >>> import hiptx
        >>> issubclass(hiptx.InvalidDataError, hiptx.RequestError)
        True
        >>> issubclass(hiptx.InvalidDataError, hiptx.CatalogDataError)
        False

    .. versionadded:: 0.2.0
    """


class InvalidValueError(HiptxError, ValueError):
    """A value is of the right type but not one of the values allowed.

    Attributes:
        field: The name of the field or argument that was given the value, as the
            raise site wrote it (``path`` is the same as a pointer).
        value: The value that was refused.
        allowed: A human-readable description of what is allowed (also
            ``expected``).

    Example:
        >>> import hiptx
        >>> err = hiptx.InvalidValueError("outcome", "maybe", "progress, hold, regress")
        >>> print(err)
        outcome: 'maybe' is not allowed; expected progress, hold, regress
        >>> print(hiptx.InvalidValueError("log['a-b'][0].date", "x", "a date"))
        /log/a-b/0/date: 'x' is not allowed; expected a date

    .. versionadded:: 0.1.0
    """

    def __init__(self, field: str, value: object, allowed: str) -> None:
        self.field = field
        self.value = value
        self.allowed = allowed
        self.expected = allowed
        super().__init__(f"{shown_path(field)}: {self._message()}")

    def _message(self) -> str:
        return f"{value_text(self.value)} is not allowed; expected {self.allowed}"

    def _fields(self) -> tuple[object, ...]:
        return (self.field, self.value, self.allowed)


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


class UnknownIdError(HiptxError, KeyError):
    """An id that names nothing in the catalog.

    It is a ``KeyError`` so that mapping-style code keeps working, and it suggests
    the closest ids that do exist.

    Attributes:
        kind: What was looked up, e.g. ``"treatment"``.
        id: The id that was not found (also ``value``).
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
        self.value = id
        closest = ", ".join(self.suggestions)
        self.expected = f"a known {kind} id" + (f" such as {closest}" if closest else "")
        super().__init__(kind, id)

    def _message(self) -> str:
        # KeyError's own __str__ shows the repr of its args; a sentence reads better.
        message = f"unknown {self.kind} id {short_repr(self.id)}"
        if self.suggestions:
            quoted = " or ".join(short_repr(s) for s in self.suggestions)
            message += f"; did you mean {quoted}?"
        return message

    def _fields(self) -> tuple[object, ...]:
        return (self.kind, self.id, self.suggestions)

    def __str__(self) -> str:
        # Where it was looked up, once a batch or a request has said (see within()).
        return f"{self.path}: {self._message()}" if self.path else self._message()


class UnknownNameError(RequestError, InvalidValueError):
    """Text that names no member of a hiptx enum (see ``parse`` on every enum).

    Attributes:
        enum: The enum's name, e.g. ``"RedFlag"``.
        suggestions: The closest members' values, best first (possibly empty).

    Example:
        >>> import hiptx
        >>> hiptx.RedFlag.parse("night-pain")
        Traceback (most recent call last):
        ...
        hiptx.errors.UnknownNameError: RedFlag: 'night-pain' is not allowed; expected one of ...; did you mean 'night_or_rest_pain' or 'night_pain_with_cancer'?

    .. versionadded:: 0.2.0
    """

    def __init__(
        self, field: str, value: object, allowed: str, suggestions: Sequence[str] = ()
    ) -> None:
        self.suggestions = tuple(suggestions)
        super().__init__(field, value, allowed)

    def _message(self) -> str:
        message = super()._message()
        if self.suggestions:
            message += (
                "; did you mean " + " or ".join(short_repr(s) for s in self.suggestions) + "?"
            )
        return message

    def _fields(self) -> tuple[object, ...]:
        return (*super()._fields(), self.suggestions)


def _list_problems(error: HiptxError, problems: Iterable[str | DataProblem]) -> str:
    """Set ``error``'s problem fields from ``problems``; return their lines, indented."""
    if isinstance(problems, (str, DataProblem)) or not isinstance(problems, Iterable):
        raise WrongTypeError("problems", problems, "an iterable of DataProblem or str")
    details = tuple(p if isinstance(p, DataProblem) else DataProblem.from_line(p) for p in problems)
    error.details = details
    error.problems = tuple(str(p) for p in details)
    if len(details) == 1:  # one problem: the error is where it is
        only = details[0]
        error.path, error.value, error.expected = only.path, only.value, only.expected
        vars(error)["_value_text"] = only.value  # already text
    else:  # several: they are in the input as a whole
        error.path = ""
    return "\n".join(f"  {p}" for p in error.problems)


def _count(problems: tuple[str, ...]) -> str:
    return f"{len(problems)} problem" + ("" if len(problems) == 1 else "s")


class CatalogDataError(HiptxError):
    """A catalog's data files are invalid; every problem is listed.

    No part of a bad catalog is ever returned: loading raises this one error, which
    names each problem with its file and JSON Pointer path.

    Args:
        problems: The problems, as :class:`DataProblem` objects or as
            ``"file: /path: message"`` lines (read back into fields).

    Attributes:
        problems: One line per problem, e.g.
            ``"treatments.json: /treatments/0/sessions/low: expected an integer"``.
        details: The same problems as :class:`DataProblem` objects, in the same
            order, for programs.

    Example:
        >>> import hiptx
        >>> err = hiptx.CatalogDataError(["risks.json: /risks/0/id: required field missing"])
        >>> print(err)
        the catalog data is invalid (1 problem):
          risks.json: /risks/0/id: required field missing
        >>> err.details[0].path, err.path
        ('/risks/0/id', '/risks/0/id')

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       Added :attr:`details`; accepts :class:`DataProblem` objects; paths are JSON
       Pointers.
    """

    def __init__(self, problems: Iterable[str | DataProblem]) -> None:
        lines = _list_problems(self, problems)
        super().__init__(f"the catalog data is invalid ({_count(self.problems)}):\n{lines}")

    def _fields(self) -> tuple[object, ...]:
        return (self.details,)


class InvalidDataError(RequestError):
    """Data given to :func:`hiptx.from_dict` does not describe the class asked for.

    It lists every problem, each with its JSON Pointer path, in
    :attr:`~HiptxError.problems` and, as fields, in :attr:`~HiptxError.details`;
    it is a ``ValueError`` and a :class:`RequestError`, not a
    :class:`CatalogDataError` (a bad request body is not a bad catalog).

    Args:
        problems: The problems, as :class:`DataProblem` objects or lines.
        what: The name of the class the data was meant to describe.

    Example:
        >>> import hiptx
        >>> hiptx.from_dict(hiptx.SessionRecord, {"sets": "3", "pain_during": 2})
        Traceback (most recent call last):
        ...
        hiptx.errors.InvalidDataError: the SessionRecord data is invalid (2 problems):
          /sets: expected an integer, got string '3'
          /pain_after_24h: required field missing

    .. versionadded:: 0.2.0
    .. versionchanged:: 0.2.0
       No longer a :class:`CatalogDataError`.
    """

    def __init__(self, problems: Iterable[str | DataProblem], what: str = "given") -> None:
        lines = _list_problems(self, problems)
        self.what = what
        super().__init__(f"the {what} data is invalid ({_count(self.problems)}):\n{lines}")

    def _fields(self) -> tuple[object, ...]:
        return (self.details, self.what)
