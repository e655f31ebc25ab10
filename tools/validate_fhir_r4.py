"""Validate hiptx's FHIR exports against the FHIR R4 (4.0.1) models, in their own environment.

hiptx exports FHIR R4 (4.0.1). The development environment's fhir.resources (8.x,
on pydantic 2) models R4B, which lacks ``RiskEvidenceSynthesis``; fhir.resources
6.4 models R4 itself, but needs pydantic 1, so it cannot share that environment.
This script creates a virtual environment for it once (cached under the system's
temporary directory, or ``$HIPTX_FHIR_R4_VENV``), then validates, with the R4
models, every Bundle hiptx exports: the whole catalog (risk evidence included) and
patient programmes (as built, advanced past a step, and stopped by a red flag; as
``collection`` and as ``transaction`` Bundles), each Bundle and each entry's
resource by its own model.

Usage: ``python tools/validate_fhir_r4.py`` (exit status 0 when everything is valid).
The test suite runs it (tests/tools/test_validate_fhir_r4.py).
"""

from __future__ import annotations

import datetime
import json
import os
import pathlib
import subprocess
import sys
import tempfile
from typing import Any

#: What the R4 environment holds: fhir.resources 6.4 models R4 4.0.1 on pydantic 1.
PINS = ("fhir.resources==6.4.0", "pydantic>=1.10,<2")

# Run inside the R4 environment: validate each file's Bundle and every resource in
# it; print {file name: [problems]} as JSON.
_VALIDATE = """
import json, pathlib, sys
import fhir.resources
from fhir.resources import get_fhir_model_class
assert fhir.resources.__fhir_version__ == "4.0.1", fhir.resources.__fhir_version__
found = {}
for path in sorted(pathlib.Path(sys.argv[1]).glob("*.json")):
    data = json.loads(path.read_text(encoding="utf-8"))
    problems = []
    try:
        get_fhir_model_class("Bundle").parse_obj(data)
    except Exception as exc:
        problems.append(f"Bundle: {exc}")
    for i, entry in enumerate(data.get("entry", [])):
        resource = entry["resource"]
        try:
            get_fhir_model_class(resource["resourceType"]).parse_obj(resource)
        except Exception as exc:
            problems.append(f"entry[{i}] {resource['resourceType']}/{resource.get('id')}: {exc}")
    found[path.stem] = problems
print(json.dumps(found))
"""


def venv_dir() -> pathlib.Path:
    """Where the R4 environment lives (created on first use)."""
    given = os.environ.get("HIPTX_FHIR_R4_VENV")
    if given:
        return pathlib.Path(given)
    return pathlib.Path(tempfile.gettempdir()) / "hiptx-fhir-r4-6.4.0"


def r4_python() -> pathlib.Path:
    """The R4 environment's interpreter, the environment created first if need be."""
    home = venv_dir()
    python = home / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    ready = home / "hiptx-ready.txt"
    if not (python.exists() and ready.exists() and ready.read_text() == " ".join(PINS)):
        subprocess.run([sys.executable, "-m", "venv", "--clear", str(home)], check=True)
        subprocess.run(
            [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", *PINS],
            check=True,
        )
        ready.write_text(" ".join(PINS))
    return python


def exports() -> dict[str, dict[str, Any]]:
    """Every kind of Bundle hiptx exports, by name."""
    import hiptx
    import hiptx.fhir

    day = datetime.date
    plan = hiptx.plan_exercises(
        hiptx.Assessment(
            findings={
                hiptx.MovementPattern.ADDUCTION: hiptx.Finding.WEAK,
                hiptx.MovementPattern.ABDUCTION: hiptx.Finding.WEAK,
            }
        )
    )
    built = hiptx.build_programme(plan, start=day(2025, 1, 6), weeks=4, sessions_per_week=3)
    first = built.slots[0].exercise_id
    log = {
        first: [
            hiptx.SessionRecord(sets=3, reps=10, pain_during=2, pain_after_24h=2, date=d)
            for d in (day(2025, 1, 6), day(2025, 1, 8), day(2025, 1, 10))
        ]
    }
    advanced = hiptx.advance_programme(built, log, today=day(2025, 1, 11)).programme
    stopped = hiptx.advance_programme(
        advanced, {}, red_flags={hiptx.RedFlag.SUSPECTED_FRACTURE}, today=day(2025, 1, 18)
    ).programme
    bundles: dict[str, dict[str, Any]] = {"catalog": hiptx.fhir.to_bundle()}
    for name, programme in (("built", built), ("advanced", advanced), ("stopped", stopped)):
        for transaction in (False, True):
            kind = "transaction" if transaction else "collection"
            bundles[f"programme-{name}-{kind}"] = hiptx.fhir.programme_bundle(
                programme, patient="Patient/123", sessions=log, transaction=transaction
            )
    return bundles


def validate(bundles: dict[str, dict[str, Any]]) -> dict[str, list[str]]:
    """Each Bundle's problems under the R4 models (an empty list when valid)."""
    python = r4_python()
    with tempfile.TemporaryDirectory() as folder:
        for name, bundle in bundles.items():
            (pathlib.Path(folder) / f"{name}.json").write_text(json.dumps(bundle), encoding="utf-8")
        result = subprocess.run(
            [str(python), "-c", _VALIDATE, folder],
            check=True,
            capture_output=True,
            text=True,
        )
    found: dict[str, list[str]] = json.loads(result.stdout)
    return found


def main() -> int:
    """Validate every export; print what was found; 0 when all are valid."""
    found = validate(exports())
    for name, problems in found.items():
        print(f"{name}: {'valid' if not problems else f'{len(problems)} problems'}")
        for problem in problems[:20]:
            print(f"  {problem}")
    return 0 if not any(found.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
