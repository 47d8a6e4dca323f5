"""Điều 13. Kinh phí bảo đảm thực hiện quyền tiếp cận thông tin và chi phí tiếp cận thông tin

Decree 13/2018/NĐ-CP, Art. 13: the state budget funds the agencies' work of providing
information; the requester's access costs are paid before the information is provided, into
the state budget. So information on which costs are owed waits until they are paid.

Clause encoded (verbatim, pháp điển):

2. Chi phí tiếp cận thông tin phải được người yêu cầu trả trước khi cung cấp thông tin và phải
được nộp vào ngân sách nhà nước.

>>> provision_awaits_payment("unpaid").outcome
True
>>> provision_awaits_payment("paid").outcome
False

Applied on 15 September 2026 to a Law 104 request sent in August, it still answers, but
provisionally: the decree ended on 1 September 2026 without a saving clause.

>>> from datetime import date
>>> provision_awaits_payment("unpaid", on=date(2026, 9, 15)).status
'provisional'
"""

from __future__ import annotations

from datetime import date, datetime

from accessinfo.core.decisions import Finding
from accessinfo.core.messages import msg
from accessinfo.core.periods import choose
from accessinfo.core.rules import rule
from accessinfo.models.access import CostsStatus

from . import INSTRUMENT as DECREE_13
from . import after_end

__all__ = ["provision_awaits_payment"]


# Khoản 2: "phải được người yêu cầu trả trước khi cung cấp thông tin"
@rule(DECREE_13.cite(13, 2))
def provision_awaits_payment(
    costs: CostsStatus, *, on: date | datetime | None = None, strict: bool = False
) -> Finding[bool]:
    """Whether the agency must wait for payment before providing the information.

    ``on``: the day the rule is applied (None: not said). From 2026-09-01 the answer is
    provisional (the decree ended without a saving clause) and ``strict=True`` refuses it.
    """
    status = choose(costs, "costs", ("none", "paid", "unpaid"))
    caveats, basis = after_end(on, strict)
    return Finding(
        outcome=status == "unpaid",
        explanation=msg(f"decree_13_2018.art13.{status}"),
        basis=basis,
        caveats=caveats,
    )
