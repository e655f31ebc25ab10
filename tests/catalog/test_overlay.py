"""Extending the catalog: an overlay directory over the bundled catalog, and Catalog.merge.

A clinic's overlay adds an exercise and a chain that cite the bundled sources. The
expected outcomes follow from the rules of a full load (every reference resolves, no
exercise in two chains, no id twice) and from the overlay contract (a clash is an
error unless replace=True; the extended catalog is never changed).
"""

from __future__ import annotations

import copy
import json
import pathlib
import pickle
from typing import Any

import attrs
import pytest

import hiptx

KEMP = "physio-network-kemp"


def _exercise(exercise_id: str, **extra: object) -> dict[str, Any]:
    return {
        "id": exercise_id,
        "name": f"Clinic {exercise_id}",
        "summary": "A clinic's own exercise.",
        "goal": "strength",
        "position": "standing",
        "patterns": ["abduction"],
        "citations": [{"source_id": KEMP}],
        **extra,
    }


def _chain(chain_id: str, *exercise_ids: str) -> dict[str, Any]:
    return {
        "id": chain_id,
        "name": "Clinic abduction",
        "patterns": ["abduction"],
        "exercise_ids": list(exercise_ids),
        "citations": [{"source_id": KEMP}],
    }


def _write(directory: pathlib.Path, name: str, content: object) -> None:
    directory.mkdir(exist_ok=True)
    (directory / name).write_text(json.dumps(content), encoding="utf-8")


@pytest.fixture
def overlay(tmp_path: pathlib.Path) -> pathlib.Path:
    clinic = tmp_path / "clinic"
    _write(
        clinic,
        "exercises.json",
        {"exercises": [_exercise("clinic-wall-press"), _exercise("clinic-band-walk")]},
    )
    _write(
        clinic,
        "progressions.json",
        {"progressions": [_chain("clinic-abduction", "clinic-wall-press", "clinic-band-walk")]},
    )
    return clinic


def test_an_overlay_adds_to_the_bundled_catalog(cat: hiptx.Catalog, overlay: pathlib.Path) -> None:
    before = (len(cat.exercises), len(cat.progressions), cat.version)
    extended = hiptx.load_catalog(overlay, extends=cat)
    assert len(extended.exercises) == before[0] + 2
    assert len(extended.progressions) == before[1] + 1
    assert extended.version == cat.version  # no index.json in the overlay
    assert extended.sources == cat.sources
    chain = extended.progression_of("clinic-band-walk")
    assert chain is not None
    assert chain.id == "clinic-abduction"
    decision = hiptx.check_progression("clinic-wall-press", [], catalog=extended)
    assert decision.chain_end is hiptx.ChainEnd.BOTTOM
    # The bundled catalog (shared by the process) is untouched.
    assert hiptx.load_catalog() is cat
    assert (len(cat.exercises), len(cat.progressions), cat.version) == before
    assert "clinic-wall-press" not in cat.exercises


def test_the_overlay_index_is_optional_and_names_a_version(
    cat: hiptx.Catalog, overlay: pathlib.Path
) -> None:
    _write(
        overlay,
        "index.json",
        {"data_version": "clinic-1", "files": ["exercises.json", "progressions.json"]},
    )
    assert hiptx.load_catalog(overlay, extends=cat).version == f"{cat.version}+clinic-1"
    _write(overlay, "index.json", {"data_version": "clinic-1", "files": ["exercises.json"]})
    with pytest.raises(hiptx.CatalogDataError, match=r"index.json: \/files: expected exactly"):
        hiptx.load_catalog(overlay, extends=cat)


def test_an_overlay_nested_too_deep_is_worded_as_a_directory_is(
    cat: hiptx.Catalog, tmp_path: pathlib.Path
) -> None:
    # Deep enough to pass the plain parse, too deep for the word step: the same
    # words as a whole directory's (test_loading), not a type error inside it.
    nested: Any = "x"
    for _ in range(40):
        nested = [nested]
    _write(tmp_path / "clinic", "exercises.json", {"exercises": [_exercise("a", name=nested)]})
    with pytest.raises(hiptx.CatalogDataError) as caught:
        hiptx.load_catalog(tmp_path / "clinic", extends=cat)
    (problem,) = caught.value.problems
    assert problem.startswith("exercises.json: /exercises/0/name/0")
    assert "nested more than 32 levels deep" in problem


def test_every_problem_of_an_overlay_is_listed_once(
    cat: hiptx.Catalog, tmp_path: pathlib.Path
) -> None:
    clinic = tmp_path / "clinic"
    bad_source = _exercise("clinic-a", citations=[{"source_id": "physio-network-kmp"}])
    _write(
        clinic,
        "exercises.json",
        {"exercises": [bad_source, _exercise("side-lying-hip-adduction"), {"id": "clinic-b"}]},
    )
    # A chain with an unknown step and a bundled exercise that is in another chain.
    _write(
        clinic,
        "progressions.json",
        {"progressions": [_chain("clinic-c", "clinic-a", "no-such-step", "copenhagen-plank")]},
    )
    with pytest.raises(hiptx.CatalogDataError) as caught:
        hiptx.load_catalog(clinic, extends=cat)
    lines = caught.value.problems
    expected_starts = [
        "exercises.json: /exercises/2/name: required field missing",
        "exercises.json: /exercises/1/id: exercise id 'side-lying-hip-adduction' is already",
        (
            "exercises.json: /exercises/0/citations/0/source_id: unknown source id "
            "'physio-network-kmp' (did you mean 'physio-network-kemp'?)"
        ),
        "progressions.json: /progressions/0/exercise_ids/1: unknown exercise id 'no-such-step'",
        (
            "progressions.json: /progressions/0/exercise_ids/2: exercise 'copenhagen-plank' "
            "is already in progression"
        ),
    ]
    for start in expected_starts:
        assert [line for line in lines if line.startswith(start)], (start, lines)


def test_replace_lets_an_overlay_change_a_bundled_object(
    cat: hiptx.Catalog, tmp_path: pathlib.Path
) -> None:
    clinic = tmp_path / "clinic"
    mine = copy.deepcopy(hiptx.to_dict(cat.exercises["side-lying-hip-adduction"]))
    mine["summary"] = "The clinic's own wording."
    _write(clinic, "exercises.json", {"exercises": [mine]})
    with pytest.raises(hiptx.CatalogDataError, match="pass replace=True"):
        hiptx.load_catalog(clinic, extends=cat)
    replaced = hiptx.load_catalog(clinic, extends=cat, replace=True)
    assert replaced.exercises["side-lying-hip-adduction"].summary == "The clinic's own wording."
    assert len(replaced.exercises) == len(cat.exercises)
    assert cat.exercises["side-lying-hip-adduction"].summary != "The clinic's own wording."


def test_a_problem_an_overlay_causes_in_the_extended_catalog_names_that_catalog(
    cat: hiptx.Catalog, tmp_path: pathlib.Path
) -> None:
    # Replacing an exercise by one that trains no adduction leaves the bundled
    # adductor chain with a pattern none of its steps trains.
    clinic = tmp_path / "clinic"
    chain = cat.progressions["hip-adductor-strengthening"]
    replacements = [
        {**hiptx.to_dict(cat.exercises[e]), "patterns": ["hinge"]} for e in chain.exercise_ids
    ]
    _write(clinic, "exercises.json", {"exercises": replacements})
    with pytest.raises(hiptx.CatalogDataError) as caught:
        hiptx.load_catalog(clinic, extends=cat, replace=True)
    position = [p.id for p in cat._parts["progressions"]].index(chain.id)
    where = {(p.file, p.path) for p in caught.value.details}
    assert ("progressions.json (extends)", f"/progressions/{position}/patterns") in where


def test_load_catalog_checks_extends_and_replace(cat: hiptx.Catalog, overlay: pathlib.Path) -> None:
    with pytest.raises(hiptx.WrongTypeError, match="extends: expected a Catalog"):
        hiptx.load_catalog(overlay, extends=cat.exercises)  # type: ignore[call-overload]
    with pytest.raises(hiptx.WrongTypeError, match="replace: expected True or False"):
        hiptx.load_catalog(overlay, extends=cat, replace=1)  # type: ignore[call-overload]
    with pytest.raises(hiptx.WrongTypeError, match="path: expected a catalog directory"):
        hiptx.load_catalog(None, extends=cat)  # type: ignore[call-overload]
    with pytest.raises(hiptx.CatalogDataError, match="cannot be read"):
        hiptx.load_catalog(overlay / "missing", extends=cat)


def test_merge_adds_checks_and_never_changes_either_catalog(
    cat: hiptx.Catalog, overlay: pathlib.Path
) -> None:
    extended = hiptx.load_catalog(overlay, extends=cat)
    # merge is symmetric to the overlay: the result equals the overlay load.
    assert cat.merge(extended, replace=True) == extended
    assert extended.merge(cat, replace=True) == extended
    assert len(cat.exercises) == len(extended.exercises) - 2
    with pytest.raises(hiptx.CatalogDataError) as caught:
        cat.merge(extended)
    assert all("(other)" in p.file for p in caught.value.details)
    assert len(caught.value.details) == len(cat.sources) + len(cat.conditions) + len(
        cat.risks
    ) + len(cat.treatments) + len(cat.exercises) + len(cat.progressions) + len(cat.instruments)
    with pytest.raises(hiptx.WrongTypeError, match="other: expected a Catalog"):
        cat.merge(hiptx.to_dict(cat))
    with pytest.raises(hiptx.WrongTypeError, match="replace: expected True or False"):
        cat.merge(extended, replace="yes")  # type: ignore[arg-type]


def test_an_extended_catalog_pickles_and_compares_by_content(
    cat: hiptx.Catalog, overlay: pathlib.Path
) -> None:
    extended = hiptx.load_catalog(overlay, extends=cat)
    again = pickle.loads(pickle.dumps(extended))  # noqa: S301 - our own bytes
    assert again == extended
    assert hash(again) == hash(extended)
    assert extended != cat
    assert (cat == "catalog") is False


def test_catalog_and_idmap_say_what_they_expect(cat: hiptx.Catalog) -> None:
    with pytest.raises(
        hiptx.WrongTypeError, match=r"exercises: expected a tuple of Exercise objects \(for a map"
    ):
        hiptx.Catalog(
            version="x",
            sources=tuple(cat.sources.values()),
            conditions=tuple(cat.conditions.values()),
            risks=tuple(cat.risks.values()),
            treatments=tuple(cat.treatments.values()),
            exercises=cat.exercises,  # type: ignore[arg-type]
            progressions=tuple(cat.progressions.values()),
            rules=cat.rules,
        )
    with pytest.raises(hiptx.WrongTypeError, match="items: expected a mapping of id strings"):
        hiptx.IdMap("exercise", list(cat.exercises.values()))  # type: ignore[arg-type]


# --- one calling convention ------------------------------------------------------------

RULES = [
    "adjust_programme",
    "advance_programme",
    "build_programme",
    "check_progression",
    "check_progression_batch",
    "check_red_flags",
    "classify_pain",
    "compare_recovery",
    "coverage",
    "estimate_recovery",
    "interpret_scores",
    "meets_activity_guideline",
    "plan_exercises",
    "rehab_phase",
    "recovery_table",
    "score_questionnaire",
    "screen_conservative_care",
    "surgery_orders",
    "treatments_with_recovery_figures",
]
#: The pictures (hiptx.pictures) draw from a catalog the same way.
PICTURES = ["chain_svg", "decision_flowchart_svg", "recovery_timeline_svg", "red_flags_svg"]


@pytest.mark.parametrize("name", RULES + PICTURES)
def test_every_rule_takes_catalog_none_as_a_keyword(name: str) -> None:
    import inspect

    parameter = inspect.signature(getattr(hiptx, name)).parameters["catalog"]
    assert parameter.kind is inspect.Parameter.KEYWORD_ONLY
    assert parameter.default is None


def test_every_public_function_taking_a_catalog_is_listed() -> None:
    import inspect

    takes = {
        name
        for name in hiptx.__all__
        if inspect.isfunction(getattr(hiptx, name))
        and "catalog" in inspect.signature(getattr(hiptx, name)).parameters
    }
    # The serializers take the catalog a compact stored form refers to.
    # exercise_restriction() is the question the other rules ask with their own
    # catalog, so its catalog is required (issue 22).
    assert takes == {*RULES, *PICTURES, "exercise_restriction", "from_dict", "to_dict", "to_json"}


def test_recovery_rules_take_objects_or_ids_in_an_extended_catalog(
    cat: hiptx.Catalog, overlay: pathlib.Path
) -> None:
    extended = hiptx.load_catalog(overlay, extends=cat)
    by_id = hiptx.compare_recovery(
        ["hip-arthroscopy", cat.treatments["hip-arthroscopy"]], catalog=extended
    )
    assert by_id.estimates[0] == by_id.estimates[1]
    bundled = hiptx.estimate_recovery("hip-arthroscopy")
    # The same estimate, from another catalog: its provenance says which.
    assert by_id.estimates[0].provenance == extended.provenance != bundled.provenance
    assert attrs.evolve(by_id.estimates[0], provenance=bundled.provenance) == bundled


def test_a_chain_of_one_reports_the_end_its_outcome_met(
    cat: hiptx.Catalog, tmp_path: pathlib.Path
) -> None:
    # A one-step chain is both top and bottom: an overload with no easier level
    # stops there (its bottom); any other outcome stays at its top.
    clinic = tmp_path / "clinic"
    _write(clinic, "exercises.json", {"exercises": [_exercise("clinic-wall-press")]})
    _write(
        clinic, "progressions.json", {"progressions": [_chain("clinic-solo", "clinic-wall-press")]}
    )
    extended = hiptx.load_catalog(clinic, extends=cat)
    hold = hiptx.check_progression("clinic-wall-press", [], catalog=extended)
    assert (hold.outcome, hold.chain_end) == (hiptx.Outcome.HOLD, hiptx.ChainEnd.TOP)
    sharp = hiptx.SessionRecord(sets=3, reps=10, pain_during=1, pain_after_24h=1, sharp_pain=True)
    stop = hiptx.check_progression("clinic-wall-press", [sharp], catalog=extended)
    assert (stop.outcome, stop.chain_end) == (hiptx.Outcome.STOP, hiptx.ChainEnd.BOTTOM)
    assert stop.next_exercise_id is None


def test_an_overlay_file_that_cannot_be_used_is_named_and_the_rest_still_checked(
    cat: hiptx.Catalog, tmp_path: pathlib.Path
) -> None:
    from hiptx.catalog._json import MAX_FILE_BYTES

    clinic = tmp_path / "clinic"
    clinic.mkdir()
    (clinic / "conditions.json").write_text('{"conditions": [', encoding="utf-8")
    (clinic / "risks.json").write_bytes(b" " * (MAX_FILE_BYTES + 1))
    _write(clinic, "treatments.json", ["not", "an", "object"])
    bad_source = _exercise("clinic-a", citations=[{"source_id": "no-such-source"}])
    _write(clinic, "exercises.json", {"exercises": [bad_source]})
    with pytest.raises(hiptx.CatalogDataError) as caught:
        hiptx.load_catalog(clinic, extends=cat)
    # One problem each for the unusable files, and the usable one still checked.
    assert [p.message[:14] for p in caught.value.details if p.file == "conditions.json"] == [
        "not valid JSON"
    ]
    assert [p.message for p in caught.value.details if p.file == "risks.json"] == [
        f"is {MAX_FILE_BYTES + 1} bytes; the limit is {MAX_FILE_BYTES}"
    ]
    assert [p.path for p in caught.value.details if p.file == "treatments.json"] == [""]
    assert [p.path for p in caught.value.details if p.file == "exercises.json"] == [
        "/exercises/0/citations/0/source_id"
    ]


def test_overlay_rules_replace_the_extended_catalogs_and_are_checked(
    cat: hiptx.Catalog, tmp_path: pathlib.Path
) -> None:
    rules = hiptx.to_dict(cat.rules)
    rules["pain_ceiling"]["citations"][0]["source_id"] = "no-such-source"
    clinic = tmp_path / "clinic"
    _write(clinic, "rules.json", rules)
    with pytest.raises(hiptx.CatalogDataError) as caught:
        hiptx.load_catalog(clinic, extends=cat)
    assert {(p.file, p.path) for p in caught.value.details} >= {("rules.json", "")}
    with pytest.raises(hiptx.CatalogDataError) as caught:
        hiptx.load_catalog(clinic, extends=cat, replace=True)
    # With replace the overlay's rules are the catalog's, so their dangling
    # citation is reported in the overlay's rules.json, not the extended one's.
    (problem,) = caught.value.details
    assert (problem.file, problem.path) == (
        "rules.json",
        "/pain_ceiling/citations/0/source_id",
    )
