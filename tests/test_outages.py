"""The outages facade: the decree is chosen by the day the suspension starts (Vietnam time)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from accessinfo.calendar import PUBLIC_SECTOR, VN_TZ, WorkingDays
from accessinfo.errors import (
    AccessInfoError,
    InvalidInput,
    NoApplicableRule,
    UnverifiedText,
)
from accessinfo.tasks.outages import (
    PortalIncident,
    SuspensionNotice,
    check_suspension_notice,
    data_sharing_suspension_notice_deadline,
    incident_duties,
    suspension_notice_deadline,
    user_suspension_notice_deadline,
)
from tests.strategies import junk


def test_switch_of_decree_on_1_july_2026() -> None:
    # Tue 30/6/2026 -> Decree 64, Fri 19/6; Wed 1/7/2026 -> Decree 224, Mon 22/6 (both by hand
    # in tests/cases/*: 29, 26, 25, 24, 23, 22, 19 / 30, 29, 26, 25, 24, 23, 22)
    old = suspension_notice_deadline(date(2026, 6, 30))
    new = suspension_notice_deadline(date(2026, 7, 1))
    assert (old.outcome, old.rule_set, old.status) == (date(2026, 6, 19), "decree_64_2007", "final")
    assert (new.outcome, new.rule_set, new.status) == (
        date(2026, 6, 22),
        "decree_224_2026",
        "provisional",
    )


def test_switch_follows_vietnam_time_not_utc() -> None:
    # 17:30 UTC on 30/6 is 00:30 on 1/7 in Vietnam: Decree 224
    d = suspension_notice_deadline(datetime(2026, 6, 30, 17, 30, tzinfo=UTC))
    assert d.rule_set == "decree_224_2026"
    assert d.outcome == date(2026, 6, 22)


def test_design_examples() -> None:
    # Thu 3/9/2026: 2/9, 1/9, 31/8 off, 29-30/8 weekend; 28 (1), 27 (2), 26 (3), 25 (4), 24 (5),
    # Sat 22 swapped working (6), Fri 21 (7)
    assert suspension_notice_deadline(date(2026, 9, 3)).outcome == date(2026, 8, 21)
    fm = suspension_notice_deadline(date(2026, 9, 3), force_majeure=True)
    assert fm.outcome is None
    assert "at once" in fm.explanation
    assert {c.id for c in fm.basis} >= {"decree_224_2026.art13.c1.pb", "decree_224_2026.art13.c2"}


def test_weekend_maintenance_windows() -> None:
    # Sat 10/10, Sun 11/10 and Mon 12/10/2026 02:00 all give Thu 1/10: counting back from any of
    # them the working days are Fri 9 (1), Thu 8 (2), Wed 7 (3), Tue 6 (4), Mon 5 (5),
    # Fri 2 (6), Thu 1 (7). A window starting Tue 13/10 01:00 gives Fri 2/10 (Mon 12 is (1)).
    sat = suspension_notice_deadline(datetime(2026, 10, 10, 22, 0, tzinfo=VN_TZ))
    sun = suspension_notice_deadline(datetime(2026, 10, 11, 23, 0, tzinfo=VN_TZ))
    mon = suspension_notice_deadline(datetime(2026, 10, 12, 2, 0, tzinfo=VN_TZ))
    tue = suspension_notice_deadline(datetime(2026, 10, 13, 1, 0, tzinfo=VN_TZ))
    assert sat.outcome == sun.outcome == mon.outcome == date(2026, 10, 1)
    assert tue.outcome == date(2026, 10, 2)
    # the same Monday 02:00 window written in UTC (Sun 19:00 UTC)
    utc = suspension_notice_deadline(datetime(2026, 10, 11, 19, 0, tzinfo=UTC))
    assert utc.outcome == date(2026, 10, 1)


@given(
    st.dates(min_value=date(2018, 3, 1), max_value=date(2027, 11, 30)),
    st.times(),
    st.times(),
)
def test_the_hour_of_the_start_never_changes_the_day(day: date, t1: time, t2: time) -> None:
    a = suspension_notice_deadline(datetime.combine(day, t1, tzinfo=VN_TZ))
    b = suspension_notice_deadline(datetime.combine(day, t2, tzinfo=VN_TZ))
    assert a.outcome == b.outcome == suspension_notice_deadline(day).outcome


@given(st.dates(min_value=date(2018, 3, 1), max_value=date(2035, 9, 30)))
def test_a_rest_day_start_gives_the_same_day_as_the_next_working_day(day: date) -> None:
    # Counting back from a rest day or from the next working day meets the same 7 working days.
    nxt = PUBLIC_SECTOR.add(day, WorkingDays(1))
    if not PUBLIC_SECTOR.is_working_day(day) and nxt.year < 2036:
        assert suspension_notice_deadline(day).outcome == suspension_notice_deadline(nxt).outcome


@given(st.dates(min_value=date(2018, 3, 1), max_value=date(2035, 9, 30)))
def test_default_and_clear_readings(start: date) -> None:
    notice = suspension_notice_deadline(start).outcome
    clear = suspension_notice_deadline(start, count="clear").outcome
    assert notice is not None and clear is not None
    assert PUBLIC_SECTOR.is_working_day(notice) and PUBLIC_SECTOR.is_working_day(clear)
    if PUBLIC_SECTOR.is_working_day(start):
        assert PUBLIC_SECTOR.count(notice, start) == 7
        assert PUBLIC_SECTOR.count(clear, start) == 8
    assert PUBLIC_SECTOR.count(clear, notice) == 1


def test_checker_across_the_switch() -> None:
    base = {
        "kind": "planned",
        "states_recovery_time": True,
        "backup_in_place": True,
        "published_at": date(2026, 6, 19),
    }
    # starts Tue 30/6: latest Fri 19/6 -> met, Decree 64
    old = check_suspension_notice(SuspensionNotice(suspension_from=date(2026, 6, 30), **base))
    assert old.rule_set == "decree_64_2007" and old.outcome.compliant is True
    # starts Wed 1/7: latest Mon 22/6 -> 19/6 is early enough, Decree 224, provisional
    new = check_suspension_notice(SuspensionNotice(suspension_from=date(2026, 7, 1), **base))
    assert new.rule_set == "decree_224_2026" and new.status == "provisional"
    assert new.outcome.duty("advance_notice").basis[0].id == "decree_224_2026.art13.c1.pa"
    with pytest.raises(UnverifiedText):
        check_suspension_notice(
            SuspensionNotice(suspension_from=date(2026, 7, 1), **base), strict=True
        )


def test_checker_weekend_window_published_on_the_latest_day() -> None:
    # window Sat 10/10/2026 22:00 -> latest Thu 1/10 (see above); published Thu 1/10 at 17:00
    n = SuspensionNotice(
        suspension_from=datetime(2026, 10, 10, 22, 0, tzinfo=VN_TZ),
        suspension_until=datetime(2026, 10, 11, 6, 0, tzinfo=VN_TZ),
        kind="planned",
        published_at=datetime(2026, 10, 1, 17, 0, tzinfo=VN_TZ),
        states_recovery_time=True,
        backup_in_place=True,
    )
    d = check_suspension_notice(n)
    assert d.outcome.latest_notice_day == date(2026, 10, 1)
    assert d.outcome.duty("advance_notice").status == "met"


def test_reexports_work() -> None:
    assert data_sharing_suspension_notice_deadline(date(2025, 5, 5)).outcome == date(2025, 4, 22)
    assert user_suspension_notice_deadline(date(2025, 4, 25)).outcome == date(2025, 4, 26)
    seed = PortalIncident(occurred_at=date(2024, 8, 6), expected_recovery=date(2024, 8, 11))
    assert incident_duties(seed).outcome.reconcile_by == date(2024, 8, 12)


def test_before_decree_64() -> None:
    with pytest.raises(NoApplicableRule):
        suspension_notice_deadline(date(2007, 5, 1))


@given(junk)
def test_junk_starts_raise_accessinfo_errors(value: object) -> None:
    with pytest.raises(AccessInfoError):
        suspension_notice_deadline(value)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "kwargs",
    [
        {"starts": datetime(2026, 9, 7, 2, 0)},
        {"starts": date(2026, 9, 7), "count": "inclusive "},
        {"starts": date(2026, 9, 7), "force_majeure": "False"},
        {"starts": date(2026, 9, 7), "calendar": None},
        {"starts": datetime(2026, 9, 7, 2, 0, tzinfo=timezone(timedelta(hours=7))), "x": 1},
    ],
)
def test_bad_input_deadline(kwargs: dict[str, object]) -> None:
    with pytest.raises(InvalidInput):
        suspension_notice_deadline(**kwargs)  # type: ignore[arg-type]


def test_bad_input_checker() -> None:
    with pytest.raises(InvalidInput):
        check_suspension_notice("notice")  # type: ignore[arg-type]
    with pytest.raises(InvalidInput):
        SuspensionNotice(suspension_from=date(2026, 9, 7), kind="outage")
    with pytest.raises(InvalidInput):
        SuspensionNotice(
            suspension_from=date(2026, 9, 7), kind="planned", suspension_until=date(2026, 9, 6)
        )
    n = SuspensionNotice(suspension_from=date(2026, 9, 7), kind="planned")
    with pytest.raises(InvalidInput):
        check_suspension_notice(n, count="clear-ish")  # type: ignore[arg-type]
