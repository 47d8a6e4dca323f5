"""Circular 13/2016 Art 20: actual costs payable by sanctioned requesters (integer VND)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from accessinfo.articles.circular_13_2016.art_20 import written_request_costs
from accessinfo.errors import AmbiguousReading, InvalidInput

ON = date(2026, 3, 2)


def test_c1_c2_sanctioned_requester_pays_copying_and_postage() -> None:
    d = written_request_costs("sanctioned_organisation", on=ON, printing_copying=4_000, postage=0)
    assert d.outcome.payable and d.outcome.items == ("printing_copying",)
    assert d.outcome.total == 4_000
    ids = [c.id for c in d.basis]
    assert "circular_13_2016.art20.c2.pa" in ids and "circular_13_2016.art20.c2.pb" not in ids
    assert "decree_20_2016.art16.c2.pd" in ids
    assert d.readings == {"charge": "actual_cost"}
    posted = written_request_costs(
        "sanctioned_individual", on=ON, printing_copying=0, postage=27_500
    )
    assert posted.outcome.items == ("printing_copying", "postage")
    assert posted.outcome.total == 27_500


def test_c1_supervisory_bodies_pay_nothing() -> None:
    d = written_request_costs("supervisory_body", on=ON, printing_copying=9_000)
    assert not d.outcome.payable and d.outcome.total == 0


def test_the_fee_or_cost_question_can_be_raised() -> None:
    with pytest.raises(AmbiguousReading):
        written_request_costs("sanctioned_individual", on=ON, charge="raise")


@given(a=st.integers(0, 10**9), b=st.integers(0, 10**9))
def test_total_is_the_sum(a: int, b: int) -> None:
    out = written_request_costs("sanctioned_individual", on=ON, printing_copying=a, postage=b)
    assert out.outcome.total == a + b == out.outcome.printing_copying + out.outcome.postage


@pytest.mark.parametrize(
    "kwargs",
    [
        {"requester": "citizen", "on": ON},
        {"requester": "sanctioned_individual", "on": ON, "printing_copying": -1},
        {"requester": "sanctioned_individual", "on": ON, "postage": 10.5},
        {"requester": "sanctioned_individual", "on": ON, "postage": True},
        {"requester": "sanctioned_individual", "on": ON, "charge": "fee"},
        {"requester": "sanctioned_individual", "on": "2026-03-02"},
    ],
)
def test_bad_input(kwargs: dict[str, object]) -> None:
    with pytest.raises(InvalidInput):
        written_request_costs(**kwargs)  # type: ignore[arg-type]
