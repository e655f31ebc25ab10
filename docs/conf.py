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
# Links to the Python and attrs documentation need their objects.inv, fetched over
# the network at build time. With no network (CI, and the machines this project is
# built on), Sphinx warns that it cannot reach them, and ``-W`` turns that warning
# into a failed build. So intersphinx is opt-in:
#
#     HIPTX_DOCS_INTERSPHINX=1 sphinx-build -W -n -b html docs docs/_build/html
#
# Without it, references to the standard library and attrs (type hints such as
# ``datetime.date`` or ``collections.abc.Mapping``) have nothing to resolve against;
# they render as plain text and are the only references ``-n`` is told to skip.

INTERSPHINX = os.environ.get("HIPTX_DOCS_INTERSPHINX", "") == "1"

if INTERSPHINX:
    intersphinx_mapping = {
        "python": ("https://docs.python.org/3", None),
        "attrs": ("https://www.attrs.org/en/stable", None),
    }
else:
    intersphinx_mapping = {}
    _STDLIB = (
        "abc",
        "collections",
        "datetime",
        "enum",
        "importlib",
        "os",
        "pathlib",
        "typing",
    )
    nitpick_ignore_regex = [
        # No inventory without the network: the standard library ...
        (r"py:.*", rf"({'|'.join(_STDLIB)})\..+"),
        # ... and attrs.
        (r"py:.*", r"attrs?\..+"),
    ]

# -- HTML --------------------------------------------------------------------------

html_theme = "furo"
html_title = f"hiptx {release}"
html_static_path: list[str] = []
