"""Điều 3. Chi phí cung cấp thông tin

Circular 126/2026/TT-BTC, Art. 3: what a requester under Law 01/2026/QH16 pays for printing,
copying, photographing (the annex prices, clause 1) and sending (the public-postal or courier
tariff, clause 2), and when nothing is owed (clause 3: the cases of Law 01/2026 Art 23.1(a)
and (c)).

Against Circular 46/2018/TT-BTC, which it replaces: the same unit prices; the annex notes now
multiply the A4 price of printing AND photocopying ("in, phô tô") by 2 (A3), 4 (A2), 8 (A1)
and 16 (A0); there is no 70% / 50% reduction for agencies in difficult areas (an
``agency_area`` other than ``"normal"`` is ignored, with a caveat saying so); and no clause
makes sending by e-mail or fax free. Nothing in the circular prices e-mail (or fax) either,
so such sending adds no sending line: the reading ``unpriced_sending="no_line"`` (default;
``"raise"`` refuses to choose), ``docs/readings/circular-126-costs.md``.

Clauses encoded (verbatim, one unofficial copy):

1. Chi phí in, sao, chụp thông tin thực hiện theo mức thu quy định tại Phụ lục ban hành kèm
theo Thông tư này.

2. Chi phí gửi thông tin yêu cầu cung cấp: Mức thu chi phí thực hiện theo mức giá cước dịch vụ
nhận, gửi hồ sơ giải quyết thủ tục hành chính và dịch vụ chuyển trả kết quả giải quyết thủ tục
hành chính qua dịch vụ bưu chính công ích hoặc theo mức chi phí gửi chuyển bưu phẩm, chuyển phát
nhanh theo quy định hiện hành.

3. Trường hợp người yêu cầu cung cấp thông tin theo quy định tại điểm a và điểm c khoản 1 Điều
23 Luật Tiếp cận thông tin số 01/2026/QH16 thì không phải trả chi phí.

Phụ lục, ghi chú: "Mức chi phí in, phô tô tài liệu khổ A3 bằng 2 lần …; khổ A2 bằng 4 lần …;
khổ A1 bằng 8 lần …; khổ A0 bằng 16 lần mức chi phí in, phô tô tài liệu khổ A4."

Two A0 black-and-white photocopies: 2 × 3,000 × 16 = 96,000 đồng; three A1 prints of a
digitised drawing in colour: 3 × 14,000 × 8 = 336,000 đồng.

>>> from accessinfo.models.access import CostLine, CostOrder
>>> order = CostOrder(lines=(
...     CostLine(item="photocopy_bw", quantity=2, paper="A0"),
...     CostLine(item="digitised_print_colour", quantity=3, paper="A1"),
... ))
>>> [x.amount_vnd for x in copying_cost(order).outcome]
[96000, 336000]
>>> sending_cost(CostOrder(sending="email")).outcome
0
>>> costs_waived("not_yet_disclosed").outcome
True
"""

from __future__ import annotations

from functools import cache
from typing import Literal

from accessinfo.articles._annex import (
    PaperRow,
    TableRow,
    load_papers,
    load_table,
    post_explanation,
    price_lines,
)
from accessinfo.core.citations import instrument
from accessinfo.core.decisions import Finding
from accessinfo.core.messages import Text, msg
from accessinfo.core.periods import ambiguous, choose
from accessinfo.core.rules import rule
from accessinfo.models.access import CostLineAmount, CostOrder, DisclosureException, as_model

from . import INSTRUMENT as CIRCULAR_126

__all__ = [
    "UnpricedSending",
    "copying_cost",
    "cost_table",
    "costs_waived",
    "paper_sizes",
    "sending_cost",
]

LAW_01 = instrument("law_01_2026")
UnpricedSending = Literal["no_line", "raise"]
# Law 01/2026 Art 23.1: (a) not yet disclosed within its period; (c) force majeure.
_WAIVED: dict[str, str] = {"not_yet_disclosed": "a", "force_majeure": "c"}
_EXCEPTIONS = ("not_yet_disclosed", "disclosure_period_expired", "force_majeure")


@cache
def cost_table() -> dict[str, TableRow]:
    """The annex table by item (loaded once, on first use)."""
    return load_table("circular_126_2026_costs.csv")


@cache
def paper_sizes() -> dict[str, PaperRow]:
    """The paper-size multiples of the annex note by size (loaded once)."""
    return load_papers("circular_126_2026_paper_sizes.csv")


# Khoản 1: "Chi phí in, sao, chụp thông tin thực hiện theo mức thu quy định tại Phụ lục"
@rule(CIRCULAR_126.cite(3, 1))
def copying_cost(order: CostOrder) -> Finding[tuple[CostLineAmount, ...]]:
    """Priced lines for printing, copying and photographing, in integer VND (no reduction)."""
    order = as_model(CostOrder, order, "order")
    lines = price_lines(order.lines, cost_table(), paper_sizes(), 100)
    caveats: tuple[Text, ...] = ()
    if order.agency_area != "normal":
        caveats = (
            msg(
                "circular_126_2026.art3.no_area_reduction",
                area=msg(f"circular_126_2026.terms.area.{order.agency_area}"),
            ),
        )
    total = sum(x.amount_vnd for x in lines)
    return Finding(
        outcome=lines,
        explanation=msg("circular_126_2026.art3.copying_cost", total=total, n=len(lines)),
        caveats=caveats,
    )


# Khoản 2: "theo mức giá cước dịch vụ … qua dịch vụ bưu chính công ích hoặc theo mức chi phí gửi
# chuyển bưu phẩm, chuyển phát nhanh"
@rule(CIRCULAR_126.cite(3, 2))
def sending_cost(
    order: CostOrder, *, unpriced_sending: UnpricedSending = "no_line"
) -> Finding[int]:
    """Cost of sending the information: the postal tariff by post; no line for e-mail or fax."""
    order = as_model(CostOrder, order, "order")
    reading = choose(unpriced_sending, "unpriced_sending", ("no_line", "raise"))
    if order.sending == "none":
        return Finding(outcome=0, explanation=msg("circular_126_2026.art3.sending.none"))
    if order.sending == "post":
        return Finding(
            outcome=order.postage_vnd or 0, explanation=post_explanation("circular_126_2026", order)
        )
    if reading == "raise":
        raise ambiguous(
            "unpriced_sending",
            msg("circular_126_2026.art3.unpriced", how=msg(f"terms.sending.{order.sending}")),
        )
    return Finding(
        outcome=0,
        explanation=msg(f"circular_126_2026.art3.sending.{order.sending}"),
        readings={"unpriced_sending": reading},
    )


# Khoản 3: "theo quy định tại điểm a và điểm c khoản 1 Điều 23 … thì không phải trả chi phí"
@rule(CIRCULAR_126.cite(3, 3), LAW_01.cite(25, 2))
def costs_waived(disclosure_exception: DisclosureException | None = None) -> Finding[bool]:
    """Whether no actual costs are owed: information asked for under Law 01 Art 23.1(a) or (c)."""
    if disclosure_exception is None:
        return Finding(outcome=False, explanation=msg("circular_126_2026.art3.waived.none"))
    case = choose(disclosure_exception, "disclosure_exception", _EXCEPTIONS)
    point = _WAIVED.get(case)
    if point is None:
        return Finding(outcome=False, explanation=msg("circular_126_2026.art3.waived.expired"))
    return Finding(
        outcome=True,
        explanation=msg(f"circular_126_2026.art3.waived.{case}"),
        basis=(LAW_01.cite(23, 1, point),),
    )
