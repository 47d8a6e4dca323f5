"""Law 104/2016 Art 7: conditional access."""

from __future__ import annotations

import pytest

from accessinfo.articles.law_104_2016.art_7 import conditional_access
from accessinfo.errors import InvalidInput
from accessinfo.models.access import InformationItem


def test_c1_business_secret_with_owner_consent() -> None:
    d = conditional_access(InformationItem(category="business_secret", consent=True))
    assert d.outcome.accessible and d.outcome.condition == "owner_consent"
    assert d.basis[1].id == "law_104_2016.art7.c1"


def test_c2_family_secret_needs_the_family() -> None:
    d = conditional_access(InformationItem(category="family_secret"))
    assert not d.outcome.accessible and d.outcome.condition == "family_consent"


def test_c3_without_consent_by_the_head() -> None:
    d = conditional_access(InformationItem(category="private_life", public_interest_decision=True))
    assert d.outcome.accessible and d.basis[1].id == "law_104_2016.art7.c3"


@pytest.mark.parametrize(
    ("item", "kwargs"),
    [
        (InformationItem(category="open"), {}),
        (InformationItem(category="state_secret"), {}),
        (None, {}),
        (InformationItem(category="personal_secret"), {"personal_data": "nope"}),
    ],
)
def test_bad_input(item: object, kwargs: dict[str, object]) -> None:
    with pytest.raises(InvalidInput):
        conditional_access(item, **kwargs)  # type: ignore[arg-type]
