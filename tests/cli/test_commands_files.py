"""The commands that write files (cli/_commands.py): ``hiptx export fhir`` and
``hiptx recovery ... --svg FILE``.

A file of their own because tests/cli/test_commands.py, the rest of that module's
tests, is near 1,000 lines: these are the tests of paths, of refusals before any
output, and of what the file holds.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import hiptx
import hiptx.cli
import hiptx.fhir
from tests.support.cli import Capture


def test_export_writes_the_bundle_to_a_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "bundle.json"
    assert hiptx.cli.main(["export", "fhir", "--out", str(out)]) == 0
    bundle = json.loads(out.read_text("utf-8"))
    assert bundle == hiptx.fhir.to_bundle()
    assert str(len(bundle["entry"])) in capsys.readouterr().out


def test_export_prints_json_without_out(capsys: pytest.CaptureFixture[str]) -> None:
    assert hiptx.cli.main(["export", "fhir", "--no-risk-evidence"]) == 0
    bundle = json.loads(capsys.readouterr().out)
    kinds = {e["resource"]["resourceType"] for e in bundle["entry"]}
    assert kinds == {"ActivityDefinition", "PlanDefinition"}


def test_export_uses_the_base_given(capsys: pytest.CaptureFixture[str]) -> None:
    assert hiptx.cli.main(["export", "fhir", "--base", "https://fhir.example.org/r4"]) == 0
    bundle = json.loads(capsys.readouterr().out)
    assert all(e["fullUrl"].startswith("https://fhir.example.org/r4/") for e in bundle["entry"])


def test_export_json_prints_the_document_also_written_to_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Issue 24: under --json the output is the Bundle itself, not a status object.
    out = tmp_path / "b.json"
    assert hiptx.cli.main(["--json", "export", "fhir", "--out", str(out)]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["resourceType"] == "Bundle"
    assert printed == json.loads(out.read_text("utf-8"))
    assert hiptx.cli.main(["export", "fhir", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == printed


@pytest.mark.parametrize(
    ("argv", "status", "message"),
    [
        (["export", "fhir", "--base", "ftp://x"], 1, "base"),
        (["export", "csv"], 2, "invalid choice"),
        (["export"], 2, "format"),
    ],
)
def test_export_refuses_bad_input(
    argv: list[str], status: int, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert hiptx.cli.main(argv) == status
    assert message in capsys.readouterr().err


def test_export_refuses_a_directory_or_a_missing_parent(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert hiptx.cli.main(["export", "fhir", "--out", str(tmp_path)]) == 1
    assert "directory" in capsys.readouterr().err
    assert hiptx.cli.main(["export", "fhir", "--out", str(tmp_path / "no" / "b.json")]) == 1
    assert "--out" in capsys.readouterr().err


def test_recovery_writes_the_patients_timeline(tmp_path: Path, capsys: Capture) -> None:
    target = tmp_path / "timeline.svg"
    argv = ["recovery", "hip-arthroscopy", "--job", "sedentary", "--svg", str(target)]
    assert hiptx.cli.main(argv) == 0
    out = capsys.readouterr().out
    assert out.rstrip().endswith(f"Wrote the timeline (SVG) to {target}.")
    svg = target.read_text(encoding="utf-8")
    assert svg.startswith("<svg") and 'role="img"' in svg
    # The estimate's own figures: sedentary work, no manual-work wording.
    assert "sedentary work" in svg
    assert "several months" not in svg


def test_recovery_json_is_unchanged_by_svg(tmp_path: Path, capsys: Capture) -> None:
    target = tmp_path / "t.svg"
    assert hiptx.cli.main(["--json", "recovery", "prolotherapy", "--svg", str(target)]) == 0
    assert capsys.readouterr().out.lstrip().startswith("{")
    assert "4 days" in target.read_text(encoding="utf-8")


def test_recovery_svg_refuses_a_path_it_cannot_write(tmp_path: Path, capsys: Capture) -> None:
    assert hiptx.cli.main(["recovery", "prolotherapy", "--svg", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "--svg" in err and "directory" in err
    missing = tmp_path / "no" / "t.svg"
    assert hiptx.cli.main(["recovery", "prolotherapy", "--svg", str(missing)]) == 1
    captured = capsys.readouterr()
    assert "--svg" in captured.err and "Traceback" not in captured.err
    assert "Recovery after" not in captured.out  # nothing half-done
