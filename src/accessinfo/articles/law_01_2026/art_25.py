"""Điều 25. Chi phí tiếp cận thông tin

Law 01/2026/QH16, Art. 25: no fee or charge for information unless related legislation
provides one (clause 1). The requester pays the actual cost of printing, copying,
photographing and sending it, except when asking for information that should have been
disclosed but was not yet (Art 23.1(a)) or that force majeure keeps from them (Art 23.1(c)):
then nothing is owed. The Minister of Finance details this clause (clause 2): Circular
126/2026/TT-BTC, whose Art 3.3 repeats the same waiver. Decree 337/2026/NĐ-CP Art 14.1 makes
the costs payable before provision unless they are waived (by Art 25.2 or another law).
:func:`request_costs` is the Law 01/2026 version of the ``request_costs`` rule, for requests
SENT from 2026-09-01 (earlier ones stay under Law 104 and Circular 46/2018: Art 31.4,
Circular 126 Art 5).

Clause 1's exception ("trừ trường hợp pháp luật có liên quan quy định khác") is encoded by
:func:`access_fee`: a fee is owed only when the caller names the provision that provides it.

Clauses encoded (verbatim, one unofficial copy):

1. Công dân được cung cấp thông tin không phải trả phí, lệ phí, trừ trường hợp pháp luật có
liên quan quy định khác.

2. Người yêu cầu cung cấp thông tin có trách nhiệm thanh toán chi phí thực tế để in, sao, chụp,
gửi thông tin.

Trường hợp người yêu cầu cung cấp thông tin theo quy định tại điểm a và điểm c khoản 1 Điều 23
của Luật này thì không phải trả chi phí.

Bộ trưởng Bộ Tài chính quy định chi tiết khoản này.

Ten black-and-white A4 photocopies (3,000 đồng each, Circular 126's annex) and one A1 one
(8 × 3,000) cost 54,000 đồng; the same copies of information not yet disclosed in its period
(Art 23.1(a)) cost nothing.

>>> from datetime import date
>>> from accessinfo.models.access import CostLine, CostOrder
>>> lines = (
...     CostLine(item="photocopy_bw", quantity=10),
...     CostLine(item="photocopy_bw", quantity=1, paper="A1"),
... )
>>> request_costs(CostOrder(lines=lines), sent=date(2026, 9, 3)).outcome.total_vnd
54000
>>> waived = CostOrder(lines=lines, disclosure_exception="not_yet_disclosed")
>>> request_costs(waived, sent=date(2026, 9, 3)).outcome.total_vnd
0
"""

from __future__ import annotations

from datetime import date, datetime

from accessinfo.articles._annex import priced_day
from accessinfo.articles.circular_126_2026.art_3 import (
    UnpricedSending,
    copying_cost,
    sending_cost,
)
from accessinfo.articles.decree_337_2026.art_14 import payable_before_provision
from accessinfo.calendar import as_vn_date
from accessinfo.core.decisions import Finding
from accessinfo.core.messages import caveats_of, explanation_of, join, msg
from accessinfo.core.periods import choose
from accessinfo.core.rules import rule
from accessinfo.models.access import CostBreakdown, CostOrder, as_model, check_flag

from . import IN_FORCE_FROM
from . import INSTRUMENT as LAW

__all__ = ["access_fee", "request_costs"]


# Khoản 1: "không phải trả phí, lệ phí, trừ trường hợp pháp luật có liên quan quy định khác"
@rule(LAW.cite(25, 1), family="access_fee", valid_from=IN_FORCE_FROM)
def access_fee(order: CostOrder) -> Finding[int]:
    """The fee or charge (phí, lệ phí) owed: none, unless related legislation provides one."""
    o = as_model(CostOrder, order, "order")
    if o.other_law_fee_vnd == 0:
        return Finding(outcome=0, explanation=msg("law_01_2026.art25.no_fee"))
    basis = o.other_law_fee_basis or "?"
    return Finding(
        outcome=o.other_law_fee_vnd,
        explanation=msg("law_01_2026.art25.fee", fee=o.other_law_fee_vnd, law=basis),
        caveats=(msg("law_01_2026.art25.fee_unread", law=basis),),
    )


# Khoản 2: "có trách nhiệm thanh toán chi phí thực tế để in, sao, chụp, gửi thông tin ... theo
# quy định tại điểm a và điểm c khoản 1 Điều 23 ... thì không phải trả chi phí"
@rule(
    LAW.cite(25, 2),
    LAW.cite(25, 1),
    family="request_costs",
    valid_from=IN_FORCE_FROM,
    key="sent",
)
def request_costs(
    order: CostOrder,
    *,
    sent: date | datetime,
    priced_on: date | datetime | None = None,
    strict: bool = False,
    unpriced_sending: UnpricedSending = "no_line",
) -> Finding[CostBreakdown]:
    """The actual costs the requester pays (no fee; none in the Art 23.1(a)(c) cases), in VND.

    ``sent``: the day the request was sent (it picks Law 01/2026 and Circular 126/2026);
    ``priced_on``: the day the agency prices it, if known (not before ``sent``);
    ``unpriced_sending``: the reading for e-mail or fax, which no text prices.
    """
    day = as_vn_date(sent, "sent")
    check_flag(strict=strict)
    priced_day(priced_on, day)
    choose(unpriced_sending, "unpriced_sending", ("no_line", "raise"))
    o = as_model(CostOrder, order, "order")
    fee = access_fee(o)
    pay = payable_before_provision(o.disclosure_exception, other_law_waiver=o.other_law_waiver)
    if not pay.outcome:
        return Finding(
            outcome=CostBreakdown(
                lines=(),
                copying_vnd=0,
                materials_vnd=0,
                sending_vnd=0,
                total_vnd=fee.outcome,
                rate_percent=0,
                sending=o.sending,
                fee_vnd=fee.outcome,
                fee_basis=o.other_law_fee_basis,
                payable_before_provision=False,
                circular="circular_126_2026",
            ),
            explanation=join(
                [explanation_of(fee), msg("law_01_2026.art25.waived"), explanation_of(pay)]
            ),
            basis=(*pay.basis, *fee.basis),
            caveats=(*caveats_of(pay), *caveats_of(fee)),
        )
    copy = copying_cost(o)
    send = sending_cost(o, unpriced_sending=unpriced_sending)
    copying_vnd = sum(x.amount_vnd for x in copy.outcome)
    total = copying_vnd + o.materials_vnd + send.outcome + fee.outcome
    return Finding(
        outcome=CostBreakdown(
            lines=copy.outcome,
            copying_vnd=copying_vnd,
            materials_vnd=o.materials_vnd,
            sending_vnd=send.outcome,
            total_vnd=total,
            rate_percent=100,
            sending=o.sending,
            fee_vnd=fee.outcome,
            fee_basis=o.other_law_fee_basis,
            circular="circular_126_2026",
        ),
        explanation=join(
            [
                explanation_of(fee),
                msg(
                    "law_01_2026.art25.request_costs",
                    copying=copying_vnd,
                    materials=o.materials_vnd,
                    sending=send.outcome,
                    total=total,
                ),
                explanation_of(pay),
                explanation_of(copy),
                explanation_of(send),
            ]
        ),
        basis=(*copy.basis, *send.basis, *pay.basis, *fee.basis),
        caveats=(*caveats_of(copy), *caveats_of(send), *caveats_of(pay), *caveats_of(fee)),
        readings=dict(send.readings),
    )
