"""Shared fixtures and Hypothesis profiles ("ci" is thorough, "fast" for quick runs)."""

from __future__ import annotations

import os
import pathlib
import shutil

import importlib_resources
import pytest
from hypothesis import HealthCheck, settings

import hiptx

settings.register_profile("ci", max_examples=200, deadline=None)
settings.register_profile("dev", max_examples=60, deadline=None)
settings.register_profile(
    "fast", max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))


@pytest.fixture(scope="session")
def cat() -> hiptx.Catalog:
    """The bundled catalog."""
    return hiptx.load_catalog()


@pytest.fixture
def data_copy(tmp_path: pathlib.Path) -> pathlib.Path:
    """A writable copy of the bundled data directory."""
    target = tmp_path / "data"
    with importlib_resources.as_file(importlib_resources.files("hiptx").joinpath("data")) as src:
        shutil.copytree(src, target)
    return target
