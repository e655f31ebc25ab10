"""Editing a copy of the catalog's data files, for tests of the loader."""

from __future__ import annotations

import json
import pathlib
from collections.abc import Callable
from typing import Any

from hiptx.catalog._documents import FILES as CATALOG_FILES, LIST_PARTS


def edit(directory: pathlib.Path, name: str, change: Callable[[Any], object]) -> None:
    """Read ``name`` in ``directory`` as JSON, let ``change`` alter it, write it back."""
    path = directory / name
    document = json.loads(path.read_text(encoding="utf-8"))
    change(document)
    path.write_text(json.dumps(document), encoding="utf-8")


FILES = tuple(part.file for part in CATALOG_FILES)
"""The catalog's files, the index first, from the catalog's one table of them."""

PARTS = tuple(part.keyword for part in LIST_PARTS)
"""The catalog's parts held by id (``rules`` is one object; ``index`` its header)."""
