"""Every rule of Decree 47/2020 on both sides of its repeal by Decree 278/2025 (22/10/2025).

The set of rules is taken from the registry, so a new rule of the decree must be added here.
Each is called on 21/10/2025 (the decree's last day: a final answer; for the open-data
versions, on their own last day) and on 22/10/2025 (refused with NoApplicableRule naming
Decree 278/2025 and its Art 23.2).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest

from accessinfo.articles.decree_47_2020._types import DataRequest
from accessinfo.core.rules import registry
from accessinfo.errors import NoApplicableRule

REPEAL = date(2025, 10, 22)
EVE = REPEAL - timedelta(days=1)
PUBLIC = DataRequest(recipient="individual", data_about="third_party")
AGENCY = DataRequest(recipient="state_agency")

# rule function name -> (a call on a day, the last day it answers)
CALLS: dict[str, tuple[Callable[[Any, date], Any], date]] = {
    "state_secret_sharing": (lambda f, d: f(on=d), EVE),
    "open_data_sharing": (lambda f, d: f(on=d), date(2025, 8, 18)),
    "open_data_repealed": (lambda f, d: f(on=d), EVE),
    "may_collect_again": (lambda f, d: f(available_by_sharing=True, on=d), EVE),
    "may_ask_in_writing": (lambda f, d: f(obtained_by_connection=True, on=d), EVE),
    "sharing_fee": (lambda f, d: f("state_agency", on=d), EVE),
    "sharing_with_public": (lambda f, d: f(PUBLIC, on=d), EVE),
    "sharing_between_agencies": (lambda f, d: f(AGENCY, on=d), EVE),
    "prohibited_acts": (lambda f, d: f(on=d), EVE),
    "shared_by_default": (lambda f, d: f("commonly_used", on=d), EVE),
    # the review falls due six months after the last: 21/4/2025 -> 21/10/2025
    "default_list_review_due": (lambda f, d: f(d - timedelta(days=183)), EVE),
    # Tue 21/10/2025 is the 7th working day before Thu 30/10/2025
    "data_sharing_suspension_notice_deadline": (lambda f, d: f(d + timedelta(days=9)), EVE),
    "user_suspension_notice_deadline": (lambda f, d: f(d - timedelta(days=1)), EVE),
}
RULES = [r for r in registry() if r.module.startswith("accessinfo.articles.decree_47_2020.")]


def test_every_rule_of_the_decree_is_listed_here() -> None:
    assert {r.function.__name__ for r in RULES} == set(CALLS)


@pytest.mark.parametrize("r", RULES, ids=[r.id for r in RULES])
def test_answered_up_to_the_eve_and_refused_from_the_repeal(r: Any) -> None:
    call, last = CALLS[r.function.__name__]
    assert r.valid_until is not None and r.valid_until <= REPEAL
    d = call(r.function, last)
    assert d.status == "final" and d.rule_id == r.id
    for day in (REPEAL, date(2026, 9, 1), date(2030, 1, 2)):
        with pytest.raises(NoApplicableRule, match=r"Decree No\. 278/2025/NĐ-CP \(Art 23\.2\)"):
            call(r.function, day)
