"""Progression eligibility: move up a chain, stay, step back, or stop.

The Physio Network practical (Kemp): work up to 3 sets of 8-10 reps (3 sets of
20-30 s for trunk endurance holds) with at most 3/10 pain during and in the 24 hours
after, then progress to the next level. The pain rules of :mod:`hiptx.rules.pain`
say when the load was too much. The decision reads every session it is given (the
sessions at the current level): an overload in any of them blocks progression, and
with any red flag no exercise advice is given at all.

The target comes from the exercise's own dose (the top of its sets range, the bottom
of its reps or hold range), the pain thresholds from the catalog's rules.

Long because it holds one rule whole: its outcome and chain-end enums, its result
class, the per-exercise preparation and the sentences of its reasons; splitting
them would scatter one decision over several files.
"""

from __future__ import annotations

import datetime
import itertools
from collections.abc import Sequence, Set as AbstractSet

import attrs

from hiptx import _args
from hiptx._catalog_arg import bundled_provenance, check_provenance, given_or_bundled
from hiptx._derived import held, owns
from hiptx._enum import ValueEnum
from hiptx._trusted import constructor
from hiptx.catalog import Catalog, Provenance
from hiptx.errors import InvalidValueError, OutOfRangeError, WrongTypeError
from hiptx.explain import Reason, ReasonCode, reason_maker
from hiptx.model import Dose, Exercise, Progression
from hiptx.rules._sets import top_sets
from hiptx.rules.pain import PainAssessment, PainResponse, SessionRecord, held_pain_check
from hiptx.rules.red_flags import Referral, gate
from hiptx.rules.surgery import Surgery, exercise_restriction
from hiptx.vocab import RedFlag

__all__ = ["ChainEnd", "Outcome", "ProgressionDecision", "check_progression"]


def __dir__() -> list[str]:
    return __all__


#: How many recent sessions the rising-pain check looks at. hiptx's own heuristic
#: for an extra reason; it never changes the outcome, and no source sets it.
RISING_PAIN_WINDOW = 3


class Outcome(ValueEnum):
    """What to do at the next session.

    ``STOP``: no exercise advice; the reasons say why (a red flag and its referral,
    or an overload with no easier level to step back to).

    Example:
        >>> import hiptx
        >>> hiptx.Outcome("progress"), str(hiptx.Outcome.STOP)
        (<Outcome.PROGRESS: 'progress'>, 'stop')

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       Added ``STOP``; ``str()`` gives the value.
    """

    PROGRESS = "progress"
    HOLD = "hold"
    REGRESS = "regress"
    STOP = "stop"


class ChainEnd(ValueEnum):
    """Which end of its progression chain a decision's exercise is at.

    ``TOP``: there is no harder level (a ``PROGRESS`` keeps the exercise and adds
    load). ``BOTTOM``: there is no easier level (an overload there is a ``STOP``).

    Example:
        >>> import hiptx
        >>> d = hiptx.check_progression("copenhagen-plank", [])
        >>> d.chain_end, str(d.chain_end)
        (<ChainEnd.TOP: 'top'>, 'top')

    .. versionadded:: 0.2.0
    """

    TOP = "top"
    BOTTOM = "bottom"


def _chain_end(chain: Progression | None, exercise_id: str, outcome: Outcome) -> ChainEnd | None:
    if chain is None:
        return None
    step = chain.step_of(exercise_id)
    at_top, at_bottom = step == len(chain.exercise_ids) - 1, step == 0
    if at_top and at_bottom:  # a chain of one: the end the outcome met
        return ChainEnd.BOTTOM if outcome is Outcome.STOP else ChainEnd.TOP
    if at_top:
        return ChainEnd.TOP
    return ChainEnd.BOTTOM if at_bottom else None


@attrs.frozen(kw_only=True)
class ProgressionDecision:
    """The decision for the next session, and why.

    Attributes:
        outcome: Progress, hold, regress or stop.
        exercise_id: The exercise the sessions were logged for.
        next_exercise_id: The exercise for the next session (the same one to hold,
            or to add load at the top of a chain); ``None`` only when the outcome is
            ``STOP``.
        pain: The latest session's pain response, if there was a session.
        session_pain: Every session's pain response, oldest first.
        referral: The red-flag referral, when a red flag was given.
        chain_end: ``TOP`` or ``BOTTOM`` when the exercise is at that end of its
            chain (a chain of one exercise: the end the outcome met, ``BOTTOM``
            for a ``STOP``), ``None`` in the middle of a chain, outside any chain,
            or when a red flag stopped exercise advice.
        reasons: Codes, sentences and citations.
        provenance: Which catalog produced it (:class:`~hiptx.Provenance`).

    Example:
        >>> import hiptx
        >>> cat = hiptx.load_catalog()
        >>> d = hiptx.check_progression(
        ...     cat.exercises["side-lying-hip-adduction"],
        ...     [hiptx.SessionRecord(sets=3, reps=10, pain_during=2, pain_after_24h=2)])
        >>> d.outcome, d.next_exercise_id
        (<Outcome.PROGRESS: 'progress'>, 'side-lying-hip-adduction-loaded')

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       Added ``session_pain``, ``referral`` and ``chain_end``;
       ``next_exercise_id`` is ``None`` only for ``STOP``.
    """

    outcome: Outcome
    exercise_id: str
    next_exercise_id: str | None = None
    pain: PainAssessment | None = None
    session_pain: tuple[PainAssessment, ...] = ()
    referral: Referral | None = None
    chain_end: ChainEnd | None = None
    reasons: tuple[Reason, ...]
    provenance: Provenance = attrs.field(
        factory=bundled_provenance, kw_only=True, validator=check_provenance
    )


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


def _target(dose: Dose) -> tuple[int, int, str]:
    """The sets and per-set amount to reach before progressing, and their wording."""
    sets = top_sets(dose)
    if dose.reps is not None:
        return sets, dose.reps.low, f"{sets} sets of {dose.reps} reps"
    assert dose.hold_seconds is not None  # noqa: S101 - guaranteed by Dose's validator
    return sets, dose.hold_seconds.low, f"{sets} sets of {dose.hold_seconds} s holds"


def _step_up(
    chain: Progression | None, exercise: Exercise, catalog: Catalog, athlete: bool
) -> tuple[str, Reason]:
    """The exercise after a PROGRESS: the next level, or the same one made harder."""
    if chain is not None and not athlete:
        step = chain.step_of(exercise.id)
        nxt = chain.exercise_ids[step + 1] if step + 1 < len(chain.exercise_ids) else None
        if nxt is not None and nxt in chain.athlete_only_ids:
            cited = tuple(c for c in chain.citations if c.quote and "athlete" in c.quote.lower())
            return exercise.id, Reason.cited(
                ReasonCode.TOP_OF_CHAIN,
                f"The next level of {chain.name}, {nxt}, is for athletes in the source, and "
                "the patient is not recorded as one: keep this exercise and make it harder "
                "through range of motion, tempo or external load.",
                cited,
                catalog.sources,
            )
    if chain is None:
        return exercise.id, Reason.hiptx_default(
            ReasonCode.NOT_IN_CHAIN,
            f"{exercise.name} is not part of a progression chain in the catalog: add load "
            "or choose a harder exercise with a clinician (hiptx's own suggestion).",
        )
    step = chain.step_of(exercise.id)
    if step + 1 < len(chain.exercise_ids):
        nxt = chain.exercise_ids[step + 1]
        return nxt, Reason.cited(
            ReasonCode.NEXT_STEP,
            f"Move to the next level of {chain.name}: {nxt}.",
            chain.citations,
            catalog.sources,
        )
    return exercise.id, Reason.hiptx_default(
        ReasonCode.TOP_OF_CHAIN,
        f"This is the top level of {chain.name}, and the sources give no level above it: "
        "keep it and make it harder through range of motion, tempo or external load "
        "(hiptx's own suggestion).",
    )


def _step_down(chain: Progression | None, exercise: Exercise) -> tuple[str | None, Reason]:
    """The exercise after an overload: the previous level, or ``None`` to stop."""
    if chain is None:
        return None, Reason.hiptx_default(
            ReasonCode.NOT_IN_CHAIN,
            f"{exercise.name} is not part of a progression chain, so the catalog has no easier "
            "level: stop this exercise until a clinician has reviewed the overload (hiptx's "
            "own safety default).",
        )
    step = chain.step_of(exercise.id)
    if step > 0:
        prev = chain.exercise_ids[step - 1]
        # The sources say the load was too much; stepping back one level of the
        # chain is hiptx's own way of reducing it.
        return prev, Reason.hiptx_default(
            ReasonCode.PREVIOUS_STEP,
            f"Step back to the previous level of {chain.name}: {prev} (hiptx's own way of "
            "reducing the load).",
        )
    return None, Reason.hiptx_default(
        ReasonCode.BOTTOM_OF_CHAIN,
        f"This is already the first level of {chain.name}, so there is no easier level: stop "
        "this exercise until a clinician has reviewed the overload (hiptx's own safety "
        "default).",
    )


#: What follows an outcome: the outcome itself (an overload with no easier level
#: becomes STOP), the next session's exercise, the reason, and the chain end.
_Step = tuple[Outcome, str | None, Reason, ChainEnd | None]


def _neighbour(
    chain: Progression | None,
    exercise: Exercise,
    outcome: Outcome,
    catalog: Catalog,
    athlete: bool,
) -> _Step:
    """The next session's exercise; an overload with no easier level becomes STOP."""
    reason: Reason
    if outcome is Outcome.PROGRESS:
        following: str | None
        following, reason = _step_up(chain, exercise, catalog, athlete)
    elif outcome is Outcome.REGRESS:
        following, reason = _step_down(chain, exercise)
        outcome = outcome if following is not None else Outcome.STOP
    else:
        following = exercise.id
        # Keeping the load is hiptx's reading of the rules above, which say when to
        # progress or step back, not what to do in between.
        reason = Reason.hiptx_default(
            ReasonCode.NEXT_STEP,
            f"Stay with {exercise.name} for the next session, at the same load (hiptx's own "
            "default: the load is kept until the rule to progress is met).",
        )
    return outcome, following, reason, _chain_end(chain, exercise.id, outcome)


# Field order: outcome, exercise_id, next_exercise_id, pain, session_pain, referral,
# chain_end, reasons (the class has no validators to skip; this saves the keyword
# call on the hottest path).
_decision = constructor(ProgressionDecision)


class _Prepared:
    """What every decision for one exercise in one catalog shares, worked out once.

    The chain, the dose and its target, the pain rules with the exercise's ceiling,
    and the step that follows each outcome depend on catalog objects only, which
    are frozen; the sessions change only the comparisons and the sentences about
    them. Held by the catalog (see :mod:`hiptx._derived`) for its own exercises.
    """

    __slots__ = (
        "_increased",
        "_increased_note",
        "_met",
        "_not_met",
        "exercise",
        "no_dose",
        "no_sessions",
        "pain",
        "provenance",
        "steps",
        "target",
        "uses_reps",
    )

    def __init__(self, exercise: Exercise, catalog: Catalog, athlete: bool) -> None:
        self.exercise = exercise
        # An app's own exercise object, not in this catalog, belongs to no chain.
        chain = catalog.progression_of(exercise.id) if exercise.id in catalog.exercises else None
        dose = exercise.dose
        self.uses_reps = None if dose is None else dose.uses_reps
        self.provenance = catalog.provenance
        self.pain = held_pain_check(catalog, None if dose is None else dose.pain_ceiling)
        self.target = None if dose is None else _target(dose)
        increased = catalog.rules.pain_increased_over_a_day
        self._increased = reason_maker(
            ReasonCode.PAIN_INCREASED_NEXT_DAY, increased.citations, catalog.sources
        )
        self._increased_note = increased.text
        dose_citations = () if dose is None else dose.citations
        self._met = reason_maker(ReasonCode.TARGET_DOSE_MET, dose_citations, catalog.sources)
        self._not_met = reason_maker(
            ReasonCode.TARGET_DOSE_NOT_MET, dose_citations, catalog.sources
        )
        self.no_dose = Reason.cited(
            ReasonCode.NO_DOSE,
            f"The sources give {exercise.name} no target dose, so hiptx has no rule to "
            "progress it: that is a clinician's call.",
            exercise.citations,
            catalog.sources,
        )
        self.steps = {
            outcome: _neighbour(chain, exercise, outcome, catalog, athlete)
            for outcome in (Outcome.PROGRESS, Outcome.HOLD, Outcome.REGRESS)
        }
        self.no_sessions = _decision(
            Outcome.HOLD,
            exercise.id,
            exercise.id,
            None,
            (),
            None,
            self.steps[Outcome.HOLD][3],  # the chain end of a HOLD
            (
                Reason.from_input(
                    ReasonCode.NO_SESSIONS, "No sessions were logged yet: start at this level."
                ),
            ),
            catalog.provenance,
        )

    def check_sessions(self, sessions: Sequence[SessionRecord]) -> None:
        """Each session is a record, measured the way the exercise's dose is."""
        uses_reps = self.uses_reps
        for i, session in enumerate(sessions):
            if type(session) is not SessionRecord:
                _args.require(f"sessions[{i}]", session, SessionRecord)
            if uses_reps is None:
                continue
            if uses_reps and session.reps is None:
                raise InvalidValueError(
                    f"sessions[{i}].hold_seconds",
                    session.hold_seconds,
                    f"reps, because {self.exercise.id!r} is dosed in repetitions "
                    f"({self.exercise.dose})",
                )
            if not uses_reps and session.hold_seconds is None:
                raise InvalidValueError(
                    f"sessions[{i}].reps",
                    session.reps,
                    f"hold_seconds, because {self.exercise.id!r} is dosed in timed holds "
                    f"({self.exercise.dose})",
                )

    def next_day_reason(self, latest: SessionRecord) -> Reason | None:
        """The "My Hip Exercise" rule, when the next day's pain was above the baseline."""
        if not latest.pain_increased_next_day:
            return None
        baseline = (
            f"{latest.pain_before}/10 before the session"
            if latest.pain_before is not None
            else f"{latest.pain_during}/10 during it (no pain before it was logged)"
        )
        return self._increased(
            f"Pain the next day ({latest.pain_after_24h}/10) was above {baseline}: do not "
            f"progress yet. {self._increased_note}"
        )

    def target_reason(self, latest: SessionRecord) -> tuple[bool, Reason]:
        """Whether the latest session reached the target dose, and the reason saying so."""
        assert self.target is not None  # noqa: S101 - only called for a dosed exercise
        sets, amount, wording = self.target
        done = latest.reps if latest.reps is not None else latest.hold_seconds
        unit = "reps" if self.uses_reps else "s"
        logged = f"{latest.sets} sets, weakest {done} {unit}"
        if latest.sets >= sets and done is not None and done >= amount:
            return True, self._met(f"The target of {wording} was reached ({logged}).")
        return False, self._not_met(f"The target of {wording} is not reached yet ({logged}).")


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


def _prepared(exercise: Exercise, catalog: Catalog, athlete: object) -> _Prepared:
    if type(athlete) is not bool:
        raise WrongTypeError("athlete", athlete, "True or False")
    if not owns(catalog.exercises, exercise, exercise.id):
        # An app's own exercise object: prepared for this call only, since another
        # object may carry its id.
        return _Prepared(exercise, catalog, athlete)
    return held(
        catalog,
        ("progression", exercise.id, athlete),
        lambda: _Prepared(exercise, catalog, athlete),
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
    if surgery is not None:
        decision = check_progression(
            exercise, sessions, red_flags=red_flags, athlete=athlete, catalog=catalog
        )
        return _after_surgery(decision, sessions, surgery, today, given_or_bundled(catalog))
    catalog = given_or_bundled(catalog)
    exercise = _resolve_exercise(exercise, catalog)
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
    sessions: Sequence[SessionRecord],
    surgery: Surgery,
    today: datetime.date | None,
    catalog: Catalog,
) -> ProgressionDecision:
    """The decision, never moving into an exercise restricted after ``surgery``."""
    _args.require("surgery", surgery, Surgery, "a Surgery or None")
    if today is not None and type(today) is not datetime.date:
        raise WrongTypeError("today", today, "a datetime.date or None")
    if decision.referral is not None:
        return decision  # a red flag already stops all exercise advice
    dated = [s.date for s in sessions if s.date is not None]
    day = today if today is not None else (max(dated) if dated else surgery.date)
    current = exercise_restriction(
        catalog.exercises[decision.exercise_id], surgery, day, catalog=catalog
    )
    if current is not None:
        stop = Reason.hiptx_default(
            ReasonCode.RESTRICTED_AFTER_SURGERY,
            "This exercise is restricted after the operation: stop it until the "
            "restriction lifts and a clinician reviews the programme (hiptx's own "
            "safety default).",
        )
        return attrs.evolve(
            decision,
            outcome=Outcome.STOP,
            next_exercise_id=None,
            reasons=(*decision.reasons, *current.reasons, stop),
        )
    target = decision.next_exercise_id
    if target is None or target == decision.exercise_id:
        return decision
    blocked = exercise_restriction(catalog.exercises[target], surgery, day, catalog=catalog)
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
    return attrs.evolve(
        decision,
        outcome=Outcome.STOP,
        next_exercise_id=None,
        reasons=(*decision.reasons, *blocked.reasons, stop),
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
