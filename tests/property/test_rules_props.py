"""Properties of plans, coverage and screening over generated input."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import hiptx

pytestmark = pytest.mark.property

CATALOG = hiptx.load_catalog()
assessments = st.dictionaries(
    st.sampled_from(hiptx.MovementPattern), st.sampled_from(hiptx.Finding)
)
maybe = st.none() | st.booleans()


@given(assessments)
def test_every_impaired_pattern_is_planned_or_listed_uncovered(
    findings: dict[hiptx.MovementPattern, hiptx.Finding],
) -> None:
    plan = hiptx.plan_exercises(hiptx.Assessment(findings=findings), catalog=CATALOG)
    planned = [i.pattern for i in plan.items] + [u.pattern for u in plan.uncovered]
    impaired = [p for p, f in findings.items() if f is not hiptx.Finding.NORMAL]
    assert sorted(p.value for p in planned) == sorted(p.value for p in impaired)
    for item in plan.items:
        assert item.exercise_id in CATALOG.exercises


@given(st.lists(st.sampled_from(list(CATALOG.exercises)), max_size=8))
def test_adding_exercises_never_shrinks_coverage(ids: list[str]) -> None:
    smaller = hiptx.coverage(ids[: len(ids) // 2], catalog=CATALOG)
    larger = hiptx.coverage(ids, catalog=CATALOG)
    assert set(smaller.muscles) <= set(larger.muscles)
    assert set(smaller.patterns) <= set(larger.patterns)


@given(maybe, maybe, maybe, maybe, maybe)
def test_screening_is_total_and_a_fused_hip_is_never_good(
    rom: bool | None,
    cartilage: bool | None,
    spurs: bool | None,
    fused: bool | None,
    failed: bool | None,
) -> None:
    fields = {
        "range_of_motion_preserved": rom,
        "cartilage_present": cartilage,
        "bone_spurs_minimal": spurs,
        "fused": fused,
        "failed_full_physiotherapy": failed,
    }
    if fused and rom:
        # Contradictory input is refused, never screened.
        with pytest.raises(hiptx.InvalidValueError, match="range_of_motion_preserved"):
            hiptx.HipStatus(**fields)
        return
    d = hiptx.screen_conservative_care(hiptx.HipStatus(**fields), catalog=CATALOG)
    assert d.reasons
    if fused:
        assert d.outcome is hiptx.Candidacy.POOR
    if d.outcome is hiptx.Candidacy.GOOD:
        assert (rom, cartilage, spurs) == (True, True, True) and not failed
    assert d.refer_to_surgeon is bool(fused or failed)


@given(st.sets(st.sampled_from(hiptx.RedFlag)), st.sampled_from(hiptx.RedFlag))
def test_adding_a_flag_never_lowers_urgency(
    flags: set[hiptx.RedFlag], extra: hiptx.RedFlag
) -> None:
    before = hiptx.check_red_flags(flags, catalog=CATALOG).urgency
    after = hiptx.check_red_flags(flags | {extra}, catalog=CATALOG).urgency
    assert after.rank <= before.rank
