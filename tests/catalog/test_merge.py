"""Laying one catalog's parts over another's (catalog/_merge.py), through Catalog.merge."""

from __future__ import annotations

import json
import pathlib

import pytest

import hiptx


def test_merge_takes_the_other_catalogs_rules_only_with_replace(
    cat: hiptx.Catalog, data_copy: pathlib.Path
) -> None:
    for name, change in (("index.json", "data_version"), ("rules.json", "pain_ceiling")):
        document = json.loads((data_copy / name).read_text(encoding="utf-8"))
        if change == "data_version":
            document["data_version"] = "clinic-1"
        else:
            document["pain_ceiling"]["text"] = "The clinic's own wording of the same ceiling."
        (data_copy / name).write_text(json.dumps(document), encoding="utf-8")
    other = hiptx.load_catalog(data_copy)
    assert other.rules != cat.rules
    with pytest.raises(hiptx.CatalogDataError) as caught:
        cat.merge(other)
    (rules_problem,) = [p for p in caught.value.details if p.file.startswith("rules.json")]
    assert (rules_problem.file, rules_problem.path) == ("rules.json (other)", "")
    assert "pass replace=True" in rules_problem.message
    merged = cat.merge(other, replace=True)
    assert merged.rules == other.rules
    assert merged.version == f"{cat.version}+clinic-1"
    assert cat.rules.pain_ceiling.text != other.rules.pain_ceiling.text
