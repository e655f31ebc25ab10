"""tools/browser_check.py finds what a reader would see go wrong, in a real browser."""

from __future__ import annotations

from pathlib import Path

import browser_check
import pytest

pytestmark = pytest.mark.slow

GOOD = """<!doctype html><html><head><meta charset="utf-8"></head><body>
<h1 id="top">A page</h1><a href="other.html#here">other</a> <a href="#top">top</a>
<a href="https://example.org/">outside</a><pre>short</pre></body></html>"""
OTHER = """<!doctype html><html><body><p id="here">here</p>{extra}</body></html>"""


def site(tmp_path: Path, extra: str = "") -> Path:
    (tmp_path / "index.html").write_text(GOOD, encoding="utf-8")
    (tmp_path / "other.html").write_text(OTHER.format(extra=extra), encoding="utf-8")
    return tmp_path


def test_a_clean_site_passes(tmp_path: Path) -> None:
    assert browser_check.check(site(tmp_path), tmp_path / "shots") == [
        # The screenshots name pictures a tiny site does not have; nothing else is wrong.
        f"pictures.html: no such page, so no {file_name}"
        for file_name, _, _ in browser_check.SCREENSHOTS
    ]


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        ('<div style="width:1500px">wide</div>', "other.html: wider than 1280 px: div"),
        ("<pre>" + "x" * 400 + "</pre>", "other.html: wider than 1280 px: pre (scrolls)"),
        ('<img src="missing.svg" alt="gone">', "other.html: image does not load: missing.svg"),
        ("<script>console.error('boom')</script>", "other.html: console error: boom"),
        ('<a href="nowhere.html">x</a>', "other.html: link to a missing page: nowhere.html"),
        (
            '<a href="index.html#gone">x</a>',
            "other.html: link to a missing anchor: index.html#gone",
        ),
        (
            '<a href="#here" title="hiptx.model._provenance.Citation">Citation</a>',
            "other.html: a link shows hiptx.model._provenance.Citation, not hiptx.Citation",
        ),
    ],
)
def test_each_problem_is_reported(tmp_path: Path, extra: str, expected: str) -> None:
    problems = browser_check.check(site(tmp_path, extra), tmp_path / "shots")
    assert any(p.startswith(expected) for p in problems), problems


def test_main_says_when_there_are_no_docs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert browser_check.main(["--html", str(tmp_path)]) == 1
    assert "no built docs" in capsys.readouterr().out
