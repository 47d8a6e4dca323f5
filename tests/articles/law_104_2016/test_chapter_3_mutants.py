"""Law 104/2016 Chapter 3 (`request_deadlines`): tests written to kill mutmut survivors.

They pin the order checks of `_governing_date` at their edges (same day, same instant, a date
against an aware datetime) and the messages of its errors. Dates are worked by hand: a simple
request by post is answered within 5 working days (Art 31.1 read with Art 30.1 as in
tests/test_requests.py); from Tue 3/3/2026 the days counted are Wed 4, Thu 5, Fri 6, Mon 9,
Tue 10 March 2026 (Sat 7 and Sun 8 skipped; no holiday in March 2026), so the answer is due on
Tue 10/3/2026.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from accessinfo.articles.law_104_2016 import chapter_3
from accessinfo.calendar import VN_TZ
from accessinfo.errors import InvalidInput, NoApplicableRule
from accessinfo.models.requests import InformationRequest

DUE = date(2026, 3, 10)


def _post(**kw: object) -> InformationRequest:
    return InformationRequest(channel="post", complexity="simple", **kw)


def test_c27_validated_at_the_same_instant_as_receipt_is_accepted() -> None:
    at = datetime(2026, 3, 3, 10, 0, tzinfo=VN_TZ)
    assert (
        chapter_3.request_deadlines(_post(received_at=at, validated_at=at)).outcome.respond_by
        == DUE
    )


def test_c27_validated_on_the_day_of_receipt_as_a_date_is_accepted() -> None:
    # received at 10:00 on 3/3, validated "on 3/3" (a date): the same day, not before it
    req = _post(
        received_at=datetime(2026, 3, 3, 10, 0, tzinfo=VN_TZ), validated_at=date(2026, 3, 3)
    )
    assert chapter_3.request_deadlines(req).outcome.respond_by == DUE


def test_c27_validated_later_the_same_day_with_a_time_is_accepted() -> None:
    req = _post(received_at=date(2026, 3, 3), validated_at=datetime(2026, 3, 3, 15, tzinfo=VN_TZ))
    assert chapter_3.request_deadlines(req).outcome.respond_by == DUE


def test_c27_order_errors_name_the_fields() -> None:
    with pytest.raises(
        InvalidInput,
        match=r"^\[invalid-input\] sent_at \(2026-03-04\) is after received_at "
        r"\(2026-03-03\)",
    ):
        chapter_3.request_deadlines(_post(received_at=date(2026, 3, 3), sent_at=date(2026, 3, 4)))
    with pytest.raises(
        InvalidInput,
        match=r"validated_at is before received_at: the valid request cannot precede the "
        "first receipt",
    ):
        chapter_3.request_deadlines(
            _post(received_at=date(2026, 3, 3), validated_at=date(2026, 3, 2))
        )


def test_c27_law_span_errors_say_which_law() -> None:
    with pytest.raises(
        NoApplicableRule,
        match=r"the request was sent on 2018-06-29, before Law 104/2016/QH13 took effect on "
        r"2018-07-01 \(Art 37\)",
    ):
        chapter_3.request_deadlines(_post(received_at=date(2018, 6, 29)))
    # 1/9/2026 itself belongs to Law 01/2026 (its Art 30.1), not to Law 104
    with pytest.raises(
        NoApplicableRule,
        match=r"the request was sent on 2026-09-01: Law 01/2026/QH16 governs requests sent "
        "from 2026-09-01",
    ):
        chapter_3.request_deadlines(_post(received_at=date(2026, 9, 1)))
