"""Outage commands: suspension, check-suspension, incident."""

from __future__ import annotations

import argparse
from datetime import date, datetime
from typing import Any

from accessinfo.calendar import (
    WorkingCalendar,
)
from accessinfo.core.decisions import Decision
from accessinfo.surfaces.cli._common import (
    _facade,
    _fmt_value,
    fmt_date,
    parse_when,
)


def _cmd_suspension(
    a: argparse.Namespace, cal: WorkingCalendar
) -> tuple[Decision[Any], str | None]:
    suspension_notice_deadline = _facade("outages").suspension_notice_deadline
    starts = parse_when(a.starts, "starts")
    kwargs: dict[str, Any] = {"calendar": cal, "strict": a.strict, "trace": True}
    if a.force_majeure:
        kwargs["force_majeure"] = True
    if a.count is not None:
        kwargs["count"] = a.count
    if a.force_majeure_announcement is not None:
        kwargs["force_majeure_announcement"] = a.force_majeure_announcement
    d = suspension_notice_deadline(starts, **kwargs)
    if d.outcome is None:
        head = "No advance notice owed"
    else:
        head = f"Publish the suspension notice by {fmt_date(d.outcome)}"
    return d, head


_FM_HELP = (
    "Decree 64/2007 Art 16.1(a), suspensions before 2026-07-01: force majeure excuses the "
    "public announcement too (excused, default: the literal text) or only the advance notice "
    "(owed); no effect under Decree 224/2026, which has no announcement after a failure"
)


def _yes_no(value: str | None) -> bool | None:
    return None if value is None else value == "yes"


def _opt_when(value: str | None, name: str) -> date | datetime | None:
    return parse_when(value, name) if value is not None else None


def _cmd_check_suspension(
    a: argparse.Namespace, cal: WorkingCalendar
) -> tuple[Decision[Any], str | None]:
    outages = _facade("outages")
    notice = outages.SuspensionNotice(
        suspension_from=parse_when(a.suspension_from, "from"),
        kind=a.kind,
        published_at=_opt_when(a.published, "published"),
        suspension_until=_opt_when(a.until, "until"),
        states_recovery_time=_yes_no(a.states_recovery_time),
        backup_in_place=_yes_no(a.backup_in_place),
        force_majeure=a.force_majeure,
        remedy_started_at=_opt_when(a.remedy_started, "remedy-started"),
    )
    kwargs: dict[str, Any] = {"calendar": cal, "strict": a.strict}
    if a.count is not None:
        kwargs["count"] = a.count
    if a.force_majeure_announcement is not None:
        kwargs["force_majeure_announcement"] = a.force_majeure_announcement
    d = outages.check_suspension_notice(notice, **kwargs)
    verdict = {True: "COMPLIANT", False: "BREACHED", None: "UNDETERMINED"}[d.outcome.compliant]
    return d, f"Suspension from {_fmt_value(notice.suspension_from)}: {verdict}"


def _cmd_incident(a: argparse.Namespace, cal: WorkingCalendar) -> tuple[Decision[Any], str | None]:
    outages = _facade("outages")
    incident = outages.PortalIncident(
        occurred_at=parse_when(a.occurred, "occurred"),
        expected_recovery=_opt_when(a.expected_recovery, "expected-recovery"),
        recovered_at=_opt_when(a.recovered, "recovered"),
        force_majeure=a.force_majeure,
        reference=a.reference,
    )
    d = outages.incident_duties(incident, calendar=cal, strict=a.strict, trace=True)
    return d, f"Incident of {_fmt_value(incident.occurred_at)}: {len(d.outcome.duties)} duties"


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    s = sub.add_parser(
        "suspension",
        parents=[common],
        help="last day to announce a planned suspension of an online service",
    )
    s.set_defaults(handler=_cmd_suspension)
    s.add_argument("starts", help="when the suspension starts")
    s.add_argument("--force-majeure", action="store_true", help="unforeseen: no notice owed")
    s.add_argument(
        "--count",
        choices=("inclusive", "clear", "raise"),
        help="reading of '07 ngày làm việc trước': the 7th working day before the start "
        "(inclusive, default) or 7 full working days between (clear)",
    )
    s.add_argument(
        "--force-majeure-announcement",
        choices=("excused", "owed", "raise"),
        help=_FM_HELP,
    )

    s = sub.add_parser(
        "check-suspension",
        parents=[common],
        help="check each duty of a suspension against the notice the agency gave",
    )
    s.set_defaults(handler=_cmd_check_suspension)
    s.add_argument("--from", dest="suspension_from", required=True, help="start")
    s.add_argument("--kind", required=True, choices=("planned", "incident"))
    s.add_argument("--published", help="when the public notice was published")
    s.add_argument("--until", help="when service resumed or is planned to resume")
    s.add_argument("--states-recovery-time", choices=("yes", "no"))
    s.add_argument("--backup-in-place", choices=("yes", "no"))
    s.add_argument("--force-majeure", action="store_true")
    s.add_argument("--remedy-started", help="for a failure: when fixing began")
    s.add_argument("--count", choices=("inclusive", "clear", "raise"))
    s.add_argument(
        "--force-majeure-announcement",
        choices=("excused", "owed", "raise"),
        help=_FM_HELP,
    )

    s = sub.add_parser(
        "incident",
        parents=[common],
        help="the duties of a National Single Window incident (Decree 85/2019 Art 17)",
    )
    s.set_defaults(handler=_cmd_incident)
    s.add_argument("--occurred", required=True, help="when the portal failed")
    s.add_argument("--expected-recovery", help="the recovery time announced")
    s.add_argument("--recovered", help="when the fix was completed")
    s.add_argument("--force-majeure", action="store_true")
    s.add_argument("--reference")
