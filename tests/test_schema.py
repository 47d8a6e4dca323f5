"""JSON Schemas: every input and outcome is described; Decisions round-trip without loss and
their JSON validates against the exported schema.

Validation uses ``jsonschema`` when it is installed; otherwise a small validator below that
implements the keywords pydantic emits (type, properties, required, additionalProperties,
items, prefixItems, anyOf, enum, const, $ref into $defs, format date). Both run the same cases.
"""

from __future__ import annotations

import dataclasses
import json
import re
from datetime import date, datetime
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accessinfo.articles.law_104_2016.art_30 import complex_electronic_extended_respond_by
from accessinfo.calendar import PUBLIC_SECTOR, VN_TZ, DayInfo
from accessinfo.core.citations import instrument
from accessinfo.core.decisions import Decision, Step
from accessinfo.core.rules import registry
from accessinfo.errors import InvalidInput
from accessinfo.models.requests import InformationRequest
from accessinfo.surfaces.cli.calendar_cmds import (
    count_decision,
    day_decision,
    special_days_decision,
)
from accessinfo.surfaces.schema import (
    _type_name,
    file_name,
    load_decision,
    outcome_type,
    schema,
    schemas,
    write_schemas,
)
from accessinfo.tasks.outages import PortalIncident, incident_duties, suspension_notice_deadline
from accessinfo.tasks.requests import request_deadlines

_TYPES = {
    "object": dict,
    "array": list,
    "string": str,
    "integer": int,
    "number": (int, float),
    "boolean": bool,
    "null": type(None),
}


def _errors(value: Any, s: dict[str, Any], root: dict[str, Any], path: str = "$") -> list[str]:
    """A small JSON Schema validator for the keywords pydantic emits."""
    if "$ref" in s:
        name = s["$ref"].removeprefix("#/$defs/")
        return _errors(value, root["$defs"][name], root, path)
    if "anyOf" in s:
        if any(not _errors(value, sub, root, path) for sub in s["anyOf"]):
            return []
        return [f"{path}: matches no anyOf branch"]
    out: list[str] = []
    t = s.get("type")
    if t is not None:
        ok = isinstance(value, _TYPES[t]) and not (t in ("integer", "number") and value is True)
        if t in ("integer", "number") and isinstance(value, bool):
            ok = False
        if not ok:
            return [f"{path}: expected {t}, got {type(value).__name__}"]
    if "enum" in s and value not in s["enum"]:
        out.append(f"{path}: {value!r} not in enum")
    if "const" in s and value != s["const"]:
        out.append(f"{path}: {value!r} != const")
    if s.get("format") == "date" and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(value)):
        out.append(f"{path}: not a date")
    if isinstance(value, dict):
        props = s.get("properties", {})
        out += [f"{path}: missing {k}" for k in s.get("required", []) if k not in value]
        for k, v in value.items():
            if k in props:
                out += _errors(v, props[k], root, f"{path}.{k}")
            elif s.get("additionalProperties") is False:
                out.append(f"{path}: unexpected {k}")
            elif isinstance(s.get("additionalProperties"), dict):
                out += _errors(v, s["additionalProperties"], root, f"{path}.{k}")
    if isinstance(value, list):
        prefix = s.get("prefixItems")
        if prefix is not None:
            for i, (v, sub) in enumerate(zip(value, prefix, strict=False)):
                out += _errors(v, sub, root, f"{path}[{i}]")
        elif "items" in s:
            for i, v in enumerate(value):
                out += _errors(v, s["items"], root, f"{path}[{i}]")
        if "minItems" in s and len(value) < s["minItems"]:
            out.append(f"{path}: fewer than {s['minItems']} items")
    return out


def validate(payload: Any, name: str) -> list[str]:
    s = schema(name)
    try:
        import jsonschema
    except ImportError:
        return _errors(payload, s, s)
    v = jsonschema.Draft202012Validator(s, format_checker=jsonschema.FormatChecker())
    return [e.message for e in v.iter_errors(payload)] + _errors(payload, s, s)


def _samples() -> list[tuple[str, Decision[Any]]]:
    req = InformationRequest(
        received_at=datetime(2026, 2, 13, 16, 45, tzinfo=VN_TZ),
        channel="electronic",
        complexity="complex",
    )
    return [
        ("Decision[date]", complex_electronic_extended_respond_by(date(2026, 8, 18), trace=True)),
        ("Decision[RequestDeadlines]", request_deadlines(req, trace=True)),
        ("Decision[date | None]", suspension_notice_deadline(date(2026, 9, 3), trace=True)),
        ("Decision[date | None]", suspension_notice_deadline(date(2026, 9, 3), force_majeure=True)),
        (
            "Decision[IncidentDuties]",
            incident_duties(PortalIncident(occurred_at=date(2026, 2, 13), recovered_at=None)),
        ),
        ("Decision[DayInfo]", day_decision(PUBLIC_SECTOR, date(2026, 1, 10))),
        ("Decision[int]", count_decision(PUBLIC_SECTOR, date(2026, 1, 9), date(2026, 1, 13))),
        ("Decision[tuple[DayInfo, ...]]", special_days_decision(PUBLIC_SECTOR, 2026)),
    ]


def test_inputs_and_outcomes_are_described() -> None:
    names = set(schemas())
    assert {"InformationRequest", "PortalIncident", "SuspensionNotice"} <= names
    assert {"Decision[date]", "Decision[RequestDeadlines]", "Decision[date | None]"} <= names
    for r in registry():  # every rule's outcome type has a Decision schema
        assert f"Decision[{_type_name(outcome_type(r.function))}]" in names, r.id
    for name, s in schemas().items():
        assert s["$schema"] == "https://json-schema.org/draft/2020-12/schema"
        assert s["title"] == name


@pytest.mark.parametrize(("name", "decision"), _samples(), ids=lambda x: str(x)[:40])
def test_decisions_round_trip_and_validate(name: str, decision: Decision[Any]) -> None:
    text = decision.model_dump_json()
    assert validate(json.loads(text), name) == []
    outcome = type(decision).model_fields["outcome"].annotation
    back = load_decision(text, outcome) if decision.rule_id is None else load_decision(text)
    assert back == decision
    assert back.model_dump_json() == text


def test_a_broken_payload_fails_validation() -> None:
    good = json.loads(complex_electronic_extended_respond_by(date(2026, 8, 18)).model_dump_json())
    assert validate({**good, "status": "maybe"}, "Decision[date]")
    assert validate({**good, "outcome": 3}, "Decision[date]")
    bad = dict(good)
    del bad["basis"]
    assert validate(bad, "Decision[date]")


def test_input_schema_accepts_a_request_and_rejects_a_bad_channel() -> None:
    req = InformationRequest(received_at=date(2026, 2, 13), channel="post", complexity="simple")
    payload = json.loads(req.model_dump_json())
    assert validate(payload, "InformationRequest") == []
    assert validate({**payload, "channel": "pigeon"}, "InformationRequest")
    assert validate({**payload, "colour": "red"}, "InformationRequest")  # extra=forbid


@settings(max_examples=40, deadline=None)
@given(
    outcome=st.dates(min_value=date(2018, 1, 1), max_value=date(2035, 12, 31)),
    status=st.sampled_from(["final", "provisional"]),
    caveats=st.lists(st.text(max_size=30), max_size=3),
    steps=st.lists(
        st.tuples(
            st.dates(min_value=date(2018, 1, 1), max_value=date(2035, 12, 31)),
            st.sampled_from(["start", "counted", "skipped", "end", "rolled", "note"]),
            st.none() | st.integers(-50, 50),
            st.text(max_size=20),
        ),
        max_size=6,
    ),
)
def test_any_date_decision_round_trips(
    outcome: date,
    status: str,
    caveats: list[str],
    steps: list[tuple[date, Any, int | None, str]],
) -> None:
    src = instrument("code_91_2015").cite(147, 3)
    d = Decision[date](
        outcome=outcome,
        basis=(src,),
        explanation="x",
        status=status,  # type: ignore[arg-type]
        caveats=tuple(caveats),
        rule_set="code_91_2015",
        readings={"roll": "next_working_day"},
        trace=tuple(Step(date=a, action=b, n=n, reason=r, source=src) for a, b, n, r in steps)
        or None,
    )
    text = d.model_dump_json()
    assert validate(json.loads(text), "Decision[date]") == []
    assert load_decision(text, date) == d


def test_day_info_schema_lists_the_kinds() -> None:
    s = schema("Decision[DayInfo]")
    kinds = s["$defs"]["DayInfo"]["properties"]["kind"]["enum"]
    assert "swapped_working" in kinds and "holiday" in kinds
    assert "kind" in {f.name for f in dataclasses.fields(DayInfo)}


def test_write_schemas(tmp_path: Any) -> None:
    paths = write_schemas(tmp_path)
    assert len(paths) == len(schemas())
    assert (
        tmp_path / file_name("Decision[date | None]")
    ).name == "Decision-date-or-None.schema.json"
    for p in paths:
        assert json.loads(p.read_text(encoding="utf-8"))["$schema"]


@pytest.mark.parametrize(
    ("call", "args"),
    [
        (schema, ("NoSuchSchema",)),
        (schema, (3,)),
        (load_decision, ("not json",)),
        (load_decision, ("[1, 2]",)),
        (load_decision, ('{"rule_id": "no.such:rule"}',)),
        (load_decision, ('{"outcome": "2026-01-01"}', date)),
        (write_schemas, (3,)),
    ],
)
def test_bad_input_raises_invalid_input(call: Any, args: tuple[Any, ...]) -> None:
    with pytest.raises(InvalidInput):
        call(*args)
