"""Candidacy: Caring Medical's screening of a hip for its own non-surgical treatments.

The candidacy signs are Caring Medical's (a prolotherapy clinic: an opinion), for
its own treatments, and the duty to refer is the Physio Network practical's (Kemp);
the reasons quote those statements from the catalog's rules so whose view each is
stays visible. No grade is given while a red flag is present
(:mod:`hiptx.rules.red_flags`).
"""

from __future__ import annotations

from collections.abc import Callable, Set as AbstractSet

import attrs

from hiptx import _args, _fields
from hiptx._catalog_arg import bundled_provenance, check_provenance, given_or_bundled
from hiptx._enum import ValueEnum
from hiptx.catalog import Catalog, Provenance
from hiptx.errors import InvalidValueError
from hiptx.explain import Reason, ReasonCode
from hiptx.model import ScreeningRules, Statement
from hiptx.rules.red_flags import Referral, gate
from hiptx.vocab import RedFlag

__all__ = ["Candidacy", "CandidacyDecision", "HipStatus", "screen_conservative_care"]


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


class Candidacy(ValueEnum):
    """What Caring Medical's screening says of a hip, for its own treatments.

    ``GOOD``, ``POOR`` and ``UNCERTAIN`` are that clinic's grades. ``REFER``: none
    of its good-candidate signs is present (but the hip is not fused), so the clinic's
    screening does not grade it and hiptx refers it for a clinician's review.
    ``URGENT_REFERRAL``: a red flag is present, so no screening grade is given.

    Example:
        >>> import hiptx
        >>> hiptx.Candidacy("uncertain")
        <Candidacy.UNCERTAIN: 'uncertain'>

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       Added ``REFER`` and ``URGENT_REFERRAL``.
    """

    GOOD = "good"
    POOR = "poor"
    UNCERTAIN = "uncertain"
    REFER = "refer"
    URGENT_REFERRAL = "urgent_referral"


@attrs.frozen(kw_only=True)
class CandidacyDecision:
    """The screening result, with reasons that say whose criteria were applied.

    Attributes:
        outcome: The clinic's grade, a referral for review, or an urgent referral.
        refer_to_surgeon: Whether the reasons call for a surgical discussion.
        referral: The red-flag referral, when a red flag was given (then no grade).
        reasons: Codes, sentences and citations; the first always says whose
            screening this is.
        provenance: Which catalog produced it (:class:`~hiptx.Provenance`).

    Example:
        >>> import hiptx
        >>> d = hiptx.screen_conservative_care(hiptx.HipStatus(fused=True))
        >>> d.outcome, d.refer_to_surgeon
        (<Candidacy.POOR: 'poor'>, True)

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       Added ``referral``.
    """

    outcome: Candidacy
    refer_to_surgeon: bool = False
    referral: Referral | None = None
    reasons: tuple[Reason, ...]
    provenance: Provenance = attrs.field(
        factory=bundled_provenance, kw_only=True, validator=check_provenance
    )


_SIGNS = {
    "range_of_motion_preserved": "range of motion preserved",
    "cartilage_present": "cartilage present",
    "bone_spurs_minimal": "minimal bone spurring",
}


def _grade(
    status: HipStatus,
    rules: ScreeningRules,
    said: Callable[[ReasonCode, Statement], Reason],
    reasons: list[Reason],
) -> tuple[Candidacy, bool]:
    """The clinic's grade of the hip and whether to refer; appends the reasons."""
    signs = {name: getattr(status, name) for name in _SIGNS}
    if status.fused:
        reasons.append(said(ReasonCode.POOR_CANDIDATE_SIGNS, rules.poor_candidate))
        return Candidacy.POOR, True
    if all(value is True for value in signs.values()):
        reasons.append(said(ReasonCode.GOOD_CANDIDATE_SIGNS, rules.good_candidate))
        return Candidacy.GOOD, False
    if all(value is False for value in signs.values()):
        reasons.append(
            Reason.hiptx_default(
                ReasonCode.NO_GOOD_CANDIDATE_SIGNS,
                "None of the clinic's good-candidate signs is present ("
                + ", ".join(_SIGNS.values())
                + " are all absent). The clinic's screening does not grade such a hip, "
                "so hiptx refers it for a clinician's review rather than calling it "
                "uncertain.",
            )
        )
        return Candidacy.REFER, True
    absent = [_SIGNS[n] for n, v in signs.items() if v is False]
    unknown = [_SIGNS[n] for n, v in signs.items() if v is None]
    if absent:
        reasons.append(
            attrs.evolve(
                said(ReasonCode.MIXED_SIGNS, rules.good_candidate),
                message="Not every one of Caring Medical's good-candidate signs is present; "
                "missing: " + ", ".join(absent) + ".",
            )
        )
    if unknown:
        reasons.append(
            Reason.from_input(ReasonCode.UNKNOWN_SIGNS, ("Not known: " + ", ".join(unknown) + "."))
        )
    return Candidacy.UNCERTAIN, False


def screen_conservative_care(
    status: HipStatus,
    *,
    red_flags: AbstractSet[RedFlag] = frozenset(),
    catalog: Catalog | None = None,
) -> CandidacyDecision:
    """Screen a hip by Caring Medical's criteria for its own non-surgical treatments.

    These are one clinic's criteria (a prolotherapy clinic: an opinion), not a
    general grade of conservative care, and the first reason says so.

    * Any red flag: ``URGENT_REFERRAL`` with the referral; no grade is given.
    * A fused hip with no range of motion: ``POOR``, discuss replacement.
    * Range of motion preserved, cartilage present and minimal bone spurring: ``GOOD``.
    * None of those three signs present (and not fused): ``REFER`` for a
      clinician's review; the clinic's screening does not grade such a hip.
    * A full course of physiotherapy without benefit: discuss surgery; the outcome
      is at best ``UNCERTAIN``.
    * Anything unknown or mixed: ``UNCERTAIN``, naming what is unknown.

    Args:
        status: What is known about the hip.
        red_flags: The red flags present, if any.
        catalog: Whose rules to apply; the bundled catalog if omitted.

    Example:
        >>> import hiptx
        >>> d = hiptx.screen_conservative_care(hiptx.HipStatus(
        ...     range_of_motion_preserved=True, cartilage_present=True, bone_spurs_minimal=True))
        >>> d.outcome, [r.code.value for r in d.reasons]
        (<Candidacy.GOOD: 'good'>, ['screening-scope', 'good-candidate-signs'])
        >>> hiptx.screen_conservative_care(hiptx.HipStatus(cartilage_present=True)).outcome
        <Candidacy.UNCERTAIN: 'uncertain'>
        >>> hiptx.screen_conservative_care(hiptx.HipStatus(cartilage_present=True),
        ...     red_flags={hiptx.RedFlag.SUSPECTED_INFECTION}).outcome
        <Candidacy.URGENT_REFERRAL: 'urgent_referral'>

    .. versionadded:: 0.1.0
    .. versionchanged:: 0.2.0
       Takes ``red_flags``; says whose screening it is; ``REFER`` when no good
       sign is present.
    """
    _args.require("status", status, HipStatus)
    catalog = given_or_bundled(catalog)
    stopped = gate(red_flags, catalog)
    if stopped is not None:
        referral, stop = stopped
        return CandidacyDecision(
            outcome=Candidacy.URGENT_REFERRAL,
            referral=referral,
            reasons=(*referral.reasons, stop),
            provenance=catalog.provenance,
        )
    rules = catalog.rules.screening

    def said(code: ReasonCode, statement: Statement) -> Reason:
        return Reason.cited(code, statement.text, statement.citations, catalog.sources)

    reasons: list[Reason] = [said(ReasonCode.SCREENING_SCOPE, rules.scope)]
    outcome, refer = _grade(status, rules, said, reasons)
    if status.failed_full_physiotherapy:
        refer = True
        if outcome is Candidacy.GOOD:
            outcome = Candidacy.UNCERTAIN
        reasons.append(said(ReasonCode.FAILED_PHYSIOTHERAPY, rules.failed_physiotherapy))
    if refer:
        reasons.append(said(ReasonCode.REFER_WHEN_APPROPRIATE, rules.refer_when_appropriate))
    return CandidacyDecision(
        outcome=outcome,
        refer_to_surgeon=refer,
        reasons=tuple(reasons),
        provenance=catalog.provenance,
    )
