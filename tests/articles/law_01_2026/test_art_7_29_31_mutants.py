"""Law 01/2026 Arts 7, 29, 31 and Law 104/2016 Art 12: found unpinned by mutation testing.

Art 7.1: an adult asks in person or through an authorised person; Art 7.2: a person who has
lost legal capacity, or has difficulty perceiving and controlling their acts, asks through a
representative or guardian; Art 7.3 with Civil Code Art 21.2: a child under six through a
legal representative. Art 29: a foreign resident may ask only for information about their own
rights and duties. Art 31.4: a request sent before 1/9/2026 stays under Law 104/2016; one sent
on 31/8/2026 and received on 1/9/2026 straddles the change (the reading ``trigger`` decides;
``"raise"`` refuses); a request sent before 1/7/2018 (Law 104/2016's entry into force) is under
no access-to-information law. Law 104 Art 12: a bad order is refused naming ``order``.
"""

from __future__ import annotations

from datetime import date

import pytest

from accessinfo.articles.law_01_2026.art_7 import eligibility
from accessinfo.articles.law_01_2026.art_29 import foreign_resident_may_request
from accessinfo.articles.law_01_2026.art_31 import governing_law
from accessinfo.articles.law_104_2016.art_12 import request_costs
from accessinfo.errors import AmbiguousReading, InvalidInput, NoApplicableRule
from accessinfo.models.access import Requester
from accessinfo.models.requests import InformationRequest

ON = date(2026, 9, 2)


def _ids(d: object) -> list[str]:
    return [c.id for c in d.basis]  # type: ignore[attr-defined]


def test_art_7_clauses_cited_for_adults_and_for_reduced_capacity() -> None:
    assert "law_01_2026.art7.c1" in _ids(eligibility(Requester(kind="citizen", age=30), on=ON))
    guided = eligibility(
        Requester(kind="citizen", legal_capacity="cognitive_difficulty", acts_through="guardian"),
        on=ON,
    )
    assert "law_01_2026.art7.c2" in _ids(guided)


def test_art_7_3_a_child_under_six_is_named_with_their_age() -> None:
    d = eligibility(Requester(kind="citizen", age=5, acts_through="legal_representative"), on=ON)
    assert "A child aged 5 (under six)" in d.explanation


def test_art_29_a_resident_foreigner_asking_beyond_their_rights_is_told_why() -> None:
    req = Requester(kind="foreigner_resident", concerns_own_rights=False)
    d = foreign_resident_may_request(req)
    assert d.outcome is False
    assert "directly related to their own rights and duties" in d.explanation


def _req(sent: date, received: date) -> InformationRequest:
    return InformationRequest(received_at=received, sent_at=sent, channel="post")


def test_art_31_4_received_on_the_first_day_of_the_law_straddles() -> None:
    with pytest.raises(AmbiguousReading, match="trigger"):
        governing_law(_req(date(2026, 8, 31), date(2026, 9, 1)), trigger="raise")
    d = governing_law(_req(date(2026, 9, 1), date(2026, 9, 1)), trigger="raise")
    assert d.outcome == "law_01_2026"
    assert d.readings["transition_trigger"] == "sent"


def test_art_31_an_unknown_trigger_is_refused_naming_it() -> None:
    with pytest.raises(InvalidInput, match=r"\] trigger must be one of"):
        governing_law(_req(ON, ON), trigger="posted")  # type: ignore[arg-type]


def test_a_request_before_law_104_is_under_no_access_law() -> None:
    with pytest.raises(NoApplicableRule) as exc:
        governing_law(_req(date(2018, 6, 29), date(2018, 6, 29)))
    assert "on 2018-06-29, before Law 104/2016/QH13 took effect on 2018-07-01" in str(exc.value)


def test_law_104_art_12_a_bad_order_is_refused_naming_it() -> None:
    with pytest.raises(InvalidInput, match=r"\] order must be"):
        request_costs("bad", sent=date(2026, 3, 2))  # type: ignore[arg-type]
