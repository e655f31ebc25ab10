"""The docs' runnable examples (docs/examples/), loaded as modules for the tests."""

from __future__ import annotations

import importlib.util
import pathlib
import sys
from types import ModuleType

EXAMPLES = pathlib.Path(__file__).resolve().parents[2] / "docs" / "examples"


def load_example(file: str, name: str) -> ModuleType:
    """Run ``docs/examples/<file>`` as the module ``name`` (registered, so that its
    classes pickle and its dataclasses resolve) and return it."""
    spec = importlib.util.spec_from_file_location(name, EXAMPLES / file)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
