"""The progression decision as a flowchart.

Drawn from the rule's own reason codes and the catalog's thresholds: questions in
the order :func:`~hiptx.check_progression` asks them, each with the outcome it leads
to and the reason codes that outcome carries.
"""

from __future__ import annotations

from typing import NamedTuple

from hiptx._catalog_arg import given_or_bundled
from hiptx.catalog import Catalog
from hiptx.explain import ReasonCode as Code
from hiptx.pictures import _svg
from hiptx.rules.progression import Outcome

_COLOUR = {
    Outcome.STOP: _svg.RED,
    Outcome.REGRESS: _svg.ORANGE,
    Outcome.HOLD: _svg.AMBER,
    Outcome.PROGRESS: _svg.GREEN,
}
_WIDTH = 740
_Q_WIDTH = 372
_O_LEFT = 452
_O_WIDTH = 272


class _Step(NamedTuple):
    question: str
    branch: str  # the answer that leads to the outcome
    outcome: Outcome
    says: str
    codes: tuple[Code, ...]


def _steps(ceiling: float, hours: float) -> list[_Step]:
    return [
        _Step(
            "Is any red flag present?",
            "yes",
            Outcome.STOP,
            "No exercise advice at all; the referral for the flag.",
            (Code.RED_FLAG, Code.NO_EXERCISE_ADVICE),
        ),
        _Step(
            "Are any sessions logged at this level?",
            "no",
            Outcome.HOLD,
            "Stay at this level until sessions are logged.",
            (Code.NO_SESSIONS,),
        ),
        _Step(
            f"Did the latest session overload? Pain above {ceiling:g}/10 the next day, "
            f"joint pain lasting over {hours:g} h, sharp joint pain, or a hot or swollen joint.",
            "yes",
            Outcome.REGRESS,
            "Back to the previous level; at level 1, stop and see a clinician.",
            (
                Code.PAIN_NOT_SETTLED,
                Code.PAIN_LINGERED,
                Code.SHARP_PAIN,
                Code.HOT_OR_SWOLLEN_JOINT,
                Code.PREVIOUS_STEP,
                Code.BOTTOM_OF_CHAIN,
            ),
        ),
        _Step(
            "Did an earlier session at this level overload?",
            "yes",
            Outcome.HOLD,
            "Never step up through a logged overload.",
            (Code.OVERLOAD_IN_HISTORY,),
        ),
        _Step(
            "Does the exercise have a dose in the catalog?",
            "no",
            Outcome.HOLD,
            "No target to reach; a clinician decides.",
            (Code.NO_DOSE,),
        ),
        _Step(
            f"Was pain during exercise above {ceiling:g}/10 (settled by the next day)?",
            "yes",
            Outcome.HOLD,
            "Stay at this level.",
            (Code.PAIN_ABOVE_CEILING,),
        ),
        _Step(
            "Was the target dose reached? The top of the sets range, the bottom of the "
            "reps or hold range.",
            "no",
            Outcome.HOLD,
            "Stay at this level and build up.",
            (Code.TARGET_DOSE_NOT_MET,),
        ),
    ]


def _outcome_box(d: _svg.Drawing, y: float, outcome: Outcome, says: str, codes: str) -> float:
    inner = _O_WIDTH - 30
    lines = len(_svg.wrap(says, inner, 13)) * 13 + len(_svg.wrap(codes, inner, 12)) * 12
    height = 36 + 1.35 * lines
    colour = _COLOUR[outcome]
    d.rect(_O_LEFT, y, _O_WIDTH, height, fill=_svg.PAPER, stroke=colour, radius=8)
    d.rect(_O_LEFT, y, 8, height, fill=colour, radius=3)
    d.text(_O_LEFT + 18, y + 20, outcome.value.upper(), css="head", fill=colour)
    below = d.lines(_O_LEFT + 18, y + 26, says, inner, size=13)
    d.lines(_O_LEFT + 18, below, codes, inner, size=12, css="small muted")
    return height


def decision_flowchart_svg(*, catalog: Catalog | None = None) -> str:
    """The progression decision (:func:`~hiptx.check_progression`) as an SVG flowchart.

    Questions top to bottom in the order the rule asks them; each leads to
    ``STOP``, ``REGRESS``, ``HOLD`` or, at the end, ``PROGRESS``, labelled with the
    reason codes that outcome carries. The pain ceiling and the lingering-pain limit
    are the catalog's, so a catalog that changes them gets a chart that says so.

    Args:
        catalog: The catalog whose rules to draw; the bundled one if omitted.

    Returns:
        The SVG document, with a ``<title>`` and a ``<desc>`` that reads the chart
        as sentences.

    Example:
        >>> import hiptx
        >>> svg = hiptx.decision_flowchart_svg()
        >>> "above 3/10" in svg, "overload-in-history" in svg, "PROGRESS" in svg
        (True, True, True)

    .. versionadded:: 0.2.0
    """
    rules = given_or_bundled(catalog).rules
    steps = _steps(rules.pain_ceiling.value, rules.lingering_pain_hours.value)
    d = _svg.Drawing(_WIDTH)
    d.text(16, 26, "The progression decision, after the sessions logged at one level", css="head")
    y = 50.0
    sentences = []
    for number, step in enumerate(steps, start=1):
        q_lines = _svg.wrap(step.question, _Q_WIDTH - 60, 14)
        codes = ", ".join(c.value for c in step.codes)
        height = 22 + 19 * len(q_lines)
        d.rect(16, y, _Q_WIDTH, height, fill=_svg.PANEL, stroke=_svg.BLUE, radius=8)
        d.text(32, y + 25, f"{number}", css="head", fill=_svg.BLUE)
        for i, line in enumerate(q_lines):
            d.text(56, y + 25 + 19 * i, line, css="body")
        box = _outcome_box(d, y, step.outcome, step.says, codes)
        d.line(16 + _Q_WIDTH, y + 18, _O_LEFT - 2, y + 18, stroke=_svg.MUTED, width=1.5, arrow=True)
        d.text(
            (16 + _Q_WIDTH + _O_LEFT) / 2, y + 12, step.branch, css="small bold", anchor="middle"
        )
        step_bottom = y + max(height, box)
        next_top = step_bottom + 34
        other = "no" if step.branch == "yes" else "yes"
        d.line(60, y + height, 60, next_top - 2, stroke=_svg.MUTED, width=1.5, arrow=True)
        d.text(70, y + height + (next_top - y - height) / 2 + 4, other, css="small bold")
        sentences.append(f"{number}. {step.question} If {step.branch}: {step.outcome.value}.")
        y = next_top
    _outcome_box(
        d,
        y,
        Outcome.PROGRESS,
        "To the next level of the chain; at the top level, hold.",
        f"{Code.NEXT_STEP.value}, {Code.TOP_OF_CHAIN.value}",
    )
    d.text(16, y + 20, "Otherwise:", css="head")
    d.lines(
        16,
        y + 28,
        "the target dose was reached within the pain ceiling, with no overload logged.",
        _Q_WIDTH,
    )
    d.line(16 + _Q_WIDTH, y + 18, _O_LEFT - 2, y + 18, stroke=_svg.MUTED, width=1.5, arrow=True)
    sentences.append("Otherwise: progress.")
    return d.render(y + 100, "The progression decision as a flowchart", " ".join(sentences))
