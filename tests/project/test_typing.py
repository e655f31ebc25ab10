"""The calls the docs show type-check under ``mypy --strict`` on every supported Python.

This file is itself checked by the project's mypy run (Python 3.10 rules); the slow
test below checks it again under the rules of a Python with
``importlib.resources.abc`` (3.11+), where ``files()`` returns the standard
library's ``Traversable``.
"""

from __future__ import annotations

import importlib.resources
import pathlib
import subprocess
import sys

import pytest

import hiptx


def test_load_catalog_takes_the_standard_librarys_traversable() -> None:
    data: hiptx.Catalog = hiptx.load_catalog(importlib.resources.files("hiptx") / "data")
    assert data == hiptx.load_catalog()
    assert data is not hiptx.load_catalog()


def test_load_catalog_takes_the_backports_traversable() -> None:
    import importlib_resources

    data = hiptx.load_catalog(importlib_resources.files("hiptx").joinpath("data"))
    assert data == hiptx.load_catalog()


@pytest.mark.slow
@pytest.mark.parametrize("python", ["3.10", "3.12"])
def test_this_file_passes_mypy_strict(python: str) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "--python-version",
            python,
            "--follow-imports",
            "silent",
            str(pathlib.Path(__file__)),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
