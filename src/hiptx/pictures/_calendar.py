"""A programme's weeks as a calendar.

One row a week, a cell a day, each session marked with its exercises, each change
of level on the day it took effect.
"""

from __future__ import annotations

import datetime

from hiptx import _args
from hiptx.pictures import _svg
from hiptx.rules.programme import Programme, ProgrammeSession
from hiptx.rules.progression import Outcome

_WIDTH = 740
_LEFT = 82
_CELL_W = 93
_CELL_H = 56
#: The most cautious first: a day with several changes shows the first of these.
_MARK = {
    Outcome.STOP: ("stopped", _svg.RED),
    Outcome.REGRESS: ("back a level", _svg.ORANGE),
    Outcome.HOLD: ("hold", _svg.AMBER),
    Outcome.PROGRESS: ("up a level", _svg.GREEN),
}


def _day(date: datetime.date) -> str:
    return f"{date.day} {date.strftime('%b')}"


def _cell(
    d: _svg.Drawing,
    at: tuple[float, float],
    date: datetime.date,
    session: ProgrammeSession | None,
    outcomes: list[Outcome],
) -> list[str]:
    """Draw one day with its top left corner ``at``; return what it shows, in words."""
    x, top = at
    said = []
    fill = _svg.LIGHT_BLUE if session is not None else _svg.PANEL
    d.rect(x + 2, top + 2, _CELL_W - 4, _CELL_H - 4, fill=fill, radius=4)
    d.text(x + 8, top + 17, _day(date), css="small muted")
    if session is not None:
        count = len(session.prescriptions)
        noun = "exercise" if count == 1 else "exercises"
        d.text(x + 8, top + 33, f"{count} {noun}", css="small bold", fill=_svg.BLUE)
        said.append(f"{date.isoformat()}: {count} {noun}")
    # One mark a day, the most cautious outcome first, with how many changed.
    if outcomes:
        word, colour = _MARK[min(outcomes, key=list(_MARK).index)]
        many = f" ({len(outcomes)})" if len(outcomes) > 1 else ""
        d.text(x + 8, top + 48, word + many, css="small bold", fill=colour)
        said.append(f"{date.isoformat()}: {word}{many}")
    return said


def _notes(d: _svg.Drawing, y: float, heading: str, lines: list[str]) -> float:
    """A heading and its lines below the grid, if there are any; returns the new ``y``."""
    if not lines:
        return y
    d.text(16, y + 4, heading, css="body bold")
    y += 12
    for line in lines:
        y = d.lines(28, y, line, _WIDTH - 44, size=12, css="small")
    return y + 14


def programme_calendar_svg(programme: Programme) -> str:
    """A programme's weeks as an SVG calendar.

    One row a week, one cell a day from the programme's start day. A session day is
    filled and says how many exercises it holds; a change of level made by
    :func:`~hiptx.advance_programme` is marked on the day it took effect; below the
    grid, the first session's prescriptions in words. A programme stopped by a red
    flag says so above the grid.

    Args:
        programme: A :class:`~hiptx.Programme`, as built or advanced.

    Returns:
        The SVG document, with a ``<title>`` and a ``<desc>`` listing every session.

    Raises:
        WrongTypeError: ``programme`` is not a programme.

    Example:
        >>> import datetime, hiptx
        >>> plan = hiptx.plan_exercises(hiptx.Assessment(findings={
        ...     hiptx.MovementPattern.ADDUCTION: hiptx.Finding.WEAK}))
        >>> programme = hiptx.build_programme(plan, start=datetime.date(2025, 1, 6),
        ...                                   weeks=2, sessions_per_week=3)
        >>> svg = hiptx.programme_calendar_svg(programme)
        >>> svg.count(">1 exercise<"), "Week 2" in svg
        (6, True)

    .. versionadded:: 0.2.0
    """
    programme = _args.require("programme", programme, Programme, "a Programme")
    d = _svg.Drawing(_WIDTH)
    title = (
        f"A {programme.weeks}-week programme from {programme.start.isoformat()}: "
        f"{programme.sessions_per_week} sessions a week"
    )
    d.text(16, 26, title, css="head")
    y = 40.0
    if programme.referral is not None:
        y = d.lines(16, y, "Stopped by a red flag: no exercise advice until the referral.", 700)
        y += 4
    for i in range(7):
        day = programme.start + datetime.timedelta(days=i)
        d.text(_LEFT + i * _CELL_W + _CELL_W / 2, y + 16, day.strftime("%a"), anchor="middle")
    y += 24
    sessions = {s.date: s for s in programme.sessions}
    changes: dict[datetime.date | None, list[Outcome]] = {}
    for change in programme.history:  # a change with no date of effect marks no day
        changes.setdefault(change.effective, []).append(change.outcome)
    described = []
    for week in range(programme.weeks):
        top = y + week * _CELL_H
        d.text(16, top + 33, f"Week {week + 1}", css="body bold")
        for i in range(7):
            date = programme.start + datetime.timedelta(days=7 * week + i)
            session = sessions.get(date)
            outcomes = changes.get(date, [])
            described += _cell(d, (_LEFT + i * _CELL_W, top), date, session, outcomes)
    y += programme.weeks * _CELL_H + 16
    changed = [
        f"{c.effective}: {c.from_exercise_id} → {c.to_exercise_id or 'no exercise'} "
        f"({c.outcome.value})"
        for c in programme.history
        if c.effective is not None
    ]
    y = _notes(d, y, "Changes of level:", changed)
    first = programme.sessions[0].prescriptions if programme.sessions else ()
    y = _notes(
        d, y, "Each exercise of the first session:", [f"{p.exercise_id}: {p.text}" for p in first]
    )
    description = "; ".join(described) or "No sessions scheduled."
    return d.render(y + 16, title, description)
