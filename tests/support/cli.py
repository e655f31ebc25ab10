"""Running the hiptx command in-process, for the tests of hiptx.cli."""

from __future__ import annotations

import io
import json

import pytest

from hiptx.cli import main

Capture = pytest.CaptureFixture[str]


def run(capsys: Capture, *args: str) -> tuple[int, str, str]:
    """The exit status, standard output and standard error of ``hiptx args``."""
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def run_ok(capsys: Capture, *args: str) -> str:
    """The output of ``hiptx args``, which must succeed and print no error."""
    code, out, err = run(capsys, *args)
    assert (code, err) == (0, ""), err
    return out


def run_json(capsys: Capture, *args: str) -> object:
    """The JSON document ``hiptx args --json`` prints."""
    return json.loads(run_ok(capsys, *args, "--json"))


def ascii_stream() -> io.TextIOWrapper:
    """A stream that takes ASCII only, as a terminal without UTF-8 does."""
    return io.TextIOWrapper(io.BytesIO(), encoding="ascii")


def captured(stream: io.TextIOWrapper) -> str:
    """What was written to an :func:`ascii_stream`."""
    stream.flush()
    buffer = stream.buffer
    assert isinstance(buffer, io.BytesIO)
    return buffer.getvalue().decode("ascii")  # fails if anything is not ASCII
