"""Cost annexes as data, shared by Circular 46/2018 and Circular 126/2026 (no ``@rule`` here).

Each circular's annex is two CSV files under ``_data/``: the priced rows (one per item, with
its row number, unit, price in VND and source) and the paper-size multiples of its notes.
:func:`price_lines` prices an order's lines against one annex; what a circular allows (which
sizes, which items take a size, which rate) is for the circular's own module to say.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from importlib import resources

from accessinfo.calendar import as_vn_date
from accessinfo.core.messages import Text, msg
from accessinfo.errors import InvalidInput
from accessinfo.models.access import CostItem, CostLine, CostLineAmount, CostOrder, PaperSize

__all__ = [
    "PaperRow",
    "TableRow",
    "load_papers",
    "load_table",
    "post_explanation",
    "price_lines",
    "priced_day",
]


@dataclass(frozen=True)
class TableRow:
    """One row of an annex: its number, unit, price (VND) and source.

    ``materials_included`` is None where our copy of the annex does not say.
    """

    row: str
    item: CostItem
    description_vi: str
    unit_vi: str
    price_vnd: int
    materials_included: bool | None
    source: str


@dataclass(frozen=True)
class PaperRow:
    """A paper-size multiple of the A4 price; ``certain`` is False where our copy is illegible."""

    paper: PaperSize
    multiplier: int
    certain: bool
    source: str


_MATERIALS = {"yes": True, "no": False, "not_stated": None}


def _rows(name: str) -> list[dict[str, str]]:
    path = resources.files("accessinfo").joinpath(f"_data/{name}")
    return list(csv.DictReader(path.read_text(encoding="utf-8").splitlines()))


def load_table(name: str) -> dict[str, TableRow]:
    """The priced rows of ``_data/<name>`` by item."""
    return {
        r["item"]: TableRow(
            row=r["row"],
            item=r["item"],  # type: ignore[arg-type]  # checked by the data tests
            description_vi=r["description_vi"],
            unit_vi=r["unit_vi"],
            price_vnd=int(r["price_vnd"]),
            materials_included=_MATERIALS[r["materials_included"]],
            source=r["source"],
        )
        for r in _rows(name)
    }


def load_papers(name: str) -> dict[str, PaperRow]:
    """The paper-size multiples of ``_data/<name>`` by size."""
    return {
        r["paper"]: PaperRow(
            paper=r["paper"],  # type: ignore[arg-type]  # checked by the data tests
            multiplier=int(r["multiplier"]),
            certain=r["certain"] == "yes",
            source=r["source"],
        )
        for r in _rows(name)
    }


def price_lines(
    lines: Iterable[CostLine],
    table: dict[str, TableRow],
    papers: dict[str, PaperRow],
    rate_percent: int,
) -> tuple[CostLineAmount, ...]:
    """Each line at its annex price × paper multiple × quantity × ``rate_percent`` / 100.

    The caller has checked that every line's item and paper are in ``table`` and ``papers``.
    All annex prices are multiples of 1,000 đồng, so 70% and 50% are exact; rounding is half
    up in case a future table is not.
    """
    out = []
    for line in lines:
        row = table[line.item]
        size = papers[line.paper]
        gross = row.price_vnd * size.multiplier * line.quantity
        out.append(
            CostLineAmount(
                item=line.item,
                annex_row=row.row,
                quantity=line.quantity,
                paper=line.paper,
                unit_vnd=row.price_vnd,
                size_multiplier=size.multiplier,
                rate_percent=rate_percent,
                amount_vnd=(gross * rate_percent + 50) // 100,
            )
        )
    return tuple(out)


def post_explanation(group: str, order: CostOrder) -> Text:
    """``<group>.art3.sending.post`` with the postage, and the weight and address if given."""
    postage = order.postage_vnd or 0
    if order.weight_g is None and not order.destination:
        return msg(f"{group}.art3.sending.post", postage=postage)
    return msg(
        f"{group}.art3.sending.post_to",
        postage=postage,
        weight="? g" if order.weight_g is None else f"{order.weight_g} g",
        destination=order.destination or "?",
    )


def priced_day(priced_on: object, sent: date) -> date | None:
    """The VN date of ``priced_on`` (None if not given); it may not come before ``sent``."""
    if priced_on is None:
        return None
    day = as_vn_date(priced_on, "priced_on")
    if day < sent:
        raise InvalidInput(msg("errors.priced_before_sent", day=day, sent=sent))
    return day
