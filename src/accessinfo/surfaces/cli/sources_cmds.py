"""The ``sources`` command: the legal status of every instrument and of the calendar.

``accessinfo sources`` prints, for every instrument the library cites, when it is in force,
what replaced it, how far its text can be trusted, when its status was last checked and what
is still unknown; then the calendar's version, the end of the announced schedules and the days
it still projects (``--json``: the same report as JSON, ``accessinfo.tasks.sources``).
"""

from __future__ import annotations

import argparse
from typing import IO, Any

from accessinfo.surfaces.cli._common import EXIT_OK, _facade, parse_date

_CONFIDENCE = {
    "official": "official text (Công báo)",
    "codified": "verbatim from the pháp điển",
    "secondary": "secondary copy",
    "unverified": "UNVERIFIED: one unofficial copy or not seen",
}


def _row(r: Any) -> list[str]:
    until = f"{r.valid_until.isoformat()} (exclusive)" if r.valid_until else "no end known"
    lines = [f"  {r.id}: {r.name_en} ({r.title_en})", f"      {r.name_vi}"]
    when = f"      in force {r.valid_from.isoformat()} → {until}"
    if r.in_force is not None:
        when += "  [in force on that day]" if r.in_force else "  [NOT in force on that day]"
    lines.append(when)
    if r.replaced_by:
        lines.append(f"      replaced by {r.replaced_by_name} ({r.replaced_by})")
    checked = r.last_checked.isoformat() if r.last_checked else "never"
    lines.append(f"      text: {_CONFIDENCE[r.confidence]}; status last checked {checked}")
    if r.unknowns:
        lines.append(f"      STILL UNKNOWN: {r.unknowns}")
    return lines


def _cmd_sources(a: argparse.Namespace, out: IO[str]) -> int:
    sources = _facade("sources")
    on = parse_date(a.on, "on") if a.on else None
    report = sources.legal_sources(on=on, group=a.group)
    rows = [r for r in report.instruments if r.unknowns or not a.unknowns]
    if a.json:
        data = report.model_copy(update={"instruments": tuple(rows)})
        out.write(data.model_dump_json(indent=2) + "\n")
        return EXIT_OK
    cal = report.calendar
    out.write(f"Legal status of the sources ({report.law_version})\n")
    if on is not None:
        out.write(f"In force on {on.isoformat()} marked.\n")
    for group, title in (("legal", "Legal instruments"), ("calendar", "Calendar notices")):
        chosen = [r for r in rows if r.group == group]
        if not chosen:
            continue
        out.write(f"\n{title} ({len(chosen)})\n")
        for r in chosen:
            out.write("\n".join(_row(r)) + "\n")
    out.write(
        f"\nCalendar {cal.name} ({cal.version}): announced schedules up to "
        f"{cal.known_until.isoformat()}; later days are projected from the Labour Code.\n"
    )
    for d in cal.open_days:
        note = f": {d.note}" if d.note else ""
        out.write(f"  {d.date.isoformat()} {d.name_en} ({d.status}){note}\n")
    unknown = [r for r in rows if r.unknowns]
    out.write(f"\nStill unknown ({len(unknown) + len(cal.open_days)})\n")
    for r in unknown:
        out.write(f"  - {r.id}: {r.unknowns}\n")
    for d in cal.open_days:
        out.write(f"  - calendar {d.date.isoformat()} {d.name_en}: {d.note or d.status}\n")
    return EXIT_OK


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    s = sub.add_parser(
        "sources",
        help="legal status of every instrument: in force, replaced by, confidence, last "
        "checked, still unknown; and the calendar's gaps",
    )
    s.set_defaults(raw_handler=_cmd_sources)
    s.add_argument("--on", metavar="DATE", help="mark the instruments in force on DATE")
    s.add_argument(
        "--group",
        choices=("legal", "calendar"),
        help="only the legal instruments, or only the calendar's notices and reports",
    )
    s.add_argument("--unknowns", action="store_true", help="only instruments with open questions")
    s.add_argument("--json", action="store_true", help="print the report as JSON")
