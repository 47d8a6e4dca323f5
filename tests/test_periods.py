"""The shared period helpers of core/periods.py: months (Civil Code Art 148.3), the strict
refusal, merged counts and extensions, as a rule's author calls them."""

from __future__ import annotations

import calendar as stdlib_calendar
from datetime import date

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from accessinfo.calendar import PUBLIC_SECTOR, SpecialDay, WorkingCalendar, WorkingDays
from accessinfo.core.periods import deadline, extend, merge, months_after, reckon
from accessinfo.errors import CalendarUnknown


def by_hand(start: date, months: int) -> date:
    """The corresponding day of the last month, or that month's last day (Art 148.3),
    computed with month arithmetic and the month lengths of the stdlib calendar."""
    index = start.year * 12 + (start.month - 1) + months
    year, month = divmod(index, 12)
    last = stdlib_calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(start.day, last))


@given(st.dates(date(2018, 1, 1), date(2035, 12, 31)), st.integers(0, 36))
@example(date(2026, 9, 1), 6)  # Law 01/2026 Art 31.3, Decree 337/2026 Art 15.1: 1 March 2027
@example(date(2024, 8, 31), 6)  # no 31 February: the last day, 28 February 2025
@example(date(2023, 8, 31), 6)  # a leap year: 29 February 2024
def test_months_after_is_the_corresponding_day_or_the_last_one(start: date, months: int) -> None:
    assert months_after(start, months) == by_hand(start, months)


def test_months_after_worked_examples() -> None:
    assert months_after(date(2026, 9, 1), 6) == date(2027, 3, 1)
    assert months_after(date(2024, 8, 31), 6) == date(2025, 2, 28)
    assert months_after(date(2023, 8, 31), 6) == date(2024, 2, 29)
    assert months_after(date(2024, 10, 31), 6) == date(2025, 4, 30)


# -- the shared reckoning helpers, called as a rule's author calls them ----------------------

# known to 2024-12-31, and Mon 6/1/2025 a projected holiday: two reasons to be unsure
UNSURE = WorkingCalendar(
    [SpecialDay(date(2025, 1, 6), "holiday", "Lễ", "Feast", None, "projected")],
    name="t",
    known_until=date(2024, 12, 31),
    version="t",
)


def test_strict_refusal_lists_every_reason_in_both_languages() -> None:
    with pytest.raises(CalendarUnknown) as info:
        reckon(UNSURE, date(2025, 1, 2), WorkingDays(5), label="the_due_day", strict=True)
    text = str(info.value)
    assert "the_due_day" in text
    assert "2025-01-06 (Feast) is projected" in text and "runs past 2024-12-31" in text
    assert "projected: not yet confirmed by a notice; the period runs past" in text  # "; "-joined
    vi = info.value.message_vi
    assert "06/01/2025 (Lễ)" in vi and "31/12/2024" in vi
    assert "của cơ quan có thẩm quyền; Thời hạn kéo dài quá ngày 31/12/2024" in vi


def test_merge_skips_a_missing_count_and_keeps_the_later_ones() -> None:
    later = reckon(UNSURE, date(2025, 1, 2), WorkingDays(5), label="b", trace=True)
    caveats, steps = merge(UNSURE.known_until, None, later)
    assert len(caveats) == 2 and steps == later.steps and steps
    assert merge(UNSURE.known_until, None, None) == ((), None)


def test_an_extension_traces_only_when_asked() -> None:
    def first(trace: bool) -> object:
        from accessinfo.core.rules import registry

        rule = next(r for r in registry() if r.id.endswith(":complex_in_person_respond_by"))
        return rule.function(date(2026, 1, 9), trace=trace)

    traced = first(True)
    kept = extend(traced, PUBLIC_SECTOR, WorkingDays(10), explanation="{start} {end}", trace=True)
    assert kept.trace and kept.trace[: len(traced.trace)] == traced.trace  # the first count, then
    assert len(kept.trace) > len(traced.trace)  # the extension's
    assert extend(traced, PUBLIC_SECTOR, WorkingDays(10), explanation="{end}").trace is None
    plain = deadline(
        PUBLIC_SECTOR, date(2026, 1, 9), WorkingDays(2), label="x", explanation="{end}"
    )
    assert plain.trace is None and plain.outcome == date(2026, 1, 12)  # Sat 10/1 (1), Mon 12 (2)
