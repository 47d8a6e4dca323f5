"""Điều 13. Thông báo về việc tạm ngừng cung cấp thông tin, dịch vụ trên môi trường số

Decree 224/2026/NĐ-CP, Art. 13 (from 2026-07-01; it replaces Decree 64/2007 Art. 16): an
agency that chooses to suspend its information or services in the digital environment for
repair, fault fixing or an upgrade of its digital, information or technical infrastructure
announces it publicly by a suitable means no later than seven working days beforehand, save
in force majeure, giving the expected recovery period; it fixes a serious fault as soon as
it happens, and keeps the most necessary services running on backup infrastructure. The text
comes from one secondary copy (research-update-2026-11 §4): every result is provisional.

Unlike Decree 64/2007 Art 16.1(a), point b asks for no public notice after a failure: an
unplanned failure from 2026-07-01 owes an immediate remedy, not an announcement
(research-update-2026-12 §4.2). The checker marks ``announce_at_once`` not applicable and
cites 13.1(b); ``force_majeure_announcement`` has nothing to apply to here (the only notice
is the advance one, and the exception attaches to it).

Clauses encoded (verbatim, secondary copy):

1. Cơ quan nhà nước khi chủ động tạm ngừng cung cấp thông tin và dịch vụ trên môi trường số để
sửa chữa, khắc phục các sự cố hoặc nâng cấp, mở rộng hạ tầng chuyển đổi số, cơ sở hạ tầng thông
tin, hạ tầng kỹ thuật có trách nhiệm:

a) Thông báo công khai bằng hình thức phù hợp chậm nhất là 07 ngày làm việc trước thời điểm tạm
ngừng, trừ trường hợp bất khả kháng. Nội dung thông báo phải nêu rõ khoảng thời gian dự kiến
phục hồi các hoạt động cung cấp thông tin và dịch vụ trên môi trường số của cơ quan đó;

b) Tiến hành các biện pháp khắc phục sự cố ngay sau khi hệ thống số, nền tảng số, hệ thống
thông tin của cơ quan nhà nước bị lỗi trong quá trình hoạt động làm ảnh hưởng nghiêm trọng hoặc
gây ngừng cung cấp thông tin và dịch vụ của cơ quan đó trên môi trường số.

2. Cơ quan nhà nước có trách nhiệm chuẩn bị và triển khai các phương án sử dụng hạ tầng chuyển
đổi số, cơ sở hạ tầng thông tin, hạ tầng kỹ thuật dự phòng để duy trì việc cung cấp thông tin
và dịch vụ cần thiết nhất ở mức độ phù hợp trong thời gian tạm ngừng cung cấp thông tin, dịch
vụ trên môi trường số.

A suspension starting Monday 7 September 2026: counting back, Fri 4/9 (1) and Thu 3/9 (2);
2/9 and 1/9 are National Day, Mon 31/8 is the swapped rest day, 29–30/8 the weekend; then
Fri 28/8 (3), 27 (4), 26 (5), 25 (6) and Monday 24/8 (7).

>>> from datetime import date
>>> d = latest_suspension_notice_day(date(2026, 9, 7))
>>> d.outcome, d.status
(datetime.date(2026, 8, 24), 'provisional')
>>> print(d.basis[0])
điểm a khoản 1 Điều 13 Nghị định số 224/2026/NĐ-CP
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

from . import INSTRUMENT as DECREE_224

__all__ = ["ARTICLE", "latest_suspension_notice_day", "suspension_duties"]

ARTICLE = SuspensionArticle(
    rule_set=DECREE_224.id,
    name="Decree 224/2026 Art 13",
    name_vi="Điều 13 Nghị định số 224/2026/NĐ-CP",
    advance=DECREE_224.cite(13, 1, "a"),
    content=DECREE_224.cite(13, 1, "a"),
    failure=DECREE_224.cite(13, 1, "b"),
    announce=None,  # no public notice after a failure: 13.1(b) is a remedy duty only
    backup=DECREE_224.cite(13, 2),
    valid_from=DECREE_224.valid_from,
    valid_until=DECREE_224.valid_until,
    what="digital",
)


# Điểm a khoản 1: "chậm nhất là 07 ngày làm việc trước thời điểm tạm ngừng"
@rule(DECREE_224.cite(13, 1, "a"), key="starts")
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
    """Last day to announce a voluntary suspension of digital services (None: force majeure).

    ``force_majeure_announcement`` is accepted for symmetry with Decree 64/2007 and validated,
    but has no effect: Art 13 has no announcement for force majeure to excuse.
    """
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
# "phương án sử dụng hạ tầng … dự phòng"
@rule(DECREE_224.cite(13))
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
