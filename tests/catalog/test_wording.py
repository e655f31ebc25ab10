"""The word step (catalog/_wording.py): every problem of refused files, worded with cattrs."""

from __future__ import annotations

import pathlib
from typing import Any

import pytest

import hiptx
from hiptx.catalog import _build, _json, _parse
from hiptx.catalog._documents import DOCUMENTS
from tests.support.data_files import edit


def test_nesting_too_deep_is_reported_from_the_plain_parse(data_copy: pathlib.Path) -> None:
    deep: Any = "x"
    for _ in range(_parse.MAX_DEPTH + 2):
        deep = [deep]
    edit(data_copy, "risks.json", lambda d: d["risks"][0].update(name=deep))
    with pytest.raises(hiptx.CatalogDataError) as info:
        hiptx.load_catalog(data_copy)
    assert any("levels deep" in p.message for p in info.value.details)
    assert all(p.file == "risks.json" for p in info.value.details)


@pytest.mark.parametrize(
    ("name", "change", "expected"),
    [
        ("sources.json", lambda d: d["sources"][0].update(year="2020"), "year"),
        ("sources.json", lambda d: d["sources"][0].update(unknown="x"), "unknown"),
        (
            "exercises.json",
            lambda d: d["exercises"][0].update(patterns="abduction"),
            "patterns",
        ),
        ("rules.json", lambda d: d["pain_ceiling"].update(value=True), "value"),
        ("risks.json", lambda d: d["risks"][0].pop("name"), "name"),
        ("conditions.json", lambda d: d["conditions"][0].update(name=" padded"), "name"),
    ],
)
def test_a_refused_build_is_worded(
    data_copy: pathlib.Path, name: str, change: Any, expected: str
) -> None:
    edit(data_copy, name, change)
    parsed, problems = _json.read_files(data_copy, DOCUMENTS).parse()
    assert problems == []
    assert _build.build(parsed) is None
    with pytest.raises(hiptx.CatalogDataError) as info:
        hiptx.load_catalog(data_copy)
    assert any(
        p.file == name and (expected in p.path or expected in p.message) for p in info.value.details
    )


def test_an_unknown_key_in_a_nested_object_is_named(data_copy: pathlib.Path) -> None:
    edit(data_copy, "rules.json", lambda d: d["screening"].update(colour="red"))
    with pytest.raises(hiptx.CatalogDataError) as info:
        hiptx.load_catalog(data_copy)
    (problem,) = info.value.details
    assert (problem.file, problem.path) == ("rules.json", "/screening")
    assert "colour" in problem.message
