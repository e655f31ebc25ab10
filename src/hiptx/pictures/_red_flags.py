"""The red flags of a catalog, grouped by the pathway each sends a patient to.

Most urgent first, in the order of :class:`~hiptx.Pathway`.
"""

from __future__ import annotations

from hiptx._catalog_arg import given_or_bundled
from hiptx.catalog import Catalog
from hiptx.pictures import _svg
from hiptx.vocab import Pathway, RedFlag

_WIDTH = 740
_COLOUR = [_svg.RED, _svg.ORANGE, _svg.AMBER, _svg.BLUE, _svg.MUTED]


def _words(flag: RedFlag) -> str:
    text = flag.value.replace("_", " ")
    return text[0].upper() + text[1:]


def red_flags_svg(*, catalog: Catalog | None = None) -> str:
    """The catalog's red flags as SVG, grouped by the pathway each sends a patient to.

    One panel per pathway, in the order of :class:`~hiptx.Pathway` (A&E first), with
    its urgency, the action the catalog records, and its flags. Every flag is urgent
    on its own; the panels show where each one sends the patient.

    Args:
        catalog: The catalog whose red-flag rules to draw; the bundled one if omitted.

    Returns:
        The SVG document, with a ``<title>`` and a ``<desc>`` listing every panel.

    Example:
        >>> import hiptx
        >>> svg = hiptx.red_flags_svg()
        >>> "Suspected fracture" in svg, svg.index("A&amp;E") < svg.index("two-week")
        (True, True)

    .. versionadded:: 0.2.0
    """
    rules = given_or_bundled(catalog).rules.red_flags
    d = _svg.Drawing(_WIDTH)
    title = "Red flags by the pathway they send a patient to"
    d.text(16, 26, title, css="head")
    d.text(16, 46, "Each flag is urgent on its own: no exercise advice until seen.", css="small")
    y = 60.0
    described = []
    for colour, pathway in zip(_COLOUR, Pathway, strict=True):
        group = [r for r in rules if r.pathway is pathway]
        if not group:
            continue
        actions = list(dict.fromkeys(r.action for r in group))
        flags = [_words(r.flag) for r in group]
        rows = -(-len(flags) // 2)
        action_lines = _svg.wrap(" ".join(actions), _WIDTH - 60, 12)
        height = 40 + 16 * len(action_lines) + 20 * rows
        d.rect(16, y, _WIDTH - 32, height, fill=_svg.PANEL, radius=8)
        d.rect(16, y, 8, height, fill=colour, radius=3)
        label = pathway.label[0].upper() + pathway.label[1:]
        head = f"{label} (urgency: {pathway.urgency.value.replace('_', ' ')})"
        d.text(36, y + 22, head, css="head", fill=colour)
        below = d.lines(36, y + 28, " ".join(actions), _WIDTH - 60, size=12, css="small muted")
        for i, flag in enumerate(flags):
            column, row = divmod(i, rows)
            d.text(48 + column * 340, below + 16 + 20 * row, "• " + flag, css="body")
        described.append(f"{pathway.label}: {', '.join(flags)}")
        y += height + 12
    return d.render(y + 4, title, "; ".join(described) or "No red-flag rules.")
