"""Law 104/2016 Arts 5–7: the access class of an item (the ``access_class`` rule)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from accessinfo.articles.law_104_2016.art_5 import access_class
from accessinfo.errors import AmbiguousReading, InvalidInput, NoApplicableRule
from accessinfo.models.access import InformationItem

ON = date(2025, 4, 26)  # a swapped working Saturday; the date only selects the law
FORBIDDEN = ["state_secret", "harmful", "working_secret", "internal_meeting",
             "internal_working_document"]  # fmt: skip
CONDITIONAL = ["business_secret", "private_life", "personal_secret", "family_secret",
               "personal_data"]  # fmt: skip


def test_art5_open_information() -> None:
    d = access_class(InformationItem(category="open"), on=ON)
    assert (d.outcome.access, d.outcome.accessible) == ("open", True)
    assert d.basis[0].id == "law_104_2016.art5"
    assert d.status == "final"


@pytest.mark.parametrize("category", FORBIDDEN)
def test_art6_forbidden(category: str) -> None:
    d = access_class(InformationItem(category=category), on=ON)  # type: ignore[arg-type]
    assert (d.outcome.access, d.outcome.accessible) == ("forbidden", False)
    clause = 1 if category == "state_secret" else 2
    assert f"law_104_2016.art6.c{clause}" in {c.id for c in d.basis}


def test_art6_c1_declassified_secret_becomes_open() -> None:
    d = access_class(InformationItem(category="state_secret", declassified=True), on=ON)
    assert (d.outcome.access, d.outcome.accessible) == ("open", True)
    assert "law_104_2016.art6.c1" in {c.id for c in d.basis}


@pytest.mark.parametrize(
    ("category", "clause", "condition"),
    [
        ("business_secret", 1, "owner_consent"),
        ("private_life", 2, "subject_consent"),
        ("personal_secret", 2, "subject_consent"),
        ("family_secret", 2, "family_consent"),
    ],
)
def test_art7_conditional_needs_consent(category: str, clause: int, condition: str) -> None:
    no = access_class(InformationItem(category=category), on=ON)  # type: ignore[arg-type]
    assert no.outcome.access == "conditional" and not no.outcome.accessible
    assert no.outcome.condition == condition and no.outcome.condition_met is False
    assert f"law_104_2016.art7.c{clause}" in {c.id for c in no.basis}
    yes = access_class(
        InformationItem(category=category, consent=True),  # type: ignore[arg-type]
        on=ON,
    )
    assert yes.outcome.accessible and yes.outcome.condition_met
    assert "law_104_2016.art24.c3" in {c.id for c in yes.basis}  # consent attached in writing


def test_art7_c3_head_decides_for_public_interest() -> None:
    d = access_class(
        InformationItem(category="family_secret", public_interest_decision=True), on=ON
    )
    assert d.outcome.accessible and d.outcome.condition == "public_interest_decision"
    assert "law_104_2016.art7.c3" in {c.id for c in d.basis}


def test_personal_data_reading() -> None:
    d = access_class(InformationItem(category="personal_data", consent=True), on=ON)
    assert d.outcome.accessible and d.readings == {"personal_data": "personal_secret"}
    with pytest.raises(AmbiguousReading):
        access_class(InformationItem(category="personal_data"), on=ON, personal_data="raise")


def test_historical_archive_is_open_with_a_caveat() -> None:
    d = access_class(InformationItem(category="historical_archive"), on=ON)
    assert d.outcome.accessible and d.status == "provisional"
    assert "law_104_2016.art16" in {c.id for c in d.basis}


@given(category=st.sampled_from(FORBIDDEN))
def test_forbidden_is_never_accessible(category: str) -> None:
    item = InformationItem(category=category)  # type: ignore[arg-type]
    assert not access_class(item, on=ON).outcome.accessible


@given(category=st.sampled_from(CONDITIONAL), consent=st.booleans(), head=st.booleans())
def test_conditional_accessible_iff_consent_or_head(
    category: str, consent: bool, head: bool
) -> None:
    item = InformationItem(
        category=category,  # type: ignore[arg-type]
        consent=consent,
        public_interest_decision=head,
    )
    assert access_class(item, on=ON).outcome.accessible == (consent or head)


def test_validity() -> None:
    with pytest.raises(NoApplicableRule):
        access_class(InformationItem(category="open"), on=date(2026, 9, 1))


@pytest.mark.parametrize(
    ("item", "kwargs"),
    [
        (None, {}),
        ({"category": "gossip"}, {}),
        ({"category": "open", "declassified": True}, {}),
        ({"category": "harmful", "consent": True}, {}),
        ({"category": "open", "disclosure_exception": "force_majeure"}, {}),
        ({"category": "open"}, {"on": None}),
        ({"category": "open"}, {"personal_data": "open"}),
        ({"category": "open"}, {"strict": 1}),
    ],
)
def test_bad_input(item: object, kwargs: dict[str, object]) -> None:
    with pytest.raises(InvalidInput):
        access_class(item, **{"on": ON, **kwargs})  # type: ignore[arg-type]
