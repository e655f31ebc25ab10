"""The public surface: names, lazy imports, version."""

from __future__ import annotations

import importlib.metadata
import pathlib
from collections.abc import Callable

import pytest

import hiptx


def test_all_is_sorted_and_matches_the_lazy_table() -> None:
    assert hiptx.__all__ == sorted(hiptx.__all__, key=lambda n: (n[0].islower(), n))
    assert set(hiptx.__all__) == set(hiptx._EXPORTS)


def test_the_export_table_is_generated_from_the_modules_own_all() -> None:
    import generate_exports

    init = pathlib.Path(hiptx.__file__).read_text(encoding="utf-8")
    assert init == generate_exports.generated_init(), "run tools/generate_exports.py"


def test_old_module_paths_keep_working() -> None:
    # 0.1.0 code imported these from the modules that used to define them.
    from hiptx.rules.plans import Coverage, coverage
    from hiptx.rules.screening import Referral, check_red_flags, screen_conservative_care

    assert (Coverage, coverage) == (hiptx.Coverage, hiptx.coverage)
    assert (Referral, check_red_flags) == (hiptx.Referral, hiptx.check_red_flags)
    assert screen_conservative_care is hiptx.screen_conservative_care


def test_every_public_name_resolves_to_its_module() -> None:
    for name in hiptx.__all__:
        value = getattr(hiptx, name)
        home = hiptx._EXPORTS[name]
        # Defined in the module, or in one of its own private modules.
        assert value.__module__ == home or value.__module__.startswith(home + "._"), name


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


def test_the_import_graph_has_no_cycle_and_no_private_leak() -> None:
    import imports

    edges = imports.graph()
    assert imports.cycles(edges) == []
    assert imports.private_leaks(edges) == []
    # The layers read top-down: no rule imports the command line, the catalog
    # imports no rule, and the model imports neither.
    for module, targets in edges.items():
        if module.startswith("hiptx.rules"):
            assert not any(t.startswith("hiptx.cli") for t in targets), module
        if module.startswith(("hiptx.catalog", "hiptx.model")):
            assert not any(t.startswith("hiptx.rules") for t in targets), module


def test_the_cycle_finder_finds_a_cycle() -> None:
    import imports

    assert imports.cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == [["a", "b", "c", "a"]]
    assert imports.private_leaks({"hiptx.rules.x": {"hiptx.catalog._json"}}) != []


def test_a_module_over_400_lines_says_why_in_its_docstring() -> None:
    # One concept per module: a long one must be long for a stated reason (or be
    # generated), so that growth is a decision, not an accident.
    import ast

    src = pathlib.Path(hiptx.__file__).parent
    unexplained = []
    for path in sorted(src.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        if text.count("\n") <= 400:
            continue
        doc = ast.get_docstring(ast.parse(text)) or ""
        if "Long because" not in doc and "GENERATED FILE" not in doc:
            unexplained.append(str(path.relative_to(src)))
    assert unexplained == []
