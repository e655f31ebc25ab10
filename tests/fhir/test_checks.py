"""hiptx's own Bundle checks (fhir/_checks.py): each one fires; and the rarer export paths."""

from __future__ import annotations

import copy
import datetime
import sys
from collections.abc import Callable
from typing import Any

import attrs
import pytest

import hiptx
import hiptx.fhir
from tests.support.fhir import BUNDLE, CAT, Resource, broken, resources


def _first(bundle: dict[str, Any], test: Callable[[Resource], bool]) -> Resource:
    return next(e["resource"] for e in bundle["entry"] if test(e["resource"]))


def _chain(resource: Resource) -> bool:
    return str(resource["id"]).startswith("progression-")


def _with_goals(resource: Resource) -> bool:
    return bool(resource["resourceType"] == "PlanDefinition" and "goal" in resource)


def _risk(resource: Resource) -> bool:
    return bool(resource["resourceType"] == "RiskEvidenceSynthesis")


def _only_new(change: Callable[[dict[str, Any]], None]) -> str:
    assert hiptx.fhir.check(BUNDLE) == []
    (problem,) = broken(change)
    return problem


class TestOwnChecks:
    def test_a_coding_with_the_wrong_display(self) -> None:
        def miscall(bundle: dict[str, Any]) -> None:
            coded = _first(bundle, lambda r: r["id"] == "exercise-deep-soft-tissue-release")
            coded["code"]["coding"][0]["display"] = "Massage"

        problem = _only_new(miscall)
        assert problem.endswith(".coding[0].display: expected 'Physical therapy procedure'")

    def test_an_unknown_action_relationship(self) -> None:
        def relate(bundle: dict[str, Any]) -> None:
            _first(bundle, _chain)["action"][1]["relatedAction"][0]["relationship"] = "later"

        assert _only_new(relate).endswith(".action[1].relatedAction[0].relationship: 'later'")

    def test_an_unknown_condition_kind(self) -> None:
        def condition(bundle: dict[str, Any]) -> None:
            _first(bundle, _chain)["action"][1]["condition"][0]["kind"] = "maybe"

        assert _only_new(condition).endswith(".action[1].condition[0].kind: 'maybe'")

    def test_an_action_pointing_at_no_goal(self) -> None:
        def unlink(bundle: dict[str, Any]) -> None:
            _first(bundle, _with_goals)["action"][0]["goalId"].append("milestone-9")

        assert _only_new(unlink).endswith(".action[0].goalId: no goal 'milestone-9'")

    def test_r4_required_elements_of_risk_evidence(self) -> None:
        def strip(bundle: dict[str, Any]) -> None:
            risk = _first(bundle, _risk)
            del risk["status"]
            risk["contained"][0]["characteristic"] = []

        required = [p for p in broken(strip) if p.endswith("required in R4")]
        assert len(required) == 2
        assert required[0].endswith(".status: required in R4")
        assert required[1].endswith(".contained[population].characteristic: required in R4")

    def test_not_a_bundle(self) -> None:
        assert hiptx.fhir.check({"resourceType": "Patient"}) == [
            "resourceType: 'Patient' is not 'Bundle'"
        ]

    def test_an_unknown_bundle_type(self) -> None:
        def retype(bundle: dict[str, Any]) -> None:
            bundle["type"] = "pile"

        assert _only_new(retype) == "type: 'pile' is not a Bundle type"

    def test_entries_need_distinct_full_urls(self) -> None:
        def drop(bundle: dict[str, Any]) -> None:
            del bundle["entry"][0]["fullUrl"]

        def repeat(bundle: dict[str, Any]) -> None:
            bundle["entry"][1]["fullUrl"] = bundle["entry"][0]["fullUrl"]

        assert "entry: an entry has no fullUrl" in broken(drop)
        assert "entry: fullUrl repeated" in broken(repeat)


class TestValidate:
    def test_a_resource_the_models_refuse_is_named(self) -> None:
        bundle = copy.deepcopy(BUNDLE)
        _first(bundle, _chain)["status"] = 42
        with pytest.raises(hiptx.fhir.FhirValidationError) as caught:
            hiptx.fhir.validate(bundle)
        chain_problems = [p for p in caught.value.problems if "(PlanDefinition/progression-" in p]
        assert chain_problems
        assert "status" in chain_problems[0]

    def test_a_bundle_the_models_refuse_is_named(self) -> None:
        bundle = copy.deepcopy(BUNDLE)
        bundle["timestamp"] = "not a time"
        with pytest.raises(hiptx.fhir.FhirValidationError) as caught:
            hiptx.fhir.validate(bundle)
        (problem,) = caught.value.problems
        assert problem.startswith("Bundle: ")
        assert "timestamp" in problem

    def test_without_the_extra_installed(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setitem(sys.modules, "fhir.resources", None)  # import now fails
        with pytest.raises(hiptx.fhir.MissingDependencyError) as caught:
            hiptx.fhir.validate(BUNDLE)
        assert (caught.value.package, caught.value.extra) == ("fhir.resources", "fhir")


class TestObjectsNotIds:
    def test_an_exercise_with_its_own_pain_ceiling(self) -> None:
        exercise = CAT.exercises["copenhagen-plank"]
        assert exercise.dose is not None
        assert exercise.dose.pain_ceiling is None  # the catalog rule applies to it
        own = attrs.evolve(exercise, dose=attrs.evolve(exercise.dose, pain_ceiling=2))
        resource = hiptx.fhir.activity_definition(own, catalog=CAT)
        assert "pain at most 2/10" in resource["dosage"][0]["text"]
        assert "this exercise's own ceiling" in resource["dosage"][0]["text"]
        # The catalog's rule is not cited for an exercise that does not use it.
        ruled = hiptx.fhir.activity_definition(exercise, catalog=CAT)
        assert len(resource["relatedArtifact"]) < len(ruled["relatedArtifact"])

    def test_an_open_ended_milestone_is_due_at_least_its_lower_bound(self) -> None:
        treatment = CAT.treatments["hip-arthroscopy"]
        timed = next(m for m in treatment.milestones if m.span is not None)
        assert timed.span is not None
        opened = attrs.evolve(timed, span=hiptx.Span(timed.span.low, None, timed.span.unit))
        changed = attrs.evolve(
            treatment,
            milestones=tuple(opened if m is timed else m for m in treatment.milestones),
        )
        resource = hiptx.fhir.treatment_plan_definition(changed, catalog=CAT)
        number = treatment.milestones.index(timed) + 1
        goal = next(g for g in resource["goal"] if g["id"] == f"milestone-{number}")
        due = goal["target"][0]["due"]
        assert due["comparator"] == ">="
        assert due["value"] == timed.span.low

    def test_anything_else_is_refused_naming_the_argument(self) -> None:
        with pytest.raises(hiptx.WrongTypeError) as caught:
            hiptx.fhir.risk_evidence(42, catalog=CAT)  # type: ignore[arg-type]
        assert caught.value.field == "risk"

    def test_a_base_must_be_text(self) -> None:
        with pytest.raises(hiptx.WrongTypeError) as caught:
            hiptx.fhir.to_bundle(base=b"https://fhir.example.org")  # type: ignore[arg-type]
        assert caught.value.field == "base"


def _programme(**red_flags: Any) -> hiptx.Programme:
    plan = hiptx.plan_exercises(
        hiptx.Assessment(findings={hiptx.MovementPattern.ADDUCTION: hiptx.Finding.WEAK}),
        **red_flags,
    )
    return hiptx.build_programme(
        plan, start=datetime.date(2025, 1, 6), weeks=1, sessions_per_week=3
    )


class TestProgrammeBundle:
    def test_without_sessions(self) -> None:
        bundle = hiptx.fhir.programme_bundle(_programme(), patient="Patient/p1")
        assert resources(bundle, "Observation") == []
        hiptx.fhir.validate(bundle, external=["Patient/p1"])

    def test_an_undated_session_off_the_programme(self) -> None:
        # Logged for an exercise the programme does not prescribe, and without a date:
        # the readings are kept, but based on no request and with no time.
        programme = _programme()
        prescribed = {p.exercise_id for s in programme.sessions for p in s.prescriptions}
        assert "copenhagen-plank" not in prescribed
        record = hiptx.SessionRecord(sets=2, reps=8, pain_during=3, pain_after_24h=1)
        bundle = hiptx.fhir.programme_bundle(
            programme, patient="Patient/p1", sessions={"copenhagen-plank": [record]}
        )
        observations = resources(bundle, "Observation")
        assert [o["valueInteger"] for o in observations] == [3, 1]
        assert all("basedOn" not in o and "effectiveDateTime" not in o for o in observations)
        hiptx.fhir.validate(bundle, external=["Patient/p1"])

    def test_a_referred_programme_is_on_hold_with_the_referral_noted(self) -> None:
        programme = _programme(red_flags={hiptx.RedFlag.SUSPECTED_FRACTURE})
        assert programme.referral is not None
        bundle = hiptx.fhir.programme_bundle(programme, patient="Patient/p1")
        (care_plan,) = resources(bundle, "CarePlan")
        assert care_plan["status"] == "on-hold"
        assert "activity" not in care_plan  # no exercise until the referral is done
        notes = [n["text"] for n in care_plan["note"]]
        # The referral's reasons first (what to do now), then the programme's own,
        # each readable alone: no note points at another ("the referral above").
        referral = [r.message for r in programme.referral.reasons]
        assert notes[: len(referral)] == referral
        assert len(notes) == len(referral) + len(programme.reasons)
        assert not any("above" in n for n in notes)
        assert any("urgent referral for the red flags (suspected fracture)" in n for n in notes)
        hiptx.fhir.validate(bundle, external=["Patient/p1"])

    def test_a_programme_without_reasons_has_no_note(self) -> None:
        quiet = attrs.evolve(_programme(), reasons=())
        (care_plan,) = resources(
            hiptx.fhir.programme_bundle(quiet, patient="Patient/p1"), "CarePlan"
        )
        assert "note" not in care_plan
        assert care_plan["activity"]

    @pytest.mark.parametrize(
        ("sessions", "field"),
        [
            ([("copenhagen-plank", [])], "sessions"),
            ({"copenhagen-plank": "sets=3"}, "/sessions/copenhagen-plank"),
            ({"copenhagen-plank": [{"sets": 3}]}, "/sessions/copenhagen-plank/0"),
        ],
        ids=["not-a-mapping", "a-string", "not-a-record"],
    )
    def test_bad_sessions_are_refused_naming_where(self, sessions: object, field: str) -> None:
        with pytest.raises(hiptx.WrongTypeError) as caught:
            hiptx.fhir.programme_bundle(
                _programme(),
                patient="Patient/p1",
                sessions=sessions,  # type: ignore[arg-type]
            )
        assert caught.value.field == field
