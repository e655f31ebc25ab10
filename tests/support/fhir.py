"""The FHIR tests' shared bundle and its helpers: read it, or check a broken copy."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import hiptx
import hiptx.fhir

#: One FHIR resource, as JSON.
Resource = dict[str, Any]

CAT = hiptx.load_catalog()
#: The bundled catalog's bundle; tests read it and change only copies.
BUNDLE = hiptx.fhir.to_bundle()


def broken(change: Callable[[dict[str, Any]], None]) -> list[str]:
    """The problems ``hiptx.fhir.check`` finds in a copy of :data:`BUNDLE` after ``change``."""
    bundle = copy.deepcopy(BUNDLE)
    change(bundle)
    return hiptx.fhir.check(bundle)


def resources(bundle: dict[str, Any], kind: str) -> list[Resource]:
    """The resources of ``bundle`` of type ``kind`` (``"Observation"``, say), in order."""
    return [e["resource"] for e in bundle["entry"] if e["resource"]["resourceType"] == kind]
