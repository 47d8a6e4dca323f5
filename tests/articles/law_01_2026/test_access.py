"""Law 01/2026 Arts 7, 14-16, 23-27, 29: who may ask, access classes, costs, refusal grounds.

Costs use Circular 46/2018's annex (photocopy A4 black-and-white 3,000 đồng; 70% / 50% in
difficult / especially difficult areas), kept under Law 01/2026 with a caveat.
"""

from __future__ import annotations

from datetime import date

import pytest

from accessinfo.articles.law_01_2026.art_7 import eligibility
from accessinfo.articles.law_01_2026.art_14 import access_class
from accessinfo.articles.law_01_2026.art_15 import forbidden_information
from accessinfo.articles.law_01_2026.art_16 import conditional_access
from accessinfo.articles.law_01_2026.art_23 import provided_on_request
from accessinfo.articles.law_01_2026.art_24 import personal_devices_allowed, request_channel_listed
from accessinfo.articles.law_01_2026.art_25 import access_fee, request_costs
from accessinfo.articles.law_01_2026.art_26 import consent_to_attach, request_deadlines
from accessinfo.articles.law_01_2026.art_27 import refusal_grounds
from accessinfo.articles.law_01_2026.art_29 import request_via_organisation
from accessinfo.core.rules import applicable
from accessinfo.errors import AmbiguousReading, InvalidInput, NoApplicableRule, UnverifiedText
from accessinfo.models.access import (
    CostLine,
    CostOrder,
    InformationItem,
    RefusalCase,
    Requester,
)
from accessinfo.models.requests import InformationRequest

ON = date(2026, 9, 3)


# --- Art 7 / 29: eligibility ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("requester", "eligible", "through"),
    [
        (Requester(kind="citizen"), True, "self"),
        (Requester(kind="citizen", age=16), True, "self"),  # Art 7.3: may ask themself
        (Requester(kind="citizen", age=16, acts_through="legal_representative"), True, "self"),
        (Requester(kind="citizen", age=5), False, "legal_representative"),  # Civil Code 21.2
        (Requester(kind="citizen", age=5, acts_through="legal_representative"), True, None),
        (Requester(kind="citizen", legal_capacity="lost"), False, "legal_representative"),
        (
            Requester(
                kind="citizen", legal_capacity="cognitive_difficulty", acts_through="guardian"
            ),
            True,
            "guardian",
        ),
        (Requester(kind="foreigner_resident", concerns_own_rights=True), True, "self"),
        (Requester(kind="foreigner_resident", concerns_own_rights=False), False, "self"),
        (Requester(kind="foreigner_nonresident"), False, "self"),
    ],
)
def test_c7_c29_eligibility(requester: Requester, eligible: bool, through: str | None) -> None:
    d = eligibility(requester, on=ON)
    assert d.outcome.eligible is eligible
    if through is not None:
        assert d.outcome.must_act_through == through
    assert d.rule_set == "law_01_2026" and d.status == "provisional"


def test_c7_minor_reading() -> None:
    d = eligibility(Requester(kind="citizen", age=16), on=ON)
    assert d.readings == {"minors": "civil_code"}
    assert d.basis[0].id == "law_01_2026.art7"
    with pytest.raises(AmbiguousReading):
        eligibility(Requester(kind="citizen", age=16), on=ON, minors="raise")
    # an adult is not affected by the minors reading
    assert eligibility(Requester(kind="citizen"), on=ON, minors="raise").outcome.eligible


def test_c29_2_organisations_under_decree_337_art_11() -> None:
    org = Requester(kind="organisation", members_with_same_request=2, member_list_complete=True)
    d = request_via_organisation(org)
    assert d.outcome is True
    ids = [c.id for c in d.basis]
    assert ids[0] == "law_01_2026.art29.c2" and "decree_337_2026.art11.c1" in ids
    assert not any("Decree 13/2018" in c for c in d.caveats)
    assert d.explanation_vi is not None and "Mẫu số 01b" in d.explanation_vi
    one = Requester(kind="organisation", members_with_same_request=1)
    assert eligibility(one, on=ON).outcome.eligible is False


def test_eligibility_versions_by_date() -> None:
    assert applicable("eligibility", on=date(2026, 8, 31)).rule_set == "law_104_2016"
    assert applicable("eligibility", on=date(2026, 9, 1)).rule_set == "law_01_2026"
    with pytest.raises(NoApplicableRule):
        eligibility(Requester(kind="citizen"), on=date(2026, 8, 31))


# --- Arts 14-16: access classes --------------------------------------------------------------


@pytest.mark.parametrize(
    ("item", "access", "accessible"),
    [
        (InformationItem(category="open"), "open", True),
        (InformationItem(category="state_secret"), "forbidden", False),
        (InformationItem(category="state_secret", declassified=True), "open", True),
        (InformationItem(category="harmful"), "forbidden", False),
        (InformationItem(category="working_secret"), "forbidden", False),
        (InformationItem(category="internal_meeting"), "forbidden", False),
        (InformationItem(category="internal_working_document"), "forbidden", False),
        (InformationItem(category="business_secret"), "conditional", False),
        (InformationItem(category="business_secret", consent=True), "conditional", True),
        (
            InformationItem(category="family_secret", public_interest_decision=True),
            "conditional",
            True,
        ),
        (InformationItem(category="personal_data", consent=True), "conditional", True),
        (InformationItem(category="historical_archive"), "conditional", False),
    ],
)
def test_c14_access_class(item: InformationItem, access: str, accessible: bool) -> None:
    d = access_class(item, on=ON)
    assert (d.outcome.access, d.outcome.accessible) == (access, accessible)


def test_c15_closed_unless_art_16_opens() -> None:
    assert forbidden_information(InformationItem(category="personal_secret")).outcome is True
    opened = forbidden_information(InformationItem(category="personal_secret", consent=True))
    assert opened.outcome is False
    assert [c.id for c in opened.basis][:3] == [
        "law_01_2026.art15",
        "law_01_2026.art15.c2",
        "law_01_2026.art16.c1",
    ]


def test_c16_personal_data_and_archives_carry_caveats() -> None:
    d = conditional_access(InformationItem(category="personal_data", consent=True))
    assert any("personal data protection law" in c for c in d.caveats)
    a = conditional_access(InformationItem(category="historical_archive"))
    assert a.outcome.condition == "archives_law" and a.outcome.condition_met is None
    with pytest.raises(AmbiguousReading):
        access_class(InformationItem(category="personal_data"), on=ON, personal_data="raise")
    with pytest.raises(InvalidInput):
        conditional_access(InformationItem(category="open"))


def test_c26_1_consent_to_attach() -> None:
    assert consent_to_attach(InformationItem(category="family_secret")).outcome == "family_consent"
    assert consent_to_attach(InformationItem(category="business_secret")).outcome == (
        "owner_consent"
    )
    assert consent_to_attach(InformationItem(category="open")).outcome is None


# --- Art 23: provided on request --------------------------------------------------------------


def test_c23_cases() -> None:
    listed = InformationItem(category="open", mandatory_disclosure=True)
    assert provided_on_request(listed).outcome == "not_on_request"
    for exc, point in (
        ("not_yet_disclosed", "a"),
        ("disclosure_period_expired", "b"),
        ("force_majeure", "c"),
    ):
        item = InformationItem(category="open", mandatory_disclosure=True, disclosure_exception=exc)
        d = provided_on_request(item)
        assert d.outcome == "must_provide"
        assert d.basis[1].id == f"law_01_2026.art23.c1.p{point}"
    assert provided_on_request(
        InformationItem(category="business_secret", consent=True)
    ).outcome == ("must_provide")
    assert provided_on_request(InformationItem(category="working_secret")).outcome == (
        "not_on_request"
    )
    assert provided_on_request(InformationItem(category="open")).outcome == "may_provide"


# --- Art 24: channels, devices ---------------------------------------------------------------


def test_c24_channels_and_devices() -> None:
    assert [request_channel_listed(c).outcome for c in ("in_person", "post", "electronic")] == [
        True,
        True,
        True,
    ]
    assert request_channel_listed("fax").outcome is False
    assert personal_devices_allowed().outcome is True
    assert personal_devices_allowed(other_law_restricts=True).outcome is False
    fax = request_deadlines(InformationRequest(received_at=ON, channel="fax", complexity="simple"))
    assert any("fax is not listed" in c for c in fax.caveats)


# --- Art 25: costs (Circular 126/2026, Decree 337/2026 Art 14.1) ----------------------------


def test_c25_actual_costs_under_circular_126() -> None:
    # 10 A4 b/w photocopies x 3,000 = 30,000; 2 A3 (2 x A4 price) = 2 x 6,000 = 12,000;
    # 1 A0 (16 x) = 48,000; by e-mail: no sending line -> 90,000
    order = CostOrder(
        lines=(
            CostLine(item="photocopy_bw", quantity=10),
            CostLine(item="photocopy_bw", quantity=2, paper="A3"),
            CostLine(item="photocopy_bw", quantity=1, paper="A0"),
        ),
        sending="email",
    )
    d = request_costs(order, sent=ON)
    assert d.outcome.total_vnd == 90_000 and d.outcome.circular == "circular_126_2026"
    assert d.outcome.fee_vnd == 0 and d.outcome.payable_before_provision is True
    assert not any("no new circular was found" in c for c in d.caveats)
    ids = [c.id for c in d.basis]
    assert ids[0] == "law_01_2026.art25.c2"
    assert {"circular_126_2026.art3.c1", "decree_337_2026.art14.c1"} <= set(ids)
    assert d.readings == {"unpriced_sending": "no_line"}
    assert len(d.caveats_vi) == len(d.caveats)  # every caveat in both languages


def test_c25_no_area_reduction_and_post() -> None:
    # 10 x 3,000 = 30,000 (no 70% under Circular 126), plus postage 25,000 = 55,000
    order = CostOrder(
        lines=(CostLine(item="photocopy_bw", quantity=10),),
        agency_area="difficult",
        sending="post",
        postage_vnd=25_000,
    )
    d = request_costs(order, sent=ON)
    assert d.outcome.total_vnd == 55_000 and d.outcome.rate_percent == 100
    assert any("no reduced rates" in c for c in d.caveats)


@pytest.mark.parametrize(
    ("exc", "total"),
    [("not_yet_disclosed", 0), ("force_majeure", 0), ("disclosure_period_expired", 30_000)],
)
def test_c25_waiver_for_art_23_1_a_and_c_only(exc: str, total: int) -> None:
    order = CostOrder(lines=(CostLine(item="photocopy_bw", quantity=10),), disclosure_exception=exc)
    d = request_costs(order, sent=ON)
    assert d.outcome.total_vnd == total
    assert d.outcome.payable_before_provision is (total > 0)
    # Circular 126 Art 3.3 repeats Law Art 25.2: both are cited when waived
    if total == 0:
        assert {"circular_126_2026.art3.c3", "law_01_2026.art25.c2"} <= {c.id for c in d.basis}


def test_c25_fee_only_where_related_legislation_provides_one() -> None:
    assert access_fee(CostOrder()).outcome == 0
    order = CostOrder(other_law_fee_vnd=15_000, other_law_fee_basis="Luật X (example)")
    d = request_costs(order, sent=ON)
    assert (d.outcome.fee_vnd, d.outcome.total_vnd) == (15_000, 15_000)
    assert any("caller's statement" in c for c in d.caveats)


def test_c25_before_the_law() -> None:
    with pytest.raises(NoApplicableRule):
        request_costs(CostOrder(), sent=date(2026, 8, 31))
    assert applicable("request_costs", on=date(2026, 8, 31)).rule_set == "law_104_2016"
    assert applicable("access_fee", on=date(2026, 8, 31)).rule_set == "law_104_2016"
    assert applicable("access_fee", on=date(2026, 9, 1)).rule_set == "law_01_2026"


# --- Art 27: refusal grounds -----------------------------------------------------------------


def test_c27_all_six_grounds_by_clause() -> None:
    case = RefusalCase(
        item=InformationItem(category="state_secret", mandatory_disclosure=True),
        times_provided_before=2,
        within_responsibility=False,
        beyond_capacity=True,
        costs="unpaid",
    )
    d = refusal_grounds(case, on=ON)
    assert [g.citation.id for g in d.outcome] == [f"law_01_2026.art27.c{n}" for n in range(1, 7)]
    assert "khoản 1 Điều 27" in str(d.outcome[0].citation)
    assert any(c.id == "law_01_2026.art26.c2" for c in d.basis)


def test_c27_exceptions() -> None:
    again = RefusalCase(
        item=InformationItem(category="open"), times_provided_before=3, legitimate_reason=True
    )
    assert refusal_grounds(again, on=ON).outcome == ()
    force = RefusalCase(
        item=InformationItem(
            category="open", mandatory_disclosure=True, disclosure_exception="force_majeure"
        )
    )
    assert refusal_grounds(force, on=ON).outcome == ()
    archive = refusal_grounds(
        RefusalCase(item=InformationItem(category="historical_archive")), on=ON
    )
    assert archive.outcome == ()
    assert any("archives law" in c for c in archive.caveats)


def test_c27_strict_and_versions() -> None:
    with pytest.raises(UnverifiedText):
        refusal_grounds(RefusalCase(item=InformationItem(category="open")), on=ON, strict=True)
    assert applicable("refusal_grounds", on=date(2026, 9, 1)).rule_set == "law_01_2026"


# --- bad input -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "call",
    [
        lambda: eligibility(None, on=ON),  # type: ignore[arg-type]
        lambda: eligibility(Requester(kind="citizen"), on="2026-09-03"),  # type: ignore[arg-type]
        lambda: eligibility(Requester(kind="citizen"), on=ON, minors="adult"),  # type: ignore[arg-type]
        lambda: eligibility(Requester(kind="citizen")),  # type: ignore[call-arg]
        lambda: access_class({"category": "secret"}, on=ON),  # type: ignore[arg-type]
        lambda: access_class(InformationItem(category="open"), on=ON, strict="y"),  # type: ignore[arg-type]
        lambda: forbidden_information(42),  # type: ignore[arg-type]
        lambda: provided_on_request(InformationItem(category="open"), concerns_requester=1),  # type: ignore[arg-type]
        lambda: request_channel_listed("pigeon"),  # type: ignore[arg-type]
        lambda: personal_devices_allowed(other_law_restricts=None),  # type: ignore[arg-type]
        lambda: request_costs([], sent=ON),  # type: ignore[arg-type]
        lambda: request_costs(CostOrder(), sent=None),  # type: ignore[arg-type]
        lambda: request_costs(CostOrder(), sent=ON, unpriced_sending="free"),  # type: ignore[arg-type]
        lambda: request_costs(CostOrder(), sent=ON, priced_on=date(2026, 9, 1)),
        lambda: refusal_grounds(
            RefusalCase(item=InformationItem(category="open")), on=ON, personal_data="x"
        ),  # type: ignore[arg-type]
        lambda: refusal_grounds("case", on=ON),  # type: ignore[arg-type]
        lambda: consent_to_attach(None),  # type: ignore[arg-type]
        lambda: request_via_organisation(Requester(kind="citizen")),
    ],
)
def test_bad_input(call: object) -> None:
    with pytest.raises(InvalidInput):
        call()  # type: ignore[operator]
