"""Law 104/2016 Art 4 eligibility: the reason given when the wrong person asks (issue 12).

tools/mutate.py showed that ``if not eligible`` could lose its ``not`` without a test failing:
the reasons were not pinned. Art 4.2: a person under 18 or who has lost civil legal capacity
asks through the legal representative.
"""

from __future__ import annotations

from datetime import date

from accessinfo.articles.law_104_2016.art_4 import eligibility
from accessinfo.models.access import Requester

ON = date(2026, 3, 2)


def test_a_child_asking_alone_is_told_who_must_ask() -> None:
    d = eligibility(Requester(kind="citizen", age=10), on=ON)
    assert d.outcome.eligible is False
    assert d.outcome.reasons[-1] == (
        "The request must be made through the legal representative, not self."
    )


def test_a_child_through_the_representative_has_no_such_reason() -> None:
    d = eligibility(Requester(kind="citizen", age=10, acts_through="legal_representative"), on=ON)
    assert d.outcome.eligible is True
    assert not any("must be made through" in r for r in d.outcome.reasons)
    assert d.outcome.reasons[0].startswith("A person aged 10 (under 18)")


def test_each_case_of_representation_cites_its_clause() -> None:
    from accessinfo.articles.law_104_2016.art_4 import representation_required

    # khoản 2: lost capacity → legal representative, cognitive difficulty → guardian;
    # khoản 3: under 18 → legal representative
    for requester, who, clause in (
        (Requester(kind="citizen", legal_capacity="lost"), "legal_representative", "c2"),
        (Requester(kind="citizen", legal_capacity="cognitive_difficulty"), "guardian", "c2"),
        (Requester(kind="citizen", age=10), "legal_representative", "c3"),
    ):
        d = representation_required(requester)
        assert d.outcome == who
        assert [c.id for c in d.basis] == ["law_104_2016.art4", f"law_104_2016.art4.{clause}"]


def test_an_organisation_with_its_member_list_may_ask_for_all_information() -> None:
    full = Requester(kind="organisation", members_with_same_request=5, member_list_complete=True)
    d = eligibility(full, on=ON)
    assert d.outcome.eligible and d.outcome.scope == "all_information"
    assert d.outcome.must_act_through == "organisation_representative"
    bare = Requester(kind="organisation", members_with_same_request=5, member_list_complete=False)
    assert eligibility(bare, on=ON).outcome.scope is None
