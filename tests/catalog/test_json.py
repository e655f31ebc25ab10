"""Reading a catalog's files (catalog/_json.py): zips, files the OS will not read,
sizes and limits."""

from __future__ import annotations

import contextlib
import errno
import os
import pathlib
import zipfile
from collections.abc import Callable
from typing import Any

import attrs
import pytest

import hiptx
from hiptx.catalog._json import MAX_FILE_BYTES, RefusedFileError, read_bytes
from tests.support.catalogs import (
    refusal_of,
)


def _zip_of(directory: pathlib.Path, target: pathlib.Path) -> zipfile.ZipFile:
    with zipfile.ZipFile(target, "w") as archive:
        for file in sorted(directory.iterdir()):
            if file.is_file():
                archive.write(file, f"data/{file.name}")
    return zipfile.ZipFile(target)


@attrs.frozen
class _FailingEntry:
    """A Traversable entry whose open fails as a broken archive's would."""

    def is_file(self) -> bool:
        return True

    def open(self, _mode: str = "r") -> Any:
        raise OSError(errno.EIO, "Input/output error")


@attrs.frozen
class _FailingDirectory:
    def joinpath(self, _name: str) -> _FailingEntry:
        return _FailingEntry()

    def open(self, _mode: str = "r") -> Any:
        raise IsADirectoryError(errno.EISDIR, "Is a directory")


def _read_with(
    monkeypatch: pytest.MonkeyPatch, path: pathlib.Path, **os_functions: object
) -> bytes | RefusedFileError:
    """``read_bytes`` of ``path`` with some ``os`` functions replaced: the bytes or the refusal.

    Replaced only around the read, since pytest itself calls ``os.fstat``.
    """
    with monkeypatch.context() as patched:
        for name, replacement in os_functions.items():
            patched.setattr(os, name, replacement)
        try:
            return read_bytes(path.parent, path.name)
        except RefusedFileError as refused:
            return refused


def _reporting_size(size: int) -> Callable[[int], os.stat_result]:
    """An ``os.fstat`` that reports ``size`` bytes for every file, as a growing file would."""
    real_fstat = os.fstat

    def fstat(fd: int) -> os.stat_result:
        fields = list(real_fstat(fd))
        fields[6] = size  # st_size
        return os.stat_result(fields)

    return fstat


class _EndlessStream:
    """A stream that never ends (a special file that reports a small size or none).

    Records how many bytes were asked for; asking for everything would never return.
    """

    def __init__(self) -> None:
        self.asked = 0

    def read(self, size: int | None = -1) -> bytes:
        assert size is not None and size >= 0, "an unbounded read of an endless file"
        self.asked += size
        return b" " * size


@attrs.frozen
class _EndlessEntry:
    """A Traversable entry (a zip member, say) whose content never ends."""

    stream: _EndlessStream

    def is_file(self) -> bool:
        return True

    def open(self, _mode: str = "r") -> contextlib.nullcontext[_EndlessStream]:
        return contextlib.nullcontext(self.stream)


@attrs.frozen
class _EndlessDirectory:
    stream: _EndlessStream

    def joinpath(self, _name: str) -> _EndlessEntry:
        return _EndlessEntry(self.stream)


def test_a_path_like_object_needs_both_joinpath_and_open() -> None:
    class OnlyJoins:
        def joinpath(self, name: str) -> object:
            return name

    class OnlyOpens:
        def open(self) -> None:
            return None

    for thing in (OnlyJoins(), OnlyOpens()):
        with pytest.raises(hiptx.WrongTypeError) as info:
            hiptx.load_catalog(thing)  # type: ignore[call-overload]
        assert info.value.field == "path"


def test_a_file_of_exactly_the_size_limit_is_read_whole(data_copy: pathlib.Path) -> None:
    from hiptx.catalog._json import MAX_FILE_BYTES

    # Valid JSON, padded to the limit: read whole, so the only complaints are
    # about its content, never its size or its syntax.
    body = b'{"risks": []' + b" " * (MAX_FILE_BYTES - 13) + b"}"
    assert len(body) == MAX_FILE_BYTES
    (data_copy / "risks.json").write_bytes(body)
    with pytest.raises(hiptx.CatalogDataError) as info:
        hiptx.load_catalog(data_copy)
    risks = [p.message for p in info.value.details if p.file == "risks.json"]
    assert not any("limit" in m or "not valid JSON" in m for m in risks)


def test_a_file_that_cannot_be_opened_says_why_in_words(data_copy: pathlib.Path) -> None:
    (data_copy / "risks.json").unlink()
    (data_copy / "risks.json").symlink_to(data_copy / "risks.json")  # a loop
    with pytest.raises(hiptx.CatalogDataError) as info:
        hiptx.load_catalog(data_copy)
    messages = [p.message for p in info.value.details if p.file == "risks.json"]
    assert messages == ["cannot be read (Too many levels of symbolic links)"]


@pytest.mark.parametrize(
    ("text", "got"), [(b"[]", "an array"), (b"null", "null"), (b"3", "int"), (b'"x"', "str")]
)
def test_a_file_that_is_not_an_object_says_what_it_is(
    data_copy: pathlib.Path, text: bytes, got: str
) -> None:
    (data_copy / "risks.json").write_bytes(text)
    with pytest.raises(hiptx.CatalogDataError) as info:
        hiptx.load_catalog(data_copy)
    (problem,) = [p for p in info.value.details if p.file == "risks.json"]
    assert (problem.path, problem.message, problem.expected) == (
        "",
        f"expected an object, got {got}",
        "an object",
    )


class TestZipTraversable:
    """A catalog inside a zip (as importlib.resources gives from a zipped package)."""

    def test_loads_the_same_catalog(
        self, data_copy: pathlib.Path, tmp_path: pathlib.Path, cat: hiptx.Catalog
    ) -> None:
        with _zip_of(data_copy, tmp_path / "cat.zip") as archive:
            zipped = hiptx.load_catalog(zipfile.Path(archive, "data/"))
        assert zipped.version == cat.version
        assert list(zipped.treatments) == list(cat.treatments)
        assert zipped.exercises == cat.exercises

    def test_a_missing_file_is_named(self, data_copy: pathlib.Path, tmp_path: pathlib.Path) -> None:
        (data_copy / "rules.json").unlink()
        with _zip_of(data_copy, tmp_path / "cat.zip") as archive:
            problems = refusal_of(zipfile.Path(archive, "data/"))
        assert hiptx.DataProblem("rules.json", "", "missing from the catalog directory") in problems

    def test_an_oversized_file_is_refused(
        self, data_copy: pathlib.Path, tmp_path: pathlib.Path
    ) -> None:
        (data_copy / "rules.json").write_bytes(b" " * (MAX_FILE_BYTES + 1))
        with _zip_of(data_copy, tmp_path / "cat.zip") as archive:
            problems = refusal_of(zipfile.Path(archive, "data/"))
        expected = f"is larger than the limit of {MAX_FILE_BYTES} bytes"
        assert hiptx.DataProblem("rules.json", "", expected) in problems


def test_an_unreadable_resource_is_refused_with_the_reason() -> None:
    with pytest.raises(RefusedFileError, match=r"cannot be read \(.*Input/output error"):
        read_bytes(_FailingDirectory(), "rules.json")  # type: ignore[arg-type]


def test_every_file_of_an_unreadable_traversable_is_named() -> None:
    problems = refusal_of(_FailingDirectory())
    assert {p.file for p in problems} >= {"index.json", "rules.json", "sources.json"}
    assert all(p.message.startswith("cannot be read") for p in problems)


def test_a_symlink_loop_is_refused_as_unreadable(data_copy: pathlib.Path) -> None:
    # Not missing (the name exists), but the OS cannot open it (ELOOP).
    (data_copy / "rules.json").unlink()
    (data_copy / "rules.json").symlink_to(data_copy / "rules.json")
    (problem,) = [p for p in refusal_of(data_copy) if p.file == "rules.json"]
    assert problem.message.startswith("cannot be read (")
    assert os.strerror(errno.ELOOP) in problem.message


def test_a_read_that_fails_after_the_open_is_refused(
    data_copy: pathlib.Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # An I/O error between opening and reading (a failing disk, a network share gone).
    def fail(_fd: int) -> os.stat_result:
        raise OSError(errno.EIO, os.strerror(errno.EIO))

    refused = _read_with(monkeypatch, data_copy / "rules.json", fstat=fail)
    assert str(refused) == f"cannot be read ({os.strerror(errno.EIO)})"


@pytest.mark.parametrize("reported", [0, 10, -1])
def test_a_file_that_holds_more_than_its_size_said_is_read_whole(
    data_copy: pathlib.Path, monkeypatch: pytest.MonkeyPatch, reported: int
) -> None:
    # A file that grew between the size check and the read, or a special file that
    # reports no size (0), is read to its end, never cut at the size it reported.
    whole = (data_copy / "rules.json").read_bytes()
    data = _read_with(
        monkeypatch, data_copy / "rules.json", fstat=_reporting_size(reported % len(whole))
    )
    assert data == whole


def test_a_file_that_grew_past_the_limit_after_its_size_was_checked_is_refused(
    data_copy: pathlib.Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (data_copy / "rules.json").write_bytes(b" " * (MAX_FILE_BYTES + 1))
    refused = _read_with(monkeypatch, data_copy / "rules.json", fstat=_reporting_size(10))
    assert str(refused) == f"is larger than the limit of {MAX_FILE_BYTES} bytes"


def test_an_endless_file_is_read_only_to_the_limit(
    data_copy: pathlib.Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (data_copy / "rules.json").write_bytes(b"")  # a regular file that reports 0 bytes
    stream = _EndlessStream()
    refused = _read_with(
        monkeypatch,
        data_copy / "rules.json",
        fdopen=lambda *_, **__: contextlib.nullcontext(stream),
    )
    assert str(refused) == f"is larger than the limit of {MAX_FILE_BYTES} bytes"
    assert stream.asked == MAX_FILE_BYTES + 1  # one byte past the limit shows it is past


def test_an_endless_resource_is_read_only_to_the_limit() -> None:
    stream = _EndlessStream()
    with pytest.raises(RefusedFileError) as info:
        read_bytes(_EndlessDirectory(stream), "rules.json")  # type: ignore[arg-type]
    assert str(info.value) == f"is larger than the limit of {MAX_FILE_BYTES} bytes"
    assert stream.asked == MAX_FILE_BYTES + 1


def test_a_zipped_file_of_exactly_the_size_limit_is_read_whole(
    data_copy: pathlib.Path, tmp_path: pathlib.Path
) -> None:
    body = b'{"risks": []' + b" " * (MAX_FILE_BYTES - 13) + b"}"
    assert len(body) == MAX_FILE_BYTES
    (data_copy / "risks.json").write_bytes(body)
    with _zip_of(data_copy, tmp_path / "cat.zip") as archive:
        problems = refusal_of(zipfile.Path(archive, "data/"))
    risks = [p.message for p in problems if p.file == "risks.json"]
    assert not any("limit" in m or "not valid JSON" in m for m in risks)
