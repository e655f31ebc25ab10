"""Errors: equal after pickling, across a process boundary, and always printable."""

from __future__ import annotations

import concurrent.futures
import copy
import multiprocessing
import pickle
from typing import Any

import pytest

import hiptx
from hiptx.errors import DataProblem, short_repr

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


def _raise(index: int) -> None:
    raise every_error()[index]


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


class BadRepr:
    def __repr__(self) -> str:
        raise RuntimeError("no repr")


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
