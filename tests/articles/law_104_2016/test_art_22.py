"""Law 104/2016 Art 22.4: 15 days to answer a petition about disclosed information."""

from __future__ import annotations

from datetime import date

import pytest

from accessinfo.articles.law_104_2016.art_22 import disclosure_accuracy_reply_by
from accessinfo.errors import AmbiguousReading, InvalidInput, NoApplicableRule


def test_c4_rolls_over_national_day_2022() -> None:
    # Thu 18/8/2022 + 15 = Fri 2/9 (holiday; 1/9 too), weekend 3-4/9 -> Mon 5/9
    d = disclosure_accuracy_reply_by(date(2022, 8, 18))
    assert d.outcome == date(2022, 9, 5)
    assert d.readings == {"period_unit": "calendar"}
    assert [c.id for c in d.basis] == [
        "law_104_2016.art22.c4",
        "code_91_2015.art147.c3",
        "code_91_2015.art148.c5",
    ]


def test_c4_working_day_reading() -> None:
    # 19 (1), 22-26 (2-6), 29-31 (7-9), 1-2/9 rest, 5-9 (10-14), Mon 12/9 (15)
    d = disclosure_accuracy_reply_by(date(2022, 8, 18), period_unit="working")
    assert d.outcome == date(2022, 9, 12)
    with pytest.raises(AmbiguousReading):
        disclosure_accuracy_reply_by(date(2022, 8, 18), period_unit="raise")


def test_c4_no_roll_needed() -> None:
    # Mon 6/1/2025 + 15 = Tue 21/1/2025, a working day
    assert disclosure_accuracy_reply_by(date(2025, 1, 6)).outcome == date(2025, 1, 21)


def test_validity() -> None:
    with pytest.raises(NoApplicableRule):
        disclosure_accuracy_reply_by(date(2026, 9, 1))


@pytest.mark.parametrize(
    "kwargs",
    [
        {"petition_received": 2022},
        {"petition_received": date(2022, 8, 18), "period_unit": "Calendar"},
        {"petition_received": date(2022, 8, 18), "strict": None},
        {},
    ],
)
def test_bad_input(kwargs: dict[str, object]) -> None:
    with pytest.raises(InvalidInput):
        disclosure_accuracy_reply_by(**kwargs)  # type: ignore[arg-type]
