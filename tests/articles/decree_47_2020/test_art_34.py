"""Decree 47/2020 Art 34: default-shared data; the list is reviewed at least every 6 months."""

from __future__ import annotations

from calendar import monthrange
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from accessinfo.articles.decree_47_2020.art_34 import default_list_review_due, shared_by_default
from accessinfo.calendar import PUBLIC_SECTOR
from accessinfo.errors import InvalidInput, NoApplicableRule

ON = date(2025, 3, 3)


@pytest.mark.parametrize(
    ("kind", "point"),
    [
        ("national_master_data", "a"),
        ("sector_master_data", "b"),
        ("shared_catalogue", "c"),
        ("commonly_used", "d"),
    ],
)
def test_c1_kinds(kind: str, point: str) -> None:
    d = shared_by_default(kind, on=ON)  # type: ignore[arg-type]
    assert d.outcome is True
    assert d.basis[-1].id == f"decree_47_2020.art34.c1.p{point}"


def test_c1_other_data_is_not_default() -> None:
    assert shared_by_default("other", on=ON).outcome is False


@pytest.mark.parametrize(
    ("last", "due"),
    [
        # 30/1/2026 would be past the repeal; 28/2/2025 is a Friday, a working day (no 31 Feb:
        # Civil Code 148.3, the last day of the month)
        (date(2024, 8, 31), date(2025, 2, 28)),
        # no 31 April: 30/4/2025 (Victory Day), 1/5 Labour Day, Fri 2/5 swapped rest
        # (CV 8726/VPCP-KGVX), 3-4/5 weekend -> Mon 5/5/2025 (148.3, 148.5)
        (date(2024, 10, 31), date(2025, 5, 5)),
        # 29/1/2025 is Tết (27-31/1 holidays, 1-2/2 weekend; CV 8726/VPCP-KGVX) -> Mon 3/2
        (date(2024, 7, 29), date(2025, 2, 3)),
        # Sat 26/4/2025 was a swapped working day (CV 8726/VPCP-KGVX): no roll
        (date(2024, 10, 26), date(2025, 4, 26)),
        # Mon 1/9/2025 and Tue 2/9 off (CV 8726/VPCP-KGVX) -> Wed 3/9
        (date(2025, 3, 1), date(2025, 9, 3)),
        # 4/5/2024 (Sat) was a swapped working day (CV 2450/VPCP-KGVX)
        (date(2023, 11, 4), date(2024, 5, 4)),
        # the eve of the repeal: Tue 21/10/2025
        (date(2025, 4, 21), date(2025, 10, 21)),
        # Sun 19/10/2025 rolls to Mon 20/10, still before the repeal
        (date(2025, 4, 19), date(2025, 10, 20)),
    ],
)
def test_c2_review_due(last: date, due: date) -> None:
    d = default_list_review_due(last)
    assert d.outcome == due
    assert d.basis[0].id == "decree_47_2020.art34.c2"
    assert d.status == "final"
    assert d.explanation_vi is not None and "06 tháng" in d.explanation_vi


@pytest.mark.parametrize(
    "last",
    [
        date(2025, 4, 22),  # due Wed 22/10/2025, the day of the repeal
        date(2025, 8, 31),  # due 28/2/2026, long after it
        date(2025, 10, 21),  # the last review itself on the eve
        date(2025, 10, 22),  # the last review on the day of the repeal
        date(2026, 3, 2),
    ],
)
def test_c2_no_review_falls_due_after_the_repeal(last: date) -> None:
    with pytest.raises(NoApplicableRule, match=r"Decree No\. 278/2025/NĐ-CP"):
        default_list_review_due(last)


@given(last=st.dates(min_value=date(2020, 5, 25), max_value=date(2025, 4, 19)))
def test_c2_due_is_a_working_day_about_six_months_later(last: date) -> None:
    due = default_list_review_due(last).outcome
    assert PUBLIC_SECTOR.is_working_day(due)
    assert 178 <= (due - last).days <= 184 + 10  # 6 months, plus a possible Tết roll
    # Civil Code Art 148.3: the corresponding day of the sixth month, or its last day
    year, month = last.year + (last.month + 5) // 12, (last.month + 5) % 12 + 1
    plain = date(year, month, min(last.day, monthrange(year, month)[1]))
    # Art 148.5: the first working day on or after it
    assert due >= plain
    assert PUBLIC_SECTOR.count(plain, due) == (0 if due == plain else 1)


def test_c1_not_after_the_repeal() -> None:
    assert shared_by_default("shared_catalogue", on=date(2025, 10, 21)).outcome is True
    with pytest.raises(NoApplicableRule, match="278/2025"):
        shared_by_default("shared_catalogue", on=date(2025, 10, 22))


def test_bad_input() -> None:
    with pytest.raises(InvalidInput):
        shared_by_default("master", on=ON)  # type: ignore[arg-type]
    with pytest.raises(InvalidInput):
        default_list_review_due("2025-08-31")  # type: ignore[arg-type]
    with pytest.raises(InvalidInput):
        default_list_review_due(date(2025, 8, 31), strict="no")  # type: ignore[arg-type]


# (last review, due, the corresponding day of the sixth month, rolled?), each worked above
ROLLS = [
    (date(2024, 8, 31), date(2025, 2, 28), date(2025, 2, 28), False),
    (date(2024, 10, 31), date(2025, 5, 5), date(2025, 4, 30), True),
    (date(2025, 4, 19), date(2025, 10, 20), date(2025, 10, 19), True),
    (date(2024, 10, 26), date(2025, 4, 26), date(2025, 4, 26), False),
]


@pytest.mark.parametrize(("last", "due", "corresponding", "rolled"), ROLLS)
def test_c2_cites_exactly_and_names_the_day_it_rolled_from(
    last: date, due: date, corresponding: date, rolled: bool
) -> None:
    """34.2 with Civil Code 147.2 (from a day) and 148.3 (months); 148.5 only when rolled."""
    d = default_list_review_due(last)
    base = ["decree_47_2020.art34.c2", "code_91_2015.art147.c2", "code_91_2015.art148.c3"]
    assert [c.id for c in d.basis] == base + (["code_91_2015.art148.c5"] if rolled else [])
    assert last.isoformat() in d.explanation and due.isoformat() in d.explanation
    assert corresponding.isoformat() in d.explanation


def test_c2_trace_shows_the_count() -> None:
    d = default_list_review_due(date(2024, 10, 31), trace=True)
    assert d.trace and d.trace[-1].date == date(2025, 5, 5)
    assert default_list_review_due(date(2024, 10, 31)).trace is None


def test_c2_past_the_known_calendar_is_provisional_and_strict_refuses_it() -> None:
    from accessinfo.calendar import WorkingCalendar
    from accessinfo.errors import CalendarUnknown

    short = WorkingCalendar(
        [], name="t", known_until=date(2024, 12, 31), version="t", first=date(2018, 1, 1)
    )
    d = default_list_review_due(date(2024, 10, 31), calendar=short)
    assert d.outcome == date(2025, 4, 30) and d.status == "provisional"  # no holidays known
    assert any("2024-12-31" in c for c in d.caveats)
    with pytest.raises(CalendarUnknown, match="2024-12-31"):
        default_list_review_due(date(2024, 10, 31), calendar=short, strict=True)
    assert default_list_review_due(date(2024, 4, 30), calendar=short, strict=True).outcome == (
        date(2024, 10, 30)
    )


def test_c2_errors_say_which_review() -> None:
    # the next review, due on the repeal day; then the last review itself on that day
    with pytest.raises(NoApplicableRule, match=r"next review \(due 6 months after 2025-04-22\)"):
        default_list_review_due(date(2025, 4, 22))
    with pytest.raises(NoApplicableRule, match=r"the last review is 2025-10-22"):
        default_list_review_due(date(2025, 10, 22))


def test_c2_strict_refusal_gives_every_reason() -> None:
    """Known to 2024-12-31 with 30/4/2025 a projected holiday: the review due that day rolls
    to 1/5 (a plain Thursday here) and rests on two unsure things, both named."""
    from accessinfo.calendar import SpecialDay, WorkingCalendar
    from accessinfo.errors import CalendarUnknown

    projected = SpecialDay(
        date(2025, 4, 30), "holiday", "Chiến thắng", "Victory", None, "projected"
    )
    cal = WorkingCalendar([projected], name="t", known_until=date(2024, 12, 31), version="t")
    assert default_list_review_due(date(2024, 10, 30), calendar=cal).outcome == date(2025, 5, 1)
    with pytest.raises(
        CalendarUnknown, match=r"Victory\) is projected: not yet confirmed by a notice; the period"
    ):
        default_list_review_due(date(2024, 10, 30), calendar=cal, strict=True)
