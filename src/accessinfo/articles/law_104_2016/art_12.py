"""Điều 12. Chi phí tiếp cận thông tin

Law 104/2016/QH13, Art. 12: receiving information costs no fee or charge unless another law
provides one; the requester pays the actual cost of printing, copying, photographing and
sending it, as the Minister of Finance details (Circular 46/2018/TT-BTC), and pays it before
the information is provided (Decree 13/2018/NĐ-CP Art. 13.2). :func:`request_costs` is the
Law 104 version of the ``request_costs`` rule.

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
>>> request_costs(order, on=date(2025, 4, 26)).outcome.total_vnd
72000
"""

from __future__ import annotations

from datetime import date, datetime

from accessinfo.articles.circular_46_2018.art_3 import (
    copying_cost,
    copying_rate_percent,
    sending_cost,
)
from accessinfo.articles.decree_13_2018 import INSTRUMENT as DECREE_13
from accessinfo.calendar import as_vn_date
from accessinfo.core.decisions import Finding
from accessinfo.core.rules import rule
from accessinfo.models.access import CostBreakdown, CostOrder, as_model, check_flag

from . import INSTRUMENT as LAW_104

__all__ = ["request_costs"]


# Khoản 1: "không phải trả phí, lệ phí"; khoản 2: "phải trả chi phí thực tế để in, sao, chụp,
# gửi thông tin"
@rule(
    LAW_104.cite(12, 2),
    LAW_104.cite(12, 1),
    DECREE_13.cite(13, 2),
    family="request_costs",
    valid_until=date(2026, 9, 1),
    key="on",
)
def request_costs(
    order: CostOrder, *, on: date | datetime, strict: bool = False
) -> Finding[CostBreakdown]:
    """The actual costs the requester pays (no fee), in integer VND, before provision."""
    as_vn_date(on, "on")
    check_flag(strict=strict)
    o = as_model(CostOrder, order, "order")
    copy = copying_cost(o)
    send = sending_cost(o)
    copying_vnd = sum(x.amount_vnd for x in copy.outcome)
    total = copying_vnd + o.materials_vnd + send.outcome
    pct = copying_rate_percent(o.agency_area).outcome
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
        + f"; total {total:,} đồng, payable before the information is provided. "
        + copy.explanation
        + " "
        + send.explanation,
        basis=(*copy.basis, *send.basis),
        caveats=(*copy.caveats, *send.caveats),
    )
