"""Law 01/2026 Arts 10.3, 15, 16: explanations and messages mutation testing found unpinned.

Art 10.3: information an agency holds but did not create must be provided when that is
necessary to protect the public interest or public health. Art 15.1 (second paragraph): a
state secret that has been declassified may be accessed. Art 16: the conditionally accessible
categories are private life, personal secrets, personal data, family secrets and business
secrets (Art 16.1–16.2), plus historical archives (Art 16.3); anything else is refused naming
them.
"""

from __future__ import annotations

from datetime import date

import pytest

from accessinfo.articles.law_01_2026.art_10 import held_information_must_be_provided
from accessinfo.articles.law_01_2026.art_15 import forbidden_information
from accessinfo.articles.law_01_2026.art_16 import conditional_access
from accessinfo.errors import InvalidInput
from accessinfo.models.access import InformationItem


def test_art_10_3_the_explanation_says_why_the_agency_must_provide() -> None:
    d = held_information_must_be_provided(
        necessary_for_public_interest_or_health=True, on=date(2026, 9, 2)
    )
    assert d.outcome is True
    assert d.explanation.startswith("Art 10.3:") and "public health" in d.explanation


def test_art_15_1_a_declassified_secret_is_explained_as_such() -> None:
    d = forbidden_information(InformationItem(category="state_secret", declassified=True))
    assert d.outcome is False
    assert "declassified" in d.explanation
    assert [c.id for c in d.basis][-1] == "law_01_2026.art15.c1"


def test_art_16_refuses_a_category_it_does_not_cover_naming_the_ones_it_does() -> None:
    with pytest.raises(InvalidInput) as exc:
        conditional_access(InformationItem(category="state_secret"))
    assert (
        "conditional_access covers private_life, personal_secret, personal_data, family_secret, "
        "business_secret, historical_archive; got category 'state_secret'" in str(exc.value)
    )
