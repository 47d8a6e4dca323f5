"""Điều 34. Dữ liệu chia sẻ theo hình thức chia sẻ mặc định

Decree 47/2020/NĐ-CP, Art. 34: what is shared by default — master data in national databases
and in ministry, sector and provincial databases, shared code lists, and other data many
agencies use in the same format and structure. Ministers and provincial chairs must issue the
list of default-shared data and review it at least once every 6 months.

Clauses encoded (verbatim, pháp điển):

1. Dữ liệu được chia sẻ theo hình thức chia sẻ mặc định bao gồm những loại dữ liệu sau:

a) Dữ liệu chủ trong cơ sở dữ liệu quốc gia;

b) Dữ liệu chủ trong cơ sở dữ liệu của bộ, ngành, địa phương;

c) Dữ liệu danh mục dùng chung;

d) Các loại dữ liệu khác được nhiều cơ quan nhà nước khác sử dụng theo cùng một phương thức về
định dạng, cấu trúc, tiêu chuẩn, quy chuẩn về dữ liệu.

2. Bộ trưởng, thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân
các tỉnh, thành phố trực thuộc trung ương phải ban hành, rà soát định kỳ tối thiểu 6 tháng/lần
để cập nhật danh mục dữ liệu chia sẻ theo hình thức mặc định và cân nhắc chuyển dần việc chia
sẻ dữ liệu theo yêu cầu đặc thù sang hình thức mặc định khi đủ điều kiện.

A list reviewed on 31 October 2024 is next due by the corresponding day six months later;
April has no 31st, so the period ends on the last day of April 2025 (Civil Code Art 148.3,
computed with ``dateutil.relativedelta``), Wednesday 30 April, Victory Day; 1 May is Labour
Day, Friday 2 May a swapped rest day (letter 8726/VPCP-KGVX) and 3–4 May a weekend, so the
review is due on Monday 5 May 2025 (Art 148.5). A review falling due on or after 22 October
2025 is not answered: Decree 278/2025 repealed the decree from that day.

>>> from datetime import date
>>> shared_by_default("shared_catalogue", on=date(2025, 3, 3)).outcome
True
>>> default_list_review_due(date(2024, 10, 31)).outcome
datetime.date(2025, 5, 5)
"""

from __future__ import annotations

from datetime import date, datetime
from typing import get_args

from accessinfo.calendar import PUBLIC_SECTOR, CalendarDays, WorkingCalendar
from accessinfo.core.citations import instrument
from accessinfo.core.decisions import Finding
from accessinfo.core.messages import join, msg
from accessinfo.core.periods import check_calendar, choose, months_after
from accessinfo.core.rules import rule
from accessinfo.errors import CalendarUnknown, InvalidInput

from . import INSTRUMENT as DECREE
from . import in_force_on
from ._types import DataKind

__all__ = ["REVIEW_MONTHS", "default_list_review_due", "shared_by_default"]

REVIEW_MONTHS = 6
_POINT = {
    "national_master_data": "a",
    "sector_master_data": "b",
    "shared_catalogue": "c",
    "commonly_used": "d",
}


# Khoản 1: "Dữ liệu được chia sẻ theo hình thức chia sẻ mặc định bao gồm …" a)–d)
@rule(DECREE.cite(34, 1), family="data_sharing.shared_by_default")
def shared_by_default(kind: DataKind, *, on: date | datetime) -> Finding[bool]:
    """Whether a kind of data belongs to what is shared by default."""
    k = choose(kind, "kind", get_args(DataKind))
    in_force_on(on)
    if k == "other":
        return Finding(
            outcome=False, explanation=msg("decree_47_2020.art34.shared_by_default.other")
        )
    point = _POINT[k]
    return Finding(
        outcome=True,
        explanation=msg(
            "decree_47_2020.art34.shared_by_default.listed",
            kind=msg(f"decree_47_2020.art34.kind.{k}"),
            point=point,
        ),
        basis=(DECREE.cite(34, 1, point),),
    )


# Khoản 2: "phải ban hành, rà soát định kỳ tối thiểu 6 tháng/lần"
@rule(
    DECREE.cite(34, 2),
    instrument("code_91_2015").cite(147, 2),
    instrument("code_91_2015").cite(148, 3),
    family="data_sharing.default_list_review_due",
)
def default_list_review_due(
    last_review: date | datetime,
    *,
    calendar: WorkingCalendar = PUBLIC_SECTOR,
    strict: bool = False,
    trace: bool = False,
) -> Finding[date]:
    """Latest day for the next review of the default-sharing list: 6 months after the last.

    Six months end on the corresponding day of the sixth month, or on its last day when it has
    no such day (Civil Code Art 148.3, ``relativedelta``), rolled to a working day (Art 148.5).
    A review falling due on or after 2025-10-22 raises ``NoApplicableRule``: the decree was
    repealed that day (Decree 278/2025) and its six-month cycle ended with it.
    """
    cal = check_calendar(calendar)
    if not isinstance(strict, bool) or not isinstance(trace, bool):
        raise InvalidInput(msg("errors.strict_and_trace"))
    start = in_force_on(last_review, "last_review", what=msg("decree_47_2020.what.last_review"))
    end = months_after(start, REVIEW_MONTHS)
    r = cal.reckon(end, CalendarDays(0), trace=trace, label="review_due")
    in_force_on(
        r.end,
        "review_due",
        what=msg("decree_47_2020.what.next_review", months=REVIEW_MONTHS, last=start),
    )
    if strict and not r.certain:
        caveats = join(r.caveats(cal.known_until), "; ")
        raise CalendarUnknown(msg("errors.articles.review_unknown", caveats=caveats))
    rolled = r.end != end
    key = "decree_47_2020.art34.default_list_review_due"
    text = (
        msg(f"{key}.rolled", start=start, end=end, rolled=r.end)
        if rolled
        else msg(key, start=start, end=end)
    )
    return Finding(
        outcome=r.end,
        explanation=text,
        basis=(instrument("code_91_2015").cite(148, 5),) if rolled else (),
        caveats=r.caveats(cal.known_until),
        trace=r.steps,
        calendar_version=cal.version,
    )
