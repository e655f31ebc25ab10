"""to_dict / to_json / from_dict / json_schema: exact round trips, strict reading, valid schemas.

The instances come from everywhere an app meets hiptx objects: every object of the
bundled catalog (and every object nested in one), the results of the clinical
scenario vectors, a programme and its updates, and a recovery estimate with dates.
Every attrs object nested inside those is checked too, so every public class is
covered; a test fails if one is not.
"""

from __future__ import annotations

import datetime
import json
import pathlib
import types
from collections.abc import Iterator

import attrs
import jsonschema
import pytest
from hypothesis import given, strategies as st

import hiptx
from tests.scenarios.test_scenarios import CLINICAL
from tests.support.data_files import FILES, PARTS
from tests.support.strategies import rep_sessions

F, MP = hiptx.Finding, hiptx.MovementPattern
START = datetime.date(2025, 3, 3)


def _nested(obj: object) -> Iterator[object]:
    """``obj`` and every attrs object inside it, depth first."""
    if isinstance(obj, (tuple, list)):
        for item in obj:
            yield from _nested(item)
    elif isinstance(obj, types.MappingProxyType | dict):
        for item in obj.values():
            yield from _nested(item)
    elif attrs.has(type(obj)):
        yield obj
        for field in attrs.fields(type(obj)):  # type: ignore[arg-type]
            yield from _nested(getattr(obj, field.name))


def _programme_results(cat: hiptx.Catalog) -> list[object]:
    assessment = hiptx.Assessment(
        findings={MP.ADDUCTION: F.PAINFUL, MP.ABDUCTION: F.WEAK, MP.INTERNAL_ROTATION: F.WEAK},
        pain_scores={MP.ADDUCTION: 2},
    )
    plan = hiptx.plan_exercises(assessment, catalog=cat)
    programme = hiptx.build_programme(plan, start=START, weeks=6, sessions_per_week=3)
    ok = hiptx.SessionRecord(sets=3, reps=10, pain_during=1, pain_after_24h=1, date=START)
    sharp = hiptx.SessionRecord(
        sets=3,
        reps=10,
        pain_during=2,
        pain_after_24h=2,
        sharp_pain=True,
        pain_lasted_hours=3,
        date=START + datetime.timedelta(days=20),
    )
    again = attrs.evolve(ok, date=START + datetime.timedelta(days=2))
    first = hiptx.advance_programme(
        programme,
        {i.exercise_id: [ok, again] for i in plan.items},
        today=START + datetime.timedelta(days=13),
    )
    second = hiptx.advance_programme(
        first.programme,
        {s.exercise_id: [sharp] for s in first.programme.slots},
        today=START + datetime.timedelta(days=20),
    )
    stopped = hiptx.advance_programme(
        second.programme,
        {},
        today=START + datetime.timedelta(days=22),
        red_flags={hiptx.RedFlag.NIGHT_OR_REST_PAIN},
    )
    estimate = hiptx.estimate_recovery("hip-arthroscopy", job=hiptx.JobDemand.SEDENTARY)
    return [
        ok,
        sharp,
        assessment,
        plan,
        programme,
        first,
        second,
        stopped,
        estimate,
        estimate.dates(START),
        hiptx.compare_recovery(["hip-arthroscopy", "personalised-hip-therapy"]),
        hiptx.coverage("personalised-hip-therapy"),
        hiptx.check_progression("hip-hike", [ok]),
        hiptx.screen_conservative_care(hiptx.HipStatus(range_of_motion_preserved=True)),
        hiptx.HipStatus(fused=False, cartilage_present=True),
    ]


def _surgery_results(cat: hiptx.Catalog) -> list[object]:
    # After surgery (issue 22): the input and what it withholds.
    surgery = hiptx.Surgery(
        treatment_id="total-hip-replacement",
        date=START,
        side=hiptx.Side.LEFT,
        approach=hiptx.Approach.POSTERIOR,
    )
    restriction = hiptx.exercise_restriction(
        cat.exercises["supine-hip-flexion"], surgery, START, catalog=cat
    )
    made = hiptx.ExerciseRestriction(exercise_id="supine-hip-flexion", until=None, reasons=())
    plan = hiptx.plan_exercises(
        hiptx.Assessment(findings={MP.ADDUCTION: F.WEAK, MP.EXTENSION: F.WEAK}),
        surgery=surgery,
        catalog=cat,
    )
    ok = hiptx.SessionRecord(sets=3, reps=10, pain_during=1, pain_after_24h=1, date=START)
    decision = hiptx.check_progression("pelvic-bridge", [ok], surgery=surgery, catalog=cat)
    phase = hiptx.rehab_phase(
        hiptx.Surgery(treatment_id="hip-arthroscopy", date=START, side=hiptx.Side.RIGHT),
        today=START + datetime.timedelta(weeks=5),
        criteria_met=["canes-removed"],
        catalog=cat,
    )
    found = [surgery, made, plan, decision, phase]
    return found if restriction is None else [*found, restriction]


def _outcome_results() -> list[object]:
    before = hiptx.score_questionnaire("hoos", {f"hoos-pain-{i}": 3 for i in range(1, 11)})
    after = hiptx.score_questionnaire("hoos", {f"hoos-pain-{i}": 1 for i in range(1, 11)})
    return [
        before,
        hiptx.interpret_scores(before, after, population="hip-replacement"),
        hiptx.outcome_series([(START, before), (START + datetime.timedelta(days=90), after)]),
    ]


def _instances() -> list[object]:
    cat = hiptx.load_catalog()
    roots: list[object] = [cat.rules]
    for kind in PARTS:
        roots.extend(getattr(cat, kind).values())
    roots.extend(_outcome_results())
    roots.extend(scenario.given(cat) for scenario in CLINICAL)
    roots.extend(_programme_results(cat))
    roots.extend(_surgery_results(cat))
    # A clinic's named choice of a threshold (the bundled catalog has none).
    roots.append(
        hiptx.LocalOverride(
            threshold=hiptx.SafetyThreshold.PAIN_CEILING,
            value=5,
            set_by="Hip clinic lead",
            reason="Agreed for a post-operative group.",
        )
    )
    found: dict[tuple[type, str], object] = {}
    for obj in _nested(roots):
        found.setdefault((type(obj), repr(obj)), obj)
    return list(found.values())


INSTANCES = _instances()


def _public_classes() -> set[type]:
    return {
        value
        for value in (getattr(hiptx, name) for name in hiptx.__all__)
        if isinstance(value, type) and attrs.has(value)
    }


def _validator(cls: type) -> jsonschema.Draft202012Validator:
    schema = hiptx.json_schema(cls)
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


# --- strictness --------------------------------------------------------------------------

VALID = {"sets": 3, "reps": 10, "pain_during": 2, "pain_after_24h": 1}


# --- every public enum prints as its value ----------------------------------------------


def test_every_public_class_has_instances_to_check() -> None:
    classes = {type(x) for x in INSTANCES}
    missing = sorted(c.__name__ for c in _public_classes() - classes)
    assert missing == []
    assert len(INSTANCES) > 1000  # the catalog alone nests thousands of objects


def test_every_instance_round_trips_exactly_and_validates() -> None:
    validators: dict[type, jsonschema.Draft202012Validator] = {}
    for obj in INSTANCES:
        cls = type(obj)
        data = hiptx.to_dict(obj)
        back = hiptx.from_dict(cls, data)
        assert back == obj, cls
        # repr shows 2 and 2.0 differently: the value types survive too.
        assert repr(back) == repr(obj), cls
        through_text = hiptx.from_dict(cls, json.loads(hiptx.to_json(obj)))
        assert repr(through_text) == repr(obj), cls
        validator = validators.setdefault(cls, _validator(cls))
        errors = [e.message for e in validator.iter_errors(json.loads(hiptx.to_json(obj)))]
        assert errors == [], (cls, errors[:3])


def test_the_catalog_round_trips_and_validates(cat: hiptx.Catalog) -> None:
    data = hiptx.to_dict(cat)
    assert set(data) == set(FILES)
    assert data["index.json"]["data_version"] == cat.version
    assert len(data["exercises.json"]["exercises"]) == len(cat.exercises)
    back = hiptx.from_dict(hiptx.Catalog, json.loads(json.dumps(data)))
    assert back == cat
    assert back is not cat
    _validator(hiptx.Catalog).validate(data)


def test_the_catalog_dicts_are_a_loadable_directory(
    cat: hiptx.Catalog, tmp_path: pathlib.Path
) -> None:
    for name, content in hiptx.to_dict(cat).items():
        (tmp_path / name).write_text(json.dumps(content), encoding="utf-8")
    assert hiptx.load_catalog(tmp_path) == cat


def test_the_data_file_schemas_agree_with_the_catalog_schema() -> None:
    # One set of field specs: the committed per-file schemas and json_schema(Catalog)
    # describe each file the same way.
    whole = hiptx.json_schema(hiptx.Catalog)
    schema_dir = pathlib.Path(hiptx.__file__).parent / "data" / "schema"
    for name in whole["properties"]:
        committed = json.loads((schema_dir / name.replace(".json", ".schema.json")).read_text())
        assert committed["properties"] == whole["properties"][name]["properties"], name
        for key, definition in committed["$defs"].items():
            assert whole["$defs"][key] == definition, key


def test_dates_enums_and_mappings_take_their_json_form() -> None:
    record = hiptx.SessionRecord(
        sets=3, hold_seconds=30, pain_during=0, pain_after_24h=0, date=datetime.date(2026, 2, 28)
    )
    assert hiptx.to_dict(record)["date"] == "2026-02-28"
    assessment = hiptx.Assessment(
        findings={MP.HINGE: F.PAINFUL, MP.FLEXION: F.NORMAL}, pain_scores={MP.HINGE: 6}
    )
    assert hiptx.to_dict(assessment) == {
        "findings": {"flexion": "normal", "hinge": "painful"},
        "pain_scores": {"hinge": 6},
        "side": None,
    }
    assert hiptx.to_dict([hiptx.Outcome.STOP, (1, 2)]) == ["stop", [1, 2]]


def test_value_types_are_kept() -> None:
    as_int = hiptx.SessionRecord(
        sets=3, reps=8, pain_during=1, pain_after_24h=1, pain_lasted_hours=2
    )
    as_float = attrs.evolve(as_int, pain_lasted_hours=2.0)
    assert (
        type(hiptx.from_dict(hiptx.SessionRecord, hiptx.to_dict(as_int)).pain_lasted_hours) is int
    )
    back = hiptx.from_dict(hiptx.SessionRecord, json.loads(hiptx.to_json(as_float)))
    assert type(back.pain_lasted_hours) is float


@given(rep_sessions())
def test_any_session_record_round_trips(record: hiptx.SessionRecord) -> None:
    assert repr(hiptx.from_dict(hiptx.SessionRecord, json.loads(hiptx.to_json(record)))) == repr(
        record
    )


@given(st.dates(min_value=datetime.date(1, 1, 1)))
def test_any_date_round_trips(day: datetime.date) -> None:
    record = hiptx.SessionRecord(sets=1, reps=1, pain_during=0, pain_after_24h=0, date=day)
    assert hiptx.from_dict(hiptx.SessionRecord, hiptx.to_dict(record)).date == day


@pytest.mark.parametrize(
    ("change", "path", "expected"),
    [
        ({"sets": "3"}, "/sets", "expected an integer, got string '3'"),
        ({"sets": True}, "/sets", "expected an integer"),
        ({"sets": 3.0}, "/sets", "expected an integer"),
        ({"sharp_pain": 1}, "/sharp_pain", "expected true or false"),
        ({"pain_during": 11}, "/pain_during", "11"),
        ({"date": "2026-1-5"}, "/date", "an ISO date"),
        ({"date": "20260105"}, "/date", "an ISO date"),
        ({"date": "2026-02-30"}, "/date", "an ISO date"),
        ({"date": 20260105}, "/date", "an ISO date string"),
        ({"colour": "red"}, "", "extra fields found (colour)"),
        ({"pain_lasted_hours": "2.5"}, "/pain_lasted_hours", "expected a number, got string"),
        ({"pain_lasted_hours": True}, "/pain_lasted_hours", "expected a number"),
    ],
)
def test_from_dict_refuses_and_names_the_path(
    change: dict[str, object], path: str, expected: str
) -> None:
    with pytest.raises(hiptx.InvalidDataError) as caught:
        hiptx.from_dict(hiptx.SessionRecord, {**VALID, **change})
    assert isinstance(caught.value, ValueError)
    # A bad request body is not a bad catalog: start-up's except clause misses it.
    assert isinstance(caught.value, hiptx.RequestError)
    assert not isinstance(caught.value, hiptx.CatalogDataError)
    assert [p.path for p in caught.value.details] == [path]
    assert expected in caught.value.problems[0]


def test_from_dict_lists_every_problem_in_nested_data() -> None:
    decision = hiptx.check_progression(
        "side-lying-hip-adduction",
        [hiptx.SessionRecord(**VALID)],  # type: ignore[arg-type]
    )
    data = hiptx.to_dict(decision)
    data["outcome"] = "progresss"
    data["reasons"][0]["code"] = 3
    data["pain"]["reasons"][0]["extra"] = None
    with pytest.raises(hiptx.InvalidDataError) as caught:
        hiptx.from_dict(hiptx.ProgressionDecision, data)
    paths = sorted(p.path for p in caught.value.details)
    assert paths == ["/outcome", "/pain/reasons/0", "/reasons/0/code"]
    assert "the ProgressionDecision data is invalid (3 problems)" in str(caught.value)


def test_from_dict_refuses_a_list_where_a_mapping_goes() -> None:
    with pytest.raises(hiptx.InvalidDataError, match=r"/findings: expected an object"):
        hiptx.from_dict(hiptx.Assessment, {"findings": [["adduction", "weak"]]})


def test_the_error_pickles_and_compares_equal() -> None:
    import pickle

    with pytest.raises(hiptx.InvalidDataError) as caught:
        hiptx.from_dict(hiptx.IntRange, {"low": "1", "high": None})
    assert pickle.loads(pickle.dumps(caught.value)) == caught.value  # noqa: S301 - our own bytes


def test_from_dict_of_a_catalog_checks_it_whole(cat: hiptx.Catalog) -> None:
    data = hiptx.to_dict(cat)
    data["exercises.json"]["exercises"][0]["citations"][0]["source_id"] = "no-such-source"
    data["risks.json"]["risks"][0]["frequency"] = "often"
    del data["rules.json"]
    data["extra.json"] = {}
    with pytest.raises(hiptx.CatalogDataError) as caught:
        hiptx.from_dict(hiptx.Catalog, data)
    lines = caught.value.problems
    assert any(
        line.startswith("exercises.json: /exercises/0/citations/0/source_id: unknown source")
        for line in lines
    )
    assert any(line.startswith("risks.json: /risks/0/frequency") for line in lines)
    assert "rules.json: missing" in lines
    assert any(line.startswith("extra.json: is not a catalog file") for line in lines)


@pytest.mark.parametrize("data", [[], "catalog", None])
def test_from_dict_of_a_catalog_needs_a_dict_of_its_files(data: object) -> None:
    with pytest.raises(hiptx.WrongTypeError) as caught:
        hiptx.from_dict(hiptx.Catalog, data)
    assert caught.value.field == "data"
    assert "index.json" in str(caught.value)


@pytest.mark.parametrize("bad", [object(), {1: "a"}, {"x": object()}, [object()]])
def test_to_dict_refuses_what_is_not_hiptx_data(bad: object) -> None:
    with pytest.raises(hiptx.WrongTypeError):
        hiptx.to_dict(bad)


@pytest.mark.parametrize("cls", [dict, int, "SessionRecord", None])
def test_from_dict_and_json_schema_refuse_a_non_hiptx_class(cls: object) -> None:
    with pytest.raises(hiptx.WrongTypeError, match="cls: expected a hiptx class"):
        hiptx.from_dict(cls, {})  # type: ignore[arg-type]
    with pytest.raises(hiptx.WrongTypeError, match="cls: expected a hiptx class"):
        hiptx.json_schema(cls)  # type: ignore[arg-type]


def test_to_json_indent_is_checked() -> None:
    assert hiptx.to_json(hiptx.IntRange(1, 2), indent=1) == '{\n "low": 1,\n "high": 2\n}'
    with pytest.raises(hiptx.WrongTypeError, match="indent"):
        hiptx.to_json(hiptx.IntRange(1, 2), indent="  ")  # type: ignore[arg-type]


def test_enums_read_back_from_their_values() -> None:
    assert hiptx.from_dict(hiptx.Outcome, "regress") is hiptx.Outcome.REGRESS
    with pytest.raises(hiptx.InvalidDataError, match="expected one of 'progress'"):
        hiptx.from_dict(hiptx.Outcome, "Outcome.REGRESS")


# --- to_dict: cycles and depth ----------------------------------------------------------


def test_to_dict_refuses_a_list_inside_itself() -> None:
    loop: list[object] = []
    loop.append(loop)
    with pytest.raises(hiptx.WrongTypeError, match="without cycles"):
        hiptx.to_dict(loop)
    ring: dict[str, object] = {}
    ring["self"] = [ring]
    with pytest.raises(hiptx.WrongTypeError, match="without cycles"):
        hiptx.to_dict(ring)


def test_to_dict_refuses_excess_depth_but_not_a_shared_value() -> None:
    deep: list[object] = []
    for _ in range(65):
        deep = [deep]
    with pytest.raises(hiptx.WrongTypeError, match="at most 64"):
        hiptx.to_dict(deep)
    shallow: list[object] = []
    for _ in range(63):
        shallow = [shallow]
    assert hiptx.to_dict(shallow) is not None
    shared = hiptx.IntRange(1, 2)
    assert hiptx.to_dict([shared, (shared,)]) == [{"low": 1, "high": 2}, [{"low": 1, "high": 2}]]


# --- the schema says what from_dict refuses ---------------------------------------------


@pytest.mark.parametrize("score", [-1, 0, 10, 11])
def test_a_pain_score_outside_0_to_10_is_refused_by_schema_and_from_dict(score: int) -> None:
    import jsonschema

    payload = {"findings": {"adduction": "painful"}, "pain_scores": {"adduction": score}}
    schema_ok = jsonschema.Draft202012Validator(hiptx.json_schema(hiptx.Assessment)).is_valid(
        payload
    )
    try:
        hiptx.from_dict(hiptx.Assessment, payload)
    except hiptx.HiptxError:
        loaded = False
    else:
        loaded = True
    assert schema_ok == loaded == (0 <= score <= 10)


def test_the_programme_schema_bounds_each_weekday() -> None:
    import jsonschema

    schema = hiptx.json_schema(hiptx.Programme)
    weekdays = schema["properties"]["weekdays"]
    validator = jsonschema.Draft202012Validator(weekdays)
    assert validator.is_valid([0, 6])
    assert not validator.is_valid([7])
    assert not validator.is_valid([-1])
