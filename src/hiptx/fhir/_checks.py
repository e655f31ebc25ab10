"""hiptx's own checks of an export: what structural validation does not look at.

fhir.resources checks each resource's shape, not its codes or its references.
These checks do: every required status and code is from its FHIR value set, every
reference, canonical, ``relatedAction`` and ``goalId`` resolves, every SNOMED CT or
LOINC code is on hiptx's allow-list with its display, and the one R4 resource the
R4B models lack (RiskEvidenceSynthesis) has the elements R4 requires.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from hiptx.codes import LOINC, SNOMED_CT, allowed_codes

# Required codes of R4 (4.0.1), by resource type and element: the value sets'
# codes as the specification lists them.
_PUBLICATION = frozenset({"draft", "active", "retired", "unknown"})
_REQUEST_STATUS = frozenset(
    {"draft", "active", "on-hold", "revoked", "completed", "entered-in-error", "unknown"}
)
VALUE_SETS: dict[str, dict[str, frozenset[str]]] = {
    "ActivityDefinition": {"status": _PUBLICATION, "kind": frozenset({"ServiceRequest"})},
    "PlanDefinition": {"status": _PUBLICATION},
    "RiskEvidenceSynthesis": {"status": _PUBLICATION},
    "EvidenceVariable": {"status": _PUBLICATION},
    "CarePlan": {
        "status": _REQUEST_STATUS,
        "intent": frozenset({"proposal", "plan", "order", "option"}),
    },
    "ServiceRequest": {
        "status": _REQUEST_STATUS,
        "intent": frozenset(
            {
                "proposal",
                "plan",
                "directive",
                "order",
                "original-order",
                "reflex-order",
                "filler-order",
                "instance-order",
                "option",
            }
        ),
    },
    "Observation": {
        "status": frozenset(
            {
                "registered",
                "preliminary",
                "final",
                "amended",
                "corrected",
                "cancelled",
                "entered-in-error",
                "unknown",
            }
        ),
    },
}
RELATIONSHIPS = frozenset(
    {
        "before-start",
        "before",
        "before-end",
        "concurrent-with-start",
        "concurrent",
        "concurrent-with-end",
        "after-start",
        "after",
        "after-end",
    }
)
CONDITION_KINDS = frozenset({"applicability", "start", "stop"})
ARTIFACT_TYPES = frozenset(
    {
        "documentation",
        "justification",
        "citation",
        "predecessor",
        "successor",
        "derived-from",
        "depends-on",
        "composed-of",
    }
)
BUNDLE_TYPES = frozenset(
    {
        "document",
        "message",
        "transaction",
        "transaction-response",
        "batch",
        "batch-response",
        "history",
        "searchset",
        "collection",
    }
)
#: Resource types of R4 that the R4B models of fhir.resources do not have.
R4_ONLY = frozenset({"RiskEvidenceSynthesis"})


def _walk(node: Any, path: str) -> Iterator[tuple[str, str, Any]]:
    """Every (path, key, value) pair below ``node``."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield path, key, value
            yield from _walk(value, f"{path}.{key}")
    elif isinstance(node, list):
        for i, item in enumerate(node):
            yield from _walk(item, f"{path}[{i}]")


def _required_codes(resource: dict[str, Any], where: str) -> Iterator[str]:
    for element, allowed in VALUE_SETS.get(resource.get("resourceType", ""), {}).items():
        value = resource.get(element)
        if value not in allowed:
            yield f"{where}.{element}: {value!r} is not one of {', '.join(sorted(allowed))}"
    for contained in resource.get("contained", []):
        yield from _required_codes(contained, f"{where}.contained[{contained.get('id')}]")


def _codings(resource: dict[str, Any], where: str) -> Iterator[str]:
    codes = allowed_codes()
    for path, key, value in _walk(resource, where):
        if key != "coding":
            continue
        for i, coding in enumerate(value):
            system = coding.get("system")
            if system not in (SNOMED_CT, LOINC):
                continue
            entry = codes.get((system, coding.get("code")))
            if entry is None:
                yield f"{path}.coding[{i}]: {coding.get('code')!r} is not on hiptx's allow-list"
            elif coding.get("display") != entry.display:
                yield f"{path}.coding[{i}].display: expected {entry.display!r}"


def _actions(resource: dict[str, Any], where: str) -> Iterator[str]:
    actions = resource.get("action", [])
    ids = {a.get("id") for a in actions}
    goals = {g.get("id") for g in resource.get("goal", [])}
    for i, action in enumerate(actions):
        here = f"{where}.action[{i}]"
        for j, related in enumerate(action.get("relatedAction", [])):
            if related.get("actionId") not in ids:
                yield f"{here}.relatedAction[{j}].actionId: no action {related.get('actionId')!r}"
            if related.get("relationship") not in RELATIONSHIPS:
                yield f"{here}.relatedAction[{j}].relationship: {related.get('relationship')!r}"
        for j, condition in enumerate(action.get("condition", [])):
            if condition.get("kind") not in CONDITION_KINDS:
                yield f"{here}.condition[{j}].kind: {condition.get('kind')!r}"
        for goal_id in action.get("goalId", []):
            if goal_id not in goals:
                yield f"{here}.goalId: no goal {goal_id!r}"


def _r4_risk_evidence(resource: dict[str, Any], where: str) -> Iterator[str]:
    # R4's required elements (1..1), which no R4B model checks for this resource.
    if resource.get("resourceType") not in R4_ONLY:
        return
    for element in ("status", "population", "outcome"):
        if element not in resource:
            yield f"{where}.{element}: required in R4"
    for contained in resource.get("contained", []):
        if not contained.get("characteristic"):
            yield f"{where}.contained[{contained.get('id')}].characteristic: required in R4"


def check(bundle: dict[str, Any], *, external: frozenset[str] = frozenset()) -> list[str]:
    """Every problem hiptx's own checks find in a Bundle (empty when there is none).

    Args:
        bundle: The Bundle, as exported.
        external: References that point outside the Bundle on purpose (a patient).
    """
    problems: list[str] = []
    if bundle.get("resourceType") != "Bundle":
        return [f"resourceType: {bundle.get('resourceType')!r} is not 'Bundle'"]
    if bundle.get("type") not in BUNDLE_TYPES:
        problems.append(f"type: {bundle.get('type')!r} is not a Bundle type")
    entries = bundle.get("entry", [])
    full_urls = [e.get("fullUrl") for e in entries]
    if None in full_urls:
        problems.append("entry: an entry has no fullUrl")
    if len(set(full_urls)) != len(full_urls):
        problems.append("entry: fullUrl repeated")
    canonicals = {
        f"{e['resource']['url']}|{e['resource'].get('version')}"
        for e in entries
        if "url" in e.get("resource", {})
    }
    known = set(full_urls) | set(external)
    for i, entry in enumerate(entries):
        resource = entry.get("resource", {})
        where = f"entry[{i}]({resource.get('resourceType')}/{resource.get('id')})"
        problems.extend(_required_codes(resource, where))
        problems.extend(_codings(resource, where))
        problems.extend(_actions(resource, where))
        problems.extend(_r4_risk_evidence(resource, where))
        problems.extend(_links(resource, where, known, canonicals))
    return problems


#: The extension by which an export marks a reference that points outside it.
EXTERNAL = "urn:hiptx:fhir:external-reference"


def _marked_external(reference: dict[str, Any]) -> bool:
    return any(
        isinstance(x, dict) and x.get("url") == EXTERNAL and x.get("valueBoolean") is True
        for x in reference.get("extension", ())
    )


def _links(
    resource: dict[str, Any], where: str, known: set[str], canonicals: set[str]
) -> Iterator[str]:
    """Unresolved references and canonicals, and artifacts of an unknown type."""
    contained = {f"#{c.get('id')}" for c in resource.get("contained", [])}
    for path, key, value in _walk(resource, where):
        if key == "reference" and isinstance(value, str) and value not in known | contained:
            yield f"{path}.reference: {value!r} does not resolve in the Bundle"
        if isinstance(value, dict) and _marked_external(value):
            # Visited before its own "reference" key: that reference is external.
            known = known | {str(value.get("reference"))}
        if key in ("definitionCanonical", "instantiatesCanonical"):
            targets = value if isinstance(value, list) else [value]
            yield from (
                f"{path}.{key}: {t!r} does not resolve" for t in targets if t not in canonicals
            )
        if key == "relatedArtifact":
            yield from (
                f"{path}.relatedArtifact[{j}].type: {a.get('type')!r}"
                for j, a in enumerate(value)
                if a.get("type") not in ARTIFACT_TYPES
            )
