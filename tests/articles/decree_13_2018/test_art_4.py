"""Decree 13/2018 Art 4: requests through an organisation ("nhiều người" read as ≥ 2)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
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


def test_applied_after_1_september_2026_it_is_provisional_and_says_why() -> None:
    from datetime import date

    # Decree 337/2026 Art 15.3 ends Decree 13/2018 on 1/9/2026 with no saving clause; a Law 104
    # request pending that day still runs under Law 104 (Law 01/2026 Art 31.4)
    before = organisation_request_allowed(org(3), on=date(2026, 8, 31))
    assert before.status == "final" and not before.caveats
    after = organisation_request_allowed(org(3), on=date(2026, 9, 1))
    assert after.outcome is True and after.status == "provisional"
    ids = [c.id for c in after.basis]
    assert "decree_337_2026.art15.c3" in ids and "law_01_2026.art31.c4" in ids
    assert any("no saving clause" in c and "Art 31.4" in c for c in after.caveats)
    assert any("không có quy định chuyển tiếp" in c for c in after.caveats_vi)
    with pytest.raises(AmbiguousReading, match="no saving clause"):
        organisation_request_allowed(org(3), on=date(2026, 9, 1), strict=True)
    assert organisation_request_allowed(org(3), on=date(2026, 8, 31), strict=True).final


@settings(deadline=None)
@given(n=st.integers(min_value=0, max_value=50), day=st.dates())
def test_the_date_changes_only_the_status(n: int, day: object) -> None:
    from datetime import date

    assert isinstance(day, date)
    d = organisation_request_allowed(org(n), on=day)
    assert d.outcome == (n >= 2)
    assert (d.status == "provisional") is (day >= date(2026, 9, 1))
