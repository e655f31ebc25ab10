"""The limits and argument checks that a programme and its scheduling share."""

from __future__ import annotations

import datetime
from collections.abc import Sequence

from hiptx import _args
from hiptx.errors import InvalidValueError, OutOfRangeError, WrongTypeError

#: The longest programme hiptx schedules, in weeks (a year).
MAX_WEEKS = 52
DAYS_PER_WEEK = 7
#: Sets in a logged session are capped at 50 (:class:`~hiptx.SessionRecord`); a
#: prescription never asks for more.
MAX_SETS = 50


def frequency_text(sessions_per_week: int) -> str:
    return {1: "once a week", 2: "twice a week"}.get(
        sessions_per_week, f"{sessions_per_week} times a week"
    )


def check_calendar(start: datetime.date, weeks: int) -> None:
    """Refuse a programme whose last day would fall after the calendar's last day."""
    days = DAYS_PER_WEEK * weeks - 1
    if datetime.date.max - start < datetime.timedelta(days=days):
        latest = datetime.date.max - datetime.timedelta(days=days)
        raise OutOfRangeError(
            "start",
            start,
            f"a date on or before {latest.isoformat()}, so that {weeks} weeks fit in the "
            "calendar (which ends on 9999-12-31)",
        )


def check_weekdays(value: object, sessions_per_week: int) -> tuple[int, ...]:
    allowed = (
        f"{sessions_per_week} distinct weekday numbers from 0 (Monday) to 6 (Sunday), "
        "one per session a week"
    )
    if isinstance(value, (str, bytes)) or not isinstance(value, (Sequence, frozenset, set)):
        raise WrongTypeError("weekdays", value, allowed)
    days = list(value)
    for i, day in enumerate(days):
        _args.require(f"weekdays[{i}]", day, int, "an integer from 0 (Monday) to 6 (Sunday)")
        if not 0 <= day < DAYS_PER_WEEK:
            raise OutOfRangeError(f"weekdays[{i}]", day, "an integer from 0 (Monday) to 6 (Sunday)")
    if len(set(days)) != len(days) or len(days) != sessions_per_week:
        raise InvalidValueError("weekdays", value, allowed)
    return tuple(sorted(days))
