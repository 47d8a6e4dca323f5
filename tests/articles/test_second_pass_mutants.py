"""Survivors of the second mutation pass (issue 12), each pinned from the text it rests on.

* Law 01/2026 Art 10.3: information the agency holds but did not create, when providing it is
  not necessary for the public interest or health — Art 10 does not make the agency provide it.
* Law 104/2016 Art 7.3: the head's decision without consent meets the condition.
* Decree 47/2020 Art 6.3(a): data ready for default sharing goes by default sharing, Art 6.3(a)
  with the definition of Art 3.5.
* Decree 47/2020 Art 34.4: last review Thu 7/3/2024, six months on is Sat 7/9/2024 (Civil Code
  Art 148.3), a rest day: rolled to Mon 9/9/2024 (Art 148.5).
* Law 01/2026 Art 26: a request cannot be validated before it was received.
* Decree 337/2026 Art 10: a bad ``sent`` is refused naming ``sent``.
* Circular 126/2026 annex: photocopying black-and-white is row 1.1, "Phô tô đen trắng"; the A4
  and A3 multiples are stated in the annex (certain).
"""

from __future__ import annotations

from datetime import date

import pytest

from accessinfo.articles.circular_126_2026.art_3 import cost_table, paper_sizes
from accessinfo.articles.decree_47_2020._types import DataRequest
from accessinfo.articles.decree_47_2020.art_6 import sharing_between_agencies
from accessinfo.articles.decree_47_2020.art_34 import default_list_review_due
from accessinfo.articles.decree_337_2026.art_10 import simple_respond_by
from accessinfo.articles.law_01_2026.art_10 import held_information_must_be_provided
from accessinfo.articles.law_01_2026.art_26 import request_deadlines
from accessinfo.articles.law_104_2016.art_7 import conditional_access
from accessinfo.errors import InvalidInput
from accessinfo.models.access import InformationItem
from accessinfo.models.requests import InformationRequest


def test_law_01_art_10_3_not_necessary_is_explained() -> None:
    d = held_information_must_be_provided(
        necessary_for_public_interest_or_health=False, on=date(2026, 9, 2)
    )
    assert d.outcome is False
    assert "not necessary to protect the public interest or public health" in d.explanation


def test_law_104_art_7_3_the_head_s_decision_meets_the_condition() -> None:
    d = conditional_access(
        InformationItem(category="personal_secret", public_interest_decision=True)
    )
    assert d.outcome.condition_met is True


def test_decree_47_art_6_3_a_default_sharing_cites_6_3_a_and_3_5() -> None:
    d = sharing_between_agencies(
        DataRequest(recipient="state_agency", ready_for_default_sharing=True), on=date(2024, 3, 1)
    )
    assert d.outcome.way == "default"
    assert [c.id for c in d.basis] == [
        "decree_47_2020.art6.c3",
        "decree_47_2020.art6.c3.pa",
        "decree_47_2020.art3.c5",
    ]


def test_decree_47_art_34_a_rolled_review_names_the_last_review() -> None:
    d = default_list_review_due(date(2024, 3, 7))
    assert d.outcome == date(2024, 9, 9)
    assert d.explanation.startswith("Last review 2024-03-07:")


def test_law_01_art_26_validation_before_receipt_is_refused() -> None:
    req = InformationRequest(
        received_at=date(2026, 9, 2),
        validated_at=date(2026, 9, 1),
        channel="post",
        complexity="simple",
    )
    with pytest.raises(InvalidInput, match=r"\] validated_at is before received_at"):
        request_deadlines(req)


def test_decree_337_art_10_a_bad_sent_is_refused_naming_it() -> None:
    with pytest.raises(InvalidInput, match=r"\] sent must be a datetime.date"):
        simple_respond_by(date(2026, 9, 2), sent="bad")  # type: ignore[arg-type]


def test_circular_126_annex_rows_are_read_in_full() -> None:
    assert cost_table()["photocopy_bw"].description_vi == "Phô tô đen trắng"
    assert paper_sizes()["A4"].certain is True and paper_sizes()["A3"].certain is True


def test_decree_47_art_6_3_b_a_specific_request_cites_6_3_b_and_3_6() -> None:
    d = sharing_between_agencies(DataRequest(recipient="state_agency"), on=date(2024, 3, 1))
    assert d.outcome.way == "specific_request"
    assert [c.id for c in d.basis] == [
        "decree_47_2020.art6.c3",
        "decree_47_2020.art6.c3.pb",
        "decree_47_2020.art3.c6",
    ]


def test_decree_337_art_11_and_law_104_art_30_name_the_reading_they_refuse_to_choose() -> None:
    from accessinfo.articles.decree_337_2026.art_11 import organisation_request_allowed
    from accessinfo.articles.law_104_2016.art_30 import complex_electronic_extended_respond_by
    from accessinfo.errors import AmbiguousReading
    from accessinfo.models.access import Requester

    org = Requester(kind="organisation", members_with_same_request=2, member_list_complete=True)
    with pytest.raises(AmbiguousReading, match=r"\] many_members='raise': "):
        organisation_request_allowed(org, many_members="raise")
    with pytest.raises(AmbiguousReading, match=r"\] extension_unit='raise': "):
        complex_electronic_extended_respond_by(date(2026, 3, 2), extension_unit="raise")
