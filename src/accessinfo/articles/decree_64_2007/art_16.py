"""Điều 16. Thông báo về việc tạm ngừng cung cấp thông tin, dịch vụ trên môi trường mạng

Decree 64/2007/NĐ-CP, Art. 16 (to 2026-06-30): a state agency that decides to take its online
information or services down for repair, fault fixing or an infrastructure upgrade must say
so publicly at least seven working days ahead, unless force majeure prevents it, and the
notice must give the expected time of recovery. When a fault seriously disrupts or stops the
service, the agency announces it, unless force majeure prevents it, and starts fixing it
straight away. During any suspension a backup keeps the most necessary services running at a
suitable level. From 2026-07-01 Decree 224/2026/NĐ-CP Art. 13 carries the advance notice, the
immediate remedy and the backup, but not the announcement after a failure.

Reading (``force_majeure_announcement``, ``docs/readings/force-majeure-announcement.md``):
point a attaches "trừ trường hợp bất khả kháng" to the public notice itself, so force majeure
excuses the announcement (``"excused"``, the default); ``"owed"`` keeps it due at once (the
stricter reading borrowed from Decree 47/2020 Art 43.4); ``"raise"`` refuses to choose.

Clauses encoded (verbatim, pháp điển):

1. Trừ trường hợp bất khả kháng, cơ quan nhà nước phải thông báo công khai chậm nhất là 07
ngày làm việc trước khi chủ động tạm ngừng cung cấp thông tin và dịch vụ trên mạng để sửa
chữa, khắc phục các sự cố hoặc nâng cấp, mở rộng cơ sở hạ tầng thông tin:

a) Thông báo công khai bằng hình thức phù hợp, trừ trường hợp bất khả kháng, và tiến hành các
biện pháp khắc phục sự cố ngay sau khi hệ thống thông tin của cơ quan nhà nước bị lỗi trong
quá trình hoạt động làm ảnh hưởng nghiêm trọng hoặc gây ngừng cung cấp thông tin và dịch vụ
của cơ quan đó trên môi trường mạng;

b) Nội dung thông báo phải nêu rõ khoảng thời gian dự kiến phục hồi các hoạt động cung cấp
thông tin và dịch vụ trên môi trường mạng của cơ quan đó.

2. Cơ quan nhà nước có trách nhiệm chuẩn bị và triển khai các phương án sử dụng cơ sở hạ tầng
thông tin dự phòng để tiếp tục cung cấp thông tin và dịch vụ cần thiết nhất ở mức độ phù hợp
trong thời gian tạm ngừng cung cấp thông tin, dịch vụ trên môi trường mạng.

A suspension starting on Tuesday 30 June 2026 (the last day of this decree): counting back
from Monday 29/6 (1) over 26, 25, 24, 23 and 22/6 (2–6), the 7th working day is Friday 19/6.

>>> from datetime import date
>>> d = latest_suspension_notice_day(date(2026, 6, 30))
>>> d.outcome, d.status
(datetime.date(2026, 6, 19), 'final')
>>> print(d.basis[0])
khoản 1 Điều 16 Nghị định số 64/2007/NĐ-CP
"""

from __future__ import annotations

from datetime import date, datetime

from accessinfo.articles._outages import (
    CountReading,
    ForceMajeureAnnouncement,
    SuspensionArticle,
    SuspensionCheck,
    SuspensionNotice,
    check_notice,
    notice_deadline,
)
from accessinfo.calendar import PUBLIC_SECTOR, WorkingCalendar
from accessinfo.core.decisions import Finding
from accessinfo.core.rules import rule

from . import INSTRUMENT as DECREE_64

__all__ = ["ARTICLE", "latest_suspension_notice_day", "suspension_duties"]

ARTICLE = SuspensionArticle(
    rule_set=DECREE_64.id,
    name="Decree 64/2007 Art 16",
    name_vi="Điều 16 Nghị định số 64/2007/NĐ-CP",
    advance=DECREE_64.cite(16, 1),
    content=DECREE_64.cite(16, 1, "b"),
    failure=DECREE_64.cite(16, 1, "a"),
    announce=DECREE_64.cite(16, 1, "a"),
    backup=DECREE_64.cite(16, 2),
    valid_from=DECREE_64.valid_from,
    valid_until=DECREE_64.valid_until,
)


# Khoản 1: "thông báo công khai chậm nhất là 07 ngày làm việc trước khi chủ động tạm ngừng"
@rule(DECREE_64.cite(16, 1), key="starts")
def latest_suspension_notice_day(
    starts: date | datetime,
    *,
    force_majeure: bool = False,
    calendar: WorkingCalendar = PUBLIC_SECTOR,
    count: CountReading = "inclusive",
    force_majeure_announcement: ForceMajeureAnnouncement = "excused",
    strict: bool = False,
    trace: bool = False,
) -> Finding[date | None]:
    """Last day to announce a voluntary suspension of online services (None: force majeure)."""
    return notice_deadline(
        ARTICLE,
        starts,
        force_majeure=force_majeure,
        calendar=calendar,
        count=count,
        strict=strict,
        trace=trace,
        force_majeure_announcement=force_majeure_announcement,
    )


# Khoản 1, 2: notice, "nêu rõ khoảng thời gian dự kiến phục hồi", "khắc phục sự cố ngay",
# "phương án sử dụng cơ sở hạ tầng thông tin dự phòng"
@rule(DECREE_64.cite(16))
def suspension_duties(
    notice: SuspensionNotice,
    *,
    calendar: WorkingCalendar = PUBLIC_SECTOR,
    count: CountReading = "inclusive",
    force_majeure_announcement: ForceMajeureAnnouncement = "excused",
    strict: bool = False,
) -> Finding[SuspensionCheck]:
    """Each duty of a suspension (advance notice, content, remedy, backup): met or breached."""
    return check_notice(
        ARTICLE,
        notice,
        calendar=calendar,
        count=count,
        force_majeure_announcement=force_majeure_announcement,
        strict=strict,
    )
