"""The catalog's reference checks (catalog/_integrity.py): dangling ids are reported,
with suggestions."""

from __future__ import annotations

import pathlib
from collections.abc import Callable
from typing import Any

import attrs
import pytest

import hiptx
from tests.support.catalogs import clinic_catalog, refusal_of_a_clinic_with
from tests.support.data_files import edit

# --- the loader's reference checks --------------------------------------------------------------


def _cite_unknown_source(rules: dict[str, Any]) -> None:
    rules["pain_ceiling"]["citations"][0]["source_id"] = "no-such-source"


@attrs.frozen
class _ClinicStatement(hiptx.Statement):
    """A model subclass declared in a module that does not import ``Citation`` by name."""

    note: str = ""


@attrs.frozen
class _DottedCitation:
    """A field whose annotation reaches its class through a module attribute."""

    citation: hiptx.Citation
    label: str = ""


def test_an_unknown_id_is_reported_with_suggestions_only_when_there_are_some() -> None:
    cat = hiptx.load_catalog()
    arthroscopy = cat.treatments["hip-arthroscopy"]
    for ref, suffix in (
        ("arthroscopy-infectio", " (did you mean 'arthroscopy-infection' or "),
        ("zzzz", ""),
    ):
        broken = attrs.evolve(arthroscopy, risk_ids=(ref, *arthroscopy.risk_ids[1:]))
        problem = refusal_of_a_clinic_with("treatments", arthroscopy, broken)
        assert problem.message.startswith(f"unknown risk id {ref!r}{suffix}")
        if not suffix:
            assert problem.message == f"unknown risk id {ref!r}"
        assert (problem.value, problem.expected) == (repr(ref), "a risk id in the catalog")


def test_rules_citing_an_unknown_source_are_reported(data_copy: pathlib.Path) -> None:
    edit(data_copy, "rules.json", _cite_unknown_source)
    with pytest.raises(hiptx.CatalogDataError) as info:
        hiptx.load_catalog(data_copy)
    assert [(p.file, p.path) for p in info.value.details] == [
        ("rules.json", "/pain_ceiling/citations/0/source_id")
    ]


def test_an_item_with_an_unknown_key_still_has_its_references_checked(
    data_copy: pathlib.Path,
) -> None:
    edit(
        data_copy,
        "treatments.json",
        lambda d: d["treatments"][0].update(extra=1, risk_ids=["no-such-risk"]),
    )
    with pytest.raises(hiptx.CatalogDataError) as info:
        hiptx.load_catalog(data_copy)
    found = sorted((p.path, p.message) for p in info.value.details)
    assert [path for path, _ in found] == ["/treatments/0", "/treatments/0/risk_ids/0"]
    assert "extra" in found[0][1]
    assert found[1][1] == "unknown risk id 'no-such-risk'"


def test_rules_are_checked_for_references_beside_other_problems(data_copy: pathlib.Path) -> None:
    edit(data_copy, "rules.json", _cite_unknown_source)
    edit(data_copy, "risks.json", lambda d: d["risks"][0].update(extra=1))
    with pytest.raises(hiptx.CatalogDataError) as info:
        hiptx.load_catalog(data_copy)
    files = sorted({p.file for p in info.value.details})
    assert files == ["risks.json", "rules.json"]


def test_a_refused_item_without_a_string_id_leaves_its_references_dangling(
    data_copy: pathlib.Path,
) -> None:
    # The id of a refused item is not known, so references to what it may have been
    # are reported as dangling rather than guessed at.
    meant: list[str] = []

    def give_the_first_risk_a_number_for_id(document: dict[str, Any]) -> None:
        meant.append(document["risks"][0]["id"])
        document["risks"][0]["id"] = 3

    edit(data_copy, "risks.json", give_the_first_risk_a_number_for_id)
    with pytest.raises(hiptx.CatalogDataError) as info:
        hiptx.load_catalog(data_copy)
    messages = [(p.file, p.message) for p in info.value.details]
    assert ("risks.json", "expected a string, got integer 3") in messages
    assert any(
        file == "treatments.json" and message.startswith(f"unknown risk id {meant[0]!r}")
        for file, message in messages
    )


# --- the catalog's reference checks ---------------------------------------------------------


def test_a_chain_whose_steps_all_dangle_is_not_also_said_to_train_nothing() -> None:
    cat = hiptx.load_catalog()
    chain = cat.progressions["hip-adductor-strengthening"]
    broken = attrs.evolve(chain, exercise_ids=("no-such-exercise",))
    problem = refusal_of_a_clinic_with("progressions", chain, broken)
    assert problem.message.startswith("unknown exercise id 'no-such-exercise'")


def test_an_exercise_in_two_chains_and_a_repeated_id_carry_the_id_as_value() -> None:
    cat = hiptx.load_catalog()
    adductors = cat.progressions["hip-adductor-strengthening"]
    first = adductors.exercise_ids[0]
    twin = attrs.evolve(adductors, id="clinic-adductors", exercise_ids=(first,))
    with pytest.raises(hiptx.CatalogDataError) as info:
        clinic_catalog(progressions=(*cat.progressions.values(), twin))
    (problem,) = info.value.details
    assert problem.message.startswith(f"exercise {first!r} is already in progression")
    assert problem.value == repr(first)
    risk = next(iter(cat.risks.values()))
    with pytest.raises(hiptx.CatalogDataError) as again:
        clinic_catalog(risks=(*cat.risks.values(), risk))
    (repeated,) = again.value.details
    assert repeated.value == repr(risk.id)


def test_a_dangling_indication_is_reported() -> None:
    cat = hiptx.load_catalog()
    arthroscopy = cat.treatments["hip-arthroscopy"]
    broken = attrs.evolve(arthroscopy, indication_ids=("no-such-condition",))
    problem = refusal_of_a_clinic_with("treatments", arthroscopy, broken)
    assert problem.message == "unknown condition id 'no-such-condition'"
    assert problem.path.endswith("/indication_ids/0")


def test_references_after_a_refused_item_are_still_checked(data_copy: pathlib.Path) -> None:
    # The first item of each file is refused (a wrong type); a later item's dangling
    # reference must still be reported.
    def change(name: str, key: str, later: Callable[[dict[str, Any]], object]) -> None:
        def refuse_first_and_change_last(document: dict[str, Any]) -> None:
            document[key][0]["name"] = 3
            later(document[key][-1])

        edit(data_copy, name, refuse_first_and_change_last)

    change("treatments.json", "treatments", lambda t: t.update(risk_ids=["no-such-risk"]))
    change("risks.json", "risks", lambda r: r["citations"][0].update(source_id="no-such-source"))
    change("progressions.json", "progressions", lambda c: c.update(exercise_ids=["no-such-ex"]))
    with pytest.raises(hiptx.CatalogDataError) as info:
        hiptx.load_catalog(data_copy)
    messages = [p.message for p in info.value.details]
    for ref in ("'no-such-risk'", "'no-such-source'", "'no-such-ex'"):
        assert any(ref in m for m in messages), ref


def test_citation_fields_are_found_in_classes_declared_outside_the_model() -> None:
    from hiptx.catalog import _integrity

    # The inherited field's annotation names Citation, which this module does not
    # define: the cheap lookup gives up and typing resolves it in the base's module.
    assert "Citation" not in globals()
    assert _integrity._fields_with_citations(_ClinicStatement) == ("citations",)
    assert _integrity._fields_with_citations(_DottedCitation) == ("citation",)
    assert _integrity._named_types(_DottedCitation, "hiptx.NoSuchClass") is None
