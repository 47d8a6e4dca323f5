"""Decree 337/2026 Arts 9-10 with Law 01/2026 Art 26.3 as the cap; Law 104 Arts 29-31 by
delivery. Dates worked by hand from the public-sector calendar (see the golden files
tests/cases/decree_337_2026/art_10.yaml and law_104_2016/chapter_3.yaml for the sources)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from accessinfo.articles.decree_337_2026 import art_10
from accessinfo.articles.decree_337_2026.art_9 import FORMS, form_for
from accessinfo.articles.law_01_2026.art_26 import extended_provide_by, provide_by
from accessinfo.articles.law_104_2016.art_30 import electronic_provision_available
from accessinfo.calendar import PUBLIC_SECTOR
from accessinfo.errors import AmbiguousReading, InvalidInput, NoApplicableRule
from accessinfo.models.requests import InformationRequest
from accessinfo.tasks.requests import request_deadlines

LAW_01 = st.dates(min_value=date(2026, 9, 1), max_value=date(2035, 10, 31))
LAW_104 = st.dates(min_value=date(2018, 7, 1), max_value=date(2026, 8, 31))
DELIVERY = st.sampled_from(("in_person", "electronic", "post", "fax"))


def _req(day: date, complexity: str = "simple", **kw: object) -> InformationRequest:
    kw.setdefault("channel", "post")
    return InformationRequest(received_at=day, complexity=complexity, **kw)  # type: ignore[arg-type]


# --- Art 9: the forms ------------------------------------------------------------------------


def test_art9_lists_seven_forms_in_clause_order() -> None:
    assert list(FORMS) == ["01a", "01b", "02", "03", "04", "05", "06"]
    assert [f.clause for f in FORMS.values()] == [1, 2, 3, 4, 5, 6, 7]
    d = form_for("refusal_notice")
    assert d.outcome == "05" and d.basis[-1].id == "decree_337_2026.art9.c6"
    assert d.status == "provisional"
    assert any("layout of form 05" in c for c in d.caveats)
    with pytest.raises(InvalidInput):
        form_for("fax_cover")  # type: ignore[arg-type]


# --- Art 10.4: the law cap binds when a tier would run past it ------------------------------


def test_law_cap_binds_on_a_calendar_with_a_long_break() -> None:
    # A local calendar closing Tue 6/10-Fri 16/10/2026 (hypothetical). Valid dossier Mon 5/10:
    # 3 working days would be Mon 19 (1), 20 (2), Wed 21/10 (3); the Law's 12 days end
    # 5/10 + 12 = Sat 17/10 -> Mon 19/10. The earlier, Mon 19/10, binds.
    closed = [date(2026, 10, 6) + timedelta(days=i) for i in range(11)]
    cal = PUBLIC_SECTOR.with_overrides(rest_days=closed)
    d = art_10.simple_respond_by(date(2026, 10, 5), calendar=cal)
    assert d.outcome == date(2026, 10, 19)
    assert any("12 days" in c and "2026-10-19" in c for c in d.caveats)
    out = request_deadlines(_req(date(2026, 10, 5)), calendar=cal).outcome
    assert out.respond_by == date(2026, 10, 19)
    # extension 19/10 + 12 = Sat 31/10 -> Mon 2/11; the Law's cap gives the same day
    assert out.extended_respond_by == date(2026, 11, 2)


def test_extension_notice_raise_refuses_to_choose() -> None:
    with pytest.raises(AmbiguousReading, match="trước khi hết thời hạn"):
        art_10.extension_notice_by(
            date(2026, 11, 20), complexity="simple", extension_notice="raise"
        )
    with pytest.raises(InvalidInput):
        request_deadlines(_req(date(2026, 11, 20)), extension_notice="soon")


def test_decree_rules_refuse_requests_sent_before_1_september_2026() -> None:
    with pytest.raises(NoApplicableRule):
        art_10.complex_respond_by(date(2026, 9, 3), sent=date(2026, 8, 31))
    with pytest.raises(NoApplicableRule):
        art_10.simple_respond_by(date(2026, 8, 31))


# --- delivery --------------------------------------------------------------------------------


def test_pigeon_is_not_a_delivery() -> None:
    with pytest.raises(InvalidInput, match="delivery"):
        _req(date(2026, 11, 20), delivery="pigeon")
    with pytest.raises(InvalidInput):
        art_10.provided_at_once("pigeon")  # type: ignore[arg-type]


def test_delivery_default_is_recorded_only_when_taken() -> None:
    given_ = request_deadlines(_req(date(2026, 11, 20), delivery="post"))
    assert "delivery_default" not in given_.readings
    taken = request_deadlines(_req(date(2026, 11, 20)))
    assert taken.readings["delivery_default"] == "channel"
    old = request_deadlines(_req(date(2026, 4, 23)))
    assert old.rule_set == "law_104_2016" and old.readings["delivery_default"] == "channel"


def test_art_30_1_conditions_fail_electronic_provision_is_not_available() -> None:
    # Law 104: an e-mailed request whose file cannot be sent over the network
    req = _req(date(2026, 4, 23), channel="electronic", electronic_file_available=False)
    with pytest.raises(NoApplicableRule, match=r"Art 30\.1") as err:
        request_deadlines(req)
    text = str(err.value)
    assert "delivery='in_person'" in text and "delivery='post'" in text
    assert "transmissible" in text
    both = _req(
        date(2026, 4, 23),
        channel="electronic",
        electronic_file_available=False,
        agency_can_send_electronically=False,
    )
    with pytest.raises(NoApplicableRule, match="technically able"):
        request_deadlines(both)
    # choosing the post instead: Art 31.1, Tue 5/5/2026 (worked in chapter_3.yaml)
    posted = _req(
        date(2026, 4, 23),
        channel="electronic",
        delivery="post",
        electronic_file_available=False,
    )
    assert request_deadlines(posted).outcome.respond_by == date(2026, 5, 5)


def test_art_30_1_conditions_hold_or_are_assumed() -> None:
    met = _req(
        date(2026, 4, 23),
        channel="electronic",
        electronic_file_available=True,
        agency_can_send_electronically=True,
    )
    d = request_deadlines(met)
    assert d.outcome.respond_by == date(2026, 4, 29)  # Art 30.3 (chapter_3.yaml)
    assert "electronic_conditions" not in d.readings
    assert "law_104_2016.art30.c1" in [c.id for c in d.basis]
    assumed = request_deadlines(_req(date(2026, 4, 23), channel="electronic"))
    assert assumed.readings["electronic_conditions"] == "assumed_met"
    assert electronic_provision_available(agency_able=False).outcome is False
    assert electronic_provision_available(file_available=True, agency_able=True).outcome
    with pytest.raises(InvalidInput):
        electronic_provision_available(file_available="yes")  # type: ignore[arg-type]
    with pytest.raises(InvalidInput):
        _req(date(2026, 4, 23), electronic_file_available="yes")


def test_law_01_electronic_conditions_fail_keep_the_periods_with_a_caveat() -> None:
    # Law 01/2026 Art 24.3: the agency provides in another form, the periods do not change.
    req = _req(date(2026, 11, 20), channel="electronic", agency_can_send_electronically=False)
    d = request_deadlines(req)
    assert d.outcome.respond_by == date(2026, 11, 26)
    assert any("Art 24.3" in c for c in d.caveats)


# --- properties -------------------------------------------------------------------------------


@given(LAW_01, DELIVERY)
@example(date(2026, 11, 12), "post")  # the complex one rolls past Culture Day
@example(date(2027, 2, 2), "in_person")  # across Tết 2027
def test_simple_is_never_due_after_complex_the_same_day(day: date, delivery: str) -> None:
    simple = request_deadlines(_req(day, "simple", delivery=delivery)).outcome
    cplx = request_deadlines(_req(day, "complex", delivery=delivery)).outcome
    assert simple.respond_by is not None and cplx.respond_by is not None
    assert simple.respond_by <= cplx.respond_by
    assert simple.extended_respond_by is not None and cplx.extended_respond_by is not None
    assert simple.extended_respond_by <= cplx.extended_respond_by
    assert simple.extension_notice_by is not None and cplx.extension_notice_by is not None
    assert simple.extension_notice_by <= cplx.extension_notice_by


@given(LAW_01, st.sampled_from(("simple", "complex")), DELIVERY)
def test_law_01_deadlines_on_working_days_within_the_laws_cap(
    day: date, complexity: str, delivery: str
) -> None:
    out = request_deadlines(_req(day, complexity, delivery=delivery)).outcome
    dates = (out.respond_by, out.extension_notice_by, out.extended_respond_by)
    for d in dates:
        assert d is not None and PUBLIC_SECTOR.is_working_day(d)
    assert out.respond_by is not None and out.extended_respond_by is not None
    assert out.extension_notice_by is not None
    assert day < out.extension_notice_by < out.respond_by < out.extended_respond_by
    assert out.respond_by <= provide_by(day).outcome
    assert out.extended_respond_by <= extended_provide_by(day).outcome
    assert out.provide_at_once is (complexity == "simple" and delivery == "in_person")


@given(LAW_104, st.sampled_from(("simple", "complex")), DELIVERY, DELIVERY)
def test_law_104_deadlines_on_working_days(
    day: date, complexity: str, channel: str, delivery: str
) -> None:
    out = request_deadlines(_req(day, complexity, channel=channel, delivery=delivery)).outcome
    assert out.delivery == delivery
    for d in (out.notify_by, out.respond_by, out.extension_notice_by, out.extended_respond_by):
        assert d is None or PUBLIC_SECTOR.is_working_day(d)


@given(
    st.dates(min_value=date(2026, 7, 1), max_value=date(2026, 10, 31)),
    st.integers(min_value=0, max_value=15),
)
@example(date(2026, 8, 31), 3)  # posted on the last day of Law 104, received after
@example(date(2026, 9, 1), 0)
def test_law_follows_the_sent_date(sent: date, delay: int) -> None:
    req = _req(sent + timedelta(days=delay), "complex", sent_at=sent)
    d = request_deadlines(req)
    assert d.rule_set == ("law_104_2016" if sent < date(2026, 9, 1) else "law_01_2026")
