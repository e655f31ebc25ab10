"""The load pipeline's read step: a catalog's files as bytes, each read once.

Files are refused before they are read when they are not regular files or are
too large, and a directory on disk is read from one state of it (see
:func:`take_snapshot`). Every file is read once, into a :class:`Snapshot`, which
the parse step (``_parse``) and the bundled record's check read.
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from hiptx.catalog._parse import UNREADABLE, parse
from hiptx.errors import (
    CatalogDataError,
    DataProblem,
    InvalidValueError,
    WrongTypeError,
)

if TYPE_CHECKING:
    from importlib_resources.abc import Traversable


#: The bundled ``hiptx/data`` directory on disk (read through importlib-resources
#: instead when hiptx runs from a zip: see ``_loading.bundled_directory``).
# (os.path, not pathlib: pathlib's import costs a fresh process a third of the load.)
BUNDLED_PATH = os.path.join(os.path.dirname(os.path.dirname(__file__)), "data")  # noqa: PTH118, PTH120


#: The largest data file the loader reads, in bytes (1 MiB): eight times the largest
#: bundled file (treatments.json, about 128 KB), room for the catalog to grow, while
#: a runaway or hostile file is refused before it is read into memory.
MAX_FILE_BYTES = 1024 * 1024


def as_traversable(path: object) -> Traversable | str:
    """``path`` checked: a path on disk as its text, or a Traversable as it is.

    A path stays text (read with :mod:`os`, not :mod:`pathlib`, whose import
    costs a fresh process's first load a third of its time).
    """
    if isinstance(path, (str, os.PathLike)):
        text = os.fspath(path)
        if not isinstance(text, str):
            raise WrongTypeError("path", path, "a str path (bytes paths are not read)")
        if not text:
            # The operating system would read "" as the current directory.
            raise InvalidValueError("path", path, "a directory path (not the empty string)")
        if "\0" in text:
            raise InvalidValueError("path", path, "a path without NUL characters")
        return text
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

    The loaders read each file from it (:meth:`read`) as they would from the
    directory; a file that could not be read keeps the refusal it met, which
    :meth:`parse` reports as that file's problem.
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

    def matches(self, expected: Mapping[str, tuple[int, str]]) -> bool:
        """Whether the files are exactly those named, each of the size and BLAKE2b digest given."""
        if set(expected) != set(self._files):
            return False
        blake2b = _blake2b()
        for name, (size, digest) in expected.items():
            data = self._files[name]
            if not isinstance(data, bytes) or len(data) != size:
                return False
            if blake2b(data).hexdigest() != digest:
                return False
        return True

    def parse(
        self, names: Iterable[str] | None = None, *, validated: bool = False
    ) -> tuple[Mapping[str, Any], list[DataProblem]]:
        """The parse step: each file (of ``names``, by default all) parsed once.

        Returns each file's document that could be parsed, and every problem: a
        file refused when it was read, or text that is not strict JSON.
        ``validated``: the bytes are those the bundled record vouches for, which
        passed the strict parser when it was written: each is parsed plainly (no
        hook per value) as the build step takes it (see :class:`_Validated`).
        """
        if validated:
            return _Validated(self._files), []
        parsed: dict[str, Any] = {}
        problems: list[DataProblem] = []
        for name in self._files if names is None else names:
            try:
                data = self.read(name)
            except RefusedFileError as refused:
                problems.append(DataProblem(name, "", str(refused)))
                continue
            document, found = parse(name, data)
            problems.extend(found)
            if document is not UNREADABLE:
                parsed[name] = document
        return parsed, problems


def _on_disk(directory: object) -> bool:
    """Whether ``directory`` is a path on disk (a ``str`` only for the bundled data)."""
    return isinstance(directory, (str, os.PathLike))


class _Validated(Mapping[str, Any]):
    """Documents of validated bytes, each parsed when the build step takes it.

    The build step keeps only the objects it builds, so each file's dict tree is
    dropped before the next is parsed, as a file-by-file load would: alive all
    at once, the trees cost the garbage collector a tenth of the bundled load.
    """

    def __init__(self, files: Mapping[str, bytes | RefusedFileError]) -> None:
        self._files = files

    def __getitem__(self, name: str) -> Any:
        return json.loads(self._files[name])  # type: ignore[arg-type]

    def __iter__(self) -> Iterator[str]:
        return iter(self._files)

    def __len__(self) -> int:
        return len(self._files)


def _read_path(path: str | os.PathLike[str]) -> bytes:
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


def read_bytes(directory: Traversable | str, name: str) -> bytes:
    """The bytes of the file ``name`` in ``directory``, read once, or a refusal."""
    entry: Any = (
        os.path.join(directory, name)  # noqa: PTH118 - see BUNDLED_PATH
        if isinstance(directory, str)
        else directory.joinpath(name)
    )
    if _on_disk(entry):
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


#: How many times a directory that changes while it is read is read again.
ATTEMPTS = 5

#: A file's identity: (device, inode, size, mtime_ns), or None if it is absent.
_Identity = tuple[int, int, int, int] | None


def _identity(path: str) -> _Identity:
    try:
        info = os.stat(path)  # noqa: PTH116 - see BUNDLED_PATH
    except OSError:
        return None
    return (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns)


def _read_each(directory: Any, names: tuple[str, ...]) -> Snapshot:
    files: dict[str, bytes | RefusedFileError] = {}
    for name in names:
        try:
            files[name] = read_bytes(directory, name)
        except RefusedFileError as refused:  # noqa: PERF203 - kept; Snapshot.parse reports it
            files[name] = refused
    return Snapshot(files)


def take_snapshot(directory: str | os.PathLike[str], names: Iterable[str]) -> Snapshot:
    """Every file of ``names`` in ``directory``, read from one state of it.

    A directory that changes while it loads (a clinic's deployment replacing files
    one by one, say) could otherwise give a catalog that mixes one state's
    ``index.json`` with another's ``rules.json``. So each file's identity (device,
    inode, size, modification time in nanoseconds) is recorded before and after
    the files are read, and the bytes are used only if no file changed in between;
    otherwise they are read again, and after :data:`ATTEMPTS` tries the load is
    refused. What a snapshot cannot see is a directory left mixed by its writer
    between two of its own steps: writers should swap a new directory in with one
    rename.

    Raises:
        CatalogDataError: the directory changed during each of :data:`ATTEMPTS`
            reads.

    Example:
        >>> import hiptx
        >>> from hiptx.catalog._json import BUNDLED_PATH, take_snapshot
        >>> snap = take_snapshot(BUNDLED_PATH, ["index.json", "none.json"])
        >>> sorted(snap.names), snap.read("index.json")[:1]
        (['index.json'], b'{')
    """
    ordered = tuple(names)
    root = os.fspath(directory)
    paths = [os.path.join(root, name) for name in ordered]  # noqa: PTH118 - see BUNDLED_PATH
    for _ in range(ATTEMPTS):
        before = [_identity(path) for path in paths]
        snapshot = _read_each(directory, ordered)
        if before == [_identity(path) for path in paths]:
            return snapshot
    raise CatalogDataError(
        [
            DataProblem(
                "",
                "",
                f"the catalog directory changed while it was read, {ATTEMPTS} times in a "
                "row; nothing was loaded (replace a catalog directory with one rename, "
                "not file by file)",
            )
        ]
    )


def read_files(directory: Traversable | str, names: Iterable[str]) -> Snapshot:
    """The read step: each of ``names`` read once, from one state of a directory on disk.

    A resource in a zip cannot change while it is read: its files are read in turn.
    """
    if _on_disk(directory):
        return take_snapshot(directory, names)  # type: ignore[arg-type]
    return _read_each(directory, tuple(names))


def read_and_parse(
    path: object, names: Iterable[str], expected: Mapping[str, tuple[int, str]] | None = None
) -> tuple[Mapping[str, Any], list[DataProblem], bool]:
    """The read and parse steps of a whole catalog directory (see ``_pipeline.run``).

    Returns each file's document that could be parsed, every problem of the
    files that could not be read or parsed, and whether ``expected`` (file ->
    size and BLAKE2b digest, the bundled record) vouches for every byte read.

    Raises:
        CatalogDataError: ``path``, a path on disk, holds none of ``names``.
    """
    directory = as_traversable(path)
    files = read_files(directory, names)
    # A path that holds no catalog file at all is named as such; a resource (a
    # zip) is reported file by file, as missing.
    if not files.names and isinstance(directory, str):
        listed = ", ".join(names)
        is_dir = os.path.isdir(directory)  # noqa: PTH112 - see BUNDLED_PATH
        what = "is not a catalog directory" if is_dir else "is not a directory"
        raise CatalogDataError(
            [
                DataProblem(
                    "",
                    "",
                    f"{str(path)!r} {what}: it holds none of {listed}",
                    None,
                    f"a directory holding {listed}",
                )
            ]
        )
    vouched = expected is not None and files.matches(expected)
    parsed, problems = files.parse(validated=vouched)
    return parsed, problems, vouched


def _blake2b() -> Callable[[bytes], Any]:
    # hashlib loads OpenSSL, about 2.6 ms of a fresh process and a large part of
    # the first load's budget against the attrs floor (see CHANGELOG); CPython's
    # built-in BLAKE2 gives the same digest without it.
    try:
        from _blake2 import blake2b
    except ImportError:  # another Python implementation
        from hashlib import blake2b
    return blake2b
