"""Decree 64/2007 Art 16: the 7-working-day notice and the duties of a suspension.

Golden dates are in tests/cases/decree_64_2007/art_16.yaml, each worked by hand.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from accessinfo.articles._outages import SuspensionNotice
from accessinfo.articles.decree_64_2007.art_16 import (
    latest_suspension_notice_day,
    suspension_duties,
)
from accessinfo.calendar import PUBLIC_SECTOR, VN_TZ
from accessinfo.errors import (
    AmbiguousReading,
    InvalidInput,
    NoApplicableRule,
    OutsideCalendar,
)

CASES: list[dict[str, Any]] = yaml.safe_load(
    (Path(__file__).parents[2] / "cases" / "decree_64_2007" / "art_16.yaml").read_text("utf-8")
)["cases"]


@pytest.mark.parametrize("case", CASES, ids=lambda c: str(c["starts"]))
def test_c1_golden_latest_notice_day(case: dict[str, Any]) -> None:
    assert case["source"]
    d = latest_suspension_notice_day(case["starts"])
    assert d.outcome == case["inclusive"]
    assert d.status == "final"
    assert d.rule_set == "decree_64_2007"
    assert d.readings == {"count": "inclusive"}
    clear = latest_suspension_notice_day(case["starts"], count="clear")
    assert clear.outcome == case["clear"]
    assert clear.readings == {"count": "clear"}


def test_c1_basis_cites_clause_1_and_content_and_civil_code() -> None:
    d = latest_suspension_notice_day(date(2026, 6, 30))
    ids = [c.id for c in d.basis]
    assert ids[0] == "decree_64_2007.art16.c1"
    assert "decree_64_2007.art16.c1.pb" in ids  # the notice states the recovery time
    assert "code_91_2015.art147.c3" in ids
    assert str(d.basis[0]) == "khoản 1 Điều 16 Nghị định số 64/2007/NĐ-CP"


def test_c1_force_majeure_no_advance_notice_but_fix_at_once() -> None:
    # default: the literal reading of 16.1(a) excuses the announcement too
    d = latest_suspension_notice_day(date(2026, 6, 30), force_majeure=True)
    assert d.outcome is None
    ids = [c.id for c in d.basis]
    assert "decree_64_2007.art16.c1.pa" in ids  # fix at once
    assert "decree_64_2007.art16.c2" in ids  # backup
    assert "at once" in d.explanation
    assert "also lifts the announcement" in d.explanation
    assert d.readings["force_majeure_announcement"] == "excused"
    assert d.explanation_vi is not None and "bất khả kháng" in d.explanation_vi
    owed = latest_suspension_notice_day(
        date(2026, 6, 30), force_majeure=True, force_majeure_announcement="owed"
    )
    assert owed.readings["force_majeure_announcement"] == "owed"
    assert "announced publicly by an appropriate means at once" in owed.explanation
    with pytest.raises(AmbiguousReading):
        latest_suspension_notice_day(
            date(2026, 6, 30), force_majeure=True, force_majeure_announcement="raise"
        )


def test_c1_version_ends_on_30_june_2026() -> None:
    with pytest.raises(NoApplicableRule):
        latest_suspension_notice_day(date(2026, 7, 1))
    # 00:30 on 1 July in Vietnam is still 30 June in UTC: the Vietnamese date decides.
    with pytest.raises(NoApplicableRule):
        latest_suspension_notice_day(datetime(2026, 6, 30, 17, 30, tzinfo=UTC))
    # 23:30 on 30 June in Vietnam: Decree 64 still applies; Tue 30/6 -> Fri 19/6 (see yaml)
    late = latest_suspension_notice_day(datetime(2026, 6, 30, 23, 30, tzinfo=VN_TZ))
    assert late.outcome == date(2026, 6, 19)


def test_c1_trace_lists_the_days_counted_back() -> None:
    d = latest_suspension_notice_day(date(2026, 1, 14), trace=True)
    assert d.trace is not None
    counted = [s.date for s in d.trace if s.action == "counted"]
    # Tue 13, Mon 12, Sat 10 (swapped working), Fri 9, Thu 8, Wed 7, Tue 6
    assert counted == [
        date(2026, 1, 13),
        date(2026, 1, 12),
        date(2026, 1, 10),
        date(2026, 1, 9),
        date(2026, 1, 8),
        date(2026, 1, 7),
        date(2026, 1, 6),
    ]
    assert [s.n for s in d.trace if s.action == "counted"] == [-1, -2, -3, -4, -5, -6, -7]


def test_c1_count_raise() -> None:
    with pytest.raises(AmbiguousReading):
        latest_suspension_notice_day(date(2026, 6, 30), count="raise")
    # force majeure needs no count, so "raise" has nothing to refuse
    assert latest_suspension_notice_day(date(2026, 6, 30), force_majeure=True, count="raise")


def test_c1_before_calendar_is_outside_calendar() -> None:
    with pytest.raises(OutsideCalendar):
        latest_suspension_notice_day(date(2018, 1, 3))  # 7 working days back leave 2018


# -- the checker --------------------------------------------------------------------------
def test_c1_planned_on_time_all_met() -> None:
    # Tue 30/6/2026 -> latest Fri 19/6 (yaml); published on Fri 19/6 itself
    n = SuspensionNotice(
        suspension_from=date(2026, 6, 30),
        kind="planned",
        published_at=datetime(2026, 6, 19, 16, 0, tzinfo=VN_TZ),
        states_recovery_time=True,
        backup_in_place=True,
    )
    d = suspension_duties(n)
    check = d.outcome
    assert check.latest_notice_day == date(2026, 6, 19)
    assert check.compliant is True
    assert check.duty("advance_notice").status == "met"
    assert check.duty("announce_at_once").status == "not_applicable"
    assert check.duty("remedy_at_once").status == "not_applicable"
    assert check.duty("recovery_time_stated").status == "met"
    assert check.duty("backup_plan").status == "met"
    assert d.status == "final"


def test_c1_planned_one_working_day_late_and_no_recovery_time() -> None:
    # latest Fri 19/6; published Mon 22/6 = 1 working day late (Sat 20, Sun 21 skipped)
    n = SuspensionNotice(
        suspension_from=date(2026, 6, 30),
        kind="planned",
        published_at=date(2026, 6, 22),
        states_recovery_time=False,
        backup_in_place=True,
    )
    check = suspension_duties(n).outcome
    assert check.breached == ("advance_notice", "recovery_time_stated")
    assert check.compliant is False
    assert "1 working day(s) late" in check.duty("advance_notice").explanation
    assert check.duty("advance_notice").basis[0].id == "decree_64_2007.art16.c1"
    assert check.duty("recovery_time_stated").basis[0].id == "decree_64_2007.art16.c1.pb"


def test_c1_planned_without_any_notice() -> None:
    n = SuspensionNotice(suspension_from=date(2026, 6, 30), kind="planned", backup_in_place=False)
    check = suspension_duties(n).outcome
    assert check.breached == ("advance_notice", "recovery_time_stated", "backup_plan")


def test_c1a_incident_announced_and_fixed_same_day() -> None:
    n = SuspensionNotice(
        suspension_from=datetime(2025, 3, 3, 9, 0, tzinfo=VN_TZ),
        kind="incident",
        published_at=datetime(2025, 3, 3, 10, 0, tzinfo=VN_TZ),
        remedy_started_at=datetime(2025, 3, 3, 9, 15, tzinfo=VN_TZ),
        states_recovery_time=True,
        backup_in_place=True,
    )
    check = suspension_duties(n).outcome
    assert check.latest_notice_day is None
    assert check.duty("advance_notice").status == "not_applicable"
    assert check.duty("announce_at_once").status == "met"
    assert check.duty("remedy_at_once").status == "met"
    assert check.compliant is True


def test_c1a_incident_announced_two_days_later_is_undetermined() -> None:
    # "ngay" has no number: a notice 2 days after the failure is for a human to judge
    n = SuspensionNotice(
        suspension_from=date(2024, 8, 6),
        kind="incident",
        published_at=date(2024, 8, 8),
        suspension_until=date(2024, 8, 11),
        states_recovery_time=True,
        backup_in_place=True,
    )
    check = suspension_duties(n).outcome
    assert check.duty("announce_at_once").status == "undetermined"
    assert check.duty("remedy_at_once").status == "undetermined"  # no remedy date given
    assert check.compliant is None


def test_c1a_incident_announced_after_recovery_is_breached() -> None:
    n = SuspensionNotice(
        suspension_from=date(2024, 8, 6),
        kind="incident",
        published_at=date(2024, 8, 12),
        suspension_until=date(2024, 8, 11),
        states_recovery_time=True,
        backup_in_place=True,
    )
    assert suspension_duties(n).outcome.duty("announce_at_once").status == "breached"


def test_c1a_force_majeure_announcement_readings() -> None:
    n = SuspensionNotice(
        suspension_from=date(2025, 9, 10), kind="incident", force_majeure=True, backup_in_place=True
    )
    # default: "Thông báo công khai ..., trừ trường hợp bất khả kháng" excuses the notice
    excused = suspension_duties(n)
    assert excused.readings["force_majeure_announcement"] == "excused"
    assert excused.outcome.duty("announce_at_once").status == "not_applicable"
    assert excused.outcome.duty("recovery_time_stated").status == "not_applicable"
    assert excused.outcome.compliant is None  # the remedy start is not given
    owed = suspension_duties(n, force_majeure_announcement="owed")
    assert owed.readings["force_majeure_announcement"] == "owed"
    assert owed.outcome.duty("announce_at_once").status == "breached"  # nothing published
    # a notice published anyway is not judged on its content when none was owed
    published = n.model_copy(update={"published_at": date(2025, 9, 10)})
    content = suspension_duties(published).outcome.duty("recovery_time_stated")
    assert content.status == "not_applicable"
    with pytest.raises(AmbiguousReading):
        suspension_duties(n, force_majeure_announcement="raise")


def test_c2_backup_unknown_is_undetermined() -> None:
    n = SuspensionNotice(
        suspension_from=date(2026, 6, 30),
        kind="planned",
        published_at=date(2026, 6, 1),
        states_recovery_time=True,
    )
    check = suspension_duties(n).outcome
    assert check.duty("backup_plan").status == "undetermined"
    assert check.duty("backup_plan").basis[0].id == "decree_64_2007.art16.c2"
    assert check.compliant is None
    with pytest.raises(InvalidInput):
        check.duty("no_such_duty")


def test_c1_checker_refuses_a_start_under_decree_224() -> None:
    n = SuspensionNotice(suspension_from=date(2026, 7, 1), kind="planned")
    with pytest.raises(NoApplicableRule):
        suspension_duties(n)


# -- properties ---------------------------------------------------------------------------
decree_64_days = st.dates(min_value=date(2018, 2, 1), max_value=date(2026, 6, 30))


@given(decree_64_days)
def test_c1_inclusive_reading_properties(start: date) -> None:
    notice = latest_suspension_notice_day(start).outcome
    assert notice is not None
    assert PUBLIC_SECTOR.is_working_day(notice)
    assert notice < start
    # the notice day is one of exactly 7 working days in [notice, start)
    before = start - timedelta(days=1)
    assert PUBLIC_SECTOR.count(notice, before) + 1 == 7
    if PUBLIC_SECTOR.is_working_day(start):
        assert PUBLIC_SECTOR.count(notice, start) == 7


@given(decree_64_days)
def test_c1_clear_reading_is_one_working_day_earlier(start: date) -> None:
    inclusive = latest_suspension_notice_day(start).outcome
    clear = latest_suspension_notice_day(start, count="clear").outcome
    assert inclusive is not None and clear is not None
    assert PUBLIC_SECTOR.is_working_day(clear)
    assert PUBLIC_SECTOR.count(clear, inclusive) == 1
    # 7 full working days strictly between the notice and the start
    assert PUBLIC_SECTOR.count(clear, start - timedelta(days=1)) == 7


# -- bad input ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "kwargs",
    [
        {"starts": None},
        {"starts": "2026-06-30"},
        {"starts": datetime(2026, 6, 30, 2, 0)},  # naive
        {"starts": date(2026, 6, 30), "count": "both"},
        {"starts": date(2026, 6, 30), "force_majeure": "yes"},
        {"starts": date(2026, 6, 30), "calendar": "public"},
        {"starts": date(2026, 6, 30), "strict": 1},
        {"starts": date(2026, 6, 30), "days": 7},
    ],
)
def test_bad_input_deadline(kwargs: dict[str, object]) -> None:
    with pytest.raises(InvalidInput):
        latest_suspension_notice_day(**kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "fields",
    [
        {"suspension_from": date(2026, 6, 30), "kind": "maintenance"},
        {"suspension_from": datetime(2026, 6, 30, 2, 0), "kind": "planned"},
        {"suspension_from": date(2026, 6, 30), "kind": "planned", "published_at": 20260601},
        {
            "suspension_from": date(2026, 6, 30),
            "kind": "planned",
            "suspension_until": date(2026, 6, 29),
        },
        {
            "suspension_from": datetime(2026, 6, 30, 22, 0, tzinfo=VN_TZ),
            "kind": "incident",
            "remedy_started_at": datetime(2026, 6, 30, 21, 0, tzinfo=VN_TZ),
        },
        {"suspension_from": date(2026, 6, 30), "kind": "planned", "backup_in_place": "yes"},
        {"suspension_from": date(2026, 6, 30), "kind": "planned", "force_majeure": 1},
        {"suspension_from": date(2026, 6, 30), "kind": "planned", "colour": "red"},
        {"kind": "planned"},
    ],
)
def test_bad_input_notice(fields: dict[str, object]) -> None:
    with pytest.raises(InvalidInput):
        SuspensionNotice(**fields)  # type: ignore[arg-type]


def test_bad_input_checker() -> None:
    n = SuspensionNotice(suspension_from=date(2026, 6, 30), kind="planned")
    with pytest.raises(InvalidInput):
        suspension_duties({"suspension_from": date(2026, 6, 30)})  # type: ignore[arg-type]
    with pytest.raises(InvalidInput):
        suspension_duties(n, count="neither")  # type: ignore[arg-type]
    with pytest.raises(InvalidInput):
        suspension_duties(n, force_majeure_announcement="maybe")  # type: ignore[arg-type]
    with pytest.raises(InvalidInput):
        suspension_duties(n, calendar=None)  # type: ignore[arg-type]


def test_model_copy_cannot_smuggle_a_naive_datetime() -> None:
    n = SuspensionNotice(suspension_from=date(2026, 6, 30), kind="planned")
    bad = n.model_copy(update={"published_at": datetime(2026, 6, 1, 9, 0)})
    with pytest.raises(InvalidInput):
        suspension_duties(bad)
