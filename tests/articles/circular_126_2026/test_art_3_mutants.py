"""Circular 126/2026 Art 3 and the shared annex helpers: what mutation testing found unpinned.

Art 3.2: sending is priced at the postal tariff, so a postage of 0 đồng costs 0 (not a made-up
minimum), and an order sent by e-mail, which Art 3.2 does not price, is refused under the
``unpriced_sending="raise"`` reading with a message naming e-mail. Art 3.3 / Law 01 Art 23.1:
an unknown exception is refused naming the parameter. Law 104 Art 12 / Circular 46/2018: the
agency may price the request on the day it was sent (``priced_on`` may not come *before*
``sent``; the same day is not before it).
"""

from __future__ import annotations

from datetime import date

import pytest

from accessinfo.articles.circular_126_2026.art_3 import costs_waived, sending_cost
from accessinfo.articles.law_104_2016.art_12 import request_costs
from accessinfo.errors import AmbiguousReading, InvalidInput
from accessinfo.models.access import CostLine, CostOrder


def test_free_postage_costs_nothing() -> None:
    assert sending_cost(CostOrder(sending="post", postage_vnd=0)).outcome == 0
    assert sending_cost(CostOrder(sending="post", postage_vnd=25_000)).outcome == 25_000


def test_unpriced_e_mail_is_refused_naming_e_mail() -> None:
    with pytest.raises(AmbiguousReading) as exc:
        sending_cost(CostOrder(sending="email"), unpriced_sending="raise")
    assert "neither prices nor frees sending by email" in str(exc.value)
    assert "qua thư điện tử" in exc.value.message_vi


def test_an_unknown_exception_is_refused_naming_the_parameter() -> None:
    with pytest.raises(InvalidInput, match=r"\] disclosure_exception must be one of"):
        costs_waived("no_such_case")  # type: ignore[arg-type]


def test_law_104_a_request_may_be_priced_on_the_day_it_was_sent() -> None:
    order = CostOrder(lines=(CostLine(item="photocopy_bw", quantity=1),))
    sent = date(2026, 3, 2)
    assert request_costs(order, sent=sent, priced_on=sent).outcome is not None
    with pytest.raises(InvalidInput, match=r"before the request was sent \(2026-03-02\)"):
        request_costs(order, sent=sent, priced_on=date(2026, 3, 1))
