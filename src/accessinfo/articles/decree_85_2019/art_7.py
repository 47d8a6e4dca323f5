"""Điều 7. Quản lý Cổng thông tin một cửa quốc gia

Decree 85/2019/NĐ-CP, Art. 7: the body that runs the National Single Window portal keeps it
running around the clock, every day of the week, and, when the portal breaks down, tells the
agencies that process the procedures how it will fix the fault and when it expects to be
back. Article 17.1 says that message goes out together with the notice posted on the portal.

Points encoded (verbatim, pháp điển), from clause 2 ("Đơn vị quản lý Cổng thông tin một cửa
quốc gia có trách nhiệm:"):

d) Đảm bảo duy trì hoạt động của Cổng thông tin một cửa quốc gia 24 giờ trong một ngày và 07
ngày trong một tuần;

đ) Thông báo đến các cơ quan xử lý về phương án và thời gian dự kiến khắc phục sự cố trong
trường hợp Cổng thông tin một cửa quốc gia có sự cố;

The portal runs on rest days too, so an outage on Sunday 11 August 2024 is an incident:

>>> from datetime import date
>>> single_window_must_operate(date(2024, 8, 11)).outcome
True
>>> from accessinfo.articles._outages import PortalIncident
>>> duty = incident_notice_to_agencies(PortalIncident(occurred_at=date(2024, 8, 6))).outcome
>>> duty.timing, duty.due
('at_once', datetime.date(2024, 8, 6))
"""

from __future__ import annotations

from datetime import date, datetime

from accessinfo.articles._outages import IncidentDuty, PortalIncident, require_in_force
from accessinfo.calendar import as_vn_date
from accessinfo.core.decisions import Finding
from accessinfo.core.messages import Text, msg
from accessinfo.core.rules import rule
from accessinfo.errors import InvalidInput

from . import INSTRUMENT as DECREE_85

# Helpers of this package's rules (notice_to_agencies): importable, not public API.
__all__ = ["incident_notice_to_agencies", "single_window_must_operate"]


# Điểm d khoản 2: "duy trì hoạt động … 24 giờ trong một ngày và 07 ngày trong một tuần"
@rule(DECREE_85.cite(7, 2, "d"), key="at")
def single_window_must_operate(at: date | datetime) -> Finding[bool]:
    """The portal must be running at any moment, rest days and nights included (always True)."""
    day = as_vn_date(at, "at")
    return Finding(
        outcome=True, explanation=msg("decree_85_2019.art7.single_window_must_operate", day=day)
    )


def notice_to_agencies(incident: PortalIncident) -> IncidentDuty:
    """The duty of Art 7.2(đ) with Art 17.1 for ``incident`` (no check of the decree's dates)."""
    if incident.expected_recovery is not None:
        text = msg(
            "decree_85_2019.art7.notify_agencies.expected",
            expected=as_vn_date(incident.expected_recovery),
        )
    else:
        text = msg("decree_85_2019.art7.notify_agencies")
    return IncidentDuty(
        duty="notify_agencies",
        who="portal_manager",
        timing="at_once",
        due=incident.day,
        basis=(DECREE_85.cite(7, 2, "dd"), DECREE_85.cite(17, 1)),
        explanation=text.en,
        explanation_vi=text.vi,
    )


# Điểm đ khoản 2: "Thông báo đến các cơ quan xử lý về phương án và thời gian dự kiến khắc phục
# sự cố"; khoản 1 Điều 17: "đăng tải ngay … và thông báo thông tin nêu tại điểm đ"
@rule(DECREE_85.cite(7, 2, "dd"), DECREE_85.cite(17, 1))
def incident_notice_to_agencies(incident: PortalIncident) -> Finding[IncidentDuty]:
    """The portal manager tells the processing agencies the remedy plan and expected recovery."""
    if not isinstance(incident, PortalIncident):
        raise InvalidInput(
            msg(
                "errors.must_be",
                name="incident",
                expected=msg("errors.type.portal_incident"),
                got=type(incident).__name__,
            )
        )
    require_in_force(DECREE_85, incident.day, msg("errors.articles.the_incident"))
    duty = notice_to_agencies(incident)
    assert duty.explanation_vi is not None
    return Finding(outcome=duty, explanation=Text(en=duty.explanation, vi=duty.explanation_vi))
