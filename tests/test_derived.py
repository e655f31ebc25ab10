"""What the rules derive from a catalog is held by that catalog, and by no other."""

from __future__ import annotations

import copy
import datetime
import pickle
import threading

import attrs
import pytest

import hiptx
from hiptx import _compact, _derived
from hiptx.rules import pain, surgery
from hiptx.rules.progression import _steps


def fresh() -> hiptx.Catalog:
    """A catalog equal to the bundled one that has derived nothing yet."""
    return copy.deepcopy(hiptx.load_catalog())


def test_a_catalog_holds_its_own_derived_data() -> None:
    cat = fresh()
    exercise = cat.exercises["side-lying-hip-adduction"]
    first = _steps._prepared(exercise, cat, False)
    assert _steps._prepared(exercise, cat, False) is first
    assert _steps._prepared(exercise, cat, True) is not first
    assert pain.held_pain_check(cat, None) is pain.held_pain_check(cat, None)
    assert pain.held_pain_check(cat, 5) is not pain.held_pain_check(cat, None)
    assert _compact.citation_index(cat) is _compact.citation_index(cat)


def test_two_catalogs_share_no_derived_data() -> None:
    one, two = fresh(), fresh()
    assert one == two
    a, b = one.exercises["side-lying-hip-adduction"], two.exercises["side-lying-hip-adduction"]
    assert _steps._prepared(a, one, False) is not _steps._prepared(b, two, False)
    assert pain.held_pain_check(one, None) is not pain.held_pain_check(two, None)
    assert _compact.citation_index(one) is not _compact.citation_index(two)
    # Each holds what its own calls derived.
    assert one._derived is not two._derived
    assert one._derived.keys() == two._derived.keys()


def test_derived_data_is_not_pickled_compared_or_digested() -> None:
    cat = fresh()
    digest = cat.digest
    hiptx.check_progression("side-lying-hip-adduction", [], catalog=cat)
    hiptx.estimate_recovery("hip-arthroscopy", catalog=cat)
    assert cat._derived
    again = pickle.loads(pickle.dumps(cat))  # noqa: S301 - hiptx's own catalog, pickled here
    assert not hasattr(again, "_derived")
    assert not hasattr(copy.deepcopy(cat), "_derived")
    assert again == cat
    assert again.digest == digest == cat.digest


def test_an_exercise_built_by_hand_is_not_held() -> None:
    cat = fresh()
    own = cat.exercises["side-lying-hip-adduction"]
    copied = attrs.evolve(own)  # equal, same id, another object
    assert copied == own
    assert copied is not own
    prepared = _steps._prepared(copied, cat, False)
    assert _steps._prepared(copied, cat, False) is not prepared
    assert not [key for key in getattr(cat, "_derived", {}) if key[0] == "progression"]
    # It is still answered as the catalog's own exercise would be.
    assert hiptx.check_progression(copied, [], catalog=cat) == hiptx.check_progression(
        own, [], catalog=cat
    )


def test_a_treatment_built_by_hand_is_not_held() -> None:
    cat = fresh()
    own = cat.treatments["hip-arthroscopy"]
    copied = attrs.evolve(own)
    assert hiptx.estimate_recovery(copied, catalog=cat) == hiptx.estimate_recovery(own, catalog=cat)
    held = [key for key in cat._derived if key[0] == "recovery"]
    assert held == [("recovery", own.id, None, hiptx.WeightBearing.STANDARD)]
    # A hand-made treatment with the catalog's id but other milestones is estimated
    # from its own milestones, not from what the catalog holds for that id.
    fewer = attrs.evolve(own, milestones=own.milestones[:1])
    estimate = hiptx.estimate_recovery(fewer, catalog=cat)
    assert len(estimate.milestones) <= 1


def test_recovery_estimates_held_equal_those_worked_out_again() -> None:
    cat = fresh()
    for job in (None, *hiptx.JobDemand):
        for protocol in hiptx.WeightBearing:
            first = hiptx.estimate_recovery(
                "hip-arthroscopy", job=job, weight_bearing=protocol, catalog=cat, age=70
            )
            again = hiptx.estimate_recovery(
                "hip-arthroscopy", job=job, weight_bearing=protocol, catalog=cat, age=70
            )
            other = hiptx.estimate_recovery(
                "hip-arthroscopy", job=job, weight_bearing=protocol, catalog=fresh(), age=70
            )
            assert first == again == other


def test_a_surgery_s_limits_are_read_once_a_call_and_never_held_by_the_catalog(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    cat = fresh()
    day = datetime.date(2026, 11, 20)
    one = hiptx.Surgery(
        treatment_id="total-hip-replacement",
        date=day,
        side=hiptx.Side.LEFT,
        approach=hiptx.Approach.POSTERIOR,
    )
    reads: list[hiptx.Surgery] = []
    read = surgery._read_limits

    def counted(s: hiptx.Surgery, c: hiptx.Catalog) -> object:
        reads.append(s)
        return read(s, c)

    monkeypatch.setattr(surgery, "_read_limits", counted)
    operation = surgery.OperationLimits(one, cat)
    exercises = list(cat.exercises.values())
    restrictions = [operation.restriction(e, day) for e in exercises]
    assert operation.orders_on(day)
    assert reads == [one]  # every exercise asked, one read
    # The same answers as the public function, which reads them for its own call.
    assert restrictions == [hiptx.exercise_restriction(e, one, day, catalog=cat) for e in exercises]
    assert any(r is not None for r in restrictions)
    # A plan after surgery reads them once too, and the catalog keeps nothing of it.
    reads.clear()
    findings = {hiptx.MovementPattern.FLEXION: hiptx.Finding.WEAK}
    hiptx.plan_exercises(hiptx.Assessment(findings=findings), surgery=one, catalog=cat)
    assert reads == [one]
    assert not any("surgery" in str(key) for key in getattr(cat, "_derived", {}))


def test_concurrent_first_uses_agree() -> None:
    cat = fresh()
    found: list[object] = []

    def use() -> None:
        found.append(pain.held_pain_check(cat, None))

    threads = [threading.Thread(target=use) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(found) == 8
    assert all(check is pain.held_pain_check(cat, None) for check in found)


def test_held_computes_once_per_key() -> None:
    cat = fresh()
    calls: list[int] = []

    def compute() -> int:
        calls.append(1)
        return len(calls)

    assert _derived.held(cat, ("test", 1), compute) == 1
    assert _derived.held(cat, ("test", 1), compute) == 1
    assert _derived.held(cat, ("test", 2), compute) == 2
    assert len(calls) == 2


def test_classify_pain_with_rules_apart_from_the_catalog_holds_nothing() -> None:
    cat = fresh()
    rules = attrs.evolve(cat.rules)
    session = hiptx.SessionRecord(sets=3, reps=10, pain_during=5, pain_after_24h=1)
    apart = hiptx.classify_pain(session, rules=rules, catalog=cat)
    assert not hasattr(cat, "_derived")
    assert apart == hiptx.classify_pain(session, catalog=cat)
    assert ("pain-check", None) in cat._derived
