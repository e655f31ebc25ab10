"""The bundled catalog, as installed: ids, references, chains, sources and quotes."""

from __future__ import annotations

import json
import pathlib
import re
from collections import Counter
from collections.abc import Mapping

import attrs
import importlib_resources
import pytest

import hiptx
import hiptx.fhir
from hiptx.catalog._documents import LIST_PARTS
from hiptx.catalog._integrity import citations_in
from tests.support.seed_texts import DEFAULT_SEEDS, SEED_FILES, require_seed_texts, seed_dir

DATA = importlib_resources.files("hiptx").joinpath("data")
REPO = pathlib.Path(__file__).resolve().parent.parent


def _normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.fixture(scope="module")
def cat() -> hiptx.Catalog:
    return hiptx.load_catalog()


@pytest.fixture(scope="module")
def seeds() -> dict[str, str]:
    directory = require_seed_texts()
    return {
        source_id: _normalise((directory / name).read_text(encoding="utf-8"))
        for source_id, name in SEED_FILES.items()
    }


def _all_objects(cat: hiptx.Catalog) -> list[tuple[str, object]]:
    groups: dict[str, Mapping[str, object]] = {
        "source": cat.sources,
        "condition": cat.conditions,
        "risk": cat.risks,
        "treatment": cat.treatments,
        "exercise": cat.exercises,
        "progression": cat.progressions,
        "instrument": cat.instruments,
    }
    return [
        (f"{kind} {key}", obj) for kind, mapping in groups.items() for key, obj in mapping.items()
    ]


class TestIds:
    def test_ids_are_unique_in_every_file(self) -> None:
        for name in (part.keyword for part in LIST_PARTS):
            records = json.loads(DATA.joinpath(f"{name}.json").read_text(encoding="utf-8"))[name]
            counts = Counter(record["id"] for record in records)
            assert [i for i, n in counts.items() if n > 1] == [], name

    def test_files_are_sorted_and_canonically_formatted(self) -> None:
        import sys

        sys.path.insert(0, str(REPO / "tools"))
        try:
            from format_data import canonical
        finally:
            sys.path.pop(0)
        for path in DATA.iterdir():
            if path.name.endswith(".json"):
                text = path.read_text(encoding="utf-8")
                assert canonical(json.loads(text)) == text, (
                    f"run tools/format_data.py ({path.name})"
                )


class TestReferences:
    def test_every_citation_resolves(self, cat: hiptx.Catalog) -> None:
        for label, obj in _all_objects(cat):
            for citation, path in citations_in(obj, "$"):
                assert citation.source_id in cat.sources, f"{label} {path}"

    def test_every_risk_and_condition_reference_resolves(self, cat: hiptx.Catalog) -> None:
        for treatment in cat.treatments.values():
            assert all(r in cat.risks for r in treatment.risk_ids), treatment.id
            assert all(c in cat.conditions for c in treatment.indication_ids), treatment.id

    def test_every_risk_belongs_to_a_treatment(self, cat: hiptx.Catalog) -> None:
        used = {r for t in cat.treatments.values() for r in t.risk_ids}
        assert set(cat.risks) - used == set()

    def test_every_source_is_cited(self, cat: hiptx.Catalog) -> None:
        cited = {c.source_id for _, obj in _all_objects(cat) for c, _ in citations_in(obj, "$")} | {
            c.source_id for c, _ in citations_in(cat.rules, "$")
        }
        # A code system's source is cited by every code the catalog takes from it.
        cited |= {
            code.terminology.source_id
            for _, obj in _all_objects(cat)
            for code in getattr(obj, "codes", ())
        }
        # LOINC's pain score is used by the FHIR export's pain observations.
        cited.add(hiptx.fhir.PAIN_SCORE_CODE.terminology.source_id)
        assert set(cat.sources) - cited == set()


class TestChains:
    def test_chains_resolve_and_are_acyclic(self, cat: hiptx.Catalog) -> None:
        for chain in cat.progressions.values():
            assert len(set(chain.exercise_ids)) == len(chain.exercise_ids), chain.id
            assert all(e in cat.exercises for e in chain.exercise_ids), chain.id

    def test_an_exercise_sits_in_at_most_one_chain(self, cat: hiptx.Catalog) -> None:
        counts = Counter(e for chain in cat.progressions.values() for e in chain.exercise_ids)
        assert [e for e, n in counts.items() if n > 1] == []

    def test_each_chain_trains_the_patterns_it_names(self, cat: hiptx.Catalog) -> None:
        for chain in cat.progressions.values():
            trained = {p for e in chain.exercise_ids for p in cat.exercises[e].patterns}
            assert set(chain.patterns) <= trained, chain.id

    def test_the_adductor_chain_keeps_seed_003_order(self, cat: hiptx.Catalog) -> None:
        assert cat.progressions["hip-adductor-strengthening"].exercise_ids == (
            "side-lying-hip-adduction",
            "side-lying-hip-adduction-loaded",
            "standing-banded-hip-adduction",
            "copenhagen-plank",
        )


class TestSources:
    def test_every_object_cites_a_source(self, cat: hiptx.Catalog) -> None:
        for label, obj in _all_objects(cat):
            if isinstance(obj, hiptx.Source):
                continue
            assert any(True for _ in citations_in(obj, "$")), label

    def test_every_figure_carries_its_own_citation(self, cat: hiptx.Catalog) -> None:
        # Figures live in these classes; each has a non-empty citations field.
        figure_classes = (
            hiptx.Rate,
            hiptx.Schedule,
            hiptx.Milestone,
            hiptx.Dose,
            hiptx.Evidence,
            hiptx.Threshold,
        )

        def walk(obj: object) -> list[object]:
            found: list[object] = [obj] if isinstance(obj, figure_classes) else []
            if isinstance(obj, tuple):
                for item in obj:
                    found += walk(item)
            elif attrs.has(type(obj)):
                for field in attrs.fields(type(obj)):  # type: ignore[arg-type]
                    found += walk(getattr(obj, field.name))
            return found

        figures = [f for _, obj in _all_objects(cat) for f in walk(obj)] + walk(cat.rules)
        assert figures, "the catalog holds no figures at all"
        for figure in figures:
            assert figure.citations, figure  # type: ignore[attr-defined]

    def test_seed_quotes_are_verbatim(self, cat: hiptx.Catalog, seeds: dict[str, str]) -> None:
        objects = [*_all_objects(cat), ("rules", cat.rules)]
        checked = 0
        for label, obj in objects:
            for citation, path in citations_in(obj, "$"):
                if citation.quote is None or citation.source_id not in seeds:
                    continue
                checked += 1
                assert _normalise(citation.quote) in seeds[citation.source_id], (
                    f"{label} {path}: not verbatim in {citation.source_id}: {citation.quote!r}"
                )
        assert checked > 0

    def test_seed_citations_carry_quotes(self, cat: hiptx.Catalog) -> None:
        for label, obj in _all_objects(cat):
            for citation, path in citations_in(obj, "$"):
                if citation.source_id in SEED_FILES:
                    assert citation.quote, f"{label} {path}: a seed citation needs its quote"

    def test_opinion_sources_are_marked_as_such(self, cat: hiptx.Catalog) -> None:
        assert (
            cat.sources["upright-health-pht-critique"].kind is hiptx.SourceKind.COMMERCIAL_OPINION
        )
        assert cat.sources["caring-medical-exercise-hip"].kind is hiptx.SourceKind.CLINIC_OPINION


class TestSeedFigures:
    """The figures the issues say must be exact, checked against seed 000's words."""

    def test_pht_sessions_and_course(self, cat: hiptx.Catalog) -> None:
        pht = cat.treatments["personalised-hip-therapy"]
        assert pht.sessions == hiptx.IntRange(6, 10)
        assert pht.course == hiptx.Span(3, 6, hiptx.TimeUnit.MONTH)

    def test_pht_improvement(self, cat: hiptx.Catalog) -> None:
        pht = cat.treatments["personalised-hip-therapy"]
        spans = [
            m.span for m in pht.milestones if m.kind is hiptx.MilestoneKind.SYMPTOM_IMPROVEMENT
        ]
        assert hiptx.Span(4, 6, hiptx.TimeUnit.MONTH) in spans

    def test_arthroscopy_crutches_and_work(self, cat: hiptx.Catalog) -> None:
        ha = cat.treatments["hip-arthroscopy"]
        by_kind = {(m.kind, m.job, m.weight_bearing): m for m in ha.milestones}
        crutches = by_kind[(hiptx.MilestoneKind.OFF_CRUTCHES, None, hiptx.WeightBearing.STANDARD)]
        # "Patients typically spend 2 weeks on crutches": a typical value (issue 22)
        assert crutches.span == hiptx.Span(2, 2, hiptx.TimeUnit.WEEK, kind=hiptx.FigureKind.TYPICAL)
        nwb = by_kind[
            (hiptx.MilestoneKind.FULL_WEIGHT_BEARING, None, hiptx.WeightBearing.RESTRICTED)
        ]
        assert nwb.span == hiptx.Span(6, 8, hiptx.TimeUnit.WEEK)
        office = by_kind[(hiptx.MilestoneKind.RETURN_TO_WORK, hiptx.JobDemand.SEDENTARY, None)]
        # "may be able to return 2 weeks after surgery": an approximate figure
        assert office.span == hiptx.Span(
            2, 2, hiptx.TimeUnit.WEEK, kind=hiptx.FigureKind.APPROXIMATE
        )
        manual = by_kind[(hiptx.MilestoneKind.RETURN_TO_WORK, hiptx.JobDemand.MANUAL, None)]
        # "several months": stored as words, with no invented precision.
        assert manual.span is None
        assert manual.wording == "several months"

    def test_arthroscopy_risks_from_seed_000(self, cat: hiptx.Catalog) -> None:
        names = {r.name for r in cat.risks_of("hip-arthroscopy")}
        assert {"Infection", "Deep vein thrombosis", "Ongoing pain"} <= names
        assert cat.risks["arthroscopy-femoral-head-damage"].frequency is hiptx.Frequency.VERY_RARE


class TestSeedTexts:
    """The seed texts live outside the project; the quote check says what it needs."""

    def test_the_project_holds_no_seed_text(self) -> None:
        assert not (REPO / "tests" / "seeds").exists()
        for top in ("src", "tests", "docs", "tools", "benchmarks"):
            assert list((REPO / top).glob("**/seeds/*.txt")) == [], top

    def test_hiptx_seeds_overrides_the_default(self, tmp_path: pathlib.Path) -> None:
        assert seed_dir({"HIPTX_SEEDS": str(tmp_path)}) == tmp_path
        assert seed_dir({}) == DEFAULT_SEEDS
        assert seed_dir({"HIPTX_SEEDS": ""}) == DEFAULT_SEEDS
        assert REPO.parent / "shared" / "seeds" == DEFAULT_SEEDS

    def test_missing_texts_fail_in_ci(self, tmp_path: pathlib.Path) -> None:
        with pytest.raises(pytest.fail.Exception) as failed:
            require_seed_texts({"HIPTX_SEEDS": str(tmp_path), "CI": "1"})
        message = str(failed.value)
        assert str(tmp_path) in message
        assert "$HIPTX_SEEDS" in message
        assert "000_db6f966768c1ce5f.txt" in message

    def test_missing_texts_skip_with_the_reason_elsewhere(self, tmp_path: pathlib.Path) -> None:
        # Four of the five present: the one missing file is named, the others are not.
        for name in list(SEED_FILES.values())[:4]:
            (tmp_path / name).write_text("x", encoding="utf-8")
        with pytest.raises(pytest.skip.Exception) as skipped:
            require_seed_texts({"HIPTX_SEEDS": str(tmp_path)})
        message = str(skipped.value)
        assert "004_bca22a10b6aa79db.txt" in message
        assert "000_db6f966768c1ce5f.txt" not in message
        assert str(tmp_path) in message
        assert "$HIPTX_SEEDS" in message

    def test_a_complete_directory_is_returned(self, tmp_path: pathlib.Path) -> None:
        for name in SEED_FILES.values():
            (tmp_path / name).write_text("x", encoding="utf-8")
        assert require_seed_texts({"HIPTX_SEEDS": str(tmp_path), "CI": "1"}) == tmp_path


class TestStatementsSayNoMoreThanTheirQuotes:
    """Issue 10 item 7: statements that once said more than the quotes behind them."""

    def test_osteoarthritis_summary_does_not_reverse_circle_health(
        self, cat: hiptx.Catalog
    ) -> None:
        # Seed 002 says THR is the commonest operation for disabling hip pain, not
        # that osteoarthritis is the commonest reason for THR.
        summary = cat.conditions["hip-osteoarthritis"].summary
        assert "commonest reason" not in summary
        assert "most common operation for disabling levels of hip pain" in summary

    def test_do_not_correlate_is_said_of_morphology_only(self, cat: hiptx.Catalog) -> None:
        (feature,) = [
            f
            for f in cat.treatments["patient-education"].features
            if f.text.startswith("Imaging findings")
        ]
        assert "degenerative changes or FAI morphology" not in feature.text
        quotes = [c.quote or "" for c in feature.citations]
        assert any("does not correlate" in q and "morphology" in q for q in quotes)

    def test_open_surgery_is_not_said_to_be_replaced(self, cat: hiptx.Catalog) -> None:
        summary = cat.treatments["open-hip-surgery"].summary
        assert "replaced" not in summary
        assert "more surgeons have become familiar" in summary

    def test_opinion_statements_name_whose_opinion(self, cat: hiptx.Catalog) -> None:
        # Every claim resting only on an opinion source names that source in its text.
        names = {"upright-health-pht-critique": "Upright", "caring-medical-exercise-hip": "Caring"}
        for treatment in cat.treatments.values():
            for claim in treatment.claims:
                kinds = {cat.sources[c.source_id].kind for c in claim.citations}
                if kinds and all(k.is_opinion for k in kinds):
                    owners = {names[c.source_id] for c in claim.citations}
                    assert any(o in claim.text for o in owners), (treatment.id, claim.text)


class TestArthroscopySeries:
    """clinical-facts.md section 3: the multicentre series (AJSM 2016, via Dr David Geier)."""

    SOURCE = "geier-summary-ajsm-2016-arthroscopy-complications"

    def _rates(self, cat: hiptx.Catalog, risk_id: str) -> dict[float | None, hiptx.Rate]:
        return {
            r.estimate_percent: r
            for r in cat.risks[risk_id].rates
            if any(c.source_id == self.SOURCE for c in r.citations)
        }

    def test_lfcn_numbness_rates(self, cat: hiptx.Catalog) -> None:
        rates = self._rates(cat, "arthroscopy-temporary-leg-numbness")
        assert set(rates) == {16.5, 1.6}
        assert "lateral femoral cutaneous nerve" in rates[16.5].population.lower()
        assert "more than 6 months" in rates[1.6].population
        assert all(r.strength is hiptx.EvidenceStrength.MEDIUM for r in rates.values())

    def test_other_rows_only_on_the_same_risk(self, cat: hiptx.Catalog) -> None:
        assert set(self._rates(cat, "arthroscopy-complications")) == {8.3}
        assert set(self._rates(cat, "arthroscopy-deep-vein-thrombosis")) == {0.1}
        assert set(self._rates(cat, "arthroscopy-pulmonary-embolism")) == {0.1}
        assert set(self._rates(cat, "arthroscopy-heterotopic-ossification")) == {0.8}
        # Superficial infection, perineal numbness and femoral neck stress fracture
        # have no risk that is the same thing, so they are not stored anywhere.
        stored = {
            (risk.id, rate.estimate_percent)
            for risk in cat.risks.values()
            for rate in risk.rates
            if any(c.source_id == self.SOURCE for c in rate.citations)
        }
        assert not {p for _, p in stored} & {1.1, 1.4}

    def test_the_summary_source_records_only_what_clinical_facts_gives(
        self, cat: hiptx.Catalog
    ) -> None:
        source = cat.sources[self.SOURCE]
        assert source.url is None
        assert source.doi is None
        assert source.year is None  # the study's year is 2016; the summary's is unknown
        assert source.kind is hiptx.SourceKind.CASE_SERIES
        assert "Am J Sports Med 2016" in source.title
