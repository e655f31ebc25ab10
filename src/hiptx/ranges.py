"""Ranges with units: clinical figures are ranges, rarely points.

A source that says "6-10 sessions" becomes ``IntRange(6, 10)``; "improvement between
4 and 6 months" becomes ``Span(4, 6, TimeUnit.MONTH)``; a source that gives only a
lower bound ("at least 6 weeks") leaves ``high`` open as ``None``.
"""

from __future__ import annotations

import attrs

from hiptx import _fields
from hiptx._enum import ValueEnum
from hiptx.errors import InvalidValueError, OutOfRangeError

__all__ = ["FigureKind", "IntRange", "Span", "TimeUnit"]


def __dir__() -> list[str]:
    return __all__


class TimeUnit(ValueEnum):
    """The unit of a :class:`Span`.

    Example:
        >>> import hiptx
        >>> hiptx.TimeUnit("week")
        <TimeUnit.WEEK: 'week'>

    .. versionadded:: 0.1.0
    """

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


class FigureKind(ValueEnum):
    """What a figure is: a range, or one value of a known kind.

    ``RANGE``: from ``low`` to ``high`` (the default). The others are one value
    (``low == high``): ``MEAN`` (an average across patients, with its spread where the
    source gives one), ``TYPICAL`` (what most patients do), ``UPPER_BOUND`` ("up to",
    "usually within"), ``APPROXIMATE`` ("about", "may be able to").

    Example:
        >>> import hiptx
        >>> hiptx.FigureKind("upper_bound")
        <FigureKind.UPPER_BOUND: 'upper_bound'>

    .. versionadded:: 0.2.0
    """

    RANGE = "range"
    MEAN = "mean"
    TYPICAL = "typical"
    UPPER_BOUND = "upper_bound"
    APPROXIMATE = "approximate"


#: The largest count an :class:`IntRange` holds: no programme asks for a thousand
#: sessions, sets, repetitions, or seconds of one hold.
INT_RANGE_MAX = 1000

#: The longest :class:`Span` in each unit: 120 years, about the longest human life
#: (120 x 365.25 days; weeks and months rounded down).
SPAN_MAX = {TimeUnit.DAY: 43_830, TimeUnit.WEEK: 6_261, TimeUnit.MONTH: 1_440, TimeUnit.YEAR: 120}


def _within_a_lifetime(
    instance: Span, attribute: attrs.Attribute[TimeUnit], unit: TimeUnit
) -> None:
    # Runs after low and high passed their own (day-sized) bound; this is the bound
    # in the span's own unit.
    limit = SPAN_MAX[unit]
    for name, value in (("low", instance.low), ("high", instance.high)):
        if value is not None and value > limit:
            raise OutOfRangeError(
                name, value, f"an integer from 0 to {limit} {unit.value}s (a human lifetime)"
            )
    del attribute  # only the unit's value matters


def _high_not_below_low(
    instance: IntRange | Span, attribute: attrs.Attribute[int | None], value: int | None
) -> None:
    if value is not None and value < instance.low:
        raise OutOfRangeError(attribute.name, value, f"an integer >= low ({instance.low})")


def _kind_fits(instance: Span, attribute: attrs.Attribute[FigureKind], kind: FigureKind) -> None:
    if kind is not FigureKind.RANGE and instance.high != instance.low:
        raise InvalidValueError(
            "high", instance.high, f"equal to low ({instance.low}) for a {kind.value} figure"
        )
    del attribute  # only the kind matters


def _spread_fits(instance: Span, attribute: attrs.Attribute[float | None], spread: object) -> None:
    if spread is not None and instance.kind is not FigureKind.MEAN:
        raise InvalidValueError(attribute.name, spread, "None unless the figure is a mean")


def _plural(amount: float, unit: TimeUnit) -> str:
    return unit.value if amount == 1 else f"{unit.value}s"


def amount_text(amount: float, unit: TimeUnit) -> str:
    """An amount of time in words, the unit singular for exactly one.

    Example:
        >>> import hiptx
        >>> from hiptx.ranges import amount_text
        >>> amount_text(1, hiptx.TimeUnit.WEEK), amount_text(1.5, hiptx.TimeUnit.WEEK)
        ('1 week', '1.5 weeks')
        >>> amount_text(2_000_000, hiptx.TimeUnit.DAY)  # a whole number is written whole
        '2000000 days'
    """
    number = str(amount) if type(amount) is int else f"{amount:g}"
    return f"{number} {_plural(amount, unit)}"


@attrs.frozen
class IntRange:
    """A closed range of whole numbers, such as a number of sessions or sets.

    Args:
        low: The smallest value, from 0 to 1000 (``hiptx.ranges.INT_RANGE_MAX``).
        high: The largest value, from ``low`` to 1000; ``None`` where the source
            gives only a lower bound.

    Example:
        >>> import hiptx
        >>> sessions = hiptx.IntRange(6, 10)
        >>> sessions
        IntRange(low=6, high=10)
        >>> str(sessions), 8 in sessions, 11 in sessions
        ('6-10', True, False)
        >>> hiptx.IntRange(1, 10**6)
        Traceback (most recent call last):
        ...
        hiptx.errors.OutOfRangeError: high: 1000000 is not allowed; expected an integer from 0 to 1000

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       Bounded above by 1000.
    """

    low: int = attrs.field(**_fields.integer(maximum=INT_RANGE_MAX))
    high: int | None = attrs.field(
        **_fields.integer(maximum=INT_RANGE_MAX, optional=True, also=_high_not_below_low)
    )

    def __contains__(self, value: object) -> bool:
        if type(value) is not int:
            return False
        return self.low <= value and (self.high is None or value <= self.high)

    def __str__(self) -> str:
        if self.high is None:
            return f"{self.low}+"
        if self.high == self.low:
            return str(self.low)
        return f"{self.low}-{self.high}"


@attrs.frozen
class Span:
    """A range of time with its unit, such as "4 to 6 months".

    Args:
        low: The shortest time, 0 or more.
        high: The longest time, at least ``low``; ``None`` (open) where the source
            gives only a lower bound.
        unit: The unit of both bounds. Neither bound may exceed 120 years, the
            longest human life, in that unit (``hiptx.ranges.SPAN_MAX``).
        kind: What the figure is (keyword only): a range (the default), or one value
            (``low == high``) that is a mean, a typical value, an upper bound or an
            approximation; ``str()`` says which.
        spread: For a mean, its standard deviation in the same unit, where the
            source gives one (keyword only).

    Example:
        >>> import hiptx
        >>> span = hiptx.Span(4, 6, hiptx.TimeUnit.MONTH)
        >>> str(span)
        '4-6 months'
        >>> str(hiptx.Span(2, 2, hiptx.TimeUnit.WEEK)), str(hiptx.Span(6, None, hiptx.TimeUnit.WEEK))
        ('2 weeks', '6 weeks or more')
        >>> span.approximate_days()
        (120, 180)
        >>> str(hiptx.Span(7, 7, hiptx.TimeUnit.MONTH, kind=hiptx.FigureKind.MEAN, spread=2.6))
        'mean 7 months (SD 2.6)'
        >>> str(hiptx.Span(12, 12, hiptx.TimeUnit.WEEK, kind=hiptx.FigureKind.UPPER_BOUND))
        'up to 12 weeks'
        >>> hiptx.Span(20_000, None, hiptx.TimeUnit.YEAR)
        Traceback (most recent call last):
        ...
        hiptx.errors.OutOfRangeError: low: 20000 is not allowed; expected an integer from 0 to 120 years (a human lifetime)

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       At most 120 years in every unit. Added ``kind`` and ``spread``.
    """

    low: int = attrs.field(**_fields.integer(maximum=SPAN_MAX[TimeUnit.DAY]))
    high: int | None = attrs.field(
        **_fields.integer(maximum=SPAN_MAX[TimeUnit.DAY], optional=True, also=_high_not_below_low)
    )
    unit: TimeUnit = attrs.field(**_fields.choice(TimeUnit, also=_within_a_lifetime))
    kind: FigureKind = attrs.field(
        default=FigureKind.RANGE, kw_only=True, **_fields.choice(FigureKind, also=_kind_fits)
    )
    spread: float | None = attrs.field(
        default=None,
        kw_only=True,
        **_fields.number(maximum=SPAN_MAX[TimeUnit.DAY], optional=True, also=_spread_fits),
    )

    @property
    def is_open(self) -> bool:
        """True when the source gives no upper bound.

        Example:
            >>> import hiptx
            >>> hiptx.Span(6, None, hiptx.TimeUnit.WEEK).is_open
            True
        """
        return self.high is None

    def approximate_days(self) -> tuple[int, int | None]:
        """The bounds in days, using 30-day months and 365-day years.

        Only for ordering and comparison; calendar dates use real calendar
        arithmetic (see :meth:`hiptx.RecoveryEstimate.dates`).

        Example:
            >>> import hiptx
            >>> hiptx.Span(2, 3, hiptx.TimeUnit.WEEK).approximate_days()
            (14, 21)
        """
        per_unit = _DAYS_PER_UNIT[self.unit]
        return (
            self.low * per_unit,
            None if self.high is None else self.high * per_unit,
        )

    def __str__(self) -> str:
        if self.kind is not FigureKind.RANGE:
            value = f"{self.low} {_plural(self.low, self.unit)}"
            if self.kind is FigureKind.MEAN:
                return f"mean {value}" + ("" if self.spread is None else f" (SD {self.spread:g})")
            return f"{_KIND_WORDS[self.kind]} {value}"
        if self.high is None:
            return f"{self.low} {_plural(self.low, self.unit)} or more"
        if self.high == self.low:
            return f"{self.low} {_plural(self.low, self.unit)}"
        return f"{self.low}-{self.high} {_plural(self.high, self.unit)}"


# In the schema too: each unit's lifetime bound on low and high.
_fields.class_schema(
    Span,
    {
        "allOf": [
            {
                "if": {"properties": {"unit": {"const": unit.value}}},
                "then": {
                    "properties": {
                        "low": {"maximum": limit},
                        "high": {"anyOf": [{"maximum": limit}, {"type": "null"}]},
                    }
                },
            }
            for unit, limit in SPAN_MAX.items()
        ]
    },
)

#: How ``str()`` words a one-value figure of each kind (a mean is worded apart).
_KIND_WORDS = {
    FigureKind.TYPICAL: "typically",
    FigureKind.UPPER_BOUND: "up to",
    FigureKind.APPROXIMATE: "about",
}

_DAYS_PER_UNIT = {TimeUnit.DAY: 1, TimeUnit.WEEK: 7, TimeUnit.MONTH: 30, TimeUnit.YEAR: 365}
