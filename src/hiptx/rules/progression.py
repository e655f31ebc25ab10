"""Progression eligibility: move up a chain, stay, or step back.

Seed 003's rule: work up to 3 sets of 8-10 reps (3 sets of 20-30 s for trunk
endurance holds) with at most 3/10 pain during and in the 24 hours after, then
progress to the next level. Seed 004 adds when to back off. The target comes from
the exercise's own dose (the top of its sets range, the bottom of its reps or hold
range), the pain thresholds from the catalog's rules.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from enum import Enum

import attrs

from hiptx import _args
from hiptx.catalog import Catalog, given_or_bundled
from hiptx.errors import InvalidValueError, WrongTypeError
from hiptx.explain import Reason, ReasonCode
from hiptx.model import Dose, Exercise, Progression
from hiptx.rules.pain import PainAssessment, PainResponse, SessionRecord, classify_pain

__all__ = ["Outcome", "ProgressionDecision", "check_progression"]


def __dir__() -> list[str]:
    return __all__


#: How many recent sessions the rising-pain check looks at. hiptx's own heuristic
#: for an extra reason; it never changes the outcome, and no source sets it.
RISING_PAIN_WINDOW = 3


class Outcome(Enum):
    """What to do at the next session.

    Example:
        >>> import hiptx
        >>> hiptx.Outcome("progress")
        <Outcome.PROGRESS: 'progress'>

    .. versionadded:: 0.1.0
    """

    PROGRESS = "progress"
    HOLD = "hold"
    REGRESS = "regress"


@attrs.frozen(kw_only=True)
class ProgressionDecision:
    """The decision for the next session, and why.

    Attributes:
        outcome: Progress, hold or regress.
        exercise_id: The exercise the sessions were logged for.
        next_exercise_id: The exercise for the next session; ``None`` where the
            chain ends (the reasons then say what to do instead).
        pain: The latest session's pain response, if there was a session.
        reasons: Codes, sentences and citations.

    Example:
        >>> import hiptx
        >>> cat = hiptx.load_catalog()
        >>> d = hiptx.check_progression(
        ...     cat.exercises["side-lying-hip-adduction"],
        ...     [hiptx.SessionRecord(sets=3, reps=10, pain_during=2, pain_after_24h=2)])
        >>> d.outcome, d.next_exercise_id
        (<Outcome.PROGRESS: 'progress'>, 'side-lying-hip-adduction-loaded')

    .. versionadded:: 0.1.0
    """

    outcome: Outcome
    exercise_id: str
    next_exercise_id: str | None = None
    pain: PainAssessment | None = None
    reasons: tuple[Reason, ...]


def _check_measure(exercise: Exercise, dose: Dose, sessions: Sequence[SessionRecord]) -> None:
    for i, session in enumerate(sessions):
        _args.require(f"sessions[{i}]", session, SessionRecord, "a SessionRecord")
        if dose.uses_reps and session.reps is None:
            raise InvalidValueError(
                f"sessions[{i}].hold_seconds",
                session.hold_seconds,
                f"reps, because {exercise.id!r} is dosed in repetitions ({dose})",
            )
        if not dose.uses_reps and session.hold_seconds is None:
            raise InvalidValueError(
                f"sessions[{i}].reps",
                session.reps,
                f"hold_seconds, because {exercise.id!r} is dosed in timed holds ({dose})",
            )


def _target(dose: Dose) -> tuple[int, int, str]:
    """The sets and per-set amount to reach before progressing, and its wording."""
    sets = dose.sets.high if dose.sets.high is not None else dose.sets.low
    if dose.reps is not None:
        return sets, dose.reps.low, f"{sets} sets of {dose.reps} reps"
    assert dose.hold_seconds is not None  # noqa: S101 - guaranteed by Dose's validator
    return sets, dose.hold_seconds.low, f"{sets} sets of {dose.hold_seconds} s holds"


def _target_reason(dose: Dose, latest: SessionRecord) -> tuple[bool, Reason]:
    sets, amount, wording = _target(dose)
    done = latest.reps if latest.reps is not None else latest.hold_seconds
    unit = "reps" if dose.uses_reps else "s"
    met = latest.sets >= sets and done is not None and done >= amount
    logged = f"{latest.sets} sets, weakest {done} {unit}"
    if met:
        return True, Reason(
            code=ReasonCode.TARGET_DOSE_MET,
            message=f"The target of {wording} was reached ({logged}).",
            citations=dose.citations,
        )
    return False, Reason(
        code=ReasonCode.TARGET_DOSE_NOT_MET,
        message=f"The target of {wording} is not reached yet ({logged}).",
        citations=dose.citations,
    )


def _rising_pain(sessions: Sequence[SessionRecord]) -> Reason | None:
    recent = [s.peak_pain for s in sessions[-RISING_PAIN_WINDOW:]]
    if len(recent) == RISING_PAIN_WINDOW and all(a < b for a, b in itertools.pairwise(recent)):
        return Reason(
            code=ReasonCode.PAIN_RISING,
            message="Pain has risen over the last "
            f"{RISING_PAIN_WINDOW} sessions ({', '.join(map(str, recent))}/10): watch the load.",
        )
    return None


def _neighbour(
    chain: Progression | None, exercise: Exercise, outcome: Outcome
) -> tuple[str | None, Reason]:
    if outcome is Outcome.HOLD:
        return exercise.id, Reason(
            code=ReasonCode.NEXT_STEP, message=f"Stay with {exercise.name} for the next session."
        )
    if chain is None:
        action = (
            "add load or choose a harder exercise"
            if outcome is Outcome.PROGRESS
            else ("reduce the load, and stop and seek review if the signs persist")
        )
        return None, Reason(
            code=ReasonCode.NOT_IN_CHAIN,
            message=f"{exercise.name} is not part of a progression chain: {action}.",
        )
    step = chain.step_of(exercise.id)
    if outcome is Outcome.PROGRESS:
        if step + 1 < len(chain.exercise_ids):
            nxt = chain.exercise_ids[step + 1]
            return nxt, Reason(
                code=ReasonCode.NEXT_STEP,
                message=f"Move to the next level of {chain.name}: {nxt}.",
                citations=chain.citations,
            )
        return None, Reason(
            code=ReasonCode.TOP_OF_CHAIN,
            message=f"This is the top level of {chain.name}: keep it and make it harder "
            "through range of motion, tempo or external load.",
            citations=chain.citations,
        )
    if step > 0:
        prev = chain.exercise_ids[step - 1]
        return prev, Reason(
            code=ReasonCode.PREVIOUS_STEP,
            message=f"Step back to the previous level of {chain.name}: {prev}.",
            citations=chain.citations,
        )
    return None, Reason(
        code=ReasonCode.BOTTOM_OF_CHAIN,
        message=f"This is already the first level of {chain.name}: stop this exercise and "
        "seek review by a clinician.",
        citations=chain.citations,
    )


def check_progression(
    exercise: Exercise,
    sessions: Sequence[SessionRecord],
    *,
    catalog: Catalog | None = None,
) -> ProgressionDecision:
    """Decide whether to progress, hold or regress after the logged sessions.

    The latest session decides. REGRESS when it shows overload (joint pain lasting
    longer than the catalog's limit, sharp pain, a hot or swollen joint); HOLD when
    pain went above the ceiling but settled, or the target dose is not reached yet;
    PROGRESS when the target dose was reached within the pain ceiling. Earlier
    sessions may add reasons (pain rising over the last three sessions).

    Args:
        exercise: The :class:`~hiptx.Exercise` the sessions were logged for.
        sessions: Logged sessions, oldest first. An empty sequence is a HOLD.
        catalog: The catalog whose chains and rules apply; the bundled one if
            omitted.

    Raises:
        WrongTypeError: an exercise id instead of an Exercise, a non-record session.
        InvalidValueError: a session measured the wrong way for the exercise (hold
            seconds for a rep-based exercise, or the reverse).

    Example:
        >>> import hiptx
        >>> cat = hiptx.load_catalog()
        >>> ex = cat.exercises["standing-banded-hip-adduction"]
        >>> d = hiptx.check_progression(ex, [hiptx.SessionRecord(
        ...     sets=3, reps=10, pain_during=2, pain_after_24h=1, sharp_pain=True)])
        >>> d.outcome, d.next_exercise_id
        (<Outcome.REGRESS: 'regress'>, 'side-lying-hip-adduction-loaded')
        >>> d = hiptx.check_progression(ex, [hiptx.SessionRecord(
        ...     sets=2, reps=10, pain_during=2, pain_after_24h=1)])
        >>> d.outcome, [r.code.value for r in d.reasons][:2]
        (<Outcome.HOLD: 'hold'>, ['pain-within-ceiling', 'target-dose-not-met'])

    .. versionadded:: 0.1.0
    """
    _args.require(
        "exercise", exercise, Exercise, "an Exercise (look one up with catalog.exercises[id])"
    )
    # list/tuple first: an isinstance check against the Sequence ABC costs more
    # than the rest of the argument checks together.
    given: object = sessions  # checked at runtime; callers may pass anything
    if type(given) not in (list, tuple) and (
        isinstance(given, (str, bytes)) or not isinstance(given, Sequence)
    ):
        raise WrongTypeError("sessions", sessions, "a sequence of SessionRecord, oldest first")
    catalog = given_or_bundled(catalog)
    chain = catalog.progression_of(exercise.id) if exercise.id in catalog.exercises else None
    dose = exercise.dose

    if dose is None:
        for i, session in enumerate(sessions):
            _args.require(f"sessions[{i}]", session, SessionRecord, "a SessionRecord")
        return ProgressionDecision(
            outcome=Outcome.HOLD,
            exercise_id=exercise.id,
            next_exercise_id=exercise.id,
            reasons=(
                Reason(
                    code=ReasonCode.NO_DOSE,
                    message=f"The sources give {exercise.name} no target dose, so hiptx has "
                    "no rule to progress it: that is a clinician's call.",
                    citations=exercise.citations,
                ),
            ),
        )
    _check_measure(exercise, dose, sessions)
    if not sessions:
        return ProgressionDecision(
            outcome=Outcome.HOLD,
            exercise_id=exercise.id,
            next_exercise_id=exercise.id,
            reasons=(
                Reason(
                    code=ReasonCode.NO_SESSIONS,
                    message="No sessions were logged yet: start at this level.",
                ),
            ),
        )

    latest = sessions[-1]
    pain = classify_pain(latest, rules=catalog.rules, pain_ceiling=dose.pain_ceiling)
    reasons = list(pain.reasons)
    met, target_reason = _target_reason(dose, latest)
    if pain.response is PainResponse.OVERLOAD:
        outcome = Outcome.REGRESS
    else:
        reasons.append(target_reason)
        ok = met and pain.response is PainResponse.ACCEPTABLE
        outcome = Outcome.PROGRESS if ok else Outcome.HOLD
    rising = _rising_pain(sessions)
    if rising is not None:
        reasons.append(rising)
    next_id, step_reason = _neighbour(chain, exercise, outcome)
    reasons.append(step_reason)
    return ProgressionDecision(
        outcome=outcome,
        exercise_id=exercise.id,
        next_exercise_id=next_id,
        pain=pain,
        reasons=tuple(reasons),
    )
