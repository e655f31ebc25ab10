"""The activity guideline: 150 aerobic minutes and 2 strength sessions a week.

The World Health Organization's figures, as the Physio Network practical (Kemp)
quotes them; both thresholds are catalog data (:class:`~hiptx.RuleSet`).
"""

from __future__ import annotations

import attrs

from hiptx import _args
from hiptx._catalog_arg import bundled_provenance, check_provenance, given_or_bundled
from hiptx.catalog import Catalog, Provenance
from hiptx.errors import OutOfRangeError, WrongTypeError
from hiptx.explain import Reason, ReasonCode

__all__ = ["ActivityCheck", "meets_activity_guideline"]


def __dir__() -> list[str]:
    return __all__


#: Bounds of a week's activity: what a week can hold (more is a data-entry error).
_MINUTES_IN_A_WEEK = 7 * 24 * 60
#: At most one strength session an hour.
_HOURS_IN_A_WEEK = 7 * 24


@attrs.frozen(kw_only=True)
class ActivityCheck:
    """Whether a week's activity meets the WHO guideline quoted by the Physio Network practical (Kemp).

    Attributes:
        met: Both parts met.
        aerobic_met: At least the recommended aerobic minutes.
        strength_met: At least the recommended strength sessions.
        reasons: What was met or missed, with the guideline's citation.
        provenance: Which catalog produced it (:class:`~hiptx.Provenance`).

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
    provenance: Provenance = attrs.field(
        factory=bundled_provenance, kw_only=True, validator=check_provenance
    )


def meets_activity_guideline(
    *, aerobic_minutes: float, strength_sessions: int, catalog: Catalog | None = None
) -> ActivityCheck:
    """Check a week's activity against 150 aerobic minutes and 2 strength sessions.

    Args:
        aerobic_minutes: Minutes of aerobic ("cardio") exercise in the week,
            0 to 10,080.
        strength_sessions: Strength-training sessions in the week, 0 to 168.
        catalog: Whose thresholds to apply; the bundled catalog if omitted.

    Raises:
        OutOfRangeError: for negative, non-finite or impossible minutes or sessions
            (more minutes than a week holds, more than one session an hour).
        WrongTypeError: for a non-number.

    Example:
        >>> import hiptx
        >>> check = hiptx.meets_activity_guideline(aerobic_minutes=90, strength_sessions=2)
        >>> check.met, check.aerobic_met, check.reasons[0].message
        (False, False, '90 of 150 aerobic minutes a week: 60 short.')

    .. versionadded:: 0.1.0
    """
    if isinstance(aerobic_minutes, bool) or not isinstance(aerobic_minutes, (int, float)):
        raise WrongTypeError("aerobic_minutes", aerobic_minutes, "a number of minutes")
    # Written so that NaN, which fails every comparison, is refused too; the upper
    # bound is the minutes in a week, so infinity and huge numbers are refused.
    if not 0 <= aerobic_minutes <= _MINUTES_IN_A_WEEK:
        raise OutOfRangeError(
            "aerobic_minutes",
            aerobic_minutes,
            f"a number of minutes from 0 to {_MINUTES_IN_A_WEEK}",
        )
    _args.require("strength_sessions", strength_sessions, int, "a whole number of sessions")
    if not 0 <= strength_sessions <= _HOURS_IN_A_WEEK:
        raise OutOfRangeError(
            "strength_sessions", strength_sessions, f"a whole number from 0 to {_HOURS_IN_A_WEEK}"
        )
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
            Reason.cited(
                ReasonCode.GUIDELINE_MET if ok else ReasonCode.GUIDELINE_NOT_MET,
                f"{done:g} of {target.value:g} {label} a week{gap}.",
                target.citations,
                catalog.sources,
            )
        )
    reasons.sort(key=lambda r: r.code is ReasonCode.GUIDELINE_MET)  # misses first
    return ActivityCheck(
        met=aerobic_met and strength_met,
        aerobic_met=aerobic_met,
        strength_met=strength_met,
        reasons=tuple(reasons),
        provenance=catalog.provenance,
    )
