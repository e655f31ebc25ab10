"""``hiptx tour``: the library in six steps, as text or as JSON."""

from __future__ import annotations

from typing import Any

import hiptx
from hiptx.catalog import Catalog
from hiptx.cli import _render
from hiptx.vocab import JobDemand, MovementPattern

DISCLAIMER = (
    "hiptx informs clinicians and apps; it does not replace clinical judgement. "
    "Every figure cites its source."
)
KINDS = ("treatments", "exercises", "progressions", "risks", "conditions", "sources")


def _steps(cat: Catalog) -> dict[str, Any]:
    """Every result the tour shows, computed once for both forms."""
    pht, ha = cat.treatments["personalised-hip-therapy"], cat.treatments["hip-arthroscopy"]
    return {
        "disclaimer": DISCLAIMER,
        "version": cat.version,
        "counts": {kind: len(getattr(cat, kind)) for kind in KINDS},
        "comparison": hiptx.compare_recovery([pht, ha], job=JobDemand.SEDENTARY),
        "risks": cat.risks_of(ha),
        "progression": hiptx.check_progression(
            cat.exercises["side-lying-hip-adduction"],
            [hiptx.SessionRecord(sets=3, reps=10, pain_during=2, pain_after_24h=2)],
            catalog=cat,
        ),
        "coverage": hiptx.coverage(pht, catalog=cat),
        "plan": hiptx.plan_exercises(
            hiptx.Assessment(
                findings={
                    MovementPattern.ADDUCTION: hiptx.Finding.PAINFUL,
                    MovementPattern.ABDUCTION: hiptx.Finding.WEAK,
                    MovementPattern.INTERNAL_ROTATION: hiptx.Finding.RESTRICTED,
                }
            ),
            catalog=cat,
        ),
    }


def tour_json(cat: Catalog) -> str:
    """The tour's results as one JSON object."""
    steps = _steps(cat)
    steps["risks"] = [risk.id for risk in steps["risks"]]
    return _render.to_json(steps)


def tour_text(cat: Catalog) -> str:
    """The tour as text for a person."""
    steps = _steps(cat)
    decision, gap, plan = steps["progression"], steps["coverage"], steps["plan"]
    return "\n".join(
        [
            f"hiptx tour. {DISCLAIMER}",
            "",
            f"1. The catalog (data version {cat.version}):",
            *(f"   {n:3d} {kind}" for kind, n in steps["counts"].items()),
            "",
            "2. PHT and hip arthroscopy, recovery for an office worker (earliest figure of each kind):",
            _render.comparison(steps["comparison"]),
            "",
            "3. Risks of hip arthroscopy:",
            *(
                f"   - {r.name}"
                + (
                    f" ({r.frequency.value.replace('_', ' ')})"
                    if r.frequency.value != "unknown"
                    else ""
                )
                for r in steps["risks"]
            ),
            "",
            "4. Side-lying hip adduction, 3 x 10 at 2/10 pain (the Physio Network practical's rule):",
            f"   {decision.outcome.value} -> {decision.next_exercise_id}",
            _render.reasons(decision.reasons, indent="   "),
            "",
            "5. What PHT trains, as one of its sources reads it (hiptx coverage shows all):",
            *_render.coverage(gap, indent="   "),
            _render.reasons(gap.reasons, indent="   "),
            "",
            "6. A plan for painful adduction, weak abduction, restricted internal rotation:",
            *(f"   {i.pattern.value}: start with {i.exercise_id}" for i in plan.items),
            *(
                f"   {u.pattern.value}: no chain in the catalog trains it (listed, not invented)"
                for u in plan.uncovered
            ),
            "",
            (
                "Next: hiptx list treatments | hiptx show hip-arthroscopy | hiptx recovery "
                "hip-arthroscopy --job manual | hiptx --help"
            ),
        ]
    )
