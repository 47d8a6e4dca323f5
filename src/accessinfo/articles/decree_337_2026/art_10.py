"""Điều 10. Trình tự, thủ tục cung cấp thông tin theo yêu cầu

Decree 337/2026/NĐ-CP, Art. 10: the procedure for a request under Law 01/2026/QH16 (the Law
leaves it to the Government, Art 26.4). The requester sends a dossier by one of the forms of
Law Art 24.1 (clause 1): form 01a or 01b, plus the written consent of form 06 for information
of Law Art 16.1-16.2 (clause 2). The clocks run from the valid dossier (clause 4): simple,
available information at the latest on the 3rd working day, and at once, as the agency's
conditions allow, when the requester asked to receive it at the agency (point a); complex
information within 12 days, provided or refused under Law Art 27 (point b); an extension of
at most 12 days, notified in writing before the provision period ends (point c).

Readings (docs/readings): the 12 days of point (b) and (c) are calendar days rolled to a
working day, like the Law's (``period_unit`` / ``extension_unit``, law-01-2026-twelve-days.md);
the Law's own 12 days (Art 26.3, "chậm nhất là 12 ngày", extension "tối đa không quá 12 ngày")
stay the outer cap of every tier: each due date is the earlier of the tier's and the Law's
(decree-337-tiers.md); "at once" at the agency leaves the 3rd working day as the outer limit
(decree-337-at-once.md); "trước khi hết thời hạn" is read as the last working day before the
last day of the period (``extension_notice="before_last_day"``; the alternative
``"by_last_day"`` is the Law's "trong thời hạn"; extension-notice-before-end.md).

Clauses encoded (verbatim, one unofficial copy):

2. Hồ sơ yêu cầu cung cấp thông tin gồm Phiếu yêu cầu cung cấp thông tin theo Mẫu số 01a hoặc
Mẫu số 01b ban hành kèm theo Nghị định này. Đối với yêu cầu cung cấp thông tin quy định tại
khoản 1 và khoản 2 Điều 16 của Luật Tiếp cận thông tin thì phải kèm theo văn bản chấp thuận của
cá nhân, tổ chức liên quan theo Mẫu số 06 ban hành kèm theo Nghị định này.

4. Thời hạn cung cấp thông tin:

a) Đối với thông tin đơn giản, có sẵn, cơ quan, đơn vị có trách nhiệm giải quyết yêu cầu cung
cấp thông tin chậm nhất trong thời hạn 03 ngày làm việc kể từ khi nhận được hồ sơ hợp lệ.
Trường hợp người yêu cầu đề nghị cung cấp thông tin trực tiếp tại trụ sở cơ quan, đơn vị thì cơ
quan, đơn vị có trách nhiệm tạo điều kiện để người yêu cầu trực tiếp sao, chụp, tải về văn bản,
hồ sơ, tài liệu hoặc cung cấp ngay thông tin theo yêu cầu, phù hợp với điều kiện của cơ quan,
đơn vị;

b) Đối với thông tin phức tạp, không có sẵn mà cần tập hợp từ các bộ phận của cơ quan, đơn vị
đó hoặc thông tin cần thiết phải có ý kiến của cơ quan, tổ chức, đơn vị khác thì trong thời hạn
12 ngày kể từ ngày nhận được hồ sơ hợp lệ, cơ quan, đơn vị có trách nhiệm cung cấp thông tin
thực hiện việc cung cấp thông tin theo yêu cầu hoặc thông báo từ chối yêu cầu cung cấp thông
tin theo quy định tại Điều 27 của Luật Tiếp cận thông tin;

c) Trường hợp cần thêm thời gian để xem xét, tìm kiếm, phân tách, tập hợp, sao chép hoặc xử lý
thông tin được yêu cầu cung cấp thì cơ quan, đơn vị có trách nhiệm cung cấp thông tin có thể gia
hạn việc cung cấp thông tin nhưng tối đa không quá 12 ngày và phải thông báo bằng văn bản cho
người yêu cầu trước khi hết thời hạn cung cấp thông tin.

A simple request whose valid dossier arrives on Friday 20 November 2026: Mon 23 (1), Tuesday
24 is Vietnamese Culture Day, Wed 25 (2), Thu 26 (3). An extension must be notified by
Wednesday 25 (the working day before the last day) and runs 12 days from 26/11, to Tuesday
8 December.

>>> from datetime import date
>>> simple_respond_by(date(2026, 11, 20)).outcome
datetime.date(2026, 11, 26)
>>> extension_notice_by(date(2026, 11, 20), complexity="simple").outcome
datetime.date(2026, 11, 25)
>>> extended_respond_by(date(2026, 11, 20), complexity="simple").outcome
datetime.date(2026, 12, 8)
>>> complex_respond_by(date(2026, 11, 20)).outcome   # 20 + 12 = Wed 2 December
datetime.date(2026, 12, 2)
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

from accessinfo.articles.law_01_2026 import INSTRUMENT as LAW
from accessinfo.articles.law_01_2026._common import (
    DayUnit,
    check_bool,
    days,
    governed_by_this_law,
    unit_name,
)
from accessinfo.calendar import (
    PUBLIC_SECTOR,
    CalendarDays,
    Period,
    Reckoning,
    WorkingCalendar,
    WorkingDays,
    _as_vn_date,
    _check_calendar,
    as_vn_date,
)
from accessinfo.core.citations import Citation
from accessinfo.core.decisions import Finding, Step
from accessinfo.core.messages import Text, msg
from accessinfo.core.periods import ambiguous, check_calendar, choose, civil_code_basis, merge
from accessinfo.core.periods import reckon as _reckon
from accessinfo.core.rules import rule
from accessinfo.errors import InvalidInput
from accessinfo.models.requests import Complexity, Delivery, complexity_required

from . import INSTRUMENT as DECREE

# Helpers of this package's rules (tiers): importable, not public API.
__all__ = [
    "NoticeReading",
    "Tiers",
    "complex_respond_by",
    "dossier_forms",
    "extended_respond_by",
    "extension_notice_by",
    "provided_at_once",
    "simple_respond_by",
]

NoticeReading = Literal["before_last_day", "by_last_day", "raise"]
_KEY = ("sent", "valid_dossier")
_Q_PERIOD = 'Art 10.4(b) and Law Art 26.3 say "12 ngày", not "ngày làm việc"'
_Q_EXTENSION = 'Art 10.4(c) caps the extension at "tối đa không quá 12 ngày"'
_Q_NOTICE = (
    'Art 10.4(c) requires the notice "trước khi hết thời hạn cung cấp thông tin"; Law Art 26.3 '
    'says "trong thời hạn": before the last day, or on it at the latest?'
)


@dataclass(frozen=True, init=False)
class Tiers:
    """Every date Art 10.4 sets for one valid dossier, with the Law's caps beside them."""

    day_zero: date
    complexity: Complexity
    provide_at_once: bool
    tier: Reckoning  # 10.4(a) 3 working days or 10.4(b) 12 days
    law_cap: Reckoning  # Law Art 26.3: 12 days
    respond_by: date  # the earlier of the two
    extension_tier: Reckoning  # 10.4(c): 12 days after respond_by
    extension_cap: Reckoning  # Law Art 26.3: 12 days after the Law's 12 days
    extended_respond_by: date
    notice: Reckoning | None  # the working day before respond_by (reading before_last_day)
    extension_notice_by: date
    readings: dict[str, str]

    def __init__(
        self,
        day_zero: date,
        complexity: Complexity,
        provide_at_once: bool,
        tier: Reckoning,
        law_cap: Reckoning,
        respond_by: date,
        extension_tier: Reckoning,
        extension_cap: Reckoning,
        extended_respond_by: date,
        notice: Reckoning | None,
        extension_notice_by: date,
        readings: dict[str, str],
    ) -> None:
        # one assignment instead of twelve frozen-field setattrs (every request makes one)
        object.__setattr__(
            self,
            "__dict__",
            {
                "day_zero": day_zero,
                "complexity": complexity,
                "provide_at_once": provide_at_once,
                "tier": tier,
                "law_cap": law_cap,
                "respond_by": respond_by,
                "extension_tier": extension_tier,
                "extension_cap": extension_cap,
                "extended_respond_by": extended_respond_by,
                "notice": notice,
                "extension_notice_by": extension_notice_by,
                "readings": readings,
            },
        )

    @property
    def capped(self) -> bool:
        """True when the Law's 12 days end before the tier's own period."""
        return self.law_cap.end < self.tier.end

    def caveats(self, known_until: date) -> tuple[str, ...]:
        counted = (self.tier, self.law_cap, self.extension_tier, self.extension_cap, self.notice)
        for r in counted:
            if r is not None and (r.uncertain or r.beyond_known):
                break
        else:
            return ()  # every day counted is announced: no caveat (the common case)
        caveats, _ = merge(known_until, *counted)
        return caveats

    def steps(self) -> tuple[Step, ...] | None:
        if (
            self.tier.steps is None
            and self.extension_tier.steps is None
            and (self.notice is None or self.notice.steps is None)
        ):
            return None  # not traced
        _, steps = merge(date.min, self.tier, self.extension_tier, self.notice)
        return steps

    def civil_code(self, *, extended: bool = True) -> tuple[Citation, ...]:
        """Civil Code Art 147.3 (and 148.5 where a period rolled) for the counts the answer rests
        on: the provision period (the tier, or the Law's cap where it ends first) and, if
        ``extended``, the extension (issue 12: a roll of the extension alone is no basis for the
        provision date)."""
        first = self.tier if self.tier.end <= self.law_cap.end else self.law_cap
        if not extended:
            return civil_code_basis(first)
        ext = self.extension_tier
        second = ext if ext.end <= self.extension_cap.end else self.extension_cap
        return (*civil_code_basis(first), *civil_code_basis(second))


_TWELVE = CalendarDays(12)
_BACK_ONE = WorkingDays(-1)
_THREE = WorkingDays(3)
_NOTICE_READINGS = ("before_last_day", "by_last_day", "raise")


def _twelve(unit: object, name: str, question: str) -> Period:
    """``days(12, unit, ...)``, with the default reading (calendar days) looked up at once."""
    if type(unit) is str and unit == "calendar":
        return _TWELVE
    return days(12, unit, name, question)


def tiers(
    calendar: WorkingCalendar,
    day_zero: date,
    complexity: Complexity,
    *,
    delivery: Delivery = "post",
    period_unit: object = "calendar",
    extension_unit: object = "calendar",
    extension_notice: object = "before_last_day",
    strict: bool = False,
    trace: bool = False,
) -> Tiers:
    """The dates of Art 10.4 for a valid dossier received on ``day_zero`` (not counted)."""
    cal = _check_calendar(calendar)
    law_period = _twelve(period_unit, "period_unit", _Q_PERIOD)
    ext_period = _twelve(extension_unit, "extension_unit", _Q_EXTENSION)
    if type(extension_notice) is str and extension_notice == "before_last_day":
        notice_reading = "before_last_day"
    else:
        notice_reading = choose(extension_notice, "extension_notice", _NOTICE_READINGS)
    if notice_reading == "raise":
        raise ambiguous("extension_notice", _Q_NOTICE)
    if type(strict) is not bool or type(trace) is not bool:
        for name, flag in (("strict", strict), ("trace", trace)):
            if not isinstance(flag, bool):
                raise InvalidInput(msg("errors.true_or_false", name=name, value=f"{flag!r:.60}"))
    start = day_zero if type(day_zero) is date else _as_vn_date(day_zero, "law_cap")
    _count = cal._count  # what core.periods.reckon counts, its checks made above, once
    roll = "next_working_day"

    def count(begin: date, period: Period, *, trace: bool = False, label: str) -> Reckoning:
        return _count(begin, period, type(period) is WorkingDays, roll, trace, label)

    def counted(r: Reckoning, label: str) -> Reckoning:
        if strict and (r.uncertain or r.beyond_known):  # refused: the error reckon() gives
            _reckon(cal, r.start, r.period, label=label, strict=True)
        return r

    cap = counted(count(start, law_period, label="law_cap"), "law_cap")
    own = _THREE if complexity == "simple" else law_period
    if own is law_period and not trace:
        tier = cap  # the same count (a label only names trace steps and the strict refusal)
    else:
        tier = counted(count(start, own, trace=trace, label="respond_by"), "respond_by")
    respond = min(tier.end, cap.end)
    ext_tier = counted(
        count(respond, ext_period, trace=trace, label="extended_respond_by"),
        "extended_respond_by",
    )
    if respond == cap.end and not trace:
        ext_cap = ext_tier  # the same count again
    else:
        ext_cap = counted(
            count(cap.end, ext_period, label="law_extension_cap"), "law_extension_cap"
        )
    notice: Reckoning | None = None
    notice_by = respond
    if notice_reading == "before_last_day":
        notice = counted(
            count(respond, _BACK_ONE, trace=trace, label="extension_notice_by"),
            "extension_notice_by",
        )
        notice_by = notice.end
    readings = {
        "period_unit": "calendar" if law_period is _TWELVE else unit_name(law_period),
        "extension_unit": "calendar" if ext_period is _TWELVE else unit_name(ext_period),
        "extension_notice": notice_reading,
    }
    at_once = complexity == "simple" and delivery == "in_person"
    if at_once:
        readings["at_once"] = "outer_limit_3_working_days"
    return Tiers(
        start,
        complexity,
        at_once,
        tier,
        cap,
        respond,
        ext_tier,
        ext_cap,
        min(ext_tier.end, ext_cap.end),
        notice,
        notice_by,
        readings,
    )


def _complexity(value: object) -> Complexity:
    if value is None:
        raise InvalidInput(
            complexity_required(
                "Law 01/2026/QH16 (Decree 337/2026 Art 10.4)",
                "Luật Tiếp cận thông tin số 01/2026/QH16 "
                "(khoản 4 Điều 10 Nghị định số 337/2026/NĐ-CP)",
            )
        )
    return choose(value, "complexity", ("simple", "complex"))


def _finding(
    t: Tiers,
    cal: WorkingCalendar,
    outcome: date,
    explanation: Text,
    *,
    basis: tuple[Citation, ...] = (),
    extra_caveats: tuple[Text, ...] = (),
    extended: bool = False,
) -> Finding[date]:
    cap_note = (msg("decree_337_2026.art10.law_cap_binds", cap=t.law_cap.end),) if t.capped else ()
    return Finding(
        outcome=outcome,
        explanation=explanation,
        basis=(*basis, LAW.cite(26, 3), *t.civil_code(extended=extended)),
        caveats=(*t.caveats(cal.known_until), *cap_note, *extra_caveats),
        readings=t.readings,
        trace=t.steps(),
        calendar_version=cal.version,
    )


def _start(
    valid_dossier: date | datetime, sent: date | datetime | None, strict: bool, trace: bool
) -> date:
    check_bool(strict=strict, trace=trace)
    governed_by_this_law(
        valid_dossier if sent is None else sent,
        name="valid_dossier" if sent is None else "sent",
        received=valid_dossier,
        received_name="valid_dossier",
    )
    return as_vn_date(valid_dossier, "valid_dossier")


# Khoản 2: "Phiếu yêu cầu ... theo Mẫu số 01a hoặc Mẫu số 01b ... phải kèm theo văn bản chấp
# thuận ... theo Mẫu số 06"
@rule(DECREE.cite(10, 2))
def dossier_forms(
    *, through_organisation: bool = False, consent_needed: bool = False
) -> Finding[tuple[str, ...]]:
    """The forms a valid dossier consists of: 01a or 01b, plus 06 for Law Art 16.1-16.2."""
    from accessinfo.models.access import check_flag  # on first use: not a request's path

    check_flag(through_organisation=through_organisation, consent_needed=consent_needed)
    first = "01b" if through_organisation else "01a"
    forms = (first, "06") if consent_needed else (first,)
    return Finding(
        outcome=forms,
        basis=(DECREE.cite(9, 2 if through_organisation else 1),)
        + ((DECREE.cite(9, 7), LAW.cite(26, 1)) if consent_needed else ()),
        explanation=msg(
            "decree_337_2026.art10.dossier_forms.consent"
            if consent_needed
            else "decree_337_2026.art10.dossier_forms",
            form=first,
        ),
    )


# Khoản 4 điểm a: "chậm nhất trong thời hạn 03 ngày làm việc kể từ khi nhận được hồ sơ hợp lệ"
@rule(DECREE.cite(10, 4, "a"), key=_KEY)
def simple_respond_by(
    valid_dossier: date | datetime,
    *,
    sent: date | datetime | None = None,
    period_unit: DayUnit = "calendar",
    calendar: WorkingCalendar = PUBLIC_SECTOR,
    strict: bool = False,
    trace: bool = False,
) -> Finding[date]:
    """Last day to resolve a request for simple, available information (3rd working day)."""
    day = _start(valid_dossier, sent, strict, trace)
    cal = check_calendar(calendar)
    t = tiers(cal, day, "simple", period_unit=period_unit, strict=strict, trace=trace)
    return _finding(
        t,
        cal,
        t.respond_by,
        msg("decree_337_2026.art10.simple_respond_by", start=day, end=t.respond_by),
    )


# Khoản 4 điểm a, câu 2: "trực tiếp tại trụ sở ... tạo điều kiện ... hoặc cung cấp ngay thông
# tin theo yêu cầu, phù hợp với điều kiện của cơ quan, đơn vị"
@rule(DECREE.cite(10, 4, "a"))
def provided_at_once(delivery: Delivery) -> Finding[bool]:
    """Whether simple information is to be provided at once: asked for at the agency's seat."""
    how = choose(delivery, "delivery", ("in_person", "electronic", "post", "fax"))
    if how == "in_person":
        return Finding(
            outcome=True,
            readings={"at_once": "outer_limit_3_working_days"},
            explanation=msg("decree_337_2026.art10.provided_at_once"),
        )
    return Finding(
        outcome=False,
        explanation=msg(
            "decree_337_2026.art10.provided_at_once.not", delivery=msg(f"terms.delivery.{how}")
        ),
    )


# Khoản 4 điểm b: "trong thời hạn 12 ngày kể từ ngày nhận được hồ sơ hợp lệ ... cung cấp thông
# tin theo yêu cầu hoặc thông báo từ chối ... theo quy định tại Điều 27"
@rule(DECREE.cite(10, 4, "b"), key=_KEY)
def complex_respond_by(
    valid_dossier: date | datetime,
    *,
    sent: date | datetime | None = None,
    period_unit: DayUnit = "calendar",
    calendar: WorkingCalendar = PUBLIC_SECTOR,
    strict: bool = False,
    trace: bool = False,
) -> Finding[date]:
    """Last day to provide complex information, or refuse it under Law Art 27 (12 days)."""
    day = _start(valid_dossier, sent, strict, trace)
    cal = check_calendar(calendar)
    t = tiers(cal, day, "complex", period_unit=period_unit, strict=strict, trace=trace)
    return _finding(
        t,
        cal,
        t.respond_by,
        msg(
            "decree_337_2026.art10.complex_respond_by",
            start=day,
            end=t.respond_by,
            days=msg(f"terms.days.{t.readings['period_unit']}"),
        ),
        basis=(LAW.cite(27),),
    )


# Khoản 4 điểm c: "có thể gia hạn việc cung cấp thông tin nhưng tối đa không quá 12 ngày"
@rule(DECREE.cite(10, 4, "c"), key=_KEY)
def extended_respond_by(
    valid_dossier: date | datetime,
    *,
    complexity: Complexity,
    sent: date | datetime | None = None,
    period_unit: DayUnit = "calendar",
    extension_unit: DayUnit = "calendar",
    calendar: WorkingCalendar = PUBLIC_SECTOR,
    strict: bool = False,
    trace: bool = False,
) -> Finding[date]:
    """Latest day to provide the information if the agency extends (12 days more at most)."""
    day = _start(valid_dossier, sent, strict, trace)
    tier = _complexity(complexity)
    cal = check_calendar(calendar)
    t = tiers(
        cal,
        day,
        tier,
        period_unit=period_unit,
        extension_unit=extension_unit,
        strict=strict,
        trace=trace,
    )
    return _finding(
        t,
        cal,
        t.extended_respond_by,
        msg(
            "decree_337_2026.art10.extended_respond_by",
            start=t.respond_by,
            end=t.extended_respond_by,
            days=msg(f"terms.days.{t.readings['extension_unit']}"),
        ),
        basis=(_tier_point(tier),),
        extended=True,
    )


# Khoản 4 điểm c: "phải thông báo bằng văn bản cho người yêu cầu trước khi hết thời hạn cung cấp
# thông tin" (its own family: Law 01/2026 Art 26.3's extension_notice_by is the Law's "within")
@rule(DECREE.cite(10, 4, "c"), key=_KEY, family="decree_337_2026.extension_notice_by")
def extension_notice_by(
    valid_dossier: date | datetime,
    *,
    complexity: Complexity,
    sent: date | datetime | None = None,
    period_unit: DayUnit = "calendar",
    extension_notice: NoticeReading = "before_last_day",
    calendar: WorkingCalendar = PUBLIC_SECTOR,
    strict: bool = False,
    trace: bool = False,
) -> Finding[date]:
    """Last day to notify an extension in writing (form 04): before the period ends."""
    day = _start(valid_dossier, sent, strict, trace)
    tier = _complexity(complexity)
    cal = check_calendar(calendar)
    t = tiers(
        cal,
        day,
        tier,
        period_unit=period_unit,
        extension_notice=extension_notice,
        strict=strict,
        trace=trace,
    )
    key = "decree_337_2026.art10.extension_notice_by." + t.readings["extension_notice"]
    return _finding(
        t,
        cal,
        t.extension_notice_by,
        msg(key, last=t.respond_by, end=t.extension_notice_by),
        basis=(_tier_point(tier), DECREE.cite(9, 5)),
    )


def _tier_point(complexity: Complexity) -> Citation:
    """Point (a) or (b): the provision period an extension and its notice are counted from."""
    return DECREE.cite(10, 4, "a" if complexity == "simple" else "b")
