"""Law 104/2016 Art 4 (and Art 36 through it): who may ask, and through whom."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from accessinfo.articles.law_104_2016.art_4 import eligibility, representation_required
from accessinfo.calendar import VN_TZ
from accessinfo.errors import AmbiguousReading, InvalidInput, NoApplicableRule
from accessinfo.models.access import Requester

ON = date(2026, 1, 10)  # a swapped working Saturday; the date only selects the law


def test_c1_adult_citizen_asks_in_person() -> None:
    d = eligibility(Requester(kind="citizen", age=30), on=ON)
    assert d.outcome.eligible and d.outcome.must_act_through == "self"
    assert d.outcome.scope == "all_information"
    assert d.status == "final" and d.rule_set == "law_104_2016"
    assert "law_104_2016.art4.c1" in {c.id for c in d.basis}


def test_c1_age_not_stated_reads_as_adult_and_may_authorise() -> None:
    d = eligibility(Requester(kind="citizen", acts_through="authorised_person"), on=ON)
    assert d.outcome.eligible
    assert "read as an adult" in d.explanation


def test_c3_under_18_through_legal_representative() -> None:
    alone = eligibility(Requester(kind="citizen", age=17), on=ON)
    assert not alone.outcome.eligible
    assert alone.outcome.must_act_through == "legal_representative"
    rep = eligibility(Requester(kind="citizen", age=17, acts_through="legal_representative"), on=ON)
    assert rep.outcome.eligible
    # the exception "trừ trường hợp luật về trẻ em … có quy định khác" is not encoded
    assert rep.status == "provisional" and rep.caveats
    assert "law_104_2016.art4.c3" in {c.id for c in rep.basis}
    # 18 is no longer "dưới 18 tuổi"
    assert eligibility(Requester(kind="citizen", age=18), on=ON).outcome.eligible


def test_c2_lost_capacity_and_cognitive_difficulty() -> None:
    lost = representation_required(Requester(kind="citizen", legal_capacity="lost"))
    assert lost.outcome == "legal_representative"
    hard = Requester(kind="citizen", legal_capacity="cognitive_difficulty", acts_through="guardian")
    d = eligibility(hard, on=ON)
    assert d.outcome.eligible and d.outcome.must_act_through == "guardian"
    wrong = Requester(
        kind="citizen", legal_capacity="cognitive_difficulty", acts_through="legal_representative"
    )
    assert not eligibility(wrong, on=ON).outcome.eligible


def test_art36_foreigners() -> None:
    own = Requester(kind="foreigner_resident", concerns_own_rights=True)
    d = eligibility(own, on=ON)
    assert d.outcome.eligible and d.outcome.scope == "own_rights_and_duties"
    assert "law_104_2016.art36.c1" in {c.id for c in d.basis}
    other = Requester(kind="foreigner_resident", concerns_own_rights=False)
    assert not eligibility(other, on=ON).outcome.eligible
    unknown = eligibility(Requester(kind="foreigner_resident"), on=ON)
    assert unknown.outcome.eligible and unknown.outcome.scope == "own_rights_and_duties"
    away = eligibility(Requester(kind="foreigner_nonresident"), on=ON)
    assert not away.outcome.eligible and away.outcome.scope is None
    # a foreign minor also asks through a legal representative (Art 4.3 applies to persons)
    young = Requester(kind="foreigner_resident", age=15, concerns_own_rights=True)
    assert not eligibility(young, on=ON).outcome.eligible


def test_art36_c2_organisation_with_two_members() -> None:
    org = Requester(kind="organisation", members_with_same_request=2, member_list_complete=True)
    d = eligibility(org, on=ON)
    assert d.outcome.eligible and d.outcome.must_act_through == "organisation_representative"
    assert d.readings == {"many_members": "two_or_more"}
    assert {"law_104_2016.art36.c2", "decree_13_2018.art4.c1"} <= {c.id for c in d.basis}
    with pytest.raises(AmbiguousReading):
        eligibility(org, on=ON, many_members="raise")


def test_law_104_window() -> None:
    adult = Requester(kind="citizen")
    assert eligibility(adult, on=date(2026, 8, 31)).outcome.eligible
    assert eligibility(adult, on=datetime(2026, 8, 31, 23, 0, tzinfo=VN_TZ)).outcome.eligible
    with pytest.raises(NoApplicableRule):
        eligibility(adult, on=date(2026, 9, 1))
    with pytest.raises(NoApplicableRule):
        eligibility(adult, on=date(2018, 6, 30))


@given(age=st.integers(min_value=0, max_value=120))
def test_minors_never_ask_alone(age: int) -> None:
    d = eligibility(Requester(kind="citizen", age=age), on=ON)
    assert d.outcome.eligible == (age >= 18)


@pytest.mark.parametrize(
    ("requester", "kwargs"),
    [
        (None, {}),
        ("citizen", {}),
        ({"kind": "martian"}, {}),
        ({"kind": "citizen", "age": -1}, {}),
        ({"kind": "citizen", "members_with_same_request": 3}, {}),
        ({"kind": "organisation", "age": 20}, {}),
        ({"kind": "citizen", "concerns_own_rights": True}, {}),
        ({"kind": "citizen"}, {"on": "2026-01-10"}),
        ({"kind": "citizen"}, {"on": datetime(2026, 1, 10, 9)}),
        ({"kind": "citizen"}, {"strict": "yes"}),
        ({"kind": "citizen"}, {"many_members": "dozens"}),
        ({"kind": "citizen"}, {"bogus": 1}),
    ],
)
def test_bad_input(requester: object, kwargs: dict[str, object]) -> None:
    args: dict[str, object] = {"on": ON, **kwargs}
    with pytest.raises(InvalidInput):
        eligibility(requester, **args)  # type: ignore[arg-type]


def test_representation_rejects_organisations() -> None:
    with pytest.raises(InvalidInput):
        representation_required(Requester(kind="organisation"))
