"""Interpreting outcome scores against published thresholds (series over time:
test_outcome_series.py).

The thresholds are those outcome-measures.md section 3 lists; each scenario says
which apply to the population asked for and why the verdict follows.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

import hiptx
from hiptx.explain import Basis
from tests.support.outcomes import Answer, scored

CAT = hiptx.load_catalog()


def _fjs(value: Answer) -> hiptx.QuestionnaireScore:
    return scored("fjs-12", "fjs-12", value)


def _codes(scale: hiptx.ScaleInterpretation) -> list[str]:
    return [r.code.value for r in scale.reasons]


# (instrument, scale, baseline answer, follow-up answer, population,
#  expected change, important change, acceptable state, rationale)
SCENARIOS = [
    # HOOS Pain in hip replacement: MCII 24 (anchor), MCID 8.35 / 8.85 (distribution);
    # PASS 91. 50 -> 100: every threshold reached.
    ("hoos", "pain", 2, 0, "hip-replacement", 50.0, True, True, "all reached"),
    # 50 -> 75: a change of 25 reaches all three MCIDs; 75 is below PASS 91.
    ("hoos", "pain", 2, 1, "hip-replacement", 25.0, True, False, "important, not acceptable"),
    # 0 -> 25 on Pain: 25 >= 24 and >= 8.85: important; PASS not reached.
    ("hoos", "pain", 4, 3, "hip-replacement", 25.0, True, False, "25 reaches MCII 24"),
    # HOOS QOL: MCII 17, PASS 83. 50 -> 75: important; 75 < 83.
    ("hoos", "qol", 2, 1, "hip-replacement", 25.0, True, False, "QOL thresholds"),
    # HOOS ADL has only a non-operative threshold (MCII 4): 75 -> 100 reaches it.
    ("hoos", "adl", 1, 0, "non-arthritic-non-operative", 25.0, True, None, "no PASS held"),
    # ...and none for hip replacement: nothing is borrowed.
    ("hoos", "adl", 1, 0, "hip-replacement", 25.0, None, None, "no threshold for population"),
    # Oxford: MIC for individuals 8 applies; MIC 11 and MID 5 (groups) do not.
    # 36 -> 48: 12 >= 8; PASS 42 reached.
    ("oxford-hip-score", "oxford-hip-score", 3, 4, "hip-replacement", 12.0, True, True, "OHS"),
    # iHOT-12 after arthroscopy: MCID 13; PASS 63, 67.4, 76.9, 62.9: the safer reading
    # needs 76.9. 40 -> 70: 30 >= 13; 70 < 76.9 so not acceptable.
    ("ihot-12", "ihot-12", 40, 70, "hip-arthroscopy", 30.0, True, False, "highest PASS"),
    # iHOT-12 non-operative: MCII 14, SCB 18, PASS 63. 50 -> 62: 12 < 14; 62 < 63.
    ("ihot-12", "ihot-12", 50, 62, "non-arthritic-non-operative", 12.0, False, False, "below"),
    # HOS Sports after arthroscopy: MCID 6; PASS 82.7 / 76.4 / 67.7. 75 -> 100.
    ("hos", "sports", 3, 4, "hip-arthroscopy", 25.0, True, True, "HOS Sports"),
]


@pytest.mark.parametrize(
    (
        "instrument_id",
        "subscale_id",
        "before",
        "after",
        "population",
        "change",
        "important",
        "acceptable",
        "rationale",
    ),
    SCENARIOS,
    ids=[f"{s[0]}-{s[1]}-{s[4]}-{s[8]}" for s in SCENARIOS],
)
def test_scenarios(  # noqa: PLR0913, PLR0917 - one table row
    instrument_id: str,
    subscale_id: str,
    before: Answer,
    after: Answer,
    population: str,
    change: float,
    important: bool | None,
    acceptable: bool | None,
    rationale: str,
) -> None:
    result = hiptx.interpret_scores(
        scored(instrument_id, subscale_id, before),
        scored(instrument_id, subscale_id, after),
        population=population,
    )
    assert result.population is hiptx.PopulationGroup(population)
    scale = next(s for s in result.scales if s.subscale_id == subscale_id)
    assert scale.change == pytest.approx(change), rationale
    assert scale.important_change is important, rationale
    assert scale.acceptable_state is acceptable, rationale
    for verdict in scale.verdicts:
        assert verdict.threshold.population is hiptx.PopulationGroup(population)
        assert verdict.reason.citations == verdict.threshold.citations


def test_no_threshold_for_the_population_is_said_and_nothing_is_borrowed() -> None:
    result = hiptx.interpret_scores(
        scored("hoos", "pain", 2), scored("hoos", "pain", 0), population="active-hip-groin-pain"
    )
    pain = result.scales[0]
    assert pain.verdicts == ()
    assert (pain.important_change, pain.acceptable_state) == (None, None)
    reason = pain.reasons[0]
    assert reason.code is hiptx.ReasonCode.NO_THRESHOLD_FOR_POPULATION
    assert "hip-replacement" in reason.message  # the populations that do have some
    assert reason.basis is Basis.HIPTX_DEFAULT
    # A scale with no thresholds at all names none.
    symptoms = result.scales[1]
    assert "it has some" not in symptoms.reasons[0].message


def test_group_thresholds_do_not_judge_one_patient() -> None:
    # OHS 30 -> 39: 9 reaches the individual MIC 8 but not the group MIC 11; one
    # patient is judged by the individual one only, and the group ones are named.
    before = hiptx.score_questionnaire(
        "oxford-hip-score", {f"oxford-hip-score-{i}": 2 if i <= 6 else 3 for i in range(1, 13)}
    )
    after = hiptx.score_questionnaire(
        "oxford-hip-score",
        {f"oxford-hip-score-{i}": 4 if i <= 3 else 3 for i in range(1, 13)},
    )
    scale = hiptx.interpret_scores(before, after, population="hip-replacement").scales[0]
    assert scale.change == 9.0
    assert scale.important_change is True
    assert all(v.threshold.audience is not hiptx.Audience.GROUP for v in scale.verdicts)
    skipped = [r for r in scale.reasons if r.code is hiptx.ReasonCode.GROUP_THRESHOLD_NOT_APPLIED]
    assert len(skipped) == 2
    assert all(r.citations for r in skipped)


def test_disagreeing_thresholds_take_the_safer_reading_and_say_so() -> None:
    # HOOS Pain 50 -> 62.5 (one box better on half the items): 12.5 reaches the
    # distribution MCIDs (8.35, 8.85) but not the anchor MCII 24: not important.
    before = scored("hoos", "pain", 2)
    items = CAT.instruments["hoos"].subscales[0].item_ids
    after = hiptx.score_questionnaire("hoos", {i: 1 if n < 5 else 2 for n, i in enumerate(items)})
    pain = hiptx.interpret_scores(before, after, population="hip-replacement").scales[0]
    assert pain.change == 12.5
    assert [v.reached for v in pain.verdicts if v.threshold.kind.is_change] == [False, True, True]
    assert pain.important_change is False
    safer = [r for r in pain.reasons if r.code is hiptx.ReasonCode.SAFER_RULE_APPLIED]
    assert safer and "8.35 to 24" in safer[0].message


@pytest.mark.parametrize(
    ("answer", "acceptable", "rationale"),
    [
        # FJS-12 PASS 69.8-91.7 (a range): at or above its top, below its bottom, inside.
        (1, True, "100 >= 91.7"),
        (3, False, "50 < 69.8"),
        (2, None, "75 lies inside the range: undecided"),
    ],
)
def test_a_threshold_given_as_a_range(answer: int, acceptable: bool | None, rationale: str) -> None:
    result = hiptx.interpret_scores(_fjs(5), _fjs(answer), population="hip-replacement")
    assert result.scales[0].acceptable_state is acceptable, rationale


def test_a_missing_score_gives_no_verdict() -> None:
    result = hiptx.interpret_scores(
        hiptx.score_questionnaire("ihot-12", {}),
        scored("ihot-12", "ihot-12", 80),
        population="hip-arthroscopy",
    )
    scale = result.scales[0]
    assert (scale.change, scale.important_change) == (None, None)
    # PASS compares the follow-up alone, which exists: the highest (76.9) is reached.
    assert scale.acceptable_state is True
    missing = [v for v in scale.verdicts if v.compared is None]
    assert missing and all(v.reason.code is hiptx.ReasonCode.SCORE_MISSING for v in missing)


def test_interpretation_refuses_bad_input() -> None:
    hoos, ohs = scored("hoos", "pain", 1), scored("oxford-hip-score", "oxford-hip-score", 1)
    with pytest.raises(hiptx.InvalidValueError, match="baseline's instrument"):
        hiptx.interpret_scores(hoos, ohs, population="hip-replacement")
    with pytest.raises(hiptx.InvalidValueError, match="'hip-replacement'"):
        hiptx.interpret_scores(hoos, hoos, population="knee")
    with pytest.raises(hiptx.WrongTypeError, match="population"):
        hiptx.interpret_scores(hoos, hoos, population=3)  # type: ignore[arg-type]
    with pytest.raises(hiptx.WrongTypeError, match="follow_up"):
        hiptx.interpret_scores(hoos, {}, population="hip-replacement")  # type: ignore[arg-type]
    enum = hiptx.interpret_scores(hoos, hoos, population=hiptx.PopulationGroup.HIP_REPLACEMENT)
    assert enum == hiptx.interpret_scores(hoos, hoos, population="hip-replacement")


def test_a_worsening_is_not_called_unimportant() -> None:
    # HOOS Pain 75 -> 25: every change threshold is "not reached", but that must not
    # read as "no change that matters": the thresholds are for improvement.
    result = hiptx.interpret_scores(
        scored("hoos", "pain", 1), scored("hoos", "pain", 3), population="hip-replacement"
    )
    pain = result.scales[0]
    assert pain.change == -50.0
    assert pain.important_change is None
    assert pain.acceptable_state is False
    worsened = [r for r in pain.reasons if r.code is hiptx.ReasonCode.SCORE_WORSENED]
    assert worsened and "worsened by 50 points" in worsened[0].message
    assert all(r.code is not hiptx.ReasonCode.SAFER_RULE_APPLIED for r in pain.reasons)


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(sorted(CAT.instruments)),
    st.sampled_from(list(hiptx.PopulationGroup)),
    st.data(),
)
def test_only_the_populations_own_individual_thresholds_are_ever_applied(
    instrument_id: str, population: hiptx.PopulationGroup, data: st.DataObject
) -> None:
    instrument = CAT.instruments[instrument_id]

    def draw_answers() -> dict[str, Answer]:
        return {item.id: data.draw(st.sampled_from(item.answers)) for item in instrument.items}

    before = hiptx.score_questionnaire(instrument, draw_answers())
    after = hiptx.score_questionnaire(instrument, draw_answers())
    result = hiptx.interpret_scores(before, after, population=population)
    for scale in result.scales:
        for verdict in scale.verdicts:
            assert verdict.threshold.population is population
            assert verdict.threshold.audience is not hiptx.Audience.GROUP
            assert verdict.threshold.subscale_id == scale.subscale_id
        if scale.change is not None and scale.change < 0:
            assert scale.important_change is None
