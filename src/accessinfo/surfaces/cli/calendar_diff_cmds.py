"""``accessinfo calendar diff OLD NEW [--requests FILE]``: what a notice changes, and which
open requests' deadlines it moves (``accessinfo.versions.recompute``), as text or JSON.

OLD and NEW are each ``packaged`` (the calendar of this release) or a calendar file, read on
top of the packaged calendar (``accessinfo.calendar_files``). The requests file lists the
open requests (``accessinfo.surfaces.request_files``: CSV or JSON lines with the fields of
``InformationRequest``); each of their due dates is recomputed under both calendars.
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import IO, TYPE_CHECKING, Any

from accessinfo.calendar import PUBLIC_SECTOR, WorkingCalendar
from accessinfo.calendar_files import load_calendar
from accessinfo.core.messages import msg
from accessinfo.surfaces.cli._common import (
    _EN,
    EXIT_OK,
    _Parser,
    fmt_date,
)
from accessinfo.surfaces.compact import compact_instruments

if TYPE_CHECKING:  # imported when a diff runs, not for every command line
    from accessinfo.versions import DayChange, RecomputeReport

__all__ = ["diff_report", "register"]

PACKAGED = "packaged"
# what each recomputed due date of a request is, in plain words
_DUE_LABELS = {
    "notify_by": "notice of the handling time",
    "respond_by": "answer",
    "extended_respond_by": "answer if extended",
}


def _load(spec: str) -> WorkingCalendar:
    return PUBLIC_SECTOR if spec == PACKAGED else load_calendar(spec)


def _side(working: bool) -> str:
    return "working day" if working else "rest day"


def _compare(
    old: WorkingCalendar, new: WorkingCalendar, requests: list[Any] | None
) -> tuple[tuple[DayChange, ...], RecomputeReport | None]:
    from accessinfo.versions import diff_calendars, recompute

    lo, hi = max(old.first, new.first), min(old.last, new.last)
    changes = diff_calendars(old, new, start=lo, end=hi)
    report = None if requests is None else recompute(requests, old=old, new=new)
    return changes, report


def _moved(report: RecomputeReport) -> list[dict[str, Any]]:
    out = []
    for r in report.moved:
        ref, _, due = r.label.rpartition(".")
        out.append(
            {
                "request": ref,
                "due": due,
                "rule_set": r.period.split(" ", 1)[0],
                "day_zero": r.start.isoformat(),
                "old_due": r.old_due.isoformat() if r.old_due else None,
                "new_due": r.new_due.isoformat() if r.new_due else None,
                "because": [
                    {"date": c.date.isoformat(), "now": _side(c.after.working)} for c in r.because
                ],
            }
        )
    return out


def diff_report(
    old: WorkingCalendar, new: WorkingCalendar, requests: list[Any] | None = None
) -> dict[str, Any]:
    """The days that differ between ``old`` and ``new`` and, for ``requests``, every due date
    that moves, as JSON-ready data (instruments expanded)."""
    changes, report = _compare(old, new, requests)
    return _data(old, new, changes, report, requests)


def _data(
    old: WorkingCalendar,
    new: WorkingCalendar,
    changes: tuple[DayChange, ...],
    report: RecomputeReport | None,
    requests: list[Any] | None,
) -> dict[str, Any]:
    out: dict[str, Any] = {
        "old_version": old.version,
        "new_version": new.version,
        "changes": [
            {**c.model_dump(mode="json"), "working_changed": c.working_changed} for c in changes
        ],
    }
    if report is None or requests is None:
        return out
    moved = _moved(report)
    out.update(
        requests=len(requests),
        due_dates=len(report.items),
        requests_moved=len({m["request"] for m in moved}),
        moved=moved,
    )
    return out


def _short(iso: str | None) -> str:
    if iso is None:
        return "none"
    d = date.fromisoformat(iso)
    return f"{_EN[d.weekday()][:3]} {iso}"


def _text(
    old: WorkingCalendar, new: WorkingCalendar, changes: tuple[DayChange, ...], data: dict[str, Any]
) -> list[str]:
    lines = [f"Calendar {old.version} -> {new.version}"]
    if not changes:
        lines.append("No day differs between the two calendars.")
    else:
        lines.append(f"{len(changes)} day(s) differ:")
    for c in changes:
        b, a = c.before, c.after
        what = (
            f"{_side(b.working)} -> {_side(a.working)}"
            if c.working_changed
            else f"still a {_side(a.working)}, its entry changes"
        )
        src = f" per {a.source.en}" if a.source else ""
        kind = msg(f"calendar.kind.{a.kind}")
        lines.append(f"  {fmt_date(c.date)}: {what}: {kind}, {a.name_en} [{a.status}]{src}")
    if "moved" not in data:
        return lines
    moved = data["moved"]
    lines.append(
        f"{len(moved)} of {data['due_dates']} due date(s) move, in {data['requests_moved']} of "
        f"{data['requests']} request(s)" + (":" if moved else ".")
    )
    for m in moved:
        why = ", ".join(f"{c['date']} now a {c['now']}" for c in m["because"])
        lines.append(
            f"  {m['request']}: {_DUE_LABELS.get(m['due'], m['due'])} ({m['due']}, "
            f"{m['rule_set']}, day zero {m['day_zero']}): {_short(m['old_due'])} -> "
            f"{_short(m['new_due'])}" + (f"  (changed on the way: {why})" if why else "")
        )
    return lines


def _cmd_diff(a: argparse.Namespace, out: IO[str]) -> int:
    from accessinfo.surfaces.request_files import read_requests

    old, new = _load(a.old), _load(a.new)
    requests = None if a.requests is None else read_requests(a.requests)
    changes, report = _compare(old, new, requests)
    data = _data(old, new, changes, report, requests)
    if a.json:
        shown = data if a.expanded else compact_instruments(data)
        out.write(json.dumps(shown, ensure_ascii=False, indent=2) + "\n")
    else:
        out.write("\n".join(_text(old, new, changes, data)) + "\n")
    return EXIT_OK


_DESCRIPTION = """\
Compare two calendars (each 'packaged' or a calendar file read on top of the packaged
calendar): the days that differ and, with --requests, every due date of the open requests
that moves, so that an agency can act the day a notice appears.
"""

_EPILOG = """\
the requests file: CSV with a header row, or JSON lines (one object per line); the columns
or keys are the fields of InformationRequest: received_at and channel (required),
complexity, validated_at, sent_at, reference, ... Example (CSV):

  received_at,channel,complexity,reference
  2026-12-28,electronic,simple,HN-2026-0412
  2026-12-23T09:15+07:00,post,complex,HN-2026-0398

example:
  accessinfo calendar diff packaged bridge.csv --requests open.csv
"""


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "calendar", help="calendar files: what a notice changes and which deadlines it moves"
    )
    csub = p.add_subparsers(
        dest="calendar_command", metavar="ACTION", required=True, parser_class=_Parser
    )
    s = csub.add_parser(
        "diff",
        help="the days that differ between two calendars and the due dates they move",
        description=_DESCRIPTION,
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    s.set_defaults(raw_handler=_cmd_diff)
    s.add_argument("old", metavar="OLD", help="'packaged' or a calendar file (the calendar before)")
    s.add_argument("new", metavar="NEW", help="'packaged' or a calendar file (the calendar after)")
    s.add_argument(
        "--requests", metavar="FILE", help="the open requests (CSV or JSON lines, see below)"
    )
    s.add_argument("--json", action="store_true", help="print the report as JSON")
    s.add_argument(
        "--expanded",
        action="store_true",
        help="with --json: repeat the instrument's full record in every citation",
    )
