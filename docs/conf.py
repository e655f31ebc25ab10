"""Sphinx configuration for the hiptx documentation.

Build it, with warnings as errors and every cross-reference checked::

    sphinx-build -W -n -b html docs docs/_build/html
    sphinx-build -W -n -b doctest docs docs/_build/doctest

The catalog reference (``catalog.md``) is generated from the bundled data at build
time by the small extension in ``_ext/hiptx_catalog.py``.
"""

from __future__ import annotations

import os
import sys
import zlib
from doctest import DONT_ACCEPT_TRUE_FOR_1, ELLIPSIS, NORMALIZE_WHITESPACE
from importlib.metadata import version as _distribution_version
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "_ext"))

# -- Project -----------------------------------------------------------------------

project = "hiptx"
author = "The hiptx authors"
copyright = "2026, The hiptx authors"
release = _distribution_version("hiptx")  # the installed package, not a copy
version = ".".join(release.split(".")[:2])

# -- General -----------------------------------------------------------------------

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.doctest",
    "sphinx.ext.intersphinx",
    "hiptx_catalog",  # _ext/hiptx_catalog.py: the generated catalog reference
    "hiptx_refs",  # _ext/hiptx_refs.py: hiptx.vocab.X in a type hint -> hiptx.X
    "hiptx_pictures",  # _ext/hiptx_pictures.py: SVG pictures drawn from the catalog
    "sphinx_copybutton",
]
source_suffix = {".rst": "restructuredtext", ".md": "markdown"}
exclude_patterns = ["_build", "Thumbs.db", ".DS_Store"]
root_doc = "index"

# `name` in a docstring links to whatever it names (attrs does the same).
default_role = "any"

# Every reference must resolve (``-n``). The only references skipped are those
# to other projects' documentation when intersphinx is off (see the end).
nitpicky = True

# -- MyST --------------------------------------------------------------------------

myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

# -- autodoc and napoleon ----------------------------------------------------------

autodoc_typehints = "description"
autodoc_member_order = "bysource"
# Types go into the parameter list only where a docstring documents the parameter,
# so classes built by hiptx (results, described under "Attributes") list each
# field once; return types are always shown.
autodoc_typehints_description_target = "documented_params"
napoleon_google_docstring = True
napoleon_numpy_docstring = False
napoleon_use_rtype = False

# -- doctest -----------------------------------------------------------------------

doctest_global_setup = "import hiptx"
# ELLIPSIS lets a page show the start of a list that grows as the catalog grows.
doctest_default_flags = ELLIPSIS | NORMALIZE_WHITESPACE | DONT_ACCEPT_TRUE_FOR_1

# -- intersphinx -------------------------------------------------------------------
#
# Links into the Python and attrs documentation. Sphinx normally downloads each
# project's objects.inv at build time, but CI and the machines this project is
# built on have no network, and ``-W`` would turn the failed download into a failed
# build. So by default the build writes a small inventory of its own, listing only
# the outside names these docs refer to, each with its address in that project's
# documentation; the links are the same as with the full inventory.
# ``HIPTX_DOCS_INTERSPHINX=1`` uses the projects' published inventories instead.

_OUTSIDE_NAMES = {
    "python": (
        "https://docs.python.org/3",
        {
            "collections.abc.Iterable": ("py:class", "library/collections.abc.html"),
            "collections.abc.Mapping": ("py:class", "library/collections.abc.html"),
            "collections.abc.Sequence": ("py:class", "library/collections.abc.html"),
            "collections.abc.Set": ("py:class", "library/collections.abc.html"),
            "datetime.date": ("py:class", "library/datetime.html"),
            "enum.Enum": ("py:class", "library/enum.html"),
            "importlib.resources.abc.Traversable": (
                "py:class",
                "library/importlib.resources.abc.html",
            ),
            "os.PathLike": ("py:class", "library/os.html"),
            "KeyError": ("py:exception", "library/exceptions.html"),
            "TypeError": ("py:exception", "library/exceptions.html"),
            "ValueError": ("py:exception", "library/exceptions.html"),
        },
    ),
    "attrs": (
        "https://www.attrs.org/en/stable",
        {
            "attrs.evolve": ("py:function", "api.html"),
            "attrs.frozen": ("py:function", "api.html"),
            "attrs.exceptions.FrozenInstanceError": ("py:exception", "api.html"),
        },
    ),
}


def _write_inventory(project: str, names: dict[str, tuple[str, str]]) -> str:
    """Write a Sphinx v2 inventory (objects.inv) for ``names``; return its path."""
    lines = "".join(f"{name} {role} 1 {page}#$ -\n" for name, (role, page) in names.items())
    header = (
        "# Sphinx inventory version 2\n"
        f"# Project: {project}\n"
        "# Version: \n"
        "# The remainder of this file is compressed using zlib.\n"
    )
    target = Path(__file__).parent / "_build" / "inventories" / f"{project}.inv"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(header.encode() + zlib.compress(lines.encode()))
    return str(target)


if os.environ.get("HIPTX_DOCS_INTERSPHINX", "") == "1":
    intersphinx_mapping = {name: (url, None) for name, (url, _) in _OUTSIDE_NAMES.items()}
else:
    intersphinx_mapping = {
        name: (url, _write_inventory(name, names)) for name, (url, names) in _OUTSIDE_NAMES.items()
    }

# -- HTML --------------------------------------------------------------------------

html_theme = "furo"
html_title = f"hiptx {release}"
html_static_path = ["_static"]
# Long doctest output wraps instead of running off the page; pictures scale down.
html_css_files = ["hiptx.css"]

# -- copy button -------------------------------------------------------------------
#
# The copy button copies only what to type: the ``>>> `` and ``... `` prompts and the
# output lines are left behind, and so is a shell's ``$ ``.
copybutton_prompt_text = r">>> |\.\.\. |\$ "
copybutton_prompt_is_regexp = True
copybutton_only_copy_prompt_lines = True
