"""Reading a catalog's files (catalog/_json.py): zips, files the OS will not read,
sizes and limits."""

from __future__ import annotations

import contextlib
import errno
import json
import os
import pathlib
import shutil
import signal
import sys
import zipfile
from collections.abc import Callable, Iterator
from typing import Any

import attrs
import pytest

import hiptx
from hiptx.catalog import _json, _loading, _pipeline
from hiptx.catalog._documents import DOCUMENTS
from hiptx.catalog._json import MAX_FILE_BYTES, RefusedFileError, read_bytes
from tests.support.catalogs import (
    problems_of,
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


class _Blocked(BaseException):
    """Raised by :func:`fails_after`; a BaseException so that the loader's own
    handlers (which turn an OSError into a refused file and retry strictly) pass it on."""


@contextlib.contextmanager
def fails_after(seconds: int) -> Iterator[None]:
    """Fail the block if it takes longer than ``seconds`` (a blocked open or read
    is interrupted by the alarm), instead of hanging the run (POSIX only)."""
    if not hasattr(signal, "SIGALRM"):
        yield
        return

    def fail(*_: object) -> None:
        raise _Blocked(f"still blocked after {seconds} s")

    previous = signal.signal(signal.SIGALRM, fail)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def _state(base: pathlib.Path, name: str, version: str, data_copy: pathlib.Path) -> pathlib.Path:
    """A full catalog directory whose index says ``version``."""
    target = base / name
    shutil.copytree(data_copy, target)
    index = json.loads((target / "index.json").read_text(encoding="utf-8"))
    index["data_version"] = version
    (target / "index.json").write_text(json.dumps(index), encoding="utf-8")
    return target


def _swap_into(live: pathlib.Path, state: pathlib.Path) -> None:
    # File by file, as a careless deployment does; each file replaced whole.
    for entry in sorted(state.iterdir()):
        if entry.is_file():
            temporary = live / (entry.name + ".new")
            shutil.copyfile(entry, temporary)
            temporary.replace(live / entry.name)


def _reads_that(
    monkeypatch: pytest.MonkeyPatch, after_first_file: Callable[[int], None]
) -> list[str]:
    """Make the snapshot's reads call ``after_first_file(attempt)`` once per attempt."""
    from hiptx.catalog._json import read_bytes as read

    calls: list[str] = []

    def reading(directory: object, name: str) -> bytes:
        data = read(directory, name)  # type: ignore[arg-type]
        calls.append(name)
        if name == "index.json":
            after_first_file(calls.count("index.json"))
        return data

    monkeypatch.setattr(_json, "read_bytes", reading)
    return calls


class TestInALoad:
    """What the read step refuses, as a whole directory's load reports it."""

    def test_a_directory_in_place_of_a_file(self, data_copy: pathlib.Path) -> None:
        (data_copy / "risks.json").unlink()
        (data_copy / "risks.json").mkdir()
        assert "risks.json: is not a regular file" in problems_of(data_copy)

    @pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX only")
    def test_a_fifo_is_refused_without_blocking(self, data_copy: pathlib.Path) -> None:
        (data_copy / "risks.json").unlink()
        os.mkfifo(data_copy / "risks.json")
        with fails_after(5):
            assert "risks.json: is not a regular file" in problems_of(data_copy)

    @pytest.mark.skipif(not pathlib.Path("/dev/zero").exists(), reason="no /dev/zero")
    def test_dev_zero_is_refused_without_reading(self, data_copy: pathlib.Path) -> None:
        (data_copy / "risks.json").unlink()
        (data_copy / "risks.json").symlink_to("/dev/zero")
        with fails_after(5):
            assert "risks.json: is not a regular file" in problems_of(data_copy)

    def test_a_file_over_the_size_limit_is_refused(self, data_copy: pathlib.Path) -> None:
        from hiptx.catalog._json import MAX_FILE_BYTES

        (data_copy / "risks.json").write_bytes(b" " * (MAX_FILE_BYTES + 1))
        assert (
            f"risks.json: is {MAX_FILE_BYTES + 1} bytes; the limit is {MAX_FILE_BYTES}"
            in problems_of(data_copy)
        )

    def test_the_bundled_files_are_well_under_the_size_limit(self) -> None:
        import importlib_resources

        from hiptx.catalog._json import MAX_FILE_BYTES

        root = importlib_resources.files("hiptx").joinpath("data")
        largest = max(len(root.joinpath(n).read_bytes()) for n in ("treatments.json",))
        assert largest * 4 < MAX_FILE_BYTES


# --- a directory that changes while it is read, and paths hiptx cannot use ---


def test_a_directory_swapped_while_it_loads_gives_one_state_only(
    tmp_path: pathlib.Path, data_copy: pathlib.Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    live = _state(tmp_path, "live", "state-a", data_copy)
    state_b = _state(tmp_path, "b", "state-b", data_copy)
    rules_b = json.loads((state_b / "rules.json").read_text(encoding="utf-8"))
    rules_b["sharp_joint_pain"]["text"] = "State B's wording."
    (state_b / "rules.json").write_text(json.dumps(rules_b), encoding="utf-8")

    def swap_on_first_attempt(attempt: int) -> None:
        if attempt == 1:
            _swap_into(live, state_b)

    calls = _reads_that(monkeypatch, swap_on_first_attempt)
    loaded = hiptx.load_catalog(live)
    # index.json was read from state A and rules.json from state B on the first
    # attempt; that mix is thrown away and the second attempt reads state B whole.
    assert calls.count("index.json") == 2
    assert loaded.version == "state-b"
    assert loaded.rules.sharp_joint_pain.text == "State B's wording."


def test_a_directory_that_never_settles_is_refused(
    tmp_path: pathlib.Path, data_copy: pathlib.Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    live = _state(tmp_path, "live", "state-a", data_copy)
    states = [
        _state(tmp_path, "a", "state-a", data_copy),
        _state(tmp_path, "b", "state-b", data_copy),
    ]

    def swap_every_time(attempt: int) -> None:
        _swap_into(live, states[attempt % 2])

    calls = _reads_that(monkeypatch, swap_every_time)
    with pytest.raises(hiptx.CatalogDataError, match="changed while it was read"):
        hiptx.load_catalog(live)
    assert calls.count("index.json") == _json.ATTEMPTS


def test_an_overlay_swapped_while_it_loads_gives_one_state_only(
    tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch, cat: hiptx.Catalog
) -> None:
    live, state_b = tmp_path / "live", tmp_path / "b"
    for directory, version in ((live, "clinic-a"), (state_b, "clinic-b")):
        directory.mkdir()
        (directory / "index.json").write_text(
            json.dumps({"data_version": version, "files": ["exercises.json"]}), encoding="utf-8"
        )
        (directory / "exercises.json").write_text('{"exercises": []}', encoding="utf-8")

    def swap_on_first_attempt(attempt: int) -> None:
        if attempt == 1:
            _swap_into(live, state_b)

    _reads_that(monkeypatch, swap_on_first_attempt)
    assert hiptx.load_catalog(live, extends=cat).version == f"{cat.version}+clinic-b"


@pytest.mark.parametrize(
    ("path", "error", "words"),
    [
        ("data\0catalog", hiptx.InvalidValueError, "without NUL"),
        (pathlib.Path("a\0b"), hiptx.InvalidValueError, "without NUL"),
        ("", hiptx.InvalidValueError, "not the empty string"),
        (b"/tmp", hiptx.WrongTypeError, "path"),
    ],
)
def test_a_path_hiptx_cannot_use_is_a_hiptx_error(
    path: object, error: type[hiptx.HiptxError], words: str, cat: hiptx.Catalog
) -> None:
    with pytest.raises(error, match=words):
        hiptx.load_catalog(path)  # type: ignore[call-overload]
    with pytest.raises(error, match=words):
        hiptx.load_catalog(path, extends=cat)  # type: ignore[call-overload]


def test_a_bytes_path_like_is_refused_by_name() -> None:
    class BytesPath:
        def __fspath__(self) -> bytes:
            return b"/tmp"

    with pytest.raises(hiptx.WrongTypeError, match="str path"):
        hiptx.load_catalog(BytesPath())  # type: ignore[arg-type]


def test_the_digest_falls_back_to_hashlib_where_blake2_is_not_built_in(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import hashlib

    def hashlib_blake2b(data: bytes = b"") -> Any:
        return hashlib.new("blake2b", data)

    # CPython's hashlib.blake2b is _blake2's own, so a stand-in tells them apart.
    monkeypatch.setattr(hashlib, "blake2b", hashlib_blake2b)
    assert _json._blake2b() is not hashlib_blake2b
    monkeypatch.setitem(sys.modules, "_blake2", None)  # its import now raises ImportError
    assert _json._blake2b() is hashlib_blake2b
    record = _pipeline.bundled_record(_loading.bundled_directory())
    assert record is not None
    assert _json.read_files(_loading.bundled_directory(), DOCUMENTS).matches(record.files)
