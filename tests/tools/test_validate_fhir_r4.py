"""Every FHIR export validates against the FHIR R4 (4.0.1) models, in their own environment.

fhir.resources 6.4 (R4 itself, RiskEvidenceSynthesis included) needs pydantic 1, so
tools/validate_fhir_r4.py keeps it in a cached virtual environment of its own. The
test never skips: CI installs it like any other test dependency.
"""

from __future__ import annotations

import copy
import importlib
from types import ModuleType

import pytest


@pytest.fixture(scope="module")
def tool() -> ModuleType:
    # tools/ is on the tests' import path (pyproject's pythonpath).
    return importlib.import_module("validate_fhir_r4")


def test_every_export_is_valid_r4_and_a_broken_one_is_not(tool: ModuleType) -> None:
    bundles = tool.exports()
    # The catalog whole (RiskEvidenceSynthesis too) and every patient export kind.
    assert {"catalog", "programme-stopped-transaction", "programme-advanced-collection"} <= set(
        bundles
    )
    kinds = {e["resource"]["resourceType"] for e in bundles["catalog"]["entry"]}
    assert "RiskEvidenceSynthesis" in kinds
    # A control: the same validation must refuse what R4 does not allow.
    broken = copy.deepcopy(bundles["programme-built-collection"])
    broken["entry"][0]["resource"]["status"] = ["active"]
    broken["entry"][1]["resource"]["colour"] = "red"
    found = tool.validate({**bundles, "broken": broken})
    assert {name: problems for name, problems in found.items() if problems}.keys() == {"broken"}
    assert len(found["broken"]) >= 2
    assert set(found) == {*bundles, "broken"}
