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

ON = date(2025, 3, 3)


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


def test_c6b_otherwise_law_104_the_access_law_throughout_the_decree() -> None:
    # Decree 47/2020 was repealed on 2025-10-22, before Law 01/2026 took effect (2026-09-01):
    # Art 5.6(b) only ever pointed to Law 104/2016.
    req = DataRequest(recipient="individual", data_about="third_party")
    last = sharing_with_public(req, on=date(2025, 10, 21))
    assert last.outcome.way == "access_to_information"
    assert last.basis[-1].id == "law_104_2016"
    assert last.status == "final" and not last.caveats
    assert last.explanation_vi is not None and "Luật Tiếp cận thông tin" in last.explanation_vi
    with pytest.raises(NoApplicableRule, match="278/2025"):
        sharing_with_public(req, on=date(2025, 10, 22))


@pytest.mark.parametrize(
    "call",
    [
        lambda: may_collect_again(available_by_sharing="yes", on=ON),
        lambda: may_collect_again(available_by_sharing=True, on=datetime(2025, 3, 3)),
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
