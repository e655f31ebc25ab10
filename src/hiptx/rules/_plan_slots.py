"""A programme's slots from a plan: one per chain (per side), at the level chosen.

Each pattern of the plan becomes a slot at the start of its chain (or at a level
a clinician chose), for each side a programme tracks; standalone exercises a
clinician adds get slots of their own; what the plan withheld or could not cover
is said, not scheduled.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence

import attrs

from hiptx import _args
from hiptx.catalog import Catalog
from hiptx.errors import InvalidValueError
from hiptx.explain import Reason, ReasonCode
from hiptx.rules._build_up import starting_slot
from hiptx.rules._choices import chosen_slot, clinician_reason
from hiptx.rules.plans import ExercisePlan, PlanItem, WaitingPattern
from hiptx.rules.programme import ProgrammeSlot
from hiptx.vocab import MovementPattern, Side


def not_scheduled_reasons(plan: ExercisePlan) -> list[Reason]:
    """Why each pattern the plan withheld or could not cover gets no slot in the programme."""

    def name(pattern: MovementPattern) -> str:
        return pattern.value.replace("_", " ").capitalize()

    withheld = [
        Reason.from_input(
            ReasonCode.NOT_SCHEDULED,
            f"{name(w.pattern)} is not scheduled: its pain on assessment "
            f"({w.pain_score}/10) was above the ceiling, and the plan gave it no exercise "
            "(see the programme's withheld patterns).",
        )
        for w in plan.withheld
    ]
    uncovered = [
        Reason.from_input(
            ReasonCode.NOT_SCHEDULED,
            f"{name(u.pattern)} is not scheduled: no progression chain in the "
            "catalog trains it (see the programme's uncovered patterns).",
        )
        for u in plan.uncovered
    ]
    return withheld + uncovered


def slots_from_plan(
    plan: ExercisePlan, first: datetime.date, catalog: Catalog
) -> list[ProgrammeSlot]:
    """One slot per chain in the plan (a chain that trains two patterns appears once).

    The patterns a plan made after surgery keeps waiting get their slots too: the
    programme holds each until its restriction lifts (see ``with_wait``), so they
    return on the day it ends instead of being lost.
    """
    by_chain: dict[str, ProgrammeSlot] = {}
    planned: tuple[PlanItem | WaitingPattern, ...] = (*plan.items, *plan.waiting)
    for i, item in enumerate(planned):
        chain = catalog.progressions[item.progression_id]
        exercise = catalog.exercises[item.exercise_id]
        if exercise.id not in chain.exercise_ids:
            n = len(plan.items)
            where = f"plan.items[{i}]" if i < n else f"plan.waiting[{i - n}]"
            raise InvalidValueError(
                f"{where}.exercise_id",
                item.exercise_id,
                f"an exercise of the chain {chain.id!r}: {', '.join(chain.exercise_ids)}",
            )
        earlier = by_chain.get(chain.id)
        if earlier is not None:
            # The chain's own reasons read the same for each pattern: keep them once.
            added = tuple(r for r in item.reasons if r not in earlier.reasons)
            by_chain[chain.id] = attrs.evolve(
                earlier,
                patterns=(*earlier.patterns, item.pattern),
                reasons=(*earlier.reasons, *added),
            )
            continue
        by_chain[chain.id] = starting_slot(
            exercise,
            first,
            patterns=(item.pattern,),
            progression_id=chain.id,
            reasons=item.reasons,
        )
    return list(by_chain.values())


def with_sides(slots: list[ProgrammeSlot], side: Side | None) -> list[ProgrammeSlot]:
    """The slots for the side trained: each chain once per side for both hips."""
    if side is None:
        return slots
    sides = (Side.LEFT, Side.RIGHT) if side is Side.BOTH else (side,)
    return [attrs.evolve(slot, side=one) for slot in slots for one in sides]


def other_side_reasons(
    slots: list[ProgrammeSlot], side: Side | None, catalog: Catalog
) -> list[Reason]:
    """Where a chain's source says to train the unaffected hip too, say so."""
    if side not in {Side.LEFT, Side.RIGHT}:
        return []
    reasons = []
    for slot in slots:
        if slot.progression_id is None:
            continue
        chain = catalog.progressions[slot.progression_id]
        cited = tuple(c for c in chain.citations if c.quote and "unaffected hip" in c.quote)
        if cited:
            reasons.append(
                Reason.cited(
                    ReasonCode.TRAIN_OTHER_SIDE,
                    f"{chain.name}: train the unaffected side too, which often loses "
                    "condition after a hip injury.",
                    cited,
                    catalog.sources,
                )
            )
    return reasons


def apply_start_levels(
    slots: list[ProgrammeSlot],
    start_levels: Mapping[MovementPattern, str],
    who: tuple[str, str],
    catalog: Catalog,
) -> list[ProgrammeSlot]:
    """The clinician's start level for each pattern named, recorded as theirs."""
    by, why = who
    chosen = list(slots)
    for pattern, exercise_id in start_levels.items():
        _args.require("start_levels key", pattern, MovementPattern, "a MovementPattern")
        where = f"start_levels[{pattern.value!r}]"
        _args.require(where, exercise_id, str, "an exercise id")
        matches = [i for i, slot in enumerate(chosen) if pattern in slot.patterns]
        if not matches:
            planned = ", ".join(p.value for slot in slots for p in slot.patterns) or "none"
            raise InvalidValueError(
                "start_levels", pattern, f"a pattern the plan schedules: {planned}"
            )
        exercise = catalog.exercises[exercise_id]
        for i in matches:
            slot = chosen[i]
            chain = catalog.progressions[slot.progression_id] if slot.progression_id else None
            in_chain = chain is not None and exercise.id in chain.exercise_ids
            if not in_chain and catalog.progression_of(exercise) is not None:
                raise InvalidValueError(
                    where,
                    exercise_id,
                    "a level of the pattern's chain"
                    + (f" ({', '.join(chain.exercise_ids)})" if chain else "")
                    + " or a standalone exercise",
                )
            level = (
                f"level {chain.step_of(exercise.id) + 1} of {chain.name}"
                if chain is not None and in_chain
                else "a standalone exercise"
            )
            # The plan's "start at its first level" no longer tells the truth.
            kept = tuple(r for r in slot.reasons if r.code is not ReasonCode.START_AT_FIRST_LEVEL)
            reason = clinician_reason(f"Start at {exercise.name} ({level})", by, why)
            chosen[i] = attrs.evolve(
                chosen_slot(
                    exercise_id=exercise.id,
                    patterns=slot.patterns,
                    start=slot.since,
                    side=slot.side,
                    reasons=(*kept, reason),
                    catalog=catalog,
                ),
                progression_id=slot.progression_id if in_chain else None,
            )
    return chosen


def standalone_slots(
    exercise_ids: Sequence[str], first: datetime.date, who: tuple[str, str], catalog: Catalog
) -> list[ProgrammeSlot]:
    """A slot for each exercise a clinician added outside the plan, from ``first``, theirs."""
    by, why = who
    slots = []
    for i, exercise_id in enumerate(exercise_ids):
        _args.require(f"standalone_exercises[{i}]", exercise_id, str, "an exercise id")
        exercise = catalog.exercises[exercise_id]
        reason = clinician_reason(f"Add {exercise.name}", by, why)
        slots.append(
            chosen_slot(
                exercise_id=exercise.id,
                patterns=None,
                start=first,
                side=None,
                reasons=(reason,),
                catalog=catalog,
            )
        )
    return slots
