"""The fast request_deadlines of both laws give exactly what the plain composition gives.

``request_deadlines`` of Law 104/2016 (chapter_3) counts each due date of Arts 29-31 on the
calendar and builds one Decision; that of Law 01/2026 (art_26, with Decree 337/2026 Art 10's
tiers) counts each period once and renders its explanation in one pass (issue 13). The
references below are the plain versions they replaced, kept as the oracle: Law 104's calls
the rules of Arts 29-31 and assembles their Decisions; Law 01's counts the five periods of
Art 10.4 through ``core.periods.reckon`` and joins one message per sentence. For any request
and any options, both give the same Decision (every field, its type, the Vietnamese, the
trace) or the same error.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone
from typing import Any, Literal

from hypothesis import example, given, settings
from hypothesis import strategies as st

from accessinfo.articles.decree_337_2026 import INSTRUMENT as DECREE
from accessinfo.articles.decree_337_2026.art_10 import _Q_EXTENSION, _Q_NOTICE, _Q_PERIOD, Tiers
from accessinfo.articles.law_01_2026 import INSTRUMENT as LAW
from accessinfo.articles.law_01_2026 import RULE_SET as RULE_SET_01
from accessinfo.articles.law_01_2026 import art_26
from accessinfo.articles.law_01_2026._common import (
    check_bool,
    days,
    governed_by_this_law,
    unit_name,
)
from accessinfo.articles.law_104_2016 import INSTRUMENT as LAW_104
from accessinfo.articles.law_104_2016 import RULE_SET, chapter_3
from accessinfo.articles.law_104_2016.art_29 import (
    complex_in_person_extended_respond_by,
    complex_in_person_respond_by,
    simple_in_person_respond_by,
)
from accessinfo.articles.law_104_2016.art_30 import (
    complex_electronic_extended_respond_by,
    complex_electronic_notify_by,
    complex_electronic_respond_by,
    electronic_provision_available,
    simple_electronic_respond_by,
)
from accessinfo.articles.law_104_2016.art_31 import (
    complex_post_fax_extended_respond_by,
    complex_post_fax_notify_by,
    complex_post_fax_respond_by,
    simple_post_fax_respond_by,
)
from accessinfo.articles.law_104_2016.chapter_3 import IN_FORCE_FROM, SUCCESSOR_FROM
from accessinfo.calendar import PUBLIC_SECTOR, VN_TZ, Reckoning, WorkingCalendar, WorkingDays
from accessinfo.calendar import as_vn_date as as_vn_date
from accessinfo.core.citations import Citation, instrument
from accessinfo.core.decisions import Decision, Finding, Step
from accessinfo.core.messages import Text, msg
from accessinfo.core.periods import ambiguous, check_calendar, choose
from accessinfo.core.periods import reckon as _reckon
from accessinfo.core.rules import _to_decision
from accessinfo.errors import AccessInfoError, InvalidInput, NoApplicableRule
from accessinfo.models.requests import InformationRequest, RequestDeadlines, complexity_required

Unit = Literal["calendar", "working", "raise"]
_UNIT_OPTIONS: tuple[Unit, ...] = ("calendar", "working", "raise")
FAX_NOT_LISTED = msg("law_01_2026.art24.fax_not_listed")


# -- Law 104/2016: the plain composition of the rules of Arts 29-31 ----------------------------


def _governing_date(request: InformationRequest) -> tuple[date, date]:
    received = as_vn_date(request.received_at, "received_at")
    sent = as_vn_date(
        request.sent_at if request.sent_at is not None else request.received_at, "sent_at"
    )
    if sent > received:
        raise InvalidInput(msg("errors.sent_after_received", sent=sent, received=received))
    if request.validated_at is not None:
        valid = request.validated_at
        first = request.received_at
        if (
            isinstance(valid, datetime) and isinstance(first, datetime) and valid < first
        ) or as_vn_date(valid, "validated_at") < received:
            raise InvalidInput(msg("errors.validated_before_received"))
    if sent < IN_FORCE_FROM:
        raise NoApplicableRule(
            msg("law_104_2016.chapter3.before_law", sent=sent, in_force=IN_FORCE_FROM)
        )
    if sent >= SUCCESSOR_FROM:
        raise NoApplicableRule(
            msg("law_104_2016.chapter3.under_law_01", sent=sent, successor=SUCCESSOR_FROM)
        )
    return sent, received


def _texts(en: tuple[str, ...], vi: tuple[str, ...]) -> tuple[str | Text, ...]:
    if len(en) != len(vi):
        return en
    return tuple(Text(en=e, vi=v) for e, v in zip(en, vi, strict=True))


def _only(trace: tuple[Step, ...] | None, label: str) -> tuple[Step, ...]:
    return tuple(s for s in trace or () if s.label == label)


def reference_104(
    request: InformationRequest,
    *,
    calendar: WorkingCalendar = PUBLIC_SECTOR,
    strict: bool = False,
    trace: bool = False,
    extension_unit: Unit = "calendar",
    period_unit: Unit = "calendar",
    receipt: Any = "calendar_date",
    cutoff: time | None = None,
    extension_notice: Any = "before_last_day",
) -> Finding[RequestDeadlines]:
    if not isinstance(request, InformationRequest):
        raise InvalidInput(
            f"request must be an accessinfo.InformationRequest, got {type(request).__name__}"
        )
    cal = check_calendar(calendar)
    for name, flag in (("strict", strict), ("trace", trace)):
        if not isinstance(flag, bool):
            raise InvalidInput(f"{name} must be True or False, got {flag!r}")
    ext_unit = choose(extension_unit, "extension_unit", _UNIT_OPTIONS)
    choose(period_unit, "period_unit", _UNIT_OPTIONS)
    choose(extension_notice, "extension_notice", ("before_last_day", "by_last_day", "raise"))
    sent, _ = _governing_date(request)
    if request.complexity is None:
        raise InvalidInput(
            complexity_required(
                "Law 104/2016/QH13 (Arts 29–31)",
                "Luật Tiếp cận thông tin số 104/2016/QH13 (Điều 29 đến Điều 31)",
            )
        )
    delivery = request.delivery if request.delivery is not None else request.channel
    electronic_readings: dict[str, str] = {}
    if delivery == "electronic":
        able = electronic_provision_available(
            file_available=request.electronic_file_available,
            agency_able=request.agency_can_send_electronically,
        )
        if not able.outcome:
            why = Text(
                en=able.explanation.split(": ", 1)[-1].rstrip("."),
                vi=(able.explanation_vi or "").split(": ", 1)[-1].rstrip("."),
            )
            raise NoApplicableRule(msg("law_104_2016.chapter3.electronic_not_available", why=why))
        electronic_readings = dict(able.readings)
    valid = request.validated_at if request.validated_at is not None else request.received_at
    day_zero, moved = cal.receipt_day(valid, receipt=receipt, cutoff=cutoff)

    common: dict[str, Any] = {"sent": sent, "calendar": cal, "strict": strict, "trace": trace}
    notify: Decision[date] | None = None
    respond: Decision[date] | None = None
    extended: Decision[date] | None = None
    at_once: Decision[date] | None = None
    channel, simple = request.channel, request.complexity == "simple"
    if delivery == "in_person":
        if simple:
            at_once = simple_in_person_respond_by(day_zero, **common)
        else:
            respond = complex_in_person_respond_by(day_zero, **common)
            extended = complex_in_person_extended_respond_by(day_zero, **common)
    elif delivery == "electronic":
        if simple:
            respond = simple_electronic_respond_by(day_zero, **common)
        else:
            notify = complex_electronic_notify_by(day_zero, **common)
            respond = complex_electronic_respond_by(day_zero, **common)
            extended = complex_electronic_extended_respond_by(
                day_zero, extension_unit=ext_unit, **common
            )
    elif simple:
        respond = simple_post_fax_respond_by(day_zero, **common)
    else:
        notify = complex_post_fax_notify_by(day_zero, **common)
        respond = complex_post_fax_respond_by(day_zero, **common)
        extended = complex_post_fax_extended_respond_by(day_zero, extension_unit=ext_unit, **common)

    parts = [d for d in (at_once, notify, respond, extended) if d is not None]
    outcome = RequestDeadlines(
        rule_set=RULE_SET,
        channel=channel,
        complexity=request.complexity,
        day_zero=day_zero,
        delivery=delivery,
        provide_at_once=at_once is not None,
        notify_by=notify.outcome if notify else None,
        respond_by=respond.outcome if respond else None,
        # "trong thời hạn cung cấp thông tin": by the last day of the original period
        extension_notice_by=respond.outcome if extended and respond else None,
        extended_respond_by=extended.outcome if extended else None,
    )
    readings = {"receipt": receipt, "transition_trigger": "sent", **electronic_readings}
    if request.delivery is None:
        readings["delivery_default"] = "channel"
    if cutoff is not None:
        readings["cutoff"] = cutoff.isoformat()
    if extended is not None and delivery != "in_person":
        readings["extension_unit"] = ext_unit

    basis: list[Citation] = []
    caveats: list[str | Text] = []
    for d in parts:
        basis.extend(d.basis)
        caveats.extend(_texts(d.caveats, d.caveats_vi))
    if delivery == "electronic":
        basis.append(LAW_104.cite(30, 1))
    if moved:
        caveats.append(msg("law_104_2016.chapter3.receipt_reading", receipt=receipt, moved=moved))
    if at_once is not None and channel != "in_person":
        caveats.append(msg("law_104_2016.art29.requester_not_present"))
    article = {"in_person": 29, "electronic": 30, "post": 31, "fax": 31}[delivery]
    lines: list[Text] = [
        msg(
            "law_104_2016.chapter3.head",
            channel=msg(f"terms.channel.{channel}"),
            delivery=msg(f"terms.delivery.{delivery}"),
            article=article,
            complexity=msg(f"terms.complexity.{request.complexity}"),
            day_zero=day_zero,
        )
    ]
    lines.extend(Text(en=d.explanation, vi=d.explanation_vi or d.explanation) for d in parts)
    if extended is not None and outcome.respond_by is not None:
        lines.append(msg("law_104_2016.chapter3.extension_notice", end=outcome.respond_by))
    last = max(d.outcome for d in parts)
    if last >= SUCCESSOR_FROM:
        basis.append(instrument("law_01_2026").cite(31, 4))
        lines.append(msg("law_104_2016.chapter3.pending_after_law_01", sent=sent))

    steps: tuple[Step, ...] | None = None
    if trace:
        collected: list[Step] = []
        if moved:
            collected.append(Step(date=day_zero, action="note", reason=moved, label="day_zero"))
        for part, label in (
            (at_once, None),
            (notify, "notify_by"),
            (respond, "respond_by"),
            (extended, "extended_respond_by"),
        ):
            if part is None:
                continue
            if label is None:
                collected.append(
                    Step(
                        date=day_zero,
                        action="end",
                        reason=msg("law_104_2016.chapter3.at_once_step"),
                        source=LAW_104.cite(29, 1),
                        label="provide_at_once",
                    )
                )
            else:
                collected.extend(_only(part.trace, label))
        steps = tuple(collected)
    return Finding(
        outcome=outcome,
        explanation=Text(en=" ".join(t.en for t in lines), vi=" ".join(t.vi for t in lines)),
        basis=tuple(basis),
        caveats=tuple(dict.fromkeys(caveats)),
        readings=readings,
        trace=steps,
        calendar_version=cal.version,
    )


# -- Law 01/2026: Decree 337/2026 Art 10.4 counted through core.periods.reckon ---------------


def reference_tiers(
    calendar: WorkingCalendar,
    day_zero: date,
    complexity: Any,
    *,
    delivery: Any = "post",
    period_unit: object = "calendar",
    extension_unit: object = "calendar",
    extension_notice: object = "before_last_day",
    strict: bool = False,
    trace: bool = False,
) -> Tiers:
    cal = check_calendar(calendar)
    law_period = days(12, period_unit, "period_unit", _Q_PERIOD)
    ext_period = days(12, extension_unit, "extension_unit", _Q_EXTENSION)
    notice_reading = choose(
        extension_notice, "extension_notice", ("before_last_day", "by_last_day", "raise")
    )
    if notice_reading == "raise":
        raise ambiguous("extension_notice", _Q_NOTICE)
    cap = _reckon(cal, day_zero, law_period, label="law_cap", strict=strict)
    own = WorkingDays(3) if complexity == "simple" else law_period
    tier = _reckon(cal, day_zero, own, label="respond_by", strict=strict, trace=trace)
    respond = min(tier.end, cap.end)
    ext_tier = _reckon(
        cal, respond, ext_period, label="extended_respond_by", strict=strict, trace=trace
    )
    ext_cap = _reckon(cal, cap.end, ext_period, label="law_extension_cap", strict=strict)
    notice: Reckoning | None = None
    notice_by = respond
    if notice_reading == "before_last_day":
        notice = _reckon(
            cal,
            respond,
            WorkingDays(-1),
            label="extension_notice_by",
            strict=strict,
            trace=trace,
        )
        notice_by = notice.end
    readings = {
        "period_unit": unit_name(law_period),
        "extension_unit": unit_name(ext_period),
        "extension_notice": notice_reading,
    }
    at_once = complexity == "simple" and delivery == "in_person"
    if at_once:
        readings["at_once"] = "outer_limit_3_working_days"
    return Tiers(
        day_zero=day_zero,
        complexity=complexity,
        provide_at_once=at_once,
        tier=tier,
        law_cap=cap,
        respond_by=respond,
        extension_tier=ext_tier,
        extension_cap=ext_cap,
        extended_respond_by=min(ext_tier.end, ext_cap.end),
        notice=notice,
        extension_notice_by=notice_by,
        readings=readings,
    )


def join(*parts: Text) -> Text:
    return Text(en=" ".join(p.en for p in parts), vi=" ".join(p.vi for p in parts))


def _delivery_notes(request: InformationRequest, delivery: str) -> tuple[Text, ...]:
    notes: list[Text] = []
    if request.channel == "fax":
        notes.append(FAX_NOT_LISTED)
    if delivery == "fax":
        notes.append(msg("law_01_2026.art24.fax_delivery"))
    conditions = (request.electronic_file_available, request.agency_can_send_electronically)
    if delivery == "electronic" and False in conditions:
        notes.append(msg("law_01_2026.art24.electronic_not_possible"))
    return tuple(notes)


def reference_01(
    request: InformationRequest,
    *,
    calendar: WorkingCalendar = PUBLIC_SECTOR,
    strict: bool = False,
    trace: bool = False,
    extension_unit: Any = "calendar",
    period_unit: Any = "calendar",
    receipt: Any = "calendar_date",
    cutoff: time | None = None,
    extension_notice: Any = "before_last_day",
) -> Finding[RequestDeadlines]:
    if not isinstance(request, InformationRequest):
        raise InvalidInput(
            f"request must be an accessinfo.InformationRequest, got {type(request).__name__}"
        )
    cal = check_calendar(calendar)
    check_bool(strict=strict, trace=trace)
    received = as_vn_date(request.received_at, "received_at")
    sent_at = request.sent_at if request.sent_at is not None else request.received_at
    sent = as_vn_date(sent_at, "sent_at")
    if sent > received:
        raise InvalidInput(msg("errors.sent_after_received", sent=sent, received=received))
    if request.validated_at is not None and as_vn_date(request.validated_at) < received:
        raise InvalidInput(msg("errors.validated_before_received"))
    governed_by_this_law(sent_at)
    if request.complexity is None:
        raise InvalidInput(
            complexity_required(
                "Law 01/2026/QH16 (Decree 337/2026 Art 10.4)",
                "Luật Tiếp cận thông tin số 01/2026/QH16 "
                "(khoản 4 Điều 10 Nghị định số 337/2026/NĐ-CP)",
            )
        )
    delivery = request.delivery if request.delivery is not None else request.channel
    valid = request.validated_at if request.validated_at is not None else request.received_at
    day_zero, moved = cal.receipt_day(valid, receipt=receipt, cutoff=cutoff)
    t = reference_tiers(
        cal,
        day_zero,
        request.complexity,
        delivery=delivery,
        period_unit=period_unit,
        extension_unit=extension_unit,
        extension_notice=extension_notice,
        strict=strict,
        trace=trace,
    )
    outcome = RequestDeadlines(
        rule_set=RULE_SET_01,
        channel=request.channel,
        complexity=request.complexity,
        day_zero=day_zero,
        delivery=delivery,
        provide_at_once=t.provide_at_once,
        notify_by=None,
        respond_by=t.respond_by,
        extension_notice_by=t.extension_notice_by,
        extended_respond_by=t.extended_respond_by,
    )
    p, e = t.readings["period_unit"], t.readings["extension_unit"]
    simple = request.complexity == "simple"
    tier_point = "a" if simple else "b"
    parts = [
        msg(
            "law_01_2026.art26.request_deadlines.head",
            channel=msg(f"terms.channel.{request.channel}"),
            delivery=msg(f"terms.delivery.{delivery}"),
            complexity=msg(f"terms.complexity.{request.complexity}"),
            day_zero=day_zero,
        )
    ]
    if simple:
        parts.append(msg("decree_337_2026.art10.simple_respond_by", start=day_zero, end=t.tier.end))
        if t.provide_at_once:
            parts.append(msg("decree_337_2026.art10.provided_at_once"))
    else:
        parts.append(
            msg(
                "decree_337_2026.art10.complex_respond_by",
                start=day_zero,
                end=t.tier.end,
                days=msg(f"terms.days.{p}"),
            )
        )
    if t.capped:
        parts.append(msg("decree_337_2026.art10.law_cap_binds", cap=t.law_cap.end))
    parts.append(
        msg(
            f"decree_337_2026.art10.extension_notice_by.{t.readings['extension_notice']}",
            last=t.respond_by,
            end=t.extension_notice_by,
        )
    )
    parts.append(
        msg(
            "decree_337_2026.art10.extended_respond_by",
            start=t.respond_by,
            end=t.extended_respond_by,
            days=msg(f"terms.days.{e}"),
        )
    )
    parts.append(msg("law_01_2026.art26.request_deadlines.tail", cap=t.law_cap.end))
    basis: list[Citation] = [
        DECREE.cite(10, 4, tier_point),
        DECREE.cite(10, 4, "c"),
        *t.civil_code(),
    ]
    if delivery != request.channel or delivery == "fax":
        basis.append(LAW.cite(24, 3))
    readings = {
        **t.readings,
        "receipt": receipt,
        "transition_trigger": "sent",
    }
    if request.delivery is None:
        readings["delivery_default"] = "channel"
    if cutoff is not None:
        readings["cutoff"] = cutoff.isoformat()
    return Finding(
        outcome=outcome,
        explanation=join(*parts),
        basis=tuple(basis),
        caveats=(
            *t.caveats(cal.known_until),
            *((moved,) if moved else ()),
            *_delivery_notes(request, delivery),
        ),
        readings=readings,
        trace=t.steps(),
        calendar_version=cal.version,
    )


# -- the comparison --------------------------------------------------------------------------


def _fingerprint(x: Any) -> Any:
    """A value with the type of every part of it (a Text and a str of the same English differ)."""
    if isinstance(x, Decision) or (hasattr(type(x), "model_fields") and hasattr(x, "__dict__")):
        return (
            type(x).__name__,
            tuple((k, _fingerprint(v)) for k, v in x.__dict__.items()),
            tuple(sorted(getattr(x, "__pydantic_fields_set__", ()))),
        )
    if isinstance(x, str):
        return (type(x).__name__, str(x), getattr(x, "vi", None))
    if isinstance(x, (tuple, list)):
        return (type(x).__name__, tuple(_fingerprint(v) for v in x))
    if isinstance(x, dict):
        return (type(x).__name__, tuple((_fingerprint(k), _fingerprint(v)) for k, v in x.items()))
    return (type(x).__name__, repr(x))


def _outcome(call: Any) -> Any:
    try:
        d = call()
    except AccessInfoError as exc:
        return ("error", type(exc).__name__, str(exc))
    return ("answer", _fingerprint(d), d.model_dump_json())


def _reference(rule: Any, body: Any, request: InformationRequest, options: dict[str, Any]) -> Any:
    r = rule.__rule__
    return _to_decision(
        body(request, **options),
        r.id,
        r.citations,
        r.rule_set,
        r.summary,
        options.get("strict", False),
        RequestDeadlines,
    )


LOCAL = PUBLIC_SECTOR.with_overrides(
    rest_days=[date(2026, 1, 12), date(2026, 10, 12), date(2020, 4, 29)],
    working_days=[date(2026, 10, 10)],
    name="local",
)
CHANNELS = st.sampled_from(["in_person", "electronic", "post", "fax"])
ZONES = st.sampled_from([VN_TZ, UTC, timezone(timedelta(hours=-5)), timezone(timedelta(hours=9))])


@st.composite
def requests(draw: Any, first: date, last: date) -> InformationRequest:
    day = draw(st.dates(min_value=first, max_value=last))
    if draw(st.booleans()):
        received: date | datetime = day
    else:
        at = draw(st.times())
        received = datetime.combine(day, at, draw(ZONES))
    extra: dict[str, Any] = {}
    if draw(st.integers(0, 5)) == 0:
        extra["validated_at"] = received + timedelta(days=draw(st.integers(-1, 4)))
    if draw(st.integers(0, 5)) == 0:
        extra["sent_at"] = day - timedelta(days=draw(st.integers(-1, 20)))
    for name in ("electronic_file_available", "agency_can_send_electronically"):
        if draw(st.integers(0, 6)) == 0:
            extra[name] = draw(st.booleans())
    return InformationRequest(
        received_at=received,
        channel=draw(CHANNELS),
        complexity=draw(st.sampled_from(["simple", "complex", "simple", "complex", None])),
        delivery=draw(st.one_of(st.none(), CHANNELS)),
        **extra,
    )


@st.composite
def options(draw: Any) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, values in (
        ("calendar", [PUBLIC_SECTOR, LOCAL]),
        ("strict", [False, True]),
        ("trace", [False, True]),
        ("extension_unit", ["calendar", "working", "raise", "fortnight"]),
        ("period_unit", ["calendar", "working", "raise"]),
        ("receipt", ["calendar_date", "next_working_day"]),
        ("cutoff", [None, time(16, 30), time(8)]),
        ("extension_notice", ["before_last_day", "by_last_day", "raise"]),
    ):
        if draw(st.integers(0, 3)) == 0:
            out[name] = draw(st.sampled_from(values))
    return out


@settings(max_examples=250, deadline=None)
@given(request=requests(date(2018, 6, 20), date(2026, 9, 10)), options=options())
@example(
    request=InformationRequest(
        received_at=datetime(2026, 1, 9, 9, 30, tzinfo=VN_TZ),
        channel="electronic",
        complexity="complex",
    ),
    options={"trace": True},
)
@example(
    request=InformationRequest(received_at=date(2026, 8, 20), channel="post", complexity="complex"),
    options={"strict": True},
)
def test_law_104_request_deadlines_equal_the_rules_composed(
    request: InformationRequest, options: dict[str, Any]
) -> None:
    fast = _outcome(lambda: chapter_3.request_deadlines(request, **options))
    plain = _outcome(
        lambda: _reference(chapter_3.request_deadlines, reference_104, request, options)
    )
    assert fast == plain


@settings(max_examples=250, deadline=None)
@given(request=requests(date(2026, 8, 25), date(2028, 3, 31)), options=options())
@example(
    request=InformationRequest(received_at=date(2026, 11, 20), channel="post", complexity="simple"),
    options={"trace": True},
)
@example(
    request=InformationRequest(
        received_at=date(2027, 12, 28), channel="fax", complexity="complex", delivery="in_person"
    ),
    options={"strict": True},
)
def test_law_01_request_deadlines_equal_the_plain_count(
    request: InformationRequest, options: dict[str, Any]
) -> None:
    fast = _outcome(lambda: art_26.request_deadlines(request, **options))
    plain = _outcome(lambda: _reference(art_26.request_deadlines, reference_01, request, options))
    assert fast == plain


def _fresh(word: str) -> str:
    """``word`` as a new string object (not the interned constant a default is)."""
    return "".join(list(word))


def test_every_version_shares_the_defaults_of_the_facade() -> None:
    """The facade passes nothing on when every option is its default (tasks.requests)."""
    import inspect

    from accessinfo.core.rules import families
    from accessinfo.tasks.requests import request_deadlines as facade

    defaults = {
        k: p.default
        for k, p in inspect.signature(facade).parameters.items()
        if p.default is not p.empty
    }
    versions = families()["request_deadlines"]
    assert len(versions) >= 2
    for version in versions:
        params = inspect.signature(version.function).parameters
        assert {k: params[k].default for k in defaults} == defaults
        assert all(params[k].default is v for k, v in defaults.items()), version.id


@settings(max_examples=200, deadline=None)
@given(request=requests(date(2018, 6, 20), date(2028, 3, 31)))
def test_the_facade_with_its_defaults_is_the_facade_given_them(
    request: InformationRequest,
) -> None:
    from accessinfo.tasks.requests import request_deadlines as facade

    given_ = _outcome(
        lambda: facade(
            request,
            calendar=PUBLIC_SECTOR,
            strict=False,
            trace=False,
            extension_unit=_fresh("calendar"),
            period_unit=_fresh("calendar"),
            receipt=_fresh("calendar_date"),  # type: ignore[arg-type]
            cutoff=None,
            extension_notice=_fresh("before_last_day"),
        )
    )
    assert _outcome(lambda: facade(request)) == given_
