"""The web recipe (docs/web.md) runs: FastAPI's TestClient against docs/examples/web_app.py."""

from __future__ import annotations

import json
import warnings
from types import ModuleType
from typing import Any

import jsonschema
import pytest
from openapi_spec_validator import validate as validate_openapi

with warnings.catch_warnings():
    # Newer Starlette warns that its TestClient will move from httpx to a successor;
    # the client works as documented, and the recipe does not depend on which.
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

import hiptx
from tests.support.examples import load_example

GOOD = {"sets": 3, "reps": 10, "pain_during": 2, "pain_after_24h": 2}


def _recipe() -> ModuleType:
    return load_example("web_app.py", "hiptx_web_recipe")


@pytest.fixture(scope="module")
def recipe() -> ModuleType:
    return _recipe()


@pytest.fixture(scope="module")
def client(recipe: ModuleType) -> TestClient:
    return TestClient(recipe.app)


def _error_schema(recipe: ModuleType) -> dict[str, Any]:
    schema = dict(recipe.SCHEMAS["Error"])
    schema["properties"] = {**schema["properties"]}
    schema["properties"]["problems"] = {"type": "array", "items": recipe.SCHEMAS["Problem"]}
    return schema


def test_a_good_request_gets_the_decision_check_progression_gives(client: TestClient) -> None:
    response = client.post("/progression/side-lying-hip-adduction", json={"sessions": [GOOD]})
    assert response.status_code == 200
    body = response.json()
    jsonschema.validate(body, hiptx.json_schema(hiptx.ProgressionDecision))
    expected = hiptx.check_progression(
        "side-lying-hip-adduction", [hiptx.from_dict(hiptx.SessionRecord, GOOD)]
    )
    assert hiptx.from_dict(hiptx.ProgressionDecision, body) == expected
    assert body["outcome"] == "progress"


# (request body, exercise, status, the paths the 422 body must name, why)
BAD: list[tuple[object, str, int, list[str], str]] = [
    (
        {"sessions": [{**GOOD, "sets": "3"}]},
        "side-lying-hip-adduction",
        422,
        ["/sessions/0/sets"],
        "a string count",
    ),
    (
        {"sessions": [GOOD, {**GOOD, "pain_during": 11}]},
        "side-lying-hip-adduction",
        422,
        ["/sessions/1/pain_during"],
        "pain 11 of 10",
    ),
    (
        {"sessions": [GOOD], "red_flags": ["night-pain"]},
        "side-lying-hip-adduction",
        422,
        ["/red_flags/0"],
        "no such flag",
    ),
    ({"sessions": "3x10"}, "side-lying-hip-adduction", 422, ["/sessions"], "not a list"),
    (
        {"sessions": [GOOD], "colour": "red"},
        "side-lying-hip-adduction",
        422,
        [""],
        "an unknown key",
    ),
    ({"sessions": [GOOD]}, "side-lying-hip-adductoin", 404, [""], "no such exercise"),
]


@pytest.mark.parametrize(
    ("body", "exercise", "status", "paths", "why"), BAD, ids=[b[4] for b in BAD]
)
def test_a_bad_request_gets_the_errors_own_body(  # noqa: PLR0913, PLR0917 - one table row
    client: TestClient,
    recipe: ModuleType,
    body: object,
    exercise: str,
    status: int,
    paths: list[str],
    why: str,
) -> None:
    response = client.post(f"/progression/{exercise}", json=body)
    assert response.status_code == status, why
    error = response.json()
    jsonschema.validate(error, _error_schema(recipe))
    assert [p["path"] for p in error["problems"]] == paths, why
    assert "Traceback" not in response.text


def test_a_body_that_is_not_json_is_a_422(client: TestClient) -> None:
    response = client.post(
        "/progression/side-lying-hip-adduction",
        content=b"{not json",
        headers={"content-type": "application/json"},
    )
    assert response.status_code == 422
    assert response.json()["error"] == "InvalidDataError"


def test_a_red_flag_in_any_spelling_stops_exercise_advice(client: TestClient) -> None:
    body = {"sessions": [GOOD], "red_flags": ["Night-or-rest-pain"]}
    response = client.post("/progression/side-lying-hip-adduction", json=body)
    assert response.status_code == 200
    decision = response.json()
    assert decision["outcome"] == "stop"
    assert decision["next_exercise_id"] is None
    assert decision["referral"]["urgent"] is True


def test_an_exercise_is_served_as_to_dict_writes_it(client: TestClient) -> None:
    response = client.get("/exercises/side-lying-hip-adduction")
    assert response.status_code == 200
    exercise = hiptx.load_catalog().exercises["side-lying-hip-adduction"]
    assert hiptx.from_dict(hiptx.Exercise, response.json()) == exercise


def test_the_openapi_document_is_valid_and_typed_by_hiptx(client: TestClient) -> None:
    document = client.get("/openapi.json").json()
    validate_openapi(document)
    schemas = document["components"]["schemas"]
    for name in ("SessionRecord", "ProgressionDecision", "Exercise", "Error", "Outcome"):
        jsonschema.Draft202012Validator.check_schema(schemas[name])
    operation = document["paths"]["/progression/{exercise_id}"]["post"]
    request = operation["requestBody"]["content"]["application/json"]["schema"]
    assert request["properties"]["sessions"]["items"] == {
        "$ref": "#/components/schemas/SessionRecord"
    }
    answer = operation["responses"]["200"]["content"]["application/json"]["schema"]
    assert answer == {"$ref": "#/components/schemas/ProgressionDecision"}
    assert operation["responses"]["422"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/Error"
    }
    # The components say what from_dict says: the schema of a session is hiptx's own.
    own = hiptx.json_schema(hiptx.SessionRecord)
    # (its enums, such as Side, as components of the document, as the recipe puts them)
    in_document = json.dumps(own["properties"]).replace("#/$defs/", "#/components/schemas/")
    assert schemas["SessionRecord"]["properties"] == json.loads(in_document)
    assert "#/$defs/" not in str(document)


def test_a_broken_catalog_is_the_servers_fault(recipe: ModuleType) -> None:
    app = recipe.app

    async def broken() -> None:
        raise hiptx.CatalogDataError(["risks.json: /risks/0/id: required field missing"])

    app.add_api_route("/broken", broken)
    response = TestClient(app).get("/broken")
    assert response.status_code == 500
    assert response.json()["problems"][0]["file"] == "risks.json"
