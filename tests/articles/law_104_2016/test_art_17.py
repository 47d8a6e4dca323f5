"""Law 104/2016 Art 17: the disclosure list as typed categories."""

from __future__ import annotations

from datetime import date
from typing import get_args

import pytest
from hypothesis import given
from hypothesis import strategies as st

from accessinfo.articles.law_104_2016.art_17 import (
    DISCLOSURE_CATEGORIES,
    DisclosureCategory,
    disclosure_duty,
    disclosure_list,
)
from accessinfo.errors import InvalidInput, NoApplicableRule

ON = date(2026, 8, 22)  # a swapped working Saturday; the date only selects the law


def test_data_matches_the_type_and_covers_every_point() -> None:
    assert tuple(disclosure_list()) == get_args(DisclosureCategory) == DISCLOSURE_CATEGORIES
    points = {e.art17 for e in disclosure_list().values()}
    # Art 17.1 has points a b c d đ e g h i k l m n o p; None is Art 17.2
    assert points == {*"abcdeghiklmnop", "dd", None}
    assert all(e.source.startswith("Luật 104/2016/QH13") for e in disclosure_list().values())


@pytest.mark.parametrize(
    ("category", "point", "portal"),
    [
        ("legal_normative_documents", "a", "required"),
        ("general_administrative_documents", "a", "not_required"),
        ("state_budget", "đ", "not_required"),
        ("land_use_and_prices", "g", "not_required"),
        ("agency_organisation", "k", "required"),
        ("contact_details", "m", "required"),
        ("public_interest_and_health", "n", "when_necessary"),
        ("taxes_fees_charges", "o", "not_required"),
        ("other_required_by_law", "p", "when_law_requires"),
    ],
)
def test_c1_points(category: str, point: str, portal: str) -> None:
    d = disclosure_duty(category, on=ON)  # type: ignore[arg-type]
    assert d.outcome.must_disclose and d.outcome.art17_point == point
    assert d.outcome.portal == portal
    assert d.basis[1].point == point


def test_c2_voluntary() -> None:
    d = disclosure_duty("other_voluntary", on=ON)
    assert not d.outcome.must_disclose and d.basis[1].id == "law_104_2016.art17.c2"


@given(category=st.sampled_from(DISCLOSURE_CATEGORIES))
def test_portal_only_for_listed_categories(category: str) -> None:
    d = disclosure_duty(category, on=ON)  # type: ignore[arg-type]
    assert (d.outcome.portal == "not_required") == (d.outcome.portal_point is None)
    assert d.outcome.must_disclose == (category != "other_voluntary")


def test_validity_and_bad_input() -> None:
    with pytest.raises(NoApplicableRule):
        disclosure_duty("statistics", on=date(2026, 9, 1))
    for bad in (None, "gossip", 17):
        with pytest.raises(InvalidInput):
            disclosure_duty(bad, on=ON)  # type: ignore[arg-type]
    with pytest.raises(InvalidInput):
        disclosure_duty("statistics", on="2026-08-22")  # type: ignore[arg-type]
