"""Whether a change in outcome scores matters, judged against published thresholds.

A threshold (MCID, PASS, ...) belongs to the population and method it was derived
in. :func:`interpret_scores` uses only the thresholds of the population asked for,
says when the instrument has none for it (it never borrows another population's),
and leaves out thresholds derived for groups, which do not judge one person.
Where several thresholds of the same kind disagree, the safer reading applies: a
change counts as important, and a state as acceptable, only when it reaches the
highest of them, and a reason says so.
"""

from __future__ import annotations

from collections.abc import Callable

import attrs

from hiptx._catalog_arg import bundled_provenance, check_provenance, given_or_bundled
from hiptx.catalog import Catalog, Provenance
from hiptx.errors import InvalidValueError, WrongTypeError
from hiptx.explain import Reason, ReasonCode
from hiptx.model import Audience, Instrument, PopulationGroup, ScoreThreshold, ThresholdKind
from hiptx.rules.outcomes import QuestionnaireScore

__all__ = ["ScaleInterpretation", "ScoreInterpretation", "ThresholdVerdict", "interpret_scores"]

#: The kinds that say a change matters to patients (MDC/SDC only say it is real).
_IMPORTANT = frozenset(
    {ThresholdKind.MCID, ThresholdKind.MCII, ThresholdKind.MIC, ThresholdKind.MID}
)


@attrs.frozen(kw_only=True)
class ThresholdVerdict:
    """One threshold applied to one scale.

    Attributes:
        threshold: The threshold, with its population, method and source.
        compared: What was compared with it: the change from baseline, or the
            follow-up score for a PASS; ``None`` where a score is missing.
        reached: Whether it was reached; ``None`` where a score is missing or
            the value falls inside a threshold given as a range.
        reason: The verdict in words, with the threshold's citations.

    Example:
        >>> import hiptx
        >>> a = hiptx.score_questionnaire("ihot-12", {f"ihot-12-{i}": 40 for i in range(1, 13)})
        >>> b = hiptx.score_questionnaire("ihot-12", {f"ihot-12-{i}": 70 for i in range(1, 13)})
        >>> v = hiptx.interpret_scores(a, b, population="hip-arthroscopy").scales[0].verdicts[0]
        >>> v.threshold.kind.value, v.compared, v.reached
        ('mcid', 30.0, True)

    .. versionadded:: 0.2.0
    """

    threshold: ScoreThreshold
    compared: float | None
    reached: bool | None
    reason: Reason


@attrs.frozen(kw_only=True)
class ScaleInterpretation:
    """One scale's change from baseline, judged for one population.

    Attributes:
        subscale_id: The scale.
        baseline: The baseline score (``None`` if it could not be scored).
        follow_up: The follow-up score.
        change: Follow-up minus baseline (higher is better on every instrument
            hiptx holds); ``None`` if either is missing.
        verdicts: Each threshold of the population that applies to one person.
        important_change: Whether the improvement reaches the minimal important
            change (the highest where several are published); ``None`` when no
            such threshold applies, a score is missing, or the score worsened (the
            thresholds held are for improvement; a reason says so).
        acceptable_state: Whether the follow-up reaches the acceptable state
            (PASS; the highest where several are published), likewise.
        reasons: Which thresholds were used, left out or missing, and why.

    Example:
        >>> import hiptx
        >>> answers = {f"oxford-hip-score-{i}": 2 for i in range(1, 13)}
        >>> a = hiptx.score_questionnaire("oxford-hip-score", answers)
        >>> b = hiptx.score_questionnaire("oxford-hip-score", {k: 4 for k in answers})
        >>> s = hiptx.interpret_scores(a, b, population="hip-replacement").scales[0]
        >>> s.change, s.important_change, s.acceptable_state
        (24.0, True, True)

    .. versionadded:: 0.2.0
    """

    subscale_id: str
    baseline: float | None
    follow_up: float | None
    change: float | None
    verdicts: tuple[ThresholdVerdict, ...]
    important_change: bool | None
    acceptable_state: bool | None
    reasons: tuple[Reason, ...]


@attrs.frozen(kw_only=True)
class ScoreInterpretation:
    """Baseline and follow-up of one instrument, judged for one population.

    Attributes:
        instrument_id: The instrument.
        population: The population whose thresholds were used.
        scales: Each scale's change and verdicts, in the instrument's order.
        provenance: Which catalog produced it (:class:`~hiptx.Provenance`).

    Example:
        >>> import hiptx
        >>> a = hiptx.score_questionnaire("nahs", {f"nahs-{i}": 2 for i in range(1, 21)})
        >>> result = hiptx.interpret_scores(a, a, population="hip-replacement")
        >>> result.scales[0].reasons[0].code.value
        'no-threshold-for-population'

    .. versionadded:: 0.2.0
    """

    instrument_id: str
    population: PopulationGroup
    scales: tuple[ScaleInterpretation, ...]
    provenance: Provenance = attrs.field(
        factory=bundled_provenance, kw_only=True, validator=check_provenance
    )


def _population(value: object) -> PopulationGroup:
    if isinstance(value, PopulationGroup):
        return value
    allowed = ", ".join(repr(p.value) for p in PopulationGroup)
    if not isinstance(value, str):
        raise WrongTypeError("population", value, f"a PopulationGroup or one of {allowed}")
    try:
        return PopulationGroup(value)
    except ValueError:
        raise InvalidValueError("population", value, f"one of {allowed}") from None


def _reached(value: float, threshold: ScoreThreshold) -> bool | None:
    if value >= (threshold.value_high or threshold.value):
        return True
    if value < threshold.value:
        return False
    return None  # inside a threshold published as a range: undecided


def _describe(threshold: ScoreThreshold) -> str:
    value = f"{threshold.value:g}"
    if threshold.value_high is not None:
        value += f"-{threshold.value_high:g}"
    text = (
        f"{threshold.kind.value.upper()} {value} ({threshold.method}; {threshold.population_text})"
    )
    return text + (f". {threshold.note}" if threshold.note else "")


def _verdict(
    threshold: ScoreThreshold, change: float | None, follow_up: float | None, catalog: Catalog
) -> ThresholdVerdict:
    compared = change if threshold.kind.is_change else follow_up
    what = "change" if threshold.kind.is_change else "follow-up score"
    if compared is None:
        reached = None
        code, text = (
            ReasonCode.SCORE_MISSING,
            f"No {what} to compare with the {_describe(threshold)}.",
        )
    else:
        reached = _reached(compared, threshold)
        code = ReasonCode.THRESHOLD_REACHED if reached else ReasonCode.THRESHOLD_NOT_REACHED
        word = {True: "reaches", False: "does not reach", None: "falls within"}[reached]
        text = f"The {what} ({compared:g}) {word} the {_describe(threshold)}."
    reason = Reason.cited(code, text, threshold.citations, catalog.sources)
    return ThresholdVerdict(threshold=threshold, compared=compared, reached=reached, reason=reason)


def _overall(
    verdicts: list[ThresholdVerdict], keep: Callable[[ThresholdKind], bool], what: str
) -> tuple[bool | None, list[Reason]]:
    """The safer reading of several thresholds of one meaning: all must be reached."""
    chosen = [v for v in verdicts if keep(v.threshold.kind)]
    if not chosen or any(v.compared is None for v in chosen):
        return None, []
    reasons: list[Reason] = []
    values = sorted({v.threshold.value_high or v.threshold.value for v in chosen})
    if len(values) > 1:
        reasons.append(
            Reason.hiptx_default(
                ReasonCode.SAFER_RULE_APPLIED,
                f"The published {what} thresholds for this population differ "
                f"({values[0]:g} to {values[-1]:g}); hiptx applies the safer reading and "
                f"counts it only when the highest is reached.",
            )
        )
    results = [v.reached for v in chosen]
    if all(r is True for r in results):
        return True, reasons
    if any(r is False for r in results):
        return False, reasons
    return None, reasons


def _interpret_scale(  # noqa: PLR0913, PLR0917 - one scale, everything it is judged from
    instrument: Instrument,
    subscale_id: str,
    baseline: float | None,
    follow_up: float | None,
    population: PopulationGroup,
    catalog: Catalog,
) -> ScaleInterpretation:
    change = None if baseline is None or follow_up is None else follow_up - baseline
    own = [t for t in instrument.thresholds if t.subscale_id == subscale_id]
    matching = [t for t in own if t.population is population]
    reasons: list[Reason] = []
    if not matching:
        others = sorted({t.population.value for t in own})
        elsewhere = f" (it has some for: {', '.join(others)})" if others else ""
        reasons.append(
            Reason.hiptx_default(
                ReasonCode.NO_THRESHOLD_FOR_POPULATION,
                f"{instrument.name}, {subscale_id}: no published threshold for the "
                f"{population.value} population{elsewhere}; hiptx does not borrow another "
                f"population's.",
            )
        )
    reasons.extend(
        Reason.cited(
            ReasonCode.GROUP_THRESHOLD_NOT_APPLIED,
            f"Not applied to one person: the {_describe(threshold)} was derived for groups.",
            threshold.citations,
            catalog.sources,
        )
        for threshold in matching
        if threshold.audience is Audience.GROUP
    )
    verdicts = [
        _verdict(t, change, follow_up, catalog)
        for t in matching
        if t.audience is not Audience.GROUP
    ]
    important, why_important = _overall(
        verdicts, _IMPORTANT.__contains__, "minimal important change"
    )
    if change is not None and change < 0 and important is not None:
        # The thresholds held measure improvement: "not reached" would read as "no
        # change that matters" when the patient got worse.
        important = None
        why_important = [
            Reason.hiptx_default(
                ReasonCode.SCORE_WORSENED,
                f"The score worsened by {-change:g} points. The minimal important change "
                f"thresholds held are for improvement, so hiptx does not judge whether "
                f"this worsening matters; a clinician should review it.",
            )
        ]
    acceptable, why_acceptable = _overall(
        verdicts, lambda kind: kind is ThresholdKind.PASS, "acceptable-state (PASS)"
    )
    return ScaleInterpretation(
        subscale_id=subscale_id,
        baseline=baseline,
        follow_up=follow_up,
        change=change,
        verdicts=tuple(verdicts),
        important_change=important,
        acceptable_state=acceptable,
        reasons=tuple(reasons + why_important + why_acceptable),
    )


def interpret_scores(
    baseline: QuestionnaireScore,
    follow_up: QuestionnaireScore,
    *,
    population: PopulationGroup | str,
    catalog: Catalog | None = None,
) -> ScoreInterpretation:
    """Whether each scale's change matters, and whether the follow-up is acceptable.

    Only the thresholds of ``population`` are used; a scale with none says so and
    names the populations that have some, rather than borrowing one. Thresholds
    derived for groups are left out (with a reason). Where several thresholds of
    one meaning apply (say two MCIDs from different methods), the change counts
    as important only when it reaches the highest, and a reason says so.

    Args:
        baseline: The earlier :class:`~hiptx.QuestionnaireScore`.
        follow_up: The later one, of the same instrument.
        population: The patient's population (a :class:`~hiptx.PopulationGroup`
            or its value, e.g. ``"hip-replacement"``).
        catalog: The catalog the instrument comes from; the bundled one if omitted.

    Raises:
        InvalidValueError: scores of two different instruments, or an unknown
            population.
        WrongTypeError: an argument of the wrong type.

    Example:
        >>> import hiptx
        >>> before = {f"hoos-pain-{i}": 3 for i in range(1, 11)}
        >>> after = {f"hoos-pain-{i}": 0 for i in range(1, 11)}
        >>> result = hiptx.interpret_scores(hiptx.score_questionnaire("hoos", before),
        ...                                 hiptx.score_questionnaire("hoos", after),
        ...                                 population="hip-replacement")
        >>> pain = result.scales[0]
        >>> pain.change, pain.important_change, pain.acceptable_state
        (75.0, True, True)

    .. versionadded:: 0.2.0
    """
    cat = given_or_bundled(catalog)
    for name, value in (("baseline", baseline), ("follow_up", follow_up)):
        if not isinstance(value, QuestionnaireScore):
            raise WrongTypeError(name, value, "a QuestionnaireScore (from score_questionnaire)")
    if baseline.instrument_id != follow_up.instrument_id:
        raise InvalidValueError(
            "follow_up",
            follow_up.instrument_id,
            f"a score of the baseline's instrument ({baseline.instrument_id})",
        )
    group = _population(population)
    instrument = cat.instruments[baseline.instrument_id]
    after = follow_up.scores
    scales = tuple(
        _interpret_scale(instrument, s.subscale_id, s.score, after.get(s.subscale_id), group, cat)
        for s in baseline.scales
    )
    return ScoreInterpretation(
        instrument_id=instrument.id, population=group, scales=scales, provenance=cat.provenance
    )
