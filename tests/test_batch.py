"""Bulk decisions (batch.py): compact results equal to the full rule's, small pickles,
Dask, and errors="collect" giving each record its decision or its error."""

from __future__ import annotations

import datetime
import json
import pathlib
import pickle
from types import ModuleType

import pytest
from hypothesis import given, settings, strategies as st

import hiptx
from tests.support.examples import load_example


def load_scale_example() -> ModuleType:
    return load_example("scale_dask.py", "scale_dask")


sessions = st.lists(
    st.tuples(st.integers(0, 4), st.integers(0, 10), st.integers(0, 10), st.integers(0, 15)),
    max_size=4,
)

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


@given(
    sessions=sessions,
    exercise=st.sampled_from(["side-lying-hip-adduction", "standing-banded-hip-adduction"]),
)
def test_compact_decision_matches_the_full_rule(
    sessions: list[tuple[int, int, int, int]], exercise: str
) -> None:
    records = [
        hiptx.SessionRecord(sets=s, pain_during=d, pain_after_24h=a, reps=r)
        for s, d, a, r in sessions
    ]
    full = hiptx.check_progression(exercise, records)
    (got,) = hiptx.check_progression_batch([(exercise, sessions)])
    assert got.outcome == full.outcome.value
    assert got.next_exercise_id == full.next_exercise_id
    assert got.reason_codes == tuple(r.code.value for r in full.reasons)
    cited = [c.source_id for r in full.reasons for c in r.citations]
    assert got.source_ids == tuple(dict.fromkeys(cited))


def test_dict_tuple_and_record_sessions_agree() -> None:
    as_tuple = ("side-lying-hip-adduction", [(3, 2, 2, 10)])
    as_dict = {
        "exercise_id": "side-lying-hip-adduction",
        "sessions": [{"sets": 3, "pain_during": 2, "pain_after_24h": 2, "reps": 10}],
    }
    as_record = (
        "side-lying-hip-adduction",
        [hiptx.SessionRecord(sets=3, pain_during=2, pain_after_24h=2, reps=10)],
    )
    a, b, c = hiptx.check_progression_batch([as_tuple, as_dict, as_record])
    assert a == b == c
    assert a.outcome == "progress"


def test_red_flags_by_value_stop_with_a_referral() -> None:
    (d,) = hiptx.check_progression_batch([("side-lying-hip-adduction", [], ["suspected_fracture"])])
    assert d.outcome == "stop"
    assert d.next_exercise_id is None
    assert "red-flag" in d.reason_codes


def test_iso_dates_are_accepted_and_bad_ones_named() -> None:
    date = datetime.date(2026, 3, 1).isoformat()
    (d,) = hiptx.check_progression_batch(
        [
            {
                "exercise_id": "side-lying-hip-adduction",
                "sessions": [
                    {"sets": 3, "pain_during": 2, "pain_after_24h": 2, "reps": 10, "date": date}
                ],
            }
        ]
    )
    assert d.outcome == "progress"
    with pytest.raises(hiptx.InvalidValueError, match=r"/records/0/sessions/0/date"):
        hiptx.check_progression_batch(
            [
                (
                    "side-lying-hip-adduction",
                    [
                        {
                            "sets": 3,
                            "pain_during": 2,
                            "pain_after_24h": 2,
                            "reps": 10,
                            "date": "1 March",
                        }
                    ],
                )
            ]
        )


@pytest.mark.parametrize(
    ("record", "error", "where"),
    [
        (("side-lying-hip-adduction", [(3, 2, 2, 10)]), None, None),
        (
            ("side-lying-hip-adduction", [(3, True, 2, 10)]),
            hiptx.WrongTypeError,
            r"/records/0/sessions/0/pain_during",
        ),
        (
            ("side-lying-hip-adduction", [(3, 2, 2.0, 10)]),
            hiptx.WrongTypeError,
            r"/sessions/0/pain_after_24h",
        ),
        (
            ("side-lying-hip-adduction", [(3, 2, 2, 10, 5)]),
            hiptx.InvalidValueError,
            r"/sessions/0/reps",
        ),
        (("side-lying-hip-adduction", [(3, 2)]), hiptx.InvalidValueError, r"pain_after_24h"),
        (
            (
                "side-lying-hip-adduction",
                [(3, 2, 2, 10, None, 0.0, False, False, False, None, 1, None, 1)],
            ),
            hiptx.InvalidValueError,
            r"/sessions/0",
        ),
        (
            ("side-lying-hip-adduction", [{"sets": 3, "pain": 2}]),
            hiptx.InvalidValueError,
            r"/sessions/0/pain",
        ),
        (("side-lying-hip-adduction", "3,2,2,10"), hiptx.WrongTypeError, r"/records/0/sessions"),
        (("side-lying-hip-adduction", [], ["fever-ish"]), hiptx.InvalidValueError, r"red_flags"),
        ({"exercise": "x", "sessions": []}, hiptx.InvalidValueError, r"/records/0/exercise"),
        ((3, []), hiptx.WrongTypeError, r"exercise_id"),
        (("side-lying-hip-adduction", [3]), hiptx.WrongTypeError, r"^/records/0/sessions/0:"),
        (
            ("side-lying-hip-adduction", [], "suspected_fracture"),
            hiptx.WrongTypeError,
            r"^/records/0/red_flags: expected a list of red flag values",
        ),
        (
            {"exercise_id": "side-lying-hip-adduction", "red_flags": 1},
            hiptx.WrongTypeError,
            r"^/records/0/red_flags:",
        ),
        ("side-lying-hip-adduction", hiptx.WrongTypeError, r"/records/0"),
        (("no-such-exercise", []), hiptx.UnknownIdError, "no-such-exercise"),
    ],
)
def test_each_record_is_checked_as_strictly_as_session_record(
    record: object, error: type[Exception] | None, where: str | None
) -> None:
    if error is None:
        assert len(hiptx.check_progression_batch([record])) == 1
        return
    with pytest.raises(error, match=where):
        hiptx.check_progression_batch([record])


def test_records_must_be_an_iterable_of_records() -> None:
    with pytest.raises(hiptx.WrongTypeError, match="records"):
        hiptx.check_progression_batch("side-lying-hip-adduction")
    with pytest.raises(hiptx.WrongTypeError, match="catalog"):
        hiptx.check_progression_batch([], catalog="bundled")  # type: ignore[call-overload]


def test_what_travels_between_processes_pickles_small() -> None:
    logs = load_scale_example().make_logs(200)
    decisions = hiptx.check_progression_batch(logs)
    per_decision = len(pickle.dumps(decisions)) / len(decisions)
    per_log = len(pickle.dumps(logs)) / len(logs)
    assert per_decision < 300, per_decision
    assert per_log < 300, per_log
    first = logs[0]
    full = hiptx.check_progression(
        str(first["exercise_id"]),
        [
            hiptx.SessionRecord(sets=s, pain_during=d, pain_after_24h=a, reps=r)
            for s, d, a, r in first["sessions"]
        ],
    )
    assert len(pickle.dumps(decisions[0])) * 3 < len(pickle.dumps(full))


def test_the_dask_example_gives_the_serial_decisions_on_1_and_2_workers(
    tmp_path: pathlib.Path,
) -> None:
    example = load_scale_example()
    logs = example.make_logs(3000)
    example.write_logs(logs, tmp_path / "logs")
    serial = hiptx.check_progression_batch(logs)
    for workers in (1, 2):
        out = tmp_path / f"out-{workers}"
        seconds = example.decide(tmp_path / "logs", out, workers)
        assert seconds > 0
        assert example.read_decisions(out) == serial
    assert {d.outcome for d in serial} >= {"progress", "hold", "regress"}


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
