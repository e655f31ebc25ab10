"""How an error shows a value and a path: short, JSON-safe, one path style.

The text half of :mod:`hiptx.errors`: :func:`short_repr`, :func:`json_pointer` and
:func:`value_text` are documented, pickled and shown in tracebacks as
``hiptx.errors`` names (where apps import them from), so their ``__module__`` says
so.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping

__all__ = ["REPR_LIMIT", "json_pointer", "segments", "short_repr", "shown_path", "value_text"]

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


def segments(field: str) -> tuple[str, ...]:
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
    return "".join("/" + s.replace("~", "~0").replace("/", "~1") for s in segments(field))


def shown_path(field: str) -> str:
    """The path as a message shows it: a lone name bare, a longer path as a pointer."""
    steps = segments(field)
    if len(steps) == 1 and not field.startswith(("/", "$")):
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

    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()  # a date reads as a date, not as a quoted string
    if isinstance(value, (list, tuple, Mapping, set, frozenset)):
        return _json_text(value)
    try:
        plain = _plain(value)
    except TypeError:  # an object: its type says what it was, never its repr
        return f"<{type(value).__name__}>"
    if isinstance(plain, float) and math.isnan(plain):
        return "NaN"
    return short_repr(plain)


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
        return _plain(value.value)
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(_plain(k)): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [_plain(v) for v in value]
    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    raise TypeError(type(value).__name__)


# Shown in tracebacks and documented where apps import them from.
for _public in (short_repr, json_pointer, value_text):
    _public.__module__ = "hiptx.errors"
del _public
