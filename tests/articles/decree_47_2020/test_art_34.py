"""Decree 47/2020 Art 34: default-shared data; the list is reviewed at least every 6 months."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from accessinfo.articles.decree_47_2020.art_34 import default_list_review_due, shared_by_default
from accessinfo.calendar import PUBLIC_SECTOR
from accessinfo.errors import InvalidInput

ON = date(2026, 3, 2)


@pytest.mark.parametrize(
    ("kind", "point"),
    [
        ("national_master_data", "a"),
        ("sector_master_data", "b"),
        ("shared_catalogue", "c"),
        ("commonly_used", "d"),
    ],
)
def test_c1_kinds(kind: str, point: str) -> None:
    d = shared_by_default(kind, on=ON)  # type: ignore[arg-type]
    assert d.outcome is True
    assert d.basis[-1].id == f"decree_47_2020.art34.c1.p{point}"


def test_c1_other_data_is_not_default() -> None:
    assert shared_by_default("other", on=ON).outcome is False


@pytest.mark.parametrize(
    ("last", "due"),
    [
        # 30/1/2026 is a Friday, a working day
        (date(2025, 7, 30), date(2026, 1, 30)),
        # no 31 February: last day 28/2/2026 (Sat) -> Mon 2/3 (Civil Code 148.3, 148.5)
        (date(2025, 8, 31), date(2026, 3, 2)),
        # 17/2/2026 is Tết (16-20/2 holidays, weekend 21-22) -> Mon 23/2
        (date(2025, 8, 17), date(2026, 2, 23)),
        # 22/8/2026 is a Saturday, but a swapped working day: no roll
        (date(2026, 2, 22), date(2026, 8, 22)),
        # 2/9/2026 National Day (Wed) -> Thu 3/9
        (date(2026, 3, 2), date(2026, 9, 3)),
        # 4/5/2024 (Sat) was a swapped working day
        (date(2023, 11, 4), date(2024, 5, 4)),
    ],
)
def test_c2_review_due(last: date, due: date) -> None:
    d = default_list_review_due(last)
    assert d.outcome == due
    assert d.basis[0].id == "decree_47_2020.art34.c2"


@given(last=st.dates(min_value=date(2020, 5, 25), max_value=date(2027, 6, 1)))
def test_c2_due_is_a_working_day_about_six_months_later(last: date) -> None:
    due = default_list_review_due(last).outcome
    assert PUBLIC_SECTOR.is_working_day(due)
    assert 178 <= (due - last).days <= 184 + 10  # 6 months, plus a possible Tết roll


def test_bad_input() -> None:
    with pytest.raises(InvalidInput):
        shared_by_default("master", on=ON)  # type: ignore[arg-type]
    with pytest.raises(InvalidInput):
        default_list_review_due("2025-08-31")  # type: ignore[arg-type]
    with pytest.raises(InvalidInput):
        default_list_review_due(date(2025, 8, 31), strict="no")  # type: ignore[arg-type]
