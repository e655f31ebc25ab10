"""Rule settings: the thresholds, statements and red-flag pathways the rules read, as data."""

from __future__ import annotations

import attrs

from hiptx import _fields
from hiptx._enum import ValueEnum
from hiptx.errors import InvalidValueError, OutOfRangeError
from hiptx.model._provenance import Citation, Statement
from hiptx.vocab import (
    Pathway,
    RedFlag,
    Urgency,
)

#: The largest rule threshold: the biggest quantity a threshold measures is minutes
#: per week, and a week has 7 x 24 x 60 = 10,080 minutes.
THRESHOLD_MAX = 10_080


@attrs.frozen(kw_only=True)
class Threshold:
    """A numeric rule threshold with the citations behind it.

    Args:
        value: The threshold.
        citations: Where it comes from.
        text: The rule in words. Where a source is an opinion (a clinic's or a
            business's), the text says whose advice it is, and rule reasons quote it.

    Example:
        >>> import hiptx
        >>> hiptx.load_catalog().rules.pain_ceiling.value
        3.0

    .. versionadded:: 0.1.0
    """

    value: float = attrs.field(**_fields.number(maximum=THRESHOLD_MAX))
    citations: tuple[Citation, ...] = attrs.field(**_fields.items(Citation, min_items=1))
    text: str | None = attrs.field(default=None, **_fields.text(optional=True))


@attrs.frozen(kw_only=True)
class DefaultThreshold:
    """A numeric rule threshold no source sets: hiptx's own default, said so.

    A catalog may set another value (a clinic's own catalog, for example); the rules
    that use it say it is hiptx's default, never a source's.

    Args:
        value: The threshold.
        text: The rule in words, saying it is hiptx's own default.

    Example:
        >>> import hiptx
        >>> hiptx.load_catalog().rules.severe_pain_during.value
        7.0

    .. versionadded:: 0.2.0
    """

    value: float = attrs.field(**_fields.number(maximum=THRESHOLD_MAX))
    text: str = attrs.field(**_fields.text())


@attrs.frozen(kw_only=True)
class ScreeningRules:
    """The statements conservative-care screening rests on, each with its sources.

    Caring Medical (a prolotherapy clinic: an opinion) gives the candidacy signs,
    for its own treatments; the Physio Network practical (Kemp, clinical education)
    gives the duty to refer. The screening rule quotes these statements as its
    reasons, so whose view each is stays visible.

    Args:
        scope: Whose screening the criteria are, and for what.
        good_candidate: The signs of a good candidate.
        poor_candidate: The signs of a poor candidate.
        failed_physiotherapy: What a failed full course of physiotherapy means.
        refer_when_appropriate: The duty to refer to a surgeon.

    Example:
        >>> import hiptx
        >>> s = hiptx.load_catalog().rules.screening
        >>> s.poor_candidate.citations[0].source_id
        'caring-medical-exercise-hip'

    .. versionadded:: 0.1.0
    """

    scope: Statement = attrs.field(**_fields.instance(Statement))
    good_candidate: Statement = attrs.field(**_fields.instance(Statement))
    poor_candidate: Statement = attrs.field(**_fields.instance(Statement))
    failed_physiotherapy: Statement = attrs.field(**_fields.instance(Statement))
    refer_when_appropriate: Statement = attrs.field(**_fields.instance(Statement))


@attrs.frozen(kw_only=True)
class RedFlagRule:
    """Where one red flag sends the patient, and what to do.

    Every pathway is urgent (:class:`Pathway`), so no catalog can make a red flag
    look harmless.

    Args:
        flag: The red flag.
        pathway: Where it sends the patient.
        action: What to do, in the pathway's terms.
        citations: The pathways that list it.

    Example:
        >>> import hiptx
        >>> rule = hiptx.RedFlagRule(flag=hiptx.RedFlag.SUSPECTED_FRACTURE,
        ...     pathway=hiptx.Pathway.A_AND_E, action="Send to A&E.",
        ...     citations=(hiptx.Citation(source_id="nhs-gloucestershire-hip-red-flags"),))
        >>> rule.urgency.value
        'emergency'

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       ``pathway`` replaces the ``urgency`` field, which is now derived from it.
    """

    flag: RedFlag = attrs.field(**_fields.choice(RedFlag))
    pathway: Pathway = attrs.field(**_fields.choice(Pathway))
    action: str = attrs.field(**_fields.text())
    citations: tuple[Citation, ...] = attrs.field(**_fields.items(Citation, min_items=1))

    @property
    def urgency(self) -> Urgency:
        """How soon the pathway acts (always urgent)."""
        return self.pathway.urgency


@attrs.frozen(kw_only=True)
class RedFlagCombination:
    """Red flags that together imply another, more specific one.

    For example a hot, swollen joint with fever implies suspected infection, which
    the pathways send to A&E. Combinations only ever add flags, so adding a flag
    to a patient's list can never make the referral less urgent.

    Args:
        flags: The flags that must all be present.
        implies: The flag they imply.
        reading: Why, in words that say whose reading it is.
        citations: The pathways the reading rests on.
        hiptx_reading: True where the reading is hiptx's own rather than the
            pathways' (its reason is then marked as hiptx's own default).

    Example:
        >>> import hiptx
        >>> combo = hiptx.load_catalog().rules.red_flag_combinations[0]
        >>> combo.implies in hiptx.RedFlag
        True

    .. versionadded:: 0.2.0
    """

    flags: tuple[RedFlag, ...] = attrs.field(**_fields.items(RedFlag, min_items=1, unique=True))
    implies: RedFlag = attrs.field(**_fields.choice(RedFlag))
    reading: str = attrs.field(**_fields.text())
    citations: tuple[Citation, ...] = attrs.field(**_fields.items(Citation, min_items=1))
    hiptx_reading: bool = attrs.field(default=False, **_fields.flag())

    def __attrs_post_init__(self) -> None:
        if self.implies in self.flags:
            raise InvalidValueError(
                "implies", self.implies.value, "a flag other than the ones that imply it"
            )


class SafetyThreshold(ValueEnum):
    """A rule threshold that protects the patient, so a catalog changes it only by name.

    Each member is the name of a :class:`RuleSet` field. A catalog whose value for
    one of these differs from the bundled catalog's (the sources' value) is
    refused unless its ``overrides`` name the change (:class:`LocalOverride`);
    rule reasons that apply such a value say it is the catalog's own. Adding a
    safety threshold to :class:`RuleSet` means adding its name here.

    Example:
        >>> import hiptx
        >>> [t.value for t in hiptx.SafetyThreshold]
        ['pain_ceiling', 'lingering_pain_hours', 'severe_pain_during']

    .. versionadded:: 0.2.0
    """

    PAIN_CEILING = "pain_ceiling"
    LINGERING_PAIN_HOURS = "lingering_pain_hours"
    # hiptx's own default, which no source sets; a catalog that raises it or drops
    # it reduces the load later, so it too changes only by name.
    SEVERE_PAIN_DURING = "severe_pain_during"

    @property
    def origin(self) -> str:
        """Whose the bundled value is, as a sentence says it.

        Example:
            >>> import hiptx
            >>> hiptx.SafetyThreshold.SEVERE_PAIN_DURING.origin
            "hiptx's default"
        """
        return "hiptx's default" if self is SafetyThreshold.SEVERE_PAIN_DURING else "the sources'"


@attrs.frozen(kw_only=True)
class LocalOverride:
    """A clinic's recorded choice of a safety threshold other than the sources' value.

    A catalog may set :attr:`RuleSet.pain_ceiling` or another
    :class:`SafetyThreshold` to a value the sources do not give only with one of
    these in ``RuleSet.overrides``: which threshold, the value set, who set it
    and why. Every rule result's ``provenance`` lists the overrides in force, and
    the reasons that apply the value say it is the catalog's, not the sources'.

    Args:
        threshold: The threshold changed.
        value: The value the catalog sets (it must equal the threshold's value).
        set_by: Who made the choice (a person, a role, a clinic).
        reason: Why.

    Example:
        >>> import hiptx
        >>> o = hiptx.LocalOverride(threshold=hiptx.SafetyThreshold.PAIN_CEILING, value=5,
        ...     set_by="Hip clinic lead", reason="Agreed for our post-operative group.")
        >>> o.threshold.value, o.value
        ('pain_ceiling', 5)

    .. versionadded:: 0.2.0
    """

    threshold: SafetyThreshold = attrs.field(**_fields.choice(SafetyThreshold))
    value: float = attrs.field(**_fields.number(maximum=THRESHOLD_MAX))
    set_by: str = attrs.field(**_fields.text())
    reason: str = attrs.field(**_fields.text())


def _one_override_per_threshold(
    rules: RuleSet, _: attrs.Attribute[object], overrides: tuple[LocalOverride, ...]
) -> None:
    # Two overrides for one threshold would leave it unclear which was meant; an
    # override whose value is not the threshold's would record a choice not made.
    seen: set[SafetyThreshold] = set()
    for position, override in enumerate(overrides):
        name = override.threshold.value
        if override.threshold in seen:
            raise InvalidValueError("overrides", name, "at most one override per threshold")
        seen.add(override.threshold)
        applied = getattr(rules, name).value
        if override.value != applied:
            raise InvalidValueError(
                f"overrides[{position}].value",
                override.value,
                f"the value {name} sets ({applied:g})",
            )


def _threshold_within(low: float, high: float, what: str) -> _fields.Validator:
    """A check that a threshold's value fits the scale it is measured on."""

    def check(_: object, attribute: attrs.Attribute[object], value: object) -> None:
        if isinstance(value, (Threshold, DefaultThreshold)) and not low <= value.value <= high:
            raise OutOfRangeError(
                f"{attribute.name}.value", value.value, f"{what} from {low:g} to {high:g}"
            )

    return check


def _one_rule_per_flag(
    _: object, __: attrs.Attribute[object], rules: tuple[RedFlagRule, ...]
) -> None:
    # Two rules for one flag would make the referral depend on their order.
    seen: set[RedFlag] = set()
    for rule in rules:
        if rule.flag in seen:
            raise InvalidValueError("red_flags", rule.flag.value, "at most one rule per red flag")
        seen.add(rule.flag)


@attrs.frozen(kw_only=True)
class RuleSet:
    """The thresholds the rules use, kept as data so each cites its source.

    Args:
        pain_ceiling: Most pain (0-10) acceptable during and 24 h after exercise.
        lingering_pain_hours: Joint pain lasting longer than this after exercise
            means the load was too much (a clinic's advice; its text says whose).
        sharp_joint_pain: Why sharp joint pain means the load was too much.
        hot_or_swollen_joint: Why a hot or swollen joint after exercise means the
            load was too much.
        pain_increased_over_a_day: Why hip pain that stays up for more than a day
            after exercise stops progression.
        severe_pain_during: Pain during exercise (0-10) at or above which the load
            is reduced: hiptx's own default, which a catalog may change.
        aerobic_minutes_per_week: Weekly aerobic activity recommended.
        strength_sessions_per_week: Weekly strength sessions recommended.
        screening: The statements conservative-care screening rests on.
        red_flags: Where each red flag sends the patient; at most one rule per flag.
        red_flag_combinations: Flags that together imply a more specific one.
        overrides: The safety thresholds this catalog sets to values other than
            the sources' (see :class:`LocalOverride`); empty for the bundled
            catalog.

    Example:
        >>> import hiptx
        >>> rules = hiptx.load_catalog().rules
        >>> rules.lingering_pain_hours.value, rules.pain_ceiling.value
        (2.0, 3.0)

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       ``overrides``.
    """

    pain_ceiling: Threshold = attrs.field(
        **_fields.instance(Threshold, also=_threshold_within(0, 10, "a pain score"))
    )
    lingering_pain_hours: Threshold = attrs.field(
        **_fields.instance(Threshold, also=_threshold_within(0, 24, "hours"))
    )
    sharp_joint_pain: Statement = attrs.field(**_fields.instance(Statement))
    hot_or_swollen_joint: Statement = attrs.field(**_fields.instance(Statement))
    pain_increased_over_a_day: Statement = attrs.field(**_fields.instance(Statement))
    severe_pain_during: DefaultThreshold | None = attrs.field(
        default=None,
        **_fields.instance(
            DefaultThreshold, optional=True, also=_threshold_within(0, 10, "a pain score")
        ),
    )
    aerobic_minutes_per_week: Threshold = attrs.field(
        **_fields.instance(Threshold, also=_threshold_within(0, 7 * 24 * 60, "minutes in a week"))
    )
    strength_sessions_per_week: Threshold = attrs.field(
        **_fields.instance(Threshold, also=_threshold_within(0, 7 * 3, "sessions in a week"))
    )
    screening: ScreeningRules = attrs.field(**_fields.instance(ScreeningRules))
    red_flags: tuple[RedFlagRule, ...] = attrs.field(
        default=(), **_fields.items(RedFlagRule, also=_one_rule_per_flag)
    )
    red_flag_combinations: tuple[RedFlagCombination, ...] = attrs.field(
        default=(), **_fields.items(RedFlagCombination, unique=True)
    )
    overrides: tuple[LocalOverride, ...] = attrs.field(
        default=(), **_fields.items(LocalOverride, also=_one_override_per_threshold)
    )

    def override_of(self, threshold: SafetyThreshold) -> LocalOverride | None:
        """The override that sets ``threshold``, or ``None`` where the sources' value applies.

        Example:
            >>> import hiptx
            >>> hiptx.load_catalog().rules.override_of(hiptx.SafetyThreshold.PAIN_CEILING)

        .. versionadded:: 0.2.0
        """
        for override in self.overrides:
            if override.threshold is threshold:
                return override
        return None
