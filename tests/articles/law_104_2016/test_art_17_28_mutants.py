"""Law 104/2016 Arts 17, 19, 28: citations and points that mutation testing found unpinned.

tools/mutate.py (issue 12) changed the article, clause or point numbers of these citations, and
the mapping of point "dd" to "đ", without a test failing. Each expectation is read from the law:
Art 28.1 (a) closed information, (b) already disclosed under Art 17, (c) not the agency's
responsibility, (d) provided twice, (đ) beyond the agency's capacity; Art 17.1 (m) and Art 19.1
(đ) for the agency's contact details; Art 19.1(b) and 19.6 for legal guidance on the portal.
"""

from __future__ import annotations

from datetime import date

import pytest

from accessinfo.articles.law_104_2016.art_17 import disclosure_duty, disclosure_list
from accessinfo.articles.law_104_2016.art_19 import portal_disclosure
from accessinfo.articles.law_104_2016.art_28 import ground

ON = date(2026, 3, 2)


@pytest.mark.parametrize(
    ("kind", "point"),
    [
        ("excluded_information", "pa"),
        ("already_disclosed", "pb"),
        ("not_responsible", "pc"),
        ("provided_twice", "pd"),
        ("beyond_capacity", "pdd"),
    ],
)
def test_each_refusal_ground_cites_its_point_of_art_28_1(kind: str, point: str) -> None:
    assert ground(kind).citation.id == f"law_104_2016.art28.c1.{point}"  # type: ignore[arg-type]


def test_contact_details_cite_art_17_1_m_and_art_19_1_dd() -> None:
    d = disclosure_duty("contact_details", on=ON)
    assert d.outcome.art17_point == "m" and d.outcome.portal_point == "đ"
    ids = [c.id for c in d.basis]
    assert "law_104_2016.art17.c1.pm" in ids and "law_104_2016.art19.c1.pdd" in ids


def test_a_category_without_a_portal_point_is_not_required_on_the_portal() -> None:
    assert disclosure_list()["general_administrative_documents"].art19 is None
    d = disclosure_duty("general_administrative_documents", on=ON)
    assert d.outcome.portal == "not_required" and d.outcome.portal_point is None
    assert "law_104_2016.art17.c1.pa" in [c.id for c in d.basis]


def test_legal_guidance_on_the_portal_cites_art_19_1_b_and_19_6() -> None:
    ids = [c.id for c in portal_disclosure("legal_guidance").basis]
    assert ids == ["law_104_2016.art19.c1", "law_104_2016.art19.c1.pb", "law_104_2016.art19.c6"]
