"""The command's entry point (cli/__init__.py): an interrupt is one line and exit status 130."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import pytest

from hiptx import _console


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
