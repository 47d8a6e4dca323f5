"""A date is a date; an instant carries an offset and is read in Vietnam time (issue 12).

Every input-model field that takes a date or an instant is a ``DateOrInstant``
(``accessinfo.core.inputs``), and the CLI reads its arguments with the same function, so the
same instant gives the same Decision whichever way it arrives: a ``datetime`` in any zone, ISO
text with any offset, keyword construction, ``model_validate``, ``model_validate_json``, or the
command line. Everything else (naive text, numbers, ``True``, NaT, a ``tzinfo`` without an
offset, instants whose Vietnam time leaves years 1–9999) is ``InvalidInput``.

Before the fix, ``model_validate_json`` read ``2026-09-01T00:00:00+09:00`` as 2026-09-01 (a
Law 01/2026 request) although it is 22:00 on 31/08 in Vietnam (Law 104/2016), a naive
date-time string passed as a date, and a bare number was read as a Unix timestamp.
"""

from __future__ import annotations

import io
import json
from contextlib import redirect_stderr, redirect_stdout
from datetime import date, datetime, timedelta, timezone, tzinfo
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import accessinfo as ai
from accessinfo.articles._outages import PortalIncident, SuspensionNotice
from accessinfo.calendar import VN_TZ
from accessinfo.core.inputs import DateOrInstant, InputModel, read_date, read_date_or_instant
from accessinfo.errors import InvalidInput
from accessinfo.surfaces.cli import EXIT_ERROR, EXIT_OK, EXIT_USAGE, main
from accessinfo.surfaces.cli._common import parse_when
from accessinfo.surfaces.schema import _input_models
from accessinfo.tasks.timeline import RequestEvent


class NoOffset(tzinfo):
    """A tzinfo whose utcoffset() is None: the datetime is naive in all but name."""

    def utcoffset(self, dt: datetime | None) -> timedelta | None:
        return None

    def dst(self, dt: datetime | None) -> timedelta | None:
        return None

    def tzname(self, dt: datetime | None) -> str:
        return "none"


def _iso(moment: datetime) -> str:
    return moment.isoformat()


# -- the three cases of the issue (each failed before the fix) -------------------------------
def test_json_instant_with_an_offset_is_read_in_vietnam_time() -> None:
    req = ai.InformationRequest.model_validate_json(
        '{"received_at": "2026-09-01T00:00:00+09:00", "channel": "electronic",'
        ' "complexity": "complex"}'
    )
    assert req.received_at == datetime(2026, 8, 31, 22, tzinfo=VN_TZ)
    assert ai.request_deadlines(req).rule_set == "law_104_2016"  # sent on 31/08 in Vietnam


@pytest.mark.parametrize("text", ["2026-09-01T07:14:00+07:15", "2026-09-01T00:59+08:00"])
def test_an_odd_offset_does_not_shift_day_zero(text: str) -> None:
    # 07:14 at +07:15 is 06:59 at +07:00 on the same day; 00:59 at +08:00 is 23:59 on 31/08
    req = ai.InformationRequest(received_at=text, channel="electronic", complexity="complex")
    expected = datetime.fromisoformat(text).astimezone(VN_TZ)
    assert req.received_at == expected and req.received_at.date() == expected.date()  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "value",
    [
        "2026-09-01T00:00:00",  # naive text
        "2026-09-01 10:00",
        1788000000,  # a Unix timestamp
        1788000000.5,
        True,
        "20260901",
        "2026-W36-2",
        "2026-09-01T00:00:00+0900",
        "2026-09-01T00:00:00+09:00 ",
        "２０２６-09-01",  # full-width digits
        "2026-02-30",
        "",
        b"2026-09-01",
        datetime(2026, 9, 1, 10),  # naive datetime
        datetime(2026, 9, 1, 10, tzinfo=NoOffset()),
        datetime.min.replace(tzinfo=timezone(timedelta(hours=14))),
        datetime.max.replace(tzinfo=timezone(timedelta(hours=-12))),
        [2026, 9, 1],
    ],
)
def test_anything_but_a_date_or_an_aware_instant_is_invalid(value: object) -> None:
    for model, field in (
        (ai.InformationRequest, "received_at"),
        (SuspensionNotice, "suspension_from"),
        (PortalIncident, "occurred_at"),
        (RequestEvent, "at"),
    ):
        other = {
            ai.InformationRequest: {"channel": "electronic"},
            SuspensionNotice: {"kind": "planned"},
            PortalIncident: {},
            RequestEvent: {"kind": "validated"},
        }[model]
        with pytest.raises(InvalidInput, match=field):
            model(**{field: value}, **other)
        with pytest.raises(InvalidInput):
            model.model_validate({field: value, **other})
        if isinstance(value, (str, int, float, list)):
            with pytest.raises(InvalidInput):
                model.model_validate_json(json.dumps({field: value, **other}))


def test_nat_is_invalid() -> None:
    class NaT(datetime):  # pandas.NaT is a datetime subclass equal to nothing, itself included
        def __ne__(self, other: object) -> bool:
            return True

    with pytest.raises(InvalidInput, match="NaT"):
        read_date_or_instant(NaT(2026, 9, 1, tzinfo=VN_TZ))


def test_a_datetime_subclass_comes_back_as_a_plain_datetime() -> None:
    class Stamp(datetime):  # like pandas.Timestamp
        pass

    value = read_date_or_instant(Stamp(2026, 9, 1, tzinfo=timezone(timedelta(hours=9))))
    assert type(value) is datetime and value == datetime(2026, 8, 31, 22, tzinfo=VN_TZ)


def test_a_date_field_takes_no_time() -> None:
    assert read_date("2026-09-01") == date(2026, 9, 1)
    for bad in ("2026-09-01T00:00+07:00", datetime(2026, 9, 1, tzinfo=VN_TZ), 20260901, None):
        with pytest.raises(InvalidInput):
            read_date(bad)
    with pytest.raises(InvalidInput, match="extended_to"):
        RequestEvent(kind="extension_notified", at="2026-09-01", extended_to=1788000000)


def test_every_input_field_that_takes_a_date_or_an_instant_uses_the_one_type() -> None:
    """No model field typed ``date``/``datetime`` by hand: pydantic's lax parsing is the bug."""
    bare: list[str] = []
    for cls in _input_models():
        for name, info in cls.model_fields.items():
            text = repr(info.annotation) + repr(info.metadata)
            if ("datetime.date" in text or "datetime.datetime" in text) and not any(
                callable(getattr(m, "func", None))
                and getattr(m.func, "__module__", "") == "accessinfo.core.inputs"
                for m in _metadata(cls, name)
            ):
                bare.append(f"{cls.__name__}.{name}")
    assert bare == []


def _metadata(cls: type[InputModel], name: str) -> list[Any]:
    import typing

    ann = cls.model_fields[name].annotation
    found = list(cls.model_fields[name].metadata)
    stack = [ann]
    while stack:
        t = stack.pop()
        if typing.get_origin(t) is typing.Annotated:
            found += list(t.__metadata__)
        stack += list(typing.get_args(t))
    return found


# -- the property: one instant, one Decision ------------------------------------------------
offsets = st.integers(min_value=-12 * 60, max_value=14 * 60).map(
    lambda m: timezone(timedelta(minutes=m))
)
zones = st.sampled_from(
    [ZoneInfo("Asia/Ho_Chi_Minh"), ZoneInfo("America/New_York"), ZoneInfo("Asia/Kathmandu")]
)
instants = st.datetimes(
    min_value=datetime(2018, 7, 2), max_value=datetime(2035, 12, 1), timezones=st.just(VN_TZ)
)


def _decision_json(req: ai.InformationRequest) -> str:
    try:
        return ai.request_deadlines(req).model_dump_json()
    except ai.AccessInfoError as exc:
        return f"error {exc.code}"


REQUEST_ARGS = ["--channel", "post", "--complexity", "complex", "--json"]


def _cli(received: str) -> str:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(
            [
                "request",
                "--received",
                received,
                "--channel",
                "post",
                "--complexity",
                "complex",
                "--json",
            ]
        )
    if code == EXIT_OK:
        return json.dumps(json.loads(out.getvalue()), sort_keys=True)
    assert code == EXIT_ERROR, err.getvalue()
    return "error " + err.getvalue().split(":")[1].split()[1]


@settings(max_examples=40, deadline=None)
@given(moment=instants, zone=offsets | zones)
@example(moment=datetime(2026, 8, 31, 22, tzinfo=VN_TZ), zone=timezone(timedelta(hours=9)))
@example(moment=datetime(2026, 8, 31, 23, 59, tzinfo=VN_TZ), zone=timezone(timedelta(hours=14)))
@example(moment=datetime(2026, 9, 1, 0, 0, tzinfo=VN_TZ), zone=timezone(timedelta(hours=-12)))
@example(moment=datetime(2026, 1, 9, 6, 59, tzinfo=VN_TZ), zone=timezone(timedelta(minutes=435)))
def test_the_same_instant_gives_the_same_decision_every_way(moment: datetime, zone: tzinfo) -> None:
    there = moment.astimezone(zone)
    text = _iso(there)
    base = dict(channel="post", complexity="complex")
    reference = _decision_json(ai.InformationRequest(received_at=moment, **base))
    ways = [
        ai.InformationRequest(received_at=there, **base),
        ai.InformationRequest(received_at=text, **base),
        ai.InformationRequest.model_validate({"received_at": there, **base}),
        ai.InformationRequest.model_validate({"received_at": text, **base}),
        ai.InformationRequest.model_validate_json(json.dumps({"received_at": text, **base})),
    ]
    for req in ways:
        assert req.received_at == moment and req.received_at.tzinfo == VN_TZ  # type: ignore[union-attr]
        assert _decision_json(req) == reference
    lib = ai.InformationRequest(received_at=moment, **base)
    try:
        d = ai.request_deadlines(lib)
    except ai.AccessInfoError as exc:
        assert _cli(text) == f"error {exc.code}"
    else:
        cli = json.loads(_cli(text))
        assert cli["outcome"] == json.loads(d.model_dump_json())["outcome"]
        assert cli["rule_set"] == d.rule_set


@settings(max_examples=40, deadline=None)
@given(moment=instants, zone=offsets)
def test_outage_and_timeline_models_read_instants_alike(moment: datetime, zone: tzinfo) -> None:
    text = _iso(moment.astimezone(zone))
    for cls, kw in (
        (SuspensionNotice, {"suspension_from": text, "kind": "planned"}),
        (PortalIncident, {"occurred_at": text}),
        (RequestEvent, {"at": text, "kind": "validated"}),
    ):
        a = cls(**kw)
        b = cls.model_validate_json(json.dumps(kw))
        assert a == b
        assert next(iter(a.model_dump().values())) == moment or cls is RequestEvent
    assert RequestEvent(at=text, kind="validated").day == moment.date()


def test_cli_parse_when_is_the_same_reader() -> None:
    assert parse_when("2026-09-01T00:00+09:00") == datetime(2026, 8, 31, 22, tzinfo=VN_TZ)
    assert parse_when(" 2026-09-01 ") == date(2026, 9, 1)
    for bad in (
        "2026-09-01T00:00",
        "1788000000",
        "0001-01-01T00:00+07:15",
        "9999-12-31T23:00-05:00",
    ):
        with pytest.raises(InvalidInput):
            parse_when(bad)


@pytest.mark.parametrize(
    "when", ["0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-12:00", "2026-09-01T00:00"]
)
def test_cli_refuses_out_of_range_or_naive_instants_without_a_traceback(
    capsys: pytest.CaptureFixture[str], when: str
) -> None:
    code = main(["request", "--received", when, "--channel", "post", "--complexity", "complex"])
    _, err = capsys.readouterr()
    # a value not in the form the option asks for is a usage error (exit 2), like argparse's
    assert code == EXIT_USAGE and "Traceback" not in err and "received" in err


def test_the_json_schema_says_date_or_date_time() -> None:
    from accessinfo.surfaces.schema import schema

    prop = schema("InformationRequest")["properties"]["received_at"]
    assert {"type": "string", "format": "date-time"} in prop["anyOf"]
    assert {"type": "string", "format": "date"} in prop["anyOf"]


def test_instants_round_trip_through_json() -> None:
    req = ai.InformationRequest(
        received_at=datetime(2026, 1, 9, 9, 30, tzinfo=ZoneInfo("Europe/Paris")),
        channel="electronic",
    )
    again = ai.InformationRequest.model_validate_json(req.model_dump_json())
    assert again == req and '"2026-01-09T15:30:00+07:00"' in req.model_dump_json()


def test_date_or_instant_is_exported_for_other_models() -> None:
    from pydantic import TypeAdapter

    ta: TypeAdapter[Any] = TypeAdapter(DateOrInstant)
    assert ta.validate_python("2026-09-01") == date(2026, 9, 1)
