"""Differential test: the public-sector calendar against python-holidays (``holidays.VN``).

python-holidays computes Vietnam's holidays by rule and carries some announced swaps in its
``weekend_workdays`` / special holidays; ``vn.is_working_day(d)`` already accounts for them.
Every day 2018-01-01 .. 2027-12-31 must agree, except the dates in ``KNOWN_DISAGREEMENTS``.

``KNOWN_DISAGREEMENTS`` was found by comparing python-holidays with the hand-made golden list
``tests/golden/public_sector_2018_2027.yaml`` (NOT with the library), with holidays 0.109.
On those dates the library must side with the golden list (i.e. still disagree with holidays).
If python-holidays fixes one of them, ``test_known_disagreements_are_still_disagreements``
fails: delete the entry then.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache
from pathlib import Path
from typing import Any

import holidays
import pytest
import yaml

GOLDEN_PATH = Path(__file__).parent / "golden" / "public_sector_2018_2027.yaml"
FIRST_DAY = date(2018, 1, 1)
LAST_DAY = date(2027, 12, 31)
YEARS = tuple(range(FIRST_DAY.year, LAST_DAY.year + 1))

# date -> why python-holidays is wrong for state agencies there, with the legal source.
KNOWN_DISAGREEMENTS: dict[date, str] = {
    # holidays 0.109 lacks the 2026 New Year swap: its 2026 special days hold only
    # 31/08 <-> 22/08 (research-update-2026-11.md §1.5).
    date(2026, 1, 2): (
        "Fri 02/01/2026 is a swapped REST day for state agencies (made up on Sat 10/01/2026): "
        "Công văn 12729/VPCP-KGVX of 25/12/2025 ✔; holidays.VN treats it as a working day"
    ),
    date(2026, 1, 10): (
        "Sat 10/01/2026 is a WORKING day for state agencies (make-up for Fri 02/01/2026): "
        "Công văn 12729/VPCP-KGVX of 25/12/2025 ✔; holidays.VN treats it as a weekend rest day"
    ),
}


@cache
def vn() -> holidays.HolidayBase:
    return holidays.VN(years=range(FIRST_DAY.year, LAST_DAY.year + 1))


@cache
def golden_special_days() -> tuple[frozenset[date], frozenset[date]]:
    """(rest weekdays, working Saturdays) from the hand-made golden list."""
    with GOLDEN_PATH.open(encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    rest = frozenset(e["date"] for y in YEARS for e in data[y]["rest_weekdays"])
    work = frozenset(e["date"] for y in YEARS for e in data[y]["working_saturdays"])
    return rest, work


def golden_is_working(d: date) -> bool:
    rest, work = golden_special_days()
    if d in work:
        return True
    if d in rest:
        return False
    return d.weekday() < 5


def days_of(year: int) -> list[date]:
    first = date(year, 1, 1)
    return [first + timedelta(days=n) for n in range((date(year + 1, 1, 1) - first).days)]


def describe(d: date) -> str:
    return f"{d} {d:%a} ({vn().get(d) or 'no holiday in holidays.VN'})"


# --------------------------------------------------------------- the list itself (no library)


def test_known_disagreements_are_well_formed() -> None:
    for d, reason in KNOWN_DISAGREEMENTS.items():
        assert FIRST_DAY <= d <= LAST_DAY, d
        assert reason.strip() and ("✔" in reason or "◐" in reason), d


def test_known_disagreements_are_still_disagreements() -> None:
    """Each listed date must still differ between holidays.VN and the golden list."""
    stale = [
        f"{describe(d)}: holidays.VN now agrees with the golden list; remove it"
        for d in KNOWN_DISAGREEMENTS
        if vn().is_working_day(d) == golden_is_working(d)
    ]
    assert not stale, "\n".join(stale)


@pytest.mark.parametrize("year", YEARS)
def test_golden_vs_holidays_only_known_disagreements(year: int) -> None:
    """The golden list and holidays.VN differ exactly on KNOWN_DISAGREEMENTS."""
    found = {d for d in days_of(year) if vn().is_working_day(d) != golden_is_working(d)}
    expected = {d for d in KNOWN_DISAGREEMENTS if d.year == year}
    assert found == expected, (
        "unlisted: "
        + ", ".join(describe(d) for d in sorted(found - expected))
        + " | listed but agreeing: "
        + ", ".join(str(d) for d in sorted(expected - found))
    )


# --------------------------------------------------------------------------- the library


@pytest.fixture(scope="module")
def cal() -> Any:
    # Imported here only so that the checks above can run without the library. A missing
    # library makes the tests below ERROR; nothing is skipped.
    from accessinfo.calendar import PUBLIC_SECTOR

    return PUBLIC_SECTOR


@pytest.mark.parametrize("year", YEARS)
def test_library_agrees_with_holidays_except_known(cal: Any, year: int) -> None:
    wrong = []
    for d in days_of(year):
        ours = cal.is_working_day(d)
        theirs = vn().is_working_day(d)
        if d in KNOWN_DISAGREEMENTS:
            if ours == theirs:
                wrong.append(
                    f"{describe(d)}: library agrees with holidays.VN (working={ours}) but "
                    f"should not: {KNOWN_DISAGREEMENTS[d]}"
                )
        elif ours != theirs:
            wrong.append(f"{describe(d)}: library working={ours}, holidays.VN working={theirs}")
    assert not wrong, "\n".join(wrong)
