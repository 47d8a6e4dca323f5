"""Circular 13/2016 Art 19: the six cases in which information is not provided."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from accessinfo.articles.circular_13_2016.art_19 import (
    GROUNDS,
    ViolationInfoRequest,
    refusal_grounds,
)
from accessinfo.errors import InvalidInput, NoApplicableRule

ON = date(2026, 3, 2)


def _codes(req: ViolationInfoRequest) -> list[str]:
    return [g.code for g in refusal_grounds(req, on=ON).outcome]


def test_c1_to_c6_are_six_typed_grounds_with_the_law_text() -> None:
    assert [g.clause for g in GROUNDS] == [1, 2, 3, 4, 5, 6]
    assert GROUNDS[1].text_vi == (
        "Yêu cầu cung cấp thông tin thuộc Danh mục bí mật nhà nước độ Tuyệt mật, Tối mật và Mật."
    )


def test_c1_request_must_state_reason_scope_purpose_content_form() -> None:
    d = refusal_grounds(ViolationInfoRequest(requester="supervisory_body", omits={"form"}), on=ON)
    assert [g.code for g in d.outcome] == ["request_incomplete"]
    assert "circular_13_2016.art19.c1" in [c.id for c in d.basis]
    assert "Art 15.7" in d.explanation


def test_c2_state_secrets() -> None:
    for level in ("mat", "toi_mat", "tuyet_mat"):
        req = ViolationInfoRequest(requester="supervisory_body", secrecy=level)
        assert _codes(req) == ["state_secret"]


def test_c3_signature_and_seal_for_bodies_identity_for_individuals() -> None:
    assert _codes(ViolationInfoRequest(requester="sanctioned_organisation", sealed=False)) == [
        "not_signed_or_identified"
    ]
    # name, identity number and address are asked of individuals only
    org = ViolationInfoRequest(requester="sanctioned_organisation", gives_address=False)
    assert _codes(org) == []
    for missing in ("signed", "gives_full_name", "gives_identity_number", "gives_address"):
        person = ViolationInfoRequest(requester="sanctioned_individual", **{missing: False})
        assert _codes(person) == ["not_signed_or_identified"], missing
    # a seal is not asked of an individual
    assert _codes(ViolationInfoRequest(requester="sanctioned_individual", sealed=False)) == []


def test_c4_unlawful_purpose() -> None:
    req = ViolationInfoRequest(requester="sanctioned_individual", purpose_lawful=False)
    assert _codes(req) == ["unlawful_purpose"]


def test_c5_and_c6_apply_only_to_sanctioned_requesters() -> None:
    once = ViolationInfoRequest(requester="sanctioned_individual", times_provided=1)
    assert _codes(once) == []
    twice = ViolationInfoRequest(requester="sanctioned_organisation", times_provided=2)
    assert _codes(twice) == ["provided_twice"]
    unpaid = ViolationInfoRequest(requester="sanctioned_individual", costs_paid=False)
    assert _codes(unpaid) == ["costs_unpaid"]
    body = ViolationInfoRequest(requester="supervisory_body", times_provided=7, costs_paid=False)
    assert _codes(body) == []


def test_several_grounds_in_clause_order() -> None:
    req = ViolationInfoRequest(
        requester="sanctioned_individual",
        omits={"reason", "purpose"},
        purpose_lawful=False,
        costs_paid=False,
    )
    d = refusal_grounds(req, on=ON)
    assert [g.clause for g in d.outcome] == [1, 4, 6]
    assert [c.id for c in d.basis if c.id.startswith("circular_13_2016.art19.")] == [
        "circular_13_2016.art19.c1",
        "circular_13_2016.art19.c4",
        "circular_13_2016.art19.c6",
    ]


@given(
    requester=st.sampled_from(["supervisory_body", "sanctioned_organisation"]),
    times=st.integers(min_value=0, max_value=10),
    paid=st.booleans(),
    lawful=st.booleans(),
)
def test_grounds_are_a_subset_in_order_and_empty_only_for_a_clean_request(
    requester: str, times: int, paid: bool, lawful: bool
) -> None:
    req = ViolationInfoRequest(
        requester=requester,  # type: ignore[arg-type]
        times_provided=times,
        costs_paid=paid,
        purpose_lawful=lawful,
    )
    clauses = [g.clause for g in refusal_grounds(req, on=ON).outcome]
    assert clauses == sorted(set(clauses))
    sanctioned = requester != "supervisory_body"
    clean = lawful and (not sanctioned or (times < 2 and paid))
    assert (clauses == []) == clean


@pytest.mark.parametrize(
    "make",
    [
        lambda: ViolationInfoRequest(requester="citizen"),  # type: ignore[arg-type]
        lambda: ViolationInfoRequest(requester="supervisory_body", times_provided=-1),
        lambda: ViolationInfoRequest(requester="supervisory_body", times_provided=1.5),
        lambda: ViolationInfoRequest(requester="supervisory_body", signed="yes"),
        lambda: ViolationInfoRequest(requester="supervisory_body", omits={"why"}),
        lambda: ViolationInfoRequest(requester="supervisory_body", secrecy="secret"),
        lambda: ViolationInfoRequest(requester="supervisory_body", colour="red"),
        lambda: refusal_grounds({"requester": "supervisory_body"}, on=ON),  # type: ignore[arg-type]
        lambda: refusal_grounds(
            ViolationInfoRequest(requester="supervisory_body"), on=datetime(2026, 3, 2, 9, 0)
        ),
        lambda: refusal_grounds(ViolationInfoRequest(requester="supervisory_body")),  # type: ignore[call-arg]
    ],
)
def test_bad_input(make: object) -> None:
    with pytest.raises(InvalidInput):
        make()  # type: ignore[operator]


def test_before_the_circular_no_rule_applies() -> None:
    with pytest.raises(NoApplicableRule):
        refusal_grounds(ViolationInfoRequest(requester="supervisory_body"), on=date(2016, 6, 1))
