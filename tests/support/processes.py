"""Running Python in a fresh process, for what only a new interpreter shows (what
``import hiptx`` loads, what a first load reads)."""

from __future__ import annotations

import subprocess
import sys


def fresh_python(code: str, *args: str) -> str:
    """What ``python -c code args`` prints; it must succeed."""
    return subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, check=True
    ).stdout
