"""Calendar files: parsed back with icalendar, dates and alarms worked by hand.

Dates: received Tue 3/3/2026, complex, electronic (Law 104 Art 30.4): notice of the handling
time within 3 working days (4, 5, 6 March: Fri 6/3), answer within 15 (4–6, 9–13, 16–20, 23,
24 March: Tue 24/3); no holiday in March 2026. Tết 2026: 16–20/2 off (Công văn
10065/VPCP-KGVX); Sat 10/1/2026 worked for Fri 2/1 (Công văn 12729/VPCP-KGVX).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from icalendar import Calendar

from accessinfo.calendar import PUBLIC_SECTOR, VN_TZ, WorkingDays
from accessinfo.errors import InvalidInput
from accessinfo.models.requests import InformationRequest
from accessinfo.surfaces.cli.calendar_cmds import special_days_decision
from accessinfo.surfaces.ics import calendar_ics, decision_ics, due_dates, to_ics
from accessinfo.tasks.access import request_costs
from accessinfo.tasks.outages import PortalIncident, incident_duties
from accessinfo.tasks.requests import request_deadlines
from accessinfo.tasks.timeline import RequestEvent, request_timeline

REQ = InformationRequest(
    received_at=date(2026, 3, 3), channel="electronic", complexity="complex", reference="HS/42"
)


def events(data: bytes) -> dict[str, Any]:
    cal = Calendar.from_ical(data)
    return {str(e["uid"]): e for e in cal.walk("VEVENT")}


def alarm_at(event: Any) -> datetime | None:
    alarms = event.walk("VALARM")
    if not alarms:
        return None
    when = alarms[0].decoded("trigger")
    assert isinstance(when, datetime)
    return when


def vn(d: date, hour: int = 8) -> datetime:
    return datetime(d.year, d.month, d.day, hour, tzinfo=VN_TZ).astimezone(UTC)


def test_request_deadlines_one_all_day_event_each() -> None:
    d = request_deadlines(REQ)
    ev = events(decision_ics(d, key=REQ.reference))
    assert set(ev) == {
        "HS-42-notify_by@accessinfo",
        "HS-42-respond_by@accessinfo",
        "HS-42-extension_notice_by@accessinfo",  # within the original period (Art 30.4)
        "HS-42-extended_respond_by@accessinfo",
    }
    assert ev["HS-42-extension_notice_by@accessinfo"].decoded("dtstart") == date(2026, 3, 24)
    respond = ev["HS-42-respond_by@accessinfo"]
    assert respond.decoded("dtstart") == date(2026, 3, 24)
    assert respond.decoded("dtend") == date(2026, 3, 25)
    assert respond["dtstart"].params["VALUE"] == "DATE"  # all day, no time zone games
    assert ev["HS-42-notify_by@accessinfo"].decoded("dtstart") == date(2026, 3, 6)
    # the reminder: 08:00 Vietnam time on the working day before (Mon 23/3)
    assert alarm_at(respond) == vn(date(2026, 3, 23))
    text = str(respond["description"])
    assert "Law No. 104/2016/QH13, Art. 30(4)" in text and d.explanation in text
    assert str(respond["summary"]).startswith("[HS/42] ")
    assert str(respond["status"]) == "CONFIRMED"


def test_alarm_skips_rest_days_by_our_calendar() -> None:
    # Fri 13/2/2026 + 1 working day: Tết 16–20/2 and the weekends off -> Mon 23/2;
    # the working day before Mon 23/2 is Fri 13/2, not Sunday 22/2
    d = PUBLIC_SECTOR.add(date(2026, 2, 13), WorkingDays(1), trace=True)
    assert d.outcome == date(2026, 2, 23)
    (event,) = events(decision_ics(d, key="tet")).values()
    assert alarm_at(event) == vn(date(2026, 2, 13))
    # a due date on Mon 12/1/2026: the working day before is the swapped Saturday 10/1
    d2 = PUBLIC_SECTOR.add(date(2026, 1, 9), WorkingDays(2), trace=True)
    assert d2.outcome == date(2026, 1, 12)
    (event,) = events(decision_ics(d2, key="swap")).values()
    assert alarm_at(event) == vn(date(2026, 1, 10))


def test_stable_uids_update_instead_of_duplicating() -> None:
    first = request_timeline(
        REQ,
        [RequestEvent(kind="handling_notice_sent", at=date(2026, 3, 5))],
        as_of=date(2026, 3, 20),
    )
    later = request_timeline(
        REQ,
        [
            RequestEvent(kind="handling_notice_sent", at=date(2026, 3, 5)),
            RequestEvent(
                kind="extension_notified", at=date(2026, 3, 20), extended_to=date(2026, 4, 3)
            ),
        ],
        as_of=date(2026, 3, 25),
    )
    a, b = events(decision_ics(first, key="HS/42")), events(decision_ics(later, key="HS/42"))
    uid = "HS-42-respond_by@accessinfo"
    assert a[uid].decoded("dtstart") == date(2026, 3, 24)
    assert b[uid].decoded("dtstart") == date(2026, 4, 3)  # the same event, moved
    assert set(a) <= set(b)  # only the new duty (notify_extension) is added
    assert b[uid].decoded("dtstamp") > a[uid].decoded("dtstamp")  # as_of 25/3 after 20/3
    # the deadlines exported first, then the timeline: the same events, updated
    plain = events(decision_ics(request_deadlines(REQ), key="HS/42"))
    assert {"HS-42-respond_by@accessinfo", "HS-42-notify_by@accessinfo"} <= set(plain) & set(b)
    # same input, same bytes; without a key a digest of the law, channel and day zero is used,
    # the same for the deadlines and the timeline of one request
    assert decision_ics(first) == decision_ics(first)
    assert set(events(decision_ics(first))) != set(a)
    no_key_timeline = set(events(decision_ics(first)))
    no_key_deadlines = set(events(decision_ics(request_deadlines(REQ))))
    assert {u for u in no_key_timeline if u.endswith("respond_by@accessinfo")} <= no_key_deadlines


def test_done_duties_have_no_alarm() -> None:
    t = request_timeline(
        REQ,
        [RequestEvent(kind="handling_notice_sent", at=date(2026, 3, 5))],
        as_of=date(2026, 3, 20),
    )
    ev = events(decision_ics(t, key="x", lang="vi"))
    done = ev["x-notify_by@accessinfo"]
    assert alarm_at(done) is None
    assert "đã thực hiện ngày 05/03/2026" in str(done["summary"])
    assert alarm_at(ev["x-respond_by@accessinfo"]) == vn(date(2026, 3, 23))


def test_vietnamese_text_in_the_description() -> None:
    from accessinfo.articles.law_01_2026.art_28 import self_correction_by

    d = self_correction_by(date(2026, 9, 10))
    assert d.explanation_vi
    (event,) = events(decision_ics(d, key="c", lang="vi")).values()
    text = str(event["description"])
    assert text.index(d.explanation_vi) < text.index(d.explanation)  # Vietnamese first
    assert "Điều 28" in text
    assert str(event["status"]) == "TENTATIVE"  # Law 01/2026 is provisional (unverified text)
    assert "(tạm tính)" in str(event["summary"])
    (en,) = events(decision_ics(d, key="c")).values()
    assert str(en["description"]).index(d.explanation) < str(en["description"]).index(
        d.explanation_vi
    )


def test_provide_at_once_is_due_on_day_zero() -> None:
    d = request_deadlines(
        InformationRequest(received_at=date(2026, 3, 3), channel="in_person", complexity="simple")
    )
    assert [(x.label, x.due) for x in due_dates(d)] == [("provide_at_once", date(2026, 3, 3))]


def test_incident_duties() -> None:
    d = incident_duties(
        PortalIncident(occurred_at=date(2026, 2, 13), expected_recovery=date(2026, 2, 23))
    )
    ev = events(decision_ics(d, key="NSW-1"))
    assert ev["NSW-1-post_on_portal@accessinfo"].decoded("dtstart") == date(2026, 2, 13)
    # reconcile within 1 working day after recovery on Mon 23/2: Tue 24/2
    assert ev["NSW-1-reconcile_data@accessinfo"].decoded("dtstart") == date(2026, 2, 24)
    assert "NSW-1-notify_declarants@accessinfo" not in ev  # no date in the decree


def test_working_calendar_of_a_year() -> None:
    data = calendar_ics(PUBLIC_SECTOR, 2026, lang="vi")
    cal = Calendar.from_ical(data)
    ev = {e.decoded("dtstart"): e for e in cal.walk("VEVENT")}
    special = PUBLIC_SECTOR.special_days(2026)
    assert set(ev) == {i.date for i in special}
    assert len({str(e["uid"]) for e in cal.walk("VEVENT")}) == len(special)
    sat = ev[date(2026, 1, 10)]
    assert str(sat["summary"]).startswith("Ngày làm việc:")
    assert "12729/VPCP-KGVX" in str(sat["description"])
    assert str(ev[date(2026, 9, 2)]["summary"]).startswith("Ngày nghỉ:")
    assert str(cal["x-wr-calname"]) == "Lịch ngày làm việc khu vực công 2026"
    assert calendar_ics(PUBLIC_SECTOR, 2026, lang="vi") == data  # same calendar, same file
    # projected days are tentative
    later = Calendar.from_ical(calendar_ics(PUBLIC_SECTOR, [2028]))
    assert {str(e["status"]) for e in later.walk("VEVENT")} == {"TENTATIVE"}


def test_special_days_decision_as_a_calendar() -> None:
    d = special_days_decision(PUBLIC_SECTOR, 2026)
    cal = Calendar.from_ical(to_ics(d))
    assert {e.decoded("dtstart") for e in cal.walk("VEVENT")} == {i.date for i in d.outcome}
    one = Calendar.from_ical(to_ics(d.model_copy(update={"outcome": d.outcome[0]})))
    assert [e.decoded("dtstart") for e in one.walk("VEVENT")] == [d.outcome[0].date]


def test_refusals() -> None:
    from accessinfo.models.access import CostOrder

    costs = request_costs(CostOrder(), sent=date(2026, 3, 2))
    with pytest.raises(InvalidInput, match="no due date"):
        to_ics(costs)
    d = request_deadlines(REQ)
    for bad in (
        {"lang": "fr"},
        {"key": ""},
        {"key": 5},
        {"stamp": datetime(2026, 1, 1)},
        {"calendar": "public"},
    ):
        with pytest.raises(InvalidInput):
            decision_ics(d, **bad)  # type: ignore[arg-type]
    with pytest.raises(InvalidInput):
        to_ics("not a decision")  # type: ignore[arg-type]
    with pytest.raises(InvalidInput):
        due_dates("not a decision")  # type: ignore[arg-type]
    with pytest.raises(InvalidInput):
        calendar_ics(PUBLIC_SECTOR, [])
    with pytest.raises(InvalidInput):
        calendar_ics(PUBLIC_SECTOR, True)
    with pytest.raises(InvalidInput):
        calendar_ics("public", 2026)  # type: ignore[arg-type]
    # found by make fuzz (seed 376329965): None reached list() as a TypeError
    for junk in (None, "2026", 2026.0, [2026, None], [2026, "2027"]):
        with pytest.raises(InvalidInput):
            calendar_ics(PUBLIC_SECTOR, junk)  # type: ignore[arg-type]


def test_stamp_given() -> None:
    d = request_deadlines(REQ)
    stamp = datetime(2026, 3, 3, 10, 0, tzinfo=VN_TZ)
    (e, *_) = events(decision_ics(d, key="k", stamp=stamp)).values()
    assert e.decoded("dtstamp") == stamp.astimezone(UTC)


@settings(max_examples=40, deadline=None)
@given(
    day=st.dates(date(2018, 7, 1), date(2027, 11, 30)),
    channel=st.sampled_from(["in_person", "electronic", "post", "fax"]),
    complexity=st.sampled_from(["simple", "complex"]),
)
def test_every_due_date_becomes_an_event_with_a_working_day_alarm(
    day: date, channel: str, complexity: str
) -> None:
    req = InformationRequest(received_at=day, channel=channel, complexity=complexity)
    d = request_deadlines(req)
    wanted = sorted(x.due for x in due_dates(d))
    got = Calendar.from_ical(decision_ics(d))
    evs = list(got.walk("VEVENT"))
    assert sorted(e.decoded("dtstart") for e in evs) == wanted
    for e in evs:
        due = e.decoded("dtstart")
        when = alarm_at(e)
        assert when is not None
        ring = when.astimezone(VN_TZ)
        assert ring.hour == 8 and PUBLIC_SECTOR.is_working_day(ring.date())
        assert ring.date() < due
        between = [ring.date() + timedelta(days=i) for i in range(1, (due - ring.date()).days)]
        assert not any(PUBLIC_SECTOR.is_working_day(x) for x in between)
