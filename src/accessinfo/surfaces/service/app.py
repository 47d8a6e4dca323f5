"""The FastAPI application of ``accessinfo serve`` (see ``docs/service.md``).

FastAPI was chosen over Litestar because it builds its OpenAPI 3.1 document from the very
pydantic v2 models the library already uses (no adapter layer), it is the most used and most
maintained ASGI framework in Python, and the tools this project tests with (schemathesis,
httpx's ASGI transport) are routinely run against it.

Routes are generated (``_ops``): one per facade and per registered rule, with the request
body built from the function's signature; the calendar, registry and schema questions have
routes of their own below. The guard around the application (``_guard``) limits the body
size, adds the version headers, answers the generated operations on a fast path and turns
anything unexpected into a logged ``internal-error`` problem document; ``_openapi`` finishes
the document.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Annotated, Any, Literal

from fastapi import FastAPI, Path, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.openapi.utils import get_openapi
from fastapi.responses import Response
from pydantic import BaseModel, ConfigDict, ValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException

from accessinfo.calendar import CalendarDays, DayInfo, WorkingCalendar, WorkingDays
from accessinfo.core.decisions import Decision
from accessinfo.core.inputs import DateOnly
from accessinfo.core.messages import Lang, msg
from accessinfo.core.signature import public
from accessinfo.errors import AccessInfoError, InvalidInput
from accessinfo.surfaces.service import ServiceSettings
from accessinfo.surfaces.service._guard import Answers, Guard, as_response, dumps
from accessinfo.surfaces.service._http import HEADERS, negotiate, problem
from accessinfo.surfaces.service._openapi import finish_openapi, responses
from accessinfo.surfaces.service._ops import (
    Operation,
    Versions,
    facade_operations,
    response_model,
    rule_operations,
)

__all__ = ["build"]

ICS = "text/calendar; charset=utf-8"


class IcsResponse(Response):
    media_type = "text/calendar"


class RuleInfo(BaseModel):
    """One registered rule: its id, family, validity and citations."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    id: str
    family: str
    function: str
    rule_set: str
    valid_from: date
    valid_until: date | None
    citations: tuple[str, ...]
    summary: str
    evaluate: str  # the path that evaluates it


class RuleList(BaseModel):
    """The rules registered (optionally only those in force on a date, of one family)."""

    rules: tuple[RuleInfo, ...]
    versions: Versions


class SchemaList(BaseModel):
    """The names of the JSON Schemas and where to get each."""

    schemas: dict[str, str]
    versions: Versions


class Health(BaseModel):
    """The service is up; what it computes with."""

    status: Literal["ok"]
    versions: Versions


@public
def build(settings: ServiceSettings, *, fast: bool = True) -> FastAPI:
    """The application for ``settings`` (``create_app`` is the public entry point).

    ``fast=False`` sends every request through the framework's routing (tests compare it with
    the fast path)."""
    from accessinfo import __version__

    if not isinstance(settings, ServiceSettings):
        raise InvalidInput(
            msg(
                "errors.must_be",
                name="settings",
                expected="ServiceSettings",
                got=type(settings).__name__,
            )
        )
    if not isinstance(fast, bool):
        raise InvalidInput(msg("errors.true_or_false", name="fast", value=f"{fast!r:.60}"))
    calendar = settings.calendar
    answers = Answers(settings, __version__)
    base_versions = answers.base

    def lang_of(request: Request) -> Lang:
        return negotiate(request.headers.get("accept-language"))

    def headers_for(v: dict[str, str], lang: Lang | None = None) -> dict[str, str]:
        out = dict(zip(HEADERS, (v["library"], v["calendar"], v["law"]), strict=True))
        if lang is not None:
            out["content-language"] = lang
        return out

    def decision_response(request: Request, decision: Decision[Any]) -> Response:
        return as_response(answers.decision(decision, lang_of(request), request.url.path))

    app = FastAPI(
        title="accessinfo",
        version=__version__,
        summary="Vietnam's access-to-information and e-government deadlines, with the law "
        "that sets them.",
        description=_DESCRIPTION,
        docs_url="/docs" if settings.docs else None,
        redoc_url="/redoc" if settings.docs else None,
        openapi_url="/openapi.json",
        license_info={"name": "Apache-2.0", "identifier": "Apache-2.0"},
        **_no_telemetry(),
    )

    # -- errors -------------------------------------------------------------------------------
    @app.exception_handler(AccessInfoError)
    async def _library_error(request: Request, exc: AccessInfoError) -> Response:
        return as_response(answers.library_error(exc, lang_of(request), request.url.path))

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Response:
        return as_response(answers.invalid(exc.errors(), lang_of(request), request.url.path))

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
        lang = lang_of(request)
        path = request.url.path
        if exc.status_code == 415:
            return as_response(answers.unsupported(lang, path))
        code = {404: "not-found", 405: "method-not-allowed", 413: "request-too-large"}.get(
            exc.status_code, "invalid-input"
        )
        if code == "not-found":
            text = msg("service.detail.not-found", path=path)
        elif code == "method-not-allowed":
            text = msg("service.detail.method-not-allowed", method=request.method, path=path)
        else:
            text = None
        doc = problem(
            code,
            exc.status_code,
            text.en if text else str(exc.detail),
            detail_vi=text.vi if text else None,
            lang=lang,
            instance=path,
            versions=base_versions,
        )
        resp = as_response(answers.problem(doc))
        for k, v in (exc.headers or {}).items():
            resp.headers[k] = v
        return resp

    # -- generated operations ----------------------------------------------------------------
    ops = facade_operations() + (rule_operations() if settings.rules else [])
    for op in ops:
        _add_operation(app, op, calendar, decision_response)

    # -- calendar ----------------------------------------------------------------------------
    from accessinfo.surfaces.cli.calendar_cmds import (
        count_decision,
        day_decision,
        special_days_decision,
    )

    calendar_errors = responses(400, 422)

    @app.get(
        "/v1/calendar/days/{day}",
        tags=["calendar"],
        operation_id="calendar_day",
        summary="Is a day a working day, and why",
        response_model=response_model(DayInfo),
        responses=calendar_errors,
    )
    async def calendar_day(request: Request, day: Annotated[DateOnly, Path()]) -> Response:
        return decision_response(request, day_decision(calendar, day))

    @app.get(
        "/v1/calendar/add",
        tags=["calendar"],
        operation_id="calendar_add",
        summary="Add (or subtract) working or calendar days to a date",
        description="Day zero (``start``) is not counted (Civil Code Art 147.3). With "
        "``unit=calendar`` an end on a rest day moves by ``roll`` (Art 148.5).",
        response_model=response_model(date),
        responses=calendar_errors,
    )
    async def calendar_add(
        request: Request,
        start: Annotated[DateOnly, Query()],
        n: Annotated[int, Query(ge=-100_000, le=100_000)],
        unit: Annotated[Literal["working", "calendar"], Query()] = "working",
        roll: Annotated[
            Literal["next_working_day", "previous_working_day", "none"], Query()
        ] = "next_working_day",
        strict: Annotated[bool, Query()] = False,
        trace: Annotated[bool, Query()] = False,
    ) -> Response:
        period = WorkingDays(n) if unit == "working" else CalendarDays(n)
        d = calendar.add(start, period, roll=roll, trace=True, strict=strict)
        return decision_response(request, d if trace else d.model_copy(update={"trace": None}))

    @app.get(
        "/v1/calendar/count",
        tags=["calendar"],
        operation_id="calendar_count",
        summary="Working days in (start, end]",
        response_model=response_model(int),
        responses=calendar_errors,
    )
    async def calendar_count(
        request: Request, start: Annotated[DateOnly, Query()], end: Annotated[DateOnly, Query()]
    ) -> Response:
        return decision_response(request, count_decision(calendar, start, end))

    @app.get(
        "/v1/calendar/special-days/{year}",
        tags=["calendar"],
        operation_id="calendar_special_days",
        summary="Holidays, compensatory and swapped days of a year, with their sources",
        response_model=response_model(tuple[DayInfo, ...]),
        responses=calendar_errors,
    )
    async def calendar_special_days(request: Request, year: Annotated[int, Path()]) -> Response:
        return decision_response(request, special_days_decision(calendar, year))

    @app.get(
        "/v1/calendar/{year}.ics",
        tags=["calendar"],
        operation_id="calendar_ics",
        summary="The working calendar of a year as iCalendar, to subscribe to",
        description="Rest days (holidays, compensatory and swapped days off) and working "
        "Saturdays, each with its source. ``lang`` (or ``Accept-Language``) picks the "
        "language of the titles; the descriptions carry both.",
        response_class=IcsResponse,
        responses={**calendar_errors, 200: {"content": {"text/calendar": {}}}},
    )
    async def calendar_year_ics(
        request: Request,
        year: Annotated[int, Path()],
        lang: Annotated[Literal["en", "vi"] | None, Query()] = None,
    ) -> Response:
        from accessinfo.surfaces.ics import calendar_ics

        chosen = lang or negotiate(request.headers.get("accept-language"))
        body = calendar_ics(calendar, year, lang=chosen)
        return Response(body, media_type=ICS, headers=headers_for(base_versions, chosen))

    # -- registry and schemas ----------------------------------------------------------------
    @app.get(
        "/v1/rules",
        tags=["rules"],
        operation_id="rules_list",
        summary="The registered rules: id, validity, citations",
        response_model=RuleList,
        responses=responses(400),
    )
    async def rules_list(
        on: Annotated[DateOnly | None, Query(description="only rules in force on this day")] = None,
        family: Annotated[str | None, Query(max_length=200)] = None,
    ) -> Response:
        from accessinfo.core.rules import registry

        rows = [r for r in registry() if on is None or r.in_force(on)]
        if family:
            rows = [r for r in rows if r.family == family]
        out = RuleList(rules=tuple(_rule_info(r) for r in rows), versions=Versions(**base_versions))
        return Response(out.model_dump_json(), media_type="application/json")

    @app.get(
        "/v1/rules/{rule_id}",
        tags=["rules"],
        operation_id="rules_get",
        summary="One registered rule",
        response_model=RuleInfo,
        responses=responses(400, 404),
    )
    async def rules_get(rule_id: Annotated[str, Path(max_length=300)]) -> Response:
        from accessinfo.core.rules import registry

        found = {r.id: r for r in registry()}.get(rule_id)
        if found is None:
            raise StarletteHTTPException(404)
        return Response(_rule_info(found).model_dump_json(), media_type="application/json")

    @app.get(
        "/v1/schemas",
        tags=["schemas"],
        operation_id="schemas_list",
        summary="The JSON Schemas of the inputs and Decisions",
        response_model=SchemaList,
    )
    async def schemas_list(request: Request) -> Response:
        from urllib.parse import quote

        from accessinfo.surfaces.schema import schemas

        out = SchemaList(
            schemas={n: f"/v1/schemas/{quote(n, safe='')}" for n in sorted(schemas())},
            versions=Versions(**base_versions),
        )
        return Response(out.model_dump_json(), media_type="application/json")

    @app.get(
        "/v1/schemas/{name}",
        tags=["schemas"],
        operation_id="schemas_get",
        summary="One JSON Schema (2020-12), by name or file name",
        response_model=dict[str, Any],
        responses=responses(400, 404),
    )
    async def schemas_get(name: Annotated[str, Path(max_length=300)]) -> Response:
        from accessinfo.surfaces.schema import file_name, schemas

        known = schemas()
        wanted = name.removesuffix(".schema.json")
        by_file = {file_name(n).removesuffix(".schema.json"): n for n in known}
        key = wanted if wanted in known else by_file.get(wanted)
        if key is None:
            raise StarletteHTTPException(404)
        return Response(dumps(known[key]), media_type="application/schema+json")

    @app.get(
        "/v1/health",
        tags=["service"],
        operation_id="health",
        summary="The service is up, and the versions it computes with",
        response_model=Health,
    )
    async def health() -> Response:
        out = Health(status="ok", versions=Versions(**base_versions))
        return Response(out.model_dump_json(), media_type="application/json")

    # -- the OpenAPI document -----------------------------------------------------------------
    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            doc = get_openapi(
                title=app.title,
                version=app.version,
                summary=app.summary,
                description=app.description,
                routes=app.routes,
                license_info=app.license_info,
            )
            app.openapi_schema = finish_openapi(doc, base_versions, [op.body for op in ops])
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]

    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=list(settings.cors_origins),
            allow_methods=["GET", "POST"],
            allow_headers=["content-type", "accept-language"],
            expose_headers=list(HEADERS),
        )
    guard_headers = [(k.encode(), v.encode()) for k, v in headers_for(base_versions).items()]
    app.add_middleware(
        Guard,
        limit=settings.max_body_bytes,
        headers=guard_headers,
        versions=base_versions,
        answers=answers,
        fast={op.path: op for op in ops} if fast else None,
    )
    return app


def _no_telemetry() -> dict[str, Any]:
    """FastAPI's own OpenTelemetry hooks off: nothing about a request leaves the service, and
    each request skips the check (when this FastAPI has the ``telemetry`` option)."""
    import inspect

    if "telemetry" in inspect.signature(FastAPI.__init__).parameters:
        return {"telemetry": {"tracing": False, "metrics": False, "logs": False}}
    return {}  # pragma: no cover - older FastAPI has no telemetry to switch off


def _rule_info(r: Any) -> RuleInfo:
    return RuleInfo(
        id=r.id,
        family=r.family,
        function=f"{r.module}.{r.function.__name__}",
        rule_set=r.rule_set,
        valid_from=r.valid_from,
        valid_until=r.valid_until,
        citations=tuple(c.id for c in r.citations),
        summary=r.summary,
        evaluate=f"/v1/rules/{r.id}",
    )


def _add_operation(
    app: FastAPI,
    op: Operation,
    calendar: WorkingCalendar,
    respond: Callable[[Request, Decision[Any]], Response],
) -> None:
    body_model = op.body
    document = {
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {
                    "schema": {"$ref": f"#/components/schemas/{body_model.__name__}"}
                }
            },
        }
    }

    async def endpoint(request: Request) -> Response:
        return respond(request, op.call(await _read_body(request, body_model), calendar))

    app.post(
        op.path,
        tags=[op.tag],
        operation_id=op.operation_id,
        summary=op.summary,
        description=op.description,
        response_model=op.response,
        responses=responses(400, 415, 422),
        openapi_extra=document,
    )(endpoint)
    if not op.has_due_dates:
        return

    async def ics_endpoint(
        request: Request,
        lang: Annotated[Literal["en", "vi"] | None, Query()] = None,
    ) -> Response:
        from accessinfo.surfaces.ics import decision_ics

        chosen: Lang = lang or negotiate(request.headers.get("accept-language"))
        body = await _read_body(request, body_model)
        decision = op.call(body, calendar)
        data = decision_ics(decision, key=_reference(body), calendar=calendar, lang=chosen)
        return Response(data, media_type=ICS, headers={"content-language": chosen})

    app.post(
        op.path + ".ics",
        tags=[op.tag, "ics"],
        operation_id=op.operation_id + "_ics",
        summary=op.summary + " (as iCalendar)",
        description="The same body as the JSON operation; one all-day event per due date, "
        "with an alarm at 08:00 on the working day before.",
        response_class=IcsResponse,
        responses={**responses(400, 415, 422), 200: {"content": {"text/calendar": {}}}},
        openapi_extra=document,
    )(ics_endpoint)


_JSON_TYPES = ("application/json", "")


async def _read_body(request: Request, model: type[BaseModel]) -> BaseModel:
    """The body, validated strictly from its JSON text.

    Strict: the documented types or a 400 (``0`` is not ``false``, ``"5"`` is not ``5``;
    dates stay ISO strings, as JSON has no date type). The body is parsed once, by pydantic,
    straight from the bytes: the web framework does not validate it a second time.
    """
    media = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    if media not in _JSON_TYPES and not media.endswith("+json"):
        raise StarletteHTTPException(415)
    raw = await request.body()
    try:
        return model.model_validate_json(raw, strict=True)
    except ValidationError as exc:
        errors = [{**e, "loc": ("body", *e.get("loc", ()))} for e in exc.errors()]
        raise RequestValidationError(errors) from None


def _reference(body: BaseModel) -> str | None:
    """The case reference given in the body (``request.reference``, ``incident.reference``)."""
    for name in type(body).model_fields:
        value = getattr(body, name)
        ref = getattr(value, "reference", None)
        if isinstance(ref, str) and ref.strip():
            return ref
    return None


_DESCRIPTION = """\
Every answer is a **Decision**: the value, the exact citations (Điều/khoản/điểm), an
explanation in English and Vietnamese, final or provisional with caveats, the readings taken
where the law is silent, the calendar and law versions, and (with `trace: true`) each day
counted or skipped with its source. The body of each `POST` holds the arguments of one
library function, named as in Python; `Accept-Language: vi` puts the Vietnamese texts in
`localized`. Errors are `application/problem+json` with the library's error `code`.

Dates are `YYYY-MM-DD`; an instant is an ISO datetime **with its offset**
(`2026-01-09T16:30:00+07:00`) and is read in Vietnam time. Nothing is stored: every request
is answered from its body alone.
"""
