"""Điều 25. Chi phí tiếp cận thông tin

Law 01/2026/QH16, Art. 25: no fee or charge for information unless a related law provides one
(clause 1). The requester pays the actual cost of printing, copying, photographing and sending
it, except when asking for information that should have been disclosed but was not yet
(Art 23.1(a)) or that force majeure keeps from them (Art 23.1(c)): then nothing is owed. The
Minister of Finance is to detail this clause (clause 2). :func:`request_costs` is the Law
01/2026 version of the ``request_costs`` rule.

No circular under clause 2 was found. Circular 46/2018/TT-BTC (issued under Law 104) is kept
as the price basis, with a caveat, until one is known (research-update-2026-11 §3.4).

Clauses encoded (verbatim, one unofficial copy):

1. Công dân được cung cấp thông tin không phải trả phí, lệ phí, trừ trường hợp pháp luật có
liên quan quy định khác.

2. Người yêu cầu cung cấp thông tin có trách nhiệm thanh toán chi phí thực tế để in, sao, chụp,
gửi thông tin.

Trường hợp người yêu cầu cung cấp thông tin theo quy định tại điểm a và điểm c khoản 1 Điều 23
của Luật này thì không phải trả chi phí.

Bộ trưởng Bộ Tài chính quy định chi tiết khoản này.

Ten black-and-white A4 photocopies (3,000 đồng each at Circular 46's price) cost 30,000 đồng;
the same copies of information not yet disclosed in its period (Art 23.1(a)) cost nothing.

>>> from datetime import date
>>> from accessinfo.models.access import CostLine, CostOrder
>>> lines = (CostLine(item="photocopy_bw", quantity=10),)
>>> request_costs(CostOrder(lines=lines), on=date(2026, 9, 3)).outcome.total_vnd
30000
>>> waived = CostOrder(lines=lines, disclosure_exception="not_yet_disclosed")
>>> request_costs(waived, on=date(2026, 9, 3)).outcome.total_vnd
0
"""

from __future__ import annotations

from datetime import date, datetime

from accessinfo.articles.circular_46_2018.art_3 import copying_cost, sending_cost
from accessinfo.calendar import as_vn_date
from accessinfo.core.decisions import Finding
from accessinfo.core.rules import rule
from accessinfo.models.access import CostBreakdown, CostOrder, as_model, check_flag

from . import IN_FORCE_FROM
from . import INSTRUMENT as LAW

__all__ = ["CIRCULAR_46_CAVEAT", "request_costs"]

CIRCULAR_46_CAVEAT = (
    "Law 01/2026 Art 25.2 leaves the actual costs to the Minister of Finance; no new circular "
    "was found, so the prices of Circular 46/2018/TT-BTC (issued under Law 104/2016) are used"
)
_WAIVED = {"not_yet_disclosed": "a", "force_majeure": "c"}


# Khoản 1: "không phải trả phí, lệ phí"; khoản 2: "có trách nhiệm thanh toán chi phí thực tế để
# in, sao, chụp, gửi thông tin ... theo quy định tại điểm a và điểm c khoản 1 Điều 23 ... thì
# không phải trả chi phí"
@rule(
    LAW.cite(25, 2),
    LAW.cite(25, 1),
    family="request_costs",
    valid_from=IN_FORCE_FROM,
    key="on",
)
def request_costs(
    order: CostOrder, *, on: date | datetime, strict: bool = False
) -> Finding[CostBreakdown]:
    """The actual costs the requester pays (no fee; none in the Art 23.1(a)(c) cases), in VND."""
    as_vn_date(on, "on")
    check_flag(strict=strict)
    o = as_model(CostOrder, order, "order")
    if o.disclosure_exception in _WAIVED:
        point = _WAIVED[o.disclosure_exception]
        return Finding(
            outcome=CostBreakdown(
                lines=(),
                copying_vnd=0,
                materials_vnd=0,
                sending_vnd=0,
                total_vnd=0,
                rate_percent=0,
                sending=o.sending,
                payable_before_provision=False,
            ),
            explanation="No fee or charge, and no actual costs: the information is requested "
            f"under Art 23.1({point}), for which Art 25.2 waives the costs.",
            basis=(LAW.cite(23, 1, point),),
        )
    copy = copying_cost(o)
    send = sending_cost(o)
    copying_vnd = sum(x.amount_vnd for x in copy.outcome)
    total = copying_vnd + o.materials_vnd + send.outcome
    pct = copy.outcome[0].rate_percent if copy.outcome else 100
    parts = [f"printing and copying {copying_vnd:,} đồng"]
    if o.materials_vnd:
        parts.append(f"media at actual cost {o.materials_vnd:,} đồng")
    parts.append(f"sending {send.outcome:,} đồng")
    return Finding(
        outcome=CostBreakdown(
            lines=copy.outcome,
            copying_vnd=copying_vnd,
            materials_vnd=o.materials_vnd,
            sending_vnd=send.outcome,
            total_vnd=total,
            rate_percent=pct,
            sending=o.sending,
        ),
        explanation="No fee or charge; actual costs: "
        + ", ".join(parts)
        + f"; total {total:,} đồng. An agency may refuse while they are unpaid (Art 27.6), so "
        "they are paid before the information is provided. "
        + copy.explanation
        + " "
        + send.explanation,
        basis=(*copy.basis, *send.basis, LAW.cite(27, 6)),
        caveats=(*copy.caveats, *send.caveats, CIRCULAR_46_CAVEAT),
    )
