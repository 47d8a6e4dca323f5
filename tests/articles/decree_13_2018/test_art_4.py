"""Decree 13/2018 Art 4: requests through an organisation ("nhiều người" read as ≥ 2)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from accessinfo.articles.decree_13_2018.art_4 import organisation_request_allowed
from accessinfo.errors import AmbiguousReading, InvalidInput
from accessinfo.models.access import Requester


def org(n: int | None, complete: bool | None = True) -> Requester:
    return Requester(
        kind="organisation", members_with_same_request=n, member_list_complete=complete
    )


def test_c1_several_members_read_as_two_or_more() -> None:
    assert organisation_request_allowed(org(2)).outcome is True
    assert organisation_request_allowed(org(1)).outcome is False
    assert organisation_request_allowed(org(0)).outcome is False
    assert organisation_request_allowed(org(None)).outcome is False
    d = organisation_request_allowed(org(2))
    assert d.readings == {"many_members": "two_or_more"}
    assert [c.id for c in d.basis] == ["decree_13_2018.art4.c1", "decree_13_2018.art4.c2"]


def test_c2_the_list_must_be_complete() -> None:
    assert organisation_request_allowed(org(5, complete=False)).outcome is False
    unconfirmed = organisation_request_allowed(org(5, complete=None))
    assert unconfirmed.outcome is True and "Art 4.2" in unconfirmed.explanation


def test_raise_reading() -> None:
    with pytest.raises(AmbiguousReading):
        organisation_request_allowed(org(2), many_members="raise")


@given(n=st.integers(min_value=0, max_value=10_000))
def test_threshold(n: int) -> None:
    assert organisation_request_allowed(org(n)).outcome == (n >= 2)


@pytest.mark.parametrize(
    ("requester", "kwargs"),
    [
        (Requester(kind="citizen"), {}),
        (None, {}),
        ({"kind": "organisation", "members_with_same_request": -2}, {}),
        (Requester(kind="organisation"), {"many_members": 3}),
    ],
)
def test_bad_input(requester: object, kwargs: dict[str, object]) -> None:
    with pytest.raises(InvalidInput):
        organisation_request_allowed(requester, **kwargs)  # type: ignore[arg-type]
