"""Law 104/2016 Chapter 3, Decree 85/2019 Art 17, Law 01/2026 Art 28: found by mutation testing.

* Art 30.1(a): a request asked to be answered electronically for information that is not in a
  transmissible file is refused naming that reason, in English and in Vietnamese.
* Art 31.1: a simple request by post has no extension, so no ``extension_unit`` reading is
  recorded; a complex one (Art 31.2, "15 ngày") records it.
* Decree 85/2019 Art 17.5: recovery on Fri 9/8/2024, one working day: Sat 10 and Sun 11 are
  rest days, Mon 12/8/2024 (1).
* Law 01/2026 Art 28.1: found wrong on Mon 7/9/2026, 5 working days: Tue 8 (1), Wed 9 (2),
  Thu 10 (3), Fri 11 (4), Mon 14/9/2026 (5).
"""

from __future__ import annotations

from datetime import date

import pytest

from accessinfo.articles._outages import PortalIncident
from accessinfo.articles.decree_85_2019.art_17 import incident_duties
from accessinfo.articles.law_01_2026.art_28 import self_correction_by
from accessinfo.articles.law_104_2016.chapter_3 import request_deadlines
from accessinfo.errors import NoApplicableRule
from accessinfo.models.requests import InformationRequest

ON = date(2026, 3, 2)


def test_art_30_1_a_the_refusal_gives_the_reason_in_both_languages() -> None:
    req = InformationRequest(
        received_at=ON, channel="electronic", complexity="simple", electronic_file_available=False
    )
    with pytest.raises(NoApplicableRule) as exc:
        request_deadlines(req)
    assert "Art 30.1: the information is not in a file available and transmissible" in str(
        exc.value
    )
    assert "thông tin được yêu cầu không thuộc tập tin có sẵn" in exc.value.message_vi


def test_art_31_only_an_extension_records_its_unit() -> None:
    simple = request_deadlines(
        InformationRequest(received_at=ON, channel="post", complexity="simple")
    )
    assert simple.outcome.extended_respond_by is None
    assert "extension_unit" not in simple.readings
    complex_ = request_deadlines(
        InformationRequest(received_at=ON, channel="post", complexity="complex")
    )
    assert complex_.readings["extension_unit"] == "calendar"


def test_decree_85_art_17_5_trace_is_labelled_reconcile_by() -> None:
    d = incident_duties(
        PortalIncident(occurred_at=date(2024, 8, 6), recovered_at=date(2024, 8, 9)), trace=True
    )
    assert d.outcome.reconcile_by == date(2024, 8, 12)
    assert d.trace and {s.label for s in d.trace} == {"reconcile_by"}


def test_law_01_art_28_1_trace_is_labelled_correct_by() -> None:
    d = self_correction_by(date(2026, 9, 7), trace=True)
    assert d.outcome == date(2026, 9, 14)
    assert d.trace and {s.label for s in d.trace} == {"correct_by"}
