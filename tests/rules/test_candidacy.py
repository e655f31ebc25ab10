"""screen_conservative_care (rules/candidacy.py): who is a candidate for conservative care."""

from __future__ import annotations

import pytest

import hiptx

# --- candidacy -------------------------------------------------------------------------


def test_mixed_signs_name_the_missing_and_the_unknown_signs() -> None:
    status = hiptx.HipStatus(
        range_of_motion_preserved=True, cartilage_present=False, bone_spurs_minimal=None
    )
    decision = hiptx.screen_conservative_care(status)
    assert decision.outcome is hiptx.Candidacy.UNCERTAIN
    messages = {r.code: r.message for r in decision.reasons}
    assert messages[hiptx.ReasonCode.MIXED_SIGNS] == (
        "Not every one of Caring Medical's good-candidate signs is present; "
        "missing: cartilage present."
    )
    assert messages[hiptx.ReasonCode.UNKNOWN_SIGNS] == "Not known: minimal bone spurring."
    two_unknown = hiptx.screen_conservative_care(hiptx.HipStatus(range_of_motion_preserved=True))
    unknown = [r for r in two_unknown.reasons if r.code is hiptx.ReasonCode.UNKNOWN_SIGNS]
    assert [r.message for r in unknown] == ["Not known: cartilage present, minimal bone spurring."]
    assert hiptx.ReasonCode.MIXED_SIGNS not in [r.code for r in two_unknown.reasons]


def test_a_fused_hip_with_range_of_motion_is_refused_naming_the_value() -> None:
    with pytest.raises(hiptx.InvalidValueError) as info:
        hiptx.HipStatus(fused=True, range_of_motion_preserved=True)
    assert (info.value.field, info.value.value) == ("range_of_motion_preserved", True)
