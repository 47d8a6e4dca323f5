"""Every golden case's date arithmetic, re-done by an independent day-walker.

``tests/independent_calendar.py`` is a plain loop over rest days and working Saturdays typed by
hand from the research tables (not from ``src/accessinfo/_calendar_data``). This file checks the
*expected* values written in ``tests/cases/**`` against it, so that a hand count that slipped is
caught even when the library happens to agree with it. The library itself is used only in the
last test, to compare its packaged calendar with the hand-typed one day by day.

Generic cases (``test_golden_cases.py`` shape) state their reading as a plain count:

* ``count:`` for a date ``expected``; ``counts:`` for a mapping ``expected`` (field -> count);
* a count is ``{from: DATE, working: N}`` (N-th working day after DATE, N < 0 before it),
  ``{from: DATE, calendar: N}`` (DATE + N days, rolled to a working day, Civil Code Art 148.5;
  ``roll: false`` keeps it), ``{from: DATE, months: N}`` (Civil Code Art 148.3, rolled), or
  ``{min: [count, ...]}`` (the earlier of several caps); any of them may add ``then: {...}``,
  a further step from the result (an extension after the original period, the working day
  before a period's end).

A generic case whose ``expected`` holds a date must carry ``count``/``counts`` for every date,
or ``no_count:`` saying why its date is not a plain count. The files with their own shapes
(Decree 64/2007 Art 16, Decree 224/2026 Art 13, Decree 47/2020 Art 43, Decree 85/2019 Art 17,
Circular 13/2016 Arts 16-18, Law 104 Chapter 3) are checked by the rule each file states.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests import independent_calendar as ic
from tests.test_golden_cases import generic_cases

CASES_DIR = Path(__file__).parent / "cases"


def _date(value: object) -> date:
    if isinstance(value, date):
        return value
    assert isinstance(value, str), value
    return date.fromisoformat(value)


def _step(start: date, spec: Mapping[str, Any]) -> date:
    roll = spec.get("roll", True)
    kinds = [k for k in ("working", "calendar", "months") if k in spec]
    assert len(kinds) == 1, f"a count step needs one of working/calendar/months: {spec!r}"
    n = spec[kinds[0]]
    assert isinstance(n, int), spec
    if kinds[0] == "working":
        end = ic.add_working(start, n)
    elif kinds[0] == "calendar":
        end = ic.add_calendar(start, n, roll=roll)
    else:
        end = ic.add_months(start, n, roll=roll)
    if "then" in spec:
        end = _step(end, spec["then"])
    return end


def evaluate(spec: Mapping[str, Any]) -> date:
    """The date a count spec names, walked by the independent calendar."""
    assert isinstance(spec, Mapping), spec
    if "min" in spec:
        end = min(evaluate(s) for s in spec["min"])
        return _step(end, spec["then"]) if "then" in spec else end
    return _step(_date(spec["from"]), spec)


def _dates_in(value: object, where: str = "") -> dict[str, date]:
    """Every date inside an ``expected`` value, by its field path."""
    if isinstance(value, date):
        return {where: value}
    if isinstance(value, str):
        try:
            return {where: date.fromisoformat(value)} if len(value) == 10 else {}
        except ValueError:
            return {}
    if isinstance(value, Mapping):
        out: dict[str, date] = {}
        for k, v in value.items():
            out.update(_dates_in(v, f"{where}.{k}" if where else str(k)))
        return out
    if isinstance(value, list):
        out = {}
        for i, v in enumerate(value):
            out.update(_dates_in(v, f"{where}[{i}]"))
        return out
    return {}


def _generic() -> list[Any]:
    params = []
    for path in sorted(CASES_DIR.rglob("*.yaml")):
        cases = generic_cases(yaml.safe_load(path.read_text(encoding="utf-8")))
        if cases is None:
            continue
        rel = path.relative_to(CASES_DIR).as_posix()
        for case in cases:
            params.append(pytest.param(case, id=f"{rel}::{case.get('name')}"))
    return params


GENERIC = _generic()


@pytest.mark.parametrize("case", GENERIC)
def test_generic_case_dates_are_plain_counts(case: dict[str, Any]) -> None:
    dated = _dates_in(case.get("expected"))
    if "no_count" in case:
        assert isinstance(case["no_count"], str) and case["no_count"].strip()
        return
    if "count" in case:
        assert set(dated) == {""}, f"count: needs a date expected, got {case.get('expected')!r}"
        got = evaluate(case["count"])
        assert got == dated[""], f"independent count {got} != expected {dated['']}"
        return
    if "counts" in case:
        counts = case["counts"]
        assert set(counts) == set(dated), (
            f"every date field needs a count: dated {sorted(dated)}, counted {sorted(counts)}"
        )
        for field, spec in counts.items():
            got = evaluate(spec)
            assert got == dated[field], f"{field}: independent count {got} != {dated[field]}"
        return
    assert not dated, (
        f"case {case.get('name')!r} expects a date but has no count/counts "
        "(or no_count: with the reason it is not a plain count)"
    )


def _load(rel: str) -> Any:
    return yaml.safe_load((CASES_DIR / rel).read_text(encoding="utf-8"))


@pytest.mark.parametrize("rel", ["decree_64_2007/art_16.yaml", "decree_224_2026/art_13.yaml"])
def test_suspension_notice_files(rel: str) -> None:
    """07 working days before the start: the 7th working day back ('inclusive') and the 8th
    ('clear', 7 full working days strictly between)."""
    doc = _load(rel)
    for case in doc["cases"]:
        starts = _date(case["starts"])
        assert ic.add_working(starts, -7) == _date(case["inclusive"]), case
        assert ic.add_working(starts, -8) == _date(case["clear"]), case


def test_decree_47_2020_art_43_file() -> None:
    doc = _load("decree_47_2020/art_43.yaml")
    for case in doc["notice"]:
        starts = _date(case["starts"])
        assert ic.add_working(starts, -7) == _date(case["inclusive"]), case
        assert ic.add_working(starts, -8) == _date(case["clear"]), case
    for case in doc["user"]:  # Art 43.5 "chậm nhất 01 ngày": one calendar day, rolled or not
        identified = _date(case["identified"])
        assert ic.add_calendar(identified, 1) == _date(case["rolled"]), case
        assert ic.add_calendar(identified, 1, roll=False) == _date(case["unrolled"]), case


def test_decree_85_2019_art_17_file() -> None:
    """Art 17.5: the first working day after the (actual or expected) recovery day."""
    for case in _load("decree_85_2019/art_17.yaml")["cases"]:
        fixed = _date(case.get("recovered") or case["expected_recovery"])
        assert ic.add_working(fixed, 1) == _date(case["reconcile_by"]), case


@pytest.mark.parametrize(
    ("rel", "rules"),
    [
        (
            "circular_13_2016/art_16.yaml",
            {"decide_by": ("received", 7), "account_by": ("approved", 10)},
        ),
        (
            "circular_13_2016/art_17.yaml",
            {"decide_by": ("received", 5), "account_by": ("approved", 1)},
        ),
        (
            "circular_13_2016/art_18.yaml",
            {"respond_by": ("received", 5), "extended_respond_by": ("received", 15)},
        ),
    ],
)
def test_circular_13_2016_files(rel: str, rules: dict[str, tuple[str, int]]) -> None:
    for case in _load(rel):
        for field, (start, n) in rules.items():
            if case.get(field) is not None:
                assert ic.add_working(_date(case[start]), n) == _date(case[field]), (case, field)


def test_law_104_chapter_3_file() -> None:
    for case in _load("law_104_2016/chapter_3.yaml")["cases"]:
        dated = {
            k: _date(case[k])
            for k in ("notify_by", "respond_by", "extension_notice_by", "extended_respond_by")
            if case.get(k) is not None
        }
        counts = case.get("counts", {})
        assert case["source"].strip(), case["name"]
        assert set(counts) == set(dated), (case["name"], sorted(dated), sorted(counts))
        for field, spec in counts.items():
            assert evaluate(spec) == dated[field], (case["name"], field)


# --- the walker itself --------------------------------------------------------------------------


def test_hand_typed_lists_are_well_formed() -> None:
    rest = [d for d, _, _ in ic.REST_WEEKDAYS]
    assert len(rest) == len(set(rest))
    for d, name, source in ic.REST_WEEKDAYS:
        assert d.weekday() < 5, f"{d} is listed as a rest weekday but is a weekend day"
        assert name.strip() and source.strip()
    for d, source in ic.WORKING_SATURDAYS:
        assert d.weekday() == 5 and source.strip()


def test_walker_on_the_design_examples() -> None:
    # design.md: 2026-01-10 is a swapped working Saturday; 9/1/2026 + 3 working days = 13/1
    assert ic.is_working_day(date(2026, 1, 10))
    assert ic.add_working(date(2026, 1, 9), 3) == date(2026, 1, 13)
    assert ic.count_working(date(2026, 1, 9), date(2026, 1, 13)) == 3
    # 24/11/2026 off, 23/11 and 28/11 as usual (research-update-2026-11 §1.3)
    assert not ic.is_working_day(date(2026, 11, 24))
    assert ic.is_working_day(date(2026, 11, 23))
    assert not ic.is_working_day(date(2026, 11, 28))
    # Civil Code Art 148.3: no 31 February
    assert ic.add_months(date(2026, 8, 31), 6, roll=False) == date(2027, 2, 28)


def test_walker_refuses_outside_the_typed_years() -> None:
    with pytest.raises(LookupError):
        ic.is_working_day(date(2017, 12, 29))
    with pytest.raises(LookupError):
        ic.add_working(date(2027, 12, 30), 3)


def test_packaged_calendar_matches_the_research_day_by_day() -> None:
    """src/accessinfo/_calendar_data against the hand-typed research list, 2018-2027."""
    from accessinfo.calendar import PUBLIC_SECTOR

    differ = []
    d = ic.FIRST
    while d <= ic.LAST:
        if PUBLIC_SECTOR.is_working_day(d) != ic.is_working_day(d):
            differ.append(d)
        d += timedelta(days=1)
    assert differ == []
