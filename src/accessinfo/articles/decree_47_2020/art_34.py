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

A list reviewed on 31 August 2025 is next due by the corresponding day six months later; 28
February 2026 has no 31st, so the last day of February, a Saturday, is the end, which rolls to
Monday 2 March 2026 (Civil Code Art 148.3, 148.5).

>>> from datetime import date
>>> shared_by_default("shared_catalogue", on=date(2026, 3, 2)).outcome
True
>>> default_list_review_due(date(2025, 8, 31)).outcome
datetime.date(2026, 3, 2)
"""

from __future__ import annotations

import calendar as _months
from datetime import date, datetime
from typing import get_args

from accessinfo.calendar import PUBLIC_SECTOR, CalendarDays, WorkingCalendar, as_vn_date
from accessinfo.core.citations import instrument
from accessinfo.core.decisions import Finding
from accessinfo.core.periods import check_calendar, choose
from accessinfo.core.rules import rule
from accessinfo.errors import CalendarUnknown, InvalidInput

from . import INSTRUMENT as DECREE
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
@rule(DECREE.cite(34, 1), family="data_sharing.shared_by_default", key="on")
def shared_by_default(kind: DataKind, *, on: date | datetime) -> Finding[bool]:
    """Whether a kind of data belongs to what is shared by default."""
    k = choose(kind, "kind", get_args(DataKind))
    as_vn_date(on, "on")
    if k == "other":
        return Finding(
            outcome=False,
            explanation="Not one of the kinds of Art 34.1: shared on specific request unless "
            "the agency puts it on its default-sharing list.",
        )
    return Finding(
        outcome=True,
        explanation=f"{k.replace('_', ' ').capitalize()} is shared by default (Art 34.1).",
        basis=(DECREE.cite(34, 1, _POINT[k]),),
    )


def _plus_months(d: date, months: int) -> date:
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    return date(year, month, min(d.day, _months.monthrange(year, month)[1]))


# Khoản 2: "phải ban hành, rà soát định kỳ tối thiểu 6 tháng/lần"
@rule(
    DECREE.cite(34, 2),
    instrument("code_91_2015").cite(147, 2),
    instrument("code_91_2015").cite(148, 3),
    family="data_sharing.default_list_review_due",
    key="last_review",
)
def default_list_review_due(
    last_review: date | datetime,
    *,
    calendar: WorkingCalendar = PUBLIC_SECTOR,
    strict: bool = False,
    trace: bool = False,
) -> Finding[date]:
    """Latest day for the next review of the default-sharing list: 6 months after the last."""
    cal = check_calendar(calendar)
    if not isinstance(strict, bool) or not isinstance(trace, bool):
        raise InvalidInput("strict and trace must be True or False")
    start = as_vn_date(last_review, "last_review")
    end = _plus_months(start, REVIEW_MONTHS)
    r = cal.reckon(end, CalendarDays(0), trace=trace, label="review_due")
    if strict and not r.certain:
        raise CalendarUnknown(
            "strict=True: the review date depends on days not yet announced: "
            + "; ".join(r.caveats(cal.known_until))
        )
    rolled = r.end != end
    text = (
        f"Last review {start.isoformat()}: the next is due within {REVIEW_MONTHS} months, on the "
        f"corresponding day {end.isoformat()}"
        + (f", a rest day, so by {r.end.isoformat()}." if rolled else ".")
    )
    return Finding(
        outcome=r.end,
        explanation=text,
        basis=(instrument("code_91_2015").cite(148, 5),) if rolled else (),
        caveats=r.caveats(cal.known_until),
        trace=r.steps,
        calendar_version=cal.version,
    )
