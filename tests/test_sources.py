"""The legal status people can see: accessinfo.tasks.sources and ``accessinfo sources``."""

from __future__ import annotations

import contextlib
import io
import json
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from accessinfo.core.citations import instruments, law_version
from accessinfo.errors import InvalidInput
from accessinfo.surfaces import cli
from accessinfo.tasks.sources import legal_sources

# (instrument, last day in force, successor): research-update-2026-12 §0 and §3
ENDED = [
    ("decree_13_2018", date(2026, 8, 31), "decree_337_2026"),
    ("decree_85_2019", date(2026, 10, 14), "decree_336_2026"),
    ("decree_47_2020", date(2025, 10, 21), "decree_278_2025"),
    ("decree_64_2007", date(2026, 6, 30), "decree_224_2026"),
    ("law_104_2016", date(2026, 8, 31), "law_01_2026"),
]


def run(*argv: str) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert cli.main(list(argv)) == 0
    return out.getvalue()


def test_every_instrument_is_listed_once() -> None:
    report = legal_sources()
    assert [r.id for r in report.instruments].count("law_01_2026") == 1
    assert {r.id for r in report.instruments} == set(instruments())
    assert report.law_version == law_version() and report.as_of is None
    assert all(r.in_force is None for r in report.instruments)


@pytest.mark.parametrize(("iid", "last", "successor"), ENDED)
def test_ended_instruments_on_both_sides_of_their_end(iid: str, last: date, successor: str) -> None:
    before = legal_sources(on=last).instrument(iid)
    after = legal_sources(on=last + timedelta(days=1)).instrument(iid)
    assert before.in_force is True and after.in_force is False
    assert before.replaced_by == successor and before.replaced_by_name
    assert before.last_checked == date(2026, 12, 1)
    assert legal_sources(on=last + timedelta(days=1)).instrument(successor).in_force


def test_the_unknowns_the_issue_names() -> None:
    report = legal_sources()
    unknown = dict(report.unknowns)
    assert "Art 17" in unknown["decree_85_2019"] and "336/2026" in unknown["decree_85_2019"]
    assert "278/2025" in unknown["decree_47_2020"]
    assert "not found" in unknown["decree_278_2025"]
    assert "saving clause" in unknown["decree_13_2018"]
    # the New Year 2027 bridge belongs to the calendar
    bridge = [d for d in report.calendar.open_days if d.date == date(2027, 1, 1)]
    assert bridge and "re-check" in bridge[0].note
    assert report.calendar.known_until == date(2027, 12, 31)
    assert {d.status for d in report.calendar.open_days} <= {"derived", "projected", "statutory"}


def test_groups() -> None:
    legal = legal_sources(group="legal")
    assert legal.instruments and all(
        r.kind not in ("letter", "notice", "report") for r in legal.instruments
    )
    cal = legal_sources(group="calendar")
    assert cal.instrument("cv_10065_2026").group == "calendar"
    with pytest.raises(InvalidInput):
        legal.instrument("cv_10065_2026")
    with pytest.raises(InvalidInput):
        legal_sources(group="press")  # type: ignore[arg-type]
    with pytest.raises(InvalidInput):
        legal_sources(on="2026-01-01")  # type: ignore[arg-type]


@given(on=st.dates(min_value=date(2018, 1, 1), max_value=date(2035, 12, 31)))
def test_in_force_matches_the_instrument_table(on: date) -> None:
    table = instruments()
    for r in legal_sources(on=on).instruments:
        assert r.in_force is table[r.id].in_force(on)


def test_cli_text() -> None:
    text = run("sources", "--on", "2026-10-15")
    assert text.startswith(f"Legal status of the sources ({law_version()})")
    assert "decree_85_2019: Decree No. 85/2019/NĐ-CP" in text
    assert "replaced by Decree No. 336/2026/NĐ-CP (decree_336_2026)" in text
    assert "[NOT in force on that day]" in text and "[in force on that day]" in text
    assert "STILL UNKNOWN: The provision of Decree 336/2026 that succeeds Art 17" in text
    assert "2027-01-01 New Year's Day (statutory): no bridge from 31/12/2026 found" in text
    assert "announced schedules up to 2027-12-31" in text


def test_cli_unknowns_only_and_json() -> None:
    text = run("sources", "--unknowns", "--group", "legal")
    assert "decree_47_2020" in text and "code_91_2015" not in text
    data = json.loads(run("sources", "--json", "--on", "2025-10-22"))
    rows = {r["id"]: r for r in data["instruments"]}
    assert rows["decree_47_2020"]["in_force"] is False
    assert rows["decree_278_2025"]["in_force"] is True
    assert data["law_version"] == law_version()
    assert data["calendar"]["known_until"] == "2027-12-31"


def test_cli_bad_date() -> None:
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        assert cli.main(["sources", "--on", "tomorrow"]) == cli.EXIT_USAGE
    assert "usage error: on: 'tomorrow' is neither YYYY-MM-DD" in err.getvalue()
