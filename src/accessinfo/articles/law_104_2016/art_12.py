"""Điều 12. Chi phí tiếp cận thông tin

Law 104/2016/QH13, Art. 12: receiving information costs no fee or charge unless another law
provides one (clause 1); the requester pays the actual cost of printing, copying,
photographing and sending it, as the Minister of Finance details (clause 2: Circular
46/2018/TT-BTC), before the information is provided (Decree 13/2018/NĐ-CP Art 13.2).
:func:`request_costs` is the Law 104 version of the ``request_costs`` rule, for requests SENT
from 2018-07-01 to 2026-08-31 (after that day they stay under Law 104, Law 01/2026 Art 31.4).

Clause 1's exception "trừ trường hợp luật khác có quy định" is encoded by
:func:`access_fee`: a fee is owed only when the caller names the provision of another LAW that
provides it (``CostOrder.other_law_fee_vnd`` with ``other_law_fee_basis``); accessinfo has not
read such laws, so the Decision says the fee is the caller's statement (provisional).

A request sent before 2026-09-01 but priced later (``priced_on``): Circular 126/2026 Art 5 keeps
Circular 46/2018's rates, reductions included; Decree 13/2018 ended on 2026-09-01 (Decree
337/2026 Art 15.3) with no saving clause, so its "pay before provision" (Art 13.2) is applied
provisionally, as every Decree 13 rule after that day
(``docs/readings/decree-13-2018-after-1-september-2026.md``), next to Art 28.1(e) (the agency
refuses while the costs are unpaid); ``strict=True`` refuses.

Clauses encoded (verbatim, pháp điển):

1. Công dân được cung cấp thông tin không phải trả phí, lệ phí, trừ trường hợp luật khác có
quy định.

2. Người yêu cầu cung cấp thông tin phải trả chi phí thực tế để in, sao, chụp, gửi thông tin.

Twenty black-and-white A4 photocopies and two A3 ones (3,000 đồng, A3 twice that), sent by
e-mail: 20 × 3,000 + 2 × 6,000 = 72,000 đồng; sending is free.

>>> from datetime import date
>>> from accessinfo.models.access import CostLine, CostOrder
>>> order = CostOrder(
...     lines=(
...         CostLine(item="photocopy_bw", quantity=20),
...         CostLine(item="photocopy_bw", quantity=2, paper="A3"),
...     ),
...     sending="email",
... )
>>> request_costs(order, sent=date(2025, 4, 26)).outcome.total_vnd
72000
"""

from __future__ import annotations

from datetime import date, datetime

from accessinfo.articles._annex import priced_day
from accessinfo.articles.circular_46_2018 import VALID_UNTIL as CIRCULAR_46_UNTIL
from accessinfo.articles.circular_46_2018.art_3 import (
    copying_cost,
    copying_rate_percent,
    sending_cost,
)
from accessinfo.articles.decree_13_2018 import INSTRUMENT as DECREE_13
from accessinfo.articles.decree_13_2018 import after_end
from accessinfo.calendar import as_vn_date
from accessinfo.core.citations import Citation, instrument
from accessinfo.core.decisions import Finding
from accessinfo.core.messages import Text, caveats_of, explanation_of, join, msg
from accessinfo.core.rules import rule
from accessinfo.errors import InvalidInput
from accessinfo.models.access import CostBreakdown, CostOrder, as_model, check_flag

from . import INSTRUMENT as LAW_104

__all__ = ["access_fee", "request_costs"]

_LAW_104_UNTIL = date(2026, 9, 1)


# Khoản 1: "không phải trả phí, lệ phí, trừ trường hợp luật khác có quy định"
@rule(LAW_104.cite(12, 1), family="access_fee", valid_until=_LAW_104_UNTIL)
def access_fee(order: CostOrder) -> Finding[int]:
    """The fee or charge (phí, lệ phí) owed: none, unless another law provides one."""
    o = as_model(CostOrder, order, "order")
    if o.other_law_fee_vnd == 0:
        return Finding(outcome=0, explanation=msg("law_104_2016.art12.no_fee"))
    basis = o.other_law_fee_basis or "?"
    return Finding(
        outcome=o.other_law_fee_vnd,
        explanation=msg("law_104_2016.art12.fee", fee=o.other_law_fee_vnd, law=basis),
        caveats=(msg("law_104_2016.art12.fee_unread", law=basis),),
    )


# Khoản 2: "phải trả chi phí thực tế để in, sao, chụp, gửi thông tin"
@rule(
    LAW_104.cite(12, 2),
    LAW_104.cite(12, 1),
    family="request_costs",
    valid_until=_LAW_104_UNTIL,
    key="sent",
)
def request_costs(
    order: CostOrder,
    *,
    sent: date | datetime,
    priced_on: date | datetime | None = None,
    strict: bool = False,
) -> Finding[CostBreakdown]:
    """The actual costs the requester pays (no fee), in integer VND, before provision.

    ``sent``: the day the request was sent (it picks Law 104 and Circular 46/2018);
    ``priced_on``: the day the agency prices it, if known (not before ``sent``).
    """
    day = as_vn_date(sent, "sent")
    check_flag(strict=strict)
    priced = priced_day(priced_on, day)
    o = as_model(CostOrder, order, "order")
    if o.other_law_waiver is not None:
        raise InvalidInput(msg("law_104_2016.art12.no_waiver"))
    copy = copying_cost(o)
    send = sending_cost(o)
    fee = access_fee(o)
    copying_vnd = sum(x.amount_vnd for x in copy.outcome)
    total = copying_vnd + o.materials_vnd + send.outcome + fee.outcome
    payment: Text
    pay_basis: tuple[Citation, ...]
    caveats: tuple[str | Text, ...] = ()
    if priced is not None and priced >= CIRCULAR_46_UNTIL:
        # Decree 13/2018 ended on 2026-09-01 without a saving clause: applied provisionally
        caveats, ended = after_end(priced, strict)
        payment = msg("law_104_2016.art12.priced_after", sent=day, priced=priced)
        pay_basis = (
            DECREE_13.cite(13, 2),
            *ended,
            LAW_104.cite(28, 1, "e"),
            instrument("circular_126_2026").cite(5),
        )
    else:
        payment = msg("law_104_2016.art12.pay_first")
        pay_basis = (DECREE_13.cite(13, 2),)
    return Finding(
        outcome=CostBreakdown(
            lines=copy.outcome,
            copying_vnd=copying_vnd,
            materials_vnd=o.materials_vnd,
            sending_vnd=send.outcome,
            total_vnd=total,
            rate_percent=copy.outcome[0].rate_percent
            if copy.outcome
            else copying_rate_percent(o.agency_area).outcome,
            sending=o.sending,
            fee_vnd=fee.outcome,
            fee_basis=o.other_law_fee_basis,
            circular="circular_46_2018",
        ),
        explanation=join(
            [
                explanation_of(fee),
                msg(
                    "law_104_2016.art12.request_costs",
                    copying=copying_vnd,
                    materials=o.materials_vnd,
                    sending=send.outcome,
                    total=total,
                ),
                payment,
                explanation_of(copy),
                explanation_of(send),
            ]
        ),
        basis=(*pay_basis, *copy.basis, *send.basis, *fee.basis),
        caveats=(*caveats, *caveats_of(copy), *caveats_of(send), *caveats_of(fee)),
    )
