"""Decree 336/2026 Art 48 replaces Decree 85/2019 from 15/10/2026; its successor to Art 17 is
unread, so incidents from that day get the Art 17 duties provisionally, and strict refuses.

Dates worked by hand (public-sector calendar; CV 10065/VPCP-KGVX for 24/11/2026):
* fixed Fri 16/10/2026: Sat 17, Sun 18 off, Mon 19/10 (1);
* fixed Mon 23/11/2026: Tue 24/11 is Vietnamese Culture Day, Wed 25/11 (1).
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from accessinfo.articles._outages import PortalIncident
from accessinfo.articles.decree_336_2026.art_48 import incident_duties
from accessinfo.calendar import VN_TZ
from accessinfo.core.rules import applicable
from accessinfo.errors import AmbiguousReading, NoApplicableRule
from accessinfo.tasks import outages


def test_an_incident_from_15_october_2026_is_provisional_naming_decree_336() -> None:
    d = incident_duties(
        PortalIncident(occurred_at=date(2026, 10, 15), recovered_at=date(2026, 10, 16))
    )
    assert d.outcome.reconcile_by == date(2026, 10, 19)
    assert d.status == "provisional" and d.rule_set == "decree_336_2026"
    assert [c.id for c in d.basis[:2]] == ["decree_336_2026.art48", "decree_85_2019.art17"]
    assert any("Decree 336/2026" in c and "has not been read" in c for c in d.caveats)
    assert any("336/2026/NĐ-CP" in c and "chưa đọc được" in c for c in d.caveats_vi)
    assert d.explanation.startswith("Incident on 2026-10-15")
    assert d.explanation_vi is not None and "15/10/2026" in d.explanation_vi
    # the same six duties as under Art 17
    assert [x.duty for x in d.outcome.duties] == [
        "post_on_portal",
        "notify_agencies",
        "notify_declarants",
        "continue_outside_portal",
        "publish_offline_procedures",
        "reconcile_data",
    ]


def test_culture_day_after_the_replacement() -> None:
    d = outages.incident_duties(
        PortalIncident(occurred_at=date(2026, 11, 23), recovered_at=date(2026, 11, 23))
    )
    assert d.outcome.reconcile_by == date(2026, 11, 25)
    assert d.status == "provisional"


def test_strict_refuses_with_a_clear_code() -> None:
    incident = PortalIncident(occurred_at=datetime(2026, 10, 20, 9, 0, tzinfo=VN_TZ))
    with pytest.raises(AmbiguousReading, match=r"Decree No\. 336/2026/NĐ-CP") as exc:
        outages.incident_duties(incident, strict=True)
    assert exc.value.code == "ambiguous-reading"
    assert "successor of Decree 85/2019 Art 17" in exc.value.message


def test_the_seed_incident_of_6_august_2024_is_unchanged() -> None:
    # docs/examples/customs-incident-2024.md: failure Tue 6/8/2024, recovery expected Sun 11/8
    d = outages.incident_duties(
        PortalIncident(occurred_at=date(2024, 8, 6), expected_recovery=date(2024, 8, 11)),
        strict=False,
    )
    assert d.rule_set == "decree_85_2019"
    assert d.outcome.reconcile_by == date(2024, 8, 12)
    assert not any("336" in c for c in d.caveats)
    fixed = outages.incident_duties(
        PortalIncident(occurred_at=date(2024, 8, 6), recovered_at=date(2024, 8, 9)), strict=True
    )
    assert fixed.status == "final" and fixed.outcome.reconcile_by == date(2024, 8, 12)


def test_the_version_is_chosen_by_the_day_of_the_incident() -> None:
    assert applicable("incident_duties", on=date(2026, 10, 14)).rule_set == "decree_85_2019"
    assert applicable("incident_duties", on=date(2026, 10, 15)).rule_set == "decree_336_2026"
    # begun on 14/10, fixed on 15/10: still Decree 85/2019 (Wed 14 -> fixed Thu 15 -> Fri 16)
    d = outages.incident_duties(
        PortalIncident(occurred_at=date(2026, 10, 14), recovered_at=date(2026, 10, 15))
    )
    assert d.rule_set == "decree_85_2019" and d.status == "final"
    assert d.outcome.reconcile_by == date(2026, 10, 16)


def test_not_before_15_october_2026() -> None:
    with pytest.raises(NoApplicableRule, match="85/2019"):
        incident_duties(PortalIncident(occurred_at=date(2026, 10, 14)))
