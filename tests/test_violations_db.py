"""The violations-database facade: golden cases (YAML, with sources), invariants, bad input."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

import accessinfo.tasks.violations_db as vdb
from accessinfo.calendar import PUBLIC_SECTOR
from accessinfo.errors import InvalidInput, NoApplicableRule
from tests.strategies import known_dates

CASES = Path(__file__).parent / "cases" / "circular_13_2016"


def _load(name: str) -> list[dict[str, Any]]:
    cases = yaml.safe_load((CASES / name).read_text(encoding="utf-8"))
    for case in cases:
        assert case.get("source"), case  # every golden case names its source
    return list(cases)


@pytest.mark.parametrize("case", _load("art_16.yaml"), ids=lambda c: c["name"])
def test_golden_connection(case: dict[str, Any]) -> None:
    d = vdb.connection_deadlines(case["received"], approved=case["approved"])
    assert d.outcome.decide_by == case["decide_by"]
    assert d.outcome.account_by == case["account_by"]


@pytest.mark.parametrize("case", _load("art_17.yaml"), ids=lambda c: c["name"])
def test_golden_lookup(case: dict[str, Any]) -> None:
    d = vdb.lookup_deadlines(case["received"], approved=case["approved"])
    assert d.outcome.decide_by == case["decide_by"]
    assert d.outcome.account_by == case["account_by"]


@pytest.mark.parametrize("case", _load("art_18.yaml"), ids=lambda c: c["name"])
def test_golden_written_request(case: dict[str, Any]) -> None:
    d = vdb.written_request_deadline(case["received"], consultation=True)
    assert d.outcome.respond_by == case["respond_by"]
    assert d.outcome.extended_respond_by == case["extended_respond_by"]
    assert vdb.written_request_deadline(case["received"]).outcome.respond_by == case["respond_by"]


@given(received=known_dates, wait=st.integers(min_value=0, max_value=20))
def test_account_days_come_after_approval_days(received: date, wait: int) -> None:
    approved = received + timedelta(days=wait)
    for fn, n in ((vdb.connection_deadlines, 10), (vdb.lookup_deadlines, 1)):
        out = fn(received, approved=approved).outcome
        assert out.account_by is not None and out.account_by > approved
        assert PUBLIC_SECTOR.count(approved, out.account_by) == n
        assert out.latest_account_by > out.decide_by > received
        assert out.approval_late == (approved > out.decide_by)
        assert PUBLIC_SECTOR.is_working_day(out.decide_by)


@given(received=known_dates, consultation=st.booleans())
def test_written_request_cap(received: date, consultation: bool) -> None:
    out = vdb.written_request_deadline(received, consultation=consultation).outcome
    last = out.extended_respond_by or out.respond_by
    assert PUBLIC_SECTOR.count(received, last) <= 15
    assert (out.extended_respond_by is not None) == consultation


def test_facade_rules_cite_the_circular_and_the_decree() -> None:
    on = date(2026, 3, 2)
    assert vdb.database_forms(on=on).basis[0].id == "decree_20_2016.art16.c1"
    assert vdb.access_forms("state_official", on=on).outcome.forms == ("online_lookup",)
    req = vdb.ViolationInfoRequest(requester="sanctioned_individual", costs_paid=False)
    assert [g.clause for g in vdb.refusal_grounds(req, on=on).outcome] == [6]
    costs = vdb.written_request_costs("sanctioned_individual", on=on, printing_copying=2_000)
    assert costs.outcome.total == 2_000
    assert len(vdb.managing_agency_duties(on=on).outcome) == 8
    assert len(vdb.GROUNDS) == 6


@pytest.mark.parametrize(
    ("call", "error"),
    [
        (lambda: vdb.connection_deadlines("2026-01-09"), InvalidInput),
        (lambda: vdb.connection_deadlines(date(2016, 1, 4)), NoApplicableRule),
        (lambda: vdb.lookup_deadlines(date(2026, 1, 9), approved=date(2026, 1, 1)), InvalidInput),
        (lambda: vdb.written_request_deadline(date(2026, 1, 9), consultation="no"), InvalidInput),
        (lambda: vdb.written_request_deadline(None), InvalidInput),
        (lambda: vdb.access_forms("mayor", on=date(2026, 3, 2)), InvalidInput),
        (lambda: vdb.access_forms("other", on=date(2015, 3, 2)), NoApplicableRule),
        (lambda: vdb.refusal_grounds("please", on=date(2026, 3, 2)), InvalidInput),
        (lambda: vdb.written_request_costs("x", on=date(2026, 3, 2)), InvalidInput),
        (lambda: vdb.managing_agency_duties(on=None), InvalidInput),
        (lambda: vdb.database_forms(on=[2026]), InvalidInput),
    ],
)
def test_bad_input(call: Any, error: type[Exception]) -> None:
    with pytest.raises(error):
        call()
