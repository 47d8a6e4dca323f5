"""Crashes with exceptions that were not the library's (issue 12), each pinned.

Every case raised a bare ``ValueError``, ``TypeError``, ``AttributeError`` or pydantic
``ValidationError`` before its fix; now it is an ``AccessInfoError`` with a stable code.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest

from accessinfo import versions
from accessinfo.calendar import PUBLIC_SECTOR, VN_TZ, SpecialDay, WorkingDays
from accessinfo.core.citations import instrument
from accessinfo.errors import InvalidInput, NoApplicableRule, OutsideCalendar
from accessinfo.models.requests import InformationRequest
from accessinfo.tasks.data_sharing import default_list_review_due

SOURCE = instrument("law_104_2016").cite(30, 3)
GOOD: dict[str, Any] = dict(
    date=date(2026, 3, 2),
    kind="local_rest",
    name_vi="Lễ hội tỉnh",
    name_en="Provincial festival",
    source=SOURCE,
    status="override",
)


@pytest.mark.parametrize("last_review", [date(9999, 12, 31), date(9999, 7, 1), date(2036, 1, 1)])
def test_review_due_past_the_calendar_is_a_library_error(last_review: date) -> None:
    # 9999-07-01 + 6 months was date(10000, 1, 1): ValueError: year 10000 is out of range.
    # Since Decree 47/2020's repeal is modelled (2025-10-22) the facade refuses these dates as
    # NoApplicableRule first; the calendar guard stays for a calendar that ends later.
    with pytest.raises((OutsideCalendar, NoApplicableRule)):
        default_list_review_due(last_review)


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"kind": "bogus"}, "kind"),
        ({"status": "official"}, "status"),
        ({"name_vi": None}, "name_vi"),
        ({"name_en": 3}, "name_en"),
        ({"name_en": " "}, "name_en"),
        ({"note": None}, "note"),
        ({"source": "Công văn 1"}, "source"),
        ({"date": "2026-03-02"}, "date"),
        ({"date": datetime(2026, 3, 2, tzinfo=VN_TZ)}, "date"),
    ],
)
def test_amended_checks_every_row_when_it_is_built(change: dict[str, Any], field: str) -> None:
    # since core-speed, SpecialDay checks itself when built; amended checks again (a row made
    # with object.__new__ or replace() skips the first check)
    with pytest.raises(InvalidInput, match=field):
        row = SpecialDay(**{**GOOD, **change})
        versions.amended(PUBLIC_SECTOR, [row], version="v2")


def test_amended_with_good_rows_counts_with_them() -> None:
    cal = versions.amended(PUBLIC_SECTOR, [SpecialDay(**GOOD)], version="v2")
    # Fri 27/2 + 3 working days: Mon 2/3 is now a rest day → Tue 3, Wed 4, Thu 5
    assert cal.add(date(2026, 2, 27), WorkingDays(3)) == date(2026, 3, 5)


@pytest.mark.parametrize(
    "options",
    [{"calendar": PUBLIC_SECTOR}, {"calendar": "junk"}, {"colour": "đỏ"}],
)
def test_recompute_checks_its_options(options: dict[str, Any]) -> None:
    req = InformationRequest(received_at=date(2026, 3, 2), channel="post", complexity="complex")
    with pytest.raises(InvalidInput):
        versions.recompute([req], old=PUBLIC_SECTOR, new=PUBLIC_SECTOR, **options)
    notice = {"suspension_from": date(2026, 3, 20), "kind": "planned"}
    from accessinfo.articles._outages import SuspensionNotice

    with pytest.raises(InvalidInput):
        versions.recompute(
            [SuspensionNotice(**notice)],
            old=PUBLIC_SECTOR,
            new=PUBLIC_SECTOR,
            notice_options=options,
        )


def test_recompute_still_takes_the_reading_options() -> None:
    req = InformationRequest(received_at=date(2026, 3, 2), channel="post", complexity="complex")
    report = versions.recompute(
        [req], old=PUBLIC_SECTOR, new=PUBLIC_SECTOR, extension_unit="working"
    )
    assert all(r.old_due == r.new_due for r in report.items)


def test_deeply_nested_request_lines_are_a_problem_not_a_recursion_error() -> None:
    """Found by `make fuzz` (seed 1141394551): RecursionError from json.loads of a deep line."""
    from accessinfo.surfaces.request_files import requests_from_text

    deep = '{"a":' * 5_000 + "1" + "}" * 5_000
    with pytest.raises(InvalidInput, match="nested too deeply"):
        requests_from_text(deep + "\n")


def test_input_error_refuses_junk() -> None:
    """Found by the widened contract test: input_error(name, None) was an AttributeError."""
    from accessinfo.core.inputs import input_error

    with pytest.raises(InvalidInput):
        input_error("Hà Nội", None)  # type: ignore[arg-type]
