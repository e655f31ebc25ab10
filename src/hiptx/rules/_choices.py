"""Clinicians' choices in a programme: who made them, why, and the slots they make.

:func:`hiptx.build_programme` (start levels, standalone exercises) and
:func:`hiptx.adjust_programme` (any change after) record each choice as a reason
with :attr:`~hiptx.Basis.CLINICIAN`, naming who made it and why, so a programme's
record never says "start at its first level" of a level a clinician chose.
"""

from __future__ import annotations

import datetime

from hiptx import _fields
from hiptx.catalog import Catalog
from hiptx.errors import InvalidValueError
from hiptx.explain import Reason, ReasonCode
from hiptx.rules._build_up import starting_slot
from hiptx.rules.programme import ProgrammeSlot
from hiptx.vocab import MovementPattern, Side


def check_who_and_why(by: object, reason: object) -> tuple[str, str]:
    """``by`` and ``reason`` as checked text: a clinician's choice says both."""
    return _fields.require_text("by", by), _fields.require_text("reason", reason)


def clinician_reason(message: str, by: str, why: str) -> Reason:
    """A reason recording a clinician's choice: what, who, and why."""
    return Reason.clinician(ReasonCode.CLINICIAN_CHOICE, f"{message}, chosen by {by}: {why}")


def chosen_slot(  # noqa: PLR0913 - keyword-only; each argument is one part of the slot
    *,
    exercise_id: str,
    patterns: tuple[MovementPattern, ...] | None,
    start: datetime.date,
    side: Side | None,
    reasons: tuple[Reason, ...],
    catalog: Catalog,
) -> ProgrammeSlot:
    """A slot for an exercise a clinician chose, with a fresh build-up.

    ``patterns`` defaults to the exercise's own; the chain is the exercise's, or
    ``None`` for a standalone exercise.
    """
    exercise = catalog.exercises[exercise_id]
    trained = patterns if patterns is not None else exercise.patterns
    if not trained:
        raise InvalidValueError(
            "pattern", None, f"the pattern {exercise_id!r} trains here (its record names none)"
        )
    chain = catalog.progression_of(exercise)
    return starting_slot(
        exercise,
        start,
        patterns=trained,
        progression_id=None if chain is None else chain.id,
        reasons=reasons,
        side=side,
    )
