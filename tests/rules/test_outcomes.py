"""Outcome questionnaires: scoring vectors computed by hand from outcome-measures.md.

Each expected score below is worked out from the owner's formula as
outcome-measures.md section 1 states it (not read back from hiptx's output), so a
vector fails if the scoring, the missing-item rule or the direction changes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from fractions import Fraction

import pytest
from hypothesis import assume, given, settings, strategies as st

import hiptx
from hiptx.explain import Basis

CAT = hiptx.load_catalog()
#: An answer as score_questionnaire takes it.
Answer = int | float | str | None


def ids(instrument_id: str, subscale_id: str | None = None) -> list[str]:
    instrument = CAT.instruments[instrument_id]
    if subscale_id is None:
        return [item.id for item in instrument.items]
    return list(next(s for s in instrument.subscales if s.id == subscale_id).item_ids)


def answer(item_ids: list[str], values: Sequence[Answer]) -> dict[str, Answer]:
    assert len(item_ids) == len(values)
    return dict(zip(item_ids, values, strict=True))


def every(instrument_id: str, value: Answer) -> dict[str, Answer]:
    return dict.fromkeys(ids(instrument_id), value)


def score(instrument_id: str, responses: Mapping[str, Answer]) -> Mapping[str, float | None]:
    return hiptx.score_questionnaire(instrument_id, responses).scores


# --------------------------------------------------------------------------------------
# The acceptance contract's names.


def test_the_catalog_holds_the_ten_confirmed_instruments_and_not_hoos_jr_or_mhhs() -> None:
    assert set(CAT.instruments) == {
        "hoos",
        "hoos-ps",
        "hoos-12",
        "ihot-33",
        "ihot-12",
        "hagos",
        "hos",
        "nahs",
        "oxford-hip-score",
        "fjs-12",
    }


@pytest.mark.parametrize(
    ("instrument_id", "counts", "answers"),
    [
        # outcome-measures.md section 1: items per scale, and each item's answers.
        ("hoos", {"pain": 10, "symptoms": 5, "adl": 17, "sport-rec": 4, "qol": 4}, (0, 1, 2, 3, 4)),
        ("hoos-ps", {"hoos-ps": 5}, (0, 1, 2, 3, 4)),
        ("hoos-12", {"pain": 4, "function": 4, "qol": 4}, (0, 1, 2, 3, 4)),
        ("ihot-33", {"ihot-33": 33}, tuple(range(101))),
        ("ihot-12", {"ihot-12": 12}, tuple(range(101))),
        (
            "hagos",
            {
                "pain": 10,
                "symptoms": 7,
                "adl": 5,
                "sport-rec": 8,
                "physical-activities": 2,
                "qol": 5,
            },
            (0, 1, 2, 3, 4),
        ),
        ("hos", {"adl": 17, "sports": 9}, (0, 1, 2, 3, 4, "not-applicable")),
        ("nahs", {"nahs": 20}, (0, 1, 2, 3, 4)),
        ("oxford-hip-score", {"oxford-hip-score": 12}, (0, 1, 2, 3, 4)),
        ("fjs-12", {"fjs-12": 12}, (1, 2, 3, 4, 5)),
    ],
)
def test_items_and_subscales_match_the_reference(
    instrument_id: str, counts: dict[str, int], answers: tuple[object, ...]
) -> None:
    instrument = CAT.instruments[instrument_id]
    assert {s.id: len(s.item_ids) for s in instrument.subscales} == counts
    assert len(instrument.items) == sum(counts.values())
    assert all(item.answers == answers for item in instrument.items)
    # Every item is in exactly one scale, and item ids name their instrument.
    in_scales = [i for s in instrument.subscales for i in s.item_ids]
    assert sorted(in_scales) == sorted(item.id for item in instrument.items)
    assert all(item.id.startswith(instrument_id + "-") for item in instrument.items)


def test_no_item_wording_is_stored() -> None:
    # Items carry an id and a scale only: the owners' wording is copyright.
    for instrument in CAT.instruments.values():
        for item in instrument.items:
            assert set(hiptx.to_dict(item)) == {"id", "scale"}


# --------------------------------------------------------------------------------------
# Hand-computed vectors: (instrument, answers, expected scores, rationale).

HOOS_MIDDLE = {
    **answer(ids("hoos", "pain"), [2] * 10),
    **answer(ids("hoos", "symptoms"), [1] * 5),
    **answer(ids("hoos", "adl"), [3] * 17),
    **answer(ids("hoos", "sport-rec"), [0, 4, 0, 4]),
    **answer(ids("hoos", "qol"), [1, 2, 3, 4]),
}

VECTORS: list[tuple[str, dict[str, Answer], dict[str, float | None], str]] = [
    # HOOS: 100 - mean / 4 x 100 per subscale.
    (
        "hoos",
        every("hoos", 0),
        dict.fromkeys(["pain", "symptoms", "adl", "sport-rec", "qol"], 100.0),
        "best: all 0 (none)",
    ),
    (
        "hoos",
        every("hoos", 4),
        dict.fromkeys(["pain", "symptoms", "adl", "sport-rec", "qol"], 0.0),
        "worst: all 4 (extreme)",
    ),
    (
        "hoos",
        HOOS_MIDDLE,
        {"pain": 50.0, "symptoms": 75.0, "adl": 25.0, "sport-rec": 50.0, "qol": 37.5},
        "means 2, 1, 3, 2, 2.5 -> 100 - 25 x mean",
    ),
    (
        "hoos",
        {
            **answer(ids("hoos", "pain")[:5], [1] * 5),
            **answer(ids("hoos", "symptoms")[:3], [2] * 3),
            **answer(ids("hoos", "adl")[:9], [4] * 9),
            **answer(ids("hoos", "sport-rec")[:2], [0, 1]),
            **answer(ids("hoos", "qol")[:2], [3, 3]),
        },
        {"pain": 75.0, "symptoms": 50.0, "adl": 0.0, "sport-rec": 87.5, "qol": 25.0},
        "2013 rule at its limit: 5, 3, 9, 2, 2 answered still score",
    ),
    (
        "hoos",
        {
            **answer(ids("hoos", "pain")[:4], [1] * 4),
            **answer(ids("hoos", "symptoms")[:2], [2] * 2),
            **answer(ids("hoos", "adl")[:8], [4] * 8),
            **answer(ids("hoos", "sport-rec")[:1], [0]),
            **answer(ids("hoos", "qol")[:1], [3]),
        },
        dict.fromkeys(["pain", "symptoms", "adl", "sport-rec", "qol"]),
        "one past the limit: more than half missing makes every subscale invalid",
    ),
    # HOOS-12: at least 2 of 4 per scale; the person mean stands in for the rest.
    ("hoos-12", every("hoos-12", 0), {"pain": 100.0, "function": 100.0, "qol": 100.0}, "best"),
    ("hoos-12", every("hoos-12", 4), {"pain": 0.0, "function": 0.0, "qol": 0.0}, "worst"),
    (
        "hoos-12",
        {
            **answer(ids("hoos-12", "pain"), [1, 2, None, None]),
            **answer(ids("hoos-12", "function"), [4, 4, 4, 0]),
            **answer(ids("hoos-12", "qol"), [3, None, None, None]),
        },
        {"pain": 62.5, "function": 25.0, "qol": None},
        "pain at the limit (2 of 4, mean 1.5), function mean 3, qol one past it",
    ),
    # HAGOS: as HOOS per subscale; every item needed (hiptx's default).
    (
        "hagos",
        every("hagos", 0),
        dict.fromkeys(
            ["pain", "symptoms", "adl", "sport-rec", "physical-activities", "qol"], 100.0
        ),
        "best",
    ),
    (
        "hagos",
        every("hagos", 4),
        dict.fromkeys(["pain", "symptoms", "adl", "sport-rec", "physical-activities", "qol"], 0.0),
        "worst",
    ),
    (
        "hagos",
        {**every("hagos", 1), **answer(ids("hagos", "physical-activities"), [0, 4])},
        {
            "pain": 75.0,
            "symptoms": 75.0,
            "adl": 75.0,
            "sport-rec": 75.0,
            "physical-activities": 50.0,
            "qol": 75.0,
        },
        "middle: all 1 (75), physical activities mean 2 (50)",
    ),
    (
        "hagos",
        {**every("hagos", 1), ids("hagos", "pain")[0]: None},
        {
            "pain": None,
            "symptoms": 75.0,
            "adl": 75.0,
            "sport-rec": 75.0,
            "physical-activities": 75.0,
            "qol": 75.0,
        },
        "one item missing is one past hiptx's all-items limit",
    ),
    # HOS: sum / (4 x answered applicable items) x 100; N/A leaves the denominator.
    ("hos", every("hos", 4), {"adl": 100.0, "sports": 100.0}, "best: all 4"),
    ("hos", every("hos", 0), {"adl": 0.0, "sports": 0.0}, "worst: all 0"),
    (
        "hos",
        {
            **answer(ids("hos", "adl"), [3] * 16 + ["not-applicable"]),
            **answer(ids("hos", "sports"), [4] * 8 + [0]),
        },
        {"adl": 75.0, "sports": float(Fraction(32, 36) * 100)},
        "ADL 48 / (4 x 16); Sports 32 / 36, unrounded",
    ),
    (
        "hos",
        {**every("hos", "not-applicable"), ids("hos", "adl")[0]: None},
        {"adl": None, "sports": None},
        "ADL: one skipped (past hiptx's limit); Sports: all N/A leaves nothing to score",
    ),
    # NAHS: sum x 1.25.
    ("nahs", every("nahs", 4), {"nahs": 100.0}, "best: 80 x 1.25"),
    ("nahs", every("nahs", 0), {"nahs": 0.0}, "worst"),
    ("nahs", answer(ids("nahs"), [2] * 10 + [3] * 10), {"nahs": 62.5}, "sum 50 x 1.25"),
    (
        "nahs",
        answer(ids("nahs"), [2] * 19 + [None]),
        {"nahs": None},
        "one missing: every item needed",
    ),
    # Oxford Hip Score: sum 0-48, 48 best.
    ("oxford-hip-score", every("oxford-hip-score", 4), {"oxford-hip-score": 48.0}, "best: 12 x 4"),
    ("oxford-hip-score", every("oxford-hip-score", 0), {"oxford-hip-score": 0.0}, "worst"),
    (
        "oxford-hip-score",
        answer(ids("oxford-hip-score"), [2] * 6 + [3] * 6),
        {"oxford-hip-score": 30.0},
        "sum 30",
    ),
    (
        "oxford-hip-score",
        answer(ids("oxford-hip-score"), [4] * 11 + [None]),
        {"oxford-hip-score": None},
        "one missing",
    ),
    # FJS-12: 100 - (sum - 12) / 48 x 100, up to 4 missing filled with the mean.
    ("fjs-12", every("fjs-12", 1), {"fjs-12": 100.0}, "best: all 1 (never)"),
    ("fjs-12", every("fjs-12", 5), {"fjs-12": 0.0}, "worst: all 5 (mostly)"),
    (
        "fjs-12",
        answer(ids("fjs-12"), [2] * 6 + [3] * 6),
        {"fjs-12": 62.5},
        "sum 30: 100 - 18/48 x 100",
    ),
    (
        "fjs-12",
        answer(ids("fjs-12"), [2] * 8 + [None] * 4),
        {"fjs-12": 75.0},
        "4 missing filled with 2: sum 24",
    ),
    (
        "fjs-12",
        answer(ids("fjs-12"), [2] * 7 + [None] * 5),
        {"fjs-12": None},
        "5 missing: no score",
    ),
    # iHOT: the mean of 0-100 items; every item needed (hiptx's default).
    ("ihot-33", every("ihot-33", 100), {"ihot-33": 100.0}, "best"),
    ("ihot-33", every("ihot-33", 0), {"ihot-33": 0.0}, "worst"),
    (
        "ihot-33",
        answer(ids("ihot-33"), [3 * i for i in range(1, 34)]),
        {"ihot-33": 51.0},
        "3 x mean(1..33) = 51",
    ),
    ("ihot-33", answer(ids("ihot-33"), [50] * 32 + [None]), {"ihot-33": None}, "one missing"),
    ("ihot-12", every("ihot-12", 100), {"ihot-12": 100.0}, "best"),
    ("ihot-12", every("ihot-12", 0), {"ihot-12": 0.0}, "worst"),
    (
        "ihot-12",
        answer(ids("ihot-12"), [0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 100]),
        {"ihot-12": 650 / 12},
        "650 / 12, unrounded",
    ),
    (
        "ihot-12",
        answer(ids("ihot-12"), [55.5] * 12),
        {"ihot-12": 55.5},
        "a mark between whole points",
    ),
    ("ihot-12", answer(ids("ihot-12"), [50] * 11 + [None]), {"ihot-12": None}, "one missing"),
]


@pytest.mark.parametrize(
    ("instrument_id", "responses", "expected", "rationale"),
    VECTORS,
    ids=[f"{v[0]}: {v[3]}" for v in VECTORS],
)
def test_hand_computed_vectors(
    instrument_id: str,
    responses: dict[str, Answer],
    expected: dict[str, float | None],
    rationale: str,
) -> None:
    got = dict(score(instrument_id, responses))
    assert got.keys() == expected.keys(), rationale
    for key, value in expected.items():
        if value is None:
            assert got[key] is None, f"{key}: {rationale}"
        else:
            assert got[key] == pytest.approx(value, abs=1e-12), f"{key}: {rationale}"


# The HOOS-PS nomogram as outcome-measures.md prints it: raw sum -> score.
NOMOGRAM = [100, 95.4, 91.2, 87.3, 83.6, 80.0, 76.6, 73.1, 69.6, 66.1, 62.3, 58.3, 53.9, 49.2]
NOMOGRAM += [44.1, 38.4, 32.1, 25.2, 17.6, 9.2, 0.0]


@pytest.mark.parametrize("raw", range(21))
def test_every_hoos_ps_nomogram_row(raw: int) -> None:
    # Spread the raw sum over the five items (as full as possible from the first).
    values = [min(4, max(0, raw - 4 * i)) for i in range(5)]
    assert sum(values) == raw
    result = hiptx.score_questionnaire("hoos-ps", answer(ids("hoos-ps"), values))
    assert result.scales[0].raw == raw
    assert result.scores["hoos-ps"] == NOMOGRAM[raw]


def test_hoos_ps_needs_all_five_items() -> None:
    values: list[float | int | None] = [1, 1, 1, 1, None]
    assert score("hoos-ps", answer(ids("hoos-ps"), values)) == {"hoos-ps": None}


# --------------------------------------------------------------------------------------
# Reasons: the count answered of needed, the missing items, citations or hiptx's own.


def test_an_invalid_scale_says_how_many_were_answered_of_how_many_needed() -> None:
    result = hiptx.score_questionnaire("hoos", answer(ids("hoos", "pain")[:4], [1] * 4))
    pain = result.scales[0]
    assert (pain.score, pain.answered, pain.needed, pain.item_count) == (None, 4, 5, 10)
    assert pain.missing_item_ids == tuple(ids("hoos", "pain")[4:])
    reason = pain.reasons[0]
    assert reason.code is hiptx.ReasonCode.TOO_FEW_ANSWERS
    assert "4 of 10 items answered, at least 5 needed" in reason.message
    assert [c.source_id for c in reason.citations] == ["koos-hoos-scoring-2013"]
    assert len(result.missing_item_ids) == 36


def test_filled_items_are_named_and_the_rule_cited() -> None:
    result = hiptx.score_questionnaire("fjs-12", answer(ids("fjs-12"), [2] * 8 + [None] * 4))
    scale = result.scales[0]
    assert scale.imputed_item_ids == tuple(ids("fjs-12")[8:])
    filled = [r for r in scale.reasons if r.code is hiptx.ReasonCode.MISSING_ITEMS_FILLED]
    assert filled
    assert filled[0].citations[0].source_id == "awell-score"


def test_not_applicable_items_are_named() -> None:
    responses = {**every("hos", 2), ids("hos", "adl")[0]: "not-applicable"}
    adl = hiptx.score_questionnaire("hos", responses).scales[0]
    assert adl.not_applicable_item_ids == (ids("hos", "adl")[0],)
    assert any(r.code is hiptx.ReasonCode.NOT_APPLICABLE_ITEMS for r in adl.reasons)


def test_hiptx_defaults_are_marked_as_its_own() -> None:
    # Oxford's missing-item rule is not confirmed: hiptx's all-items rule carries no citation.
    result = hiptx.score_questionnaire("oxford-hip-score", {})
    reasons = result.scales[0].reasons
    assert reasons and all(r.basis is Basis.HIPTX_DEFAULT and not r.citations for r in reasons)


@pytest.mark.parametrize(
    ("instrument_id", "status", "cited"),
    [
        ("oxford-hip-score", hiptx.LicenceStatus.LICENCE_REQUIRED, True),
        ("hoos", hiptx.LicenceStatus.UNKNOWN, True),  # indirect only: Lyman 2016
        ("hagos", hiptx.LicenceStatus.UNKNOWN, False),
        ("fjs-12", hiptx.LicenceStatus.UNKNOWN, False),
    ],
)
def test_every_result_states_the_licence(
    instrument_id: str, status: hiptx.LicenceStatus, cited: bool
) -> None:
    assert CAT.instruments[instrument_id].licence.status is status
    result = hiptx.score_questionnaire(instrument_id, {})
    licence = [r for r in result.reasons if r.code is hiptx.ReasonCode.LICENCE]
    assert len(licence) == 1
    assert bool(licence[0].citations) is cited
    assert status.value.replace("_", " ") in licence[0].message


def test_the_rounding_rule_is_stated() -> None:
    result = hiptx.score_questionnaire("nahs", {})
    assert any("does not round" in r.message for r in result.reasons)


# --------------------------------------------------------------------------------------
# Bad input: clear typed errors naming the field and what is allowed.


@pytest.mark.parametrize(
    ("instrument_id", "responses", "error", "match"),
    [
        ("hoos-ps", {"hoos-ps-1": 5}, hiptx.OutOfRangeError, r"hoos-ps-1.*from 0 to 4"),
        ("hoos-ps", {"hoos-ps-1": -1}, hiptx.OutOfRangeError, "from 0 to 4"),
        ("hoos-ps", {"hoos-ps-1": 2.0}, hiptx.WrongTypeError, "an integer"),
        ("hoos-ps", {"hoos-ps-1": True}, hiptx.WrongTypeError, "an integer"),
        ("hoos-ps", {"hoos-ps-1": "2"}, hiptx.InvalidValueError, "an integer"),
        ("hoos-ps", {"hoos-ps-1": "not-applicable"}, hiptx.InvalidValueError, "from 0 to 4"),
        ("ihot-12", {"ihot-12-1": float("nan")}, hiptx.OutOfRangeError, "from 0 to 100"),
        ("ihot-12", {"ihot-12-1": 100.5}, hiptx.OutOfRangeError, "from 0 to 100"),
        ("fjs-12", {"fjs-12-1": 0}, hiptx.OutOfRangeError, "from 1 to 5"),
        ("hoos-ps", {"hoos-ps-6": 1}, hiptx.UnknownIdError, "did you mean"),
        ("hoos", {"hagos-pain-1": 1}, hiptx.InvalidValueError, r"item of hagos"),
        ("hoos", {1: 1}, hiptx.WrongTypeError, "an item id"),
        ("hoos", [("hoos-pain-1", 1)], hiptx.WrongTypeError, "a mapping"),
        ("no-such-instrument", {}, hiptx.UnknownIdError, "instrument"),
    ],
)
def test_bad_responses_are_refused(
    instrument_id: str, responses: object, error: type[Exception], match: str
) -> None:
    with pytest.raises(error, match=match):
        hiptx.score_questionnaire(instrument_id, responses)  # type: ignore[arg-type]


def test_a_whole_response_set_of_another_instrument_is_refused() -> None:
    with pytest.raises(hiptx.InvalidValueError, match="score_questionnaire\\('hagos'"):
        hiptx.score_questionnaire("hoos", every("hagos", 1))


def test_the_instrument_may_be_an_object_and_nothing_else() -> None:
    hoos = CAT.instruments["hoos"]
    assert hiptx.score_questionnaire(hoos, {}).instrument_id == "hoos"
    with pytest.raises(hiptx.WrongTypeError, match="instrument"):
        hiptx.score_questionnaire(42, {})  # type: ignore[arg-type]
    with pytest.raises(hiptx.WrongTypeError, match="catalog"):
        hiptx.score_questionnaire("hoos", {}, catalog="my/catalog")  # type: ignore[arg-type]


def test_instrument_item_lookup() -> None:
    hoos = CAT.instruments["hoos"]
    assert hoos.item("hoos-qol-4").scale.best == 0
    with pytest.raises(hiptx.UnknownIdError, match="hoos item"):
        hoos.item("hoos-qol-5")


# --------------------------------------------------------------------------------------
# The model refuses inconsistent instruments.


def _scale() -> hiptx.ResponseScale:
    return hiptx.ResponseScale(minimum=0, maximum=4, best=0)


def test_the_model_refuses_inconsistent_parts() -> None:
    with pytest.raises(hiptx.InvalidValueError, match="best"):
        hiptx.ResponseScale(minimum=0, maximum=4, best=2)
    with pytest.raises(hiptx.InvalidValueError, match="maximum"):
        hiptx.ResponseScale(minimum=4, maximum=4, best=4)
    with pytest.raises(hiptx.InvalidValueError, match="min_answered"):
        hiptx.Subscale(id="a", name="A", item_ids=("x",), min_answered=2)
    with pytest.raises(hiptx.InvalidValueError, match="citations"):
        hiptx.ScoringRule(topic=hiptx.RuleTopic.SCORING, text="t")
    with pytest.raises(hiptx.InvalidValueError, match="citations"):
        hiptx.ScoringRule(
            topic=hiptx.RuleTopic.SCORING,
            text="t",
            hiptx_default=True,
            citations=(hiptx.Citation(source_id="awell-score"),),
        )
    with pytest.raises(hiptx.InvalidValueError, match="citations"):
        hiptx.Licence(status=hiptx.LicenceStatus.LICENCE_REQUIRED)
    with pytest.raises(hiptx.InvalidValueError, match="value_high"):
        _threshold(value=10, value_high=5)


def _threshold(**changes: object) -> hiptx.ScoreThreshold:
    fields: dict[str, object] = {
        "kind": hiptx.ThresholdKind.MCID,
        "value": 10,
        "audience": hiptx.Audience.INDIVIDUAL,
        "population": hiptx.PopulationGroup.HIP_REPLACEMENT,
        "population_text": "p",
        "method": "m",
        "confidence": hiptx.EvidenceStrength.HIGH,
        "citations": (hiptx.Citation(source_id="awell-score"),),
        **changes,
    }
    return hiptx.ScoreThreshold(**fields)  # type: ignore[arg-type]


def _instrument(**changes: object) -> hiptx.Instrument:
    fields: dict[str, object] = {
        "id": "t",
        "name": "T",
        "items": (hiptx.QuestionnaireItem(id="t-1", scale=_scale()),),
        "subscales": (hiptx.Subscale(id="t", name="T", item_ids=("t-1",), min_answered=1),),
        "scoring": hiptx.ScoringMethod.NORMALISED_MEAN,
        "score_minimum": 0,
        "score_maximum": 100,
        "direction": "100 best",
        "imputation": hiptx.Imputation.NONE,
        "rules": (hiptx.ScoringRule(topic=hiptx.RuleTopic.SCORING, text="t", hiptx_default=True),),
        "licence": hiptx.Licence(status=hiptx.LicenceStatus.UNKNOWN),
        "citations": (hiptx.Citation(source_id="awell-score"),),
        **changes,
    }
    return hiptx.Instrument(**fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("changes", "match"),
    [
        (
            {
                "items": (
                    hiptx.QuestionnaireItem(id="t-1", scale=_scale()),
                    hiptx.QuestionnaireItem(
                        id="t-1", scale=hiptx.ResponseScale(minimum=1, maximum=5, best=1)
                    ),
                )
            },
            "distinct ids",
        ),
        (
            {
                "subscales": (
                    hiptx.Subscale(id="t", name="T", item_ids=("t-1",), min_answered=1),
                    hiptx.Subscale(id="t", name="U", item_ids=("t-1",), min_answered=1),
                )
            },
            "distinct ids",
        ),
        (
            {"subscales": (hiptx.Subscale(id="t", name="T", item_ids=("t-2",), min_answered=1),)},
            "item ids of t",
        ),
        ({"score_maximum": 0}, "score_minimum"),
        ({"multiplier": 2.0}, "exactly when scoring is SUM"),
        ({"scoring": hiptx.ScoringMethod.SUM}, "exactly when scoring is SUM"),
        ({"conversion": (hiptx.ConversionRow(raw=0, score=100),)}, "CONVERSION_TABLE"),
        ({"thresholds": (_threshold(subscale_id="other"),)}, "a subscale of t"),
        (
            {
                "scoring": hiptx.ScoringMethod.CONVERSION_TABLE,
                "conversion": (hiptx.ConversionRow(raw=0, score=100),),
            },
            "each raw sum from 0 to 4",
        ),
        (
            {
                "items": (
                    hiptx.QuestionnaireItem(id="t-1", scale=_scale()),
                    hiptx.QuestionnaireItem(id="t-2", scale=_scale()),
                ),
                "subscales": (
                    hiptx.Subscale(id="t", name="T", item_ids=("t-1", "t-2"), min_answered=1),
                ),
                "scoring": hiptx.ScoringMethod.SUM,
                "multiplier": 1.0,
            },
            "PERSON_MEAN",
        ),
    ],
)
def test_the_model_refuses_inconsistent_instruments(changes: dict[str, Answer], match: str) -> None:
    with pytest.raises(hiptx.InvalidValueError, match=match):
        _instrument(**changes)


def test_a_filled_sum_between_two_table_rows_has_no_score() -> None:
    # A catalog's converted instrument that fills missing items: a fractional sum
    # has no row, so the scale has no score rather than a guessed one.
    items = tuple(hiptx.QuestionnaireItem(id=f"t-{i}", scale=_scale()) for i in (1, 2, 3))
    table = tuple(hiptx.ConversionRow(raw=r, score=100 - r) for r in range(13))
    instrument = _instrument(
        items=items,
        subscales=(
            hiptx.Subscale(id="t", name="T", item_ids=("t-1", "t-2", "t-3"), min_answered=2),
        ),
        scoring=hiptx.ScoringMethod.CONVERSION_TABLE,
        conversion=table,
        imputation=hiptx.Imputation.PERSON_MEAN,
    )
    assert hiptx.score_questionnaire(instrument, {"t-1": 1, "t-2": 2}).scales[0].score is None
    filled = hiptx.score_questionnaire(instrument, {"t-1": 2, "t-2": 2}).scales[0]
    assert (filled.raw, filled.score) == (6.0, 94.0)


# --------------------------------------------------------------------------------------
# Properties: worse answers never raise a score; order is irrelevant; range holds.


def _worse(value: Answer, scale: hiptx.ResponseScale) -> Answer:
    if not isinstance(value, (int, float)) or value == scale.worst:
        return value
    return value + (1 if scale.worst > scale.best else -1)


@st.composite
def full_answers(draw: st.DrawFn) -> tuple[str, dict[str, Answer]]:
    instrument = draw(st.sampled_from(sorted(CAT.instruments.values(), key=lambda i: i.id)))
    responses: dict[str, Answer] = {
        item.id: draw(st.sampled_from(item.answers)) for item in instrument.items
    }
    skipped = draw(st.sets(st.sampled_from([i.id for i in instrument.items]), max_size=3))
    for item_id in skipped:
        responses[item_id] = None
    return instrument.id, responses


@settings(max_examples=60, deadline=None)
@given(full_answers(), st.data())
def test_a_worse_answer_never_raises_a_score(
    case: tuple[str, dict[str, Answer]], data: st.DataObject
) -> None:
    instrument_id, responses = case
    instrument = CAT.instruments[instrument_id]
    item = data.draw(st.sampled_from(instrument.items))
    worse = {**responses, item.id: _worse(responses[item.id], item.scale)}
    # An answer already the worst, or skipped, cannot be made worse: nothing to test.
    assume(worse[item.id] != responses[item.id])
    before, after = score(instrument_id, responses), score(instrument_id, worse)
    compared = 0
    for key, value in before.items():
        if value is not None and after[key] is not None:
            assert after[key] <= value  # type: ignore[operator]
            compared += 1
    assume(compared > 0)  # every scale left unscored by skipped items: nothing compared


@settings(max_examples=60, deadline=None)
@given(full_answers(), st.randoms(use_true_random=False))
def test_order_changes_nothing_and_scores_stay_in_range(
    case: tuple[str, dict[str, Answer]], random: object
) -> None:
    instrument_id, responses = case
    keys = list(responses)
    random.shuffle(keys)  # type: ignore[attr-defined]
    shuffled = {k: responses[k] for k in keys}
    result = hiptx.score_questionnaire(instrument_id, responses)
    assert hiptx.score_questionnaire(instrument_id, shuffled) == result
    instrument = CAT.instruments[instrument_id]
    for value in result.scores.values():
        assert value is None or instrument.score_minimum <= value <= instrument.score_maximum


def test_valid_instruments_build() -> None:
    # A threshold for no named scale, and a summed instrument that needs every item.
    loose = _instrument(thresholds=(_threshold(), _threshold(subscale_id="t")))
    assert loose.thresholds[0].subscale_id is None
    summed = _instrument(scoring=hiptx.ScoringMethod.SUM, multiplier=1.0)
    assert hiptx.score_questionnaire(summed, {"t-1": 1}).scores == {"t": 3.0}


def test_a_not_applicable_answer_is_offered_where_the_item_allows_it() -> None:
    with pytest.raises(hiptx.OutOfRangeError, match="'not-applicable' or None"):
        hiptx.score_questionnaire("hos", {"hos-adl-1": 5})


def _outcome_measures_text() -> str | None:
    import os
    from pathlib import Path

    shared = os.environ.get("HIPTX_SHARED")
    path = Path(shared) if shared else Path(__file__).resolve().parents[3] / "shared"
    path /= "outcome-measures.md"
    if path.is_file():
        return " ".join(path.read_text(encoding="utf-8").split())
    if os.environ.get("CI"):
        pytest.fail(f"outcome-measures.md not found at {path}")
    return None


def test_every_instrument_quote_is_verbatim_in_the_reference_file() -> None:
    from hiptx.catalog._integrity import citations_in

    text = _outcome_measures_text()
    if text is None:
        pytest.skip("shared/outcome-measures.md is absent (set HIPTX_SHARED); CI fails instead")
    quotes = [
        citation.quote
        for instrument in CAT.instruments.values()
        for citation, _ in citations_in(instrument, "$")
        if citation.quote is not None
    ]
    assert len(quotes) >= 5
    for quote in quotes:
        assert " ".join(quote.split()) in text, quote
