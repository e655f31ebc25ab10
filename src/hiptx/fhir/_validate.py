"""Validation of an export against the FHIR R4B models of fhir.resources (optional)."""

from __future__ import annotations

from typing import Any

from hiptx.errors import HiptxError
from hiptx.fhir._checks import R4_ONLY, check


class FhirValidationError(HiptxError, ValueError):
    """An exported Bundle failed validation; ``problems`` lists every finding.

    Example:
        >>> from hiptx.fhir import FhirValidationError
        >>> str(FhirValidationError(["entry[0]: bad"]))
        'the FHIR export failed validation (1 problem): entry[0]: bad'

    .. versionadded:: 0.2.0
    """

    def __init__(self, problems: list[str]) -> None:
        self.problems = tuple(problems)
        count = f"{len(problems)} problem{'' if len(problems) == 1 else 's'}"
        super().__init__(
            f"the FHIR export failed validation ({count}): " + "; ".join(problems[:20])
        )


class MissingDependencyError(HiptxError, ImportError):  # type: ignore[misc]  # path: ours
    """An optional dependency is not installed.

    Example:
        >>> from hiptx.fhir import MissingDependencyError
        >>> print(MissingDependencyError("fhir.resources", "fhir"))
        fhir.resources is not installed; install it with: pip install 'hiptx[fhir]'

    .. versionadded:: 0.2.0
    """

    def __init__(self, package: str, extra: str) -> None:
        self.package = package
        self.extra = extra
        super().__init__(
            f"{package} is not installed; install it with: pip install 'hiptx[{extra}]'"
        )


def _models() -> Any:
    try:
        from fhir.resources import R4B
    except ImportError:
        raise MissingDependencyError("fhir.resources", "fhir") from None
    return R4B


def validate(bundle: dict[str, Any], *, external: frozenset[str] = frozenset()) -> None:
    """Validate a Bundle with the R4B models of fhir.resources and hiptx's own checks."""
    models = _models()
    from pydantic import ValidationError

    problems = check(bundle, external=external)
    envelope = dict(bundle)
    kept = []
    for i, entry in enumerate(bundle.get("entry", [])):
        resource = entry.get("resource", {})
        kind = resource.get("resourceType")
        if kind in R4_ONLY:
            # R4B has no model for it; _checks has checked R4's required elements.
            continue
        kept.append(entry)
        try:
            models.get_fhir_model_class(kind).model_validate(resource)
        except (ValidationError, KeyError, ValueError) as exc:
            problems.append(f"entry[{i}]({kind}/{resource.get('id')}): {exc}")
    envelope["entry"] = kept
    try:
        models.get_fhir_model_class("Bundle").model_validate(envelope)
    except (ValidationError, KeyError, ValueError) as exc:
        problems.append(f"Bundle: {exc}")
    if problems:
        raise FhirValidationError(problems)
