"""Assessment-driven plans and programme coverage (seed 001)."""

from __future__ import annotations

import copy
import json
import pickle
import types

import attrs
import importlib_resources
import pytest

import hiptx
from tests.support.catalogs import clinic_catalog, clinic_with_own_neurovascular_pathway
from tests.support.programmes import ADDUCTION, small_programme, weak

P, F = hiptx.MovementPattern, hiptx.Finding


# --- red flags ----------------------------------------------------------------------------

RF = hiptx.RedFlag


# --- plans ----------------------------------------------------------------------------------

MP = hiptx.MovementPattern
WEAK = hiptx.Finding.WEAK


@pytest.fixture(scope="module")
def holds_catalog(tmp_path_factory: pytest.TempPathFactory) -> hiptx.Catalog:
    """The bundled catalog plus a chain of the two planks (timed holds)."""
    target = tmp_path_factory.mktemp("holds")
    source = importlib_resources.files("hiptx").joinpath("data")
    for name in ("index", "sources", "conditions", "risks", "treatments", "rules", "instruments"):
        (target / f"{name}.json").write_bytes(source.joinpath(f"{name}.json").read_bytes())
    exercises = json.loads(source.joinpath("exercises.json").read_text(encoding="utf-8"))
    front = next(e for e in exercises["exercises"] if e["id"] == "front-plank")
    front["dose"]["pain_ceiling"] = 2
    (target / "exercises.json").write_text(json.dumps(exercises), encoding="utf-8")
    chains = json.loads(source.joinpath("progressions.json").read_text(encoding="utf-8"))
    chains["progressions"].append(
        {
            # Sorts before hip-abductor-strengthening and names abduction first, so
            # it is the chain chosen for abduction as well as for trunk stability.
            "id": "core-hold-progression",
            "name": "Core holds",
            "patterns": ["abduction", "trunk_stability"],
            "exercise_ids": ["front-plank", "side-plank"],
            "citations": copy.deepcopy(front["dose"]["citations"][:1]),
        }
    )
    (target / "progressions.json").write_text(json.dumps(chains), encoding="utf-8")
    return hiptx.load_catalog(target)


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


# --- plans and coverage --------------------------------------------------------------


def test_assessment_pain_exactly_at_the_ceiling_is_within_it() -> None:
    # The ceiling is "at most 3/10": a score of 3 is planned, a score of 4 withheld.
    ceiling = int(hiptx.load_catalog().rules.pain_ceiling.value)
    painful = {ADDUCTION: hiptx.Finding.PAINFUL}
    at = hiptx.plan_exercises(hiptx.Assessment(findings=painful, pain_scores={ADDUCTION: ceiling}))
    above = hiptx.plan_exercises(
        hiptx.Assessment(findings=painful, pain_scores={ADDUCTION: ceiling + 1})
    )
    (item,) = at.items
    assert item.exercise_id is not None
    assert hiptx.ReasonCode.ASSESSMENT_PAIN_WITHIN_CEILING in [r.code for r in item.reasons]
    assert above.items == ()
    (withheld,) = above.withheld
    assert withheld.pain_score == ceiling + 1
    codes = [r.code for r in withheld.reasons]
    # Both the cited reading and hiptx's own safety default carry the code.
    assert codes.count(hiptx.ReasonCode.ASSESSMENT_PAIN_ABOVE_CEILING) == 2


def test_a_plan_stopped_by_a_red_flag_keeps_what_was_not_assessed_and_the_catalogs_referral() -> (
    None
):
    clinic = clinic_with_own_neurovascular_pathway()
    flags = {RF.SUSPECTED_INFECTION}
    assessment = hiptx.Assessment(findings={ADDUCTION: hiptx.Finding.WEAK})
    plan = hiptx.plan_exercises(assessment, red_flags=flags, catalog=clinic)
    assert plan.items == ()
    assert plan.referral == hiptx.check_red_flags(flags, catalog=clinic)
    assert plan.not_assessed == assessment.not_assessed
    assert plan.not_assessed and ADDUCTION not in plan.not_assessed


def test_withheld_and_uncovered_patterns_say_what_was_found_and_what_exists() -> None:
    plan = hiptx.plan_exercises(
        hiptx.Assessment(
            findings={
                ADDUCTION: hiptx.Finding.PAINFUL,
                MP.INTERNAL_ROTATION: hiptx.Finding.PAINFUL,
                MP.EXTERNAL_ROTATION: hiptx.Finding.WEAK,
                MP.TRUNK_STABILITY: hiptx.Finding.WEAK,
            },
            pain_scores={ADDUCTION: 6, MP.INTERNAL_ROTATION: 6},
        )
    )
    withheld = {w.pattern: w for w in plan.withheld}
    assert withheld[ADDUCTION].finding is hiptx.Finding.PAINFUL
    assert withheld[ADDUCTION].progression_id == "hip-adductor-strengthening"
    assert withheld[MP.INTERNAL_ROTATION].progression_id is None  # no chain trains it
    assert withheld[MP.INTERNAL_ROTATION].reasons[0].message == (
        "The assessment found internal rotation painful."
    )
    uncovered = {u.pattern: u for u in plan.uncovered}
    # The standalone exercises that train the pattern outside any chain.
    assert uncovered[MP.EXTERNAL_ROTATION].standalone_exercise_ids == ("side-lying-clam",)
    assert set(uncovered[MP.TRUNK_STABILITY].standalone_exercise_ids) == {
        "chops-and-lifts",
        "front-plank",
        "pallof-press",
        "side-plank",
    }
    assert uncovered[MP.EXTERNAL_ROTATION].finding is hiptx.Finding.WEAK
    assert uncovered[MP.EXTERNAL_ROTATION].reasons[-1].message == (
        "No progression chain in the catalog trains this pattern; hiptx does not invent one."
    )


def test_a_pattern_trained_by_several_chains_names_the_others() -> None:
    cat = hiptx.load_catalog()
    chain = cat.progressions["hip-adductor-strengthening"]
    extra_exercises: list[hiptx.Exercise] = []
    extra_chains: list[hiptx.Progression] = []
    for n in (1, 2):
        copies = tuple(
            attrs.evolve(cat.exercises[e], id=f"clinic-{n}-{e}") for e in chain.exercise_ids
        )
        extra_exercises.extend(copies)
        extra_chains.append(
            attrs.evolve(chain, id=f"clinic-chain-{n}", exercise_ids=tuple(e.id for e in copies))
        )
    clinic = clinic_catalog(
        exercises=(*cat.exercises.values(), *extra_exercises),
        progressions=(*cat.progressions.values(), *extra_chains),
    )
    plan = weak(ADDUCTION, catalog=clinic)
    # Chains are taken in id order: the first is planned, the others named.
    (item,) = plan.items
    assert item.progression_id == "clinic-chain-1"
    others = [r.message for r in item.reasons if r.code is hiptx.ReasonCode.OTHER_CHAINS]
    assert others == ["Other chains also train it: clinic-chain-2, hip-adductor-strengthening."]
    # With one chain, no such reason.
    alone = weak(ADDUCTION)
    assert hiptx.ReasonCode.OTHER_CHAINS not in [r.code for r in alone.items[0].reasons]


# --- the last edges of the input checks -------------------------------------------------


@pytest.mark.parametrize("score", [0, 10])
def test_assessment_pain_scores_at_either_end_of_the_scale_are_accepted(score: int) -> None:
    assessment = hiptx.Assessment(
        findings={ADDUCTION: hiptx.Finding.PAINFUL}, pain_scores={ADDUCTION: score}
    )
    assert assessment.pain_scores[ADDUCTION] == score


def test_a_pain_score_for_a_pattern_not_found_painful_carries_the_score() -> None:
    with pytest.raises(hiptx.InvalidValueError) as info:
        hiptx.Assessment(findings={ADDUCTION: hiptx.Finding.WEAK}, pain_scores={ADDUCTION: 4})
    assert (info.value.field, info.value.value) == ("/pain_scores/adduction", 4)


class TestSyntheticChains:
    def test_a_pattern_with_two_chains_names_the_other(self, holds_catalog: hiptx.Catalog) -> None:
        plan = hiptx.plan_exercises(
            hiptx.Assessment(findings={hiptx.MovementPattern.ABDUCTION: WEAK}),
            catalog=holds_catalog,
        )
        (item,) = plan.items
        assert item.progression_id == "core-hold-progression"
        other = [r for r in item.reasons if r.code is hiptx.ReasonCode.OTHER_CHAINS]
        assert [r.message for r in other] == [
            "Other chains also train it: hip-abductor-strengthening."
        ]

    def test_a_chain_for_two_patterns_is_scheduled_once(self, holds_catalog: hiptx.Catalog) -> None:
        programme = small_programme(
            hiptx.MovementPattern.ABDUCTION,
            hiptx.MovementPattern.TRUNK_STABILITY,
            catalog=holds_catalog,
        )
        (slot,) = programme.slots
        assert slot.progression_id == "core-hold-progression"
        assert slot.patterns == (
            hiptx.MovementPattern.ABDUCTION,
            hiptx.MovementPattern.TRUNK_STABILITY,
        )
        # The chain's reasons read the same for both patterns, so each is kept once.
        assert len(set(slot.reasons)) == len(slot.reasons)
        assert sum(r.code is hiptx.ReasonCode.START_AT_FIRST_LEVEL for r in slot.reasons) == 2
        for session in programme.sessions:
            assert [p.exercise_id for p in session.prescriptions] == ["front-plank"]

    def test_a_hold_is_prescribed_with_its_own_ceiling_and_target(
        self, holds_catalog: hiptx.Catalog
    ) -> None:
        programme = small_programme(hiptx.MovementPattern.TRUNK_STABILITY, catalog=holds_catalog)
        first = programme.sessions[0].prescriptions[0]
        assert first.exercise_id == "front-plank"
        assert first.hold_seconds == hiptx.IntRange(20, 30)
        assert first.reps is None
        assert first.target == "3 sets of 20-30 s holds"
        assert first.pain_ceiling == 2  # the dose's, not the rule's
        assert holds_catalog.rules.pain_ceiling.value != 2
        dose = holds_catalog.exercises["front-plank"].dose
        assert dose is not None
        ceiling_reasons = [r for r in first.reasons if "2/10" in r.message]
        assert ceiling_reasons
        assert ceiling_reasons[0].citations == dose.citations


class TestAssessmentArguments:
    def test_scores_must_be_a_mapping(self) -> None:
        with pytest.raises(hiptx.WrongTypeError) as info:
            hiptx.Assessment(
                findings={hiptx.MovementPattern.ADDUCTION: WEAK},
                # The converter takes any object, so mypy cannot object; the check must.
                pain_scores=[(hiptx.MovementPattern.ADDUCTION, 4)],
            )
        assert info.value.field == "pain_scores"

    def test_pickles_and_copies_to_an_equal_assessment(self) -> None:
        assessment = hiptx.Assessment(
            findings={hiptx.MovementPattern.ADDUCTION: hiptx.Finding.PAINFUL},
            pain_scores={hiptx.MovementPattern.ADDUCTION: 4},
        )
        clone = pickle.loads(pickle.dumps(assessment))  # noqa: S301 - our own bytes
        assert clone == assessment
        assert clone.pain_scores[hiptx.MovementPattern.ADDUCTION] == 4
        assert copy.deepcopy(assessment) == assessment
