"""The request_deadlines facade and the Law 104 version (chapter_3). Dates worked by hand."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from accessinfo.articles.law_104_2016 import chapter_3
from accessinfo.calendar import PUBLIC_SECTOR, VN_TZ
from accessinfo.errors import AmbiguousReading, InvalidInput, NoApplicableRule, UnverifiedText
from accessinfo.models.requests import InformationRequest
from accessinfo.tasks.requests import governing_rule_set, request_deadlines

CASES = Path(__file__).parent / "cases" / "law_104_2016" / "chapter_3.yaml"
GOLDEN = yaml.safe_load(CASES.read_text(encoding="utf-8"))


def test_golden_file_has_a_source() -> None:
    assert GOLDEN["source"].strip()
    assert len(GOLDEN["cases"]) >= 10


@pytest.mark.parametrize("case", GOLDEN["cases"], ids=lambda c: c["name"])
def test_golden_law_104_cases(case: dict[str, Any]) -> None:
    req = InformationRequest(
        received_at=case["received"],
        sent_at=case.get("sent"),
        channel=case["channel"],
        complexity=case["complexity"],
        delivery=case.get("delivery"),
    )
    d = request_deadlines(req)
    assert d.rule_set == "law_104_2016"
    assert d.outcome.day_zero == case["received"]
    assert d.outcome.delivery == case.get("delivery", case["channel"])
    assert d.outcome.notify_by == case["notify_by"]
    assert d.outcome.respond_by == case["respond_by"]
    assert d.outcome.extended_respond_by == case["extended_respond_by"]
    assert d.outcome.provide_at_once is case.get("provide_at_once", False)
    if "extension_notice_by" in case:
        assert d.outcome.extension_notice_by == case["extension_notice_by"]
    for day in (case["notify_by"], case["respond_by"], case["extended_respond_by"]):
        assert day is None or PUBLIC_SECTOR.is_working_day(day)
    if "basis" in case:  # every citation, in order (tests/test_golden_basis.py explains why)
        assert [c.id for c in d.basis] == case["basis"]


def test_the_request_deadline_cases_pin_their_basis() -> None:
    assert sum("basis" in c for c in GOLDEN["cases"]) >= 16


def test_design_example() -> None:
    req = InformationRequest(
        received_at=datetime(2026, 1, 9, 9, 30, tzinfo=VN_TZ),
        channel="electronic",
        complexity="complex",
    )
    d = request_deadlines(req)
    assert (d.outcome.notify_by, d.outcome.respond_by, d.outcome.extended_respond_by) == (
        date(2026, 1, 13),
        date(2026, 1, 29),
        date(2026, 2, 13),
    )
    assert d.status == "final" and not d.caveats
    ids = [c.id for c in d.basis]
    assert ids[0] == "law_104_2016.art27"
    assert "law_104_2016.art30.c4" in ids and "code_91_2015.art147.c3" in ids
    assert d.readings == {
        "receipt": "calendar_date",
        "transition_trigger": "sent",
        "extension_unit": "calendar",
        "delivery_default": "channel",  # e-mailed, answered over the network
        "electronic_conditions": "assumed_met",  # Art 30.1 conditions not stated
    }


def test_simple_in_person_is_provided_at_once() -> None:
    d = request_deadlines(
        InformationRequest(received_at=date(2025, 8, 29), channel="in_person", complexity="simple")
    )
    assert d.outcome.provide_at_once is True
    assert d.outcome.respond_by is None and d.outcome.notify_by is None
    assert d.outcome.extended_respond_by is None
    assert any(c.id == "law_104_2016.art29.c1" for c in d.basis)
    assert "extension_unit" not in d.readings


def test_validated_at_starts_the_clock() -> None:
    # first receipt Fri 25/4/2025, completed Mon 28/4: 29 (1), 30/4-2/5 rest, 5 (2), 6 (3),
    # 7 (4), 8 (5)
    req = InformationRequest(
        received_at=date(2025, 4, 25),
        validated_at=date(2025, 4, 28),
        channel="post",
        complexity="simple",
    )
    d = request_deadlines(req)
    assert d.outcome.day_zero == date(2025, 4, 28)
    assert d.outcome.respond_by == date(2025, 5, 8)


def test_receipt_on_a_rest_day() -> None:
    # Sat 14/2/2026 (before Tết, 16-20/2). Calendar date: 23 (1), 24 (2), 25 (3).
    req = InformationRequest(
        received_at=date(2026, 2, 14), channel="electronic", complexity="simple"
    )
    assert request_deadlines(req).outcome.respond_by == date(2026, 2, 25)
    # next_working_day: deemed received Mon 23/2 -> 24 (1), 25 (2), 26 (3)
    d = request_deadlines(req, receipt="next_working_day", trace=True)
    assert d.outcome.day_zero == date(2026, 2, 23)
    assert d.outcome.respond_by == date(2026, 2, 26)
    assert d.readings["receipt"] == "next_working_day"
    assert d.trace is not None and d.trace[0].label == "day_zero"


def test_cutoff_after_hours() -> None:
    # Fri 9/1/2026 at 17:30, cut-off 17:00: deemed received Sat 10/1 (a swapped working day);
    # then Mon 12 (1), Tue 13 (2), Wed 14 (3)
    req = InformationRequest(
        received_at=datetime(2026, 1, 9, 17, 30, tzinfo=VN_TZ),
        channel="electronic",
        complexity="simple",
    )
    d = request_deadlines(req, receipt="next_working_day", cutoff=time(17, 0))
    assert d.outcome.day_zero == date(2026, 1, 10)
    assert d.outcome.respond_by == date(2026, 1, 14)
    assert d.readings["cutoff"] == "17:00:00"
    # the same instant given in UTC is the same VN date
    utc = InformationRequest(
        received_at=datetime(2026, 1, 9, 2, 30, tzinfo=UTC),  # 09:30 in Vietnam
        channel="electronic",
        complexity="simple",
    )
    assert request_deadlines(utc).outcome.respond_by == date(2026, 1, 13)


def test_extension_readings() -> None:
    req = InformationRequest(received_at=date(2019, 8, 30), channel="fax", complexity="complex")
    # 2/9/2019 (Mon) only. Answer: 3-6 (1-4), 9-13 (5-9), 16-20 (10-14), 23 (15);
    # extension 23/9 + 15 calendar days = Tue 8/10; as working days: 24-27 (1-4),
    # 30/9-4/10 (5-9), 7-11 (10-14), 14/10 (15)
    assert request_deadlines(req).outcome.extended_respond_by == date(2019, 10, 8)
    w = request_deadlines(req, extension_unit="working")
    assert w.outcome.extended_respond_by == date(2019, 10, 14)
    assert w.readings["extension_unit"] == "working"
    with pytest.raises(AmbiguousReading):
        request_deadlines(req, extension_unit="raise")
    # a simple request has no extension: the reading is not needed, so "raise" does not raise
    simple = req.model_copy(update={"complexity": "simple"})
    assert request_deadlines(simple, extension_unit="raise").outcome.extended_respond_by is None


def test_trace_labels() -> None:
    req = InformationRequest(received_at=date(2026, 1, 9), channel="post", complexity="complex")
    d = request_deadlines(req, trace=True)
    assert d.trace is not None
    labels = [s.label for s in d.trace]
    assert labels == sorted(labels, key=["notify_by", "respond_by", "extended_respond_by"].index)
    ends = {s.label: s.date for s in d.trace if s.action == "end"}
    assert ends == {
        "notify_by": d.outcome.notify_by,
        "respond_by": d.outcome.respond_by,
        "extended_respond_by": d.outcome.extended_respond_by,
    }
    assert request_deadlines(req).trace is None


def test_law_104_request_still_open_after_1_september_2026() -> None:
    # sent Mon 31/8/2026 by post, received Wed 2/9 (a holiday; calendar date is day zero).
    # notice: 3 (1), 4 (2), 7 (3); answer: 3, 4 (1-2), 7-11 (3-7), 14-18 (8-12), 21-23 (13-15);
    # extension 23/9 + 15 = Thu 8/10
    req = InformationRequest(
        received_at=date(2026, 9, 2),
        sent_at=date(2026, 8, 31),
        channel="post",
        complexity="complex",
    )
    d = request_deadlines(req)
    assert d.rule_set == "law_104_2016"
    assert d.outcome.notify_by == date(2026, 9, 7)
    assert d.outcome.respond_by == date(2026, 9, 23)
    assert d.outcome.extended_respond_by == date(2026, 10, 8)
    assert any(c.id == "law_01_2026.art31.c4" for c in d.basis)
    assert d.status == "provisional"  # the transition rule's text is unverified
    with pytest.raises(UnverifiedText):
        request_deadlines(req, strict=True)


def test_request_sent_on_1_september_2026_gets_law_01_2026() -> None:
    # 1/9/2026 + 12 calendar days = Sun 13/9 -> Mon 14/9 (Civil Code Art 148.5)
    req = InformationRequest(received_at=date(2026, 9, 1), channel="post", complexity="complex")
    d = request_deadlines(req)
    assert d.rule_set == "law_01_2026"
    assert d.outcome.respond_by == date(2026, 9, 14)
    assert d.outcome.notify_by is None
    assert governing_rule_set(req) == "law_01_2026"
    # Decree 337/2026 Art 10.4 distinguishes simple and complex again: complexity is required
    no_cx = InformationRequest(received_at=date(2026, 9, 1), channel="post")
    with pytest.raises(InvalidInput, match="thông tin đơn giản, có sẵn"):
        request_deadlines(no_cx)


def test_before_law_104() -> None:
    req = InformationRequest(received_at=date(2018, 6, 29), channel="post", complexity="simple")
    with pytest.raises(NoApplicableRule):
        request_deadlines(req)
    with pytest.raises(NoApplicableRule):
        governing_rule_set(req)
    first = InformationRequest(received_at=date(2018, 7, 2), channel="post", complexity="simple")
    # Mon 2/7/2018: 3, 4, 5, 6, 9 July
    assert request_deadlines(first).outcome.respond_by == date(2018, 7, 9)


def test_law_104_version_refuses_law_01_requests() -> None:
    req = InformationRequest(received_at=date(2026, 9, 1), channel="post", complexity="simple")
    with pytest.raises(NoApplicableRule):
        chapter_3.request_deadlines(req)


@pytest.mark.parametrize(
    ("request_kwargs", "call_kwargs"),
    [
        ({"received_at": date(2026, 3, 3), "channel": "post"}, {}),  # no complexity
        (
            {
                "received_at": date(2026, 3, 3),
                "sent_at": date(2026, 3, 4),
                "channel": "post",
                "complexity": "simple",
            },
            {},
        ),
        (
            {
                "received_at": date(2026, 3, 3),
                "validated_at": date(2026, 3, 2),
                "channel": "post",
                "complexity": "simple",
            },
            {},
        ),
        (
            {
                "received_at": datetime(2026, 3, 3, 10, tzinfo=VN_TZ),
                "validated_at": datetime(2026, 3, 3, 9, tzinfo=VN_TZ),
                "channel": "post",
                "complexity": "simple",
            },
            {},
        ),
        (
            {"received_at": date(2026, 3, 3), "channel": "post", "complexity": "simple"},
            {"strict": 1},
        ),
        (
            {"received_at": date(2026, 3, 3), "channel": "post", "complexity": "simple"},
            {"calendar": "public"},
        ),
        (
            {"received_at": date(2026, 3, 3), "channel": "post", "complexity": "simple"},
            {"extension_unit": "weeks"},
        ),
        (
            {"received_at": date(2026, 3, 3), "channel": "post", "complexity": "simple"},
            {"period_unit": "months"},
        ),
        (
            {"received_at": date(2026, 3, 3), "channel": "post", "complexity": "simple"},
            {"receipt": "whenever"},
        ),
        (
            {"received_at": date(2026, 3, 3), "channel": "post", "complexity": "simple"},
            {"cutoff": "17:00"},
        ),
        (
            {"received_at": date(2026, 3, 3), "channel": "post", "complexity": "simple"},
            {"unknown": True},
        ),
    ],
)
def test_bad_input(request_kwargs: dict[str, Any], call_kwargs: dict[str, Any]) -> None:
    req = InformationRequest(**request_kwargs)
    with pytest.raises(InvalidInput):
        request_deadlines(req, **call_kwargs)


@pytest.mark.parametrize(
    "bad",
    [None, "2026-03-03", {"received_at": date(2026, 3, 3), "channel": "post"}, date(2026, 3, 3)],
)
def test_bad_request_object(bad: object) -> None:
    with pytest.raises(InvalidInput):
        request_deadlines(bad)  # type: ignore[arg-type]
    with pytest.raises(InvalidInput):
        governing_rule_set(bad)  # type: ignore[arg-type]


def test_bad_request_model() -> None:
    with pytest.raises(InvalidInput):
        InformationRequest(received_at=datetime(2026, 3, 3, 9), channel="post")  # naive
    with pytest.raises(InvalidInput):
        InformationRequest(received_at=date(2026, 3, 3), channel="carrier_pigeon")


# -- properties --------------------------------------------------------------------------

LAW_104_DAYS = st.dates(min_value=date(2018, 7, 1), max_value=date(2026, 8, 31))
CHANNELS = st.sampled_from(["in_person", "electronic", "post", "fax"])


@settings(max_examples=150, deadline=None)
@given(day=LAW_104_DAYS, channel=CHANNELS, cx=st.sampled_from(["simple", "complex"]))
def test_deadlines_never_fall_on_a_rest_day(day: date, channel: str, cx: str) -> None:
    d = request_deadlines(InformationRequest(received_at=day, channel=channel, complexity=cx))
    o = d.outcome
    for due in (o.notify_by, o.respond_by, o.extended_respond_by):
        assert due is None or PUBLIC_SECTOR.is_working_day(due)
    chain = [x for x in (o.notify_by, o.respond_by, o.extended_respond_by) if x is not None]
    assert chain == sorted(chain) and all(x > day for x in chain)


@settings(max_examples=150, deadline=None)
@given(day=LAW_104_DAYS, channel=CHANNELS)
def test_complex_is_never_before_simple(day: date, channel: str) -> None:
    def due(cx: str) -> date:
        o = request_deadlines(
            InformationRequest(received_at=day, channel=channel, complexity=cx)
        ).outcome
        return o.day_zero if o.provide_at_once else o.respond_by  # type: ignore[return-value]

    assert due("complex") >= due("simple")


@settings(max_examples=150, deadline=None)
@given(
    sent=st.dates(min_value=date(2018, 7, 1), max_value=date(2035, 10, 31)),
    lag=st.integers(min_value=0, max_value=20),
    channel=CHANNELS,
)
def test_law_follows_the_sending_date(sent: date, lag: int, channel: str) -> None:
    req = InformationRequest(
        received_at=sent + timedelta(days=lag), sent_at=sent, channel=channel, complexity="complex"
    )
    want = "law_104_2016" if sent < date(2026, 9, 1) else "law_01_2026"
    assert request_deadlines(req).rule_set == want
    assert governing_rule_set(req) == want
