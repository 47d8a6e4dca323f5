"""Điều 31. Điều khoản chuyển tiếp

Law 01/2026/QH16, Art. 31: transition. Clause 4 keeps requests sent to state agencies before
1 September 2026 and not yet resolved under Law 104/2016/QH13 (which Art 30.2 keeps alive for
exactly that purpose); everything sent from that day follows this Law. Clause 3 gives state
agencies 6 months from 1 September 2026 to disclose information on the Art 17.1 list that they
created or held before that day and that no earlier law required them to disclose. Clauses 1
and 2 (reorganised agencies; public service units) set no date and are not encoded.

Reading (``docs/readings/law-01-2026-transition.md``): the trigger is the day the request was
*sent* ("được gửi đến"), not the day it was received; ``InformationRequest.sent_at`` defaults
to ``received_at``. A postal request posted before and received after 1 September 2026 is the
ambiguous case: ``trigger="received"`` reads the day of receipt; ``"raise"`` refuses to choose
in that case only.

Clauses encoded (verbatim, one unofficial copy):

3. Thông tin tại khoản 1 Điều 17 của Luật này do cơ quan nhà nước tạo ra hoặc nắm giữ trước
ngày Luật này có hiệu lực thi hành nhưng chưa được Luật Tiếp cận thông tin số 104/2016/QH13 và
pháp luật có liên quan quy định phải công khai thì trong thời hạn 06 tháng kể từ ngày Luật này
có hiệu lực thi hành phải công khai thông tin theo quy định của Luật này.

4. Yêu cầu cung cấp thông tin được gửi đến các cơ quan nhà nước trước ngày Luật này có hiệu lực
thi hành nhưng chưa được giải quyết thì tiếp tục được giải quyết theo quy định của Luật Tiếp cận
thông tin số 104/2016/QH13.

A request posted on Monday 31 August 2026 and received on Thursday 3 September stays under
Law 104; six months from 1 September 2026 ends on Monday 1 March 2027 (Civil Code Art 148.3).

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
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Literal

from accessinfo.calendar import PUBLIC_SECTOR, WorkingCalendar, as_vn_date
from accessinfo.core.citations import Citation, instrument
from accessinfo.core.decisions import Finding
from accessinfo.core.periods import ambiguous, check_calendar, choose
from accessinfo.core.rules import rule
from accessinfo.errors import InvalidInput, NoApplicableRule
from accessinfo.models.requests import InformationRequest

from . import IN_FORCE_FROM
from . import INSTRUMENT as LAW
from ._common import check_bool

__all__ = ["LAW_104_FROM", "GoverningLaw", "back_publication_by", "governing_law"]

GoverningLaw = Literal["law_104_2016", "law_01_2026"]
LAW_104_FROM = date(2018, 7, 1)  # Law 104/2016/QH13 Art 37.1
# Art 31.3: "trong thời hạn 06 tháng kể từ ngày Luật này có hiệu lực thi hành"; Civil Code
# Art 148.3: a period in months ends on the corresponding day of its last month.
_BACK_PUBLICATION_END = date(2027, 3, 1)


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
            f"request must be an accessinfo.InformationRequest, got {type(request).__name__}"
        )
    check_bool(strict=strict)
    how = choose(trigger, "trigger", ("sent", "received", "raise"))
    received = as_vn_date(request.received_at, "received_at")
    sent = as_vn_date(
        request.sent_at if request.sent_at is not None else request.received_at, "sent_at"
    )
    if sent > received:
        raise InvalidInput(
            f"sent_at ({sent.isoformat()}) is after received_at ({received.isoformat()})"
        )
    straddles = sent < IN_FORCE_FROM <= received
    if how == "raise" and straddles:
        raise ambiguous(
            "trigger",
            f"the request was sent on {sent.isoformat()} and received on "
            f"{received.isoformat()}: Art 31.4 says 'được gửi đến' (sent to), which may mean "
            "either day",
        )
    day = received if how == "received" else sent
    which = "received" if how == "received" else "sent"
    if day < LAW_104_FROM:
        raise NoApplicableRule(
            f"the request was {which} on {day.isoformat()}, before Law 104/2016/QH13 took "
            f"effect on {LAW_104_FROM.isoformat()}: no access-to-information law applies"
        )
    law: GoverningLaw = "law_104_2016" if day < IN_FORCE_FROM else "law_01_2026"
    basis: tuple[Citation, ...] = ()
    if law == "law_104_2016":
        text = (
            f"The request was {which} on {day.isoformat()}, before 2026-09-01: Law "
            "104/2016/QH13 keeps governing it until it is resolved (Law 01/2026 Arts 30.2, 31.4)."
        )
        basis = (instrument("law_104_2016").cite(),)
    else:
        text = (
            f"The request was {which} on {day.isoformat()}, on or after 2026-09-01, when Law "
            "01/2026/QH16 took effect (Art 30.1): that Law governs it."
        )
    return Finding(
        outcome=law,
        explanation=text,
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
        raise NoApplicableRule(
            f"information created or held from {day.isoformat()} is not covered by Art 31.3, "
            "which concerns information held before 2026-09-01; see Art 18.4"
        )
    cc = instrument("code_91_2015")
    end = _BACK_PUBLICATION_END
    basis = [cc.cite(147, 2), cc.cite(148, 3)]
    while not cal.is_working_day(end):
        end += timedelta(days=1)
    if end != _BACK_PUBLICATION_END:
        basis.append(cc.cite(148, 5))
    return Finding(
        outcome=end,
        explanation="Art 31.3: Art 17.1 information created or held before 2026-09-01 that no "
        "earlier law required to be disclosed must be disclosed within 6 months of 2026-09-01: "
        f"by {end.isoformat()} (the corresponding day of the sixth month, Civil Code Art 148.3).",
        basis=tuple(basis),
        calendar_version=cal.version,
    )
