"""Circular 126/2026/TT-BTC Art 3 and its annex: amounts worked by hand from the table.

Annex (research-update-2026-12 §2): 1.1 B/W photocopy A4 3,000; 1.2 colour 18,000; 2.1-2.3
prints 36,000 / 54,000 / 135,000; 3 audio 27,000/min; 4 film 54,000/min; 5.1-5.2 digitised
prints 2,000 / 14,000; note "in, phô tô": A3 ×2, A2 ×4, A1 ×8, A0 ×16.
"""

from __future__ import annotations

import csv
from importlib import resources
from typing import get_args

import pytest
from hypothesis import given
from hypothesis import strategies as st

from accessinfo.articles.circular_46_2018.art_3 import copying_cost as copying_cost_46
from accessinfo.articles.circular_46_2018.art_3 import cost_table as cost_table_46
from accessinfo.articles.circular_126_2026.art_3 import (
    copying_cost,
    cost_table,
    costs_waived,
    paper_sizes,
    sending_cost,
)
from accessinfo.errors import AmbiguousReading, InvalidInput
from accessinfo.models.access import PAGE_ITEMS, CostItem, CostLine, CostOrder, PaperSize

# The research text, row by row: (row, item, price in đồng)
ANNEX = [
    ("1.1", "photocopy_bw", 3000),
    ("1.2", "photocopy_colour", 18000),
    ("2.1", "photo_print_small", 36000),
    ("2.2", "photo_print_medium", 54000),
    ("2.3", "photo_print_large", 135000),
    ("3", "audio_copy_minute", 27000),
    ("4", "film_copy_minute", 54000),
    ("5.1", "digitised_print_bw", 2000),
    ("5.2", "digitised_print_colour", 14000),
]


def amounts(order: CostOrder) -> list[int]:
    return [x.amount_vnd for x in copying_cost(order).outcome]


def test_annex_data_row_by_row_with_a_source() -> None:
    table = cost_table()
    assert [(r.row, r.item, r.price_vnd) for r in table.values()] == ANNEX
    assert set(table) == set(get_args(CostItem))
    assert all(r.source.startswith("Thông tư 126/2026/TT-BTC, Phụ lục") for r in table.values())
    # "không bao gồm vật tư" for rows 3 and 4; our copy does not say for the others
    assert [table[i].materials_included for i in ("audio_copy_minute", "film_copy_minute")] == [
        False,
        False,
    ]
    assert table["photocopy_bw"].materials_included is None


def test_same_unit_prices_as_circular_46() -> None:
    old = cost_table_46()
    for row, item, price in ANNEX:
        assert old[item].price_vnd == price and old[item].row == row


def test_paper_multiples_of_the_note() -> None:
    sizes = paper_sizes()
    assert {p: s.multiplier for p, s in sizes.items()} == {
        "A4": 1,
        "A3": 2,
        "A2": 4,
        "A1": 8,
        "A0": 16,
    }
    assert list(sizes) == list(get_args(PaperSize)) and all(s.certain for s in sizes.values())
    path = resources.files("accessinfo").joinpath("_data/circular_126_2026_paper_sizes.csv")
    rows = list(csv.DictReader(path.read_text(encoding="utf-8").splitlines()))
    assert all(r["source"].startswith("Thông tư 126/2026/TT-BTC") for r in rows)


def test_c1_every_row_and_size() -> None:
    order = CostOrder(
        lines=(
            CostLine(item="photocopy_bw", quantity=10),  # 30,000
            CostLine(item="photocopy_bw", quantity=3, paper="A3"),  # 3 x 6,000 = 18,000
            CostLine(item="photocopy_colour", quantity=1, paper="A2"),  # 4 x 18,000 = 72,000
            CostLine(item="photocopy_bw", quantity=2, paper="A1"),  # 2 x 24,000 = 48,000
            CostLine(item="photocopy_colour", quantity=1, paper="A0"),  # 16 x 18,000 = 288,000
            CostLine(item="photo_print_medium", quantity=2),  # 108,000
            CostLine(item="audio_copy_minute", quantity=12),  # 324,000
            CostLine(item="film_copy_minute", quantity=3),  # 162,000
            CostLine(item="digitised_print_bw", quantity=4, paper="A0"),  # 4 x 32,000 = 128,000
            CostLine(item="digitised_print_colour", quantity=1, paper="A3"),  # 28,000
        )
    )
    assert amounts(order) == [
        30000,
        18000,
        72000,
        48000,
        288000,
        108000,
        324000,
        162000,
        128000,
        28000,
    ]
    d = copying_cost(order)
    assert d.basis[0].id == "circular_126_2026.art3.c1"
    # the text is from one unofficial copy: provisional, and strict callers are refused later
    assert d.status == "provisional" and any("unverified" in c for c in d.caveats)
    assert d.explanation_vi is not None and "1.206.000 đồng" in d.explanation_vi


@pytest.mark.parametrize("area", ["difficult", "especially_difficult"])
def test_no_area_reduction_the_area_is_ignored_with_a_caveat(area: str) -> None:
    lines = (CostLine(item="photocopy_colour", quantity=5),)  # 5 x 18,000 = 90,000
    d = copying_cost(CostOrder(lines=lines, agency_area=area))  # type: ignore[arg-type]
    assert [x.amount_vnd for x in d.outcome] == [90000] and d.outcome[0].rate_percent == 100
    assert any("no reduced rates" in c for c in d.caveats)
    assert any("không quy định mức thu giảm" in c for c in d.caveats_vi)
    assert not any("reduced" in c for c in copying_cost(CostOrder(lines=lines)).caveats)


def test_c2_post_at_the_given_tariff_email_and_fax_add_no_line() -> None:
    post = sending_cost(CostOrder(sending="post", postage_vnd=32000, weight_g=300))
    assert post.outcome == 32000 and "300 g" in post.explanation
    assert post.basis[0].id == "circular_126_2026.art3.c2" and post.readings == {}
    for how in ("email", "fax"):
        d = sending_cost(CostOrder(sending=how))  # type: ignore[arg-type]
        assert d.outcome == 0 and d.readings == {"unpriced_sending": "no_line"}
        assert "no sending line" in d.explanation
        with pytest.raises(AmbiguousReading):
            sending_cost(CostOrder(sending=how), unpriced_sending="raise")  # type: ignore[arg-type]
    nothing = sending_cost(CostOrder(), unpriced_sending="raise")  # the reading is not needed
    assert nothing.outcome == 0 and nothing.readings == {}
    with pytest.raises(InvalidInput):
        sending_cost(CostOrder(), unpriced_sending="free")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("case", "waived", "point"),
    [
        (None, False, None),
        ("not_yet_disclosed", True, "a"),
        ("disclosure_period_expired", False, None),
        ("force_majeure", True, "c"),
    ],
)
def test_c3_no_charge_in_the_cases_of_law_01_art_23_1_a_and_c(
    case: str | None, waived: bool, point: str | None
) -> None:
    d = costs_waived(case)  # type: ignore[arg-type]
    assert d.outcome is waived
    ids = [c.id for c in d.basis]
    assert ids[:2] == ["circular_126_2026.art3.c3", "law_01_2026.art25.c2"]
    if point:
        assert f"law_01_2026.art23.c1.p{point}" in ids


def test_c3_bad_case() -> None:
    with pytest.raises(InvalidInput):
        costs_waived("pigeon")  # type: ignore[arg-type]


# -- properties ------------------------------------------------------------------------------

sized = st.builds(
    CostLine,
    item=st.sampled_from(sorted(PAGE_ITEMS)),
    quantity=st.integers(min_value=0, max_value=10_000),
    paper=st.sampled_from(get_args(PaperSize)),
)
unsized = st.builds(
    CostLine,
    item=st.sampled_from(sorted(set(get_args(CostItem)) - PAGE_ITEMS)),
    quantity=st.integers(min_value=0, max_value=10_000),
)
lines_st = st.lists(sized | unsized, max_size=6)


@given(lines=lines_st, area=st.sampled_from(["normal", "difficult", "especially_difficult"]))
def test_each_line_is_price_times_multiple_times_quantity(lines: list[CostLine], area: str) -> None:
    got = amounts(CostOrder(lines=tuple(lines), agency_area=area))  # type: ignore[arg-type]
    mult = {"A4": 1, "A3": 2, "A2": 4, "A1": 8, "A0": 16}
    price = {item: p for _, item, p in ANNEX}
    assert got == [price[x.item] * mult[x.paper] * x.quantity for x in lines]
    assert all(a >= 0 for a in got)


@given(
    lines=st.lists(
        st.builds(
            CostLine,
            item=st.sampled_from(get_args(CostItem)),
            quantity=st.integers(min_value=0, max_value=10_000),
        ),
        max_size=6,
    )
)
def test_126_and_46_agree_on_a4_lines_with_no_reduction(lines: list[CostLine]) -> None:
    order = CostOrder(lines=tuple(lines))
    new, old = copying_cost(order).outcome, copying_cost_46(order).outcome
    assert [x.amount_vnd for x in new] == [x.amount_vnd for x in old]
    assert [x.annex_row for x in new] == [x.annex_row for x in old]


@pytest.mark.parametrize(
    "order",
    [
        None,
        "ten pages",
        {"sending": "post"},  # no postage given
        {"lines": [{"item": "photocopy_bw", "quantity": 1, "paper": "A5"}]},
        {"lines": [{"item": "photocopy_bw", "quantity": -1}]},
        {"lines": [{"item": "photocopy_bw", "quantity": True}]},
        {"lines": [{"item": "photocopy_bw", "quantity": False}]},
        {"lines": [{"item": "photocopy_bw", "quantity": 2.0}]},
        {"lines": [{"item": "scanning_page", "quantity": 1}]},
        {"lines": [{"item": "film_copy_minute", "quantity": 1, "paper": "A3"}]},
    ],
)
def test_bad_input(order: object) -> None:
    with pytest.raises(InvalidInput):
        copying_cost(order)  # type: ignore[arg-type]
    with pytest.raises(InvalidInput):
        sending_cost(order)  # type: ignore[arg-type]
