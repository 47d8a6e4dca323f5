"""Decree 64/2007 Art 16 (shared code in articles._outages): tests that kill mutmut survivors.

Worked by hand for a suspension starting Tue 30/6/2026 (no holiday in June 2026):
* "inclusive" reading — the notice day is the 7th working day before: counting back Mon 29,
  Fri 26, Thu 25, Wed 24, Tue 23, Mon 22 (Sat 27, Sun 28, Sat 20, Sun 21 skipped), Fri 19/6.
* "clear" reading — 7 full working days must lie strictly between the notice and 30/6:
  from Thu 18/6 they are 19, 22, 23, 24, 25, 26, 29 June, so the latest day is Thu 18/6.
"""

from __future__ import annotations

from datetime import date, datetime

from accessinfo.articles._outages import SuspensionNotice, latest_notice_day
from accessinfo.articles.decree_64_2007.art_16 import (
    latest_suspension_notice_day,
    suspension_duties,
)
from accessinfo.calendar import PUBLIC_SECTOR, VN_TZ

START = date(2026, 6, 30)
C1, C1A, C1B, C2 = (
    "decree_64_2007.art16.c1",
    "decree_64_2007.art16.c1.pa",
    "decree_64_2007.art16.c1.pb",
    "decree_64_2007.art16.c2",
)


def test_c1_clear_and_inclusive_explanations_differ() -> None:
    inc = latest_suspension_notice_day(START)
    assert inc.outcome == date(2026, 6, 19)
    assert "the 7th working day before the day the suspension starts" in inc.explanation
    clear = latest_suspension_notice_day(START, count="clear")
    assert clear.outcome == date(2026, 6, 18)
    assert "7 full working days strictly between the notice and the day" in clear.explanation


def test_c1_basis_is_the_duties_that_apply() -> None:
    # planned, on time: advance notice (c1), recovery time (c1.pb) and backup (c2) apply;
    # the failure duties of c1.pa (announce, fix at once) do not, so c1.pa is not a basis
    n = SuspensionNotice(
        suspension_from=START,
        kind="planned",
        published_at=date(2026, 6, 19),
        states_recovery_time=True,
        backup_in_place=True,
    )
    ids = {c.id for c in suspension_duties(n).basis}
    assert {C1, C1B, C2} <= ids
    assert C1A not in ids


def test_c1_summary_lists_breached_and_undetermined_duties() -> None:
    open_ = SuspensionNotice(suspension_from=START, kind="planned", published_at=date(2026, 6, 19))
    assert suspension_duties(open_).explanation == (
        "Decree 64/2007 Art 16: no duty breached; undetermined: recovery_time_stated, backup_plan."
    )
    late = SuspensionNotice(
        suspension_from=START,
        kind="planned",
        published_at=date(2026, 6, 22),  # Mon: 1 working day after Fri 19/6
        states_recovery_time=False,
        backup_in_place=True,
    )
    d = suspension_duties(late)
    assert d.explanation == "Decree 64/2007 Art 16: breached: advance_notice, recovery_time_stated."
    assert d.outcome.duty("advance_notice").explanation == (
        "Notice at the latest 07 working days before a voluntary suspension "
        "(count='inclusive'): published 2026-06-22, after the latest day 2026-06-19 "
        "(1 working day(s) late)."
    )


def test_c1_why_no_advance_notice_or_announcement() -> None:
    fm = SuspensionNotice(suspension_from=START, kind="planned", force_majeure=True)
    check = suspension_duties(fm, force_majeure_announcement="excused").outcome
    assert check.duty("advance_notice").explanation == (
        "No advance notice is owed for force majeure."
    )
    assert check.duty("announce_at_once").explanation == (
        "No immediate announcement duty: force majeure excuses it "
        "(force_majeure_announcement='excused')."
    )
    failure = SuspensionNotice(suspension_from=START, kind="incident")
    assert suspension_duties(failure).outcome.duty("advance_notice").explanation == (
        "No advance notice is owed for an unplanned failure."
    )
    planned = SuspensionNotice(suspension_from=START, kind="planned")
    assert suspension_duties(planned).outcome.duty("announce_at_once").explanation == (
        "No immediate announcement duty: a planned suspension is announced in advance instead."
    )


def test_c1a_same_day_and_same_instant_are_not_before_the_start() -> None:
    # "not before" is inclusive: a fix started at the very start, a service back the same day
    nine = datetime(2026, 6, 30, 9, 0, tzinfo=VN_TZ)
    same_instant = SuspensionNotice(suspension_from=nine, kind="incident", remedy_started_at=nine)
    assert same_instant.remedy_started_at == nine
    mixed = SuspensionNotice(
        suspension_from=START,
        kind="incident",
        remedy_started_at=datetime(2026, 6, 30, 8, 0, tzinfo=VN_TZ),
        suspension_until=START,
    )
    assert mixed.suspension_until == START
    check = suspension_duties(mixed).outcome
    assert check.duty("remedy_at_once").status == "met"


def test_c1_latest_notice_day_helper_both_readings() -> None:
    # the helper behind the doctest of articles._outages; same working as the module docstring
    assert latest_notice_day(PUBLIC_SECTOR, START, 7, "inclusive") == date(2026, 6, 19)
    assert latest_notice_day(PUBLIC_SECTOR, START, 7, "clear") == date(2026, 6, 18)
    # 3 working days back from Tue 30/6: Mon 29, Fri 26, Thu 25 (inclusive); Wed 24 (clear)
    assert latest_notice_day(PUBLIC_SECTOR, START, 3, "inclusive") == date(2026, 6, 25)
    assert latest_notice_day(PUBLIC_SECTOR, START, 3, "clear") == date(2026, 6, 24)
