"""Whole numbers and flags are strict in every input model (issue 12, "lax coercions").

Before the fix ``Requester(age=True)``, ``CostLine(quantity=True)`` and
``RefusalCase(times_provided_before=True)`` were accepted as 1, and ``"3"`` or ``3.0`` passed as
3. ``InputModel`` now refuses anything but an ``int`` for an ``int`` field and anything but
``True``/``False`` for a ``bool`` field, from Python and from JSON; the test walks every input
model, so a new model or field is covered without editing it.
"""

from __future__ import annotations

import json

import pytest

from accessinfo.core.inputs import InputModel, _scalar_fields
from accessinfo.errors import InvalidInput
from accessinfo.models.access import CostLine, InformationItem, RefusalCase, Requester
from accessinfo.surfaces.schema import _input_models

FIELDS = [
    (cls, name, kind)
    for cls in _input_models()
    for name, kind in sorted(_scalar_fields(cls).items())
]
NOT_INT = [True, False, "3", 3.0, 2.5]
NOT_BOOL = [1, 0, "yes", "true", 1.0]


def test_the_walk_finds_the_fields_of_the_issue() -> None:
    found = {(c.__name__, n) for c, n, _ in FIELDS}
    assert {
        ("Requester", "age"),
        ("CostLine", "quantity"),
        ("RefusalCase", "times_provided_before"),
        ("InformationItem", "consent"),
    } <= found


@pytest.mark.parametrize(
    ("cls", "name", "kind"), FIELDS, ids=[f"{c.__name__}.{n}" for c, n, _ in FIELDS]
)
def test_no_coercion_into_ints_or_flags(cls: type[InputModel], name: str, kind: type) -> None:
    wrong = NOT_INT if kind is int else NOT_BOOL
    for value in wrong:
        with pytest.raises(InvalidInput, match=name):
            cls(**{name: value})
        with pytest.raises(InvalidInput, match=name):
            cls.model_validate({name: value})
        with pytest.raises(InvalidInput, match=name):
            cls.model_validate_json(json.dumps({name: value}))


def test_the_right_types_still_pass() -> None:
    assert Requester(kind="citizen", age=30).age == 30
    assert Requester.model_validate_json('{"kind": "citizen", "age": 17}').age == 17
    assert CostLine(item="photocopy_bw", quantity=3).quantity == 3
    item = InformationItem(category="private_life", consent=True)
    assert RefusalCase(item=item, times_provided_before=2).times_provided_before == 2
    with pytest.raises(InvalidInput, match="age must be a whole number"):
        Requester(kind="citizen", age=True)


def test_nothing_is_provided_before_the_request_is_valid() -> None:
    """Before the fix a 'provided' event on 3/3 with the request valid on 5/3 passed silently."""
    from datetime import date

    import accessinfo as ai
    from accessinfo.tasks.timeline import RequestEvent, request_timeline

    req = ai.InformationRequest(
        received_at=date(2026, 3, 2), channel="electronic", complexity="complex"
    )
    for kind in ("provided",):  # notices before validation: left to the register path too
        events = [
            RequestEvent(kind=kind, at=date(2026, 3, 3)),
            RequestEvent(kind="validated", at=date(2026, 3, 5)),
        ]
        with pytest.raises(InvalidInput, match="before the request became valid on 2026-03-05"):
            request_timeline(req, events, as_of=date(2026, 3, 20))
    # the same day is fine, and so is a refusal of the incomplete request
    same = [
        RequestEvent(kind="validated", at=date(2026, 3, 5)),
        RequestEvent(kind="provided", at=date(2026, 3, 5)),
    ]
    assert request_timeline(req, same, as_of=date(2026, 3, 20)).outcome.answer == "provided"
    refused = [
        RequestEvent(kind="refused", at=date(2026, 3, 3)),
        RequestEvent(kind="validated", at=date(2026, 3, 5)),
    ]
    assert request_timeline(req, refused, as_of=date(2026, 3, 20)).outcome.answer == "refused"
