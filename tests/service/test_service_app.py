"""The service in process: answers, errors, headers, languages, limits and the document.

Expected dates are worked by hand from the calendar notices (see each test); the equality of
every served answer with the library's is in test_service_golden.py.
"""

from __future__ import annotations

import builtins
import io
import logging
from datetime import date
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from icalendar import Calendar

from accessinfo.calendar import PUBLIC_SECTOR, WorkingCalendar
from accessinfo.core.citations import law_version
from accessinfo.errors import AccessInfoError, InvalidInput
from accessinfo.models.requests import InformationRequest
from accessinfo.surfaces.schema import load_decision
from accessinfo.surfaces.service import ServiceSettings, create_app
from accessinfo.surfaces.service._http import decision_json, negotiate, problem
from accessinfo.surfaces.service._ops import CalendarOptions, facade_operations, operation
from accessinfo.tasks.requests import request_deadlines
from tests.service.conftest import make_client

VERSION_HEADERS = ("accessinfo-version", "accessinfo-calendar-version", "accessinfo-law-version")
REQUEST = {
    "received_at": "2026-01-09T09:30:00+07:00",
    "channel": "electronic",
    "complexity": "complex",
}


def assert_versions(r: Any) -> None:
    from accessinfo import __version__

    assert r.headers["accessinfo-version"] == __version__
    assert r.headers["accessinfo-calendar-version"].startswith("vn-public-sector@")
    assert r.headers["accessinfo-law-version"] == law_version()


def assert_problem(r: Any, status: int, code: str) -> dict[str, Any]:
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/problem+json"), r.headers
    doc: dict[str, Any] = r.json()
    assert doc["status"] == status and doc["code"] == code, doc
    assert doc["type"] == f"urn:accessinfo:error:{code}"
    assert "Traceback" not in r.text and 'File "' not in r.text
    assert_versions(r)
    return doc


# -- answers ------------------------------------------------------------------------------------
def test_deadlines_are_the_decision_load_decision_reads(client: Any) -> None:
    r = client.post("/v1/requests/deadlines", json={"request": REQUEST})
    assert r.status_code == 200, r.text
    assert_versions(r)
    d = load_decision(r.content)
    # Fri 9/1/2026, complex, electronic (Law 104 Art 30.4): Sat 10/1 is a working Saturday
    # (Công văn 12729/VPCP-KGVX): 10 (1), 12 (2), 13 (3) -> notify by Tue 13/1
    assert d.outcome.notify_by == date(2026, 1, 13)
    assert d == request_deadlines(InformationRequest.model_validate(REQUEST))
    body = r.json()
    assert body["versions"]["calendar"] == r.headers["accessinfo-calendar-version"]
    assert body["localized"]["lang"] == "en"
    assert body["localized"]["explanation"] == d.explanation


def test_accept_language_vi(client: Any) -> None:
    path = "/v1/rules/law_01_2026.art28.c1:self_correction_by"
    r = client.post(path, json={"discovered": "2026-09-10"}, headers={"accept-language": "vi"})
    assert r.status_code == 200, r.text
    assert r.headers["content-language"] == "vi"
    loc = r.json()["localized"]
    d = load_decision(r.content)
    # 10/9/2026 + 5 working days: 11, 14, 15, 16, 17 September
    assert d.outcome == date(2026, 9, 17)
    assert loc["lang"] == "vi" and loc["explanation"] == d.explanation_vi
    assert "17/09/2026" in loc["explanation"]
    assert loc["caveats"] == list(d.caveats_vi)
    en = client.post(path, json={"discovered": "2026-09-10"}, headers={"accept-language": "en"})
    assert en.headers["content-language"] == "en"
    assert en.json()["localized"]["explanation"] == d.explanation


def test_untranslated_text_is_marked_as_in_the_cli() -> None:
    from accessinfo.core.messages import UNTRANSLATED_VI

    d = request_deadlines(InformationRequest.model_validate(REQUEST))
    d = d.model_copy(update={"explanation_vi": None})
    import json

    doc = json.loads(decision_json(d, "vi", {"library": "x", "calendar": "y", "law": "z"}))
    assert doc["localized"] == {
        "lang": "vi",
        "explanation": UNTRANSLATED_VI + d.explanation,
        "caveats": [],
    }


@pytest.mark.parametrize(
    ("header", "lang"),
    [
        ("vi", "vi"),
        ("vi-VN,vi;q=0.9,en-US;q=0.8", "vi"),
        ("en-US,en;q=0.9,vi;q=0.8", "en"),
        ("fr-FR, vi;q=0.5", "vi"),
        ("fr-FR", "en"),
        ("*", "en"),
        ("vi;q=0", "en"),
        ("vi;q=abc, en;q=0.1", "en"),
        ("", "en"),
    ],
)
def test_negotiate(header: str, lang: str) -> None:
    assert negotiate(header) == lang


def test_calendar_endpoints(client: Any) -> None:
    r = client.get("/v1/calendar/days/2026-01-10")
    assert r.status_code == 200
    day = r.json()["outcome"]
    assert day["working"] is True and day["kind"] == "swapped_working"
    r = client.get("/v1/calendar/add", params={"start": "2026-01-09", "n": 3})
    assert r.json()["outcome"] == "2026-01-13" and r.json()["trace"] is None
    r = client.get("/v1/calendar/add", params={"start": "2026-01-09", "n": 3, "trace": "true"})
    assert [s["date"] for s in r.json()["trace"] if s["action"] == "counted"] == [
        "2026-01-10",
        "2026-01-12",
        "2026-01-13",
    ]
    # 12 calendar days after Tue 18/8/2026 is Sun 30/8: rolled to the next working day; Mon
    # 31/8, Tue 1/9 and Wed 2/9 are off (Công văn 10065/VPCP-KGVX): Thu 3/9
    r = client.get("/v1/calendar/add", params={"start": "2026-08-18", "n": 12, "unit": "calendar"})
    assert r.json()["outcome"] == "2026-09-03"
    r = client.get("/v1/calendar/count", params={"start": "2026-01-09", "end": "2026-01-13"})
    assert r.json()["outcome"] == 3
    r = client.get("/v1/calendar/special-days/2026")
    dates = {x["date"] for x in r.json()["outcome"]}
    assert {"2026-01-02", "2026-01-10", "2026-08-22", "2026-09-02"} <= dates


@pytest.mark.parametrize(
    "url",
    [
        "/v1/rules?on=0",  # was 200 with no rules: 0 read as 1970-01-01
        "/v1/calendar/days/1767225600",  # was 2026-01-01's answer: a Unix time read as a day
        "/v1/calendar/add?start=1767225600&n=3",
        "/v1/calendar/count?start=2026-01-09&end=1767225600",
        "/v1/calendar/days/2026-01-10T00:00:00%2B07:00",  # an instant is not a day
    ],
)
def test_a_day_in_a_path_or_query_is_a_date_never_a_number(client: Any, url: str) -> None:
    """`make fuzz` found `GET /v1/rules?on=0` answered 200: FastAPI's lax `date` reads a number
    as a Unix time. Days in paths and queries now use the library's `DateOnly`."""
    body = assert_problem(client.get(url), 400, "invalid-input")
    assert "YYYY-MM-DD" in body["detail"]


def test_calendar_ics_parses_back(client: Any) -> None:
    r = client.get("/v1/calendar/2026.ics", params={"lang": "vi"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/calendar")
    assert_versions(r)
    cal = Calendar.from_ical(r.content)
    events = {e.decoded("dtstart"): e for e in cal.walk("VEVENT")}
    assert str(events[date(2026, 1, 10)]["summary"]).startswith("Ngày làm việc:")
    assert str(events[date(2026, 1, 2)]["summary"]).startswith("Ngày nghỉ:")
    assert "12729/VPCP-KGVX" in str(events[date(2026, 1, 2)]["description"])


def test_deadlines_ics_parses_back(client: Any) -> None:
    body = {"request": {**REQUEST, "reference": "HS-2026-7"}}
    r = client.post("/v1/requests/deadlines.ics", json=body, headers={"accept-language": "vi"})
    assert r.status_code == 200, r.text
    cal = Calendar.from_ical(r.content)
    got = {str(e["uid"]): e.decoded("dtstart") for e in cal.walk("VEVENT")}
    assert got == {
        "HS-2026-7-notify_by@accessinfo": date(2026, 1, 13),
        "HS-2026-7-respond_by@accessinfo": date(2026, 1, 29),
        # Law 104 Art 30.4: an extension is notified within the original period
        "HS-2026-7-extension_notice_by@accessinfo": date(2026, 1, 29),
        "HS-2026-7-extended_respond_by@accessinfo": date(2026, 2, 13),
    }
    # the same request again gives the same file (stable UIDs, no clock)
    again = client.post("/v1/requests/deadlines.ics", json=body, headers={"accept-language": "vi"})
    assert again.content == r.content
    assert r.headers["content-language"] == "vi"


def test_ics_refuses_an_answer_without_dates(client: Any) -> None:
    # every .ics route is on an operation whose outcome has due dates
    paths = set(client.get("/openapi.json").json()["paths"])
    assert "/v1/requests/deadlines.ics" in paths and "/v1/requests/timeline.ics" in paths
    assert "/v1/outages/incident-duties.ics" in paths
    assert "/v1/access/costs.ics" not in paths and "/v1/access/refusal-grounds.ics" not in paths


def test_rules_and_schemas(client: Any) -> None:
    r = client.get("/v1/rules", params={"on": "2026-09-01", "family": "request_deadlines"})
    rules = r.json()["rules"]
    assert [x["rule_set"] for x in rules] == ["law_01_2026"]
    one = client.get(f"/v1/rules/{rules[0]['id']}")
    assert one.status_code == 200 and one.json()["evaluate"] == f"/v1/rules/{rules[0]['id']}"
    assert_problem(client.get("/v1/rules/no.such:rule"), 404, "not-found")
    names = client.get("/v1/schemas").json()["schemas"]
    assert "InformationRequest" in names and "Decision[date]" in names
    s = client.get(names["Decision[date]"])
    assert s.status_code == 200 and s.json()["title"] == "Decision[date]"
    by_file = client.get("/v1/schemas/Decision-date.schema.json")
    assert by_file.json() == s.json()
    assert_problem(client.get("/v1/schemas/Nope"), 404, "not-found")
    h = client.get("/v1/health")
    assert h.json()["status"] == "ok" and h.json()["versions"]["law"] == law_version()


# -- errors -------------------------------------------------------------------------------------
def test_library_errors_are_problem_documents(client: Any) -> None:
    naive = {"request": {**REQUEST, "received_at": "2026-01-09T09:30:00"}}
    doc = assert_problem(client.post("/v1/requests/deadlines", json=naive), 400, "invalid-input")
    assert "naive datetime" in doc["detail"] and doc["errors"][0]["loc"][:2] == ["body", "request"]
    early = {"request": {**REQUEST, "received_at": "2016-01-09"}}
    assert_problem(client.post("/v1/requests/deadlines", json=early), 422, "no-applicable-rule")
    r = client.get("/v1/calendar/add", params={"start": "2035-12-20", "n": 50})
    assert_problem(r, 422, "outside-calendar")
    r = client.get("/v1/calendar/add", params={"start": "2028-01-28", "n": 5, "strict": "true"})
    assert_problem(r, 422, "calendar-unknown")
    r = client.post(
        "/v1/outages/suspension-notice-deadline", json={"starts": "2026-09-03", "count": "raise"}
    )
    assert_problem(r, 422, "ambiguous-reading")


def test_strict_types(client: Any) -> None:
    """0 is not false and "3" is not 3: the documented types or a 400."""
    body = {"request": REQUEST, "strict": 0}
    assert_problem(client.post("/v1/requests/deadlines", json=body), 400, "invalid-input")
    body = {"request": {**REQUEST, "channel": 1}}
    assert_problem(client.post("/v1/requests/deadlines", json=body), 400, "invalid-input")
    extra = {"request": REQUEST, "colour": "blue"}
    assert_problem(client.post("/v1/requests/deadlines", json=extra), 400, "invalid-input")


def test_http_errors(client: Any) -> None:
    doc = assert_problem(client.get("/v1/nothing-here"), 404, "not-found")
    assert doc["instance"] == "/v1/nothing-here"
    assert_problem(client.get("/v1/requests/deadlines"), 405, "method-not-allowed")
    r = client.post(
        "/v1/requests/deadlines", content=b"{", headers={"content-type": "application/json"}
    )
    assert_problem(r, 400, "invalid-input")
    r = client.post(
        "/v1/requests/deadlines", content=b"x=1", headers={"content-type": "text/plain"}
    )
    assert_problem(r, 415, "unsupported-media-type")
    # no content type at all is read as JSON (curl --data-binary without -H)
    r = client.post(
        "/v1/requests/deadlines",
        content=b'{"request": {"received_at": "2026-01-09", "channel": "post", '
        b'"complexity": "simple"}}',
    )
    assert r.status_code == 200, r.text
    vi = client.get("/v1/nothing-here", headers={"accept-language": "vi"})
    assert vi.json()["title"] == "Không tìm thấy tài nguyên được yêu cầu"
    assert vi.headers["content-language"] == "vi"


def test_problem_in_vietnamese_when_the_error_has_it() -> None:
    doc = problem("invalid-input", 400, "bad", detail_vi="sai", lang="vi")
    assert doc["detail"] == "sai" and doc["detail_en"] == "bad" and doc["lang"] == "vi"
    doc = problem("invalid-input", 400, "bad", lang="vi")
    assert doc["detail"] == "bad" and "detail_en" not in doc
    assert problem("some-new-code", 422, "x")["title"] == "accessinfo error"
    assert problem("outside-calendar", 422, "x", lang="vi")["title"] == (
        "Ngày nằm ngoài phạm vi lịch làm việc"
    )


def test_body_size_limit(client: Any) -> None:
    big = (
        b'{"request": {"received_at": "2026-01-09", "channel": "post", "reference": "'
        + (b"x" * 70_000)
        + b'"}}'
    )
    r = client.post(
        "/v1/requests/deadlines", content=big, headers={"content-type": "application/json"}
    )
    doc = assert_problem(r, 413, "request-too-large")
    assert "65536" in doc["detail"]

    def chunks() -> Any:  # no content-length: the guard counts what arrives
        for _ in range(20):
            yield b" " * 8192

    r = client.post(
        "/v1/requests/deadlines", content=chunks(), headers={"content-type": "application/json"}
    )
    assert_problem(r, 413, "request-too-large")


def test_trace_length_limit(client: Any) -> None:
    r = client.get("/v1/calendar/add", params={"start": "2026-01-09", "n": 300, "trace": "true"})
    doc = assert_problem(r, 422, "trace-too-long")
    assert "200" in doc["detail"]
    ok = client.get("/v1/calendar/add", params={"start": "2026-01-09", "n": 300})
    assert ok.status_code == 200  # the same question without the trace is answered


def test_catch_all_logs_and_answers_a_problem(monkeypatch: pytest.MonkeyPatch, caplog: Any) -> None:
    app = create_app(ServiceSettings(rules=False))
    client = make_client(app)

    def boom(self: WorkingCalendar, d: date) -> Any:
        raise ZeroDivisionError("a bug deep inside")

    monkeypatch.setattr(WorkingCalendar, "day", boom)
    with caplog.at_level(logging.ERROR, logger="accessinfo.service"):
        r = client.get("/v1/calendar/days/2026-01-10")
    doc = assert_problem(r, 500, "internal-error")
    assert "a bug deep inside" not in r.text and "ZeroDivisionError" not in r.text
    ref = doc["detail"].rsplit(" ", 1)[-1].rstrip(".")
    assert any(ref in rec.getMessage() for rec in caplog.records)
    assert any(rec.exc_info and rec.exc_info[0] is ZeroDivisionError for rec in caplog.records)


def test_cors_is_off_unless_configured(client: Any) -> None:
    r = client.get("/v1/health", headers={"origin": "https://example.org"})
    assert "access-control-allow-origin" not in r.headers
    app = create_app(ServiceSettings(cors_origins=("https://portal.example.vn",), rules=False))
    c = make_client(app)
    r = c.get("/v1/health", headers={"origin": "https://portal.example.vn"})
    assert r.headers["access-control-allow-origin"] == "https://portal.example.vn"
    r = c.get("/v1/health", headers={"origin": "https://evil.example"})
    assert "access-control-allow-origin" not in r.headers


def test_no_endpoint_touches_files(client: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = [
        ("post", "/v1/requests/deadlines", {"json": {"request": REQUEST}}),
        ("post", "/v1/requests/deadlines.ics", {"json": {"request": REQUEST}}),
        ("get", "/v1/calendar/2026.ics", {}),
        ("get", "/v1/calendar/special-days/2027", {}),
        ("get", "/v1/schemas", {}),
        ("get", "/v1/rules", {}),
        ("get", "/v1/nothing-here", {}),
    ]
    for method, path, kw in calls:  # warm up: package data is read once, then cached
        getattr(client, method)(path, **kw)

    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError(f"a request opened a file: {args!r}")

    monkeypatch.setattr(builtins, "open", refuse)
    monkeypatch.setattr(io, "open", refuse)
    for method, path, kw in calls:
        r = getattr(client, method)(path, **kw)
        assert r.status_code in (200, 404), (path, r.text)
    paths = client.get("/openapi.json").json()["paths"]
    names = {
        p["name"]
        for item in paths.values()
        for op in item.values()
        for p in op.get("parameters", [])
    }
    assert not names & {"path", "file", "filename", "directory", "out"}


def test_calendar_overrides_per_request(client: Any) -> None:
    # a provincial rest day on Mon 12/1/2026 pushes the 3rd working day to Wed 14/1
    body = {"request": REQUEST, "calendar": {"rest_days": ["2026-01-12"]}}
    r = client.post("/v1/requests/deadlines", json=body)
    assert r.json()["outcome"]["notify_by"] == "2026-01-14"
    assert r.json()["versions"]["calendar"] != PUBLIC_SECTOR.version
    assert r.headers["accessinfo-calendar-version"] == r.json()["versions"]["calendar"]


# -- the document -------------------------------------------------------------------------------
def test_openapi_document(client: Any) -> None:
    r = client.get("/openapi.json")
    assert_versions(r)
    doc = r.json()
    assert doc["openapi"].startswith("3.1")
    assert doc["info"]["x-accessinfo-versions"]["law"] == law_version()
    paths = doc["paths"]
    assert all(p.startswith("/v1/") for p in paths)
    for wanted in (
        "/v1/requests/deadlines",
        "/v1/requests/timeline",
        "/v1/access/eligibility",
        "/v1/access/class",
        "/v1/access/refusal-grounds",
        "/v1/access/costs",
        "/v1/outages/suspension-notice-deadline",
        "/v1/outages/suspension-check",
        "/v1/outages/incident-duties",
        "/v1/violations-db/written-request-deadline",
        "/v1/calendar/days/{day}",
        "/v1/calendar/add",
        "/v1/calendar/count",
        "/v1/calendar/special-days/{year}",
        "/v1/calendar/{year}.ics",
        "/v1/rules",
        "/v1/schemas/{name}",
    ):
        assert wanted in paths, wanted
    for item in paths.values():
        for op in item.values():
            for status, resp in op["responses"].items():
                assert set(resp["headers"]) == {
                    "Accessinfo-Version",
                    "Accessinfo-Calendar-Version",
                    "Accessinfo-Law-Version",
                }
                if status[0] in "45":
                    assert list(resp["content"]) == ["application/problem+json"]
    # the library's models are the bodies: every field of InformationRequest is documented
    schemas = doc["components"]["schemas"]
    assert set(InformationRequest.model_fields) <= set(schemas["InformationRequest"]["properties"])
    assert client.get("/docs").status_code == 200


def test_docs_can_be_switched_off() -> None:
    c = make_client(create_app(ServiceSettings(docs=False, rules=False)))
    assert_problem(c.get("/docs"), 404, "not-found")
    assert c.get("/openapi.json").status_code == 200
    assert not any(
        p.startswith("/v1/rules/") and "{" not in p for p in c.get("/openapi.json").json()["paths"]
    )


# -- the generated operations -------------------------------------------------------------------
def sample(
    start: date,
    copy: int,
    /,
    *,
    calendar: WorkingCalendar = PUBLIC_SECTOR,
    strict: bool = False,
    **readings: str,
) -> Any:
    """A made-up facade: a positional-only argument, a shadowing name, a calendar, readings."""
    return (start, copy, calendar, strict, readings)


def test_operation_from_a_signature() -> None:
    op = operation("/v1/sample", sample, "test")
    fields = op.body.model_fields
    assert set(fields) == {"start", "copy_", "calendar", "strict"}
    body = op.body.model_validate({"start": "2026-01-09", "copy": 2, "personal_data": "raise"})
    start, copy, cal, strict, readings = op.call(body, PUBLIC_SECTOR)  # type: ignore[misc]
    assert (start, copy, cal, strict, readings) == (
        date(2026, 1, 9),
        2,
        PUBLIC_SECTOR,
        False,
        {"personal_data": "raise"},
    )
    body = op.body.model_validate(
        {"start": "2026-01-09", "copy": 2, "calendar": {"working_days": ["2026-01-17"]}}
    )
    cal = op.call(body, PUBLIC_SECTOR)[2]  # type: ignore[index]
    assert cal.is_working_day(date(2026, 1, 17)) and not PUBLIC_SECTOR.is_working_day(
        date(2026, 1, 17)
    )
    assert op.summary.startswith("A made-up facade")


def test_culture_day_makeup_only_on_the_national_calendar() -> None:
    op = operation("/v1/sample", sample, "test")
    body = op.body.model_validate(
        {
            "start": "2026-01-09",
            "copy": 1,
            "calendar": CalendarOptions(culture_day_makeup=True).model_dump(),
        }
    )
    cal = op.call(body, PUBLIC_SECTOR)[2]  # type: ignore[index]
    assert cal.version.endswith("+culture_day_makeup")
    local = PUBLIC_SECTOR.with_overrides(rest_days=[date(2026, 3, 2)])
    with pytest.raises(InvalidInput):
        op.call(body, local)


def test_every_facade_is_served() -> None:
    import accessinfo.tasks.violations_db as vdb

    served = {op.function for op in facade_operations()}
    for name in vdb.__all__:
        fn = getattr(vdb, name)
        if callable(fn) and getattr(fn, "__module__", "") == vdb.__name__:
            assert fn in served, name


@pytest.mark.parametrize(
    "kwargs",
    [
        {"host": ""},
        {"port": -1},
        {"port": 70000},
        {"max_body_bytes": "big"},
        {"cors_origins": ["x"]},
        {"calendar": "public"},
    ],
)
def test_bad_settings(kwargs: dict[str, Any]) -> None:
    with pytest.raises(InvalidInput):
        ServiceSettings(**kwargs)


def test_fast_path_answers_as_the_framework_does(client: Any) -> None:
    """The hot path (generated JSON operations answered without the framework's routing)
    gives byte for byte the answers of the FastAPI routes."""
    from accessinfo.surfaces.service.app import build

    slow = make_client(build(ServiceSettings(max_trace_steps=200), fast=False))
    j = "application/json"
    cases: list[tuple[str, bytes, dict[str, str]]] = [
        (
            "/v1/requests/deadlines",
            b'{"request": %s}' % str(REQUEST).replace("'", '"').encode(),
            {},
        ),
        (
            "/v1/requests/deadlines",
            b'{"request": {"received_at": "2016-01-09", "channel": "post"}}',
            {"accept-language": "vi"},
        ),
        (
            "/v1/requests/deadlines",
            b'{"request": {"received_at": "2026-01-09T09:30:00", "channel": "post"}}',
            {},
        ),
        ("/v1/requests/deadlines", b'{"request": 5, "strict": 0}', {}),
        ("/v1/requests/deadlines", b"{not json", {}),
        ("/v1/requests/deadlines", b"", {}),
        ("/v1/requests/deadlines", b"{}", {"content-type": "text/plain"}),
        (
            "/v1/rules/law_01_2026.art28.c1:self_correction_by",
            b'{"discovered": "2026-09-10"}',
            {"accept-language": "vi"},
        ),
        (
            "/v1/outages/suspension-notice-deadline",
            b'{"starts": "2026-09-03", "count": "raise"}',
            {},
        ),
        ("/v1/outages/suspension-notice-deadline", b'{"starts": "2026-09-03", "trace": true}', {}),
        (
            "/v1/violations-db/written-request-deadline",
            b'{"received": "2026-08-18", "trace": true}',
            {},
        ),
    ]
    for path, body, headers in cases:
        h = {"content-type": j, **headers}
        fast, framework = (
            client.post(path, content=body, headers=h),
            slow.post(path, content=body, headers=h),
        )
        assert fast.status_code == framework.status_code, (path, body, fast.text, framework.text)
        assert fast.content == framework.content, (path, body)
        for k in ("content-type", "content-language", *VERSION_HEADERS):
            assert fast.headers.get(k) == framework.headers.get(k), (path, k)


def test_limits_and_failures_off_the_fast_path(
    monkeypatch: pytest.MonkeyPatch, caplog: Any
) -> None:
    """The .ics routes and the framework path: the same 413 for a declared or a streamed
    body, and a logged internal-error for a bug, never a traceback."""
    from accessinfo.surfaces.service.app import build

    c = make_client(build(ServiceSettings(rules=False, max_body_bytes=1000), fast=False))
    ics = "/v1/requests/deadlines.ics"
    r = c.post(ics, content=b"x" * 2000, headers={"content-type": "application/json"})
    doc = assert_problem(r, 413, "request-too-large")
    assert "1000" in doc["detail"]

    def chunks() -> Any:
        for _ in range(5):
            yield b" " * 400

    r = c.post(ics, content=chunks(), headers={"content-type": "application/json"})
    assert_problem(r, 413, "request-too-large")
    r = c.post("/v1/requests/deadlines", content=chunks(), headers={"accept-language": "vi"})
    assert assert_problem(r, 413, "request-too-large")["title"] == "Nội dung yêu cầu quá lớn"
    r = c.post(
        "/v1/requests/deadlines",
        content=b"{}",
        headers={"content-type": "application/json", "content-length": "abc"},
    )
    assert 400 <= r.status_code < 500

    import accessinfo.tasks.requests as tr

    def bug(*args: Any, **kwargs: Any) -> Any:
        raise ZeroDivisionError("deep")

    fast = make_client(create_app(ServiceSettings(rules=False)))
    monkeypatch.setattr(tr, "applicable", bug)
    with caplog.at_level(logging.ERROR, logger="accessinfo.service"):
        for client_ in (c, fast):
            r = client_.post("/v1/requests/deadlines", json={"request": REQUEST})
            assert_problem(r, 500, "internal-error")
            assert "deep" not in r.text


def test_cors_requests_take_the_framework_path() -> None:
    c = make_client(create_app(ServiceSettings(cors_origins=("https://a.vn",), rules=False)))
    r = c.post(
        "/v1/requests/deadlines", json={"request": REQUEST}, headers={"origin": "https://a.vn"}
    )
    assert r.status_code == 200 and r.headers["access-control-allow-origin"] == "https://a.vn"
    assert r.headers["accessinfo-version"]
    pre = c.options(
        "/v1/requests/deadlines",
        headers={"origin": "https://a.vn", "access-control-request-method": "POST"},
    )
    assert pre.status_code == 200


def test_merge_schemas_renames_a_clash() -> None:
    from accessinfo.surfaces.service._openapi import merge_schemas

    into = {"A": {"type": "object", "properties": {"x": {"type": "string"}}}}
    new = {
        "A": {"type": "object", "properties": {"y": {"type": "string"}}},
        "B": {"properties": {"a": {"$ref": "#/components/schemas/A"}}},
    }
    merge_schemas(into, new)
    assert into["A"]["properties"] == {"x": {"type": "string"}}
    assert into["A-Input"]["properties"] == {"y": {"type": "string"}}
    assert into["B"]["properties"]["a"]["$ref"] == "#/components/schemas/A-Input"


def test_operation_refuses_an_unreadable_signature() -> None:
    def broken(x: NoSuchType) -> None:  # type: ignore[name-defined]  # noqa: F821
        """A function whose annotation does not resolve."""

    with pytest.raises(InvalidInput):
        operation("/v1/broken", broken, "test")


def test_readings_are_members_of_the_body_as_keywords_in_python(client: Any) -> None:
    """``refusal_grounds(case, on=..., personal_data="raise")`` in Python; in JSON the same
    reading is a member of the body, and an unknown reading is refused as in Python."""
    case = {"item": {"category": "personal_data"}}
    r = client.post(
        "/v1/access/refusal-grounds",
        json={"case": case, "on": "2026-08-22", "personal_data": "raise"},
    )
    assert_problem(r, 422, "ambiguous-reading")
    r = client.post(
        "/v1/access/refusal-grounds",
        json={"case": case, "on": "2026-08-22", "personal_data": "personal_secret"},
    )
    assert r.status_code == 200 and r.json()["readings"]["personal_data"] == "personal_secret"
    r = client.post(
        "/v1/access/refusal-grounds", json={"case": case, "on": "2026-08-22", "colour": "blue"}
    )
    assert_problem(r, 400, "invalid-input")
    r = client.post(
        "/v1/access/refusal-grounds", json={"case": case, "on": "2026-08-22", "personal_data": 1}
    )
    assert_problem(r, 400, "invalid-input")  # readings are strings
    doc = client.get("/openapi.json").json()["components"]["schemas"]
    assert doc["AccessRefusalGroundsBody"]["additionalProperties"] == {"type": "string"}


@settings(max_examples=30, deadline=None)
@given(
    day=st.dates(date(2018, 7, 1), date(2027, 11, 30)),
    hour=st.integers(0, 23),
    channel=st.sampled_from(["in_person", "electronic", "post", "fax"]),
    complexity=st.sampled_from(["simple", "complex"]),
    trace=st.booleans(),
)
def test_any_request_is_answered_as_the_library_does(
    client: Any, day: date, hour: int, channel: str, complexity: str, trace: bool
) -> None:
    request = {
        "received_at": f"{day.isoformat()}T{hour:02d}:15:00+07:00",
        "channel": channel,
        "complexity": complexity,
    }
    r = client.post("/v1/requests/deadlines", json={"request": request, "trace": trace})
    try:
        local = request_deadlines(InformationRequest.model_validate(request), trace=trace)
    except AccessInfoError as exc:
        assert r.status_code in (400, 422) and r.json()["code"] == exc.code
        return
    if trace and local.trace is not None and len(local.trace) > 200:
        assert r.json()["code"] == "trace-too-long"
        return
    assert r.status_code == 200, r.text
    assert load_decision(r.content) == local
