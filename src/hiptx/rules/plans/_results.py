"""An exercise plan: a chain and level per impaired pattern, and what it could not plan.

The result of :func:`hiptx.plan_exercises` (importable from
:mod:`hiptx.rules.plans` and :mod:`hiptx`).
"""

from __future__ import annotations

import datetime

import attrs

from hiptx._catalog_arg import bundled_provenance, check_provenance
from hiptx.catalog import Provenance
from hiptx.explain import Reason
from hiptx.model import Dose
from hiptx.rules.plans._assessment import Finding
from hiptx.rules.red_flags import Referral
from hiptx.vocab import MovementPattern, Side


@attrs.frozen(kw_only=True)
class PlanItem:
    """One impaired pattern and the exercise to start it with.

    Attributes:
        pattern: The impaired pattern.
        finding: What the assessment found.
        progression_id: The chain chosen to train it.
        exercise_id: The level to start at.
        dose: The exercise's dose; ``None`` where the sources give none.
        reasons: Why this chain and this level.

    Example:
        >>> import hiptx
        >>> cat = hiptx.load_catalog()
        >>> plan = hiptx.plan_exercises(hiptx.Assessment(
        ...     findings={hiptx.MovementPattern.ADDUCTION: hiptx.Finding.WEAK}), catalog=cat)
        >>> plan.items[0].exercise_id
        'side-lying-hip-adduction'

    .. versionadded:: 0.1.0
    """

    pattern: MovementPattern
    finding: Finding
    progression_id: str
    exercise_id: str
    dose: Dose | None = None
    reasons: tuple[Reason, ...]


@attrs.frozen(kw_only=True)
class UncoveredPattern:
    """An impaired pattern that no chain in the catalog trains.

    Attributes:
        pattern: The pattern.
        finding: What the assessment found.
        standalone_exercise_ids: Catalog exercises outside any chain that train it,
            for a clinician to consider (possibly none).
        reasons: Why it is uncovered.

    Example:
        >>> import hiptx
        >>> plan = hiptx.plan_exercises(hiptx.Assessment(
        ...     findings={hiptx.MovementPattern.INTERNAL_ROTATION: hiptx.Finding.WEAK}),
        ...     catalog=hiptx.load_catalog())
        >>> plan.uncovered[0].pattern.value
        'internal_rotation'

    .. versionadded:: 0.1.0
    """

    pattern: MovementPattern
    finding: Finding
    standalone_exercise_ids: tuple[str, ...] = ()
    reasons: tuple[Reason, ...]


@attrs.frozen(kw_only=True)
class WithheldPattern:
    """An impaired pattern hiptx gives no exercise for: its pain is above the ceiling.

    Attributes:
        pattern: The pattern.
        finding: What the assessment found (``PAINFUL``).
        pain_score: The pain recorded for it, above the ceiling.
        progression_id: The chain that would train it, for the clinician to
            consider once the pain is assessed (``None`` if no chain does).
        reasons: Why it is withheld.

    Example:
        >>> import hiptx
        >>> plan = hiptx.plan_exercises(hiptx.Assessment(
        ...     findings={hiptx.MovementPattern.ADDUCTION: hiptx.Finding.PAINFUL},
        ...     pain_scores={hiptx.MovementPattern.ADDUCTION: 9}))
        >>> plan.items, plan.withheld[0].pain_score
        ((), 9)

    .. versionadded:: 0.2.0
    """

    pattern: MovementPattern
    finding: Finding
    pain_score: int
    progression_id: str | None = None
    reasons: tuple[Reason, ...]


@attrs.frozen(kw_only=True)
class WaitingPattern:
    """An impaired pattern whose exercise waits: a precaution after surgery restricts it.

    Attributes:
        pattern: The pattern.
        finding: What the assessment found.
        progression_id: The chain that trains it.
        exercise_id: The level the plan would start at, restricted for now.
        until: The first day it is allowed (``None`` when no end is known).
        reasons: Why it waits: the precaution or order, whose it is, its sources.

    Example:
        >>> import datetime, hiptx
        >>> s = hiptx.Surgery(treatment_id="total-hip-replacement", date=datetime.date(2026, 11, 20),
        ...                   side=hiptx.Side.LEFT, approach=hiptx.Approach.POSTERIOR)
        >>> plan = hiptx.plan_exercises(hiptx.Assessment(findings={
        ...     hiptx.MovementPattern.ADDUCTION: hiptx.Finding.WEAK}),
        ...     surgery=s, today=datetime.date(2026, 12, 4))
        >>> w = plan.waiting[0]
        >>> w.exercise_id, w.until
        ('side-lying-hip-adduction', datetime.date(2027, 2, 12))

    .. versionadded:: 0.2.0
    """

    pattern: MovementPattern
    finding: Finding
    progression_id: str
    exercise_id: str
    until: datetime.date | None
    reasons: tuple[Reason, ...]


@attrs.frozen(kw_only=True)
class ExercisePlan:
    """A plan: one item per impaired pattern a chain covers, and what is left out.

    Attributes:
        items: Start points, in :class:`MovementPattern` order.
        uncovered: Impaired patterns no chain trains; never dropped silently.
        not_assessed: Basic patterns the assessment did not cover.
        withheld: Painful patterns whose pain is above the ceiling: no exercise is
            given for them until a clinician has assessed the pain.
        referral: The red-flag referral, when a red flag was given (then the plan
            is empty).
        reasons: Reasons about the plan as a whole (a red flag stopping it; after
            surgery, the orders and precautions in force).
        waiting: After surgery: patterns whose first level a precaution or
            weight-bearing order restricts, with the day each is allowed.
        side: The assessment's side, which a programme built from the plan
            trains (``BOTH``: each side tracked separately).
        provenance: Which catalog produced it (:class:`~hiptx.Provenance`).

    Example:
        >>> import hiptx
        >>> plan = hiptx.plan_exercises(hiptx.Assessment(findings={
        ...     hiptx.MovementPattern.ADDUCTION: hiptx.Finding.PAINFUL,
        ...     hiptx.MovementPattern.INTERNAL_ROTATION: hiptx.Finding.RESTRICTED,
        ...     hiptx.MovementPattern.FLEXION: hiptx.Finding.NORMAL}), catalog=hiptx.load_catalog())
        >>> [(i.pattern.value, i.exercise_id) for i in plan.items]
        [('adduction', 'side-lying-hip-adduction')]
        >>> [u.pattern.value for u in plan.uncovered]
        ['internal_rotation']

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       Added ``waiting``.
    """

    items: tuple[PlanItem, ...] = ()
    uncovered: tuple[UncoveredPattern, ...] = ()
    not_assessed: tuple[MovementPattern, ...] = ()
    withheld: tuple[WithheldPattern, ...] = ()
    referral: Referral | None = None
    reasons: tuple[Reason, ...] = ()
    waiting: tuple[WaitingPattern, ...] = ()
    side: Side | None = None
    provenance: Provenance = attrs.field(
        factory=bundled_provenance, kw_only=True, validator=check_provenance
    )
