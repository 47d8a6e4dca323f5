"""Issue 12, the parts closed on the ``hardening`` branch: one checking place for junk
arguments (``core/signature.py``), the report's inputs, and instants at the edge of Python's
dates. Each test here failed before its fix (the notes say how)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from accessinfo.calendar import VN_TZ
from accessinfo.core.signature import check_whole, fits, public
from accessinfo.errors import AccessInfoError, InvalidInput

EDGE = "0001-01-01T01:00:00+01:01"  # 06:59 on 01/01/0001 in Vietnam, but UTC is in year 0


def test_junk_argument_is_invalid_input_naming_the_parameter_in_both_languages() -> None:
    @public
    def weeks_of(judged: date, *, weeks: int = 6) -> int:
        return judged.year + weeks

    with pytest.raises(InvalidInput) as info:
        weeks_of(None)  # type: ignore[arg-type]
    assert "judged must be date, got NoneType" in str(info.value)
    assert info.value.detail_vi is not None and "judged phải là date" in info.value.detail_vi
    with pytest.raises(InvalidInput, match="missing a required argument"):
        weeks_of()  # type: ignore[call-arg]
    assert weeks_of(date(2026, 1, 1), weeks=1) == 2027


def test_a_typed_call_that_fails_is_a_bug_and_stays_one() -> None:
    @public
    def broken(n: int) -> int:
        return [][n]  # type: ignore[no-any-return]

    with pytest.raises(IndexError):
        broken(3)


def test_fits_refuses_bool_for_int_and_checks_literals() -> None:
    from typing import Literal

    assert not fits(True, int) and fits(3, int) and fits(3, float)
    assert fits("en", Literal["en", "vi"]) and not fits("fr", Literal["en", "vi"])
    assert not fits(1, Literal[True]) and fits(None, int | None)


@pytest.mark.parametrize("value", [0, -1, 10**18, True, 2.5, "6", None])
def test_check_whole_refuses_what_an_annotation_cannot_say(value: object) -> None:
    with pytest.raises(InvalidInput):
        check_whole(value, "weeks", 1, 520)


# Before: AttributeError/TypeError on junk (contract FOUND_NOT_FIXED), a year-wide heat map
# for weeks=10**5, and matplotlib's own error for a non-figure.
@pytest.mark.parametrize(
    ("name", "args", "kwargs"),
    [
        ("due_heatmap_html", (None,), {}),
        ("report_html", (object(),), {}),
        ("report_html", (), {"lang": "en"}),
        ("lateness_figure", ("register",), {}),
        ("months_figure", (None,), {}),
        ("lead_time_figure", ([],), {}),
        ("svg_data_uri", (None,), {}),
        ("svg_data_uri", ("<svg/>",), {}),
    ],
)
def test_report_refuses_junk(
    name: str, args: tuple[object, ...], kwargs: dict[str, object]
) -> None:
    from accessinfo.surfaces import report, report_charts

    fn = getattr(report, name, None) or getattr(report_charts, name)
    with pytest.raises(InvalidInput):
        fn(*args, **kwargs)


@pytest.mark.parametrize(("param", "value"), [("weeks", 10**5), ("weeks", 0), ("max_rows", -1)])
def test_report_refuses_counts_out_of_range(param: str, value: int) -> None:
    from accessinfo.surfaces.report import report_html
    from accessinfo.tasks.registers import judge_requests

    j = judge_requests(
        {"received": ["2026-11-20"], "channel": ["post"], "complexity": ["simple"]},
        as_of=date(2026, 12, 1),
    )
    with pytest.raises(InvalidInput, match=param):
        report_html(j, charts=False, **{param: value})  # type: ignore[arg-type]


# Before: a bare TypeError (contract PENDING_ELSEWHERE) in these and ~25 more.
@pytest.mark.parametrize(
    "path",
    [
        "accessinfo.surfaces.html.page",
        "accessinfo.surfaces.ics.to_ics",
        "accessinfo.calendar_interop.to_holidays",
        "accessinfo.core.inputs.read_date_or_instant",
        "accessinfo.tasks.sources.legal_sources",
        "accessinfo.surfaces.request_files.requests_from_text",
    ],
)
def test_wrong_call_signature_is_invalid_input(path: str) -> None:
    import importlib

    mod, _, name = path.rpartition(".")
    fn = getattr(importlib.import_module(mod), name)
    with pytest.raises(InvalidInput, match=name):
        fn(colour="đỏ")


def test_instant_whose_utc_is_in_year_zero_is_refused_by_the_reader() -> None:
    from accessinfo.articles.decree_85_2019.art_17 import PortalIncident
    from accessinfo.core.inputs import read_date_or_instant

    for value in (EDGE, datetime(1, 1, 1, 1, tzinfo=timezone(timedelta(hours=1, minutes=1)))):
        with pytest.raises(InvalidInput) as info:
            read_date_or_instant(value, "occurred_at")
        assert "years 1 and 9999" in str(info.value)  # before: "not ... in years 1–9999 in
        assert info.value.detail_vi and "năm 9999" in info.value.detail_vi  # VN time" (false)
        with pytest.raises(InvalidInput):
            PortalIncident(occurred_at=value)
        with pytest.raises(InvalidInput):
            PortalIncident.model_validate_json(f'{{"occurred_at": "{EDGE}"}}')


def test_outage_and_ics_days_do_not_detour_through_utc() -> None:
    # Before: OverflowError (astimezone goes through UTC, year 0) -> 500 in the service.
    from accessinfo.articles._outages import _vn
    from accessinfo.surfaces.ics import _day

    early = datetime(1, 1, 1, 6, 59, tzinfo=VN_TZ)
    late = datetime(9999, 12, 31, 23, 0, tzinfo=timezone(timedelta(hours=14)))
    assert _vn(early) == _day(early) == date(1, 1, 1)
    assert _vn(late) == date(9999, 12, 31)


def test_service_answers_400_for_the_edge_instant() -> None:
    pytest.importorskip("fastapi")
    from accessinfo.surfaces.service import create_app
    from tests.service.conftest import make_client

    client = make_client(create_app())
    for path in ("/v1/outages/incident-duties", "/v1/rules/decree_85_2019.art17:incident_duties"):
        r = client.post(path, json={"incident": {"occurred_at": EDGE}})
        assert r.status_code == 400, (path, r.text)
        assert r.json()["code"] == "invalid-input"


@pytest.mark.parametrize(
    "sent",
    [date(9999, 12, 31), datetime(9999, 12, 31, 23, 0, tzinfo=VN_TZ), date(2026, 11, 21)],
)
def test_a_sent_date_after_the_request_is_refused(sent: object) -> None:
    # Before: provide_by(2026-11-20, sent=9999-12-31) answered 2026-12-02 (the law picked by
    # an impossible date); the same in the other Art 26 rules and Decree 337 Art 10.
    from accessinfo.articles.decree_337_2026.art_10 import complex_respond_by
    from accessinfo.articles.law_01_2026.art_26 import extension_notice_by, provide_by

    for fn in (provide_by, extension_notice_by, complex_respond_by):
        with pytest.raises(InvalidInput, match="after received_at"):
            fn(date(2026, 11, 20), sent=sent)
    assert provide_by(date(2026, 11, 20), sent=date(2026, 11, 20)).outcome == date(2026, 12, 2)


# -- a notice dated before the instrument is in force: every path answers the same ----------

NOTICE_CASES = [
    # (suspension start, notice published): Decree 224/2026 from 2026-07-01; the notice of
    # 2026-06-20 was given under Decree 64/2007 for a suspension that starts under 224.
    (date(2026, 7, 13), date(2026, 6, 20)),
    (date(2026, 7, 1), date(2026, 6, 30)),
    # a notice published before the calendar begins (2018-01-01)
    (date(2018, 1, 10), date(2017, 12, 20)),
    # a suspension that starts before the calendar begins
    (date(2017, 12, 28), date(2017, 12, 1)),
]


def _scalar_notice(start: date, published: date) -> tuple[str | None, str | None]:
    from accessinfo.tasks.outages import SuspensionNotice, check_suspension_notice

    try:
        notice = SuspensionNotice(suspension_from=start, kind="planned", published_at=published)
        d = check_suspension_notice(notice)
    except AccessInfoError as exc:
        return exc.code, None
    return None, d.outcome.duty("advance_notice").status


@pytest.mark.parametrize(("start", "published"), NOTICE_CASES)
def test_notice_before_the_instrument_scalar_and_register_agree(
    start: date, published: date
) -> None:
    from accessinfo.tasks.registers import judge_notices

    code, verdict = _scalar_notice(start, published)
    j = judge_notices(
        {"start": [start.isoformat()], "kind": ["planned"], "published": [published.isoformat()]},
        skip_bad=True,
    )
    row = j.rows[0]
    assert row["error_code"] == code
    assert row["advance_notice_verdict"] == verdict
    if start >= date(2026, 7, 1):  # notice given under 64/2007, 7+ working days ahead: met
        assert verdict == ("met" if (start - published).days > 10 else "breached")


REQUEST_CASES = [
    # (received, event kind, event day): an event before the law in force is before receipt
    (date(2026, 9, 3), "extension_notified", date(2026, 8, 31)),  # before Law 01/2026
    (date(2018, 7, 2), "handling_notice_sent", date(2018, 6, 28)),  # before Law 104/2016
    (date(2018, 7, 2), "validated", date(2018, 6, 29)),
    (date(2018, 6, 28), "handling_notice_sent", date(2018, 7, 3)),  # request before Law 104
    (date(2026, 8, 31), "extension_notified", date(2026, 9, 2)),  # Law 104 request, notice after
]


@pytest.mark.parametrize(("received", "kind", "on"), REQUEST_CASES)
def test_event_before_the_law_timeline_and_register_agree(
    received: date, kind: str, on: date
) -> None:
    from accessinfo.models import InformationRequest
    from accessinfo.tasks.registers import judge_requests
    from accessinfo.tasks.timeline import RequestEvent, request_timeline

    as_of = date(2026, 12, 1)
    request = InformationRequest(received_at=received, channel="post", complexity="complex")
    try:
        d = request_timeline(request, [RequestEvent(kind=kind, at=on)], as_of=as_of)  # type: ignore[arg-type]
        code, statuses = None, {x.name: x.status for x in d.outcome.duties}
    except AccessInfoError as exc:
        code, statuses = exc.code, {}
    j = judge_requests(
        {
            "received": [received.isoformat()],
            "channel": ["post"],
            "complexity": ["complex"],
            kind: [on.isoformat()],
        },
        as_of=as_of,
        skip_bad=True,
    )
    row = j.rows[0]
    assert row["error_code"] == code
    for name, status in statuses.items():
        assert row.get(f"{name}_verdict") == status, name
    if on < received:
        assert code == "invalid-input"  # an event before receipt, whichever law
