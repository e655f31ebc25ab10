"""A consistent snapshot of a catalog directory: every file read from one state, or none.

A directory that changes while it loads (a clinic's deployment replacing files one
by one, say) could otherwise give a catalog that mixes one state's ``index.json``
with another's ``rules.json``. So every file is read into memory first, each
file's identity (device, inode, size, modification time in nanoseconds) is
recorded before and after, and the bytes are used only if no file changed in
between; otherwise the read is tried again, and after :data:`ATTEMPTS` tries the
load is refused. The parsers then read the snapshot, never the directory.

What a snapshot cannot see is a directory left mixed by its writer between two of
its own steps and not touched while hiptx reads it: that mix is the directory's
content. Writers should build a new directory and swap it in with one rename.
"""

from __future__ import annotations

import pathlib
from collections.abc import Iterable

from hiptx.catalog._json import RefusedFileError, Snapshot, read_bytes
from hiptx.errors import CatalogDataError, DataProblem

#: How many times a directory that changes while it is read is read again.
ATTEMPTS = 5

#: A file's identity: (device, inode, size, mtime_ns), or None if it is absent.
_Identity = tuple[int, int, int, int] | None


def _identity(path: pathlib.Path) -> _Identity:
    try:
        info = path.stat()
    except OSError:
        return None
    return (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns)


def _read_once(directory: pathlib.Path, names: tuple[str, ...]) -> Snapshot | None:
    before = [_identity(directory / name) for name in names]
    files: dict[str, bytes | RefusedFileError] = {}
    for name in names:
        try:
            files[name] = read_bytes(directory, name)
        except RefusedFileError as refused:  # noqa: PERF203 - kept, reported as before
            files[name] = refused
    after = [_identity(directory / name) for name in names]
    return Snapshot(files) if before == after else None


def take_snapshot(directory: pathlib.Path, names: Iterable[str]) -> Snapshot:
    """Every file of ``names`` in ``directory``, read from one state of it.

    Raises:
        CatalogDataError: the directory changed during each of :data:`ATTEMPTS`
            reads.

    Example:
        >>> import pathlib, hiptx
        >>> from hiptx.catalog._snapshot import take_snapshot
        >>> from hiptx.catalog._fast import BUNDLED_PATH
        >>> snap = take_snapshot(pathlib.Path(BUNDLED_PATH), ["index.json", "none.json"])
        >>> sorted(snap.names), snap.read("index.json")[:1]
        (['index.json'], b'{')
    """
    ordered = tuple(names)
    for _ in range(ATTEMPTS):
        snapshot = _read_once(directory, ordered)
        if snapshot is not None:
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
