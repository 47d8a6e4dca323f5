"""Circular 126/2026 Art 5 (requests sent before 1/9/2026 keep Circular 46/2018) and Art 6."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from accessinfo.articles.circular_126_2026 import IN_FORCE_FROM
from accessinfo.articles.circular_126_2026.art_5 import pricing_circular
from accessinfo.articles.circular_126_2026.art_6 import cost_circular_in_force
from accessinfo.calendar import VN_TZ
from accessinfo.errors import InvalidInput, NoApplicableRule, UnverifiedText


def test_art_5_by_the_day_sent() -> None:
    old = pricing_circular(date(2026, 8, 31))
    assert old.outcome == "circular_46_2018"
    assert [c.id for c in old.basis] == ["circular_126_2026.art5", "circular_46_2018.art3"]
    assert "reductions included" in old.explanation
    assert old.explanation_vi is not None and "31/08/2026" in old.explanation_vi
    new = pricing_circular(date(2026, 9, 1))
    assert new.outcome == "circular_126_2026"
    assert "circular_126_2026.art6.c1" in [c.id for c in new.basis]
    with pytest.raises(UnverifiedText):  # the saving clause is from one unofficial copy
        pricing_circular(date(2026, 8, 31), strict=True)  # type: ignore[call-arg]


def test_art_5_instants_are_read_in_vietnam_time() -> None:
    late = datetime(2026, 8, 31, 23, 59, tzinfo=VN_TZ)
    assert pricing_circular(late).outcome == "circular_46_2018"
    assert pricing_circular(late + timedelta(minutes=1)).outcome == "circular_126_2026"


def test_art_6() -> None:
    assert cost_circular_in_force(date(2018, 7, 1)).outcome == "circular_46_2018"
    assert cost_circular_in_force(date(2026, 8, 31)).outcome == "circular_46_2018"
    d = cost_circular_in_force(date(2026, 9, 1))
    assert d.outcome == "circular_126_2026"
    assert [c.id for c in d.basis] == ["circular_126_2026.art6.c1", "circular_126_2026.art6.c2"]


@given(day=st.dates(min_value=date(2018, 7, 1), max_value=date(2035, 12, 31)))
@example(day=date(2026, 8, 31))
@example(day=date(2026, 9, 1))
def test_both_rules_switch_on_1_september_2026(day: date) -> None:
    want = "circular_46_2018" if day < IN_FORCE_FROM else "circular_126_2026"
    assert pricing_circular(day).outcome == want
    assert cost_circular_in_force(day).outcome == want


@pytest.mark.parametrize("fn", [pricing_circular, cost_circular_in_force])
def test_before_the_first_cost_circular(fn: object) -> None:
    with pytest.raises(NoApplicableRule, match="2018-07-01"):
        fn(date(2018, 6, 30))  # type: ignore[operator]


@pytest.mark.parametrize("bad", [None, "2026-09-01", 20260901, datetime(2026, 9, 1), True])
def test_bad_input(bad: object) -> None:
    with pytest.raises(InvalidInput):
        pricing_circular(bad)  # type: ignore[arg-type]
    with pytest.raises(InvalidInput):
        cost_circular_in_force(bad)  # type: ignore[arg-type]
