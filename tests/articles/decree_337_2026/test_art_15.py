"""Decree 337/2026 Art 15: agencies' rules within 6 months (Civil Code 148.3); Decree 13 ends."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given
from hypothesis import strategies as st

from accessinfo.articles.decree_337_2026 import IN_FORCE_FROM
from accessinfo.articles.decree_337_2026.art_15 import (
    DECREE_13_ENDS,
    decree_13_2018_ended,
    information_rules_due,
)
from accessinfo.calendar import PUBLIC_SECTOR
from accessinfo.errors import CalendarUnknown, InvalidInput, UnverifiedText


def test_c1_six_months_from_1_september_2026() -> None:
    # 1/9/2026 + 6 months: the corresponding day, Monday 1/3/2027, a working day (Tết 2027 is
    # 4-10/2/2027), so no roll.
    d = information_rules_due(trace=True)
    assert d.outcome == date(2027, 3, 1)
    ids = [c.id for c in d.basis]
    assert ids[:3] == [
        "decree_337_2026.art15.c1",
        "decree_337_2026.art15.c2",
        "code_91_2015.art148.c3",
    ]
    assert "code_91_2015.art148.c5" not in ids  # not rolled
    assert "portal or website" in d.explanation and d.status == "provisional"
    assert d.explanation_vi is not None and "Thứ Hai, 01/03/2027" in d.explanation_vi
    bare = information_rules_due(has_website=False)
    assert bare.outcome == date(2027, 3, 1) and "no web section" in bare.explanation


def test_c1_a_rest_day_rolls_to_the_next_working_day() -> None:
    # An agency calendar that makes 1/3/2027 a local rest day: Tue 2/3/2027.
    local = PUBLIC_SECTOR.with_overrides(rest_days={date(2027, 3, 1): "Lễ hội địa phương"})
    d = information_rules_due(calendar=local)
    assert d.outcome == date(2027, 3, 2)
    assert "code_91_2015.art148.c5" in [c.id for c in d.basis]


def test_c1_strict_refuses_the_unverified_text() -> None:
    with pytest.raises((UnverifiedText, CalendarUnknown)):
        information_rules_due(strict=True)


@given(start=st.dates(min_value=date(2018, 1, 1), max_value=date(2034, 12, 31)))
def test_relativedelta_is_civil_code_148_3(start: date) -> None:
    # the corresponding day of the 6th month, or that month's last day when it has none
    end = start + relativedelta(months=6)
    month = (start.month + 5) % 12 + 1
    assert end.month == month and end.day <= start.day
    if end.day < start.day:  # no corresponding day: the last day of that month
        assert (end + timedelta(days=1)).month != end.month


def test_c3_decree_13_ends_on_1_september_2026() -> None:
    assert DECREE_13_ENDS.id == "decree_337_2026.art15.c3"
    assert decree_13_2018_ended(date(2026, 8, 31)).outcome is False
    d = decree_13_2018_ended(IN_FORCE_FROM)
    assert d.outcome is True and d.basis[0].id == "decree_337_2026.art15.c3"
    assert "no saving clause" in d.explanation


@pytest.mark.parametrize(
    "call",
    [
        lambda: information_rules_due(has_website="yes"),  # type: ignore[arg-type]
        lambda: information_rules_due(calendar="public"),  # type: ignore[arg-type]
        lambda: information_rules_due(trace=1),  # type: ignore[arg-type]
        lambda: decree_13_2018_ended("2026-09-01"),  # type: ignore[arg-type]
        lambda: decree_13_2018_ended(None),  # type: ignore[arg-type]
    ],
)
def test_bad_input(call: object) -> None:
    with pytest.raises(InvalidInput):
        call()  # type: ignore[operator]
