"""A real ``accessinfo serve`` process answers every golden case exactly as the library does.

Each case of ``tests/cases`` (read by the loader of ``tests/test_golden_cases.py``) is sent as
JSON, the way a Java or PHP client would send it (dates as ISO strings, models as objects), to
``POST /v1/rules/<rule id>`` (or to the facade's own path, for a case written against a
facade) of a server on a free loopback port. The answer read back with
``load_decision`` must equal the library's own Decision, and must match the hand-worked
expectation of the case; a case that expects an error must get a problem document with that
error's code.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import httpx
import pytest

from accessinfo import errors
from accessinfo.surfaces.schema import load_decision
from accessinfo.surfaces.service._ops import facade_operations
from tests.service.conftest import Server
from tests.test_golden_cases import CASES, ERRORS, check, convert, resolve, validate


def as_json(value: object) -> object:
    """A YAML input value as a client sends it: ISO strings, plain objects (no ``model:`` tag)."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, list):
        return [as_json(v) for v in value]
    if isinstance(value, dict):
        return {k: as_json(v) for k, v in value.items() if k != "model"}
    return value


FACADES = {op.function: op.path for op in facade_operations()}


def served_at(fn: Any) -> str:
    """The path serving a golden case's function: its rule, or the facade it is."""
    rule = getattr(fn, "__rule__", None)
    if rule is not None:
        return f"/v1/rules/{rule.id}"
    assert fn in FACADES, f"{fn.__module__}.{fn.__name__} is neither a rule nor a served facade"
    return FACADES[fn]


@pytest.fixture(scope="module")
def http(server: Server) -> Any:
    return server


@pytest.mark.usefixtures("loopback")
def test_golden_cases_over_http(http: Server) -> None:
    """All cases in one test: one connection, one pass (a parametrised test per case would
    rebuild the client 180 times)."""
    assert len(CASES) >= 150
    done = 0
    with httpx.Client(base_url=http.url, timeout=30) as c:
        for param in CASES:
            case: dict[str, Any] = param.values[0]  # type: ignore[assignment]
            validate(case)
            fn = resolve(case["function"])
            path = served_at(fn)
            body = {k: as_json(v) for k, v in case["input"].items()}
            r = c.post(path, json=body)
            where = f"{case['name']} ({path})"
            assert r.headers["accessinfo-version"], where
            if "raises" in case:
                assert 400 <= r.status_code < 500, (where, r.status_code, r.text)
                assert r.headers["content-type"].startswith("application/problem+json"), where
                assert r.json()["code"] == ERRORS[case["raises"]].code, (where, r.text)
                continue
            assert r.status_code == 200, (where, r.text)
            served = load_decision(r.json())
            local = fn(**{k: convert(v) for k, v in case["input"].items()})
            assert served == local, where
            check(served.outcome, case["expected"])
            if "status" in case:
                assert served.status == case["status"], where
            for name, value in case.get("readings", {}).items():
                assert served.readings.get(name) == value, where
            assert r.json()["versions"]["law"] == local.law_version
            done += 1
    assert done >= 120  # most cases expect a value, not an error


@pytest.mark.usefixtures("loopback")
def test_facade_over_http_equals_library(http: Server) -> None:
    """The facades too: a request's deadlines and a refusal, by hand and through the server."""
    from accessinfo.models.requests import InformationRequest
    from accessinfo.tasks.requests import request_deadlines

    body = {
        "request": {
            "received_at": "2026-02-13T16:45:00+07:00",
            "channel": "electronic",
            "complexity": "complex",
        },
        "trace": True,
    }
    with httpx.Client(base_url=http.url, timeout=30) as c:
        r = c.post("/v1/requests/deadlines", json=body)
    assert r.status_code == 200, r.text
    served = load_decision(r.json())
    local = request_deadlines(InformationRequest.model_validate(body["request"]), trace=True)
    assert served == local
    # Fri 13/2/2026: Tết 16–20/2 off; 3 working days: 23, 24, 25 Feb
    assert served.outcome.notify_by == date(2026, 2, 25)
    assert r.json()["versions"] == {
        "library": r.headers["accessinfo-version"],
        "calendar": r.headers["accessinfo-calendar-version"],
        "law": r.headers["accessinfo-law-version"],
    }


@pytest.mark.usefixtures("loopback")
def test_server_refuses_without_traceback(http: Server) -> None:
    with httpx.Client(base_url=http.url, timeout=30) as c:
        r = c.post(
            "/v1/requests/deadlines",
            content=b"{not json",
            headers={"content-type": "application/json"},
        )
        assert r.status_code == 400
        assert r.json()["code"] == errors.InvalidInput.code
        assert "Traceback" not in r.text
        big = c.post(
            "/v1/requests/deadlines",
            content=b" " * (65 * 1024),
            headers={"content-type": "application/json"},
        )
        assert big.status_code == 413 and big.json()["code"] == "request-too-large"
        # binds to loopback only by default: the process was started without --host
        assert http.url.startswith("http://127.0.0.1:")
