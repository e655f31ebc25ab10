"""Catalogs made for tests: a clinic's own (made up) built from the bundled parts."""

from __future__ import annotations

import pathlib
from typing import Any

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


def refusal_of(path: object, **options: Any) -> tuple[hiptx.DataProblem, ...]:
    """The problems (each a DataProblem) a load of ``path`` with ``options`` (say,
    ``extends``) is refused with; it must be."""
    with pytest.raises(hiptx.CatalogDataError) as info:
        hiptx.load_catalog(path, **options)  # type: ignore[call-overload]
    return info.value.details


def refusal_of_a_clinic_with(part: str, old: object, new: object) -> hiptx.DataProblem:
    """The one problem a clinic's catalog is refused with when ``new`` stands in its
    ``part`` (``"treatments"``, say) where the bundled ``old`` was."""
    items = getattr(hiptx.load_catalog(), part).values()
    with pytest.raises(hiptx.CatalogDataError) as info:
        clinic_catalog(**{part: tuple(new if item is old else item for item in items)})
    (problem,) = info.value.details
    return problem


def problems_of(directory: pathlib.Path) -> tuple[str, ...]:
    """The problems (as text) a load of ``directory`` raises."""
    with pytest.raises(hiptx.CatalogDataError) as info:
        hiptx.load_catalog(directory)
    return info.value.problems
