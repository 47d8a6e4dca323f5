"""The service's answers and the pure ASGI guard around the application.

``Answers`` builds every answer as (status, headers, body) bytes, shared by the FastAPI
handlers and the fast path, so that both answer byte for byte the same. ``_Guard`` limits the
body size, adds the version headers to every response, answers the generated JSON operations
on a fast path (without the framework's routing: the hot path of every client), and turns
anything unexpected into a logged ``internal-error`` problem document: no traceback ever
reaches a client.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Awaitable, Callable, MutableMapping, Sequence
from typing import Any

from fastapi.responses import Response
from pydantic import ValidationError

from accessinfo.core.citations import law_version
from accessinfo.core.decisions import Decision
from accessinfo.core.messages import Lang, msg
from accessinfo.errors import AccessInfoError, InvalidInput
from accessinfo.surfaces.service import ServiceSettings
from accessinfo.surfaces.service._http import (
    HEADERS,
    PROBLEM_JSON,
    ProblemItem,
    decision_json,
    error_status,
    negotiate,
    problem,
)
from accessinfo.surfaces.service._ops import Operation

__all__ = ["Answer", "Answers", "Guard", "as_response", "dumps"]

log = logging.getLogger("accessinfo.service")

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

Answer = tuple[int, list[tuple[bytes, bytes]], bytes]  # status, headers, body


class Answers:
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
        body = dumps(doc)
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


def as_response(answer: Answer) -> Response:
    status, headers, body = answer
    resp = Response(body, status_code=status)
    resp.raw_headers = [
        (b"content-length", str(len(body)).encode()),
        *headers,
    ]
    return resp


class Guard:
    """Body-size limit, version headers on every response, last-resort error document."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        limit: int,
        headers: list[tuple[bytes, bytes]],
        versions: dict[str, str],
        answers: Answers | None = None,
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
        self, op: Operation, answers: Answers, scope: Scope, receive: Receive, send: Send
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
        body = dumps({**doc, "versions": self.versions})
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


def dumps(doc: Any) -> bytes:
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode()


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
