"""Điều 43. Tạm ngừng kết nối, cung cấp dữ liệu trên môi trường mạng do cơ quan cung cấp

Decree 47/2020/NĐ-CP, Art. 43: when a data provider takes its data-sharing service down for
every consuming agency to maintain or upgrade its systems, it must post a public notice on
its web portal at least seven working days beforehand, saying when service should be back,
and keep the outage short. If force majeure interrupts the service, it announces that by a
suitable means and fixes it quickly. When it cuts off one or a few consumers (for breaking
the usage rules, or because the connection is a security risk) it tells them, at the latest
one day after finding the breach, what was wrong, how it will be handled and what they must
do to keep or regain the connection.

Clauses encoded (verbatim, pháp điển):

1. Cơ quan cung cấp dữ liệu tạm ngừng cung cấp dịch vụ chia sẻ dữ liệu cho tất cả các cơ quan
khai thác trong trường hợp sau:

a) Nâng cấp, mở rộng, bảo trì hệ thống thông tin, cơ sở hạ tầng thông tin;

b) Trường hợp bất khả kháng làm gián đoạn cung cấp dịch vụ, kết nối hoặc có ảnh hưởng đến hoạt
động của hệ thống thông tin, sự an toàn dữ liệu.

2. Cơ quan cung cấp dữ liệu tạm ngừng cung cấp dữ liệu cho một hoặc một số cơ quan khai thác
trong những trường hợp sau:

a) Cơ quan khai thác vi phạm quy chế khai thác, sử dụng dữ liệu;

b) Kết nối dữ liệu được xác định có khả năng làm mất an toàn, an ninh.

3. Trong trường hợp tạm ngừng kết nối, cung cấp dịch vụ theo điểm a khoản 1 Điều này, cơ quan
cung cấp phải thông báo công khai trên cổng thông tin điện tử ít nhất 07 ngày làm việc trước
khi chủ động tạm ngừng cung cấp dịch vụ chia sẻ dữ liệu, đồng thời thông báo khoảng thời gian
dự kiến phục hồi các hoạt động cung cấp dịch vụ chia sẻ dữ liệu để sửa chữa, khắc phục các sự
cố hoặc nâng cấp, mở rộng cơ sở hạ tầng thông tin. Thời gian thực hiện nâng cấp, mở rộng, bảo
trì hệ thống phải thực hiện trong thời gian ngắn nhất và hạn chế thấp nhất rủi ro cho cơ quan
khai thác, sử dụng dữ liệu do việc gián đoạn, tạm ngừng cung cấp dịch vụ chia sẻ dữ liệu gây ra.

4. Trong trường hợp bất khả kháng phải tạm ngừng cung cấp dịch vụ chia sẻ dữ liệu theo điểm b
khoản 1 Điều này, cơ quan cung cấp dịch vụ chia sẻ dữ liệu phải thông báo công khai bằng hình
thức phù hợp và tiến hành nhanh chóng các biện pháp khắc phục sự cố.

5. Trường hợp được quy định tại khoản 2 Điều này, cơ quan cung cấp dữ liệu thông báo cho cơ
quan khai thác dữ liệu trong thời gian chậm nhất 01 ngày kể từ thời điểm xác định vi phạm những
nội dung sau:

a) Nội dung vi phạm quy chế, phương án xử lý vi phạm;

b) Những yêu cầu cần thiết cần thực hiện để duy trì hoặc khôi phục kết nối.

A dated duty of this article is answered only if it falls due before 22 October 2025, when
Decree 278/2025/NĐ-CP repealed the decree: a notice whose latest day is 22 October 2025 or
later, or any suspension under force majeure starting from that day, raises
``NoApplicableRule`` naming Decree 278/2025 (``docs/readings/decree-47-2020-repeal.md``).

Maintenance starting Monday 5 May 2025: 2/5 is the swapped rest day, 30/4 and 1/5 are
holidays; counting back, Tue 29/4 (1), Mon 28/4 (2), Saturday 26/4 — a swapped working day —
(3), then 25, 24, 23 (4–6) and Tuesday 22/4 (7). A breach found on Friday 25/4/2025: one day
later is Saturday 26/4, itself a working day, so no roll is needed.

>>> from datetime import date
>>> data_sharing_suspension_notice_deadline(date(2025, 5, 5)).outcome
datetime.date(2025, 4, 22)
>>> user_suspension_notice_deadline(date(2025, 4, 25)).outcome
datetime.date(2025, 4, 26)
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from accessinfo.calendar import PUBLIC_SECTOR, CalendarDays, Roll, WorkingCalendar, WorkingDays
from accessinfo.core.decisions import Finding
from accessinfo.core.messages import later, msg
from accessinfo.core.periods import ambiguous, check_calendar, choose, deadline
from accessinfo.core.rules import rule
from accessinfo.errors import InvalidInput

from . import INSTRUMENT as DECREE_47
from . import in_force_on

__all__ = [
    "BreachRoll",
    "SuspensionGround",
    "data_sharing_suspension_notice_deadline",
    "user_suspension_notice_deadline",
]

CountReading = Literal["inclusive", "clear", "raise"]
# After the repeal, the general duty for state agencies' online services may cover a sharing
# service: Decree 64/2007 Art 16 to 2026-06-30, Decree 224/2026 Art 13 from 2026-07-01.
_GENERAL_RULE = msg("decree_47_2020.hint.general_rule")
# Khoản 2: a: the consumer breached the usage rules; b: the connection is a security risk.
SuspensionGround = Literal["breach", "security_risk"]
# "01 ngày": one calendar day, rolled to the next working day (Civil Code Art 148.5), or not.
BreachRoll = Literal["next_working_day", "none", "raise"]


def _flags(**flags: object) -> None:
    for name, value in flags.items():
        if not isinstance(value, bool):
            raise InvalidInput(msg("errors.true_or_false", name=name, value=f"{value!r:.60}"))


# Khoản 3: "thông báo công khai trên cổng thông tin điện tử ít nhất 07 ngày làm việc trước khi
# chủ động tạm ngừng cung cấp dịch vụ chia sẻ dữ liệu"
@rule(DECREE_47.cite(43, 3), DECREE_47.cite(43, 1, "a"))
def data_sharing_suspension_notice_deadline(
    starts: date | datetime,
    *,
    force_majeure: bool = False,
    calendar: WorkingCalendar = PUBLIC_SECTOR,
    count: CountReading = "inclusive",
    strict: bool = False,
    trace: bool = False,
) -> Finding[date | None]:
    """Last day to post the portal notice before suspending a data-sharing service.

    ``count`` reads "ít nhất 07 ngày làm việc trước" as for Decree 64/2007 Art 16:
    ``"inclusive"`` (default) is the 7th working day before the start, ``"clear"`` leaves 7
    full working days in between. Force majeure (khoản 1 điểm b): None, with the duty of
    khoản 4 to announce by a suitable means and fix quickly. Answered only for a notice due
    (or, in force majeure, a suspension starting) before 2025-10-22, the day of the repeal.
    """
    cal = check_calendar(calendar)
    reading = choose(count, "count", ("inclusive", "clear", "raise"))
    _flags(force_majeure=force_majeure, strict=strict, trace=trace)
    if force_majeure:
        in_force_on(
            starts, "starts", what=msg("decree_47_2020.what.suspension"), hint=_GENERAL_RULE
        )
        return Finding(
            outcome=None,
            explanation=msg("decree_47_2020.art43.force_majeure"),
            basis=(DECREE_47.cite(43, 1, "b"), DECREE_47.cite(43, 4)),
            readings={"force_majeure": "no advance notice; announce and fix quickly"},
        )
    if reading == "raise":
        raise ambiguous("count", msg("decree_47_2020.art43.count_unsettled"))
    n = 7 if reading == "inclusive" else 8
    found = deadline(
        cal,
        starts,
        WorkingDays(-n),
        label="latest_notice_day",
        name="starts",
        strict=strict,
        trace=trace,
        readings={"count": reading},
        explanation=later(
            "decree_47_2020.art43.data_sharing_suspension_notice_deadline", count=reading
        ),
    )
    in_force_on(
        found.outcome,
        "latest_notice_day",
        what=msg("decree_47_2020.what.latest_notice_day"),
        hint=_GENERAL_RULE,
    )
    return Finding[date | None](
        outcome=found.outcome,
        explanation=found.explanation,
        basis=found.basis,
        caveats=found.caveats,
        readings=found.readings,
        trace=found.trace,
        calendar_version=found.calendar_version,
    )


# Khoản 5: "thông báo cho cơ quan khai thác dữ liệu trong thời gian chậm nhất 01 ngày kể từ
# thời điểm xác định vi phạm"
@rule(DECREE_47.cite(43, 5))
def user_suspension_notice_deadline(
    identified: date | datetime,
    *,
    ground: SuspensionGround = "breach",
    roll: BreachRoll = "next_working_day",
    calendar: WorkingCalendar = PUBLIC_SECTOR,
    strict: bool = False,
    trace: bool = False,
) -> Finding[date]:
    """Last day to tell a consuming agency cut off for a breach (or a security risk) why.

    "01 ngày" has no "làm việc": one calendar day after the day the breach is identified (that
    day is not counted, Civil Code Art 147). By default a last day falling on a rest day rolls
    to the next working day (Civil Code Art 148.5, as for every calendar-day period here); for
    one day this equals "the next working day". ``roll="none"`` keeps the next calendar day;
    ``"raise"`` refuses to choose. Answered only if the notice falls due before 2025-10-22.
    """
    in_force_on(identified, "identified", what=msg("decree_47_2020.what.identified"))
    cal = check_calendar(calendar)
    why = choose(ground, "ground", ("breach", "security_risk"))
    how = choose(roll, "roll", ("next_working_day", "none", "raise"))
    _flags(strict=strict, trace=trace)
    if how == "raise":
        raise ambiguous("roll", msg("decree_47_2020.art43.roll_unsettled"))
    rolled: Roll = "next_working_day" if how == "next_working_day" else "none"
    point = "a" if why == "breach" else "b"
    found = deadline(
        cal,
        identified,
        CalendarDays(1),
        roll=rolled,
        label="notify_consumer_by",
        strict=strict,
        trace=trace,
        readings={"roll": how},
        basis=(DECREE_47.cite(43, 2, point),),
        explanation=later(f"decree_47_2020.art43.user_notice.{why}", roll=how),
    )
    in_force_on(
        found.outcome, "notify_consumer_by", what=msg("decree_47_2020.what.latest_notice_day")
    )
    return found
