"""Điều 16. Khai thác và sử dụng Cơ sở dữ liệu quốc gia về xử lý vi phạm hành chính thông qua kết nối mạng máy tính

Circular 13/2016/TT-BTP, Art. 16: connecting a sector database to the national database on
administrative violations. The head of the agency managing the sector database applies in
writing; the managing agency of the national database must approve (saying how the data is
connected and how many fields are shared) or refuse in writing with reasons within 7 working
days of receiving the application, and must issue the access account within 10 working days of
the approval.

Clauses encoded (verbatim, seed 001):

1. Thủ trưởng cơ quan quản lý cơ sở dữ liệu chuyên ngành gửi văn bản đề nghị kết nối, tích hợp
dữ liệu, truy nhập thông tin trong Cơ sở dữ liệu quốc gia về xử lý vi phạm hành chính tới cơ
quan chủ quản Cơ sở dữ liệu quốc gia về xử lý vi phạm hành chính.

2. Trong thời hạn 07 (bảy) ngày làm việc, kể từ ngày nhận được văn bản đề nghị, cơ quan chủ
quản Cơ sở dữ liệu quốc gia về xử lý vi phạm hành chính phải có văn bản đồng ý kết nối nếu đủ
điều kiện, trong đó xác định rõ phương thức kết nối, tích hợp dữ liệu và số lượng trường thông
tin chia sẻ hoặc văn bản từ chối, không cho phép kết nối, tích hợp dữ liệu, truy nhập thông tin
trong Cơ sở dữ liệu quốc gia về xử lý vi phạm hành chính, trong đó nêu rõ lý do.

Trong thời hạn 10 (mười) ngày làm việc, kể từ ngày có văn bản đồng ý, cơ quan chủ quản Cơ sở
dữ liệu quốc gia về xử lý vi phạm hành chính cấp tài khoản truy nhập cho cơ quan quản lý dữ
liệu chuyên ngành và thực hiện các biện pháp kỹ thuật để cho phép kết nối, tích hợp dữ liệu,
truy nhập thông tin trong Cơ sở dữ liệu quốc gia về xử lý vi phạm hành chính theo nội dung đã
xác định trong văn bản.

An application received on Friday 9 January 2026: Saturday 10 January is a swapped working
day, so the seventh working day is Monday 19 January; approved that day, the account is due
ten working days later, on Monday 2 February.

>>> from datetime import date
>>> d = connection_deadlines(date(2026, 1, 9), approved=date(2026, 1, 19))
>>> d.outcome.decide_by, d.outcome.account_by
(datetime.date(2026, 1, 19), datetime.date(2026, 2, 2))
>>> print(d.basis[0])
khoản 2 Điều 16 Thông tư số 13/2016/TT-BTP
"""  # noqa: E501

from __future__ import annotations

from datetime import date, datetime

from accessinfo.calendar import PUBLIC_SECTOR, WorkingCalendar
from accessinfo.core.decisions import Finding
from accessinfo.core.rules import rule

from . import INSTRUMENT as CIRCULAR
from ._deadlines import two_step
from ._types import AccessDeadlines

__all__ = ["connection_deadlines"]


# Khoản 2: "Trong thời hạn 07 (bảy) ngày làm việc … văn bản đồng ý … hoặc văn bản từ chối";
# "Trong thời hạn 10 (mười) ngày làm việc, kể từ ngày có văn bản đồng ý … cấp tài khoản"
@rule(
    CIRCULAR.cite(16, 2),
    CIRCULAR.cite(15, 7),
    family="violations_db.connection_deadlines",
    key="received",
)
def connection_deadlines(
    received: date | datetime,
    *,
    approved: date | datetime | None = None,
    calendar: WorkingCalendar = PUBLIC_SECTOR,
    strict: bool = False,
    trace: bool = False,
) -> Finding[AccessDeadlines]:
    """Days by which a network connection must be decided and its access account issued."""
    return two_step(
        calendar,
        received,
        approved,
        form="network_connection",
        decide_days=7,
        account_days=10,
        strict=strict,
        trace=trace,
    )
