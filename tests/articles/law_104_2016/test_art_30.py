"""Law 104/2016 Art 30: electronic requests. Dates worked by hand from the 2026 notices."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from accessinfo.articles.law_104_2016.art_30 import (
    complex_electronic_extended_respond_by,
    complex_electronic_notify_by,
    complex_electronic_respond_by,
    simple_electronic_respond_by,
)
from accessinfo.calendar import VN_TZ
from accessinfo.errors import AmbiguousReading, InvalidInput, NoApplicableRule


def test_c3_simple_request_is_3_working_days() -> None:
    d = simple_electronic_respond_by(date(2026, 1, 9))
    assert d.outcome == date(2026, 1, 13)  # Sat 10/1 is a swapped working day
    assert d.status == "final"
    assert d.basis[0].id == "law_104_2016.art30.c3"
    assert str(d.basis[0]) == "khoản 3 Điều 30 Luật Tiếp cận thông tin số 104/2016/QH13"
    assert d.basis[0].en == "Law No. 104/2016/QH13, Art. 30(3)"
    assert any(c.id == "code_91_2015.art147.c3" for c in d.basis)
    assert d.rule_set == "law_104_2016"


def test_c3_over_tet_2025() -> None:
    # Thu 23/1/2025; Tết rest 25/1-2/2 -> Fri 24/1 (1), Mon 3/2 (2), Tue 4/2 (3)
    assert simple_electronic_respond_by(date(2025, 1, 23)).outcome == date(2025, 2, 4)


def test_c4_complex_request_notice_and_answer() -> None:
    # Valid request Tue 18/8/2026. Working days after it: 19, 20, 21, Sat 22 (swapped),
    # 24, 25, 26, 27, 28; 29/8-2/9 rest; 3, 4, 7, 8, 9, 10 -> the 15th is Thu 10/9
    assert complex_electronic_notify_by(date(2026, 8, 18)).outcome == date(2026, 8, 21)
    assert complex_electronic_respond_by(date(2026, 8, 18)).outcome == date(2026, 9, 10)


def test_c4_extension_reads_calendar_days_by_default() -> None:
    d = complex_electronic_extended_respond_by(date(2026, 8, 18))
    # 10/9 + 15 calendar days = Fri 25/9/2026, a working day
    assert d.outcome == date(2026, 9, 25)
    assert d.readings == {"extension_unit": "calendar"}
    w = complex_electronic_extended_respond_by(date(2026, 8, 18), extension_unit="working")
    # 15 working days after Thu 10/9: 11 (1), 14-18 (2-6), 21-25 (7-11), 28-30 (12-14),
    # Thu 1/10 (15)
    assert w.outcome == date(2026, 10, 1)
    with pytest.raises(AmbiguousReading):
        complex_electronic_extended_respond_by(date(2026, 8, 18), extension_unit="raise")


def test_law_104_keeps_requests_sent_before_1_september_2026() -> None:
    late = complex_electronic_respond_by(date(2026, 9, 2), sent=date(2026, 8, 31))
    assert late.rule_set == "law_104_2016"
    with pytest.raises(NoApplicableRule):
        simple_electronic_respond_by(date(2026, 9, 2))
    with pytest.raises(NoApplicableRule):
        simple_electronic_respond_by(date(2018, 6, 30))


def test_aware_datetime_receipt() -> None:
    got = simple_electronic_respond_by(datetime(2026, 1, 9, 9, 30, tzinfo=VN_TZ))
    assert got.outcome == date(2026, 1, 13)


def test_trace_on_request() -> None:
    d = simple_electronic_respond_by(date(2026, 1, 9), trace=True)
    assert d.trace is not None and d.trace[-1].date == date(2026, 1, 13)
    assert simple_electronic_respond_by(date(2026, 1, 9)).trace is None


@pytest.mark.parametrize(
    "kwargs",
    [
        {"valid_request": None},
        {"valid_request": "2026-01-09"},
        {"valid_request": datetime(2026, 1, 9, 9, 30)},
        {"valid_request": date(2026, 1, 9), "calendar": "national"},
        {"valid_request": date(2026, 1, 9), "extension_unit": "weeks"},
        {"valid_request": date(2026, 1, 9), "unknown": 1},
    ],
)
def test_bad_input(kwargs: dict[str, object]) -> None:
    with pytest.raises(InvalidInput):
        complex_electronic_extended_respond_by(**kwargs)  # type: ignore[arg-type]


def test_decision_round_trips_through_json() -> None:
    d = complex_electronic_extended_respond_by(date(2026, 8, 18), trace=True)
    assert type(d).model_validate_json(d.model_dump_json()) == d
    assert isinstance(d.outcome, date)
