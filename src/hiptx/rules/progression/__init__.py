"""Progression eligibility: move up a chain, stay, step back, or stop.

The Physio Network practical (Kemp): work up to 3 sets of 8-10 reps (3 sets of
20-30 s for trunk endurance holds) with at most 3/10 pain during and in the 24 hours
after, then progress to the next level. The pain rules of :mod:`hiptx.rules.pain`
say when the load was too much. The decision reads every session it is given (the
sessions at the current level): an overload in any of them blocks progression, and
with any red flag no exercise advice is given at all.

The target comes from the exercise's own dose (the top of its sets range, the bottom
of its reps or hold range), the pain thresholds from the catalog's rules.

The result (:class:`ProgressionDecision` and its enums) is defined in
``_decision``, the per-exercise preparation (each outcome's step, the target) in
``_steps``; this module holds the decision itself, read session by session.
"""

from __future__ import annotations

import datetime
import itertools
from collections.abc import Sequence, Set as AbstractSet

import attrs

from hiptx import _args
from hiptx._catalog_arg import given_or_bundled
from hiptx.catalog import Catalog
from hiptx.errors import OutOfRangeError, WrongTypeError
from hiptx.explain import Reason, ReasonCode
from hiptx.model import Exercise
from hiptx.rules._sets import dose_target as dose_target  # the target's wording, for pictures
from hiptx.rules.pain import PainAssessment, PainResponse, SessionRecord
from hiptx.rules.progression._decision import ChainEnd, Outcome, ProgressionDecision
from hiptx.rules.progression._steps import _decision, _prepared
from hiptx.rules.red_flags import gate
from hiptx.rules.surgery import OperationLimits, Surgery
from hiptx.vocab import RedFlag

__all__ = ["ChainEnd", "Outcome", "ProgressionDecision", "check_progression"]


def __dir__() -> list[str]:
    return __all__


#: How many recent sessions the rising-pain check looks at. hiptx's own heuristic
#: for an extra reason; it never changes the outcome, and no source sets it.
RISING_PAIN_WINDOW = 3


def _rising_pain(sessions: Sequence[SessionRecord]) -> Reason | None:
    recent = [s.peak_pain for s in sessions[-RISING_PAIN_WINDOW:]]
    if len(recent) == RISING_PAIN_WINDOW and all(a < b for a, b in itertools.pairwise(recent)):
        return Reason.hiptx_default(
            ReasonCode.PAIN_RISING,
            f"Pain has risen over the last {RISING_PAIN_WINDOW} sessions "
            f"({', '.join(map(str, recent))}/10): watch the load (hiptx's own check).",
        )
    return None


def _session_label(index: int, count: int, session: SessionRecord) -> str:
    label = f"session {index + 1} of {count}"
    return f"{label} ({session.date.isoformat()})" if session.date is not None else label


def _history_reasons(
    sessions: Sequence[SessionRecord], pains: Sequence[PainAssessment]
) -> list[Reason]:
    """One reason per earlier session that showed overload, naming the session."""
    reasons = []
    for i, pain in enumerate(pains[:-1]):
        if pain.response is PainResponse.OVERLOAD:
            session = sessions[i]
            signs = ", ".join(
                r.code.value
                for r in pain.reasons
                if r.code not in {ReasonCode.SAFER_RULE_APPLIED, ReasonCode.CHECK_FOR_INFECTION}
            )
            reasons.append(
                Reason.hiptx_default(
                    ReasonCode.OVERLOAD_IN_HISTORY,
                    f"An earlier {_session_label(i, len(sessions), session)} showed overload "
                    f"({signs}): hiptx does not progress through a logged overload at this "
                    "level.",
                )
            )
    return reasons


#: The most sessions one call reads: hiptx's own limit, not a clinical figure. A
#: level is reviewed long before (a year of daily sessions is 365), and the
#: decision's size grows with its sessions (an overload reason each), so a runaway
#: log is refused instead of answered with megabytes.
MAX_SESSIONS = 1_000


def _date_or_first(session: SessionRecord) -> datetime.date:
    return datetime.date.min if session.date is None else session.date


def _by_date(
    sessions: Sequence[SessionRecord],
) -> tuple[Sequence[SessionRecord], Reason | None]:
    """Dated sessions in date order, and a reason when that is not the order given.

    With any undated session the order given is the only order there is.
    """
    days = [s.date for s in sessions]
    if None in days or all(a <= b for a, b in itertools.pairwise(days)):  # type: ignore[operator]
        return sessions, None
    # Which session is the latest decides the outcome: read them by date.
    return sorted(sessions, key=_date_or_first), Reason.from_input(
        ReasonCode.SESSIONS_SORTED,
        "The sessions were not given in date order: they are read by date.",
    )


def _resolve_exercise(exercise: object, catalog: Catalog) -> Exercise:
    return _args.object_or_id(
        "exercise",
        exercise,
        Exercise,
        catalog.exercises,
        "an Exercise or its id (look one up with catalog.exercises)",
    )


def _check_sessions_argument(sessions: object) -> None:
    """A sequence (not text) of at most :data:`MAX_SESSIONS`; the records are checked later."""
    # list/tuple first: an isinstance check against the Sequence ABC costs more
    # than the rest of the argument checks together.
    if type(sessions) not in (list, tuple) and (
        isinstance(sessions, (str, bytes)) or not isinstance(sessions, Sequence)
    ):
        raise WrongTypeError("sessions", sessions, "a sequence of SessionRecord, oldest first")
    if len(sessions) > MAX_SESSIONS:  # type: ignore[arg-type]  # a Sequence by now
        raise OutOfRangeError(
            "sessions",
            f"{len(sessions)} sessions",  # type: ignore[arg-type]
            f"at most {MAX_SESSIONS} sessions per call (those logged at the current level)",
        )


def check_progression(  # noqa: PLR0913 - keyword-only; each argument is one clinical input
    exercise: Exercise | str,
    sessions: Sequence[SessionRecord],
    *,
    red_flags: AbstractSet[RedFlag] = frozenset(),
    athlete: bool = False,
    catalog: Catalog | None = None,
    surgery: Surgery | None = None,
    today: datetime.date | None = None,
) -> ProgressionDecision:
    """Decide whether to progress, hold, regress or stop after the logged sessions.

    * Any red flag: ``STOP``, no exercise advice, and the referral.
    * The latest session shows overload (pain still above the ceiling the next
      day, joint pain lasting beyond the limit, sharp pain, a hot or swollen
      joint): ``REGRESS`` to the previous level, or ``STOP`` where there is none.
    * An earlier session showed overload: no ``PROGRESS``; ``HOLD``, naming it.
    * Pain during exercise above the ceiling that settled by the next day, pain
      the next day above the pain before the session (where that is not logged,
      above the pain during it: the University of Melbourne's "My Hip Exercise"
      rule), or the target dose not reached yet: ``HOLD``.
    * The target dose reached within the ceiling and no overload logged: ``PROGRESS``.

    Pass the sessions logged at the current level (since the last change of level or
    the last clinical review), oldest first. Sessions all dated but given out of
    date order are read in date order, and a reason says so.

    Args:
        exercise: The :class:`~hiptx.Exercise` the sessions were logged for, or its id.
        sessions: Logged sessions, oldest first. An empty sequence is a HOLD.
        red_flags: The red flags present, if any.
        athlete: Whether the patient is an athlete (or has a sporting goal): only
            then are a chain's steps the sources reserve for athletes offered;
            otherwise a PROGRESS before one keeps the exercise, made harder.
        catalog: The catalog whose chains and rules apply; the bundled one if
            omitted.
        surgery: The patient's operation, if any. The decision never moves into an
            exercise a precaution or weight-bearing order restricts on ``today``: a
            ``PROGRESS`` into one becomes ``HOLD``, a ``REGRESS`` into one ``STOP``;
            and an exercise that is itself restricted is a ``STOP``, with the
            restriction's reasons and the day it lifts.
        today: The day of the next session; by default the latest session's date,
            else the day of the operation (every restriction in force).

    Raises:
        WrongTypeError: a non-exercise, a non-record session, a non-RedFlag flag.
        UnknownIdError: an exercise id not in the catalog.
        InvalidValueError: a session measured the wrong way for the exercise (hold
            seconds for a rep-based exercise, or the reverse).
        OutOfRangeError: more than 1,000 sessions
            (``hiptx.rules.progression.MAX_SESSIONS``, a limit of hiptx's own).

    Example:
        >>> import hiptx
        >>> ex = "standing-banded-hip-adduction"
        >>> d = hiptx.check_progression(ex, [hiptx.SessionRecord(
        ...     sets=3, reps=10, pain_during=2, pain_after_24h=1, sharp_pain=True)])
        >>> d.outcome, d.next_exercise_id
        (<Outcome.REGRESS: 'regress'>, 'side-lying-hip-adduction-loaded')
        >>> d = hiptx.check_progression(ex, [hiptx.SessionRecord(
        ...     sets=2, reps=10, pain_during=2, pain_after_24h=1)])
        >>> d.outcome, [r.code.value for r in d.reasons][:2]
        (<Outcome.HOLD: 'hold'>, ['pain-within-ceiling', 'target-dose-not-met'])
        >>> d = hiptx.check_progression(ex, [], red_flags={hiptx.RedFlag.SUSPECTED_FRACTURE})
        >>> d.outcome, d.next_exercise_id, d.referral.urgency.value
        (<Outcome.STOP: 'stop'>, None, 'emergency')

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       Reads every session; takes ``red_flags`` and ``athlete``; ``STOP``; accepts an
       id; takes ``surgery`` and ``today``; at most 1,000 sessions.
    """
    catalog = given_or_bundled(catalog)
    exercise = _resolve_exercise(exercise, catalog)
    _args.require_date("today", today, optional=True)
    if surgery is not None:
        decision = check_progression(
            exercise, sessions, red_flags=red_flags, athlete=athlete, catalog=catalog
        )
        _args.require("surgery", surgery, Surgery, "a Surgery or None")
        dated = [s.date for s in sessions if s.date is not None]
        day = today if today is not None else (max(dated) if dated else surgery.date)
        return _after_surgery(decision, exercise, OperationLimits(surgery, catalog), day, catalog)
    _check_sessions_argument(sessions)
    # The usual call gives no flags (the empty frozenset default): nothing to gate.
    stopped = None if type(red_flags) is frozenset and not red_flags else gate(red_flags, catalog)
    if stopped is not None:
        referral, stop = stopped
        return ProgressionDecision(
            outcome=Outcome.STOP,
            exercise_id=exercise.id,
            referral=referral,
            reasons=(*referral.reasons, stop),
            provenance=catalog.provenance,
        )
    prepared = _prepared(exercise, catalog, athlete)
    prepared.check_sessions(sessions)
    if not sessions:
        return prepared.no_sessions
    sessions, sorted_note = _by_date(sessions)

    pains = tuple(map(prepared.pain.classify, sessions))
    latest, pain = sessions[-1], pains[-1]
    reasons = list(pain.reasons)
    # Only earlier sessions can add history, and only three or more a rising trend.
    history = _history_reasons(sessions, pains) if len(pains) >= 2 else []
    reasons.extend(history)
    if pain.response is PainResponse.OVERLOAD:
        outcome = Outcome.REGRESS
    elif prepared.target is None:
        outcome = Outcome.HOLD
        reasons.append(prepared.no_dose)
    else:
        met, target_reason = prepared.target_reason(latest)
        reasons.append(target_reason)
        next_day = prepared.next_day_reason(latest)
        if next_day is not None:
            reasons.append(next_day)
        ok = met and pain.response is PainResponse.ACCEPTABLE and not history and next_day is None
        outcome = Outcome.PROGRESS if ok else Outcome.HOLD
    if len(sessions) >= RISING_PAIN_WINDOW:
        rising = _rising_pain(sessions)
        if rising is not None:
            reasons.append(rising)
    outcome, next_id, step_reason, chain_end = prepared.steps[outcome]
    reasons.append(step_reason)
    if sorted_note is not None:
        reasons.append(sorted_note)
    return _decision(
        outcome,
        exercise.id,
        next_id,
        pain,
        pains,
        None,
        chain_end,
        tuple(reasons),
        prepared.provenance,
    )


def _after_surgery(
    decision: ProgressionDecision,
    exercise: Exercise,
    operation: OperationLimits,
    day: datetime.date,
    catalog: Catalog,
) -> ProgressionDecision:
    """The decision on ``exercise`` on ``day``, never moving into a restricted one."""
    if decision.referral is not None:
        return decision  # a red flag already stops all exercise advice
    current = operation.restriction(exercise, day)
    if current is not None:
        stop = Reason.hiptx_default(
            ReasonCode.RESTRICTED_AFTER_SURGERY,
            "This exercise is restricted after the operation: stop it until the "
            "restriction lifts and a clinician reviews the programme (hiptx's own "
            "safety default).",
        )
        return _stopped(decision, *current.reasons, stop)
    target = decision.next_exercise_id
    if target is None or target == decision.exercise_id:
        return decision
    blocked = operation.restriction(catalog.exercises[target], day)
    if blocked is None:
        return decision
    if decision.outcome is Outcome.PROGRESS:
        return held_back(
            decision,
            *blocked.reasons,
            Reason.hiptx_default(
                ReasonCode.RESTRICTED_AFTER_SURGERY,
                "The next level is restricted after the operation: hold at this level "
                "(hiptx never progresses into a restriction).",
            ),
        )
    stop = Reason.hiptx_default(
        ReasonCode.RESTRICTED_AFTER_SURGERY,
        "The previous level is restricted after the operation: stop, and ask a "
        "clinician to review the programme (hiptx never regresses into a restriction).",
    )
    return _stopped(decision, *blocked.reasons, stop)


def _stopped(decision: ProgressionDecision, *reasons: Reason) -> ProgressionDecision:
    """``decision`` turned into a STOP (no next exercise), with ``reasons`` added."""
    return attrs.evolve(
        decision,
        outcome=Outcome.STOP,
        next_exercise_id=None,
        reasons=(*decision.reasons, *reasons),
    )


def held_back(decision: ProgressionDecision, *reasons: Reason) -> ProgressionDecision:
    """``decision`` turned into a HOLD at its own exercise, with ``reasons`` added.

    How every rule keeps a level it would have left (a restriction after surgery
    on the next one, a build-up held after pain).

    Example:
        >>> import hiptx
        >>> from hiptx.rules.progression import held_back
        >>> d = hiptx.check_progression("side-lying-hip-adduction", [hiptx.SessionRecord(
        ...     sets=3, reps=10, pain_during=1, pain_after_24h=1)])
        >>> d.outcome.value, held_back(d).outcome.value, held_back(d).next_exercise_id
        ('progress', 'hold', 'side-lying-hip-adduction')
    """
    return attrs.evolve(
        decision,
        outcome=Outcome.HOLD,
        next_exercise_id=decision.exercise_id,
        reasons=(*decision.reasons, *reasons),
    )
