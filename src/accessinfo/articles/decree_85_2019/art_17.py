"""Điều 17. Xử lý sự cố

Decree 85/2019/NĐ-CP, Art. 17: when the National Single Window portal breaks down, or force
majeure stops electronic exchange, its manager posts the incident on the portal straight away
and tells the processing agencies the fix and the expected recovery time; those agencies tell
the declarants so that pending procedures can be finished; meanwhile procedures go ahead on
paper or through the agencies' own specialised systems, and the manager publishes the list of
procedures being handled outside the portal. Once the fix is complete, the processing agencies
have at most one working day to check and reconcile the data and send it to the portal.

Clauses encoded (verbatim, pháp điển):

Trường hợp Cổng thông tin một cửa quốc gia xảy ra sự cố hoặc trường hợp bất khả kháng không thể
trao đổi, cung cấp thông tin dưới hình thức điện tử, việc xử lý sự cố được thực hiện như sau:

1. Đơn vị quản lý Cổng thông tin một cửa quốc gia đăng tải ngay thông tin sự cố trên Cổng thông
tin một cửa quốc gia và thông báo thông tin nêu tại điểm đ khoản 2 Điều 7 cho các cơ quan xử lý
có liên quan bằng hình thức công văn, điện thoại hoặc thư điện tử theo địa chỉ đã thông báo với
Đơn vị quản lý Cổng thông tin một cửa quốc gia.

2. Các cơ quan xử lý thực hiện thông báo cho người khai bằng văn bản hoặc qua thư điện tử theo
địa chỉ đăng ký thông tin người khai để hoàn thành các thủ tục đang được thực hiện trên Cổng
thông tin một cửa quốc gia.

3. Trong thời gian khắc phục sự cố, các thủ tục hành chính được thực hiện thông qua một trong
các phương thức sau:

a) Bằng hồ sơ giấy;

b) Thông qua hệ thống xử lý chuyên ngành theo hướng dẫn của cơ quan xử lý hoặc theo hướng dẫn
của các cơ quan xử lý phù hợp với quy định của pháp luật chuyên ngành.

4. Đơn vị quản lý Cổng thông tin một cửa quốc gia có trách nhiệm thông báo danh sách thủ tục
hành chính được thực hiện không thông qua Cổng thông tin một cửa quốc gia trong thời gian hệ
thống gặp sự cố.

5. Khi sự cố đã được khắc phục xong, chậm nhất trong 01 ngày làm việc cơ quan xử lý phải thực
hiện kiểm tra, đối chiếu dữ liệu và chuyển dữ liệu đến Cổng thông tin một cửa quốc gia.

Worked example (customs letter 3793/TCHQ-CNTT of 08/08/2024, seed 002): the portal failed on
Tuesday 6 August 2024, recovery expected on Sunday 11 August. The recovery day is day zero;
the first working day after it is Monday 12 August, the last day to reconcile the data. The
date rests on the expected recovery, so the Decision is provisional until the fix is done.

>>> from datetime import date
>>> incident = PortalIncident(occurred_at=date(2024, 8, 6), expected_recovery=date(2024, 8, 11))
>>> d = incident_duties(incident)
>>> d.outcome.reconcile_by, d.status
(datetime.date(2024, 8, 12), 'provisional')
>>> [x.duty for x in d.outcome.duties if x.timing == "at_once"]
['post_on_portal', 'notify_agencies']
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from accessinfo.articles._outages import (
    IncidentDuties,
    IncidentDuty,
    PortalIncident,
    require_in_force,
)
from accessinfo.calendar import PUBLIC_SECTOR, WorkingCalendar, WorkingDays, as_vn_date
from accessinfo.core.citations import Citation
from accessinfo.core.decisions import Finding
from accessinfo.core.messages import Text, later, msg
from accessinfo.core.periods import check_calendar, deadline
from accessinfo.core.rules import rule
from accessinfo.errors import InvalidInput

from . import INSTRUMENT as DECREE_85
from .art_7 import notice_to_agencies

# Helpers of this package's rules (art_17_duties, checked_incident): importable, not public API.
__all__ = ["PortalIncident", "incident_duties"]


def _duty(key: str, values: Mapping[str, Any] | None = None, **fields: Any) -> IncidentDuty:
    text = msg(f"decree_85_2019.art17.{key}", **(values or {}))
    return IncidentDuty(explanation=text.en, explanation_vi=text.vi, **fields)


def checked_incident(incident: object) -> PortalIncident:
    """``incident`` re-validated (``model_copy`` skips the validators). ``strict`` and
    ``trace`` need no check here: the ``@rule`` wrapper refuses anything but True or False."""
    if not isinstance(incident, PortalIncident):
        raise InvalidInput(
            msg(
                "errors.must_be",
                name="incident",
                expected=msg("errors.type.portal_incident"),
                got=type(incident).__name__,
            )
        )
    checked: PortalIncident = PortalIncident.model_validate(dict(incident))
    return checked


def art_17_duties(
    incident: PortalIncident, cal: WorkingCalendar, *, strict: bool, trace: bool
) -> Finding[IncidentDuties]:
    """The duties of Art 17 (with Art 7.2(đ)) for ``incident``, whatever its date.

    Used by :func:`incident_duties` while Decree 85/2019 is in force, and by the provisional
    answer under Decree 336/2026 (``articles.decree_336_2026.art_48``) after it.
    """
    day = incident.day
    actual = incident.recovered_at is not None
    when = incident.recovered_at if actual else incident.expected_recovery
    recovery: date | None = as_vn_date(when) if when is not None else None
    estimated = recovery is not None and not actual
    duties = [
        _duty(
            "post_on_portal",
            duty="post_on_portal",
            who="portal_manager",
            timing="at_once",
            due=day,
            basis=(DECREE_85.cite(17, 1),),
            values={"day": day},
        ),
        notice_to_agencies(incident),
        _duty(
            "notify_declarants",
            duty="notify_declarants",
            who="processing_agencies",
            timing="unspecified",
            basis=(DECREE_85.cite(17, 2),),
        ),
        _duty(
            "continue_outside_portal",
            duty="continue_outside_portal",
            who="processing_agencies",
            timing="during_incident",
            due=day,
            until=recovery,
            estimated=estimated,
            basis=(DECREE_85.cite(17, 3, "a"), DECREE_85.cite(17, 3, "b")),
        ),
        _duty(
            "publish_offline_procedures",
            duty="publish_offline_procedures",
            who="portal_manager",
            timing="during_incident",
            due=day,
            until=recovery,
            estimated=estimated,
            basis=(DECREE_85.cite(17, 4),),
        ),
    ]
    caveats: tuple[str | Text, ...] = ()
    steps = None
    counted: tuple[Citation, ...] = ()  # how the day was counted (Civil Code Art 147.3)
    if recovery is None:
        reconcile_by = None
        detail = msg("decree_85_2019.art17.no_recovery_yet")
    else:
        found = deadline(
            cal,
            recovery,
            WorkingDays(1),
            label="reconcile_by",
            strict=strict,
            trace=trace,
            explanation=later("decree_85_2019.art17.reconcile_by"),
        )
        reconcile_by = found.outcome
        counted = found.basis  # the day of the fix is day zero
        caveats = found.caveats
        steps = found.trace
        assert isinstance(found.explanation, Text)
        detail = found.explanation
        if not actual:
            caveats = (*caveats, msg("decree_85_2019.art17.estimated_recovery", day=recovery))
    duties.append(
        _duty(
            "reconcile_data",
            duty="reconcile_data",
            who="processing_agencies",
            timing="by_date",
            due=reconcile_by,
            estimated=estimated,
            basis=(DECREE_85.cite(17, 5), *counted),
            values={"detail": detail},
        )
    )
    out = IncidentDuties(
        occurred=day,
        recovery=recovery,
        recovery_is_actual=actual,
        duties=tuple(duties),
    )
    cause = msg(
        f"decree_85_2019.art17.cause.{'force_majeure' if incident.force_majeure else 'incident'}"
    )
    if reconcile_by is None:
        text = msg("decree_85_2019.art17.incident_duties", cause=cause, day=day)
    else:
        text = msg(
            "decree_85_2019.art17.incident_duties.reconcile",
            cause=cause,
            day=day,
            reconcile_by=reconcile_by,
        )
    return Finding(
        outcome=out,
        explanation=text,
        basis=tuple(c for d in duties for c in d.basis),
        caveats=caveats,
        trace=steps,
        calendar_version=cal.version,
    )


# Khoản 1–5: "đăng tải ngay", "thông báo cho người khai", "bằng hồ sơ giấy", "thông báo danh
# sách thủ tục", "chậm nhất trong 01 ngày làm việc … kiểm tra, đối chiếu dữ liệu"
@rule(DECREE_85.cite(17))
def incident_duties(
    incident: PortalIncident,
    *,
    calendar: WorkingCalendar = PUBLIC_SECTOR,
    strict: bool = False,
    trace: bool = False,
) -> Finding[IncidentDuties]:
    """Who must do what, and by when, after a National Single Window incident."""
    checked = checked_incident(incident)
    cal = check_calendar(calendar)
    require_in_force(DECREE_85, checked.day, msg("errors.articles.the_incident"))
    return art_17_duties(checked, cal, strict=strict, trace=trace)
