"""Law 104/2016 Art 12: no fee; actual costs paid before provision (the request_costs rule)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from accessinfo.articles.law_104_2016.art_12 import access_fee, request_costs
from accessinfo.errors import AmbiguousReading, InvalidInput, NoApplicableRule
from accessinfo.models.access import CostLine, CostOrder

ON = date(2019, 5, 4)  # a swapped working Saturday; the date only selects the law


def test_c2_actual_costs_no_fee() -> None:
    order = CostOrder(
        lines=(
            CostLine(item="photocopy_bw", quantity=25),  # 25 x 3,000 = 75,000
            CostLine(item="audio_copy_minute", quantity=4),  # 4 x 27,000 = 108,000
        ),
        materials_vnd=10000,  # one CD at actual cost: the table excludes materials for audio
        sending="post",
        postage_vnd=32000,
    )
    d = request_costs(order, sent=ON)
    b = d.outcome
    assert (b.copying_vnd, b.materials_vnd, b.sending_vnd) == (183000, 10000, 32000)
    assert b.total_vnd == 225000 and b.fee_vnd == 0 and b.payable_before_provision
    ids = [c.id for c in d.basis]
    assert ids[:3] == ["law_104_2016.art12.c2", "law_104_2016.art12.c1", "decree_13_2018.art13.c2"]
    assert "circular_46_2018.art3.c1" in ids and "circular_46_2018.art3.c2" in ids
    assert b.circular == "circular_46_2018" and d.status == "final"
    assert d.explanation_vi is not None and "225.000 đồng" in d.explanation_vi


def test_difficult_area_order_by_email() -> None:
    order = CostOrder(
        lines=(CostLine(item="photocopy_colour", quantity=10),),  # 10 x 18,000 = 180,000
        agency_area="difficult",  # 70% -> 126,000
        sending="email",  # free
    )
    b = request_costs(order, sent=date(2025, 1, 27)).outcome  # Tết 2025 week
    assert (b.total_vnd, b.rate_percent, b.sending_vnd) == (126000, 70, 0)


def test_empty_order_costs_nothing() -> None:
    b = request_costs(CostOrder(agency_area="especially_difficult"), sent=ON).outcome
    assert b.total_vnd == 0 and b.lines == () and b.rate_percent == 50


@given(
    qty=st.lists(st.integers(min_value=0, max_value=1000), min_size=1, max_size=4),
    materials=st.integers(min_value=0, max_value=10**6),
    postage=st.integers(min_value=0, max_value=10**6),
    area=st.sampled_from(["normal", "difficult", "especially_difficult"]),
)
def test_total_is_the_sum_of_its_parts(
    qty: list[int], materials: int, postage: int, area: str
) -> None:
    order = CostOrder(
        lines=tuple(CostLine(item="photocopy_bw", quantity=q) for q in qty),
        materials_vnd=materials,
        sending="post",
        postage_vnd=postage,
        agency_area=area,  # type: ignore[arg-type]
    )
    b = request_costs(order, sent=ON).outcome
    assert b.total_vnd == b.copying_vnd + b.materials_vnd + b.sending_vnd + b.fee_vnd
    assert b.copying_vnd == sum(x.amount_vnd for x in b.lines) >= 0
    assert all(isinstance(x.amount_vnd, int) for x in b.lines)


def test_validity() -> None:
    with pytest.raises(NoApplicableRule):
        request_costs(CostOrder(), sent=date(2026, 9, 2))
    with pytest.raises(NoApplicableRule):
        request_costs(CostOrder(), sent=date(2018, 6, 30))


@pytest.mark.parametrize(
    ("order", "kwargs"),
    [
        (None, {}),
        ({"sending": "pigeon"}, {}),
        (CostOrder(), {"sent": "today"}),
        (CostOrder(), {"strict": None}),
        (CostOrder(), {"priced_on": date(2019, 5, 3)}),  # before it was sent
        (CostOrder(), {"priced_on": "later"}),
        (CostOrder(), {"on": ON}),  # the article version takes sent= only
        (CostOrder(other_law_waiver="Luật X"), {}),  # Law 104 waives no actual costs
        ({"other_law_fee_vnd": 1000}, {}),  # a fee needs the law that provides it
        ({"other_law_fee_basis": "Luật X"}, {}),  # and a law needs a fee
        ({"lines": [{"item": "photocopy_bw", "quantity": 1, "paper": "A0"}]}, {}),
    ],
)
def test_bad_input(order: object, kwargs: dict[str, object]) -> None:
    with pytest.raises(InvalidInput):
        request_costs(order, **{"sent": ON, **kwargs})  # type: ignore[arg-type]


def test_law_104_has_no_cost_waiver() -> None:
    # Law 01/2026 Art 25.2 waives costs for Art 23.1(a)(c); Law 104 Art 12 has no such waiver
    order = CostOrder(
        lines=(CostLine(item="photocopy_bw", quantity=4),),  # 4 x 3,000 = 12,000
        disclosure_exception="not_yet_disclosed",
    )
    assert request_costs(order, sent=ON).outcome.total_vnd == 12000


def test_c1_no_fee_unless_another_law_provides_one() -> None:
    plain = access_fee(CostOrder())
    assert plain.outcome == 0 and plain.status == "final"
    assert plain.basis[0].id == "law_104_2016.art12.c1"
    order = CostOrder(
        lines=(CostLine(item="photocopy_bw", quantity=2),),  # 6,000
        other_law_fee_vnd=20_000,
        other_law_fee_basis="Luật Phí và lệ phí (example)",
    )
    fee = access_fee(order)
    assert fee.outcome == 20_000 and fee.status == "provisional"
    assert any("caller's statement" in c for c in fee.caveats)
    b = request_costs(order, sent=ON).outcome
    assert (b.copying_vnd, b.fee_vnd, b.total_vnd) == (6000, 20_000, 26_000)
    assert b.fee_basis == "Luật Phí và lệ phí (example)"


def test_priced_after_1_september_2026_keeps_the_rates_decree_13_provisionally() -> None:
    # Sent Fri 28/8/2026, priced Tue 15/9/2026: Circular 46 at 70% (10 x 18,000 x 70% =
    # 126,000), Circular 126 Art 5; Decree 13/2018 ended on 1/9/2026 without a saving clause
    order = CostOrder(
        lines=(CostLine(item="photocopy_colour", quantity=10),), agency_area="difficult"
    )
    before = request_costs(order, sent=date(2026, 8, 28), priced_on=date(2026, 8, 31))
    after = request_costs(order, sent=date(2026, 8, 28), priced_on=date(2026, 9, 15))
    assert before.outcome == after.outcome  # the rates never change
    assert after.outcome.total_vnd == 126_000 and after.outcome.circular == "circular_46_2018"
    assert before.status == "final" and "decree_13_2018.art13.c2" in [c.id for c in before.basis]
    ids = {c.id for c in after.basis}
    assert {
        "decree_13_2018.art13.c2",  # applied provisionally after the decree's end
        "decree_337_2026.art15.c3",
        "law_01_2026.art31.c4",
        "law_104_2016.art28.c1.pe",
        "circular_126_2026.art5",
    } <= ids
    assert after.status == "provisional"
    assert any("no saving clause" in c for c in after.caveats)
    assert any("không có quy định chuyển tiếp" in c for c in after.caveats_vi)
    with pytest.raises(AmbiguousReading):
        request_costs(order, sent=date(2026, 8, 28), priced_on=date(2026, 9, 15), strict=True)
