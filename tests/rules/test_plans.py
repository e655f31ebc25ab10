"""Assessment-driven plans and programme coverage (seed 001)."""

from __future__ import annotations

import types

import pytest

import hiptx

P, F = hiptx.MovementPattern, hiptx.Finding


class TestAssessment:
    def test_findings_are_frozen_and_ordered(self) -> None:
        a = hiptx.Assessment(findings={P.SQUAT: F.WEAK, P.FLEXION: F.PAINFUL})
        assert isinstance(a.findings, types.MappingProxyType)
        assert list(a.findings) == [P.FLEXION, P.SQUAT]

    @pytest.mark.parametrize(
        ("findings", "scores", "error"),
        [
            ({"flexion": F.WEAK}, {}, hiptx.WrongTypeError),
            ({P.FLEXION: "weak"}, {}, hiptx.WrongTypeError),
            ({P.FLEXION: F.PAINFUL}, {P.FLEXION: 11}, hiptx.OutOfRangeError),
            ({P.FLEXION: F.WEAK}, {P.FLEXION: 4}, hiptx.InvalidValueError),
            ([(P.FLEXION, F.WEAK)], {}, hiptx.WrongTypeError),
        ],
    )
    def test_refuses_bad_findings(
        self, findings: object, scores: object, error: type[Exception]
    ) -> None:
        with pytest.raises(error):
            hiptx.Assessment(findings=findings, pain_scores=scores)


class TestPlan:
    def test_one_item_per_covered_impaired_pattern_starting_at_level_one(
        self, cat: hiptx.Catalog
    ) -> None:
        assessment = hiptx.Assessment(
            findings={
                P.ADDUCTION: F.PAINFUL,
                P.ABDUCTION: F.WEAK,
                P.EXTENSION: F.RESTRICTED,
                P.FLEXION: F.NORMAL,
            }
        )
        plan = hiptx.plan_exercises(assessment, catalog=cat)
        got = {i.pattern: (i.progression_id, i.exercise_id) for i in plan.items}
        for pattern, (chain_id, exercise_id) in got.items():
            chain = cat.progressions[chain_id]
            assert pattern in chain.patterns
            assert chain.exercise_ids[0] == exercise_id
        assert set(got) == {P.ADDUCTION, P.ABDUCTION, P.EXTENSION}
        assert got[P.ADDUCTION] == ("hip-adductor-strengthening", "side-lying-hip-adduction")

    def test_uncovered_patterns_are_listed_never_dropped(self, cat: hiptx.Catalog) -> None:
        chained = {p for c in cat.progressions.values() for p in c.patterns}
        orphans = [p for p in P if p not in chained]
        assert orphans, "every pattern has a chain; this test needs one that has none"
        plan = hiptx.plan_exercises(
            hiptx.Assessment(findings=dict.fromkeys(orphans, F.WEAK)), catalog=cat
        )
        assert plan.items == ()
        assert [u.pattern for u in plan.uncovered] == orphans
        for u in plan.uncovered:
            assert all(cat.progression_of(e) is None for e in u.standalone_exercise_ids)
            assert all(u.pattern in cat.exercises[e].patterns for e in u.standalone_exercise_ids)

    def test_the_dose_is_the_exercises_own(self, cat: hiptx.Catalog) -> None:
        plan = hiptx.plan_exercises(hiptx.Assessment(findings={P.ADDUCTION: F.WEAK}), catalog=cat)
        assert plan.items[0].dose == cat.exercises["side-lying-hip-adduction"].dose

    def test_not_assessed_lists_the_basic_patterns_left_out(self, cat: hiptx.Catalog) -> None:
        plan = hiptx.plan_exercises(hiptx.Assessment(findings={P.ADDUCTION: F.NORMAL}), catalog=cat)
        assert P.ADDUCTION not in plan.not_assessed
        assert len(plan.not_assessed) == len(P.basic()) - 1

    def test_bad_arguments(self, cat: hiptx.Catalog) -> None:
        with pytest.raises(hiptx.WrongTypeError, match="assessment"):
            hiptx.plan_exercises({P.FLEXION: F.WEAK}, catalog=cat)  # type: ignore[arg-type]


class TestCoverage:
    def test_pht_gap_reproduces_upright_healths_reading(self, cat: hiptx.Catalog) -> None:
        cov = hiptx.coverage(cat.treatments["personalised-hip-therapy"], catalog=cat)
        # Upright Health: "The PHT ignores ... adductors, quadriceps, iliopsoas, hamstrings,
        # obliques and TFL". Its reading is incomplete ("the lower limb in general"), so
        # these are what it does not name, not a counted gap.
        critique_muscles = {
            hiptx.Muscle.ADDUCTORS,
            hiptx.Muscle.QUADRICEPS,
            hiptx.Muscle.ILIOPSOAS,
            hiptx.Muscle.HAMSTRINGS,
            hiptx.Muscle.OBLIQUES,
            hiptx.Muscle.TENSOR_FASCIAE_LATAE,
        }
        # "... internal rotation, adduction, hip flexion, hip extension"
        critique_patterns = {P.INTERNAL_ROTATION, P.ADDUCTION, P.FLEXION, P.EXTENSION}
        assert critique_muscles <= set(cov.unnamed_muscles)
        assert critique_patterns <= set(cov.unnamed_patterns)
        # Of the six hip-joint motions, exactly the four Upright Health names are unnamed;
        # the rest (hinge, squat) are the whole-body patterns it adds.
        hip_joint = set(P.basic()) - {P.HINGE, P.SQUAT}
        assert hip_joint & set(cov.unnamed_patterns) == critique_patterns
        assert {P.ABDUCTION, P.EXTERNAL_ROTATION} == set(cov.patterns)
        assert cov.reasons[0].citations[0].source_id == "upright-health-pht-critique"

    def test_trained_and_missing_partition_the_vocabularies(self, cat: hiptx.Catalog) -> None:
        cov = hiptx.coverage(list(cat.exercises), catalog=cat)
        assert set(cov.muscles) | set(cov.missing_muscles) == set(hiptx.Muscle)
        assert not set(cov.muscles) & set(cov.missing_muscles)
        assert set(cov.patterns) | set(cov.missing_patterns) == set(P)

    def test_stretches_are_not_counted_as_training(self, cat: hiptx.Catalog) -> None:
        stretches = [e for e in cat.exercises.values() if e.goal is hiptx.ExerciseGoal.FLEXIBILITY]
        cov = hiptx.coverage(stretches, catalog=cat)
        assert cov.muscles == () and cov.patterns == ()
        assert cov.reasons[0].code is hiptx.ReasonCode.NOT_TRAINING

    def test_the_adductor_chain_covers_adduction(self, cat: hiptx.Catalog) -> None:
        chain = cat.progressions["hip-adductor-strengthening"]
        cov = hiptx.coverage(chain.exercise_ids, catalog=cat)
        assert P.ADDUCTION in cov.patterns and hiptx.Muscle.ADDUCTORS in cov.muscles

    def test_unknown_exercise_id(self, cat: hiptx.Catalog) -> None:
        with pytest.raises(hiptx.UnknownIdError):
            hiptx.coverage(["side-lying-hip-aduction"], catalog=cat)
        with pytest.raises(hiptx.WrongTypeError):
            hiptx.coverage(42, catalog=cat)  # type: ignore[arg-type]


def test_coverage_gives_every_reading_labelled(cat: hiptx.Catalog) -> None:
    cov = hiptx.coverage(cat.treatments["personalised-hip-therapy"], catalog=cat)
    readings = [r.reading or "" for r in cov.readings]
    assert len(readings) == 2
    assert any("Upright Health" in r for r in readings)
    assert any("trial team" in r for r in readings)
    # Neither reading lists PHT's targets in full, so neither claims a counted gap.
    assert all(not r.complete for r in cov.readings)
    for reading in cov.readings:
        assert hiptx.ReasonCode.READING_INCOMPLETE in [x.code for x in reading.reasons]
        # Nothing is claimed missing from an incomplete reading.
        assert reading.missing_muscles == () and reading.missing_patterns == ()
    assert hiptx.Muscle.ADDUCTORS in cov.readings[0].unnamed_muscles
    # Upright's own words "the lower limb in general" are no longer dropped.
    assert "lower limb in general" in cov.reasons[0].message
    # A programme with a complete reading is not flagged.
    full = hiptx.coverage(cat.treatments["stretching-programme"], catalog=cat)
    assert full.complete and len(full.readings) == 1
