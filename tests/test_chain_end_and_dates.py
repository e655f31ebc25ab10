"""Which end of its chain a decision is at, and dated milestones that carry their milestone.

The adductor chain, easiest first: side-lying-hip-adduction, -loaded,
standing-banded-hip-adduction, copenhagen-plank.
"""

from __future__ import annotations

import datetime

import attrs
import pytest

import hiptx

GOOD = hiptx.SessionRecord(sets=3, reps=10, pain_during=1, pain_after_24h=1)
SHARP = hiptx.SessionRecord(sets=3, reps=10, pain_during=1, pain_after_24h=1, sharp_pain=True)
END = hiptx.ChainEnd


@pytest.mark.parametrize(
    ("exercise", "sessions", "outcome", "end"),
    [
        ("side-lying-hip-adduction", [SHARP], hiptx.Outcome.STOP, END.BOTTOM),
        ("side-lying-hip-adduction", [], hiptx.Outcome.HOLD, END.BOTTOM),
        ("side-lying-hip-adduction-loaded", [GOOD], hiptx.Outcome.PROGRESS, None),
        ("standing-banded-hip-adduction", [SHARP], hiptx.Outcome.REGRESS, None),
    ],
)
def test_chain_end_names_the_end_only_at_an_end(
    exercise: str, sessions: list[hiptx.SessionRecord], outcome: hiptx.Outcome, end: object
) -> None:
    decision = hiptx.check_progression(exercise, sessions)
    assert (decision.outcome, decision.chain_end) == (outcome, end)


def test_at_the_top_a_progress_keeps_the_exercise_and_says_top() -> None:
    # Its first form is isometric, 3 sets of 20-30 s holds: 3 x 30 s meets it.
    held = attrs.evolve(GOOD, reps=None, hold_seconds=30)
    decision = hiptx.check_progression("copenhagen-plank", [held])
    assert decision.outcome is hiptx.Outcome.PROGRESS
    assert decision.next_exercise_id == "copenhagen-plank"
    assert decision.chain_end is END.TOP
    assert str(decision.chain_end) == "top"


def test_a_red_flag_stop_is_at_no_end() -> None:
    decision = hiptx.check_progression(
        "side-lying-hip-adduction", [], red_flags={hiptx.RedFlag.SUSPECTED_FRACTURE}
    )
    assert decision.outcome is hiptx.Outcome.STOP
    assert decision.chain_end is None


def test_every_dated_milestone_carries_the_estimate_it_was_computed_from() -> None:
    estimate = hiptx.estimate_recovery("hip-arthroscopy", job=hiptx.JobDemand.MANUAL)
    start = datetime.date(2026, 1, 31)
    dated = estimate.dates(start)
    assert [d.milestone for d in dated] == list(estimate.milestones)
    for window in dated:
        assert window.milestone is not None
        assert window.kind is window.milestone.kind
        if window.milestone.span is None:
            assert (window.earliest, window.wording) == (None, window.milestone.wording)
        else:
            # a range has its first date; a mean or typical value one date around
            # which; an upper bound only its last date (issue 22)
            first = window.earliest or window.around or window.latest
            assert first is not None
            assert first >= start
            assert window.figure is window.milestone.span.kind
    # Built by hand, the old way, it still works.
    assert hiptx.DatedMilestone(kind=hiptx.MilestoneKind.OFF_CRUTCHES).milestone is None
