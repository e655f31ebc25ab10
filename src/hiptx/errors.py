"""The exceptions hiptx raises.

Every error hiptx raises on purpose is a :class:`HiptxError`, and also a subclass of
the builtin exception a caller would expect (``ValueError``, ``TypeError``,
``KeyError``), so ``except ValueError`` keeps working for code that does not know
hiptx.

Every error pickles and unpickles to an equal error (same type, message and
fields), so it survives a :mod:`multiprocessing` boundary, and formatting a message
never fails: a value whose ``repr`` fails or is huge is shown shortened
(:func:`short_repr`).

Long because each error kind is a small class with its own fields, pickling and
documented example; callers import them from one place.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

__all__ = [
    "CatalogDataError",
    "DataProblem",
    "HiptxError",
    "InvalidDataError",
    "InvalidValueError",
    "OutOfRangeError",
    "UnknownIdError",
    "WrongTypeError",
    "short_repr",
]


def __dir__() -> list[str]:
    return __all__


#: Longest ``repr`` an error message shows of a value, in characters.
REPR_LIMIT = 80

# Python 3.11+ refuses to turn an int of more than 4300 digits into text; well
# below that, a number this long is no figure anyone meant.
_LONG_INT_BITS = 256


def short_repr(value: object, limit: int = REPR_LIMIT) -> str:
    """``repr(value)``, shortened to ``limit`` characters, and never an exception.

    A huge int (whose ``repr`` raises ``ValueError`` on Python 3.11+), a deeply
    nested list (``RecursionError``) or an object whose ``__repr__`` fails are
    described instead of shown.

    Example:
        >>> from hiptx.errors import short_repr
        >>> short_repr("abc")
        "'abc'"
        >>> short_repr(10**5000)
        '<int of 5001 digits>'
        >>> short_repr("x" * 100, limit=12)
        "'xxxxxxx...'"

    .. versionadded:: 0.2.0
    """
    if type(value) is int and value.bit_length() > _LONG_INT_BITS:
        # bit_length is exact; digits from it are off by at most one, so confirm.
        digits = int(value.bit_length() * 0.30102999566398120) + 1
        if abs(value) < 10 ** (digits - 1):
            digits -= 1
        return f"<int of {digits} digits>"
    try:
        text = repr(value)
    except Exception:  # noqa: BLE001 - any failing __repr__ must not hide the real error
        return f"<{type(value).__name__} object (repr failed)>"
    if len(text) > limit:
        if text[0] in "'\"":  # keep a shortened string looking like a string
            return text[: max(limit - 4, 1)] + "..." + text[0]
        return text[: max(limit - 3, 1)] + "..."
    return text


def _picklable(value: object) -> object:
    """``value`` if it pickles, else its short repr, so the error itself always does."""
    import pickle  # here, not at the top: ``import hiptx`` stays light until an error

    try:
        pickle.dumps(value)
    except Exception:  # noqa: BLE001 - anything unpicklable is replaced, whatever the reason
        return short_repr(value)
    return value


class HiptxError(Exception):
    """Base class of every error hiptx raises on purpose.

    Two errors are equal when they have the same type and the same fields, so an
    error that crossed a process boundary compares equal to the one raised.

    Example:
        >>> import hiptx
        >>> issubclass(hiptx.UnknownIdError, hiptx.HiptxError)
        True

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       Errors compare equal by type and fields, and pickle.
    """

    def _fields(self) -> tuple[object, ...]:
        return self.args

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self) or not isinstance(other, HiptxError):
            return NotImplemented
        return self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash((type(self), str(self)))

    def __reduce__(self) -> tuple[object, ...]:
        # Rebuilt from its fields (so that every attribute is back), then given its
        # original args, so that the message is the same even where a value that
        # cannot be pickled was replaced by its repr.
        fields = tuple(_picklable(f) for f in self._fields())
        args = tuple(_picklable(a) for a in self.args)
        notes = self.__dict__.get("__notes__")
        return (_restore, (type(self), fields, args, notes))


def _restore(
    cls: type[HiptxError],
    fields: tuple[object, ...],
    args: tuple[object, ...],
    notes: list[str] | None,
) -> HiptxError:
    """Unpickle a hiptx error (see :meth:`HiptxError.__reduce__`)."""
    error = cls(*fields)
    error.args = args
    if notes is not None:
        vars(error)["__notes__"] = notes  # add_note() is Python 3.11+
    return error


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
        super().__init__(f"{field}: {short_repr(value)} is not allowed; expected {allowed}")

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
        super().__init__(
            f"{field}: expected {expected}, got {type(value).__name__} {short_repr(value)}"
        )

    def _fields(self) -> tuple[object, ...]:
        return (self.field, self.value, self.expected)


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

    def _fields(self) -> tuple[object, ...]:
        return (self.kind, self.id, self.suggestions)

    def __str__(self) -> str:
        # KeyError's own __str__ shows the repr of its args; a sentence reads better.
        message = f"unknown {self.kind} id {short_repr(self.id)}"
        if self.suggestions:
            quoted = " or ".join(short_repr(s) for s in self.suggestions)
            message += f"; did you mean {quoted}?"
        return message


#: One line of a CatalogDataError built from strings (compiled by re's cache on use).
_PROBLEM_LINE = r"(?P<file>[^:\s]+\.json): (?:(?P<path>\$\S*): )?(?P<message>.*)"


class DataProblem:
    """One problem in a catalog's data, as fields a program can read.

    :class:`CatalogDataError` lists one per problem in :attr:`~CatalogDataError.details`.
    It is immutable, hashable and picklable, and ``str()`` gives the one-line form
    that :attr:`CatalogDataError.problems` holds.

    Attributes:
        file: The data file, e.g. ``"risks.json"`` (empty if the problem is not in
            one file).
        path: The JSON path inside the file, e.g. ``"$.risks[0].id"`` (empty when
            the file as a whole is at fault, e.g. it is not JSON).
        message: What is wrong, in words.
        value: A short ``repr`` of the value found, where there is one.
        expected: What would have been accepted, where that can be said.

    Example:
        >>> from hiptx import DataProblem
        >>> p = DataProblem("risks.json", "$.risks[0].id", "required field missing")
        >>> str(p)
        'risks.json: $.risks[0].id: required field missing'
        >>> p.file, p.path, p.value
        ('risks.json', '$.risks[0].id', None)

    .. versionadded:: 0.2.0
    """

    __slots__ = ("expected", "file", "message", "path", "value")

    file: str
    path: str
    message: str
    value: str | None
    expected: str | None

    def __init__(
        self,
        file: str,
        path: str,
        message: str,
        value: str | None = None,
        expected: str | None = None,
    ) -> None:
        required: tuple[tuple[str, object], ...] = (
            ("file", file),
            ("path", path),
            ("message", message),
        )
        for name, given in required:
            if not isinstance(given, str):
                raise WrongTypeError(name, given, "a string")
        optional: tuple[tuple[str, object], ...] = (("value", value), ("expected", expected))
        for name, given in optional:
            if given is not None and not isinstance(given, str):
                raise WrongTypeError(name, given, "a string or None")
        for name, given in (
            ("file", file),
            ("path", path),
            ("message", message),
            ("value", value),
            ("expected", expected),
        ):
            object.__setattr__(self, name, given)

    @classmethod
    def from_line(cls, line: str) -> DataProblem:
        """Read a ``"file: $.path: message"`` line back into its fields.

        Example:
            >>> from hiptx import DataProblem
            >>> DataProblem.from_line("rules.json: $.red_flags: at most one rule per flag").path
            '$.red_flags'
        """
        if not isinstance(line, str):
            raise WrongTypeError("problem", line, "a string or a DataProblem")
        match = re.fullmatch(_PROBLEM_LINE, line, re.DOTALL)
        if match is None:
            return cls("", "", line)
        return cls(match["file"], match["path"] or "", match["message"])

    def _key(self) -> tuple[str, str, str, str | None, str | None]:
        return (self.file, self.path, self.message, self.value, self.expected)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"DataProblem is immutable: cannot set {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"DataProblem is immutable: cannot delete {name!r}")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, DataProblem):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __reduce__(self) -> tuple[object, ...]:
        return (DataProblem, self._key())

    def __repr__(self) -> str:
        return (
            f"DataProblem(file={self.file!r}, path={self.path!r}, message={self.message!r}, "
            f"value={self.value!r}, expected={self.expected!r})"
        )

    def __str__(self) -> str:
        return ": ".join(part for part in (self.file, self.path, self.message) if part)


class CatalogDataError(HiptxError):
    """A catalog's data files are invalid; every problem is listed.

    No part of a bad catalog is ever returned: loading raises this one error, which
    names each problem with its file and JSON path.

    Args:
        problems: The problems, as :class:`DataProblem` objects or as
            ``"file: $.path: message"`` lines (read back into fields).

    Attributes:
        problems: One line per problem, e.g.
            ``"treatments.json: $.treatments[0].sessions.low: expected an integer"``.
        details: The same problems as :class:`DataProblem` objects, in the same
            order, for programs.

    Example:
        >>> import hiptx
        >>> err = hiptx.CatalogDataError(["risks.json: $.risks[0].id: required field missing"])
        >>> print(err)
        the catalog data is invalid (1 problem):
          risks.json: $.risks[0].id: required field missing
        >>> err.details[0].path
        '$.risks[0].id'

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       Added :attr:`details`; accepts :class:`DataProblem` objects.
    """

    def __init__(self, problems: Iterable[str | DataProblem]) -> None:
        if isinstance(problems, (str, DataProblem)) or not isinstance(problems, Iterable):
            raise WrongTypeError("problems", problems, "an iterable of DataProblem or str")
        self.details: tuple[DataProblem, ...] = tuple(
            p if isinstance(p, DataProblem) else DataProblem.from_line(p) for p in problems
        )
        self.problems: tuple[str, ...] = tuple(str(p) for p in self.details)
        count = len(self.problems)
        noun = "problem" if count == 1 else "problems"
        lines = "\n".join(f"  {p}" for p in self.problems)
        super().__init__(f"the catalog data is invalid ({count} {noun}):\n{lines}")

    def _fields(self) -> tuple[object, ...]:
        return (self.details,)


class InvalidDataError(CatalogDataError, ValueError):
    """Data given to :func:`hiptx.from_dict` does not describe the class asked for.

    Like :class:`CatalogDataError` (which it extends), it lists every problem, each
    with its JSON path, in :attr:`~CatalogDataError.problems` and, as fields, in
    :attr:`~CatalogDataError.details`; it is also a ``ValueError``.

    Args:
        problems: The problems, as :class:`DataProblem` objects or lines.
        what: The name of the class the data was meant to describe.

    Example:
        >>> import hiptx
        >>> hiptx.from_dict(hiptx.SessionRecord, {"sets": "3", "pain_during": 2})
        Traceback (most recent call last):
        ...
        hiptx.errors.InvalidDataError: the SessionRecord data is invalid (2 problems):
          $.sets: expected an integer, got string '3'
          $.pain_after_24h: required field missing

    .. versionadded:: 0.2.0
    """

    def __init__(self, problems: Iterable[str | DataProblem], what: str = "given") -> None:
        super().__init__(problems)
        self.what = what
        count = len(self.problems)
        noun = "problem" if count == 1 else "problems"
        lines = "\n".join(f"  {p}" for p in self.problems)
        self.args = (f"the {what} data is invalid ({count} {noun}):\n{lines}",)

    def _fields(self) -> tuple[object, ...]:
        return (self.details, self.what)
