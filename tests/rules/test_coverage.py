"""coverage (rules/coverage.py): what a treatment or a list of exercises trains."""

from __future__ import annotations

import attrs

import hiptx
from tests.support.catalogs import clinic_catalog


def test_a_reading_without_a_label_shows_the_note_alone() -> None:
    cat = hiptx.load_catalog()
    treatment = cat.treatments["joint-mobilisation"]
    assert treatment.targets is not None and treatment.targets.reading is None
    assert hiptx.coverage(treatment).reasons[0].message == treatment.targets.note


def test_a_treatment_without_targets_is_an_incomplete_reading() -> None:
    reading = hiptx.coverage("hip-arthroscopy")
    assert reading.complete is False
    assert reading.reasons[0].code is hiptx.ReasonCode.NO_TARGETS_RECORDED


# --- coverage of a list of exercises ---------------------------------------------------


def test_stretches_are_listed_and_the_exercises_after_them_still_count() -> None:
    cat = hiptx.load_catalog()
    strength = cat.exercises["side-lying-hip-adduction"]
    result = hiptx.coverage(["calf-stretch", "hamstring-stretch", strength.id])
    assert set(result.patterns) == set(strength.patterns)
    assert set(result.muscles) == set(strength.muscles)
    (reason,) = result.reasons
    assert reason.message == (
        "Stretches and manual techniques are not counted as training: "
        "calf-stretch, hamstring-stretch."
    )


def test_coverage_reads_exercise_ids_from_the_catalog_given() -> None:
    cat = hiptx.load_catalog()
    base = cat.exercises["side-lying-hip-adduction"]
    own = attrs.evolve(base, id="clinic-adduction", name="Clinic adduction")
    mine = clinic_catalog(exercises=(*cat.exercises.values(), own))
    assert set(hiptx.coverage(["clinic-adduction"], catalog=mine).patterns) == set(own.patterns)


def test_a_complete_reading_leaves_nothing_unnamed() -> None:
    # A complete reading names everything it trains: what it leaves out is missing,
    # never "not named".
    complete = hiptx.coverage("joint-mobilisation")
    assert complete.complete is True
    assert complete.missing_muscles
    assert (complete.unnamed_muscles, complete.unnamed_patterns) == ((), ())
    incomplete = hiptx.coverage("hip-arthroscopy")
    assert incomplete.complete is False
    assert incomplete.unnamed_muscles == tuple(hiptx.Muscle)
    assert incomplete.unnamed_patterns == tuple(hiptx.MovementPattern)


class TestTreatmentCoverage:
    def test_a_treatment_without_targets_covers_nothing_and_says_so(
        self, cat: hiptx.Catalog
    ) -> None:
        bare = attrs.evolve(cat.treatments["hip-arthroscopy"], targets=None, target_readings=())
        result = hiptx.coverage(bare)
        assert result.muscles == ()
        assert result.patterns == ()
        assert not result.complete  # nothing recorded is not "trains nothing"
        assert result.missing_muscles == ()
        (reason,) = result.reasons
        assert reason.code is hiptx.ReasonCode.NO_TARGETS_RECORDED
        assert "Hip arthroscopy" in reason.message

    def test_a_reading_without_a_note_says_whose_targets(self, cat: hiptx.Catalog) -> None:
        treatment = next(t for t in cat.treatments.values() if t.targets is not None)
        assert treatment.targets is not None
        plain = attrs.evolve(treatment.targets, note=None, reading="Physio")
        result = hiptx.coverage(attrs.evolve(treatment, targets=plain, target_readings=()))
        assert result.reasons[0].message == "Physio: targets as the sources describe them."
        assert result.muscles == tuple(m for m in hiptx.Muscle if m in plain.muscles)
