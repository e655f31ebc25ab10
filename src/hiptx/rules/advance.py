"""Advancing a programme after logged sessions: progress, hold, regress or stop.

:func:`advance_programme` applies :func:`~hiptx.check_progression` to each current
exercise of a :class:`~hiptx.Programme` and returns a new programme: sessions on or
before ``today`` are kept as they were, and later ones follow the decisions. It is
pure: ``today`` is an argument, never the clock, and the same inputs give an equal
result.

The programme keeps its own dated log: each update adds the sessions it is given
(a session already recorded counts once) and decides each slot from every session
logged at its current level, so an app may send only the new sessions or the whole
log each time.

Long because one update holds its parts together: its result class, each slot's
decision and change, and the red-flag stop. The log's checks and merge
(``_log``) and the build-up that follows tolerance, with the slot a new level
starts (``_build_up``), are their own modules.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence, Set as AbstractSet

import attrs

from hiptx import _args
from hiptx._catalog_arg import bundled_provenance, check_provenance, given_or_bundled
from hiptx.catalog import Catalog, Provenance
from hiptx.errors import InvalidValueError
from hiptx.explain import Reason, ReasonCode
from hiptx.rules._build_up import build_up_change, late_troubles, made_harder, swap
from hiptx.rules._log import merge_log
from hiptx.rules._waits import restriction_on, wait_reason, with_wait
from hiptx.rules._weeks import check_update_day, first_session_after, rescheduled
from hiptx.rules.pain import SessionRecord
from hiptx.rules.programme import LoggedSession, Programme, ProgrammeChange, ProgrammeSlot
from hiptx.rules.progression import Outcome, ProgressionDecision, check_progression, held_back
from hiptx.rules.red_flags import Referral, gate
from hiptx.rules.surgery import OperationLimits, Surgery
from hiptx.vocab import RedFlag, Side

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
        sides: The side of each decision's slot, in the same order (``None``
            where the programme does not track sides).
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
    sides: tuple[Side | None, ...] = ()
    changes: tuple[ProgrammeChange, ...] = ()
    referral: Referral | None = None
    reasons: tuple[Reason, ...] = ()
    provenance: Provenance = attrs.field(
        factory=bundled_provenance, kw_only=True, validator=check_provenance
    )

    def decision_for(self, exercise_id: str, side: Side | None = None) -> ProgressionDecision:
        """The decision for one exercise that was current (on ``side``, if given).

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
        sides = self.sides or (None,) * len(self.decisions)
        for decision, decided_side in zip(self.decisions, sides, strict=True):
            if decision.exercise_id == exercise_id and side in {None, decided_side}:
                return decision
        known = ", ".join(d.exercise_id for d in self.decisions) or "none"
        raise InvalidValueError(
            "exercise_id", exercise_id, f"one of the exercises decided on: {known}"
        )


def _no_step_into_restriction(
    decision: ProgressionDecision,
    slot: ProgrammeSlot,
    operation: OperationLimits | None,
    applies: datetime.date,
    catalog: Catalog,
) -> ProgressionDecision:
    """Never step up into an exercise the operation restricts: hold instead."""
    nxt = decision.next_exercise_id
    if decision.outcome is not Outcome.PROGRESS or nxt is None or nxt == slot.exercise_id:
        return decision
    restriction = restriction_on(nxt, slot.side, operation, applies, catalog)
    if restriction is None:
        return decision
    return held_back(decision, *restriction.reasons, wait_reason(nxt, restriction, applies))


def _decide_slot(  # noqa: PLR0913 - keyword-only; the parts of one slot's update
    *,
    slot: ProgrammeSlot,
    programme: Programme,
    added: AbstractSet[LoggedSession],
    applies: datetime.date,
    effective: datetime.date | None,
    operation: OperationLimits | None,
    catalog: Catalog,
) -> tuple[ProgressionDecision, ProgrammeSlot | None, ProgrammeChange | None]:
    """One slot's decision, its slot after the update (``None``: stopped), its change.

    The progression and build-up rules decide; then the slot waits while the
    operation restricts its exercise (or its wait is lifted), which the change says.
    """
    level = programme.sessions_at_current_level(slot.exercise_id, slot.side)
    decision = check_progression(
        slot.exercise_id, level, athlete=programme.athlete, catalog=catalog
    )
    built = build_up_change(
        slot=slot,
        decision=decision,
        level=level,
        new={e.session for e in added if e.exercise_id == slot.exercise_id},
        late=[e.session for e in late_troubles(slot, added, catalog)],
        applies=applies,
        catalog=catalog,
        per_week=programme.sessions_per_week,
    )
    # Held at the start of this update, or from it: the level waits for the update
    # after the build-up resumed.
    held = slot.build_up_paused or (built is not None and built[0].build_up_paused)
    if held and decision.outcome is Outcome.PROGRESS:
        decision = held_back(
            decision,
            Reason.hiptx_default(
                ReasonCode.BUILD_UP_PAUSED,
                "The level is kept while the build-up is held after pain: hiptx changes no "
                "level until the sets are tolerated again (hiptx's own safety default).",
            ),
        )
    decision = _no_step_into_restriction(decision, slot, operation, applies, catalog)
    nxt = decision.next_exercise_id  # None only for a STOP
    change = None
    if nxt != slot.exercise_id or decision.outcome is Outcome.PROGRESS:
        # A stop removes the exercise; a progress or regress swaps it; a progress
        # at the top of a chain keeps it, made harder, as a new level.
        new_slot: ProgrammeSlot | None = None
        if nxt == slot.exercise_id:
            new_slot = made_harder(slot, decision, applies, catalog)
        elif nxt is not None:
            new_slot = swap(slot, decision, applies, catalog)
        change = ProgrammeChange.for_slot(slot, nxt, decision.outcome, effective, decision.reasons)
    elif built is None:
        new_slot = slot
    else:
        new_slot, reason = built
        change = ProgrammeChange.for_slot(
            slot, slot.exercise_id, decision.outcome, effective, (reason, *decision.reasons)
        )
    if new_slot is None:
        return decision, None, change
    waited, why = with_wait(new_slot, operation, applies, catalog)
    if not why:
        return decision, new_slot, change
    if change is None:
        change = ProgrammeChange.for_slot(slot, slot.exercise_id, decision.outcome, effective, why)
    else:
        change = attrs.evolve(change, reasons=(*change.reasons, *why))
    return decision, waited, change


def still_stopped(programme: Programme, message: str, catalog: Catalog) -> ProgrammeUpdate:
    """The update of a programme a red flag stopped: nothing changes, and ``message`` says so.

    Example:
        >>> import datetime, hiptx
        >>> from hiptx.rules.advance import still_stopped
        >>> plan = hiptx.plan_exercises(hiptx.Assessment(findings={
        ...     hiptx.MovementPattern.ADDUCTION: hiptx.Finding.WEAK}))
        >>> prog = hiptx.build_programme(plan, start=datetime.date(2025, 1, 6), weeks=1,
        ...                              sessions_per_week=1)
        >>> cat = hiptx.load_catalog()
        >>> update = still_stopped(prog, "Stopped.", cat)
        >>> update.programme is prog, [str(r) for r in update.reasons]
        (True, ['no-exercise-advice: Stopped.'])
    """
    still = Reason.hiptx_default(ReasonCode.NO_EXERCISE_ADVICE, message)
    return ProgrammeUpdate(
        programme=programme,
        referral=programme.referral,
        reasons=(still,),
        provenance=catalog.provenance,
    )


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
        ProgrammeChange.for_slot(slot, None, Outcome.STOP, effective, (stop,))
        for slot in programme.slots
    )
    new = attrs.evolve(
        rescheduled(programme, (), changes, today, catalog),
        referral=referral,
        reasons=(*programme.reasons, stop),
    )
    return ProgrammeUpdate(
        programme=new,
        decisions=decisions,
        sides=tuple(slot.side for slot in programme.slots),
        changes=changes,
        referral=referral,
        reasons=(stop,),
        provenance=catalog.provenance,
    )


def advance_programme(  # noqa: PLR0913 - keyword-only after the log; each is one input
    programme: Programme,
    log: Mapping[str, Sequence[SessionRecord]],
    *,
    today: datetime.date,
    red_flags: AbstractSet[RedFlag] = frozenset(),
    surgery: Surgery | None = None,
    catalog: Catalog | None = None,
) -> ProgrammeUpdate:
    """Move a programme on after the sessions logged at each exercise's current level.

    The given sessions join the programme's own log (:attr:`~hiptx.Programme.log`; a
    session already recorded counts once), and each current exercise gets
    :func:`~hiptx.check_progression` on every session logged at its current level
    (:meth:`~hiptx.Programme.sessions_at_current_level`; none logged: HOLD). From the
    first session after ``today``:

    * ``PROGRESS`` swaps to the chain's next exercise, whose build-up restarts at
      the low end of its sets range; at the top of a chain the exercise stays, as
      a recorded change whose reasons say how to make it harder, and its build-up
      restarts;
    * ``REGRESS`` swaps to the previous exercise, likewise restarted;
    * ``STOP`` removes the exercise, with the reasons, into the history;
    * ``HOLD`` keeps it. A set is added only after a week's worth of sessions
      logged at the current sets did them within the ceiling. After a session at
      this level above the ceiling or showing overload, the sets and the level are
      held until a week's worth of sessions after it did the sets within the
      ceiling (hiptx's own safety default).

    With any red flag nothing is scheduled after ``today`` and the update carries
    the referral; a programme a red flag has stopped stays stopped. Sessions on or
    before ``today`` are kept as they were.

    Args:
        programme: The programme to advance (from :func:`~hiptx.build_programme` or
            an earlier update).
        log: Exercise id -> its dated :class:`~hiptx.SessionRecord` objects: only
            the new ones, or the whole log again (repeats count once). Only current
            exercises, each session dated from the day its exercise began in the
            programme to ``today``.
        today: The day of the decision: no logged session may be dated after it,
            and it may not be earlier than the last update's.
        red_flags: The red flags present, if any.
        surgery: The patient's operation, if any: no slot steps up into an
            exercise it restricts (it holds); a slot whose exercise it restricts
            waits, not scheduled, until the restriction ends, when hiptx lifts the
            wait and says so.
        catalog: The catalog the programme was built from; the bundled one if
            omitted.

    Raises:
        WrongTypeError: an argument of the wrong type.
        InvalidValueError: a log entry for an exercise that is not current; an
            undated session, or one dated after ``today``, before the programme's
            start or before its exercise began; one measured the wrong way; a
            ``today`` earlier than the last update's.

    Example:
        >>> import datetime, hiptx
        >>> plan = hiptx.plan_exercises(hiptx.Assessment(findings={
        ...     hiptx.MovementPattern.ADDUCTION: hiptx.Finding.WEAK}))
        >>> prog = hiptx.build_programme(plan, start=datetime.date(2025, 1, 6), weeks=4,
        ...                              sessions_per_week=3)
        >>> done = hiptx.SessionRecord(sets=3, reps=10, pain_during=1, pain_after_24h=1,
        ...                             date=datetime.date(2025, 1, 15))
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
    _args.require_date("today", today)
    _args.require_optional("surgery", surgery, Surgery, "a Surgery or None")
    catalog = given_or_bundled(catalog)
    check_update_day(programme, today)
    merged, added = merge_log(log, programme, today)
    # The log and the day of the update are recorded whatever follows.
    programme = attrs.evolve(programme, log=merged, updated=today)
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
        return still_stopped(
            programme,
            "A red flag stopped this programme: hiptx schedules no exercise until a "
            "clinician builds a new one.",
            catalog,
        )
    # With no session left, changes still apply from the day after today.
    applies = effective if effective is not None else today
    decisions: list[ProgressionDecision] = []
    changes: list[ProgrammeChange] = []
    slots: list[ProgrammeSlot] = []
    decided: list[ProgrammeSlot] = []
    operation = None if surgery is None else OperationLimits(surgery, catalog)
    for slot in programme.slots:
        if slot.paused:
            slots.append(slot)  # a clinician paused it: no decision until resumed
            continue
        decided.append(slot)
        decision, new_slot, change = _decide_slot(
            slot=slot,
            programme=programme,
            added=added,
            applies=applies,
            effective=effective,
            operation=operation,
            catalog=catalog,
        )
        decisions.append(decision)
        if new_slot is not None:
            slots.append(new_slot)
        if change is not None:
            changes.append(change)
    new = rescheduled(programme, slots, changes, today, catalog)
    return ProgrammeUpdate(
        programme=new,
        decisions=tuple(decisions),
        sides=tuple(slot.side for slot in decided),
        changes=tuple(changes),
        provenance=catalog.provenance,
    )
