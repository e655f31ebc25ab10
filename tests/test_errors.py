"""Errors (errors.py): one shape (path, expected, value, problems, to_dict()), equal
after pickling and across a process boundary, and always printable."""

from __future__ import annotations

import concurrent.futures
import copy
import datetime
import enum
import json
import math
import multiprocessing
import pickle
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings, strategies as st

import hiptx
from hiptx._error_text import segments as _segments
from hiptx.errors import DataProblem, json_pointer, short_repr, value_text

PROBLEM = DataProblem("risks.json", "/risks/0/id", "required field missing", None, "a risk id")


def every_error() -> list[hiptx.HiptxError]:
    return [
        hiptx.HiptxError("plain message"),
        hiptx.InvalidValueError("outcome", "maybe", "progress, hold, regress"),
        hiptx.OutOfRangeError("pain", 11, "an integer from 0 to 10"),
        hiptx.WrongTypeError("start", "2026-01-01", "a datetime.date"),
        hiptx.UnknownIdError("treatment", "hip-arthroscpy", ["hip-arthroscopy"]),
        hiptx.CatalogDataError([PROBLEM, "rules.json: not valid JSON (x)"]),
    ]


def fields(error: BaseException) -> dict[str, Any]:
    return {k: v for k, v in vars(error).items() if not k.startswith("__")}


def _raise(index: int) -> None:
    raise every_error()[index]


class BadRepr:
    def __repr__(self) -> str:
        raise RuntimeError("no repr")


SESSION = {"sets": 3, "reps": 10, "pain_during": 2, "pain_after_24h": 2}


def _raised(call: Callable[[], object]) -> hiptx.HiptxError:
    with pytest.raises(hiptx.HiptxError) as info:
        call()
    return info.value


# (name, call, the path the error must name, the text "expected" must contain)
SOURCES: list[tuple[str, Callable[[], object], str, str]] = [
    (
        "from_dict-type",
        lambda: hiptx.from_dict(hiptx.SessionRecord, {**SESSION, "sets": "3"}),
        "/sets",
        "an integer",
    ),
    (
        "from_dict-not-an-object",
        lambda: hiptx.from_dict(hiptx.SessionRecord, "x"),
        "",
        "an object",
    ),
    (
        "rule-session",
        lambda: hiptx.check_progression(
            "copenhagen-plank",
            [hiptx.SessionRecord(sets=3, reps=10, pain_during=1, pain_after_24h=1)],
        ),
        "/sessions/0/reps",
        "hold_seconds",
    ),
    (
        "assessment-score-key",
        lambda: hiptx.Assessment(
            findings={hiptx.MovementPattern.ADDUCTION: hiptx.Finding.PAINFUL},
            pain_scores={hiptx.MovementPattern.ADDUCTION: 11},
        ),
        "/pain_scores/adduction",
        "0 to 10",
    ),
    (
        "batch",
        lambda: hiptx.check_progression_batch([("side-lying-hip-adduction", [(3, 11, 2, 10)])]),
        "/records/0/sessions/0/pain_during",
        "0 to 10",
    ),
    (
        "unknown-id",
        lambda: hiptx.load_catalog().treatments["hip-arthroscpy"],
        "",
        "hip-arthroscopy",
    ),
    (
        "enum-parse",
        lambda: hiptx.RedFlag.parse("night-pain"),
        "",
        "night_or_rest_pain",
    ),
    (
        "catalog-data",
        lambda: hiptx.from_dict(hiptx.Catalog, {}),
        "",
        "",
    ),
]


class _Colour(enum.Enum):
    RED = "red"


class CustomError(hiptx.HiptxError, ValueError):
    """An error written the way raise sites on other branches write theirs."""

    def __init__(self, value: object) -> None:
        self.field = "schedule[1]"
        self.value = value
        self.expected = "a week"
        super().__init__(f"schedule[1]: {value}")


@pytest.mark.parametrize("error", every_error(), ids=lambda e: type(e).__name__)
def test_every_error_pickles_to_an_equal_error(error: hiptx.HiptxError) -> None:
    clone = pickle.loads(pickle.dumps(error))  # noqa: S301 - our own bytes
    assert type(clone) is type(error)
    assert str(clone) == str(error)
    assert fields(clone) == fields(error)
    assert clone == error
    assert hash(clone) == hash(error)
    assert copy.deepcopy(error) == error


def test_a_pickled_catalog_error_keeps_its_lines_and_details() -> None:
    error = hiptx.CatalogDataError([PROBLEM])
    clone = pickle.loads(pickle.dumps(error))  # noqa: S301 - our own bytes
    assert clone.problems == ("risks.json: /risks/0/id: required field missing",)
    assert clone.details == (PROBLEM,)
    assert clone.details[0].expected == "a risk id"


def test_notes_survive_pickling() -> None:
    error = hiptx.OutOfRangeError("pain", 11, "0 to 10")
    vars(error)["__notes__"] = ["while reading session 3"]  # add_note() is 3.11+
    clone = pickle.loads(pickle.dumps(error))  # noqa: S301 - our own bytes
    assert vars(clone)["__notes__"] == ["while reading session 3"]


def test_an_unpicklable_value_is_replaced_by_its_repr() -> None:
    error = hiptx.WrongTypeError("callback", lambda: None, "a number")
    clone = pickle.loads(pickle.dumps(error))  # noqa: S301 - our own bytes
    assert isinstance(clone.value, str)
    assert clone.value.startswith("<function")
    assert str(clone).startswith("callback: expected a number, got function")


def test_errors_of_different_types_or_fields_differ() -> None:
    assert hiptx.OutOfRangeError("a", 1, "x") != hiptx.InvalidValueError("a", 1, "x")
    assert hiptx.InvalidValueError("a", 1, "x") != hiptx.InvalidValueError("a", 2, "x")


@pytest.mark.parametrize("method", ["spawn", "fork"])
@pytest.mark.parametrize("index", range(len(every_error())))
def test_an_error_raised_in_a_worker_arrives_equal(method: str, index: int) -> None:
    if method not in multiprocessing.get_all_start_methods():  # pragma: no cover - Windows
        method = "spawn"
    context = multiprocessing.get_context(method)
    with concurrent.futures.ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        future = pool.submit(_raise, index)
        # A timeout, so that a regression (an error that cannot be unpickled used to
        # hang multiprocessing.Pool forever) fails instead of hanging the suite.
        error = future.exception(timeout=60)
    expected = every_error()[index]
    assert type(error) is type(expected)
    assert error == expected
    assert str(error) == str(expected)


def test_a_multiprocessing_pool_gets_the_error_back() -> None:
    with multiprocessing.get_context("spawn").Pool(1) as pool:
        result = pool.apply_async(_raise, (2,))
        with pytest.raises(hiptx.OutOfRangeError) as info:
            result.get(timeout=60)
    assert info.value == every_error()[2]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (10**5000, "<int of 5001 digits>"),
        (-(10**5000), "<int of 5001 digits>"),
        (BadRepr(), "<BadRepr object (repr failed)>"),
        ("x" * 1000, "'" + "x" * 75 + "...'"),
        (12, "12"),
    ],
    ids=["huge-int", "huge-negative-int", "bad-repr", "long-text", "small-int"],
)
def test_short_repr_never_fails(value: object, expected: str) -> None:
    assert short_repr(value) == expected


def test_a_deeply_nested_value_is_shown_safely() -> None:
    nested: list[Any] = []
    for _ in range(100_000):
        nested = [nested]
    text = short_repr(nested)
    assert text == "<list object (repr failed)>"


@pytest.mark.parametrize(
    "value", [10**5000, BadRepr(), "y" * 10_000], ids=["huge-int", "bad-repr", "long-text"]
)
@pytest.mark.parametrize(
    "error_type", [hiptx.InvalidValueError, hiptx.OutOfRangeError, hiptx.WrongTypeError]
)
def test_messages_format_whatever_the_value(error_type: type[Any], value: object) -> None:
    message = str(error_type("field", value, "something else"))
    assert message.startswith("field: ")
    assert len(message) < 200


class TestDataProblem:
    def test_renders_as_its_line(self) -> None:
        assert str(PROBLEM) == "risks.json: /risks/0/id: required field missing"

    def test_reads_lines_back(self) -> None:
        back = DataProblem.from_line("treatments.json: /treatments/2/name: bad")
        assert (back.file, back.path, back.message) == (
            "treatments.json",
            "/treatments/2/name",
            "bad",
        )
        whole = DataProblem.from_line("rules.json: not valid JSON (x)")
        assert (whole.file, whole.path, whole.message) == ("rules.json", "", "not valid JSON (x)")
        free = DataProblem.from_line("something odd")
        assert str(free) == "something odd"

    def test_is_immutable_hashable_and_picklable(self) -> None:
        with pytest.raises(AttributeError):
            PROBLEM.file = "x"
        assert {PROBLEM: 1}[copy.deepcopy(PROBLEM)] == 1
        assert pickle.loads(pickle.dumps(PROBLEM)) == PROBLEM  # noqa: S301 - our own bytes

    def test_checks_its_fields(self) -> None:
        with pytest.raises(hiptx.WrongTypeError, match="file: expected a string"):
            DataProblem(3, "$", "m")  # type: ignore[arg-type]
        with pytest.raises(hiptx.WrongTypeError, match="value: expected a string or None"):
            DataProblem("a.json", "$", "m", value=3)  # type: ignore[arg-type]

    def test_catalog_error_refuses_a_single_string(self) -> None:
        with pytest.raises(hiptx.WrongTypeError, match="problems"):
            hiptx.CatalogDataError("one problem")


@pytest.mark.parametrize("exponent", [*range(256, 300), 1000, 1001])
def test_a_long_int_is_shown_with_its_exact_digit_count(exponent: int) -> None:
    # Around each power of two and ten the estimate from bit_length can be one too
    # high; the count shown must be the true one either way.
    for value in (2**exponent, 2**exponent - 1, 10 ** (exponent // 3), 10 ** (exponent // 3) - 1):
        if value.bit_length() <= 256:  # small enough to be shown in full
            continue
        assert short_repr(value) == f"<int of {len(str(value))} digits>"
        assert short_repr(-value) == f"<int of {len(str(value))} digits>"


class TestDataProblemProtocol:
    def test_from_line_refuses_a_non_string(self) -> None:
        with pytest.raises(hiptx.WrongTypeError) as info:
            DataProblem.from_line(42)  # type: ignore[arg-type]
        assert info.value.field == "problem"
        assert info.value.value == 42

    def test_cannot_be_deleted_from(self) -> None:
        with pytest.raises(AttributeError, match="cannot delete 'file'"):
            del PROBLEM.file
        assert PROBLEM.file == "risks.json"

    def test_is_not_equal_to_its_own_line(self) -> None:
        # A DataProblem and the string it renders as are different things.
        assert str(PROBLEM) != PROBLEM
        assert PROBLEM.__eq__(str(PROBLEM)) is NotImplemented

    def test_repr_rebuilds_an_equal_problem(self) -> None:
        text = repr(PROBLEM)
        assert text.startswith("DataProblem(file='risks.json', path='/risks/0/id'")
        assert eval(text, {"DataProblem": DataProblem}) == PROBLEM  # noqa: S307 - our own repr


@pytest.mark.parametrize(
    ("call", "path", "expected"), [s[1:] for s in SOURCES], ids=[s[0] for s in SOURCES]
)
def test_every_error_has_one_shape(call: Callable[[], object], path: str, expected: str) -> None:
    error = _raised(call)
    assert error.path == path
    assert expected in (error.expected or "") + " ".join(p.expected or "" for p in error.details)
    assert error.problems == tuple(str(p) for p in error.details)
    assert error.problems, "an error lists at least one problem"
    body = error.to_dict()
    # A 422 body: JSON as it is, every leaf a string or None, nothing Python-shaped.
    text = json.dumps(body)
    assert json.loads(text) == body
    assert body["error"] == type(error).__name__
    assert body["path"] == path
    assert len(body["problems"]) == len(error.details)
    for problem in body["problems"]:
        assert set(problem) <= {"path", "message", "expected", "value", "file"}
        assert all(v is None or isinstance(v, str) for v in problem.values())
    for python_only in ("datetime.", "<function", "MovementPattern.", "Finding."):
        assert python_only not in text


def test_from_dict_reports_what_a_non_object_should_have_been() -> None:
    error = _raised(lambda: hiptx.from_dict(hiptx.SessionRecord, "x"))
    assert "unknown error" not in str(error)
    assert error.details[0].message == "expected an object, got string 'x'"
    assert error.expected == "an object"


def test_a_request_error_is_not_a_catalog_error() -> None:
    error = _raised(lambda: hiptx.from_dict(hiptx.SessionRecord, {}))
    assert isinstance(error, hiptx.RequestError)
    assert isinstance(error, ValueError)
    assert not isinstance(error, hiptx.CatalogDataError)


def test_several_problems_are_all_listed_and_the_path_is_the_whole_input() -> None:
    error = _raised(lambda: hiptx.from_dict(hiptx.SessionRecord, {"sets": "3", "pain_during": "2"}))
    assert error.path == ""
    paths = [p.path for p in error.details]
    assert paths == ["/sets", "/pain_during", "/pain_after_24h"]


def test_a_wrong_type_does_not_hide_an_out_of_range_value_beside_it() -> None:
    data = {"sets": "3", "pain_during": 11, "pain_after_24h": 2, "reps": 10}
    error = _raised(lambda: hiptx.from_dict(hiptx.SessionRecord, data))
    assert [(p.path, p.value) for p in error.details] == [("/sets", "'3'"), ("/pain_during", "11")]
    assert "(2 problems)" in str(error)


def test_a_check_across_fields_is_left_to_the_object() -> None:
    # Both reps and hold_seconds: the object's own check says so once the types
    # are right; beside a wrong type, only the wrong type is reported.
    data = {"sets": "3", "pain_during": 1, "pain_after_24h": 2, "reps": 10, "hold_seconds": 5}
    error = _raised(lambda: hiptx.from_dict(hiptx.SessionRecord, data))
    assert [p.path for p in error.details] == ["/sets"]


@pytest.mark.parametrize(
    ("field", "pointer"),
    [
        ("outcome", "/outcome"),
        ("records[3].sessions[0].pain_during", "/records/3/sessions/0/pain_during"),
        ("$.risks[0].id", "/risks/0/id"),
        ("$", ""),
        ("", ""),
        ("log['standing-hip-abduction'][0].date", "/log/standing-hip-abduction/0/date"),
        ('log["a/b~c"][1]', "/log/a~1b~0c/1"),
        ("/already/a/pointer", "/already/a/pointer"),
        ("pain_scores key", "/pain_scores key"),  # not a path: one segment as it stands
    ],
)
def test_every_legacy_path_style_renders_as_one_pointer(field: str, pointer: str) -> None:
    assert json_pointer(field) == pointer
    assert hiptx.InvalidValueError(field, 1, "x").path == pointer


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(min_size=1, max_size=8), max_size=5))
def test_a_pointer_reads_back_into_its_segments(segments: list[str]) -> None:
    pointer = "".join("/" + s.replace("~", "~0").replace("/", "~1") for s in segments)
    assert _segments(pointer) == tuple(segments)
    assert json_pointer(pointer) == pointer


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (datetime.date(2025, 3, 30), "2025-03-30"),
        (_Colour.RED, "'red'"),
        (float("nan"), "NaN"),
        ([1, "a", None], '[1, "a", null]'),
        ((hiptx.Outcome.HOLD, datetime.date(2025, 1, 1)), '["hold", "2025-01-01"]'),
        (lambda: None, "<function>"),
        ({"a": object()}, "<dict of 1 items>"),
        ("x", "'x'"),
        (3, "3"),
    ],
)
def test_a_value_is_shown_as_text_never_as_a_python_repr(value: object, text: str) -> None:
    assert value_text(value) == text


def test_a_date_in_a_message_is_an_iso_date() -> None:
    error = hiptx.InvalidValueError("date", datetime.date(2025, 3, 30), "a past date")
    assert str(error) == "date: 2025-03-30 is not allowed; expected a past date"


@pytest.mark.parametrize(
    "error",
    [
        hiptx.OutOfRangeError("sessions[0].pain_lasted_hours", math.nan, "a finite number"),
        hiptx.WrongTypeError("callback", lambda: None, "a number"),
        hiptx.InvalidValueError("log['x'][0]", [object()], "a session"),
        hiptx.UnknownNameError("RedFlag", "night-pain", "one of ...", ["night_or_rest_pain"]),
        hiptx.InvalidDataError(["/a: b"], "SessionRecord"),
    ],
    ids=["nan", "unpicklable", "unpicklable-in-list", "unknown-name", "invalid-data"],
)
def test_every_error_pickles_equal_even_with_nan_or_unpicklable_values(
    error: hiptx.HiptxError,
) -> None:
    clone = pickle.loads(pickle.dumps(error))  # noqa: S301 - our own bytes
    assert clone == error
    assert str(clone) == str(error)
    assert clone.to_dict() == error.to_dict()
    assert hash(clone) == hash(error)


def test_within_names_the_record_in_message_path_and_problems() -> None:
    inner = _raised(lambda: hiptx.from_dict(hiptx.SessionRecord, {**SESSION, "sets": "3"}))
    outer = inner.within("/records/7")
    assert outer.path == "/records/7/sets"
    assert [p.path for p in outer.details] == ["/records/7/sets"]
    assert "  /records/7/sets: expected an integer" in str(outer)
    assert inner.path == "/sets", "the original is left as it was"
    leaf = hiptx.WrongTypeError("sets", "3", "an integer").within("records[2]")
    assert str(leaf) == "/records/2/sets: expected an integer, got str '3'"
    assert leaf.field == "/records/2/sets"


def test_a_subclass_may_set_value_and_expected_as_it_always_did() -> None:
    error = CustomError(3)
    assert (error.path, error.value, error.expected) == ("/schedule/1", 3, "a week")
    assert error.to_dict()["value"] == "3"
    assert pickle.loads(pickle.dumps(error)) == error  # noqa: S301 - our own bytes
    # Its message does not start with the path as hiptx shows it: kept as written.
    moved = error.within("/programme")
    assert (moved.path, str(moved)) == ("/programme/schedule/1", "schedule[1]: 3")


def test_a_long_value_is_shortened_in_a_message() -> None:
    from hiptx.errors import short_repr

    assert short_repr(list(range(100))).endswith(", 21...")
    assert len(short_repr(list(range(100)))) == 80


@settings(max_examples=80, deadline=None)
@given(st.text(max_size=30))
def test_parse_returns_a_member_or_says_what_is_allowed(text: str) -> None:
    try:
        member: object = hiptx.RedFlag.parse(text)
    except hiptx.UnknownNameError as error:
        member = error
    if isinstance(member, hiptx.UnknownNameError):
        assert member.value == text
        assert "suspected_fracture" in member.expected
        assert member.path == ""
        json.dumps(member.to_dict())
    else:
        assert isinstance(member, hiptx.RedFlag)


def test_parse_suggests_the_closest_member() -> None:
    error = _raised(lambda: hiptx.RedFlag.parse("night-pain"))
    assert isinstance(error, hiptx.UnknownNameError)
    assert isinstance(error, ValueError)
    assert error.suggestions[0] == "night_or_rest_pain"
    assert "did you mean 'night_or_rest_pain'" in str(error)


def test_parse_refuses_what_is_not_text() -> None:
    with pytest.raises(hiptx.WrongTypeError, match="RedFlag"):
        hiptx.RedFlag.parse(3)  # type: ignore[arg-type]


def test_parse_with_nothing_close_suggests_nothing() -> None:
    error = _raised(lambda: hiptx.Outcome.parse("zzzzzzzz"))
    assert isinstance(error, hiptx.UnknownNameError)
    assert error.suggestions == ()
    assert "did you mean" not in str(error)
