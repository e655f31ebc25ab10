"""Reading data files safely and parsing them as strict JSON.

Files are refused before they are read when they are not regular files or are too
large; JSON is parsed with duplicate keys, non-finite numbers, huge integers and
deep nesting refused, each as a :class:`~hiptx.DataProblem` with its path.
"""

from __future__ import annotations

import itertools
import json
import math
import os
import pathlib
import re
import stat
from typing import TYPE_CHECKING, Any

from hiptx.catalog._limits import MAX_INT_DIGITS
from hiptx.errors import DataProblem, InvalidValueError, WrongTypeError, short_repr

if TYPE_CHECKING:
    from importlib_resources.abc import Traversable


# Keys that read well after a dot in a JSON path; any other is shown bracketed.
SLUG_LIKE_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


#: The largest data file the loader reads, in bytes (1 MiB): eight times the largest
#: bundled file (treatments.json, about 128 KB), room for the catalog to grow, while
#: a runaway or hostile file is refused before it is read into memory.
MAX_FILE_BYTES = 1024 * 1024

#: The deepest nesting of arrays and objects a data file may have. The bundled
#: files nest at most 7 levels; a limit well above that keeps every later step
#: (structuring, error messages) far from Python's recursion limit.
MAX_DEPTH = 32


def as_traversable(path: object) -> Traversable:
    if isinstance(path, (str, os.PathLike)):
        text = os.fspath(path)
        if not isinstance(text, str):
            raise WrongTypeError("path", path, "a str path (bytes paths are not read)")
        if not text:
            # pathlib would read "" as the current directory.
            raise InvalidValueError("path", path, "a directory path (not the empty string)")
        if "\0" in text:
            raise InvalidValueError("path", path, "a path without NUL characters")
        return pathlib.Path(text)
    # Traversable is an abstract class that few implementations register with, so
    # it is recognised by the two methods the loader uses.
    if callable(getattr(path, "joinpath", None)) and callable(getattr(path, "open", None)):
        return path  # type: ignore[return-value]
    raise WrongTypeError(
        "path", path, "a directory path (str or os.PathLike), a Traversable, or None"
    )


class RefusedFileError(Exception):
    """A file the loader will not read; its message is the problem.

    ``missing``: whether the file is simply not there.
    """

    def __init__(self, message: str, *, missing: bool = False) -> None:
        super().__init__(message)
        self.missing = missing


class Snapshot:
    """The bytes of a directory's catalog files, all from one state of it.

    The loaders read it as they read a directory (``read_bytes``); a file that
    could not be read keeps the refusal it met, to be reported as before.
    """

    __slots__ = ("_files", "names")

    def __init__(self, files: dict[str, bytes | RefusedFileError]) -> None:
        self._files = files
        #: The names of the files that were there (read or refused for another reason).
        self.names = frozenset(
            name
            for name, data in files.items()
            if not (isinstance(data, RefusedFileError) and data.missing)
        )

    def read(self, name: str) -> bytes:
        """The file's bytes, or the :class:`RefusedFileError` it met."""
        data = self._files[name]  # every catalog file name was read or refused
        if isinstance(data, RefusedFileError):
            raise RefusedFileError(str(data), missing=data.missing)
        return data


def _read_path(path: pathlib.Path) -> bytes:
    # Open first, then check what was opened (no race between the check and the
    # read). O_NONBLOCK stops a FIFO with no writer from blocking the open.
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except (FileNotFoundError, NotADirectoryError):
        raise RefusedFileError("missing from the catalog directory", missing=True) from None
    except OSError as exc:
        raise RefusedFileError(f"cannot be read ({exc.strerror or exc})") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise RefusedFileError("is not a regular file")
        if info.st_size > MAX_FILE_BYTES:
            raise RefusedFileError(f"is {info.st_size} bytes; the limit is {MAX_FILE_BYTES}")
        with os.fdopen(fd, "rb", closefd=False) as stream:
            # Asking for the limit at once would allocate a megabyte per file (most
            # of a small file's read time); ask for the size the file reported, one
            # byte more to see whether it grew, and read on only if it did (or
            # reported no size, as some special files do).
            wanted = min(info.st_size, MAX_FILE_BYTES) + 1
            data = stream.read(wanted)
            if len(data) == wanted:
                data += stream.read(MAX_FILE_BYTES + 1 - wanted)
    except OSError as exc:
        raise RefusedFileError(f"cannot be read ({exc.strerror or exc})") from None
    finally:
        os.close(fd)
    return data


def read_bytes(directory: Traversable | Snapshot, name: str) -> bytes:
    if isinstance(directory, Snapshot):
        return directory.read(name)
    entry = directory.joinpath(name)
    if isinstance(entry, pathlib.Path):
        data = _read_path(entry)
    else:  # a resource in a zip or other loader: no devices or FIFOs there
        try:
            if not entry.is_file():
                raise RefusedFileError("missing from the catalog directory", missing=True)
            with entry.open("rb") as stream:
                data = stream.read(MAX_FILE_BYTES + 1)
        except OSError as exc:
            raise RefusedFileError(f"cannot be read ({exc})") from None
    if len(data) > MAX_FILE_BYTES:  # grew since it was checked, or no size known
        raise RefusedFileError(f"is larger than the limit of {MAX_FILE_BYTES} bytes")
    return data


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
    return f"{path}.{key}" if SLUG_LIKE_KEY.fullmatch(key) else f"{path}[{key!r}]"


def _walk_problems(name: str, document: Any) -> list[DataProblem]:
    """Repeated keys, non-finite or oversized numbers, and too-deep nesting.

    Iterative, so that a document nested deeper than the stack allows cannot make
    the check itself fail.
    """
    problems: list[DataProblem] = []
    stack: list[tuple[Any, str, int]] = [(document, "$", 0)]
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
            children = [(v, f"{path}[{i}]", depth + 1) for i, v in enumerate(node)]
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
    problems = _walk_problems(name, document)
    return (UNREADABLE if problems else document), problems


UNREADABLE = object()  # distinct from None, which a file may hold as JSON `null`


#: The files that hold one list of objects: file -> (key, element class).


def read_document(directory: Traversable | Snapshot, name: str, problems: list[DataProblem]) -> Any:
    """One data file read and parsed; its problems appended, ``UNREADABLE`` if any.

    The one place a catalog directory's file becomes JSON, for the loader and the
    overlay alike.
    """
    try:
        data = read_bytes(directory, name)
    except RefusedFileError as refused:
        problems.append(DataProblem(name, "", str(refused)))
        return UNREADABLE
    content, parse_problems = parse_document(name, data)
    problems.extend(parse_problems)
    return content
