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


def test_planning_spans_points_d_and_g() -> None:
    # development and sector planning: point d (on the portal, Art 19.1(c)); land-use
    # planning: point g ("quy hoạch, kế hoạch sử dụng đất")
    d = disclosure_duty("planning", on=ON)
    assert d.outcome.art17_point == "d" and d.outcome.portal == "required"
    assert [c.id for c in d.basis[:3]] == [
        "law_104_2016.art17",
        "law_104_2016.art17.c1.pd",
        "law_104_2016.art17.c1.pg",
    ]
    assert "Art 17.1(d) and Art 17.1(g)" in d.explanation
    assert "điểm d và điểm g khoản 1 Điều 17" in (d.explanation_vi or "")
    assert disclosure_list()["planning"].art17_also == "g"
    assert all(e.art17_also is None for k, e in disclosure_list().items() if k != "planning")


def test_law_104_categories_are_law_01_categories() -> None:
    """Every Law 104 category has a Law 01/2026 namesake, so one question has an answer under
    each law; the split items of points đ and h are their own categories under both."""
    from accessinfo.articles.law_01_2026.art_17 import disclosure_list as law_01_list

    law_01 = law_01_list()
    assert set(disclosure_list()) <= set(law_01)
    for name in (
        "planning",
        "budget_procedures",
        "enterprise_ratings",
        "enterprise_disclosure_oversight",
        "state_owned_enterprises",
    ):
        assert disclosure_duty(name, on=ON).outcome.must_disclose  # type: ignore[arg-type]
    # the Law 104 words of each new category occur in the text of its point (seed 004)
    words = {
        "budget_procedures": "thủ tục ngân sách nhà nước",
        "enterprise_ratings": "báo cáo đánh giá kết quả hoạt động và xếp loại doanh nghiệp",
        "state_owned_enterprises": "tổ chức và hoạt động của doanh nghiệp nhà nước",
    }
    for name, text in words.items():
        assert text.lower() in disclosure_list()[name].name_vi.lower()
