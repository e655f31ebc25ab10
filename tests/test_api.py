"""The public surface: names, lazy imports, version."""

from __future__ import annotations

import importlib.metadata
from collections.abc import Callable

import pytest

import hiptx


def test_all_is_sorted_and_matches_the_lazy_table() -> None:
    assert hiptx.__all__ == sorted(hiptx.__all__)
    assert set(hiptx.__all__) == set(hiptx._EXPORTS)


def test_every_public_name_resolves_to_its_module() -> None:
    for name in hiptx.__all__:
        value = getattr(hiptx, name)
        assert value.__module__ == hiptx._EXPORTS[name], name


def test_every_public_name_has_a_docstring_with_an_example() -> None:
    for name in hiptx.__all__:
        doc = getattr(hiptx, name).__doc__ or ""
        assert ">>>" in doc, f"{name} has no doctest example"


def test_unknown_attribute_raises_attribute_error() -> None:
    import pytest

    with pytest.raises(AttributeError, match="no_such_name"):
        hiptx.no_such_name  # noqa: B018


def test_version_comes_from_the_installed_metadata() -> None:
    assert hiptx.__version__ == importlib.metadata.version("hiptx")


def test_design_contract_names_exist() -> None:
    for name in (
        "load_catalog",
        "estimate_recovery",
        "check_progression",
        "SessionRecord",
        "Outcome",
        "MovementPattern",
        "JobDemand",
        "WeightBearing",
        "plan_exercises",
        "coverage",
        "screen_conservative_care",
        "check_red_flags",
        "meets_activity_guideline",
        "Assessment",
        "Finding",
        "HipStatus",
    ):
        assert name in hiptx.__all__, name


@pytest.mark.parametrize(
    "call",
    [
        lambda c: hiptx.check_red_flags(set(), catalog=c),
        lambda c: hiptx.screen_conservative_care(hiptx.HipStatus(), catalog=c),
        lambda c: hiptx.meets_activity_guideline(aerobic_minutes=0, strength_sessions=0, catalog=c),
        lambda c: hiptx.check_progression(
            hiptx.load_catalog().exercises["copenhagen-plank"], [], catalog=c
        ),
    ],
)
def test_rules_refuse_a_catalog_that_is_not_one(call: Callable[[object], object]) -> None:
    # A path string is the likeliest mistake: load_catalog(path) takes one, rules do not.
    with pytest.raises(hiptx.WrongTypeError, match="catalog: expected a Catalog or None"):
        call("my/catalog")
