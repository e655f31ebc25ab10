"""Seeded fuzz: mutated copies of the bundled data load whole or fail with one error.

Each case applies one to three random mutations to the bundled files (delete or
repeat a key, swap a value's type, huge, NaN, infinite or negative numbers, deep
nesting, control and bidirectional characters, lone surrogates, blank and padded
text, repeated list items, a truncated file, ...). The only outcomes allowed are:

- the catalog loads, and every object in it renders: ``str`` and ``repr`` work and
  encode as UTF-8, and every treatment's recovery estimate gives calendar dates; or
- one :class:`hiptx.CatalogDataError`, naming each problem once, with a file.

The normal suite runs a quick slice. The full run, with the case count as the
issue asks::

    HIPTX_FUZZ_CASES=10000 .venv/bin/python -m pytest tests/property/test_fuzz_catalog.py

``HIPTX_FUZZ_SEED`` picks another seed; a failure names the case to replay.
"""

from __future__ import annotations

import collections
import copy
import datetime
import json
import os
import pathlib
import random
from collections.abc import Callable, Iterator
from typing import Any

import attrs
import importlib_resources
import pytest

import hiptx

pytestmark = pytest.mark.property

CASES = int(os.environ.get("HIPTX_FUZZ_CASES", "120"))
SEED = int(os.environ.get("HIPTX_FUZZ_SEED", "20261123"))

FILES = (
    "index.json",
    "sources.json",
    "conditions.json",
    "risks.json",
    "treatments.json",
    "exercises.json",
    "progressions.json",
    "rules.json",
    "instruments.json",
)

#: Raw JSON text a mutation may put where a value was (not producible by json.dumps).
RAW_TOKENS = (
    "NaN",
    "Infinity",
    "-Infinity",
    "1e400",
    "-1e400",
    "1" + "0" * 5000,
    "1" + "0" * 30,
    "[" * 3000 + "]" * 3000,
    "[" * 40 + "1" + "]" * 40,
    '{"a":' * 50 + "1" + "}" * 50,
    '"\\ud800"',
    '"a\\udfffb"',
)

#: Values a mutation may put where another value was.
VALUES: tuple[Any, ...] = (
    None,
    True,
    False,
    0,
    -1,
    11,
    1001,
    10**9,
    2**63,
    -(2**63),
    0.5,
    1e300,
    -0.0,
    "",
    " ",
    "\u200b",
    "\u200b\u200d",
    " padded ",
    "a\nb",
    "a\x00b",
    "tab\there",
    "\u202eevil",
    "a\u2066b",
    "bad-id\n",
    "UPPER",
    "x" * 5000,
    "caf\u00e9",
    [],
    [1, 2],
    [""],
    ["a", "a"],
    {},
    {"id": "x"},
)

Path = tuple[Any, ...]


def _bundled() -> dict[str, Any]:
    root = importlib_resources.files("hiptx").joinpath("data")
    return {name: json.loads(root.joinpath(name).read_text(encoding="utf-8")) for name in FILES}


BUNDLED = _bundled()


def _paths(node: Any, prefix: Path = ()) -> Iterator[Path]:
    yield prefix
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _paths(value, (*prefix, i))


class Case:
    """One mutated catalog: parsed documents plus raw-text edits to apply."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.documents = copy.deepcopy(BUNDLED)
        self.raw: dict[str, list[tuple[str, str]]] = collections.defaultdict(list)
        self.text_edits: dict[str, Callable[[str], str]] = {}
        self.applied: list[str] = []

    def pick(self, want: Callable[[Any], bool] = lambda _: True) -> tuple[str, Path, Any]:
        name = self.rng.choice(FILES)
        document = self.documents[name]
        candidates = [p for p in _paths(document) if want(self._get(document, p))]
        if not candidates:
            return name, (), document
        path = self.rng.choice(candidates)
        return name, path, self._get(document, path)

    @staticmethod
    def _get(node: Any, path: Path) -> Any:
        for step in path:
            node = node[step]
        return node

    def replace(self, name: str, path: Path, value: Any) -> None:
        if not path:
            self.documents[name] = value
            return
        parent = self._get(self.documents[name], path[:-1])
        parent[path[-1]] = value

    # -- mutations ------------------------------------------------------------

    def delete_key(self) -> None:
        _, _, node = self.pick(lambda n: isinstance(n, dict) and bool(n))
        if isinstance(node, dict) and node:
            del node[self.rng.choice(list(node))]

    def add_unknown_key(self) -> None:
        _, _, node = self.pick(lambda n: isinstance(n, dict))
        if isinstance(node, dict):
            node["unexpected_" + str(self.rng.randrange(10))] = self.rng.choice(VALUES)

    def swap_value(self) -> None:
        name, path, _ = self.pick()
        self.replace(name, path, copy.deepcopy(self.rng.choice(VALUES)))

    def raw_token(self) -> None:
        name, path, _ = self.pick(lambda n: not isinstance(n, (dict, list)))
        marker = f"@@RAW{len(self.raw[name])}@@"
        self.replace(name, path, marker)
        self.raw[name].append((json.dumps(marker), self.rng.choice(RAW_TOKENS)))

    def tweak_number(self) -> None:
        name, path, node = self.pick(lambda n: type(n) in (int, float))
        if type(node) in (int, float):
            self.replace(
                name, path, self.rng.choice([-node, node * 1000, node + 1, 10**6, 20000, 0.1])
            )

    def tweak_text(self) -> None:
        name, path, node = self.pick(lambda n: isinstance(n, str))
        if isinstance(node, str):
            edits = [
                node + "\n",
                " " + node,
                node + "\u202e",
                node[:1] + "\x07" + node[1:],
                node.upper(),
                node + node,
                "\u200b",
                node[: len(node) // 2],
            ]
            self.replace(name, path, self.rng.choice(edits))

    def duplicate_item(self) -> None:
        _, _, node = self.pick(lambda n: isinstance(n, list) and bool(n))
        if isinstance(node, list) and node:
            node.append(copy.deepcopy(self.rng.choice(node)))

    def drop_item(self) -> None:
        _, _, node = self.pick(lambda n: isinstance(n, list) and bool(n))
        if isinstance(node, list) and node:
            node.pop(self.rng.randrange(len(node)))

    def duplicate_key(self) -> None:
        name = self.rng.choice(FILES)
        # Repeat the first key of a random object, in the text: json.dumps cannot.
        self.text_edits[name] = lambda text: text.replace('{"', '{"id": "dup", "', 1)

    def truncate(self) -> None:
        name = self.rng.choice(FILES)
        fraction = self.rng.random()
        self.text_edits[name] = lambda text: text[: int(len(text) * fraction)]

    def garbage(self) -> None:
        name = self.rng.choice(FILES)
        choice = self.rng.choice(["", "null", "[]", "42", '"text"', "{", "\ufeff{}", "{}"])
        self.text_edits[name] = lambda _: choice

    MUTATIONS = (
        "delete_key",
        "add_unknown_key",
        "swap_value",
        "raw_token",
        "tweak_number",
        "tweak_text",
        "duplicate_item",
        "drop_item",
        "duplicate_key",
        "truncate",
        "garbage",
    )

    def mutate(self) -> None:
        for _ in range(self.rng.randint(1, 3)):
            mutation = self.rng.choice(self.MUTATIONS)
            getattr(self, mutation)()
            self.applied.append(mutation)

    def write(self, directory: pathlib.Path, base: pathlib.Path) -> None:
        directory.mkdir()
        for name in FILES:
            document = self.documents[name]
            edit = self.text_edits.get(name)
            if document == BUNDLED[name] and not self.raw[name] and edit is None:
                (directory / name).symlink_to(base / name)  # untouched: no copy needed
                continue
            text = json.dumps(document, ensure_ascii=False)
            for marker, token in self.raw[name]:
                text = text.replace(marker, token)
            if edit is not None:
                text = edit(text)
            (directory / name).write_bytes(text.encode("utf-8", "surrogatepass"))


def _render_everything(catalog: hiptx.Catalog) -> int:
    """str and repr of every object, UTF-8 encoded; return how many were rendered."""
    seen = 0
    stack: list[object] = [catalog, catalog.rules]
    for id_map in (
        catalog.sources,
        catalog.conditions,
        catalog.risks,
        catalog.treatments,
        catalog.exercises,
        catalog.progressions,
    ):
        stack.append(id_map)
        stack.extend(id_map.values())
    while stack:
        obj = stack.pop()
        str(obj).encode("utf-8")
        repr(obj).encode("utf-8")
        seen += 1
        if isinstance(obj, tuple):
            stack.extend(obj)
        elif attrs.has(type(obj)):
            stack.extend(getattr(obj, f.name) for f in attrs.fields(type(obj)))  # type: ignore[arg-type]
    start = datetime.date(2026, 1, 1)
    for treatment in catalog.treatments.values():
        for dated in hiptx.estimate_recovery(treatment).dates(start=start):
            str(dated).encode("utf-8")
    return seen


def _check_refusal(error: hiptx.CatalogDataError, where: str) -> None:
    problems = error.problems
    assert problems, where
    assert len(set(problems)) == len(problems), f"{where}: a problem repeats"
    assert all(d.file in FILES for d in error.details), where
    str(error).encode("utf-8")


def test_mutated_catalogs_load_whole_or_fail_with_one_error(
    tmp_path: pathlib.Path,
) -> None:
    outcomes: collections.Counter[str] = collections.Counter()
    with importlib_resources.as_file(importlib_resources.files("hiptx").joinpath("data")) as base:
        for number in range(CASES):
            case = Case(random.Random(f"{SEED}-{number}"))  # noqa: S311 - not for secrets
            case.mutate()
            directory = tmp_path / f"case-{number}"
            case.write(directory, pathlib.Path(base))
            where = f"case {number} (seed {SEED}, mutations {case.applied})"
            try:
                catalog = hiptx.load_catalog(directory)
            except hiptx.CatalogDataError as error:
                _check_refusal(error, where)
                outcomes["refused"] += 1
            except Exception as error:  # noqa: BLE001 - any other exception is the bug
                pytest.fail(f"{where}: {type(error).__name__}: {error!s:.300}")
            else:
                assert _render_everything(catalog) > 0, where
                outcomes["loaded"] += 1
    print(f"\nfuzz: {CASES} cases, seed {SEED}: {dict(outcomes)}")  # noqa: T201 - the report
    assert sum(outcomes.values()) == CASES
    # The mutations are meant to break things: most cases must be refused.
    assert outcomes["refused"] > CASES // 2
