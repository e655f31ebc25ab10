"""Calendar arithmetic for recovery and programme dates: spans added to a date.

Months and years are calendar months and years (a month after 31 January is the
last day of February, as a person counts it), and a date past the end of the
calendar is an error that says so, never an ``OverflowError``.
"""

from __future__ import annotations

import calendar
import datetime
from typing import Any

import attrs

from hiptx import _args
from hiptx.errors import OutOfRangeError, WrongTypeError
from hiptx.ranges import TimeUnit, amount_text


def calendar_date(_: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    """An attrs validator: a ``datetime.date``, never a ``datetime``.

    A datetime is a date too, but its time of day would be silently dropped.

    Example:
        >>> import datetime, attrs
        >>> from hiptx.rules._calendar import calendar_date
        >>> @attrs.frozen
        ... class Day:
        ...     on: datetime.date = attrs.field(validator=calendar_date)
        >>> Day(datetime.datetime(2026, 1, 1, 9))
        Traceback (most recent call last):
        ...
        hiptx.errors.WrongTypeError: on: expected a datetime.date, got datetime 2026-01-01T09:00:00
    """
    _args.require_date(attribute.name, value)


def calendar_date_or_none(_: object, attribute: attrs.Attribute[Any], value: Any) -> None:
    """An attrs validator: a ``datetime.date`` (never a ``datetime``) or ``None``.

    Example:
        >>> import datetime, attrs
        >>> from hiptx.rules._calendar import calendar_date_or_none
        >>> @attrs.frozen
        ... class Day:
        ...     on: datetime.date | None = attrs.field(validator=calendar_date_or_none)
        >>> Day(None).on is None, Day(datetime.date(2026, 1, 1)).on.year
        (True, 2026)
    """
    _args.require_date(attribute.name, value, optional=True)


def add_span_bound(start: datetime.date, amount: int, unit: TimeUnit) -> datetime.date:
    """``start`` plus ``amount`` units, with calendar months and years.

    A month later than 31 January is the last day of February, as a person would
    count it.

    Raises:
        WrongTypeError: for a ``start`` that is not a date, an ``amount`` that is
            not an int, or a ``unit`` that is not a :class:`~hiptx.TimeUnit`.
        OutOfRangeError: for a negative ``amount``, or when the result would fall
            after 31 December 9999, the last day :mod:`datetime` can hold.

    Example:
        >>> import datetime, hiptx
        >>> from hiptx.rules._calendar import add_span_bound
        >>> add_span_bound(datetime.date(2026, 1, 31), 1, hiptx.TimeUnit.MONTH)
        datetime.date(2026, 2, 28)
        >>> add_span_bound(datetime.date(9999, 12, 1), 2, hiptx.TimeUnit.MONTH)
        Traceback (most recent call last):
        ...
        hiptx.errors.OutOfRangeError: start: 9999-12-01 is not allowed; expected a date from which 2 months later is still in the calendar (on or before 9999-12-31)

    .. versionchanged:: 0.2.0
       Checks its arguments; a date past the calendar's end is an OutOfRangeError.
    """
    _args.require_date("start", start)
    if type(amount) is not int:
        raise WrongTypeError("amount", amount, "an integer")
    if amount < 0:
        raise OutOfRangeError("amount", amount, "an integer >= 0")
    _args.require("unit", unit, TimeUnit)
    try:
        if unit is TimeUnit.DAY:
            return start + datetime.timedelta(days=amount)
        if unit is TimeUnit.WEEK:
            return start + datetime.timedelta(weeks=amount)
        months = amount * (12 if unit is TimeUnit.YEAR else 1)
        month_index = start.month - 1 + months
        year, month = start.year + month_index // 12, month_index % 12 + 1
        if year > datetime.MAXYEAR:
            raise OverflowError  # noqa: TRY301 - handled just below, with the date arithmetic's
        day = min(start.day, calendar.monthrange(year, month)[1])
        return datetime.date(year, month, day)
    except (OverflowError, ValueError):
        later = f"{amount_text(amount, unit)} later"
        raise OutOfRangeError(
            "start",
            start,
            f"a date from which {later} is still in the calendar "
            f"(on or before {datetime.date.max.isoformat()})",
        ) from None
