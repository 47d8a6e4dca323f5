"""Điều 26. Trình tự, thủ tục cung cấp thông tin theo yêu cầu

Law 01/2026/QH16, Art. 26: how a request is handled. The requester sends the request, with
the written consent of the persons concerned when it asks for conditionally accessible
information (clause 1); the agency helps the requester and either provides the information
or refuses in writing, giving its reasons (clause 2). Whatever the channel, the information
is due at the latest 12 days after the valid request; the agency may extend by at most
12 days, notifying the extension in writing within the original period (clause 3). The
procedure and forms are left to a Government decree (clause 4), which was not found.

Reading (design.md, ``docs/readings/law-01-2026-twelve-days.md``): "12 ngày" are calendar
days counted from the day after the valid request (Civil Code Art 147.3); if the 12th day is
a rest day the period ends on the next working day (Art 148.5); the extension runs at most 12
calendar days from the end of the original period. ``period_unit`` / ``extension_unit`` =
``"working"`` read working days instead; ``"raise"`` refuses to choose.

Clauses encoded (verbatim, one unofficial copy):

1. Người yêu cầu cung cấp thông tin phải gửi yêu cầu cung cấp thông tin theo quy định. Đối với
yêu cầu cung cấp thông tin quy định tại khoản 1 và khoản 2 Điều 16 của Luật này thì phải kèm
theo văn bản đồng ý của cá nhân, tổ chức liên quan.

2. Cơ quan, đơn vị có trách nhiệm tiếp nhận, hướng dẫn công dân thực hiện yêu cầu cung cấp
thông tin; giải thích, giúp đỡ người gặp khó khăn trong tiếp cận thông tin; thực hiện việc cung
cấp thông tin hoặc từ chối yêu cầu cung cấp thông tin bằng văn bản và nêu rõ lý do trong trường
hợp quy định tại Điều 27 của Luật này.

3. Tùy từng trường hợp cụ thể, chậm nhất là 12 ngày kể từ ngày nhận được yêu cầu cung cấp thông
tin hợp lệ, cơ quan, đơn vị có trách nhiệm cung cấp thông tin cho công dân; trường hợp cần thêm
thời gian để xem xét, tìm kiếm, phân tách, tập hợp, sao chép, giải quyết yêu cầu cung cấp thông
tin thì có thể gia hạn nhưng tối đa không quá 12 ngày và phải có văn bản thông báo về việc gia
hạn trong thời hạn cung cấp thông tin.

4. Chính phủ quy định trình tự, thủ tục cung cấp thông tin theo yêu cầu và các mẫu văn bản sử
dụng trong cung cấp thông tin theo yêu cầu.

A valid request received on Thursday 3 September 2026: 12 calendar days later is Tuesday
15 September, a working day. If the agency extends: 15 September + 12 days is Sunday
27 September, so the extended period ends on Monday 28 September.

>>> from datetime import date
>>> provide_by(date(2026, 9, 3)).outcome
datetime.date(2026, 9, 15)
>>> extended_provide_by(date(2026, 9, 3)).outcome
datetime.date(2026, 9, 28)
>>> d = request_deadlines(InformationRequest(received_at=date(2026, 9, 3), channel="post"))
>>> d.status, d.outcome.respond_by, d.outcome.notify_by
('provisional', datetime.date(2026, 9, 15), None)
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Literal

from accessinfo.calendar import PUBLIC_SECTOR, ReceiptPolicy, WorkingCalendar, as_vn_date
from accessinfo.core.decisions import Finding
from accessinfo.core.periods import check_calendar, civil_code_basis, deadline, merge, reckon
from accessinfo.core.rules import rule
from accessinfo.errors import InvalidInput
from accessinfo.models.access import InformationItem, as_model
from accessinfo.models.requests import InformationRequest, RequestDeadlines

from . import IN_FORCE_FROM, RULE_SET
from . import INSTRUMENT as LAW
from ._common import DayUnit, check_bool, days, governed_by_this_law, then, unit_name
from .art_16 import CONSENT_CATEGORIES
from .art_24 import FAX_NOT_LISTED

__all__ = [
    "DECREE_NOT_FOUND",
    "consent_to_attach",
    "extended_provide_by",
    "extension_notice_by",
    "provide_by",
    "request_deadlines",
]

_KEY = ("sent", "valid_request")
_Q_PERIOD = 'Art 26.3 says "12 ngày", not "ngày làm việc": calendar or working days?'
_Q_EXTENSION = 'Art 26.3 caps the extension at "tối đa không quá 12 ngày": calendar or working?'
DECREE_NOT_FOUND = (
    "Law 01/2026 Art 26.4 leaves the procedure and forms for requests to a Government decree "
    "that was not found; whether Decree 13/2018/NĐ-CP still applies was not determined"
)
_ROLLED = " (the 12th day is a rest day: rolled to the next working day, Civil Code Art 148.5)"
_REFUSAL_NOTE = (
    "A refusal must be in writing with reasons (Art 26.2); the Law sets no separate period "
    "for it, so it is read as due within the same period"
)


def _original(
    valid_request: date | datetime,
    period_unit: object,
    calendar: object,
    strict: bool,
    trace: bool,
) -> Finding[date]:
    period = days(12, period_unit, "period_unit", _Q_PERIOD)
    unit = unit_name(period)
    return deadline(
        calendar,
        valid_request,
        period,
        label="respond_by",
        strict=strict,
        trace=trace,
        readings={"period_unit": unit},
        explanation=f"Art 26.3: the information is due at the latest 12 {unit} days after the "
        "valid request of {start}, i.e. by {end}, whatever the channel.",
    )


def _extended(
    first: Finding[date],
    extension_unit: object,
    calendar: object,
    strict: bool,
    trace: bool,
) -> Finding[date]:
    period = days(12, extension_unit, "extension_unit", _Q_EXTENSION)
    unit = unit_name(period)
    ext = deadline(
        calendar,
        first.outcome,
        period,
        label="extended_respond_by",
        strict=strict,
        trace=trace,
        readings={"extension_unit": unit},
        explanation=f"Art 26.3: an extension adds at most 12 {unit} days to the period that "
        "ended on {start}: the answer is due by {end} at the latest.",
    )
    return then(first, ext)


# Khoản 1: "Đối với yêu cầu cung cấp thông tin quy định tại khoản 1 và khoản 2 Điều 16 của Luật
# này thì phải kèm theo văn bản đồng ý của cá nhân, tổ chức liên quan"
@rule(LAW.cite(26, 1))
def consent_to_attach(item: InformationItem) -> Finding[str | None]:
    """Whose written consent the request must attach (None: no consent is needed)."""
    it = as_model(InformationItem, item, "item")
    if it.category not in CONSENT_CATEGORIES:
        return Finding(
            outcome=None,
            explanation=f"Category {it.category!r} is not information of Art 16.1 or 16.2: no "
            "written consent needs to be attached.",
        )
    clause, condition, what = CONSENT_CATEGORIES[it.category]
    who = {
        "subject_consent": "the person concerned",
        "family_consent": "the family members",
        "owner_consent": "the owner of the business secret",
    }[condition]
    return Finding(
        outcome=condition,
        basis=(LAW.cite(16, clause),),
        explanation=f"The item is {what} (Art 16.{clause}): the request must attach the written "
        f"consent of {who}. Without it the head of the agency may still decide to provide it "
        "for the public interest or public health (Art 16.4).",
    )


# Khoản 3: "chậm nhất là 12 ngày kể từ ngày nhận được yêu cầu cung cấp thông tin hợp lệ"
@rule(LAW.cite(26, 3), key=_KEY)
def provide_by(
    valid_request: date | datetime,
    *,
    sent: date | datetime | None = None,
    period_unit: DayUnit = "calendar",
    calendar: WorkingCalendar = PUBLIC_SECTOR,
    strict: bool = False,
    trace: bool = False,
) -> Finding[date]:
    """Last day to provide the information (or refuse in writing), for every channel."""
    check_bool(strict=strict, trace=trace)
    governed_by_this_law(valid_request if sent is None else sent)
    first = _original(valid_request, period_unit, calendar, strict, trace)
    return Finding(
        outcome=first.outcome,
        explanation=first.explanation,
        basis=(LAW.cite(26, 2), *first.basis),
        caveats=(*first.caveats, DECREE_NOT_FOUND),
        readings=first.readings,
        trace=first.trace,
        calendar_version=first.calendar_version,
    )


# Khoản 3: "phải có văn bản thông báo về việc gia hạn trong thời hạn cung cấp thông tin"
@rule(LAW.cite(26, 3), key=_KEY)
def extension_notice_by(
    valid_request: date | datetime,
    *,
    sent: date | datetime | None = None,
    period_unit: DayUnit = "calendar",
    calendar: WorkingCalendar = PUBLIC_SECTOR,
    strict: bool = False,
    trace: bool = False,
) -> Finding[date]:
    """Last day to notify an extension in writing: the end of the original 12-day period."""
    check_bool(strict=strict, trace=trace)
    governed_by_this_law(valid_request if sent is None else sent)
    first = _original(valid_request, period_unit, calendar, strict, trace)
    return Finding(
        outcome=first.outcome,
        explanation="Art 26.3: an extension must be notified in writing within the period "
        f"for providing the information, i.e. by {first.outcome.isoformat()}.",
        basis=first.basis,
        caveats=(*first.caveats, DECREE_NOT_FOUND),
        readings=first.readings,
        trace=first.trace,
        calendar_version=first.calendar_version,
    )


# Khoản 3: "có thể gia hạn nhưng tối đa không quá 12 ngày"
@rule(LAW.cite(26, 3), key=_KEY)
def extended_provide_by(
    valid_request: date | datetime,
    *,
    sent: date | datetime | None = None,
    period_unit: DayUnit = "calendar",
    extension_unit: DayUnit = "calendar",
    calendar: WorkingCalendar = PUBLIC_SECTOR,
    strict: bool = False,
    trace: bool = False,
) -> Finding[date]:
    """Latest day to provide the information if the agency extends: 12 more days at most."""
    check_bool(strict=strict, trace=trace)
    governed_by_this_law(valid_request if sent is None else sent)
    days(12, extension_unit, "extension_unit", _Q_EXTENSION)  # validate before counting
    first = _original(valid_request, period_unit, calendar, strict, trace)
    out = _extended(first, extension_unit, calendar, strict, trace)
    return Finding(
        outcome=out.outcome,
        explanation=out.explanation,
        basis=out.basis,
        caveats=(*out.caveats, DECREE_NOT_FOUND),
        readings=out.readings,
        trace=out.trace,
        calendar_version=out.calendar_version,
    )


# Khoản 3: one period "chậm nhất là 12 ngày" for every channel, extension "tối đa không quá 12
# ngày"; no notice of the handling time, no "cung cấp ngay"
@rule(
    LAW.cite(26, 3),
    LAW.cite(26, 2),
    LAW.cite(31, 4),
    family="request_deadlines",
    valid_from=IN_FORCE_FROM,
)
def request_deadlines(
    request: InformationRequest,
    *,
    calendar: WorkingCalendar = PUBLIC_SECTOR,
    strict: bool = False,
    trace: bool = False,
    extension_unit: Literal["calendar", "working", "raise"] = "calendar",
    period_unit: Literal["calendar", "working", "raise"] = "calendar",
    receipt: ReceiptPolicy = "calendar_date",
    cutoff: time | None = None,
) -> Finding[RequestDeadlines]:
    """The due dates of a request sent on or after 2026-09-01 (Law 01/2026 Art 26.3).

    Raises NoApplicableRule for a request sent before 2026-09-01: Law 104/2016 keeps it
    (Art 31.4). ``request.sent_at`` defaults to ``received_at``.
    """
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
        raise InvalidInput(
            f"sent_at ({sent.isoformat()}) is after received_at ({received.isoformat()})"
        )
    if request.validated_at is not None and as_vn_date(request.validated_at) < received:
        raise InvalidInput("validated_at is before received_at: a request is valid on receipt")
    governed_by_this_law(sent_at)
    period = days(12, period_unit, "period_unit", _Q_PERIOD)
    extension = days(12, extension_unit, "extension_unit", _Q_EXTENSION)
    valid = request.validated_at if request.validated_at is not None else request.received_at
    day_zero, moved = cal.receipt_day(valid, receipt=receipt, cutoff=cutoff)
    first = reckon(cal, day_zero, period, label="respond_by", strict=strict, trace=trace)
    ext = reckon(cal, first.end, extension, label="extended_respond_by", strict=strict, trace=trace)
    caveats, steps = merge(cal.known_until, first, ext)
    outcome = RequestDeadlines(
        rule_set=RULE_SET,
        channel=request.channel,
        complexity=request.complexity,
        day_zero=day_zero,
        provide_at_once=False,
        notify_by=None,
        respond_by=first.end,
        extended_respond_by=ext.end,
    )
    p, e = unit_name(period), unit_name(extension)
    ignored = (
        f" The complexity given ({request.complexity}) is ignored: the Law has no"
        " simple/complex distinction."
        if request.complexity is not None
        else ""
    )
    explanation = (
        f"Law 01/2026 Art 26.3: one period for every channel (here {request.channel}).{ignored}"
        f" Valid request on {day_zero.isoformat()} (day zero, not counted): provide the "
        f"information, or refuse in writing with reasons, within 12 {p} days, by "
        f"{first.end.isoformat()}{_ROLLED if first.rolled else ''}."
        f" An extension must be notified in writing by that day and adds at most 12 {e} "
        f"days: by {ext.end.isoformat()}. No separate notice of the handling time is owed. "
        + _REFUSAL_NOTE
        + "."
    )
    cc_basis = (*civil_code_basis(first), *civil_code_basis(ext))
    readings = {
        "period_unit": p,
        "extension_unit": e,
        "receipt": receipt,
        "transition_trigger": "sent",
    }
    if cutoff is not None:
        readings["cutoff"] = cutoff.isoformat()
    return Finding(
        outcome=outcome,
        explanation=explanation,
        basis=cc_basis,
        caveats=(
            *caveats,
            *((moved,) if moved else ()),
            *((FAX_NOT_LISTED,) if request.channel == "fax" else ()),
            DECREE_NOT_FOUND,
        ),
        readings=readings,
        trace=steps,
        calendar_version=cal.version,
    )
