"""The ``catalog`` argument every rule takes: a catalog given, or the bundled one."""

from __future__ import annotations

from typing import Any

from hiptx.catalog import Catalog, Provenance, load_catalog
from hiptx.errors import WrongTypeError


def given_or_bundled(catalog: object) -> Catalog:
    """The catalog given, or the bundled one when ``catalog`` is ``None``.

    Raises:
        WrongTypeError: if ``catalog`` is neither a :class:`~hiptx.Catalog` nor ``None``.
    """
    if catalog is None:
        return load_catalog()
    if not isinstance(catalog, Catalog):
        raise WrongTypeError("catalog", catalog, "a Catalog or None")
    return catalog


def bundled_provenance() -> Provenance:
    """The bundled catalog's provenance: the default of a result built without one.

    How a rule result class adopts provenance: add, as its last field,
    ``provenance: Provenance = attrs.field(factory=bundled_provenance,
    kw_only=True, validator=check_provenance)``, and build the result with
    ``provenance=catalog.provenance`` (through a positional trusted constructor,
    pass it as the last value). A result built without one (by an app, say)
    says it came from the bundled catalog.
    """
    return load_catalog().provenance


def _check_provenance(_: object, attribute: Any, value: object) -> None:
    if not isinstance(value, Provenance):
        raise WrongTypeError(attribute.name, value, "a Provenance (catalog.provenance)")


#: The validator of a result's ``provenance`` field.
check_provenance = _check_provenance
