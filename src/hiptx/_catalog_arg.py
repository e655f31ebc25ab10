"""The ``catalog`` argument every rule takes: a catalog given, or the bundled one."""

from __future__ import annotations

from hiptx.catalog import Catalog, load_catalog
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
