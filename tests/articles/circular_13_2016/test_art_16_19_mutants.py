"""Circular 13/2016 Arts 16, 18, 19, 20: what mutation testing found unpinned (issue 12).

Dates worked by hand on the public-sector calendar (no holiday in March 2026):
* Art 16.2 (network connection), received Mon 2/3/2026: decide within 7 working days — Tue 3
  (1), Wed 4 (2), Thu 5 (3), Fri 6 (4), Mon 9 (5), Tue 10 (6), Wed 11 (7); approved on that last
  day, the account within 10 working days of it — Thu 12 (1), Fri 13 (2), Mon 16 … Fri 20 (3–7),
  Mon 23 (8), Tue 24 (9), Wed 25/3 (10).
* Art 18.2 (written request), received Mon 2/3/2026: 5 working days — Tue 3 … Fri 6 (1–4),
  Mon 9/3 (5). Day zero is not counted: Civil Code Art 147.3.
"""

from __future__ import annotations

from datetime import date

import pytest

from accessinfo.articles.circular_13_2016.art_16 import connection_deadlines
from accessinfo.articles.circular_13_2016.art_18 import written_request_deadlines
from accessinfo.articles.circular_13_2016.art_19 import ViolationInfoRequest, refusal_grounds
from accessinfo.articles.circular_13_2016.art_20 import written_request_costs
from accessinfo.calendar import PUBLIC_SECTOR
from accessinfo.errors import InvalidInput

ON = date(2026, 3, 2)


def test_art_16_without_approval_names_the_latest_account_day() -> None:
    d = connection_deadlines(ON)
    assert d.outcome.decide_by == date(2026, 3, 11)
    assert d.outcome.latest_account_by == date(2026, 3, 25)
    assert "2026-03-25" in d.explanation and "25/03/2026" in (d.explanation_vi or "")
    assert d.calendar_version == PUBLIC_SECTOR.version


def test_art_18_cites_the_civil_code_for_day_zero_and_labels_its_trace() -> None:
    d = written_request_deadlines(ON, trace=True)
    assert d.outcome.respond_by == date(2026, 3, 9)
    assert "code_91_2015.art147.c3" in [c.id for c in d.basis]
    assert d.trace and {s.label for s in d.trace} == {"respond_by"}


def test_art_19_two_grounds_are_listed_one_after_the_other() -> None:
    req = ViolationInfoRequest(requester="supervisory_body", omits={"form"}, secrecy="mat")
    d = refusal_grounds(req, on=ON)
    assert [g.code for g in d.outcome] == ["request_incomplete", "state_secret"]
    # Art 19.1 and 19.2, each with its summary, joined in the order of the article
    assert (
        "(Art 19(1): The request does not state the reason, scope, purpose, content or form; "
        "Art 19(2): The information is a state secret" in d.explanation
    )
    assert "khoản 1 Điều 19: " in (d.explanation_vi or "")
    assert "; khoản 2 Điều 19: " in (d.explanation_vi or "")


@pytest.mark.parametrize("field", ["printing_copying", "postage"])
def test_art_20_a_bad_amount_names_its_field(field: str) -> None:
    with pytest.raises(InvalidInput, match=rf"\] {field} is an amount in VND"):
        written_request_costs("sanctioned_individual", on=ON, **{field: -1})
