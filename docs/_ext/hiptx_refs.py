"""Resolve type hints to the public ``hiptx.<Name>`` the API page documents.

Every public name is documented once, as ``hiptx.<Name>`` (where apps import it
from). autodoc, though, writes a type hint with the module that defines the class,
for example ``hiptx.vocab.JobDemand``, and ``-n`` would report it as unresolved.
This extension retries such a reference as ``hiptx.JobDemand``. A type variable
(``T`` in ``IdMap[T]``) has no page of its own and is shown as plain text. The
links' text and tooltips show the public path too (``hiptx.ProgrammeWeek``, not
``hiptx.rules.programme.ProgrammeWeek``).

``load_catalog()`` imports ``Traversable`` only for type checking (the standard
library's protocol), so its hint arrives as a bare ``Traversable``; it is linked to
``importlib.resources.abc.Traversable`` through intersphinx, and shown as text
when intersphinx is off.
"""

from __future__ import annotations

import importlib
import re
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
        "hiptx._error_shape",
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


#: ``hiptx.<module path>.<Name>`` as written in a rendered type.
_DOTTED = re.compile(r"\bhiptx(?:\.[a-z_][a-z0-9_]*)+\.([A-Z][A-Za-z0-9_]*)\b")


def public_path(text: str) -> str:
    """``text`` with every ``hiptx.<module>.<Name>`` of a public name as ``hiptx.<Name>``."""
    import hiptx

    def shorter(match: re.Match[str]) -> str:
        return f"hiptx.{match.group(1)}" if match.group(1) in hiptx.__all__ else match.group(0)

    return _DOTTED.sub(shorter, text)


def show_public_paths(_app: Sphinx, doctree: nodes.document, _docname: str) -> None:
    """Show links to hiptx's types as ``hiptx.<Name>``, the path apps import from.

    autodoc writes a type with the module that defines it (``Type: tuple[
    hiptx.rules.programme.ProgrammeWeek, ...]``), private modules included; the
    resolver above already points the link at ``hiptx.<Name>``, and this makes its
    text and its tooltip say so too. Only links change, never code or output.
    """
    from docutils import nodes as docutils_nodes

    for ref in doctree.findall(docutils_nodes.reference):
        if "reftitle" in ref:
            ref["reftitle"] = public_path(ref["reftitle"])
        for text in list(ref.findall(docutils_nodes.Text)):
            shown = public_path(text.astext())
            if shown != text.astext():
                text.parent.replace(text, docutils_nodes.Text(shown))


def setup(app: Sphinx) -> dict[str, Any]:
    """Register the resolver and the rewriting of shown paths."""
    app.connect("missing-reference", resolve_public_name)
    app.connect("doctree-resolved", show_public_paths)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
