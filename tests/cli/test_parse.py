"""The CLI contract under bad input: a table of command lines that must be refused.

Each case runs in-process twice, as written and with ``--json`` added, and a handful
run as real ``python -m hiptx`` processes. Every run must end with the case's exit
status, exactly one line on stderr naming the problem, no traceback, and (under
``--json``) one JSON error object on stdout and nothing else.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import hiptx
import hiptx.cli
import hiptx.fhir
from hiptx.cli import main
from tests.support.cli import Capture

REFUSED, USAGE = 1, 2  # the exit statuses the contract promises (docs/cli.md)
A_FILE = str(Path(hiptx.__file__))
NOT_A_CATALOG = str(Path(hiptx.__file__).parent / "rules")  # a directory without catalog files
OK_SESSION = "sets=3,reps=10,during=2,after=2"

HIPTX_ERRORS = {
    "CatalogDataError",
    "InvalidValueError",
    "OutOfRangeError",
    "UnknownIdError",
    "WrongTypeError",
}


def session(text: str) -> list[str]:
    return ["progress", "copenhagen-plank", "--session", text]


def start(text: str) -> list[str]:
    return ["recovery", "hip-arthroscopy", "--start", text]


# (case id, command line, exit status, a fragment the error line must contain)
CASES: list[tuple[str, list[str], int, str]] = [
    # -- usage errors: the command line cannot be parsed ---------------------------
    ("unknown-command", ["bogus"], USAGE, "invalid choice: 'bogus'"),
    ("unknown-option", ["--bogus"], USAGE, "unrecognized arguments: --bogus"),
    ("list-no-kind", ["list"], USAGE, "required: kind"),
    ("list-bad-kind", ["list", "riks"], USAGE, "invalid choice: 'riks'"),
    ("list-extra", ["list", "risks", "extra"], USAGE, "unrecognized arguments: extra"),
    (
        "list-bad-pattern",
        ["list", "exercises", "--pattern", "sideways"],
        USAGE,
        "'sideways' is not a movement pattern",
    ),
    (
        "list-bad-muscle",
        ["list", "exercises", "--muscle", "biceps"],
        USAGE,
        "'biceps' is not a muscle",
    ),
    (
        "list-pattern-not-exercises",
        ["list", "risks", "--pattern", "adduction"],
        USAGE,
        "select exercises only",
    ),
    ("list-pattern-no-value", ["list", "exercises", "--pattern"], USAGE, "expected one argument"),
    ("show-no-id", ["show"], USAGE, "required: id"),
    ("recovery-no-treatment", ["recovery"], USAGE, "required: treatment"),
    ("start-word", start("tomorrow"), USAGE, "'tomorrow' is not a date written YYYY-MM-DD"),
    ("start-feb-30", start("2026-02-30"), USAGE, "'2026-02-30' is not a real calendar date"),
    ("start-basic-iso", start("20261201"), USAGE, "YYYY-MM-DD"),
    ("start-week-date", start("2026-W01-1"), USAGE, "YYYY-MM-DD"),
    ("start-datetime", start("2026-12-01T08:00"), USAGE, "YYYY-MM-DD"),
    (
        "start-arabic-digits",
        start("\u0662\u0660\u0662\u0666-\u0661\u0662-\u0660\u0661"),
        USAGE,
        "YYYY-MM-DD",
    ),
    ("start-empty", start(""), USAGE, "YYYY-MM-DD"),
    ("start-space", start(" 2026-12-01"), USAGE, "YYYY-MM-DD"),
    (
        "recovery-bad-job",
        ["recovery", "hip-arthroscopy", "--job", "astronaut"],
        USAGE,
        "'astronaut' is not a job demand",
    ),
    (
        "recovery-bad-weight-bearing",
        ["recovery", "hip-arthroscopy", "--weight-bearing", "none"],
        USAGE,
        "not a weight-bearing status",
    ),
    ("compare-nothing", ["compare"], USAGE, "required: TREATMENT"),
    ("compare-one", ["compare", "hip-arthroscopy"], USAGE, "two or more treatments"),
    (
        "compare-twice",
        ["compare", "hip-arthroscopy", "hip-arthroscopy"],
        USAGE,
        "'hip-arthroscopy' is given twice",
    ),
    ("progress-no-session", ["progress", "copenhagen-plank"], USAGE, "required: --session"),
    (
        "progress-session-no-value",
        ["progress", "copenhagen-plank", "--session"],
        USAGE,
        "expected one argument",
    ),
    ("session-empty", session(""), USAGE, "empty session"),
    ("session-blank", session("   "), USAGE, "empty session"),
    (
        "session-underscore-digits",
        session("sets=1_0,reps=10,during=2,after=2"),
        USAGE,
        "sets='1_0'",
    ),
    (
        "session-arabic-digits",
        session("sets=\u0661\u0660,reps=10,during=2,after=2"),
        USAGE,
        "digits 0-9",
    ),
    ("session-plus-sign", session("sets=+1,reps=10,during=2,after=2"), USAGE, "sets='+1'"),
    ("session-inner-space", session("sets= 1,reps=10,during=2,after=2"), USAGE, "sets=' 1'"),
    ("session-empty-number", session("sets=,reps=10,during=2,after=2"), USAGE, "sets=''"),
    ("session-key-without-value", session("sets,reps=10,during=2,after=2"), USAGE, "sets=''"),
    ("session-negative", session("sets=3,reps=10,during=-1,after=2"), USAGE, "during='-1'"),
    ("session-decimal-pain", session("sets=3,reps=10,during=2.5,after=2"), USAGE, "during='2.5'"),
    ("session-ten-digits", session("sets=1234567890,reps=10,during=2,after=2"), USAGE, "at most 9"),
    (
        "session-5000-digits",
        session("sets=" + "9" * 5000 + ",reps=10,during=2,after=2"),
        USAGE,
        "at most 9",
    ),
    (
        "session-duplicate-key",
        session("sets=3,sets=3,reps=10,during=2,after=2"),
        USAGE,
        "'sets' is given twice",
    ),
    (
        "session-duplicate-alias",
        session(OK_SESSION + ",pain_during=2"),
        USAGE,
        "'pain_during' is given twice (also as 'during')",
    ),
    ("session-unknown-key", session(OK_SESSION + ",pace=4"), USAGE, "unknown session key 'pace'"),
    (
        "session-duplicate-date",
        session(OK_SESSION + ",date=2026-01-05,date=2026-01-06"),
        USAGE,
        "'date' is given twice",
    ),
    (
        "session-impossible-date",
        session(OK_SESSION + ",date=2026-02-30"),
        USAGE,
        "not a real calendar date",
    ),
    ("session-missing-after", session("sets=3,reps=10,during=2"), USAGE, "missing after"),
    ("session-missing-three", session("reps=10"), USAGE, "missing sets, during, after"),
    ("session-no-measure", session("sets=3,during=2,after=2"), USAGE, "exactly one of reps=N"),
    (
        "session-both-measures",
        session("sets=3,reps=10,hold=30,during=2,after=2"),
        USAGE,
        "exactly one of reps=N",
    ),
    (
        "session-flag-with-value",
        session(OK_SESSION + ",sharp=yes"),
        USAGE,
        "'sharp' is a yes/no flag",
    ),
    ("session-lasted-inf", session(OK_SESSION + ",lasted=inf"), USAGE, "lasted='inf'"),
    ("session-lasted-exponent", session(OK_SESSION + ",lasted=1e3"), USAGE, "lasted='1e3'"),
    ("session-lasted-nan", session(OK_SESSION + ",lasted=nan"), USAGE, "lasted='nan'"),
    ("session-empty-item", session("sets=3,,reps=10,during=2,after=2"), USAGE, "item ''"),
    ("session-trailing-comma", session(OK_SESSION + ","), USAGE, "item ''"),
    ("session-space-after-comma", session("sets=3, reps=10,during=2,after=2"), USAGE, "no spaces"),
    ("plan-no-finding", ["plan"], USAGE, "required: --finding"),
    (
        "finding-bad-pattern",
        ["plan", "--finding", "sideways=weak"],
        USAGE,
        "'sideways' is not a movement pattern",
    ),
    ("finding-no-equals", ["plan", "--finding", "adduction"], USAGE, "expected PATTERN=FINDING"),
    (
        "finding-bad-finding",
        ["plan", "--finding", "adduction=sore"],
        USAGE,
        "'sore' is not a finding",
    ),
    ("finding-word-score", ["plan", "--finding", "adduction=painful:four"], USAGE, "score='four'"),
    ("finding-empty-score", ["plan", "--finding", "adduction=painful:"], USAGE, "score=''"),
    (
        "finding-arabic-score",
        ["plan", "--finding", "adduction=painful:\u0664"],
        USAGE,
        "digits 0-9",
    ),
    (
        "finding-twice",
        ["plan", "--finding", "adduction=weak", "--finding", "adduction=painful"],
        USAGE,
        "'adduction' is given twice",
    ),
    ("coverage-no-id", ["coverage"], USAGE, "required: ID"),
    (
        "coverage-twice",
        ["coverage", "copenhagen-plank", "copenhagen-plank"],
        USAGE,
        "'copenhagen-plank' is given twice",
    ),
    ("red-flags-none", ["red-flags"], USAGE, "required: FLAG"),
    ("red-flags-unknown", ["red-flags", "night-pain"], USAGE, "did you mean 'night_or_rest_pain'?"),
    (
        "red-flags-twice",
        ["red-flags", "suspected_fracture", "suspected-fracture"],
        USAGE,
        "'suspected_fracture' is given twice",
    ),
    ("check-two-paths", ["check", "a", "b"], USAGE, "unrecognized arguments: b"),
    (
        "check-path-and-catalog",
        ["--catalog", NOT_A_CATALOG, "check", NOT_A_CATALOG],
        USAGE,
        "give the directory once",
    ),
    ("catalog-no-value", ["--catalog"], USAGE, "expected one argument"),
    ("tour-extra", ["tour", "extra"], USAGE, "unrecognized arguments: extra"),
    # -- refused: the command line parses, hiptx refuses a value or the data -----------
    ("show-typo", ["show", "hip-arthroscpy"], REFUSED, "did you mean 'hip-arthroscopy'"),
    ("show-empty-id", ["show", ""], REFUSED, "unknown catalog id ''"),
    ("show-id-newline", ["show", "hip-arthroscopy\n"], REFUSED, "'hip-arthroscopy\\n'"),
    ("show-id-rtl-override", ["show", "\u202ehip-arthroscopy"], REFUSED, "unknown catalog id"),
    (
        "recovery-unknown",
        ["recovery", "no-such-treatment"],
        REFUSED,
        "unknown treatment id 'no-such-treatment'",
    ),
    (
        "recovery-an-exercise",
        ["recovery", "copenhagen-plank"],
        REFUSED,
        "unknown treatment id 'copenhagen-plank'",
    ),
    ("start-year-9999", start("9999-12-31"), REFUSED, "--start: '9999-12-31'"),
    ("start-year-1", start("0001-01-01"), REFUSED, "--start: '0001-01-01'"),
    ("start-before-1900", start("1899-12-31"), REFUSED, "from 1900-01-01 to 2199-12-31"),
    (
        "compare-unknown",
        ["compare", "hip-arthroscopy", "no-such"],
        REFUSED,
        "unknown treatment id 'no-such'",
    ),
    (
        "progress-unknown",
        ["progress", "no-such-exercise", "--session", OK_SESSION],
        REFUSED,
        "unknown exercise id 'no-such-exercise'",
    ),
    (
        "progress-wrong-measure",
        ["progress", "side-plank", "--session", OK_SESSION],
        REFUSED,
        "hold_seconds",
    ),
    ("session-pain-11", session("sets=3,reps=10,during=11,after=0"), REFUSED, "pain_during: 11"),
    (
        "session-after-11",
        session("sets=3,reps=10,during=0,after=11"),
        REFUSED,
        "pain_after_24h: 11",
    ),
    (
        "finding-score-not-painful",
        ["plan", "--finding", "adduction=weak:4"],
        REFUSED,
        "/pain_scores/adduction",
    ),
    (
        "finding-score-11",
        ["plan", "--finding", "adduction=painful:11"],
        REFUSED,
        "/pain_scores/adduction: 11",
    ),
    (
        "coverage-unknown-after-treatment",
        ["coverage", "personalised-hip-therapy", "no-such-exercise"],
        REFUSED,
        "unknown treatment or exercise id 'no-such-exercise'",
    ),
    ("coverage-unknown-alone", ["coverage", "no-such-exercise"], REFUSED, "'no-such-exercise'"),
    (
        "coverage-unknown-among-exercises",
        ["coverage", "copenhagen-plank", "copenhagn-plank"],
        REFUSED,
        "did you mean 'copenhagen-plank'",
    ),
    (
        "coverage-treatment-and-exercise",
        ["coverage", "personalised-hip-therapy", "copenhagen-plank"],
        REFUSED,
        "one treatment id alone, or exercise ids only",
    ),
    (
        "coverage-exercise-and-treatment",
        ["coverage", "copenhagen-plank", "hip-arthroscopy"],
        REFUSED,
        "one treatment id alone",
    ),
    (
        "coverage-two-treatments",
        ["coverage", "hip-arthroscopy", "personalised-hip-therapy"],
        REFUSED,
        "one treatment id alone",
    ),
    (
        "check-no-such-directory",
        ["check", "/nonexistent/catalog"],
        REFUSED,
        "nothing exists at that path",
    ),
    ("check-a-file", ["check", A_FILE], REFUSED, "is a file, not a directory"),
    ("check-not-a-catalog", ["check", NOT_A_CATALOG], REFUSED, "index.json"),
    (
        "catalog-no-such-directory",
        ["--catalog", "/nonexistent/catalog", "list", "risks"],
        REFUSED,
        "--catalog: '/nonexistent/catalog'",
    ),
    (
        "catalog-a-file",
        ["--catalog", A_FILE, "show", "hip-arthroscopy"],
        REFUSED,
        "is a file, not a directory",
    ),
    (
        "catalog-not-a-catalog",
        ["--catalog", NOT_A_CATALOG, "tour"],
        REFUSED,
        "the catalog data is invalid",
    ),
]


def with_json(argv: list[str]) -> list[str]:
    """The same command line asking for JSON (after the command, where it belongs)."""
    return [*argv, "--json"]


def assert_one_error_line(err: str, fragment: str) -> str:
    assert err.endswith("\n") and err.count("\n") == 1, err
    assert err.startswith("hiptx: error: "), err
    assert fragment in err, err
    return err[len("hiptx: error: ") : -1]


def assert_json_error(out: str, message: str, code: int) -> dict[str, object]:
    data: dict[str, object] = json.loads(out)
    assert set(data) == {"error", "kind", "problems"}
    assert data["error"] == message
    assert isinstance(data["problems"], list)
    if code == USAGE:
        assert data["kind"] == "UsageError" and data["problems"] == []
    else:
        assert data["kind"] in HIPTX_ERRORS
    return data


SUBPROCESS_CASES = [
    "unknown-command",
    "list-bad-kind",
    "start-word",
    "start-year-9999",
    "session-empty",
    "session-duplicate-key",
    "session-arabic-digits",
    "session-pain-11",
    "coverage-unknown-after-treatment",
    "check-no-such-directory",
    "check-not-a-catalog",
    "red-flags-unknown",
]


def run_hiptx(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "hiptx", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        check=False,
        env={**os.environ, **(env or {})},
    )


def test_the_matrix_is_large_and_its_ids_unique() -> None:
    ids = [case[0] for case in CASES]
    assert len(ids) == len(set(ids))
    assert len(CASES) >= 60
    assert {code for *_, code, _ in CASES} == {USAGE, REFUSED}


@pytest.mark.parametrize(
    ("argv", "code", "fragment"), [pytest.param(*c[1:], id=c[0]) for c in CASES]
)
def test_bad_command_line_in_process(
    capsys: pytest.CaptureFixture[str], argv: list[str], code: int, fragment: str
) -> None:
    assert main(argv) == code
    out, err = capsys.readouterr()
    assert out == ""
    assert_one_error_line(err, fragment)
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("argv", "code", "fragment"), [pytest.param(*c[1:], id=c[0]) for c in CASES]
)
def test_bad_command_line_under_json(
    capsys: pytest.CaptureFixture[str], argv: list[str], code: int, fragment: str
) -> None:
    assert main(with_json(argv)) == code
    out, err = capsys.readouterr()
    message = assert_one_error_line(err, fragment)
    assert_json_error(out, message, code)
    assert "Traceback" not in out + err


def test_a_bad_catalog_lists_its_problems_under_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", NOT_A_CATALOG, "--json"]) == REFUSED
    out, err = capsys.readouterr()
    data = assert_json_error(out, assert_one_error_line(err, "invalid"), REFUSED)
    assert data["kind"] == "CatalogDataError"
    problems = data["problems"]
    assert isinstance(problems, list)
    # The rules directory holds none of the catalog's files: each problem names one.
    assert problems
    assert all(".json" in json.dumps(p) for p in problems)


@pytest.mark.slow
@pytest.mark.parametrize("json_mode", [False, True], ids=["text", "json"])
@pytest.mark.parametrize(
    ("argv", "code", "fragment"),
    [pytest.param(*c[1:], id=c[0]) for c in CASES if c[0] in SUBPROCESS_CASES],
)
def test_bad_command_line_in_a_real_process(
    argv: list[str], code: int, fragment: str, json_mode: bool
) -> None:
    result = run_hiptx(*(with_json(argv) if json_mode else argv))
    assert result.returncode == code
    message = assert_one_error_line(result.stderr, fragment)
    assert "Traceback" not in result.stdout + result.stderr
    if json_mode:
        assert_json_error(result.stdout, message, code)
    else:
        assert result.stdout == ""


def test_every_subprocess_case_is_in_the_matrix() -> None:
    assert set(SUBPROCESS_CASES) <= {c[0] for c in CASES}


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
