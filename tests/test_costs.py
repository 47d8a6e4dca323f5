"""``request_costs``: the circular follows the day the request was SENT (Circular 126/2026 Art 5).

Hand-worked amounts use the annex (research-notes §2, research-update-2026-12 §2): B/W A4
photocopy 3,000 đồng, colour 18,000; A3 ×2, A2 ×4, A1 ×8, A0 ×16 (A0 under Circular 126 only);
Circular 46/2018 charges 70% / 50% in difficult / especially difficult areas and frees e-mail.
"""

from __future__ import annotations

import warnings
from datetime import date, datetime, timedelta
from typing import get_args

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import accessinfo
from accessinfo.articles.circular_126_2026.art_5 import pricing_circular
from accessinfo.calendar import VN_TZ
from accessinfo.errors import AccessInfoError, InvalidInput, NoApplicableRule
from accessinfo.models.access import PAGE_ITEMS, CostItem, CostLine, CostOrder
from accessinfo.tasks.access import request_costs

SWITCH = date(2026, 9, 1)
ORDER = CostOrder(lines=(CostLine(item="photocopy_bw", quantity=10),))  # 30,000 either way


def test_sent_picks_law_and_circular() -> None:
    old = request_costs(ORDER, sent=date(2026, 8, 31))
    new = request_costs(ORDER, sent=SWITCH)
    assert (old.rule_set, old.outcome.circular) == ("law_104_2016", "circular_46_2018")
    assert (new.rule_set, new.outcome.circular) == ("law_01_2026", "circular_126_2026")
    assert old.outcome.total_vnd == new.outcome.total_vnd == 30_000
    # the top-level name is the same function
    assert accessinfo.request_costs is request_costs


def test_priced_on_never_changes_the_rates() -> None:
    # sent Mon 24/8/2026 from an especially difficult area: 10 x 3,000 x 50% = 15,000
    order = ORDER.model_copy(update={"agency_area": "especially_difficult"})
    for priced in (None, date(2026, 8, 25), date(2026, 9, 1), date(2027, 2, 1)):
        d = request_costs(order, sent=date(2026, 8, 24), priced_on=priced)
        assert d.outcome.total_vnd == 15_000 and d.outcome.circular == "circular_46_2018"
    with pytest.raises(InvalidInput):
        request_costs(order, sent=date(2026, 8, 24), priced_on=date(2026, 8, 23))


def test_on_is_a_deprecated_alias_of_sent() -> None:
    with pytest.warns(DeprecationWarning, match="sent="):
        d = request_costs(ORDER, on=date(2026, 8, 31))
    assert d == request_costs(ORDER, sent=date(2026, 8, 31))
    with pytest.raises(InvalidInput, match="sent= only"):
        request_costs(ORDER, sent=SWITCH, on=SWITCH)
    with pytest.raises(InvalidInput, match="needs sent="):
        request_costs(ORDER)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        with pytest.raises(NoApplicableRule):
            request_costs(ORDER, on=date(2018, 6, 30))


def test_before_1_july_2018_is_refused_clearly() -> None:
    with pytest.raises(NoApplicableRule, match="2018-07-01"):
        request_costs(ORDER, sent=date(2018, 6, 30))
    with pytest.raises(NoApplicableRule):
        request_costs(ORDER, sent=date(2001, 1, 1))
    assert request_costs(ORDER, sent=date(2018, 7, 1)).outcome.total_vnd == 30_000


def test_readings_reach_only_the_version_that_knows_them() -> None:
    email = ORDER.model_copy(update={"sending": "email"})
    assert request_costs(email, sent=SWITCH, unpriced_sending="no_line").outcome.sending_vnd == 0
    with pytest.raises(InvalidInput):  # Circular 46/2018 frees e-mail: no such reading
        request_costs(email, sent=date(2026, 8, 31), unpriced_sending="no_line")
    with pytest.raises(InvalidInput):
        request_costs(email, sent=SWITCH, colour="đỏ")


def test_strict_refuses_the_unverified_texts_only() -> None:
    assert request_costs(ORDER, sent=date(2025, 1, 2), strict=True).status == "final"
    with pytest.raises(AccessInfoError):
        request_costs(ORDER, sent=SWITCH, strict=True)


# -- properties ------------------------------------------------------------------------------

areas = st.sampled_from(["normal", "difficult", "especially_difficult"])
lines_st = st.lists(
    st.builds(
        CostLine,
        item=st.sampled_from(sorted(PAGE_ITEMS)),
        quantity=st.integers(min_value=0, max_value=5000),
        paper=st.sampled_from(["A4", "A3", "A2"]),  # priced by both circulars
    )
    | st.builds(
        CostLine,
        item=st.sampled_from(["photocopy_bw", "photocopy_colour"]),
        quantity=st.integers(min_value=0, max_value=5000),
    )
    | st.builds(
        CostLine,
        item=st.sampled_from(sorted(set(get_args(CostItem)) - PAGE_ITEMS)),
        quantity=st.integers(min_value=0, max_value=5000),
    ),
    max_size=5,
)
sent_days = st.dates(min_value=date(2018, 7, 1), max_value=date(2035, 12, 31))


def _order(lines: list[CostLine], area: str, sent: date) -> CostOrder:
    if sent < SWITCH:  # Circular 46/2018 multiplies photocopies only
        lines = [
            x
            if x.paper == "A4" or x.item.startswith("photocopy")
            else x.model_copy(update={"paper": "A4"})
            for x in lines
        ]
    return CostOrder(lines=tuple(lines), agency_area=area)  # type: ignore[arg-type]


@given(a=lines_st, b=lines_st, area=areas, sent=sent_days)
@example(a=[], b=[], area="normal", sent=date(2026, 8, 31))
def test_cost_is_additive_over_lines(
    a: list[CostLine], b: list[CostLine], area: str, sent: date
) -> None:
    whole = request_costs(_order(a + b, area, sent), sent=sent).outcome
    one = request_costs(_order(a, area, sent), sent=sent).outcome
    two = request_costs(_order(b, area, sent), sent=sent).outcome
    assert whole.copying_vnd == one.copying_vnd + two.copying_vnd
    assert whole.lines == one.lines + two.lines
    assert whole.total_vnd == whole.copying_vnd + whole.materials_vnd + whole.sending_vnd


@given(
    lines=lines_st,
    area=areas,
    sent=sent_days,
    sending=st.sampled_from(["none", "email", "fax", "post"]),
    postage=st.integers(min_value=0, max_value=10**6),
    materials=st.integers(min_value=0, max_value=10**6),
    fee=st.integers(min_value=0, max_value=10**6),
    exception=st.sampled_from(
        [None, "not_yet_disclosed", "disclosure_period_expired", "force_majeure"]
    ),
)
def test_never_negative_and_total_is_the_sum(
    lines: list[CostLine],
    area: str,
    sent: date,
    sending: str,
    postage: int,
    materials: int,
    fee: int,
    exception: str | None,
) -> None:
    order = _order(lines, area, sent).model_copy(
        update={
            "sending": sending,
            "postage_vnd": postage if sending == "post" else None,
            "materials_vnd": materials,
            "other_law_fee_vnd": fee,
            "other_law_fee_basis": "Luật X" if fee else None,
            "disclosure_exception": exception,
        }
    )
    order = CostOrder.model_validate(order.model_dump())  # re-check the copied fields
    b = request_costs(order, sent=sent).outcome
    parts = (b.copying_vnd, b.materials_vnd, b.sending_vnd, b.fee_vnd)
    assert all(x >= 0 for x in parts) and all(x.amount_vnd >= 0 for x in b.lines)
    assert b.total_vnd == sum(parts) >= 0
    assert b.fee_vnd == fee  # a fee under another law is not an actual cost: never waived
    waived = sent >= SWITCH and exception in ("not_yet_disclosed", "force_majeure")
    assert b.payable_before_provision is not waived
    if waived:
        assert b.total_vnd == fee


@given(sent=sent_days)
@example(sent=date(2026, 8, 31))
@example(sent=SWITCH)
def test_the_circular_follows_the_sent_date(sent: date) -> None:
    want = "circular_46_2018" if sent < SWITCH else "circular_126_2026"
    d = request_costs(ORDER, sent=sent)
    assert d.outcome.circular == want == pricing_circular(sent).outcome
    assert d.rule_set == ("law_104_2016" if sent < SWITCH else "law_01_2026")


@given(minutes=st.integers(min_value=-24 * 60, max_value=24 * 60), offset=st.integers(-11, 14))
def test_an_instant_is_read_in_vietnam_time(minutes: int, offset: int) -> None:
    from datetime import timezone

    vn = datetime(2026, 9, 1, 0, 0, tzinfo=VN_TZ) + timedelta(minutes=minutes)
    there = vn.astimezone(timezone(timedelta(hours=offset)))
    want = "circular_46_2018" if minutes < 0 else "circular_126_2026"
    assert request_costs(ORDER, sent=there).outcome.circular == want


@pytest.mark.parametrize(
    "bad",
    [
        {"lines": [{"item": "photocopy_bw", "quantity": 1, "paper": "A5"}]},
        {"lines": [{"item": "photocopy_bw", "quantity": -1}]},
        {"lines": [{"item": "photocopy_bw", "quantity": True}]},
        {"lines": [{"item": "unknown", "quantity": 1}]},
        {"other_law_fee_vnd": True},
        {"postage_vnd": True, "sending": "post"},
        {"other_law_waiver": "  "},  # a waiver must name its provision
        {"other_law_fee_vnd": 1000, "other_law_fee_basis": ""},
    ],
)
@pytest.mark.parametrize("sent", [date(2026, 8, 31), SWITCH])
def test_bad_orders(bad: dict[str, object], sent: date) -> None:
    with pytest.raises(InvalidInput):
        request_costs(bad, sent=sent)  # type: ignore[arg-type]
