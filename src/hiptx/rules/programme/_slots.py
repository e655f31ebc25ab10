"""A programme's slots (one exercise each, with its build-up), their changes, and its log.

Classes of :mod:`hiptx.rules.programme` (importable from there and :mod:`hiptx`).
"""

from __future__ import annotations

import datetime

import attrs

from hiptx import _fields
from hiptx.errors import InvalidValueError
from hiptx.explain import Reason
from hiptx.rules._calendar import calendar_date, calendar_date_or_none
from hiptx.rules._programme_limits import (
    MAX_SETS,
)
from hiptx.rules.pain import SessionRecord
from hiptx.rules.progression import Outcome
from hiptx.vocab import MovementPattern, Side


@attrs.frozen(kw_only=True)
class ProgrammeSlot:
    """The exercise a programme currently uses for some patterns, and since when.

    Attributes:
        patterns: The impaired patterns it trains (one chain may train several).
        progression_id: The chain the exercise belongs to; ``None`` for a
            standalone exercise a clinician scheduled.
        exercise_id: The current exercise.
        since: The first session date it applies from.
        build_up_from: The date the current build-up runs from.
        build_up_sets: The current sets. One is added, up to the top of the dose's
            range, only when a week's worth of sessions logged from
            ``build_up_from`` did them within the ceiling. ``None`` without a dose.
        build_up_paused: True while sets, and the level, are held (a logged session
            at this level went above the pain ceiling or showed overload).
        reasons: Why this exercise: the plan's reasons, or the decision that
            swapped it in.
        side: The side it trains (``LEFT`` or ``RIGHT``); ``None`` when the
            programme does not track sides. A programme for both hips has one
            slot per side for each chain, each with its own level and log.
        paused: True while a clinician has paused it: carried, not scheduled,
            and not decided on (see :func:`~hiptx.adjust_programme`).
        waiting: True while an operation restricts its exercise: not scheduled
            before ``waiting_until`` (never, while that is ``None``); its reasons
            say which restriction.
        waiting_until: The day the restriction ends and the exercise is
            scheduled again (hiptx lifts the wait then), if known.

    Example:
        >>> import datetime, hiptx
        >>> day = datetime.date(2025, 1, 6)
        >>> slot = hiptx.ProgrammeSlot(patterns=(hiptx.MovementPattern.ADDUCTION,),
        ...     progression_id="hip-adductor-strengthening",
        ...     exercise_id="side-lying-hip-adduction", since=day, build_up_from=day,
        ...     build_up_sets=2)
        >>> slot.build_up_paused
        False

    .. versionadded:: 0.2.0
    """

    patterns: tuple[MovementPattern, ...] = attrs.field(
        **_fields.items(MovementPattern, min_items=1, unique=True)
    )
    progression_id: str | None = attrs.field(**_fields.slug(optional=True))
    exercise_id: str = attrs.field(**_fields.slug())
    since: datetime.date = attrs.field(validator=calendar_date)
    build_up_from: datetime.date = attrs.field(validator=calendar_date)
    build_up_sets: int | None = attrs.field(
        default=None, **_fields.integer(minimum=1, maximum=MAX_SETS, optional=True)
    )
    build_up_paused: bool = attrs.field(default=False, **_fields.flag())
    reasons: tuple[Reason, ...] = attrs.field(default=(), **_fields.items(Reason))
    side: Side | None = attrs.field(default=None, **_fields.choice(Side, optional=True))
    paused: bool = attrs.field(default=False, **_fields.flag())
    waiting: bool = attrs.field(default=False, **_fields.flag())
    waiting_until: datetime.date | None = attrs.field(default=None, validator=calendar_date_or_none)

    def scheduled_on(self, day: datetime.date) -> bool:
        """Whether the slot is scheduled on ``day``: not paused, and not waiting then."""
        if self.paused:
            return False
        return not self.waiting or (self.waiting_until is not None and day >= self.waiting_until)


@attrs.frozen(kw_only=True)
class ProgrammeChange:
    """One change to a programme: an exercise swapped, stopped, or its build-up paused.

    Attributes:
        patterns: The patterns of the slot that changed.
        from_exercise_id: The exercise before the change.
        to_exercise_id: The exercise after it (the same one when only the build-up
            changed); ``None`` when the exercise was stopped.
        outcome: The progression decision behind it.
        effective: The first session the change applies to; ``None`` when no
            session of the programme is left.
        reasons: Why.
        side: The side of the slot that changed, in a programme that tracks sides.

    Example:
        >>> import datetime, hiptx
        >>> c = hiptx.ProgrammeChange(patterns=(hiptx.MovementPattern.ADDUCTION,),
        ...     from_exercise_id="side-lying-hip-adduction",
        ...     to_exercise_id="side-lying-hip-adduction-loaded",
        ...     outcome=hiptx.Outcome.PROGRESS, effective=datetime.date(2025, 1, 20))
        >>> str(c.outcome), c.effective.isoformat()
        ('progress', '2025-01-20')

    .. versionadded:: 0.2.0
    """

    patterns: tuple[MovementPattern, ...] = attrs.field(
        **_fields.items(MovementPattern, min_items=1, unique=True)
    )
    from_exercise_id: str = attrs.field(**_fields.slug())
    to_exercise_id: str | None = attrs.field(**_fields.slug(optional=True))
    outcome: Outcome = attrs.field(**_fields.choice(Outcome))
    effective: datetime.date | None = attrs.field(validator=calendar_date_or_none)
    reasons: tuple[Reason, ...] = attrs.field(default=(), **_fields.items(Reason))
    side: Side | None = attrs.field(default=None, **_fields.choice(Side, optional=True))

    @classmethod
    def for_slot(
        cls,
        slot: ProgrammeSlot,
        to_exercise_id: str | None,
        outcome: Outcome,
        effective: datetime.date | None,
        reasons: tuple[Reason, ...],
    ) -> ProgrammeChange:
        """The change of ``slot``: its patterns, exercise and side, and what became of it.

        Example:
            >>> import datetime, hiptx
            >>> plan = hiptx.plan_exercises(hiptx.Assessment(findings={
            ...     hiptx.MovementPattern.ADDUCTION: hiptx.Finding.WEAK}))
            >>> prog = hiptx.build_programme(plan, start=datetime.date(2025, 1, 6), weeks=4,
            ...                              sessions_per_week=3)
            >>> (slot,) = prog.slots
            >>> c = hiptx.ProgrammeChange.for_slot(slot, None, hiptx.Outcome.STOP,
            ...                                    datetime.date(2025, 1, 8), ())
            >>> c.from_exercise_id, c.to_exercise_id, c.patterns == slot.patterns
            ('side-lying-hip-adduction', None, True)

        .. versionadded:: 0.3.0
        """
        return cls(
            patterns=slot.patterns,
            from_exercise_id=slot.exercise_id,
            to_exercise_id=to_exercise_id,
            outcome=outcome,
            effective=effective,
            reasons=reasons,
            side=slot.side,
        )


def _dated(_: LoggedSession, attribute: attrs.Attribute[object], value: object) -> None:
    if isinstance(value, SessionRecord) and value.date is None:
        raise InvalidValueError(
            f"{attribute.name}.date", None, "the session's date (a programme's log is dated)"
        )


@attrs.frozen(kw_only=True)
class LoggedSession:
    """One dated session in a programme's own log, and the exercise it was logged for.

    Attributes:
        exercise_id: The exercise the session was logged for.
        session: The session; its ``date`` is required.

    Example:
        >>> import datetime, hiptx
        >>> entry = hiptx.LoggedSession(exercise_id="side-lying-hip-adduction",
        ...     session=hiptx.SessionRecord(sets=2, reps=10, pain_during=1,
        ...         pain_after_24h=1, date=datetime.date(2025, 1, 6)))
        >>> entry.session.date.isoformat()
        '2025-01-06'

    .. versionadded:: 0.2.0
    """

    exercise_id: str = attrs.field(**_fields.slug())
    session: SessionRecord = attrs.field(**_fields.instance(SessionRecord, also=_dated))
