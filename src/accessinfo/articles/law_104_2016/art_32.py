"""Điều 32. Xử lý thông tin cung cấp theo yêu cầu không chính xác

Law 104/2016/QH13, Art. 32: correcting information that was provided on request and turns
out to be wrong. An agency that finds its own error corrects it and provides the information
again within 5 working days of finding it. A requester who thinks the answer was wrong may
ask for a correct one; the agency checks and replies within 15 days of receiving that claim.
A commune People's Committee that cannot check information it holds has 5 working days (from
finding the problem or receiving the claim) to refer it to the body that created the
information; that body replies within 15 days of the referral; the commune then corrects or
informs the requester within 3 working days of the reply. The bare "15 ngày" is read as
calendar days by default (``period_unit``; see ``docs/readings/bare-days.md``).

Clauses 1 and 2 end "trừ trường hợp quy định tại khoản 3 Điều này": a commune People's
Committee that cannot determine whether information it holds is accurate does not correct it
within 5 working days or answer within 15 days; it refers the matter under clause 3. Pass
``commune_cannot_verify=True`` and :func:`self_correction_by` and
:func:`accuracy_claim_reply_by` refuse with ``NoApplicableRule`` naming clause 3's rules
(:func:`commune_referral_by`, :func:`creator_reply_to_commune_by`,
:func:`commune_correction_by`), rather than give a date the law does not set.

Clauses encoded (verbatim, pháp điển):

1. Trường hợp phát hiện thông tin do mình cung cấp không chính xác thì chậm nhất là 05 ngày làm
việc kể từ ngày phát hiện, cơ quan nhà nước có trách nhiệm đính chính và cung cấp lại thông tin,
trừ trường hợp quy định tại khoản 3 Điều này.

2. Trường hợp người yêu cầu cung cấp thông tin cho rằng thông tin được cung cấp là không chính
xác thì có quyền yêu cầu cơ quan đã cung cấp thông tin cung cấp lại thông tin chính xác.

Chậm nhất là 15 ngày kể từ ngày nhận được yêu cầu, cơ quan đã cung cấp thông tin có trách nhiệm
xác định tính chính xác của thông tin và trả lời cho người yêu cầu; nếu thông tin đã cung cấp
không chính xác thì phải đính chính và cung cấp lại thông tin, trừ trường hợp quy định tại
khoản 3 Điều này.

3. Trường hợp Ủy ban nhân dân cấp xã không thể xác định được tính chính xác của thông tin do
mình nắm giữ thì chậm nhất là 05 ngày làm việc kể từ ngày phát hiện hoặc nhận được đề nghị của
người yêu cầu cung cấp thông tin, Ủy ban nhân dân cấp xã phải đề nghị cơ quan tạo ra thông tin
xem xét. Chậm nhất là 15 ngày kể từ ngày nhận được đề nghị, cơ quan tạo ra thông tin phải xác
định tính chính xác của thông tin và trả lời cho Ủy ban nhân dân cấp xã; nếu thông tin đã cung
cấp không chính xác thì phải gửi kèm theo thông tin chính xác.

Chậm nhất là 03 ngày làm việc kể từ ngày nhận được trả lời, Ủy ban nhân dân cấp xã phải đính
chính lại thông tin hoặc thông báo cho người yêu cầu cung cấp thông tin biết.

An error found on Thursday 2 May 2019: Fri 3 (1), Saturday 4 May, a swapped working day (2),
Mon 6 (3), Tue 7 (4), Wed 8 (5).
A requester's claim received on Friday 17 April 2020: 15 calendar days end on Saturday 2 May,
which rolls to Monday 4 May (Civil Code Art 148.5).

>>> from datetime import date
>>> self_correction_by(date(2019, 5, 2)).outcome
datetime.date(2019, 5, 8)
>>> accuracy_claim_reply_by(date(2020, 4, 17)).outcome
datetime.date(2020, 5, 4)
"""

from __future__ import annotations

from datetime import date, datetime

from accessinfo.calendar import PUBLIC_SECTOR, WorkingCalendar, WorkingDays
from accessinfo.core.decisions import Finding
from accessinfo.core.messages import later, msg
from accessinfo.core.periods import deadline
from accessinfo.core.rules import rule
from accessinfo.errors import NoApplicableRule
from accessinfo.models.access import check_flag

from . import INSTRUMENT as LAW_104
from ._units import DayUnit, bare_days, check_sent

__all__ = [
    "accuracy_claim_reply_by",
    "commune_correction_by",
    "commune_referral_by",
    "creator_reply_to_commune_by",
    "self_correction_by",
]


def _not_for_unverifiable_commune(cannot_verify: object, clause: int) -> None:
    """Clauses 1 and 2 yield to clause 3 for a commune that cannot verify the information."""
    check_flag(commune_cannot_verify=cannot_verify)
    if cannot_verify:
        raise NoApplicableRule(msg("law_104_2016.art32.commune_carve_out", clause=clause))


# Khoản 1: "chậm nhất là 05 ngày làm việc kể từ ngày phát hiện … đính chính và cung cấp lại"
@rule(LAW_104.cite(32, 1), key=("sent", "discovered"))
def self_correction_by(
    discovered: date | datetime,
    *,
    sent: date | datetime | None = None,
    commune_cannot_verify: bool = False,
    calendar: WorkingCalendar = PUBLIC_SECTOR,
    strict: bool = False,
    trace: bool = False,
) -> Finding[date]:
    """Last day to correct and re-provide information the agency itself found to be wrong."""
    check_sent(sent)
    _not_for_unverifiable_commune(commune_cannot_verify, 1)
    return deadline(
        calendar,
        discovered,
        WorkingDays(5),
        label="correct_by",
        name="discovered",
        strict=strict,
        trace=trace,
        explanation=later("law_104_2016.art32.self_correction_by"),
    )


# Khoản 2, đoạn 2: "Chậm nhất là 15 ngày kể từ ngày nhận được yêu cầu … trả lời cho người yêu cầu"
@rule(LAW_104.cite(32, 2), key=("sent", "claim_received"))
def accuracy_claim_reply_by(
    claim_received: date | datetime,
    *,
    sent: date | datetime | None = None,
    period_unit: DayUnit = "calendar",
    commune_cannot_verify: bool = False,
    calendar: WorkingCalendar = PUBLIC_SECTOR,
    strict: bool = False,
    trace: bool = False,
) -> Finding[date]:
    """Last day to check a requester's claim that the information provided was wrong, and reply."""
    check_sent(sent)
    _not_for_unverifiable_commune(commune_cannot_verify, 2)
    period, unit = bare_days(
        15,
        period_unit,
        name="period_unit",
        question=msg("law_104_2016.art32.unit_question.reply"),
    )
    return deadline(
        calendar,
        claim_received,
        period,
        label="reply_by",
        name="claim_received",
        strict=strict,
        trace=trace,
        readings={"period_unit": unit},
        explanation=later(
            "law_104_2016.art32.accuracy_claim_reply_by", days=msg(f"terms.days.{unit}")
        ),
    )


# Khoản 3, câu 1: "chậm nhất là 05 ngày làm việc … Ủy ban nhân dân cấp xã phải đề nghị cơ quan
# tạo ra thông tin xem xét"
@rule(LAW_104.cite(32, 3), key=("sent", "discovered_or_claimed"))
def commune_referral_by(
    discovered_or_claimed: date | datetime,
    *,
    sent: date | datetime | None = None,
    calendar: WorkingCalendar = PUBLIC_SECTOR,
    strict: bool = False,
    trace: bool = False,
) -> Finding[date]:
    """Last day for a commune People's Committee to refer doubtful information to its creator."""
    check_sent(sent)
    return deadline(
        calendar,
        discovered_or_claimed,
        WorkingDays(5),
        label="refer_by",
        name="discovered_or_claimed",
        strict=strict,
        trace=trace,
        explanation=later("law_104_2016.art32.commune_referral_by"),
    )


# Khoản 3, câu 2: "Chậm nhất là 15 ngày kể từ ngày nhận được đề nghị, cơ quan tạo ra thông tin
# phải … trả lời cho Ủy ban nhân dân cấp xã"
@rule(LAW_104.cite(32, 3), key=("sent", "referral_received"))
def creator_reply_to_commune_by(
    referral_received: date | datetime,
    *,
    sent: date | datetime | None = None,
    period_unit: DayUnit = "calendar",
    calendar: WorkingCalendar = PUBLIC_SECTOR,
    strict: bool = False,
    trace: bool = False,
) -> Finding[date]:
    """Last day for the creating body to answer a commune's referral about accuracy."""
    check_sent(sent)
    period, unit = bare_days(
        15,
        period_unit,
        name="period_unit",
        question=msg("law_104_2016.art32.unit_question.creator"),
    )
    return deadline(
        calendar,
        referral_received,
        period,
        label="reply_by",
        name="referral_received",
        strict=strict,
        trace=trace,
        readings={"period_unit": unit},
        explanation=later(
            "law_104_2016.art32.creator_reply_to_commune_by", days=msg(f"terms.days.{unit}")
        ),
    )


# Khoản 3, đoạn 2: "Chậm nhất là 03 ngày làm việc kể từ ngày nhận được trả lời, Ủy ban nhân dân
# cấp xã phải đính chính lại thông tin hoặc thông báo cho người yêu cầu"
@rule(LAW_104.cite(32, 3), key=("sent", "reply_received"))
def commune_correction_by(
    reply_received: date | datetime,
    *,
    sent: date | datetime | None = None,
    calendar: WorkingCalendar = PUBLIC_SECTOR,
    strict: bool = False,
    trace: bool = False,
) -> Finding[date]:
    """Last day for the commune to correct the information, or tell the requester, after the
    creating body's reply."""
    check_sent(sent)
    return deadline(
        calendar,
        reply_received,
        WorkingDays(3),
        label="correct_by",
        name="reply_received",
        strict=strict,
        trace=trace,
        explanation=later("law_104_2016.art32.commune_correction_by"),
    )
