"""Law 01/2026 shared helpers: the Art 31.4 transition refusal and the names in bad-input errors.

Found by mutation testing (issue 12). Art 31.4: a request sent before 1/9/2026 stays under Law
104/2016 until resolved, so a deadline under Law 01/2026 is refused, saying what was sent and
when. A date that is not a date is refused naming the parameter the caller gave it in (before
the fix every caller's error said ``sent_at``, a parameter most of these functions do not have).
"""

from __future__ import annotations

from datetime import date

import pytest

from accessinfo.articles.decree_337_2026.art_10 import simple_respond_by
from accessinfo.articles.law_01_2026.art_26 import extended_provide_by, request_deadlines
from accessinfo.articles.law_01_2026.art_28 import accuracy_claim_reply_by, self_correction_by
from accessinfo.errors import InvalidInput, NoApplicableRule
from accessinfo.models.requests import InformationRequest


def test_art_31_4_a_request_sent_before_the_law_stays_under_law_104() -> None:
    # sent Mon 31/8/2026, received Wed 2/9/2026 (after the law took effect on 1/9)
    req = InformationRequest(
        received_at=date(2026, 9, 2), sent_at=date(2026, 8, 31), channel="post", complexity="simple"
    )
    with pytest.raises(NoApplicableRule) as exc:
        request_deadlines(req)
    assert str(exc.value).startswith(
        "[no-applicable-rule] the request was sent on 2026-08-31, before Law 01/2026/QH16 took "
        "effect on 2026-09-01"
    )
    assert "khoản 4 Điều 31" in exc.value.message_vi


@pytest.mark.parametrize(
    ("call", "name"),
    [
        (lambda: extended_provide_by("bad"), "valid_request"),  # type: ignore[arg-type]
        (lambda: extended_provide_by(date(2026, 9, 2), sent="bad"), "sent"),  # type: ignore[arg-type]
        (lambda: self_correction_by("bad"), "discovered"),  # type: ignore[arg-type]
        (lambda: accuracy_claim_reply_by("bad"), "claim_received"),  # type: ignore[arg-type]
        (lambda: simple_respond_by("bad"), "valid_dossier"),  # type: ignore[arg-type]
    ],
)
def test_a_bad_date_is_refused_naming_the_caller_s_parameter(call: object, name: str) -> None:
    with pytest.raises(InvalidInput, match=rf"\] {name} must be a datetime.date"):
        call()  # type: ignore[operator]
