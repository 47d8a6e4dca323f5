"""Law 01/2026 Arts 22.4, 23, 24: citations and messages mutation testing found unpinned.

Art 23.1: information on the mandatory-disclosure list is not provided on request (the
requester is pointed to the disclosure, Art 27.2), except in the cases of Art 23.1(a)–(c);
Art 23.3: information about the requester's own life or business must be provided; Art 23.4:
other information may be provided. Art 22.4 says "10 ngày" (not "ngày làm việc"), so a caller
that refuses to choose the unit is told exactly that. Art 24.1 lists three forms of request;
Art 24.3: the information is provided in the form asked for when it suits the information and
the agency can.
"""

from __future__ import annotations

from datetime import date

import pytest

from accessinfo.articles.law_01_2026.art_22 import disclosure_accuracy_reply_by
from accessinfo.articles.law_01_2026.art_23 import provided_on_request
from accessinfo.articles.law_01_2026.art_24 import provided_in_form_asked, request_channel_listed
from accessinfo.errors import AmbiguousReading, InvalidInput
from accessinfo.models.access import InformationItem


def _ids(d: object) -> list[str]:
    return [c.id for c in d.basis]  # type: ignore[attr-defined]


def test_art_23_1_listed_information_points_to_the_disclosure_art_27_2() -> None:
    d = provided_on_request(InformationItem(category="open", mandatory_disclosure=True))
    assert d.outcome == "not_on_request"
    assert "law_01_2026.art23.c1" in _ids(d) and "law_01_2026.art27.c2" in _ids(d)


def test_art_23_1_a_an_undisclosed_listed_item_is_provided_saying_why() -> None:
    item = InformationItem(
        category="open", mandatory_disclosure=True, disclosure_exception="not_yet_disclosed"
    )
    d = provided_on_request(item)
    assert d.outcome == "must_provide"
    assert "law_01_2026.art23.c1.pa" in _ids(d)
    assert "its disclosure period has begun but it has not been disclosed" in d.explanation


def test_art_23_3_and_23_4_own_life_must_other_information_may() -> None:
    own = provided_on_request(InformationItem(category="open"), concerns_requester=True)
    assert own.outcome == "must_provide" and "law_01_2026.art23.c3" in _ids(own)
    other = provided_on_request(InformationItem(category="open"))
    assert other.outcome == "may_provide" and "law_01_2026.art23.c4" in _ids(other)


def test_art_22_4_refusing_the_unit_quotes_the_article() -> None:
    with pytest.raises(
        AmbiguousReading,
        match=r'period_unit=\'raise\': Art 22\.4 says "10 ngày", not "ngày làm việc"',
    ):
        disclosure_accuracy_reply_by(date(2026, 9, 2), period_unit="raise")


def test_art_24_1_an_unknown_channel_is_refused_naming_the_parameter() -> None:
    with pytest.raises(InvalidInput, match=r"\] channel must be one of"):
        request_channel_listed("pigeon")  # type: ignore[arg-type]


def test_art_24_3_the_form_asked_is_owed_when_it_suits_and_the_agency_can() -> None:
    assert provided_in_form_asked("post").outcome is True
    assert provided_in_form_asked("post", agency_able=False).outcome is False


def test_art_25_an_unknown_reading_for_unpriced_sending_names_itself() -> None:
    from accessinfo.articles.law_01_2026.art_25 import request_costs
    from accessinfo.models.access import CostOrder

    with pytest.raises(InvalidInput, match=r"\] unpriced_sending must be one of"):
        request_costs(CostOrder(), sent=date(2026, 9, 2), unpriced_sending="bad")  # type: ignore[arg-type]
