"""Law 01/2026 Art 31: which law governs a request; back-publication within 6 months."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from accessinfo.articles.law_01_2026.art_26 import request_deadlines
from accessinfo.articles.law_01_2026.art_31 import back_publication_by, governing_law
from accessinfo.calendar import PUBLIC_SECTOR, VN_TZ
from accessinfo.errors import AmbiguousReading, InvalidInput, NoApplicableRule, UnverifiedText
from accessinfo.models.requests import InformationRequest


def _req(received: date | datetime, sent: date | datetime | None = None) -> InformationRequest:
    return InformationRequest(
        received_at=received, sent_at=sent, channel="post", complexity="complex"
    )


def test_c4_posted_before_received_after_is_law_104_by_default() -> None:
    posted = _req(date(2026, 9, 3), date(2026, 8, 31))
    d = governing_law(posted)
    assert d.outcome == "law_104_2016"
    assert d.readings == {"transition_trigger": "sent"}
    assert d.basis[0].id == "law_01_2026.art31.c4"
    assert any(c.id == "law_104_2016" for c in d.basis)
    assert governing_law(posted, trigger="received").outcome == "law_01_2026"
    with pytest.raises(AmbiguousReading):
        governing_law(posted, trigger="raise")


def test_c4_raise_only_when_the_two_days_straddle_the_date() -> None:
    # Sent and received on the same side: no ambiguity, "raise" answers.
    assert governing_law(_req(date(2026, 9, 5)), trigger="raise").outcome == "law_01_2026"
    assert governing_law(_req(date(2026, 8, 28)), trigger="raise").outcome == "law_104_2016"


def test_c4_first_day_of_the_new_law() -> None:
    # Received (and so, by default, sent) on Tue 1/9/2026 -> Law 01/2026
    assert governing_law(_req(date(2026, 9, 1))).outcome == "law_01_2026"
    # 23:30 on 31/8 in Vietnam is still 31/8; 17:30 UTC on 31/8 is 00:30 on 1/9 in Vietnam
    late = datetime(2026, 8, 31, 23, 30, tzinfo=VN_TZ)
    assert governing_law(_req(late)).outcome == "law_104_2016"
    utc = datetime(2026, 8, 31, 17, 30, tzinfo=(VN_TZ.utcoffset(None) and None) or VN_TZ)
    assert governing_law(_req(utc)).outcome == "law_104_2016"


def test_c4_before_law_104() -> None:
    with pytest.raises(NoApplicableRule):
        governing_law(_req(date(2018, 6, 30)))
    assert governing_law(_req(date(2018, 7, 1))).outcome == "law_104_2016"


def test_c4_is_provisional_and_strict_raises() -> None:
    d = governing_law(_req(date(2026, 9, 3)))
    assert d.status == "provisional"
    with pytest.raises(UnverifiedText):
        governing_law(_req(date(2026, 9, 3)), strict=True)


@given(st.dates(min_value=date(2018, 7, 1), max_value=date(2035, 10, 31)))
def test_c4_law_01_for_every_request_sent_from_1_september_2026(day: date) -> None:
    law = governing_law(_req(day)).outcome
    assert law == ("law_01_2026" if day >= date(2026, 9, 1) else "law_104_2016")
    if law == "law_01_2026":
        assert request_deadlines(_req(day)).rule_set == "law_01_2026"
    else:
        with pytest.raises(NoApplicableRule):
            request_deadlines(_req(day))


def test_c3_six_months_from_1_september_2026() -> None:
    # 6 months from Tue 1/9/2026 end on the corresponding day, Mon 1/3/2027, a working day
    # (Civil Code Art 148.3). Counting 1/9 itself would end on Sun 28/2, rolled to 1/3 too.
    d = back_publication_by(date(2020, 1, 15))
    assert d.outcome == date(2027, 3, 1)
    ids = [c.id for c in d.basis]
    assert ids[0] == "law_01_2026.art31.c3"
    assert "code_91_2015.art148.c3" in ids and "code_91_2015.art148.c5" not in ids


def test_c3_rolls_if_an_agency_rests_on_1_march_2027() -> None:
    local = PUBLIC_SECTOR.with_overrides(rest_days={date(2027, 3, 1): "Lễ hội tỉnh"})
    d = back_publication_by(date(2020, 1, 15), calendar=local)
    assert d.outcome == date(2027, 3, 2)
    assert any(c.id == "code_91_2015.art148.c5" for c in d.basis)


def test_c3_only_for_information_held_before_the_law() -> None:
    assert back_publication_by(date(2026, 8, 31)).outcome == date(2027, 3, 1)
    with pytest.raises(NoApplicableRule):
        back_publication_by(date(2026, 9, 1))


@pytest.mark.parametrize(
    "call",
    [
        lambda: governing_law(None),  # type: ignore[arg-type]
        lambda: governing_law(date(2026, 9, 3)),  # type: ignore[arg-type]
        lambda: governing_law(_req(date(2026, 9, 3)), trigger="posted"),  # type: ignore[arg-type]
        lambda: governing_law(_req(date(2026, 9, 3), date(2026, 9, 4))),
        lambda: governing_law(_req(date(2026, 9, 3)), strict="no"),  # type: ignore[arg-type]
        lambda: back_publication_by(None),  # type: ignore[arg-type]
        lambda: back_publication_by("2020-01-15"),  # type: ignore[arg-type]
        lambda: back_publication_by(datetime(2020, 1, 15, 8, 0)),
        lambda: back_publication_by(date(2020, 1, 15), calendar="x"),  # type: ignore[arg-type]
        lambda: back_publication_by(date(2020, 1, 15), strict=0),  # type: ignore[arg-type]
        lambda: back_publication_by(date(2020, 1, 15) + timedelta(0), bogus=1),  # type: ignore[call-arg]
    ],
)
def test_bad_input(call: object) -> None:
    with pytest.raises(InvalidInput):
        call()  # type: ignore[operator]


def test_c3_past_the_known_calendar_is_provisional_and_strict_refuses_it() -> None:
    """A calendar known only to 2026: 1 March 2027 rests on the projection, so the answer
    says so (a caveat) and strict refuses it."""
    from accessinfo.calendar import WorkingCalendar
    from accessinfo.errors import CalendarUnknown

    short = WorkingCalendar(
        [], name="t", known_until=date(2026, 12, 31), version="t", first=date(2018, 1, 1)
    )
    d = back_publication_by(date(2020, 1, 15), calendar=short)
    assert d.outcome == date(2027, 3, 1) and d.status == "provisional"
    assert any("2026-12-31" in str(c) for c in d.caveats)
    with pytest.raises(CalendarUnknown):
        back_publication_by(date(2020, 1, 15), calendar=short, strict=True)
    assert back_publication_by(date(2020, 1, 15), strict=False).outcome == date(2027, 3, 1)


def test_c4_errors_name_the_days_and_the_trigger() -> None:
    """Each refusal of governing_law shows the days it compared and which day it took."""
    with pytest.raises(InvalidInput, match=r"sent_at \(2026-09-05\).*received_at \(2026-09-03\)"):
        governing_law(_req(date(2026, 9, 3), date(2026, 9, 5)))
    with pytest.raises(AmbiguousReading, match=r"sent on 2026-08-30 and received on 2026-09-03"):
        governing_law(_req(date(2026, 9, 3), date(2026, 8, 30)), trigger="raise")
    early = _req(date(2018, 3, 3))
    with pytest.raises(NoApplicableRule, match=r"was sent on 2018-03-03.*2018-07-01"):
        governing_law(early)
    with pytest.raises(NoApplicableRule, match=r"was received on 2018-03-03"):
        governing_law(early, trigger="received")


def test_c3_errors_name_the_day_and_the_count() -> None:
    from accessinfo.calendar import WorkingCalendar
    from accessinfo.errors import CalendarUnknown

    with pytest.raises(NoApplicableRule, match="2026-09-15"):
        back_publication_by(date(2026, 9, 15))
    short = WorkingCalendar(
        [], name="t", known_until=date(2026, 12, 31), version="t", first=date(2018, 1, 1)
    )
    with pytest.raises(CalendarUnknown, match=r"strict=True: back_publication_by depends"):
        back_publication_by(date(2020, 1, 15), calendar=short, strict=True)
