"""``hiptx programme build|advance|show``: a programme kept in a JSON state file.

Each state the command writes is checked against the library called directly with
the same inputs (build_programme, advance_programme), so the command adds nothing
and loses nothing; bad state files and command lines get the CLI's exit statuses.
"""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest

import hiptx
import hiptx.cli
import hiptx.fhir
from hiptx.cli import _programme
from tests.support.cli import Capture, run

START = datetime.date(2026, 1, 5)
DONE = "sets=3,reps=10,during=1,after=1"  # seed 003's target within the ceiling: progress


def _build(capsys: Capture, state: Path, *extra: str) -> str:
    code, out, err = run(
        capsys,
        "programme",
        "build",
        str(state),
        "--finding",
        "adduction=weak",
        "--finding",
        "abduction=weak",
        "--start",
        START.isoformat(),
        "--weeks",
        "4",
        "--per-week",
        "3",
        *extra,
    )
    assert (code, err) == (0, ""), err
    return out


def _expected_programme() -> hiptx.Programme:
    findings = {
        hiptx.MovementPattern.ADDUCTION: hiptx.Finding.WEAK,
        hiptx.MovementPattern.ABDUCTION: hiptx.Finding.WEAK,
    }
    plan = hiptx.plan_exercises(hiptx.Assessment(findings=findings))
    return hiptx.build_programme(plan, start=START, weeks=4, sessions_per_week=3)


def _stored(state: Path) -> hiptx.Programme:
    return hiptx.from_dict(hiptx.Programme, json.loads(state.read_text("utf-8")))


BAD_COMMAND_LINES = [
        (["programme"], 2, "required: ACTION"),
        (["programme", "build", "x.json", "--finding", "adduction=weak", "--start",
          "2026-01-05", "--weeks", "four", "--per-week", "2"], 2, "'four' is not a whole number"),
        (["programme", "build", "x.json", "--finding", "adduction=weak", "--start",
          "2026-01-05", "--weeks", "0", "--per-week", "2"], 1, "weeks"),
        (["programme", "build", "x.json", "--finding", "adduction=weak", "--start",
          "2026-01-05", "--weeks", "2", "--per-week", "1", "--weekday", "mo"], 2,
         "'mo' is not a weekday"),
        (["programme", "advance", "x.json", "--today", "2026-01-05", "--session",
          "sets=3,reps=10,during=1,after=1"], 2, "expected EXERCISE:SESSION"),
        (["programme", "advance", "x.json", "--today", "2026-01-05", "--session",
          "hip-hike:sets=3"], 2, "missing"),
]  # fmt: skip


def test_build_writes_the_programme_the_library_builds(tmp_path: Path, capsys: Capture) -> None:
    state = tmp_path / "p.json"
    out = _build(capsys, state)
    assert _stored(state) == _expected_programme()
    assert out.startswith(f"Wrote {state}.\nProgramme from 2026-01-05: 4 weeks, 3 sessions a week")
    # Week 1 starts at the low end of the 2-3 sets; with nothing logged, week 2 adds
    # no set (build-up follows logged tolerance, not the calendar).
    assert "2026-01-05 (week 1): banded-bridge-hip-abduction 2 x 8-10 reps" in out
    assert "2026-01-12 (week 2): banded-bridge-hip-abduction 2 x 8-10 reps" in out
    assert "3 x 8-10 reps" not in out
    printed = _build(capsys, tmp_path / "q.json", "--json")
    assert hiptx.from_dict(hiptx.Programme, json.loads(printed)) == _expected_programme()


def test_build_never_overwrites_a_state(tmp_path: Path, capsys: Capture) -> None:
    state = tmp_path / "p.json"
    state.write_text("kept", "utf-8")
    code, out, err = run(
        capsys, "programme", "build", str(state), "--finding", "adduction=weak",
        "--start", "2026-01-05", "--weeks", "2", "--per-week", "2",
    )  # fmt: skip
    assert (code, out) == (1, "")
    assert "never overwrites" in err
    assert state.read_text("utf-8") == "kept"


def test_advance_writes_the_programme_the_library_advances(tmp_path: Path, capsys: Capture) -> None:
    state = tmp_path / "p.json"
    _build(capsys, state)
    today = START + datetime.timedelta(days=4)
    code, out, err = run(
        capsys, "programme", "advance", str(state), "--today", today.isoformat(),
        "--session", f"side-lying-hip-adduction:{DONE},date={today.isoformat()}",
    )  # fmt: skip
    assert (code, err) == (0, "")
    record = hiptx.SessionRecord(sets=3, reps=10, pain_during=1, pain_after_24h=1, date=today)
    expected = hiptx.advance_programme(
        _expected_programme(), {"side-lying-hip-adduction": [record]}, today=today
    )
    assert _stored(state) == expected.programme
    assert "side-lying-hip-adduction: progress" in out
    assert "banded-bridge-hip-abduction: hold" in out  # nothing logged for it
    assert (
        "Change: side-lying-hip-adduction -> side-lying-hip-adduction-loaded from 2026-01-12" in out
    )


def test_advance_json_is_the_update_and_out_leaves_the_state(
    tmp_path: Path, capsys: Capture
) -> None:
    state, moved = tmp_path / "p.json", tmp_path / "next.json"
    _build(capsys, state)
    before = state.read_text("utf-8")
    code, out, _ = run(
        capsys, "programme", "advance", str(state), "--today", "2026-01-05",
        "--out", str(moved), "--json",
    )  # fmt: skip
    assert code == 0
    update = hiptx.from_dict(hiptx.ProgrammeUpdate, json.loads(out))
    assert update == hiptx.advance_programme(_expected_programme(), {}, today=START)
    assert state.read_text("utf-8") == before
    assert _stored(moved) == update.programme
    assert (
        "No change to the exercises."
        in run(capsys, "programme", "advance", str(state), "--today", "2026-01-05")[1]
    )


def test_a_red_flag_stops_the_stored_programme_and_show_gives_no_dose(
    tmp_path: Path, capsys: Capture
) -> None:
    state = tmp_path / "p.json"
    _build(capsys, state)
    code, out, _ = run(
        capsys, "programme", "advance", str(state), "--today", "2026-01-08",
        "--red-flag", "night-or-rest-pain",
    )  # fmt: skip
    assert code == 0
    assert "No exercise is scheduled after today." in out
    stored = _stored(state)
    assert stored.referral is not None
    assert all(s.date <= datetime.date(2026, 1, 8) for s in stored.sessions)
    code, shown, _ = run(capsys, "programme", "show", str(state))
    assert code == 0
    assert "Stopped by red flags" in shown and "No exercise advice is given." in shown
    assert "reps" not in shown  # no dose while a red flag is present
    assert "Sessions scheduled before the red flag: 2, the last on 2026-01-07." in shown


def test_show_prints_the_state_and_its_json(tmp_path: Path, capsys: Capture) -> None:
    state = tmp_path / "p.json"
    _build(capsys, state)
    code, out, _ = run(capsys, "programme", "show", str(state), "--since", "2026-01-26")
    assert code == 0
    sessions = [line for line in out.splitlines() if line.startswith("  2026-")]
    assert [line.split()[0] for line in sessions] == ["2026-01-26", "2026-01-28", "2026-01-30"]
    code, out, _ = run(capsys, "programme", "show", str(state), "--json")
    assert json.loads(out) == hiptx.to_dict(_expected_programme())
    code, out, _ = run(capsys, "programme", "show", str(state), "--since", "2027-01-01")
    assert "No sessions scheduled." in out


def test_a_compact_state_stays_compact(tmp_path: Path, capsys: Capture) -> None:
    state = tmp_path / "p.json"
    _build(capsys, state, "--compact", "--weekday", "tues", "--weekday", "Thursday",
           "--weekday", "sat")  # fmt: skip
    data = json.loads(state.read_text("utf-8"))
    assert data["hiptx_compact"] == 1
    assert _stored(state).weekdays == (1, 3, 5)
    assert run(capsys, "programme", "advance", str(state), "--today", "2026-01-06")[0] == 0
    assert "hiptx_compact" in json.loads(state.read_text("utf-8"))


def test_a_compact_state_is_refused_by_another_catalog(tmp_path: Path, capsys: Capture) -> None:
    state = tmp_path / "p.json"
    _build(capsys, state, "--compact")
    documents = hiptx.to_dict(hiptx.load_catalog())
    documents["sources.json"]["sources"][0]["title"] += " (edited)"
    other = tmp_path / "catalog"
    other.mkdir()
    for name, content in documents.items():
        (other / name).write_text(json.dumps(content), "utf-8")
    code, out, err = run(capsys, "--catalog", str(other), "programme", "show", str(state))
    assert (code, out) == (1, "")
    assert "/catalog: written against another catalog" in err


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (None, "nothing is at that path"),
        ("{not json", "a readable JSON file"),
        ('{"start": "2026-01-05"}', "the Programme data is invalid"),
    ],
)
def test_a_bad_state_file_is_refused_in_one_line(
    tmp_path: Path, capsys: Capture, content: str | None, words: str
) -> None:
    state = tmp_path / "p.json"
    if content is not None:
        state.write_text(content, "utf-8")
    for action in (["show"], ["advance", "--today", "2026-01-05"]):
        code, out, err = run(capsys, "programme", action[0], str(state), *action[1:])
        assert (code, out) == (1, "")
        assert err.startswith("hiptx: error: ") and err.count("\n") == 1
        assert words in err


def test_a_directory_is_not_a_state_file(tmp_path: Path, capsys: Capture) -> None:
    code, _, err = run(capsys, "programme", "show", str(tmp_path))
    assert code == 1
    assert "a directory is at that path" in err
    state = tmp_path / "p.json"
    _build(capsys, state)
    code, _, err = run(
        capsys, "programme", "advance", str(state), "--today", "2026-01-05", "--out", str(tmp_path)
    )
    assert code == 1
    assert "that path is a directory" in err
    code, _, err = run(
        capsys, "programme", "advance", str(state), "--today", "2026-01-05",
        "--out", str(tmp_path / "missing" / "p.json"),
    )  # fmt: skip
    assert code == 1
    assert "a writable file path" in err
    assert not (tmp_path / "missing").exists()


@pytest.mark.parametrize("case", BAD_COMMAND_LINES)
def test_bad_command_lines(
    tmp_path: Path, capsys: Capture, monkeypatch: pytest.MonkeyPatch,
    case: tuple[list[str], int, str],
) -> None:  # fmt: skip
    argv, status, words = case
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, *argv)
    assert (code, out) == (status, "")
    assert words in err
    assert not (tmp_path / "x.json").exists()


def _advance_refused(tmp_path: Path, capsys: Capture, today: str, session: str) -> str:
    """Advance a new programme by ``session`` on ``today``: refused, the state file
    untouched (nothing half-written). The error printed."""
    state = tmp_path / "p.json"
    _build(capsys, state)
    before = state.read_text("utf-8")
    code, _, err = run(
        capsys, "programme", "advance", str(state), "--today", today, "--session", session
    )
    assert code == 1
    assert state.read_text("utf-8") == before
    return err


def test_a_session_for_an_exercise_not_current_is_refused(tmp_path: Path, capsys: Capture) -> None:
    err = _advance_refused(tmp_path, capsys, "2026-01-05", f"hip-hike:{DONE},date=2026-01-05")
    assert "hip-hike" in err


def test_every_dose_form_is_written_out() -> None:
    def prescription(exercise_id: str, **dose: object) -> hiptx.Prescription:
        return hiptx.Prescription(
            exercise_id=exercise_id,
            patterns=(hiptx.MovementPattern.FLEXION,),
            sessions_per_week=3,
            pain_ceiling=3.0,
            **dose,  # type: ignore[arg-type]
        )

    reps = prescription("a", sets=2, reps=hiptx.IntRange(8, 10))
    hold = prescription("b", sets=3, hold_seconds=hiptx.IntRange(20, 30))
    assert _programme._dose(reps) == "a 2 x 8-10 reps"
    assert _programme._dose(hold) == "b 3 x 20-30 s"
    assert _programme._dose(prescription("c")) == "c (dose: the clinician's to give)"


def test_changes_are_worded_for_each_kind() -> None:
    def change(to: str | None, outcome: hiptx.Outcome) -> str:
        return _programme._change(
            hiptx.ProgrammeChange(
                patterns=(hiptx.MovementPattern.FLEXION,),
                from_exercise_id="a",
                to_exercise_id=to,
                outcome=outcome,
                effective=None,
            )
        )

    assert change(None, hiptx.Outcome.STOP) == "a stops (stop)"
    assert change("a", hiptx.Outcome.HOLD) == "a stays (hold)"
    assert change("b", hiptx.Outcome.REGRESS) == "a -> b (regress)"


def test_a_session_logged_into_a_programme_needs_its_date(tmp_path: Path, capsys: Capture) -> None:
    # A programme keeps a dated log (a session sent twice counts once; a late one
    # counts at its level), so the command never dates a session for the user.
    err = _advance_refused(tmp_path, capsys, "2026-01-09", f"side-lying-hip-adduction:{DONE}")
    assert "/date" in err and "dated log" in err


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
