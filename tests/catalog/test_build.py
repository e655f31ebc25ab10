"""The build step (catalog/_build.py) and the generated builders it picks (``_builders``)."""

from __future__ import annotations

import typing
from typing import Any

import attrs
import pytest

import hiptx
from hiptx.catalog import _build, _builders, _json, _loading, _strict_support
from hiptx.catalog._documents import DOCUMENTS

STRICT_BUILDERS = sorted(
    (name, builder)
    for name, builder in vars(_builders).items()
    if name.startswith("strict_") and callable(builder)
)


def test_there_is_a_strict_builder_for_every_model_class_the_files_hold() -> None:
    # Outside the parametrized test below, which an empty table would skip.
    assert len(STRICT_BUILDERS) >= 25


@pytest.mark.parametrize(
    "build", [b for _, b in STRICT_BUILDERS], ids=[n for n, _ in STRICT_BUILDERS]
)
def test_every_strict_builder_refuses_a_non_object_and_an_unknown_key(build: Any) -> None:
    # Refusing (rather than ignoring the key or reading the list) is what sends
    # the load to the word step, which names the problem.
    with pytest.raises(_strict_support.NotStrict):
        build([])
    with pytest.raises(_strict_support.NotStrict):
        build({"no_such_field": 1})


def _has_scalar_field(name: str) -> bool:

    cls = getattr(_builders, name.removeprefix("strict_"))
    hints = typing.get_type_hints(cls)
    scalars = {str, int, bool, str | None, int | None, bool | None}
    return any(hints[f.name] in scalars for f in attrs.fields(cls))


@pytest.mark.parametrize("name", [n for n, _ in STRICT_BUILDERS if _has_scalar_field(n)])
def test_every_strict_builder_refuses_a_wrongly_typed_scalar(name: str) -> None:
    # Every field given a list: a string, integer or boolean field refuses it at
    # once (before any nested object is built).
    build = getattr(_builders, name)
    cls = getattr(_builders, name.removeprefix("strict_"))
    with pytest.raises(_strict_support.NotStrict):
        build({f.name: [] for f in attrs.fields(cls)})


def test_a_strict_builder_refuses_a_non_string_in_an_array_of_strings() -> None:
    with pytest.raises(_strict_support.NotStrict):
        _builders.strict_IndexFile({"data_version": "1", "files": [1]})
    assert _builders.strict_IndexFile({"data_version": "1", "files": ["a.json"]}).files == (
        "a.json",
    )


def test_the_record_holds_exactly_the_cited_source_ids() -> None:
    from hiptx.catalog._integrity import cited_source_ids as walk

    catalog = hiptx.load_catalog()
    parsed, _ = _json.read_files(_loading.bundled_directory(), DOCUMENTS).parse()
    built = _build.build(parsed)
    assert built is not None
    parts = [*catalog._parts.values()]
    walked = set(walk(tuple(p for p in parts if isinstance(p, (tuple, hiptx.RuleSet)))))
    assert built.cited == frozenset(walked)
    assert _builders.cited_source_ids() == frozenset()  # nothing kept
