"""Điều 3. Chi phí cung cấp thông tin

Circular 46/2018/TT-BTC, Art. 3: what a requester pays. There is no fee or charge, only the
actual cost of printing, copying, photographing and sending. Printing and copying are priced
by the annex table; an agency located in an area with difficult socio-economic conditions
charges 70% of the table, one in an area with especially difficult conditions 50% (the rate
follows where the providing agency is, not where the requester lives, and it applies to
printing and copying, not to sending). Sending by post is charged at the maximum public-postal
tariff; sending over the network or by fax costs the requester nothing.

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

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources

from accessinfo.core.decisions import Finding
from accessinfo.core.periods import choose
from accessinfo.core.rules import rule
from accessinfo.models.access import (
    AreaKind,
    CostItem,
    CostLineAmount,
    CostOrder,
    PaperSize,
    as_model,
)

from . import INSTRUMENT as CIRCULAR_46

__all__ = ["copying_cost", "copying_rate_percent", "cost_table", "sending_cost"]

_RATES: dict[AreaKind, int] = {"normal": 100, "difficult": 70, "especially_difficult": 50}


@dataclass(frozen=True)
class TableRow:
    """One row of the annex: its number, unit, price (VND) and source."""

    row: str
    item: CostItem
    description_vi: str
    unit_vi: str
    price_vnd: int
    materials_included: bool
    source: str


@dataclass(frozen=True)
class PaperRow:
    paper: PaperSize
    multiplier: int
    certain: bool
    source: str


def _rows(name: str) -> list[dict[str, str]]:
    path = resources.files("accessinfo").joinpath(f"_data/{name}")
    return list(csv.DictReader(path.read_text(encoding="utf-8").splitlines()))


@cache
def cost_table() -> dict[str, TableRow]:
    """The annex table by item (loaded once, on first use)."""
    out: dict[str, TableRow] = {}
    for r in _rows("circular_46_2018_costs.csv"):
        out[r["item"]] = TableRow(
            row=r["row"],
            item=r["item"],  # type: ignore[arg-type]  # checked by the data test
            description_vi=r["description_vi"],
            unit_vi=r["unit_vi"],
            price_vnd=int(r["price_vnd"]),
            materials_included=r["materials_included"] == "yes",
            source=r["source"],
        )
    return out


@cache
def _paper_sizes() -> dict[str, PaperRow]:
    return {
        r["paper"]: PaperRow(
            paper=r["paper"],  # type: ignore[arg-type]  # checked by the data test
            multiplier=int(r["multiplier"]),
            certain=r["certain"] == "yes",
            source=r["source"],
        )
        for r in _rows("circular_46_2018_paper_sizes.csv")
    }


# Khoản 1.1 điểm b: "mức thu bằng 70% … mức thu bằng 50% mức thu quy định tại phụ lục"
@rule(CIRCULAR_46.cite(3, 1))
def copying_rate_percent(agency_area: AreaKind) -> Finding[int]:
    """Share of the annex price charged, by the area where the providing agency is located."""
    area = choose(agency_area, "agency_area", tuple(_RATES))
    pct = _RATES[area]
    where = {
        "normal": "an area without special socio-economic difficulty: the full annex price",
        "difficult": "an area with difficult socio-economic conditions: 70% of the annex price",
        "especially_difficult": "an area with especially difficult socio-economic conditions: "
        "50% of the annex price",
    }[area]
    return Finding(outcome=pct, explanation=f"The providing agency is located in {where}.")


# Khoản 1.1 điểm a: "Chi phí in, sao, chụp thông tin thực hiện theo mức thu quy định tại phụ lục"
@rule(CIRCULAR_46.cite(3, 1))
def copying_cost(order: CostOrder) -> Finding[tuple[CostLineAmount, ...]]:
    """Priced lines for printing, copying and photographing, in integer VND."""
    order = as_model(CostOrder, order, "order")
    pct = copying_rate_percent(order.agency_area).outcome
    table = cost_table()
    sizes = _paper_sizes()
    caveats: list[str] = []
    lines: list[CostLineAmount] = []
    for line in order.lines:
        row = table[line.item]
        size = sizes[line.paper]
        if not size.certain:
            caveats.append(
                f"The annex multiplier for {line.paper} photocopies is not legible in our copy "
                f"of the table; {size.multiplier}x the A4 price is assumed ({size.source})"
            )
        gross = row.price_vnd * size.multiplier * line.quantity
        # All annex prices are multiples of 1,000 đồng, so 70% and 50% are exact integers;
        # round half up in case a future table is not.
        amount = (gross * pct + 50) // 100
        lines.append(
            CostLineAmount(
                item=line.item,
                annex_row=row.row,
                quantity=line.quantity,
                paper=line.paper,
                unit_vnd=row.price_vnd,
                size_multiplier=size.multiplier,
                rate_percent=pct,
                amount_vnd=amount,
            )
        )
    total = sum(x.amount_vnd for x in lines)
    return Finding(
        outcome=tuple(lines),
        explanation=f"Printing and copying at the annex prices × {pct}%: {total:,} đồng "
        f"for {len(lines)} line(s).",
        caveats=tuple(dict.fromkeys(caveats)),
    )


# Khoản 1.2: "theo mức giá cước tối đa …"; khoản 2: "không phải trả chi phí gửi … qua mạng
# điện tử, fax"
@rule(CIRCULAR_46.cite(3, 2), CIRCULAR_46.cite(3, 1))
def sending_cost(order: CostOrder) -> Finding[int]:
    """Cost of sending the information: nothing by e-mail or fax; the postal tariff by post."""
    order = as_model(CostOrder, order, "order")
    if order.sending in ("email", "fax"):
        how = "over the network" if order.sending == "email" else "by fax"
        return Finding(outcome=0, explanation=f"Sending {how} costs the requester nothing.")
    if order.sending == "none":
        return Finding(outcome=0, explanation="Nothing is sent: no sending cost.")
    postage = order.postage_vnd or 0
    extra = ""
    if order.weight_g is not None or order.destination:
        extra = f" ({order.weight_g or '?'} g to {order.destination or 'an unstated address'})"
    return Finding(
        outcome=postage,
        explanation=f"Sending by post{extra}: {postage:,} đồng at the maximum public-postal "
        "tariff (Circular 22/2017/TT-BTTTT, or the act replacing it; amount given by the caller).",
    )
