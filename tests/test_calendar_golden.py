"""Check the public-sector calendar against an independent, hand-made golden list.

The oracle is ``tests/golden/public_sector_2018_2027.yaml``. It was written by hand from the
legal research (``research-notes.md`` §8 and ``research-update-2026-11.md`` §1), NOT from the
library's data nor from python-holidays; see the header of that file. Never regenerate it from
the library: a test that compares the library with its own output proves nothing.

Every day from 2018-01-01 to 2027-12-31 is checked:

* a Monday–Friday is a working day unless it is listed under ``rest_weekdays``;
* a Saturday is a rest day unless it is listed under ``working_saturdays``;
* a Sunday is always a rest day.

The ``test_yaml_*`` tests check the golden file itself and do not need the library, so they can
be run on their own with ``pytest tests/test_calendar_golden.py -k yaml``. All other tests import
the library and FAIL (they are not skipped) if it is missing.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

GOLDEN_PATH = Path(__file__).parent / "golden" / "public_sector_2018_2027.yaml"
FIRST_DAY = date(2018, 1, 1)
LAST_DAY = date(2027, 12, 31)
YEARS = tuple(range(FIRST_DAY.year, LAST_DAY.year + 1))

# Hand-counted from the research, per year: (rest weekdays, working Saturdays).
# Pinned here so that a row dropped from (or added to) the YAML fails loudly.
EXPECTED_COUNTS: dict[int, tuple[int, int]] = {
    2018: (11, 0),  # incl. Mon 31/12/2018, swapped for Sat 05/01/2019
    2019: (11, 2),
    2020: (10, 0),  # BLLĐ 2012: Quốc khánh 1 day
    2021: (11, 0),
    2022: (11, 0),
    2023: (11, 0),
    2024: (12, 1),
    2025: (12, 1),
    2026: (14, 2),  # incl. 02/01 swap (12729/VPCP-KGVX) and 24/11 (NQ 28/2026/QH16)
    2027: (12, 0),  # incl. 24/11; no swaps found
}

WORKING_KINDS = frozenset({"working", "swapped_working"})
REST_KINDS = frozenset({"weekend", "holiday", "compensatory", "swapped_rest"})


# --------------------------------------------------------------------------- golden loading


@cache
def load_golden() -> dict[int, dict[str, list[dict[str, Any]]]]:
    with GOLDEN_PATH.open(encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    assert isinstance(data, dict), "golden file must be a mapping of year -> lists"
    return data


def rest_weekdays(year: int) -> list[date]:
    return [entry["date"] for entry in load_golden()[year]["rest_weekdays"]]


def working_saturdays(year: int) -> list[date]:
    return [entry["date"] for entry in load_golden()[year]["working_saturdays"]]


@cache
def all_rest_weekdays() -> frozenset[date]:
    return frozenset(d for y in YEARS for d in rest_weekdays(y))


@cache
def all_working_saturdays() -> frozenset[date]:
    return frozenset(d for y in YEARS for d in working_saturdays(y))


def golden_is_working(d: date) -> bool:
    if d in all_working_saturdays():
        return True
    if d in all_rest_weekdays():
        return False
    return d.weekday() < 5


def days_of(year: int) -> Iterator[date]:
    d = date(year, 1, 1)
    while d.year == year:
        yield d
        d += timedelta(days=1)


# --------------------------------------------------------------------------- the golden file


def test_yaml_covers_exactly_the_years_2018_to_2027() -> None:
    data = load_golden()
    assert sorted(data) == list(YEARS)
    for year, lists in data.items():
        assert set(lists) == {"rest_weekdays", "working_saturdays"}, year
        assert isinstance(lists["rest_weekdays"], list), year
        assert isinstance(lists["working_saturdays"], list), year


def test_yaml_entries_are_well_formed() -> None:
    for year in YEARS:
        for key in ("rest_weekdays", "working_saturdays"):
            for entry in load_golden()[year][key]:
                assert set(entry) == {"date", "name", "source"}, entry
                # yaml.safe_load gives datetime.date for an unquoted ISO date; a quoted one or a
                # timestamp would be a str or a datetime.
                assert type(entry["date"]) is date, entry
                assert entry["date"].year == year, entry
                assert isinstance(entry["name"], str) and entry["name"].strip(), entry
                assert isinstance(entry["source"], str) and entry["source"].strip(), entry
                assert "✔" in entry["source"] or "◐" in entry["source"], (
                    f"source of {entry['date']} must carry its ✔/◐ status"
                )


def test_yaml_rest_weekdays_are_monday_to_friday() -> None:
    bad = [d for y in YEARS for d in rest_weekdays(y) if d.weekday() > 4]
    assert not bad, f"rest_weekdays on a weekend: {bad}"


def test_yaml_working_saturdays_are_saturdays() -> None:
    bad = [d for y in YEARS for d in working_saturdays(y) if d.weekday() != 5]
    assert not bad, f"working_saturdays that are not Saturdays: {bad}"


@pytest.mark.parametrize("year", YEARS)
def test_yaml_lists_are_sorted_without_duplicates(year: int) -> None:
    for dates in (rest_weekdays(year), working_saturdays(year)):
        assert dates == sorted(dates), f"{year}: not sorted"
        assert len(dates) == len(set(dates)), f"{year}: duplicate dates"


def test_yaml_no_date_is_listed_twice_across_the_file() -> None:
    every = [d for y in YEARS for d in rest_weekdays(y) + working_saturdays(y)]
    assert len(every) == len(set(every))


@pytest.mark.parametrize("year", YEARS)
def test_yaml_counts_per_year(year: int) -> None:
    assert (len(rest_weekdays(year)), len(working_saturdays(year))) == EXPECTED_COUNTS[year]


def test_yaml_pins_the_known_facts() -> None:
    # Swaps known from the research: working Saturday -> the weekday it freed.
    swaps = {
        date(2019, 1, 5): date(2018, 12, 31),
        date(2019, 5, 4): date(2019, 4, 29),
        date(2024, 5, 4): date(2024, 4, 29),
        date(2025, 4, 26): date(2025, 5, 2),
        date(2026, 1, 10): date(2026, 1, 2),
        date(2026, 8, 22): date(2026, 8, 31),
    }
    assert all_working_saturdays() == frozenset(swaps)
    assert frozenset(swaps.values()) <= all_rest_weekdays()
    # Ngày Văn hóa Việt Nam (NQ 28/2026/QH16): one day, no swap.
    assert {date(2026, 11, 24), date(2027, 11, 24)} <= all_rest_weekdays()
    # Working days: the 23/11/2026 swap was not adopted; no New Year 2027 bridge found.
    assert golden_is_working(date(2026, 11, 23))
    assert golden_is_working(date(2026, 12, 31))
    assert not golden_is_working(date(2026, 11, 28))  # ordinary Saturday, swap not adopted
    # Quốc khánh: 1 day under BLLĐ 2012 (to 2020), 2 days under BLLĐ 2019 (from 2021).
    assert golden_is_working(date(2020, 9, 3)) and golden_is_working(date(2020, 9, 1))
    assert not golden_is_working(date(2021, 9, 3))
    # Tết 2027 block 04–10/02, back to work Thu 11/02.
    assert not any(golden_is_working(date(2027, 2, n)) for n in range(4, 11))
    assert golden_is_working(date(2027, 2, 11))


# --------------------------------------------------------------------------- the library


@pytest.fixture(scope="module")
def cal() -> Any:
    # Imported here, not at module level, only so that the test_yaml_* checks above can run
    # on their own. A missing library makes every test below ERROR; nothing is skipped.
    from accessinfo.calendar import PUBLIC_SECTOR

    return PUBLIC_SECTOR


def test_known_until_covers_the_golden_range(cal: Any) -> None:
    assert cal.known_until >= LAST_DAY


@pytest.mark.parametrize("year", YEARS)
def test_every_day_matches_golden(cal: Any, year: int) -> None:
    wrong = [
        f"{d} {d:%a}: expected {'working' if golden_is_working(d) else 'rest'}"
        for d in days_of(year)
        if cal.is_working_day(d) != golden_is_working(d)
    ]
    assert not wrong, f"{len(wrong)} day(s) differ from the golden list:\n" + "\n".join(wrong)


@pytest.mark.parametrize("year", YEARS)
def test_day_info_agrees_with_is_working_day(cal: Any, year: int) -> None:
    wrong = []
    for d in days_of(year):
        info = cal.day(d)
        working = cal.is_working_day(d)
        if info.date != d:
            wrong.append(f"{d}: day().date is {info.date}")
        if info.working != working:
            wrong.append(f"{d}: day().working={info.working}, is_working_day={working}")
        if info.kind not in (WORKING_KINDS if working else REST_KINDS):
            wrong.append(f"{d}: kind {info.kind!r} but working={working}")
        if d in all_working_saturdays() and info.kind != "swapped_working":
            wrong.append(f"{d}: listed working Saturday has kind {info.kind!r}")
        if golden_is_working(d) and d.weekday() < 5 and info.kind != "working":
            wrong.append(f"{d}: ordinary weekday has kind {info.kind!r}")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("year", YEARS)
def test_special_days_have_a_source(cal: Any, year: int) -> None:
    missing = []
    for d in rest_weekdays(year) + working_saturdays(year):
        info = cal.day(d)
        if info.source is None:
            missing.append(f"{d}: source is None")
        if info.status == "regular":
            missing.append(f"{d}: status is 'regular' for a special day")
    assert not missing, "\n".join(missing)


@pytest.mark.parametrize("year", YEARS)
def test_counts_per_year_match_golden(cal: Any, year: int) -> None:
    days = list(days_of(year))
    lib_rest_weekdays = sum(1 for d in days if d.weekday() < 5 and not cal.is_working_day(d))
    lib_working_saturdays = sum(1 for d in days if d.weekday() == 5 and cal.is_working_day(d))
    lib_working_sundays = sum(1 for d in days if d.weekday() == 6 and cal.is_working_day(d))
    assert lib_rest_weekdays == len(rest_weekdays(year)) == EXPECTED_COUNTS[year][0]
    assert lib_working_saturdays == len(working_saturdays(year)) == EXPECTED_COUNTS[year][1]
    assert lib_working_sundays == 0
