"""Điều 17. Khai thác và sử dụng Cơ sở dữ liệu quốc gia về xử lý vi phạm hành chính thông qua tra cứu thông tin trực tuyến trên Cổng thông tin điện tử

Circular 13/2016/TT-BTP, Art. 17: online lookup on the portal. A person or organisation applies
in writing; the managing agency must approve (fixing the scope and duration of access) or
refuse in writing with reasons within 5 working days of receipt, and must issue the access
account within 1 working day after the approval.

Clauses encoded (verbatim, seed 001):

1. Cá nhân, tổ chức gửi văn bản đề nghị được truy nhập, tra cứu thông tin trực tuyến về xử lý
vi phạm hành chính trên Cổng thông tin điện tử tới cơ quan chủ quản Cơ sở dữ liệu quốc gia về
xử lý vi phạm hành chính.

2. Trong thời hạn 05 (năm) ngày làm việc, kể từ ngày nhận được văn bản đề nghị, cơ quan chủ
quản Cơ sở dữ liệu quốc gia về xử lý vi phạm hành chính phải có văn bản đồng ý nếu đủ điều
kiện, trong đó xác định rõ phạm vi, thời hạn được truy nhập, tra cứu thông tin trực tuyến về xử
lý vi phạm hành chính trên Cổng thông tin điện tử hoặc văn bản từ chối, không cho phép truy
nhập, tra cứu thông tin trực tuyến, trong đó nêu rõ lý do.

Trong thời hạn 01 (một) ngày làm việc sau khi có văn bản đồng ý, cơ quan chủ quản Cơ sở dữ
liệu quốc gia về xử lý vi phạm hành chính, cấp tài khoản truy nhập cho cá nhân, tổ chức có đề
nghị để thực hiện truy nhập, tra cứu thông tin trong Cơ sở dữ liệu quốc gia về xử lý vi phạm
hành chính theo nội dung đã xác định trong văn bản.

An application received on Friday 26 April 2024: Monday 29 April was a swapped rest day,
30/4 and 1/5 are holidays and Saturday 4 May a swapped working day, so the working days after
receipt are 2/5 (1), 3/5 (2), Sat 4/5 (3), 6/5 (4) and 7/5 (5). Approved on Friday 3 May, the
account is due on the next working day, Saturday 4 May.

>>> from datetime import date
>>> d = lookup_deadlines(date(2024, 4, 26), approved=date(2024, 5, 3))
>>> d.outcome.decide_by, d.outcome.account_by
(datetime.date(2024, 5, 7), datetime.date(2024, 5, 4))
"""  # noqa: E501

from __future__ import annotations

from datetime import date, datetime

from accessinfo.calendar import PUBLIC_SECTOR, WorkingCalendar
from accessinfo.core.decisions import Finding
from accessinfo.core.rules import rule

from . import INSTRUMENT as CIRCULAR
from ._deadlines import two_step
from ._types import AccessDeadlines

__all__ = ["lookup_deadlines"]


# Khoản 2: "Trong thời hạn 05 (năm) ngày làm việc … văn bản đồng ý … hoặc văn bản từ chối";
# "Trong thời hạn 01 (một) ngày làm việc sau khi có văn bản đồng ý … cấp tài khoản truy nhập"
@rule(
    CIRCULAR.cite(17, 2),
    CIRCULAR.cite(15, 7),
    family="violations_db.lookup_deadlines",
    key="received",
)
def lookup_deadlines(
    received: date | datetime,
    *,
    approved: date | datetime | None = None,
    calendar: WorkingCalendar = PUBLIC_SECTOR,
    strict: bool = False,
    trace: bool = False,
) -> Finding[AccessDeadlines]:
    """Days by which online lookup must be decided and its access account issued."""
    return two_step(
        calendar,
        received,
        approved,
        form="online_lookup",
        decide_days=5,
        account_days=1,
        strict=strict,
        trace=trace,
    )
