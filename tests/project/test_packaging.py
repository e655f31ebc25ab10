"""Build the wheel and the sdist; install the wheel in a fresh environment and load the catalog.

The sdist must carry nothing the project may not redistribute: no seed document.
"""

from __future__ import annotations

import json
import os
import pathlib
import re
import subprocess
import sys
import tarfile
import venv
import zipfile

import pytest

from tests.support.data_files import FILES
from tests.support.seed_texts import SEED_FILES, require_seed_texts

REPO = pathlib.Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow

CHECK = """
import sys
import hiptx
before = sorted(m for m in ("cattrs", "hiptx.model", "json") if m in sys.modules)
import json, importlib.resources as r
cat = hiptx.load_catalog()
again = hiptx.load_catalog()
try:
    cat.treatments["hip-arthroscpy"]
except KeyError as e:
    suggestion = str(e)
# Whether the installed load was the fast one: the record is there and vouches
# for every installed data file (without it, every check runs, silently slower).
from hiptx.catalog import _json, _loading, _pipeline
directory = _loading.bundled_directory()
record = _pipeline.bundled_record(directory)
vouched = record is not None and _json.read_files(directory, record.files).matches(record.files)
print(json.dumps({
    "vouched": vouched,
    "file": hiptx.__file__,
    "imported_at_import": before,
    "cached": cat is again,
    "treatments": len(cat.treatments),
    "version": hiptx.__version__,
    "py_typed": r.files("hiptx").joinpath("py.typed").is_file(),
    "suggestion": suggestion,
}))
"""


def _build(kind: str, out: pathlib.Path) -> pathlib.Path:
    """Build the ``kind`` (``wheel`` or ``sdist``) into ``out``; the one file it made."""
    subprocess.run(
        [
            sys.executable,
            "-m",
            "build",
            f"--{kind}",
            "--no-isolation",
            "--outdir",
            str(out),
            str(REPO),
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    (built,) = out.glob("hiptx-*.whl" if kind == "wheel" else "hiptx-*.tar.gz")
    return built


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> pathlib.Path:
    return _build("wheel", tmp_path_factory.mktemp("dist"))


@pytest.fixture(scope="module")
def sdist(tmp_path_factory: pytest.TempPathFactory) -> pathlib.Path:
    return _build("sdist", tmp_path_factory.mktemp("sdist"))


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def test_sdist_holds_no_seed_document(sdist: pathlib.Path) -> None:
    seeds = require_seed_texts()
    openings = {
        name: _squash((seeds / name).read_text(encoding="utf-8"))[:200]
        for name in SEED_FILES.values()
    }
    assert all(len(opening) == 200 for opening in openings.values())
    with tarfile.open(sdist) as archive:
        members = [m for m in archive.getmembers() if m.isfile()]
        # The sdist is the project itself, not an empty shell.
        assert any(m.name.endswith("src/hiptx/data/sources.json") for m in members)
        for member in members:
            parts = pathlib.PurePosixPath(member.name).parts
            assert "seeds" not in parts, member.name
            assert pathlib.PurePosixPath(member.name).name not in openings, member.name
            handle = archive.extractfile(member)
            assert handle is not None
            text = _squash(handle.read().decode("utf-8", errors="replace"))
            for name, opening in openings.items():
                assert opening not in text, f"{member.name} holds the opening of seed {name}"


def test_wheel_holds_the_data_schemas_and_py_typed(wheel: pathlib.Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    data_files = {name.removesuffix(".json") for name in FILES}
    assert "hiptx/py.typed" in names
    # The record of validated bytes: without it the installed load takes every check.
    assert "hiptx/data/validated.json" in names
    assert {f"hiptx/data/{n}.json" for n in data_files} <= names
    assert {f"hiptx/data/schema/{n}.schema.json" for n in data_files} <= names
    assert not any(n.startswith(("tests/", "src/")) for n in names)


def test_installed_wheel_loads_the_catalog(wheel: pathlib.Path, tmp_path: pathlib.Path) -> None:
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True, clear=True).create(env_dir)
    python = env_dir / ("Scripts" if os.name == "nt" else "bin") / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", str(wheel)],
        check=True,
        capture_output=True,
        text=True,
    )
    # Run from an empty directory so the source tree cannot be imported by accident.
    result = subprocess.run(
        [str(python), "-c", CHECK], check=True, capture_output=True, text=True, cwd=tmp_path
    )
    report = json.loads(result.stdout)
    assert pathlib.Path(report["file"]).is_relative_to(env_dir)
    assert report["imported_at_import"] == []
    assert report["cached"] is True
    assert report["treatments"] >= 2
    assert report["py_typed"] is True
    assert report["vouched"] is True
    assert "did you mean 'hip-arthroscopy'" in report["suggestion"]
    command = env_dir / "bin" / "hiptx"
    shown = subprocess.run(
        [str(command), "show", "hip-arthroscopy"],
        check=True,
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert "Hip arthroscopy" in shown.stdout


DOWNSTREAM_MYPY = """\
[mypy]
strict = True
# jsonschema ships no type information; the app's own code and hiptx's are checked.
[mypy-jsonschema.*]
ignore_missing_imports = True
"""


def test_a_downstream_app_runs_and_type_checks_against_the_installed_wheel(
    wheel: pathlib.Path, tmp_path: pathlib.Path
) -> None:
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True, clear=True).create(env_dir)
    python = env_dir / ("Scripts" if os.name == "nt" else "bin") / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", str(wheel), "mypy", "jsonschema"],
        check=True,
        capture_output=True,
        text=True,
    )
    app_dir = tmp_path / "app"
    app_dir.mkdir()
    app = app_dir / "app.py"
    app.write_text(
        (REPO / "tests" / "support" / "downstream_app.py").read_text(encoding="utf-8"), "utf-8"
    )
    (app_dir / "mypy.ini").write_text(DOWNSTREAM_MYPY, encoding="utf-8")
    # From the app's own directory, so only the installed wheel can be imported.
    ran = subprocess.run(
        [str(python), str(app)], check=True, capture_output=True, text=True, cwd=app_dir
    )
    report = json.loads(ran.stdout)
    assert len(report["outcomes"]) == 8
    # Week 3 is the painful week: nothing progresses; week 5's overload regresses.
    assert "progress" not in report["outcomes"][2]
    assert report["outcomes"][4][0] in {"regress", "stop"}
    assert "ProgrammeUpdate" in report["kinds"]
    assert "ProgressionDecision" in report["kinds"]
    assert report["sent"] >= 8 + 4
    assert report["added"] == 2
    assert report["same_catalog"] is True
    checked = subprocess.run(
        [str(python), "-m", "mypy", "--no-incremental", "app.py"],
        check=False,
        capture_output=True,
        text=True,
        cwd=app_dir,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "Success: no issues found in 1 source file" in checked.stdout
