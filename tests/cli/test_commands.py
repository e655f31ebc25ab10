"""The hiptx command: what each command prints, and the contract around the output.

Bad command lines are in test_parse.py and the files commands write in
test_commands_files.py; this file checks that every command says something true on
good input, and how output meets terminals, pipes and bugs.
"""

from __future__ import annotations

import datetime
import gc
import io
import json
import os
import pathlib
import signal
import subprocess
import sys
from collections.abc import Callable
from importlib.metadata import version
from pathlib import Path

import pytest

import hiptx
import hiptx.cli
import hiptx.fhir
from hiptx import _console
from hiptx.cli import _output, _render, main
from hiptx.cli._parse import AppendUnique, Parser, ParserExit
from tests.support.cli import Capture, ascii_stream, captured, run, run_json, run_ok

# -- terminals and pipes -------------------------------------------------------


class ClosedPipe(io.StringIO):
    def write(self, _: str) -> int:
        raise BrokenPipeError


# The first adductor exercise at its target dose, within the ceiling (seed 003).
PROGRESS_WITHIN_THE_CEILING = (
    "progress", "side-lying-hip-adduction", "--session", "sets=3,reps=10,during=2,after=2"
)  # fmt: skip


def _run_console(
    monkeypatch: pytest.MonkeyPatch, fake_main: Callable[[], int]
) -> tuple[int, set[int]]:
    """Run the console entry with ``fake_main`` as the command.

    Returns the exit status and the ids of the objects the collector could still
    collect when it exited (the frozen ones are not among them).
    """
    monkeypatch.setattr(hiptx.cli, "main", fake_main)
    previous = signal.getsignal(signal.SIGINT)
    try:
        with pytest.raises(SystemExit) as info:
            _console.run()
        collectable = {id(o) for o in gc.get_objects()}
    finally:
        gc.unfreeze()
        signal.signal(signal.SIGINT, previous)  # the console entry's handler is for its process
    assert isinstance(info.value.code, int)
    return info.value.code, collectable


# -- every command, on good input ----------------------------------------------


def test_tour_is_the_default(capsys: Capture) -> None:
    out = run_ok(capsys)
    assert out == run_ok(capsys, "tour")
    assert "does not replace clinical judgement" in out
    # Seed 003: 3 x 10 at 2/10 pain meets the target within the ceiling, so progress.
    assert "progress -> side-lying-hip-adduction-loaded" in out


def test_the_tours_recovery_table_keeps_the_office_work_caveat(capsys: Capture) -> None:
    step = run_ok(capsys, "tour").split("\n2. ")[1].split("\n3. ")[0]
    work = next(line for line in step.splitlines() if line.startswith("return_to_work"))
    assert work.split()[-3:] == ["2", "weeks", "[1]"]
    # The FASHIoN page: an office worker "may be able to" return at 2 weeks.
    assert "[1] Office work; the source says an office worker 'may be able to'" in step
    assert "Sources:" in step and "Notes:" in step


def test_the_tour_shows_what_a_partial_reading_names_and_calls_nothing_missing(
    capsys: Capture,
) -> None:
    step = run_ok(capsys, "tour").split("\n5. ")[1].split("\n6. ")[0]
    # Upright Health names glutes and abdominals for strength, abduction and external
    # rotation for stretching, and "the lower limb in general": a partial reading.
    assert "Reading: Upright Health's critique (a commercial opinion)" in step
    assert "Trains patterns:  abduction, external_rotation" in step
    assert "adductors" in step.split("Not named muscles:")[1].splitlines()[0]
    assert "Missing" not in step  # unnamed is not shown to be left out
    assert "not shown to be left out" in step
    listed = [line for line in step.splitlines() if line.strip().startswith(("Trains", "Not"))]
    assert len(listed) == 4 and all(line.split(":", 1)[1].strip() for line in listed)


def test_tour_json(capsys: Capture, cat: hiptx.Catalog) -> None:
    data = run_json(capsys, "tour")
    assert isinstance(data, dict)
    assert data["counts"] == {k: len(getattr(cat, k)) for k in data["counts"]}
    assert set(data["counts"]) == {
        "treatments",
        "exercises",
        "progressions",
        "risks",
        "conditions",
        "sources",
    }
    assert data["progression"]["outcome"] == "progress"
    assert data["risks"] == [r.id for r in cat.risks_of(cat.treatments["hip-arthroscopy"])]
    assert "internal_rotation" in [u["pattern"] for u in data["plan"]["uncovered"]]


def test_json_may_come_before_the_command(capsys: Capture) -> None:
    assert run_ok(capsys, "--json", "show", "copenhagen-plank") == run_ok(
        capsys, "show", "copenhagen-plank", "--json"
    )


@pytest.mark.parametrize(
    "kind", ["treatments", "exercises", "progressions", "risks", "conditions", "sources"]
)
def test_list_prints_one_row_per_object(capsys: Capture, cat: hiptx.Catalog, kind: str) -> None:
    lines = run_ok(capsys, "list", kind).splitlines()
    ids = sorted(getattr(cat, kind))
    assert lines[0].startswith("id ")
    assert set(lines[1]) <= {"-", " "}
    assert sorted(line.split()[0] for line in lines[2:]) == ids


def test_list_risks_counts_published_rates_beside_the_sources_frequency_words(
    capsys: Capture, cat: hiptx.Catalog
) -> None:
    lines = run_ok(capsys, "list", "risks").splitlines()
    assert lines[0].split()[-2:] == ["published", "rates"]
    rows = {line.split()[0]: line.split() for line in lines[2:]}
    # Death after arthroscopy: no frequency words, one published rate (0.008%).
    assert rows["arthroscopy-death"][-2:] == ["unknown", "1"]
    for risk in cat.risks.values():
        assert rows[risk.id][-1] == (str(len(risk.rates)) if risk.rates else "-")


def test_list_exercises_by_pattern_and_muscle(capsys: Capture, cat: hiptx.Catalog) -> None:
    data = run_json(capsys, "list", "exercises", "--pattern", "adduction", "--muscle", "adductors")
    assert isinstance(data, list)
    expected = {
        e.id
        for e in cat.exercises.values()
        if hiptx.MovementPattern.ADDUCTION in e.patterns and hiptx.Muscle.ADDUCTORS in e.muscles
    }
    assert {e["id"] for e in data} == expected
    assert "side-lying-hip-adduction" in expected


def test_list_accepts_both_spellings_of_a_pattern(capsys: Capture) -> None:
    hyphen = run_ok(capsys, "list", "exercises", "--pattern", "internal-rotation")
    assert hyphen == run_ok(capsys, "list", "exercises", "--pattern", "INTERNAL_ROTATION")


def test_show_prints_citations(capsys: Capture) -> None:
    out = run_ok(capsys, "show", "hip-arthroscopy")
    assert "Patients typically spend 2 weeks on crutches" in out
    assert out.startswith("id: hip-arthroscopy\nname: Hip arthroscopy\n")


def test_show_indents_nested_objects(capsys: Capture) -> None:
    lines = run_ok(capsys, "show", "personalised-hip-therapy").splitlines()
    targets = lines[lines.index("targets:") + 1 :]
    assert "  muscles: gluteus_maximus, gluteus_medius, gluteus_minimus, abdominals" in targets
    # A nested citation's wrapped lines stay indented under it.
    quote = next(i for i, line in enumerate(targets) if "hip muscles for strength" in line)
    assert targets[quote].startswith("    - upright-health-pht-critique: ")
    assert targets[quote + 1].startswith("        glutes, abs")


def test_show_finds_every_kind(capsys: Capture, cat: hiptx.Catalog) -> None:
    for kind in ("treatments", "exercises", "progressions", "risks", "conditions", "sources"):
        first = next(iter(getattr(cat, kind)))
        data = run_json(capsys, "show", first)
        assert isinstance(data, dict) and data["id"] == first


def test_recovery_with_dates(capsys: Capture) -> None:
    out = run_ok(
        capsys, "recovery", "hip-arthroscopy", "--job", "sedentary", "--start", "2026-12-01"
    )
    assert out.startswith("Recovery after Hip arthroscopy\n")
    # Typically two weeks on crutches from 1 December: around 15 December, never a
    # one-day window the source does not give (issue 22).
    assert "around 2026-12-15" in out
    assert "2026-12-15 to 2026-12-15" not in out
    assert "milestone" in out and "dates" in out


def test_recovery_without_dates_has_no_dates_column(capsys: Capture) -> None:
    out = run_ok(capsys, "recovery", "personalised-hip-therapy")
    assert "dates" not in out.splitlines()[1]
    assert "4-6 months" in out  # the FASHIoN page: improvement between 4 and 6 months


def test_a_figure_given_only_in_words_is_quoted_and_says_it_has_no_figure(
    capsys: Capture,
) -> None:
    out = run_ok(capsys, "recovery", "hip-arthroscopy", "--job", "manual")
    # The FASHIoN page: manual workers return after "several months", no number.
    row = next(line for line in out.splitlines() if "several months" in line)
    assert row.startswith("return_to_work")
    number = row.split("'several months' (no figure) [")[1].split("]")[0]
    assert f"\n  [{number}] The source gives no figure for manual work" in out


def test_recovery_without_notes(capsys: Capture, monkeypatch: pytest.MonkeyPatch) -> None:
    import attrs

    real = hiptx.estimate_recovery

    def without_reasons(*args: object, **kwargs: object) -> hiptx.RecoveryEstimate:
        return attrs.evolve(real(*args, **kwargs), reasons=())  # type: ignore[arg-type]

    monkeypatch.setattr(hiptx, "estimate_recovery", without_reasons)
    assert "Notes:" not in run_ok(capsys, "recovery", "hip-arthroscopy")
    monkeypatch.undo()
    assert "Notes:" in run_ok(capsys, "recovery", "hip-arthroscopy")


def test_recovery_json_has_iso_dates(capsys: Capture) -> None:
    data = run_json(capsys, "recovery", "hip-arthroscopy", "--start", "2026-12-01")
    assert isinstance(data, dict)
    assert data["dates"][0]["around"] == "2026-12-15"
    assert data["dates"][0]["figure"] == "typical"
    assert data["dates"][0]["earliest"] is None
    assert data["estimate"]["weight_bearing"] == "standard"
    plain = run_json(capsys, "recovery", "hip-arthroscopy", "--weight-bearing", "restricted")
    assert isinstance(plain, dict) and plain["weight_bearing"] == "restricted"


def test_recovery_accepts_the_start_bounds(capsys: Capture) -> None:
    for start in ("1900-01-01", "2199-12-31"):
        assert "dates" in run_ok(capsys, "recovery", "hip-arthroscopy", "--start", start)


def test_compare(capsys: Capture) -> None:
    out = run_ok(capsys, "compare", "personalised-hip-therapy", "hip-arthroscopy")
    header, _, *rows = out.splitlines()
    assert header.split() == ["milestone", "personalised-hip-therapy", "hip-arthroscopy"]
    improvement = next(r for r in rows if r.startswith("symptom_improvement"))
    assert improvement.split()[1:] == ["4-6", "months", "4-6", "months"]
    off_crutches = next(r for r in rows if r.startswith("off_crutches"))
    assert off_crutches.split()[1] == "-"  # physiotherapy has no crutches figure


def test_compare_keeps_each_figures_note_sources_and_what_was_left_out(capsys: Capture) -> None:
    out = run_ok(capsys, "compare", "personalised-hip-therapy", "hip-arthroscopy")
    work = next(line for line in out.splitlines() if line.startswith("return_to_work"))
    # Blaeser 2023's 115 days is a mean across studies: the cell says so by its footnote.
    assert work.split()[1:] == ["-", "mean", "115", "days", "[1]"]
    assert "\n  [1] A mean, not a range" in out
    sources = out.split("\nSources:\n")[1].split("\nNotes:\n")[0].splitlines()
    assert sources[1].startswith("  hip-arthroscopy: blaeser-2023-return-to-work, ")
    # No --job: the job-bound figures were left out, and the notes say so.
    notes = out.split("\nNotes:\n")[1]
    assert "pass job= to see them" in notes.split("  hip-arthroscopy:\n")[1]


def test_a_comparison_whose_estimates_note_nothing_has_no_notes() -> None:
    estimate = hiptx.RecoveryEstimate(
        treatment_id="made-up", weight_bearing=hiptx.WeightBearing.STANDARD
    )
    out = _render.comparison(hiptx.RecoveryComparison(estimates=(estimate,)))
    assert out.splitlines()[-1] == "  made-up: none"  # no figures, so no sources
    assert "Notes:" not in out


def test_compare_json(capsys: Capture) -> None:
    data = run_json(
        capsys, "compare", "hip-arthroscopy", "personalised-hip-therapy", "--job", "manual"
    )
    assert isinstance(data, dict)
    assert [e["treatment_id"] for e in data["estimates"]] == [
        "hip-arthroscopy",
        "personalised-hip-therapy",
    ]
    assert {e["job"] for e in data["estimates"]} == {"manual"}


def test_progress(capsys: Capture) -> None:
    out = run_ok(capsys, *PROGRESS_WITHIN_THE_CEILING)
    assert out.startswith(
        "Outcome: progress\nNext exercise: side-lying-hip-adduction-loaded\nWhy:\n"
    )


def test_progress_accepts_the_session_record_field_names(capsys: Capture) -> None:
    short = "sets=3,reps=10,during=2,after=2,lasted=3"
    full = "sets=3,reps=10,pain_during=2,pain_after_24h=2,pain_lasted_hours=3"
    outputs = [
        run_ok(capsys, "progress", "standing-banded-hip-adduction", "--session", s)
        for s in (short, full)
    ]
    assert outputs[0] == outputs[1]
    assert "Outcome: regress" in outputs[0]  # seed 004: pain lasting 3 h > 2 h


@pytest.mark.parametrize("flag", ["sharp", "swollen", "hot", "sharp_pain", "swelling", "hot_joint"])
def test_progress_overload_flags_regress(capsys: Capture, flag: str) -> None:
    data = run_json(
        capsys,
        "progress",
        "standing-banded-hip-adduction",
        "--session",
        f"sets=3,reps=10,during=1,after=1,{flag}",
    )
    assert isinstance(data, dict) and data["outcome"] == "regress"


def test_progress_several_sessions_and_holds(capsys: Capture) -> None:
    data = run_json(
        capsys,
        "progress",
        "side-plank",
        "--session",
        "sets=3,hold=20,during=1,after=1",
        "--session",
        "sets=3,hold=20,during=1,after=1,lasted=0.5",
    )
    assert isinstance(data, dict) and data["exercise_id"] == "side-plank"
    assert data["outcome"] in {o.value for o in hiptx.Outcome}


def test_progress_at_the_top_keeps_the_exercise(capsys: Capture) -> None:
    out = run_ok(
        capsys, "progress", "copenhagen-plank", "--session", "sets=3,hold=30,during=2,after=2"
    )
    # The Copenhagen plank is the adductor chain's last level: keep it, make it harder.
    assert "Next exercise: copenhagen-plank" in out


def test_plan_lists_uncovered_and_not_assessed(capsys: Capture) -> None:
    out = run_ok(
        capsys, "plan", "--finding", "adduction=painful:3", "--finding", "internal-rotation=weak"
    )
    assert "side-lying-hip-adduction" in out and "Uncovered: internal_rotation (weak)" in out
    assert "Not assessed: flexion, extension, abduction, external_rotation, hinge, squat." in out


def test_plan_covering_every_basic_pattern_lists_nothing_as_not_assessed(capsys: Capture) -> None:
    findings = [f"{p.value}=normal" for p in hiptx.MovementPattern.basic()]
    out = run_ok(capsys, "plan", *(a for f in findings for a in ("--finding", f)))
    assert "Not assessed" not in out and "Uncovered" not in out
    # Nothing impaired: no empty table and no reasons, but the normal findings named.
    assert out.splitlines()[0] == "No exercise to start."
    normal = ", ".join(p.value for p in hiptx.MovementPattern.basic())
    assert out.splitlines()[1] == f"Found normal: {normal}."
    assert "Why:" not in out


def test_plan_says_why_for_each_pattern_whose_source_and_whose_default(
    capsys: Capture,
) -> None:
    out = run_ok(
        capsys,
        "plan",
        *("--finding", "abduction=weak"),
        *("--finding", "adduction=painful:9"),
        *("--finding", "internal-rotation=weak"),
    )
    why = out.split("\nWhy:\n")[1]
    started = why.split("  abduction:\n")[1].split("\n  adduction")[0]
    assert "[physio-network-kemp]" in started  # the chain and its dose: Kemp's practical
    assert "(hiptx's own default" in started  # starting at the first level: hiptx's own
    withheld = why.split("  adduction (withheld):\n")[1].split("\n  internal_rotation")[0]
    assert "above the 3/10 ceiling" in withheld and "hiptx's own safety default" in withheld
    uncovered = why.split("  internal_rotation (uncovered):\n")[1]
    assert "hiptx does not invent one" in uncovered


def test_plan_json(capsys: Capture) -> None:
    data = run_json(capsys, "plan", "--finding", "abduction=weak")
    assert isinstance(data, dict)
    assert [(i["pattern"], i["exercise_id"]) for i in data["items"]] == [
        ("abduction", "banded-bridge-hip-abduction")
    ]


def test_coverage_of_exercises(capsys: Capture) -> None:
    out = run_ok(capsys, "coverage", "side-lying-hip-adduction", "copenhagen-plank")
    assert "Trains muscles:   adductors, obliques" in out
    assert "Basis:" not in out  # both are strength exercises: nothing to explain
    assert "gluteus_medius" in out.split("Missing muscles:")[1].splitlines()[0]


def test_coverage_of_a_treatment(capsys: Capture) -> None:
    data = run_json(capsys, "coverage", "personalised-hip-therapy")
    assert isinstance(data, dict)
    # Upright Health's reading of PHT names no adductor work.
    assert "adductors" in data["unnamed_muscles"] and data["missing_muscles"] == []
    assert data["reasons"][0]["code"] == "targets-from-source"
    out = run_ok(capsys, "coverage", "personalised-hip-therapy")
    # Both readings, labelled; neither lists PHT's targets in full, so "not named".
    assert "Reading: Upright Health's critique (a commercial opinion)" in out
    assert "Reading: The trial team's description" in out
    assert "Not named muscles:" in out and "Missing muscles" not in out


def test_red_flags(capsys: Capture) -> None:
    out = run_ok(capsys, "red-flags", "suspected-fracture", "night_or_rest_pain")
    assert out.startswith("Urgency: emergency\n")
    assert run_json(capsys, "red-flags", "night_or_rest_pain") == json.loads(
        _render.to_json(hiptx.check_red_flags({hiptx.RedFlag.NIGHT_OR_REST_PAIN}))
    )


def test_check_the_bundled_catalog(capsys: Capture, cat: hiptx.Catalog) -> None:
    out = run_ok(capsys, "check")
    assert out.count("\n") == 1
    assert out.startswith(f"OK: the bundled catalog (data version {cat.version}) loads: ")
    assert f"{len(cat.sources)} sources" in out
    data = run_json(capsys, "check")
    assert isinstance(data, dict) and data["ok"] is True
    assert data["counts"]["treatments"] == len(cat.treatments)


def test_check_a_directory(capsys: Capture, data_copy: Path, cat: hiptx.Catalog) -> None:
    out = run_ok(capsys, "check", str(data_copy))
    assert out.startswith(f"OK: {data_copy} (data version {cat.version})")
    assert run_ok(capsys, "--catalog", str(data_copy), "check") == out


def test_catalog_option_uses_that_directory(capsys: Capture, data_copy: Path) -> None:
    index = data_copy / "treatments.json"
    index.write_text(
        index.read_text(encoding="utf-8").replace('"Hip arthroscopy"', '"Arthroscopy (edited)"'),
        encoding="utf-8",
    )
    out = run_ok(capsys, "--catalog", str(data_copy), "show", "hip-arthroscopy")
    assert "name: Arthroscopy (edited)" in out


def test_check_a_broken_directory(capsys: Capture, data_copy: Path) -> None:
    (data_copy / "risks.json").write_text("[]", encoding="utf-8")
    code, out, err = run(capsys, "check", str(data_copy))
    assert (code, out) == (1, "")
    assert err.count("\n") == 1 and "risks.json: expected an object" in err


def test_version_goes_to_stdout(capsys: Capture) -> None:
    assert run_ok(capsys, "--version") == f"hiptx {version('hiptx')}\n"


def test_help_documents_the_exit_statuses(capsys: Capture) -> None:
    out = run_ok(capsys, "--help")
    assert out.startswith("usage: hiptx ")
    section = out.split("exit status:")[1]
    for code in ("0", "1", "2", "3", "130", "141"):
        assert f"\n  {code} " in section
    assert "please report" in section
    assert "hiptx progress" in run_ok(capsys, "progress", "--help")


# -- errors that are not the user's --------------------------------------------


def test_an_internal_error_is_one_line_and_status_3(
    capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_: object, **__: object) -> None:
        raise RuntimeError("boom\nsecond line")

    monkeypatch.setattr(hiptx, "check_red_flags", broken)
    code, out, err = run(capsys, "red-flags", "suspected_fracture")
    assert (code, out) == (3, "")
    assert err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith("hiptx: error: internal error: RuntimeError: boom second line;")
    assert "please report" in err
    code, out, _ = run(capsys, "red-flags", "suspected_fracture", "--json")
    assert code == 3 and json.loads(out)["kind"] == "RuntimeError"


def test_a_hiptx_error_from_any_rule_is_status_1(
    capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    def out_of_calendar(*_: object, **__: object) -> None:
        raise hiptx.OutOfRangeError(
            "start", "9999-12-01", "a date that keeps every milestone in the calendar"
        )

    monkeypatch.setattr(hiptx.RecoveryEstimate, "dates", out_of_calendar)
    code, out, err = run(capsys, "recovery", "hip-arthroscopy", "--start", "2026-12-01")
    assert (code, out) == (1, "")
    assert (
        err
        == "hiptx: error: start: '9999-12-01' is not allowed; expected a date that keeps every milestone in the calendar\n"
    )


def test_ctrl_c_is_one_line_and_status_130(
    capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(*_: object, **__: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(hiptx, "load_catalog", interrupted)
    monkeypatch.setattr("hiptx.cli._commands.load_catalog", interrupted)
    code, out, err = run(capsys, "list", "risks")
    assert (code, out, err) == (130, "", "hiptx: error: interrupted\n")


def test_a_closed_pipe_ends_quietly_in_process(
    capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdout", ClosedPipe())
    assert main(["list", "risks"]) == 141
    assert capsys.readouterr().err == ""


def test_a_closed_pipe_points_stdout_at_the_null_device(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # A real file descriptor stands in for the pipe; afterwards it must lead nowhere.
    target = tmp_path / "out"
    with target.open("w", encoding="utf-8") as stream:
        saved = os.dup(stream.fileno())
        monkeypatch.setattr(sys, "stdout", stream)
        try:
            _output.silence_stdout()
            os.write(stream.fileno(), b"lost")
        finally:
            os.dup2(saved, stream.fileno())
            os.close(saved)
    assert target.read_text(encoding="utf-8") == ""


@pytest.mark.slow
@pytest.mark.parametrize(
    "args", [["list", "risks"], ["tour", "--json"], ["--version"], ["show", "nope"]]
)
def test_a_closed_pipe_ends_quietly_in_a_real_process(args: list[str]) -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "hiptx", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # the reader goes away before the first line
    err = proc.stderr.read().decode()
    proc.stderr.close()
    code = proc.wait()
    assert "Traceback" not in err and "BrokenPipe" not in err
    assert code == (1 if args == ["show", "nope"] else 141)


def test_a_closed_stderr_is_no_crash(monkeypatch: pytest.MonkeyPatch, capsys: Capture) -> None:
    monkeypatch.setattr(sys, "stderr", None)
    assert main(["show", "nope"]) == 1
    assert main(["show", "nope", "--json"]) == 1
    assert json.loads(capsys.readouterr().out)["kind"] == "UnknownIdError"


@pytest.mark.slow
def test_a_closed_stderr_in_a_real_process() -> None:
    # "2>&-" starts Python with no standard error at all (sys.stderr is None).
    result = subprocess.run(
        ["sh", "-c", '"$0" -m hiptx show nope 2>&-', sys.executable],
        stdout=subprocess.PIPE,
        check=False,
    )
    assert (result.returncode, result.stdout) == (1, b"")


def test_an_ascii_terminal_gets_ascii_text(monkeypatch: pytest.MonkeyPatch) -> None:
    out, err = ascii_stream(), ascii_stream()
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setattr(sys, "stderr", err)
    assert main(["show", "hip-adductor-strengthening"]) == 0
    # The source's curly quotes around “Copenhagen plank” become straight ones.
    assert 'The final progression will be the "Copenhagen' in captured(out)
    assert main(["show", "\u2018x\u2019"]) == 1
    # The repr of the id keeps its curly quotes; they fold to straight ones.
    assert captured(err) == "hiptx: error: unknown catalog id ''x''\n"


def test_an_ascii_terminal_gets_lossless_json(monkeypatch: pytest.MonkeyPatch) -> None:
    out = ascii_stream()
    monkeypatch.setattr(sys, "stdout", out)
    assert main(["show", "hip-adductor-strengthening", "--json"]) == 0
    quotes = [c["quote"] for c in json.loads(captured(out))["citations"]]
    assert any("\u201cCopenhagen plank\u201d" in q for q in quotes)


def test_help_on_an_ascii_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    out = ascii_stream()
    monkeypatch.setattr(sys, "stdout", out)
    assert main(["--help"]) == 0
    assert "exit status:" in captured(out)


@pytest.mark.slow
@pytest.mark.parametrize(
    "env",
    [{"PYTHONIOENCODING": "ascii"}, {"LC_ALL": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0"}],
)
@pytest.mark.parametrize(
    "args",
    [["show", "hip-adductor-strengthening"], ["show", "copenhagen-plank", "--json"], ["tour"]],
)
def test_an_ascii_locale_in_a_real_process(env: dict[str, str], args: list[str]) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "hiptx", *args],
        capture_output=True,
        check=False,
        env={**os.environ, **env},
    )
    assert (result.returncode, result.stderr) == (0, b"")
    if "--json" in args:
        assert json.loads(result.stdout)["id"] == "copenhagen-plank"
    else:
        result.stdout.decode("ascii" if "PYTHONIOENCODING" in env else "utf-8")


# -- the pieces ----------------------------------------------------------------


def test_fit_text_keeps_what_the_encoding_holds() -> None:
    assert _output.fit_text("Brügger “x”", "latin-1") == 'Brügger "x"'
    assert _output.fit_text("\u2014 \u2264 \u2265 \u00d7 \u2192", "ascii") == "-- <= >= x ->"
    assert _output.fit_text("\u4e2d", "ascii") == "?"


def test_fit_json_stays_the_same_json() -> None:
    text = json.dumps({"q": "\u201cx\u201d \U0001f600 ü"}, ensure_ascii=False)
    fitted = _output.fit_json(text, "ascii")
    assert fitted.isascii() and json.loads(fitted) == json.loads(text)


def test_one_line() -> None:
    assert _output.one_line("") == "(no message)"
    assert _output.one_line("a\r\nb\u2028c") == "a b; c"


def test_error_json_problems() -> None:
    import attrs

    @attrs.frozen
    class Problem:
        file: str
        path: str

    class Other:
        def __str__(self) -> str:
            return "other problem"

    # Whatever shape a catalog's problems take (text, attrs objects, mappings),
    # they reach the JSON as data; a stand-in error keeps this test independent of
    # CatalogDataError's constructor.
    class WithProblems(hiptx.HiptxError):
        problems = ("a.json: $: x", Problem("a.json", "/x"), {"file": "b.json"}, Other())  # type: ignore[assignment]

    data = json.loads(_output.error_json("m", "CatalogDataError", WithProblems("m")))
    assert data["problems"] == [
        "a.json: $: x",
        {"file": "a.json", "path": "/x"},
        {"file": "b.json"},
        "other problem",
    ]
    # Only hiptx errors carry problems.
    not_ours = ValueError("x")
    not_ours.problems = ["x"]  # type: ignore[attr-defined]
    assert json.loads(_output.error_json("m", "ValueError", not_ours))["problems"] == []


def test_parser_exit_message_goes_to_stderr(capsys: Capture) -> None:
    with pytest.raises(ParserExit) as exit_info:
        Parser(prog="t").exit(4, "bye\n")
    assert exit_info.value.status == 4
    assert capsys.readouterr() == ("", "bye\n")


def test_append_unique_on_a_repeated_option() -> None:
    parser = Parser(prog="t")
    parser.add_argument("--x", action=AppendUnique, default=[])
    assert parser.parse_args(["--x", "a", "--x", "b"]).x == ["a", "b"]
    assert parser.parse_args([]).x == []


def test_render_table_cells() -> None:
    table = _render.table(["a", "b"], [[None, (hiptx.Muscle.CALF, "x")], [1, ""]])
    assert table.splitlines() == ["a  b", "-  -------", "-  calf, x", "1"]


def test_render_citation_without_locator_or_quote() -> None:
    assert _render.citation(hiptx.Citation(source_id="nhs-hip-pain")) == "nhs-hip-pain"


def test_render_to_json_dates_and_refusals() -> None:
    assert json.loads(_render.to_json({"d": datetime.date(2026, 1, 2)})) == {"d": "2026-01-02"}
    with pytest.raises(TypeError, match="expected a hiptx object"):
        _render.to_json({"x": object()})


def test_progress_with_a_red_flag_stops_and_refers(capsys: Capture) -> None:
    out = run_ok(
        capsys,
        *PROGRESS_WITHIN_THE_CEILING,
        "--red-flag",
        "hot_swollen_joint_with_fever",
    )
    assert "Outcome: stop" in out
    assert "refer: A&E" in out and "No exercise advice" in out
    assert "Next exercise: none; no exercise is advised while a red flag is present." in out
    assert "see why" not in out


def test_plan_with_a_red_flag_gives_no_exercise(capsys: Capture) -> None:
    out = run_ok(capsys, "plan", "--finding", "adduction=weak", "--red-flag", "trauma")
    assert "No exercise advice" in out and "side-lying-hip-adduction" not in out


def test_plan_withholds_a_pattern_painful_above_the_ceiling(capsys: Capture) -> None:
    out = run_ok(capsys, "plan", "--finding", "adduction=painful:9")
    assert "Withheld: adduction (painful 9/10" in out
    assert "side-lying-hip-adduction" not in out


def test_red_flags_name_the_pathway(capsys: Capture) -> None:
    out = run_ok(capsys, "red-flags", "leg_shortened_and_externally_rotated")
    assert "Urgency: emergency" in out and "Refer: A&E" in out


def test_red_flags_without_a_pathway_name_no_referral(
    capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Every bundled flag has a pathway and the command needs a flag, so this is the
    # renderer's guard: a referral with nowhere to refer prints no empty "Refer:".
    nowhere = hiptx.check_red_flags(set())
    assert nowhere.pathways == ()
    monkeypatch.setattr(hiptx, "check_red_flags", lambda *_, **__: nowhere)
    out = run_ok(capsys, "red-flags", "suspected_fracture")
    assert out.startswith("Urgency: none\n")
    assert "Refer:" not in out


def test_python_m_hiptx_runs_the_command(capsys: Capture, monkeypatch: pytest.MonkeyPatch) -> None:
    import runpy

    monkeypatch.setattr(sys, "argv", ["hiptx", "--version"])
    try:
        with pytest.raises(SystemExit) as info:
            runpy.run_module("hiptx", run_name="__main__", alter_sys=True)
    finally:
        gc.unfreeze()  # the console entry freezes what is alive at its end
    assert info.value.code == 0
    assert capsys.readouterr().out == f"hiptx {version('hiptx')}\n"


def test_the_console_entry_runs_the_command_with_the_collector_on_imports_frozen(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[tuple[bool, int, bool]] = []
    made: list[list[int]] = []

    def command() -> int:
        made.append([])  # alive when the command ends
        collectable = any(o is made[0] for o in gc.get_objects())
        seen.append((gc.isenabled(), gc.get_freeze_count(), collectable))
        return 3

    status, collectable_at_exit = _run_console(monkeypatch, command)
    assert status == 3  # the command's status, unchanged
    ((enabled, frozen_during, collectable_during),) = seen
    assert enabled  # cycles a long command creates are collected as usual
    assert collectable_during  # what the command makes is the collector's while it runs
    assert frozen_during > 0  # what the imports made is left out of collections
    assert id(made[0]) not in collectable_at_exit  # and at the end, what the command made


def test_the_console_entry_leaves_a_disabled_collector_disabled(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[bool] = []

    def command() -> int:
        seen.append(gc.isenabled())
        return 0

    gc.disable()
    try:
        _run_console(monkeypatch, command)
        assert not gc.isenabled()
    finally:
        gc.enable()
    assert seen == [False]


def test_the_console_entry_turns_the_collector_back_on_when_an_import_fails(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "hiptx.cli", None)  # importing it raises ImportError
    try:
        with pytest.raises(ImportError):
            _console.run()
    finally:
        gc.unfreeze()
    assert gc.isenabled()


def test_usage_is_wrapped_at_the_terminals_width_then_parsing_goes_back_to_80(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    parser = Parser(prog="t")
    for n in range(8):
        parser.add_argument(f"--option-number-{n}", metavar="VALUE")
    one_line = len("usage: t") + sum(len(f" [--option-number-{n} VALUE]") for n in range(8))
    assert one_line > 80
    monkeypatch.setenv("COLUMNS", str(one_line + 10))  # what shutil reads for the width
    assert parser.format_usage().count("\n") == 1  # one line: the terminal is wide enough
    monkeypatch.setenv("COLUMNS", "60")
    narrow = parser.format_usage().splitlines()
    assert len(narrow) > 1
    assert max(map(len, narrow)) <= 60
    assert parser._printing is False


def test_a_session_may_say_its_day_and_the_pain_before_it(capsys: Capture) -> None:
    # 0/10 during, 3/10 the next day: held on the next-day rule, unless the pain
    # before the session was already 3/10 (then the next day shows no increase).
    base = "sets=3,reps=10,during=0,after=3,date=2026-01-05"
    code = hiptx.cli.main(
        ["--json", "progress", "standing-banded-hip-adduction", "--session", base]
    )
    held = json.loads(capsys.readouterr().out)
    code2 = hiptx.cli.main(
        ["--json", "progress", "standing-banded-hip-adduction", "--session", base + ",before=3"]
    )
    moved = json.loads(capsys.readouterr().out)
    assert (code, code2) == (0, 0)
    assert (held["outcome"], moved["outcome"]) == ("hold", "progress")


def test_check_says_plainly_a_directory_is_not_a_catalog(
    capsys: Capture, tmp_path: pathlib.Path
) -> None:
    (tmp_path / "notes.txt").write_text("not a catalog", encoding="utf-8")
    code = main(["check", str(tmp_path)])
    _, err = capsys.readouterr()
    assert code == 1
    assert "is not a catalog directory" in err and "index.json" in err
    assert err.count("\n") == 1


def test_check_shows_the_digest_and_any_local_override(
    capsys: Capture, data_copy: pathlib.Path
) -> None:
    import json

    path = data_copy / "rules.json"
    rules = json.loads(path.read_text(encoding="utf-8"))
    rules["pain_ceiling"]["value"] = 4
    rules["overrides"] = [
        {"threshold": "pain_ceiling", "value": 4, "set_by": "Dr B", "reason": "Local audit."}
    ]
    path.write_text(json.dumps(rules), encoding="utf-8")
    assert main(["check", str(data_copy)]) == 0
    out = capsys.readouterr().out
    assert "Local override: pain_ceiling = 4 (set by Dr B: Local audit.)" in out
    assert main(["check", str(data_copy), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["digest"] == hiptx.load_catalog(data_copy).digest
    assert [o["threshold"] for o in report["overrides"]] == ["pain_ceiling"]
