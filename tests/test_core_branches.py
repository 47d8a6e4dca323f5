"""Branches of the core modules that the rule tests do not reach: input models, period
plumbing, the @rule decorator's error paths, citations, decisions, errors and the calendar data.
"""

from __future__ import annotations

import csv
import typing
from collections.abc import Iterator
from datetime import date, datetime
from importlib import resources

import pytest

from accessinfo.calendar import (
    PUBLIC_SECTOR,
    CalendarDays,
    DayKind,
    DayStatus,
    WorkingDays,
)
from accessinfo.core import rules as rules_mod
from accessinfo.core.citations import POINTS, Citation, instrument, instruments
from accessinfo.core.decisions import Decision, Finding
from accessinfo.core.inputs import InputModel, describe
from accessinfo.core.periods import (
    ambiguous,
    check_calendar,
    choose,
    civil_code_basis,
    deadline,
    merge,
    reckon,
)
from accessinfo.core.rules import applicable, rule
from accessinfo.errors import (
    ERROR_CODES,
    AccessInfoError,
    AmbiguousReading,
    CalendarUnknown,
    ConflictingRules,
    InvalidInput,
    NoApplicableRule,
    OutsideCalendar,
    UnverifiedText,
)
from accessinfo.models.requests import InformationRequest

CC = instrument("code_91_2015")
LAW = instrument("law_104_2016")


@pytest.fixture
def scratch_registry() -> Iterator[None]:
    """Rules defined inside a test are removed from the registry afterwards."""
    saved = dict(rules_mod._RULES)
    try:
        yield
    finally:
        rules_mod._RULES.clear()
        rules_mod._RULES.update(saved)
        rules_mod._FAMILIES.clear()


# -- _model ---------------------------------------------------------------------------------


def test_input_model_errors_are_invalid_input() -> None:
    with pytest.raises(InvalidInput, match=r"InformationRequest: channel: .*got 'pigeon'"):
        InformationRequest(received_at=date(2026, 1, 9), channel="pigeon")
    with pytest.raises(InvalidInput, match="InformationRequest: "):
        InformationRequest.model_validate({"received_at": "x", "channel": "post"})
    with pytest.raises(InvalidInput, match="InformationRequest: "):
        InformationRequest.model_validate_json('{"channel": "fax"}')
    with pytest.raises(InvalidInput, match="naive datetime"):
        InformationRequest(received_at=datetime(2026, 1, 9, 9), channel="post")
    with pytest.raises(InvalidInput, match="colour"):
        InformationRequest(received_at=date(2026, 1, 9), channel="post", colour="đỏ")
    ok = InformationRequest.model_validate_json('{"received_at": "2026-01-09", "channel": "fax"}')
    assert ok == InformationRequest.model_validate(
        {"received_at": date(2026, 1, 9), "channel": "fax"}
    )
    assert isinstance(ok, InputModel)


def test_describe_lists_every_problem() -> None:
    import pydantic

    class M(pydantic.BaseModel):
        a: int
        b: date

    with pytest.raises(pydantic.ValidationError) as exc:
        M(a="x", b="y")  # type: ignore[arg-type]
    text = describe(exc.value)
    assert text.startswith("a: ") and "; b: " in text and "(got 'x')" in text

    class Root(pydantic.RootModel[int]):
        pass

    with pytest.raises(pydantic.ValidationError) as exc2:
        Root("x")  # type: ignore[arg-type]
    assert describe(exc2.value).startswith("input: ")


# -- _periods -------------------------------------------------------------------------------


def test_choose_and_ambiguous() -> None:
    assert choose("a", "opt", ("a", "b")) == "a"
    for bad in ("c", None, 1, ["a"]):
        with pytest.raises(InvalidInput, match="opt must be one of 'a', 'b', got"):
            choose(bad, "opt", ("a", "b"))
    err = ambiguous("unit", "is it working days?")
    assert isinstance(err, AmbiguousReading)
    assert err.message == "unit='raise': is it working days?"


def test_check_calendar() -> None:
    assert check_calendar(PUBLIC_SECTOR) is PUBLIC_SECTOR
    with pytest.raises(InvalidInput, match=r"calendar must be a WorkingCalendar .* got str"):
        check_calendar("public_sector")


def test_reckon_and_deadline_plumbing() -> None:
    # Tue 18/8/2026 + 12 calendar days = Sun 30/8, rolled to Thu 3/9 (31/8-2/9 are rest days)
    r = reckon(PUBLIC_SECTOR, date(2026, 8, 18), CalendarDays(12), label="x")
    assert r.end == date(2026, 9, 3) and r.rolled
    assert civil_code_basis(r) == (CC.cite(147, 3), CC.cite(148, 5))
    plain = reckon(PUBLIC_SECTOR, date(2026, 8, 18), CalendarDays(12), label="x", roll="none")
    assert civil_code_basis(plain) == (CC.cite(147, 3),)
    assert civil_code_basis(reckon(PUBLIC_SECTOR, date(2026, 1, 9), WorkingDays(3), label="x")) == (
        CC.cite(147, 3),
    )
    for bad in ({"strict": 1}, {"trace": "yes"}):
        with pytest.raises(InvalidInput, match="strict and trace must be True or False"):
            reckon(PUBLIC_SECTOR, date(2026, 1, 9), WorkingDays(3), label="x", **bad)  # type: ignore[arg-type]
    with pytest.raises(CalendarUnknown, match="strict=True: respond_by depends on days not yet"):
        reckon(PUBLIC_SECTOR, date(2028, 4, 28), WorkingDays(1), label="respond_by", strict=True)
    with pytest.raises(InvalidInput, match="respond_by is a naive datetime"):
        reckon(PUBLIC_SECTOR, datetime(2026, 1, 9), WorkingDays(1), label="respond_by")
    f = deadline(
        PUBLIC_SECTOR,
        date(2026, 1, 9),
        WorkingDays(3),
        label="respond_by",
        explanation="from {start} to {end}",
        readings={"unit": "working"},
        basis=(LAW.cite(30, 3),),
        trace=True,
    )
    assert f.outcome == date(2026, 1, 13)
    assert f.explanation == "from 2026-01-09 to 2026-01-13"
    assert f.basis == (LAW.cite(30, 3), CC.cite(147, 3))
    assert f.readings == {"unit": "working"}
    assert f.trace is not None and {s.label for s in f.trace} == {"respond_by"}
    assert f.calendar_version == PUBLIC_SECTOR.version and f.caveats == ()


def test_merge() -> None:
    a = reckon(PUBLIC_SECTOR, date(2028, 4, 28), WorkingDays(1), label="a", trace=True)
    b = reckon(PUBLIC_SECTOR, date(2028, 4, 28), WorkingDays(2), label="b")
    caveats, steps = merge(PUBLIC_SECTOR.known_until, a, None, b)
    # the same projected days are named once; only the traced reckoning contributes steps
    assert len(caveats) == len(set(caveats)) == 4
    assert steps == a.steps
    assert merge(PUBLIC_SECTOR.known_until, b, None) == (b.caveats(PUBLIC_SECTOR.known_until), None)
    assert merge(PUBLIC_SECTOR.known_until) == ((), None)


# -- rules ----------------------------------------------------------------------------------


def test_rule_decorator_paths(scratch_registry: None) -> None:
    @rule(LAW.cite(30, 3), CC.cite(147, 3), key="sent")
    def _probe_value(sent: date, *, n: int = 1) -> int:
        """Probe rule returning a plain value."""
        if n < 0:
            InformationRequest.__pydantic_validator__.validate_python({})  # ValidationError
        return n

    d = _probe_value(date(2026, 1, 9), n=2)
    assert (d.outcome, d.status, d.explanation) == (
        2,
        "final",
        "Probe rule returning a plain value.",
    )
    assert d.basis == (LAW.cite(30, 3), CC.cite(147, 3))
    assert d.rule_id == "law_104_2016.art30.c3:_probe_value" and d.rule_set == "law_104_2016"
    assert type(d).model_validate_json(d.model_dump_json()) == d
    with pytest.raises(InvalidInput, match=r"_probe_value\(sent, \*, n=1\)"):
        _probe_value()  # type: ignore[call-arg]
    with pytest.raises(InvalidInput, match="_probe_value: "):
        _probe_value(date(2026, 1, 9), n=-1)
    with pytest.raises(
        NoApplicableRule,
        match=r"applies from 2018-07-01 until 2026-09-01 \(exclusive\); sent=2026-09-01 is outside",
    ):
        _probe_value(date(2026, 9, 1))
    with pytest.raises(NoApplicableRule, match="sent=2018-06-30"):
        _probe_value(date(2018, 6, 30))
    # a naive datetime key is left to the body (here: accepted as a date-like value)
    assert _probe_value(datetime(2030, 1, 1), n=3).outcome == 3  # type: ignore[arg-type]
    # the registry knows it, and applicable() finds it by family
    assert applicable("_probe_value", on=date(2026, 1, 9)).function is _probe_value
    with pytest.raises(NoApplicableRule, match="no version of _probe_value is in force on"):
        applicable("_probe_value", on=date(2030, 1, 1))

    # an open-ended rule says so
    @rule(CC.cite(147, 3), key=("first", "second"))
    def _probe_open(first: date | None = None, second: date | None = None) -> str:
        return "x"

    with pytest.raises(NoApplicableRule, match="from 2017-01-01 with no end; second=2016-12-31"):
        _probe_open(second=date(2016, 12, 31))
    assert _probe_open(first=None, second=date(2020, 1, 1)).outcome == "x"


def test_rule_wrapping_decisions_and_unverified_sources(scratch_registry: None) -> None:
    inner = PUBLIC_SECTOR.add(date(2028, 4, 28), WorkingDays(1), trace=True)
    unverified = instrument("law_01_2026")

    @rule(unverified.cite(26, 3))
    def _probe_decision(*, strict: bool = False) -> Decision[date]:
        return inner

    d = _probe_decision()
    assert d.outcome == inner.outcome and d.trace == inner.trace
    assert d.basis == (unverified.cite(26, 3), *inner.basis)
    assert d.status == "provisional"
    assert d.caveats[: len(inner.caveats)] == inner.caveats
    assert d.caveats[-1].startswith("Law No. 01/2026/QH16: text from an unverified source (")
    assert d.calendar_version == inner.calendar_version
    with pytest.raises(UnverifiedText, match="whose text is unverified"):
        _probe_decision(strict=True)

    @rule(LAW.cite(30, 3))
    def _probe_finding() -> Finding[str]:
        return Finding(outcome="ok", provisional=True, readings={"r": "v"})

    f = _probe_finding()
    assert (f.outcome, f.status, f.caveats, f.readings) == ("ok", "provisional", (), {"r": "v"})


def test_duplicate_rule_ids_conflict(scratch_registry: None) -> None:
    def make() -> object:
        def _probe_dup() -> int:
            return 1

        return _probe_dup

    fn = make()
    rule(LAW.cite(30, 3))(fn)  # type: ignore[arg-type]
    fn.__module__ = "elsewhere"  # type: ignore[attr-defined]
    with pytest.raises(
        ConflictingRules, match=r"two rules share the id law_104_2016\.art30\.c3:_probe_dup"
    ):
        rule(LAW.cite(30, 3))(fn)  # type: ignore[arg-type]


def test_overlapping_versions_conflict(scratch_registry: None) -> None:
    @rule(LAW.cite(30, 3), family="_probe_family")
    def _probe_a() -> int:
        return 1

    @rule(CC.cite(147, 3), family="_probe_family")
    def _probe_b() -> int:
        return 2

    with pytest.raises(ConflictingRules, match="2 versions of _probe_family claim 2026-01-09"):
        applicable("_probe_family", on=date(2026, 1, 9))


def test_applicable_rejects_bad_input() -> None:
    for bad in (None, 3, ["x"]):
        with pytest.raises(InvalidInput, match="unknown rule family"):
            applicable(bad, on=date(2026, 1, 9))  # type: ignore[arg-type]
    with pytest.raises(InvalidInput, match=r"on must be a datetime\.date, got datetime"):
        applicable("x", on=datetime(2026, 1, 9))


# -- citations, decisions, errors -----------------------------------------------------------


def test_citation_rendering_and_validation() -> None:
    code = CC.cite(147, 3)
    assert str(code) == "khoản 3 Điều 147 Bộ luật Dân sự số 91/2015/QH13"
    assert code.en == "Civil Code No. 91/2015/QH13, Art. 147(3)"
    assert CC.cite().en == CC.name_en == "Civil Code No. 91/2015/QH13"
    assert str(CC.cite()) == str(CC) == CC.name_vi
    assert LAW.cite(28).id == "law_104_2016.art28" and LAW.cite(28, 1, "a").id.endswith(".pa")
    letter = instrument("cv_12729_2025")
    assert letter.name_vi == "Công văn số 12729/VPCP-KGVX"
    assert letter.name_en == "Official Letter No. 12729/VPCP-KGVX"
    report = instrument("news_2021")
    assert report.name_vi == "Lịch nghỉ lễ năm 2021 (theo báo chí) (sggpnews.org.vn 09/12/2020)"
    assert report.name_en.endswith("(sggpnews.org.vn 09/12/2020)")
    assert POINTS[4] == "đ" and len(POINTS) == 23
    assert LAW.cite(28, 1, "đ") == LAW.cite(28, 1, "dd")
    for bad in ({"point": "f"}, {"point": "w"}, {"article": 0}, {"clause": -1}):
        with pytest.raises(ValueError):
            Citation(instrument=LAW, **bad)  # type: ignore[arg-type]
    for bad_id in ("nope", None, 5, ""):
        with pytest.raises(InvalidInput, match="unknown instrument"):
            instrument(bad_id)  # type: ignore[arg-type]
    assert LAW.in_force(date(2018, 7, 1)) and not LAW.in_force(date(2026, 9, 1))
    assert not LAW.in_force(date(2018, 6, 30)) and CC.in_force(date(2099, 1, 1))
    assert LAW.verified and not instrument("law_01_2026").verified
    assert set(instruments()) >= {"law_104_2016", "law_01_2026", "code_91_2015"}


def test_decision_properties() -> None:
    d = Decision[int](outcome=1, basis=(LAW.cite(1), LAW.cite(1)), explanation="x", rule_set="t")
    assert d.basis == (LAW.cite(1),)  # duplicates dropped, order kept
    assert d.final and d.status == "final"
    p = d.model_copy(update={"status": "provisional"})
    assert not p.final
    html = d._repr_html_()
    assert isinstance(html, str) and "accessinfo" in html
    with pytest.raises(ValueError):
        Decision[int](outcome=1, basis=(), explanation="x", rule_set="t")


def test_error_codes_are_stable() -> None:
    assert {code: cls.__name__ for code, cls in ERROR_CODES.items()} == {
        "invalid-input": "InvalidInput",
        "no-applicable-rule": "NoApplicableRule",
        "conflicting-rules": "ConflictingRules",
        "outside-calendar": "OutsideCalendar",
        "calendar-unknown": "CalendarUnknown",
        "ambiguous-reading": "AmbiguousReading",
        "unverified-text": "UnverifiedText",
    }
    for cls, builtin in (
        (InvalidInput, ValueError),
        (NoApplicableRule, LookupError),
        (ConflictingRules, RuntimeError),
        (OutsideCalendar, LookupError),
        (CalendarUnknown, LookupError),
        (AmbiguousReading, ValueError),
        (UnverifiedText, LookupError),
    ):
        err = cls("what was wrong")
        assert isinstance(err, AccessInfoError) and isinstance(err, builtin)
        assert str(err) == f"[{cls.code}] what was wrong" and err.message == "what was wrong"
    assert AccessInfoError.code == "accessinfo-error"


# -- calendar data --------------------------------------------------------------------------


def test_calendar_rows_are_typed() -> None:
    """The CSV text calendar.py passes on as DayKind/DayStatus (its two type: ignores)."""
    text = (
        resources.files("accessinfo")
        .joinpath("_calendar_data/public_sector.csv")
        .read_text(encoding="utf-8")
    )
    rows = list(csv.DictReader(line for line in text.splitlines() if not line.startswith("#")))
    assert rows
    kinds, statuses = set(typing.get_args(DayKind)), set(typing.get_args(DayStatus))
    for r in rows:
        assert r["kind"] in kinds, r
        assert r["status"] in statuses, r
        assert r["name_vi"] and r["name_en"], r
        if r["source"]:
            assert r["source"].partition(":")[0] in instruments(), r
    assert PUBLIC_SECTOR.index_size_bytes > 0
    assert (
        repr(PUBLIC_SECTOR)
        == f"WorkingCalendar('public_sector', version={PUBLIC_SECTOR.version!r})"
    )


def test_calendar_construction_edges() -> None:
    from accessinfo.calendar import SpecialDay, WorkingCalendar, _resolve_source

    assert _resolve_source("") is None
    assert _resolve_source("code_45_2019:112.1.dd") == instrument("code_45_2019").cite(112, 1, "dd")
    assert _resolve_source("decision_188_1999") == instrument("decision_188_1999").cite()
    # a calendar over 2026 only: rows outside its range are ignored, dates outside refused
    rows = [
        SpecialDay(date(2025, 12, 31), "holiday", "x", "x", None, "announced"),
        SpecialDay(date(2026, 3, 2), "local_rest", "y", "y", None, "override"),
    ]
    small = WorkingCalendar(
        rows,
        name="t",
        known_until=date(2026, 12, 31),
        version="t1",
        first=date(2026, 1, 1),
        last=date(2026, 12, 31),
    )
    assert not small.is_working_day(date(2026, 3, 2))
    assert small.is_working_day(date(2026, 1, 1))  # no holidays but its own rows
    assert [d.date for d in small.special_days(2026)] == [date(2026, 3, 2)]
    with pytest.raises(OutsideCalendar):
        small.day(date(2025, 12, 31))
    with pytest.raises(InvalidInput, match="year must be an int from 2026 to 2026"):
        small.special_days(2025)
    assert "<table" in PUBLIC_SECTOR._repr_html_()
    with pytest.raises(InvalidInput, match="explain takes a Reckoning"):
        PUBLIC_SECTOR.explain(date(2026, 1, 1))  # type: ignore[arg-type]


def test_outcome_types_of_unusual_annotations(scratch_registry: None) -> None:
    @rule(LAW.cite(30, 3))
    def _probe_unresolved() -> Nope:  # type: ignore[name-defined]  # noqa: F821
        return 1

    @rule(LAW.cite(30, 3))
    def _probe_bare() -> Finding:  # type: ignore[type-arg]
        return Finding(outcome=date(2026, 1, 9))

    # an annotation that does not resolve, or a bare Finding: the outcome is untyped (Any)
    assert _probe_unresolved().outcome == 1
    d = _probe_bare()
    assert d.outcome == date(2026, 1, 9)
    assert type(d) is Decision[typing.Any]


def test_source_references_with_article_and_clause() -> None:
    from accessinfo.calendar import _resolve_source

    assert _resolve_source("code_45_2019:111.3") == instrument("code_45_2019").cite(111, 3)
    assert _resolve_source("resolution_28_2026:2") == instrument("resolution_28_2026").cite(2)
