"""Calendar commands: day, add, count, special-days."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from accessinfo.calendar import (
    CalendarDays,
    DayInfo,
    WorkingCalendar,
    WorkingDays,
)
from accessinfo.core.citations import Citation, instrument, law_version
from accessinfo.core.decisions import Decision
from accessinfo.core.messages import Text, msg
from accessinfo.surfaces.cli._common import (
    _UNCERTAIN,
    fmt_date,
    parse_date,
    parse_int,
)


# -- the calendar questions as Decisions --------------------------------------------------------
def _week_source() -> Citation:
    return instrument("decision_188_1999").cite(1)


def day_decision(cal: WorkingCalendar, d: date) -> Decision[DayInfo]:
    """Is ``d`` a working day, and why (the source of the day's status)."""
    info = cal.day(d)
    what = msg("cli.day.working" if info.working else "cli.day.rest")
    caveats: tuple[str, ...] = ()
    if info.status in _UNCERTAIN:
        caveats = (msg("cli.day.unconfirmed", day=d, status=msg(f"calendar.status.{info.status}")),)
    elif d > cal.known_until and info.kind in ("working", "weekend"):
        caveats = (msg("cli.day.beyond_known", day=d, known_until=cal.known_until),)
    return Decision[DayInfo](
        outcome=info,
        basis=(info.source or _week_source(),),
        explanation=msg(
            "cli.day.explanation",
            d=d,
            what=what,
            kind=msg(f"calendar.kind.{info.kind}"),
            name=Text(info.name_en, info.name_vi),
        ),
        status="provisional" if caveats else "final",
        caveats=caveats,
        rule_set=cal.name,
        calendar_version=cal.version,
        law_version=law_version(),
    )


def count_decision(cal: WorkingCalendar, start: date, end: date) -> Decision[int]:
    """Working days in ``(start, end]`` (day zero not counted)."""
    n = cal.count(start, end)
    lo, hi = sorted((start, end))
    caveats: list[str] = [
        msg(
            "calendar.day_unconfirmed",
            day=i.date,
            name=Text(i.name_en, i.name_vi),
            status=msg(f"calendar.status.{i.status}"),
        )
        for y in range(lo.year, hi.year + 1)
        for i in cal.special_days(y)
        if lo < i.date <= hi and i.status in _UNCERTAIN
    ]
    if hi > cal.known_until:
        caveats.append(msg("cli.count.beyond_known", known_until=cal.known_until))
    return Decision[int](
        outcome=n,
        basis=(instrument("code_91_2015").cite(147, 3), _week_source()),
        explanation=msg("cli.count.explanation", n=n, start=start, end=end),
        status="provisional" if caveats else "final",
        caveats=tuple(caveats),
        rule_set=cal.name,
        calendar_version=cal.version,
        law_version=law_version(),
    )


def special_days_decision(cal: WorkingCalendar, year: int) -> Decision[tuple[DayInfo, ...]]:
    """The special days of ``year``, each with its kind and source."""
    days = tuple(cal.special_days(year))
    basis = tuple(dict.fromkeys(i.source for i in days if i.source)) or (_week_source(),)
    uncertain = [i for i in days if i.status in _UNCERTAIN]
    caveats = [
        msg(
            "cli.special.status",
            day=i.date,
            name=Text(i.name_en, i.name_vi),
            status=msg(f"calendar.status.{i.status}"),
        )
        for i in uncertain
    ]
    rest = sum(1 for i in days if not i.working)
    return Decision[tuple[DayInfo, ...]](
        outcome=days,
        basis=basis,
        explanation=msg(
            "cli.special.explanation", n=len(days), year=year, rest=rest, working=len(days) - rest
        ),
        status="provisional" if caveats else "final",
        caveats=tuple(caveats),
        rule_set=cal.name,
        calendar_version=cal.version,
        law_version=law_version(),
    )


def _cmd_day(a: argparse.Namespace, cal: WorkingCalendar) -> tuple[Decision[Any], str | None]:
    d = day_decision(cal, parse_date(a.date))
    info = d.outcome
    key = "cli.day.headline_working" if info.working else "cli.day.headline_rest"
    return d, msg(key, day=_date(info.date))


def _cmd_add(a: argparse.Namespace, cal: WorkingCalendar) -> tuple[Decision[Any], str | None]:
    start = parse_date(a.start, "start")
    n = parse_int(a.n, "n")
    period = CalendarDays(n) if a.calendar_days else WorkingDays(n)
    d = cal.add(start, period, roll=a.roll, trace=True, strict=a.strict)
    unit = "calendar" if a.calendar_days else "working"
    key = "cli.add.headline_after" if n >= 0 else "cli.add.headline_before"
    days = Text(f"{unit} day(s)", msg(f"terms.days.{unit}").vi)
    return d, msg(key, n=abs(n), days=days, start=_date(start), end=_date(d.outcome))


def _cmd_count(a: argparse.Namespace, cal: WorkingCalendar) -> tuple[Decision[Any], str | None]:
    start, end = parse_date(a.start, "start"), parse_date(a.end, "end")
    d = count_decision(cal, start, end)
    return d, msg("cli.count.headline", n=d.outcome, start=start, end=end)


def _cmd_special(a: argparse.Namespace, cal: WorkingCalendar) -> tuple[Decision[Any], str | None]:
    d = special_days_decision(cal, parse_int(a.year, "year"))
    lines = [msg("cli.special.headline", year=a.year, calendar=cal.name)]
    for i in d.outcome:
        src = msg("cli.special.override") if i.source is None else _cite(i.source)
        mark = msg("cli.special.work" if i.working else "cli.special.rest")
        status = msg(f"calendar.status.{i.status}")
        en = (
            f"  {fmt_date(i.date):<36} {mark}  {i.kind:<15} {i.name_en} / {i.name_vi}"
            f"  [{src}; {status}]"
        )
        vi = f"  {_date(i.date).vi:<20} {mark.vi}  {i.name_vi}  [{src.vi}; {status.vi}]"
        lines.append(Text(en, vi))
    return d, Text("\n".join(lines), "\n".join(x.vi for x in lines))


def _date(d: date) -> Text:
    """A date as the CLI shows it: ``Friday 2026-01-09 (Thứ Sáu)`` / ``Thứ Sáu, 09/01/2026``."""
    return Text(fmt_date(d), msg("terms.date_long", d=d).vi)


def _cite(c: Citation) -> Text:
    return Text(c.en, str(c))


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    s = sub.add_parser("day", parents=[common], help="is a day a working day, and why")
    s.set_defaults(handler=_cmd_day)
    s.add_argument("date", help="YYYY-MM-DD or an ISO datetime with offset")

    s = sub.add_parser(
        "add", parents=[common], help="add (or subtract) working or calendar days to a date"
    )
    s.set_defaults(handler=_cmd_add)
    s.add_argument("start", help="day zero (not counted)")
    s.add_argument("n", help="number of days; negative counts backwards")
    s.add_argument("--calendar-days", action="store_true", help="calendar days, not working")
    s.add_argument(
        "--roll",
        choices=("next_working_day", "previous_working_day", "none"),
        default="next_working_day",
        help="calendar days: where an end on a rest day goes (Civil Code Art 148.5)",
    )

    s = sub.add_parser("count", parents=[common], help="working days in (START, END]")
    s.set_defaults(handler=_cmd_count)
    s.add_argument("start")
    s.add_argument("end")

    s = sub.add_parser(
        "special-days",
        aliases=["holidays"],
        parents=[common],
        help="holidays, compensatory and swapped days of a year",
    )
    s.set_defaults(handler=_cmd_special)
    s.add_argument("year")
