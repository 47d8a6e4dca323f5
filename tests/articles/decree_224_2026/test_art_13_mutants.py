"""Decree 224/2026 Art 13.1(a): a late notice published on the calendar's last day.

Mutation testing (issue 12) found the lateness count unpinned at the calendar's edge. The
public-sector calendar ends on Mon 31/12/2035 (projected year: no public holiday in late
December). A suspension starting that Monday must be announced at the latest 07 working days
before, counting back: Fri 28 (1), Thu 27 (2), Wed 26 (3), Tue 25 (4), Mon 24 (5), Fri 21 (6),
Thu 20/12/2035 (7). Published on Mon 31/12 it is late by the working days after 20/12 up to it:
Fri 21, Mon 24, Tue 25, Wed 26, Thu 27, Fri 28, Mon 31 = 7.
"""

from __future__ import annotations

from datetime import date

from accessinfo.articles._outages import SuspensionNotice
from accessinfo.articles.decree_224_2026.art_13 import suspension_duties
from accessinfo.calendar import PUBLIC_SECTOR


def test_a_notice_on_the_calendar_s_last_day_says_how_late_it_is() -> None:
    last = date(2035, 12, 31)
    assert PUBLIC_SECTOR.last == last
    n = SuspensionNotice(suspension_from=last, kind="planned", published_at=last)
    duty = suspension_duties(n).outcome.duty("advance_notice")
    assert duty.status == "breached"
    assert duty.due == date(2035, 12, 20)
    assert "(7 working day(s) late)" in duty.explanation
    assert "(7 ngày làm việc)" in (duty.explanation_vi or "")
