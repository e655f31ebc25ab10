"""The ``hiptx-catalog`` directive: the catalog reference, generated at build time.

In a MyST page::

    ```{hiptx-catalog}
    ```

renders every source, condition, treatment, risk, progression chain, exercise and
rule threshold of the bundled catalog (``hiptx.load_catalog()``), with its figures
and its citations, verbatim quotes included. The optional ``:path:`` option renders
a catalog directory of your own instead (relative to the docs source directory).

The directive writes MyST Markdown and parses it in place, so every object gets a
heading and a label that other pages can link to, such as
``{ref}`catalog-treatment-hip-arthroscopy```. Nothing is hard-coded: the page shows
whatever the data holds. Sphinx is told that the page depends on the data files (and on
this file), so editing one rebuilds the page.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from docutils import nodes
from docutils.parsers.rst import directives
from docutils.statemachine import StringList
from sphinx.util.docutils import SphinxDirective

import hiptx

if TYPE_CHECKING:
    from sphinx.application import Sphinx

# Every ASCII punctuation character may be backslash-escaped in CommonMark; escaping
# them all keeps data text (quotes with *, _, <, |, [ ...) from turning into markup.
_PUNCTUATION = re.compile(r"([!-/:-@\[-`{-~])")


def esc(text: object) -> str:
    """Data text as literal MyST inline text, on one line."""
    return _PUNCTUATION.sub(r"\\\1", " ".join(str(text).split()))


def words(value: object) -> str:
    """An enum value (``side_lying``) as words (``side lying``)."""
    raw = value.value if hasattr(value, "value") else value
    return esc(str(raw).replace("_", " "))


def label(kind: str, obj_id: str) -> str:
    """The cross-reference label of a catalog object, e.g. ``catalog-risk-x``."""
    return f"catalog-{kind}-{obj_id}"


def ref(kind: str, obj_id: str, title: str) -> str:
    """A MyST link to a catalog object's heading."""
    return f"[{esc(title)}](#{label(kind, obj_id)})"


class _Writer:
    """Builds the Markdown of one catalog."""

    def __init__(self, cat: hiptx.Catalog) -> None:
        self.cat = cat
        self.lines: list[str] = []

    # -- small pieces ------------------------------------------------------------

    def add(self, *lines: str) -> None:
        self.lines.extend(lines)

    def heading(self, level: int, kind: str, obj_id: str, title: str) -> None:
        self.add("", f"({label(kind, obj_id)})=", f"{'#' * level} {esc(title)}", "")

    def source_link(self, source_id: str) -> str:
        source = self.cat.sources.get(source_id)
        title = source.title if source is not None else source_id
        return ref("source", source_id, title)

    def citation(self, c: hiptx.Citation) -> str:
        text = self.source_link(c.source_id)
        if c.locator:
            text += f" ({esc(c.locator)})"
        if c.quote:
            text += f": “{esc(c.quote)}”"
        return text

    def citations(self, citations: Iterable[hiptx.Citation], indent: str = "") -> None:
        for c in citations:
            self.add(f"{indent}- {self.citation(c)}")

    def field(self, name: str, value: str | None) -> None:
        if value:
            self.add(f"- **{name}:** {value}")

    def statements(self, title: str, statements: tuple[hiptx.Statement, ...]) -> None:
        if not statements:
            return
        self.add("", f"**{title}**", "")
        for s in statements:
            self.add(f"- {esc(s.text)}")
            self.citations(s.citations, indent="  ")

    def cited_by_line(self, citations: Iterable[hiptx.Citation]) -> None:
        self.add("", "Sources:", "")
        self.citations(citations)

    # -- sections ------------------------------------------------------------------

    def write(self) -> list[str]:
        cat = self.cat
        self.add(
            f"Catalog data version **{esc(cat.version)}**: "
            f"{len(cat.treatments)} treatments, {len(cat.conditions)} conditions, "
            f"{len(cat.risks)} risks, {len(cat.progressions)} progression chains, "
            f"{len(cat.exercises)} exercises and {len(cat.sources)} sources.",
        )
        self.section("Treatments", "treatments", cat.treatments.values(), self.treatment)
        self.section("Conditions", "conditions", cat.conditions.values(), self.condition)
        self.section("Risks", "risks", cat.risks.values(), self.risk)
        self.section(
            "Progression chains", "progressions", cat.progressions.values(), self.progression
        )
        self.section("Exercises", "exercises", cat.exercises.values(), self.exercise)
        self.rules()
        self.section("Sources", "sources", cat.sources.values(), self.source)
        return self.lines

    def section(self, title: str, key: str, objects: Iterable[Any], write_one: Any) -> None:
        objects = list(objects)
        self.add("", f"(catalog-{key})=", f"## {title}", "")
        if not objects:
            self.add("The catalog holds none yet.")
        for obj in objects:
            write_one(obj)

    def treatment(self, t: hiptx.Treatment) -> None:
        cat = self.cat
        self.heading(3, "treatment", t.id, t.name)
        self.add(esc(t.summary), "")
        self.field("id", f"`{t.id}`")
        self.field("kind", words(t.kind))
        self.field("invasiveness", words(t.invasiveness))
        self.field("delivered by", esc(", ".join(t.delivered_by)))
        self.field("setting", esc(t.setting) if t.setting else None)
        self.field(
            "indicated for",
            ", ".join(ref("condition", c.id, c.name) for c in cat.conditions_of(t)),
        )
        self.schedules(t.schedules)
        self.milestones(t.milestones)
        self.statements("Features", t.features)
        self.statements("Benefits", t.benefits)
        self.statements("Claims (see each source's kind)", t.claims)
        risks = cat.risks_of(t)
        if risks:
            self.add("", "**Risks**", "")
            self.add(*(f"- {ref('risk', r.id, r.name)}" for r in risks))
        if t.targets is not None:
            self.targets(t.targets)
        if t.evidence:
            self.add("", "**Evidence**", "")
            for e in t.evidence:
                who = f"{e.participants} participants; " if e.participants is not None else ""
                self.add(f"- {esc(e.summary)} ({who}evidence strength: {words(e.strength)})")
                self.citations(e.citations, indent="  ")
        self.cited_by_line(t.citations)

    def schedules(self, schedules: tuple[hiptx.Schedule, ...]) -> None:
        if not schedules:
            return
        self.add("", "**Schedule** (the first is the primary figure)", "")
        for s in schedules:
            parts = []
            if s.sessions is not None:
                parts.append(f"{esc(s.sessions)} sessions")
            if s.over is not None:
                parts.append(f"over {esc(s.over)}")
            self.add(f"- {' '.join(parts)}")
            self.citations(s.citations, indent="  ")

    def milestones(self, milestones: tuple[hiptx.Milestone, ...]) -> None:
        if not milestones:
            return
        self.add("", "**Recovery milestones**", "")
        for m in milestones:
            when = esc(m.span) if m.span is not None else f"“{esc(m.wording)}” (no figure)"
            limits = []
            if m.job is not None:
                limits.append(f"{words(m.job)} work")
            if m.weight_bearing is not None:
                limits.append(f"{words(m.weight_bearing)} weight bearing")
            scope = f" (for {', '.join(limits)})" if limits else ""
            note = f"; {esc(m.note)}" if m.note else ""
            self.add(f"- {words(m.kind)}: **{when}**{scope}{note}")
            self.citations(m.citations, indent="  ")

    def targets(self, targets: hiptx.Targets) -> None:
        self.add("", "**Targets**", "")
        self.field("muscles", ", ".join(words(m) for m in targets.muscles) or "none recorded")
        self.field(
            "movement patterns", ", ".join(words(p) for p in targets.patterns) or "none recorded"
        )
        self.field("note", esc(targets.note) if targets.note else None)
        self.citations(targets.citations, indent="  ")

    def condition(self, c: hiptx.Condition) -> None:
        self.heading(3, "condition", c.id, c.name)
        self.add(esc(c.summary), "")
        self.field("id", f"`{c.id}`")
        self.field("also known as", esc(", ".join(c.also_known_as)))
        treatments = self.cat.treatments_for(c)
        self.field("treatments", ", ".join(ref("treatment", t.id, t.name) for t in treatments))
        self.statements("Diagnosis", c.diagnosis)
        self.cited_by_line(c.citations)

    def risk(self, r: hiptx.Risk) -> None:
        self.heading(3, "risk", r.id, r.name)
        if r.summary:
            self.add(esc(r.summary), "")
        self.field("id", f"`{r.id}`")
        frequency = "not worded by the sources" if r.frequency is hiptx.Frequency.UNKNOWN else None
        self.field("frequency", frequency or words(r.frequency))
        of = [t for t in self.cat.treatments.values() if r.id in t.risk_ids]
        self.field("risk of", ", ".join(ref("treatment", t.id, t.name) for t in of))
        if r.rates:
            self.add("", "**Published rates**", "")
            for rate in r.rates:
                follow_up = f"; {esc(rate.follow_up)} follow-up" if rate.follow_up else ""
                self.add(
                    f"- **{esc(rate)}**: {esc(rate.population)}{follow_up} "
                    f"(evidence strength: {words(rate.strength)})"
                )
                self.citations(rate.citations, indent="  ")
        self.cited_by_line(r.citations)

    def progression(self, p: hiptx.Progression) -> None:
        self.heading(3, "progression", p.id, p.name)
        self.field("id", f"`{p.id}`")
        self.field("trains", ", ".join(words(x) for x in p.patterns))
        self.field("note", esc(p.note) if p.note else None)
        self.add("", "Levels, easiest first:", "")
        for step, exercise_id in enumerate(p.exercise_ids, start=1):
            exercise = self.cat.exercises.get(exercise_id)
            name = exercise.name if exercise is not None else exercise_id
            self.add(f"{step}. {ref('exercise', exercise_id, name)}")
        self.cited_by_line(p.citations)

    def exercise(self, e: hiptx.Exercise) -> None:
        self.heading(3, "exercise", e.id, e.name)
        self.add(esc(e.summary), "")
        self.field("id", f"`{e.id}`")
        self.field("goal", words(e.goal))
        self.field("position", words(e.position))
        self.field("movement patterns", ", ".join(words(p) for p in e.patterns))
        self.field("muscles", ", ".join(words(m) for m in e.muscles))
        self.field("equipment", ", ".join(words(q) for q in e.equipment))
        chain = self.cat.progression_of(e)
        if chain is not None:
            step = chain.step_of(e.id) + 1
            self.field(
                "progression",
                f"level {step} of {len(chain.exercise_ids)} in "
                + ref("progression", chain.id, chain.name),
            )
        if e.dose is not None:
            self.field("dose", esc(e.dose))
            self.citations(e.dose.citations, indent="  ")
        self.statements("Cues", e.cues)
        self.cited_by_line(e.citations)

    def rules(self) -> None:
        rules = self.cat.rules
        self.add(
            "",
            "(catalog-rules)=",
            "## Rule thresholds",
            "",
            "The numbers and statements the rules read, each with its sources.",
        )
        thresholds = (
            ("pain ceiling (0-10, during and 24 h after exercise)", rules.pain_ceiling),
            (
                "joint pain lasting longer than this many hours means overload",
                rules.lingering_pain_hours,
            ),
            ("aerobic minutes a week", rules.aerobic_minutes_per_week),
            ("strength sessions a week", rules.strength_sessions_per_week),
        )
        self.add("", "### Thresholds", "")
        for name, threshold in thresholds:
            self.add(f"- {esc(name)}: **{threshold.value:g}**")
            self.citations(threshold.citations, indent="  ")
        self.add(f"- Hot or swollen joint after exercise: {esc(rules.hot_or_swollen_joint.text)}")
        self.citations(rules.hot_or_swollen_joint.citations, indent="  ")
        screening = rules.screening
        self.add("", "### Conservative-care screening", "")
        for name, statement in (
            ("Good candidate", screening.good_candidate),
            ("Poor candidate", screening.poor_candidate),
            ("Failed physiotherapy", screening.failed_physiotherapy),
            ("Refer when appropriate", screening.refer_when_appropriate),
        ):
            self.add(f"- **{name}:** {esc(statement.text)}")
            self.citations(statement.citations, indent="  ")
        self.add("", "### Red flags", "")
        if not rules.red_flags:
            self.add(
                "This catalog records no red-flag pathways yet; "
                "`check_red_flags` then treats every flag as urgent."
            )
        for rule in sorted(rules.red_flags, key=lambda r: (r.urgency.rank, r.flag.value)):
            self.add(f"- {words(rule.flag)}: **{words(rule.urgency)}**. {esc(rule.action)}")
            self.citations(rule.citations, indent="  ")

    def source(self, s: hiptx.Source) -> None:
        self.heading(3, "source", s.id, s.title)
        kind = words(s.kind)
        if s.kind.is_opinion:
            kind += " (argues a position: weigh its claims as opinion)"
        self.field("id", f"`{s.id}`")
        self.field("kind", kind)
        self.field("authors", esc("; ".join(s.authors)))
        self.field("publisher", esc(s.publisher) if s.publisher else None)
        self.field("year", str(s.year) if s.year is not None else None)
        self.field("published in", esc(s.published_in) if s.published_in else None)
        self.field("url", f"<{s.url}>" if s.url else None)
        self.field("doi", f"[{esc(s.doi)}](https://doi.org/{s.doi})" if s.doi else None)
        self.field(
            "pmid", f"[{s.pmid}](https://pubmed.ncbi.nlm.nih.gov/{s.pmid}/)" if s.pmid else None
        )
        self.field(
            "pmc",
            f"[{s.pmc}](https://www.ncbi.nlm.nih.gov/pmc/articles/{s.pmc}/)" if s.pmc else None,
        )
        if s.title_is_descriptive:
            self.field("title", "descriptive (hiptx's description, not the document's own)")
        self.field("note", esc(s.note) if s.note else None)
        citing = list(self._cited_by(s.id))
        if citing:
            self.field("cited by", ", ".join(citing))

    def _cited_by(self, source_id: str) -> Iterator[str]:
        cat = self.cat
        groups = (
            ("treatment", cat.treatments),
            ("condition", cat.conditions),
            ("risk", cat.risks),
            ("progression", cat.progressions),
            ("exercise", cat.exercises),
        )
        for kind, mapping in groups:
            for obj in mapping.values():
                if any(src.id == source_id for src in cat.sources_of(obj)):
                    name = getattr(obj, "name", obj.id)
                    yield ref(kind, obj.id, name)
        if any(src.id == source_id for src in cat.sources_of(cat.rules)):
            yield "[rule thresholds](#catalog-rules)"


class CatalogDirective(SphinxDirective):
    """Render a whole catalog as MyST headings, lists and citations."""

    has_content = False
    option_spec: ClassVar[dict[str, Any]] = {"path": directives.unchanged}

    def run(self) -> list[nodes.Node]:
        """Load the catalog, note its files as dependencies, and parse the Markdown."""
        path = self.options.get("path")
        if path:
            directory = Path(self.env.srcdir) / path
            cat = hiptx.load_catalog(directory)
        else:
            from importlib.resources import files

            directory = Path(str(files("hiptx").joinpath("data")))
            cat = hiptx.load_catalog()
        # Rebuild the page when the data, or this generator, changes.
        for data_file in sorted(directory.glob("*.json")):
            self.env.note_dependency(str(data_file))
        self.env.note_dependency(__file__)
        container = nodes.section()  # a throw-away parent for the parsed sections
        markdown = _Writer(cat).write()
        self.state.nested_parse(
            StringList(markdown, source=f"<hiptx-catalog {directory}>"),
            0,
            container,
            match_titles=True,
        )
        return list(container.children)


def setup(app: Sphinx) -> dict[str, Any]:
    """Register the directive."""
    app.add_directive("hiptx-catalog", CatalogDirective)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
