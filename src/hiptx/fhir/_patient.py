"""A patient's programme as FHIR R4: a CarePlan, ServiceRequests and pain Observations."""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence

from hiptx.catalog import Catalog
from hiptx.codes import LOINC, allowed_codes
from hiptx.fhir._catalog import activity_definition, exercise_resource_id
from hiptx.fhir._common import JSON, Addresses, codeable, entry
from hiptx.rules.pain import SessionRecord
from hiptx.rules.programme import Prescription, Programme

#: LOINC's code for a pain score on a 0-10 verbal numeric rating scale.
PAIN_SCORE = "72514-3"


def _pain_code() -> JSON:
    display = allowed_codes()[LOINC, PAIN_SCORE].display
    return {"coding": [{"system": LOINC, "code": PAIN_SCORE, "display": display}]}


def _instructions(dated: Sequence[tuple[datetime.date, Prescription]]) -> str:
    """Each distinct prescription, from the first day it applies."""
    lines: list[str] = []
    last = None
    for day, prescription in dated:
        if prescription.text != last:
            lines.append(f"From {day.isoformat()}: {prescription.text}.")
            last = prescription.text
    return " ".join(lines)


def _service_request(  # noqa: PLR0913, PLR0917 - one request, all it is built from
    exercise_id: str,
    dated: Sequence[tuple[datetime.date, Prescription]],
    patient: str,
    care_plan_url: str,
    catalog: Catalog,
    addresses: Addresses,
) -> JSON:
    exercise = catalog.exercises[exercise_id]
    return {
        "resourceType": "ServiceRequest",
        "id": f"programme-{exercise_id}",
        "instantiatesCanonical": [
            addresses.canonical("ActivityDefinition", exercise_resource_id(exercise_id))
        ],
        "basedOn": [{"reference": care_plan_url}],
        "status": "active",
        "intent": "plan",
        "code": codeable(exercise.codes, exercise.name),
        "subject": {"reference": patient},
        "occurrenceTiming": {"event": [day.isoformat() for day, _ in dated]},
        "patientInstruction": _instructions(dated),
    }


def _observations(
    exercise_id: str,
    sessions: Sequence[SessionRecord],
    patient: str,
    request_url: str | None,
) -> list[JSON]:
    found = []
    for number, session in enumerate(sessions, start=1):
        readings = (
            ("during", session.pain_during, session.date, "Pain during exercise"),
            (
                "next-day",
                session.pain_after_24h,
                None if session.date is None else session.date + datetime.timedelta(days=1),
                "Pain the day after exercise (about 24 hours after)",
            ),
        )
        for when, score, day, words in readings:
            observation: JSON = {
                "resourceType": "Observation",
                "id": f"pain-{exercise_id}-{number}-{when}",
                "status": "final",
                "code": _pain_code(),
                "subject": {"reference": patient},
            }
            if request_url is not None:
                observation["basedOn"] = [{"reference": request_url}]
            if day is not None:
                observation["effectiveDateTime"] = day.isoformat()
            observation["valueInteger"] = score
            observation["note"] = [{"text": f"{words}, session {number} of {exercise_id}."}]
            found.append(observation)
    return found


def programme_bundle(
    programme: Programme,
    *,
    patient: str,
    sessions: Mapping[str, Sequence[SessionRecord]],
    catalog: Catalog,
    addresses: Addresses,
) -> JSON:
    """The CarePlan and everything it points at, in one Bundle.

    One ServiceRequest per exercise, the exercises' definitions and one
    Observation per pain reading.
    """
    care_plan_id = "programme"
    care_plan_url = addresses.url("CarePlan", care_plan_id)
    by_exercise: dict[str, list[tuple[datetime.date, Prescription]]] = {}
    for session in programme.sessions:
        for prescription in session.prescriptions:
            by_exercise.setdefault(prescription.exercise_id, []).append(
                (session.date, prescription)
            )
    requests = [
        _service_request(exercise_id, dated, patient, care_plan_url, catalog, addresses)
        for exercise_id, dated in by_exercise.items()
    ]
    request_url = {
        exercise_id: addresses.url("ServiceRequest", f"programme-{exercise_id}")
        for exercise_id in by_exercise
    }
    care_plan: JSON = {
        "resourceType": "CarePlan",
        "id": care_plan_id,
        "status": "on-hold" if programme.referral is not None else "active",
        "intent": "plan",
        "title": "Hip exercise programme",
        "subject": {"reference": patient},
        "period": {"start": programme.start.isoformat(), "end": programme.end.isoformat()},
        "activity": [{"reference": {"reference": request_url[e]}} for e in by_exercise],
    }
    notes = [r.message for r in programme.reasons]
    if programme.referral is not None:
        notes += [r.message for r in programme.referral.reasons]
    if notes:
        care_plan["note"] = [{"text": n} for n in notes]
    if not care_plan["activity"]:
        del care_plan["activity"]
    definitions = [
        activity_definition(catalog.exercises[e], catalog, addresses)
        for e in sorted({*by_exercise, *sessions})
    ]
    observations = [
        o
        for exercise_id, records in sessions.items()
        for o in _observations(exercise_id, records, patient, request_url.get(exercise_id))
    ]
    resources = [care_plan, *requests, *definitions, *observations]
    return {
        "resourceType": "Bundle",
        "id": "hiptx-programme",
        "type": "collection",
        "entry": [entry(r, addresses) for r in resources],
    }
