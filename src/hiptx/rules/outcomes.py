"""Scoring outcome questionnaires by their owners' rules.

:func:`score_questionnaire` turns one person's answers into each scale's score,
or ``None`` with the reason (how many items were answered of how many needed).
The arithmetic is exact: sums and means are rational numbers
(:class:`fractions.Fraction`) until the single conversion to ``float`` at the end,
and hiptx never rounds (no owner in its reference file asks for rounding); round
for display only. Interpreting scores against published thresholds is in
:mod:`hiptx.rules.outcome_interpretation`.
"""

from __future__ import annotations

import difflib
import math
import types
from collections.abc import Mapping
from fractions import Fraction

import attrs

from hiptx import _args
from hiptx._catalog_arg import bundled_provenance, check_provenance, given_or_bundled
from hiptx.catalog import Catalog, Provenance
from hiptx.errors import InvalidValueError, OutOfRangeError, UnknownIdError, WrongTypeError
from hiptx.explain import Reason, ReasonCode
from hiptx.model import (
    NOT_APPLICABLE,
    Imputation,
    Instrument,
    ResponseScale,
    RuleTopic,
    ScoringMethod,
    ScoringRule,
    Subscale,
)

__all__ = ["QuestionnaireScore", "ScaleScore", "score_questionnaire"]

#: One answer: a number on the item's scale, ``"not-applicable"`` where the item
#: allows it, or ``None`` for a skipped item.
Answer = int | float | str | None


@attrs.frozen(kw_only=True)
class ScaleScore:
    """One scale's score, or ``None`` with the reason.

    Attributes:
        subscale_id: The scale (the instrument's id for a single-score instrument).
        score: The score, unrounded; ``None`` when too few items were answered.
        answered: Items answered with a number or ``"not-applicable"``.
        needed: The fewest answered items that give a score.
        item_count: The scale's items.
        not_applicable_item_ids: Items answered ``"not-applicable"`` (HOS): they
            leave the denominator.
        missing_item_ids: Items skipped or absent, in the owner's order.
        imputed_item_ids: Missing items filled with the person's mean of the
            scale's answered items (where the instrument's rule says so).
        raw: The raw sum of the answers for a summed or converted score, else
            ``None``.
        reasons: Why the score is what it is, with the rules' citations.

    Example:
        >>> import hiptx
        >>> result = hiptx.score_questionnaire("hoos-ps", {f"hoos-ps-{i}": 1 for i in range(1, 6)})
        >>> scale = result.scales[0]
        >>> scale.raw, scale.score
        (5.0, 80.0)

    .. versionadded:: 0.2.0
    """

    subscale_id: str
    score: float | None
    answered: int
    needed: int
    item_count: int
    not_applicable_item_ids: tuple[str, ...]
    missing_item_ids: tuple[str, ...]
    imputed_item_ids: tuple[str, ...]
    raw: float | None
    reasons: tuple[Reason, ...]


@attrs.frozen(kw_only=True)
class QuestionnaireScore:
    """One completed questionnaire, scored: every scale's score or ``None`` and why.

    Attributes:
        instrument_id: The instrument scored.
        scales: Each scale's score, in the instrument's order.
        missing_item_ids: Every item skipped or absent, in the owner's order.
        reasons: The rules applied (scoring, rounding, licence), with citations.
        provenance: Which catalog produced it (:class:`~hiptx.Provenance`).

    Example:
        >>> import hiptx
        >>> answers = {f"oxford-hip-score-{i}": 4 for i in range(1, 13)}
        >>> hiptx.score_questionnaire("oxford-hip-score", answers).scores
        mappingproxy({'oxford-hip-score': 48.0})

    .. versionadded:: 0.2.0
    """

    instrument_id: str
    scales: tuple[ScaleScore, ...]
    missing_item_ids: tuple[str, ...]
    reasons: tuple[Reason, ...]
    provenance: Provenance = attrs.field(
        factory=bundled_provenance, kw_only=True, validator=check_provenance
    )

    @property
    def scores(self) -> Mapping[str, float | None]:
        """Scale id -> score (``None`` where too few items were answered), read-only."""
        return types.MappingProxyType({s.subscale_id: s.score for s in self.scales})


def _instrument(instrument: Instrument | str, catalog: Catalog) -> Instrument:
    return _args.object_or_id(
        "instrument",
        instrument,
        Instrument,
        catalog.instruments,
        "an Instrument or an instrument id",
    )


def _owner_of(item_id: str, catalog: Catalog) -> Instrument | None:
    for other in catalog.instruments.values():
        if any(item.id == item_id for item in other.items):
            return other
    return None


def _allowed(scale: ResponseScale) -> str:
    kind = "a number" if scale.continuous else "an integer"
    text = f"{kind} from {scale.minimum} to {scale.maximum}"
    if scale.not_applicable:
        text += f", {NOT_APPLICABLE!r}"
    return text + " or None (skipped)"


def _check_answer(item_id: str, scale: ResponseScale, answer: object) -> Answer:
    field = f"responses[{item_id!r}]"
    if answer is None:
        return None
    if isinstance(answer, str):
        if answer == NOT_APPLICABLE and scale.not_applicable:
            return answer
        raise InvalidValueError(field, answer, _allowed(scale))
    if isinstance(answer, bool) or not isinstance(answer, (int, float)):
        raise WrongTypeError(field, answer, _allowed(scale))
    if isinstance(answer, float) and not scale.continuous:
        # 2.0 is not silently taken for the box 2: an ordinal answer is one box.
        raise WrongTypeError(field, answer, _allowed(scale))
    if not (math.isfinite(answer) and scale.minimum <= answer <= scale.maximum):
        raise OutOfRangeError(field, answer, _allowed(scale))
    return answer


def _checked_responses(
    instrument: Instrument, responses: object, catalog: Catalog
) -> dict[str, Answer]:
    if not isinstance(responses, Mapping):
        raise WrongTypeError("responses", responses, "a mapping of item id to answer")
    scales = {item.id: item.scale for item in instrument.items}
    checked: dict[str, Answer] = {}
    for item_id, answer in responses.items():
        if not isinstance(item_id, str):
            raise WrongTypeError("responses key", item_id, "an item id (a string)")
        if item_id not in scales:
            owner = _owner_of(item_id, catalog)
            if owner is not None:
                raise InvalidValueError(
                    "responses",
                    item_id,
                    f"items of {instrument.id}; {item_id!r} is an item of {owner.id}: "
                    f"score those answers with score_questionnaire({owner.id!r}, ...)",
                )
            close = difflib.get_close_matches(item_id, list(scales), n=2)
            raise UnknownIdError(f"{instrument.id} item", item_id, close)
        checked[item_id] = _check_answer(item_id, scales[item_id], answer)
    return checked


def _rule_reason(code: ReasonCode, message: str, rule: ScoringRule, catalog: Catalog) -> Reason:
    if rule.hiptx_default:
        return Reason.hiptx_default(code, message)
    return Reason.cited(code, message, rule.citations, catalog.sources)


def _rules(instrument: Instrument, topic: RuleTopic) -> tuple[ScoringRule, ...]:
    return tuple(r for r in instrument.rules if r.topic is topic)


def _missing_rule_reasons(
    code: ReasonCode, message: str, instrument: Instrument, catalog: Catalog
) -> tuple[Reason, ...]:
    return tuple(
        _rule_reason(code, f"{message} {rule.text}", rule, catalog)
        for rule in _rules(instrument, RuleTopic.MISSING_ITEMS)
    )


def _score_value(
    instrument: Instrument, scales: list[ResponseScale], numbers: list[Fraction], item_count: int
) -> tuple[Fraction | None, float | None]:
    """The exact score and the raw sum (for summed or converted scores)."""
    mean = sum(numbers, Fraction(0)) / len(numbers)
    if instrument.scoring is ScoringMethod.NORMALISED_MEAN:
        # Each item placed on 0 (worst) .. 1 (best), so the best answer scores 100.
        placed = [
            (value - scale.worst) / (scale.best - scale.worst)
            for value, scale in zip(numbers, scales, strict=True)
        ]
        return sum(placed, Fraction(0)) / len(placed) * 100, None
    # A summed score: missing items (only where the rule allows it) take the mean.
    total = mean * item_count
    raw = float(total)
    if instrument.scoring is ScoringMethod.SUM:
        worst = sum((Fraction(s.worst) for s in scales), Fraction(0)) / len(scales)
        multiplier = Fraction(instrument.multiplier or 0)
        return abs(total - worst * item_count) * multiplier, raw
    for row in instrument.conversion:
        if row.raw == total:
            return Fraction(row.score), raw
    return None, raw  # a filled-in sum between two rows: the table gives no score


def _score_scale(
    instrument: Instrument,
    subscale: Subscale,
    answers: dict[str, Answer],
    catalog: Catalog,
) -> ScaleScore:
    by_id = {item.id: item.scale for item in instrument.items}
    numbers: list[Fraction] = []
    scales: list[ResponseScale] = []
    not_applicable: list[str] = []
    missing: list[str] = []
    for item_id in subscale.item_ids:
        answer = answers.get(item_id)
        if answer is None:
            missing.append(item_id)
        elif answer == NOT_APPLICABLE:
            not_applicable.append(item_id)
        else:
            numbers.append(Fraction(answer))
            scales.append(by_id[item_id])
    answered = len(numbers) + len(not_applicable)
    count = len(subscale.item_ids)
    name = f"{instrument.name}, {subscale.name}"
    score: float | None = None
    raw: float | None = None
    imputed: tuple[str, ...] = ()
    reasons: list[Reason] = []
    if answered < subscale.min_answered or not numbers:
        why = (
            f"{name}: no score; {answered} of {count} items answered, "
            f"at least {subscale.min_answered} needed."
        )
        if answered >= subscale.min_answered:
            why = f"{name}: no score; every answered item is not applicable."
        reasons.extend(_missing_rule_reasons(ReasonCode.TOO_FEW_ANSWERS, why, instrument, catalog))
    else:
        value, raw = _score_value(instrument, scales, numbers, count - len(not_applicable))
        score = None if value is None else float(value)
        imputed = tuple(missing) if instrument.imputation is Imputation.PERSON_MEAN else ()
        reasons.extend(
            _rule_reason(
                ReasonCode.SCALE_SCORED,
                f"{name}: scored from {len(numbers)} of {count} items. {rule.text}",
                rule,
                catalog,
            )
            for rule in _rules(instrument, RuleTopic.SCORING)
        )
        if missing:
            code = ReasonCode.MISSING_ITEMS_FILLED if imputed else ReasonCode.SCALE_SCORED
            what = "filled with the mean of the answered items" if imputed else "left out"
            message = f"{name}: {len(missing)} missing item(s) {what}."
            reasons.extend(_missing_rule_reasons(code, message, instrument, catalog))
        if not_applicable:
            reasons.extend(
                _rule_reason(
                    ReasonCode.NOT_APPLICABLE_ITEMS,
                    f"{name}: {len(not_applicable)} item(s) not applicable, left out of the "
                    f"denominator. {rule.text}",
                    rule,
                    catalog,
                )
                for rule in _rules(instrument, RuleTopic.SCORING)
            )
    return ScaleScore(
        subscale_id=subscale.id,
        score=score,
        answered=answered,
        needed=subscale.min_answered,
        item_count=count,
        not_applicable_item_ids=tuple(not_applicable),
        missing_item_ids=tuple(missing),
        imputed_item_ids=imputed,
        raw=raw,
        reasons=tuple(reasons),
    )


def _licence_reason(instrument: Instrument, catalog: Catalog) -> Reason:
    licence = instrument.licence
    text = f"{instrument.name}: licence {licence.status.value.replace('_', ' ')}"
    if licence.text:
        text += f". {licence.text}"
    if licence.citations:
        return Reason.cited(ReasonCode.LICENCE, text, licence.citations, catalog.sources)
    # Only an unknown status may stand without a source (Licence checks it).
    return Reason.hiptx_default(ReasonCode.LICENCE, text)


def score_questionnaire(
    instrument: Instrument | str,
    responses: Mapping[str, Answer],
    *,
    catalog: Catalog | None = None,
) -> QuestionnaireScore:
    """Score one person's answers to an outcome questionnaire by its owner's rules.

    Each scale gets a score, or ``None`` when fewer items were answered than its
    rule needs (the reason says how many of how many). Missing items are left out,
    or filled with the mean of the person's answered items where the instrument's
    rule says so (FJS-12, HOOS-12). Scores are exact and unrounded (see the
    module's notes). The result's reasons give each rule applied with its
    citations, or mark it as hiptx's own where no source gives it, and the
    instrument's licence status.

    Args:
        instrument: An :class:`~hiptx.Instrument` or its id (``"hoos"``, ...).
        responses: Item id -> answer: a number on the item's scale,
            ``"not-applicable"`` where the item allows it (HOS), or ``None`` for a
            skipped item. Items left out count as skipped.
        catalog: The catalog the instrument comes from; the bundled one if omitted.

    Raises:
        UnknownIdError: an unknown instrument id, or an item id of no instrument
            (with close matches).
        InvalidValueError: an item of another instrument (named), or an answer
            not on the item's scale.
        OutOfRangeError: a number outside the item's scale.
        WrongTypeError: responses that are not a mapping, or an answer of the
            wrong type (``2.0`` for the box ``2``, ``True``).

    Example:
        >>> import hiptx
        >>> answers = {f"hoos-pain-{i}": 1 for i in range(1, 11)}
        >>> answers["hoos-pain-10"] = None
        >>> result = hiptx.score_questionnaire("hoos", answers)
        >>> result.scores["pain"], result.scores["symptoms"]
        (75.0, None)
        >>> print(result.scales[1].reasons[0].message[:70])
        Hip disability and Osteoarthritis Outcome Score (HOOS), Symptoms: no s

    .. versionadded:: 0.2.0
    """
    cat = given_or_bundled(catalog)
    chosen = _instrument(instrument, cat)
    answers = _checked_responses(chosen, responses, cat)
    scales = tuple(_score_scale(chosen, s, answers, cat) for s in chosen.subscales)
    missing = tuple(i.id for i in chosen.items if answers.get(i.id) is None)
    general = _rules(chosen, RuleTopic.ROUNDING) + _rules(chosen, RuleTopic.ANSWERS)
    reasons = (
        *(_rule_reason(ReasonCode.SCALE_SCORED, rule.text, rule, cat) for rule in general),
        _licence_reason(chosen, cat),
    )
    return QuestionnaireScore(
        instrument_id=chosen.id,
        scales=scales,
        missing_item_ids=missing,
        reasons=reasons,
        provenance=cat.provenance,
    )
