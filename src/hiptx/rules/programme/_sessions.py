"""A programme's calendar: each dated session, its prescriptions, and its weeks.

Classes of :mod:`hiptx.rules.programme` (importable from there and :mod:`hiptx`).
"""

from __future__ import annotations

import datetime

import attrs

from hiptx import _fields
from hiptx.errors import InvalidValueError
from hiptx.explain import Reason
from hiptx.ranges import IntRange
from hiptx.rules._calendar import calendar_date
from hiptx.rules._programme_limits import (
    DAYS_PER_WEEK,
    MAX_SETS,
    MAX_WEEKS,
    frequency_text,
)
from hiptx.vocab import MovementPattern, Side


def _dose_fields_agree(instance: Prescription, _: attrs.Attribute[object], __: object) -> None:
    measures = (instance.reps, instance.hold_seconds)
    if instance.sets is None:
        if any(m is not None for m in (*measures, instance.rep_hold_seconds)):
            raise InvalidValueError(
                "sets", None, "sets whenever reps, hold_seconds or rep_hold_seconds are given"
            )
        return
    _fields.check_dose_measure(instance.reps, instance.hold_seconds, instance.rep_hold_seconds)


@attrs.frozen(kw_only=True)
class Prescription:
    """One exercise in one session: what to do, how much, and why.

    Attributes:
        exercise_id: The exercise.
        patterns: The impaired movement patterns it trains in this programme.
        progression_id: The chain it belongs to.
        sessions_per_week: How often it is done.
        pain_ceiling: Most pain (0-10) acceptable during and in the 24 hours after:
            the dose's own ceiling where its source sets one, else the catalog's.
        sets: Sets for this session (by the build-up rule); ``None`` where the
            sources give the exercise no dose (then the dose is the clinician's).
        reps: Repetitions per set, the source's range; or
        hold_seconds: Seconds per hold, the source's range.
        rep_hold_seconds: A pause held in each repetition, where the source gives one.
        target: What to work up to before progressing (the progression rule's
            target), or ``None`` without a dose.
        reasons: Why this dose: the build-up (hiptx's own default), the target and
            the ceiling (with their citations).
        side: The side it is for (``LEFT`` or ``RIGHT``), in a programme that
            tracks sides.

    Example:
        >>> import hiptx
        >>> p = hiptx.Prescription(exercise_id="side-lying-hip-adduction",
        ...     patterns=(hiptx.MovementPattern.ADDUCTION,), sessions_per_week=3,
        ...     pain_ceiling=3.0, sets=2, reps=hiptx.IntRange(8, 10),
        ...     rep_hold_seconds=hiptx.IntRange(2, 3), target="3 sets of 8-10 reps")
        >>> p.text
        '2 sets x 8-10 reps, 2-3 s hold per rep, pain <= 3/10, 3 times a week; work up to 3 sets of 8-10 reps'
        >>> hiptx.Prescription(exercise_id="squat-comfortable-range",
        ...     patterns=(hiptx.MovementPattern.SQUAT,), sessions_per_week=2, pain_ceiling=3.0).text
        "dose: the clinician's to give, pain <= 3/10, twice a week"

    .. versionadded:: 0.2.0
    """

    exercise_id: str = attrs.field(**_fields.slug())
    patterns: tuple[MovementPattern, ...] = attrs.field(
        **_fields.items(MovementPattern, min_items=1, unique=True)
    )
    sessions_per_week: int = attrs.field(**_fields.integer(minimum=1, maximum=DAYS_PER_WEEK))
    pain_ceiling: float = attrs.field(**_fields.number(maximum=10.0))
    progression_id: str | None = attrs.field(default=None, **_fields.slug(optional=True))
    sets: int | None = attrs.field(
        default=None, **_fields.integer(minimum=1, maximum=MAX_SETS, optional=True)
    )
    reps: IntRange | None = attrs.field(default=None, **_fields.instance(IntRange, optional=True))
    hold_seconds: IntRange | None = attrs.field(
        default=None, **_fields.instance(IntRange, optional=True)
    )
    rep_hold_seconds: IntRange | None = attrs.field(
        default=None, **_fields.instance(IntRange, optional=True, also=_dose_fields_agree)
    )
    target: str | None = attrs.field(default=None, **_fields.text(optional=True))
    reasons: tuple[Reason, ...] = attrs.field(default=(), **_fields.items(Reason))
    side: Side | None = attrs.field(default=None, **_fields.choice(Side, optional=True))

    @property
    def text(self) -> str:
        """Everything the prescription holds, in one line.

        Sets, reps or hold seconds, the hold per rep, the pain ceiling, how often,
        and the target; without a dose, that the dose is the clinician's to give.
        """
        parts = []
        if self.sets is None:
            parts.append("dose: the clinician's to give")
        else:
            noun = "set" if self.sets == 1 else "sets"
            amount = (
                f"{self.reps} reps" if self.reps is not None else f"{self.hold_seconds} s holds"
            )
            parts.append(f"{self.sets} {noun} x {amount}")
            if self.rep_hold_seconds is not None:
                parts.append(f"{self.rep_hold_seconds} s hold per rep")
        parts.append(f"pain <= {self.pain_ceiling:g}/10")
        parts.append(frequency_text(self.sessions_per_week))
        if self.side is not None:
            parts.append(f"{self.side.value} side")
        text = ", ".join(parts)
        return f"{text}; work up to {self.target}" if self.target else text


@attrs.frozen(kw_only=True)
class ProgrammeSession:
    """One dated session and the exercises in it.

    Attributes:
        date: The day of the session.
        week: The programme week it falls in (1 for the first).
        prescriptions: One per exercise, in the programme's slot order.

    Example:
        >>> import datetime, hiptx
        >>> s = hiptx.ProgrammeSession(date=datetime.date(2025, 1, 6), week=1)
        >>> s.date.strftime("%a"), s.prescriptions
        ('Mon', ())

    .. versionadded:: 0.2.0
    """

    date: datetime.date = attrs.field(validator=calendar_date)
    week: int = attrs.field(**_fields.integer(minimum=1, maximum=MAX_WEEKS))
    prescriptions: tuple[Prescription, ...] = attrs.field(default=(), **_fields.items(Prescription))


def _sessions_in_week(instance: ProgrammeWeek, _: attrs.Attribute[object], __: object) -> None:
    for i, session in enumerate(instance.sessions):
        if session.week != instance.number:
            raise InvalidValueError(
                f"sessions[{i}].week", session.week, f"{instance.number}, this week's number"
            )


@attrs.frozen(kw_only=True)
class ProgrammeWeek:
    """One week of a programme: its number and its dated sessions.

    Week *n* covers the seven days from ``start + 7 * (n - 1)`` days.

    Example:
        >>> import datetime, hiptx
        >>> w = hiptx.ProgrammeWeek(number=1, sessions=(
        ...     hiptx.ProgrammeSession(date=datetime.date(2025, 1, 6), week=1),))
        >>> [s.date.isoformat() for s in w.sessions]
        ['2025-01-06']

    .. versionadded:: 0.2.0
    """

    number: int = attrs.field(**_fields.integer(minimum=1, maximum=MAX_WEEKS))
    sessions: tuple[ProgrammeSession, ...] = attrs.field(
        default=(), **_fields.items(ProgrammeSession, also=_sessions_in_week)
    )
