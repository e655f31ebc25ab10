"""meets_activity_guideline (rules/activity.py): the week's activity against the guideline."""

from __future__ import annotations

import pytest

import hiptx

# --- the activity guideline ---------------------------------------------------------


def test_a_full_week_of_minutes_and_an_hourly_session_are_the_largest_accepted() -> None:
    # 10,080 minutes is a whole week and 168 sessions one an hour: possible, so
    # accepted; one more of either is refused (see tests/test_args.py).
    check = hiptx.meets_activity_guideline(aerobic_minutes=10_080, strength_sessions=168)
    assert (check.met, check.aerobic_met, check.strength_met) == (True, True, True)


def test_activity_reasons_say_what_was_done_against_the_target() -> None:
    cat = hiptx.load_catalog()
    check = hiptx.meets_activity_guideline(aerobic_minutes=150, strength_sessions=1)
    # Misses first; a met target has no "short" clause.
    assert [r.message for r in check.reasons] == [
        "1 of 2 strength sessions a week: 1 short.",
        "150 of 150 aerobic minutes a week.",
    ]
    strength, aerobic = check.reasons
    assert strength.citations == cat.rules.strength_sessions_per_week.citations
    assert aerobic.citations == cat.rules.aerobic_minutes_per_week.citations
    # The kinds of the cited sources are filled in, as for every cited reason.
    for reason in check.reasons:
        kinds = {cat.sources[c.source_id].kind for c in reason.citations}
        assert set(reason.evidence_kinds) == kinds
        assert kinds


def test_a_refused_activity_argument_carries_the_value_given() -> None:
    with pytest.raises(hiptx.WrongTypeError) as wrong:
        hiptx.meets_activity_guideline(aerobic_minutes="90", strength_sessions=2)  # type: ignore[arg-type]
    assert wrong.value.value == "90"
    with pytest.raises(hiptx.OutOfRangeError) as out:
        hiptx.meets_activity_guideline(aerobic_minutes=-1, strength_sessions=2)
    assert out.value.value == -1
    with pytest.raises(hiptx.OutOfRangeError) as many:
        hiptx.meets_activity_guideline(aerobic_minutes=0, strength_sessions=169)
    assert many.value.value == 169
