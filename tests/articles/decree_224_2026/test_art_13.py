"""Decree 224/2026 Art 13: the suspension notice from 2026-07-01 (unverified text: provisional).

Golden dates are in tests/cases/decree_224_2026/art_13.yaml, each worked by hand.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from accessinfo.articles._outages import SuspensionNotice
from accessinfo.articles.decree_224_2026.art_13 import (
    latest_suspension_notice_day,
    suspension_duties,
)
from accessinfo.calendar import PUBLIC_SECTOR, VN_TZ
from accessinfo.errors import InvalidInput, NoApplicableRule, UnverifiedText

CASES: list[dict[str, Any]] = yaml.safe_load(
    (Path(__file__).parents[2] / "cases" / "decree_224_2026" / "art_13.yaml").read_text("utf-8")
)["cases"]


@pytest.mark.parametrize("case", CASES, ids=lambda c: str(c["starts"]))
def test_c1a_golden_latest_notice_day(case: dict[str, Any]) -> None:
    assert case["source"]
    d = latest_suspension_notice_day(case["starts"])
    assert d.outcome == case["inclusive"]
    assert d.rule_set == "decree_224_2026"
    assert latest_suspension_notice_day(case["starts"], count="clear").outcome == case["clear"]


def test_c1a_provisional_because_the_text_is_unverified() -> None:
    d = latest_suspension_notice_day(date(2026, 9, 7))
    assert d.status == "provisional"
    assert any("unverified" in c for c in d.caveats)
    assert d.basis[0].id == "decree_224_2026.art13.c1.pa"
    assert str(d.basis[0]) == "điểm a khoản 1 Điều 13 Nghị định số 224/2026/NĐ-CP"
    with pytest.raises(UnverifiedText):
        latest_suspension_notice_day(date(2026, 9, 7), strict=True)


def test_c1a_applies_from_1_july_2026_only() -> None:
    with pytest.raises(NoApplicableRule):
        latest_suspension_notice_day(date(2026, 6, 30))
    # 00:30 on Wed 1/7 in Vietnam (17:30 UTC on 30/6): Decree 224; Wed 1/7 -> Mon 22/6 (yaml)
    d = latest_suspension_notice_day(datetime(2026, 7, 1, 0, 30, tzinfo=VN_TZ))
    assert d.outcome == date(2026, 6, 22)


def test_c1b_force_majeure_keeps_the_remedy_duty() -> None:
    d = latest_suspension_notice_day(date(2026, 9, 7), force_majeure=True)
    assert d.outcome is None
    ids = [c.id for c in d.basis]
    assert "decree_224_2026.art13.c1.pb" in ids and "decree_224_2026.art13.c2" in ids
    assert d.status == "provisional"
    assert "requires no other public notice" in d.explanation
    assert "force_majeure_announcement" not in d.readings
    # the reading has nothing to apply to under Art 13: "owed" and "raise" change nothing
    for fm in ("owed", "raise"):
        again = latest_suspension_notice_day(
            date(2026, 9, 7), force_majeure=True, force_majeure_announcement=fm
        )
        assert again.outcome is None and again.basis == d.basis


def test_c1_weekend_window_crossing_national_day() -> None:
    # window Sat 5/9/2026 22:00 VN: reference day Sat 5/9. Counting back: Fri 4 (1), Thu 3 (2),
    # 2/9-29/8 off, Fri 28 (3), 27 (4), 26 (5), 25 (6), Mon 24/8 (7)
    d = latest_suspension_notice_day(datetime(2026, 9, 5, 22, 0, tzinfo=VN_TZ))
    assert d.outcome == date(2026, 8, 24)


def test_c1_checker_late_notice_and_no_backup() -> None:
    # Mon 7/9 -> latest Mon 24/8 (yaml); published Tue 25/8: one working day late
    n = SuspensionNotice(
        suspension_from=date(2026, 9, 7),
        kind="planned",
        published_at=date(2026, 8, 25),
        states_recovery_time=True,
        backup_in_place=False,
    )
    d = suspension_duties(n)
    assert d.rule_set == "decree_224_2026"
    assert d.status == "provisional"
    assert d.outcome.breached == ("advance_notice", "backup_plan")
    assert d.outcome.duty("backup_plan").basis[0].id == "decree_224_2026.art13.c2"
    ok = suspension_duties(n.model_copy(update={"published_at": date(2026, 8, 24)}))
    assert ok.outcome.duty("advance_notice").status == "met"
    # clear reading: the latest day is Sat 22/8 (swapped working), so 24/8 is then late
    strict_count = suspension_duties(
        n.model_copy(update={"published_at": date(2026, 8, 24)}), count="clear"
    )
    assert strict_count.outcome.latest_notice_day == date(2026, 8, 22)
    assert strict_count.outcome.duty("advance_notice").status == "breached"


def test_c1b_incident_remedy_started_next_day_is_undetermined() -> None:
    n = SuspensionNotice(
        suspension_from=datetime(2026, 10, 2, 23, 0, tzinfo=VN_TZ),
        kind="incident",
        published_at=datetime(2026, 10, 2, 23, 30, tzinfo=VN_TZ),
        remedy_started_at=datetime(2026, 10, 3, 8, 0, tzinfo=VN_TZ),
        states_recovery_time=True,
        backup_in_place=True,
    )
    check = suspension_duties(n).outcome
    # no "announce at once" duty in Art 13 (research-update-2026-12 §4.2): 13.1(b) only
    announce = check.duty("announce_at_once")
    assert announce.status == "not_applicable"
    assert [c.id for c in announce.basis] == ["decree_224_2026.art13.c1.pb"]
    assert "requires only an immediate remedy" in announce.explanation
    assert announce.explanation_vi is not None and "khắc phục sự cố" in announce.explanation_vi
    assert check.duty("recovery_time_stated").status == "not_applicable"
    assert check.duty("remedy_at_once").status == "undetermined"
    assert check.duty("remedy_at_once").basis[0].id == "decree_224_2026.art13.c1.pb"


def test_c1b_a_failure_with_no_notice_breaches_nothing() -> None:
    # Fri 2/10/2026: the portal fails, fixing starts within the hour, nothing is published
    n = SuspensionNotice(
        suspension_from=datetime(2026, 10, 2, 23, 0, tzinfo=VN_TZ),
        kind="incident",
        remedy_started_at=datetime(2026, 10, 2, 23, 40, tzinfo=VN_TZ),
        backup_in_place=True,
    )
    d = suspension_duties(n)
    assert d.outcome.breached == ()
    assert d.outcome.compliant is True
    assert "decree_224_2026.art13.c1.pb" in [c.id for c in d.basis]
    assert "decree_224_2026.art13.c1.pa" not in [c.id for c in d.basis]


@given(st.dates(min_value=date(2026, 7, 1), max_value=date(2035, 9, 30)))
def test_c1a_properties(start: date) -> None:
    d = latest_suspension_notice_day(start)
    notice = d.outcome
    assert notice is not None and PUBLIC_SECTOR.is_working_day(notice)
    assert PUBLIC_SECTOR.count(notice, start - timedelta(days=1)) + 1 == 7
    if PUBLIC_SECTOR.is_working_day(start):
        assert PUBLIC_SECTOR.count(notice, start) == 7
    clear = latest_suspension_notice_day(start, count="clear").outcome
    assert clear is not None and PUBLIC_SECTOR.count(clear, notice) == 1
    assert d.status == "provisional"


@pytest.mark.parametrize(
    "kwargs",
    [
        {"starts": 20260907},
        {"starts": datetime(2026, 9, 7, 2, 0)},
        {"starts": date(2026, 9, 7), "count": "exclusive"},
        {"starts": date(2026, 9, 7), "trace": "no"},
    ],
)
def test_bad_input(kwargs: dict[str, object]) -> None:
    with pytest.raises(InvalidInput):
        latest_suspension_notice_day(**kwargs)  # type: ignore[arg-type]
