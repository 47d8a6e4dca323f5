"""Điều 3. Chi phí cung cấp thông tin

Circular 46/2018/TT-BTC, Art. 3: what a requester pays. There is no fee or charge, only the
actual cost of printing, copying, photographing and sending. Printing and copying are priced
by the annex table; an agency located in an area with difficult socio-economic conditions
charges 70% of the table, one in an area with especially difficult conditions 50% (the rate
follows where the providing agency is, not where the requester lives, and it applies to
printing and copying, not to sending). Sending by post is charged at the maximum public-postal
tariff; sending over the network or by fax costs the requester nothing.

The annex notes multiply the A4 price of PHOTOCOPIES ("phô tô"): A3 ×2, A2 ×4, and ×8 for a
size our only copy lost (read as A1, every result using it ``provisional``). Our copy gives
no A0 row and no multiple for printing, so A0 and a non-A4 digitised print are refused
(``InvalidInput``) rather than guessed. Replaced by Circular 126/2026/TT-BTC from 2026-09-01
(its Art 6.2), whose Art 5 keeps these rates, reductions included, for requests sent before
that day: the rules here answer for them, final.

Clauses encoded (verbatim, pháp điển):

1. Tổ chức, cá nhân có yêu cầu cơ quan nhà nước cung cấp thông tin (sau đây gọi là người yêu
cầu cung cấp thông tin) không phải trả phí, lệ phí cung cấp thông tin nhưng phải trả chi phí
thực tế để in, sao, chụp và gửi thông tin yêu cầu cung cấp, cụ thể:

1.1. Chi phí in, sao, chụp thông tin:

a) Chi phí in, sao, chụp thông tin thực hiện theo mức thu quy định tại phụ lục ban hành kèm
theo Thông tư này.

b) Đối với cơ quan nhà nước cung cấp thông tin đóng trên địa bàn có điều kiện kinh tế - xã
hội khó khăn, địa bàn có điều kiện kinh tế - xã hội đặc biệt khó khăn, mức thu như sau:

- Địa bàn có điều kiện kinh tế - xã hội khó khăn, mức thu bằng 70% mức thu quy định tại phụ
lục ban hành kèm theo Thông tư này.

- Địa bàn có điều kiện kinh tế - xã hội đặc biệt khó khăn, mức thu bằng 50% mức thu quy định
tại phụ lục ban hành kèm theo Thông tư này.

1.2. Chi phí gửi thông tin yêu cầu cung cấp: Mức thu chi phí thực hiện theo mức giá cước tối
đa quy định tại Điều 3 và Phụ lục ban hành kèm theo Thông tư số 22/2017/TT-BTTTT …

2. Người yêu cầu cung cấp thông tin không phải trả chi phí gửi thông tin yêu cầu cung cấp qua
mạng điện tử, fax.

Ten black-and-white A4 photocopies (3,000 đồng each) from an agency in an especially
difficult area: 10 × 3,000 × 50% = 15,000 đồng.

>>> from accessinfo.models.access import CostLine, CostOrder
>>> order = CostOrder(
...     lines=(CostLine(item="photocopy_bw", quantity=10),), agency_area="especially_difficult"
... )
>>> copying_cost(order).outcome[0].amount_vnd
15000
>>> sending_cost(CostOrder(sending="email")).outcome
0
"""

from __future__ import annotations

from functools import cache

from accessinfo.articles._annex import (
    PaperRow,
    TableRow,
    load_papers,
    load_table,
    post_explanation,
    price_lines,
)
from accessinfo.core.decisions import Finding
from accessinfo.core.messages import Text, msg
from accessinfo.core.periods import choose
from accessinfo.core.rules import rule
from accessinfo.errors import InvalidInput
from accessinfo.models.access import (
    AreaKind,
    CostLineAmount,
    CostOrder,
    as_model,
)

from . import INSTRUMENT as CIRCULAR_46

__all__ = [
    "PaperRow",
    "TableRow",
    "copying_cost",
    "copying_rate_percent",
    "cost_table",
    "paper_sizes",
    "sending_cost",
]

_RATES: dict[AreaKind, int] = {"normal": 100, "difficult": 70, "especially_difficult": 50}
# The annex notes speak of "phô tô" (photocopying) only.
_SIZED_ITEMS = ("photocopy_bw", "photocopy_colour")


@cache
def cost_table() -> dict[str, TableRow]:
    """The annex table by item (loaded once, on first use)."""
    return load_table("circular_46_2018_costs.csv")


@cache
def paper_sizes() -> dict[str, PaperRow]:
    """The paper-size multiples of the annex notes by size (loaded once)."""
    return load_papers("circular_46_2018_paper_sizes.csv")


# Khoản 1.1 điểm b: "mức thu bằng 70% … mức thu bằng 50% mức thu quy định tại phụ lục"
@rule(CIRCULAR_46.cite(3, 1))
def copying_rate_percent(agency_area: AreaKind) -> Finding[int]:
    """Share of the annex price charged, by the area where the providing agency is located."""
    area = choose(agency_area, "agency_area", tuple(_RATES))
    return Finding(outcome=_RATES[area], explanation=msg(f"circular_46_2018.art3.rate.{area}"))


def _check_sizes(order: CostOrder) -> list[Text]:
    sizes = paper_sizes()
    caveats: list[Text] = []
    for line in order.lines:
        if line.paper == "A4":
            continue
        if line.item not in _SIZED_ITEMS:
            raise InvalidInput(
                msg("circular_46_2018.art3.size_photocopy_only", item=line.item, paper=line.paper)
            )
        size = sizes.get(line.paper)
        if size is None:
            raise InvalidInput(
                msg(
                    "circular_46_2018.art3.no_size_multiple",
                    paper=line.paper,
                    sizes=", ".join(sizes),
                )
            )
        if not size.certain:
            caveats.append(
                msg(
                    "circular_46_2018.art3.paper_illegible",
                    paper=line.paper,
                    multiplier=size.multiplier,
                )
            )
    return caveats


# Khoản 1.1 điểm a: "Chi phí in, sao, chụp thông tin thực hiện theo mức thu quy định tại phụ lục"
@rule(CIRCULAR_46.cite(3, 1))
def copying_cost(order: CostOrder) -> Finding[tuple[CostLineAmount, ...]]:
    """Priced lines for printing, copying and photographing, in integer VND."""
    order = as_model(CostOrder, order, "order")
    caveats = _check_sizes(order)
    pct = copying_rate_percent(order.agency_area).outcome
    lines = price_lines(order.lines, cost_table(), paper_sizes(), pct)
    total = sum(x.amount_vnd for x in lines)
    return Finding(
        outcome=lines,
        explanation=msg("circular_46_2018.art3.copying_cost", pct=pct, total=total, n=len(lines)),
        caveats=tuple(dict.fromkeys(caveats)),
    )


# Khoản 1.2: "theo mức giá cước tối đa …"; khoản 2: "không phải trả chi phí gửi … qua mạng
# điện tử, fax"
@rule(CIRCULAR_46.cite(3, 2), CIRCULAR_46.cite(3, 1))
def sending_cost(order: CostOrder) -> Finding[int]:
    """Cost of sending the information: nothing by e-mail or fax; the postal tariff by post."""
    order = as_model(CostOrder, order, "order")
    if order.sending in ("email", "fax", "none"):
        return Finding(outcome=0, explanation=msg(f"circular_46_2018.art3.sending.{order.sending}"))
    postage = order.postage_vnd or 0
    return Finding(outcome=postage, explanation=post_explanation("circular_46_2018", order))
