"""``hiptx recovery ... --svg FILE``: the timeline of the estimate the command prints."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import hiptx.cli

Capture = pytest.CaptureFixture[str]


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


def test_programme_show_writes_the_programmes_calendar(tmp_path: Path, capsys: Capture) -> None:
    state, target = tmp_path / "p.json", tmp_path / "calendar.svg"
    build = ["programme", "build", str(state), "--finding", "adduction=weak",
             "--start", "2026-01-05", "--weeks", "2", "--per-week", "3"]  # fmt: skip
    assert hiptx.cli.main(build) == 0
    capsys.readouterr()
    assert hiptx.cli.main(["programme", "show", str(state), "--calendar", str(target)]) == 0
    out = capsys.readouterr().out
    assert out.rstrip().endswith(f"Wrote the calendar (SVG) to {target}.")
    # The picture is the stored programme's own, as the library draws it.
    stored = hiptx.from_dict(hiptx.Programme, json.loads(state.read_text("utf-8")))
    assert target.read_text(encoding="utf-8") == hiptx.programme_calendar_svg(stored)


def test_programme_calendar_refuses_a_directory_before_any_output(
    tmp_path: Path, capsys: Capture
) -> None:
    state = tmp_path / "p.json"
    build = ["programme", "build", str(state), "--finding", "adduction=weak",
             "--start", "2026-01-05", "--weeks", "2", "--per-week", "3"]  # fmt: skip
    assert hiptx.cli.main(build) == 0
    capsys.readouterr()
    assert hiptx.cli.main(["programme", "show", str(state), "--calendar", str(tmp_path)]) == 1
    captured = capsys.readouterr()
    assert "--calendar" in captured.err and "directory" in captured.err
    assert "Programme from" not in captured.out
