"""Law 01/2026 Art 26: the Law's 12-day caps, and request_deadlines under Decree 337/2026.

Since Decree 337/2026 (in force with the Law), complex information is due within 12 days of
the valid dossier (Art 10.4(b)), the same count as the Law's own cap; simple, available
information by the 3rd working day (Art 10.4(a)). ``_req`` therefore builds complex requests
unless told otherwise, and the 12-day dates below are the Law's and the complex tier's.

Every expected date is worked by hand from the text (12 calendar days after the valid
request, the request day not counted, rolled to the next working day if the 12th day is a
rest day) and from the public-sector calendar (weekends; 1-2/9/2026; 24/11/2026; 1/1/2027;
Tết 4-10/2/2027; 30/4-3/5/2027; 2-3/9/2027).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from accessinfo.articles.law_01_2026.art_26 import (
    extended_provide_by,
    extension_notice_by,
    provide_by,
    request_deadlines,
)
from accessinfo.calendar import PUBLIC_SECTOR, VN_TZ
from accessinfo.core.rules import applicable
from accessinfo.errors import (
    AmbiguousReading,
    CalendarUnknown,
    InvalidInput,
    NoApplicableRule,
    UnverifiedText,
)
from accessinfo.models.requests import InformationRequest


def _req(
    received: date | datetime, channel: str = "electronic", **kw: object
) -> InformationRequest:
    kw.setdefault("complexity", "complex")
    return InformationRequest(received_at=received, channel=channel, **kw)  # type: ignore[arg-type]


def _deadlines(received: date) -> tuple[date | None, date | None]:
    out = request_deadlines(_req(received)).outcome
    return out.respond_by, out.extended_respond_by


# --- clause 3: the 12-day period ------------------------------------------------------------


def test_c3_twelfth_day_is_a_working_day() -> None:
    # Thu 3/9/2026 + 12 = Tue 15/9/2026, a working day: no roll.
    # Extension: Tue 15/9 + 12 = Sun 27/9 -> rolls to Mon 28/9.
    assert _deadlines(date(2026, 9, 3)) == (date(2026, 9, 15), date(2026, 9, 28))
    d = provide_by(date(2026, 9, 3))
    assert d.outcome == date(2026, 9, 15)
    assert d.basis[0].id == "law_01_2026.art26.c3"
    assert str(d.basis[0]) == "khoản 3 Điều 26 Luật Tiếp cận thông tin số 01/2026/QH16"
    assert d.rule_set == "law_01_2026"
    assert not any(c.id == "code_91_2015.art148.c5" for c in d.basis)  # nothing rolled


def test_c3_culture_day_inside_the_period_does_not_move_it() -> None:
    # Fri 13/11/2026 + 12 = Wed 25/11/2026. Tue 24/11 (Vietnamese Culture Day) falls inside
    # the period, not at its end, so it changes nothing for calendar days.
    # Extension: Wed 25/11 + 12 = Mon 7/12/2026.
    assert _deadlines(date(2026, 11, 13)) == (date(2026, 11, 25), date(2026, 12, 7))


def test_c3_twelfth_day_on_culture_day_rolls() -> None:
    # Thu 12/11/2026 + 12 = Tue 24/11/2026, a holiday -> Wed 25/11 (Civil Code Art 148.5).
    d = provide_by(date(2026, 11, 12))
    assert d.outcome == date(2026, 11, 25)
    assert any(c.id == "code_91_2015.art148.c5" for c in d.basis)


def test_c3_twelfth_day_on_a_sunday_rolls() -> None:
    # Tue 8/9/2026 + 12 = Sun 20/9/2026 -> Mon 21/9.
    assert provide_by(date(2026, 9, 8)).outcome == date(2026, 9, 21)


def test_c3_twelfth_day_on_new_year_rolls_past_the_weekend() -> None:
    # Sun 20/12/2026 + 12 = Fri 1/1/2027 (New Year), then Sat 2 and Sun 3 -> Mon 4/1/2027.
    # Extension: Mon 4/1 + 12 = Sat 16/1 -> Mon 18/1/2027.
    assert _deadlines(date(2026, 12, 20)) == (date(2027, 1, 4), date(2027, 1, 18))


def test_c3_twelfth_day_in_tet_2027() -> None:
    # Mon 25/1/2027 + 12 = Sat 6/2/2027, inside the Tết break 4/2-10/2 -> Thu 11/2/2027.
    # Extension: Thu 11/2 + 12 = Tue 23/2/2027, a working day.
    assert _deadlines(date(2027, 1, 25)) == (date(2027, 2, 11), date(2027, 2, 23))


def test_c3_twelfth_day_on_30_april_2027_rolls_past_a_derived_day() -> None:
    # Sun 18/4/2027 + 12 = Fri 30/4/2027 (holiday); Sat 1/5 holiday, Sun 2/5, Mon 3/5 the
    # compensatory day for 1/5 (derived: no notice yet) -> Tue 4/5/2027, provisional.
    d = provide_by(date(2027, 4, 18))
    assert d.outcome == date(2027, 5, 4)
    assert any("2027-05-03" in c for c in d.caveats)
    with pytest.raises(CalendarUnknown):
        provide_by(date(2027, 4, 18), strict=True)


def test_c3_twelfth_day_on_national_day_2027() -> None:
    # Sat 21/8/2027 + 12 = Thu 2/9/2027; Fri 3/9 holiday; Sat 4, Sun 5 -> Mon 6/9/2027.
    assert provide_by(date(2027, 8, 21)).outcome == date(2027, 9, 6)


def test_c3_extension_notice_is_due_within_the_original_period() -> None:
    # Same period as provide_by: Thu 12/11/2026 -> Wed 25/11/2026 (24/11 rolled).
    d = extension_notice_by(date(2026, 11, 12))
    assert d.outcome == date(2026, 11, 25)
    assert "in writing" in d.explanation


def test_c3_working_day_reading() -> None:
    # 12 working days after Thu 3/9/2026: Fri 4 (1), 7-11 (2-6), 14-18 (7-11), Mon 21 (12).
    d = provide_by(date(2026, 9, 3), period_unit="working")
    assert d.outcome == date(2026, 9, 21)
    assert d.readings == {"period_unit": "working"}
    # Extension in working days after Mon 21/9: 22-25 (1-4), 28/9-2/10 (5-9), 5, 6, 7/10 (12)
    e = extended_provide_by(date(2026, 9, 3), period_unit="working", extension_unit="working")
    assert e.outcome == date(2026, 10, 7)
    assert e.readings == {"period_unit": "working", "extension_unit": "working"}
    # Calendar period (Tue 15/9) then 12 working days: 16-18 (1-3), 21-25 (4-8),
    # 28-30 (9-11), Thu 1/10 (12)
    m = extended_provide_by(date(2026, 9, 3), extension_unit="working")
    assert m.outcome == date(2026, 10, 1)


def test_c3_working_day_reading_skips_culture_day() -> None:
    # 12 working days after Fri 13/11/2026: 16-20 (1-5), Mon 23 (6), Tue 24 holiday skipped,
    # 25-27 (7-9), Mon 30 (10), 1/12 (11), Wed 2/12 (12).
    assert provide_by(date(2026, 11, 13), period_unit="working").outcome == date(2026, 12, 2)


def test_c3_working_reading_counts_a_working_saturday() -> None:
    # An agency calendar where Sat 19/9/2026 is worked (a swapped Saturday of the kind of
    # 10/1/2026 or 22/8/2026). 12 working days after Thu 3/9: 4 (1), 7-11 (2-6), 14-18 (7-11),
    # Sat 19 (12).
    cal = PUBLIC_SECTOR.with_overrides(working_days=[date(2026, 9, 19)])
    got = provide_by(date(2026, 9, 3), period_unit="working", calendar=cal)
    assert got.outcome == date(2026, 9, 19)
    # Calendar reading: Mon 7/9 + 12 = Sat 19/9, worked on this calendar: no roll.
    assert provide_by(date(2026, 9, 7), calendar=cal).outcome == date(2026, 9, 19)


def test_c3_raise_refuses_to_choose_the_unit() -> None:
    with pytest.raises(AmbiguousReading):
        provide_by(date(2026, 9, 3), period_unit="raise")
    with pytest.raises(AmbiguousReading):
        extended_provide_by(date(2026, 9, 3), extension_unit="raise")
    with pytest.raises(AmbiguousReading):
        request_deadlines(_req(date(2026, 9, 3)), period_unit="raise")
    with pytest.raises(AmbiguousReading):
        request_deadlines(_req(date(2026, 9, 3)), extension_unit="raise")


# --- request_deadlines ----------------------------------------------------------------------


@pytest.mark.parametrize("channel", ["in_person", "electronic", "post", "fax"])
def test_complex_tier_is_twelve_days_for_every_channel(channel: str) -> None:
    # Thu 3/9/2026 + 12 = Tue 15/9 (Decree 337 Art 10.4(b) = the Law's cap); extension
    # 15/9 + 12 = Sun 27/9 -> Mon 28/9; notice before the end: the working day before Tue 15/9
    # is Mon 14/9.
    d = request_deadlines(_req(date(2026, 9, 3), channel))
    out = d.outcome
    assert (out.respond_by, out.extended_respond_by) == (date(2026, 9, 15), date(2026, 9, 28))
    assert out.extension_notice_by == date(2026, 9, 14)
    assert out.notify_by is None
    assert out.provide_at_once is False
    assert out.day_zero == date(2026, 9, 3)
    assert out.rule_set == "law_01_2026" == d.rule_set
    assert out.channel == channel == out.delivery


@pytest.mark.parametrize("channel", ["in_person", "electronic", "post", "fax"])
def test_simple_tier_is_three_working_days(channel: str) -> None:
    # Thu 3/9/2026: Fri 4 (1), Mon 7 (2), Tue 8 (3) -> Tue 8/9 (Decree 337 Art 10.4(a)).
    # Notice before the end: Mon 7/9. Extension: 8/9 + 12 = Sun 20/9 -> Mon 21/9.
    d = request_deadlines(_req(date(2026, 9, 3), channel, complexity="simple"))
    out = d.outcome
    assert out.respond_by == date(2026, 9, 8)
    assert out.extension_notice_by == date(2026, 9, 7)
    assert out.extended_respond_by == date(2026, 9, 21)
    assert out.provide_at_once is (channel == "in_person")
    assert "decree_337_2026.art10.c4.pa" in [c.id for c in d.basis]


def test_missing_complexity_says_what_simple_and_complex_mean() -> None:
    with pytest.raises(InvalidInput, match="complexity is required under Law 01/2026") as err:
        request_deadlines(_req(date(2026, 9, 3), complexity=None))
    text = str(err.value)
    assert "thông tin đơn giản, có sẵn" in text
    assert "thông tin phức tạp, không có sẵn mà cần tập hợp từ các bộ phận" in text
    assert "cần thiết phải có ý kiến của cơ quan, tổ chức, đơn vị khác" in text


def test_request_deadlines_records_readings_and_citations() -> None:
    d = request_deadlines(_req(date(2026, 11, 12)))
    assert d.readings == {
        "period_unit": "calendar",
        "extension_unit": "calendar",
        "extension_notice": "before_last_day",
        "receipt": "calendar_date",
        "transition_trigger": "sent",
        "delivery_default": "channel",
    }
    ids = [c.id for c in d.basis]
    assert ids[0] == "law_01_2026.art26.c3"
    assert "law_01_2026.art30.c1" in ids  # the operative basis for a request it governs
    assert "law_01_2026.art31.c4" not in ids
    assert "decree_337_2026.art10.c4.pb" in ids and "decree_337_2026.art10.c4.pc" in ids
    assert "code_91_2015.art148.c5" in ids  # 24/11 rolled to 25/11
    assert d.rule_id == "law_01_2026.art26.c3:request_deadlines"


def test_request_deadlines_is_provisional_and_names_its_source() -> None:
    d = request_deadlines(_req(date(2026, 9, 3)))
    assert d.status == "provisional"
    assert any("01/2026/QH16" in c and "unverified" in c for c in d.caveats)
    assert any("337/2026" in c and "unverified" in c for c in d.caveats)
    assert not any("not found" in c for c in d.caveats)


def test_request_deadlines_strict_raises() -> None:
    with pytest.raises(UnverifiedText):
        request_deadlines(_req(date(2026, 9, 3)), strict=True)
    with pytest.raises(UnverifiedText):
        provide_by(date(2026, 9, 3), strict=True)


def test_request_received_on_the_day_the_law_takes_effect() -> None:
    # Tue 1/9/2026 is a holiday. Default: the calendar date of receipt is day zero:
    # 1/9 + 12 = Sun 13/9 -> Mon 14/9. Extension: 14/9 + 12 = Sat 26/9 -> Mon 28/9.
    assert _deadlines(date(2026, 9, 1)) == (date(2026, 9, 14), date(2026, 9, 28))
    # receipt="next_working_day": 1/9 and 2/9 are holidays -> day zero Thu 3/9 -> Tue 15/9.
    d = request_deadlines(_req(date(2026, 9, 1)), receipt="next_working_day")
    assert d.outcome.day_zero == date(2026, 9, 3)
    assert d.outcome.respond_by == date(2026, 9, 15)
    assert any("deemed received" in c for c in d.caveats)


def test_receipt_after_a_cut_off() -> None:
    # Thu 3/9/2026 at 17:00 with a 16:30 cut-off -> deemed received Fri 4/9 -> Wed 16/9.
    late = datetime(2026, 9, 3, 17, 0, tzinfo=VN_TZ)
    d = request_deadlines(_req(late), receipt="next_working_day", cutoff=time(16, 30))
    assert d.outcome.respond_by == date(2026, 9, 16)
    assert d.readings["cutoff"] == "16:30:00"


def test_aware_datetime_is_read_in_vietnam_time() -> None:
    # 23:30 UTC on Thu 3/9/2026 is 06:30 on Fri 4/9 in Vietnam -> Fri 4/9 + 12 = Wed 16/9.
    utc = datetime(2026, 9, 3, 23, 30, tzinfo=UTC)
    assert request_deadlines(_req(utc)).outcome.respond_by == date(2026, 9, 16)


def test_clock_runs_from_the_valid_request() -> None:
    # Received Thu 3/9/2026, completed (valid) Thu 10/9: 10/9 + 12 = Tue 22/9.
    d = request_deadlines(_req(date(2026, 9, 3), validated_at=date(2026, 9, 10)))
    assert d.outcome.day_zero == date(2026, 9, 10)
    assert d.outcome.respond_by == date(2026, 9, 22)


def test_trace_covers_both_periods() -> None:
    d = request_deadlines(_req(date(2026, 11, 12)), trace=True)
    assert d.trace is not None
    labels = {s.label for s in d.trace}
    assert labels == {"respond_by", "extended_respond_by", "extension_notice_by"}
    rolled = [s for s in d.trace if s.action == "rolled"]
    assert [s.date for s in rolled] == [date(2026, 11, 25)]
    # the notice: the working day before Wed 25/11 is Mon 23/11 (Tue 24 is Culture Day)
    assert d.outcome.extension_notice_by == date(2026, 11, 23)
    assert request_deadlines(_req(date(2026, 11, 12))).trace is None


def test_beyond_the_announced_calendar_is_provisional_and_strict_raises() -> None:
    # Mon 27/12/2027 + 12 = Sat 8/1/2028 -> Mon 10/1/2028; 2028 is projected, not announced.
    d = provide_by(date(2027, 12, 27))
    assert d.outcome == date(2028, 1, 10)
    assert any("2027-12-31" in c for c in d.caveats)
    with pytest.raises(CalendarUnknown):
        provide_by(date(2027, 12, 27), strict=True)


# --- the transition (Art 31.4) --------------------------------------------------------------


def test_requests_sent_before_1_september_2026_are_not_this_law() -> None:
    # Posted Mon 31/8/2026, received Thu 3/9: sent before the Law took effect -> Law 104.
    with pytest.raises(NoApplicableRule):
        request_deadlines(_req(date(2026, 9, 3), "post", sent_at=date(2026, 8, 31)))
    # Received on the swapped working Saturday 22/8/2026.
    with pytest.raises(NoApplicableRule):
        request_deadlines(_req(date(2026, 8, 22)))
    with pytest.raises(NoApplicableRule):
        provide_by(date(2026, 9, 3), sent=date(2026, 8, 31))
    with pytest.raises(NoApplicableRule):
        extended_provide_by(date(2019, 1, 5))


def test_registered_as_the_2026_version_of_request_deadlines() -> None:
    r = applicable("request_deadlines", on=date(2026, 9, 1))
    assert r.rule_set == "law_01_2026"
    assert r.valid_from == date(2026, 9, 1) and r.valid_until is None


# --- properties -----------------------------------------------------------------------------

law_01_dates = st.dates(min_value=date(2026, 9, 1), max_value=date(2035, 10, 31))


@given(law_01_dates)
def test_deadlines_fall_on_working_days_and_never_early(day: date) -> None:
    out = request_deadlines(_req(day)).outcome
    assert out.respond_by is not None and out.extended_respond_by is not None
    assert PUBLIC_SECTOR.is_working_day(out.respond_by)
    assert PUBLIC_SECTOR.is_working_day(out.extended_respond_by)
    assert out.respond_by >= day + timedelta(days=12)
    assert out.extended_respond_by >= out.respond_by + timedelta(days=12)
    # the roll only passes rest days: every day from the 12th to the day before is a rest day
    d = day + timedelta(days=12)
    while d < out.respond_by:
        assert not PUBLIC_SECTOR.is_working_day(d)
        d += timedelta(days=1)


@given(law_01_dates)
def test_working_reading_is_never_shorter(day: date) -> None:
    cal = provide_by(day).outcome
    work = provide_by(day, period_unit="working").outcome
    assert work >= cal


@given(st.dates(min_value=date(2018, 1, 1), max_value=date(2026, 8, 31)))
def test_every_request_sent_before_the_law_raises(day: date) -> None:
    with pytest.raises(NoApplicableRule):
        request_deadlines(_req(date(2026, 9, 3), "post", sent_at=day))


# --- bad input -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "kwargs",
    [
        {"request": None},
        {"request": {"received_at": date(2026, 9, 3), "channel": "post"}},
        {"request": date(2026, 9, 3)},
        {"calendar": "national"},
        {"period_unit": "weeks"},
        {"extension_unit": 12},
        {"receipt": "whenever"},
        {"cutoff": "16:30"},
        {"strict": "yes"},
        {"trace": 1},
        {"unknown": 1},
    ],
)
def test_request_deadlines_bad_input(kwargs: dict[str, object]) -> None:
    args: dict[str, object] = {"request": _req(date(2026, 9, 3))}
    args.update(kwargs)
    with pytest.raises(InvalidInput):
        request_deadlines(**args)  # type: ignore[arg-type]


def test_request_model_bad_input() -> None:
    with pytest.raises(InvalidInput):
        _req(datetime(2026, 9, 3, 9, 30))  # naive
    with pytest.raises(InvalidInput):
        _req(date(2026, 9, 3), channel="pigeon")
    with pytest.raises(InvalidInput):  # sent after it was received
        request_deadlines(_req(date(2026, 9, 3), sent_at=date(2026, 9, 4)))
    with pytest.raises(InvalidInput):  # valid before it was received
        request_deadlines(_req(date(2026, 9, 3), validated_at=date(2026, 9, 2)))


@pytest.mark.parametrize("fn", [provide_by, extended_provide_by, extension_notice_by])
@pytest.mark.parametrize(
    "kwargs",
    [
        {"valid_request": None},
        {"valid_request": "2026-09-03"},
        {"valid_request": datetime(2026, 9, 3, 9, 30)},
        {"valid_request": date(2026, 9, 3), "sent": "2026-09-01"},
        {"valid_request": date(2026, 9, 3), "calendar": "national"},
        {"valid_request": date(2026, 9, 3), "period_unit": "weeks"},
        {"valid_request": date(2026, 9, 3), "strict": None},
        {"valid_request": date(2026, 9, 3), "unknown": 1},
    ],
)
def test_single_deadlines_bad_input(fn: object, kwargs: dict[str, object]) -> None:
    with pytest.raises(InvalidInput):
        fn(**kwargs)  # type: ignore[operator]


def test_extension_unit_bad_input() -> None:
    with pytest.raises(InvalidInput):
        extended_provide_by(date(2026, 9, 3), extension_unit="weeks")  # type: ignore[arg-type]
