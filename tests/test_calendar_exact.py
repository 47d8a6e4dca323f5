"""Exact, hand-written expectations for what the calendar shows people: day descriptions,
traces, explanations, caveats and the projected statutory years (written to kill the
mutants that matter in calendar.py; see docs/reliability.md).

Every expected value below was worked out by hand from the calendar data
(``_calendar_data/public_sector.csv``, ``lunar.csv``), the Labour Code Arts 111.3 and 112.1 and
the projection rules described in calendar.py, not pasted from the code's output.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone

import pytest

from accessinfo.calendar import (
    PUBLIC_SECTOR,
    VN_TZ,
    CalendarDays,
    Reckoning,
    WorkingDays,
    public_sector_calendar,
)
from accessinfo.core.citations import instrument
from accessinfo.core.decisions import Step
from accessinfo.errors import CalendarUnknown, InvalidInput, OutsideCalendar

LC = instrument("code_45_2019")
CC = instrument("code_91_2015")
WEEKEND = instrument("decision_188_1999").cite(1)
CV_12729 = instrument("cv_12729_2025").cite()
TB_9441 = instrument("tb_9441_2025").cite()


# -- day descriptions -------------------------------------------------------------------------


def _english(trace: tuple[Step, ...] | None) -> tuple[Step, ...]:
    """The steps without their Vietnamese reasons (tests/test_vietnamese.py checks those)."""
    return tuple(s.model_copy(update={"reason_vi": None}) for s in trace or ())


def test_day_of_each_kind() -> None:
    sun = PUBLIC_SECTOR.day(date(2026, 1, 11))
    assert sun.model_dump() == {
        "date": date(2026, 1, 11),
        "weekday": "Sunday / Chủ Nhật",
        "working": False,
        "kind": "weekend",
        "name_vi": "Nghỉ hằng tuần",
        "name_en": "Weekly rest day",
        "source": WEEKEND.model_dump(),
        "status": "regular",
        "note": "",
    }
    mon = PUBLIC_SECTOR.day(date(2026, 1, 12))
    assert (mon.weekday, mon.working, mon.kind, mon.name_vi, mon.name_en, mon.source) == (
        "Monday / Thứ Hai",
        True,
        "working",
        "Ngày làm việc",
        "Working day",
        None,
    )
    assert (mon.status, mon.note) == ("regular", "")
    swapped = PUBLIC_SECTOR.day(date(2026, 1, 10))
    assert (swapped.weekday, swapped.working, swapped.kind, swapped.status) == (
        "Saturday / Thứ Bảy",
        True,
        "swapped_working",
        "announced",
    )
    assert swapped.name_vi == "Làm bù cho ngày 02/01/2026"
    assert swapped.name_en == "Working Saturday (swapped for 02/01/2026)"
    assert swapped.source == CV_12729
    rest = PUBLIC_SECTOR.day(date(2026, 1, 2))
    assert (rest.working, rest.kind, rest.note) == (
        False,
        "swapped_rest",
        "worked on Sat 10/01/2026",
    )
    national = PUBLIC_SECTOR.day(date(2026, 9, 2))
    assert (national.kind, national.name_vi, national.status) == (
        "holiday",
        "Quốc khánh",
        "statutory",
    )
    assert national.source == LC.cite(112, 1, "dd")
    assert PUBLIC_SECTOR.day(date(2026, 9, 1)).source == TB_9441
    # a datetime is read in Vietnam time: 20:00 UTC on Fri 9/1 is 03:00 on Sat 10/1
    late = datetime(2026, 1, 9, 20, 0, tzinfo=UTC)
    assert PUBLIC_SECTOR.day(late).date == date(2026, 1, 10)
    assert PUBLIC_SECTOR.is_working_day(late)


# -- traces and explanations ------------------------------------------------------------------


def test_trace_of_three_working_days_across_a_swapped_saturday() -> None:
    # Fri 9/1/2026 is day zero; Sat 10/1 is worked (12729/VPCP-KGVX), Sun 11/1 skipped,
    # Mon 12/1 and Tue 13/1 counted.
    d = PUBLIC_SECTOR.add(date(2026, 1, 9), WorkingDays(3), trace=True)
    assert d.outcome == date(2026, 1, 13)
    assert d.basis == (CC.cite(147, 3),)
    assert d.explanation == (
        "3 working day(s) after 2026-01-09 (day zero not counted) ends on 2026-01-13"
    )
    assert (d.status, d.caveats, d.rule_set) == ("final", (), "public_sector")
    assert d.calendar_version == PUBLIC_SECTOR.version
    assert _english(d.trace) == (
        Step(
            date=date(2026, 1, 9),
            action="start",
            kind="working",
            reason="day zero, not counted (Civil Code Art 147.3); Friday / Thứ Sáu: working day",
        ),
        Step(
            date=date(2026, 1, 10),
            action="counted",
            n=1,
            kind="swapped_working",
            source=CV_12729,
            reason="Saturday / Thứ Bảy: swapped working day, Working Saturday (swapped for "
            "02/01/2026) per Official Letter No. 12729/VPCP-KGVX",
        ),
        Step(
            date=date(2026, 1, 11),
            action="skipped",
            kind="weekend",
            source=WEEKEND,
            reason="Sunday / Chủ Nhật: weekly rest day",
        ),
        Step(
            date=date(2026, 1, 12),
            action="counted",
            n=2,
            kind="working",
            reason="Monday / Thứ Hai: working day",
        ),
        Step(
            date=date(2026, 1, 13),
            action="counted",
            n=3,
            kind="working",
            reason="Tuesday / Thứ Ba: working day",
        ),
        Step(date=date(2026, 1, 13), action="end", kind="working", reason="last day of the period"),
    )


def test_trace_counting_backwards_with_a_label() -> None:
    # 2 working days before Mon 12/1/2026: Sun 11/1 skipped, Sat 10/1 (worked) is -1,
    # Fri 9/1 is -2.
    r = PUBLIC_SECTOR.reckon(date(2026, 1, 12), WorkingDays(-2), trace=True, label="notice")
    assert r.end == date(2026, 1, 9)
    assert r.steps is not None
    assert [(s.date.day, s.action, s.n, s.label) for s in r.steps] == [
        (12, "start", None, "notice"),
        (11, "skipped", None, "notice"),
        (10, "counted", -1, "notice"),
        (9, "counted", -2, "notice"),
        (9, "end", None, "notice"),
    ]
    assert [s.kind for s in r.steps] == [
        "working",
        "weekend",
        "swapped_working",
        "working",
        "working",
    ]
    assert r.steps[1].source == WEEKEND
    d = PUBLIC_SECTOR.explain(r)
    assert d.explanation == (
        "2 working day(s) before 2026-01-12 (day zero not counted) ends on 2026-01-09"
    )
    assert PUBLIC_SECTOR.add(date(2026, 1, 12), WorkingDays(0), trace=True).explanation == (
        "0 working day(s) after 2026-01-12 (day zero not counted) ends on 2026-01-12"
    )


def test_trace_of_calendar_days_rolled_past_national_day_2026() -> None:
    # Tue 18/8/2026 + 12 calendar days = Sun 30/8; Mon 31/8 (swapped rest, 9441/TB-BNV),
    # Tue 1/9 (adjacent day) and Wed 2/9 (National Day) are rest days: the end rolls to
    # Thu 3/9 (Civil Code Art 148.5).
    d = PUBLIC_SECTOR.add(date(2026, 8, 18), CalendarDays(12), trace=True)
    assert d.outcome == date(2026, 9, 3)
    assert d.basis == (CC.cite(147, 3), CC.cite(148, 5))
    assert d.explanation == (
        "12 calendar day(s) after 2026-08-18 (day zero not counted) ends on 2026-09-03 "
        "after rolling past rest days"
    )
    assert d.trace is not None
    counted = [s for s in d.trace if s.action == "counted"]
    assert [s.n for s in counted] == list(range(1, 13))
    assert counted[-1].date == date(2026, 8, 30) and counted[-1].kind == "weekend"
    assert counted[3].date == date(2026, 8, 22) and counted[3].kind == "swapped_working"
    rolled = [s for s in d.trace if s.action == "rolled"]
    assert [s.date.day for s in rolled] == [31, 1, 2, 3]
    assert [s.kind for s in rolled] == ["swapped_rest", "holiday", "holiday", "working"]
    assert rolled[0].source == TB_9441
    assert rolled[0].reason == (
        "period ended on a rest day; moved on (Civil Code Art 148.5): Monday / Thứ Hai: "
        "swapped rest day, Swapped day off (National Day) per Notice No. 9441/TB-BNV"
    )
    assert _english(d.trace)[-1] == Step(
        date=date(2026, 9, 3), action="end", kind="working", reason="last day of the period"
    )
    # without rolling the period ends on the Sunday, and the basis is 147.3 alone
    plain = PUBLIC_SECTOR.add(date(2026, 8, 18), CalendarDays(12), roll="none", trace=True)
    assert plain.outcome == date(2026, 8, 30) and plain.basis == (CC.cite(147, 3),)
    assert plain.explanation.endswith("ends on 2026-08-30")
    # backwards: 2 calendar days before Mon 12/1/2026 is Sat 10/1, a working Saturday
    assert PUBLIC_SECTOR.add(date(2026, 1, 12), CalendarDays(-2)) == date(2026, 1, 10)
    # 1 calendar day before Mon 5/1/2026 is Sun 4/1: previous working day Sat 3/1? No: Sat 3/1
    # is an ordinary rest day, so Fri 2/1 (swapped rest) and Thu 1/1 (New Year) are skipped
    # too, ending on Wed 31/12/2025.
    back = PUBLIC_SECTOR.add(
        date(2026, 1, 5), CalendarDays(-1), roll="previous_working_day", trace=True
    )
    assert back.outcome == date(2025, 12, 31)
    assert back.trace is not None
    assert [(s.date.day, s.action, s.n) for s in back.trace] == [
        (5, "start", None),
        (4, "counted", -1),
        (3, "rolled", None),
        (2, "rolled", None),
        (1, "rolled", None),
        (31, "rolled", None),
        (31, "end", None),
    ]


def test_local_days_in_traces() -> None:
    local = PUBLIC_SECTOR.with_overrides(
        rest_days={date(2026, 3, 2): "Lễ hội tỉnh"}, working_days={date(2026, 3, 7): "Làm bù"}
    )
    d = local.add(date(2026, 2, 27), WorkingDays(1), trace=True)
    assert d.trace is not None
    assert d.outcome == date(2026, 3, 3)
    skipped = d.trace[3]
    assert (skipped.date, skipped.action, skipped.kind) == (
        date(2026, 3, 2),
        "skipped",
        "local_rest",
    )
    assert skipped.reason == "Monday / Thứ Hai: local rest day, Lễ hội tỉnh"
    w = local.add(date(2026, 3, 6), WorkingDays(1), trace=True)
    assert w.trace is not None
    assert w.trace[1].reason == "Saturday / Thứ Bảy: local working day, Làm bù"


# -- projected years and caveats --------------------------------------------------------------


def _special(year: int, cal: object = PUBLIC_SECTOR) -> dict[date, tuple[str, str, str]]:
    days = PUBLIC_SECTOR.special_days(year) if cal is PUBLIC_SECTOR else cal.special_days(year)  # type: ignore[attr-defined]
    return {d.date: (d.kind, d.name_vi, d.note) for d in days}


def test_projected_year_2029() -> None:
    # Tết 2029 = Tue 13/2 (lunar.csv): 11/2 (Sun) to 15/2; 11/2 is a Sunday, so it is made up
    # on the next day that is neither a weekend nor a holiday: Fri 16/2 (LC Art 111.3).
    # Giỗ Tổ 23/4 (Mon); 30/4 (Mon), 1/5 (Tue); 2/9 is a Sunday: the adjacent day is Mon 3/9
    # and the Sunday is made up on Tue 4/9; 24/11 (Sat) gets no compensatory day by default.
    y = _special(2029)
    note = "projected from the statute"
    assert y == {
        date(2029, 1, 1): ("holiday", "Tết Dương lịch", note),
        date(2029, 2, 11): ("holiday", "Tết Âm lịch (trước Tết)", note),
        date(2029, 2, 12): ("holiday", "Tết Âm lịch (giao thừa)", note),
        date(2029, 2, 13): ("holiday", "Tết Âm lịch (mùng 1)", note),
        date(2029, 2, 14): ("holiday", "Tết Âm lịch (mùng 2)", note),
        date(2029, 2, 15): ("holiday", "Tết Âm lịch (mùng 3)", note),
        date(2029, 2, 16): ("compensatory", "Nghỉ bù Tết Âm lịch (trước Tết)", "for 2029-02-11"),
        date(2029, 4, 23): ("holiday", "Giỗ Tổ Hùng Vương", note),
        date(2029, 4, 30): ("holiday", "Ngày Chiến thắng", note),
        date(2029, 5, 1): ("holiday", "Ngày Quốc tế lao động", note),
        date(2029, 9, 2): ("holiday", "Quốc khánh", note),
        date(2029, 9, 3): ("holiday", "Quốc khánh (ngày liền kề)", note),
        date(2029, 9, 4): ("compensatory", "Nghỉ bù Quốc khánh", "for 2029-09-02"),
        date(2029, 11, 24): ("holiday", "Ngày Văn hóa Việt Nam", note),
    }
    days = {d.date: d for d in PUBLIC_SECTOR.special_days(2029)}
    assert {d.status for d in days.values()} == {"projected"}
    assert not any(d.working for d in days.values())
    expected_sources = {
        date(2029, 1, 1): LC.cite(112, 1, "a"),
        date(2029, 2, 13): LC.cite(112, 1, "b"),
        date(2029, 2, 16): LC.cite(111, 3),
        date(2029, 4, 23): LC.cite(112, 1, "e"),
        date(2029, 4, 30): LC.cite(112, 1, "c"),
        date(2029, 5, 1): LC.cite(112, 1, "d"),
        date(2029, 9, 3): LC.cite(112, 1, "dd"),
        date(2029, 11, 24): instrument("resolution_28_2026").cite(2),
    }
    for d, src in expected_sources.items():
        assert days[d].source == src, d
    assert days[date(2029, 2, 16)].name_en == "Compensatory day for Lunar New Year (before Tết)"
    assert days[date(2029, 2, 12)].name_en == "Lunar New Year's Eve"
    assert days[date(2029, 9, 3)].name_en == "National Day (adjacent day)"
    assert days[date(2029, 4, 23)].name_en == "Hung Kings' Commemoration Day"
    # with the culture-day option, Mon 26/11/2029 is a compensatory day
    extra = set(_special(2029, public_sector_calendar(culture_day_makeup=True))) - set(y)
    assert extra == {date(2029, 11, 26)}


def test_projected_national_day_adjacent_days() -> None:
    # The adjacent day joins the weekend (calendar.py): 2/9/2028 Sat -> Fri 1/9 and the Saturday
    # made up on Mon 4/9; 2/9/2030 Mon -> Tue 3/9; 2/9/2031 Tue -> Mon 1/9;
    # 2/9/2032 Thu -> Fri 3/9; 2/9/2033 Fri -> Thu 1/9; 2/9/2034 Sat -> Fri 1/9.
    assert {d for d in _special(2028) if d.month == 9} == {
        date(2028, 9, 1),
        date(2028, 9, 2),
        date(2028, 9, 4),
    }
    assert {d for d in _special(2030) if d.month == 9} == {date(2030, 9, 2), date(2030, 9, 3)}
    assert {d for d in _special(2031) if d.month == 9} == {date(2031, 9, 1), date(2031, 9, 2)}
    assert {d for d in _special(2032) if d.month == 9} == {date(2032, 9, 2), date(2032, 9, 3)}
    assert {d for d in _special(2033) if d.month == 9} == {date(2033, 9, 1), date(2033, 9, 2)}
    # New Year 2028 is a Saturday: made up on Mon 3/1/2028
    assert _special(2028)[date(2028, 1, 3)] == (
        "compensatory",
        "Nghỉ bù Tết Dương lịch",
        "for 2028-01-01",
    )


def test_caveats_for_projected_days() -> None:
    # Fri 28/4/2028 + 1 working day: 30/4 (Sun) and 1/5 (Mon) are projected holidays and the
    # Sunday is made up on Tue 2/5, so the answer is Wed 3/5, provisional.
    r = PUBLIC_SECTOR.reckon(date(2028, 4, 28), WorkingDays(1))
    assert r.end == date(2028, 5, 3)
    assert [u.date for u in r.uncertain] == [date(2028, 4, 30), date(2028, 5, 1), date(2028, 5, 2)]
    assert r.beyond_known and not r.certain
    assert r.caveats(PUBLIC_SECTOR.known_until) == (
        "2028-04-30 (Victory Day (30 April)) is projected: not yet confirmed by a notice",
        "2028-05-01 (International Labour Day) is projected: not yet confirmed by a notice",
        "2028-05-02 (Compensatory day for Victory Day (30 April)) is projected: not yet "
        "confirmed by a notice",
        "the period runs past 2027-12-31, the last day of the announced schedules: later swaps "
        "or bridges may move it",
    )
    d = PUBLIC_SECTOR.add(date(2028, 4, 28), WorkingDays(1), trace=True)
    assert d.status == "provisional" and len(d.caveats) == 4
    assert d.trace is not None
    assert d.trace[2].reason == (
        "Sunday / Chủ Nhật: holiday, Victory Day (30 April) per Labour Code No. 45/2019/QH14, "
        "Art. 112(1)(c); projected"
    )
    with pytest.raises(CalendarUnknown, match="strict=True: the answer depends on days not yet"):
        PUBLIC_SECTOR.add(date(2028, 4, 28), WorkingDays(1), strict=True)
    # counting backwards over the same days sees the same uncertain days
    back = PUBLIC_SECTOR.reckon(date(2028, 5, 3), WorkingDays(-1))
    assert back.end == date(2028, 4, 28) and len(back.uncertain) == 3
    # the end day itself counts; day zero does not: from Sun 30/4 onwards only 1/5 and 2/5
    assert len(PUBLIC_SECTOR.reckon(date(2028, 4, 30), WorkingDays(1)).uncertain) == 2
    # announced days are certain; the last announced day is still "known"
    r27 = PUBLIC_SECTOR.reckon(date(2027, 12, 29), WorkingDays(2))
    assert r27.end == date(2027, 12, 31) and r27.certain and r27.caveats(date(2027, 12, 31)) == ()
    assert PUBLIC_SECTOR.add(date(2027, 12, 29), WorkingDays(2), strict=True) == r27.end
    assert not PUBLIC_SECTOR.reckon(date(2027, 12, 30), WorkingDays(2)).certain


def test_reckoning_fields() -> None:
    r = PUBLIC_SECTOR.reckon(date(2026, 8, 28), CalendarDays(2))
    # Fri 28/8 + 2 = Sun 30/8, rolled past 31/8, 1/9, 2/9 to Thu 3/9
    assert r == Reckoning(
        start=date(2026, 8, 28),
        period=CalendarDays(2),
        end=date(2026, 9, 3),
        uncertain=(),
        beyond_known=False,
        steps=None,
        rolled=True,
    )
    assert not PUBLIC_SECTOR.reckon(date(2026, 8, 28), CalendarDays(6)).rolled  # Thu 3/9


# -- receipt ------------------------------------------------------------------------------------


def test_receipt_day_policies() -> None:
    cut = time(17, 0)
    sat = date(2026, 1, 3)  # an ordinary Saturday
    assert PUBLIC_SECTOR.receipt_day(sat) == (sat, None)
    assert PUBLIC_SECTOR.receipt_day(sat, receipt="next_working_day") == (
        date(2026, 1, 5),
        "received on a rest day on 2026-01-03: deemed received on 2026-01-05",
    )
    # a working day before the cut-off stays; at or after it, the next working day
    fri = date(2026, 1, 9)
    early = datetime(2026, 1, 9, 16, 59, tzinfo=VN_TZ)
    at = datetime(2026, 1, 9, 17, 0, tzinfo=VN_TZ)
    assert PUBLIC_SECTOR.receipt_day(early, receipt="next_working_day", cutoff=cut) == (fri, None)
    assert PUBLIC_SECTOR.receipt_day(at, receipt="next_working_day", cutoff=cut) == (
        date(2026, 1, 10),
        "received after the cut-off on 2026-01-09: deemed received on 2026-01-10",
    )
    # the cut-off is read in Vietnam time: 10:00 UTC is 17:00 in Hà Nội
    utc = datetime(2026, 1, 9, 10, 0, tzinfo=timezone(timedelta(0)))
    assert PUBLIC_SECTOR.receipt_day(utc, receipt="next_working_day", cutoff=cut)[0] == date(
        2026, 1, 10
    )
    # a plain date has no time of day: the cut-off does not apply
    assert PUBLIC_SECTOR.receipt_day(fri, receipt="next_working_day", cutoff=cut) == (fri, None)
    # the default policy ignores the cut-off
    assert PUBLIC_SECTOR.receipt_day(at, cutoff=cut) == (fri, None)
    with pytest.raises(InvalidInput):
        PUBLIC_SECTOR.receipt_day(fri, receipt="raise")  # type: ignore[arg-type]


# -- edges found by mutation testing (docs/reliability.md) -------------------------------------


def test_results_on_the_first_working_days() -> None:
    # 2018-01-01 is New Year's Day; Tue 2/1/2018 is the first working day of the calendar
    assert PUBLIC_SECTOR.add(date(2018, 1, 3), WorkingDays(-1)) == date(2018, 1, 2)
    assert PUBLIC_SECTOR.add(date(2018, 1, 1), WorkingDays(1), trace=True).outcome == date(
        2018, 1, 2
    )
    # Wed 3/1/2018 - 2 calendar days = Mon 1/1/2018, the first day (no roll asked)
    assert PUBLIC_SECTOR.add(date(2018, 1, 3), CalendarDays(-2), roll="none") == date(2018, 1, 1)
    # a local calendar working on 1/1/2018 and resting on 2/1: rolling back from 2/1 lands on
    # the very first day
    local = PUBLIC_SECTOR.with_overrides(
        working_days=[date(2018, 1, 1)], rest_days=[date(2018, 1, 2)]
    )
    assert local.add(date(2018, 1, 3), CalendarDays(-1), roll="previous_working_day") == date(
        2018, 1, 1
    )
    # the last working day as a traced result: Fri 28/12/2035 + 1 = Mon 31/12/2035
    assert PUBLIC_SECTOR.add(date(2035, 12, 28), WorkingDays(1), trace=True).outcome == date(
        2035, 12, 31
    )
    with pytest.raises(OutsideCalendar):
        PUBLIC_SECTOR.add(date(2035, 12, 31), WorkingDays(1), trace=True)


def test_uncertain_days_at_the_ends_of_a_span() -> None:
    # Fri 28/4/2028 + 2 calendar days = Sun 30/4/2028 (projected Victory Day), not rolled:
    # the uncertain day is the last day of the span
    r = PUBLIC_SECTOR.reckon(date(2028, 4, 28), CalendarDays(2), roll="none")
    assert r.end == date(2028, 4, 30)
    assert [u.date for u in r.uncertain] == [date(2028, 4, 30)]
    # Sat 29/4 + 1: the uncertain day is the first day after day zero
    r1 = PUBLIC_SECTOR.reckon(date(2028, 4, 29), CalendarDays(1), roll="none")
    assert [u.date for u in r1.uncertain] == [date(2028, 4, 30)]
    # counting back from Sun 30/4: day zero itself is not part of the span, the end is
    r2 = PUBLIC_SECTOR.reckon(date(2028, 4, 30), CalendarDays(-1), roll="none")
    assert r2.end == date(2028, 4, 29) and r2.uncertain == ()
    r3 = PUBLIC_SECTOR.reckon(date(2028, 5, 1), CalendarDays(-1), roll="none")
    assert r3.end == date(2028, 4, 30)
    assert [u.date for u in r3.uncertain] == [date(2028, 4, 30)]


def test_trace_sources_and_labels_everywhere() -> None:
    # start on Sun 11/1/2026: the start step carries the weekend source
    d = PUBLIC_SECTOR.reckon(date(2026, 1, 11), CalendarDays(2), trace=True, label="lbl")
    assert d.steps is not None
    assert d.steps[0].source == WEEKEND and d.steps[0].kind == "weekend"
    assert {s.label for s in d.steps} == {"lbl"}
    # counted calendar days carry their sources: Sat 10/1 (swapped working) counted backwards
    b = PUBLIC_SECTOR.reckon(date(2026, 1, 11), CalendarDays(-1), trace=True, label="b")
    assert b.steps is not None and b.steps[1].source == CV_12729 and b.steps[1].n == -1
    # rolled steps carry the label and the source: Tue 18/8/2026 + 12 calendar days
    r = PUBLIC_SECTOR.reckon(date(2026, 8, 18), CalendarDays(12), trace=True, label="r")
    assert r.steps is not None
    rolled = [s for s in r.steps if s.action == "rolled"]
    assert {s.label for s in rolled} == {"r"} and rolled[1].source == TB_9441
    # a compensatory day is described as such: Tue 2/5/2028 makes up Sun 30/4/2028
    t = PUBLIC_SECTOR.add(date(2028, 4, 28), WorkingDays(1), trace=True)
    assert t.trace is not None
    assert t.trace[4].reason == (
        "Tuesday / Thứ Ba: compensatory day off, Compensatory day for Victory Day (30 April) "
        "per Labour Code No. 45/2019/QH14, Art. 111(3); projected"
    )


def test_custom_range_calendars_keep_their_range() -> None:
    import pickle

    from accessinfo.calendar import WorkingCalendar

    small = WorkingCalendar(
        [],
        name="t",
        known_until=date(2026, 12, 31),
        version="t1",
        first=date(2026, 1, 1),
        last=date(2026, 12, 31),
    )
    derived = small.with_overrides(rest_days=[date(2026, 3, 2)])
    assert (derived.first, derived.last) == (date(2026, 1, 1), date(2026, 12, 31))
    again = pickle.loads(pickle.dumps(small))
    assert (again.first, again.last) == (date(2026, 1, 1), date(2026, 12, 31))


def test_messages_start_with_what_was_wrong() -> None:
    with pytest.raises(InvalidInput, match=r"^\[invalid-input\] overrides take a mapping"):
        PUBLIC_SECTOR.with_overrides(rest_days="2026-03-02")
    with pytest.raises(InvalidInput, match=r"or a plain date$"):
        PUBLIC_SECTOR.day(datetime(2026, 1, 1))
    with pytest.raises(
        InvalidInput, match=r"^\[invalid-input\] culture_day_makeup must be True or False$"
    ):
        public_sector_calendar(culture_day_makeup=1)  # type: ignore[arg-type]
    with pytest.raises(
        CalendarUnknown,
        match=r"^\[calendar-unknown\] strict=True: the answer depends on days not yet announced: "
        r"2028-04-30 \(Victory Day \(30 April\)\) is projected: not yet confirmed by a notice; "
        r"2028-05-01 ",
    ):
        PUBLIC_SECTOR.add(date(2028, 4, 28), WorkingDays(1), strict=True)
    with pytest.raises(InvalidInput, match=r"^\[invalid-input\] explain takes a Reckoning"):
        PUBLIC_SECTOR.explain(None)  # type: ignore[arg-type]


def test_projected_makeups_of_weekend_holidays() -> None:
    # 2033: Giỗ Tổ (10/3 lunar) is Sat 9/4 -> made up Mon 11/4; 30/4 is a Saturday and 1/5 a
    # Sunday: 30/4 is made up on Mon 2/5 and 1/5, whose next day is now taken, on Tue 3/5.
    y33 = _special(2033)
    assert y33[date(2033, 4, 11)] == ("compensatory", "Nghỉ bù Giỗ Tổ Hùng Vương", "for 2033-04-09")
    assert y33[date(2033, 5, 2)] == ("compensatory", "Nghỉ bù Ngày Chiến thắng", "for 2033-04-30")
    assert y33[date(2033, 5, 3)] == (
        "compensatory",
        "Nghỉ bù Ngày Quốc tế lao động",
        "for 2033-05-01",
    )
    # 2032: 1/5 is a Saturday, Sunday 2/5 is a rest day anyway: made up Mon 3/5
    assert _special(2032)[date(2032, 5, 3)] == (
        "compensatory",
        "Nghỉ bù Ngày Quốc tế lao động",
        "for 2032-05-01",
    )


def test_projected_english_names_and_sources_2029() -> None:
    days = {d.date: d for d in PUBLIC_SECTOR.special_days(2029)}
    assert {d: days[d].name_en for d in days} == {
        date(2029, 1, 1): "New Year's Day",
        date(2029, 2, 11): "Lunar New Year (before Tết)",
        date(2029, 2, 12): "Lunar New Year's Eve",
        date(2029, 2, 13): "Lunar New Year (1st day)",
        date(2029, 2, 14): "Lunar New Year (2nd day)",
        date(2029, 2, 15): "Lunar New Year (3rd day)",
        date(2029, 2, 16): "Compensatory day for Lunar New Year (before Tết)",
        date(2029, 4, 23): "Hung Kings' Commemoration Day",
        date(2029, 4, 30): "Victory Day (30 April)",
        date(2029, 5, 1): "International Labour Day",
        date(2029, 9, 2): "National Day",
        date(2029, 9, 3): "National Day (adjacent day)",
        date(2029, 9, 4): "Compensatory day for National Day",
        date(2029, 11, 24): "Vietnamese Culture Day",
    }
    assert days[date(2029, 9, 2)].source == LC.cite(112, 1, "dd")
    assert days[date(2029, 9, 4)].source == LC.cite(111, 3)


def test_slow_path_backwards_from_a_rest_day() -> None:
    # 1 working day before Sun 11/1/2026 is Sat 10/1 (a swapped working day); 2 is Fri 9/1
    r = PUBLIC_SECTOR.reckon(date(2026, 1, 11), WorkingDays(-1))
    assert r.end == date(2026, 1, 10) and r.rolled is False
    assert PUBLIC_SECTOR.add(date(2026, 1, 11), WorkingDays(-2), trace=True).outcome == date(
        2026, 1, 9
    )
    with pytest.raises(InvalidInput, match=r"^\[invalid-input\] label must be a string or None"):
        PUBLIC_SECTOR.reckon(date(2026, 1, 11), WorkingDays(-1), label=5)  # type: ignore[arg-type]
