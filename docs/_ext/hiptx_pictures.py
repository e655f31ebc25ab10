"""The ``hiptx-picture`` directive: pictures drawn from the catalog at build time.

In a MyST page::

    ```{hiptx-picture} timeline hip-arthroscopy
    ```

draws the picture with :mod:`hiptx.pictures` from the bundled catalog, writes it to
``_pictures/<kind>-<id>.svg`` in the HTML output, and puts it on the page as an
``<img>`` (its alt text the picture's own title and description) with a caption.
The kinds: ``timeline <treatment-id>``, ``chain <progression-id>`` (without an
id: one for every treatment with milestones, every chain), ``decision``,
``red-flags`` and ``calendar`` (the programme of the :doc:`programme` recipe,
before any session is logged). A timeline's caption names its sources, each linked
to the catalog reference. The optional ``:path:`` option draws from a catalog
directory of your own instead (relative to the docs source directory).

Nothing is fetched and nothing is committed: the SVG is written at each build, and
the page depends on the data files, so editing a milestone redraws its timeline.
"""

from __future__ import annotations

import datetime
import html
import re
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.util.docutils import SphinxDirective

import hiptx
import hiptx.pictures

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment

_OUT = "_pictures"


def sample_programme() -> hiptx.Programme:
    """The programme of the docs' recipe (docs/programme.md) after its first update.

    Both exercises reach their target in weeks 1-2 and step up from week 3, as in the
    recipe, so the calendar shows a change of level on its day.
    """
    mp, finding = hiptx.MovementPattern, hiptx.Finding
    assessment = hiptx.Assessment(
        findings={
            mp.ADDUCTION: finding.WEAK,
            mp.ABDUCTION: finding.WEAK,
            mp.INTERNAL_ROTATION: finding.RESTRICTED,
            mp.FLEXION: finding.NORMAL,
        }
    )
    plan = hiptx.plan_exercises(assessment, red_flags=set())
    programme = hiptx.build_programme(
        plan, start=datetime.date(2025, 3, 3), weeks=12, sessions_per_week=3, weekdays=[0, 2, 4]
    )

    def ok(sets: int, day: int) -> hiptx.SessionRecord:
        when = datetime.date(2025, 3, day)
        return hiptx.SessionRecord(sets=sets, reps=10, pain_during=1, pain_after_24h=1, date=when)

    # As the recipe: a week at 2 sets (build-up to 3), then a week at 3 (a step up).
    week1 = [ok(2, 3), ok(2, 5), ok(2, 7)]
    week2 = [ok(3, 10), ok(3, 12), ok(3, 14)]
    for today, logged in ((7, week1), (14, week2)):
        logs = {slot.exercise_id: logged for slot in programme.slots}
        update = hiptx.advance_programme(programme, logs, today=datetime.date(2025, 3, today))
        programme = update.programme
    return programme


def _sources_caption(cat: hiptx.Catalog, source_ids: list[str], prefix: str) -> str:
    links = []
    for source_id in source_ids:
        title = html.escape(cat.sources[source_id].title)
        links.append(f'<a href="{prefix}catalog.html#catalog-source-{source_id}">{title}</a>')
    return " Sources: " + "; ".join(links) + "." if links else ""


def draw(kind: str, obj_id: str | None, cat: hiptx.Catalog, prefix: str) -> tuple[str, str]:
    """The SVG of one picture and its caption (HTML), for a page ``prefix`` deep."""
    if kind == "timeline" and obj_id:
        treatment = cat.treatments[obj_id]
        ids = sorted({c.source_id for m in treatment.milestones for c in m.citations})
        caption = (
            f"Recovery milestones after {html.escape(treatment.name.lower())}, every variant "
            "the catalog records." + _sources_caption(cat, ids, prefix)
        )
        return hiptx.recovery_timeline_svg(treatment, catalog=cat), caption
    if kind == "chain" and obj_id:
        chain = cat.progressions[obj_id]
        caption = (
            f"The {html.escape(chain.name.lower())} chain: each level's dose and what the "
            "progression rule asks before moving up."
        )
        return hiptx.chain_svg(chain, catalog=cat), caption
    if kind == "decision":
        caption = "The progression decision, drawn from the rule's reason codes and thresholds."
        return hiptx.decision_flowchart_svg(catalog=cat), caption
    if kind == "red-flags":
        caption = "Every red flag in the catalog, grouped by the pathway it sends a patient to."
        return hiptx.red_flags_svg(catalog=cat), caption
    if kind == "calendar":
        caption = (
            "The 12 weeks of the recipe's programme (3 sessions a week): both exercises "
            "step up a level from week 3, after the sessions logged in weeks 1 and 2."
        )
        return hiptx.programme_calendar_svg(sample_programme()), caption
    raise ValueError(
        f"hiptx-picture: unknown picture {kind!r} {obj_id or ''}; expected 'timeline <id>', "
        "'chain <id>', 'decision', 'red-flags' or 'calendar'"
    )


def _alt(svg: str) -> str:
    title = re.search(r"<title[^>]*>(.*?)</title>", svg)
    desc = re.search(r"<desc[^>]*>(.*?)</desc>", svg)
    return f"{title.group(1) if title else ''}. {desc.group(1) if desc else ''}"


class PictureDirective(SphinxDirective):
    """Draw one picture, keep its SVG for the HTML output, and place it on the page."""

    required_arguments = 1
    optional_arguments = 1
    option_spec: ClassVar[dict[str, Any]] = {"path": directives.unchanged}

    def run(self) -> list[nodes.Node]:
        """Draw the picture (or one per object) and return the figures as raw HTML."""
        kind = self.arguments[0]
        obj_id = self.arguments[1] if len(self.arguments) > 1 else None
        path = self.options.get("path")
        data = Path(self.env.srcdir) / path if path else Path(str(files("hiptx").joinpath("data")))
        cat = hiptx.load_catalog(data) if path else hiptx.load_catalog()
        # Redraw when the data, the drawing code or this file changes.
        for data_file in sorted(data.glob("*.json")):
            self.env.note_dependency(str(data_file))
        for module in sorted(Path(hiptx.pictures.__file__).parent.glob("*.py")):
            self.env.note_dependency(str(module))
        self.env.note_dependency(__file__)
        if obj_id is None and kind in ("timeline", "chain"):
            # Every treatment with milestones, or every chain: what the catalog holds.
            ids = (
                [t.id for t in cat.treatments.values() if t.milestones]
                if kind == "timeline"
                else list(cat.progressions)
            )
            return [node for one in ids for node in self.figure(kind, one, cat)]
        return self.figure(kind, obj_id, cat)

    def figure(self, kind: str, obj_id: str | None, cat: hiptx.Catalog) -> list[nodes.Node]:
        """One picture, kept for the output, as a ``<figure>``."""
        prefix = "../" * self.env.docname.count("/")
        svg, caption = draw(kind, obj_id, cat, prefix)
        name = f"{kind}-{obj_id}" if obj_id else kind
        pictures: dict[str, dict[str, str]] = getattr(self.env, "hiptx_pictures", {})
        pictures.setdefault(self.env.docname, {})[name] = svg
        self.env.hiptx_pictures = pictures  # type: ignore[attr-defined]
        size = re.search(r'width="(\d+)" height="([\d.]+)"', svg)
        width, height = (size.group(1), size.group(2)) if size else ("", "")
        markup = (
            f'<figure class="hiptx-picture" id="picture-{name}">'
            f'<img src="{prefix}{_OUT}/{name}.svg" alt="{html.escape(_alt(svg))}" '
            f'width="{width}" height="{height}">'
            f"<figcaption>{caption}</figcaption></figure>"
        )
        return [nodes.raw("", markup, format="html")]


def _purge(_app: Sphinx, env: BuildEnvironment, docname: str) -> None:
    getattr(env, "hiptx_pictures", {}).pop(docname, None)


def _merge(_app: Sphinx, env: BuildEnvironment, _docnames: Any, other: BuildEnvironment) -> None:
    pictures = getattr(env, "hiptx_pictures", {})
    pictures.update(getattr(other, "hiptx_pictures", {}))
    env.hiptx_pictures = pictures  # type: ignore[attr-defined]


def _write(app: Sphinx, exception: Exception | None) -> None:
    if exception is not None or app.builder.format != "html":
        return
    target = Path(app.outdir) / _OUT
    target.mkdir(parents=True, exist_ok=True)
    for pictures in getattr(app.env, "hiptx_pictures", {}).values():
        for name, svg in pictures.items():
            (target / f"{name}.svg").write_text(svg, encoding="utf-8")


def setup(app: Sphinx) -> dict[str, Any]:
    """Register the directive and the writer of the SVG files."""
    app.add_directive("hiptx-picture", PictureDirective)
    app.connect("env-purge-doc", _purge)
    app.connect("env-merge-info", _merge)
    app.connect("build-finished", _write)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
