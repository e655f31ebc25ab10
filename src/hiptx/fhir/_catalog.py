"""The catalog as FHIR R4 definitions: exercises, chains, treatments, risks, a Bundle."""

from __future__ import annotations

from hiptx.catalog import Catalog
from hiptx.fhir._common import (
    JSON,
    PLAN_DEFINITION_TYPE,
    Addresses,
    artifacts,
    codeable,
    definition_header,
    duration,
    entry,
)
from hiptx.model import Dose, Exercise, Progression, Rate, Risk, RuleSet, Treatment

PROTOCOL = {
    "coding": [
        {
            "system": PLAN_DEFINITION_TYPE,
            "code": "clinical-protocol",
            "display": "Clinical Protocol",
        }
    ]
}


def exercise_resource_id(exercise_id: str) -> str:
    """The logical id of an exercise's ActivityDefinition."""
    return f"exercise-{exercise_id}"


def _ceiling(dose: Dose | None, rules: RuleSet) -> tuple[float, str]:
    if dose is not None and dose.pain_ceiling is not None:
        return float(dose.pain_ceiling), "this exercise's own ceiling, from its source"
    return rules.pain_ceiling.value, rules.pain_ceiling.text or "the catalog's pain ceiling"


def dosage_text(exercise: Exercise, rules: RuleSet) -> str:
    """Sets, reps or holds, the hold per rep and the pain ceiling, in words."""
    ceiling, whose = _ceiling(exercise.dose, rules)
    pain = f"pain at most {ceiling:g}/10 during exercise and in the 24 hours after ({whose})"
    dose = exercise.dose
    if dose is None:
        return f"The sources give no dose: the clinician's to give; {pain}."
    amount = (
        f"{dose.reps} reps per set" if dose.reps is not None else f"{dose.hold_seconds} s holds"
    )
    parts = [f"{dose.sets} sets", amount]
    if dose.rep_hold_seconds is not None:
        parts.append(f"{dose.rep_hold_seconds} s hold in each rep")
    return f"{', '.join(parts)}; {pain}."


def activity_definition(exercise: Exercise, catalog: Catalog, addresses: Addresses) -> JSON:
    """An exercise as an ActivityDefinition (kind ServiceRequest)."""
    resource = definition_header(
        "ActivityDefinition", exercise_resource_id(exercise.id), exercise.name, addresses
    )
    resource["description"] = exercise.summary
    resource["kind"] = "ServiceRequest"
    if exercise.codes:
        resource["code"] = codeable(exercise.codes, exercise.name)
    resource["dosage"] = [{"text": dosage_text(exercise, catalog.rules)}]
    uses_rule = exercise.dose is None or exercise.dose.pain_ceiling is None
    resource["relatedArtifact"] = artifacts(catalog, exercise) + (
        artifacts(catalog, catalog.rules.pain_ceiling, kind="justification") if uses_rule else []
    )
    return resource


def _condition(kind: str, text: str) -> JSON:
    # R4 has no language code for plain words; text/plain says the criterion is
    # for people to read, not for an engine to run.
    return {"kind": kind, "expression": {"language": "text/plain", "description": text}}


def _progress_condition(previous: Exercise, rules: RuleSet) -> JSON:
    target = None if previous.dose is None else previous.dose.target
    ceiling, whose = _ceiling(previous.dose, rules)
    if target is None:
        text = (
            f"The sources give {previous.name} no target dose, so hiptx has no rule to "
            "progress from it: the clinician decides."
        )
    else:
        text = (
            f"Progress from {previous.name} when its target of {target} is reached with "
            f"pain at most {ceiling:g}/10 and no overload logged. {whose}"
        )
    return _condition("start", text)


def _regress_conditions(previous: Exercise | None, rules: RuleSet) -> list[JSON]:
    back = (
        f"step back to {previous.name}"
        if previous is not None
        else "stop (this is the easiest step)"
    )
    hours = rules.lingering_pain_hours
    rule_texts = [
        (
            f"Pain above {rules.pain_ceiling.value:g}/10 the day after exercise. "
            f"{rules.pain_ceiling.text or ''} {rules.pain_increased_over_a_day.text}"
        ),
        f"Joint pain lasting longer than {hours.value:g} hours after exercise. {hours.text or ''}",
        f"Sharp joint pain. {rules.sharp_joint_pain.text}",
        f"A hot or swollen joint after exercise. {rules.hot_or_swollen_joint.text}",
    ]
    return [_condition("stop", f"Overload, so {back}: {' '.join(t.split())}") for t in rule_texts]


def chain_plan_definition(chain: Progression, catalog: Catalog, addresses: Addresses) -> JSON:
    """A progression chain as a PlanDefinition whose actions follow the chain's order."""
    resource = definition_header("PlanDefinition", f"progression-{chain.id}", chain.name, addresses)
    resource["type"] = PROTOCOL
    if chain.note is not None:
        resource["description"] = chain.note
    resource["relatedArtifact"] = artifacts(catalog, chain) + artifacts(
        catalog,
        catalog.rules.pain_ceiling,
        catalog.rules.lingering_pain_hours,
        catalog.rules.sharp_joint_pain,
        catalog.rules.hot_or_swollen_joint,
        catalog.rules.pain_increased_over_a_day,
        kind="justification",
    )
    actions = []
    previous: Exercise | None = None
    for step, exercise_id in enumerate(chain.exercise_ids, start=1):
        exercise = catalog.exercises[exercise_id]
        action: JSON = {
            "id": f"step-{step}",
            "prefix": str(step),
            "title": exercise.name,
            "definitionCanonical": addresses.canonical(
                "ActivityDefinition", exercise_resource_id(exercise.id)
            ),
        }
        conditions = []
        if previous is not None:
            conditions.append(_progress_condition(previous, catalog.rules))
            action["relatedAction"] = [
                {"actionId": f"step-{step - 1}", "relationship": "after-end"}
            ]
        conditions.extend(_regress_conditions(previous, catalog.rules))
        action["condition"] = conditions
        actions.append(action)
        previous = exercise
    resource["action"] = actions
    return resource


def treatment_plan_definition(treatment: Treatment, catalog: Catalog, addresses: Addresses) -> JSON:
    """A treatment as a PlanDefinition: milestones as goals, sources as artifacts."""
    resource = definition_header(
        "PlanDefinition", f"treatment-{treatment.id}", treatment.name, addresses
    )
    resource["type"] = PROTOCOL
    resource["description"] = treatment.summary
    resource["relatedArtifact"] = artifacts(catalog, treatment)
    goals = []
    for number, milestone in enumerate(treatment.milestones, start=1):
        words = milestone.kind.value.replace("_", " ")
        limits = [
            f"{label}: {value}"
            for label, value in (
                ("timing", str(milestone.span) if milestone.span else milestone.wording),
                ("job", milestone.job.value if milestone.job else None),
                (
                    "weight bearing",
                    milestone.weight_bearing.value if milestone.weight_bearing else None,
                ),
                ("note", milestone.note),
            )
            if value
        ]
        goal: JSON = {
            "id": f"milestone-{number}",
            "description": {"text": f"{words[0].upper()}{words[1:]} ({'; '.join(limits)})"},
        }
        if milestone.span is not None:
            goal["target"] = [{"due": duration(milestone.span)}]
        goals.append(goal)
    if goals:
        resource["goal"] = goals
    action: JSON = {"id": "treatment", "title": treatment.name, "description": treatment.summary}
    if treatment.codes:
        action["code"] = [codeable(treatment.codes, treatment.name)]
    if goals:
        action["goalId"] = [g["id"] for g in goals]
    resource["action"] = [action]
    return resource


def _estimate(rate: Rate) -> JSON:
    described = f"{rate}" + (f", follow-up {rate.follow_up}" if rate.follow_up else "")
    estimate: JSON = {
        "description": f"{described}; hiptx's reading of the figure: {rate.strength.value}",
        "unitOfMeasure": {
            "coding": [{"system": "http://unitsofmeasure.org", "code": "%", "display": "percent"}]
        },
    }
    if rate.estimate_percent is not None:
        estimate["value"] = rate.estimate_percent
    if rate.low_percent is not None and rate.high_percent is not None:
        # Not typed as a confidence interval: the data does not say which it is.
        estimate["precisionEstimate"] = [
            {
                "type": {"text": "low-high range as the source reports it"},
                "from": rate.low_percent,
                "to": rate.high_percent,
            }
        ]
    return estimate


def risk_evidence(risk: Risk, catalog: Catalog, addresses: Addresses) -> list[JSON]:
    """One RiskEvidenceSynthesis (R4) per published rate of a risk."""
    resources = []
    for number, rate in enumerate(risk.rates, start=1):
        resource = definition_header(
            "RiskEvidenceSynthesis", f"risk-{risk.id}-{number}", risk.name, addresses
        )
        resource["description"] = rate.population
        population = {
            "resourceType": "EvidenceVariable",
            "id": "population",
            "status": "active",
            "characteristic": [{"definitionCodeableConcept": {"text": rate.population}}],
        }
        outcome = {
            "resourceType": "EvidenceVariable",
            "id": "outcome",
            "status": "active",
            "title": risk.name,
            "characteristic": [{"definitionCodeableConcept": codeable(risk.codes, risk.name)}],
        }
        resource["contained"] = [population, outcome]
        resource["population"] = {"reference": "#population"}
        resource["outcome"] = {"reference": "#outcome"}
        resource["riskEstimate"] = _estimate(rate)
        resource["relatedArtifact"] = artifacts(catalog, rate)
        resources.append(resource)
    return resources


def catalog_bundle(catalog: Catalog, addresses: Addresses, *, risk_evidence_on: bool) -> JSON:
    """Every exercise, chain, treatment and (optionally) risk rate, in one Bundle."""
    resources: list[JSON] = [
        activity_definition(e, catalog, addresses) for e in catalog.exercises.values()
    ]
    resources += [
        chain_plan_definition(c, catalog, addresses) for c in catalog.progressions.values()
    ]
    resources += [
        treatment_plan_definition(t, catalog, addresses) for t in catalog.treatments.values()
    ]
    if risk_evidence_on:
        for risk in catalog.risks.values():
            resources += risk_evidence(risk, catalog, addresses)
    return {
        "resourceType": "Bundle",
        "id": f"hiptx-catalog-{catalog.version}",
        "meta": {"versionId": catalog.version},
        "type": "collection",
        "entry": [entry(r, addresses) for r in resources],
    }
