"""The bundled catalog, as installed: ids, references, chains, sources and quotes."""

from __future__ import annotations

import json
import os
import pathlib
import re
from collections import Counter
from collections.abc import Mapping

import attrs
import importlib_resources
import pytest

import hiptx
from hiptx.catalog import _citations

DATA = importlib_resources.files("hiptx").joinpath("data")
REPO = pathlib.Path(__file__).resolve().parent.parent

# The seed documents each seed source was taken from (see shared/seeds/README.md).
SEED_FILES = {
    "fashion-treatments-page": "000_db6f966768c1ce5f.txt",
    "upright-health-pht-critique": "001_db771242409fbeb0.txt",
    "circle-health-hip-pain": "002_54389254b9852559.txt",
    "physio-network-kemp": "003_e005f9ea8da86989.txt",
    "caring-medical-exercise-hip": "004_bca22a10b6aa79db.txt",
}


# Copies kept with the tests so the check runs on any machine (tests/seeds/README.md);
# HIPTX_SEEDS points at another copy, e.g. while a seed is being revised.
VENDORED_SEEDS = REPO / "tests" / "seeds"
SHARED_SEEDS = REPO.parent / "shared" / "seeds"


def _seed_dir() -> pathlib.Path:
    override = os.environ.get("HIPTX_SEEDS")
    return pathlib.Path(override) if override else VENDORED_SEEDS


def _normalise(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.fixture(scope="module")
def cat() -> hiptx.Catalog:
    return hiptx.load_catalog()


@pytest.fixture(scope="module")
def seeds() -> dict[str, str]:
    directory = _seed_dir()
    texts = {name: (directory / name).read_text(encoding="utf-8") for name in SEED_FILES.values()}
    if directory == VENDORED_SEEDS and SHARED_SEEDS.is_dir():
        # The vendored copies must not drift from the project's originals.
        for name, text in texts.items():
            assert (SHARED_SEEDS / name).read_text(encoding="utf-8") == text, name
    return {source_id: _normalise(texts[name]) for source_id, name in SEED_FILES.items()}


def _all_objects(cat: hiptx.Catalog) -> list[tuple[str, object]]:
    groups: dict[str, Mapping[str, object]] = {
        "source": cat.sources,
        "condition": cat.conditions,
        "risk": cat.risks,
        "treatment": cat.treatments,
        "exercise": cat.exercises,
        "progression": cat.progressions,
    }
    return [
        (f"{kind} {key}", obj) for kind, mapping in groups.items() for key, obj in mapping.items()
    ]


class TestIds:
    def test_ids_are_unique_in_every_file(self) -> None:
        for name in ("sources", "conditions", "risks", "treatments", "exercises", "progressions"):
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
            for citation, path in _citations(obj, "$"):
                assert citation.source_id in cat.sources, f"{label} {path}"

    def test_every_risk_and_condition_reference_resolves(self, cat: hiptx.Catalog) -> None:
        for treatment in cat.treatments.values():
            assert all(r in cat.risks for r in treatment.risk_ids), treatment.id
            assert all(c in cat.conditions for c in treatment.indication_ids), treatment.id

    def test_every_risk_belongs_to_a_treatment(self, cat: hiptx.Catalog) -> None:
        used = {r for t in cat.treatments.values() for r in t.risk_ids}
        assert set(cat.risks) - used == set()

    def test_every_source_is_cited(self, cat: hiptx.Catalog) -> None:
        cited = {c.source_id for _, obj in _all_objects(cat) for c, _ in _citations(obj, "$")} | {
            c.source_id for c, _ in _citations(cat.rules, "$")
        }
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
            assert any(True for _ in _citations(obj, "$")), label

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
            for citation, path in _citations(obj, "$"):
                if citation.quote is None or citation.source_id not in seeds:
                    continue
                checked += 1
                assert _normalise(citation.quote) in seeds[citation.source_id], (
                    f"{label} {path}: not verbatim in {citation.source_id}: {citation.quote!r}"
                )
        assert checked > 0

    def test_seed_citations_carry_quotes(self, cat: hiptx.Catalog) -> None:
        for label, obj in _all_objects(cat):
            for citation, path in _citations(obj, "$"):
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
        assert crutches.span == hiptx.Span(2, 2, hiptx.TimeUnit.WEEK)
        nwb = by_kind[
            (hiptx.MilestoneKind.FULL_WEIGHT_BEARING, None, hiptx.WeightBearing.RESTRICTED)
        ]
        assert nwb.span == hiptx.Span(6, 8, hiptx.TimeUnit.WEEK)
        office = by_kind[(hiptx.MilestoneKind.RETURN_TO_WORK, hiptx.JobDemand.SEDENTARY, None)]
        assert office.span == hiptx.Span(2, 2, hiptx.TimeUnit.WEEK)
        manual = by_kind[(hiptx.MilestoneKind.RETURN_TO_WORK, hiptx.JobDemand.MANUAL, None)]
        # "several months": stored as words, with no invented precision.
        assert manual.span is None
        assert manual.wording == "several months"

    def test_arthroscopy_risks_from_seed_000(self, cat: hiptx.Catalog) -> None:
        names = {r.name for r in cat.risks_of("hip-arthroscopy")}
        assert {"Infection", "Deep vein thrombosis", "Ongoing pain"} <= names
        assert cat.risks["arthroscopy-femoral-head-damage"].frequency is hiptx.Frequency.VERY_RARE
