"""The maintenance scripts in tools/: the clinician's review and the data formatter."""

from __future__ import annotations

import pathlib
import sys

import hiptx

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tools"))
import catalog_report
import format_data

sys.path.pop(0)


def test_review_lists_every_object_and_every_quote(cat: hiptx.Catalog) -> None:
    from hiptx.catalog._integrity import citations_in

    text = catalog_report.report(cat)
    for kind in catalog_report.SECTIONS:
        for key in getattr(cat, kind):
            assert f"(`{key}`)" in text, key
    flat = " ".join(text.split())
    for obj in cat.treatments.values():
        for citation, _ in citations_in(obj, "$"):
            if citation.quote:
                assert " ".join(citation.quote.split()) in flat


def test_formatter_sorts_records_by_id() -> None:
    text = format_data.canonical({"risks": [{"id": "b"}, {"id": "a"}], "other": [3, 1]})
    assert text.index('"a"') < text.index('"b"')
    assert '"other": [\n    3,\n    1\n  ]' in text
