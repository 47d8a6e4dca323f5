"""Law 104/2016 Arts 17, 21, 22, 24: found unpinned by mutation testing (issue 12).

Art 21: information posted at the agency stays up at least 30 days — posted Mon 2/3/2026, day
zero not counted (Civil Code Art 147.3): 30 days later is Wed 1/4/2026 (March has 31 days), a
working day. Art 24.2: a request form lists name, address, identity number, the information
asked for, the form of delivery and the reason, in Vietnamese; Art 24.3: conditional
information needs the consent attached. A valid form's explanation says so, consent included;
an invalid one lists what is missing.
"""

from __future__ import annotations

from datetime import date

import pytest

from accessinfo.articles.law_104_2016.art_17 import disclosure_duty
from accessinfo.articles.law_104_2016.art_21 import posting_required_until
from accessinfo.articles.law_104_2016.art_22 import disclosure_accuracy_reply_by
from accessinfo.articles.law_104_2016.art_24 import RequestForm, request_completeness
from accessinfo.errors import InvalidInput

ON = date(2026, 3, 2)
FULL = {
    "name": "Nguyễn Văn A",
    "address": "1 Tràng Tiền, Hà Nội",
    "identity_number": "001088000001",
    "information": "the 2025 budget",
    "delivery": "post",
    "reason": "research",
}


def test_art_21_trace_is_labelled_posted_until() -> None:
    d = posting_required_until(ON, trace=True)
    assert d.outcome == date(2026, 4, 1)
    assert d.trace and {s.label for s in d.trace} == {"posted_until"}


@pytest.mark.parametrize(
    ("call", "name"),
    [
        (lambda: disclosure_duty("no_such", on=ON), "category"),  # type: ignore[arg-type]
        (lambda: disclosure_accuracy_reply_by(ON, period_unit="weeks"), "period_unit"),  # type: ignore[arg-type]
        (lambda: request_completeness(RequestForm(**FULL), sent="bad"), "sent"),  # type: ignore[arg-type]
    ],
)
def test_a_bad_value_is_refused_naming_its_parameter(call: object, name: str) -> None:
    with pytest.raises(InvalidInput, match=rf"\] {name} must be"):
        call()  # type: ignore[operator]


def test_art_24_3_a_valid_conditional_request_mentions_the_consent() -> None:
    d = request_completeness(RequestForm(**FULL, conditional=True, consent_attached=True))
    assert d.outcome.valid is True
    assert "every item of Art 24.2 and the consent of Art 24.3:" in d.explanation


def test_art_24_an_invalid_request_lists_what_is_missing() -> None:
    d = request_completeness(RequestForm(**FULL, in_vietnamese=False))
    assert d.outcome.missing == ("in_vietnamese",)
    assert "missing: the form is not written in Vietnamese." in d.explanation
