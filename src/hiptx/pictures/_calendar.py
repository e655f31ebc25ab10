"""A programme's weeks as a calendar.

One row a week, a cell a day, each session marked with its exercises, each change
of level on the day it took effect.
"""

from __future__ import annotations

import datetime

from hiptx import _args
from hiptx.pictures import _svg
from hiptx.rules.programme import Programme
from hiptx.rules.progression import Outcome

_WIDTH = 900
_LEFT = 84
_CELL_W = 116
_CELL_H = 50
_MARK = {
    Outcome.PROGRESS: ("up a level", _svg.GREEN),
    Outcome.REGRESS: ("back a level", _svg.ORANGE),
    Outcome.HOLD: ("hold", _svg.AMBER),
    Outcome.STOP: ("stopped", _svg.RED),
}


def _day(date: datetime.date) -> str:
    return f"{date.day} {date.strftime('%b')}"


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
        >>> svg.count(">Session<"), "Week 2" in svg
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
        y = d.lines(16, y, "Stopped by a red flag: no exercise advice until the referral.", 860)
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
        d.text(16, top + 30, f"Week {week + 1}", css="body bold")
        for i in range(7):
            date = programme.start + datetime.timedelta(days=7 * week + i)
            x = _LEFT + i * _CELL_W
            session = sessions.get(date)
            fill = _svg.LIGHT_BLUE if session is not None else _svg.PANEL
            d.rect(x + 2, top + 2, _CELL_W - 4, _CELL_H - 4, fill=fill, radius=4)
            d.text(x + 8, top + 17, _day(date), css="small muted")
            if session is not None:
                count = len(session.prescriptions)
                d.text(x + 8, top + 36, "Session", css="body bold", fill=_svg.BLUE)
                d.text(x + _CELL_W - 8, top + 36, f"{count} ex.", css="small", anchor="end")
                described.append(f"{date.isoformat()}: {count} exercises")
            for outcome in changes.get(date, []):
                word, colour = _MARK[outcome]
                d.text(x + _CELL_W - 8, top + 17, word, css="small bold", anchor="end", fill=colour)
                described.append(f"{date.isoformat()}: {word}")
    y += programme.weeks * _CELL_H + 16
    first = programme.sessions[0].prescriptions if programme.sessions else ()
    if first:
        d.text(16, y + 4, "Each exercise of the first session:", css="body bold")
        y += 12
        for p in first:
            y = d.lines(28, y, f"{p.exercise_id}: {p.text}", 840, size=12, css="small")
    description = "; ".join(described) or "No sessions scheduled."
    return d.render(y + 16, title, description)
