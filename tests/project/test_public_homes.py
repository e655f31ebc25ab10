"""Names written in private modules still live where apps import them from.

``hiptx.errors`` and ``hiptx.vocab`` are split into private modules; each class and
function keeps the public module as its home, which is what pickles, tracebacks
and the documentation name.
"""

from __future__ import annotations

import pickle
import traceback
from types import ModuleType

import pytest

import hiptx
from hiptx import errors, vocab


@pytest.mark.parametrize("module", [errors, vocab], ids=lambda m: m.__name__)
def test_every_public_name_calls_its_public_module_home(module: ModuleType) -> None:
    """Each class and function in ``__all__`` has the public module as ``__module__``."""
    homes = {name: getattr(module, name).__module__ for name in module.__all__}
    assert homes == dict.fromkeys(module.__all__, module.__name__)


@pytest.mark.parametrize(
    "value",
    [
        hiptx.OutOfRangeError("pain_during", 11, "0 to 10"),
        hiptx.CatalogDataError(["risks.json: /risks/0/id: required field missing"]),
        hiptx.DataProblem("risks.json", "/risks/0/id", "required field missing"),
        hiptx.WrongTypeError("low", "6", "an integer"),
    ],
    ids=lambda v: type(v).__name__,
)
def test_a_pickled_error_names_only_hiptx_errors(value: object) -> None:
    """A pickle made now loads in a hiptx that has no private error modules."""
    data = pickle.dumps(value)
    assert b"hiptx.errors" in data
    assert b"_error_" not in data
    assert pickle.loads(data) == value  # noqa: S301 - our own bytes


@pytest.mark.parametrize("member", [hiptx.RedFlag.TRAUMA, hiptx.Side.LEFT, hiptx.Muscle.CALF])
def test_a_pickled_vocabulary_member_names_hiptx_vocab(member: hiptx.Muscle) -> None:
    """Enum members pickle by their class's public home."""
    data = pickle.dumps(member)
    assert b"hiptx.vocab" in data
    assert b"_vocab_" not in data
    assert pickle.loads(data) is member  # noqa: S301 - our own bytes


def test_a_traceback_names_the_public_error_class() -> None:
    """What a user reads in a traceback is the class they can import."""
    with pytest.raises(hiptx.WrongTypeError) as caught:
        hiptx.IntRange("6", 10)  # type: ignore[arg-type]
    (line,) = traceback.format_exception_only(caught.type, caught.value)
    assert line.startswith("hiptx.errors.WrongTypeError: low:")
