"""Citations: ids from the reference file, formats, links and CSL-JSON."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from hypothesis import given, strategies as st

import hiptx
from hiptx.citations import cite, links

ROOT = Path(__file__).resolve().parents[1]


def _clinical_facts() -> str | None:
    shared = os.environ.get("HIPTX_SHARED")
    path = Path(shared) if shared else ROOT.parent / "shared"
    # The outcome-measure sources' ids are in outcome-measures.md, beside it.
    facts, outcomes = path / "clinical-facts.md", path / "outcome-measures.md"
    if facts.is_file() and outcomes.is_file():
        return facts.read_text(encoding="utf-8") + outcomes.read_text(encoding="utf-8")
    path = facts
    if os.environ.get("CI"):
        pytest.fail(f"clinical-facts.md not found at {path}")
    return None


def test_every_pmid_and_pmc_is_in_the_reference_file() -> None:
    text = _clinical_facts()
    if text is None:
        pytest.skip("shared/clinical-facts.md is absent (set HIPTX_SHARED); CI fails instead")
    sources = hiptx.load_catalog().sources.values()
    ids = [s.pmid for s in sources if s.pmid] + [s.pmc for s in sources if s.pmc]
    # 21 before 0.2.0; issue 22 added Dietz 2019, MLTJ 2016, AJPMR 2021 and Barnsley 2015;
    # issue 25 added eight outcome-measure papers.
    assert len(ids) == 33
    for identifier in ids:
        assert re.search(rf"\b{identifier}\b", text), identifier


def test_pmid_and_pmc_formats_are_enforced() -> None:
    with pytest.raises(hiptx.InvalidValueError, match="pmid"):
        hiptx.Source(id="x", title="t", kind=hiptx.SourceKind.TRIAL, pmid="PMID 123")
    with pytest.raises(hiptx.InvalidValueError, match="pmc"):
        hiptx.Source(id="x", title="t", kind=hiptx.SourceKind.TRIAL, pmc="5036255")
    with pytest.raises(hiptx.WrongTypeError):
        hiptx.Source(id="x", title="t", kind=hiptx.SourceKind.TRIAL, pmid=29893223)  # type: ignore[arg-type]


def test_descriptive_titles_are_flagged_and_bracketed() -> None:
    cat = hiptx.load_catalog()
    flagged = [s for s in cat.sources.values() if s.title_is_descriptive]
    assert flagged
    assert all("Descriptive title" in (s.note or "") for s in flagged)
    fashion = cat.sources["griffin-2018-fashion"]
    assert f"[{fashion.title}]" in fashion.cite()
    own = cat.sources["teirlinck-2020-exercise-responders-review"]
    assert not own.title_is_descriptive
    assert "[" not in own.cite().split(".")[1]


def test_links_use_the_standard_resolvers() -> None:
    src = hiptx.load_catalog().sources["griffin-2018-fashion"]
    assert links(src) == {
        "doi": "https://doi.org/10.1016/S0140-6736(18)31202-9",
        "pmid": "https://pubmed.ncbi.nlm.nih.gov/29893223/",
    }
    text = src.cite("apa")
    assert text.startswith("Griffin, D. R., et al. (2018).")
    assert "https://pubmed.ncbi.nlm.nih.gov/29893223/" in text


def test_a_source_without_a_year_is_not_dated() -> None:
    src = hiptx.load_catalog().sources["failure-to-return-to-sport-review"]
    assert src.year is None
    assert "(n.d.)" in src.cite("apa")
    assert not re.search(r"\b(19|20)\d\d\b", src.cite("vancouver"))


def test_unknown_style_and_wrong_type_are_refused() -> None:
    src = hiptx.load_catalog().sources["mellor-2018-leap"]
    with pytest.raises(hiptx.InvalidValueError, match="vancouver"):
        src.cite("chicago")
    with pytest.raises(hiptx.WrongTypeError):
        cite("mellor-2018-leap", "apa")  # type: ignore[arg-type]
    with pytest.raises(hiptx.WrongTypeError):
        hiptx.to_csl_json(["mellor-2018-leap"])  # type: ignore[list-item]


def test_csl_json_carries_only_what_the_source_records() -> None:
    cat = hiptx.load_catalog()
    items = hiptx.to_csl_json(cat.sources.values())
    assert [i["id"] for i in items] == list(cat.sources)
    for item, src in zip(items, cat.sources.values(), strict=True):
        assert ("DOI" in item) == (src.doi is not None)
        assert ("PMID" in item) == (src.pmid is not None)
        assert ("issued" in item) == (src.year is not None)
        assert ("URL" in item) == (src.url is not None)
    mellor = next(i for i in items if i["id"] == "mellor-2018-leap")
    assert mellor["container-title"] == "BMJ"
    assert mellor["volume"] == "361"
    assert mellor["page"] == "k1662"
    assert mellor["author"] == [{"family": "Mellor", "given": "R"}]


@given(st.sampled_from(sorted(hiptx.load_catalog().sources)), st.sampled_from(["vancouver", "apa"]))
def test_every_source_cites_with_its_title_and_ids(source_id: str, style: str) -> None:
    src = hiptx.load_catalog().sources[source_id]
    text = src.cite(style)
    assert src.title.rstrip(".") in text
    for value in (src.doi, src.pmid, src.pmc):
        if value is not None:
            assert value in text


def test_csl_json_notes_only_what_is_noted() -> None:
    bare = hiptx.Source(id="bare", title="A trial", kind=hiptx.SourceKind.TRIAL)
    noted = hiptx.Source(id="noted", title="A trial", kind=hiptx.SourceKind.TRIAL, note="Pilot.")
    bare_item, noted_item = hiptx.to_csl_json([bare, noted])
    assert "note" not in bare_item
    assert noted_item["note"] == "Pilot."


@pytest.mark.parametrize(
    ("style", "ending"),
    [("vancouver", "LOINC. Available from: http://loinc.org."), ("apa", "LOINC. http://loinc.org")],
)
def test_a_source_with_its_own_url_links_and_cites_it(style: str, ending: str) -> None:
    src = hiptx.load_catalog().sources["loinc"]
    assert (src.url, src.doi, src.pmid, src.pmc) == ("http://loinc.org", None, None, None)
    assert links(src) == {"url": "http://loinc.org"}
    assert src.cite(style).endswith(ending)


def test_apa_keeps_names_it_cannot_split_and_names_the_publisher() -> None:
    src = hiptx.load_catalog().sources["caring-medical-exercise-hip"]
    # "Ross A. Hauser, MD" is not "Family AB": it is shown as written, not mangled
    # into initials; a web page with authors also names its publisher.
    assert src.cite("apa") == (
        "Ross A. Hauser, MD, Danielle R. Steilen-Matias, MMS, PA-C (2022). "
        f"{src.title}. Caring Medical."
    )
