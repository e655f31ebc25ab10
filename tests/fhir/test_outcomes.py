"""Outcome questionnaires in FHIR: QuestionnaireResponse in, Observation out, checked."""

from __future__ import annotations

import datetime
from typing import Any

import pytest

import hiptx
import hiptx.fhir
from hiptx.fhir import outcomes
from tests.support.fhir import CAT


def _response(answers: dict[str, Any], **extra: Any) -> dict[str, Any]:
    items = [{"linkId": link_id, "answer": [answer]} for link_id, answer in answers.items()]
    return {"resourceType": "QuestionnaireResponse", "status": "completed", "item": items, **extra}


def _hoos(value: int) -> dict[str, Any]:
    return {item.id: {"valueInteger": value} for item in CAT.instruments["hoos"].items}


def test_a_hoos_response_becomes_a_loinc_coded_observation_with_five_components() -> None:
    response = _response(
        _hoos(1),
        id="baseline",
        subject={"reference": "Patient/p1"},
        authored="2026-01-05T10:00:00Z",
    )
    bundle = outcomes.outcome_bundle(response, "hoos")
    assert hiptx.fhir.check(bundle, external=["Patient/p1"]) == []
    hiptx.fhir.validate(bundle, external=["Patient/p1"])
    stored, observation = (e["resource"] for e in bundle["entry"])
    assert stored == response and stored is not response
    assert observation["derivedFrom"] == [{"reference": bundle["entry"][0]["fullUrl"]}]
    assert observation["subject"] == {"reference": "Patient/p1"}
    assert observation["effectiveDateTime"] == "2026-01-05"
    assert observation["code"]["coding"] == [
        {"system": "http://loinc.org", "code": "72092-0", "display": "HOOS panel"}
    ]
    # Pain, Symptoms, ADL, Sport/Rec, QOL: codes.md's LOINC codes, each score 75.
    assert [c["code"]["coding"][0]["code"] for c in observation["component"]] == [
        "72097-9",
        "72096-1",
        "72095-3",
        "72094-6",
        "72093-8",
    ]
    assert all(c["valueQuantity"]["value"] == 75.0 for c in observation["component"])
    assert any("licence unknown" in n["text"] for n in observation["note"])


def test_instruments_without_a_listed_code_go_out_as_text() -> None:
    answers = {
        f"hos-{s}-{i}": {"valueInteger": 4}
        for s, n in (("adl", 17), ("sports", 9))
        for i in range(1, n + 1)
    }
    bundle = outcomes.outcome_bundle(_response(answers, id="r"), "hos")
    observation = bundle["entry"][1]["resource"]
    assert observation["code"] == {"text": "Hip Outcome Score (HOS)"}
    assert all("coding" not in c["code"] for c in observation["component"])
    assert [c["code"]["text"] for c in observation["component"]] == [
        "Hip Outcome Score (HOS): Activities of daily living",
        "Hip Outcome Score (HOS): Sports",
    ]
    assert hiptx.fhir.check(bundle) == []


def test_answers_as_codings_decimals_and_not_applicable() -> None:
    items = [
        {"linkId": "hos-adl-1", "answer": [{"valueCoding": {"code": "not-applicable"}}]},
        {"linkId": "hos-adl-2", "answer": [{"valueString": "not-applicable"}]},
        {
            "linkId": "group",
            "item": [
                {"linkId": f"hos-adl-{i}", "answer": [{"valueCoding": {"code": "3"}}]}
                for i in range(3, 18)
            ],
        },
        {"linkId": "hos-sports-1"},  # asked, not answered
    ]
    response = {"resourceType": "QuestionnaireResponse", "status": "completed", "item": items}
    result = outcomes.score_questionnaire_response(response, "hos")
    assert result.scores == {"adl": 75.0, "sports": None}
    assert result.scales[0].not_applicable_item_ids == ("hos-adl-1", "hos-adl-2")
    vas = _response({f"ihot-12-{i}": {"valueDecimal": 62.5} for i in range(1, 13)})
    assert outcomes.score_questionnaire_response(vas, "ihot-12").scores == {"ihot-12": 62.5}


def test_a_scale_without_a_score_says_why_in_words() -> None:
    bundle = outcomes.outcome_bundle(_response({"hoos-pain-1": {"valueInteger": 2}}), "hoos")
    pain = bundle["entry"][1]["resource"]["component"][0]
    assert "valueQuantity" not in pain
    assert pain["dataAbsentReason"] == {"text": "1 of 10 items answered; at least 5 needed"}
    assert bundle["entry"][0]["resource"]["id"] == "questionnaire-response"
    assert hiptx.fhir.check(bundle) == []


@pytest.mark.parametrize(
    ("response", "error", "match"),
    [
        ({"resourceType": "Observation"}, hiptx.WrongTypeError, "QuestionnaireResponse"),
        ([], hiptx.WrongTypeError, "QuestionnaireResponse"),
        ({"resourceType": "QuestionnaireResponse", "item": {}}, hiptx.WrongTypeError, "a list"),
        ({"resourceType": "QuestionnaireResponse", "item": [3]}, hiptx.WrongTypeError, "an item"),
        (_response({}) | {"item": [{"linkId": 3}]}, hiptx.WrongTypeError, "linkId"),
        (
            _response({}) | {"item": [{"linkId": "nahs-1", "answer": [{"valueInteger": 1}] * 2}]},
            hiptx.InvalidValueError,
            "at most one answer",
        ),
        (_response({"nahs-1": 3}), hiptx.WrongTypeError, "an answer"),
        (_response({"nahs-1": {}}), hiptx.InvalidValueError, "exactly one of"),
        (_response({"nahs-1": {"valueBoolean": True}}), hiptx.InvalidValueError, "exactly one of"),
        (_response({"nahs-1": {"valueInteger": True}}), hiptx.WrongTypeError, "a number"),
        (_response({"nahs-1": {"valueCoding": {"code": "two"}}}), hiptx.InvalidValueError, "code"),
        (_response({"nahs-1": {"valueCoding": "2"}}), hiptx.InvalidValueError, "code"),
        (_response({"nahs-1": {"valueInteger": 7}}), hiptx.OutOfRangeError, "from 0 to 4"),
        (_response({"hoos-pain-1": {"valueInteger": 1}}), hiptx.InvalidValueError, "item of hoos"),
        (
            _response({"nahs-1": {"valueInteger": 1}}, authored="soon"),
            hiptx.InvalidValueError,
            "authored",
        ),
    ],
)
def test_bad_responses_are_refused(response: Any, error: type[Exception], match: str) -> None:
    with pytest.raises(error, match=match):
        outcomes.outcome_bundle(response, "nahs")


def test_score_observation_checks_its_arguments() -> None:
    score = hiptx.score_questionnaire("nahs", {})
    with pytest.raises(hiptx.WrongTypeError, match="score"):
        outcomes.score_observation({}, derived_from="x")  # type: ignore[arg-type]
    with pytest.raises(hiptx.WrongTypeError, match="derived_from"):
        outcomes.score_observation(score, derived_from=3)  # type: ignore[arg-type]
    with pytest.raises(hiptx.WrongTypeError, match="subject"):
        outcomes.score_observation(score, derived_from="x", subject=3)  # type: ignore[arg-type]
    with pytest.raises(hiptx.WrongTypeError, match="effective"):
        outcomes.score_observation(
            score,
            derived_from="x",
            effective=datetime.datetime(2026, 1, 1),  # noqa: DTZ001
        )
    with pytest.raises(hiptx.InvalidValueError, match="base"):
        outcomes.outcome_bundle(_response({}), "nahs", base="ftp://x")
    observation = outcomes.score_observation(
        score, derived_from="x", effective=datetime.date(2026, 1, 1)
    )
    assert observation["effectiveDateTime"] == "2026-01-01"
    assert "subject" not in observation
    assert "nahs" in dir(outcomes) or "outcome_bundle" in dir(outcomes)
