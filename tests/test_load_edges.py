"""The loader's edges: a directory that changes while it loads, paths hiptx cannot use,
and overlays that hold nothing it reads.

Expected outcomes follow from the contract in hiptx.catalog._json.take_snapshot (read every
file from one state of the directory, or refuse after a few tries) and in
load_catalog's docstring (every refusal a HiptxError naming what was expected).
"""

from __future__ import annotations

import json
import pathlib
import shutil
from collections.abc import Callable

import pytest

import hiptx
from hiptx.catalog import _json


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


# --- paths hiptx cannot use -------------------------------------------------------------


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


# --- overlays that hold nothing hiptx reads ----------------------------------------------


def test_an_empty_overlay_is_an_error_naming_the_files_expected(
    tmp_path: pathlib.Path, cat: hiptx.Catalog
) -> None:
    with pytest.raises(hiptx.CatalogDataError) as info:
        hiptx.load_catalog(tmp_path, extends=cat)
    (problem,) = info.value.details
    assert "holds no catalog file" in problem.message
    for name in ("index.json", "exercises.json", "rules.json"):
        assert name in (problem.expected or "")


def test_a_file_named_in_the_wrong_case_is_named_not_ignored(
    tmp_path: pathlib.Path, cat: hiptx.Catalog
) -> None:
    (tmp_path / "Exercises.json").write_text('{"exercises": []}', encoding="utf-8")
    with pytest.raises(hiptx.CatalogDataError) as info:
        hiptx.load_catalog(tmp_path, extends=cat)
    messages = [str(p) for p in info.value.details]
    assert any("Exercises.json" in m and "did you mean exercises.json" in m for m in messages)
    assert any("holds no catalog file" in m for m in messages)
    # Beside a file that is read, the mis-named one is still reported.
    (tmp_path / "index.json").write_text(
        json.dumps({"data_version": "clinic", "files": ["exercises.json"]}), encoding="utf-8"
    )
    with pytest.raises(hiptx.CatalogDataError, match="case-sensitive"):
        hiptx.load_catalog(tmp_path, extends=cat)
