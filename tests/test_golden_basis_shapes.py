"""The golden files of other shapes pin their exact citations too (``basis:``).

``test_golden_basis.py`` checks the generic golden cases; the files here have shapes of their
own (two readings per case, two dates per answer, a rolled and an unrolled answer). Each
``basis`` list was worked from the clauses quoted in the article module before this test ran:
the provision that sets the period, the provision the answer's other duty comes from where
the rule encodes one (Circular 13/2016 Art 15.7: a refusal in writing with reasons), Civil
Code Art 147.3 (the day of the event is not counted) and Art 148.5 only where a period of
calendar days ended on a rest day and rolled on.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from accessinfo.articles.circular_13_2016.art_16 import connection_deadlines
from accessinfo.articles.circular_13_2016.art_17 import lookup_deadlines
from accessinfo.articles.circular_13_2016.art_18 import written_request_deadlines
from accessinfo.articles.decree_47_2020.art_43 import (
    data_sharing_suspension_notice_deadline,
    user_suspension_notice_deadline,
)
from accessinfo.articles.decree_64_2007.art_16 import (
    latest_suspension_notice_day as notice_64,
)
from accessinfo.articles.decree_224_2026.art_13 import (
    latest_suspension_notice_day as notice_224,
)

CASES = Path(__file__).parent / "cases"


def load(rel: str) -> Any:
    return yaml.safe_load((CASES / rel).read_text("utf-8"))


def ids(decision: Any) -> list[str]:
    return [c.id for c in decision.basis]


# (file, how to answer a case in every way the file's dates are checked)
TWO_STEP: list[tuple[str, Callable[..., Any]]] = [
    ("circular_13_2016/art_16.yaml", connection_deadlines),
    ("circular_13_2016/art_17.yaml", lookup_deadlines),
]


@pytest.mark.parametrize(("rel", "fn"), TWO_STEP)
def test_circular_13_access_deadlines_cite_exactly(rel: str, fn: Callable[..., Any]) -> None:
    cases = load(rel)
    assert cases and all("basis" in c for c in cases)
    for case in cases:
        assert ids(fn(case["received"])) == case["basis"], case["name"]
        with_approval = fn(case["received"], approved=case["approved"])
        assert with_approval.outcome.account_by == case["account_by"]
        assert ids(with_approval) == case["basis"], case["name"]


def test_circular_13_written_requests_cite_exactly() -> None:
    cases = load("circular_13_2016/art_18.yaml")
    assert cases and all("basis" in c for c in cases)
    for case in cases:
        for consultation in (False, True):
            d = written_request_deadlines(case["received"], consultation=consultation)
            assert ids(d) == case["basis"], (case["name"], consultation)


@pytest.mark.parametrize(
    ("rel", "fn"),
    [("decree_64_2007/art_16.yaml", notice_64), ("decree_224_2026/art_13.yaml", notice_224)],
)
def test_suspension_notice_days_cite_exactly(rel: str, fn: Callable[..., Any]) -> None:
    cases = load(rel)["cases"]
    assert cases and all("basis" in c for c in cases)
    for case in cases:
        for count in ("inclusive", "clear"):
            d = fn(case["starts"], count=count)
            assert d.outcome == case[count]
            assert ids(d) == case["basis"], (case["starts"], count)


def test_decree_47_notices_cite_exactly() -> None:
    data = load("decree_47_2020/art_43.yaml")
    assert data["notice"] and all("basis" in c for c in data["notice"])
    for case in data["notice"]:
        for count in ("inclusive", "clear"):
            d = data_sharing_suspension_notice_deadline(case["starts"], count=count)
            assert d.outcome == case[count]
            assert ids(d) == case["basis"], (case["starts"], count)
    assert data["user"] and all("basis_rolled" in c for c in data["user"])
    for case in data["user"]:
        rolled = user_suspension_notice_deadline(case["identified"])
        unrolled = user_suspension_notice_deadline(case["identified"], roll="none")
        assert (rolled.outcome, unrolled.outcome) == (case["rolled"], case["unrolled"])
        assert ids(rolled) == case["basis_rolled"], case["identified"]
        assert ids(unrolled) == case["basis_unrolled"], case["identified"]


def test_decree_85_reconciliation_cites_how_its_day_is_counted() -> None:
    """Art 17.5's one working day runs from the day after the fix (Civil Code Art 147.3); the
    duty cites both, and only 17.5 while no fix day is known."""
    from accessinfo.articles._outages import PortalIncident
    from accessinfo.articles.decree_85_2019.art_17 import incident_duties

    cases = load("decree_85_2019/art_17.yaml")["cases"]
    for case in cases:
        incident = PortalIncident(
            occurred_at=case["occurred"],
            expected_recovery=case.get("expected_recovery"),
            recovered_at=case.get("recovered"),
        )
        d = incident_duties(incident)
        duty = d.outcome.duty("reconcile_data")
        assert duty.due == case["reconcile_by"]
        assert ids(duty) == ["decree_85_2019.art17.c5", "code_91_2015.art147.c3"]
        assert ids(d) == case["basis"]
    pending = incident_duties(PortalIncident(occurred_at=cases[0]["occurred"]))
    assert ids(pending.outcome.duty("reconcile_data")) == ["decree_85_2019.art17.c5"]
    assert ids(pending) == cases[0]["basis"][:-1]  # all but the count's Art 147.3


@pytest.mark.parametrize(
    ("starts", "fn", "first"),
    [
        ("2026-06-30", "decree_64_2007.art_16", "decree_64_2007.art16.c1"),
        ("2026-10-12", "decree_224_2026.art_13", "decree_224_2026.art13.c1.pa"),
    ],
)
def test_a_checked_advance_notice_cites_how_its_day_is_counted(
    starts: str, fn: str, first: str
) -> None:
    """The advance-notice duty of a check has the due day of the latest-notice rule, and cites
    what that rule cites for the count: Civil Code Art 147.3."""
    import importlib
    from datetime import date

    from accessinfo.articles._outages import SuspensionNotice

    module = importlib.import_module(f"accessinfo.articles.{fn}")
    day = date.fromisoformat(starts)
    notice = SuspensionNotice(suspension_from=day, kind="planned", published_at=day)
    duty = module.suspension_duties(notice).outcome.duty("advance_notice")
    assert duty.due == module.latest_suspension_notice_day(day).outcome
    assert ids(duty) == [first, "code_91_2015.art147.c3"]
    failure = SuspensionNotice(suspension_from=day, kind="incident")
    not_owed = module.suspension_duties(failure).outcome.duty("advance_notice")
    assert ids(not_owed) == [first]  # no day counted, no count cited


def test_incident_duties_refuse_flags_that_are_not_booleans() -> None:
    from datetime import date

    from accessinfo.articles._outages import PortalIncident
    from accessinfo.articles.decree_85_2019.art_17 import incident_duties as before
    from accessinfo.articles.decree_336_2026.art_48 import incident_duties as after
    from accessinfo.errors import InvalidInput

    for fn, day in ((before, date(2024, 8, 6)), (after, date(2026, 10, 20))):
        incident = PortalIncident(occurred_at=day)
        with pytest.raises(InvalidInput, match="strict must be True or False, got 'yes'"):
            fn(incident, strict="yes")
        with pytest.raises(InvalidInput, match="trace must be True or False, got 1"):
            fn(incident, trace=1)


def test_information_rules_due_traces_its_day() -> None:
    from datetime import date

    from accessinfo.articles.decree_337_2026.art_15 import information_rules_due

    d = information_rules_due(trace=True)
    assert d.trace and d.trace[-1].date == date(2027, 3, 1) == d.outcome  # a Monday: no roll
    assert information_rules_due().trace is None
