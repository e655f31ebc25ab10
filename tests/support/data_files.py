"""Editing a copy of the catalog's data files, for tests of the loader."""

from __future__ import annotations

import json
import pathlib
from collections.abc import Callable
from typing import Any


def edit(directory: pathlib.Path, name: str, change: Callable[[Any], object]) -> None:
    """Read ``name`` in ``directory`` as JSON, let ``change`` alter it, write it back."""
    path = directory / name
    document = json.loads(path.read_text(encoding="utf-8"))
    change(document)
    path.write_text(json.dumps(document), encoding="utf-8")


FILES = (
    "index.json",
    "sources.json",
    "conditions.json",
    "risks.json",
    "treatments.json",
    "exercises.json",
    "progressions.json",
    "rules.json",
    "instruments.json",
)
"""The catalog's files, the index first: the tests' one list of them."""

PARTS = ("sources", "conditions", "risks", "treatments", "exercises", "progressions", "instruments")
"""The catalog's parts held by id (``rules`` is one object; ``index`` its header)."""
