"""Điều 5. Quy định chuyển tiếp

Circular 126/2026/TT-BTC, Art. 5: a requester who SENT a request before 1 September 2026 and
has not yet received the result keeps the costs of Circular 46/2018/TT-BTC (its prices and its
70% / 50% reductions, its free sending by e-mail or fax). So the circular that prices a request
follows the day the request was sent, not the day it is priced or answered: sent up to
31/08/2026, Circular 46/2018; sent from 01/09/2026, Circular 126/2026 (Art 6.1). The same day
picks the law (Law 01/2026 Art 31.4), so Law 104 requests are priced by Circular 46 and Law 01
requests by Circular 126. A request answered before 1 September was priced by Circular 46,
then in force, anyway.

Clause encoded (verbatim, one unofficial copy):

Người yêu cầu cung cấp thông tin đã gửi yêu cầu cung cấp thông tin đến cơ quan nhà nước trước
ngày Thông tư này có hiệu lực thi hành nhưng chưa được nhận kết quả thì tiếp tục áp dụng mức
chi phí thực tế để in, sao, chụp và gửi thông tin theo quy định tại Thông tư số 46/2018/TT-BTC …

>>> from datetime import date
>>> pricing_circular(date(2026, 8, 31)).outcome
'circular_46_2018'
>>> pricing_circular(date(2026, 9, 1)).outcome
'circular_126_2026'
"""

from __future__ import annotations

from datetime import date, datetime

from accessinfo.articles.circular_46_2018 import INSTRUMENT as CIRCULAR_46
from accessinfo.calendar import as_vn_date
from accessinfo.core.decisions import Finding
from accessinfo.core.messages import msg
from accessinfo.core.rules import rule
from accessinfo.models.access import CostCircular, check_flag

from . import IN_FORCE_FROM
from . import INSTRUMENT as CIRCULAR_126
from .art_6 import cost_circular_in_force, no_cost_circular_before

__all__ = ["pricing_circular"]


# "đã gửi yêu cầu … trước ngày Thông tư này có hiệu lực thi hành nhưng chưa được nhận kết quả
# thì tiếp tục áp dụng mức chi phí … theo quy định tại Thông tư số 46/2018/TT-BTC"
@rule(CIRCULAR_126.cite(5))
def pricing_circular(sent: date | datetime, *, strict: bool = False) -> Finding[CostCircular]:
    """The circular whose rates price a request sent on ``sent`` (46/2018 or 126/2026)."""
    day = as_vn_date(sent, "sent")
    check_flag(strict=strict)
    if day < CIRCULAR_46.valid_from:
        raise no_cost_circular_before(day, "sent")
    if day < IN_FORCE_FROM:
        return Finding(
            outcome="circular_46_2018",
            explanation=msg("circular_126_2026.art5.kept", sent=day, start=IN_FORCE_FROM),
            basis=(CIRCULAR_46.cite(3),),
        )
    d = cost_circular_in_force(day)
    return Finding(
        outcome=d.outcome,
        explanation=msg("circular_126_2026.art5.new", sent=day, start=IN_FORCE_FROM),
        basis=d.basis,
    )
