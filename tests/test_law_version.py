"""Every Decision records the law version it was computed with (issue 11 §6).

``Decision.law_version`` is ``vn-law@<latest last_checked of _data/instruments.csv>``. The
``@rule`` decorator sets it; Decisions built elsewhere (the timeline, the letters, the
calendar's ``explain``, the CLI's calendar commands, the outage and data-sharing facades) set it
too. Checked as a property over the whole registry and every facade function, on dates drawn
within each rule's validity, and through the command line.
"""

from __future__ import annotations

import contextlib
import io
import json
from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from accessinfo.calendar import PUBLIC_SECTOR, CalendarDays, WorkingDays
from accessinfo.core.citations import instruments, law_version
from accessinfo.core.rules import SUPPORTED_FROM, Rule, registry
from accessinfo.errors import OutsideCalendar
from accessinfo.surfaces import cli
from tests import _probe
from tests.contract_inputs import facade_modules

RULES = registry()
VERSION = law_version()


def test_the_version_is_the_latest_check_of_the_instrument_table() -> None:
    latest = max(i.last_checked for i in instruments().values() if i.last_checked)
    assert VERSION == f"vn-law@{latest.isoformat()}"


def _last(r: Rule) -> date:
    return r.valid_until - timedelta(days=1) if r.valid_until else date(2035, 11, 30)


@pytest.mark.parametrize("r", RULES, ids=[r.id for r in RULES])
@settings(max_examples=4, deadline=None, database=None)
@given(data=st.data())
def test_every_rule_records_the_law_version(r: Rule, data: st.DataObject) -> None:
    when = data.draw(st.dates(min_value=max(r.valid_from, SUPPORTED_FROM), max_value=_last(r)))
    result = _probe.call(r.function, when)
    if isinstance(result, dict):
        assert result["law_version"] == VERSION, r.id


FACADES: list[tuple[str, Any]] = [
    (f"{mod.__name__}.{name}", getattr(mod, name))
    for mod in facade_modules()
    for name in getattr(mod, "__all__", [])
    if callable(getattr(mod, name)) and not isinstance(getattr(mod, name), type)
]


def test_every_facade_decision_records_the_law_version() -> None:
    checked: set[str] = set()
    for name, fn in FACADES:
        for when in _probe.DATES:
            result = _probe.call(fn, when)
            if isinstance(result, dict) and "basis" in result:
                assert result["law_version"] == VERSION, (name, when)
                checked.add(name)
    # the probe's plain inputs reach a Decision in most facades (not all: some need events)
    assert len(checked) >= 15, sorted(checked)


def test_the_timeline_letters_and_outages_record_it() -> None:
    from accessinfo.models.requests import InformationRequest
    from accessinfo.tasks import letters, outages, timeline

    req = InformationRequest(
        received_at=date(2026, 2, 13), channel="electronic", complexity="complex"
    )
    d = timeline.request_timeline(req, [], as_of=date(2026, 3, 31))
    assert d.law_version == VERSION
    notice = letters.extension_notice(
        agency="Sở Tư pháp",
        requester_name="Nguyễn Văn A",
        request_date=date(2026, 2, 13),
        channel="electronic",
        original_respond_by=d.outcome.deadlines.respond_by,
        extended_respond_by=d.outcome.deadlines.extended_respond_by,
        on=date(2026, 3, 2),
    )
    assert notice.law_version == VERSION
    n = outages.SuspensionNotice(suspension_from=date(2026, 9, 7), kind="planned")
    assert outages.check_suspension_notice(n).law_version == VERSION
    i = outages.PortalIncident(occurred_at=date(2026, 10, 20))
    assert outages.incident_duties(i).law_version == VERSION


@given(
    start=st.dates(min_value=date(2018, 1, 2), max_value=date(2035, 11, 30)), n=st.integers(-20, 20)
)
@settings(deadline=None)
@example(start=date(2018, 1, 2), n=-1)  # ends before 2018-01-01: refused, not mislabelled
def test_calendar_explain_records_it(start: date, n: int) -> None:
    for period in (WorkingDays(n), CalendarDays(n)):
        try:
            r = PUBLIC_SECTOR.reckon(start, period)
        except OutsideCalendar:
            assert n < 0 and start < date(2018, 3, 1)  # only the first weeks can run off
            continue
        assert PUBLIC_SECTOR.explain(r).law_version == VERSION


@pytest.mark.parametrize(
    "argv",
    [
        ["day", "2026-09-02", "--json"],
        ["count", "2026-01-09", "2026-01-13", "--json"],
        ["add", "2026-09-03", "-7", "--json"],
        ["special-days", "2027", "--json"],
        ["suspension", "2026-07-01", "--json"],
        ["incident", "--occurred", "2026-10-20", "--json"],
    ],
)
def test_the_cli_prints_it(argv: list[str]) -> None:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert cli.main(argv) == 0
    assert json.loads(out.getvalue())["law_version"] == VERSION
