"""Điều 22. Xử lý thông tin công khai không chính xác

Law 01/2026/QH16, Art. 22: correcting disclosed information that is wrong. An agency that finds
that information it created and disclosed is wrong corrects it promptly and discloses the
correction (clause 1); so does an agency that disclosed, inaccurately, information another
agency created (clause 2); an agency whose information another agency disclosed inaccurately
asks that agency to correct it promptly (clause 3). A citizen who thinks disclosed information
is wrong petitions the agency that disclosed it, which checks and answers within 10 days and
corrects it promptly if it was wrong (clause 4). A correction uses the same form as the wrong
disclosure, and the corrected information is also disclosed on the data portal, portal,
website, content channels or official community pages of the agency that disclosed it
(clause 5).

Readings: "kịp thời" (promptly) sets no number of days, so :func:`disclosure_correction_duty`
gives no due date; "10 ngày" (clause 4) are calendar days, rolled to a working day (Civil Code
Art 148.5), as in Art 26.3; ``period_unit="working"`` reads working days, ``"raise"`` refuses
to choose (``docs/readings/law-01-2026-disclosure.md``).

Clauses encoded (verbatim, one unofficial copy):

1. Trường hợp phát hiện thông tin do mình tạo ra và đã được công khai không chính xác thì cơ
quan, đơn vị có trách nhiệm kịp thời đính chính, công khai thông tin đã được đính chính.

2. Trường hợp phát hiện thông tin do cơ quan, đơn vị khác tạo ra nhưng do mình công khai không
chính xác thì cơ quan, đơn vị đã công khai thông tin có trách nhiệm kịp thời đính chính, công
khai thông tin đã được đính chính.

3. Trường hợp phát hiện thông tin do mình tạo ra nhưng được cơ quan, đơn vị khác công khai không
chính xác thì cơ quan, đơn vị tạo ra thông tin có trách nhiệm yêu cầu cơ quan, đơn vị đã công
khai thông tin kịp thời đính chính, công khai thông tin đã được đính chính.

4. Trường hợp công dân cho rằng thông tin công khai không chính xác thì kiến nghị với cơ quan,
đơn vị đã công khai thông tin đó. Chậm nhất là 10 ngày kể từ ngày nhận được kiến nghị, cơ quan,
đơn vị có trách nhiệm kiểm tra tính chính xác của thông tin và trả lời cho công dân; trường hợp
xác định thông tin công khai không chính xác thì phải kịp thời đính chính, công khai thông tin
đã được đính chính.

5. Thông tin công khai không chính xác bằng hình thức nào thì phải được đính chính bằng hình thức
đó, đồng thời công khai thông tin đã được đính chính trên cổng dữ liệu, cổng thông tin điện tử,
trang thông tin điện tử, kênh nội dung, trang cộng đồng chính thức của cơ quan, đơn vị đã công
khai thông tin không chính xác.

A petition received on Saturday 14 November 2026: the 10th day is Tuesday 24 November
(Vietnamese Culture Day), so the answer is due on Wednesday 25 November. A budget wrongly
posted at the agency's seat is corrected by a posted notice and on its portal.

>>> from datetime import date
>>> disclosure_accuracy_reply_by(date(2026, 11, 14)).outcome
datetime.date(2026, 11, 25)
>>> d = disclosure_correction_duty(
...     "created_and_disclosed", disclosed_in="gazette_or_posting", on=date(2026, 11, 16)
... )
>>> d.outcome.action, d.outcome.correct_in
('correct_and_disclose', ('gazette_or_posting', 'official_online_channels'))
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict

from accessinfo.calendar import PUBLIC_SECTOR, WorkingCalendar, as_vn_date
from accessinfo.core.decisions import Finding
from accessinfo.core.messages import later, msg
from accessinfo.core.periods import choose, deadline
from accessinfo.core.rules import rule

from . import INSTRUMENT as LAW
from ._common import DayUnit, check_bool, days, unit_name
from .art_18 import DISCLOSURE_FORMS, DisclosureForm

__all__ = [
    "CorrectionDuty",
    "CorrectionRole",
    "disclosure_accuracy_reply_by",
    "disclosure_correction_duty",
]

# The agency asking, with respect to the inaccurate information: it created and disclosed it
# (22.1), disclosed what another created (22.2), or created what another disclosed (22.3).
CorrectionRole = Literal["created_and_disclosed", "disclosed_only", "created_only"]
_CLAUSE = {"created_and_disclosed": 1, "disclosed_only": 2, "created_only": 3}


class CorrectionDuty(BaseModel):
    """What the agency must do about inaccurate disclosed information, and in which forms."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    role: CorrectionRole
    action: Literal["correct_and_disclose", "request_correction"]
    timing: Literal["promptly"]  # "kịp thời": no number of days
    # the forms of the correction (22.5): the form of the inaccurate disclosure, and the
    # official online channels of the agency that disclosed it
    correct_in: tuple[DisclosureForm, ...]
    corrected_by: Literal["this_agency", "disclosing_agency"]


# Khoản 1–3: "kịp thời đính chính, công khai thông tin đã được đính chính"; khoản 5: "bằng hình
# thức nào thì phải được đính chính bằng hình thức đó, đồng thời công khai … trên cổng dữ liệu,
# cổng thông tin điện tử, trang thông tin điện tử, kênh nội dung, trang cộng đồng chính thức"
@rule(LAW.cite(22, 5), key="on")
def disclosure_correction_duty(
    role: CorrectionRole,
    *,
    disclosed_in: DisclosureForm,
    on: date | datetime,
    strict: bool = False,
) -> Finding[CorrectionDuty]:
    """What an agency that finds disclosed information inaccurate must do (Art 22.1–22.3, 22.5).

    ``role``: ``"created_and_disclosed"`` (22.1), ``"disclosed_only"`` (22.2) or
    ``"created_only"`` (22.3). ``disclosed_in``: the form of the inaccurate disclosure (Art
    18.1). ``on``: the day the inaccuracy was found.
    """
    as_vn_date(on, "on")
    check_bool(strict=strict)
    who = choose(role, "role", tuple(_CLAUSE))
    form = choose(disclosed_in, "disclosed_in", DISCLOSURE_FORMS)
    forms = tuple(dict.fromkeys((form, "official_online_channels")))
    clause = _CLAUSE[who]
    request = who == "created_only"
    return Finding(
        outcome=CorrectionDuty(
            role=who,
            action="request_correction" if request else "correct_and_disclose",
            timing="promptly",
            correct_in=forms,
            corrected_by="disclosing_agency" if request else "this_agency",
        ),
        basis=(LAW.cite(22, clause),),
        explanation=msg(
            f"law_01_2026.art22.correction.{who}", form=msg(f"law_01_2026.form.{form}")
        ),
    )


# Khoản 4: "Chậm nhất là 10 ngày kể từ ngày nhận được kiến nghị ... trả lời cho công dân"
@rule(LAW.cite(22, 4), key="petition_received")
def disclosure_accuracy_reply_by(
    petition_received: date | datetime,
    *,
    period_unit: DayUnit = "calendar",
    calendar: WorkingCalendar = PUBLIC_SECTOR,
    strict: bool = False,
    trace: bool = False,
) -> Finding[date]:
    """Last day to answer a petition that disclosed information is inaccurate."""
    check_bool(strict=strict, trace=trace)
    period = days(10, period_unit, "period_unit", 'Art 22.4 says "10 ngày", not "ngày làm việc"')
    unit = unit_name(period)
    return deadline(
        calendar,
        petition_received,
        period,
        label="reply_by",
        name="petition_received",
        strict=strict,
        trace=trace,
        readings={"period_unit": unit},
        explanation=later("law_01_2026.art22.reply_by", days=msg(f"terms.days.{unit}")),
    )
