"""Chương III. CUNG CẤP THÔNG TIN THEO YÊU CẦU

Law 104/2016/QH13, Chapter III (Arts 23–34): providing information on request. Art 27 tells
the agency, once it has a valid request, to handle it by the procedure of this Chapter; the
procedure depends on how the information is provided (the articles' headings, research-update
2026-12 §4.1): directly at the agency's seat (Art 29), over the network (Art 30, only when both
conditions of Art 30.1 hold), by post or fax (Art 31); and on whether the information is simple
and to hand or complex. ``InformationRequest.delivery`` says how; it defaults to the channel
the request came in by (reading ``delivery_default="channel"``,
docs/readings/delivery-default.md). An e-mailed request for posted copies of simple
information is an Art 31.1 case (5 working days), not Art 30.3 (3). This module
gathers, for one request, every due date those articles set, as the Law 104 version of the
``request_deadlines`` family (Law 01/2026 Art 26 is the version for requests sent from
1 September 2026; Law 01/2026 Art 31.4 keeps earlier requests under this Law until resolved).

Clause encoded (verbatim, pháp điển):

Điều 27. Giải quyết yêu cầu cung cấp thông tin

Khi nhận được yêu cầu cung cấp thông tin hợp lệ, cơ quan nhà nước có trách nhiệm cung cấp thông
tin thông báo về thời hạn, địa điểm, hình thức cung cấp thông tin; chi phí thực tế để in, sao,
chụp, gửi thông tin qua dịch vụ bưu chính, fax (nếu có) và phương thức, thời hạn thanh toán;
thực hiện việc cung cấp thông tin theo trình tự, thủ tục quy định tại Chương này.

The design example: a complex e-mail request received at 09:30 on Friday 9 January 2026.
Saturday 10 January is a swapped working day (1); Mon 12 (2), Tue 13 (3) is the notice day;
then 14–16 (4–6), 19–23 (7–11), 26–29 (12–15): the answer is due Thursday 29 January; the
extension adds 15 calendar days, to Friday 13 February.

>>> from datetime import datetime
>>> from accessinfo.calendar import VN_TZ
>>> from accessinfo.models.requests import InformationRequest
>>> req = InformationRequest(received_at=datetime(2026, 1, 9, 9, 30, tzinfo=VN_TZ),
...                          channel="electronic", complexity="complex")
>>> d = request_deadlines(req)
>>> d.outcome.notify_by, d.outcome.respond_by, d.outcome.extended_respond_by
(datetime.date(2026, 1, 13), datetime.date(2026, 1, 29), datetime.date(2026, 2, 13))
>>> d.rule_set, d.status
('law_104_2016', 'final')
>>> posted = InformationRequest(received_at=datetime(2026, 1, 9, 9, 30, tzinfo=VN_TZ),
...                             channel="electronic", complexity="simple", delivery="post")
>>> request_deadlines(posted).outcome.respond_by  # Art 31.1: Sat 10 (1), 12, 13, 14, 15 (5)
datetime.date(2026, 1, 15)
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime, time
from typing import Any, Literal, NamedTuple

from accessinfo.calendar import (
    PUBLIC_SECTOR,
    Period,
    ReceiptPolicy,
    WorkingCalendar,
    WorkingDays,
    _as_vn_date,
    _check_calendar,
    _receipt_day,
)
from accessinfo.core.citations import Citation, instrument
from accessinfo.core.decisions import Decision, Finding, Step, unvalidated
from accessinfo.core.messages import Later, Text, later, msg, sentences, text
from accessinfo.core.periods import choose, civil_code_basis, reckon
from accessinfo.core.rules import rule
from accessinfo.errors import InvalidInput, NoApplicableRule
from accessinfo.models.requests import InformationRequest, RequestDeadlines, complexity_required

from . import INSTRUMENT as LAW_104
from . import RULE_SET, art_29, art_30, art_31
from ._units import Due
from .art_29 import (
    complex_in_person_extended_respond_by,
    complex_in_person_respond_by,
    simple_in_person_respond_by,
)
from .art_29 import extension as in_person_extension
from .art_30 import (
    complex_electronic_extended_respond_by,
    complex_electronic_notify_by,
    complex_electronic_respond_by,
    electronic_provision_available,
    simple_electronic_respond_by,
)
from .art_30 import extension as electronic_extension
from .art_31 import (
    complex_post_fax_extended_respond_by,
    complex_post_fax_notify_by,
    complex_post_fax_respond_by,
    simple_post_fax_respond_by,
)
from .art_31 import extension as post_fax_extension

__all__ = ["IN_FORCE_FROM", "SUCCESSOR_FROM", "request_deadlines"]

IN_FORCE_FROM = date(2018, 7, 1)  # Art 37
SUCCESSOR_FROM = date(2026, 9, 1)  # Law 01/2026/QH16 Art 30.1; Art 31.4 keeps earlier requests
Unit = Literal["calendar", "working", "raise"]

_UNIT_OPTIONS: tuple[Unit, ...] = ("calendar", "working", "raise")
_NOTICE_OPTIONS = ("before_last_day", "by_last_day", "raise")
_HOW = frozenset({"in_person", "electronic", "post", "fax"})  # Channel and Delivery
_COMPLEXITIES = frozenset({"simple", "complex"})
_ARTICLE = {"in_person": "29", "electronic": "30", "post": "31", "fax": "31"}  # as rendered
_ART_30_1 = LAW_104.cite(30, 1)


def _governing_date(request: InformationRequest) -> tuple[date, date]:
    """(sent, received) as VN dates, checked for order and for this Law's span."""
    received_at, sent_at = request.received_at, request.sent_at
    received = received_at if type(received_at) is date else _as_vn_date(received_at, "received_at")
    if sent_at is None:
        sent = received  # the same value, read the same way
    else:
        sent = sent_at if type(sent_at) is date else _as_vn_date(sent_at, "sent_at")
    if sent > received:
        raise InvalidInput(msg("errors.sent_after_received", sent=sent, received=received))
    if request.validated_at is not None:
        valid = request.validated_at
        first = request.received_at
        if (
            isinstance(valid, datetime) and isinstance(first, datetime) and valid < first
        ) or _as_vn_date(valid, "validated_at") < received:
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


def _electronic(conditions: dict[str, Any]) -> Finding[bool]:
    """What the body of ``electronic_provision_available`` finds for the two conditions
    (each True, False or None: found once; anything else: found afresh, to say what is
    wrong)."""
    key = tuple(conditions.values())
    if all(v is None or v is True or v is False for v in key):
        hit = _CONDITIONS.get(key)
        if hit is None:
            body = electronic_provision_available.__wrapped__  # type: ignore[attr-defined]
            hit = _CONDITIONS[key] = body(**conditions)
        return hit
    return electronic_provision_available.__wrapped__(**conditions)  # type: ignore[attr-defined,no-any-return]


# (file_available, agency_able) -> what the rule's body finds: a pure function of the two
_CONDITIONS: dict[tuple[Any, ...], Finding[bool]] = {}


def _only(trace: tuple[Step, ...] | None, label: str) -> tuple[Step, ...]:
    return tuple(s for s in trace or () if s.label == label)


class _Part(NamedTuple):
    """What the answer takes from one due date of Arts 29-31: what its rule's Decision holds."""

    outcome: date
    basis: tuple[Citation, ...]
    caveats: tuple[str | Text, ...]  # messages (a plain str: no Vietnamese)
    explanation: Text
    trace: tuple[Step, ...] | None


def _of_decision(d: Decision[date]) -> _Part:
    """A due date from its rule's Decision."""
    if len(d.caveats) == len(d.caveats_vi):
        caveats: tuple[str | Text, ...] = tuple(
            text(e, v) for e, v in zip(d.caveats, d.caveats_vi, strict=True)
        )
    else:
        caveats = d.caveats
    return _Part(
        d.outcome,
        d.basis,
        caveats,
        text(d.explanation, d.explanation_vi or d.explanation),
        d.trace,
    )


def _basis(
    rule: Callable[..., Decision[date]], more: tuple[Citation, ...]
) -> tuple[Citation, ...] | None:
    """The basis of ``rule``'s Decision when its body cites ``more``: the rule's own
    citations first; None when a citation is of an unverified text (the rule's Decision then
    adds a caveat, or refuses under strict=True: let the rule say it)."""
    key = (id(rule), id(more))
    hit = _BASES.get(key)
    if hit is None or hit[0] is not more:  # the bodies cite a few shared tuples
        basis: tuple[Citation, ...] | None = tuple(
            dict.fromkeys((*rule.__rule__.citations, *more))  # type: ignore[attr-defined]
        )
        if any(not c.instrument.verified for c in basis):  # type: ignore[union-attr]
            basis = None
        if len(_BASES) > 64:
            _BASES.clear()
        hit = _BASES[key] = (more, basis)  # the entry keeps ``more`` (and its id) alive
    return hit[1]


# (id of a rule, id of a basis tuple its body cites) -> (that tuple, the Decision's basis,
# or None if a citation is of an unverified text)
_BASES: dict[tuple[int, int], tuple[tuple[Citation, ...], tuple[Citation, ...] | None]] = {}


def _counted(
    rule: Callable[..., Decision[date]],
    period: Period,
    label: str,
    message: Later,
    start: date,
    cal: WorkingCalendar,
    strict: bool,
    trace: bool,
) -> _Part | None:
    """A due date as ``core.periods.deadline`` counts it in the body of ``rule`` and as the
    rule's Decision holds it (None: let the rule say, see :func:`_basis`)."""
    # core.periods.reckon's count (its checks made by request_deadlines, once)
    r = cal._count(start, period, type(period) is WorkingDays, "next_working_day", trace, label)
    unsure = r.uncertain or r.beyond_known
    if strict and unsure:
        reckon(cal, start, period, label=label, strict=True)  # raises CalendarUnknown
    basis = _basis(rule, civil_code_basis(r))
    if basis is None:
        return None
    explanation = message(start=r.start, end=r.end)
    caveats = tuple(dict.fromkeys(r.caveats(cal.known_until))) if unsure else ()
    return _Part(r.end, basis, caveats, explanation, r.steps)


def _at_once(day_zero: date, common: dict[str, Any]) -> _Part:
    """Art 29.1: simple information asked for in person is due the day of the request."""
    rule = simple_in_person_respond_by
    found = rule.__wrapped__(day_zero, **common)  # type: ignore[attr-defined]  # the body
    basis = _basis(rule, found.basis)
    explanation = found.explanation
    if basis is None or found.caveats or type(explanation) is not Text or not explanation.vi:
        return _of_decision(rule(day_zero, **common))  # what the Decision holds then
    return _Part(found.outcome, basis, (), explanation, found.trace)


def _due(
    rule: Callable[..., Decision[date]],
    due: Due,
    day_zero: date,
    cal: WorkingCalendar,
    common: dict[str, Any],
) -> _Part:
    """The due date ``due`` of ``rule`` for a request validly received on ``day_zero``."""
    strict, trace = common["strict"], common["trace"]
    part = _counted(rule, due.period, due.label, due.message, day_zero, cal, strict, trace)
    return part or _of_decision(rule(day_zero, **common))


def _extended(
    rule: Callable[..., Decision[date]],
    extension: tuple[Period, str | None, Later],
    respond: _Part,
    cal: WorkingCalendar,
    day_zero: date,
    common: dict[str, Any],
    unit: dict[str, Any],
) -> _Part:
    """The extended due date: the extension counted from the original one, as ``extend`` does
    in the extended rule (its caveats and trace are the original's, already in the answer,
    followed by the extension's own)."""
    period, _, why = extension
    strict, trace = common["strict"], common["trace"]
    label = "extended_respond_by"
    part = _counted(rule, period, label, why, respond.outcome, cal, strict, trace)
    return part or _of_decision(rule(day_zero, **unit, **common))


# Điều 27: "thực hiện việc cung cấp thông tin theo trình tự, thủ tục quy định tại Chương này"
@rule(
    LAW_104.cite(27),
    family="request_deadlines",
    valid_from=IN_FORCE_FROM,
    valid_until=SUCCESSOR_FROM,
)
def request_deadlines(
    request: InformationRequest,
    *,
    calendar: WorkingCalendar = PUBLIC_SECTOR,
    strict: bool = False,
    trace: bool = False,
    extension_unit: Unit = "calendar",
    period_unit: Unit = "calendar",
    receipt: ReceiptPolicy = "calendar_date",
    cutoff: time | None = None,
    extension_notice: Literal["before_last_day", "by_last_day", "raise"] = "before_last_day",
) -> Finding[RequestDeadlines]:
    """The due dates of a request sent from 2018-07-01 to 2026-08-31 (Law 104 Arts 29–31).

    ``period_unit`` and ``extension_notice`` have no effect under Law 104 (every request
    period is in working days; the extension is notified "trong thời hạn", by the last day of
    the period); they are accepted so that both versions share one signature.
    ``complexity`` is required. Raises NoApplicableRule when the information is to be
    provided electronically but a condition of Art 30.1 fails.
    """
    if not isinstance(request, InformationRequest):
        raise InvalidInput(
            msg(
                "errors.must_be",
                name="request",
                expected=msg("errors.type.information_request"),
                got=type(request).__name__,
            )
        )
    cal = _check_calendar(calendar)
    if type(strict) is not bool or type(trace) is not bool:
        for name, flag in (("strict", strict), ("trace", trace)):
            if not isinstance(flag, bool):
                raise InvalidInput(msg("errors.true_or_false", name=name, value=f"{flag!r:.60}"))
    if type(extension_unit) is str and extension_unit in _UNIT_OPTIONS:
        ext_unit = extension_unit  # what choose() returns for a valid option
    else:
        ext_unit = choose(extension_unit, "extension_unit", _UNIT_OPTIONS)
    if type(period_unit) is not str or period_unit not in _UNIT_OPTIONS:
        choose(period_unit, "period_unit", _UNIT_OPTIONS)
    if type(extension_notice) is not str or extension_notice not in _NOTICE_OPTIONS:
        choose(extension_notice, "extension_notice", _NOTICE_OPTIONS)
    sent, _ = _governing_date(request)
    if request.complexity is None:
        raise InvalidInput(
            complexity_required(
                "Law 104/2016/QH13 (Arts 29–31)",
                "Luật Tiếp cận thông tin số 104/2016/QH13 (Điều 29 đến Điều 31)",
            )
        )
    delivery = request.delivery if request.delivery is not None else request.channel
    electronic_readings: Mapping[str, str] = {}
    if delivery == "electronic":
        conditions = {
            "file_available": request.electronic_file_available,
            "agency_able": request.agency_can_send_electronically,
        }
        found = _electronic(conditions)
        electronic_readings = found.readings
        if found.outcome is not True:  # the rule's Decision says why, in both languages
            able = electronic_provision_available(**conditions)
            if not able.outcome:
                why = Text(
                    en=able.explanation.split(": ", 1)[-1].rstrip("."),
                    vi=(able.explanation_vi or "").split(": ", 1)[-1].rstrip("."),
                )
                raise NoApplicableRule(
                    msg("law_104_2016.chapter3.electronic_not_available", why=why)
                )
            electronic_readings = able.readings
    valid = request.validated_at if request.validated_at is not None else request.received_at
    day_zero, moved = _receipt_day(cal, valid, receipt=receipt, cutoff=cutoff)

    # Each due date is counted by the body of its rule in Arts 29-31 and taken as that rule's
    # Decision would hold it (the same citations, caveats, text and trace), without building
    # the Decisions: one is built, for the whole answer (issue 13).
    common: dict[str, Any] = {"sent": sent, "calendar": cal, "strict": strict, "trace": trace}
    on = (day_zero, cal, common)
    notify: _Part | None = None
    respond: _Part | None = None
    extended: _Part | None = None
    at_once: _Part | None = None
    channel, simple = request.channel, request.complexity == "simple"
    if delivery == "in_person":
        if simple:
            at_once = _at_once(day_zero, common)
        else:
            respond = _due(
                complex_in_person_respond_by, art_29.COMPLEX_RESPOND, day_zero, cal, common
            )
            period, more = in_person_extension()
            extended = _extended(
                complex_in_person_extended_respond_by,
                (period, None, more),
                respond,
                cal,
                day_zero,
                common,
                {},
            )
    elif delivery == "electronic":
        if simple:
            respond = _due(
                simple_electronic_respond_by, art_30.SIMPLE_RESPOND, day_zero, cal, common
            )
        else:
            notify = _due(
                complex_electronic_notify_by, art_30.COMPLEX_NOTIFY, day_zero, cal, common
            )
            respond = _due(
                complex_electronic_respond_by, art_30.COMPLEX_RESPOND, day_zero, cal, common
            )
            extended = _extended(
                complex_electronic_extended_respond_by,
                electronic_extension(ext_unit),
                respond,
                cal,
                day_zero,
                common,
                {"extension_unit": ext_unit},
            )
    elif simple:
        respond = _due(simple_post_fax_respond_by, art_31.SIMPLE_RESPOND, *on)
    else:
        notify = _due(complex_post_fax_notify_by, art_31.COMPLEX_NOTIFY, *on)
        respond = _due(complex_post_fax_respond_by, art_31.COMPLEX_RESPOND, *on)
        extended = _extended(
            complex_post_fax_extended_respond_by,
            post_fax_extension(ext_unit),
            respond,
            cal,
            day_zero,
            common,
            {"extension_unit": ext_unit},
        )

    parts = [d for d in (at_once, notify, respond, extended) if d is not None]
    values = {
        "rule_set": RULE_SET,
        "channel": channel,
        "complexity": request.complexity,
        "day_zero": day_zero,
        "delivery": delivery,
        "provide_at_once": at_once is not None,
        "notify_by": notify.outcome if notify else None,
        "respond_by": respond.outcome if respond else None,
        # "trong thời hạn cung cấp thông tin": by the last day of the original period
        "extension_notice_by": respond.outcome if extended and respond else None,
        "extended_respond_by": extended.outcome if extended else None,
    }
    if (
        channel in _HOW
        and delivery in _HOW
        and request.complexity in _COMPLEXITIES
        and type(day_zero) is date
    ):
        outcome = unvalidated(RequestDeadlines, values)  # exact types: nothing to validate
    else:
        outcome = RequestDeadlines(**values)
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
        caveats.extend(d.caveats)
    if delivery == "electronic":
        basis.append(_ART_30_1)
    if moved:
        caveats.append(msg("law_104_2016.chapter3.receipt_reading", receipt=receipt, moved=moved))
    if at_once is not None and channel != "in_person":
        caveats.append(msg("law_104_2016.art29.requester_not_present"))
    lines: list[Text | Later] = [
        later(
            "law_104_2016.chapter3.head",
            channel=msg(f"terms.channel.{channel}"),
            delivery=msg(f"terms.delivery.{delivery}"),
            article=_ARTICLE[delivery],
            complexity=msg(f"terms.complexity.{request.complexity}"),
            day_zero=day_zero,
        )
    ]
    lines.extend(d.explanation for d in parts)
    respond_by = values["respond_by"]
    if extended is not None and respond_by is not None:
        lines.append(later("law_104_2016.chapter3.extension_notice", end=respond_by))
    last = max(d.outcome for d in parts)
    if last >= SUCCESSOR_FROM:
        basis.append(instrument("law_01_2026").cite(31, 4))
        lines.append(later("law_104_2016.chapter3.pending_after_law_01", sent=sent))

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
        outcome,
        sentences(*lines),
        tuple(basis),
        tuple(dict.fromkeys(caveats)),
        readings,
        steps,
        False,
        cal.version,
    )
