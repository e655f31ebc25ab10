"""Rule edges: argument checks, hand-built objects, and catalog shapes the bundled data lacks.

The bundled catalog has no chain of timed holds, no pattern trained by two chains, no
chain that trains two patterns and no dose with its own pain ceiling; the rules handle
all four, so a small synthetic catalog (a copy of the bundled one plus one chain) has
them. Its figures are the bundled exercises' own; only the chain and one dose's
ceiling (2/10, chosen to differ from the rule's) are made up, and never shipped.
"""

from __future__ import annotations

import copy
import datetime
import json
import pickle

import attrs
import importlib_resources
import pytest

import hiptx
from tests.support.programmes import small_programme

START = datetime.date(2025, 1, 6)  # a Monday
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


def test_a_plan_item_outside_its_chain_is_refused() -> None:
    plan = hiptx.plan_exercises(hiptx.Assessment(findings={hiptx.MovementPattern.ADDUCTION: WEAK}))
    (item,) = plan.items
    wrong = attrs.evolve(plan, items=(attrs.evolve(item, exercise_id="loaded-bridge"),))
    with pytest.raises(hiptx.InvalidValueError) as info:
        hiptx.build_programme(wrong, start=START, weeks=1, sessions_per_week=1)
    assert info.value.field == "plan.items[0].exercise_id"
    assert info.value.value == "loaded-bridge"
    assert "hip-adductor-strengthening" in info.value.allowed


class TestAssessment:
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


def test_a_pain_ceiling_above_ten_is_refused() -> None:
    session = hiptx.SessionRecord(sets=3, reps=10, pain_during=2, pain_after_24h=2)
    with pytest.raises(hiptx.OutOfRangeError) as info:
        hiptx.classify_pain(session, pain_ceiling=11)
    assert info.value.field == "pain_ceiling"
    assert info.value.value == 11


def test_a_log_entry_must_be_a_sequence_of_sessions() -> None:
    programme = small_programme(hiptx.MovementPattern.ADDUCTION)
    session = hiptx.SessionRecord(sets=2, reps=8, pain_during=2, pain_after_24h=2)
    with pytest.raises(hiptx.WrongTypeError) as info:
        hiptx.advance_programme(
            programme,
            {"side-lying-hip-adduction": {session}},  # type: ignore[dict-item]
            today=START + datetime.timedelta(days=7),
        )
    assert info.value.field == "log['side-lying-hip-adduction']"


class TestHandBuiltProgrammes:
    """A programme's parts check themselves when built by hand (or deserialised)."""

    def test_a_date_with_a_time_is_refused(self) -> None:
        with pytest.raises(hiptx.WrongTypeError) as info:
            hiptx.ProgrammeSession(date=datetime.datetime(2025, 1, 6, 9, 30), week=1)  # noqa: DTZ001
        assert info.value.field == "date"

    def test_a_rep_hold_needs_reps(self) -> None:
        programme = small_programme(hiptx.MovementPattern.ADDUCTION)
        prescription = programme.sessions[0].prescriptions[0]
        assert prescription.rep_hold_seconds is not None  # the adductor dose has one
        with pytest.raises(hiptx.InvalidValueError) as info:
            attrs.evolve(prescription, reps=None, hold_seconds=hiptx.IntRange(20, 30))
        assert info.value.field == "rep_hold_seconds"
        assert info.value.allowed == "only together with reps"

    def test_a_session_must_be_in_its_week(self) -> None:
        programme = small_programme(hiptx.MovementPattern.ADDUCTION)
        week_one, week_two = programme.schedule
        with pytest.raises(hiptx.InvalidValueError) as info:
            attrs.evolve(week_one, sessions=(*week_one.sessions, week_two.sessions[0]))
        assert info.value.field == f"sessions[{len(week_one.sessions)}].week"
        assert info.value.value == 2

    def test_weeks_must_be_in_order(self) -> None:
        programme = small_programme(hiptx.MovementPattern.ADDUCTION)
        week_one, week_two = programme.schedule
        with pytest.raises(hiptx.InvalidValueError) as info:
            attrs.evolve(programme, schedule=(week_two, week_one))
        assert info.value.field == "schedule[0].number"
        assert info.value.value == 2


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
