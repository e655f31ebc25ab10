"""Reading catalog files: the only module that touches files, JSON and cattrs.

Every problem in every file is collected before anything is returned, so a bad
catalog raises one :class:`~hiptx.CatalogDataError` and never a partial catalog.
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

import attrs
import importlib_resources

from hiptx import _fields
from hiptx._convert import describe_problems, make_converter
from hiptx.catalog import Catalog, reference_problems
from hiptx.errors import CatalogDataError, DataProblem, WrongTypeError, short_repr
from hiptx.model import Condition, Exercise, Progression, Risk, RuleSet, Source, Treatment

if TYPE_CHECKING:
    import cattrs
    from importlib_resources.abc import Traversable


@attrs.frozen(kw_only=True)
class IndexFile:
    """``index.json``: the data version and the files that make up the catalog."""

    data_version: str = attrs.field(**_fields.text())
    files: tuple[str, ...] = attrs.field(**_fields.items(str, min_items=1, unique=True))


@attrs.frozen(kw_only=True)
class SourcesFile:
    """``sources.json``."""

    sources: tuple[Source, ...] = attrs.field(**_fields.items(Source, unique=False))


@attrs.frozen(kw_only=True)
class ConditionsFile:
    """``conditions.json``."""

    conditions: tuple[Condition, ...] = attrs.field(**_fields.items(Condition, unique=False))


@attrs.frozen(kw_only=True)
class RisksFile:
    """``risks.json``."""

    risks: tuple[Risk, ...] = attrs.field(**_fields.items(Risk, unique=False))


@attrs.frozen(kw_only=True)
class TreatmentsFile:
    """``treatments.json``."""

    treatments: tuple[Treatment, ...] = attrs.field(**_fields.items(Treatment, unique=False))


@attrs.frozen(kw_only=True)
class ExercisesFile:
    """``exercises.json``."""

    exercises: tuple[Exercise, ...] = attrs.field(**_fields.items(Exercise, unique=False))


@attrs.frozen(kw_only=True)
class ProgressionsFile:
    """``progressions.json``."""

    progressions: tuple[Progression, ...] = attrs.field(**_fields.items(Progression, unique=False))


#: Each catalog file and the type its content must structure into.
DOCUMENTS: dict[str, type] = {
    "index.json": IndexFile,
    "sources.json": SourcesFile,
    "conditions.json": ConditionsFile,
    "risks.json": RisksFile,
    "treatments.json": TreatmentsFile,
    "exercises.json": ExercisesFile,
    "progressions.json": ProgressionsFile,
    "rules.json": RuleSet,
}

_converter: cattrs.Converter | None = None

# Keys that read well after a dot in a JSON path; any other is shown bracketed.
SLUG_LIKE_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def converter() -> cattrs.Converter:
    """The process-wide converter; its generated hooks are reused across loads."""
    global _converter  # noqa: PLW0603 - built once, then read-only
    if _converter is None:
        _converter = make_converter()
    return _converter


def bundled_directory() -> Traversable:
    """The ``hiptx/data`` directory inside the installed package."""
    return importlib_resources.files("hiptx").joinpath("data")


#: The largest data file the loader reads, in bytes (1 MiB): eight times the largest
#: bundled file (treatments.json, about 128 KB), room for the catalog to grow, while
#: a runaway or hostile file is refused before it is read into memory.
MAX_FILE_BYTES = 1024 * 1024

#: The deepest nesting of arrays and objects a data file may have. The bundled
#: files nest at most 7 levels; a limit well above that keeps every later step
#: (structuring, error messages) far from Python's recursion limit.
MAX_DEPTH = 32

#: The most digits a JSON integer may have: no figure in the catalog needs more
#: than 11 (the participants bound), and Python refuses to parse more than 4300.
MAX_INT_DIGITS = 20


def _as_traversable(path: object) -> Traversable:
    if isinstance(path, (str, os.PathLike)):
        return pathlib.Path(path)
    # Traversable is an abstract class that few implementations register with, so
    # it is recognised by the two methods the loader uses.
    if callable(getattr(path, "joinpath", None)) and callable(getattr(path, "open", None)):
        return path  # type: ignore[return-value]
    raise WrongTypeError(
        "path", path, "a directory path (str or os.PathLike), a Traversable, or None"
    )


class _RefusedFileError(Exception):
    """A file the loader will not read; its message is the problem."""


def _read_path(path: pathlib.Path) -> bytes:
    # Open first, then check what was opened (no race between the check and the
    # read). O_NONBLOCK stops a FIFO with no writer from blocking the open.
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except (FileNotFoundError, NotADirectoryError):
        raise _RefusedFileError("missing from the catalog directory") from None
    except OSError as exc:
        raise _RefusedFileError(f"cannot be read ({exc.strerror or exc})") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise _RefusedFileError("is not a regular file")
        if info.st_size > MAX_FILE_BYTES:
            raise _RefusedFileError(f"is {info.st_size} bytes; the limit is {MAX_FILE_BYTES}")
        with os.fdopen(fd, "rb", closefd=False) as stream:
            data = stream.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise _RefusedFileError(f"cannot be read ({exc.strerror or exc})") from None
    finally:
        os.close(fd)
    return data


def _read_bytes(directory: Traversable, name: str) -> bytes:
    entry = directory.joinpath(name)
    if isinstance(entry, pathlib.Path):
        data = _read_path(entry)
    else:  # a resource in a zip or other loader: no devices or FIFOs there
        try:
            if not entry.is_file():
                raise _RefusedFileError("missing from the catalog directory")
            with entry.open("rb") as stream:
                data = stream.read(MAX_FILE_BYTES + 1)
        except OSError as exc:
            raise _RefusedFileError(f"cannot be read ({exc})") from None
    if len(data) > MAX_FILE_BYTES:  # grew since it was checked, or no size known
        raise _RefusedFileError(f"is larger than the limit of {MAX_FILE_BYTES} bytes")
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
        children: list[tuple[Any, str, int]] = []
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


def _parse(name: str, data: bytes) -> tuple[Any, list[DataProblem]]:
    """The document in ``data``, or ``_UNREADABLE``, and the problems found."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return _UNREADABLE, [
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
        return _UNREADABLE, [DataProblem(name, "", message)]
    except RecursionError:
        message = f"not valid catalog JSON (nested more than {MAX_DEPTH} levels deep)"
        return _UNREADABLE, [DataProblem(name, "", message)]
    except (ValueError, MemoryError) as exc:  # any other way the parser can give up
        message = f"not valid JSON ({short_repr(str(exc), 120)})"
        return _UNREADABLE, [DataProblem(name, "", message)]
    if not flagged and _depth(text) <= MAX_DEPTH:
        return document, []
    problems = _walk_problems(name, document)
    return (_UNREADABLE if problems else document), problems


_UNREADABLE = object()  # distinct from None, which a file may hold as JSON `null`


#: The files that hold one list of objects: file -> (key, element class).
LIST_FILES: dict[str, tuple[str, type]] = {
    "sources.json": ("sources", Source),
    "conditions.json": ("conditions", Condition),
    "risks.json": ("risks", Risk),
    "treatments.json": ("treatments", Treatment),
    "exercises.json": ("exercises", Exercise),
    "progressions.json": ("progressions", Progression),
}


def _structure_whole(name: str, raw: dict[str, Any], problems: list[DataProblem]) -> Any:
    try:
        return converter().structure(raw, DOCUMENTS[name])
    except Exception as exc:  # noqa: BLE001 - every structuring failure is a data problem
        # cattrs raises its validation groups (ExceptionGroups) or, for a top-level
        # problem, the plain exception; both become path-named problems.
        problems.extend(describe_problems(exc, name, "$"))
        return None


def _ignoring_extra_keys(item: object, element: type) -> Any:
    """``item`` structured with unknown keys ignored, else its id string or ``None``.

    Only for the reference checks of an item already refused: an unknown key and
    a dangling id in one object are then both reported, and references to an item
    that is refused whole are not reported again as dangling.
    """
    global _lenient  # noqa: PLW0603 - built once, then read-only
    if _lenient is None:
        _lenient = make_converter(forbid_extra_keys=False)
    try:
        return _lenient.structure(item, element)
    except Exception:  # noqa: BLE001 - its problems were reported by the strict pass
        item_id = item.get("id") if isinstance(item, dict) else None
        return item_id if isinstance(item_id, str) else None


_lenient: cattrs.Converter | None = None


def _structure(name: str, raw: Any, problems: list[DataProblem]) -> tuple[Any, Any]:
    """The file's object (or ``None``) and the objects that structured.

    A list file is structured item by item, so that the items that are valid can
    still be checked for dangling references: the second value holds each valid
    item at its position, and ``None`` where an item was refused.
    """
    if not isinstance(raw, dict):
        kind = {list: "an array", type(None): "null"}.get(type(raw), type(raw).__name__)
        problems.append(
            DataProblem(name, "$", f"expected an object, got {kind}", None, "an object")
        )
        return None, None
    key, element = LIST_FILES.get(name, ("", object))
    if not key or set(raw) != {key} or not isinstance(raw[key], list):
        document = _structure_whole(name, raw, problems)
        return document, getattr(document, key, None) if key else document
    items: list[Any] = []
    failed = False
    for position, item in enumerate(raw[key]):
        try:
            items.append(converter().structure(item, element))
        except Exception as exc:  # noqa: BLE001, PERF203 - as in _structure_whole
            problems.extend(describe_problems(exc, name, f"$.{key}[{position}]"))
            items.append(_ignoring_extra_keys(item, element))
            failed = True
    if failed:
        return None, tuple(items)
    document = _structure_whole(name, {key: raw[key]}, problems)
    return document, tuple(items)


def parse_documents(directory: Traversable) -> dict[str, Any]:
    """Read and structure every catalog file; raise once if anything is wrong.

    The reference checks run on every object that structured, even when others
    did not, so one error lists every problem.
    """
    problems: list[DataProblem] = []
    documents: dict[str, Any] = {}
    valid: dict[str, Any] = {}
    for name in DOCUMENTS:
        try:
            data = _read_bytes(directory, name)
        except _RefusedFileError as refused:
            problems.append(DataProblem(name, "", str(refused)))
            continue
        raw, parse_problems = _parse(name, data)
        problems.extend(parse_problems)
        if raw is not _UNREADABLE:
            documents[name], valid[name] = _structure(name, raw, problems)
    index = documents.get("index.json")
    if isinstance(index, IndexFile) and set(index.files) != set(DOCUMENTS) - {"index.json"}:
        expected = ", ".join(sorted(set(DOCUMENTS) - {"index.json"}))
        problems.append(
            DataProblem(
                "index.json", "$.files", f"expected exactly {expected}", None, f"exactly {expected}"
            )
        )
    if problems:
        parts = {key: valid.get(name) for name, (key, _) in LIST_FILES.items()}
        rules = valid.get("rules.json")
        problems.extend(reference_problems(parts, rules if isinstance(rules, RuleSet) else None))
        raise CatalogDataError(problems)
    return documents


def load_directory(path: object) -> Catalog:
    """Load a whole catalog from a directory; see :func:`hiptx.load_catalog`."""
    documents = parse_documents(_as_traversable(path))
    return Catalog(
        version=documents["index.json"].data_version,
        sources=documents["sources.json"].sources,
        conditions=documents["conditions.json"].conditions,
        risks=documents["risks.json"].risks,
        treatments=documents["treatments.json"].treatments,
        exercises=documents["exercises.json"].exercises,
        progressions=documents["progressions.json"].progressions,
        rules=documents["rules.json"],
    )
