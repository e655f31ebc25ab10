"""Open the built HTML docs in a real headless browser and check what a reader sees.

Run after ``sphinx-build -b html docs docs/_build/html``::

    .venv/bin/python tools/browser_check.py

Debian's ``chromium`` (``apt-get install -y chromium``), driven by Playwright's Python
package through ``executable_path``: nothing is downloaded (never ``playwright
install``) and the pages are read from disk. At a 1280 px wide window, on every page:

* no element runs past the right edge of the window (code blocks, tables, pictures),
  and no code block hides a line behind a horizontal scroll bar;
* every image loads;
* the browser's console shows no error;
* every link to another page of the docs resolves, anchor included;
* the copy button of a doctest copies its code without ``>>>``/``...`` prompts and
  without its output;
* no link shows a public class by the module that defines it
  (``hiptx.rules.programme.ProgrammeWeek``): apps import ``hiptx.ProgrammeWeek``.

It saves screenshots of a recovery timeline, a progression chain, the decision
flowchart and a programme calendar into ``docs/_build/screenshots/``. Exit status 1
with every problem listed, 0 when the docs pass.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import sys
from pathlib import Path
from urllib.parse import unquote, urldefrag, urlparse

from playwright.sync_api import (
    ConsoleMessage,
    Page,
    TimeoutError as PlaywrightTimeout,
    sync_playwright,
)

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("HIPTX_CHROMIUM", "/usr/bin/chromium")
#: Flags for a headless run on a machine with no display, no network and no sandbox
#: (CI runs as root in a container).
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
WIDTH = 1280
#: The pictures to photograph: (file name, page, element id).
SCREENSHOTS = [
    ("recovery-timeline.png", "pictures.html", "picture-timeline-hip-arthroscopy"),
    ("chain.png", "pictures.html", "picture-chain-hip-adductor-strengthening"),
    ("decision-flowchart.png", "pictures.html", "picture-decision"),
    ("programme-calendar.png", "pictures.html", "picture-calendar"),
]

# In the page: what runs past the window's right edge, images that did not load, the
# ids on the page and every link. An element inside a scrolling box may be wider
# than the window only if that box is not; a code block must not need its scroll bar.
_INSPECT = """
() => {
  const width = window.innerWidth;
  const wide = [];
  for (const el of document.body.querySelectorAll('*')) {
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    // Wholly off-screen is an off-canvas drawer (furo's contents panel); it is
    // overflow only if the page can scroll to it, which the last check catches.
    if (box.right > width + 1 && box.left < width) {
      let clipped = false;
      for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
        const overflow = getComputedStyle(up).overflowX;
        if (overflow !== 'visible' && up.getBoundingClientRect().right <= width + 1) {
          clipped = true; break;
        }
      }
      if (!clipped) wide.push(el.tagName.toLowerCase() + (el.className ? '.' + el.className : ''));
    }
  }
  for (const pre of document.querySelectorAll('pre')) {
    if (pre.scrollWidth > pre.clientWidth + 1 && pre.getBoundingClientRect().width > 0) {
      wide.push('pre (scrolls): ' + pre.textContent.split('\\n').find(l => l.length > 60));
    }
  }
  if (document.documentElement.scrollWidth > width + 1) wide.push('the page scrolls sideways');
  const images = [...document.images]
    .filter(img => !(img.complete && img.naturalWidth > 0))
    .map(img => img.getAttribute('src'));
  const ids = [...document.querySelectorAll('[id]')].map(el => el.id);
  const links = [...document.querySelectorAll('a[href]')].map(a => a.getAttribute('href'));
  const shown = [...document.querySelectorAll('a[href]')]
    .flatMap(a => [a.textContent, a.getAttribute('title') || '']);
  return {wide: [...new Set(wide)].slice(0, 5), images, ids, links, shown};
}
"""


def _internal_target(page: Path, href: str, html: Path) -> tuple[Path, str] | None:
    """The file and anchor an internal link points at; ``None`` for an outside link."""
    parsed = urlparse(href)
    if parsed.scheme or href.startswith(("//", "mailto:", "javascript:")):
        return None
    address, anchor = urldefrag(href)
    target = (page.parent / unquote(address)).resolve() if address else page
    if target.is_dir():
        target /= "index.html"
    if html not in target.parents and target != html:
        return None  # e.g. the source of a page, outside the built site: not a page
    return target, unquote(anchor)


#: A link that shows where a class is defined: ``hiptx.rules.programme.ProgrammeWeek``.
_DEFINED_AT = re.compile(r"\bhiptx(?:\.[a-z_][a-z0-9_]*)+\.([A-Z][A-Za-z0-9_]*)\b")


def _private_paths(shown: list[str]) -> list[str]:
    """Links that name a public class by the module defining it, not ``hiptx.<Name>``."""
    import hiptx

    found = {
        m.group(0)
        for text in shown
        for m in _DEFINED_AT.finditer(text)
        if m.group(1) in hiptx.__all__
    }
    return [f"a link shows {path}, not hiptx.{path.rpartition('.')[2]}" for path in sorted(found)]


def _wait_for_images(page: Page) -> None:
    """Give the images a few seconds; one that never loads is reported, not waited on."""
    # _INSPECT lists the images that did not load.
    with contextlib.suppress(PlaywrightTimeout):
        page.wait_for_function("() => [...document.images].every(i => i.complete)", timeout=5000)


def _screenshots(page: Page, html: Path, shots: Path) -> list[str]:
    """Photograph each picture of ``SCREENSHOTS``; the problems that stopped one."""
    problems = []
    shots.mkdir(parents=True, exist_ok=True)
    for file_name, page_name, element_id in SCREENSHOTS:
        if not (html / page_name).is_file():
            problems.append(f"{page_name}: no such page, so no {file_name}")
            continue
        page.goto((html / page_name).as_uri(), wait_until="load")
        figure = page.locator(f"#{element_id}")
        if figure.count() != 1:
            problems.append(f"{page_name}: no picture #{element_id} to photograph")
            continue
        figure.scroll_into_view_if_needed()
        _wait_for_images(page)
        figure.screenshot(path=str(shots / file_name))
    return problems


#: A page with a doctest, and what its first example's copy button must copy.
COPY_PAGE = "tour.html"


def _copy_button(page: Page, html: Path) -> list[str]:
    """The copy button of a doctest copies the code without prompts and output."""
    if not (html / COPY_PAGE).is_file():
        return []  # a site without the tour (the tests' small pages)
    page.goto((html / COPY_PAGE).as_uri(), wait_until="load")
    block = page.locator("div.highlight:has(pre:has-text('>>> '))").first
    shown = block.inner_text()
    block.hover()
    block.locator("button.copybtn").click()
    copied = str(page.evaluate("navigator.clipboard.readText()"))
    expected = "\n".join(
        line[4:] for line in shown.splitlines() if line.startswith((">>> ", "... "))
    )
    if copied.strip() != expected.strip():
        return [f"{COPY_PAGE}: the copy button copied {copied[:80]!r}, not {expected[:80]!r}"]
    return []


def _broken_links(
    html: Path, links: list[tuple[Path, str]], ids: dict[Path, set[str]]
) -> list[str]:
    """Internal links to a page that does not exist, or to an anchor it does not have."""
    problems = []
    for path, href in links:
        target = _internal_target(path, href, html)
        if target is None:
            continue
        file, anchor = target
        name = path.relative_to(html)
        if not file.is_file():
            problems.append(f"{name}: link to a missing page: {href}")
        elif anchor and file.suffix == ".html" and anchor not in ids.get(file, set()):
            problems.append(f"{name}: link to a missing anchor: {href}")
    return problems


def check(html: Path, shots: Path) -> list[str]:
    """Every problem found in the built site at ``html``; screenshots go to ``shots``."""
    problems: list[str] = []
    pages = sorted(html.rglob("*.html"))
    ids: dict[Path, set[str]] = {}
    links: list[tuple[Path, str]] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        # Clipboard access: the copy-button check reads what a click copies.
        context = browser.new_context(
            viewport={"width": WIDTH, "height": 900},
            permissions=["clipboard-read", "clipboard-write"],
        )
        page: Page = context.new_page()
        console: list[str] = []

        def on_console(message: ConsoleMessage) -> None:
            if message.type == "error":
                console.append(message.text)

        page.on("console", on_console)
        page.on("pageerror", lambda error: console.append(str(error)))
        for path in pages:
            console.clear()
            page.goto(path.as_uri(), wait_until="load")
            _wait_for_images(page)
            found = page.evaluate(_INSPECT)
            name = path.relative_to(html)
            problems += [f"{name}: wider than {WIDTH} px: {w}" for w in found["wide"]]
            problems += [f"{name}: image does not load: {src}" for src in found["images"]]
            problems += [f"{name}: console error: {text}" for text in console]
            problems += [f"{name}: {p}" for p in _private_paths(found["shown"])]
            ids[path] = set(found["ids"])
            links += [(path, href) for href in found["links"]]
        problems += _screenshots(page, html, shots)
        problems += _copy_button(page, html)
        browser.close()
    problems += _broken_links(html, links, ids)
    return problems


def main(argv: list[str] | None = None) -> int:
    """Check the built docs; print every problem; 1 if any, else 0."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--html", type=Path, default=ROOT / "docs" / "_build" / "html")
    parser.add_argument(
        "--screenshots", type=Path, default=ROOT / "docs" / "_build" / "screenshots"
    )
    args = parser.parse_args(argv)
    if not (args.html / "index.html").is_file():
        print(f"browser_check: no built docs in {args.html}; run sphinx-build first")
        return 1
    if not Path(CHROMIUM).is_file():
        print(f"browser_check: no browser at {CHROMIUM}; apt-get install -y chromium")
        return 1
    problems = check(args.html, args.screenshots)
    for problem in problems:
        print(problem)
    pages = len(list(args.html.rglob("*.html")))
    print(
        f"browser_check: {pages} pages, {len(problems)} problems; screenshots in {args.screenshots}"
    )
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
