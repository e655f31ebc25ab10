"""A patient's programme as FHIR R4: a CarePlan, ServiceRequests and pain Observations.

Ids a server can hold: every resource of a patient's programme has an id made from
the patient reference, the programme's key (its start date unless the caller names
it) and what the resource is, as a name-based UUID. Two patients' exports share no
id; two exports of the same programme (before and after it advanced) share every id
of what they both hold, so re-sending updates rather than duplicates.
"""

from __future__ import annotations

import datetime
import re
import uuid
from collections.abc import Mapping, Sequence

from hiptx.catalog import Catalog
from hiptx.codes import LOINC, allowed_codes
from hiptx.fhir._catalog import activity_definition, exercise_resource_id
from hiptx.fhir._common import JSON, NAMESPACE, Addresses, codeable, entry
from hiptx.rules.pain import SessionRecord
from hiptx.rules.programme import Prescription, Programme
from hiptx.rules.progression import Outcome

#: The extension an export puts on a reference it means to point outside the Bundle
#: (the patient), so that :func:`~hiptx.fhir.check` accepts it as it comes.
EXTERNAL = "urn:hiptx:fhir:external-reference"

#: The identifier system of every patient resource: its own ``urn:uuid``.
URI_SYSTEM = "urn:ietf:rfc:3986"


class _Ids:
    """The ids of one patient's programme: name-based UUIDs, stable across exports."""

    def __init__(self, patient: str, programme_key: str) -> None:
        self.key = f"{patient}|{programme_key}"

    def of(self, what: str) -> str:
        return str(uuid.uuid5(NAMESPACE, f"{self.key}|{what}"))


def _patient_reference(patient: str) -> JSON:
    return {"reference": patient, "extension": [{"url": EXTERNAL, "valueBoolean": True}]}


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
    ids: _Ids,
    status: str,
) -> JSON:
    exercise = catalog.exercises[exercise_id]
    days = [day.isoformat() for day, _ in dated]
    return {
        "resourceType": "ServiceRequest",
        "id": ids.of(f"ServiceRequest/{exercise_id}"),
        "instantiatesCanonical": [
            addresses.canonical("ActivityDefinition", exercise_resource_id(exercise_id))
        ],
        "basedOn": [{"reference": care_plan_url}],
        "status": status,
        "intent": "plan",
        "code": codeable(exercise.codes, exercise.name),
        "subject": _patient_reference(patient),
        # The period ends with the exercise's last scheduled session: an exercise
        # swapped out (or stopped) ends there.
        "occurrenceTiming": {
            "event": days,
            "repeat": {"boundsPeriod": {"start": days[0], "end": days[-1]}},
        },
        "patientInstruction": _instructions(dated),
    }


def _request_statuses(programme: Programme, exercise_ids: Sequence[str]) -> dict[str, str]:
    """Each exercise's ServiceRequest status, agreeing with the CarePlan's.

    Current exercises are ``active``, or ``on-hold`` once a red flag stopped the
    programme (a clinician must see the patient first); an exercise swapped out
    earlier, by a step up or down, is ``revoked``: nothing asks for it any more.
    """
    current = {slot.exercise_id for slot in programme.slots}
    stopped = {c.from_exercise_id for c in programme.history if c.outcome is Outcome.STOP}
    statuses = {}
    for exercise_id in exercise_ids:
        if programme.referral is not None and exercise_id in stopped:
            statuses[exercise_id] = "on-hold"
        elif exercise_id in current:
            statuses[exercise_id] = "active"
        else:
            statuses[exercise_id] = "revoked"
    return statuses


def _standalone(message: str, programme: Programme) -> str:
    """A reason's sentence as a note that needs no other note to be understood."""
    if programme.referral is None:
        return message
    flags = ", ".join(flag.value.replace("_", " ") for flag in programme.referral.flags)
    # "the referral above" and "the referral" point at another note; name it here.
    return re.sub(
        r"\bthe referral(?: above)?", f"urgent referral for the red flags ({flags})", message
    )


def _period_end(programme: Programme) -> datetime.date:
    """The programme's last day, or the day a red flag stopped it."""
    stops = [
        c.effective
        for c in programme.history
        if c.outcome is Outcome.STOP and c.effective is not None
    ]
    if programme.referral is not None and stops:
        return min(max(stops), programme.end)
    return programme.end


def _observations(
    exercise_id: str,
    sessions: Sequence[SessionRecord],
    patient: str,
    request_url: str | None,
    ids: _Ids,
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
                "id": ids.of(f"Observation/{exercise_id}/{number}/{when}"),
                "status": "final",
                "code": _pain_code(),
                "subject": _patient_reference(patient),
            }
            if request_url is not None:
                observation["basedOn"] = [{"reference": request_url}]
            if day is not None:
                observation["effectiveDateTime"] = day.isoformat()
            observation["valueInteger"] = score
            observation["note"] = [{"text": f"{words}, session {number} of {exercise_id}."}]
            found.append(observation)
    return found


def programme_bundle(  # noqa: PLR0913 - the export's whole input
    programme: Programme,
    *,
    patient: str,
    sessions: Mapping[str, Sequence[SessionRecord]],
    catalog: Catalog,
    addresses: Addresses,
    programme_key: str,
    transaction: bool,
) -> JSON:
    """The CarePlan and everything it points at, in one Bundle.

    One ServiceRequest per exercise, the exercises' definitions and one
    Observation per pain reading.
    """
    ids = _Ids(patient, programme_key)
    care_plan_id = ids.of("CarePlan")
    care_plan_url = addresses.url("CarePlan", care_plan_id)
    by_exercise: dict[str, list[tuple[datetime.date, Prescription]]] = {}
    for session in programme.sessions:
        for prescription in session.prescriptions:
            by_exercise.setdefault(prescription.exercise_id, []).append(
                (session.date, prescription)
            )
    statuses = _request_statuses(programme, list(by_exercise))
    requests = [
        _service_request(
            exercise_id,
            dated,
            patient,
            care_plan_url,
            catalog,
            addresses,
            ids,
            statuses[exercise_id],
        )
        for exercise_id, dated in by_exercise.items()
    ]
    request_url = {
        exercise_id: addresses.url("ServiceRequest", ids.of(f"ServiceRequest/{exercise_id}"))
        for exercise_id in by_exercise
    }
    care_plan: JSON = {
        "resourceType": "CarePlan",
        "id": care_plan_id,
        "status": "on-hold" if programme.referral is not None else "active",
        "intent": "plan",
        "title": "Hip exercise programme",
        "subject": _patient_reference(patient),
        "period": {
            "start": programme.start.isoformat(),
            "end": _period_end(programme).isoformat(),
        },
        "activity": [{"reference": {"reference": request_url[e]}} for e in by_exercise],
    }
    # The referral first: what to do about the red flags leads the plan's notes.
    reasons = [*(programme.referral.reasons if programme.referral else ()), *programme.reasons]
    notes = list(dict.fromkeys(_standalone(r.message, programme) for r in reasons))
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
        for o in _observations(exercise_id, records, patient, request_url.get(exercise_id), ids)
    ]
    resources = [care_plan, *requests, *definitions, *observations]
    for resource in resources:
        if resource["resourceType"] != "ActivityDefinition":
            resource["identifier"] = [{"system": URI_SYSTEM, "value": f"urn:uuid:{resource['id']}"}]
    entries = [entry(r, addresses) for r in resources]
    if transaction:
        for item in entries:
            item["request"] = _conditional_request(item["resource"])
    return {
        "resourceType": "Bundle",
        "id": ids.of("Bundle"),
        "type": "transaction" if transaction else "collection",
        "entry": entries,
    }


def _conditional_request(resource: JSON) -> JSON:
    """How a server stores ``resource`` so that re-sending the Bundle is safe.

    A patient resource is a conditional update on its own identifier (created the
    first time, updated after); a definition is a conditional create on its
    canonical URL and version (created once, then left as it is).
    """
    kind = resource["resourceType"]
    if kind == "ActivityDefinition":
        return {
            "method": "POST",
            "url": kind,
            "ifNoneExist": f"url={resource['url']}&version={resource['version']}",
        }
    identifier = resource["identifier"][0]
    return {
        "method": "PUT",
        "url": f"{kind}?identifier={identifier['system']}|{identifier['value']}",
    }
