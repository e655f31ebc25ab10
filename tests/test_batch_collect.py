"""Batches that go on: errors="collect" gives each record its decision or its error."""

from __future__ import annotations

import json
import pickle

import pytest
from hypothesis import given, settings, strategies as st

import hiptx

GOOD = ("side-lying-hip-adduction", [(3, 2, 2, 10)])

# (the bad record, the path its error must name, why it is bad)
BAD: list[tuple[object, str, str]] = [
    (("side-lying-hip-adduction", [(3, 11, 2, 10)]), "/sessions/0/pain_during", "pain 11 of 10"),
    (("no-such-exercise", [(3, 2, 2, 10)]), "/exercise_id", "no exercise of that id"),
    (
        (
            "copenhagen-plank",
            [{"sets": 3, "reps": 10, "pain_during": 1, "pain_after_24h": 1}],
        ),
        "/sessions/0/reps",
        "a rule's own check: the plank is dosed in timed holds (seed 003's isometrics)",
    ),
    ({"exercise_id": "side-lying-hip-adduction", "colour": "red"}, "/colour", "an unknown key"),
    ("side-lying-hip-adduction", "", "not a record at all"),
    (("side-lying-hip-adduction", [], ["fever-ish"]), "/red_flags", "an unknown red flag"),
]


@pytest.mark.parametrize(("record", "inner", "why"), BAD, ids=[b[2] for b in BAD])
def test_a_bad_record_is_named_from_the_batch_root(record: object, inner: str, why: str) -> None:
    records = [GOOD, GOOD, GOOD, record, GOOD]
    results = hiptx.check_progression_batch(records, errors="collect")
    assert len(results) == len(records), why
    error = results[3]
    assert isinstance(error, hiptx.HiptxError), why
    assert error.path == "/records/3" + inner, why
    assert str(error).count("/records/3") >= 1
    json.dumps(error.to_dict())
    assert all(isinstance(r, hiptx.CompactDecision) for i, r in enumerate(results) if i != 3)
    # The default still stops at the first bad record, with the same error.
    with pytest.raises(hiptx.HiptxError) as info:
        hiptx.check_progression_batch(records)
    assert info.value == error


def test_a_large_batch_with_three_bad_records_finishes_with_three_errors() -> None:
    bad_at = {17: BAD[0][0], 512: BAD[1][0], 999: BAD[2][0]}
    records = [bad_at.get(i, GOOD) for i in range(1000)]
    results = hiptx.check_progression_batch(records, errors="collect")
    errors = {i: r for i, r in enumerate(results) if isinstance(r, hiptx.HiptxError)}
    assert sorted(errors) == sorted(bad_at)
    assert errors[17].path == "/records/17/sessions/0/pain_during"
    assert errors[512].path == "/records/512/exercise_id"
    assert errors[999].path == "/records/999/sessions/0/reps"
    decisions = [r for r in results if isinstance(r, hiptx.CompactDecision)]
    assert len(decisions) == 997
    assert {d.outcome for d in decisions} == {"progress"}


def test_collected_errors_pickle_equal_for_a_worker_to_send_back() -> None:
    (error,) = hiptx.check_progression_batch([BAD[0][0]], errors="collect")
    assert pickle.loads(pickle.dumps(error)) == error  # noqa: S301 - our own bytes


def test_a_red_flag_record_is_a_stop_not_an_error() -> None:
    record = ("side-lying-hip-adduction", [(3, 2, 2, 10)], ["suspected_fracture"])
    (decision,) = hiptx.check_progression_batch([record], errors="collect")
    assert isinstance(decision, hiptx.CompactDecision)
    assert decision.outcome == "stop"


def test_the_errors_mode_must_be_one_of_two() -> None:
    with pytest.raises(hiptx.InvalidValueError, match="'raise' or 'collect'"):
        hiptx.check_progression_batch([GOOD], errors="skip")  # type: ignore[call-overload]


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from([GOOD, *(b[0] for b in BAD)]), max_size=12))
def test_collect_gives_one_result_per_record_in_order(records: list[object]) -> None:
    results = hiptx.check_progression_batch(records, errors="collect")
    assert len(results) == len(records)
    for i, (record, result) in enumerate(zip(records, results, strict=True)):
        if record is GOOD:
            assert isinstance(result, hiptx.CompactDecision)
        else:
            assert isinstance(result, hiptx.HiptxError)
            assert result.path.startswith(f"/records/{i}")
