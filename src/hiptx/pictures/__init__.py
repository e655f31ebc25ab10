"""Pictures of the catalog and of a patient's results, as SVG text.

Hand-written SVG, with no plotting library: a recovery timeline, a progression
chain with its doses and the criteria to move, the progression decision as a
flowchart, a programme's weeks as a calendar, and the red flags grouped by the
pathway they send a patient to. Each picture is one ``<svg role="img">`` with a
``<title>`` and a ``<desc>`` that says in words what it shows. The documentation
draws its pictures with these same functions, from the catalog, at build time.
"""

from __future__ import annotations

from hiptx.pictures._calendar import programme_calendar_svg
from hiptx.pictures._chain import chain_svg
from hiptx.pictures._decision import decision_flowchart_svg
from hiptx.pictures._red_flags import red_flags_svg
from hiptx.pictures._timeline import recovery_timeline_svg

__all__ = [
    "chain_svg",
    "decision_flowchart_svg",
    "programme_calendar_svg",
    "recovery_timeline_svg",
    "red_flags_svg",
]


def __dir__() -> list[str]:
    return __all__
