"""Decree 85/2019 Art 7.2(d), (đ): the portal runs 24/7; the remedy notice to agencies."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from accessinfo.articles._outages import PortalIncident
from accessinfo.articles.decree_85_2019.art_7 import (
    incident_notice_to_agencies,
    single_window_must_operate,
)
from accessinfo.calendar import VN_TZ
from accessinfo.errors import InvalidInput, NoApplicableRule


def test_c2d_portal_runs_on_rest_days_and_at_night() -> None:
    # Sun 11/8/2024 and 03:00 on Tết's first day 2026 (Tue 17/2) are rest days: still 24/7
    assert single_window_must_operate(date(2024, 8, 11)).outcome is True
    d = single_window_must_operate(datetime(2026, 2, 17, 3, 0, tzinfo=VN_TZ))
    assert d.outcome is True
    assert d.basis[0].id == "decree_85_2019.art7.c2.pd"
    with pytest.raises(NoApplicableRule):
        single_window_must_operate(date(2019, 12, 31))


def test_c2dd_notice_of_plan_and_expected_recovery() -> None:
    incident = PortalIncident(occurred_at=date(2024, 8, 6), expected_recovery=date(2024, 8, 11))
    d = incident_notice_to_agencies(incident)
    assert d.outcome.timing == "at_once" and d.outcome.due == date(2024, 8, 6)
    assert "2024-08-11" in d.outcome.explanation
    assert str(d.basis[0]) == "điểm đ khoản 2 Điều 7 Nghị định số 85/2019/NĐ-CP"


@pytest.mark.parametrize("bad", [None, "2024-08-06", datetime(2024, 8, 6, 9, 0)])
def test_bad_input(bad: object) -> None:
    with pytest.raises(InvalidInput):
        single_window_must_operate(bad)  # type: ignore[arg-type]
    with pytest.raises(InvalidInput):
        incident_notice_to_agencies(bad)  # type: ignore[arg-type]
