"""The committed JSON Schemas match the types, and the bundled data obeys them."""

from __future__ import annotations

import json
import pathlib
import sys

import importlib_resources
import jsonschema
import pytest

from hiptx.catalog._documents import DOCUMENTS, all_schemas

DATA = importlib_resources.files("hiptx").joinpath("data")
SCHEMAS = DATA.joinpath("schema")
TOOLS = pathlib.Path(__file__).resolve().parent.parent / "tools"


@pytest.mark.parametrize("name", sorted(all_schemas()))
def test_committed_schema_matches_the_types(name: str) -> None:
    sys.path.insert(0, str(TOOLS))
    try:
        from generate_schema import render
    finally:
        sys.path.pop(0)
    committed = SCHEMAS.joinpath(name).read_text(encoding="utf-8")
    assert committed == render(all_schemas()[name]), "run tools/generate_schema.py"


@pytest.mark.parametrize("data_file", sorted(DOCUMENTS))
def test_bundled_data_is_valid_against_its_schema(data_file: str) -> None:
    schema = json.loads(
        SCHEMAS.joinpath(data_file.replace(".json", ".schema.json")).read_text(encoding="utf-8")
    )
    jsonschema.Draft202012Validator.check_schema(schema)
    document = json.loads(DATA.joinpath(data_file).read_text(encoding="utf-8"))
    errors = [e.message for e in jsonschema.Draft202012Validator(schema).iter_errors(document)]
    assert errors == []


def test_schema_refuses_what_the_loader_refuses() -> None:
    schema = json.loads(SCHEMAS.joinpath("risks.schema.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    good = {"id": "x-risk", "name": "X", "citations": [{"source_id": "s"}]}
    assert validator.is_valid({"risks": [good]})
    assert not validator.is_valid({"risks": [{**good, "severity": "high"}]})
    assert not validator.is_valid({"risks": [{**good, "id": "Not A Slug"}]})
    assert not validator.is_valid({"risks": [{**good, "citations": []}]})
    assert not validator.is_valid({"risks": [{**good, "frequency": "often"}]})
