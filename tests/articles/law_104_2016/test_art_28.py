"""Law 104/2016 Art 28: refusal grounds (a)–(e), including (đ)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from accessinfo.articles.law_104_2016.art_28 import GROUND_POINTS, ground, refusal_grounds
from accessinfo.errors import InvalidInput, NoApplicableRule
from accessinfo.models.access import InformationItem, RefusalCase

ON = date(2024, 5, 4)  # a swapped working Saturday; the date only selects the law
OPEN = InformationItem(category="open")


def kinds(case: RefusalCase) -> list[str]:
    return [g.kind for g in refusal_grounds(case, on=ON).outcome]


def test_no_ground_for_plain_open_information() -> None:
    d = refusal_grounds(RefusalCase(item=OPEN), on=ON)
    assert d.outcome == () and d.status == "final"
    assert "law_104_2016.art28.c2" not in {c.id for c in d.basis}


def test_c1_a_closed_or_conditions_not_met() -> None:
    assert kinds(RefusalCase(item=InformationItem(category="internal_meeting"))) == [
        "excluded_information"
    ]
    assert kinds(RefusalCase(item=InformationItem(category="business_secret"))) == [
        "excluded_information"
    ]
    consented = InformationItem(category="business_secret", consent=True)
    assert kinds(RefusalCase(item=consented)) == []


def test_c1_b_disclosed_unless_art_23_1() -> None:
    disclosed = InformationItem(category="open", mandatory_disclosure=True)
    d = refusal_grounds(RefusalCase(item=disclosed), on=ON)
    assert [g.kind for g in d.outcome] == ["already_disclosed"]
    assert str(d.outcome[0].citation) == (
        "điểm b khoản 1 Điều 28 Luật Tiếp cận thông tin số 104/2016/QH13"
    )
    for exception in ("not_yet_disclosed", "disclosure_period_expired", "force_majeure"):
        item = InformationItem(
            category="open",
            mandatory_disclosure=True,
            disclosure_exception=exception,  # type: ignore[arg-type]
        )
        excepted = refusal_grounds(RefusalCase(item=item), on=ON)
        assert excepted.outcome == ()
        assert "law_104_2016.art23.c1" in {c.id for c in excepted.basis}


def test_c1_c_not_responsible() -> None:
    assert kinds(RefusalCase(item=OPEN, within_responsibility=False)) == ["not_responsible"]


def test_c1_d_provided_twice_without_legitimate_reason() -> None:
    assert kinds(RefusalCase(item=OPEN, times_provided_before=1)) == []
    assert kinds(RefusalCase(item=OPEN, times_provided_before=2)) == ["provided_twice"]
    assert kinds(RefusalCase(item=OPEN, times_provided_before=5, legitimate_reason=True)) == []


def test_c1_dd_beyond_capacity_cites_point_dd() -> None:
    d = refusal_grounds(RefusalCase(item=OPEN, beyond_capacity=True), on=ON)
    (g,) = d.outcome
    assert g.kind == "beyond_capacity"
    assert g.citation.id == "law_104_2016.art28.c1.pdd"
    assert str(g.citation) == "điểm đ khoản 1 Điều 28 Luật Tiếp cận thông tin số 104/2016/QH13"
    assert g.citation.en == "Law No. 104/2016/QH13, Art. 28(1)(đ)"


def test_c1_e_costs_unpaid() -> None:
    assert kinds(RefusalCase(item=OPEN, costs="unpaid")) == ["costs_unpaid"]
    assert kinds(RefusalCase(item=OPEN, costs="paid")) == []


def test_c2_refusal_in_writing_with_reasons() -> None:
    d = refusal_grounds(
        RefusalCase(item=InformationItem(category="state_secret"), costs="unpaid"), on=ON
    )
    assert [g.kind for g in d.outcome] == ["excluded_information", "costs_unpaid"]
    assert "law_104_2016.art28.c2" in {c.id for c in d.basis}
    assert "in writing" in d.explanation
    assert "bí mật nhà nước" in d.outcome[0].reason_vi


def test_every_ground_has_its_own_point() -> None:
    points = {ground(k).citation.point for k in GROUND_POINTS}  # type: ignore[arg-type]
    assert points == {"a", "b", "c", "d", "đ", "e"}


forbidden = st.sampled_from(
    ["state_secret", "harmful", "working_secret", "internal_meeting", "internal_working_document"]
)


@given(
    category=forbidden,
    times=st.integers(min_value=0, max_value=9),
    reason=st.booleans(),
    responsible=st.booleans(),
    capacity=st.booleans(),
    costs=st.sampled_from(["none", "paid", "unpaid"]),
)
def test_forbidden_always_yields_ground_a(
    category: str, times: int, reason: bool, responsible: bool, capacity: bool, costs: str
) -> None:
    case = RefusalCase(
        item=InformationItem(category=category),  # type: ignore[arg-type]
        times_provided_before=times,
        legitimate_reason=reason,
        within_responsibility=responsible,
        beyond_capacity=capacity,
        costs=costs,  # type: ignore[arg-type]
    )
    got = refusal_grounds(case, on=ON).outcome
    assert got[0].kind == "excluded_information"
    assert got[0].citation.id == "law_104_2016.art28.c1.pa"
    assert len({g.kind for g in got}) == len(got)  # each ground once


@given(times=st.integers(min_value=0, max_value=1), reason=st.booleans())
def test_open_item_with_nothing_else_never_yields_a_ground(times: int, reason: bool) -> None:
    case = RefusalCase(item=OPEN, times_provided_before=times, legitimate_reason=reason)
    assert refusal_grounds(case, on=ON).outcome == ()


def test_validity() -> None:
    with pytest.raises(NoApplicableRule):
        refusal_grounds(RefusalCase(item=OPEN), on=date(2026, 9, 1))
    assert refusal_grounds(RefusalCase(item=OPEN), on=date(2018, 7, 1)).outcome == ()


@pytest.mark.parametrize(
    ("case", "kwargs"),
    [
        (None, {}),
        (OPEN, {}),
        ({"item": {"category": "open"}, "times_provided_before": -1}, {}),
        ({"item": {"category": "open"}, "costs": "later"}, {}),
        ({"item": {"category": "open"}, "extra": 1}, {}),
        ({"item": {"category": "open"}}, {"on": 20260101}),
        ({"item": {"category": "open"}}, {"personal_data": "nope"}),
    ],
)
def test_bad_input(case: object, kwargs: dict[str, object]) -> None:
    with pytest.raises(InvalidInput):
        refusal_grounds(case, **{"on": ON, **kwargs})  # type: ignore[arg-type]
