"""Screening: candidacy for conservative care, red flags, and the activity guideline.

The candidacy signs come from seed 004, a prolotherapy clinic's opinion, and the
duty to refer from seed 003; the reasons quote those statements from the catalog's
rules so whose view each is stays visible. Red-flag urgencies come from the NHS
pathways in clinical-facts.md section 9, also stored as data.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from enum import Enum

import attrs

from hiptx import _args, _fields
from hiptx.catalog import Catalog, given_or_bundled
from hiptx.errors import InvalidValueError, OutOfRangeError, WrongTypeError
from hiptx.explain import Reason, ReasonCode
from hiptx.model import Statement
from hiptx.vocab import RedFlag, Urgency

__all__ = [
    "ActivityCheck",
    "Candidacy",
    "CandidacyDecision",
    "HipStatus",
    "Referral",
    "check_red_flags",
    "meets_activity_guideline",
    "screen_conservative_care",
]


def __dir__() -> list[str]:
    return __all__


@attrs.frozen(kw_only=True)
class HipStatus:
    """What is known about a hip, for screening. ``None`` means not known.

    Args:
        range_of_motion_preserved: Good range of motion kept (even if painful).
        cartilage_present: Cartilage still present on imaging.
        bone_spurs_minimal: Little bone spurring on imaging.
        fused: The hip is fused, with no range of motion.
        failed_full_physiotherapy: A full course of physiotherapy ended with little
            improvement.

    Example:
        >>> import hiptx
        >>> hiptx.HipStatus(fused=True).fused
        True

    .. versionadded:: 0.1.0
    """

    range_of_motion_preserved: bool | None = attrs.field(
        default=None, **_fields.flag(optional=True)
    )
    cartilage_present: bool | None = attrs.field(default=None, **_fields.flag(optional=True))
    bone_spurs_minimal: bool | None = attrs.field(default=None, **_fields.flag(optional=True))
    fused: bool | None = attrs.field(default=None, **_fields.flag(optional=True))
    failed_full_physiotherapy: bool | None = attrs.field(
        default=None, **_fields.flag(optional=True)
    )

    def __attrs_post_init__(self) -> None:
        # A fused hip has no range of motion; saying both is a data-entry error.
        if self.fused and self.range_of_motion_preserved:
            raise InvalidValueError(
                "range_of_motion_preserved",
                self.range_of_motion_preserved,
                "False or None when fused is True (a fused hip has no range of motion)",
            )


class Candidacy(Enum):
    """Whether a hip looks like a candidate for conservative care.

    Example:
        >>> import hiptx
        >>> hiptx.Candidacy("uncertain")
        <Candidacy.UNCERTAIN: 'uncertain'>

    .. versionadded:: 0.1.0
    """

    GOOD = "good"
    POOR = "poor"
    UNCERTAIN = "uncertain"


@attrs.frozen(kw_only=True)
class CandidacyDecision:
    """The screening result, with reasons that say whose criteria were applied.

    Attributes:
        outcome: Good, poor or uncertain candidate for conservative care.
        refer_to_surgeon: Whether the reasons call for a surgical discussion.
        reasons: Codes, sentences and citations.

    Example:
        >>> import hiptx
        >>> d = hiptx.screen_conservative_care(hiptx.HipStatus(fused=True))
        >>> d.outcome, d.refer_to_surgeon
        (<Candidacy.POOR: 'poor'>, True)

    .. versionadded:: 0.1.0
    """

    outcome: Candidacy
    refer_to_surgeon: bool = False
    reasons: tuple[Reason, ...]


def _said(code: ReasonCode, statement: Statement) -> Reason:
    return Reason(code=code, message=statement.text, citations=statement.citations)


_SIGNS = {
    "range_of_motion_preserved": "range of motion preserved",
    "cartilage_present": "cartilage present",
    "bone_spurs_minimal": "minimal bone spurring",
}


def screen_conservative_care(
    status: HipStatus, *, catalog: Catalog | None = None
) -> CandidacyDecision:
    """Screen a hip for conservative (non-surgical) care, per seeds 004 and 003.

    * A fused hip with no range of motion: POOR, discuss replacement.
    * Range of motion preserved, cartilage present and minimal bone spurring: GOOD.
    * A full course of physiotherapy without benefit: discuss surgery; the outcome
      is at best UNCERTAIN.
    * Anything unknown or mixed: UNCERTAIN, naming what is unknown.

    The candidacy signs are a prolotherapy clinic's (seed 004, a clinic opinion);
    the reasons carry its words so a clinician can weigh them.

    Args:
        status: What is known about the hip.
        catalog: Whose rules to apply; the bundled catalog if omitted.

    Example:
        >>> import hiptx
        >>> d = hiptx.screen_conservative_care(hiptx.HipStatus(
        ...     range_of_motion_preserved=True, cartilage_present=True, bone_spurs_minimal=True))
        >>> d.outcome, d.reasons[0].citations[0].source_id
        (<Candidacy.GOOD: 'good'>, 'caring-medical-exercise-hip')
        >>> hiptx.screen_conservative_care(hiptx.HipStatus(cartilage_present=True)).outcome
        <Candidacy.UNCERTAIN: 'uncertain'>

    .. versionadded:: 0.1.0
    """
    _args.require("status", status, HipStatus, "a HipStatus")
    catalog = given_or_bundled(catalog)
    rules = catalog.rules.screening
    reasons: list[Reason] = []
    refer = False
    signs = {name: getattr(status, name) for name in _SIGNS}
    if status.fused:
        outcome = Candidacy.POOR
        refer = True
        reasons.append(_said(ReasonCode.POOR_CANDIDATE_SIGNS, rules.poor_candidate))
    elif all(value is True for value in signs.values()):
        outcome = Candidacy.GOOD
        reasons.append(_said(ReasonCode.GOOD_CANDIDATE_SIGNS, rules.good_candidate))
    else:
        outcome = Candidacy.UNCERTAIN
        absent = [_SIGNS[n] for n, v in signs.items() if v is False]
        unknown = [_SIGNS[n] for n, v in signs.items() if v is None]
        if absent:
            reasons.append(
                Reason(
                    code=ReasonCode.MIXED_SIGNS,
                    message="Not every sign of a good candidate is present; missing: "
                    + ", ".join(absent)
                    + ".",
                    citations=rules.good_candidate.citations,
                )
            )
        if unknown:
            reasons.append(
                Reason(
                    code=ReasonCode.UNKNOWN_SIGNS,
                    message="Not known: " + ", ".join(unknown) + ".",
                    citations=rules.good_candidate.citations,
                )
            )
    if status.failed_full_physiotherapy:
        refer = True
        if outcome is Candidacy.GOOD:
            outcome = Candidacy.UNCERTAIN
        reasons.append(_said(ReasonCode.FAILED_PHYSIOTHERAPY, rules.failed_physiotherapy))
    if refer:
        reasons.append(_said(ReasonCode.REFER_WHEN_APPROPRIATE, rules.refer_when_appropriate))
    return CandidacyDecision(outcome=outcome, refer_to_surgeon=refer, reasons=tuple(reasons))


@attrs.frozen(kw_only=True)
class Referral:
    """What the red flags call for.

    Attributes:
        urgent: True for an emergency, urgent or suspected-cancer referral.
        urgency: The most urgent level among the flags.
        reasons: One per flag, most urgent first, with the pathway's action.

    Example:
        >>> import hiptx
        >>> r = hiptx.check_red_flags({hiptx.RedFlag.SUSPECTED_INFECTION})
        >>> r.urgent, r.urgency
        (True, <Urgency.EMERGENCY: 'emergency'>)

    .. versionadded:: 0.1.0
    """

    urgent: bool = False
    urgency: Urgency
    reasons: tuple[Reason, ...]


_URGENT = (Urgency.EMERGENCY, Urgency.URGENT, Urgency.SUSPECTED_CANCER)


def check_red_flags(flags: AbstractSet[RedFlag], *, catalog: Catalog | None = None) -> Referral:
    """How urgently a set of red flags needs care (clinical-facts.md section 9).

    hiptx does not diagnose: an empty set only means none of the listed flags was
    reported. A flag for which the catalog records no pathway (a user's own
    catalog may lack some) is treated as urgent, never as harmless.

    Args:
        flags: The red flags present.
        catalog: Whose rules to apply; the bundled catalog if omitted.

    Raises:
        WrongTypeError: for a flag that is not a :class:`~hiptx.RedFlag`.

    Example:
        >>> import hiptx
        >>> r = hiptx.check_red_flags({hiptx.RedFlag.NIGHT_OR_REST_PAIN,
        ...                            hiptx.RedFlag.SUSPECTED_FRACTURE})
        >>> r.urgency.value, r.reasons[0].code.value
        ('emergency', 'red-flag')
        >>> hiptx.check_red_flags(set()).urgent
        False

    .. versionadded:: 0.1.0
    """
    if not isinstance(flags, (AbstractSet, list, tuple)):
        raise WrongTypeError("flags", flags, "a set of RedFlag")
    for flag in flags:
        _args.require("flags item", flag, RedFlag, "a RedFlag")
    catalog = given_or_bundled(catalog)
    if not flags:
        return Referral(
            urgent=False,
            urgency=Urgency.NONE,
            reasons=(
                Reason(
                    code=ReasonCode.NO_RED_FLAGS,
                    message="None of the listed red flags was reported. This is not a "
                    "diagnosis; clinical judgement still applies.",
                ),
            ),
        )
    by_flag = {rule.flag: rule for rule in catalog.rules.red_flags}
    found = []
    for flag in set(flags):
        rule = by_flag.get(flag)
        if rule is None:
            # A catalog without a pathway for a flag must not make it look
            # harmless: hiptx's own safety choice is to treat it as urgent.
            found.append(
                (
                    Urgency.URGENT,
                    flag,
                    Reason(
                        code=ReasonCode.RED_FLAG,
                        message=f"{flag.value.replace('_', ' ')}: this catalog records no "
                        "pathway for it, so hiptx treats it as urgent until a clinician "
                        "has assessed it.",
                    ),
                )
            )
            continue
        found.append(
            (
                rule.urgency,
                flag,
                Reason(
                    code=ReasonCode.RED_FLAG,
                    message=f"{flag.value.replace('_', ' ')}: {rule.action}",
                    citations=rule.citations,
                ),
            )
        )
    found.sort(key=lambda item: (item[0].rank, item[1].value))
    urgency = found[0][0]
    return Referral(
        urgent=urgency in _URGENT, urgency=urgency, reasons=tuple(r for _, _, r in found)
    )


@attrs.frozen(kw_only=True)
class ActivityCheck:
    """Whether a week's activity meets the WHO guideline quoted by seed 003.

    Attributes:
        met: Both parts met.
        aerobic_met: At least the recommended aerobic minutes.
        strength_met: At least the recommended strength sessions.
        reasons: What was met or missed, with the guideline's citation.

    Example:
        >>> import hiptx
        >>> hiptx.meets_activity_guideline(aerobic_minutes=150, strength_sessions=2).met
        True

    .. versionadded:: 0.1.0
    """

    met: bool = False
    aerobic_met: bool = False
    strength_met: bool = False
    reasons: tuple[Reason, ...]


def meets_activity_guideline(
    *, aerobic_minutes: float, strength_sessions: int, catalog: Catalog | None = None
) -> ActivityCheck:
    """Check a week's activity against 150 aerobic minutes and 2 strength sessions.

    Args:
        aerobic_minutes: Minutes of aerobic ("cardio") exercise in the week, >= 0.
        strength_sessions: Strength-training sessions in the week, >= 0.
        catalog: Whose thresholds to apply; the bundled catalog if omitted.

    Raises:
        OutOfRangeError: for negative minutes or sessions.
        WrongTypeError: for a non-number.

    Example:
        >>> import hiptx
        >>> check = hiptx.meets_activity_guideline(aerobic_minutes=90, strength_sessions=2)
        >>> check.met, check.aerobic_met, check.reasons[0].message
        (False, False, '90 of 150 aerobic minutes a week: 60 short.')

    .. versionadded:: 0.1.0
    """
    if isinstance(aerobic_minutes, bool) or not isinstance(aerobic_minutes, (int, float)):
        raise WrongTypeError("aerobic_minutes", aerobic_minutes, "a number of minutes >= 0")
    if not aerobic_minutes >= 0:  # also refuses NaN
        raise OutOfRangeError("aerobic_minutes", aerobic_minutes, "a number of minutes >= 0")
    _args.require("strength_sessions", strength_sessions, int, "a whole number of sessions >= 0")
    if strength_sessions < 0:
        raise OutOfRangeError("strength_sessions", strength_sessions, "a whole number >= 0")
    catalog = given_or_bundled(catalog)
    aerobic, strength = (
        catalog.rules.aerobic_minutes_per_week,
        catalog.rules.strength_sessions_per_week,
    )
    aerobic_met = aerobic_minutes >= aerobic.value
    strength_met = strength_sessions >= strength.value
    reasons = []
    for ok, label, done, target in (
        (aerobic_met, "aerobic minutes", aerobic_minutes, aerobic),
        (strength_met, "strength sessions", strength_sessions, strength),
    ):
        gap = "" if ok else f": {target.value - done:g} short"
        reasons.append(
            Reason(
                code=ReasonCode.GUIDELINE_MET if ok else ReasonCode.GUIDELINE_NOT_MET,
                message=f"{done:g} of {target.value:g} {label} a week{gap}.",
                citations=target.citations,
            )
        )
    reasons.sort(key=lambda r: r.code is ReasonCode.GUIDELINE_MET)  # misses first
    return ActivityCheck(
        met=aerobic_met and strength_met,
        aerobic_met=aerobic_met,
        strength_met=strength_met,
        reasons=tuple(reasons),
    )
