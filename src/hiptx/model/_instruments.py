"""Outcome questionnaires: items, response scales, subscales, scoring rules, licences, thresholds.

hiptx stores what it needs to score an instrument (item ids, response scales, how
items form subscales, the scoring and missing-item rules) and never the owner's
item wording: owners hold copyright in it, and an app brings its own licensed form.

The enums that type these parts (scoring method, imputation, licence status,
threshold kind, audience, population, rule topic) are in ``_instrument_kinds``.
Long because an instrument is one data file's shape whose parts are checked
against each other (``_check_instrument``); they are read together.
"""

from __future__ import annotations

import attrs

from hiptx import _fields
from hiptx.codes import Code
from hiptx.errors import InvalidValueError, UnknownIdError
from hiptx.model._instrument_kinds import (
    Audience,
    Imputation,
    LicenceStatus,
    PopulationGroup,
    RuleTopic,
    ScoringMethod,
    ThresholdKind,
)
from hiptx.model._provenance import Citation
from hiptx.vocab import EvidenceStrength

#: The answer a HOS item takes when the activity does not apply to the person.
NOT_APPLICABLE = "not-applicable"

#: The widest answer scale any instrument uses (a 0-100 visual analogue scale).
_ANSWER_MAX = 100


def _answer_bounds(scale: ResponseScale, _: object, __: object) -> None:
    if scale.minimum >= scale.maximum:
        raise InvalidValueError("maximum", scale.maximum, f"more than minimum ({scale.minimum})")
    if scale.best not in (scale.minimum, scale.maximum):
        raise InvalidValueError(
            "best", scale.best, f"the minimum ({scale.minimum}) or the maximum ({scale.maximum})"
        )


@attrs.frozen(kw_only=True)
class ResponseScale:
    """The answers an item allows: whole numbers from ``minimum`` to ``maximum``.

    Args:
        minimum: The lowest answer.
        maximum: The highest answer.
        best: Which end is the best state (``minimum`` or ``maximum``).
        continuous: True for a visual analogue scale, where any number in the
            range is an answer (a mark measured along the line).
        not_applicable: True where an item may be answered ``"not-applicable"``
            (HOS): such an item leaves the scale's denominator.

    Example:
        >>> import hiptx
        >>> s = hiptx.ResponseScale(minimum=0, maximum=4, best=0)
        >>> s.answers
        (0, 1, 2, 3, 4)

    .. versionadded:: 0.2.0
    """

    minimum: int = attrs.field(**_fields.integer(maximum=_ANSWER_MAX))
    maximum: int = attrs.field(**_fields.integer(maximum=_ANSWER_MAX))
    best: int = attrs.field(**_fields.integer(maximum=_ANSWER_MAX))
    continuous: bool = attrs.field(default=False, **_fields.flag())
    not_applicable: bool = attrs.field(default=False, **_fields.flag())

    def __attrs_post_init__(self) -> None:
        _answer_bounds(self, None, None)

    @property
    def answers(self) -> tuple[int | str, ...]:
        """Every allowed answer in order (a continuous scale also takes any number between)."""
        numbers: tuple[int | str, ...] = tuple(range(self.minimum, self.maximum + 1))
        return (*numbers, NOT_APPLICABLE) if self.not_applicable else numbers

    @property
    def worst(self) -> int:
        """The answer at the worst end of the scale."""
        return self.maximum if self.best == self.minimum else self.minimum


@attrs.frozen(kw_only=True)
class QuestionnaireItem:
    """One item of an instrument: hiptx's id for it and the answers it allows.

    The owner's wording is never stored. Item ids are hiptx's own, prefixed with
    the instrument id so that one instrument's answers are never taken for
    another's.

    Example:
        >>> import hiptx
        >>> item = hiptx.load_catalog().instruments["hoos"].items[0]
        >>> item.id, item.answers
        ('hoos-pain-1', (0, 1, 2, 3, 4))

    .. versionadded:: 0.2.0
    """

    id: str = attrs.field(**_fields.slug())
    scale: ResponseScale = attrs.field(**_fields.instance(ResponseScale))

    @property
    def answers(self) -> tuple[int | str, ...]:
        """The allowed answers (see :attr:`ResponseScale.answers`)."""
        return self.scale.answers


@attrs.frozen(kw_only=True)
class Subscale:
    """A scored scale: which items form it and how many must be answered.

    Args:
        id: The scale id (the instrument id for a single-score instrument).
        name: Its name.
        item_ids: Its items, in the owner's order.
        min_answered: The fewest answered items that still give a score.
        codes: A LOINC code for the scale, where codes.md has one.

    Example:
        >>> import hiptx
        >>> pain = hiptx.load_catalog().instruments["hoos"].subscales[0]
        >>> pain.id, len(pain.item_ids), pain.min_answered
        ('pain', 10, 5)

    .. versionadded:: 0.2.0
    """

    id: str = attrs.field(**_fields.slug())
    name: str = attrs.field(**_fields.text())
    item_ids: tuple[str, ...] = attrs.field(**_fields.slugs(min_items=1))
    min_answered: int = attrs.field(**_fields.integer(minimum=1, maximum=_ANSWER_MAX))
    codes: tuple[Code, ...] = attrs.field(default=(), **_fields.items(Code, unique=True))

    def __attrs_post_init__(self) -> None:
        if self.min_answered > len(self.item_ids):
            raise InvalidValueError(
                "min_answered", self.min_answered, f"at most the {len(self.item_ids)} items"
            )


@attrs.frozen(kw_only=True)
class ConversionRow:
    """One row of a conversion table: a raw sum and the score it converts to.

    Example:
        >>> import hiptx
        >>> hiptx.load_catalog().instruments["hoos-ps"].conversion[1]
        ConversionRow(raw=1, score=95.4)

    .. versionadded:: 0.2.0
    """

    raw: int = attrs.field(**_fields.integer(maximum=_ANSWER_MAX * _ANSWER_MAX))
    score: float = attrs.field(**_fields.number(maximum=_ANSWER_MAX))


@attrs.frozen(kw_only=True)
class ScoringRule:
    """One rule of an instrument's scoring, in words, with how sure hiptx is of it.

    Args:
        topic: What it governs (the score, missing items, answers, rounding).
        text: The rule.
        citations: Its sources (none where it is hiptx's own default).
        hiptx_default: True where no source gives the rule and hiptx chose it
            (for example "every item is needed" where the owner's missing-item
            rule is not confirmed).
        confidence: How it was read: ``HIGH`` from the owner or the primary
            paper, ``MEDIUM`` from a secondary source; ``None`` for hiptx's own.

    Example:
        >>> import hiptx
        >>> rule = hiptx.load_catalog().instruments["oxford-hip-score"].rules[-1]
        >>> rule.hiptx_default
        True

    .. versionadded:: 0.2.0
    """

    topic: RuleTopic = attrs.field(**_fields.choice(RuleTopic))
    text: str = attrs.field(**_fields.text())
    citations: tuple[Citation, ...] = attrs.field(default=(), **_fields.items(Citation))
    hiptx_default: bool = attrs.field(default=False, **_fields.flag())
    confidence: EvidenceStrength | None = attrs.field(
        default=None, **_fields.choice(EvidenceStrength, optional=True)
    )

    def __attrs_post_init__(self) -> None:
        if self.hiptx_default and self.citations:
            raise InvalidValueError(
                "citations", self.citations, "no citation on a rule marked as hiptx's own default"
            )
        if not self.hiptx_default and not self.citations:
            raise InvalidValueError("citations", self.citations, "at least one citation")


@attrs.frozen(kw_only=True)
class Licence:
    """Who may use an instrument, and where that was read (``UNKNOWN`` where unread).

    Example:
        >>> import hiptx
        >>> hiptx.load_catalog().instruments["hagos"].licence.status.value
        'unknown'

    .. versionadded:: 0.2.0
    """

    status: LicenceStatus = attrs.field(**_fields.choice(LicenceStatus))
    text: str | None = attrs.field(default=None, **_fields.text(optional=True))
    citations: tuple[Citation, ...] = attrs.field(default=(), **_fields.items(Citation))
    confidence: EvidenceStrength | None = attrs.field(
        default=None, **_fields.choice(EvidenceStrength, optional=True)
    )

    def __attrs_post_init__(self) -> None:
        if self.status is not LicenceStatus.UNKNOWN and not self.citations:
            raise InvalidValueError(
                "citations", self.citations, "a source for any licence status but UNKNOWN"
            )


@attrs.frozen(kw_only=True)
class ScoreThreshold:
    """A published threshold for a score, with the population and method behind it.

    Args:
        kind: What it means (MCID, PASS, ...).
        subscale_id: The scale it applies to; ``None`` where the source gives one
            figure for several scales without saying which (kept, never applied).
        value: The threshold; the low end where the source gives a range.
        value_high: The high end of a range, if the source gives one.
        audience: Whether it judges one person's change or a group's.
        population: The kind of patients it was derived in.
        population_text: The population as the source describes it.
        participants: How many people, where given.
        follow_up: When they were measured, where given.
        method: How it was derived (anchor-based, distribution, ...).
        confidence: How it was read.
        citations: The source.
        note: Anything to weigh (a small sample, the authors' caution).

    Example:
        >>> import hiptx
        >>> t = hiptx.load_catalog().instruments["ihot-12"].thresholds[0]
        >>> t.kind.value, t.value, t.population.value
        ('mcid', 13.0, 'hip-arthroscopy')

    .. versionadded:: 0.2.0
    """

    kind: ThresholdKind = attrs.field(**_fields.choice(ThresholdKind))
    value: float = attrs.field(**_fields.number(maximum=_ANSWER_MAX))
    audience: Audience = attrs.field(**_fields.choice(Audience))
    population: PopulationGroup = attrs.field(**_fields.choice(PopulationGroup))
    population_text: str = attrs.field(**_fields.text())
    method: str = attrs.field(**_fields.text())
    confidence: EvidenceStrength = attrs.field(**_fields.choice(EvidenceStrength))
    citations: tuple[Citation, ...] = attrs.field(**_fields.items(Citation, min_items=1))
    subscale_id: str | None = attrs.field(default=None, **_fields.slug(optional=True))
    value_high: float | None = attrs.field(
        default=None, **_fields.number(maximum=_ANSWER_MAX, optional=True)
    )
    participants: int | None = attrs.field(
        default=None, **_fields.integer(minimum=1, maximum=10_000_000, optional=True)
    )
    follow_up: str | None = attrs.field(default=None, **_fields.text(optional=True))
    note: str | None = attrs.field(default=None, **_fields.text(optional=True))

    def __attrs_post_init__(self) -> None:
        if self.value_high is not None and self.value_high < self.value:
            raise InvalidValueError("value_high", self.value_high, f"at least value ({self.value})")


@attrs.frozen(kw_only=True)
class Instrument:
    """A patient-reported outcome questionnaire, as hiptx scores it.

    Args:
        id: Stable catalog id.
        name: Its name.
        items: Its items, in the owner's order (ids and answer scales only).
        subscales: Its scored scales; a single-score instrument has one, whose
            id is the instrument's.
        scoring: How answers become a score (see :class:`ScoringMethod`).
        score_minimum: The lowest score.
        score_maximum: The highest score.
        direction: Which end is best, in words.
        imputation: What stands in for a missing item (see :class:`Imputation`).
        rules: The scoring, missing-item, direction and rounding rules, each
            with its sources or marked as hiptx's own.
        licence: Who may use it.
        citations: The instrument's own sources.
        multiplier: For ``SUM``: what the item sum is multiplied by.
        conversion: For ``CONVERSION_TABLE``: the owner's table, raw sum to score.
        codes: A LOINC code for the whole instrument, where codes.md has one.
        thresholds: Published thresholds, each with its population.

    Example:
        >>> import hiptx
        >>> hoos = hiptx.load_catalog().instruments["hoos"]
        >>> [s.id for s in hoos.subscales]
        ['pain', 'symptoms', 'adl', 'sport-rec', 'qol']
        >>> len(hoos.items)
        40

    .. versionadded:: 0.2.0
    """

    id: str = attrs.field(**_fields.slug())
    name: str = attrs.field(**_fields.text())
    items: tuple[QuestionnaireItem, ...] = attrs.field(
        **_fields.items(QuestionnaireItem, min_items=1)
    )
    subscales: tuple[Subscale, ...] = attrs.field(**_fields.items(Subscale, min_items=1))
    scoring: ScoringMethod = attrs.field(**_fields.choice(ScoringMethod))
    score_minimum: float = attrs.field(**_fields.number(maximum=_ANSWER_MAX))
    score_maximum: float = attrs.field(**_fields.number(maximum=_ANSWER_MAX))
    direction: str = attrs.field(**_fields.text())
    imputation: Imputation = attrs.field(**_fields.choice(Imputation))
    rules: tuple[ScoringRule, ...] = attrs.field(**_fields.items(ScoringRule, min_items=1))
    licence: Licence = attrs.field(**_fields.instance(Licence))
    citations: tuple[Citation, ...] = attrs.field(**_fields.items(Citation, min_items=1))
    multiplier: float | None = attrs.field(
        default=None, **_fields.number(maximum=_ANSWER_MAX, optional=True)
    )
    conversion: tuple[ConversionRow, ...] = attrs.field(default=(), **_fields.items(ConversionRow))
    codes: tuple[Code, ...] = attrs.field(default=(), **_fields.items(Code, unique=True))
    thresholds: tuple[ScoreThreshold, ...] = attrs.field(
        default=(), **_fields.items(ScoreThreshold)
    )

    def __attrs_post_init__(self) -> None:
        _check_instrument(self)

    def item(self, item_id: str) -> QuestionnaireItem:
        """The item with this id.

        Raises:
            UnknownIdError: no such item in this instrument.

        Example:
            >>> import hiptx
            >>> hiptx.load_catalog().instruments["nahs"].item("nahs-1").scale.best
            4
        """
        for item in self.items:
            if item.id == item_id:
                return item
        raise UnknownIdError(f"{self.id} item", item_id, [i.id for i in self.items][:3])


def _check_instrument(instrument: Instrument) -> None:
    """Cross-field checks: ids resolve and repeat nowhere; the method has its data."""
    item_ids = [item.id for item in instrument.items]
    if len(set(item_ids)) != len(item_ids):
        raise InvalidValueError("items", item_ids, "items with distinct ids")
    subscale_ids = [s.id for s in instrument.subscales]
    if len(set(subscale_ids)) != len(subscale_ids):
        raise InvalidValueError("subscales", subscale_ids, "subscales with distinct ids")
    known = set(item_ids)
    for subscale in instrument.subscales:
        unknown = [i for i in subscale.item_ids if i not in known]
        if unknown:
            raise InvalidValueError(
                f"subscales[{subscale.id}].item_ids", unknown, f"item ids of {instrument.id}"
            )
    if instrument.score_minimum >= instrument.score_maximum:
        raise InvalidValueError(
            "score_maximum", instrument.score_maximum, "more than score_minimum"
        )
    if (instrument.scoring is ScoringMethod.SUM) != (instrument.multiplier is not None):
        raise InvalidValueError(
            "multiplier", instrument.multiplier, "a number exactly when scoring is SUM"
        )
    if (instrument.scoring is ScoringMethod.CONVERSION_TABLE) != bool(instrument.conversion):
        raise InvalidValueError(
            "conversion", instrument.conversion, "rows exactly when scoring is CONVERSION_TABLE"
        )
    _check_conversion(instrument)
    for threshold in instrument.thresholds:
        if threshold.subscale_id is not None and threshold.subscale_id not in subscale_ids:
            raise InvalidValueError(
                "thresholds.subscale_id", threshold.subscale_id, f"a subscale of {instrument.id}"
            )


def _check_conversion(instrument: Instrument) -> None:
    """A summed score needs every item, or a stand-in for each missing one; a table every sum."""
    if instrument.scoring is ScoringMethod.NORMALISED_MEAN:
        return
    if instrument.imputation is Imputation.NONE and any(
        s.min_answered < len(s.item_ids) for s in instrument.subscales
    ):
        raise InvalidValueError(
            "imputation", instrument.imputation, "PERSON_MEAN where a summed scale may miss items"
        )
    if instrument.scoring is ScoringMethod.CONVERSION_TABLE:
        by_id = {item.id: item.scale for item in instrument.items}
        for subscale in instrument.subscales:
            scales = [by_id[i] for i in subscale.item_ids]
            lowest, highest = sum(s.minimum for s in scales), sum(s.maximum for s in scales)
            raws = [row.raw for row in instrument.conversion]
            if raws != list(range(lowest, highest + 1)):
                raise InvalidValueError(
                    "conversion", raws, f"one row for each raw sum from {lowest} to {highest}"
                )
