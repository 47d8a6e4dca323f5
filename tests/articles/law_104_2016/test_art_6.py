"""Law 104/2016 Art 6: information citizens may not access."""

from __future__ import annotations

import pytest

from accessinfo.articles.law_104_2016.art_6 import forbidden_information
from accessinfo.errors import InvalidInput
from accessinfo.models.access import InformationItem


def test_c1_state_secret_until_declassified() -> None:
    assert forbidden_information(InformationItem(category="state_secret")).outcome is True
    d = forbidden_information(InformationItem(category="state_secret", declassified=True))
    assert d.outcome is False and "declassified" in d.explanation


@pytest.mark.parametrize(
    "category", ["harmful", "working_secret", "internal_meeting", "internal_working_document"]
)
def test_c2_closed_categories(category: str) -> None:
    d = forbidden_information(InformationItem(category=category))  # type: ignore[arg-type]
    assert d.outcome is True and d.basis[-1].id == "law_104_2016.art6.c2"


@pytest.mark.parametrize("category", ["open", "business_secret", "historical_archive"])
def test_other_categories_are_not_closed_by_art_6(category: str) -> None:
    item = InformationItem(category=category)  # type: ignore[arg-type]
    assert forbidden_information(item).outcome is False


@pytest.mark.parametrize("bad", [None, "state_secret", {"category": 1}])
def test_bad_input(bad: object) -> None:
    with pytest.raises(InvalidInput):
        forbidden_information(bad)  # type: ignore[arg-type]
