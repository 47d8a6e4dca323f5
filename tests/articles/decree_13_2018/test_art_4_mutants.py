"""Decree 13/2018 Art 4: the refusal names how many members asked (mutation testing, issue 12).

Art 4.1 lets citizens ask through an organisation when several members want the same
information (read as two or more); with one member the explanation must say "1", the count
the reading turned on.
"""

from __future__ import annotations

from accessinfo.articles.decree_13_2018.art_4 import organisation_request_allowed
from accessinfo.models.access import Requester


def test_one_member_is_named_in_the_refusal() -> None:
    req = Requester(kind="organisation", members_with_same_request=1, member_list_complete=True)
    d = organisation_request_allowed(req)
    assert d.outcome is False
    assert d.explanation.startswith("Only 1 member(s)")
    assert (d.explanation_vi or "").startswith("Chỉ có 1 người")
