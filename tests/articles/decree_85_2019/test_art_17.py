"""Decree 85/2019 Art 17: National Single Window incident duties and the reconciliation day.

Golden dates are in tests/cases/decree_85_2019/art_17.yaml, each worked by hand.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from accessinfo.articles._outages import PortalIncident
from accessinfo.articles.decree_85_2019.art_17 import incident_duties
from accessinfo.calendar import PUBLIC_SECTOR, VN_TZ, WorkingDays
from accessinfo.errors import InvalidInput, NoApplicableRule
from accessinfo.tasks import outages

REPLACED = date(2026, 10, 15)  # Decree 336/2026 replaces Decree 85/2019 (its Art 48)
CASES: list[dict[str, Any]] = yaml.safe_load(
    (Path(__file__).parents[2] / "cases" / "decree_85_2019" / "art_17.yaml").read_text("utf-8")
)["cases"]


@pytest.mark.parametrize("case", CASES, ids=lambda c: str(c.get("recovered", "expected")))
def test_c5_golden_reconcile_by(case: dict[str, Any]) -> None:
    assert case["source"]
    incident = PortalIncident(
        occurred_at=case["occurred"],
        expected_recovery=case.get("expected_recovery"),
        recovered_at=case.get("recovered"),
    )
    d = incident_duties(incident)
    assert d.outcome.reconcile_by == case["reconcile_by"]
    assert d.outcome.duty("reconcile_data").estimated is case["estimated"]
    assert d.status == ("provisional" if case["estimated"] else "final")


def test_seed_002_customs_incident_of_6_august_2024() -> None:
    # Letter 3793/TCHQ-CNTT: failure on Tue 6/8/2024, recovery expected Sun 11/8/2024.
    incident = PortalIncident(
        occurred_at=date(2024, 8, 6),
        expected_recovery=date(2024, 8, 11),
        reference="3793/TCHQ-CNTT",
    )
    d = incident_duties(incident)
    out = d.outcome
    assert [x.duty for x in out.duties] == [
        "post_on_portal",
        "notify_agencies",
        "notify_declarants",
        "continue_outside_portal",
        "publish_offline_procedures",
        "reconcile_data",
    ]
    post, notify = out.duty("post_on_portal"), out.duty("notify_agencies")
    assert (post.timing, post.due, post.who) == ("at_once", date(2024, 8, 6), "portal_manager")
    assert (notify.timing, notify.due) == ("at_once", date(2024, 8, 6))
    assert [c.id for c in notify.basis] == ["decree_85_2019.art7.c2.pdd", "decree_85_2019.art17.c1"]
    assert out.duty("notify_declarants").who == "processing_agencies"
    assert out.duty("notify_declarants").timing == "unspecified"
    paper = out.duty("continue_outside_portal")
    assert (paper.timing, paper.until, paper.estimated) == (
        "during_incident",
        date(2024, 8, 11),
        True,
    )
    assert [c.id for c in paper.basis] == [
        "decree_85_2019.art17.c3.pa",
        "decree_85_2019.art17.c3.pb",
    ]
    assert out.duty("publish_offline_procedures").basis[0].id == "decree_85_2019.art17.c4"
    # Sun 11/8 is day zero; Mon 12/8 is the first working day after it
    assert out.reconcile_by == date(2024, 8, 12)
    assert out.recovery == date(2024, 8, 11) and out.recovery_is_actual is False
    assert d.status == "provisional"
    assert any("expected recovery" in c for c in d.caveats)
    assert d.basis[0].id == "decree_85_2019.art17"


def test_c5_recovery_time_in_utc_is_read_in_vietnam_time() -> None:
    # 18:00 UTC on Fri 9/8/2024 is 01:00 on Sat 10/8 in Vietnam: day zero Sat 10/8;
    # Sun 11 off; Mon 12/8 (1)
    incident = PortalIncident(
        occurred_at=date(2024, 8, 6), recovered_at=datetime(2024, 8, 9, 18, 0, tzinfo=UTC)
    )
    d = incident_duties(incident, trace=True)
    assert d.outcome.recovery == date(2024, 8, 10)
    assert d.outcome.reconcile_by == date(2024, 8, 12)
    assert d.status == "final"
    assert d.trace is not None and d.trace[-1].date == date(2024, 8, 12)


def test_c5_no_recovery_yet() -> None:
    d = incident_duties(PortalIncident(occurred_at=datetime(2024, 8, 6, 8, 0, tzinfo=VN_TZ)))
    assert d.outcome.reconcile_by is None
    assert d.outcome.recovery is None
    assert d.outcome.duty("continue_outside_portal").until is None
    assert d.status == "final"


def test_force_majeure_gives_the_same_duties() -> None:
    d = incident_duties(PortalIncident(occurred_at=date(2024, 8, 6), force_majeure=True))
    assert "force majeure" in d.explanation
    assert len(d.outcome.duties) == 6


def test_before_decree_85_in_force() -> None:
    with pytest.raises(NoApplicableRule):
        incident_duties(PortalIncident(occurred_at=date(2019, 12, 31)))


@given(
    st.dates(min_value=date(2020, 1, 1), max_value=date(2035, 6, 30)),
    st.integers(min_value=0, max_value=30),
)
def test_c5_reconcile_is_the_first_working_day_after_recovery(start: date, days: int) -> None:
    # through the facade, which picks Decree 85/2019 or (from 2026-10-15) Decree 336/2026
    recovered = date.fromordinal(start.toordinal() + days)
    d = outages.incident_duties(PortalIncident(occurred_at=start, recovered_at=recovered))
    due = d.outcome.reconcile_by
    assert due is not None and due > recovered
    assert PUBLIC_SECTOR.is_working_day(due)
    assert PUBLIC_SECTOR.count(recovered, due) == 1
    replaced = start >= REPLACED
    assert d.rule_set == ("decree_336_2026" if replaced else "decree_85_2019")
    assert (d.status == "provisional") is (
        replaced or not PUBLIC_SECTOR.reckon(recovered, WorkingDays(1)).certain
    )


def test_decree_85_ends_on_14_october_2026() -> None:
    last = incident_duties(PortalIncident(occurred_at=date(2026, 10, 14)))
    assert last.status == "final" and last.rule_set == "decree_85_2019"
    with pytest.raises(NoApplicableRule, match="2026-10-15"):
        incident_duties(PortalIncident(occurred_at=date(2026, 10, 15)))
    # 23:30 on 14/10 in UTC is 06:30 on 15/10 in Vietnam: Decree 336/2026 already
    with pytest.raises(NoApplicableRule):
        incident_duties(PortalIncident(occurred_at=datetime(2026, 10, 14, 23, 30, tzinfo=UTC)))


@pytest.mark.parametrize(
    "fields",
    [
        {"occurred_at": datetime(2024, 8, 6, 8, 0)},
        {"occurred_at": date(2024, 8, 6), "recovered_at": date(2024, 8, 5)},
        {"occurred_at": date(2024, 8, 6), "expected_recovery": date(2024, 8, 1)},
        {"occurred_at": date(2024, 8, 6), "recovered_at": 1723334400},
        {"occurred_at": date(2024, 8, 6), "force_majeure": "no"},
        {"occurred_at": None},
        {"occurred_at": date(2024, 8, 6), "severity": "high"},
    ],
)
def test_bad_input_incident(fields: dict[str, object]) -> None:
    with pytest.raises(InvalidInput):
        PortalIncident(**fields)  # type: ignore[arg-type]


def test_bad_input_duties() -> None:
    ok = PortalIncident(occurred_at=date(2024, 8, 6))
    with pytest.raises(InvalidInput):
        incident_duties({"occurred_at": date(2024, 8, 6)})  # type: ignore[arg-type]
    with pytest.raises(InvalidInput):
        incident_duties(ok, calendar="customs")  # type: ignore[arg-type]
    with pytest.raises(InvalidInput):
        incident_duties(ok, trace="yes")  # type: ignore[arg-type]
    with pytest.raises(InvalidInput):
        incident_duties(ok).outcome.duty("call_the_minister")


def test_model_copy_cannot_smuggle_bad_values() -> None:
    ok = PortalIncident(occurred_at=date(2024, 8, 6))
    bad = ok.model_copy(update={"recovered_at": date(2024, 8, 1)})
    with pytest.raises(InvalidInput):
        incident_duties(bad)
