"""Circular 13/2016 Art 16: network connection — decide in 07 working days, account in 10.

Expected dates are worked by hand from the public-sector calendar (swaps and holidays named).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from accessinfo.articles.circular_13_2016.art_16 import connection_deadlines
from accessinfo.calendar import VN_TZ
from accessinfo.errors import InvalidInput, NoApplicableRule, OutsideCalendar


def test_c2_decide_in_7_and_account_in_10_working_days_across_swapped_saturday() -> None:
    # Received Fri 9/1/2026. Sat 10/1 is a swapped working day (CV 12729/VPCP-KGVX):
    # 10 (1), 12 (2), 13 (3), 14 (4), 15 (5), 16 (6), Mon 19 (7).
    # Approved Mon 19/1: 20, 21, 22, 23 (4), 26, 27, 28, 29, 30 (9), Mon 2/2 (10).
    d = connection_deadlines(date(2026, 1, 9), approved=date(2026, 1, 19))
    assert d.outcome.form == "network_connection"
    assert d.outcome.decide_by == date(2026, 1, 19)
    assert d.outcome.account_by == date(2026, 2, 2)
    assert d.outcome.latest_account_by == date(2026, 2, 2)
    assert d.outcome.approval_late is False
    assert d.status == "final"
    ids = [c.id for c in d.basis]
    assert ids[:2] == ["circular_13_2016.art16.c2", "circular_13_2016.art15.c7"]
    assert "code_91_2015.art147.c3" in ids


def test_c2_across_tet_2026() -> None:
    # Received Mon 9/2/2026: 10 (1), 11 (2), 12 (3), Fri 13 (4); 14-22/2 Tết break
    # (holidays 16-20, weekends around them); Mon 23 (5), 24 (6), Wed 25 (7).
    # Approved Wed 11/2: 12 (1), 13 (2), 23 (3), 24, 25, 26, 27 (7), Mon 2/3 (8), 3 (9), Wed 4/3.
    # Latest (approval on 25/2): 26, 27, 2/3, 3, 4, 5, 6 (7), 9, 10, Wed 11/3 (10).
    d = connection_deadlines(date(2026, 2, 9), approved=date(2026, 2, 11))
    assert d.outcome.decide_by == date(2026, 2, 25)
    assert d.outcome.account_by == date(2026, 3, 4)
    assert d.outcome.latest_account_by == date(2026, 3, 11)


def test_c2_late_approval_is_flagged_and_account_runs_from_it() -> None:
    # Decide-by is Mon 19/1/2026 (above); approved Tue 20/1 is late.
    # 10 working days after 20/1: 21, 22, 23, 26, 27, 28, 29, 30, 2/2, Tue 3/2.
    d = connection_deadlines(date(2026, 1, 9), approved=date(2026, 1, 20))
    assert d.outcome.approval_late is True
    assert d.outcome.account_by == date(2026, 2, 3)
    assert "late" in d.explanation


def test_c2_without_approval_only_the_latest_account_day() -> None:
    d = connection_deadlines(date(2026, 1, 9))
    assert d.outcome.approved is None and d.outcome.account_by is None
    assert d.outcome.latest_account_by == date(2026, 2, 2)


def test_c2_aware_datetimes_are_read_in_vietnam_time() -> None:
    # 20:00 UTC on Thu 8/1/2026 is 03:00 on Fri 9/1 in Hanoi: day zero is 9/1.
    late_night = datetime(2026, 1, 8, 20, 0, tzinfo=UTC)
    assert connection_deadlines(late_night).outcome.decide_by == date(2026, 1, 19)
    same = datetime(2026, 1, 9, 9, 0, tzinfo=VN_TZ)
    assert connection_deadlines(same).outcome.received == date(2026, 1, 9)


def test_c2_trace_lists_counted_days() -> None:
    d = connection_deadlines(date(2026, 1, 9), approved=date(2026, 1, 19), trace=True)
    assert d.trace is not None
    counted = [s.date for s in d.trace if s.action == "counted" and s.label == "decide_by"]
    assert date(2026, 1, 10) in counted and date(2026, 1, 11) not in counted


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"received": None}, InvalidInput),
        ({"received": "2026-01-09"}, InvalidInput),
        ({"received": datetime(2026, 1, 9, 9, 0)}, InvalidInput),  # naive
        ({"received": date(2026, 1, 9), "approved": date(2026, 1, 8)}, InvalidInput),
        ({"received": date(2026, 1, 9), "approved": "soon"}, InvalidInput),
        ({"received": date(2026, 1, 9), "calendar": "public"}, InvalidInput),
        ({"received": date(2026, 1, 9), "strict": "yes"}, InvalidInput),
        ({"received": date(2026, 1, 9), "extra": 1}, InvalidInput),
        ({"received": date(2016, 12, 30)}, NoApplicableRule),  # before the circular
        ({"received": date(2017, 6, 1)}, OutsideCalendar),  # before the calendar (2018)
        ({"received": date(2035, 12, 28)}, OutsideCalendar),  # result past 2035
    ],
)
def test_c2_bad_input(kwargs: dict[str, object], error: type[Exception]) -> None:
    with pytest.raises(error):
        connection_deadlines(**kwargs)  # type: ignore[arg-type]


def test_c2_one_day_later_never_decides_earlier() -> None:
    start = date(2026, 1, 5)
    prev = connection_deadlines(start).outcome.decide_by
    for k in range(1, 60):
        cur = connection_deadlines(start + timedelta(days=k)).outcome.decide_by
        assert cur >= prev
        prev = cur
