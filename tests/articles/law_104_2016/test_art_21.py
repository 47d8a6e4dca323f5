"""Law 104/2016 Art 21.2: posting for at least 30 days. Worked by hand."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from accessinfo.articles.law_104_2016.art_21 import posting_required_until
from accessinfo.errors import AmbiguousReading, InvalidInput, NoApplicableRule


def test_c2_thirty_days_ending_in_tet_2024() -> None:
    # Mon 15/1/2024 + 30 = Wed 14/2, in the Tết break (8-14/2): stays up to Thu 15/2
    d = posting_required_until(date(2024, 1, 15))
    assert d.outcome == date(2024, 2, 15)
    assert d.readings == {"roll": "next_working_day"}
    assert d.basis[0].id == "law_104_2016.art21.c2"
    assert posting_required_until(date(2024, 1, 15), roll="none").outcome == date(2024, 2, 14)


def test_c2_swapped_saturday_is_not_rolled() -> None:
    # Thu 4/4/2019 + 30 = Sat 4/5/2019, a swapped working day: no roll
    assert posting_required_until(date(2019, 4, 4)).outcome == date(2019, 5, 4)
    # Fri 5/4/2019 + 30 = Sun 5/5 -> Mon 6/5
    assert posting_required_until(date(2019, 4, 5)).outcome == date(2019, 5, 6)


def test_c2_readings_and_other_law() -> None:
    with pytest.raises(AmbiguousReading):
        posting_required_until(date(2024, 1, 15), roll="raise")
    other = posting_required_until(date(2024, 1, 15), other_law_sets_period=True)
    assert other.outcome is None
    with pytest.raises(NoApplicableRule):
        posting_required_until(date(2026, 9, 1))


@pytest.mark.parametrize(
    "kwargs",
    [
        {"posted": "15/1/2024"},
        {"posted": datetime(2024, 1, 15, 8)},
        {"posted": date(2024, 1, 15), "roll": "previous_working_day"},
        {"posted": date(2024, 1, 15), "other_law_sets_period": 1},
        {"posted": date(2024, 1, 15), "calendar": None},
    ],
)
def test_bad_input(kwargs: dict[str, object]) -> None:
    with pytest.raises(InvalidInput):
        posting_required_until(**kwargs)  # type: ignore[arg-type]
