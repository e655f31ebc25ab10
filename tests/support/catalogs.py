"""Catalogs made for tests: a clinic's own (made up) built from the bundled parts."""

from __future__ import annotations

import attrs
import pytest

import hiptx


def clinic_catalog(**parts: object) -> hiptx.Catalog:
    """The bundled catalog with some of its parts replaced: a clinic's own (made up)."""
    bundled = hiptx.load_catalog()._parts
    return hiptx.Catalog(**{**bundled, "version": "clinic", **parts})


def clinic_with_own_neurovascular_pathway() -> hiptx.Catalog:
    """A clinic that sends neurovascular compromise straight to A&E.

    More urgent than the bundled urgent clinical assessment (made up for the tests; a
    catalog may raise a red flag's pathway, never lower it): every rule must use it
    when given the catalog.
    """
    rules = hiptx.load_catalog().rules
    flags = tuple(
        attrs.evolve(r, pathway=hiptx.Pathway.A_AND_E)
        if r.flag is hiptx.RedFlag.NEUROVASCULAR_COMPROMISE
        else r
        for r in rules.red_flags
    )
    return clinic_catalog(rules=attrs.evolve(rules, red_flags=flags))


def problems_of(path: object) -> tuple[hiptx.DataProblem, ...]:
    """The problems a load of ``path`` is refused with (it must be refused)."""
    with pytest.raises(hiptx.CatalogDataError) as info:
        hiptx.load_catalog(path)  # type: ignore[call-overload]
    return info.value.details
