"""Assessment-driven exercise plans.

Upright Health (a commercial programme) argues that good conservative care
assesses every basic movement pattern and trains each impaired one through a
progression. :func:`plan_exercises` turns an assessment into a plan from the
catalog's chains, withholds patterns painful above the ceiling, and lists what no
chain covers. Coverage lives in :mod:`hiptx.rules.coverage` (re-exported here for
code written against 0.1.0).

Long because it holds one rule whole: the assessment input with its checks, the
plan and plan-item results, and the choice of chain, level and dose per pattern.
"""

from __future__ import annotations

import datetime
import types
from collections.abc import Mapping, Set as AbstractSet

import attrs

from hiptx import _args, _fields
from hiptx._catalog_arg import bundled_provenance, check_provenance, given_or_bundled
from hiptx._enum import ValueEnum
from hiptx._fields import SCHEMA_KEY
from hiptx.catalog import Catalog, Provenance
from hiptx.errors import InvalidValueError, OutOfRangeError, WrongTypeError
from hiptx.explain import Reason, ReasonCode
from hiptx.model import Dose, Progression

# Re-exported (as themselves, for type checkers) for code written against 0.1.0.
from hiptx.rules._local import ceiling_reason
from hiptx.rules.coverage import Coverage as Coverage, coverage as coverage
from hiptx.rules.red_flags import Referral, gate
from hiptx.rules.surgery import Surgery, exercise_restriction, surgery_orders
from hiptx.vocab import ExerciseGoal, MovementPattern, RedFlag, Side

__all__ = [
    "Assessment",
    "ExercisePlan",
    "Finding",
    "PlanItem",
    "UncoveredPattern",
    "WaitingPattern",
    "WithheldPattern",
    "plan_exercises",
]


def __dir__() -> list[str]:
    return __all__


class Finding(ValueEnum):
    """What an assessment found for one movement pattern.

    Example:
        >>> import hiptx
        >>> hiptx.Finding("painful").is_impaired
        True

    .. versionadded:: 0.1.0
    """

    NORMAL = "normal"
    WEAK = "weak"
    RESTRICTED = "restricted"
    PAINFUL = "painful"

    @property
    def is_impaired(self) -> bool:
        """True for every finding but NORMAL."""
        return self is not Finding.NORMAL


def _freeze_findings(value: object) -> Mapping[MovementPattern, Finding]:
    if not isinstance(value, Mapping):
        raise WrongTypeError("findings", value, "a mapping of MovementPattern to Finding")
    for pattern, finding in value.items():
        _args.require("findings key", pattern, MovementPattern)
        _args.require(f"findings[{pattern.name}]", finding, Finding)
    ordered = {p: value[p] for p in MovementPattern if p in value}
    return types.MappingProxyType(ordered)


def _freeze_scores(value: object) -> Mapping[MovementPattern, int]:
    if not isinstance(value, Mapping):
        raise WrongTypeError("pain_scores", value, "a mapping of MovementPattern to 0-10")
    for pattern, score in value.items():
        _args.require("pain_scores key", pattern, MovementPattern)
        _args.require(f"/pain_scores/{pattern.value}", score, int, "an integer from 0 to 10")
        if not 0 <= score <= 10:
            raise OutOfRangeError(f"/pain_scores/{pattern.value}", score, "an integer from 0 to 10")
    return types.MappingProxyType(dict(value))


def _scores_match_findings(instance: Assessment, _: attrs.Attribute[object], __: object) -> None:
    for pattern in instance.pain_scores:
        if instance.findings.get(pattern) is not Finding.PAINFUL:
            raise InvalidValueError(
                f"/pain_scores/{pattern.value}",
                instance.pain_scores[pattern],
                "a pain score only for patterns found PAINFUL",
            )


@attrs.frozen(kw_only=True, eq=True, hash=False)
class Assessment:
    """An assessment of the hip's movement patterns.

    Args:
        findings: The finding for each pattern assessed.
        pain_scores: Pain (0-10) for patterns found painful, where recorded.
        side: Which hip was assessed: :class:`~hiptx.Side` ``LEFT``, ``RIGHT``
            or ``BOTH`` (the same findings on both); ``None`` when not said.

    Example:
        >>> import hiptx
        >>> a = hiptx.Assessment(findings={hiptx.MovementPattern.ADDUCTION: hiptx.Finding.PAINFUL},
        ...                      pain_scores={hiptx.MovementPattern.ADDUCTION: 4})
        >>> [p.value for p in a.impaired]
        ['adduction']
        >>> [p.value for p in a.not_assessed][:2]
        ['flexion', 'extension']

    .. versionadded:: 0.1.0
    """

    findings: Mapping[MovementPattern, Finding] = attrs.field(converter=_freeze_findings)
    pain_scores: Mapping[MovementPattern, int] = attrs.field(
        factory=dict,
        converter=_freeze_scores,
        validator=_scores_match_findings,
        # The schema says what _freeze_scores checks: each score 0-10.
        metadata={SCHEMA_KEY: {"values": {"minimum": 0, "maximum": 10}}},
    )
    side: Side | None = attrs.field(default=None, **_fields.choice(Side, optional=True))

    def __reduce__(self) -> tuple[object, tuple[object, ...]]:
        # The read-only mapping proxies cannot be pickled; rebuild (and re-validate)
        # from plain dicts, so an Assessment crosses process boundaries and deep-copies.
        return _rebuild_assessment, (dict(self.findings), dict(self.pain_scores), self.side)

    @property
    def impaired(self) -> tuple[MovementPattern, ...]:
        """Patterns with any finding but NORMAL, in :class:`MovementPattern` order."""
        return tuple(p for p, f in self.findings.items() if f.is_impaired)

    @property
    def not_assessed(self) -> tuple[MovementPattern, ...]:
        """Basic patterns (as Upright Health, a commercial programme, lists them) not assessed."""
        return tuple(p for p in MovementPattern.basic() if p not in self.findings)


def _rebuild_assessment(
    findings: dict[MovementPattern, Finding],
    pain_scores: dict[MovementPattern, int],
    side: Side | None = None,
) -> Assessment:
    return Assessment(findings=findings, pain_scores=pain_scores, side=side)


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


def _chains_for(pattern: MovementPattern, catalog: Catalog) -> list[Progression]:
    """The chains that train ``pattern``: the one naming it first, then by id."""
    return sorted(
        (c for c in catalog.progressions.values() if pattern in c.patterns),
        key=lambda c: (c.patterns.index(pattern), c.id),
    )


def _pain_reasons(
    pattern: MovementPattern, assessment: Assessment, catalog: Catalog
) -> tuple[int | None, list[Reason]]:
    """The recorded pain of a painful pattern, and what it means for exercise."""
    ceiling = catalog.rules.pain_ceiling
    score = assessment.pain_scores.get(pattern)
    if score is None:
        return None, [
            ceiling_reason(
                ReasonCode.PAIN_SCORE_NOT_RECORDED,
                "No pain score was recorded for this painful pattern: keep exercise pain "
                f"within the {ceiling.value:g}/10 ceiling.",
                catalog,
            )
        ]
    if score > ceiling.value:
        return score, [
            ceiling_reason(
                ReasonCode.ASSESSMENT_PAIN_ABOVE_CEILING,
                f"Pain on assessment was {score}/10, above the {ceiling.value:g}/10 ceiling "
                "for exercise.",
                catalog,
            ),
            Reason.hiptx_default(
                ReasonCode.ASSESSMENT_PAIN_ABOVE_CEILING,
                "hiptx gives no exercise for this pattern until a clinician has assessed "
                "the pain (hiptx's own safety default).",
            ),
        ]
    return score, [
        ceiling_reason(
            ReasonCode.ASSESSMENT_PAIN_WITHIN_CEILING,
            f"Pain on assessment was {score}/10, within the {ceiling.value:g}/10 ceiling: "
            "keep exercise pain within it.",
            catalog,
        )
    ]


def plan_exercises(
    assessment: Assessment,
    *,
    red_flags: AbstractSet[RedFlag] = frozenset(),
    catalog: Catalog | None = None,
    surgery: Surgery | None = None,
    today: datetime.date | None = None,
) -> ExercisePlan:
    """Choose a chain and a starting level for each impaired movement pattern.

    For each impaired pattern, the chain whose ``patterns`` name it is chosen (the
    one naming it first, then by id, when several do); the plan starts at the
    chain's first level. Patterns no chain trains are listed in ``uncovered`` with
    any standalone exercises that train them; nothing is invented. A painful
    pattern whose recorded pain is above the catalog's pain ceiling gets no
    exercise (``withheld``). With any red flag the plan is empty and carries the
    referral.

    Args:
        assessment: The findings per movement pattern.
        red_flags: The red flags present, if any.
        catalog: The catalog whose chains and rules to use; the bundled one if
            omitted.
        surgery: The patient's operation, if any: a pattern whose first level a
            precaution or weight-bearing order restricts on ``today`` waits
            (``waiting``, with the day it is allowed), and the plan's reasons say
            which orders are in force and whose they are.
        today: The day the plan starts; with ``surgery`` and no ``today``, the day
            of the operation (every restriction in force: the safer reading).

    Raises:
        WrongTypeError: if an argument is of the wrong type.

    Example:
        >>> import hiptx
        >>> plan = hiptx.plan_exercises(hiptx.Assessment(findings={
        ...     hiptx.MovementPattern.ADDUCTION: hiptx.Finding.WEAK}))
        >>> str(plan.items[0].dose)
        '2-3 sets x 8-10 reps, 2-3 s hold per rep'
        >>> plan = hiptx.plan_exercises(hiptx.Assessment(findings={
        ...     hiptx.MovementPattern.ADDUCTION: hiptx.Finding.WEAK}),
        ...     red_flags={hiptx.RedFlag.NIGHT_OR_REST_PAIN})
        >>> plan.items, plan.referral.urgent
        ((), True)

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       Takes ``red_flags``; withholds patterns in pain above the ceiling;
       ``catalog`` is optional; takes ``surgery`` and ``today``.
    """
    _args.require("assessment", assessment, Assessment, "an Assessment")
    catalog = given_or_bundled(catalog)
    stopped = gate(red_flags, catalog)
    if stopped is not None:
        referral, stop = stopped
        return ExercisePlan(
            not_assessed=assessment.not_assessed,
            referral=referral,
            reasons=(stop,),
            provenance=catalog.provenance,
            side=assessment.side,
        )
    items: list[PlanItem] = []
    uncovered: list[UncoveredPattern] = []
    withheld: list[WithheldPattern] = []
    for pattern in assessment.impaired:
        finding = assessment.findings[pattern]
        reasons = [
            Reason.from_input(
                ReasonCode.IMPAIRED_PATTERN,
                f"The assessment found {pattern.value.replace('_', ' ')} {finding.value}.",
            )
        ]
        chains = _chains_for(pattern, catalog)
        if finding is Finding.PAINFUL:
            score, pain_reasons = _pain_reasons(pattern, assessment, catalog)
            reasons.extend(pain_reasons)
            if score is not None and score > catalog.rules.pain_ceiling.value:
                withheld.append(
                    WithheldPattern(
                        pattern=pattern,
                        finding=finding,
                        pain_score=score,
                        progression_id=chains[0].id if chains else None,
                        reasons=tuple(reasons),
                    )
                )
                continue
        if not chains:
            standalone = tuple(
                e.id
                for e in catalog.exercises_for(pattern=pattern)
                if catalog.progression_of(e) is None and e.goal is not ExerciseGoal.MANUAL_TECHNIQUE
            )
            reasons.append(
                Reason.from_input(
                    ReasonCode.NO_CHAIN_FOR_PATTERN,
                    "No progression chain in the catalog trains this pattern; "
                    "hiptx does not invent one.",
                )
            )
            uncovered.append(
                UncoveredPattern(
                    pattern=pattern,
                    finding=finding,
                    standalone_exercise_ids=standalone,
                    reasons=tuple(reasons),
                )
            )
            continue
        chain = chains[0]
        first = catalog.exercises[chain.exercise_ids[0]]
        reasons.append(
            Reason.cited(
                ReasonCode.START_AT_FIRST_LEVEL,
                f"{chain.name} trains this pattern, its levels ordered from easiest to hardest.",
                chain.citations,
                catalog.sources,
            )
        )
        reasons.append(
            Reason.hiptx_default(
                ReasonCode.START_AT_FIRST_LEVEL,
                f"Start at its first level, {first.name}, and progress by the progression "
                "rule (hiptx's own default; a clinician may choose another level).",
            )
        )
        if len(chains) > 1:
            reasons.append(
                Reason.from_input(
                    ReasonCode.OTHER_CHAINS,
                    ("Other chains also train it: " + ", ".join(c.id for c in chains[1:]) + "."),
                )
            )
        items.append(
            PlanItem(
                pattern=pattern,
                finding=finding,
                progression_id=chain.id,
                exercise_id=first.id,
                dose=first.dose,
                reasons=tuple(reasons),
            )
        )
    plan = ExercisePlan(
        items=tuple(items),
        uncovered=tuple(uncovered),
        not_assessed=assessment.not_assessed,
        withheld=tuple(withheld),
        side=assessment.side,
        provenance=catalog.provenance,
    )
    return plan if surgery is None else _after_surgery(plan, surgery, today, catalog)


def _after_surgery(
    plan: ExercisePlan, surgery: Surgery, today: datetime.date | None, catalog: Catalog
) -> ExercisePlan:
    """The plan with every restricted start moved to ``waiting``, and the orders said."""
    _args.require("surgery", surgery, Surgery, "a Surgery or None")
    if today is not None and type(today) is not datetime.date:
        raise WrongTypeError("today", today, "a datetime.date or None")
    day = surgery.date if today is None else today
    reasons = list(surgery_orders(surgery, day, catalog=catalog))
    if today is None:
        reasons.insert(
            0,
            Reason.hiptx_default(
                ReasonCode.SAFER_READING,
                "No start day was given, so hiptx checks the plan against the day of the "
                f"operation ({day.isoformat()}), when every restriction is in force.",
            ),
        )
    items: list[PlanItem] = []
    waiting: list[WaitingPattern] = []
    for item in plan.items:
        restriction = exercise_restriction(
            catalog.exercises[item.exercise_id], surgery, day, catalog=catalog
        )
        if restriction is None:
            items.append(item)
            continue
        waiting.append(
            WaitingPattern(
                pattern=item.pattern,
                finding=item.finding,
                progression_id=item.progression_id,
                exercise_id=item.exercise_id,
                until=restriction.until,
                reasons=item.reasons + restriction.reasons,
            )
        )
    uncovered = [
        attrs.evolve(
            u,
            standalone_exercise_ids=tuple(
                e
                for e in u.standalone_exercise_ids
                if exercise_restriction(catalog.exercises[e], surgery, day, catalog=catalog) is None
            ),
        )
        for u in plan.uncovered
    ]
    return attrs.evolve(
        plan,
        items=tuple(items),
        uncovered=tuple(uncovered),
        waiting=tuple(waiting),
        reasons=plan.reasons + tuple(reasons),
    )
