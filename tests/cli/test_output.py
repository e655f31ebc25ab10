"""The command's text on a terminal: wrapped to its width, values listed, stops worded.

Issue 24 found lines of 302 characters from ``hiptx list sources``, help that did
not name the red flags, findings or patterns it takes, and "Next exercise: none:
stop (see why)". The width comes from ``shutil.get_terminal_size``, which reads
``COLUMNS`` first, so the tests set ``COLUMNS``.
"""

from __future__ import annotations

import json
import textwrap

import pytest

import hiptx
from hiptx.cli import _render, main
from tests.support.cli import Capture, run_ok

CATALOG = hiptx.load_catalog()


def _words(text: str) -> list[str]:
    # A table's rule under its header is as long as the columns are wide: not a word.
    return [word for word in text.split() if word.strip("-")]


COMMANDS = [
    ("list", "sources"),
    ("list", "risks"),
    ("list", "flags"),
    ("list", "patterns"),
    ("show", "hip-arthroscopy"),
    ("recovery", "hip-arthroscopy", "--start", "2026-01-05"),
    ("compare", "hip-arthroscopy", "personalised-hip-therapy"),
    ("plan", "--finding", "adduction=weak", "--finding", "flexion=painful:5"),
    ("progress", "side-lying-hip-adduction", "--session", "sets=3,reps=10,during=2,after=2"),
    ("red-flags", "trauma"),
    ("tour",),
]


@pytest.mark.parametrize("width", [60, 100])
@pytest.mark.parametrize("command", COMMANDS, ids=[" ".join(c[:2]) for c in COMMANDS])
def test_text_fits_the_terminal_and_loses_no_word(
    capsys: Capture, monkeypatch: pytest.MonkeyPatch, command: tuple[str, ...], width: int
) -> None:
    monkeypatch.delenv("COLUMNS", raising=False)
    whole = run_ok(capsys, *command)
    monkeypatch.setenv("COLUMNS", str(width))
    wrapped = run_ok(capsys, *command)
    too_long = [line for line in wrapped.splitlines() if len(line) > width]
    # Only a word longer than the width (a URL) may stick out, alone on its line.
    assert all(len(line.split()) == 1 for line in too_long), too_long
    # A table wrapped under its rows reads in another order; every word is kept.
    assert sorted(_words(wrapped)) == sorted(_words(whole))


def test_the_exported_document_is_never_wrapped(
    capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "60")
    out = run_ok(capsys, "export", "fhir")
    assert max(len(line) for line in out.splitlines()) > 60
    assert json.loads(out)["resourceType"] == "Bundle"


def test_a_pipe_with_no_columns_keeps_each_row_whole(
    capsys: Capture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("COLUMNS", raising=False)
    out = run_ok(capsys, "list", "sources")
    rows = out.splitlines()[2:]
    assert len(rows) == len(CATALOG.sources)  # one row a source, for grep
    assert max(len(row) for row in rows) > 120  # so nothing was wrapped


def test_a_table_wraps_its_last_column_under_itself() -> None:
    rows = [["a", "one two three four five six seven"], ["bb", "short"]]
    text = _render.table(["id", "title"], rows, width=28)
    assert text.splitlines() == [
        "id  title",
        "--  " + "-" * 24,
        "a   one two three four five",
        "    six seven",
        "bb  short",
    ]
    assert _render.table(["id", "title"], rows, width=None).splitlines()[2].endswith("seven")


def test_a_table_too_wide_for_its_last_column_puts_it_under_each_row() -> None:
    rows = [["x" * 30, "a title of several words"]]
    lines = _render.table(["id", "title"], rows, width=40).splitlines()
    assert lines == ["id", "    title", "-" * 40, "x" * 30, "    a title of several words"]


def test_wrapped_lines_keep_their_indent_and_list_items_hang() -> None:
    text = "Why:\n  - " + "word " * 20 + "[source-id]"
    lines = _render.wrap(text, 30).splitlines()
    assert lines[0] == "Why:"
    assert lines[1].startswith("  - word")
    assert all(line.startswith("    word") or line == "    [source-id]" for line in lines[2:])
    assert all(len(line) <= 30 for line in lines)
    assert _render.wrap(text, None) == text


def test_the_width_is_columns_with_a_floor(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "10")
    assert _render.output_width() == _render.MIN_WIDTH
    monkeypatch.setenv("COLUMNS", "132")
    assert _render.output_width() == 132


# -- the values options take -----------------------------------------------------


def test_list_flags_gives_each_flags_urgency_from_the_catalog(capsys: Capture) -> None:
    data = json.loads(run_ok(capsys, "list", "flags", "--json"))
    assert [row["flag"] for row in data] == [r.flag.value for r in CATALOG.rules.red_flags]
    by_flag = {row["flag"]: row for row in data}
    assert set(by_flag) == {flag.value for flag in hiptx.RedFlag}
    for rule in CATALOG.rules.red_flags:
        assert by_flag[rule.flag.value]["urgency"] == rule.pathway.urgency.value
        assert by_flag[rule.flag.value]["action"] == rule.action
    # Safety (HZ-001): the list never shows a red flag as routine.
    assert all(hiptx.Urgency(row["urgency"]).is_urgent for row in data)


def test_list_findings_and_patterns(capsys: Capture) -> None:
    findings = json.loads(run_ok(capsys, "list", "findings", "--json"))
    assert findings == [
        {"finding": "normal", "impaired": "no"},
        {"finding": "weak", "impaired": "yes"},
        {"finding": "restricted", "impaired": "yes"},
        {"finding": "painful", "impaired": "yes"},
    ]
    patterns = {
        row["pattern"]: row["chains that train it"]
        for row in json.loads(run_ok(capsys, "list", "patterns", "--json"))
    }
    assert set(patterns) == {p.value for p in hiptx.MovementPattern}
    assert patterns["adduction"] == ["hip-adductor-strengthening"]
    assert patterns["internal_rotation"] is None  # seed 001: no chain trains it
    text = run_ok(capsys, "list", "patterns")
    assert "internal_rotation  -" in text
    muscles = json.loads(run_ok(capsys, "list", "muscles", "--json"))
    assert [row["muscle"] for row in muscles] == [m.value for m in hiptx.Muscle]


def test_list_of_values_takes_no_exercise_filter(capsys: Capture) -> None:
    assert main(["list", "flags", "--pattern", "adduction"]) == 2
    assert "select exercises only" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("command", "values"),
    [
        (["progress"], [f.value for f in hiptx.RedFlag]),
        (["red-flags"], [f.value for f in hiptx.RedFlag]),
        (["plan"], [p.value for p in hiptx.MovementPattern] + [f.value for f in hiptx.Finding]),
        (["list"], ["flags", "findings", "patterns", "muscles", "sources"]),
        (["recovery"], ["sedentary", "manual", "standard", "restricted"]),
        (["programme", "build"], [f.value for f in hiptx.RedFlag] + ["mon", "sun"]),
    ],
)
def test_help_lists_the_values_an_option_takes(
    capsys: Capture, monkeypatch: pytest.MonkeyPatch, command: list[str], values: list[str]
) -> None:
    monkeypatch.setenv("COLUMNS", "200")
    assert main([*command, "--help"]) == 0
    text = " ".join(capsys.readouterr().out.split())
    missing = [v for v in values if v not in text]
    assert missing == []


# -- a stop, in words that stand alone ---------------------------------------------


def test_a_stop_at_the_bottom_of_a_chain_says_what_to_do(capsys: Capture) -> None:
    out = run_ok(
        capsys,
        "progress",
        "side-lying-hip-adduction",
        "--session",
        "sets=3,reps=10,during=2,after=2,sharp",
    )
    assert "Outcome: stop" in out
    assert (
        "Next exercise: none. Stop side-lying-hip-adduction: there is no easier level "
        "to step down to; the reasons below say why."
    ) in " ".join(out.split("\n"))
    assert "(see why)" not in out
    assert "no easier level" in textwrap.dedent(out.split("Why:")[1])
