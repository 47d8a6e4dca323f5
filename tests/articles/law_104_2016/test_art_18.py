"""Law 104/2016 Art 18.4: disclosure within 5 working days of creation. Worked by hand."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from accessinfo.articles.law_104_2016.art_18 import proactive_disclosure_by
from accessinfo.errors import InvalidInput, NoApplicableRule


def test_c4_five_working_days_over_national_day_2019() -> None:
    # Fri 30/8/2019: Mon 2/9 holiday, Tue 3 (1), Wed 4 (2), Thu 5 (3), Fri 6 (4), Mon 9 (5)
    d = proactive_disclosure_by(date(2019, 8, 30))
    assert d.outcome == date(2019, 9, 9)
    assert d.basis[0].id == "law_104_2016.art18.c4"
    assert d.status == "final"


def test_c4_over_tet_2024() -> None:
    # Wed 7/2/2024: Tết 8-14/2, Thu 15 (1), Fri 16 (2), Mon 19 (3), 20 (4), 21 (5)
    assert proactive_disclosure_by(date(2024, 2, 7)).outcome == date(2024, 2, 21)


def test_c4_created_late_evening_utc() -> None:
    # 23:30 on Thu 3/1/2019 in UTC is Fri 4/1 06:30 in Vietnam: Sat 5/1 swapped working (1),
    # 7-10 (2-5)
    created = datetime(2019, 1, 3, 23, 30, tzinfo=UTC)
    assert proactive_disclosure_by(created).outcome == date(2019, 1, 10)


def test_c4_another_law_sets_the_time() -> None:
    d = proactive_disclosure_by(date(2019, 8, 30), other_law_sets_time=True)
    assert d.outcome is None
    assert "does not apply" in d.explanation


def test_validity() -> None:
    with pytest.raises(NoApplicableRule):
        proactive_disclosure_by(date(2026, 9, 1))
    with pytest.raises(NoApplicableRule):
        proactive_disclosure_by(date(2018, 6, 30))


@pytest.mark.parametrize(
    "kwargs",
    [
        {"created": None},
        {"created": datetime(2019, 8, 30, 9)},
        {"created": date(2019, 8, 30), "other_law_sets_time": "yes"},
        {"created": datetime(2019, 8, 30, 9), "other_law_sets_time": True},
        {"created": date(2019, 8, 30), "calendar": 3},
        {"created": date(2019, 8, 30), "trace": None},
    ],
)
def test_bad_input(kwargs: dict[str, object]) -> None:
    with pytest.raises(InvalidInput):
        proactive_disclosure_by(**kwargs)  # type: ignore[arg-type]
