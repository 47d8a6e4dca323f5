"""``load_decision`` reads back every Decision the library makes, and refuses hostile JSON.

Before the fix: ``{"rule_id": []}`` raised TypeError; deeply nested JSON raised RecursionError;
a 429 MB document took 109 s and 3.9 GB before failing; the letters' Decisions (rule ids
``…:refusal_letter`` and ``…:extension_notice``) and the calendar's (no rule id) could not be
read back without ``outcome=``.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest

from accessinfo.calendar import PUBLIC_SECTOR, WorkingDays
from accessinfo.core.decisions import Decision
from accessinfo.errors import InvalidInput
from accessinfo.models.access import InformationItem, RefusalCase
from accessinfo.surfaces.cli.calendar_cmds import (
    count_decision,
    day_decision,
    special_days_decision,
)
from accessinfo.surfaces.schema import (
    MAX_JSON_BYTES,
    MAX_JSON_DEPTH,
    load_decision,
)
from accessinfo.tasks.access import refusal_grounds
from accessinfo.tasks.letters import extension_notice, refusal_letter
from tests._probe import DATES, functions, invoke


def _every_decision() -> list[tuple[str, Decision[Any]]]:
    out = []
    for name, fn in sorted(functions().items()):
        for when in DATES:
            ok, value = invoke(fn, when)
            if ok and isinstance(value, Decision):
                out.append((f"{name}@{when}", value))
                break
    return out


DECISIONS = _every_decision()


def test_the_probe_reaches_most_rules() -> None:
    assert len(DECISIONS) > 80


@pytest.mark.parametrize(("name", "decision"), DECISIONS, ids=[n for n, _ in DECISIONS])
def test_every_decision_reads_back_without_naming_its_type(
    name: str, decision: Decision[Any]
) -> None:
    text = decision.model_dump_json()
    back = load_decision(text)
    assert back == decision and back.model_dump_json() == text


def test_letters_read_back() -> None:
    grounds = refusal_grounds(
        RefusalCase(item=InformationItem(category="open"), beyond_capacity=True),
        on=date(2026, 1, 9),
    )
    who = {"agency": "Sở Tư pháp", "requester_name": "Nguyễn Thị Hoa"}
    letters = [
        refusal_letter(grounds, request_date=date(2026, 1, 9), on=date(2026, 1, 13), **who),
        extension_notice(
            request_date=date(2026, 8, 18),
            channel="electronic",
            original_respond_by=date(2026, 9, 10),
            extended_respond_by=date(2026, 9, 25),
            on=date(2026, 9, 8),
            **who,
        ),
    ]
    for d in letters:
        assert load_decision(d.model_dump_json()) == d
        assert load_decision(json.loads(d.model_dump_json())) == d


def test_calendar_decisions_read_back_without_outcome() -> None:
    for d in (
        day_decision(PUBLIC_SECTOR, date(2026, 1, 10)),
        count_decision(PUBLIC_SECTOR, date(2026, 1, 9), date(2026, 1, 13)),
        special_days_decision(PUBLIC_SECTOR, 2026),
        PUBLIC_SECTOR.add(date(2026, 1, 9), WorkingDays(3), trace=True),
    ):
        assert load_decision(d.model_dump_json()) == d


@pytest.mark.parametrize(
    "payload",
    [
        '{"rule_id": []}',
        '{"rule_id": {"a": 1}}',
        '{"rule_id": 7}',
        '{"outcome": true}',
        '{"outcome": null}',
        "[" * 100_000 + "]" * 100_000,
        '{"a":' * 5_000 + "1" + "}" * 5_000,
        '{"rule_id": null, "outcome": '
        + "[" * (MAX_JSON_DEPTH + 1)
        + "]" * (MAX_JSON_DEPTH + 1)
        + "}",
        b"\xff\xfe",
    ],
    ids=lambda p: repr(p)[:30],
)
def test_hostile_json_is_invalid_input(payload: str | bytes) -> None:
    with pytest.raises(InvalidInput):
        load_decision(payload)


def test_a_document_over_the_size_limit_is_refused_before_parsing() -> None:
    big = '{"rule_id": null, "outcome": "' + "x" * MAX_JSON_BYTES + '"}'
    with pytest.raises(InvalidInput, match="at most 8,388,608 bytes"):
        load_decision(big)
    with pytest.raises(InvalidInput, match="at most"):
        load_decision(big.encode())


def test_a_deep_parsed_document_is_refused_without_recursion() -> None:
    deep: dict[str, Any] = {}
    node = deep
    for _ in range(100_000):
        node["a"] = {}
        node = node["a"]
    with pytest.raises(InvalidInput, match="nested at most"):
        load_decision({"rule_id": None, "outcome": deep})
