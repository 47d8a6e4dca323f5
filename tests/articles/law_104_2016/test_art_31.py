"""Law 104/2016 Art 31: requests by post or fax. Dates worked by hand from the calendar."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from accessinfo.articles.law_104_2016.art_31 import (
    complex_post_fax_extended_respond_by,
    complex_post_fax_notify_by,
    complex_post_fax_respond_by,
    simple_post_fax_respond_by,
)
from accessinfo.errors import AmbiguousReading, InvalidInput, NoApplicableRule


def test_c1_simple_is_5_working_days() -> None:
    # Fri 25/4/2025: Sat 26 swapped working (1), Mon 28 (2), Tue 29 (3), 30/4, 1/5 holidays,
    # Fri 2/5 swapped rest, Mon 5 (4), Tue 6 (5)
    d = simple_post_fax_respond_by(date(2025, 4, 25))
    assert d.outcome == date(2025, 5, 6)
    assert d.basis[0].id == "law_104_2016.art31.c1"
    assert str(d.basis[0]) == "khoản 1 Điều 31 Luật Tiếp cận thông tin số 104/2016/QH13"


def test_c1_swapped_saturday_2024() -> None:
    # Fri 26/4/2024: Mon 29 swapped rest, 30/4, 1/5 holidays, Thu 2 (1), Fri 3 (2),
    # Sat 4 swapped working (3), Mon 6 (4), Tue 7 (5)
    assert simple_post_fax_respond_by(date(2024, 4, 26)).outcome == date(2024, 5, 7)


def test_c2_complex_around_national_day_2019() -> None:
    # Fri 30/8/2019; only Mon 2/9 is a holiday (Labour Code 2012).
    # notice: Tue 3 (1), Wed 4 (2), Thu 5 (3)
    n = complex_post_fax_notify_by(date(2019, 8, 30))
    assert n.outcome == date(2019, 9, 5)
    assert n.basis[0].id == "law_104_2016.art31.c2"
    # answer: 3-6 (1-4), 9-13 (5-9), 16-20 (10-14), Mon 23 (15)
    assert complex_post_fax_respond_by(date(2019, 8, 30)).outcome == date(2019, 9, 23)


def test_c2_complex_over_the_august_2026_swap() -> None:
    # Wed 19/8/2026: notice Thu 20 (1), Fri 21 (2), Sat 22 swapped working (3)
    assert complex_post_fax_notify_by(date(2026, 8, 19)).outcome == date(2026, 8, 22)
    # answer: 20-22, 24-28 (1-8), 31/8-2/9 rest, 3 (9), 4 (10), 7-11 (11-15)
    assert complex_post_fax_respond_by(date(2026, 8, 19)).outcome == date(2026, 9, 11)
    # extension: 11/9 + 15 = Sat 26/9 -> Mon 28/9 (Civil Code Art 148.5)
    e = complex_post_fax_extended_respond_by(date(2026, 8, 19))
    assert e.outcome == date(2026, 9, 28)
    assert any(c.id == "code_91_2015.art148.c5" for c in e.basis)
    assert e.readings == {"extension_unit": "calendar"}


def test_c2_extension_unit_readings() -> None:
    # answer Mon 23/9/2019; +15 calendar days = Tue 8/10; as working days: 24-27 (1-4),
    # 30/9-4/10 (5-9), 7-11 (10-14), Mon 14/10 (15)
    assert complex_post_fax_extended_respond_by(date(2019, 8, 30)).outcome == date(2019, 10, 8)
    w = complex_post_fax_extended_respond_by(date(2019, 8, 30), extension_unit="working")
    assert w.outcome == date(2019, 10, 14)
    assert w.readings == {"extension_unit": "working"}
    with pytest.raises(AmbiguousReading):
        complex_post_fax_extended_respond_by(date(2019, 8, 30), extension_unit="raise")


def test_trace_concatenates_both_periods() -> None:
    e = complex_post_fax_extended_respond_by(date(2026, 8, 19), trace=True)
    assert e.trace is not None
    rolled = [s for s in e.trace if s.action == "rolled"]
    assert [s.date for s in rolled] == [date(2026, 9, 27), date(2026, 9, 28)]


def test_validity() -> None:
    with pytest.raises(NoApplicableRule):
        simple_post_fax_respond_by(date(2026, 9, 1))
    assert simple_post_fax_respond_by(date(2026, 9, 1), sent=date(2026, 8, 28)).rule_set == (
        "law_104_2016"
    )


@pytest.mark.parametrize(
    "kwargs",
    [
        {"valid_request": 20250425},
        {"valid_request": datetime(2025, 4, 25, 8, 0)},
        {"valid_request": date(2025, 4, 25), "extension_unit": "weeks"},
        {"valid_request": date(2025, 4, 25), "extension_unit": None},
        {"valid_request": date(2025, 4, 25), "calendar": object()},
        {"valid_request": date(2025, 4, 25), "bogus": 1},
    ],
)
def test_bad_input(kwargs: dict[str, object]) -> None:
    with pytest.raises(InvalidInput):
        complex_post_fax_extended_respond_by(**kwargs)  # type: ignore[arg-type]
