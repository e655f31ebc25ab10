"""Screening, as 0.1.0 laid it out: candidacy, red flags and the activity guideline.

Kept so that code written against 0.1.0 keeps importing from here. Each concept now
has its own module: :mod:`hiptx.rules.candidacy`, :mod:`hiptx.rules.red_flags`
and :mod:`hiptx.rules.activity`.
"""

from __future__ import annotations

from hiptx.rules.activity import ActivityCheck, meets_activity_guideline
from hiptx.rules.candidacy import (
    Candidacy,
    CandidacyDecision,
    HipStatus,
    screen_conservative_care,
)
from hiptx.rules.red_flags import Referral, check_red_flags

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
