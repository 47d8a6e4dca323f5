"""Law 104/2016 Art 24: the contents of a valid request."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from accessinfo.articles.law_104_2016.art_24 import (
    RequestCompleteness,
    RequestForm,
    request_completeness,
)
from accessinfo.errors import InvalidInput, NoApplicableRule

FULL = {
    "name": "Trần Thị B",
    "address": "5 Tràng Tiền, Hoàn Kiếm, Hà Nội",
    "identity_number": "001190000456",
    "information": "Kế hoạch sử dụng đất năm 2025 của phường",
    "delivery": "electronic",
    "reason": "Tìm hiểu quy hoạch khu dân cư",
}


def test_c2_complete_form_is_valid() -> None:
    d = request_completeness(RequestForm(**FULL))
    assert d.outcome == RequestCompleteness(valid=True)
    assert d.basis[0].id == "law_104_2016.art24.c2"
    assert d.status == "final"


def test_c2_each_missing_item_is_cited() -> None:
    form = RequestForm(**{**FULL, "identity_number": "  ", "information": None})
    d = request_completeness(form)
    assert d.outcome.valid is False
    assert d.outcome.missing == ("identity_number", "information")
    ids = [c.id for c in d.basis]
    assert ids == [
        "law_104_2016.art24.c2",
        "law_104_2016.art26.c2",
        "law_104_2016.art24.c2.pa",
        "law_104_2016.art24.c2.pb",
    ]
    assert "validated_at" in d.explanation


def test_c2_contact_details_are_optional_but_vietnamese_is_not() -> None:
    assert request_completeness(RequestForm(**FULL, contact=None)).outcome.valid
    d = request_completeness(RequestForm(**FULL, in_vietnamese=False))
    assert d.outcome.missing == ("in_vietnamese",)


def test_c3_conditional_information_needs_consent() -> None:
    d = request_completeness(RequestForm(**FULL, conditional=True))
    assert d.outcome.missing == ("consent_attached",)
    assert any(c.id == "law_104_2016.art24.c3" for c in d.basis)
    ok = request_completeness(RequestForm(**FULL, conditional=True, consent_attached=True))
    assert ok.outcome.valid


def test_an_empty_form() -> None:
    d = request_completeness(RequestForm())
    assert d.outcome.missing == (
        "name",
        "address",
        "identity_number",
        "information",
        "delivery",
        "reason",
    )


def test_validity_by_sending_date() -> None:
    with pytest.raises(NoApplicableRule):
        request_completeness(RequestForm(**FULL), sent=date(2026, 9, 1))
    assert request_completeness(RequestForm(**FULL), sent=date(2026, 8, 31)).outcome.valid


def test_bad_input() -> None:
    with pytest.raises(InvalidInput):
        RequestForm(**{**FULL, "delivery": "carrier_pigeon"})
    with pytest.raises(InvalidInput):
        RequestForm(**FULL, age=30)
    with pytest.raises(InvalidInput):
        request_completeness(FULL)  # type: ignore[arg-type]
    with pytest.raises(InvalidInput):
        request_completeness(RequestForm(**FULL), sent=datetime(2026, 1, 1, 9))
    with pytest.raises(InvalidInput):
        request_completeness(RequestForm(**FULL), strict="no")  # type: ignore[arg-type]
    with pytest.raises(InvalidInput):
        request_completeness()  # type: ignore[call-arg]
