"""Circular 13/2016 Art 20 (costs of a written request): what mutation testing found unpinned.

tools/mutate.py (issue 12) showed that the citations in the basis (Art 20.2(a), 20.2(b),
Decree 20/2016 Art 16.2(d)) and the explanation's amounts could change without a test failing.
A wrong point cited is a wrong legal basis, so both are pinned here. Amounts by hand:
12,000 VND printing and copying + 3,000 VND postage = 15,000 VND.
"""

from __future__ import annotations

from datetime import date

from accessinfo.articles.circular_13_2016.art_20 import written_request_costs

ON = date(2026, 3, 2)


def _own(ids: list[str]) -> list[str]:
    return [i for i in ids if i.startswith(("circular_13_2016.art20.c2.", "decree_20_2016"))]


def test_posted_costs_cite_points_a_and_b_and_the_decree() -> None:
    d = written_request_costs("sanctioned_individual", on=ON, printing_copying=12000, postage=3000)
    ids = [c.id for c in d.basis]
    # Art 20.2(a) printing and copying, 20.2(b) sending, Decree 20/2016 Art 16.2(d) who pays
    assert _own(ids) == [
        "circular_13_2016.art20.c2.pa",
        "circular_13_2016.art20.c2.pb",
        "decree_20_2016.art16.c2.pd",
    ]
    assert d.outcome.total == 15000
    assert d.explanation == (
        "A sanctioned requester pays the actual costs: 12,000 VND for printing and copying and "
        "3,000 VND postage, 15,000 VND in all, at the Minister of Finance's rates."
    )


def test_unposted_costs_do_not_cite_sending() -> None:
    d = written_request_costs("sanctioned_organisation", on=ON, printing_copying=12000)
    assert _own([c.id for c in d.basis]) == [
        "circular_13_2016.art20.c2.pa",
        "decree_20_2016.art16.c2.pd",
    ]
    assert d.outcome.items == ("printing_copying",)
    assert "(no postage: not posted), 12,000 VND in all" in d.explanation


def test_a_supervisory_body_pays_nothing_and_says_why() -> None:
    d = written_request_costs("supervisory_body", on=ON, printing_copying=12000)
    assert d.outcome.payable is False
    assert d.explanation.startswith("Art 20 puts costs only on sanctioned organisations")
    assert d.readings == {"charge": "actual_cost"}
