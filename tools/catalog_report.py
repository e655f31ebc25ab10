"""Print the whole catalog as Markdown, for a clinician's review.

``python tools/catalog_report.py > catalog.md`` lists every source, condition,
treatment (with its figures, risks and claims), risk, chain and exercise, each with
its citations and the verbatim quotes behind them. ``--catalog DIR`` reviews a
catalog directory of your own instead of the bundled one.
"""

from __future__ import annotations

import argparse
import sys

import hiptx
from hiptx.cli import _render

SECTIONS = ("sources", "conditions", "treatments", "risks", "progressions", "exercises")


def report(cat: hiptx.Catalog) -> str:
    """The Markdown text of the review."""
    lines = [
        f"# hiptx catalog {cat.version}",
        "",
        "hiptx informs clinicians and apps; it does not replace clinical judgement.",
        "Sources of kind clinic_opinion or commercial_opinion argue a position.",
    ]
    for section in SECTIONS:
        mapping = getattr(cat, section)
        lines += ["", f"## {section.capitalize()} ({len(mapping)})"]
        for key, obj in mapping.items():
            title = getattr(obj, "name", None) or getattr(obj, "title", key)
            lines += ["", f"### {title} (`{key}`)", "", "```text", _render.describe(obj), "```"]
    lines += ["", "## Rules", "", "```text", _render.describe(cat.rules), "```"]
    lines += hip_demands(cat)
    return "\n".join(lines) + "\n"


def hip_demands(cat: hiptx.Catalog) -> list[str]:
    """A table of what each exercise asks of the hip, which precautions read."""
    lines = [
        "",
        "## What each exercise asks of the hip",
        "",
        "Read by post-operative precautions and weight-bearing orders. 'hiptx' marks",
        "hiptx's own reading of the exercise's description, where no source says it.",
        "",
        "| exercise | bears weight | limited positions | classified by |",
        "|---|---|---|---|",
    ]
    for key, exercise in cat.exercises.items():
        positions = ", ".join(p.value for p in exercise.hip_positions) or "none"
        by = (
            "hiptx"
            if exercise.hip_demands_are_hiptx_classification
            else ", ".join(c.source_id for c in exercise.hip_demands_citations)
        )
        bears = "yes" if exercise.weight_bearing else "no"
        lines.append(f"| `{key}` | {bears} | {positions} | {by} |")
    return lines


def main() -> int:
    """Print the report of the bundled catalog or of ``--catalog DIR``."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--catalog", help="a catalog directory (default: the bundled one)")
    args = parser.parse_args()
    cat = hiptx.load_catalog(args.catalog) if args.catalog else hiptx.load_catalog()
    sys.stdout.write(report(cat))
    return 0


if __name__ == "__main__":
    sys.exit(main())
