"""The shape every hiptx error has: :class:`HiptxError` and :class:`DataProblem`.

The base half of :mod:`hiptx.errors`: the fields an app reads (path, expected,
value, problems, details, ``to_dict()``), ``within()``, equality and pickling, and
the one-problem record. :class:`WrongTypeError` is here too because
:class:`DataProblem` refuses a field of the wrong type with it. The classes are
documented, pickled and shown in tracebacks as ``hiptx.errors`` names (where apps
import them from), so their ``__module__`` says so; pickles name
``hiptx.errors._restore``, which that module re-exports.
"""

from __future__ import annotations

import re
from typing import Any, TypeVar

from hiptx._error_text import json_pointer, shown_path, value_text

__all__ = ["DataProblem", "HiptxError", "WrongTypeError"]

#: The module every error class names as its own (see the docstring).
_HOME = "hiptx.errors"


def _picklable(value: object) -> object:
    """``value`` if it pickles, else its text, so the error itself always does."""
    import pickle  # here, not at the top: ``import hiptx`` stays light until an error

    try:
        pickle.dumps(value)
    except Exception:  # noqa: BLE001 - anything unpicklable is replaced, whatever the reason
        return value_text(value)
    return value


_Error = TypeVar("_Error", bound="HiptxError")


class HiptxError(Exception):
    """Base class of every error hiptx raises on purpose.

    Every error has the same readable shape: :attr:`path`, ``expected``,
    ``value``, :attr:`problems` (and :attr:`details`) and :meth:`to_dict`, the
    body an HTTP 422 response can return. Two errors are equal when they have the
    same type and the same fields (a value compared by its text, so a NaN or a
    value that could not be pickled still compares equal), so an error that
    crossed a process boundary compares equal to the one raised.

    Example:
        >>> import hiptx
        >>> issubclass(hiptx.UnknownIdError, hiptx.HiptxError)
        True
        >>> err = hiptx.OutOfRangeError("sessions[0].pain_during", 11, "0 to 10")
        >>> err.path, err.expected, err.value
        ('/sessions/0/pain_during', '0 to 10', 11)
        >>> err.to_dict()["problems"][0]["path"]
        '/sessions/0/pain_during'

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       Errors compare equal by type and fields, and pickle; every error has
       ``path``, ``expected``, ``value``, ``problems``, ``details`` and ``to_dict()``.
    """

    __module__ = _HOME

    #: The field name or path the raise site gave ("" when the error has none).
    field: str = ""
    #: The value that was refused (``None`` where there is none).
    value: Any = None
    #: What would have been accepted, in words (``None`` where nothing can be said).
    expected: Any = None

    @property
    def path(self) -> str:
        """Where the problem is, as a JSON Pointer (``""``: the input as a whole)."""
        given = vars(self).get("_path")
        if isinstance(given, str):
            return given
        field: object = self.field  # a subclass may have set something else
        return json_pointer(field) if isinstance(field, str) else ""

    @path.setter
    def path(self, path: str) -> None:
        vars(self)["_path"] = path

    @property
    def value_text(self) -> str | None:
        """``value`` as JSON-safe text (:func:`value_text`), ``None`` if there is none."""
        if "_value_text" in vars(self):  # a list of problems: the one problem's own text
            given: str | None = vars(self)["_value_text"]
            return given
        value = self.value
        return None if value is None else value_text(value)

    def _message(self) -> str:
        """What is wrong, in words, without the path (the path is its own field)."""
        return str(self)

    @property
    def details(self) -> tuple[DataProblem, ...]:
        """Every problem found, as :class:`DataProblem` objects (one for most errors)."""
        given = vars(self).get("_details")
        if isinstance(given, tuple):
            return given
        return (DataProblem("", self.path, self._message(), self.value_text, self._expected()),)

    @details.setter
    def details(self, details: tuple[DataProblem, ...]) -> None:
        vars(self)["_details"] = details

    @property
    def problems(self) -> tuple[str, ...]:
        """Every problem found, one line each (``str()`` of each of :attr:`details`)."""
        given = vars(self).get("_problems")
        if isinstance(given, tuple):
            return given
        return tuple(str(p) for p in self.details)

    @problems.setter
    def problems(self, problems: tuple[str, ...]) -> None:
        vars(self)["_problems"] = problems

    def _expected(self) -> str | None:
        return self.expected if isinstance(self.expected, str) else None

    def to_dict(self) -> dict[str, Any]:
        """The error as JSON data: a body an HTTP 422 response can return as it is.

        ``{"error": type name, "message", "path", "expected", "value",
        "problems": [{"path", "message", "expected", "value"[, "file"]}, ...]}``;
        every value a string or ``None``, so ``json.dumps`` always succeeds.

        Example:
            >>> import hiptx
            >>> body = hiptx.InvalidValueError("outcome", "maybe", "hold or stop").to_dict()
            >>> body["error"], body["path"], body["value"]
            ('InvalidValueError', '/outcome', "'maybe'")

        .. versionadded:: 0.2.0
        """
        return {
            "error": type(self).__name__,
            "message": str(self),
            "path": self.path,
            "expected": self._expected(),
            "value": self.value_text,
            "problems": [_problem_dict(p) for p in self.details],
        }

    def within(self: _Error, prefix: str) -> _Error:  # noqa: PYI019 - typing.Self is 3.11+
        """A copy of this error whose path starts at ``prefix`` (a pointer or a name).

        How a batch names the record an error is in: an error about
        ``/sessions/0/pain_during`` in record 3 becomes one about
        ``/records/3/sessions/0/pain_during``, message, path and problems alike.

        Example:
            >>> import hiptx
            >>> err = hiptx.OutOfRangeError("sessions[0].pain_during", 11, "0 to 10")
            >>> print(err.within("/records/3"))
            /records/3/sessions/0/pain_during: 11 is not allowed; expected 0 to 10

        .. versionadded:: 0.2.0
        """
        start = prefix if prefix.startswith("/") else json_pointer(prefix)
        clone = type(self).__new__(type(self), *self.args)
        vars(clone).update(vars(self))
        old_path, old_details = self.path, self.details
        clone.path = start + old_path
        clone.details = tuple(
            DataProblem(p.file, start + p.path, p.message, p.value, p.expected) for p in old_details
        )
        if "_problems" in vars(self):
            clone.problems = tuple(str(p) for p in clone.details)
        args = list(self.args)
        if self.field and args and isinstance(args[0], str):
            # The message starts with the path as it was shown: show the new one.
            shown = shown_path(self.field) + ": "
            if args[0].startswith(shown):
                args[0] = f"{clone.path}: " + args[0][len(shown) :]
            clone.field = clone.path
        elif "_problems" in vars(self) and args and isinstance(args[0], str):
            for before, after in zip(self.problems, clone.problems, strict=True):
                args[0] = args[0].replace(f"  {before}", f"  {after}", 1)
        clone.args = tuple(args)
        return clone

    def _fields(self) -> tuple[object, ...]:
        return self.args

    def _compared(self) -> tuple[object, ...]:
        # Values compared by their text: NaN equals NaN, and a value replaced by its
        # text when pickled equals the value it replaced.
        return tuple(
            value_text(f) if not isinstance(f, (str, tuple, DataProblem)) else f
            for f in self._fields()
        )

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self) or not isinstance(other, HiptxError):
            return NotImplemented
        return self._compared() == other._compared() and str(self) == str(other)

    def __hash__(self) -> int:
        return hash((type(self), str(self)))

    def __reduce__(self) -> tuple[object, ...]:
        # Rebuilt from its state (so that every attribute is back, whatever a
        # subclass added) and its original args, so that the message is the same
        # even where a value that cannot be pickled was replaced by its text.
        state = {key: _picklable(value) for key, value in vars(self).items()}
        if any(state[key] is not value for key, value in vars(self).items()):
            # A value became its text: keep what the error said about the original.
            state["_details"], state["_value_text"] = self.details, self.value_text
        args = tuple(_picklable(a) for a in self.args)
        return (_restore, (type(self), args, state))


def _problem_dict(problem: DataProblem) -> dict[str, str | None]:
    body: dict[str, str | None] = {
        "path": problem.path,
        "message": problem.message,
        "expected": problem.expected,
        "value": problem.value,
    }
    if problem.file:
        body["file"] = problem.file
    return body


def _restore(
    cls: type[HiptxError], args: tuple[object, ...], state: dict[str, object]
) -> HiptxError:
    """Unpickle a hiptx error (see :meth:`HiptxError.__reduce__`)."""
    error = cls.__new__(cls, *args)
    error.args = args
    vars(error).update(state)  # __notes__ (add_note(), Python 3.11+) included
    return error


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

    __module__ = _HOME

    def __init__(self, field: str, value: object, expected: str) -> None:
        self.field = field
        self.value = value
        self.expected = expected
        super().__init__(f"{shown_path(field)}: {self._message()}")

    def _message(self) -> str:
        shown = value_text(self.value)
        return f"expected {self.expected}, got {type(self.value).__name__} {shown}"

    def _fields(self) -> tuple[object, ...]:
        return (self.field, self.value, self.expected)


#: One line of a CatalogDataError built from strings (compiled by re's cache on use).
_PROBLEM_LINE = r"(?P<file>[^:\s]+\.json): (?:(?P<path>[$/]\S*): )?(?P<message>.*)"


class DataProblem:
    """One problem in some data, as fields a program can read.

    Every :class:`HiptxError` lists one per problem in :attr:`~HiptxError.details`.
    It is immutable, hashable and picklable, and ``str()`` gives the one-line form
    that :attr:`CatalogDataError.problems` holds.

    Attributes:
        file: The data file, e.g. ``"risks.json"`` (empty if the problem is not in
            one file).
        path: Where the problem is, as a JSON Pointer, e.g. ``"/risks/0/id"`` (empty
            when the document as a whole is at fault, e.g. it is not JSON). A path
            given in the older ``"$.risks[0].id"`` style is read as that pointer.
        message: What is wrong, in words.
        value: A short ``repr`` of the value found, where there is one.
        expected: What would have been accepted, where that can be said.

    Example:
        >>> from hiptx import DataProblem
        >>> p = DataProblem("risks.json", "/risks/0/id", "required field missing")
        >>> str(p)
        'risks.json: /risks/0/id: required field missing'
        >>> p.file, p.path, p.value
        ('risks.json', '/risks/0/id', None)
        >>> DataProblem("risks.json", "$.risks[0].id", "required field missing") == p
        True

    .. versionadded:: 0.2.0
    """

    __module__ = _HOME
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
        if path and not path.startswith("/"):
            object.__setattr__(self, "path", json_pointer(path))

    @classmethod
    def from_line(cls, line: str) -> DataProblem:
        """Read a ``"file: /path: message"`` line back into its fields.

        Example:
            >>> from hiptx import DataProblem
            >>> DataProblem.from_line("rules.json: /red_flags: at most one rule per flag").path
            '/red_flags'
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


_restore.__module__ = _HOME
