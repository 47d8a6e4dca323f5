"""Điều 26. Trình tự, thủ tục cung cấp thông tin theo yêu cầu

Law 01/2026/QH16, Art. 26: how a request is handled. The requester sends the request, with
the written consent of the persons concerned when it asks for conditionally accessible
information (clause 1); the agency helps the requester and either provides the information
or refuses in writing, giving its reasons (clause 2). The information is due at the latest 12
days after the valid request; the agency may extend by at most 12 days, notifying the
extension in writing within the original period (clause 3). The Government sets the procedure
and forms (clause 4): Decree 337/2026/NĐ-CP, in force with the Law on 1 September 2026, whose
Art 10.4 sets two tiers (simple, available information by the 3rd working day; complex
information within 12 days) and requires the extension notice before the period ends.

``request_deadlines`` (the Law 01/2026 version of the family; the Law applies to requests
sent from 1 September 2026, Art 30.1) follows the decree's tiers
(``accessinfo.articles.decree_337_2026.art_10``) with the Law's 12 days as the outer cap of
every tier. ``provide_by``, ``extension_notice_by`` and ``extended_provide_by`` give the
Law's own caps (clause 3 alone).

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

A simple request posted and validly received on Friday 20 November 2026: Mon 23 (1), Tuesday
24 is Vietnamese Culture Day, Wed 25 (2), Thu 26 (3): due Thursday 26 November. An extension
is notified by Wednesday 25 and runs to Tuesday 8 December. The Law's own cap: 20 + 12 =
Wednesday 2 December.

>>> from datetime import date
>>> d = request_deadlines(InformationRequest(received_at=date(2026, 11, 20), channel="post",
...                                          complexity="simple"))
>>> out = d.outcome
>>> d.status, out.respond_by, out.extension_notice_by
('provisional', datetime.date(2026, 11, 26), datetime.date(2026, 11, 25))
>>> out.extended_respond_by
datetime.date(2026, 12, 8)
>>> provide_by(date(2026, 11, 20)).outcome
datetime.date(2026, 12, 2)
"""

from __future__ import annotations

import importlib
from datetime import date, datetime, time
from typing import TYPE_CHECKING, Any, Literal

from accessinfo.articles.decree_337_2026 import INSTRUMENT as DECREE
from accessinfo.articles.decree_337_2026.art_10 import NoticeReading, tiers
from accessinfo.calendar import (
    PUBLIC_SECTOR,
    ReceiptPolicy,
    WorkingCalendar,
    _as_vn_date,
    _check_calendar,
    _receipt_day,
)
from accessinfo.core.citations import Citation
from accessinfo.core.decisions import Finding, unvalidated
from accessinfo.core.messages import Text, later, msg, sentences, text
from accessinfo.core.periods import deadline
from accessinfo.core.rules import rule
from accessinfo.errors import InvalidInput
from accessinfo.models.requests import InformationRequest, RequestDeadlines, complexity_required

from . import IN_FORCE_FROM, RULE_SET
from . import INSTRUMENT as LAW
from ._common import DayUnit, check_bool, days, governed_by_this_law, then, unit_name

if TYPE_CHECKING:
    from accessinfo.models import access
else:

    class _OnFirstUse:
        """A module imported when one of its names is first used: the first request does not
        need ``models.access`` (only ``consent_to_attach`` does), and importing it costs
        milliseconds of a fresh process's first answer (issue 13). Type hints resolve through
        it (``typing.get_type_hints`` reads ``access.InformationItem``)."""

        def __init__(self, name: str) -> None:
            self._name = name

        def __getattr__(self, attr: str) -> Any:
            return getattr(importlib.import_module(self._name), attr)

    access = _OnFirstUse("accessinfo.models.access")

# Helpers of this package's rules (join): importable, not public API.
__all__ = [
    "consent_to_attach",
    "extended_provide_by",
    "extension_notice_by",
    "provide_by",
    "request_deadlines",
]

_KEY = ("sent", "valid_request")
_Q_PERIOD = 'Art 26.3 says "12 ngày", not "ngày làm việc": calendar or working days?'
_Q_EXTENSION = 'Art 26.3 caps the extension at "tối đa không quá 12 ngày": calendar or working?'


def join(*parts: Text) -> Text:
    """Several messages as one, sentence after sentence, in both languages."""
    return text(" ".join(parts), " ".join([p.vi for p in parts]))


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
        explanation=later("law_01_2026.art26.provide_by", days=msg(f"terms.days.{unit}")),
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
        explanation=later("law_01_2026.art26.extended_provide_by", days=msg(f"terms.days.{unit}")),
    )
    return then(first, ext)


_DECREE_TIERS = msg("law_01_2026.art26.decree_tiers")


# Khoản 1: "Đối với yêu cầu cung cấp thông tin quy định tại khoản 1 và khoản 2 Điều 16 của Luật
# này thì phải kèm theo văn bản đồng ý của cá nhân, tổ chức liên quan"
@rule(LAW.cite(26, 1))
def consent_to_attach(item: access.InformationItem) -> Finding[str | None]:
    """Whose written consent the request must attach (None: no consent is needed)."""
    from .art_16 import CONSENT_CATEGORIES

    it = access.as_model(access.InformationItem, item, "item")
    if it.category not in CONSENT_CATEGORIES:
        return Finding(
            outcome=None,
            explanation=msg("law_01_2026.art26.consent_to_attach.none", category=it.category),
        )
    clause, condition, _ = CONSENT_CATEGORIES[it.category]
    return Finding(
        outcome=condition,
        basis=(LAW.cite(16, clause), DECREE.cite(10, 2), DECREE.cite(9, 7)),
        explanation=msg(f"law_01_2026.art26.consent_to_attach.{condition}", clause=clause),
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
    """The Law's outer limit to provide the information (or refuse in writing): 12 days.

    Decree 337/2026 Art 10.4 sets the tier within it (``request_deadlines``).
    """
    check_bool(strict=strict, trace=trace)
    governed_by_this_law(
        valid_request if sent is None else sent,
        name="valid_request" if sent is None else "sent",
        received=valid_request,
        received_name="valid_request",
    )
    first = _original(valid_request, period_unit, calendar, strict, trace)
    return Finding(
        outcome=first.outcome,
        explanation=first.explanation,
        basis=(LAW.cite(26, 2), *first.basis),
        caveats=(*first.caveats, _DECREE_TIERS),
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
    """The Law's last day to notify an extension: the end of its 12-day period ("within").

    Decree 337/2026 Art 10.4(c) asks for the notice before the period ends
    (``accessinfo.articles.decree_337_2026.art_10.extension_notice_by``).
    """
    check_bool(strict=strict, trace=trace)
    governed_by_this_law(
        valid_request if sent is None else sent,
        name="valid_request" if sent is None else "sent",
        received=valid_request,
        received_name="valid_request",
    )
    first = _original(valid_request, period_unit, calendar, strict, trace)
    return Finding(
        outcome=first.outcome,
        explanation=msg("law_01_2026.art26.extension_notice_by", end=first.outcome),
        basis=first.basis,
        caveats=(*first.caveats, msg("law_01_2026.art26.decree_notice_stricter")),
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
    """The Law's outer limit if the agency extends: 12 more days after its 12 days."""
    check_bool(strict=strict, trace=trace)
    governed_by_this_law(
        valid_request if sent is None else sent,
        name="valid_request" if sent is None else "sent",
        received=valid_request,
        received_name="valid_request",
    )
    days(12, extension_unit, "extension_unit", _Q_EXTENSION)  # validate before counting
    first = _original(valid_request, period_unit, calendar, strict, trace)
    out = _extended(first, extension_unit, calendar, strict, trace)
    return Finding(
        outcome=out.outcome,
        explanation=out.explanation,
        basis=out.basis,
        caveats=(*out.caveats, _DECREE_TIERS),
        readings=out.readings,
        trace=out.trace,
        calendar_version=out.calendar_version,
    )


def _delivery_notes(request: InformationRequest, delivery: str) -> tuple[Text, ...]:
    if request.channel != "fax" and delivery != "fax" and delivery != "electronic":
        return ()  # the common case: nothing to note
    notes: list[Text] = []
    if request.channel == "fax":
        notes.append(msg("law_01_2026.art24.fax_not_listed"))  # art_24.FAX_NOT_LISTED
    if delivery == "fax":
        notes.append(msg("law_01_2026.art24.fax_delivery"))
    conditions = (request.electronic_file_available, request.agency_can_send_electronically)
    if delivery == "electronic" and False in conditions:
        notes.append(msg("law_01_2026.art24.electronic_not_possible"))
    return tuple(notes)


# the points of Decree 337/2026 Art 10.4 an answer cites: "a" simple, "b" complex, "c" extension
_POINTS: dict[str, Citation] = {}
_HOW = frozenset({"in_person", "electronic", "post", "fax"})  # Channel and Delivery


def _point(letter: str) -> Citation:
    hit = _POINTS.get(letter)
    if hit is None:
        hit = _POINTS[letter] = DECREE.cite(10, 4, letter)
    return hit


# Khoản 3: "chậm nhất là 12 ngày", extension "tối đa không quá 12 ngày" (the outer caps);
# khoản 4: the procedure of Decree 337/2026 Art 10.4; Art 30.1: the Law is in force
@rule(
    LAW.cite(26, 3),
    LAW.cite(26, 4),
    LAW.cite(30, 1),
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
    extension_notice: NoticeReading = "before_last_day",
) -> Finding[RequestDeadlines]:
    """The due dates of a request sent on or after 2026-09-01 (Decree 337/2026 Art 10.4).

    Raises NoApplicableRule for a request sent before 2026-09-01: Law 104/2016 keeps it
    (Art 31.4), and InvalidInput without ``complexity``. ``request.sent_at`` defaults to
    ``received_at``; ``request.delivery`` to ``request.channel``.
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
        check_bool(strict=strict, trace=trace)
    received_at, sent_at = request.received_at, request.sent_at
    received = received_at if type(received_at) is date else _as_vn_date(received_at, "received_at")
    if sent_at is None:
        sent_at, sent = received_at, received
    else:
        sent = sent_at if type(sent_at) is date else _as_vn_date(sent_at, "sent_at")
    if sent > received:
        raise InvalidInput(msg("errors.sent_after_received", sent=sent, received=received))
    validated = request.validated_at
    if validated is not None and _as_vn_date(validated) < received:
        raise InvalidInput(msg("errors.validated_before_received"))
    if sent < IN_FORCE_FROM:
        governed_by_this_law(sent_at)  # raises NoApplicableRule
    complexity = request.complexity
    if complexity is None:
        raise InvalidInput(
            complexity_required(
                "Law 01/2026/QH16 (Decree 337/2026 Art 10.4)",
                "Luật Tiếp cận thông tin số 01/2026/QH16 "
                "(khoản 4 Điều 10 Nghị định số 337/2026/NĐ-CP)",
            )
        )
    channel = request.channel
    delivery = request.delivery if request.delivery is not None else channel
    valid = validated if validated is not None else received_at
    day_zero, moved = _receipt_day(cal, valid, receipt=receipt, cutoff=cutoff)
    t = tiers(
        cal,
        day_zero,
        complexity,
        delivery=delivery,
        period_unit=period_unit,
        extension_unit=extension_unit,
        extension_notice=extension_notice,
        strict=strict,
        trace=trace,
    )
    values = {
        "rule_set": RULE_SET,
        "channel": channel,
        "complexity": complexity,
        "day_zero": day_zero,
        "delivery": delivery,
        "provide_at_once": t.provide_at_once,
        "notify_by": None,
        "respond_by": t.respond_by,
        "extension_notice_by": t.extension_notice_by,
        "extended_respond_by": t.extended_respond_by,
    }
    if (
        channel in _HOW
        and delivery in _HOW
        and (complexity == "simple" or complexity == "complex")
        and type(day_zero) is date
    ):  # every value has its exact type (the dates come from the calendar): no re-validation
        outcome = unvalidated(RequestDeadlines, values)
    else:
        outcome = RequestDeadlines(**values)
    readings = t.readings
    p, e = readings["period_unit"], readings["extension_unit"]
    simple = complexity == "simple"
    respond_by = t.respond_by
    cap = t.law_cap.end
    tier_end = t.tier.end
    parts = [
        later(
            "law_01_2026.art26.request_deadlines.head",
            channel=msg(f"terms.channel.{channel}"),
            delivery=msg(f"terms.delivery.{delivery}"),
            complexity=msg(f"terms.complexity.{complexity}"),
            day_zero=day_zero,
        )
    ]
    if simple:
        parts.append(later("decree_337_2026.art10.simple_respond_by", start=day_zero, end=tier_end))
        if t.provide_at_once:
            parts.append(later("decree_337_2026.art10.provided_at_once"))
    else:
        parts.append(
            later(
                "decree_337_2026.art10.complex_respond_by",
                start=day_zero,
                end=tier_end,
                days=msg(f"terms.days.{p}"),
            )
        )
    if cap < tier_end:  # t.capped
        parts.append(later("decree_337_2026.art10.law_cap_binds", cap=cap))
    parts.append(
        later(
            f"decree_337_2026.art10.extension_notice_by.{readings['extension_notice']}",
            last=respond_by,
            end=t.extension_notice_by,
        )
    )
    parts.append(
        later(
            "decree_337_2026.art10.extended_respond_by",
            start=respond_by,
            end=t.extended_respond_by,
            days=msg(f"terms.days.{e}"),
        )
    )
    parts.append(later("law_01_2026.art26.request_deadlines.tail", cap=cap))
    basis = (_point("a" if simple else "b"), _point("c"), *t.civil_code())
    if delivery != channel or delivery == "fax":
        basis = (*basis, LAW.cite(24, 3))
    readings = {**readings, "receipt": receipt, "transition_trigger": "sent"}
    if request.delivery is None:
        readings["delivery_default"] = "channel"
    if cutoff is not None:
        readings["cutoff"] = cutoff.isoformat()
    caveats = t.caveats(cal.known_until)
    if moved:
        caveats = (*caveats, moved)
    notes = _delivery_notes(request, delivery)
    return Finding(
        outcome,
        sentences(*parts),
        basis,
        (*caveats, *notes) if notes else caveats,
        readings,
        t.steps(),
        False,
        cal.version,
    )
