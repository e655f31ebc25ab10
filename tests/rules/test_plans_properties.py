"""Properties of plans, coverage and screening over generated input."""

from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

import hiptx
from tests.support.strategies import rep_sessions

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
    no_good_sign = (rom, cartilage, spurs) == (False, False, False)
    if no_good_sign and not fused:
        # Every good sign absent is a referral for review, never "uncertain".
        assert d.outcome is hiptx.Candidacy.REFER
    assert d.refer_to_surgeon is bool(fused or failed or no_good_sign)
    # The first reason always says whose screening this is.
    assert d.reasons[0].code is hiptx.ReasonCode.SCREENING_SCOPE
    assert "Caring Medical" in d.reasons[0].message


@given(st.sets(st.sampled_from(hiptx.RedFlag)), st.sampled_from(hiptx.RedFlag))
def test_adding_a_flag_never_lowers_urgency(
    flags: set[hiptx.RedFlag], extra: hiptx.RedFlag
) -> None:
    before = hiptx.check_red_flags(flags, catalog=CATALOG)
    after = hiptx.check_red_flags(flags | {extra}, catalog=CATALOG)
    assert after.urgency.rank <= before.urgency.rank
    # Nor does it take a pathway or a flag away.
    assert set(before.pathways) <= set(after.pathways)
    assert set(before.flags) <= set(after.flags)


@given(st.sets(st.sampled_from(hiptx.RedFlag), min_size=1))
def test_every_red_flag_is_urgent_on_its_own_and_in_any_company(
    flags: set[hiptx.RedFlag],
) -> None:
    referral = hiptx.check_red_flags(flags, catalog=CATALOG)
    assert referral.urgent and referral.urgency.is_urgent
    assert referral.urgency is not hiptx.Urgency.CLINICAL_REVIEW
    assert set(flags) <= set(referral.flags)


@given(st.sets(st.sampled_from(hiptx.RedFlag), min_size=1), rep_sessions())
def test_no_rule_gives_exercise_advice_with_a_red_flag(
    flags: set[hiptx.RedFlag], session: hiptx.SessionRecord
) -> None:
    decision = hiptx.check_progression(
        "side-lying-hip-adduction", [session], red_flags=flags, catalog=CATALOG
    )
    assert decision.outcome is hiptx.Outcome.STOP and decision.next_exercise_id is None
    assert decision.referral is not None and decision.referral.urgent
    plan = hiptx.plan_exercises(
        hiptx.Assessment(findings=dict.fromkeys(hiptx.MovementPattern.basic(), hiptx.Finding.WEAK)),
        red_flags=flags,
        catalog=CATALOG,
    )
    assert plan.items == () and plan.uncovered == () and plan.referral is not None
    screen = hiptx.screen_conservative_care(hiptx.HipStatus(), red_flags=flags, catalog=CATALOG)
    assert screen.outcome is hiptx.Candidacy.URGENT_REFERRAL and screen.referral is not None
