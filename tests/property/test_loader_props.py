"""Any structurally invalid document is refused with a CatalogDataError, never another error."""

from __future__ import annotations

import json
import pathlib
import shutil
import tempfile
from typing import Any

import importlib_resources
import pytest
from hypothesis import given, strategies as st
from tests.support.strategies import json_values

import hiptx

pytestmark = pytest.mark.property

FILES = (
    "sources.json",
    "conditions.json",
    "risks.json",
    "treatments.json",
    "exercises.json",
    "progressions.json",
    "rules.json",
    "instruments.json",
    "index.json",
)


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(node, dict):
        for key, value in node.items():
            found += _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            found += _paths(value, (*prefix, i))
    return found


@st.composite
def mutated_catalogs(draw: st.DrawFn) -> tuple[str, Any]:
    name = draw(st.sampled_from(FILES))
    root = importlib_resources.files("hiptx").joinpath("data")
    document = json.loads(root.joinpath(name).read_text(encoding="utf-8"))
    path = draw(st.sampled_from(_paths(document)))
    replacement = draw(json_values)
    if not path:
        return name, replacement
    parent = document
    for step in path[:-1]:
        parent = parent[step]
    parent[path[-1]] = replacement
    return name, document


@given(mutated_catalogs())
def test_a_mutated_catalog_loads_or_is_refused_whole(case: tuple[str, Any]) -> None:
    name, document = case
    with tempfile.TemporaryDirectory() as tmp:
        with importlib_resources.as_file(
            importlib_resources.files("hiptx").joinpath("data")
        ) as src:
            target = pathlib.Path(tmp, "data")
            shutil.copytree(src, target)
        target.joinpath(name).write_text(json.dumps(document), encoding="utf-8")
        problems: tuple[str, ...] = ()
        catalog = None
        try:
            catalog = hiptx.load_catalog(target)
        except hiptx.CatalogDataError as exc:
            problems = exc.problems
        # Either refused with every problem named by file, or (the replacement
        # happened to be valid) a whole catalog: never another exception.
        assert (catalog is None) == bool(problems)
        assert all(p.split(":")[0] in FILES for p in problems)
        assert catalog is None or len(catalog.treatments) > 0
