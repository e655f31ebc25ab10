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

Long because each error kind is a small class with its own fields, pickling and
documented example; callers import them from one place.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, TypeVar

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


# One step of a legacy field name: ".name" or "name", "[3]", "['key']" or '["key"]'.
_STEP = (
    r"\.?(?P<name>[A-Za-z_][\w-]*)"
    r"|\[(?P<index>-?\d+)\]"
    r"|\[(?P<quoted>'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\")\]"
)


def _segments(field: str) -> tuple[str, ...]:
    """The path segments a field name stands for, whatever style it was written in.

    ``"/a/0"`` (a JSON Pointer), ``"$.a[0]"`` and ``"a[0]"`` all give ``("a", "0")``;
    a name that is not a path (``"pain_scores key"``) is one segment as it stands.
    """
    if field in ("", "$"):
        return ()
    if field.startswith("/"):
        return tuple(part.replace("~1", "/").replace("~0", "~") for part in field[1:].split("/"))
    rest = field.removeprefix("$")
    segments: list[str] = []
    position = 0
    while position < len(rest):
        step = re.compile(_STEP).match(rest, position)  # re caches the compiled pattern
        if step is None or step.end() == position:
            return (field,)
        if step["name"] is not None:
            segments.append(step["name"])
        elif step["index"] is not None:
            segments.append(step["index"])
        else:
            import ast  # only for quoted keys, which only a few paths hold

            segments.append(str(ast.literal_eval(step["quoted"])))
        position = step.end()
    return tuple(segments)


def json_pointer(field: str) -> str:
    """``field`` (a name or a path in any style hiptx has used) as a JSON Pointer.

    Every error's :attr:`~HiptxError.path` is rendered with this, so an app sees one
    path style whatever raised the error (RFC 6901: ``~`` and ``/`` in a key are
    escaped as ``~0`` and ``~1``; the whole document is ``""``).

    Example:
        >>> from hiptx.errors import json_pointer
        >>> json_pointer("records[3].sessions[0].pain_during")
        '/records/3/sessions/0/pain_during'
        >>> json_pointer("$.risks[0].id")
        '/risks/0/id'
        >>> json_pointer("log['standing-hip-abduction'][0].date")
        '/log/standing-hip-abduction/0/date'
        >>> json_pointer("outcome"), json_pointer("$")
        ('/outcome', '')

    .. versionadded:: 0.2.0
    """
    return "".join("/" + s.replace("~", "~0").replace("/", "~1") for s in _segments(field))


def _shown_path(field: str) -> str:
    """The path as a message shows it: a lone name bare, a longer path as a pointer."""
    segments = _segments(field)
    if len(segments) == 1 and not field.startswith(("/", "$")):
        return field
    return json_pointer(field)


def value_text(value: object) -> str:
    """``value`` as short, JSON-safe text for a message or an error body.

    Strings, numbers, booleans and ``None`` read as in ``short_repr``; a date
    as its ISO form; an enum member as its value; a list or mapping as JSON; any
    other object by its type name. Never a Python ``repr`` of an object, and never
    an exception.

    Example:
        >>> import datetime, hiptx
        >>> from hiptx.errors import value_text
        >>> value_text(datetime.date(2025, 3, 30)), value_text(hiptx.Outcome.HOLD)
        ('2025-03-30', "'hold'")
        >>> value_text(float("nan")), value_text([1, "a"])
        ('NaN', '[1, "a"]')

    .. versionadded:: 0.2.0
    """
    import datetime
    import enum

    if isinstance(value, enum.Enum):
        value = value.value
    if isinstance(value, float) and math.isnan(value):
        return "NaN"
    if value is None or isinstance(value, (str, bool, int, float)):
        return short_repr(value)
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    if isinstance(value, (list, tuple, Mapping, set, frozenset)):
        return _json_text(value)
    return f"<{type(value).__name__}>"


def _json_text(
    value: list[object]
    | tuple[object, ...]
    | Mapping[object, object]
    | set[object]
    | frozenset[object],
) -> str:
    import json

    try:
        text = json.dumps(_plain(value), ensure_ascii=False, allow_nan=False)
    except (TypeError, ValueError, RecursionError):
        return f"<{type(value).__name__} of {len(value)} items>"
    return text if len(text) <= REPR_LIMIT else text[: REPR_LIMIT - 3] + "..."


def _plain(value: object) -> object:
    """``value`` with dates, enums and tuples made JSON data, for :func:`value_text`."""
    import datetime
    import enum

    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(_plain(k)): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [_plain(v) for v in value]
    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    raise TypeError(type(value).__name__)


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
            shown = _shown_path(self.field) + ": "
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
        super().__init__(f"{_shown_path(field)}: {self._message()}")

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
        super().__init__(f"{_shown_path(field)}: {self._message()}")

    def _message(self) -> str:
        shown = value_text(self.value)
        return f"expected {self.expected}, got {type(self.value).__name__} {shown}"

    def _fields(self) -> tuple[object, ...]:
        return (self.field, self.value, self.expected)


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
