"""Bounds every catalog reader applies, written once so the readers cannot drift."""

from __future__ import annotations

#: The most digits a JSON integer in a catalog file may have: no figure in the
#: catalog needs more than 11 (the participants bound), and Python refuses to parse
#: more than 4300. The strict parser (``_json``) refuses more, naming the value;
#: the plain parse (``_parse.parse``) counts a minus sign too and leaves anything
#: longer to the strict parser, on the same bytes, to report.
MAX_INT_DIGITS = 20
