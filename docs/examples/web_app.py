"""Serving hiptx from FastAPI: typed schemas, strict bodies, errors as 422 bodies.

Run it with ``uvicorn web_app:app`` (from ``docs/examples``); the tests run it with
FastAPI's ``TestClient``. Three ideas, each a few lines:

- The request and response schemas in the OpenAPI document are hiptx's own JSON
  Schemas (:func:`hiptx.json_schema`), registered as components, so the document
  says exactly what :func:`hiptx.from_dict` accepts and :func:`hiptx.to_dict`
  returns; FastAPI does no parsing of its own.
- A body is read with :func:`hiptx.from_dict`: nothing coerced, every problem named
  with its JSON Pointer.
- One handler turns every hiptx error into its ``to_dict()``: 422 for bad input,
  404 for an unknown id, 500 for a broken catalog (the server's fault, not the
  caller's).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, TypeVar, cast

from fastapi import FastAPI, Request
from fastapi.openapi.utils import get_openapi
from fastapi.responses import JSONResponse

import hiptx

app = FastAPI(title="Hip exercise progression", version="1.0")

#: The OpenAPI components: hiptx's schemas, by class name.
SCHEMAS: dict[str, Any] = {}


def _components(node: Any) -> Any:
    """``node`` with its ``#/$defs/X`` references pointing at ``#/components/schemas/X``."""
    if isinstance(node, dict):
        return {
            key: (
                value.replace("#/$defs/", "#/components/schemas/")
                if key == "$ref" and isinstance(value, str)
                else _components(value)
            )
            for key, value in node.items()
        }
    if isinstance(node, list):
        return [_components(item) for item in node]
    return node


def schema_of(cls: type) -> dict[str, str]:
    """Register ``cls``'s JSON Schema (and the schemas it uses); a reference to it."""
    schema = hiptx.json_schema(cls)
    schema.pop("$schema", None)  # the OpenAPI document states its own dialect
    for name, definition in schema.pop("$defs", {}).items():
        SCHEMAS[name] = _components(definition)
    SCHEMAS[cls.__name__] = _components(schema)
    return {"$ref": f"#/components/schemas/{cls.__name__}"}


SESSION = schema_of(hiptx.SessionRecord)
DECISION = schema_of(hiptx.ProgressionDecision)
EXERCISE = schema_of(hiptx.Exercise)
SCHEMAS["ProgressionRequest"] = {
    "type": "object",
    "properties": {
        "sessions": {"type": "array", "items": SESSION},
        "red_flags": {
            "type": "array",
            "items": {"type": "string"},
            "description": "Red flags by value or name (hyphens or underscores).",
        },
    },
    "required": ["sessions"],
    "additionalProperties": False,
}
SCHEMAS["Problem"] = {
    "type": "object",
    "properties": {
        key: {"type": ["string", "null"]} for key in ("path", "message", "expected", "value")
    },
}
SCHEMAS["Error"] = {
    "type": "object",
    "description": "Any hiptx error, as HiptxError.to_dict() gives it.",
    "properties": {
        "error": {"type": "string"},
        "message": {"type": "string"},
        "path": {"type": "string", "description": "A JSON Pointer into the request."},
        "expected": {"type": ["string", "null"]},
        "value": {"type": ["string", "null"]},
        "problems": {"type": "array", "items": {"$ref": "#/components/schemas/Problem"}},
    },
    "required": ["error", "message", "path", "problems"],
}
ERROR = {"$ref": "#/components/schemas/Error"}


def _json(schema: dict[str, Any]) -> dict[str, Any]:
    return {"content": {"application/json": {"schema": schema}}}


@app.exception_handler(hiptx.HiptxError)
async def hiptx_error(_: Request, raised: Exception) -> JSONResponse:
    """Every hiptx error as its ``to_dict()``, with the status that fits it."""
    error = cast("hiptx.HiptxError", raised)  # FastAPI calls this for nothing else
    if isinstance(error, hiptx.CatalogDataError):
        status = 500  # the server's catalog is broken: not the caller's fault
    elif isinstance(error, hiptx.UnknownIdError):
        status = 404
    else:
        status = 422
    return JSONResponse(error.to_dict(), status_code=status)


async def _body(request: Request) -> object:
    try:
        return await request.json()
    except ValueError:
        raise hiptx.InvalidDataError(["the body is not JSON"], "request") from None


#: The progression route's request body, for the OpenAPI document.
REQUEST = {
    "required": True,
    "content": {"application/json": {"schema": SCHEMAS["ProgressionRequest"]}},
}

T = TypeVar("T")


def _at(where: str, read: Callable[..., T], *args: Any) -> T:
    """``read(*args)``, its error (if any) named from the request's root."""
    try:
        return read(*args)
    except hiptx.HiptxError as error:
        raise error.within(where) from None


@app.post(
    "/progression/{exercise_id}",
    openapi_extra={"requestBody": REQUEST},
    responses={200: _json(DECISION), 404: _json(ERROR), 422: _json(ERROR)},
)
async def progression(exercise_id: str, request: Request) -> JSONResponse:
    """The next session's decision for one exercise, from the sessions logged."""
    body = await _body(request)
    if not isinstance(body, dict) or set(body) - {"sessions", "red_flags"}:
        raise hiptx.WrongTypeError("", body, "an object with sessions (and red_flags)")
    sessions = body.get("sessions")
    if not isinstance(sessions, list):
        raise hiptx.WrongTypeError("/sessions", sessions, "an array of sessions")
    records = [
        _at(f"/sessions/{i}", hiptx.from_dict, hiptx.SessionRecord, item)
        for i, item in enumerate(sessions)
    ]
    flags = {
        _at(f"/red_flags/{i}", hiptx.RedFlag.parse, text)
        for i, text in enumerate(body.get("red_flags", []))
    }
    decision = hiptx.check_progression(exercise_id, records, red_flags=flags)
    return JSONResponse(hiptx.to_dict(decision))


@app.get("/exercises/{exercise_id}", responses={200: _json(EXERCISE), 404: _json(ERROR)})
async def exercise(exercise_id: str) -> JSONResponse:
    """One exercise of the catalog, as hiptx.to_dict() writes it."""
    return JSONResponse(hiptx.to_dict(hiptx.load_catalog().exercises[exercise_id]))


def openapi() -> dict[str, Any]:
    """FastAPI's document, with hiptx's schemas as its components."""
    if app.openapi_schema is None:
        document = get_openapi(title=app.title, version=app.version, routes=app.routes)
        document.setdefault("components", {}).setdefault("schemas", {}).update(SCHEMAS)
        app.openapi_schema = document
    return app.openapi_schema


app.openapi = openapi  # type: ignore[method-assign]


if __name__ == "__main__":  # print the OpenAPI document
    print(json.dumps(app.openapi(), indent=1))
