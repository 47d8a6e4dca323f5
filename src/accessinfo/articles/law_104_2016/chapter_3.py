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

from datetime import date, datetime, time
from typing import Any, Literal

from accessinfo.calendar import PUBLIC_SECTOR, ReceiptPolicy, WorkingCalendar, as_vn_date
from accessinfo.core.citations import Citation, instrument
from accessinfo.core.decisions import Decision, Finding, Step
from accessinfo.core.messages import Text, msg
from accessinfo.core.periods import check_calendar, choose
from accessinfo.core.rules import rule
from accessinfo.errors import InvalidInput, NoApplicableRule
from accessinfo.models.requests import InformationRequest, RequestDeadlines, complexity_required

from . import INSTRUMENT as LAW_104
from . import RULE_SET
from .art_29 import (
    complex_in_person_extended_respond_by,
    complex_in_person_respond_by,
    simple_in_person_respond_by,
)
from .art_30 import (
    complex_electronic_extended_respond_by,
    complex_electronic_notify_by,
    complex_electronic_respond_by,
    electronic_provision_available,
    simple_electronic_respond_by,
)
from .art_31 import (
    complex_post_fax_extended_respond_by,
    complex_post_fax_notify_by,
    complex_post_fax_respond_by,
    simple_post_fax_respond_by,
)

__all__ = ["IN_FORCE_FROM", "SUCCESSOR_FROM", "request_deadlines"]

IN_FORCE_FROM = date(2018, 7, 1)  # Art 37
SUCCESSOR_FROM = date(2026, 9, 1)  # Law 01/2026/QH16 Art 30.1; Art 31.4 keeps earlier requests
Unit = Literal["calendar", "working", "raise"]

_UNIT_OPTIONS: tuple[Unit, ...] = ("calendar", "working", "raise")


def _governing_date(request: InformationRequest) -> tuple[date, date]:
    """(sent, received) as VN dates, checked for order and for this Law's span."""
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
    """A part's caveats back as messages when every one has its Vietnamese text."""
    if len(en) != len(vi):
        return en
    return tuple(Text(en=e, vi=v) for e, v in zip(en, vi, strict=True))


def _only(trace: tuple[Step, ...] | None, label: str) -> tuple[Step, ...]:
    return tuple(s for s in trace or () if s.label == label)


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
    cal = check_calendar(calendar)
    for name, flag in (("strict", strict), ("trace", trace)):
        if not isinstance(flag, bool):
            raise InvalidInput(msg("errors.true_or_false", name=name, value=f"{flag!r:.60}"))
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
