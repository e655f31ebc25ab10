"""Advancing a programme after logged sessions: progress, hold, regress or stop.

:func:`advance_programme` applies :func:`~hiptx.check_progression` to each current
exercise of a :class:`~hiptx.Programme` and returns a new programme: sessions on or
before ``today`` are kept as they were, and later ones follow the decisions. It is
pure: ``today`` is an argument, never the clock, and the same inputs give an equal
result.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence, Set as AbstractSet

import attrs

from hiptx import _args
from hiptx._catalog_arg import bundled_provenance, check_provenance, given_or_bundled
from hiptx.catalog import Catalog, Provenance
from hiptx.errors import InvalidValueError, WrongTypeError
from hiptx.explain import Reason, ReasonCode
from hiptx.rules.pain import PainResponse, SessionRecord
from hiptx.rules.programme import Programme, ProgrammeChange, ProgrammeSlot
from hiptx.rules.progression import Outcome, ProgressionDecision, check_progression
from hiptx.rules.red_flags import Referral, gate
from hiptx.rules.schedule import (
    Prescriber,
    first_session_after,
    schedule_weeks,
    sets_on,
    starting_sets,
)
from hiptx.vocab import RedFlag

__all__ = ["ProgrammeUpdate", "advance_programme"]


def __dir__() -> list[str]:
    return __all__


@attrs.frozen(kw_only=True)
class ProgrammeUpdate:
    """A programme moved on after logged sessions, with every decision and change.

    Attributes:
        programme: The new programme.
        decisions: One progression decision per exercise that was current, in the
            programme's slot order (look one up with :meth:`decision_for`).
        changes: What changed: exercises swapped or stopped, build-ups paused or
            resumed, each with its effective date and reasons.
        referral: The red-flag referral, when a red flag stopped the programme.
        reasons: Reasons about the update as a whole.
        provenance: Which catalog produced it (:class:`~hiptx.Provenance`).

    Example:
        >>> import datetime, hiptx
        >>> plan = hiptx.plan_exercises(hiptx.Assessment(findings={
        ...     hiptx.MovementPattern.ADDUCTION: hiptx.Finding.WEAK}))
        >>> prog = hiptx.build_programme(plan, start=datetime.date(2025, 1, 6), weeks=4,
        ...                              sessions_per_week=3)
        >>> update = hiptx.advance_programme(prog, {}, today=datetime.date(2025, 1, 12))
        >>> update.decision_for("side-lying-hip-adduction").outcome, update.changes
        (<Outcome.HOLD: 'hold'>, ())

    .. versionadded:: 0.2.0
    """

    programme: Programme
    decisions: tuple[ProgressionDecision, ...] = ()
    changes: tuple[ProgrammeChange, ...] = ()
    referral: Referral | None = None
    reasons: tuple[Reason, ...] = ()
    provenance: Provenance = attrs.field(
        factory=bundled_provenance, kw_only=True, validator=check_provenance
    )

    def decision_for(self, exercise_id: str) -> ProgressionDecision:
        """The decision for one exercise that was current.

        Raises:
            InvalidValueError: for an exercise that was not current.

        Example:
            >>> import datetime, hiptx
            >>> plan = hiptx.plan_exercises(hiptx.Assessment(findings={
            ...     hiptx.MovementPattern.ADDUCTION: hiptx.Finding.WEAK}))
            >>> prog = hiptx.build_programme(plan, start=datetime.date(2025, 1, 6), weeks=1,
            ...                              sessions_per_week=1)
            >>> hiptx.advance_programme(prog, {}, today=prog.start).decision_for("hip-hike")
            Traceback (most recent call last):
            ...
            hiptx.errors.InvalidValueError: exercise_id: 'hip-hike' is not allowed; expected one of the exercises decided on: side-lying-hip-adduction
        """
        for decision in self.decisions:
            if decision.exercise_id == exercise_id:
                return decision
        known = ", ".join(d.exercise_id for d in self.decisions) or "none"
        raise InvalidValueError(
            "exercise_id", exercise_id, f"one of the exercises decided on: {known}"
        )


def _check_log(
    log: object, current: Sequence[str], today: datetime.date
) -> dict[str, tuple[SessionRecord, ...]]:
    if not isinstance(log, Mapping):
        raise WrongTypeError(
            "log", log, "a mapping of exercise id to its SessionRecords, oldest first"
        )
    checked: dict[str, tuple[SessionRecord, ...]] = {}
    for exercise_id, sessions in log.items():
        _args.require("log key", exercise_id, str, "an exercise id")
        if exercise_id not in current:
            raise InvalidValueError(
                "log",
                exercise_id,
                "ids of the programme's current exercises: " + (", ".join(current) or "none"),
            )
        if isinstance(sessions, (str, bytes)) or not isinstance(sessions, Sequence):
            raise WrongTypeError(
                f"log[{exercise_id!r}]", sessions, "a sequence of SessionRecord, oldest first"
            )
        for i, session in enumerate(sessions):
            where = f"log[{exercise_id!r}][{i}]"
            _args.require(where, session, SessionRecord)
            if session.date is not None and session.date > today:
                raise InvalidValueError(
                    f"{where}.date", session.date, f"a date on or before today ({today})"
                )
        checked[exercise_id] = tuple(sessions)
    return checked


def _swap(
    slot: ProgrammeSlot, decision: ProgressionDecision, effective: datetime.date, catalog: Catalog
) -> ProgrammeSlot:
    """The slot after a PROGRESS or REGRESS to another exercise: a fresh build-up."""
    assert decision.next_exercise_id is not None  # noqa: S101 - only STOP has none
    exercise = catalog.exercises[decision.next_exercise_id]
    return ProgrammeSlot(
        patterns=slot.patterns,
        progression_id=slot.progression_id,
        exercise_id=exercise.id,
        since=effective,
        build_up_from=effective,
        build_up_sets=starting_sets(exercise),
        reasons=decision.reasons,
    )


def _build_up_change(
    slot: ProgrammeSlot,
    decision: ProgressionDecision,
    today: datetime.date,
    effective: datetime.date,
    catalog: Catalog,
) -> tuple[ProgrammeSlot, Reason] | None:
    """Pause the build-up after a painful or overloaded session; resume it once clean."""
    if slot.build_up_sets is None:
        return None
    troubled = any(p.response is not PainResponse.ACCEPTABLE for p in decision.session_pain)
    if troubled and not slot.build_up_paused:
        held = sets_on(slot, today, catalog.exercises[slot.exercise_id]) or slot.build_up_sets
        return attrs.evolve(
            slot, build_up_from=effective, build_up_sets=held, build_up_paused=True
        ), Reason.hiptx_default(
            ReasonCode.BUILD_UP_PAUSED,
            f"Sets held at {held}: a logged session at this level went above the pain "
            "ceiling or showed overload, so hiptx adds no sets until the sessions logged at "
            "this level stay within it (hiptx's own safety default).",
        )
    if not troubled and slot.build_up_paused and decision.session_pain:
        return attrs.evolve(slot, build_up_from=effective, build_up_paused=False), (
            Reason.hiptx_default(
                ReasonCode.BUILD_UP,
                "The sessions logged at this level stayed within the pain ceiling: the "
                "build-up resumes, one set a week up to the target (hiptx's own default).",
            )
        )
    return None


def _stopped(  # noqa: PLR0913 - keyword-only; the parts of one update
    *,
    programme: Programme,
    stopped: tuple[Referral, Reason],
    red_flags: AbstractSet[RedFlag],
    today: datetime.date,
    effective: datetime.date | None,
    catalog: Catalog,
) -> ProgrammeUpdate:
    """A red flag: nothing after ``today``, every current exercise stopped."""
    referral, stop = stopped
    # A red flag stops exercise advice whatever was logged (the log was checked).
    decisions = tuple(
        check_progression(slot.exercise_id, (), red_flags=red_flags, catalog=catalog)
        for slot in programme.slots
    )
    changes = tuple(
        ProgrammeChange(
            patterns=slot.patterns,
            from_exercise_id=slot.exercise_id,
            to_exercise_id=None,
            outcome=Outcome.STOP,
            effective=effective,
            reasons=(stop,),
        )
        for slot in programme.slots
    )
    schedule = schedule_weeks(
        start=programme.start,
        weeks=programme.weeks,
        weekdays=programme.weekdays,
        slots=(),
        prescriber=Prescriber(catalog, programme.sessions_per_week),
        keep=programme.schedule,
        after=today,
    )
    new = attrs.evolve(
        programme,
        schedule=schedule,
        slots=(),
        history=(*programme.history, *changes),
        referral=referral,
        reasons=(*programme.reasons, stop),
        provenance=catalog.provenance,
    )
    return ProgrammeUpdate(
        programme=new,
        decisions=decisions,
        changes=changes,
        referral=referral,
        reasons=(stop,),
        provenance=catalog.provenance,
    )


def advance_programme(
    programme: Programme,
    log: Mapping[str, Sequence[SessionRecord]],
    *,
    today: datetime.date,
    red_flags: AbstractSet[RedFlag] = frozenset(),
    catalog: Catalog | None = None,
) -> ProgrammeUpdate:
    """Move a programme on after the sessions logged at each exercise's current level.

    Each current exercise gets :func:`~hiptx.check_progression` on its logged
    sessions (none logged: HOLD). From the first session after ``today``:

    * ``PROGRESS`` swaps to the chain's next exercise, whose build-up restarts at
      the low end of its sets range (at the top of a chain the exercise stays and
      the decision's reasons say to add load);
    * ``REGRESS`` swaps to the previous exercise, likewise restarted;
    * ``STOP`` removes the exercise, with the reasons, into the history;
    * ``HOLD`` keeps it. While any session logged at this level went above the pain
      ceiling or showed overload, its sets are held (hiptx's own safety default).

    With any red flag nothing is scheduled after ``today`` and the update carries
    the referral; a programme a red flag has stopped stays stopped. Sessions on or
    before ``today`` are kept as they were.

    Args:
        programme: The programme to advance (from :func:`~hiptx.build_programme` or
            an earlier update).
        log: Exercise id -> its :class:`~hiptx.SessionRecord` objects, oldest first,
            logged at that exercise's current level. Only current exercises.
        today: The day of the decision; no logged session may be dated after it.
        red_flags: The red flags present, if any.
        catalog: The catalog the programme was built from; the bundled one if
            omitted.

    Raises:
        WrongTypeError: an argument of the wrong type.
        InvalidValueError: a log entry for an exercise that is not current, a
            session dated after ``today``, or one measured the wrong way.

    Example:
        >>> import datetime, hiptx
        >>> plan = hiptx.plan_exercises(hiptx.Assessment(findings={
        ...     hiptx.MovementPattern.ADDUCTION: hiptx.Finding.WEAK}))
        >>> prog = hiptx.build_programme(plan, start=datetime.date(2025, 1, 6), weeks=4,
        ...                              sessions_per_week=3)
        >>> done = hiptx.SessionRecord(sets=3, reps=10, pain_during=1, pain_after_24h=1)
        >>> update = hiptx.advance_programme(
        ...     prog, {"side-lying-hip-adduction": [done]}, today=datetime.date(2025, 1, 17))
        >>> [(c.to_exercise_id, c.effective.isoformat()) for c in update.changes]
        [('side-lying-hip-adduction-loaded', '2025-01-20')]
        >>> stopped = hiptx.advance_programme(prog, {}, today=datetime.date(2025, 1, 17),
        ...     red_flags={hiptx.RedFlag.SUSPECTED_FRACTURE})
        >>> stopped.programme.sessions[-1].date.isoformat(), stopped.referral.urgency.value
        ('2025-01-17', 'emergency')

    .. versionadded:: 0.2.0
    """
    _args.require("programme", programme, Programme, "a Programme (from build_programme)")
    if type(today) is not datetime.date:
        raise WrongTypeError("today", today, "a datetime.date")
    catalog = given_or_bundled(catalog)
    checked = _check_log(log, [slot.exercise_id for slot in programme.slots], today)
    effective = first_session_after(programme.start, programme.weeks, programme.weekdays, today)
    stopped = gate(red_flags, catalog)
    if stopped is not None:
        return _stopped(
            programme=programme,
            stopped=stopped,
            red_flags=red_flags,
            today=today,
            effective=effective,
            catalog=catalog,
        )
    if programme.referral is not None:
        still = Reason.hiptx_default(
            ReasonCode.NO_EXERCISE_ADVICE,
            "A red flag stopped this programme: hiptx schedules no exercise until a "
            "clinician builds a new one.",
        )
        return ProgrammeUpdate(
            programme=programme,
            referral=programme.referral,
            reasons=(still,),
            provenance=catalog.provenance,
        )
    # With no session left, changes still apply from the day after today.
    applies = effective if effective is not None else today
    decisions: list[ProgressionDecision] = []
    changes: list[ProgrammeChange] = []
    slots: list[ProgrammeSlot] = []
    for slot in programme.slots:
        decision = check_progression(
            slot.exercise_id, checked.get(slot.exercise_id, ()), catalog=catalog
        )
        decisions.append(decision)
        nxt = decision.next_exercise_id  # None only for a STOP
        if nxt != slot.exercise_id:
            # A stop removes the exercise; a progress or regress swaps it.
            if nxt is not None:
                slots.append(_swap(slot, decision, applies, catalog))
            changes.append(
                ProgrammeChange(
                    patterns=slot.patterns,
                    from_exercise_id=slot.exercise_id,
                    to_exercise_id=nxt,
                    outcome=decision.outcome,
                    effective=effective,
                    reasons=decision.reasons,
                )
            )
            continue
        paused = _build_up_change(slot, decision, today, applies, catalog)
        if paused is None:
            slots.append(slot)
            continue
        new_slot, reason = paused
        slots.append(new_slot)
        changes.append(
            ProgrammeChange(
                patterns=slot.patterns,
                from_exercise_id=slot.exercise_id,
                to_exercise_id=slot.exercise_id,
                outcome=decision.outcome,
                effective=effective,
                reasons=(reason, *decision.reasons),
            )
        )
    schedule = schedule_weeks(
        start=programme.start,
        weeks=programme.weeks,
        weekdays=programme.weekdays,
        slots=slots,
        prescriber=Prescriber(catalog, programme.sessions_per_week),
        keep=programme.schedule,
        after=today,
    )
    new = attrs.evolve(
        programme,
        schedule=schedule,
        slots=tuple(slots),
        history=(*programme.history, *changes),
        provenance=catalog.provenance,
    )
    return ProgrammeUpdate(
        programme=new,
        decisions=tuple(decisions),
        changes=tuple(changes),
        provenance=catalog.provenance,
    )
