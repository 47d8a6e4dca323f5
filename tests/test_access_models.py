"""The shared input models: bad combinations are InvalidInput, never a bare ValidationError."""

from __future__ import annotations

import pytest

from accessinfo.errors import InvalidInput
from accessinfo.models.access import (
    CostLine,
    CostOrder,
    InformationItem,
    RefusalCase,
    Requester,
    as_model,
    check_flag,
)


def test_defaults() -> None:
    assert Requester(kind="citizen").legal_capacity == "full"
    assert RefusalCase(item=InformationItem(category="open")).costs == "none"
    assert CostOrder().sending == "none" and CostLine(item="photocopy_bw", quantity=1).paper == "A4"


def test_as_model_accepts_instances_and_mappings() -> None:
    r = Requester(kind="citizen")
    assert as_model(Requester, r, "requester") is r
    assert as_model(Requester, {"kind": "citizen"}, "requester") == r
    with pytest.raises(InvalidInput):
        as_model(Requester, ["citizen"], "requester")
    with pytest.raises(InvalidInput):
        check_flag(strict="no")


@pytest.mark.parametrize(
    ("model", "data"),
    [
        (Requester, {"kind": "citizen", "age": 200}),
        (Requester, {"kind": "citizen", "acts_through": "friend"}),
        (Requester, {"kind": "foreigner_resident", "member_list_complete": True}),
        (InformationItem, {"category": "business_secret", "declassified": True}),
        (InformationItem, {"category": "open", "public_interest_decision": True}),
        (RefusalCase, {"item": {"category": "open"}, "times_provided_before": "twice"}),
        (CostLine, {"item": "photo_print_small", "quantity": 1, "paper": "A3"}),
        (CostOrder, {"sending": "fax", "weight_g": 20}),
    ],
)
def test_bad_combinations(model: type, data: dict[str, object]) -> None:
    with pytest.raises(InvalidInput):
        model(**data)
