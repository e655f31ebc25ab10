"""Edges of the contract: a repeated option, Ctrl-C, a directory that is not a catalog,
cyclic or deep data given to to_dict, and a runaway session log.

Expected outcomes come from docs/cli.md (exit status 2 for an option value given
twice, 130 and one line when interrupted), hiptx.to_dict's docstring (a cycle or
excess depth is a WrongTypeError) and check_progression's (at most
MAX_SESSIONS sessions per call).
"""

from __future__ import annotations

import os
import pathlib
import signal
import subprocess
import sys

import pytest

import hiptx
from hiptx.cli import main
from hiptx.rules import progression

Capture = pytest.CaptureFixture[str]


@pytest.mark.parametrize(
    "argv",
    [
        ["recovery", "hip-arthroscopy", "--job", "manual", "--job", "sedentary"],
        [
            "recovery",
            "hip-arthroscopy",
            "--weight-bearing",
            "standard",
            "--weight-bearing",
            "standard",
        ],
        ["recovery", "hip-arthroscopy", "--start", "2026-01-05", "--start", "2026-01-06"],
        ["list", "exercises", "--pattern", "adduction", "--pattern", "abduction"],
        ["--catalog", ".", "--catalog", ".", "list", "risks"],
        ["export", "--out", "a.json", "--out", "b.json"],
        ["list", "risks", "--json", "--json"],
    ],
)
def test_an_option_given_twice_is_a_usage_error(capsys: Capture, argv: list[str]) -> None:
    code = main(argv)
    out, err = capsys.readouterr()
    assert code == 2, (out, err)
    assert err.startswith("hiptx: error: argument ") and "given more than once" in err
    assert err.count("\n") == 1


def test_an_option_given_once_still_works(capsys: Capture) -> None:
    assert main(["recovery", "hip-arthroscopy", "--job", "manual"]) == 0
    assert "Hip arthroscopy" in capsys.readouterr().out


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


def test_ctrl_c_in_a_real_process_is_one_line_and_130() -> None:
    # The console entry's handler, in a process of its own: the command waits,
    # the test interrupts it once it runs.
    script = (
        "import sys, time\n"
        "import hiptx.cli\n"
        "def waiting():\n"
        "    print('ready', flush=True)\n"
        "    time.sleep(30)\n"
        "    return 0\n"
        "hiptx.cli.main = waiting\n"
        "from hiptx._console import run\n"
        "run()\n"
    )
    process = subprocess.Popen(
        [sys.executable, "-c", script],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )
    assert process.stdout is not None
    assert process.stdout.readline() == b"ready\n"
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=30)
    assert (process.returncode, err) == (130, b"hiptx: error: interrupted\n")


def test_the_interrupt_handler_writes_one_line_and_exits_130(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from hiptx import _console

    written: list[tuple[int, bytes]] = []

    def write(fd: int, data: bytes) -> int:
        written.append((fd, data))
        raise OSError("stderr is gone")  # and the status still says it

    def exit_now(status: int) -> None:
        raise SystemExit(status)

    monkeypatch.setattr(os, "write", write)
    monkeypatch.setattr(os, "_exit", exit_now)
    with pytest.raises(SystemExit) as info:
        _console._interrupted(signal.SIGINT, None)
    assert info.value.code == 130
    assert written == [(2, b"hiptx: error: interrupted\n")]


# --- to_dict: cycles and depth ----------------------------------------------------------


def test_to_dict_refuses_a_list_inside_itself() -> None:
    loop: list[object] = []
    loop.append(loop)
    with pytest.raises(hiptx.WrongTypeError, match="without cycles"):
        hiptx.to_dict(loop)
    ring: dict[str, object] = {}
    ring["self"] = [ring]
    with pytest.raises(hiptx.WrongTypeError, match="without cycles"):
        hiptx.to_dict(ring)


def test_to_dict_refuses_excess_depth_but_not_a_shared_value() -> None:
    deep: list[object] = []
    for _ in range(65):
        deep = [deep]
    with pytest.raises(hiptx.WrongTypeError, match="at most 64"):
        hiptx.to_dict(deep)
    shallow: list[object] = []
    for _ in range(63):
        shallow = [shallow]
    assert hiptx.to_dict(shallow) is not None
    shared = hiptx.IntRange(1, 2)
    assert hiptx.to_dict([shared, (shared,)]) == [{"low": 1, "high": 2}, [{"low": 1, "high": 2}]]


# --- rule inputs: a documented limit ----------------------------------------------------


def test_check_progression_reads_at_most_max_sessions() -> None:
    session = hiptx.SessionRecord(sets=3, reps=10, pain_during=1, pain_after_24h=1)
    limit = progression.MAX_SESSIONS
    decision = hiptx.check_progression("side-lying-hip-adduction", [session] * limit)
    assert decision.outcome is hiptx.Outcome.PROGRESS
    with pytest.raises(hiptx.OutOfRangeError) as info:
        hiptx.check_progression("side-lying-hip-adduction", [session] * (limit + 1))
    assert info.value.field == "sessions"
    assert f"at most {limit} sessions" in info.value.allowed


# --- the schema says what from_dict refuses ---------------------------------------------


@pytest.mark.parametrize("score", [-1, 0, 10, 11])
def test_a_pain_score_outside_0_to_10_is_refused_by_schema_and_from_dict(score: int) -> None:
    import jsonschema

    payload = {"findings": {"adduction": "painful"}, "pain_scores": {"adduction": score}}
    schema_ok = jsonschema.Draft202012Validator(hiptx.json_schema(hiptx.Assessment)).is_valid(
        payload
    )
    try:
        hiptx.from_dict(hiptx.Assessment, payload)
    except hiptx.HiptxError:
        loaded = False
    else:
        loaded = True
    assert schema_ok == loaded == (0 <= score <= 10)


def test_the_programme_schema_bounds_each_weekday() -> None:
    import jsonschema

    schema = hiptx.json_schema(hiptx.Programme)
    weekdays = schema["properties"]["weekdays"]
    validator = jsonschema.Draft202012Validator(weekdays)
    assert validator.is_valid([0, 6])
    assert not validator.is_valid([7])
    assert not validator.is_valid([-1])
