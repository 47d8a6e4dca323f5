"""Circular 13/2016 Art 17: online lookup — decide in 05 working days, account in 01 after."""

from __future__ import annotations

from datetime import date

import pytest

from accessinfo.articles.circular_13_2016.art_17 import lookup_deadlines
from accessinfo.errors import InvalidInput


def test_c2_across_30_april_2019_and_the_swapped_saturday() -> None:
    # Received Fri 26/4/2019: Mon 29/4 swapped rest, 30/4 and 1/5 holidays;
    # Thu 2/5 (1), Fri 3/5 (2), Sat 4/5 swapped working (3), Mon 6/5 (4), Tue 7/5 (5).
    # Approved Fri 3/5: the next working day is Sat 4/5/2019.
    d = lookup_deadlines(date(2019, 4, 26), approved=date(2019, 5, 3))
    assert d.outcome.form == "online_lookup"
    assert d.outcome.decide_by == date(2019, 5, 7)
    assert d.outcome.account_by == date(2019, 5, 4)
    assert d.outcome.latest_account_by == date(2019, 5, 8)
    assert d.basis[0].id == "circular_13_2016.art17.c2"


def test_c2_across_30_april_2025_with_saturday_26_april_worked() -> None:
    # Received Thu 24/4/2025: Fri 25 (1), Sat 26 swapped working (2), Mon 28 (3), Tue 29 (4);
    # 30/4, 1/5 holidays, Fri 2/5 swapped rest, weekend; Mon 5/5 (5).
    # Approved Tue 29/4: next working day Mon 5/5. Latest: the day after 5/5, Tue 6/5.
    d = lookup_deadlines(date(2025, 4, 24), approved=date(2025, 4, 29))
    assert d.outcome.decide_by == date(2025, 5, 5)
    assert d.outcome.account_by == date(2025, 5, 5)
    assert d.outcome.latest_account_by == date(2025, 5, 6)


def test_c2_approval_on_the_day_of_receipt() -> None:
    # Approved the same day, Fri 9/1/2026: the account is due Sat 10/1 (swapped working day).
    d = lookup_deadlines(date(2026, 1, 9), approved=date(2026, 1, 9))
    assert d.outcome.account_by == date(2026, 1, 10)


def test_c2_bad_input() -> None:
    with pytest.raises(InvalidInput):
        lookup_deadlines(date(2026, 1, 9), approved=date(2025, 12, 31))
    with pytest.raises(InvalidInput):
        lookup_deadlines(20260109)  # type: ignore[arg-type]
