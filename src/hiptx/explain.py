"""Explanations: every rule result says why, with codes, sentences and citations.

A :class:`Reason` has a machine-readable :class:`ReasonCode` for apps to switch on,
a plain sentence for people, and the citations that back it, so a clinician can
check the basis of an answer instead of trusting it.

Result objects (reasons, decisions, estimates, plans) are typed but carry no
runtime validators: hiptx builds them itself from inputs that were validated on the
way in (:class:`~hiptx.SessionRecord`, :class:`~hiptx.Assessment`, catalog data),
and re-checking every output would make each rule call several times slower.
"""

from __future__ import annotations

from enum import Enum

import attrs

from hiptx.model import Citation

__all__ = ["Reason", "ReasonCode"]


def __dir__() -> list[str]:
    return __all__


class ReasonCode(Enum):
    """Why a rule decided what it did. Values are stable; apps may switch on them.

    Example:
        >>> import hiptx
        >>> hiptx.ReasonCode("target-dose-met")
        <ReasonCode.TARGET_DOSE_MET: 'target-dose-met'>

    .. versionadded:: 0.1.0
    """

    # recovery
    MILESTONE_APPLIES = "milestone-applies"
    MILESTONE_FOR_JOB = "milestone-for-job"
    MILESTONE_FOR_PROTOCOL = "milestone-for-protocol"
    JOB_DEMAND_NEEDED = "job-demand-needed"
    OTHER_PROTOCOL_EXISTS = "other-protocol-exists"
    VAGUE_FIGURE = "vague-figure"
    NO_FIGURE = "no-figure"
    OPEN_ENDED = "open-ended"
    # pain monitoring and progression
    PAIN_WITHIN_CEILING = "pain-within-ceiling"
    PAIN_ABOVE_CEILING = "pain-above-ceiling"
    PAIN_LINGERED = "pain-lingered"
    SHARP_PAIN = "sharp-pain"
    HOT_OR_SWOLLEN_JOINT = "hot-or-swollen-joint"
    PAIN_RISING = "pain-rising"
    TARGET_DOSE_MET = "target-dose-met"
    TARGET_DOSE_NOT_MET = "target-dose-not-met"
    NO_SESSIONS = "no-sessions"
    NO_DOSE = "no-dose"
    NEXT_STEP = "next-step"
    PREVIOUS_STEP = "previous-step"
    TOP_OF_CHAIN = "top-of-chain"
    BOTTOM_OF_CHAIN = "bottom-of-chain"
    NOT_IN_CHAIN = "not-in-chain"
    # plans and coverage
    IMPAIRED_PATTERN = "impaired-pattern"
    START_AT_FIRST_LEVEL = "start-at-first-level"
    OTHER_CHAINS = "other-chains"
    NO_CHAIN_FOR_PATTERN = "no-chain-for-pattern"
    NOT_TRAINING = "not-training"
    NO_TARGETS_RECORDED = "no-targets-recorded"
    TARGETS_FROM_SOURCE = "targets-from-source"
    # screening
    GOOD_CANDIDATE_SIGNS = "good-candidate-signs"
    POOR_CANDIDATE_SIGNS = "poor-candidate-signs"
    MIXED_SIGNS = "mixed-signs"
    UNKNOWN_SIGNS = "unknown-signs"
    FAILED_PHYSIOTHERAPY = "failed-physiotherapy"
    REFER_WHEN_APPROPRIATE = "refer-when-appropriate"
    RED_FLAG = "red-flag"
    NO_RED_FLAGS = "no-red-flags"
    GUIDELINE_MET = "guideline-met"
    GUIDELINE_NOT_MET = "guideline-not-met"


@attrs.frozen(kw_only=True)
class Reason:
    """One reason behind a rule's result.

    Args:
        code: What kind of reason it is, for programs.
        message: A plain sentence, for people.
        citations: The sources that back it (empty for hiptx's own bookkeeping,
            such as "no sessions were given").

    Example:
        >>> import hiptx
        >>> r = hiptx.Reason(code=hiptx.ReasonCode.NO_SESSIONS, message="No sessions were logged.")
        >>> str(r)
        'no-sessions: No sessions were logged.'

    .. versionadded:: 0.1.0
    """

    code: ReasonCode
    message: str
    citations: tuple[Citation, ...] = ()

    def __str__(self) -> str:
        return f"{self.code.value}: {self.message}"
