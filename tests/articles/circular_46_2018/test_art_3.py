"""Circular 46/2018/TT-BTC Art 3 and its annex: amounts worked by hand from the table."""

from __future__ import annotations

import csv
from datetime import date
from importlib import resources
from typing import get_args

import pytest
from hypothesis import given
from hypothesis import strategies as st

from accessinfo.articles.circular_46_2018.art_3 import (
    copying_cost,
    copying_rate_percent,
    cost_table,
    sending_cost,
)
from accessinfo.errors import InvalidInput
from accessinfo.models.access import CostItem, CostLine, CostOrder, PaperSize


def amounts(order: CostOrder) -> list[int]:
    return [x.amount_vnd for x in copying_cost(order).outcome]


def test_annex_data_covers_every_item_with_a_source() -> None:
    path = resources.files("accessinfo").joinpath("_data/circular_46_2018_costs.csv")
    rows = list(csv.DictReader(path.read_text(encoding="utf-8").splitlines()))
    assert {r["item"] for r in rows} == set(get_args(CostItem))
    assert all(r["source"].startswith("Thông tư 46/2018/TT-BTC") for r in rows)
    assert cost_table()["photocopy_bw"].price_vnd == 3000  # "Phô tô đen trắng … 3.000"
    sizes = resources.files("accessinfo").joinpath("_data/circular_46_2018_paper_sizes.csv")
    papers = [r["paper"] for r in csv.DictReader(sizes.read_text(encoding="utf-8").splitlines())]
    # A0 is a paper size of Circular 126/2026 only; our copy of 46/2018 has no A0 row
    assert papers == [p for p in get_args(PaperSize) if p != "A0"]
    assert all(
        r["source"].startswith("Thông tư 46/2018/TT-BTC")
        for r in csv.DictReader(sizes.read_text(encoding="utf-8").splitlines())
    )


def test_c1_1_a_annex_prices() -> None:
    order = CostOrder(
        lines=(
            CostLine(item="photocopy_bw", quantity=10),  # 10 x 3,000 = 30,000
            CostLine(item="photocopy_colour", quantity=2),  # 2 x 18,000 = 36,000
            CostLine(item="photo_print_small", quantity=1),  # 36,000
            CostLine(item="photo_print_medium", quantity=2),  # 2 x 54,000 = 108,000
            CostLine(item="photo_print_large", quantity=1),  # 135,000
            CostLine(item="audio_copy_minute", quantity=12),  # 12 x 27,000 = 324,000
            CostLine(item="film_copy_minute", quantity=3),  # 3 x 54,000 = 162,000
            CostLine(item="digitised_print_bw", quantity=40),  # 40 x 2,000 = 80,000
            CostLine(item="digitised_print_colour", quantity=3),  # 3 x 14,000 = 42,000
        )
    )
    assert amounts(order) == [30000, 36000, 36000, 108000, 135000, 324000, 162000, 80000, 42000]
    d = copying_cost(order)
    assert d.status == "final" and d.basis[0].id == "circular_46_2018.art3.c1"


def test_annex_notes_a3_and_a2_multiples() -> None:
    order = CostOrder(
        lines=(
            CostLine(item="photocopy_bw", quantity=5, paper="A3"),  # 5 x 6,000 = 30,000
            CostLine(item="photocopy_colour", quantity=1, paper="A2"),  # 4 x 18,000 = 72,000
        )
    )
    assert amounts(order) == [30000, 72000]
    assert copying_cost(order).status == "final"


def test_a1_multiple_is_not_legible_so_provisional() -> None:
    d = copying_cost(CostOrder(lines=(CostLine(item="photocopy_bw", quantity=1, paper="A1"),)))
    assert d.outcome[0].amount_vnd == 24000  # 8 x 3,000, the assumed multiple
    assert d.status == "provisional" and "A1" in d.caveats[0]
    assert "A1" in d.caveats_vi[0] and "không đọc được" in d.caveats_vi[0]


def test_a0_and_sized_digitised_prints_are_not_priced_by_46() -> None:
    # the 46/2018 notes multiply photocopies ("phô tô") only, and our copy has no A0 row
    with pytest.raises(InvalidInput, match="A0"):
        copying_cost(CostOrder(lines=(CostLine(item="photocopy_bw", quantity=1, paper="A0"),)))
    with pytest.raises(InvalidInput, match="photocopies only"):
        copying_cost(
            CostOrder(lines=(CostLine(item="digitised_print_bw", quantity=1, paper="A3"),))
        )
    # the same digitised A4 page is priced: 2,000
    d = copying_cost(CostOrder(lines=(CostLine(item="digitised_print_bw", quantity=1),)))
    assert d.outcome[0].amount_vnd == 2000 and d.status == "final"


def test_rules_stay_final_after_the_replacement() -> None:
    # Circular 126/2026 Art 5 keeps 46/2018 for requests sent before 1/9/2026: its own rules
    # carry no "replaced" caveat (the instrument row records the replacement)
    from accessinfo.core.citations import instrument

    row = instrument("circular_46_2018")
    assert row.valid_until == date(2026, 9, 1) and row.replaced_by == "circular_126_2026"
    d = copying_cost(CostOrder(lines=(CostLine(item="photocopy_colour", quantity=1),)))
    assert d.status == "final" and d.caveats == ()


def test_explanations_in_both_languages() -> None:
    d = copying_cost(
        CostOrder(lines=(CostLine(item="photocopy_bw", quantity=500),), agency_area="difficult")
    )
    # 500 x 3,000 = 1,500,000 x 70% = 1,050,000
    assert "1,050,000 VND" in d.explanation and "70%" in d.explanation
    assert d.explanation_vi is not None and "1.050.000 đồng" in d.explanation_vi
    r = copying_rate_percent("especially_difficult")
    assert r.explanation_vi is not None and "đặc biệt khó khăn" in r.explanation_vi


def test_c1_1_b_difficult_areas_70_and_50_percent() -> None:
    lines = (
        CostLine(item="photocopy_colour", quantity=5, paper="A3"),  # 5 x 36,000 = 180,000
        CostLine(item="photo_print_large", quantity=3),  # 3 x 135,000 = 405,000
        CostLine(item="film_copy_minute", quantity=2),  # 2 x 54,000 = 108,000
    )
    # 70%: 126,000; 283,500; 75,600
    assert amounts(CostOrder(lines=lines, agency_area="difficult")) == [126000, 283500, 75600]
    # 50%: 90,000; 202,500; 54,000
    assert amounts(CostOrder(lines=lines, agency_area="especially_difficult")) == [
        90000,
        202500,
        54000,
    ]
    assert copying_rate_percent("difficult").outcome == 70


def test_c2_email_and_fax_are_free_post_at_the_given_tariff() -> None:
    assert sending_cost(CostOrder(sending="email")).outcome == 0
    assert sending_cost(CostOrder(sending="fax")).outcome == 0
    assert sending_cost(CostOrder()).outcome == 0
    post = sending_cost(
        CostOrder(sending="post", postage_vnd=27500, weight_g=250, destination="Hà Giang")
    )
    assert post.outcome == 27500 and "250 g" in post.explanation
    assert post.explanation_vi is not None and "27.500 đồng" in post.explanation_vi
    assert "250 g" not in sending_cost(CostOrder(sending="post", postage_vnd=1)).explanation
    # the area rate reduces printing and copying only, not the postal charge
    far = CostOrder(sending="post", postage_vnd=27500, agency_area="especially_difficult")
    assert sending_cost(far).outcome == 27500
    assert sending_cost(CostOrder(sending="fax")).basis[0].id == "circular_46_2018.art3.c2"


lines_st = st.lists(
    st.builds(
        CostLine,
        item=st.sampled_from(["photocopy_bw", "photocopy_colour"]),
        quantity=st.integers(min_value=0, max_value=5000),
        paper=st.sampled_from(["A4", "A3", "A2"]),
    )
    | st.builds(
        CostLine,
        item=st.sampled_from(["photo_print_small", "audio_copy_minute", "digitised_print_colour"]),
        quantity=st.integers(min_value=0, max_value=5000),
    ),
    max_size=6,
)


@given(lines=lines_st)
def test_area_rates_are_integers_and_ordered(lines: list[CostLine]) -> None:
    full, seventy, half = (
        amounts(CostOrder(lines=tuple(lines), agency_area=a))
        for a in ("normal", "difficult", "especially_difficult")
    )
    for f, s, h in zip(full, seventy, half, strict=True):
        assert isinstance(f, int) and f >= 0
        assert s * 10 == f * 7 and h * 2 == f  # exact: every annex price is a multiple of 1,000


@given(sending=st.sampled_from(["email", "fax"]), lines=lines_st)
def test_electronic_sending_is_always_free(sending: str, lines: list[CostLine]) -> None:
    assert sending_cost(CostOrder(lines=tuple(lines), sending=sending)).outcome == 0  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "order",
    [
        None,
        "ten pages",
        {"sending": "post"},  # no postage given
        {"sending": "email", "postage_vnd": 1000},
        {"lines": [{"item": "photocopy_bw", "quantity": -1}]},
        {"lines": [{"item": "photocopy_bw", "quantity": True}]},  # issue 12: not a count
        {"lines": [{"item": "photocopy_bw", "quantity": "3"}]},
        {"lines": [{"item": "photocopy_bw", "quantity": 1, "paper": "A5"}]},
        {"lines": [{"item": "photo_print_small", "quantity": 1, "paper": "A3"}]},
        {"lines": [{"item": "fax_page", "quantity": 1}]},
        {"agency_area": "remote"},
        {"materials_vnd": -5},
    ],
)
def test_bad_input(order: object) -> None:
    with pytest.raises(InvalidInput):
        copying_cost(order)  # type: ignore[arg-type]
    with pytest.raises(InvalidInput):
        sending_cost(order)  # type: ignore[arg-type]


def test_bad_area() -> None:
    with pytest.raises(InvalidInput):
        copying_rate_percent("remote")  # type: ignore[arg-type]
