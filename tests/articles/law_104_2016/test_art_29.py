"""Law 104/2016 Art 29: requests made in person. Dates worked by hand from the calendar."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from accessinfo.articles.law_104_2016.art_29 import (
    complex_in_person_extended_respond_by,
    complex_in_person_respond_by,
    simple_in_person_respond_by,
)
from accessinfo.calendar import VN_TZ
from accessinfo.errors import InvalidInput, NoApplicableRule, OutsideCalendar


def test_c1_simple_information_is_given_at_once() -> None:
    d = simple_in_person_respond_by(datetime(2026, 4, 23, 15, 0, tzinfo=VN_TZ))
    assert d.outcome == date(2026, 4, 23)  # the same day: no period is counted
    assert d.basis[0].id == "law_104_2016.art29.c1"
    assert d.status == "final" and d.trace is None


def test_c2_complex_over_tet_2025() -> None:
    # Wed 22/1/2025: Thu 23 (1), Fri 24 (2), Tết 27-31/1 and weekends skipped, Mon 3/2 (3),
    # 4-7 (4-7), 10 (8), 11 (9), 12 (10)
    d = complex_in_person_respond_by(date(2025, 1, 22))
    assert d.outcome == date(2025, 2, 12)
    assert d.basis[0].id == "law_104_2016.art29.c2"
    # extension "tối đa không quá 10 ngày làm việc": 13 (1), 14 (2), 17-21 (3-7), 24-26 (8-10)
    e = complex_in_person_extended_respond_by(date(2025, 1, 22))
    assert e.outcome == date(2025, 2, 26)
    assert e.readings == {}  # the unit is explicit: no reading needed


def test_c2_complex_over_new_year_swap_2019() -> None:
    # Fri 28/12/2018: Mon 31/12 swapped rest, Tue 1/1 holiday, Wed 2 (1), Thu 3 (2), Fri 4 (3),
    # Sat 5/1/2019 swapped working day (4), 7-11 (5-9), Mon 14 (10)
    assert complex_in_person_respond_by(date(2018, 12, 28)).outcome == date(2019, 1, 14)


def test_c2_complex_over_30_april_2026() -> None:
    # Thu 23/4/2026: Fri 24 (1), Mon 27 compensatory rest, 28 (2), 29 (3), 30/4-1/5 rest,
    # 4-8 (4-8), 11 (9), 12 (10); extension 13-15 (1-3), 18-22 (4-8), 25 (9), 26 (10)
    assert complex_in_person_respond_by(date(2026, 4, 23)).outcome == date(2026, 5, 12)
    assert complex_in_person_extended_respond_by(date(2026, 4, 23)).outcome == date(2026, 5, 26)


def test_trace_is_labelled() -> None:
    e = complex_in_person_extended_respond_by(date(2026, 4, 23), trace=True)
    assert e.trace is not None
    assert {s.label for s in e.trace} == {"respond_by", "extended_respond_by"}
    assert e.trace[-1].date == date(2026, 5, 26) and e.trace[-1].action == "end"


def test_validity_follows_the_sending_date() -> None:
    with pytest.raises(NoApplicableRule):
        complex_in_person_respond_by(date(2018, 6, 29))
    with pytest.raises(NoApplicableRule):
        simple_in_person_respond_by(date(2026, 9, 3))
    # sent before 1/9/2026: Law 104 keeps the request. Thu 3/9/2026: Fri 4 (1), 7-11 (2-6),
    # 14-17 (7-10)
    d = complex_in_person_respond_by(date(2026, 9, 3), sent=date(2026, 8, 31))
    assert d.outcome == date(2026, 9, 17)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"valid_request": None},
        {"valid_request": "2026-04-23"},
        {"valid_request": datetime(2026, 4, 23, 9, 0)},
        {"valid_request": date(2026, 4, 23), "sent": datetime(2026, 4, 23, 9, 0)},
        {"valid_request": date(2026, 4, 23), "calendar": None},
        {"valid_request": date(2026, 4, 23), "strict": "no"},
        {"valid_request": date(2026, 4, 23), "trace": 1},
        {"valid_request": date(2026, 4, 23), "extension_unit": "calendar"},
        {},
    ],
)
@pytest.mark.parametrize(
    "fn",
    [
        simple_in_person_respond_by,
        complex_in_person_respond_by,
        complex_in_person_extended_respond_by,
    ],
)
def test_bad_input(fn: object, kwargs: dict[str, object]) -> None:
    with pytest.raises(InvalidInput):
        fn(**kwargs)  # type: ignore[operator]


def test_outside_the_calendar() -> None:
    with pytest.raises(OutsideCalendar):
        simple_in_person_respond_by(date(2036, 1, 2), sent=date(2026, 1, 2))
