"""The README's example runs, and prints what its comments say it prints."""

from __future__ import annotations

import contextlib
import io
import pathlib
import re

README = pathlib.Path(__file__).resolve().parents[2] / "README.md"


def _example() -> str:
    (block,) = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), re.DOTALL)
    return str(block)


def test_the_readme_example_prints_what_its_comments_say() -> None:
    code = _example()
    promised = [line.split("  # ", 1)[1] for line in code.splitlines() if line.startswith("print(")]
    assert len(promised) == 6  # every print says what it prints
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code, str(README), "exec"), {})  # noqa: S102 - the project's own README
    assert out.getvalue().splitlines() == promised
