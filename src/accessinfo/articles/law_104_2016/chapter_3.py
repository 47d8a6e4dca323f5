"""Chương III. CUNG CẤP THÔNG TIN THEO YÊU CẦU

Law 104/2016/QH13, Chapter III (Arts 23–34): providing information on request. Art 27 tells
the agency, once it has a valid request, to handle it by the procedure of this Chapter; the
procedure depends on the channel: in person (Art 29), over the network (Art 30), by post or
fax (Art 31), and on whether the information is simple and to hand or complex. This module
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
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any, Literal

from accessinfo.calendar import PUBLIC_SECTOR, ReceiptPolicy, WorkingCalendar, as_vn_date
from accessinfo.core.citations import Citation, instrument
from accessinfo.core.decisions import Decision, Finding, Step
from accessinfo.core.messages import msg
from accessinfo.core.periods import check_calendar, choose
from accessinfo.core.rules import rule
from accessinfo.errors import InvalidInput, NoApplicableRule
from accessinfo.models.requests import InformationRequest, RequestDeadlines

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
        raise InvalidInput(
            f"sent_at ({sent.isoformat()}) is after received_at ({received.isoformat()})"
        )
    if request.validated_at is not None:
        valid = request.validated_at
        first = request.received_at
        if (
            isinstance(valid, datetime) and isinstance(first, datetime) and valid < first
        ) or as_vn_date(valid, "validated_at") < received:
            raise InvalidInput(
                "validated_at is before received_at: the valid request cannot precede the "
                "first receipt"
            )
    if sent < IN_FORCE_FROM:
        raise NoApplicableRule(
            f"the request was sent on {sent.isoformat()}, before Law 104/2016/QH13 took effect "
            f"on {IN_FORCE_FROM.isoformat()} (Art 37): no access-to-information deadlines apply"
        )
    if sent >= SUCCESSOR_FROM:
        raise NoApplicableRule(
            f"the request was sent on {sent.isoformat()}: Law 01/2026/QH16 governs requests "
            f"sent from {SUCCESSOR_FROM.isoformat()} (use accessinfo.request_deadlines)"
        )
    return sent, received


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
) -> Finding[RequestDeadlines]:
    """The due dates of a request sent from 2018-07-01 to 2026-08-31 (Law 104 Arts 29–31).

    ``period_unit`` has no effect under Law 104 (every request period is in working days); it
    is accepted so that both versions share one signature. ``complexity`` is required.
    """
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
    sent, _ = _governing_date(request)
    if request.complexity is None:
        raise InvalidInput(msg("errors.complexity_required"))
    valid = request.validated_at if request.validated_at is not None else request.received_at
    day_zero, moved = cal.receipt_day(valid, receipt=receipt, cutoff=cutoff)

    common: dict[str, Any] = {"sent": sent, "calendar": cal, "strict": strict, "trace": trace}
    notify: Decision[date] | None = None
    respond: Decision[date] | None = None
    extended: Decision[date] | None = None
    at_once: Decision[date] | None = None
    channel, simple = request.channel, request.complexity == "simple"
    if channel == "in_person":
        if simple:
            at_once = simple_in_person_respond_by(day_zero, **common)
        else:
            respond = complex_in_person_respond_by(day_zero, **common)
            extended = complex_in_person_extended_respond_by(day_zero, **common)
    elif channel == "electronic":
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
        provide_at_once=at_once is not None,
        notify_by=notify.outcome if notify else None,
        respond_by=respond.outcome if respond else None,
        extended_respond_by=extended.outcome if extended else None,
    )
    readings = {"receipt": receipt, "transition_trigger": "sent"}
    if cutoff is not None:
        readings["cutoff"] = cutoff.isoformat()
    if extended is not None and channel != "in_person":
        readings["extension_unit"] = ext_unit

    basis: list[Citation] = []
    caveats: list[str] = []
    for d in parts:
        basis.extend(d.basis)
        caveats.extend(d.caveats)
    lines = [
        f"Law 104/2016, {channel.replace('_', ' ')} request, {request.complexity} information; "
        f"valid request on {day_zero.isoformat()} (day zero, not counted)."
    ]
    if moved:
        lines.append(f"Receipt reading {receipt!r}: {moved}.")
    lines.extend(d.explanation for d in parts)
    if extended is not None:
        lines.append(
            "An extension must be notified in writing within the original period, i.e. by "
            f"{outcome.respond_by.isoformat() if outcome.respond_by else day_zero.isoformat()}."
        )
    last = max(d.outcome for d in parts)
    if last >= SUCCESSOR_FROM:
        basis.append(instrument("law_01_2026").cite(31, 4))
        lines.append(
            f"Sent on {sent.isoformat()}, before {SUCCESSOR_FROM.isoformat()}: Law 104 keeps "
            "governing the request after that day until it is resolved (Law 01/2026 Art 31.4)."
        )

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
                        reason="simple information asked for in person: provided at once "
                        "(Art 29.1), no period counted",
                        source=LAW_104.cite(29, 1),
                        label="provide_at_once",
                    )
                )
            else:
                collected.extend(_only(part.trace, label))
        steps = tuple(collected)
    return Finding(
        outcome=outcome,
        explanation=" ".join(lines),
        basis=tuple(basis),
        caveats=tuple(dict.fromkeys(caveats)),
        readings=readings,
        trace=steps,
        calendar_version=cal.version,
    )
