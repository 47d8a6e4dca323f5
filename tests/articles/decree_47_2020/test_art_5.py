"""Decree 47/2020 Art 5: no re-collection, no paper copies of connected data, fees, 5.6 routes."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from accessinfo.articles.decree_47_2020._types import DataRequest
from accessinfo.articles.decree_47_2020.art_5 import (
    may_ask_in_writing,
    may_collect_again,
    sharing_fee,
    sharing_with_public,
)
from accessinfo.errors import InvalidInput, NoApplicableRule

ON = date(2026, 3, 2)


def test_c2_no_collecting_again_what_another_agency_shares() -> None:
    d = may_collect_again(available_by_sharing=True, on=ON)
    assert d.outcome is False
    assert d.basis[0].id == "decree_47_2020.art5.c2"
    assert may_collect_again(available_by_sharing=False, on=ON).outcome is True


@given(shared=st.booleans(), quality=st.booleans(), other=st.booleans())
def test_c2_exceptions(shared: bool, quality: bool, other: bool) -> None:
    got = may_collect_again(
        available_by_sharing=shared,
        meets_quality_standards=quality,
        law_provides_otherwise=other,
        on=ON,
    ).outcome
    assert got == (not shared or not quality or other)


def test_c2_no_paper_copy_of_connected_information() -> None:
    assert may_ask_in_writing(obtained_by_connection=True, on=ON).outcome is False
    assert may_ask_in_writing(obtained_by_connection=False, on=ON).outcome is True


def test_c5_free_between_state_agencies_unless_the_fee_law_lists_it() -> None:
    assert sharing_fee("state_agency", on=ON).outcome == "free"
    assert sharing_fee("state_agency", on=ON, listed_in_fee_law=True).outcome == (
        "fee_under_fee_law"
    )
    other = sharing_fee("individual", on=ON)
    assert other.outcome == "not_settled_here"
    assert "decree_47_2020.art5.c6" in [c.id for c in other.basis]


def test_c6a_own_data_and_another_s_with_consent() -> None:
    own = sharing_with_public(DataRequest(recipient="organisation", data_about="recipient"), on=ON)
    assert own.outcome.way == "own_data"
    assert "decree_47_2020.art5.c6.pa" in [c.id for c in own.basis]
    req = DataRequest(recipient="individual", data_about="third_party", consent=True)
    assert sharing_with_public(req, on=ON).outcome.way == "with_consent"


def test_c6b_otherwise_the_access_to_information_law_in_force() -> None:
    req = DataRequest(recipient="individual", data_about="third_party")
    before = sharing_with_public(req, on=date(2026, 8, 31))
    assert before.outcome.way == "access_to_information"
    assert before.basis[-1].id == "law_104_2016"
    assert before.status == "final"
    after = sharing_with_public(req, on=date(2026, 9, 1))
    assert after.basis[-1].id == "law_01_2026"
    # Law 01/2026 is known from one unofficial copy: the answer says so
    assert after.status == "provisional" and after.caveats


@pytest.mark.parametrize(
    "call",
    [
        lambda: may_collect_again(available_by_sharing="yes", on=ON),
        lambda: may_collect_again(available_by_sharing=True, on=datetime(2026, 3, 2)),
        lambda: may_collect_again(on=ON),
        lambda: may_ask_in_writing(obtained_by_connection=None, on=ON),
        lambda: sharing_fee("ministry", on=ON),
        lambda: sharing_fee("state_agency", on=ON, listed_in_fee_law=0),
        lambda: sharing_with_public(DataRequest(recipient="state_agency"), on=ON),
        lambda: sharing_with_public("individual", on=ON),
    ],
)
def test_bad_input(call: object) -> None:
    with pytest.raises(InvalidInput):
        call()  # type: ignore[operator]


def test_before_the_decree() -> None:
    with pytest.raises(NoApplicableRule):
        sharing_fee("state_agency", on=date(2020, 5, 24))
