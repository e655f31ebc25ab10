"""Resolve type hints to the public ``hiptx.<Name>`` the API page documents.

Every public name is documented once, as ``hiptx.<Name>`` (where apps import it
from). autodoc, though, writes a type hint with the module that defines the class,
for example ``hiptx.vocab.JobDemand``, and ``-n`` would report it as unresolved.
This extension retries such a reference as ``hiptx.JobDemand``. A type variable
(``T`` in ``IdMap[T]``) has no page of its own and is shown as plain text.

``load_catalog()`` imports ``Traversable`` only for type checking (the standard
library's protocol), so its hint arrives as a bare ``Traversable``; it is linked to
``importlib.resources.abc.Traversable`` through intersphinx, and shown as text
when intersphinx is off.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from docutils import nodes
    from sphinx.addnodes import pending_xref
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment


def _modules() -> tuple[str, ...]:
    """Every module that defines a public name, from hiptx's own export table."""
    import hiptx
    import hiptx.model

    public = set(hiptx._EXPORTS.values())  # noqa: SLF001 - the docs' own view
    # The private modules that define public classes (e.g. hiptx.catalog._idmap)
    # hold their type variables too.
    private = {
        "hiptx.catalog._idmap",
        "hiptx.catalog._catalog",
        "hiptx.catalog._identity",
        *(f"hiptx.model.{m}" for m in hiptx.model._SUBMODULES),  # noqa: SLF001
    }
    return tuple(sorted(public | private))


#: Modules whose names are re-exported from ``hiptx``.
_MODULES = _modules()


#: Bare names in type hints, and what they stand for.
_ALIASES = {"Traversable": "importlib.resources.abc.Traversable"}


def _is_type_variable(target: str) -> bool:
    module_name, _, name = target.rpartition(".")
    modules = (module_name,) if module_name else _MODULES
    for candidate in modules:
        if candidate not in _MODULES:
            continue
        value = getattr(importlib.import_module(candidate), name, None)
        if isinstance(value, TypeVar):
            return True
    return False


def resolve_public_name(
    app: Sphinx, env: BuildEnvironment, node: pending_xref, contnode: nodes.TextElement
) -> nodes.Element | None:
    """Retry ``hiptx.<module>.<Name>`` as ``hiptx.<Name>``; show type variables as text."""
    if node.get("refdomain") != "py":
        return None
    target: str = node["reftarget"]
    module_name, _, name = target.rpartition(".")
    if _is_type_variable(target):
        return contnode
    if target in _ALIASES:
        from sphinx.ext import intersphinx

        retry = node.deepcopy()
        retry["reftarget"] = _ALIASES[target]
        found = intersphinx.missing_reference(app, env, retry, contnode)
        offline = not app.config.intersphinx_mapping
        return contnode if found is None and offline else found
    if module_name not in _MODULES:
        return None
    import hiptx

    if name not in hiptx.__all__:
        return None
    public = f"hiptx.{name}"
    retry = node.deepcopy()
    retry["reftarget"] = public
    domain = env.get_domain("py")
    return domain.resolve_xref(
        env, node["refdoc"], app.builder, node["reftype"], public, retry, contnode
    )


def setup(app: Sphinx) -> dict[str, Any]:
    """Register the resolver."""
    app.connect("missing-reference", resolve_public_name)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
