"""FHIR R4 export: valid against fhir.resources' R4B models and hiptx's own checks."""

from __future__ import annotations

import collections
import datetime
import json
import re
from typing import Any

import pytest
from hypothesis import given, settings, strategies as st

import hiptx
import hiptx.fhir
from hiptx.codes import LOINC
from tests.support.fhir import BUNDLE, CAT, broken
from tests.support.processes import fresh_python
from tests.support.programmes import programme_for


def _r4b() -> Any:
    # A test dependency (pyproject's tests group): imported, never skipped.
    from fhir.resources import R4B

    return R4B


def _kinds(bundle: dict[str, Any]) -> collections.Counter[str]:
    return collections.Counter(e["resource"]["resourceType"] for e in bundle["entry"])


def _resource(bundle: dict[str, Any], resource_id: str) -> dict[str, Any]:
    return next(e["resource"] for e in bundle["entry"] if e["resource"]["id"] == resource_id)


def test_every_resource_validates_with_the_r4b_models() -> None:
    models = _r4b()
    for entry in BUNDLE["entry"]:
        resource = entry["resource"]
        if resource["resourceType"] == "RiskEvidenceSynthesis":
            # R4 only; its contained EvidenceVariables validate as R4B ones.
            for contained in resource["contained"]:
                models.get_fhir_model_class("EvidenceVariable").model_validate(contained)
            continue
        models.get_fhir_model_class(resource["resourceType"]).model_validate(resource)


def test_the_bundle_without_risk_evidence_validates_whole() -> None:
    bundle = hiptx.fhir.to_bundle(risk_evidence=False)
    _r4b().get_fhir_model_class("Bundle").model_validate(bundle)
    assert "RiskEvidenceSynthesis" not in _kinds(bundle)


def test_validate_accepts_the_full_export() -> None:
    hiptx.fhir.validate(BUNDLE)
    assert hiptx.fhir.check(BUNDLE) == []


def test_one_definition_per_exercise_chain_treatment_and_rate() -> None:
    kinds = _kinds(BUNDLE)
    assert kinds["ActivityDefinition"] == len(CAT.exercises)
    assert kinds["PlanDefinition"] == len(CAT.progressions) + len(CAT.treatments)
    assert kinds["RiskEvidenceSynthesis"] == sum(len(r.rates) for r in CAT.risks.values())
    full_urls = [e["fullUrl"] for e in BUNDLE["entry"]]
    assert len(set(full_urls)) == len(full_urls)


def test_ids_are_valid_fhir_ids() -> None:
    for entry in BUNDLE["entry"]:
        assert re.fullmatch(r"[A-Za-z0-9\-.]{1,64}", entry["resource"]["id"])


def test_chain_actions_follow_the_chain_in_order() -> None:
    urls = {e["resource"]["url"]: e["resource"]["id"] for e in BUNDLE["entry"]}
    for chain in CAT.progressions.values():
        plan = _resource(BUNDLE, f"progression-{chain.id}")
        targets = [urls[a["definitionCanonical"].split("|")[0]] for a in plan["action"]]
        assert targets == [f"exercise-{e}" for e in chain.exercise_ids]
        for before, after in zip(plan["action"], plan["action"][1:], strict=False):
            assert after["relatedAction"] == [
                {"actionId": before["id"], "relationship": "after-end"}
            ]
        assert "relatedAction" not in plan["action"][0]


def test_criteria_use_the_rules_words_and_say_whose() -> None:
    plan = _resource(BUNDLE, "progression-hip-adductor-strengthening")
    start = [c for c in plan["action"][1]["condition"] if c["kind"] == "start"]
    assert len(start) == 1
    words = start[0]["expression"]["description"]
    assert "3 sets of 8-10 reps" in words  # the dose's target (Kemp's rule)
    assert CAT.rules.pain_ceiling.text in words
    stops = " ".join(c["expression"]["description"] for c in plan["action"][1]["condition"])
    for rule in (CAT.rules.sharp_joint_pain, CAT.rules.hot_or_swollen_joint):
        assert rule.text in stops
    assert "Caring Medical" in stops
    assert "My Hip Exercise" in stops
    first = " ".join(c["expression"]["description"] for c in plan["action"][0]["condition"])
    assert "stop (this is the easiest step)" in first


def test_dosage_text_has_sets_reps_holds_and_the_ceiling() -> None:
    ad = _resource(BUNDLE, "exercise-side-lying-hip-adduction")
    text = ad["dosage"][0]["text"]
    assert "2-3 sets" in text
    assert "8-10 reps" in text
    assert "2-3 s hold in each rep" in text
    assert f"at most {CAT.rules.pain_ceiling.value:g}/10" in text
    plank = next(e for e in CAT.exercises.values() if e.dose and e.dose.hold_seconds)
    assert "s holds" in _resource(BUNDLE, f"exercise-{plank.id}")["dosage"][0]["text"]
    undosed = next(e for e in CAT.exercises.values() if e.dose is None)
    assert "no dose" in _resource(BUNDLE, f"exercise-{undosed.id}")["dosage"][0]["text"]


def test_treatment_milestones_become_due_goals() -> None:
    pht = CAT.treatments["hip-arthroscopy"]
    plan = _resource(BUNDLE, "treatment-hip-arthroscopy")
    assert len(plan["goal"]) == len(pht.milestones)
    off = next(
        (m, g)
        for m, g in zip(pht.milestones, plan["goal"], strict=True)
        if m.kind is hiptx.MilestoneKind.OFF_CRUTCHES
    )
    # "2 weeks" in the data: exactly 2 weeks, UCUM "wk".
    assert off[1]["target"][0]["due"] == {
        "value": 2,
        "unit": "weeks",
        "system": "http://unitsofmeasure.org",
        "code": "wk",
    }
    assert plan["action"][0]["goalId"] == [g["id"] for g in plan["goal"]]
    cited = {a["label"] for a in plan["relatedArtifact"]}
    assert cited == {s.id for s in CAT.sources_of(pht)}


def test_risk_evidence_has_the_published_figures_and_no_invented_counts() -> None:
    risk = CAT.risks["thr-venous-thromboembolism"]
    for number, rate in enumerate(risk.rates, start=1):
        res = _resource(BUNDLE, f"risk-{risk.id}-{number}")
        estimate = res["riskEstimate"]
        assert estimate.get("value") == rate.estimate_percent
        assert "numeratorCount" not in estimate
        assert "denominatorCount" not in estimate
        assert res["contained"][0]["characteristic"][0]["definitionCodeableConcept"]["text"] == (
            rate.population
        )
        if rate.follow_up is not None:
            assert str(rate.follow_up) in estimate["description"]
    dislocation = _resource(BUNDLE, "risk-thr-dislocation-1")
    outcome = dislocation["contained"][1]["characteristic"][0]["definitionCodeableConcept"]
    assert outcome["coding"][0]["code"] == "314201008"


def test_canonicals_are_versioned_with_the_data_version() -> None:
    for entry in BUNDLE["entry"]:
        assert entry["resource"]["version"] == CAT.version
    plan = _resource(BUNDLE, "progression-hop-progression")
    assert all(a["definitionCanonical"].endswith(f"|{CAT.version}") for a in plan["action"])


def test_addresses_are_stable_and_under_the_base_given() -> None:
    assert hiptx.fhir.to_bundle() == BUNDLE
    assert all(e["fullUrl"].startswith("urn:uuid:") for e in BUNDLE["entry"])
    based = hiptx.fhir.to_bundle(base="https://fhir.example.org/r4")
    assert based["entry"][0]["fullUrl"] == based["entry"][0]["resource"]["url"]
    assert hiptx.fhir.check(based) == []
    with pytest.raises(hiptx.InvalidValueError, match="base"):
        hiptx.fhir.to_bundle(base="https://fhir.example.org/r4/")
    with pytest.raises(hiptx.WrongTypeError, match="risk_evidence"):
        hiptx.fhir.to_bundle(risk_evidence="no")  # type: ignore[arg-type]


def test_check_finds_dangling_references_and_bad_codes() -> None:
    def dangle(b: dict[str, Any]) -> None:
        plan = next(
            e["resource"] for e in b["entry"] if e["resource"]["id"].startswith("progression-")
        )
        plan["action"][1]["relatedAction"][0]["actionId"] = "step-99"

    def recode(b: dict[str, Any]) -> None:
        b["entry"][0]["resource"]["code"] = {
            "coding": [{"system": "http://snomed.info/sct", "code": "229065009", "display": "x"}]
        }

    def unlink(b: dict[str, Any]) -> None:
        b["entry"] = [
            e for e in b["entry"] if e["resource"]["resourceType"] != "ActivityDefinition"
        ]

    assert any("step-99" in p for p in broken(dangle))
    assert any("allow-list" in p for p in broken(recode))
    assert any("does not resolve" in p for p in broken(unlink))
    bundle = json.loads(json.dumps(BUNDLE))
    recode(bundle)
    with pytest.raises(hiptx.fhir.FhirValidationError) as caught:
        hiptx.fhir.validate(bundle)
    assert caught.value.problems


def _programme(weeks: int) -> hiptx.Programme:
    patterns = (hiptx.MovementPattern.ADDUCTION, hiptx.MovementPattern.EXTENSION)
    return programme_for(*patterns, weeks=weeks)


@settings(max_examples=10, deadline=None)
@given(st.integers(min_value=1, max_value=6), st.integers(min_value=0, max_value=10))
def test_programme_bundle_validates(weeks: int, pain: int) -> None:
    programme = _programme(weeks)
    log = {
        "side-lying-hip-adduction": [
            hiptx.SessionRecord(
                sets=2, reps=8, pain_during=pain, pain_after_24h=0, date=datetime.date(2025, 1, 6)
            )
        ]
    }
    bundle = hiptx.fhir.programme_bundle(programme, patient="Patient/p1", sessions=log)
    hiptx.fhir.validate(bundle, external=["Patient/p1"])
    kinds = _kinds(bundle)
    exercises = {p.exercise_id for s in programme.sessions for p in s.prescriptions}
    assert kinds["CarePlan"] == 1
    assert kinds["ServiceRequest"] == len(exercises)
    observations = [
        e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == "Observation"
    ]
    assert [o["valueInteger"] for o in observations] == [pain, 0]
    assert all(
        o["code"]["coding"][0]
        == {
            "system": LOINC,
            "code": "72514-3",
            "display": "Pain severity - 0-10 verbal numeric rating [Score] - Reported",
        }
        for o in observations
    )
    assert observations[1]["effectiveDateTime"] == "2025-01-07"
    # The export marks the patient reference as external: check() takes it as is;
    # without the mark, the reference is reported.
    assert hiptx.fhir.check(bundle) == []
    for item in bundle["entry"]:
        item["resource"].get("subject", {}).pop("extension", None)
    assert any("Patient/p1" in p for p in hiptx.fhir.check(bundle))


def test_programme_bundle_refuses_bad_arguments() -> None:
    programme = _programme(1)
    with pytest.raises(hiptx.WrongTypeError, match="patient"):
        hiptx.fhir.programme_bundle(programme, patient="")
    with pytest.raises(hiptx.UnknownIdError):
        hiptx.fhir.programme_bundle(programme, patient="Patient/1", sessions={"no-such": []})
    with pytest.raises(hiptx.WrongTypeError, match="programme"):
        hiptx.fhir.programme_bundle("plan", patient="Patient/1")  # type: ignore[arg-type]


def test_validate_names_the_missing_extra() -> None:
    code = (
        "import sys, hiptx.fhir\n"
        "sys.modules['fhir.resources'] = None\n"
        "try:\n"
        "    hiptx.fhir.validate(hiptx.fhir.to_bundle(risk_evidence=False))\n"
        "except hiptx.fhir.MissingDependencyError as e:\n"
        "    print(type(e).__mro__[1].__name__, e)\n"
    )
    out = fresh_python(code)
    assert "HiptxError" in out
    assert "hiptx[fhir]" in out


def test_import_hiptx_does_not_import_fhir() -> None:
    code = (
        "import sys, hiptx; hiptx.Code; print('hiptx.fhir' in sys.modules, 'fhir' in sys.modules)"
    )
    assert fresh_python(code).split() == ["False", "False"]
