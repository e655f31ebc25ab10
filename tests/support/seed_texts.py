"""Where the tests find the five seed documents, which the project must not ship.

The seed texts are third-party web pages. The catalog quotes short passages from them
with attribution, and the tests check every quote against the pages' own words, but the
pages themselves stay outside the repository: the tests read them from ``$HIPTX_SEEDS``,
else from ``shared/seeds`` beside the repository (``<repo>/../shared/seeds``).
"""

from __future__ import annotations

import os
import pathlib
from collections.abc import Mapping

import pytest

REPO = pathlib.Path(__file__).resolve().parents[2]
DEFAULT_SEEDS = REPO.parent / "shared" / "seeds"

# The seed document each seed source was taken from (see shared/seeds/README.md).
SEED_FILES = {
    "fashion-treatments-page": "000_db6f966768c1ce5f.txt",
    "upright-health-pht-critique": "001_db771242409fbeb0.txt",
    "circle-health-hip-pain": "002_54389254b9852559.txt",
    "physio-network-kemp": "003_e005f9ea8da86989.txt",
    "caring-medical-exercise-hip": "004_bca22a10b6aa79db.txt",
}


def seed_dir(environ: Mapping[str, str] = os.environ) -> pathlib.Path:
    """The seed directory: ``$HIPTX_SEEDS`` if set and non-empty, else ``../shared/seeds``."""
    override = environ.get("HIPTX_SEEDS")
    return pathlib.Path(override) if override else DEFAULT_SEEDS


def missing_seed_files(directory: pathlib.Path) -> list[str]:
    """The seed files the quote check needs that ``directory`` lacks, in seed order."""
    return [name for name in SEED_FILES.values() if not (directory / name).is_file()]


def require_seed_texts(environ: Mapping[str, str] = os.environ) -> pathlib.Path:
    """The seed directory, if it holds all five texts.

    Otherwise the calling test fails when ``CI`` is set (no test may skip in CI) and is
    skipped elsewhere, each time with a message naming the directory and ``$HIPTX_SEEDS``.
    """
    directory = seed_dir(environ)
    missing = missing_seed_files(directory)
    if missing:
        reason = (
            f"the seed texts {', '.join(missing)} are not in {directory}; set $HIPTX_SEEDS "
            "to a directory holding the five seed .txt files (default: ../shared/seeds "
            "beside the repository)"
        )
        if environ.get("CI"):
            pytest.fail(f"CI needs the seed texts: {reason}", pytrace=False)
        pytest.skip(reason)
    return directory
