"""A progression chain as a diagram.

Its levels top to bottom, with each level's dose and the criteria to move between
them, taken from the progression rule itself.
"""

from __future__ import annotations

from hiptx import _args
from hiptx._catalog_arg import given_or_bundled
from hiptx.catalog import Catalog
from hiptx.explain import ReasonCode
from hiptx.model import Exercise, Progression
from hiptx.pictures import _svg
from hiptx.rules.progression import dose_target

_WIDTH = 740
_BOX_LEFT = 80
_BOX_WIDTH = 400
_GAP = 74


def _dose_text(exercise: Exercise) -> str:
    if exercise.dose is None:
        return "No dose recorded in the catalog."
    return f"Dose: {exercise.dose}"


def _move_up_text(exercise: Exercise, ceiling: float) -> str:
    if exercise.dose is None:
        return (
            f"No target dose recorded, so the rule holds here ({ReasonCode.NO_DOSE.value}); "
            "a clinician decides when to move up."
        )
    ceiling = exercise.dose.pain_ceiling if exercise.dose.pain_ceiling is not None else ceiling
    return (
        f"Move up after {dose_target(exercise.dose)[2]} with pain at most {ceiling:g}/10 during "
        f"and 24 h after, and no overload logged at this level ({ReasonCode.NEXT_STEP.value})."
    )


def chain_svg(progression: Progression | str, *, catalog: Catalog | None = None) -> str:
    """A progression chain as SVG text: its levels, their doses and how to move.

    Each level is a box with the exercise and its dose; between two levels, the
    arrow up is labelled with what the progression rule (:func:`~hiptx.check_progression`)
    asks before moving up (the target dose within the pain ceiling, no overload
    logged), and the arrow back with what sends a patient back down (an overload).
    A level with no dose in the catalog says so: the rule holds there.

    Args:
        progression: A :class:`~hiptx.Progression` or its id.
        catalog: The catalog that holds the chain, its exercises and the pain rules;
            the bundled one if omitted.

    Returns:
        The SVG document, with a ``<title>`` and a ``<desc>`` listing the levels.

    Raises:
        WrongTypeError: ``progression`` is not a progression or an id.
        UnknownIdError: an id not in the catalog.

    Example:
        >>> import hiptx
        >>> svg = hiptx.chain_svg("hip-adductor-strengthening")
        >>> "Copenhagen plank" in svg, "3 sets of 8-10 reps" in svg
        (True, True)

    .. versionadded:: 0.2.0
    """
    cat = given_or_bundled(catalog)
    chain = _args.object_or_id(
        "progression", progression, Progression, cat.progressions, "a Progression or its id"
    )
    ceiling = cat.rules.pain_ceiling.value
    levels = [cat.exercises[i] for i in chain.exercise_ids]
    d = _svg.Drawing(_WIDTH)
    d.text(16, 26, f"{chain.name}: {len(levels)} levels", css="head")
    patterns = ", ".join(p.value.replace("_", " ") for p in chain.patterns)
    y = d.lines(
        16, 34, f"Trains: {patterns}. Start at level 1; read upwards.", _WIDTH - 32, size=12
    )
    y += 12
    # Highest level at the top, so "up the chain" is up the page.
    boxes: list[tuple[float, float]] = []
    for number, exercise in reversed(list(enumerate(levels, start=1))):
        names = _svg.wrap(exercise.name, _BOX_WIDTH - 28, 15)
        lines = _svg.wrap(_dose_text(exercise), _BOX_WIDTH - 28, 13)
        height = 26 + 20 * len(names) + 18 * len(lines)
        d.rect(_BOX_LEFT, y, _BOX_WIDTH, height, fill=_svg.PANEL, stroke=_svg.BLUE, radius=8)
        d.text(_BOX_LEFT - 14, y + 26, f"Level {number}", css="body bold", anchor="end")
        for i, line in enumerate(names):
            d.text(_BOX_LEFT + 14, y + 24 + 20 * i, line, css="head")
        for i, line in enumerate(lines):
            d.text(_BOX_LEFT + 14, y + 26 + 20 * len(names) + 18 * i, line, css="body muted")
        boxes.append((y, height))
        y += height + _GAP
    # The gap above each box but the top one: move up from the level below it.
    for (below_top, _), exercise in zip(boxes[1:], reversed(levels[:-1]), strict=True):
        gap_top = below_top - _GAP
        up_x, down_x = _BOX_LEFT + _BOX_WIDTH - 60, _BOX_LEFT + 60
        d.line(up_x, below_top - 2, up_x, gap_top + 4, stroke=_svg.GREEN, width=2, arrow=True)
        d.line(down_x, gap_top + 2, down_x, below_top - 4, stroke=_svg.ORANGE, width=2, arrow=True)
        up_text = _move_up_text(exercise, ceiling)
        d.lines(
            _BOX_LEFT + _BOX_WIDTH + 12,
            gap_top + 4,
            up_text,
            _WIDTH - _BOX_LEFT - _BOX_WIDTH - 24,
            size=12,
            fill=_svg.GREEN,
        )
        back = f"back down after an overload ({ReasonCode.PREVIOUS_STEP.value})"
        d.text(down_x + 10, gap_top + _GAP / 2 + 4, back, css="small", fill=_svg.ORANGE)
    y = d.lines(
        _BOX_LEFT,
        y - _GAP + 12,
        "An overload at level 1 has no easier level to go back to: stop, and see a "
        f"clinician ({ReasonCode.BOTTOM_OF_CHAIN.value}). At the top level the rule holds "
        f"({ReasonCode.TOP_OF_CHAIN.value}).",
        _WIDTH - _BOX_LEFT - 16,
        size=12,
        fill=_svg.MUTED,
    )
    description = "; ".join(
        f"level {n}: {e.name} ({_dose_text(e)})" for n, e in enumerate(levels, start=1)
    )
    return d.render(y + 12, f"Progression chain: {chain.name}", description)
