"""What every exported resource shares: addresses, codes, durations, citations."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any

from hiptx.catalog import Catalog
from hiptx.citations import cite, links
from hiptx.codes import Code
from hiptx.errors import InvalidValueError, WrongTypeError
from hiptx.model import Source
from hiptx.ranges import Span, TimeUnit

JSON = dict[str, Any]

#: The seed of the name-based (version 5) UUIDs that address resources when no
#: base URL is given: the same catalog object gets the same address in every export.
NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "urn:hiptx:fhir")

UCUM = "http://unitsofmeasure.org"
_UCUM_UNITS = {
    TimeUnit.DAY: ("d", "days"),
    TimeUnit.WEEK: ("wk", "weeks"),
    TimeUnit.MONTH: ("mo", "months"),
    TimeUnit.YEAR: ("a", "years"),
}
PLAN_DEFINITION_TYPE = "http://terminology.hl7.org/CodeSystem/plan-definition-type"


def check_base(base: object) -> str | None:
    """``base`` if it is ``None`` or an absolute http(s) URL without a trailing slash."""
    if base is None:
        return None
    if not isinstance(base, str):
        raise WrongTypeError("base", base, "a string (an http or https URL) or None")
    if not base.startswith(("http://", "https://")) or base.endswith("/") or " " in base:
        raise InvalidValueError(
            "base", base, "an absolute http(s) URL without a trailing slash, or None"
        )
    return base


class Addresses:
    """Canonical URLs and full URLs of the resources of one export."""

    def __init__(self, base: str | None, version: str) -> None:
        self.base = base
        self.version = version

    def url(self, resource_type: str, resource_id: str) -> str:
        """The resource's address: under ``base``, else a name-based ``urn:uuid``."""
        if self.base is not None:
            return f"{self.base}/{resource_type}/{resource_id}"
        return f"urn:uuid:{uuid.uuid5(NAMESPACE, f'{resource_type}/{resource_id}')}"

    def canonical(self, resource_type: str, resource_id: str) -> str:
        """A versioned canonical reference (``url|version``)."""
        return f"{self.url(resource_type, resource_id)}|{self.version}"


def codeable(codes: Iterable[Code], text: str) -> JSON:
    """A CodeableConcept: the codes (if any) and the object's own name as text."""
    concept: JSON = {
        "coding": [{"system": c.system, "code": c.code, "display": c.display} for c in codes]
    }
    if not concept["coding"]:
        del concept["coding"]
    concept["text"] = text
    return concept


def duration(span: Span) -> JSON:
    """A FHIR Duration for a span: exact, at most its upper bound, or at least its lower."""
    code, unit = _UCUM_UNITS[span.unit]
    if span.high is None:
        return {"value": span.low, "comparator": ">=", "unit": unit, "system": UCUM, "code": code}
    if span.high == span.low:
        return {"value": span.low, "unit": unit, "system": UCUM, "code": code}
    return {"value": span.high, "comparator": "<=", "unit": unit, "system": UCUM, "code": code}


def related_artifact(source: Source, kind: str = "citation") -> JSON:
    """A relatedArtifact citing a source, with a link where the source records one."""
    artifact: JSON = {"type": kind, "label": source.id, "display": source.title}
    artifact["citation"] = cite(source, "vancouver")
    found = links(source)
    for key in ("doi", "pmid", "pmc", "url"):
        if key in found:
            artifact["url"] = found[key]
            break
    return artifact


def artifacts(catalog: Catalog, *objects: object, kind: str = "citation") -> list[JSON]:
    """RelatedArtifacts for every source cited in ``objects``, each once."""
    seen: dict[str, Source] = {}
    for obj in objects:
        for source in catalog.sources_of(obj):
            seen.setdefault(source.id, source)
    return [related_artifact(s, kind) for s in seen.values()]


def definition_header(
    resource_type: str, resource_id: str, title: str, addresses: Addresses
) -> JSON:
    """The fields every definitional resource of an export starts with."""
    return {
        "resourceType": resource_type,
        "id": resource_id,
        "url": addresses.url(resource_type, resource_id),
        "version": addresses.version,
        "title": title,
        "status": "active",
        "publisher": "hiptx",
    }


def entry(resource: JSON, addresses: Addresses) -> JSON:
    """A Bundle entry with the resource's full URL."""
    return {
        "fullUrl": addresses.url(resource["resourceType"], resource["id"]),
        "resource": resource,
    }
