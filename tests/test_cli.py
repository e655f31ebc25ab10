"""The hiptx command: output, JSON, and one clear line for bad input."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from hiptx.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_tour_is_the_default(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys)
    assert code == 0
    assert "does not replace clinical judgement" in out
    assert "side-lying-hip-adduction-loaded" in out


def test_show_prints_citations(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "show", "hip-arthroscopy")
    assert code == 0
    assert "Patients typically spend 2 weeks on crutches" in out


def test_unknown_id_is_one_line_with_a_suggestion(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "show", "hip-arthroscpy")
    assert code == 2 and out == ""
    assert err.count("\n") == 1
    assert err.startswith(
        "hiptx: unknown catalog id 'hip-arthroscpy'; did you mean 'hip-arthroscopy'"
    )


def test_list_json_round_trips(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "list", "exercises", "--pattern", "adduction", "--json")
    assert code == 0
    ids = [e["id"] for e in json.loads(out)]
    assert "side-lying-hip-adduction" in ids


def test_recovery_with_dates(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "recovery", "hip-arthroscopy", "--job", "sedentary", "--start", "2026-12-01"
    )
    assert code == 0
    assert "2026-12-15 to 2026-12-15" in out


def test_recovery_json_has_iso_dates(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "recovery", "hip-arthroscopy", "--start", "2026-12-01", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["dates"][0]["earliest"] == "2026-12-15"
    assert data["estimate"]["weight_bearing"] == "standard"


def test_progress(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys,
        "progress",
        "side-lying-hip-adduction",
        "--session",
        "sets=3,reps=10,during=2,after=2",
    )
    assert code == 0 and "Outcome: progress" in out


def test_progress_accepts_the_session_record_field_names(
    capsys: pytest.CaptureFixture[str],
) -> None:
    short = "sets=3,reps=10,during=2,after=2,lasted=3"
    full = "sets=3,reps=10,pain_during=2,pain_after_24h=2,pain_lasted_hours=3"
    outputs = [
        run(capsys, "progress", "standing-banded-hip-adduction", "--session", s)
        for s in (short, full)
    ]
    assert outputs[0] == outputs[1]
    assert "Outcome: regress" in outputs[0][1]  # pain lasted 3 h > 2 h


def test_progress_wrong_measure_is_a_clear_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(
        capsys, "progress", "side-plank", "--session", "sets=3,reps=10,during=2,after=2"
    )
    assert code == 2
    assert err.count("\n") == 1 and "hold_seconds" in err


def test_plan_lists_uncovered(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "plan", "--finding", "adduction=painful:3", "--finding", "internal-rotation=weak"
    )
    assert code == 0
    assert "side-lying-hip-adduction" in out and "Uncovered: internal_rotation" in out


def test_compare(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "compare", "personalised-hip-therapy", "hip-arthroscopy")
    assert code == 0 and "symptom_improvement" in out


def test_check_a_broken_directory(capsys: pytest.CaptureFixture[str], data_copy) -> None:  # type: ignore[no-untyped-def]
    (data_copy / "risks.json").write_text("[]", encoding="utf-8")
    code, _, err = run(capsys, "check", str(data_copy))
    assert code == 1 and "risks.json: $: expected an object" in err


@pytest.mark.parametrize(
    "args",
    [
        ["plan", "--finding", "sideways=weak"],
        ["progress", "copenhagen-plank", "--session", "sets=3,reps=ten"],
        ["progress", "copenhagen-plank", "--session", "sets=3,reps=10,during=11,after=0"],
        ["recovery", "hip-arthroscopy", "--start", "tomorrow"],
        ["list", "risks", "--pattern", "adduction"],
    ],
)
def test_bad_values_exit_non_zero_without_a_traceback(args: list[str]) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "hiptx", *args], capture_output=True, text=True, check=False
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.strip()
