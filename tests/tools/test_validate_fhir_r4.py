"""Every FHIR export validates against the FHIR R4 (4.0.1) models, in their own environment.

fhir.resources 6.4 (R4 itself, RiskEvidenceSynthesis included) needs pydantic 1, so
tools/validate_fhir_r4.py keeps it in a cached virtual environment of its own. The
test never skips: CI installs it like any other test dependency.
"""

from __future__ import annotations

import copy
import importlib.util
import pathlib
import sys
from types import ModuleType

import pytest

TOOL = pathlib.Path(__file__).parents[2] / "tools" / "validate_fhir_r4.py"


@pytest.fixture(scope="module")
def tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("validate_fhir_r4", TOOL)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


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
