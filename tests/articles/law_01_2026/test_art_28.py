"""Law 01/2026 Art 28: corrections (5 working days; 10 days). Dates worked by hand."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from accessinfo.articles.law_01_2026.art_28 import accuracy_claim_reply_by, self_correction_by
from accessinfo.core.rules import applicable
from accessinfo.errors import AmbiguousReading, InvalidInput, NoApplicableRule, UnverifiedText


def test_c1_five_working_days_skip_culture_day() -> None:
    # Found Fri 20/11/2026: Mon 23 (1), Tue 24 holiday, 25 (2), 26 (3), 27 (4), Mon 30/11 (5)
    d = self_correction_by(date(2026, 11, 20))
    assert d.outcome == date(2026, 11, 30)
    assert d.basis[0].id == "law_01_2026.art28.c1"
    assert d.status == "provisional"


def test_c1_over_national_day_2027() -> None:
    # Found Fri 27/8/2027: Mon 30 (1), Tue 31 (2), Wed 1/9 (3), Thu 2 and Fri 3 holidays,
    # 4-5 weekend, Mon 6 (4), Tue 7/9/2027 (5)
    assert self_correction_by(date(2027, 8, 27)).outcome == date(2027, 9, 7)


def test_c2_ten_calendar_days() -> None:
    # Claim received Fri 20/11/2026 + 10 = Mon 30/11/2026 (24/11 falls inside)
    d = accuracy_claim_reply_by(date(2026, 11, 20))
    assert d.outcome == date(2026, 11, 30)
    assert d.readings == {"period_unit": "calendar"}
    assert d.basis[0].id == "law_01_2026.art28.c2"


def test_c2_tenth_day_on_national_day_rolls() -> None:
    # Claim received Mon 23/8/2027 + 10 = Thu 2/9/2027; Fri 3/9 holiday; 4-5 weekend
    # -> Mon 6/9/2027
    d = accuracy_claim_reply_by(date(2027, 8, 23))
    assert d.outcome == date(2027, 9, 6)
    assert any(c.id == "code_91_2015.art148.c5" for c in d.basis)


def test_c2_working_reading_and_raise() -> None:
    # 10 working days after Fri 20/11/2026: 23 (1), 24 holiday, 25-27 (2-4), 30/11-4/12 (5-9),
    # Mon 7/12 (10)
    assert accuracy_claim_reply_by(date(2026, 11, 20), period_unit="working").outcome == date(
        2026, 12, 7
    )
    with pytest.raises(AmbiguousReading):
        accuracy_claim_reply_by(date(2026, 11, 20), period_unit="raise")


def test_a_request_sent_before_the_law_stays_under_law_104() -> None:
    # Sent 25/8/2026, error found 10/9/2026: Law 104 Art 32 governs (Art 31.4)
    with pytest.raises(NoApplicableRule):
        self_correction_by(date(2026, 9, 10), sent=date(2026, 8, 25))
    with pytest.raises(NoApplicableRule):
        accuracy_claim_reply_by(date(2026, 9, 10), sent=date(2026, 8, 25))
    # the same families pick Law 104 before 2026-09-01 and Law 01 from it
    for family in ("self_correction_by", "accuracy_claim_reply_by"):
        assert applicable(family, on=date(2026, 8, 31)).rule_set == "law_104_2016"
        assert applicable(family, on=date(2026, 9, 1)).rule_set == "law_01_2026"


def test_strict_raises() -> None:
    with pytest.raises(UnverifiedText):
        self_correction_by(date(2026, 11, 20), strict=True)


@pytest.mark.parametrize("fn", [self_correction_by, accuracy_claim_reply_by])
@pytest.mark.parametrize(
    "args",
    [
        (None,),
        ("2026-11-20",),
        (datetime(2026, 11, 20, 8, 0),),
        (date(2026, 11, 20), "extra positional"),
    ],
)
def test_bad_input(fn: object, args: tuple[object, ...]) -> None:
    with pytest.raises(InvalidInput):
        fn(*args)  # type: ignore[operator]


def test_bad_keywords() -> None:
    with pytest.raises(InvalidInput):
        self_correction_by(date(2026, 11, 20), calendar=None)  # type: ignore[arg-type]
    with pytest.raises(InvalidInput):
        self_correction_by(date(2026, 11, 20), sent=20261120)  # type: ignore[arg-type]
    with pytest.raises(InvalidInput):
        accuracy_claim_reply_by(date(2026, 11, 20), period_unit="days")  # type: ignore[arg-type]
    with pytest.raises(InvalidInput):
        accuracy_claim_reply_by(date(2026, 11, 20), trace="yes")  # type: ignore[arg-type]
