"""Every command the README shows runs as written, from a checkout.

The README's commands are the first thing a new reader types. Each one is found in
the README's code (shell blocks and inline code), and run: ``hiptx ...`` through the
command-line entry point, ``.venv/bin/python SCRIPT`` with this test's interpreter
(the project's environment, as the tour's ``.venv`` would be). A script that rewrites
files of the checkout runs on a copy, so the test changes nothing.
"""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import hiptx.cli

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")

#: Scripts that write into the checkout: run on a copy of what they write to.
WRITERS = {"tools/format_data.py", "tools/generate_schema.py"}
#: Extra arguments for a run in the test: the benchmark's smoke mode.
QUICK = {"benchmarks/bench.py": ["--quick"]}


def commands() -> list[str]:
    """Every command in the README: shell-block lines and inline code that runs."""
    found = []
    for block in re.findall(r"```bash\n(.*?)```", README, re.DOTALL):
        found += [line.strip() for line in block.splitlines() if line.strip()]
    for code in re.findall(r"`([^`\n]+)`", README):
        if re.match(r"(hiptx |\.venv/bin/|python3? |bash |pip |source )", code):
            found.append(code)
    return list(dict.fromkeys(found))


def test_the_readme_shows_its_commands() -> None:
    shown = commands()
    assert "bash tools/check.sh" in shown
    assert ".venv/bin/python tools/catalog_report.py" in shown
    assert ".venv/bin/python benchmarks/bench.py" in shown
    assert sum(c.startswith("hiptx ") for c in shown) >= 8


def test_no_command_needs_an_interpreter_the_checkout_does_not_make() -> None:
    # A bare `python` is whatever the reader's shell finds, often one without hiptx.
    for command in commands():
        for part in command.split("&&"):
            program = shlex.split(part)[0]
            assert program in {"python3", "bash", "hiptx", "source"} or program.startswith(
                ".venv/bin/"
            ), command


def test_the_set_up_command_makes_what_the_rest_use() -> None:
    (setup,) = [c for c in commands() if c.startswith("python3 -m venv .venv")]
    steps = [shlex.split(part) for part in setup.split("&&")]
    assert steps[0] == ["python3", "-m", "venv", ".venv"]
    assert steps[1][:2] == [".venv/bin/pip", "install"] and "." in steps[1]
    assert steps[2] == [".venv/bin/hiptx", "tour"]
    # `hiptx` is the console script pip installs; its tour runs.
    assert 'hiptx = "hiptx._console:run"' in (ROOT / "pyproject.toml").read_text()
    assert hiptx.cli.main(["tour"]) == 0


def test_the_check_script_exists_and_parses() -> None:
    assert subprocess.run(["bash", "-n", str(ROOT / "tools/check.sh")], check=False).returncode == 0


def hiptx_commands() -> list[str]:
    return [c for c in commands() if c.startswith("hiptx ")]


@pytest.mark.parametrize("command", hiptx_commands())
def test_each_hiptx_command_runs(
    command: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(tmp_path)  # `export ... --out bundle.json` writes here
    argv = shlex.split(command)[1:]
    if argv[:1] == ["check"]:
        # The README's placeholder for the reader's own catalog: the bundled data.
        argv = ["check", str(Path(hiptx.__file__).parent / "data")]
    assert hiptx.cli.main(argv) == 0, capsys.readouterr().err
    assert capsys.readouterr().out.strip()


def script_commands() -> list[str]:
    return [c for c in commands() if c.startswith(".venv/bin/python ")]


@pytest.mark.slow
@pytest.mark.parametrize("command", script_commands())
def test_each_script_runs_from_the_checkout(command: str, tmp_path: Path) -> None:
    script, *args = shlex.split(command)[1:]
    root = ROOT
    if script in WRITERS:
        # The same script, in a copy of the checkout's tools and data.
        root = tmp_path
        shutil.copytree(ROOT / "tools", root / "tools")
        shutil.copytree(ROOT / "src" / "hiptx" / "data", root / "src" / "hiptx" / "data")
    done = subprocess.run(
        [sys.executable, script, *args, *QUICK.get(script, [])],
        cwd=root,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Traceback" not in done.stderr
