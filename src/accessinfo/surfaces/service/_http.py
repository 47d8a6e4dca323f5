"""What the service sends, without the web framework: languages, versions, problem documents.

>>> negotiate("vi-VN,vi;q=0.9,en;q=0.5"), negotiate("en-GB, vi;q=0.2"), negotiate(None)
('vi', 'en', 'en')
>>> p = problem("invalid-input", 400, "channel: unknown", lang="vi")
>>> p["title"], p["status"], p["code"]
('Dữ liệu đầu vào không hợp lệ', 400, 'invalid-input')
"""

from __future__ import annotations

import json
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from accessinfo.core.decisions import Decision
from accessinfo.core.messages import Lang, localized, msg
from accessinfo.errors import AccessInfoError, ConflictingRules, InvalidInput

__all__ = [
    "HEADERS",
    "PROBLEM_JSON",
    "Problem",
    "ProblemItem",
    "decision_json",
    "error_status",
    "negotiate",
    "problem",
]

PROBLEM_JSON = "application/problem+json"
# The version headers of every response: library, calendar, law.
HEADERS = ("accessinfo-version", "accessinfo-calendar-version", "accessinfo-law-version")
_TYPE = "urn:accessinfo:error:"


class ProblemItem(BaseModel):
    """One thing wrong with the input: where (``loc``) and what (``msg``)."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    loc: tuple[str | int, ...]
    msg: str
    type: str


class Problem(BaseModel):
    """An error, as RFC 9457 ``application/problem+json``, with the library's error code."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    type: str
    title: str
    status: int
    detail: str
    code: str
    lang: Literal["en", "vi"]  # the negotiated language of ``title`` (and of ``detail`` when
    # the error has a Vietnamese text; ``detail_en`` then keeps the English one)
    instance: str | None = None
    detail_en: str | None = None
    errors: tuple[ProblemItem, ...] = ()
    versions: dict[str, str] = {}


def negotiate(header: str | None) -> Lang:
    """``vi`` or ``en`` from an ``Accept-Language`` header (RFC 9110 §12.5.4); default ``en``."""
    if not header:
        return "en"
    best: tuple[float, int, Lang] = (0.0, 0, "en")
    for i, part in enumerate(header.split(",")[:32]):
        tag, _, params = part.strip().partition(";")
        q = 1.0
        for p in params.split(";"):
            k, _, v = p.strip().partition("=")
            if k.strip() == "q":
                try:
                    q = float(v)
                except ValueError:
                    q = 0.0
        primary = tag.strip().lower().split("-", 1)[0]
        lang: Lang | None = "vi" if primary == "vi" else "en" if primary in ("en", "*") else None
        if lang is not None and 0 < q <= 1 and (q, -i) > best[:2]:
            best = (q, -i, lang)
    return best[2]


def error_status(exc: AccessInfoError) -> int:
    """400 for refused input, 500 for a bug in the rule data, 422 for the rest."""
    if isinstance(exc, InvalidInput):
        return 400
    if isinstance(exc, ConflictingRules):
        return 500
    return 422


def _title(code: str, lang: Lang) -> str:
    """The title of an error code: the library's (``errors.title.*``), else the service's."""
    try:
        return msg(f"errors.title.{code}").get(lang)
    except InvalidInput:
        pass
    try:
        return msg(f"service.title.{code}").get(lang)
    except InvalidInput:
        return msg("errors.title.accessinfo-error").get(lang)


def problem(
    code: str,
    status: int,
    detail: str,
    *,
    lang: Lang = "en",
    detail_vi: str | None = None,
    instance: str | None = None,
    errors: tuple[ProblemItem, ...] = (),
    versions: dict[str, str] | None = None,
) -> dict[str, Any]:
    """A problem document (as a dict ready for JSON)."""
    shown = detail_vi if lang == "vi" and detail_vi else detail
    doc: dict[str, Any] = {
        "type": _TYPE + code,
        "title": _title(code, lang),
        "status": status,
        "detail": shown,
        "code": code,
        "lang": lang,
    }
    if shown is not detail:
        doc["detail_en"] = detail
    if instance:
        doc["instance"] = instance
    if errors:
        doc["errors"] = [e.model_dump() for e in errors]
    if versions:
        doc["versions"] = versions
    return doc


def decision_json(decision: Decision[Any], lang: Lang, versions: dict[str, str]) -> bytes:
    """The Decision's JSON with ``versions`` and ``localized`` appended (one pass, no re-parse).

    ``localized`` is what the CLI shows in that language (``core.messages.localized``): a
    text not yet translated is the English one marked ``[chưa có bản tiếng Việt]``.
    """
    explanation, caveats = localized(decision, lang)
    extra = {
        "versions": versions,
        "localized": {"lang": lang, "explanation": explanation, "caveats": list(caveats)},
    }
    head = decision.model_dump_json().encode()
    tail = json.dumps(extra, ensure_ascii=False, separators=(",", ":")).encode()
    return head[:-1] + b"," + tail[1:]
