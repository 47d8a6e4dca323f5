"""The FastAPI application of ``accessinfo serve`` (see ``docs/service.md``).

FastAPI was chosen over Litestar because it builds its OpenAPI 3.1 document from the very
pydantic v2 models the library already uses (no adapter layer), it is the most used and most
maintained ASGI framework in Python, and the tools this project tests with (schemathesis,
httpx's ASGI transport) are routinely run against it.

Routes are generated (``_ops``): one per facade and per registered rule, with the request
body built from the function's signature; the calendar, registry and schema questions have
routes of their own below. A pure ASGI guard around the application limits the body size,
adds the version headers to every response and turns anything unexpected into a logged
``internal-error`` problem document: no traceback ever reaches a client.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Awaitable, Callable, MutableMapping, Sequence
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
from accessinfo.core.citations import law_version
from accessinfo.core.decisions import Decision
from accessinfo.core.messages import Lang, msg
from accessinfo.errors import AccessInfoError, InvalidInput
from accessinfo.surfaces.service import ServiceSettings
from accessinfo.surfaces.service._http import (
    HEADERS,
    PROBLEM_JSON,
    Problem,
    ProblemItem,
    decision_json,
    error_status,
    negotiate,
    problem,
)
from accessinfo.surfaces.service._ops import (
    Operation,
    Versions,
    facade_operations,
    response_model,
    rule_operations,
)

__all__ = ["build"]

log = logging.getLogger("accessinfo.service")

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

ICS = "text/calendar; charset=utf-8"


class IcsResponse(Response):
    media_type = "text/calendar"


class RuleInfo(BaseModel):
    """One registered rule: its id, family, validity and citations."""

    model_config = ConfigDict(frozen=True)

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


Answer = tuple[int, list[tuple[bytes, bytes]], bytes]  # status, headers, body


class _Answers:
    """The service's answers as (status, headers, body), shared by the FastAPI handlers and
    the fast path, so both answer byte for byte the same."""

    def __init__(self, settings: ServiceSettings, library_version: str) -> None:
        self.settings = settings
        self.calendar = settings.calendar
        self.base = {
            "library": library_version,
            "calendar": settings.calendar.version,
            "law": law_version(),
        }

    def versions(self, decision: Decision[Any] | None = None) -> dict[str, str]:
        if decision is None:
            return self.base
        return {
            "library": self.base["library"],
            "calendar": decision.calendar_version or self.base["calendar"],
            "law": decision.law_version or self.base["law"],
        }

    @staticmethod
    def version_headers(v: dict[str, str]) -> list[tuple[bytes, bytes]]:
        values = (v["library"], v["calendar"], v["law"])
        return [(k.encode(), x.encode()) for k, x in zip(HEADERS, values, strict=True)]

    def problem(self, doc: dict[str, Any]) -> Answer:
        body = _dumps(doc)
        return (
            doc["status"],
            [
                (b"content-type", PROBLEM_JSON.encode()),
                (b"content-language", doc["lang"].encode()),
                *self.version_headers(doc.get("versions") or self.base),
            ],
            body,
        )

    def decision(self, decision: Decision[Any], lang: Lang, path: str) -> Answer:
        trace = decision.trace
        limit = self.settings.max_trace_steps
        v = self.versions(decision)
        if trace is not None and len(trace) > limit:
            text = msg("service.detail.trace-too-long", steps=len(trace), limit=limit)
            return self.problem(
                problem(
                    "trace-too-long",
                    422,
                    text.en,
                    detail_vi=text.vi,
                    lang=lang,
                    instance=path,
                    versions=v,
                )
            )
        return (
            200,
            [
                (b"content-type", b"application/json"),
                (b"content-language", lang.encode()),
                *self.version_headers(v),
            ],
            decision_json(decision, lang, v),
        )

    def library_error(self, exc: AccessInfoError, lang: Lang, path: str) -> Answer:
        return self.problem(
            problem(
                exc.code,
                error_status(exc),
                exc.message,
                detail_vi=getattr(exc, "message_vi", None),
                lang=lang,
                instance=path,
                versions=self.base,
            )
        )

    def invalid(self, errors: Sequence[Any], lang: Lang, path: str) -> Answer:
        items = tuple(_problem_item(e) for e in errors[:50])
        detail = "; ".join(f"{'.'.join(map(str, i.loc))}: {i.msg}" for i in items[:10])
        vi = [_message_vi(e) for e in errors[:10]]
        detail_vi = None
        if vi and all(vi):
            detail_vi = "; ".join(
                f"{'.'.join(map(str, i.loc))}: {v}" for i, v in zip(items, vi, strict=False)
            )
        return self.problem(
            problem(
                InvalidInput.code,
                400,
                detail or "the request could not be read",
                detail_vi=detail_vi,
                lang=lang,
                instance=path,
                errors=items,
                versions=self.base,
            )
        )

    def unsupported(self, lang: Lang, path: str) -> Answer:
        text = msg("service.detail.unsupported-media-type")
        return self.problem(
            problem(
                "unsupported-media-type",
                415,
                text.en,
                detail_vi=text.vi,
                lang=lang,
                instance=path,
                versions=self.base,
            )
        )


def _as_response(answer: Answer) -> Response:
    status, headers, body = answer
    resp = Response(body, status_code=status)
    resp.raw_headers = [
        (b"content-length", str(len(body)).encode()),
        *headers,
    ]
    return resp


class _Guard:
    """Body-size limit, version headers on every response, last-resort error document."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        limit: int,
        headers: list[tuple[bytes, bytes]],
        versions: dict[str, str],
        answers: _Answers | None = None,
        fast: dict[str, Operation] | None = None,
    ) -> None:
        self.app = app
        self.limit = limit
        self.headers = headers
        self.versions = versions
        self.answers = answers
        self.fast = fast or {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        op = self.fast.get(scope["path"]) if scope["method"] == "POST" else None
        if op is not None and self.answers is not None:
            try:
                if await self._fast(op, self.answers, scope, receive, send):
                    return
            except Exception:
                ref = uuid.uuid4().hex[:12]
                log.exception("internal error %s on POST %s", ref, scope["path"])
                await self._problem(scope, send, _internal(ref, scope))
                return
        started = False
        too_large = False
        seen = 0

        async def send_with_headers(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                have = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in self.headers if k not in have]
                message["headers"] = [*message.get("headers", []), *extra]
            if too_large:  # the app answered a cut body: answer 413 instead
                if message["type"] == "http.response.start" and not started:
                    started = True
                    await self._problem(scope, send, _too_large(self.limit, scope))
                return
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        async def limited_receive() -> Message:
            nonlocal seen, too_large
            if too_large:
                return {"type": "http.disconnect"}
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    too_large = True
                    return {"type": "http.request", "body": b"", "more_body": False}
            return message

        for k, v in scope.get("headers", []):
            if k == b"content-length":
                try:
                    declared = int(v)
                except ValueError:
                    declared = -1
                if declared > self.limit or declared < 0:
                    await self._problem(scope, send, _too_large(self.limit, scope))
                    return
        try:
            await self.app(scope, limited_receive, send_with_headers)
        except Exception:
            ref = uuid.uuid4().hex[:12]
            log.exception("internal error %s on %s %s", ref, scope.get("method"), scope["path"])
            if not started:
                started = True
                await self._problem(scope, send, _internal(ref, scope))

    async def _fast(
        self, op: Operation, answers: _Answers, scope: Scope, receive: Receive, send: Send
    ) -> bool:
        """Answer a generated JSON operation without the framework's routing (the hot path of
        every client): the same checks and the same answers as the FastAPI route, which
        stays for the OpenAPI document and for CORS requests. False: not handled here."""
        media = accept = b""
        length = -1
        for k, v in scope["headers"]:
            if k == b"origin":
                return False  # CORS: let the framework's middleware answer
            if k == b"content-type":
                media = v
            elif k == b"accept-language":
                accept = v
            elif k == b"content-length":
                length = int(v) if v.isdigit() else -2
        lang = negotiate(accept.decode("latin-1")) if accept else "en"
        path = scope["path"]
        if length > self.limit or length == -2:
            await self._problem(scope, send, _too_large(self.limit, scope))
            return True
        kind = media.split(b";", 1)[0].strip().lower()
        if kind not in (b"", b"application/json") and not kind.endswith(b"+json"):
            await self._send(send, answers.unsupported(lang, path))
            return True
        chunks = []
        seen = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return True  # the client went away: nothing to answer
            chunk = message.get("body", b"")
            seen += len(chunk)
            if seen > self.limit:
                await self._problem(scope, send, _too_large(self.limit, scope))
                return True
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        try:
            body = op.body.model_validate_json(b"".join(chunks), strict=True)
            decision = op.call(body, answers.calendar)
        except ValidationError as exc:
            errors = [{**e, "loc": ("body", *e.get("loc", ()))} for e in exc.errors()]
            await self._send(send, answers.invalid(errors, lang, path))
            return True
        except AccessInfoError as exc:
            await self._send(send, answers.library_error(exc, lang, path))
            return True
        await self._send(send, answers.decision(decision, lang, path))
        return True

    @staticmethod
    async def _send(send: Send, answer: Answer) -> None:
        status, headers, body = answer
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [(b"content-length", str(len(body)).encode()), *headers],
            }
        )
        await send({"type": "http.response.body", "body": body})

    async def _problem(self, scope: Scope, send: Send, doc: dict[str, Any]) -> None:
        body = _dumps({**doc, "versions": self.versions})
        await send(
            {
                "type": "http.response.start",
                "status": doc["status"],
                "headers": [
                    (b"content-type", PROBLEM_JSON.encode()),
                    (b"content-length", str(len(body)).encode()),
                    (b"content-language", doc["lang"].encode()),
                    *self.headers,
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})


def _lang_of_scope(scope: Scope) -> Lang:
    for k, v in scope.get("headers", []):
        if k == b"accept-language":
            return negotiate(v.decode("latin-1"))
    return "en"


def _too_large(limit: int, scope: Scope) -> dict[str, Any]:
    lang = _lang_of_scope(scope)
    text = msg("service.detail.request-too-large", limit=limit)
    return problem(
        "request-too-large",
        413,
        text.en,
        detail_vi=text.vi,
        lang=lang,
        instance=scope.get("path"),
    )


def _internal(ref: str, scope: Scope) -> dict[str, Any]:
    lang = _lang_of_scope(scope)
    text = msg("service.detail.internal-error", ref=ref)
    return problem(
        "internal-error", 500, text.en, detail_vi=text.vi, lang=lang, instance=scope.get("path")
    )


def _dumps(doc: Any) -> bytes:
    import json

    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode()


def build(settings: ServiceSettings, *, fast: bool = True) -> FastAPI:
    """The application for ``settings`` (``create_app`` is the public entry point).

    ``fast=False`` sends every request through the framework's routing (tests compare it with
    the fast path)."""
    from accessinfo import __version__

    calendar = settings.calendar
    answers = _Answers(settings, __version__)
    base_versions = answers.base

    def lang_of(request: Request) -> Lang:
        return negotiate(request.headers.get("accept-language"))

    def headers_for(v: dict[str, str], lang: Lang | None = None) -> dict[str, str]:
        out = dict(zip(HEADERS, (v["library"], v["calendar"], v["law"]), strict=True))
        if lang is not None:
            out["content-language"] = lang
        return out

    def decision_response(request: Request, decision: Decision[Any]) -> Response:
        return _as_response(answers.decision(decision, lang_of(request), request.url.path))

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
        return _as_response(answers.library_error(exc, lang_of(request), request.url.path))

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Response:
        return _as_response(answers.invalid(exc.errors(), lang_of(request), request.url.path))

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
        lang = lang_of(request)
        path = request.url.path
        if exc.status_code == 415:
            return _as_response(answers.unsupported(lang, path))
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
        resp = _as_response(answers.problem(doc))
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

    calendar_errors = _responses(400, 422)

    @app.get(
        "/v1/calendar/days/{day}",
        tags=["calendar"],
        operation_id="calendar_day",
        summary="Is a day a working day, and why",
        response_model=response_model(DayInfo),
        responses=calendar_errors,
    )
    async def calendar_day(request: Request, day: Annotated[date, Path()]) -> Response:
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
        start: Annotated[date, Query()],
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
        request: Request, start: Annotated[date, Query()], end: Annotated[date, Query()]
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
        responses=_responses(400),
    )
    async def rules_list(
        on: Annotated[date | None, Query(description="only rules in force on this date")] = None,
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
        responses=_responses(400, 404),
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
        responses=_responses(400, 404),
    )
    async def schemas_get(name: Annotated[str, Path(max_length=300)]) -> Response:
        from accessinfo.surfaces.schema import file_name, schemas

        known = schemas()
        wanted = name.removesuffix(".schema.json")
        by_file = {file_name(n).removesuffix(".schema.json"): n for n in known}
        key = wanted if wanted in known else by_file.get(wanted)
        if key is None:
            raise StarletteHTTPException(404)
        return Response(_dumps(known[key]), media_type="application/schema+json")

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
            app.openapi_schema = _finish_openapi(doc, base_versions, [op.body for op in ops])
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
        _Guard,
        limit=settings.max_body_bytes,
        headers=guard_headers,
        versions=base_versions,
        answers=answers,
        fast={op.path: op for op in ops} if fast else None,
    )
    return app


def _problem_item(e: Any) -> ProblemItem:
    error = (e.get("ctx") or {}).get("error")
    text = error.message if isinstance(error, AccessInfoError) else str(e.get("msg", ""))
    return ProblemItem(
        loc=tuple(x if isinstance(x, int) else str(x) for x in e.get("loc", ())),
        msg=text,
        type=str(e.get("type", "")),
    )


def _message_vi(e: Any) -> str | None:
    error = (e.get("ctx") or {}).get("error")
    vi = getattr(error, "message_vi", None)
    return vi if isinstance(vi, str) and vi else None


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


_ERROR_TEXT = {
    400: "Bad input (code invalid-input)",
    404: "Not found (code not-found)",
    413: "Request body too large (code request-too-large)",
    415: "The body is not JSON (code unsupported-media-type)",
    422: "Valid input the law or the calendar cannot answer: no-applicable-rule, "
    "outside-calendar, calendar-unknown, ambiguous-reading, trace-too-long",
    500: "A bug (internal-error, conflicting-rules): please report it",
}


def _responses(*codes: int) -> dict[int | str, dict[str, Any]]:
    return {c: {"description": _ERROR_TEXT[c]} for c in (*codes, 413, 500)}


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
        responses=_responses(400, 415, 422),
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
        responses={**_responses(400, 415, 422), 200: {"content": {"text/calendar": {}}}},
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


def _finish_openapi(
    doc: dict[str, Any], versions: dict[str, str], bodies: list[type[BaseModel]]
) -> dict[str, Any]:
    """Request bodies from the library's models; problem documents as
    ``application/problem+json``; the version headers on every response."""
    schemas = doc.setdefault("components", {}).setdefault("schemas", {})
    schemas.pop("HTTPValidationError", None)
    schemas.pop("ValidationError", None)
    _merge_schemas(
        schemas, _component_schemas([(Problem, "serialization"), (ProblemItem, "serialization")])
    )
    _merge_schemas(schemas, _component_schemas([(b, "validation") for b in bodies]))
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


def _merge_schemas(into: dict[str, Any], new: dict[str, Any]) -> None:
    """Add ``new`` component schemas; a name already used for another schema is renamed
    (``Name-Input``) and the references to it rewritten."""
    renames = {
        name: f"{name}-Input" for name, sch in new.items() if name in into and into[name] != sch
    }
    if renames:
        import json

        text = json.dumps(new)
        for old, fresh in renames.items():
            text = text.replace(f'"#/components/schemas/{old}"', f'"#/components/schemas/{fresh}"')
        new = {renames.get(k, k): v for k, v in json.loads(text).items()}
    for name, sch in new.items():
        if name in into and into[name] != sch:  # pragma: no cover - renamed above
            raise InvalidInput(f"two OpenAPI schemas are named {name}")
        into[name] = sch


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
