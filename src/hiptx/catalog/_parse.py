"""The load pipeline's parse step: a catalog file's bytes as JSON, parsed once.

Parsed plainly once, and strictly (a second time, from the same bytes) only when
the text needs the strict parser's reports.

:func:`parse` parses plainly when the text needs none of the strict parser's
reports, else hands the same bytes to :func:`parse_document`, which refuses
duplicate keys, non-finite numbers, huge integers and deep nesting, each as a
:class:`~hiptx.DataProblem` with its JSON Pointer.
"""

from __future__ import annotations

import itertools
import json
import math
import re
from typing import Any

from hiptx.errors import DataProblem, short_repr

#: The deepest nesting of arrays and objects a data file may have. The bundled
#: files nest at most 7 levels; a limit well above that keeps every later step
#: (structuring, error messages) far from Python's recursion limit.
MAX_DEPTH = 32

#: The most digits a JSON integer in a catalog file may have: no figure in the
#: catalog needs more than 11 (the participants bound), and Python refuses to parse
#: more than 4300. :func:`parse_document` refuses more, naming the value; the plain
#: parse (:func:`parse`) counts a minus sign too and leaves anything longer to
#: :func:`parse_document`, on the same bytes, to report.
MAX_INT_DIGITS = 20


class _Bad:
    """A parsed value that the data may not hold; found by a walk after parsing."""

    __slots__ = ("expected", "message", "text")

    def __init__(self, text: str, message: str, expected: str) -> None:
        self.text = text
        self.message = message
        self.expected = expected


class _Object(dict[str, Any]):
    """A JSON object whose text gave some key more than once; keeps the pairs."""

    __slots__ = ("pairs",)

    pairs: list[tuple[str, Any]]


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)  # built in C: the loader parses some twelve thousand objects
    if len(result) == len(pairs):
        return result
    repeated = _Object(result)
    repeated.pairs = pairs
    return repeated


def _repeated_keys(node: _Object) -> list[str]:
    seen: set[str] = set()
    repeated = []
    for key, _ in node.pairs:
        if key in seen:
            repeated.append(key)
        seen.add(key)
    return repeated


# A JSON string (the unrolled form, fast on long strings), and anything that is
# not a bracket once the strings are gone.
_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"')
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_STEP = {"[": 1, "{": 1, "]": -1, "}": -1}


def _depth(text: str) -> int:
    """How deep the arrays and objects in valid JSON ``text`` nest (about 1 ms a file)."""
    brackets = _NOT_BRACKET.sub("", _STRING.sub("", text))  # strings may hold brackets
    return max(itertools.accumulate(map(_STEP.__getitem__, brackets)), default=0)


def _parse_float(text: str) -> float | _Bad:
    value = float(text)
    if math.isinf(value):  # e.g. 1e400: finite in the text, infinite as a float
        return _Bad(text, "number too large (not a finite 64-bit float)", "a finite number")
    return value


def _parse_int(text: str) -> int | _Bad:
    if len(text.lstrip("-")) > MAX_INT_DIGITS:
        return _Bad(
            f"{text[:12]}... ({len(text)} characters)",
            f"integer of more than {MAX_INT_DIGITS} digits",
            f"an integer of at most {MAX_INT_DIGITS} digits",
        )
    return int(text)


def _parse_constant(text: str) -> _Bad:
    return _Bad(text, f"{text} is not a number JSON allows", "a finite number")


def _member(path: str, key: str) -> str:
    return f"{path}/{_escaped(key)}"


def _escaped(key: str) -> str:
    # A JSON Pointer's own escapes (RFC 6901): "~" as "~0", "/" as "~1".
    return key.replace("~", "~0").replace("/", "~1")


def walk_problems(name: str, document: Any) -> list[DataProblem]:
    """Repeated keys, non-finite or oversized numbers, and too-deep nesting.

    Iterative, so that a document nested deeper than the stack allows cannot make
    the check itself fail.
    """
    problems: list[DataProblem] = []
    stack: list[tuple[Any, str, int]] = [(document, "", 0)]
    while stack:
        node, path, depth = stack.pop()
        if isinstance(node, _Bad):
            problems.append(DataProblem(name, path, node.message, node.text, node.expected))
            continue
        if not isinstance(node, (dict, list)):
            continue
        if depth >= MAX_DEPTH:
            problems.append(
                DataProblem(
                    name,
                    path,
                    f"nested more than {MAX_DEPTH} levels deep",
                    None,
                    f"at most {MAX_DEPTH} levels of arrays and objects",
                )
            )
            continue
        children: list[tuple[Any, str, int]]
        if isinstance(node, dict):
            problems.extend(
                DataProblem(
                    name,
                    _member(path, key),
                    f"key {short_repr(key)} appears more than once in the object",
                    short_repr(key),
                    "each key at most once",
                )
                for key in (_repeated_keys(node) if isinstance(node, _Object) else ())
            )
            children = [(v, _member(path, k), depth + 1) for k, v in node.items()]
        else:
            children = [(v, f"{path}/{i}", depth + 1) for i, v in enumerate(node)]
        stack.extend(reversed(children))
    return problems


def parse_document(name: str, data: bytes) -> tuple[Any, list[DataProblem]]:
    """The document in ``data``, or ``UNREADABLE``, and the problems found."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return UNREADABLE, [
            DataProblem(name, "", f"is not UTF-8 text (byte {exc.start}: {exc.reason})")
        ]
    flagged: list[object] = []

    def flag(value: Any) -> Any:
        # Marks a parse that produced something the data may not hold; only then
        # does the slower walk that finds the paths run.
        if isinstance(value, (_Bad, _Object)):
            flagged.append(value)
        return value

    try:
        document = json.loads(
            text,
            object_pairs_hook=lambda pairs: flag(_object(pairs)),
            parse_float=lambda number: flag(_parse_float(number)),
            parse_int=lambda number: flag(_parse_int(number)),
            parse_constant=lambda constant: flag(_parse_constant(constant)),
        )
    except json.JSONDecodeError as exc:
        message = f"not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})"
        return UNREADABLE, [DataProblem(name, "", message)]
    except RecursionError:
        message = f"not valid catalog JSON (nested more than {MAX_DEPTH} levels deep)"
        return UNREADABLE, [DataProblem(name, "", message)]
    # No other error can come out: with these hooks the parser raises only the two
    # above, and no hook raises (numbers are bounded before int() or float() see them).
    if not flagged and _depth(text) <= MAX_DEPTH:
        return document, []
    problems = walk_problems(name, document)
    return (UNREADABLE if problems else document), problems


UNREADABLE = object()  # distinct from None, which a file may hold as JSON `null`


class _NotPlainError(Exception):
    """The text needs the strict parser's attention."""


def _refuse_constant(_: str) -> Any:
    raise _NotPlainError


def _plain_object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):  # a repeated key
        raise _NotPlainError
    return result


def _plain_float(text: str) -> float:
    value = float(text)
    if math.isinf(value):
        raise _NotPlainError
    return value


def _plain_int(text: str) -> int:
    if len(text) > MAX_INT_DIGITS:  # counts a minus sign too: the strict parser decides
        raise _NotPlainError
    return int(text)


def parse(name: str, data: bytes) -> tuple[Any, list[DataProblem]]:
    """The document in ``data`` (or ``UNREADABLE``) and its problems: the parse step.

    Plain parsing first (no per-value hooks but the refusals); text that needs any
    of the strict parser's reports (not UTF-8 or not JSON, ``NaN``, a float too
    large to be finite, an integer of more than :data:`MAX_INT_DIGITS` digits, a
    repeated key) is parsed again by :func:`parse_document`, from the same bytes. Nesting deeper
    than the strict parser allows cannot build (the schema nests less deeply);
    the pipeline's word step then reports it from the document.

    Example:
        >>> from hiptx.catalog._parse import parse
        >>> parse("x.json", b'{"a": [1, 2.5]}')
        ({'a': [1, 2.5]}, [])
        >>> parse("x.json", b'{"a": 1, "a": 2}')[1][0].path
        '/a'
    """
    try:
        document = json.loads(
            data.decode("utf-8"),
            object_pairs_hook=_plain_object,
            parse_float=_plain_float,
            parse_int=_plain_int,
            parse_constant=_refuse_constant,
        )
    except (ValueError, RecursionError, _NotPlainError):
        return parse_document(name, data)
    return document, []
