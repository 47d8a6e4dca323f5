"""Decree 47/2020 Art 43: portal notice before suspending data sharing; 1-day notice to a user.

Golden dates are in tests/cases/decree_47_2020/art_43.yaml, each worked by hand.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from accessinfo.articles.decree_47_2020.art_43 import (
    data_sharing_suspension_notice_deadline,
    user_suspension_notice_deadline,
)
from accessinfo.calendar import PUBLIC_SECTOR, VN_TZ
from accessinfo.errors import AmbiguousReading, InvalidInput, NoApplicableRule

GOLDEN: dict[str, list[dict[str, Any]]] = yaml.safe_load(
    (Path(__file__).parents[2] / "cases" / "decree_47_2020" / "art_43.yaml").read_text("utf-8")
)


@pytest.mark.parametrize("case", GOLDEN["notice"], ids=lambda c: str(c["starts"]))
def test_c3_golden_portal_notice(case: dict[str, Any]) -> None:
    assert case["source"]
    d = data_sharing_suspension_notice_deadline(case["starts"])
    assert d.outcome == case["inclusive"]
    assert d.status == "final"
    assert d.readings == {"count": "inclusive"}
    clear = data_sharing_suspension_notice_deadline(case["starts"], count="clear")
    assert clear.outcome == case["clear"]


@pytest.mark.parametrize("case", GOLDEN["user"], ids=lambda c: str(c["identified"]))
def test_c5_golden_user_notice(case: dict[str, Any]) -> None:
    assert case["source"]
    d = user_suspension_notice_deadline(case["identified"])
    assert d.outcome == case["rolled"]
    assert d.readings == {"roll": "next_working_day"}
    plain = user_suspension_notice_deadline(case["identified"], roll="none")
    assert plain.outcome == case["unrolled"]


@pytest.mark.parametrize("case", GOLDEN["refused"], ids=lambda c: str(c["input"]))
def test_refused_after_the_repeal_naming_decree_278_2025(case: dict[str, Any]) -> None:
    assert case["source"] and case["working"]
    fn = {
        "notice": data_sharing_suspension_notice_deadline,
        "user": user_suspension_notice_deadline,
    }[case["function"]]
    with pytest.raises(NoApplicableRule, match=r"Decree No\. 278/2025/NĐ-CP \(Art 23\.2\)"):
        fn(**case["input"])


def test_c3_the_clear_reading_can_still_fall_before_the_repeal() -> None:
    # Fri 31/10/2025: the 7th working day back is Wed 22/10 (refused), the 8th Tue 21/10
    d = data_sharing_suspension_notice_deadline(date(2025, 10, 31), count="clear")
    assert d.outcome == date(2025, 10, 21) and d.status == "final"
    with pytest.raises(NoApplicableRule, match="suspension_notice_deadline"):
        data_sharing_suspension_notice_deadline(date(2025, 10, 31))


def test_c4_force_majeure_on_the_eve_of_the_repeal() -> None:
    d = data_sharing_suspension_notice_deadline(date(2025, 10, 21), force_majeure=True)
    assert d.outcome is None and d.status == "final"


def test_c3_basis() -> None:
    d = data_sharing_suspension_notice_deadline(date(2025, 5, 5))
    ids = [c.id for c in d.basis]
    assert ids[:2] == ["decree_47_2020.art43.c3", "decree_47_2020.art43.c1.pa"]
    assert str(d.basis[0]) == "khoản 3 Điều 43 Nghị định số 47/2020/NĐ-CP"


def test_c4_force_majeure() -> None:
    d = data_sharing_suspension_notice_deadline(date(2025, 5, 5), force_majeure=True)
    assert d.outcome is None
    assert "decree_47_2020.art43.c4" in [c.id for c in d.basis]
    assert "quickly" in d.explanation


def test_c5_rolled_basis_and_ground() -> None:
    # Fri 30/8/2024 -> Sat 31/8 rolls to Wed 4/9 (yaml): Civil Code 148.5 is cited
    d = user_suspension_notice_deadline(date(2024, 8, 30), ground="security_risk")
    ids = [c.id for c in d.basis]
    assert ids[0] == "decree_47_2020.art43.c5"
    assert "decree_47_2020.art43.c2.pb" in ids
    assert "code_91_2015.art148.c5" in ids
    assert "security risk" in d.explanation
    assert d.explanation_vi is not None and "an toàn, an ninh" in d.explanation_vi
    breach = user_suspension_notice_deadline(datetime(2024, 8, 30, 23, 0, tzinfo=VN_TZ))
    assert "decree_47_2020.art43.c2.pa" in [c.id for c in breach.basis]
    assert breach.outcome == date(2024, 9, 4)


def test_readings_raise() -> None:
    with pytest.raises(AmbiguousReading):
        data_sharing_suspension_notice_deadline(date(2025, 5, 5), count="raise")
    with pytest.raises(AmbiguousReading):
        user_suspension_notice_deadline(date(2025, 5, 5), roll="raise")


def test_in_force_from_25_may_2020() -> None:
    with pytest.raises(NoApplicableRule):
        data_sharing_suspension_notice_deadline(date(2020, 5, 20))
    with pytest.raises(NoApplicableRule):
        user_suspension_notice_deadline(date(2020, 5, 20))


@given(st.dates(min_value=date(2020, 6, 3), max_value=date(2025, 10, 30)))
def test_c3_properties(start: date) -> None:
    notice = data_sharing_suspension_notice_deadline(start).outcome
    assert notice is not None and PUBLIC_SECTOR.is_working_day(notice)
    assert PUBLIC_SECTOR.count(notice, start - timedelta(days=1)) + 1 == 7
    if PUBLIC_SECTOR.is_working_day(start):
        assert PUBLIC_SECTOR.count(notice, start) == 7


@given(st.dates(min_value=date(2020, 6, 1), max_value=date(2025, 10, 20)))
def test_c5_one_day_rolled_is_the_next_working_day(found: date) -> None:
    rolled = user_suspension_notice_deadline(found).outcome
    assert PUBLIC_SECTOR.is_working_day(rolled)
    assert PUBLIC_SECTOR.count(found, rolled) == 1
    assert user_suspension_notice_deadline(found, roll="none").outcome == found + timedelta(days=1)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"starts": None},
        {"starts": datetime(2025, 5, 5, 1, 0)},
        {"starts": date(2025, 5, 5), "count": 7},
        {"starts": date(2025, 5, 5), "force_majeure": None},
    ],
)
def test_bad_input_portal_notice(kwargs: dict[str, object]) -> None:
    with pytest.raises(InvalidInput):
        data_sharing_suspension_notice_deadline(**kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "kwargs",
    [
        {"identified": "hôm qua"},
        {"identified": datetime(2025, 5, 5, 1, 0)},
        {"identified": date(2025, 5, 5), "ground": "late_payment"},
        {"identified": date(2025, 5, 5), "roll": "previous_working_day"},
        {"identified": date(2025, 5, 5), "strict": "no"},
    ],
)
def test_bad_input_user_notice(kwargs: dict[str, object]) -> None:
    with pytest.raises(InvalidInput):
        user_suspension_notice_deadline(**kwargs)  # type: ignore[arg-type]
