"""Outages of online public services: suspension notices and National Single Window incidents.

Facade over the article modules; it picks the decree in force on the day a suspension starts:
Decree 64/2007/NĐ-CP Art 16 for suspensions starting before 2026-07-01, Decree 224/2026/NĐ-CP
Art 13 (text from one secondary copy: provisional) from that day. National Single Window
incidents: Decree 85/2019/NĐ-CP Art 17 for incidents before 2026-10-15; from that day Decree
336/2026/NĐ-CP, whose successor to Art 17 has not been read: the Art 17 duties, provisional.

The day of the start (Vietnam time) is the reference; that day is not counted and its hour
does not matter. A window starting at 02:00 on a Monday gives the same latest notice day as
one starting on the Sunday evening before, because the Sunday is not a working day either
(``docs/readings/suspension-start-time.md``).

>>> from datetime import date, datetime
>>> from accessinfo.calendar import VN_TZ
>>> suspension_notice_deadline(date(2026, 9, 3)).outcome   # 31/8–2/9 off, Sat 22/8 worked
datetime.date(2026, 8, 21)
>>> suspension_notice_deadline(datetime(2026, 9, 7, 2, 0, tzinfo=VN_TZ)).outcome
datetime.date(2026, 8, 24)
>>> suspension_notice_deadline(date(2026, 9, 3), force_majeure=True).outcome is None
True
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, cast

from accessinfo.articles._outages import (
    CountReading,
    DutyCheck,
    DutyStatus,
    ForceMajeureAnnouncement,
    IncidentDuties,
    IncidentDuty,
    IncidentTiming,
    PortalIncident,
    SuspensionCheck,
    SuspensionKind,
    SuspensionNotice,
)
from accessinfo.articles.decree_47_2020.art_43 import (
    data_sharing_suspension_notice_deadline,
    user_suspension_notice_deadline,
)
from accessinfo.articles.decree_64_2007 import art_16 as _art_16  # noqa: F401 (registers)
from accessinfo.articles.decree_85_2019 import art_17 as _art_17  # noqa: F401 (registers)
from accessinfo.articles.decree_224_2026 import art_13 as _art_13  # noqa: F401 (registers)
from accessinfo.articles.decree_336_2026 import art_48 as _art_48  # noqa: F401 (registers)
from accessinfo.calendar import PUBLIC_SECTOR, WorkingCalendar, as_vn_date
from accessinfo.core.decisions import Decision
from accessinfo.core.messages import msg
from accessinfo.core.rules import Rule, applicable
from accessinfo.core.signature import public
from accessinfo.errors import InvalidInput

__all__ = [
    "CountReading",
    "DutyCheck",
    "DutyStatus",
    "ForceMajeureAnnouncement",
    "IncidentDuties",
    "IncidentDuty",
    "IncidentTiming",
    "PortalIncident",
    "SuspensionCheck",
    "SuspensionKind",
    "SuspensionNotice",
    "check_suspension_notice",
    "data_sharing_suspension_notice_deadline",
    "incident_duties",
    "suspension_notice_deadline",
    "user_suspension_notice_deadline",
]


def _version(family: str, on: date) -> Rule:
    return applicable(family, on=on)


@public
def suspension_notice_deadline(
    starts: date | datetime,
    *,
    force_majeure: bool = False,
    calendar: WorkingCalendar = PUBLIC_SECTOR,
    count: CountReading = "inclusive",
    force_majeure_announcement: ForceMajeureAnnouncement = "excused",
    strict: bool = False,
    trace: bool = False,
) -> Decision[date | None]:
    """Last day to announce a voluntary suspension of online information or services.

    ``starts``: the first day (or an aware datetime) of the suspension. ``force_majeure``:
    no advance notice is owed (outcome None); the basis and explanation state what remains
    (fix at once, backup; under Decree 64/2007 with ``force_majeure_announcement="owed"``,
    also announce at once). ``count``: "inclusive" (the 7th working day before the start,
    default), "clear" (7 full working days in between) or "raise".
    """
    day = as_vn_date(starts, "starts")
    version = _version("latest_suspension_notice_day", day)
    return cast(
        "Decision[date | None]",
        version.function(
            starts,
            force_majeure=force_majeure,
            calendar=calendar,
            count=count,
            force_majeure_announcement=force_majeure_announcement,
            strict=strict,
            trace=trace,
        ),
    )


@public
def check_suspension_notice(
    notice: SuspensionNotice,
    *,
    calendar: WorkingCalendar = PUBLIC_SECTOR,
    count: CountReading = "inclusive",
    force_majeure_announcement: ForceMajeureAnnouncement = "excused",
    strict: bool = False,
) -> Decision[SuspensionCheck]:
    """Each duty of a suspension checked against the notice given: met, breached, n/a.

    Duties: ``advance_notice`` (≥ 7 working days, planned suspensions), ``announce_at_once``
    (failures before 2026-07-01, and force majeure if ``force_majeure_announcement="owed"``;
    never under Decree 224/2026, which asks only for an immediate remedy, 13.1(b)),
    ``recovery_time_stated``, ``remedy_at_once`` (failures), ``backup_plan``. The decree is
    chosen by the day the suspension starts.
    """
    if not isinstance(notice, SuspensionNotice):
        raise InvalidInput(
            msg(
                "errors.must_be",
                name="notice",
                expected="SuspensionNotice",
                got=type(notice).__name__,
            )
        )
    version = _version("suspension_duties", notice.start_day)
    result: Any = version.function(
        notice,
        calendar=calendar,
        count=count,
        force_majeure_announcement=force_majeure_announcement,
        strict=strict,
    )
    return cast("Decision[SuspensionCheck]", result)


@public
def incident_duties(
    incident: PortalIncident,
    *,
    calendar: WorkingCalendar = PUBLIC_SECTOR,
    strict: bool = False,
    trace: bool = False,
) -> Decision[IncidentDuties]:
    """Who must do what, and by when, after a National Single Window incident.

    The version is chosen by the day the incident occurred: Decree 85/2019 Art 17 before
    2026-10-15; from then Decree 336/2026 (its Art 48 replaced Decree 85/2019), answered
    provisionally with the Art 17 duties because its successor provision has not been read
    (``strict=True`` raises ``AmbiguousReading``).
    """
    if not isinstance(incident, PortalIncident):
        raise InvalidInput(
            msg(
                "errors.must_be",
                name="incident",
                expected="PortalIncident",
                got=type(incident).__name__,
            )
        )
    version = _version("incident_duties", incident.day)
    result: Any = version.function(incident, calendar=calendar, strict=strict, trace=trace)
    return cast("Decision[IncidentDuties]", result)
