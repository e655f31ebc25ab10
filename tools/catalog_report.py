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
from hiptx import _render

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
    return "\n".join(lines) + "\n"


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
