"""Law 104/2016 Art 19: which Art 17 categories go on the portal."""

from __future__ import annotations

import pytest

from accessinfo.articles.law_104_2016.art_19 import portal_disclosure
from accessinfo.errors import InvalidInput


@pytest.mark.parametrize(
    ("category", "point"),
    [
        ("treaties_and_international_agreements", "a"),
        ("legal_guidance", "b"),
        ("annual_work_programmes", "c"),
        ("public_investment_and_procurement", "d"),
        ("contact_details", "đ"),
        ("science_programmes", "e"),
        ("disclosure_list", "g"),
    ],
)
def test_c1_required_on_portal(category: str, point: str) -> None:
    d = portal_disclosure(category)  # type: ignore[arg-type]
    assert d.outcome == "required"
    assert d.basis[1].point == point and d.basis[1].clause == 1
    assert "law_104_2016.art19.c6" in {c.id for c in d.basis}  # no portal: another form


def test_c1_h_and_i_are_conditional() -> None:
    assert portal_disclosure("public_interest_and_health").outcome == "when_necessary"
    assert portal_disclosure("other_required_by_law").outcome == "when_law_requires"
    assert portal_disclosure("bidding").outcome == "not_required"


@pytest.mark.parametrize("bad", [None, "news", 19])
def test_bad_input(bad: object) -> None:
    with pytest.raises(InvalidInput):
        portal_disclosure(bad)  # type: ignore[arg-type]
