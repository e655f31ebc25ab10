"""A chain's steps for one exercise, and what every decision for it shares.

Which exercise follows each outcome (up, down or the same one, and why), the
target dose, and the pain rules with the exercise's ceiling depend on catalog
objects only: :class:`_Prepared` works them out once per exercise, and the catalog
holds it (see :mod:`hiptx._derived`); :func:`hiptx.check_progression` then only
compares the sessions with them.
"""

from __future__ import annotations

from collections.abc import Sequence

from hiptx import _args
from hiptx._derived import held, owns
from hiptx._trusted import constructor
from hiptx.catalog import Catalog
from hiptx.errors import InvalidValueError, WrongTypeError
from hiptx.explain import Reason, ReasonCode, reason_maker
from hiptx.model import Exercise, Progression
from hiptx.rules._sets import dose_target
from hiptx.rules.pain import SessionRecord, held_pain_check
from hiptx.rules.progression._decision import ChainEnd, Outcome, ProgressionDecision, _chain_end


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
        self.target = None if dose is None else dose_target(dose)
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
