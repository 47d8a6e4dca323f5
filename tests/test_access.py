"""The access facades pick the version in force on ``on`` (the request's sent date)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from accessinfo.calendar import VN_TZ
from accessinfo.core.rules import families
from accessinfo.errors import InvalidInput, NoApplicableRule
from accessinfo.models.access import CostLine, CostOrder, InformationItem, RefusalCase, Requester
from accessinfo.tasks import access

CASES: list[tuple[str, Any, dict[str, Any]]] = [
    ("eligibility", Requester(kind="citizen"), {}),
    ("access_class", InformationItem(category="open"), {}),
    ("refusal_grounds", RefusalCase(item=InformationItem(category="open")), {}),
    ("request_costs", CostOrder(lines=(CostLine(item="photocopy_bw", quantity=1),)), {}),
]
# request_costs names its date sent= (on= is deprecated: tests/test_costs.py)
DATE_PARAM = {"request_costs": "sent"}


def when(name: str, day: object) -> dict[str, Any]:
    return {DATE_PARAM.get(name, "on"): day}


@pytest.mark.parametrize(("name", "arg", "kw"), CASES)
def test_law_104_until_31_august_2026(name: str, arg: Any, kw: dict[str, Any]) -> None:
    fn = getattr(access, name)
    # Tết 2026 week, 30/4, 2/9/2025 and the last day of Law 104: the date only selects the law
    for on in (date(2026, 2, 17), date(2025, 4, 30), date(2025, 9, 2), date(2026, 8, 31)):
        d = fn(arg, **when(name, on), **kw)
        assert d.rule_set == "law_104_2016"
    late = datetime(2026, 8, 31, 23, 59, tzinfo=VN_TZ)  # still 31/8 in Vietnam
    assert fn(arg, **when(name, late)).rule_set == "law_104_2016"


@pytest.mark.parametrize(("name", "arg", "kw"), CASES)
def test_from_1_september_2026_never_law_104(name: str, arg: Any, kw: dict[str, Any]) -> None:
    fn = getattr(access, name)
    law01 = any(r.rule_set == "law_01_2026" for r in families()[name])
    if law01:  # helper B's Law 01/2026 version is registered
        assert fn(arg, **when(name, date(2026, 9, 1))).rule_set == "law_01_2026"
    else:
        with pytest.raises(NoApplicableRule):
            fn(arg, **when(name, date(2026, 9, 1)))


@pytest.mark.parametrize(("name", "arg", "kw"), CASES)
def test_before_the_law(name: str, arg: Any, kw: dict[str, Any]) -> None:
    with pytest.raises(NoApplicableRule):
        getattr(access, name)(arg, **when(name, date(2018, 6, 30)))


def test_readings_pass_through() -> None:
    item = InformationItem(category="personal_data", consent=True)
    d = access.access_class(item, on=date(2024, 5, 4), personal_data="personal_secret")
    assert d.readings == {"personal_data": "personal_secret"}
    with pytest.raises(InvalidInput):
        access.access_class(item, on=date(2024, 5, 4), no_such_reading="x")


def test_disclosure_duty_facade() -> None:
    assert access.disclosure_duty("statistics", on=date(2019, 1, 5)).outcome.portal == "required"


@given(on=st.dates(min_value=date(2018, 7, 1), max_value=date(2026, 8, 31)))
def test_every_day_of_law_104(on: date) -> None:
    case = RefusalCase(item=InformationItem(category="harmful"))
    d = access.refusal_grounds(case, on=on)
    assert d.rule_set == "law_104_2016" and d.outcome[0].kind == "excluded_information"


@pytest.mark.parametrize(("name", "arg", "kw"), CASES)
@pytest.mark.parametrize("on", [None, "2026-01-01", 20260101, datetime(2026, 1, 1, 9, 0), 2026.0])
def test_bad_on(name: str, arg: Any, kw: dict[str, Any], on: object) -> None:
    with pytest.raises(InvalidInput):
        getattr(access, name)(arg, **when(name, on))


@pytest.mark.parametrize(("name", "arg", "kw"), CASES)
def test_bad_subject(name: str, arg: Any, kw: dict[str, Any]) -> None:
    with pytest.raises(InvalidInput):
        getattr(access, name)(None, **when(name, date(2026, 1, 10)))
    with pytest.raises(InvalidInput):
        getattr(access, name)(arg, **when(name, date(2026, 1, 10)), strict="no")
