"""Patient FHIR a server can hold: ids per patient and programme, statuses that agree.

Scenario rationale (each test says which hazard it pins):
- two patients' plans sent to one server must never overwrite each other (HZ-103);
- after a red flag, nothing in the export may still read as "active" exercise
  advice (HZ-104);
- an exercise swapped out must not read as still requested (HZ-105).
"""

from __future__ import annotations

import datetime
import json
import subprocess
import sys
from typing import Any

import pytest

import hiptx
import hiptx.fhir
from tests.support.fhir import resources

D = datetime.date
START = D(2025, 1, 6)
FIRST, SECOND = "side-lying-hip-adduction", "side-lying-hip-adduction-loaded"


def _built() -> hiptx.Programme:
    plan = hiptx.plan_exercises(
        hiptx.Assessment(findings={hiptx.MovementPattern.ADDUCTION: hiptx.Finding.WEAK})
    )
    return hiptx.build_programme(plan, start=START, weeks=4, sessions_per_week=3)


def _progressed() -> hiptx.Programme:
    """Week 1 met the target, so from 13 January the loaded version replaces it."""
    days = (D(2025, 1, 6), D(2025, 1, 8), D(2025, 1, 10))
    log = {
        FIRST: [
            hiptx.SessionRecord(sets=3, reps=10, pain_during=2, pain_after_24h=2, date=d)
            for d in days
        ]
    }
    update = hiptx.advance_programme(_built(), log, today=D(2025, 1, 11))
    assert [(c.from_exercise_id, c.to_exercise_id) for c in update.changes] == [(FIRST, SECOND)]
    return update.programme


def _stopped() -> hiptx.Programme:
    """The progressed programme, then a red flag reported on 18 January."""
    update = hiptx.advance_programme(
        _progressed(), {}, red_flags={hiptx.RedFlag.SUSPECTED_FRACTURE}, today=D(2025, 1, 18)
    )
    assert update.programme.referral is not None
    return update.programme


def _patient_ids(bundle: dict[str, Any]) -> set[str]:
    return {
        e["resource"]["id"]
        for e in bundle["entry"]
        if e["resource"]["resourceType"] != "ActivityDefinition"
    } | {bundle["id"]}


def test_two_patients_bundles_share_no_id() -> None:  # HZ-103
    programme = _built()
    one = hiptx.fhir.programme_bundle(programme, patient="Patient/1")
    two = hiptx.fhir.programme_bundle(programme, patient="Patient/2")
    assert not _patient_ids(one) & _patient_ids(two)
    urls = {e["fullUrl"] for e in one["entry"]} & {e["fullUrl"] for e in two["entry"]}
    # Only the shared exercise definitions (the catalog's, not the patient's) coincide.
    assert all(u in {e["fullUrl"] for e in _definitions(one)} for u in urls)


def _definitions(bundle: dict[str, Any]) -> list[dict[str, Any]]:
    return [e for e in bundle["entry"] if e["resource"]["resourceType"] == "ActivityDefinition"]


def test_two_programmes_of_one_patient_can_be_told_apart() -> None:
    programme = _built()
    first = hiptx.fhir.programme_bundle(programme, patient="Patient/1")
    named = hiptx.fhir.programme_bundle(programme, patient="Patient/1", programme_id="left-hip")
    assert not _patient_ids(first) & _patient_ids(named)


def test_ids_are_stable_across_exports_and_as_the_programme_advances() -> None:
    before = hiptx.fhir.programme_bundle(_built(), patient="Patient/1")
    again = hiptx.fhir.programme_bundle(_built(), patient="Patient/1")
    assert json.dumps(before) == json.dumps(again)
    after = hiptx.fhir.programme_bundle(_progressed(), patient="Patient/1")
    assert resources(before, "CarePlan")[0]["id"] == resources(after, "CarePlan")[0]["id"]
    # The exercise both exports hold keeps its id; the new one has its own.
    assert _request_for(before, FIRST)["id"] == _request_for(after, FIRST)["id"]
    assert _request_for(after, SECOND)["id"] != _request_for(after, FIRST)["id"]


def _request_for(bundle: dict[str, Any], exercise_id: str) -> dict[str, Any]:
    name = hiptx.load_catalog().exercises[exercise_id].name
    (found,) = [r for r in resources(bundle, "ServiceRequest") if r["code"]["text"] == name]
    return found


def test_every_id_is_a_valid_fhir_id() -> None:
    bundle = hiptx.fhir.programme_bundle(_stopped(), patient="Patient/with a long reference " * 3)
    for item in bundle["entry"]:
        resource_id = item["resource"]["id"]
        assert 1 <= len(resource_id) <= 64
        assert all(c.isalnum() or c in "-." for c in resource_id)


def test_a_swapped_out_exercise_ends_with_its_period() -> None:  # HZ-105
    bundle = hiptx.fhir.programme_bundle(_progressed(), patient="Patient/1")
    old, new = _request_for(bundle, FIRST), _request_for(bundle, SECOND)
    assert (old["status"], new["status"]) == ("revoked", "active")
    assert old["occurrenceTiming"]["repeat"]["boundsPeriod"] == {
        "start": "2025-01-06",
        "end": "2025-01-10",
    }
    assert new["occurrenceTiming"]["repeat"]["boundsPeriod"]["start"] == "2025-01-13"
    (care_plan,) = resources(bundle, "CarePlan")
    assert care_plan["status"] == "active"
    assert care_plan["period"] == {"start": "2025-01-06", "end": "2025-02-02"}
    assert hiptx.fhir.check(bundle) == []


def test_a_red_flag_puts_the_plan_and_every_request_on_hold_or_revoked() -> None:  # HZ-104
    programme = _stopped()
    bundle = hiptx.fhir.programme_bundle(programme, patient="Patient/1")
    (care_plan,) = resources(bundle, "CarePlan")
    assert care_plan["status"] == "on-hold"
    statuses = sorted(r["status"] for r in resources(bundle, "ServiceRequest"))
    assert statuses == ["on-hold", "revoked"]
    # The plan's period ends when the red flag stopped it, not on the original end.
    (stop,) = [c for c in programme.history if c.outcome is hiptx.Outcome.STOP]
    assert stop.effective is not None
    assert care_plan["period"]["end"] == stop.effective.isoformat()
    assert care_plan["period"]["end"] < programme.end.isoformat()
    notes = [n["text"] for n in care_plan["note"]]
    assert notes[0].startswith("Suspected fracture")
    assert not any("referral above" in n or "the referral " in n for n in notes)
    assert hiptx.fhir.check(bundle) == []


def test_a_transaction_bundle_is_safe_to_send_again() -> None:
    bundle = hiptx.fhir.programme_bundle(_stopped(), patient="Patient/1", transaction=True)
    assert bundle["type"] == "transaction"
    for item in bundle["entry"]:
        resource, request = item["resource"], item["request"]
        kind = resource["resourceType"]
        if kind == "ActivityDefinition":
            assert request == {
                "method": "POST",
                "url": "ActivityDefinition",
                "ifNoneExist": f"url={resource['url']}&version={resource['version']}",
            }
        else:
            (identifier,) = resource["identifier"]
            assert identifier["value"] == f"urn:uuid:{resource['id']}"
            assert request == {
                "method": "PUT",
                "url": f"{kind}?identifier=urn:ietf:rfc:3986|urn:uuid:{resource['id']}",
            }
    assert hiptx.fhir.check(bundle) == []
    hiptx.fhir.validate(bundle)


def test_the_export_passes_check_and_validation_as_it_comes() -> None:
    log = {
        FIRST: [hiptx.SessionRecord(sets=3, reps=10, pain_during=2, pain_after_24h=1, date=START)]
    }
    for programme in (_built(), _progressed(), _stopped()):
        bundle = hiptx.fhir.programme_bundle(programme, patient="Patient/1", sessions=log)
        assert hiptx.fhir.check(bundle) == []
        hiptx.fhir.validate(bundle)


@pytest.mark.parametrize(
    ("option", "value"),
    [("programme_id", ""), ("programme_id", 3), ("transaction", "yes"), ("transaction", 1)],
)
def test_bad_options_are_refused(option: str, value: object) -> None:
    with pytest.raises(hiptx.WrongTypeError, match=option):
        hiptx.fhir.programme_bundle(_built(), patient="Patient/1", **{option: value})  # type: ignore[arg-type]


def test_an_unknown_exercise_in_the_log_is_named_where_it_is() -> None:
    with pytest.raises(hiptx.UnknownIdError) as caught:
        hiptx.fhir.programme_bundle(_built(), patient="Patient/1", sessions={"no-such": []})
    assert caught.value.path == "/sessions/no-such"


def test_hiptx_fhir_is_an_attribute_loaded_on_first_use() -> None:
    code = (
        "import sys, hiptx\n"
        "assert 'hiptx.fhir' not in sys.modules\n"
        "assert hiptx.fhir.check(hiptx.fhir.to_bundle(risk_evidence=False)) == []\n"
        "print('ok')"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.stdout.strip() == "ok", result.stderr


def test_the_package_hands_out_its_fhir_subpackage() -> None:
    # In this process hiptx.fhir is imported already; the hook is what a fresh
    # process reaches (see the test above), called here directly.
    assert hiptx.__getattr__("fhir") is hiptx.fhir
