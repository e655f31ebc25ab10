"""classify_pain (rules/pain.py): how one session's pain and signs are read."""

from __future__ import annotations

import attrs
import pytest

import hiptx
from tests.support.catalogs import clinic_catalog
from tests.support.sessions import session


def test_the_pain_rules_read_well_without_their_optional_notes() -> None:
    rules = hiptx.load_catalog().rules
    bare = clinic_catalog(
        rules=attrs.evolve(
            rules,
            pain_ceiling=attrs.evolve(rules.pain_ceiling, text=None),
            lingering_pain_hours=attrs.evolve(rules.lingering_pain_hours, text=None),
        )
    )
    not_settled = hiptx.classify_pain(session(pain_during=2, pain_after_24h=5), catalog=bare)
    assert not_settled.reasons[0].message == (
        "Pain was 5/10 the day after exercise, above the 3/10 ceiling and higher than during "
        f"it. {rules.pain_increased_over_a_day.text}"
    )
    lingered = hiptx.classify_pain(session(pain_lasted_hours=3.0), catalog=bare)
    assert lingered.reasons[0].message == ("Joint pain lasted 3 h after exercise, longer than 2 h.")


def test_the_not_settled_reason_says_whether_pain_rose_or_stayed() -> None:
    rose = hiptx.classify_pain(session(pain_during=4, pain_after_24h=5))
    stayed = hiptx.classify_pain(session(pain_during=5, pain_after_24h=5))
    assert rose.reasons[0].message.startswith(
        "Pain was 5/10 the day after exercise, above the 3/10 ceiling and higher than during it."
    )
    assert stayed.reasons[0].message.startswith(
        "Pain was 5/10 the day after exercise, above the 3/10 ceiling, so it had not settled."
    )


def test_the_settled_assessments_say_both_scores() -> None:
    above = hiptx.classify_pain(session(pain_during=5, pain_after_24h=2))
    assert above.reasons[0].message == (
        "Pain 5/10 during exercise was above the 3/10 ceiling; it had settled to 2/10 by the "
        "next day, and no sign of overload was logged. The Physio Network practical (after "
        "Jo Kemp) accepts pain during exercise and in the 24 hours after it up to this "
        "ceiling, and no higher."
    )
    within = hiptx.classify_pain(session(pain_during=2, pain_after_24h=1))
    assert within.reasons[0].message == (
        "Pain 2/10 during and 1/10 the next day is within the 3/10 ceiling."
    )


def test_a_pain_ceiling_above_ten_is_refused() -> None:
    session = hiptx.SessionRecord(sets=3, reps=10, pain_during=2, pain_after_24h=2)
    with pytest.raises(hiptx.OutOfRangeError) as info:
        hiptx.classify_pain(session, pain_ceiling=11)
    assert info.value.field == "pain_ceiling"
    assert info.value.value == 11


# --- HZ-056: a hot or swollen joint asks about fever and feeling unwell -----------------


@pytest.mark.parametrize("signs", [{"hot_joint": True}, {"swelling": True}])
def test_a_hot_or_swollen_joint_asks_about_fever_naming_the_red_flag(
    signs: dict[str, bool],
) -> None:
    session = hiptx.SessionRecord(sets=3, reps=10, pain_during=1, pain_after_24h=1, **signs)  # type: ignore[arg-type]
    assessment = hiptx.classify_pain(session)
    (check,) = [r for r in assessment.reasons if r.code is hiptx.ReasonCode.CHECK_FOR_INFECTION]
    assert check.basis is hiptx.Basis.HIPTX_DEFAULT
    assert "fever" in check.message and "unwell" in check.message
    assert hiptx.RedFlag.SUSPECTED_INFECTION.value in check.message
    assert hiptx.check_red_flags({hiptx.RedFlag.SUSPECTED_INFECTION}).urgent
    # Sharp pain alone asks nothing of the kind.
    sharp = attrs.evolve(session, hot_joint=False, swelling=False, sharp_pain=True)
    codes = {r.code for r in hiptx.classify_pain(sharp).reasons}
    assert hiptx.ReasonCode.CHECK_FOR_INFECTION not in codes


def test_the_hot_or_swollen_statement_says_no_more_than_its_quote() -> None:
    statement = hiptx.load_catalog().rules.hot_or_swollen_joint
    assert "load was too much" not in statement.text
    assert "not supposed to be hot or swollen after exercise or activity" in statement.text


def test_the_severe_pain_threshold_is_data_a_catalog_may_change() -> None:
    catalog = hiptx.load_catalog()
    rules = catalog.rules
    assert rules.severe_pain_during is not None
    assert rules.severe_pain_during.value == 7
    lenient = attrs.evolve(
        rules, severe_pain_during=attrs.evolve(rules.severe_pain_during, value=9)
    )
    session = hiptx.SessionRecord(sets=3, reps=10, pain_during=8, pain_after_24h=1)
    assert hiptx.classify_pain(session).response is hiptx.PainResponse.OVERLOAD
    assert hiptx.classify_pain(session, rules=lenient).response is hiptx.PainResponse.ABOVE_CEILING
    unset = attrs.evolve(rules, severe_pain_during=None)
    assert hiptx.classify_pain(session, rules=unset).response is hiptx.PainResponse.ABOVE_CEILING
    with pytest.raises(hiptx.OutOfRangeError, match="severe_pain_during"):
        attrs.evolve(rules, severe_pain_during=hiptx.DefaultThreshold(value=11, text="x"))
