"""The docs' pictures are drawn from the data at build time: edit a milestone, and the
next build of the docs draws the new figure."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest

import hiptx

pytestmark = pytest.mark.slow

DOCS = Path(__file__).resolve().parents[2] / "docs"
DATA = Path(hiptx.__file__).parent / "data"


def build(source: Path, out: Path) -> None:
    from sphinx.application import Sphinx

    app = Sphinx(
        str(source), str(source), str(out), str(out / ".doctrees"), "html",
        status=None, warning=sys.stderr, freshenv=False, warningiserror=True,
    )  # fmt: skip
    app.build()


def set_pht_improvement(data: Path, low: int) -> None:
    path = data / "treatments.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    pht = next(t for t in document["treatments"] if t["id"] == "personalised-hip-therapy")
    (milestone,) = pht["milestones"]
    milestone["span"]["low"] = low
    path.write_text(json.dumps(document, indent=2), encoding="utf-8")


def test_editing_a_milestone_redraws_its_timeline_in_the_next_build(tmp_path: Path) -> None:
    source = tmp_path / "docs"
    source.mkdir()
    shutil.copytree(DATA, source / "data")
    (source / "conf.py").write_text(
        f"import sys\nsys.path.insert(0, {str(DOCS / '_ext')!r})\n"
        "extensions = ['myst_parser', 'hiptx_pictures']\n",
        encoding="utf-8",
    )
    (source / "index.md").write_text(
        "# Timeline\n\n```{hiptx-picture} timeline personalised-hip-therapy\n:path: data\n```\n",
        encoding="utf-8",
    )
    out = tmp_path / "html"
    picture = out / "_pictures" / "timeline-personalised-hip-therapy.svg"

    build(source, out)
    first = picture.read_text(encoding="utf-8")
    assert "4-6 months" in first
    assert 'src="_pictures/timeline-personalised-hip-therapy.svg"' in (
        out / "index.html"
    ).read_text(encoding="utf-8")

    set_pht_improvement(source / "data", 2)
    build(source, out)  # incremental, as a writer's next build is
    second = picture.read_text(encoding="utf-8")
    assert "2-6 months" in second
    assert "4-6 months" not in second


def test_an_unknown_picture_is_a_clear_error() -> None:
    sys.path.insert(0, str(DOCS / "_ext"))
    import hiptx_pictures

    with pytest.raises(ValueError, match="unknown picture 'pie'"):
        hiptx_pictures.draw("pie", None, hiptx.load_catalog(), "")
