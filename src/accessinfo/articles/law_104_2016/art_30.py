"""Điều 30. Trình tự, thủ tục cung cấp thông tin qua mạng điện tử

Law 104/2016/QH13, Art. 30: information provided over the network (e-mail, portal). The
article follows how the information is provided (``InformationRequest.delivery``), and only
when both conditions of clause 1 hold: the file is available and can be sent over the
network, and the agency is technically able to send it; otherwise electronic provision is not
available and ``request_deadlines`` raises ``NoApplicableRule`` naming the other deliveries
(docs/readings/electronic-conditions.md).
Simple, readily available information is due within 3 working days of the valid request;
complex information needs a written notice of the handling time within 3 working days and
an answer (or a written refusal) within 15 working days, extendable by at most 15 days.

Clauses encoded (verbatim, pháp điển):

1. Việc cung cấp thông tin qua mạng điện tử được thực hiện khi có đủ các điều kiện sau đây:

a) Thông tin được yêu cầu phải là thông tin thuộc tập tin có sẵn và có thể truyền tải qua mạng
điện tử;

b) Cơ quan nhà nước có đủ điều kiện về kỹ thuật để cung cấp thông tin được yêu cầu qua mạng
điện tử.

3. Đối với thông tin đơn giản, có sẵn có thể cung cấp ngay thì chậm nhất là 03 ngày làm việc
kể từ ngày nhận được yêu cầu hợp lệ, cơ quan được yêu cầu phải cung cấp thông tin.

4. Đối với thông tin phức tạp, không có sẵn mà cần tập hợp từ các bộ phận của cơ quan đó hoặc
thông tin cần thiết phải có ý kiến của cơ quan, tổ chức, đơn vị khác thì chậm nhất là 03 ngày
làm việc kể từ ngày nhận được yêu cầu hợp lệ, cơ quan được yêu cầu phải thông báo bằng văn bản
về thời hạn giải quyết yêu cầu cung cấp thông tin. Chậm nhất là 15 ngày làm việc kể từ ngày nhận
được yêu cầu hợp lệ, cơ quan được yêu cầu phải cung cấp thông tin hoặc có văn bản thông báo từ
chối cung cấp thông tin.

Trường hợp cơ quan được yêu cầu cần thêm thời gian để xem xét, tìm kiếm, tập hợp, sao chép,
giải quyết yêu cầu cung cấp thông tin thì có thể gia hạn nhưng tối đa không quá 15 ngày và phải
có văn bản thông báo về việc gia hạn trong thời hạn cung cấp thông tin.

A valid request received on Friday 9 January 2026: Saturday 10 January is a swapped working
day (Công văn 12729/VPCP-KGVX), so the third working day is Tuesday 13 January.

>>> from datetime import date
>>> simple_electronic_respond_by(date(2026, 1, 9)).outcome
datetime.date(2026, 1, 13)
>>> print(simple_electronic_respond_by(date(2026, 1, 9)).basis[0])
khoản 3 Điều 30 Luật Tiếp cận thông tin số 104/2016/QH13
>>> electronic_provision_available(file_available=False).outcome
False
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from accessinfo.calendar import PUBLIC_SECTOR, CalendarDays, Period, WorkingCalendar, WorkingDays
from accessinfo.core.decisions import Finding
from accessinfo.core.messages import Later, Text, later, msg
from accessinfo.core.periods import ambiguous, choose, extend
from accessinfo.core.rules import rule
from accessinfo.errors import InvalidInput

from . import INSTRUMENT as LAW_104
from ._units import Due, check_sent

__all__ = [
    "complex_electronic_extended_respond_by",
    "complex_electronic_notify_by",
    "complex_electronic_respond_by",
    "electronic_provision_available",
    "simple_electronic_respond_by",
]

ExtensionUnit = Literal["calendar", "working", "raise"]


def join_and(first: Text, second: Text) -> Text:
    """Two conditions joined by "and" / "và"."""
    return Text(en=f"{first.en} and {second.en}", vi=f"{first.vi} và {second.vi}")


_KEY = ("sent", "valid_request")


# Khoản 1: "được thực hiện khi có đủ các điều kiện sau đây: a) ... tập tin có sẵn và có thể
# truyền tải qua mạng điện tử; b) ... có đủ điều kiện về kỹ thuật"
@rule(LAW_104.cite(30, 1))
def electronic_provision_available(
    *, file_available: bool | None = None, agency_able: bool | None = None
) -> Finding[bool]:
    """Whether information may be provided over the network: both conditions of clause 1.

    ``None`` means the condition was not stated: it is taken as met (the requester asked for
    electronic provision and nothing says it is impossible), and the reading is recorded.
    """
    for name, value in (("file_available", file_available), ("agency_able", agency_able)):
        if value is not None and not isinstance(value, bool):
            raise InvalidInput(msg("errors.true_false_or_none", name=name, value=f"{value!r:.60}"))
    failed = [
        msg(f"law_104_2016.art30.condition.{point}")
        for point, value in (("a", file_available), ("b", agency_able))
        if value is False
    ]
    if failed:
        return Finding(
            outcome=False,
            explanation=msg(
                "law_104_2016.art30.electronic_provision_available.not",
                failed=failed[0] if len(failed) == 1 else join_and(*failed),
            ),
        )
    assumed = file_available is None or agency_able is None
    return Finding(
        outcome=True,
        readings={"electronic_conditions": "assumed_met"} if assumed else {},
        explanation=msg("law_104_2016.art30.electronic_provision_available.assumed")
        if assumed
        else msg("law_104_2016.art30.electronic_provision_available"),
    )


SIMPLE_RESPOND = Due(
    WorkingDays(3), "respond_by", later("law_104_2016.art30.simple_electronic_respond_by")
)


# Khoản 3: "chậm nhất là 03 ngày làm việc kể từ ngày nhận được yêu cầu hợp lệ"
@rule(LAW_104.cite(30, 3), key=_KEY)
def simple_electronic_respond_by(
    valid_request: date | datetime,
    *,
    sent: date | datetime | None = None,
    calendar: WorkingCalendar = PUBLIC_SECTOR,
    strict: bool = False,
    trace: bool = False,
) -> Finding[date]:
    """Last day to provide simple, readily available information requested electronically."""
    check_sent(sent)
    return SIMPLE_RESPOND.finding(calendar, valid_request, strict=strict, trace=trace)


COMPLEX_NOTIFY = Due(
    WorkingDays(3), "notify_by", later("law_104_2016.art30.complex_electronic_notify_by")
)


# Khoản 4, câu 1: "chậm nhất là 03 ngày làm việc … phải thông báo bằng văn bản về thời hạn"
@rule(LAW_104.cite(30, 4), key=_KEY)
def complex_electronic_notify_by(
    valid_request: date | datetime,
    *,
    sent: date | datetime | None = None,
    calendar: WorkingCalendar = PUBLIC_SECTOR,
    strict: bool = False,
    trace: bool = False,
) -> Finding[date]:
    """Last day to notify the handling time of a complex request, in writing."""
    check_sent(sent)
    return COMPLEX_NOTIFY.finding(calendar, valid_request, strict=strict, trace=trace)


COMPLEX_RESPOND = Due(
    WorkingDays(15), "respond_by", later("law_104_2016.art30.complex_electronic_respond_by")
)


# Khoản 4, câu 2: "Chậm nhất là 15 ngày làm việc … phải cung cấp thông tin hoặc … từ chối"
@rule(LAW_104.cite(30, 4), key=_KEY)
def complex_electronic_respond_by(
    valid_request: date | datetime,
    *,
    sent: date | datetime | None = None,
    calendar: WorkingCalendar = PUBLIC_SECTOR,
    strict: bool = False,
    trace: bool = False,
) -> Finding[date]:
    """Last day to provide, or refuse in writing, complex information requested electronically."""
    check_sent(sent)
    return COMPLEX_RESPOND.finding(calendar, valid_request, strict=strict, trace=trace)


# Khoản 4, đoạn 2: "có thể gia hạn nhưng tối đa không quá 15 ngày"
@rule(LAW_104.cite(30, 4), key=_KEY)
def complex_electronic_extended_respond_by(
    valid_request: date | datetime,
    *,
    sent: date | datetime | None = None,
    extension_unit: ExtensionUnit = "calendar",
    calendar: WorkingCalendar = PUBLIC_SECTOR,
    strict: bool = False,
    trace: bool = False,
) -> Finding[date]:
    """Latest day to answer if the agency extends: at most 15 days after the original period.

    The extension says "15 ngày", not "ngày làm việc": by default 15 calendar days from the
    end of the 15-working-day period, rolled to a working day (design.md);
    ``extension_unit="working"`` reads 15 working days; ``"raise"`` refuses to choose.
    """
    check_sent(sent)
    period, unit, why = extension(extension_unit)
    first = complex_electronic_respond_by(
        valid_request, sent=sent, calendar=calendar, strict=strict, trace=trace
    )
    return extend(
        first,
        calendar,
        period,
        strict=strict,
        trace=trace,
        readings={"extension_unit": unit},
        explanation=why,
    )


def extension(extension_unit: object) -> tuple[Period, str, Later]:
    """Clause 4's extension, "tối đa không quá 15 ngày", under the reading ``extension_unit``:
    the period, the reading and the text explaining it (``chapter_3.request_deadlines``
    counts it alike)."""
    hit = _EXTENSIONS.get(extension_unit) if type(extension_unit) is str else None
    if hit is not None:
        return hit
    unit = choose(extension_unit, "extension_unit", ("calendar", "working", "raise"))
    if unit == "raise":
        raise ambiguous("extension_unit", msg("law_104_2016.art30.unit_question"))
    period = CalendarDays(15) if unit == "calendar" else WorkingDays(15)
    why = later(
        "law_104_2016.art30.complex_electronic_extended_respond_by",
        days=msg(f"terms.days.{unit}"),
    )
    out = _EXTENSIONS[unit] = (period, unit, why)  # the same for every request: made once
    return out


_EXTENSIONS: dict[str, tuple[Period, str, Later]] = {}
