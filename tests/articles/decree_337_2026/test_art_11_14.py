"""Decree 337/2026 Art 11 (requests through organisations) and Art 14.1 (costs paid first)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from accessinfo.articles.decree_337_2026.art_11 import organisation_request_allowed
from accessinfo.articles.decree_337_2026.art_14 import payable_before_provision
from accessinfo.errors import AmbiguousReading, InvalidInput, UnverifiedText
from accessinfo.models.access import Requester


def org(n: int | None, listed: bool | None = None) -> Requester:
    return Requester(kind="organisation", members_with_same_request=n, member_list_complete=listed)


def test_c11_several_members_a_list_and_form_01b() -> None:
    d = organisation_request_allowed(org(3, True))
    assert d.outcome is True and d.readings == {"many_members": "two_or_more"}
    assert [c.id for c in d.basis][:3] == [
        "decree_337_2026.art11.c1",
        "decree_337_2026.art11.c2",
        "decree_337_2026.art9.c2",
    ]
    assert any("form 01b" in c for c in d.caveats) and d.status == "provisional"
    assert d.explanation_vi is not None and "Mẫu số 01b" in d.explanation_vi
    unchecked = organisation_request_allowed(org(3))
    assert unchecked.outcome is True and "Check that the list" in unchecked.explanation


@pytest.mark.parametrize(("n", "listed"), [(None, True), (0, True), (1, True), (5, False)])
def test_c11_not_through_the_organisation(n: int | None, listed: bool) -> None:
    assert organisation_request_allowed(org(n, listed)).outcome is False


@given(n=st.integers(min_value=0, max_value=10_000))
def test_c11_two_or_more_with_a_list(n: int) -> None:
    assert organisation_request_allowed(org(n, True)).outcome is (n >= 2)


def test_c11_readings_and_bad_input() -> None:
    with pytest.raises(AmbiguousReading):
        organisation_request_allowed(org(3, True), many_members="raise")
    with pytest.raises(UnverifiedText):  # unverified text
        organisation_request_allowed(org(3, True), strict=True)
    with pytest.raises(InvalidInput):
        organisation_request_allowed(Requester(kind="citizen"))
    with pytest.raises(InvalidInput):
        organisation_request_allowed(org(3, True), many_members="three")  # type: ignore[arg-type]
    with pytest.raises(InvalidInput):
        organisation_request_allowed("ACME")  # type: ignore[arg-type]


def test_c14_paid_before_provision_unless_waived() -> None:
    d = payable_before_provision()
    assert d.outcome is True
    assert [c.id for c in d.basis] == ["decree_337_2026.art14.c1", "law_01_2026.art27.c6"]
    assert payable_before_provision("disclosure_period_expired").outcome is True
    for case, point in (("not_yet_disclosed", "a"), ("force_majeure", "c")):
        w = payable_before_provision(case)  # type: ignore[arg-type]
        assert w.outcome is False
        assert f"law_01_2026.art23.c1.p{point}" in [c.id for c in w.basis]
        assert w.explanation_vi is not None and f"điểm {point} khoản 1 Điều 23" in w.explanation_vi
    other = payable_before_provision(other_law_waiver="Luật X, Điều Y")
    assert other.outcome is False and any("Luật X, Điều Y" in c for c in other.caveats)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"disclosure_exception": "pigeon"},
        {"other_law_waiver": ""},
        {"other_law_waiver": "  "},
        {"other_law_waiver": 42},
        {"strict": "no"},
    ],
)
def test_c14_bad_input(kwargs: dict[str, object]) -> None:
    with pytest.raises(InvalidInput):
        payable_before_provision(**kwargs)  # type: ignore[arg-type]


def test_c11_is_the_version_of_decree_13_art_4_from_1_september_2026() -> None:
    from datetime import date

    from accessinfo.articles.decree_13_2018.art_4 import (
        organisation_request_allowed as decree_13_version,
    )
    from accessinfo.core.rules import applicable, families
    from accessinfo.errors import NoApplicableRule

    versions = families()["organisation_request_allowed"]
    assert [v.rule_set for v in versions] == ["decree_13_2018", "decree_337_2026"]
    assert versions[0].valid_until == versions[1].valid_from == date(2026, 9, 1)
    assert applicable("organisation_request_allowed", on=date(2026, 8, 31)).function is (
        decree_13_version
    )
    assert applicable("organisation_request_allowed", on=date(2026, 9, 1)).function is (
        organisation_request_allowed
    )
    # the same legal effect on either side: two members with their list may ask
    assert decree_13_version(org(2, True), on=date(2026, 8, 31)).outcome is True
    assert organisation_request_allowed(org(2, True), on=date(2026, 9, 1)).outcome is True
    with pytest.raises(NoApplicableRule):
        organisation_request_allowed(org(2, True), on=date(2026, 8, 31))
