"""Notebook view: the structure of the HTML (cells by date and class), not its pixels."""

from __future__ import annotations

from datetime import date
from html.parser import HTMLParser
from typing import Any

import pytest

from accessinfo.articles.law_104_2016.art_30 import complex_electronic_extended_respond_by
from accessinfo.calendar import PUBLIC_SECTOR, WorkingDays
from accessinfo.core.citations import instrument
from accessinfo.core.decisions import Decision
from accessinfo.errors import InvalidInput
from accessinfo.surfaces.html import calendar_html, decision_html, page, trace_grid_html
from accessinfo.tasks.outages import PortalIncident, incident_duties


class Cells(HTMLParser):
    """Collects the classes of each day cell (by data-date) and the month tables."""

    def __init__(self) -> None:
        super().__init__()
        self.cells: dict[str, set[str]] = {}
        self.months: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.tags.append(tag)
        if tag == "td" and a.get("data-date"):
            self.cells[str(a["data-date"])] = set(str(a.get("class", "")).split())
        if tag == "table" and a.get("data-month"):
            self.months.append(str(a["data-month"]))


def parse(html: str) -> Cells:
    p = Cells()
    p.feed(html)
    return p


def test_trace_grid_marks_each_day() -> None:
    # Fri 9/1/2026 day zero; Sat 10/1 swapped working (1); Sun 11 skipped; 12 (2); 13 (3) end
    d = PUBLIC_SECTOR.add(date(2026, 1, 9), WorkingDays(3), trace=True)
    c = parse(decision_html(d))
    assert c.months == ["2026-01"]
    assert "ai-start" in c.cells["2026-01-09"]
    assert {"ai-counted", "ai-k-swapped_working"} <= c.cells["2026-01-10"]
    assert {"ai-skipped", "ai-k-weekend"} <= c.cells["2026-01-11"]
    assert "ai-counted" in c.cells["2026-01-12"]
    assert "ai-end" in c.cells["2026-01-13"]
    assert "ai-out" in c.cells["2026-01-20"]  # in the month, outside the period
    assert len(c.cells) == 31


def test_grid_over_two_months_with_holidays_and_two_deadlines() -> None:
    # 18/8/2026 -> respond_by Thu 10/9 (15 working days; 22/8 worked, 31/8-2/9 off),
    # then 15 calendar days -> Fri 25/9
    d = complex_electronic_extended_respond_by(date(2026, 8, 18), trace=True)
    html = decision_html(d)
    c = parse(html)
    assert c.months == ["2026-08", "2026-09"]
    assert {"ai-skipped", "ai-k-swapped_rest"} <= c.cells["2026-08-31"]
    assert {"ai-skipped", "ai-k-holiday"} <= c.cells["2026-09-02"]
    assert {"ai-counted", "ai-k-swapped_working"} <= c.cells["2026-08-22"]
    assert "ai-end" in c.cells["2026-09-10"] and "ai-end" in c.cells["2026-09-25"]
    assert 'data-label="respond_by"' in html and 'data-label="extended_respond_by"' in html
    assert "Thursday 10/09/2026" in html and "Friday 25/09/2026" in html


def test_card_shows_outcome_status_and_both_citations() -> None:
    d = complex_electronic_extended_respond_by(date(2026, 8, 18))
    html = decision_html(d)
    assert 'data-status="final"' in html and "Friday 25/09/2026" in html
    assert "khoản 4 Điều 30 Luật Tiếp cận thông tin số 104/2016/QH13" in html
    assert "Law No. 104/2016/QH13, Art. 30(4)" in html
    assert parse(html).months == []  # no trace asked: no grid
    assert d._repr_html_() == html


def test_text_is_escaped() -> None:
    d = Decision[str](
        outcome="<b>x</b>",
        basis=(instrument("code_91_2015").cite(147, 3),),
        explanation="<script>alert(1)</script>",
        rule_set="code_91_2015",
        caveats=("a & b",),
    )
    html = decision_html(d)
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "<b>x</b>" not in html and "a &amp; b" in html


def test_nested_outcome_renders_each_item() -> None:
    d = incident_duties(
        PortalIncident(occurred_at=date(2026, 2, 13), recovered_at=date(2026, 2, 23))
    )
    html = decision_html(d)
    assert html.count('class="ai-item"') == len(d.outcome.duties)
    assert "reconcile_data" in html and "Tuesday 24/02/2026" in html


def test_calendar_year_view() -> None:
    c = parse(calendar_html(PUBLIC_SECTOR, 2026))
    assert c.months == [f"2026-{m:02d}" for m in range(1, 13)]
    assert len(c.cells) == 365
    assert "ai-k-swapped_working" in c.cells["2026-01-10"]
    assert "ai-k-holiday" in c.cells["2026-02-17"]
    assert "ai-k-weekend" in c.cells["2026-01-11"]
    assert "ai-k-working" in c.cells["2026-01-12"]
    assert not any("ai-uncertain" in v for v in c.cells.values())  # 2026 is announced


def test_calendar_month_view_of_a_projected_year() -> None:
    c = parse(calendar_html(PUBLIC_SECTOR, 2030, 9))
    assert c.months == ["2030-09"]
    assert {"ai-k-holiday", "ai-uncertain"} <= c.cells["2030-09-02"]


def test_calendar_repr_html_shows_the_last_announced_year() -> None:
    html = PUBLIC_SECTOR._repr_html_()
    assert f'data-year="{PUBLIC_SECTOR.known_until.year}"' in html


def test_page_is_a_document() -> None:
    html = page(PUBLIC_SECTOR.add(date(2026, 1, 9), WorkingDays(3), trace=True), title="t<")
    assert html.startswith("<!doctype html>") and "<title>t&lt;</title>" in html
    assert page("<p>x</p>").count("<p>x</p>") == 1


def test_empty_trace_draws_nothing() -> None:
    assert trace_grid_html(()) == ""


@pytest.mark.parametrize(
    ("args", "kwargs"),
    [
        ((PUBLIC_SECTOR, 2017), {}),
        ((PUBLIC_SECTOR, "2026"), {}),
        ((PUBLIC_SECTOR, 2026, 13), {}),
        ((PUBLIC_SECTOR, 2026, 0), {}),
        (("PUBLIC_SECTOR", 2026), {}),
    ],
)
def test_calendar_html_bad_input(args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    with pytest.raises(InvalidInput):
        calendar_html(*args, **kwargs)
