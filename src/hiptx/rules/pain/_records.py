"""What a pain check reads and gives: one logged session, and the hip's response to it.

The records of :func:`hiptx.classify_pain` (importable from
:mod:`hiptx.rules.pain` and :mod:`hiptx`).
"""

from __future__ import annotations

import datetime

import attrs

from hiptx import _fields
from hiptx._catalog_arg import bundled_provenance, check_provenance
from hiptx._enum import ValueEnum
from hiptx.catalog import Provenance
from hiptx.errors import InvalidValueError
from hiptx.explain import Reason
from hiptx.rules._calendar import calendar_date_or_none
from hiptx.vocab import Side

#: Upper bounds of a logged session: generous ceilings above any real session, so
#: that a typo or an overflowing number is refused rather than reasoned about.
MAX_SETS = 50


MAX_REPS = 1000


MAX_HOLD_SECONDS = 3600


#: Joint pain lasting longer than 30 days is not a response to one session.
MAX_PAIN_LASTED_HOURS = 30 * 24


def _one_measure(instance: SessionRecord, _: attrs.Attribute[object], __: object) -> None:
    if (instance.reps is None) == (instance.hold_seconds is None):
        raise InvalidValueError(
            "reps", instance.reps, "exactly one of reps (for rep work) or hold_seconds (for holds)"
        )


@attrs.frozen(kw_only=True)
class SessionRecord:
    """One logged exercise session.

    Args:
        sets: Sets completed (0-50).
        reps: Repetitions the weakest set reached (rep-based exercises, 0-1000); or
        hold_seconds: Seconds the weakest hold lasted (timed holds, 0-3600).
        pain_during: Pain during exercise, 0-10.
        pain_after_24h: Pain the next day, about 24 hours after the session, 0-10.
        pain_lasted_hours: How long joint pain lasted after exercise, in hours
            (0-720).
        sharp_pain: Whether the joint pain was sharp.
        swelling: Whether the joint was swollen afterwards.
        hot_joint: Whether the joint was hot afterwards.
        date: The day of the session, if known, so reasons can point at it.
        pain_before: Resting hip pain before the session, 0-10, if logged: the
            baseline the next day's pain is compared with (where it is not logged,
            the pain during the session is).
        side: Which hip the session trained (:class:`~hiptx.Side` ``LEFT`` or
            ``RIGHT``), where the programme tracks sides.

    Raises:
        OutOfRangeError: pain outside 0-10, a negative, non-finite or implausibly
            large count or duration.
        WrongTypeError: pain as a float or string, a count as a bool, ...
        InvalidValueError: neither or both of ``reps`` and ``hold_seconds``.

    Example:
        >>> import hiptx
        >>> hiptx.SessionRecord(sets=3, reps=10, pain_during=2, pain_after_24h=2).reps
        10
        >>> hiptx.SessionRecord(sets=3, reps=10, pain_during=11, pain_after_24h=2)
        Traceback (most recent call last):
        ...
        hiptx.errors.OutOfRangeError: pain_during: 11 is not allowed; expected an integer from 0 to 10

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       Added ``date``, ``pain_before`` and ``side``; counts and durations have upper bounds;
       ``pain_after_24h`` is the pain the next day.
    """

    sets: int = attrs.field(**_fields.integer(maximum=MAX_SETS))
    pain_during: int = attrs.field(**_fields.integer(maximum=10))
    pain_after_24h: int = attrs.field(**_fields.integer(maximum=10))
    reps: int | None = attrs.field(default=None, **_fields.integer(maximum=MAX_REPS, optional=True))
    hold_seconds: int | None = attrs.field(
        default=None,
        **_fields.integer(maximum=MAX_HOLD_SECONDS, optional=True, also=_one_measure),
    )
    pain_lasted_hours: float = attrs.field(
        default=0.0, **_fields.number(maximum=MAX_PAIN_LASTED_HOURS)
    )
    sharp_pain: bool = attrs.field(default=False, **_fields.flag())
    swelling: bool = attrs.field(default=False, **_fields.flag())
    hot_joint: bool = attrs.field(default=False, **_fields.flag())
    date: datetime.date | None = attrs.field(default=None, validator=calendar_date_or_none)
    pain_before: int | None = attrs.field(
        default=None, **_fields.integer(maximum=10, optional=True)
    )
    side: Side | None = attrs.field(default=None, **_fields.choice(Side, optional=True))

    @property
    def baseline_pain(self) -> int:
        """The pain the next day's is compared with: before the session, else during it."""
        return self.pain_during if self.pain_before is None else self.pain_before

    @property
    def pain_increased_next_day(self) -> bool:
        """Whether pain the next day was above :attr:`baseline_pain`."""
        return self.pain_after_24h > self.baseline_pain

    @property
    def peak_pain(self) -> int:
        """The higher of pain during and pain the next day."""
        return max(self.pain_during, self.pain_after_24h)


# In the schema too: exactly one of reps and hold_seconds (see _one_measure).
_fields.class_schema(
    SessionRecord,
    {
        "oneOf": [
            {"properties": {"reps": {"type": "integer"}}, "required": ["reps"]},
            {"properties": {"hold_seconds": {"type": "integer"}}, "required": ["hold_seconds"]},
        ]
    },
)


class PainResponse(ValueEnum):
    """How the hip responded to one session.

    Example:
        >>> import hiptx
        >>> [r.value for r in hiptx.PainResponse]
        ['acceptable', 'above_ceiling', 'overload']

    .. versionadded:: 0.1.0
    """

    #: Pain during and the next day stayed within the ceiling, with no overload sign.
    ACCEPTABLE = "acceptable"
    #: Pain during exercise went above the ceiling but had settled to within it by
    #: the next day, with no overload sign logged.
    ABOVE_CEILING = "above_ceiling"
    #: The load was too much, shown by pain still above the ceiling the next day, joint
    #: pain lasting beyond the limit, sharp joint pain, or a hot or swollen joint.
    OVERLOAD = "overload"


@attrs.frozen(kw_only=True)
class PainAssessment:
    """The pain response to one session, with its reasons.

    Attributes:
        response: The response.
        reasons: Why, with the rules' citations.
        provenance: Which catalog produced it (:class:`~hiptx.Provenance`).

    Example:
        >>> import hiptx
        >>> rules = hiptx.load_catalog().rules
        >>> a = hiptx.classify_pain(hiptx.SessionRecord(sets=3, reps=8, pain_during=5,
        ...                         pain_after_24h=2), rules=rules)
        >>> a.response, a.reasons[0].code
        (<PainResponse.ABOVE_CEILING: 'above_ceiling'>, <ReasonCode.PAIN_ABOVE_CEILING: 'pain-above-ceiling'>)

    .. versionadded:: 0.1.0
    """

    response: PainResponse
    reasons: tuple[Reason, ...]
    provenance: Provenance = attrs.field(
        factory=bundled_provenance, kw_only=True, validator=check_provenance
    )
