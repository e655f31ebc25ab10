"""The catalog and its objects (catalog/_catalog.py): frozen, type-checked, picklable,
deep-copyable, and equal to a copy."""

from __future__ import annotations

import copy
import json
import pathlib
import pickle
from collections.abc import Iterator
from typing import Any

import attrs
import pytest

import hiptx
from tests.support.catalogs import refusal_of


def every_object(cat: hiptx.Catalog) -> Iterator[object]:
    """Every object reachable from the catalog, nested ones included."""
    stack: list[object] = [cat.rules]
    for id_map in (
        cat.sources,
        cat.conditions,
        cat.risks,
        cat.treatments,
        cat.exercises,
        cat.progressions,
        cat.instruments,
    ):
        stack.extend(id_map.values())
    while stack:
        obj = stack.pop()
        if isinstance(obj, tuple):
            stack.extend(obj)
            continue
        if attrs.has(type(obj)):
            yield obj
            stack.extend(getattr(obj, f.name) for f in attrs.fields(type(obj)))  # type: ignore[arg-type]


def parts(cat: hiptx.Catalog) -> dict[str, Any]:
    return {
        "version": cat.version,
        "sources": tuple(cat.sources.values()),
        "conditions": tuple(cat.conditions.values()),
        "risks": tuple(cat.risks.values()),
        "treatments": tuple(cat.treatments.values()),
        "exercises": tuple(cat.exercises.values()),
        "progressions": tuple(cat.progressions.values()),
        "instruments": tuple(cat.instruments.values()),
        "rules": cat.rules,
    }


class TestFrozen:
    @pytest.mark.parametrize(
        "name", ["version", "rules", "treatments", "sources", "_chain_of", "new_attribute"]
    )
    def test_no_attribute_can_be_set(self, cat: hiptx.Catalog, name: str) -> None:
        before = repr(cat)
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            setattr(cat, name, "x")
        with pytest.raises(AttributeError):
            delattr(cat, name)
        assert repr(cat) == before
        assert hiptx.load_catalog() is cat


class TestArguments:
    def test_catalog_refuses_rules_none(self, cat: hiptx.Catalog) -> None:
        with pytest.raises(hiptx.WrongTypeError, match="rules: expected a RuleSet, got NoneType"):
            hiptx.Catalog(**{**parts(cat), "rules": None})

    @pytest.mark.parametrize("name", ["sources", "treatments", "progressions"])
    def test_catalog_refuses_a_list_or_wrong_items(self, cat: hiptx.Catalog, name: str) -> None:
        with pytest.raises(hiptx.WrongTypeError, match=f"{name}: expected a tuple of"):
            hiptx.Catalog(**{**parts(cat), name: list(parts(cat)[name])})
        with pytest.raises(hiptx.WrongTypeError, match=f"{name}: expected a tuple of"):
            hiptx.Catalog(**{**parts(cat), name: ("not an object",)})

    @pytest.mark.parametrize("version", [None, 3, "", "  "])
    def test_catalog_refuses_a_bad_version(self, cat: hiptx.Catalog, version: object) -> None:
        with pytest.raises(hiptx.WrongTypeError, match="version"):
            hiptx.Catalog(**{**parts(cat), "version": version})

    @pytest.mark.parametrize(
        ("method", "field"),
        [
            ("progression_of", "exercise"),
            ("risks_of", "treatment"),
            ("conditions_of", "treatment"),
            ("treatments_for", "condition"),
        ],
    )
    @pytest.mark.parametrize("value", [3, None, ["hip-arthroscopy"]])
    def test_relations_refuse_wrong_types(
        self, cat: hiptx.Catalog, method: str, field: str, value: object
    ) -> None:
        with pytest.raises(hiptx.WrongTypeError, match=f"{field}: expected"):
            getattr(cat, method)(value)


class TestCopies:
    def test_the_catalog_pickles_to_an_equal_catalog(self, cat: hiptx.Catalog) -> None:
        clone = pickle.loads(pickle.dumps(cat))  # noqa: S301 - our own bytes
        assert clone is not cat
        assert repr(clone) == repr(cat)
        assert parts(clone) == parts(cat)
        assert clone.progression_of("copenhagen-plank") == cat.progression_of("copenhagen-plank")

    def test_the_catalog_deep_copies(self, cat: hiptx.Catalog) -> None:
        clone = copy.deepcopy(cat)
        assert parts(clone) == parts(cat)
        assert copy.copy(cat).treatments == cat.treatments

    def test_every_catalog_object_pickles_and_deep_copies(self, cat: hiptx.Catalog) -> None:
        count = 0
        for obj in every_object(cat):
            assert pickle.loads(pickle.dumps(obj)) == obj  # noqa: S301 - our own bytes
            assert copy.deepcopy(obj) == obj
            count += 1
        assert count > 500  # the walk really reached the nested objects

    def test_a_recovery_estimate_pickles(self, cat: hiptx.Catalog) -> None:
        import datetime

        estimate = hiptx.estimate_recovery(cat.treatments["hip-arthroscopy"])
        assert pickle.loads(pickle.dumps(estimate)) == estimate  # noqa: S301 - our own bytes
        dates = estimate.dates(start=datetime.date(2026, 1, 1))
        assert copy.deepcopy(dates) == dates


def test_a_chain_must_train_the_patterns_it_claims(data_copy: pathlib.Path) -> None:
    path = data_copy / "progressions.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    chain = document["progressions"][0]
    assert chain["patterns"] == ["squat"]  # its exercises all train squat, nothing else
    chain["patterns"] = ["squat", "hop"]
    path.write_text(json.dumps(document), encoding="utf-8")
    (problem,) = refusal_of(data_copy)
    assert problem.file == "progressions.json"
    assert problem.path == "/progressions/0/patterns"
    assert problem.message == "no exercise in the chain trains hop"


def test_exercises_for_refuses_a_muscle_name_string(cat: hiptx.Catalog) -> None:
    with pytest.raises(hiptx.WrongTypeError) as info:
        cat.exercises_for(muscle="gluteus_medius")  # type: ignore[arg-type]
    assert info.value.field == "muscle"
    assert info.value.expected == "a Muscle or None"


def test_a_catalog_equals_itself_and_a_copy(cat: hiptx.Catalog) -> None:
    assert cat == cat  # noqa: PLR0124 - the identity shortcut of __eq__ is what is tested
    assert cat == pickle.loads(pickle.dumps(cat))  # noqa: S301 - our own bytes
    assert cat != cat.exercises


class TestRelations:
    def test_risks_of_accepts_object_or_id(self, cat: hiptx.Catalog) -> None:
        pht = cat.treatments["personalised-hip-therapy"]
        assert cat.risks_of(pht) == cat.risks_of("personalised-hip-therapy")
        assert [r.id for r in cat.risks_of(pht)] == [
            "pht-pain-increase-at-start",
            "pht-pain-return",
        ]

    def test_sources_of_lists_first_citations_first(self, cat: hiptx.Catalog) -> None:
        ids = [s.id for s in cat.sources_of(cat.treatments["personalised-hip-therapy"])]
        assert ids[0] == "fashion-treatments-page"
        assert "upright-health-pht-critique" in ids
        assert len(ids) == len(set(ids))

    def test_progression_of(self, cat: hiptx.Catalog) -> None:
        assert cat.progression_of("copenhagen-plank").id == "hip-adductor-strengthening"  # type: ignore[union-attr]
        standalone = next(
            e for e in cat.exercises.values() if e.goal is hiptx.ExerciseGoal.FLEXIBILITY
        )
        assert cat.progression_of(standalone) is None

    def test_exercises_for_filters_on_both(self, cat: hiptx.Catalog) -> None:
        both = cat.exercises_for(
            pattern=hiptx.MovementPattern.ADDUCTION, muscle=hiptx.Muscle.OBLIQUES
        )
        assert [e.id for e in both] == ["copenhagen-plank"]
        every = cat.exercises_for()
        assert len(every) == len(cat.exercises)

    def test_exercises_for_refuses_a_string(self, cat: hiptx.Catalog) -> None:
        with pytest.raises(hiptx.WrongTypeError, match="pattern: expected a MovementPattern"):
            cat.exercises_for(pattern="adduction")  # type: ignore[arg-type]

    def test_treatments_for_a_condition(self, cat: hiptx.Catalog) -> None:
        ids = {t.id for t in cat.treatments_for("fai-syndrome")}
        assert {"hip-arthroscopy", "personalised-hip-therapy"} <= ids
        with pytest.raises(hiptx.UnknownIdError):
            cat.treatments_for("fai-syndrom")
