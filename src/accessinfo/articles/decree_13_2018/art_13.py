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
"""

from __future__ import annotations

from accessinfo.core.decisions import Finding
from accessinfo.core.periods import choose
from accessinfo.core.rules import rule
from accessinfo.models.access import CostsStatus

from . import INSTRUMENT as DECREE_13

__all__ = ["provision_awaits_payment"]


# Khoản 2: "phải được người yêu cầu trả trước khi cung cấp thông tin"
@rule(DECREE_13.cite(13, 2))
def provision_awaits_payment(costs: CostsStatus) -> Finding[bool]:
    """Whether the agency must wait for payment before providing the information."""
    status = choose(costs, "costs", ("none", "paid", "unpaid"))
    if status == "unpaid":
        return Finding(
            outcome=True,
            explanation="Access costs are owed and unpaid: they are paid before the "
            "information is provided.",
        )
    why = "no access costs are owed" if status == "none" else "the access costs are paid"
    return Finding(outcome=False, explanation=f"Nothing to wait for: {why}.")
