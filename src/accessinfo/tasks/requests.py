"""The due dates of an information request, under whichever law governs it.

A request sent from 2018-07-01 to 2026-08-31 is handled under Law 104/2016/QH13 (Arts 29–31,
by how the information is provided and by complexity) until it is resolved, even after
2026-09-01 (Law 01/2026/QH16 Art 31.4); a request sent from 2026-09-01 is handled under Law
01/2026 (Art 30.1) with Decree 337/2026/NĐ-CP Art 10.4: simple, available information by the
3rd working day (at once, as the agency can, when it is to be received at the agency);
complex information within 12 days; the Law's 12 days (Art 26.3) cap every tier.
``request.sent_at`` picks the law and defaults to ``received_at``; the clocks run from the
valid request, ``validated_at`` (defaults to ``received_at``); ``request.delivery`` (how the
information is provided) defaults to ``request.channel``. ``complexity`` is required.

>>> from datetime import date
>>> from accessinfo.models.requests import InformationRequest
>>> d = request_deadlines(InformationRequest(received_at=date(2026, 8, 31), channel="post",
...                                          complexity="simple"))
>>> d.rule_set, d.outcome.respond_by  # 31/8, 1/9 and 2/9 are rest days: 3, 4, 7, 8, 9 Sept
('law_104_2016', datetime.date(2026, 9, 9))
>>> d = request_deadlines(InformationRequest(received_at=date(2026, 11, 20), channel="post",
...                                          complexity="simple"))
>>> d.rule_set, d.outcome.respond_by  # Mon 23, (Tue 24 Culture Day), Wed 25, Thu 26 Nov
('law_01_2026', datetime.date(2026, 11, 26))
"""

from __future__ import annotations

from datetime import date, time

from accessinfo.calendar import (
    PUBLIC_SECTOR,
    ReceiptPolicy,
    WorkingCalendar,
    _as_vn_date,
    as_vn_date,
)
from accessinfo.core.decisions import Decision
from accessinfo.core.messages import msg
from accessinfo.core.rules import applicable
from accessinfo.core.signature import public
from accessinfo.errors import InvalidInput
from accessinfo.models.requests import InformationRequest, RequestDeadlines

__all__ = ["governing_rule_set", "request_deadlines"]

FAMILY = "request_deadlines"
# the defaults of the options (interned constants: the very objects a default call passes)
_CALENDAR, _CALENDAR_DATE, _BEFORE_LAST_DAY = "calendar", "calendar_date", "before_last_day"


def _check(request: object) -> InformationRequest:
    if not isinstance(request, InformationRequest):
        raise InvalidInput(
            msg(
                "errors.must_be",
                name="request",
                expected=msg("errors.type.information_request"),
                got=type(request).__name__,
            )
        )
    return request


@public
def governing_rule_set(request: InformationRequest) -> str:
    """``"law_104_2016"`` or ``"law_01_2026"``: the law that governs ``request``.

    Picked by the VN date of ``sent_at`` (or ``received_at``); before 2018-07-01 raises
    NoApplicableRule.
    """
    req = _check(request)
    sent = as_vn_date(req.sent_at if req.sent_at is not None else req.received_at, "sent_at")
    return applicable(FAMILY, on=sent).rule_set


@public
def request_deadlines(
    request: InformationRequest,
    *,
    calendar: WorkingCalendar = PUBLIC_SECTOR,
    strict: bool = False,
    trace: bool = False,
    extension_unit: str = "calendar",
    period_unit: str = "calendar",
    receipt: ReceiptPolicy = "calendar_date",
    cutoff: time | None = None,
    extension_notice: str = "before_last_day",
) -> Decision[RequestDeadlines]:
    """Every due date of ``request``: notice of the handling time, answer, extended answer.

    ``extension_unit`` reads "tối đa không quá 15/12 ngày" (``"calendar"`` default,
    ``"working"``, ``"raise"``); ``period_unit`` reads Law 01/2026's "12 ngày" (no effect
    under Law 104, whose request periods are in working days); ``receipt`` and ``cutoff``
    decide day zero for a request received on a rest day or after hours;
    ``extension_notice`` reads Decree 337/2026 Art 10.4(c)'s "trước khi hết thời hạn"
    (``"before_last_day"`` default, ``"by_last_day"``, ``"raise"``; Law 104 requests are
    notified by the last day whatever it says). Raises NoApplicableRule for a request sent
    before 2018-07-01 or for electronic provision that Law 104 Art 30.1 rules out;
    InvalidInput for bad input (e.g. no ``complexity``, ``delivery="pigeon"``).
    """
    req = _check(request)
    sent = req.sent_at if req.sent_at is not None else req.received_at
    if type(sent) is not date:
        sent = _as_vn_date(sent, "sent_at")
    version = applicable(FAMILY, on=sent)
    if (
        calendar is PUBLIC_SECTOR
        and strict is False
        and trace is False
        and extension_unit is _CALENDAR
        and period_unit is _CALENDAR
        and receipt is _CALENDAR_DATE
        and cutoff is None
        and extension_notice is _BEFORE_LAST_DAY
    ):  # the defaults, which every version shares (a test checks): nothing to pass on
        default: Decision[RequestDeadlines] = version.function(req)
        return default
    out: Decision[RequestDeadlines] = version.function(
        req,
        calendar=calendar,
        strict=strict,
        trace=trace,
        extension_unit=extension_unit,
        period_unit=period_unit,
        receipt=receipt,
        cutoff=cutoff,
        extension_notice=extension_notice,
    )
    return out
