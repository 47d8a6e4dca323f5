"""Điều 31. Điều khoản chuyển tiếp

Law 01/2026/QH16, Art. 31: transition. Clause 1: information created or held by an agency
before a reorganisation of the state apparatus is provided, under this Law, by the agency that
took over its functions. Clause 2: information a public service unit created or held before 1
September 2026 continues to be provided under the laws that governed it. Clause 3 gives state
agencies 6 months from 1 September 2026 to disclose information on the Art 17.1 list that they
created or held before that day and that no earlier law required them to disclose. Clause 4
keeps requests sent to state agencies before 1 September 2026 and not yet resolved under Law
104/2016/QH13 (which Art 30.2 keeps alive for exactly that purpose); everything sent from that
day follows this Law.

Reading (``docs/readings/law-01-2026-transition.md``): the trigger is the day the request was
*sent* ("được gửi đến"), not the day it was received; ``InformationRequest.sent_at`` defaults
to ``received_at``. A postal request posted before and received after 1 September 2026 is the
ambiguous case: ``trigger="received"`` reads the day of receipt; ``"raise"`` refuses to choose
in that case only.

Clauses encoded (verbatim, one unofficial copy):

1. Việc cung cấp thông tin do cơ quan, đơn vị tạo ra hoặc nắm giữ trước khi sắp xếp tổ chức bộ
máy do cơ quan, đơn vị tiếp nhận chức năng, nhiệm vụ, quyền hạn của cơ quan, đơn vị đó thực hiện
theo quy định của Luật này.

2. Việc cung cấp thông tin do đơn vị sự nghiệp công lập có nhiệm vụ cung ứng dịch vụ sự nghiệp
công cơ bản, thiết yếu tạo ra hoặc nắm giữ trước ngày Luật này có hiệu lực thi hành được tiếp
tục thực hiện theo quy định của pháp luật có liên quan.

3. Thông tin tại khoản 1 Điều 17 của Luật này do cơ quan nhà nước tạo ra hoặc nắm giữ trước
ngày Luật này có hiệu lực thi hành nhưng chưa được Luật Tiếp cận thông tin số 104/2016/QH13 và
pháp luật có liên quan quy định phải công khai thì trong thời hạn 06 tháng kể từ ngày Luật này
có hiệu lực thi hành phải công khai thông tin theo quy định của Luật này.

4. Yêu cầu cung cấp thông tin được gửi đến các cơ quan nhà nước trước ngày Luật này có hiệu lực
thi hành nhưng chưa được giải quyết thì tiếp tục được giải quyết theo quy định của Luật Tiếp cận
thông tin số 104/2016/QH13.

A request posted on Monday 31 August 2026 and received on Thursday 3 September stays under
Law 104; six months from 1 September 2026 ends on Monday 1 March 2027 (Civil Code Art 148.3:
the corresponding day of the sixth month, computed with ``dateutil.relativedelta``).

>>> from datetime import date
>>> from accessinfo.models.requests import InformationRequest
>>> posted = InformationRequest(
...     received_at=date(2026, 9, 3), sent_at=date(2026, 8, 31), channel="post"
... )
>>> governing_law(posted).outcome
'law_104_2016'
>>> governing_law(posted, trigger="received").outcome
'law_01_2026'
>>> back_publication_by(date(2025, 6, 30)).outcome
datetime.date(2027, 3, 1)
>>> public_service_unit_information_law(date(2026, 8, 31)).outcome
'related_laws'
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from accessinfo.calendar import PUBLIC_SECTOR, CalendarDays, WorkingCalendar, as_vn_date
from accessinfo.core.citations import Citation, instrument
from accessinfo.core.decisions import Finding
from accessinfo.core.messages import msg
from accessinfo.core.periods import ambiguous, check_calendar, choose, months_after, reckon
from accessinfo.core.rules import rule
from accessinfo.errors import InvalidInput, NoApplicableRule
from accessinfo.models.requests import InformationRequest

from . import IN_FORCE_FROM
from . import INSTRUMENT as LAW
from ._common import check_bool

__all__ = [
    "LAW_104_FROM",
    "GoverningLaw",
    "UnitInformationLaw",
    "back_publication_by",
    "governing_law",
    "provider_after_reorganisation",
    "public_service_unit_information_law",
]

GoverningLaw = Literal["law_104_2016", "law_01_2026"]
LAW_104_FROM = date(2018, 7, 1)  # Law 104/2016/QH13 Art 37.1
# Art 31.3: "trong thời hạn 06 tháng kể từ ngày Luật này có hiệu lực thi hành"; Civil Code
# Art 148.3: a period in months ends on the corresponding day of its last month.
_BACK_PUBLICATION_END: date = months_after(IN_FORCE_FROM, 6)
# related_laws: clause 2 (created or held by the unit before 2026-09-01); this_law: after.
UnitInformationLaw = Literal["related_laws", "law_01_2026"]


# Khoản 4: "Yêu cầu cung cấp thông tin được gửi đến các cơ quan nhà nước trước ngày Luật này có
# hiệu lực thi hành nhưng chưa được giải quyết thì tiếp tục được giải quyết theo quy định của
# Luật Tiếp cận thông tin số 104/2016/QH13"
@rule(LAW.cite(31, 4), LAW.cite(30, 1), LAW.cite(30, 2))
def governing_law(
    request: InformationRequest,
    *,
    trigger: Literal["sent", "received", "raise"] = "sent",
    strict: bool = False,
) -> Finding[GoverningLaw]:
    """Which law governs a request: Law 104/2016 if sent before 2026-09-01, else Law 01/2026."""
    if not isinstance(request, InformationRequest):
        raise InvalidInput(
            msg(
                "errors.must_be",
                name="request",
                expected=msg("errors.type.information_request"),
                got=type(request).__name__,
            )
        )
    check_bool(strict=strict)
    how = choose(trigger, "trigger", ("sent", "received", "raise"))
    received = as_vn_date(request.received_at, "received_at")
    sent = as_vn_date(
        request.sent_at if request.sent_at is not None else request.received_at, "sent_at"
    )
    if sent > received:
        raise InvalidInput(msg("errors.sent_after_received", sent=sent, received=received))
    straddles = sent < IN_FORCE_FROM <= received
    if how == "raise" and straddles:
        raise ambiguous(
            "trigger", msg("law_01_2026.art31.trigger_unsettled", sent=sent, received=received)
        )
    day = received if how == "received" else sent
    which = "received" if how == "received" else "sent"
    if day < LAW_104_FROM:
        raise NoApplicableRule(
            msg(
                "law_01_2026.art31.before_law_104",
                how=msg(f"law_01_2026.art31.trigger.{which}"),
                day=day,
                in_force=LAW_104_FROM,
            )
        )
    law: GoverningLaw = "law_104_2016" if day < IN_FORCE_FROM else "law_01_2026"
    basis: tuple[Citation, ...] = ()
    if law == "law_104_2016":
        basis = (instrument("law_104_2016").cite(),)
    verb = msg(f"law_01_2026.art31.trigger.{which}")
    return Finding(
        outcome=law,
        explanation=msg(f"law_01_2026.art31.governing_law.{law}", day=day, how=verb),
        basis=basis,
        readings={"transition_trigger": "sent" if how == "raise" else how},
    )


# Khoản 3: "trong thời hạn 06 tháng kể từ ngày Luật này có hiệu lực thi hành phải công khai"
@rule(LAW.cite(31, 3))
def back_publication_by(
    held_since: date | datetime,
    *,
    calendar: WorkingCalendar = PUBLIC_SECTOR,
    strict: bool = False,
) -> Finding[date]:
    """Last day to disclose Art 17.1 information held before 2026-09-01 and not yet required.

    ``held_since`` is the day the agency created or received the information; it must be
    before 2026-09-01 (later information follows Art 18.4).
    """
    cal = check_calendar(calendar)
    check_bool(strict=strict)
    day = as_vn_date(held_since, "held_since")
    if day >= IN_FORCE_FROM:
        raise NoApplicableRule(msg("law_01_2026.art31.held_after", day=day))
    cc = instrument("code_91_2015")
    # the corresponding day, rolled off a rest day (Art 148.5); strict refuses an unsure day
    r = reckon(
        cal, _BACK_PUBLICATION_END, CalendarDays(0), label="back_publication_by", strict=strict
    )
    end = r.end
    basis = [cc.cite(147, 2), cc.cite(148, 3)]
    if end != _BACK_PUBLICATION_END:
        basis.append(cc.cite(148, 5))
    return Finding(
        outcome=end,
        explanation=msg("law_01_2026.art31.back_publication_by", since=IN_FORCE_FROM, end=end),
        basis=tuple(basis),
        caveats=r.caveats(cal.known_until),
        calendar_version=cal.version,
    )


# Khoản 1: "thông tin do cơ quan, đơn vị tạo ra hoặc nắm giữ trước khi sắp xếp tổ chức bộ máy do
# cơ quan, đơn vị tiếp nhận chức năng, nhiệm vụ, quyền hạn của cơ quan, đơn vị đó thực hiện"
@rule(LAW.cite(31, 1), key="on")
def provider_after_reorganisation(
    *, reorganised: bool, on: date | datetime, strict: bool = False
) -> Finding[Literal["successor_agency", "creating_agency"]]:
    """Who provides information of an agency merged or dissolved in a reorganisation (Art 31.1).

    ``reorganised``: the agency that created or held the information was reorganised and its
    functions passed to another; ``on``: the day the information is asked for.
    """
    as_vn_date(on, "on")
    check_bool(reorganised=reorganised, strict=strict)
    if reorganised:
        return Finding(
            outcome="successor_agency",
            explanation=msg("law_01_2026.art31.reorganised"),
        )
    return Finding(
        outcome="creating_agency",
        basis=(LAW.cite(10, 1),),
        explanation=msg("law_01_2026.art31.not_reorganised"),
    )


# Khoản 2: "thông tin do đơn vị sự nghiệp công lập … tạo ra hoặc nắm giữ trước ngày Luật này có
# hiệu lực thi hành được tiếp tục thực hiện theo quy định của pháp luật có liên quan"
@rule(LAW.cite(31, 2))
def public_service_unit_information_law(
    created_or_held: date | datetime, *, strict: bool = False
) -> Finding[UnitInformationLaw]:
    """Which law governs providing a public service unit's information (Art 31.2).

    ``created_or_held``: the day the unit (one providing basic, essential public services)
    created or received the information. Before 2026-09-01: the laws that governed it then
    ("pháp luật có liên quan"); from that day: this Law.
    """
    check_bool(strict=strict)
    day = as_vn_date(created_or_held, "created_or_held")
    if day < IN_FORCE_FROM:
        return Finding(
            outcome="related_laws",
            explanation=msg("law_01_2026.art31.unit.before", day=day, since=IN_FORCE_FROM),
        )
    return Finding(
        outcome="law_01_2026",
        basis=(LAW.cite(30, 1),),
        explanation=msg("law_01_2026.art31.unit.after", day=day, since=IN_FORCE_FROM),
    )
