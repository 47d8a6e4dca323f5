"""The OpenAPI document's finishing: request bodies from the library's models, problem
documents as ``application/problem+json``, the version headers on every response."""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel

from accessinfo.core.messages import msg
from accessinfo.errors import InvalidInput
from accessinfo.surfaces.service._http import PROBLEM_JSON, Problem, ProblemItem

__all__ = ["finish_openapi", "merge_schemas", "responses"]

_ERROR_TEXT = {
    400: "Bad input (code invalid-input)",
    404: "Not found (code not-found)",
    413: "Request body too large (code request-too-large)",
    415: "The body is not JSON (code unsupported-media-type)",
    422: "Valid input the law or the calendar cannot answer: no-applicable-rule, "
    "outside-calendar, calendar-unknown, ambiguous-reading, trace-too-long",
    500: "A bug (internal-error, conflicting-rules): please report it",
}


def responses(*codes: int) -> dict[int | str, dict[str, Any]]:
    return {c: {"description": _ERROR_TEXT[c]} for c in (*codes, 413, 500)}


def finish_openapi(
    doc: dict[str, Any], versions: dict[str, str], bodies: list[type[BaseModel]]
) -> dict[str, Any]:
    """Request bodies from the library's models; problem documents as
    ``application/problem+json``; the version headers on every response."""
    schemas = doc.setdefault("components", {}).setdefault("schemas", {})
    schemas.pop("HTTPValidationError", None)
    schemas.pop("ValidationError", None)
    merge_schemas(
        schemas, _component_schemas([(Problem, "serialization"), (ProblemItem, "serialization")])
    )
    merge_schemas(schemas, _component_schemas([(b, "validation") for b in bodies]))
    headers = {
        "Accessinfo-Version": {"description": "library version", "schema": {"type": "string"}},
        "Accessinfo-Calendar-Version": {
            "description": "calendar version the answer used",
            "schema": {"type": "string"},
        },
        "Accessinfo-Law-Version": {
            "description": "version of the legal data",
            "schema": {"type": "string"},
        },
    }
    for item in doc.get("paths", {}).values():
        for operation in item.values():
            for status, resp in operation.setdefault("responses", {}).items():
                resp["headers"] = dict(headers)
                if status[:1] in ("4", "5"):
                    resp["content"] = {
                        PROBLEM_JSON: {"schema": {"$ref": "#/components/schemas/Problem"}}
                    }
                elif "text/calendar" in resp.get("content", {}):
                    resp["content"] = {"text/calendar": {"schema": {"type": "string"}}}
    doc["info"]["x-accessinfo-versions"] = versions
    return doc


def _component_schemas(models: list[tuple[type[BaseModel], Any]]) -> dict[str, Any]:
    from pydantic.json_schema import models_json_schema

    _, top = models_json_schema(models, ref_template="#/components/schemas/{model}")
    return dict(top.get("$defs", {}))


def merge_schemas(into: dict[str, Any], new: dict[str, Any]) -> None:
    """Add ``new`` component schemas; a name already used for another schema is renamed
    (``Name-Input``) and the references to it rewritten."""
    renames = {
        name: f"{name}-Input" for name, sch in new.items() if name in into and into[name] != sch
    }
    if renames:
        text = json.dumps(new)
        for old, fresh in renames.items():
            text = text.replace(f'"#/components/schemas/{old}"', f'"#/components/schemas/{fresh}"')
        new = {renames.get(k, k): v for k, v in json.loads(text).items()}
    for name, sch in new.items():
        if name in into and into[name] != sch:  # pragma: no cover - renamed above
            raise InvalidInput(msg("errors.service.schema_twice", name=name))
        into[name] = sch
