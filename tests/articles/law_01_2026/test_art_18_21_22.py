"""Law 01/2026 Arts 18.4, 21.2 and 22.4: disclosure timing. Dates worked by hand."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from accessinfo.articles.law_01_2026.art_18 import proactive_disclosure_by
from accessinfo.articles.law_01_2026.art_21 import posting_required_until
from accessinfo.articles.law_01_2026.art_22 import disclosure_accuracy_reply_by
from accessinfo.core.rules import applicable
from accessinfo.errors import (
    AmbiguousReading,
    CalendarUnknown,
    InvalidInput,
    NoApplicableRule,
    UnverifiedText,
)

# --- Art 18.4: 5 working days after the information is created -------------------------------


def test_c4_disclosure_skips_culture_day() -> None:
    # Created Fri 20/11/2026: Mon 23 (1), Tue 24 holiday, Wed 25 (2), 26 (3), 27 (4), Mon 30 (5)
    d = proactive_disclosure_by(date(2026, 11, 20))
    assert d.outcome == date(2026, 11, 30)
    assert d.basis[0].id == "law_01_2026.art18.c4"
    assert d.status == "provisional"


def test_c4_disclosure_over_new_year_2027() -> None:
    # Created Thu 31/12/2026: Fri 1/1 holiday, 2-3 weekend; Mon 4 (1) ... Fri 8/1/2027 (5)
    assert proactive_disclosure_by(date(2026, 12, 31)).outcome == date(2027, 1, 8)


def test_c4_disclosure_over_tet_2027() -> None:
    # Created Tue 2/2/2027: Wed 3/2 (1); Tết 4/2-10/2; Thu 11 (2), Fri 12 (3), Mon 15 (4),
    # Tue 16/2/2027 (5)
    assert proactive_disclosure_by(date(2027, 2, 2)).outcome == date(2027, 2, 16)


def test_c4_disclosure_from_national_day_2026() -> None:
    # Created Tue 1/9/2026 (holiday, the Law's first day): Wed 2/9 holiday; Thu 3 (1), Fri 4 (2),
    # Mon 7 (3), Tue 8 (4), Wed 9/9 (5)
    assert proactive_disclosure_by(date(2026, 9, 1)).outcome == date(2026, 9, 9)


def test_c4_disclosure_over_30_april_2027_is_provisional_on_the_derived_day() -> None:
    # Created Thu 29/4/2027: Fri 30/4 and Sat 1/5 holidays, Sun 2/5, Mon 3/5 compensatory
    # (derived); Tue 4 (1), 5 (2), 6 (3), Fri 7 (4), Mon 10/5/2027 (5)
    d = proactive_disclosure_by(date(2027, 4, 29))
    assert d.outcome == date(2027, 5, 10)
    assert any("2027-05-03" in c for c in d.caveats)
    with pytest.raises(CalendarUnknown):
        proactive_disclosure_by(date(2027, 4, 29), strict=True)


def test_c4_sector_law_prevails() -> None:
    d = proactive_disclosure_by(date(2026, 11, 20), other_law_sets_time=True)
    assert d.outcome is None
    assert d.status == "provisional"  # rests on the unverified text all the same


def test_c4_before_the_law_is_law_104() -> None:
    with pytest.raises(NoApplicableRule):
        proactive_disclosure_by(date(2026, 8, 31))
    assert applicable("proactive_disclosure_by", on=date(2026, 8, 31)).rule_set == "law_104_2016"
    assert applicable("proactive_disclosure_by", on=date(2026, 9, 1)).rule_set == "law_01_2026"


def test_c4_strict_raises_on_the_unverified_text() -> None:
    with pytest.raises(UnverifiedText):
        proactive_disclosure_by(date(2026, 11, 20), strict=True)


# --- Art 21.2: posted for at least 30 days ---------------------------------------------------


def test_c2_posting_ends_on_a_working_day() -> None:
    # Posted Tue 3/11/2026 + 30 = Thu 3/12/2026, a working day
    d = posting_required_until(date(2026, 11, 3))
    assert d.outcome == date(2026, 12, 3)
    assert d.readings == {"roll": "next_working_day"}


def test_c2_posting_ending_on_culture_day_rolls() -> None:
    # Posted Sun 25/10/2026 + 30 = Tue 24/11 (holiday) -> Wed 25/11; roll="none" keeps 24/11
    assert posting_required_until(date(2026, 10, 25)).outcome == date(2026, 11, 25)
    kept = posting_required_until(date(2026, 10, 25), roll="none")
    assert kept.outcome == date(2026, 11, 24)
    assert kept.readings == {"roll": "none"}


def test_c2_posting_over_new_year() -> None:
    # Posted Thu 3/12/2026 + 30 = Sat 2/1/2027 -> Sun 3/1 -> Mon 4/1/2027
    assert posting_required_until(date(2026, 12, 3)).outcome == date(2027, 1, 4)
    assert posting_required_until(date(2026, 12, 3), roll="none").outcome == date(2027, 1, 2)


def test_c2_other_law_and_raise() -> None:
    assert posting_required_until(date(2026, 11, 3), other_law_sets_period=True).outcome is None
    with pytest.raises(AmbiguousReading):
        posting_required_until(date(2026, 11, 3), roll="raise")
    with pytest.raises(NoApplicableRule):
        posting_required_until(date(2026, 8, 31))


# --- Art 22.4: 10 days to answer a petition --------------------------------------------------


def test_c4_petition_reply_ten_calendar_days() -> None:
    # Received Fri 13/11/2026 + 10 = Mon 23/11/2026 (24/11 is after the end)
    d = disclosure_accuracy_reply_by(date(2026, 11, 13))
    assert d.outcome == date(2026, 11, 23)
    assert d.readings == {"period_unit": "calendar"}
    assert d.basis[0].id == "law_01_2026.art22.c4"


def test_c4_petition_reply_ending_on_culture_day_rolls() -> None:
    # Received Sat 14/11/2026 + 10 = Tue 24/11 (holiday) -> Wed 25/11
    assert disclosure_accuracy_reply_by(date(2026, 11, 14)).outcome == date(2026, 11, 25)


def test_c4_petition_reply_in_tet_2027() -> None:
    # Received Mon 25/1/2027 + 10 = Thu 4/2/2027, first day of the Tết break 4/2-10/2 -> Thu 11/2
    assert disclosure_accuracy_reply_by(date(2027, 1, 25)).outcome == date(2027, 2, 11)


def test_c4_petition_reply_working_reading() -> None:
    # 10 working days after Fri 13/11/2026: 16-20 (1-5), Mon 23 (6), 24 holiday, 25-27 (7-9),
    # Mon 30/11 (10)
    d = disclosure_accuracy_reply_by(date(2026, 11, 13), period_unit="working")
    assert d.outcome == date(2026, 11, 30)
    with pytest.raises(AmbiguousReading):
        disclosure_accuracy_reply_by(date(2026, 11, 13), period_unit="raise")


def test_c4_petition_versions() -> None:
    # Law 104 Art 22.4 gave 15 days; from 2026-09-01 it is 10.
    assert applicable("disclosure_accuracy_reply_by", on=date(2026, 9, 1)).rule_set == (
        "law_01_2026"
    )
    with pytest.raises(NoApplicableRule):
        disclosure_accuracy_reply_by(date(2026, 8, 31))


# --- bad input --------------------------------------------------------------------------------

_BAD: list[dict[str, object]] = [
    {"x": None},
    {"x": "2026-11-20"},
    {"x": datetime(2026, 11, 20, 9, 0)},
    {"x": date(2026, 11, 20), "calendar": "national"},
    {"x": date(2026, 11, 20), "strict": "no"},
    {"x": date(2026, 11, 20), "trace": None},
    {"x": date(2026, 11, 20), "bogus": 1},
]


@pytest.mark.parametrize("kwargs", _BAD)
@pytest.mark.parametrize(
    ("fn", "arg"),
    [
        (proactive_disclosure_by, "created"),
        (posting_required_until, "posted"),
        (disclosure_accuracy_reply_by, "petition_received"),
    ],
)
def test_bad_input(fn: object, arg: str, kwargs: dict[str, object]) -> None:
    args = dict(kwargs)
    args[arg] = args.pop("x")
    with pytest.raises(InvalidInput):
        fn(**args)  # type: ignore[operator]


def test_bad_readings() -> None:
    with pytest.raises(InvalidInput):
        proactive_disclosure_by(date(2026, 11, 20), other_law_sets_time="yes")  # type: ignore[arg-type]
    with pytest.raises(InvalidInput):
        posting_required_until(date(2026, 11, 3), roll="previous_working_day")  # type: ignore[arg-type]
    with pytest.raises(InvalidInput):
        posting_required_until(date(2026, 11, 3), other_law_sets_period=1)  # type: ignore[arg-type]
    with pytest.raises(InvalidInput):
        disclosure_accuracy_reply_by(date(2026, 11, 13), period_unit="weeks")  # type: ignore[arg-type]
