"""request_timeline: due dates, verdicts and overdue duties. Dates worked by hand."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accessinfo.calendar import VN_TZ
from accessinfo.errors import AmbiguousReading, InvalidInput
from accessinfo.models.requests import InformationRequest
from accessinfo.tasks.timeline import Duty, RequestEvent, request_timeline

# Design example: complex e-mail request of Fri 9/1/2026 (Sat 10/1 a swapped working day):
# notice by Tue 13/1, answer by Thu 29/1, extension cap 29/1 + 15 = Fri 13/2.
DESIGN = InformationRequest(
    received_at=datetime(2026, 1, 9, 9, 30, tzinfo=VN_TZ),
    channel="electronic",
    complexity="complex",
)
# Complex post request of Tue 3/3/2026: notice 4, 5, 6 -> Fri 6/3; answer 4-6 (1-3),
# 9-13 (4-8), 16-20 (9-13), 23 (14), 24 (15) -> Tue 24/3; cap 24/3 + 15 = Thu 8/4.
POST = InformationRequest(received_at=date(2026, 3, 3), channel="post", complexity="complex")


def ev(kind: str, at: date | datetime, **kw: Any) -> RequestEvent:
    return RequestEvent(kind=kind, at=at, **kw)  # type: ignore[arg-type]


def duty(duties: tuple[Duty, ...], name: str) -> Duty:
    (found,) = [d for d in duties if d.name == name]
    return found


def test_everything_on_time_with_a_timely_extension() -> None:
    t = request_timeline(
        DESIGN,
        [
            ev("handling_notice_sent", date(2026, 1, 12)),
            ev("extension_notified", date(2026, 1, 28), extended_to=date(2026, 2, 10)),
            ev("provided", datetime(2026, 2, 9, 16, 0, tzinfo=VN_TZ)),
        ],
        as_of=date(2026, 2, 20),
    )
    o = t.outcome
    assert o.rule_set == "law_104_2016"
    assert [d.name for d in o.duties] == ["notify_handling_time", "notify_extension", "respond"]
    assert [d.status for d in o.duties] == ["on_time", "on_time", "on_time"]
    assert duty(o.duties, "notify_handling_time").due == date(2026, 1, 13)
    assert duty(o.duties, "notify_extension").due == date(2026, 1, 29)
    assert o.respond_due == date(2026, 2, 10) and o.extended is True
    assert o.answer == "provided" and o.answered_on == date(2026, 2, 9)
    assert o.overdue == () and o.breaches == ()
    assert t.readings["extension_notice"] == "within_original_period"
    assert any(c.id == "law_104_2016.art30.c4" for c in t.basis)


def test_late_extension_does_not_move_the_deadline() -> None:
    t = request_timeline(
        DESIGN,
        [
            ev("handling_notice_sent", date(2026, 1, 13)),
            ev("extension_notified", date(2026, 1, 30)),  # the day after the period ended
            ev("provided", date(2026, 2, 5)),
        ],
        as_of=date(2026, 2, 5),
    )
    o = t.outcome
    assert duty(o.duties, "notify_extension").status == "late"
    assert o.respond_due == date(2026, 1, 29) and o.extended is False
    assert duty(o.duties, "respond").status == "late"
    assert o.breaches == ("notify_extension", "respond")


def test_extension_beyond_the_cap_is_capped() -> None:
    t = request_timeline(
        DESIGN,
        [ev("extension_notified", date(2026, 1, 20), extended_to=date(2026, 3, 1))],
        as_of=date(2026, 2, 16),
    )
    o = t.outcome
    assert o.respond_due == date(2026, 2, 13)  # the cap of Art 30.4
    assert "exceeds the cap" in duty(o.duties, "notify_extension").explanation
    # no notice of the handling time by 13/1 and no answer: overdue; answer overdue after 13/2
    assert o.overdue == ("notify_handling_time", "respond")


def test_pending_then_overdue_as_time_passes() -> None:
    def statuses(as_of: date) -> list[str]:
        return [d.status for d in request_timeline(POST, [], as_of=as_of).outcome.duties]

    assert statuses(date(2026, 3, 6)) == ["pending", "pending"]  # 6/3 is the notice's last day
    assert statuses(date(2026, 3, 9)) == ["overdue", "pending"]
    assert statuses(date(2026, 3, 24)) == ["overdue", "pending"]  # answer due by end of 24/3
    assert statuses(date(2026, 3, 25)) == ["overdue", "overdue"]
    assert request_timeline(POST, [], as_of=date(2026, 3, 25)).outcome.overdue == (
        "notify_handling_time",
        "respond",
    )


def test_an_early_answer_makes_the_notice_moot_a_late_one_misses_it() -> None:
    early = request_timeline(POST, [ev("provided", date(2026, 3, 5))], as_of=date(2026, 3, 30))
    n = duty(early.outcome.duties, "notify_handling_time")
    assert (n.status, n.done_on) == ("on_time", date(2026, 3, 5))
    late = request_timeline(POST, [ev("provided", date(2026, 3, 10))], as_of=date(2026, 3, 30))
    assert duty(late.outcome.duties, "notify_handling_time").status == "missed"
    assert duty(late.outcome.duties, "respond").status == "on_time"
    assert late.outcome.breaches == ("notify_handling_time",)
    assert late.outcome.overdue == ()


def test_simple_in_person_is_due_at_once() -> None:
    req = InformationRequest(
        received_at=date(2026, 4, 23), channel="in_person", complexity="simple"
    )
    same = request_timeline(req, [ev("provided", date(2026, 4, 23))], as_of=date(2026, 4, 23))
    assert [(d.name, d.due, d.status) for d in same.outcome.duties] == [
        ("respond", date(2026, 4, 23), "on_time")
    ]
    next_day = request_timeline(req, [ev("provided", date(2026, 4, 24))], as_of=date(2026, 4, 24))
    assert next_day.outcome.duties[0].status == "late"


def test_no_extension_for_a_simple_request() -> None:
    # simple post of Tue 3/3/2026: 4, 5, 6, 9, 10 -> Tue 10/3
    req = POST.model_copy(update={"complexity": "simple"})
    t = request_timeline(req, [ev("extension_notified", date(2026, 3, 9))], as_of=date(2026, 3, 11))
    assert duty(t.outcome.duties, "notify_extension").status == "not_applicable"
    assert t.outcome.respond_due == date(2026, 3, 10)
    assert t.outcome.overdue == ("respond",)


def test_refusal_cites_the_written_reasons_rule() -> None:
    t = request_timeline(POST, [ev("refused", date(2026, 3, 20))], as_of=date(2026, 3, 20))
    r = duty(t.outcome.duties, "respond")
    assert r.status == "on_time" and t.outcome.answer == "refused"
    assert any(c.id == "law_104_2016.art28.c2" for c in r.basis)


def test_validated_event_starts_the_clock() -> None:
    # post simple first received Fri 25/4/2025, completed Mon 28/4: 29 (1), 30/4-2/5 rest,
    # 5 (2), 6 (3), 7 (4), 8 (5)
    req = InformationRequest(received_at=date(2025, 4, 25), channel="post", complexity="simple")
    t = request_timeline(
        req, [{"kind": "validated", "at": date(2025, 4, 28)}], as_of=date(2025, 5, 9)
    )
    assert t.outcome.deadlines.day_zero == date(2025, 4, 28)
    assert t.outcome.respond_due == date(2025, 5, 8)
    assert t.outcome.overdue == ("respond",)


def test_costs_do_not_stop_the_clock_by_default() -> None:
    events = [ev("costs_requested", date(2026, 3, 10)), ev("costs_paid", date(2026, 3, 26))]
    t = request_timeline(POST, events, as_of=date(2026, 3, 27))
    assert t.outcome.respond_due == date(2026, 3, 24)
    assert t.readings["costs_pause"] == "none"
    assert "respond" in t.outcome.overdue
    with pytest.raises(AmbiguousReading):
        request_timeline(POST, events, as_of=date(2026, 3, 27), costs_pause="raise")
    # "raise" only matters when costs were asked for
    assert request_timeline(POST, [], as_of=date(2026, 3, 4), costs_pause="raise").outcome


def test_law_104_request_still_open_after_1_september_2026() -> None:
    # sent 31/8, received Wed 2/9/2026 by post: notice by Mon 7/9; answer by Wed 23/9 (3, 4, 7-11,
    # 14-18, 21-23); extension cap 23/9 + 15 = Thu 8/10
    req = InformationRequest(
        received_at=date(2026, 9, 2),
        sent_at=date(2026, 8, 31),
        channel="post",
        complexity="complex",
    )
    t = request_timeline(
        req,
        [ev("handling_notice_sent", date(2026, 9, 4)), ev("extension_notified", date(2026, 9, 22))],
        as_of=date(2026, 10, 9),
    )
    assert t.rule_set == "law_104_2016"
    assert t.outcome.respond_due == date(2026, 10, 8)
    assert t.outcome.overdue == ("respond",)
    assert t.status == "provisional"  # Law 01/2026 Art 31.4 is from an unverified copy


def test_law_01_2026_request() -> None:
    # complex (Decree 337/2026 Art 10.4(b)), received Tue 1/9/2026: + 12 = Sun 13/9 -> Mon
    # 14/9; extension notice due before the end: Fri 11/9; extension 14/9 + 12 = Sat 26/9 -> 28/9
    req = InformationRequest(
        received_at=date(2026, 9, 1), channel="electronic", complexity="complex"
    )
    t = request_timeline(
        req,
        [ev("extension_notified", date(2026, 9, 10)), ev("provided", date(2026, 9, 25))],
        as_of=date(2026, 10, 1),
    )
    assert t.rule_set == "law_01_2026"
    assert [d.name for d in t.outcome.duties] == ["notify_extension", "respond"]
    assert t.outcome.respond_due == date(2026, 9, 28)
    assert duty(t.outcome.duties, "respond").status == "on_time"
    assert duty(t.outcome.duties, "respond").basis[0].id == "law_01_2026.art26.c3"
    assert duty(t.outcome.duties, "notify_extension").due == date(2026, 9, 11)
    assert t.status == "provisional"


@pytest.mark.parametrize(
    ("events", "as_of"),
    [
        ([ev("provided", date(2026, 3, 2))], date(2026, 3, 20)),  # before receipt
        ([ev("provided", date(2026, 3, 21))], date(2026, 3, 20)),  # after as_of
        ([ev("provided", date(2026, 3, 5)), ev("refused", date(2026, 3, 6))], date(2026, 3, 20)),
        ([ev("provided", date(2026, 3, 5)), ev("provided", date(2026, 3, 6))], date(2026, 3, 20)),
        ([ev("validated", date(2026, 3, 4)), ev("validated", date(2026, 3, 5))], date(2026, 3, 20)),
        (
            [ev("costs_requested", date(2026, 3, 6)), ev("costs_paid", date(2026, 3, 5))],
            date(2026, 3, 20),
        ),
        (
            [ev("provided", date(2026, 3, 5)), ev("extension_notified", date(2026, 3, 6))],
            date(2026, 3, 20),
        ),
        ([], date(2026, 3, 2)),  # as_of before receipt
        ("provided", date(2026, 3, 20)),
        ([("provided", date(2026, 3, 5))], date(2026, 3, 20)),
        ([{"kind": "answered", "at": date(2026, 3, 5)}], date(2026, 3, 20)),
        ([], datetime(2026, 3, 20, 9)),  # naive as_of
        ([], "2026-03-20"),
    ],
)
def test_contradictory_or_bad_events(events: Any, as_of: Any) -> None:
    with pytest.raises(InvalidInput):
        request_timeline(POST, events, as_of=as_of)


def test_bad_arguments() -> None:
    with pytest.raises(InvalidInput):
        RequestEvent(kind="provided", at=datetime(2026, 3, 5, 9))  # naive
    with pytest.raises(InvalidInput):
        RequestEvent(kind="provided", at=date(2026, 3, 5), extended_to=date(2026, 3, 9))
    with pytest.raises(InvalidInput):
        request_timeline("request", [], as_of=date(2026, 3, 20))  # type: ignore[arg-type]
    with pytest.raises(InvalidInput):
        request_timeline(POST, [], as_of=date(2026, 3, 20), costs_pause="maybe")  # type: ignore[arg-type]
    with pytest.raises(InvalidInput):
        request_timeline(POST, [])  # type: ignore[call-arg]
    with pytest.raises(InvalidInput):
        request_timeline(POST, [], as_of=date(2026, 3, 20), extension_unit="weeks")
    validated = POST.model_copy(update={"validated_at": date(2026, 3, 4)})
    with pytest.raises(InvalidInput):  # the event contradicts validated_at
        request_timeline(validated, [ev("validated", date(2026, 3, 5))], as_of=date(2026, 3, 20))
    with pytest.raises(InvalidInput):  # validated after as_of
        request_timeline(validated, [], as_of=date(2026, 3, 3))


@settings(max_examples=100, deadline=None)
@given(
    received=st.dates(min_value=date(2018, 7, 1), max_value=date(2026, 8, 31)),
    channel=st.sampled_from(["in_person", "electronic", "post", "fax"]),
    cx=st.sampled_from(["simple", "complex"]),
    answer_lag=st.integers(min_value=0, max_value=45),
    extra=st.integers(min_value=0, max_value=10),
)
def test_answer_verdict_matches_its_due_date(
    received: date, channel: str, cx: str, answer_lag: int, extra: int
) -> None:
    req = InformationRequest(received_at=received, channel=channel, complexity=cx)
    answered = received + timedelta(days=answer_lag)
    t = request_timeline(
        req, [ev("provided", answered)], as_of=answered + timedelta(days=extra)
    ).outcome
    r = duty(t.duties, "respond")
    assert r.status == ("on_time" if answered <= t.respond_due else "late")
    assert t.overdue == ()  # an answered request has nothing overdue
    silent = request_timeline(req, [], as_of=answered).outcome
    assert ("respond" in silent.overdue) == (answered > silent.respond_due)


def test_timeline_json_reads_back_without_naming_the_outcome_type() -> None:
    from accessinfo.surfaces.schema import load_decision
    from accessinfo.tasks.timeline import TIMELINE_RULE_ID, RequestTimeline

    req = InformationRequest(
        received_at=date(2026, 1, 9), channel="electronic", complexity="simple"
    )
    d = request_timeline(req, [], as_of=date(2026, 1, 20))
    assert d.rule_id == TIMELINE_RULE_ID
    back = load_decision(d.model_dump_json())
    assert isinstance(back.outcome, RequestTimeline) and back == d


# --- Decree 337/2026 events (Law 01/2026 requests) ------------------------------------------
# Simple, posted, valid Fri 20/11/2026: due Thu 26/11 (Mon 23, Tue 24 Culture Day off, Wed 25,
# Thu 26); extension notice due before the end: Wed 25/11; cap Tue 8/12 (26/11 + 12).
SIMPLE_01 = InformationRequest(received_at=date(2026, 11, 20), channel="post", complexity="simple")


def test_decree_337_forms_02_03_05_have_their_verdicts() -> None:
    t = request_timeline(
        SIMPLE_01,
        [
            ev("acknowledged", date(2026, 11, 20)),
            ev("resolution_notified", date(2026, 11, 23)),
            ev("refused", date(2026, 11, 25)),
        ],
        as_of=date(2026, 11, 30),
    )
    out = t.outcome
    assert [d.name for d in out.duties] == ["acknowledge", "notify_resolution", "respond"]
    ack = duty(out.duties, "acknowledge")
    assert (ack.due, ack.done_on, ack.status) == (None, date(2026, 11, 20), "no_due_date")
    assert ack.basis[0].id == "decree_337_2026.art9.c3"
    assert "set no date" in ack.explanation
    assert duty(out.duties, "notify_resolution").basis[0].id == "decree_337_2026.art9.c4"
    respond = duty(out.duties, "respond")
    assert (respond.due, respond.status) == (date(2026, 11, 26), "on_time")
    assert "decree_337_2026.art9.c6" in [c.id for c in respond.basis]
    assert "form 05" in respond.explanation
    assert out.breaches == () and out.overdue == ()


def test_decree_337_extension_notice_on_the_last_day_is_late_by_default() -> None:
    events = [ev("extension_notified", date(2026, 11, 26)), ev("provided", date(2026, 12, 4))]
    t = request_timeline(SIMPLE_01, events, as_of=date(2026, 12, 10))
    notice = duty(t.outcome.duties, "notify_extension")
    assert (notice.due, notice.status) == (date(2026, 11, 25), "late")
    # the late notice does not move the deadline: provided 4/12 after 26/11 is late
    assert duty(t.outcome.duties, "respond").status == "late"
    assert t.readings["extension_notice"] == "before_last_day"
    lenient = request_timeline(
        SIMPLE_01, events, as_of=date(2026, 12, 10), extension_notice="by_last_day"
    )
    assert duty(lenient.outcome.duties, "notify_extension").status == "on_time"
    assert lenient.outcome.respond_due == date(2026, 12, 8)  # cap: 26/11 + 12
    assert duty(lenient.outcome.duties, "respond").status == "on_time"


def test_provided_before_the_request_became_valid_is_refused() -> None:
    req = InformationRequest(received_at=date(2026, 3, 3), channel="post", complexity="simple")
    with pytest.raises(InvalidInput, match="before the request became valid"):
        request_timeline(
            req,
            [ev("validated", date(2026, 3, 6)), ev("provided", date(2026, 3, 5))],
            as_of=date(2026, 3, 20),
        )
    late_valid = InformationRequest(
        received_at=date(2026, 3, 3),
        validated_at=date(2026, 3, 6),
        channel="post",
        complexity="simple",
    )
    with pytest.raises(InvalidInput, match="before the request became valid"):
        request_timeline(late_valid, [ev("provided", date(2026, 3, 5))], as_of=date(2026, 3, 20))
    # provided on the day it became valid (Fri 6/3; Art 31.1 due Fri 13/3): on time
    ok = request_timeline(late_valid, [ev("provided", date(2026, 3, 6))], as_of=date(2026, 3, 20))
    assert duty(ok.outcome.duties, "respond").status == "on_time"


def test_decree_337_forms_on_a_law_104_request_are_only_noted() -> None:
    req = InformationRequest(received_at=date(2026, 3, 3), channel="post", complexity="simple")
    t = request_timeline(req, [ev("acknowledged", date(2026, 3, 3))], as_of=date(2026, 3, 4))
    assert [d.name for d in t.outcome.duties] == ["respond"]
    assert "do not apply" in t.explanation


# -- costs: the payment rule of the governing law (Law 104: Decree 13/2018 Art 13.2; Law
# 01/2026: Decree 337/2026 Art 14.1) ---------------------------------------------------------
# Complex request by post received Wed 2/9/2026 (a holiday; day zero under the calendar-date
# reading): Law 01/2026 (sent from 1/9/2026).
LAW_01_POST = InformationRequest(received_at=date(2026, 9, 2), channel="post", complexity="complex")


def test_costs_pause_names_the_payment_rule_of_the_governing_law() -> None:
    asked = [ev("costs_requested", date(2026, 3, 10))]
    with pytest.raises(AmbiguousReading) as law_104:
        request_timeline(POST, asked, as_of=date(2026, 3, 11), costs_pause="raise")
    assert "Decree No. 13/2018/NĐ-CP, Art. 13(2)" in law_104.value.message
    assert "khoản 2 Điều 13 Nghị định số 13/2018/NĐ-CP" in law_104.value.message_vi
    assert "337/2026" not in law_104.value.message

    asked = [ev("costs_requested", date(2026, 9, 3))]
    with pytest.raises(AmbiguousReading) as law_01:
        request_timeline(LAW_01_POST, asked, as_of=date(2026, 9, 4), costs_pause="raise")
    assert "Decree No. 337/2026/NĐ-CP, Art. 14(1)" in law_01.value.message
    assert "khoản 1 Điều 14 Nghị định số 337/2026/NĐ-CP" in law_01.value.message_vi
    assert "13/2018" not in law_01.value.message


def test_costs_cite_the_payment_rule_and_refusal_ground_of_the_governing_law() -> None:
    t = request_timeline(POST, [ev("costs_requested", date(2026, 3, 10))], as_of=date(2026, 3, 11))
    ids = {c.id for c in duty(t.outcome.duties, "respond").basis}
    assert {"decree_13_2018.art13.c2", "law_104_2016.art28.c1.pe"} <= ids
    assert "decree_337_2026.art14.c1" not in {c.id for c in t.basis}
    assert "Decree No. 13/2018/NĐ-CP, Art. 13(2) requires payment" in t.explanation

    t = request_timeline(
        LAW_01_POST, [ev("costs_requested", date(2026, 9, 3))], as_of=date(2026, 9, 4)
    )
    ids = {c.id for c in duty(t.outcome.duties, "respond").basis}
    assert {"decree_337_2026.art14.c1", "law_01_2026.art27.c6"} <= ids
    assert not any(c.instrument.id == "decree_13_2018" for c in t.basis)
    assert "khoản 1 Điều 14 Nghị định số 337/2026/NĐ-CP" in (t.explanation_vi or "")
    # paid: the ground to refuse is not mentioned
    t = request_timeline(
        LAW_01_POST,
        [ev("costs_requested", date(2026, 9, 3)), ev("costs_paid", date(2026, 9, 4))],
        as_of=date(2026, 9, 4),
    )
    assert "law_01_2026.art27.c6" not in {c.id for c in duty(t.outcome.duties, "respond").basis}


# Simple information asked for in person on Thu 20/8/2026 (Law 104 Art 29.1): provided at
# once, day zero 20/8; every date of the request falls before 1/9/2026, so only the costs can
# carry Decree 13/2018 past its end.
AT_ONCE = InformationRequest(
    received_at=date(2026, 8, 20), channel="in_person", complexity="simple"
)


def test_law_104_costs_awaited_after_decree_13_ended_are_provisional() -> None:
    asked = [ev("costs_requested", date(2026, 8, 20))]
    before = request_timeline(AT_ONCE, asked, as_of=date(2026, 8, 31))
    assert before.status == "final" and before.caveats == ()
    assert request_timeline(AT_ONCE, asked, as_of=date(2026, 8, 31), strict=True).final

    after = request_timeline(AT_ONCE, asked, as_of=date(2026, 9, 1))
    assert after.status == "provisional"
    assert any("no saving clause" in c for c in after.caveats)
    assert any("không có quy định chuyển tiếp" in c for c in after.caveats_vi)
    assert {"decree_337_2026.art15.c3", "law_01_2026.art31.c4"} <= {c.id for c in after.basis}
    # the provisions cited for the decree's end rest on unverified copies: said, as by @rule
    assert any("Law No. 01/2026/QH16: text from an unverified source" in c for c in after.caveats)
    with pytest.raises(AmbiguousReading, match="no saving clause"):
        request_timeline(AT_ONCE, asked, as_of=date(2026, 9, 1), strict=True)

    # paid on Fri 28/8: the wait for payment ended while the decree was in force
    paid = [*asked, ev("costs_paid", date(2026, 8, 28)), ev("provided", date(2026, 9, 2))]
    t = request_timeline(AT_ONCE, paid, as_of=date(2026, 9, 4))
    assert not any("no saving clause" in c for c in t.caveats)
    assert duty(t.outcome.duties, "respond").status == "late"
    # answered on 31/8 without payment: nothing applied the decree after it ended
    t = request_timeline(
        AT_ONCE, [*asked, ev("provided", date(2026, 8, 31))], as_of=date(2026, 9, 4)
    )
    assert not any("no saving clause" in c for c in t.caveats)


def test_every_duty_and_the_timeline_speak_vietnamese() -> None:
    t = request_timeline(
        DESIGN,
        [
            ev("handling_notice_sent", date(2026, 1, 12)),
            ev("extension_notified", date(2026, 1, 28), extended_to=date(2026, 3, 10)),
            ev("costs_requested", date(2026, 1, 14)),
            ev("costs_paid", date(2026, 1, 15)),
            ev("acknowledged", date(2026, 1, 12)),
            ev("provided", date(2026, 2, 9)),
        ],
        as_of=date(2026, 2, 20),
    )
    assert all(d.explanation_vi for d in t.outcome.duties)
    vi = t.explanation_vi or ""
    assert vi.startswith("Tính đến ngày 20/02/2026: mọi nghĩa vụ đã được thực hiện đúng hạn.")
    # the announced 10/3 exceeds the cap 13/2: extended to 13/2 only
    assert "vượt quá thời hạn gia hạn tối đa" in vi and "13/02/2026" in vi
    assert "Mẫu số 02" in vi  # a form of Decree 337 recorded on a Law 104 request: a note
    assert "[chưa có bản tiếng Việt]" not in vi
    late = request_timeline(POST, [], as_of=date(2026, 3, 27))
    # notice due Fri 6/3, answer due Tue 24/3 (see POST above): both overdue on 27/3
    assert (late.explanation_vi or "").startswith(
        "Tính đến ngày 27/03/2026: việc thông báo thời hạn giải quyết đã quá hạn (hạn là ngày "
        "06/03/2026, chưa thực hiện); việc cung cấp thông tin hoặc từ chối đã quá hạn (hạn là "
        "ngày 24/03/2026, chưa thực hiện)."
    )
    assert late.explanation.startswith(
        "As of 2026-03-27: the notice of the handling time is overdue (due 2026-03-06, not done "
        "yet); the answer is overdue (due 2026-03-24, not done yet)."
    )
